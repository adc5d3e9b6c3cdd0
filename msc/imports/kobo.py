"""KoboToolbox / ODK export conventions, recognised from the headers alone.

Headers are compared after folding (accents and case dropped, camelCase and
punctuation split into words) and after removing group prefixes: KPI writes
`group/question`, ODK Central and Briefcase write `group-question`. Files may
carry XML names (`story_text`) or labels (`Racontez l'histoire…`) as headers.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

FIELDS = (
    "storyteller", "title", "text", "significance", "domain", "language",
    "interview_date", "people_concerned", "translation", "consent",
    "consent_uses", "collector", "unit", "period",
)

MIN_SCORE = 40  # below this a column is not a credible guess
EXACT = 100
MAX_WORDS = 90  # words never beat an exact name

_TRUE_CHOICE = frozenset({"1", "1.0", "true", "yes", "oui", "x", "vrai"})
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_GEO_SIDE = re.compile(
    r"(^|/)_[^/]+_(latitude|longitude|altitude|precision)$|-(latitude|longitude|altitude|accuracy)$",
    re.I,
)
_ODK_META = frozenset({
    "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName", "Status", "AttachmentsPresent",
    "AttachmentsExpected", "DeviceID", "Edits", "FormVersion", "ReviewState", "SubmissionDate",
})
_XLSFORM_META = frozenset({
    "start", "end", "today", "deviceid", "audit", "username", "simserial", "subscriberid",
    "phonenumber", "email", "instanceid", "instancename",
})


# ------------------------------------------------------------------ text

# Usual Arabic search normalisation: no tatweel, teh marbuta as heh, alef
# maksura as yeh (hamza carriers are handled by NFKD + dropping marks).
_ARABIC_FOLD = str.maketrans({"\u0640": None, "\u0629": "\u0647", "\u0649": "\u064a"})


@lru_cache(maxsize=8192)  # cell values repeat a lot (choice names, yes/no)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of `text` (Arabic letters kept)."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_ARABIC_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def words(text: str) -> str:
    """`storyText`, `Story-text` and `story_text` all become 'story text'."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(text))
    return " ".join(re.split(r"[\W_]+", fold(spaced))).strip()


def segments(header: str) -> list[str]:
    """Group path of a header: `/` (KPI), or `-` in an ODK name without spaces."""
    header = header.strip()
    if "/" in header:
        return [s for s in header.split("/") if s] or [header]
    if "-" in header and not any(c.isspace() for c in header):
        return [s for s in header.split("-") if s] or [header]
    return [header]


def question_name(header: str) -> str:
    """The last segment of the header, as folded words joined by '_'."""
    return words(segments(header)[-1]).replace(" ", "_")


def is_metadata(header: str) -> bool:
    """Kobo/ODK bookkeeping columns that never hold a story field."""
    h = header.strip()
    if h in _ODK_META or _GEO_SIDE.search(h) or h.endswith("_URL"):
        return True
    parts = segments(h)
    last = parts[-1]
    if last.startswith("_") or fold(parts[0]) == "meta":
        return True
    return len(parts) == 1 and fold(last) in _XLSFORM_META


def _geopoint_columns(headers: list[str]) -> set[str]:
    """Raw "lat lon alt acc" columns, known by their KPI or ODK side columns."""
    found = set()
    for h in headers:
        if m := re.fullmatch(r"(.*?/)?_(.+)_latitude", h, re.I):
            found.add((m[1] or "") + m[2])
        elif m := re.fullmatch(r"(.+)-latitude", h, re.I):
            found.add(m[1])
    return found


def choice_columns(headers: list[str], question: str) -> list[str]:
    """Columns `question/choice` of a select-multiple exported in separate columns."""
    prefix = question.rstrip("/") + "/"
    return [h for h in headers if h.startswith(prefix) and "/" not in h[len(prefix):]]


def _is_choice_column(header: str, header_set: frozenset[str]) -> bool:
    return "/" in header and header.rsplit("/", 1)[0] in header_set


# ------------------------------------------------------------ submissions


@lru_cache(maxsize=64)
def id_column(headers: tuple[str, ...]) -> str | None:
    """The column holding the submission id: `_uuid`, `meta/instanceID`, `KEY`…"""
    by_rank = {}
    for h in headers:
        parts = segments(h)
        last = fold(parts[-1])
        if h.strip() == "_uuid":
            by_rank.setdefault(0, h)
        elif last == "instanceid" and (len(parts) == 1 or fold(parts[0]) == "meta"):
            by_rank.setdefault(1, h)
        elif h.strip() == "KEY":
            by_rank.setdefault(2, h)
    return by_rank[min(by_rank)] if by_rank else None


def normalise_id(value: str) -> str | None:
    """Strip the `uuid:` prefix ODK puts in instanceID/KEY; lower-case UUIDs."""
    value = (value or "").strip()
    if value[:5].lower() == "uuid:":
        value = value[5:].strip()
    if _UUID.match(value):
        value = value.lower()
    return value or None


def submission_id(row: dict[str, str], headers: list[str]) -> str | None:
    """The submission's id in `row`, normalised, or None when the file has none."""
    column = id_column(tuple(headers))
    return normalise_id(row.get(column, "")) if column else None


def select_multiple(row: dict[str, str], headers: list[str], question: str) -> list[str]:
    """Chosen options of a select-multiple, from either export form.

    `question` is the column of the single-column form (space-separated names)
    or the stem of the separate 0/1 (or True/False) columns `question/choice`.
    A bare name is found under any group prefix.
    """
    question = _resolve_question(headers, question)
    single = (row.get(question) or "").strip() if question in row else ""
    if single:
        if re.search(r"[,;]", single):
            return [v.strip() for v in re.split(r"[,;]", single) if v.strip()]
        return single.split()
    chosen = []
    for column in choice_columns(headers, question):
        if fold(row.get(column, "")) in _TRUE_CHOICE:
            chosen.append(column[len(question) + 1:])
    return chosen


def _resolve_question(headers: list[str], question: str) -> str:
    if question in headers or choice_columns(headers, question):
        return question
    wanted = question_name(question)
    for h in headers:
        if question_name(h) == wanted and not _is_choice_column(h, frozenset(headers)):
            return h
    stems = {h.rsplit("/", 1)[0] for h in headers if "/" in h}
    for stem in stems:
        if question_name(stem) == wanted:
            return stem
    return question


# ---------------------------------------------------------------- mapping


@dataclass(frozen=True)
class _Spec:
    names: frozenset[str]  # exact question names (folded words joined by '_')
    patterns: tuple[tuple[re.Pattern, int], ...]  # word patterns and their weight
    exclude: re.Pattern | None = None
    fallbacks: tuple[tuple[str, int], ...] = ()  # exact metadata headers, low weight


def _spec(names: str, patterns: dict[str, int], exclude: str | None = None,
          fallbacks: dict[str, int] | None = None) -> _Spec:
    return _Spec(
        frozenset(names.split()),
        tuple((re.compile(rf"\b(?:{fold(p)})\b"), w) for p, w in patterns.items()),
        re.compile(rf"\b(?:{fold(exclude)})") if exclude else None,
        tuple((fallbacks or {}).items()),
    )


SPECS: dict[str, _Spec] = {
    "text": _spec(
        "story story_text text texte histoire recit the_story msc_story story_msc narrative "
        "recit_changement histoire_changement texte_histoire texte_recit change_story "
        "most_significant_change description_changement",
        {r"story|stories|histoire|recit|narrative|racontez|raconte\w*|tell|describe|decrivez"
         r"|قصه|القصه|قصة|القصة|حكايه|احكي": 50,
         r"change\w*|what happened|s est il passe": 30},
        exclude=r"translat|traduc|titre|title|why|pourquoi|signific|domain|langu|date|consent"
                r"|code|audio|photo|conteu|storyteller|collect|enquet|nombre|number|how many",
    ),
    "title": _spec(
        "title titre story_title titre_histoire titre_recit headline",
        {r"titre|title|عنوان": 60},
    ),
    "significance": _spec(
        "significance why_significant pourquoi why pourquoi_important pourquoi_significatif "
        "importance significant why_important signification raison reason why_significance",
        {r"pourquoi|why|لماذا": 50, r"signific\w*|important\w*|importance|اهميه|أهمية": 40},
        exclude=r"translat|traduc|titre|title",
    ),
    "domain": _spec(
        "domain domaine domain_of_change domaine_changement domaine_de_changement "
        "change_domain msc_domain",
        {r"domain\w*|مجال|المجال": 60},
    ),
    "language": _spec(
        "language langue lang story_language langue_recit langue_histoire interview_language "
        "langue_entretien",
        {r"language|langue|لغه|اللغه|لغة|اللغة": 60},
        exclude=r"translat|traduc",
    ),
    "interview_date": _spec(
        "interview_date date_entretien date_interview date_of_interview date date_collecte "
        "collection_date date_recit story_date date_histoire",
        {r"date|تاريخ": 40, r"entretien|interview\w*|collect\w*|recit|story|histoire|مقابله|مقابلة": 30},
        exclude=r"consent|naissance|birth|submission|soumission|envoi",
        fallbacks={"today": 45, "start": 20, "_submission_time": 10, "SubmissionDate": 10},
    ),
    "people_concerned": _spec(
        "people_concerned nb_personnes nombre_personnes nb_people people_count "
        "personnes_concernees number_people nb_beneficiaires how_many_people people personnes "
        "number_of_people nombre_de_personnes",
        {r"combien|how many|nombre|number|nb|count|عدد": 30,
         r"personne\w*|people|persons|beneficiaire\w*|women|femmes|اشخاص|الأشخاص": 30,
         r"concern\w*|affect\w*|touche\w*": 20},
    ),
    "translation": _spec(
        "translation traduction story_translation traduction_histoire traduction_recit "
        "translated_story texte_traduit text_translation",
        {r"translat\w*|tradu\w*|ترجمه|ترجمة": 60},
    ),
    "consent": _spec(
        "consent consentement consent_given informed_consent accord consent_obtained "
        "consentement_eclaire consentement_donne consentement_obtenu",
        {r"consent\w*|موافق\w*|الموافقه|الموافقة": 60},
        exclude=r"usage|uses?\b|utilis|date|when|quand|how\b|comment|method|mode|withdr|retir"
                r"|استخدام",
    ),
    "consent_uses": _spec(
        "consent_uses usages_consentement consent_use usages uses usages_autorises "
        "authorized_uses allowed_uses consent_scope utilisations usages_autorisees",
        {r"usage\w*|uses|use|utilisation\w*|استخدام\w*": 50,
         r"consent\w*|autoris\w*|allowed|authori[sz]ed|permi\w*": 30},
    ),
    "collector": _spec(
        "collector enqueteur enqueteuse enqueteur_rice enqueteur_trice facilitator facilitatrice "
        "facilitateur animateur animatrice interviewer enumerator collecteur collectrice "
        "peer_educator educatrice_paire educateur_pair nom_enqueteur",
        {r"enqueteu\w*|facilitat\w*|animat\w*|interviewer|enumerator|enum|collect(?:or|eur|rice)"
         r"|peer educator|educat\w* pair\w*|باحث\w*": 60},
        exclude=r"date",
        fallbacks={"username": 30, "_submitted_by": 20, "SubmitterName": 20},
    ),
    "storyteller": _spec(
        "storyteller storyteller_code storyteller_id code_conteuse code_conteur conteuse conteur "
        "code_beneficiaire beneficiary_code participant_code respondent_code code_participante "
        "pseudonyme pseudonym code",
        {r"conteu\w*|storyteller\w*|narrat(?:rice|eur|or)|pseudonym\w*|beneficiaire|participant\w*"
         r"|respondent|راوي\w*|الراويه": 50,
         r"code|id": 20},
        exclude=r"date|consent|enquet|collect",
    ),
    "unit": _spec(
        "unit unite unit_code clinic clinique antenne site structure centre center",
        {r"unite|unit|clinique|clinic|antenne": 45},
    ),
    "period": _spec(
        "period periode reporting_period periode_rapport semestre semester",
        {r"periode|period|semestre|semester": 50},
    ),
}


def _score(spec: _Spec, header: str, text: str) -> int:
    """How well `header` (or a virtual select-multiple stem) fits the field."""
    for name, weight in spec.fallbacks:
        if header.strip() == name:
            return weight
    if is_metadata(header):
        return 0
    last = segments(header)[-1]
    best = 0
    for candidate in {last, text}:
        w = words(candidate)
        if w.replace(" ", "_") in spec.names:
            return EXACT
        if spec.exclude and spec.exclude.search(w):
            continue
        total = sum(weight for pattern, weight in spec.patterns if pattern.search(w))
        best = max(best, min(total, MAX_WORDS))
    return best


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Best column for each story field found in `headers` (field → column).

    `consent_uses` may map to the stem of separate choice columns
    (`grp/consent_uses` when only `grp/consent_uses/<choice>` columns exist);
    read it with `select_multiple`.
    """
    header_set = frozenset(headers)
    geopoints = _geopoint_columns(headers)
    columns = [h for h in headers
               if not _is_choice_column(h, header_set) and h not in geopoints]
    stems = sorted({h.rsplit("/", 1)[0] for h in headers if "/" in h} - header_set)
    scored = []
    for field, spec in SPECS.items():
        candidates = columns + (stems if field == "consent_uses" else [])
        for position, column in enumerate(candidates):
            score = _score(spec, column, column)
            if score >= MIN_SCORE or column.strip() in dict(spec.fallbacks):
                scored.append((score, -position, field, column))
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for score, _, field, column in sorted(scored, reverse=True):
        if field not in mapping and column not in used:
            mapping[field] = column
            used.add(column)
    return {f: mapping[f] for f in FIELDS if f in mapping}
