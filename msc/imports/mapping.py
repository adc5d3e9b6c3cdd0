"""Step 3 of the import, map: which column holds which story field, and each row read through it.

Pure: an `Export` (and the user's `ImportSettings`) in, a `MappedTable` out;
no Flask, no database. `guess_columns` proposes a mapping from the column
names (XML names or labels, in French, English or Arabic); `map_columns`
applies the chosen one: it lists what is wrong with the mapping as a whole
(row 0) and gives each row's raw cell for every field, a select-multiple
read as its chosen names. Parsing the cells is the next step, `check`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import Problem
from .recognise import Export, Question
from .text import fold, words

FIELDS = (
    "storyteller", "title", "text", "significance", "domain", "language",
    "interview_date", "people_concerned", "translation", "consent",
    "consent_uses", "collector", "unit", "period",
)

MIN_SCORE = 40  # below this a column is not a credible guess
EXACT = 100
MAX_WORDS = 90  # words never beat an exact name
_CONSENT_MODE_HEADER = re.compile(r"\bconsent\w*\b.*\b(mode|type|how|comment|forme)\b"
                                  r"|\b(mode|type|forme)\b.*\bconsent\w*")


@dataclass
class ImportSettings:
    """What the user chose: columns, domain values, default unit and period."""

    mapping: dict[str, str] = field(default_factory=dict)  # field -> column (or choice stem)
    domain_values: dict[str, str] = field(default_factory=dict)  # value in the file -> domain key
    unit_code: str | None = None  # chosen unit; None = read from the mapped column
    period_code: str | None = None
    skip_blocked: bool = False  # import the other rows when some are blocked
    sheet: str | None = None


@dataclass
class MappedRow:
    """One data row read through the mapping: raw cell text per field, nothing parsed yet."""

    number: int  # as seen in a spreadsheet (header = row 1)
    submission_id: str | None
    raw: dict[str, object]  # field -> stripped cell, or None when blank (or the default)
    consent_mode: str = ""  # the consent mode cell, "" when absent
    submitted: str | None = None  # the submission time cell, when the export has one
    is_ragged: bool = False  # more or fewer cells than the header row


@dataclass
class MappedTable:
    """Every row through the mapping, and what is wrong with the mapping itself (row 0)."""

    rows: list[MappedRow]
    mapping: dict[str, str]  # the mapping used: field -> column, a chosen unit/period removed
    domain_values: dict[str, str] = field(default_factory=dict)  # value in the file -> domain key
    problems: list[Problem] = field(default_factory=list)


# --------------------------------------------------------------- guessing
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


def _score(spec: _Spec, question: Question) -> int:
    """How well `question` (a column or a select-multiple stem) fits the field."""
    header = question.column
    for name, weight in spec.fallbacks:
        if header.strip() == name:
            return weight
    if question.is_metadata:
        return 0
    best = 0
    for candidate in {question.name, header}:
        w = words(candidate)
        if w.replace(" ", "_") in spec.names:
            return EXACT
        if spec.exclude and spec.exclude.search(w):
            continue
        total = sum(weight for pattern, weight in spec.patterns if pattern.search(w))
        best = max(best, min(total, MAX_WORDS))
    return best


def guess_mapping(export: Export) -> dict[str, str]:
    """Best column for each story field found in the export (field → column).

    `consent_uses` may map to the stem of separate choice columns
    (`grp/consent_uses` when only `grp/consent_uses/<choice>` columns exist).
    """
    scored = []
    for name, spec in SPECS.items():
        candidates = export.questions + (export.stems if name == "consent_uses" else [])
        for position, question in enumerate(candidates):
            score = _score(spec, question)
            if score >= MIN_SCORE or question.column.strip() in dict(spec.fallbacks):
                scored.append((score, -position, name, question.column))
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _points, _, name, column in sorted(scored, reverse=True):
        if name not in mapping and column not in used:
            mapping[name] = column
            used.add(column)
    return {f: mapping[f] for f in FIELDS if f in mapping}


def guess_consent_mode_column(export: Export) -> str | None:
    """A column telling how consent was given (oral or written), if the form has one."""
    for header in export.table.headers:
        if header not in export.metadata and _CONSENT_MODE_HEADER.search(words(header)):
            return header
    return None


def guess_columns(export: Export) -> dict[str, str]:
    """`guess_mapping` plus the consent mode column, which only the import uses."""
    mapping = guess_mapping(export)
    mode = guess_consent_mode_column(export)
    if mode and mode not in mapping.values():
        mapping["consent_mode"] = mode
    return mapping


# ---------------------------------------------------------------- mapping


def map_columns(export: Export, settings: ImportSettings, defaults: dict | None = None) -> MappedTable:
    """Read every row through the chosen mapping; a chosen unit or period replaces its column.

    `defaults` gives a value for a field whose column is absent from the
    mapping or blank in a row (a non-string default is passed on as it is).
    """
    mapping = {f: c for f, c in settings.mapping.items() if c}
    if settings.unit_code:
        mapping.pop("unit", None)
    if settings.period_code:
        mapping.pop("period", None)
    table, defaults = export.table, defaults or {}
    uses = export.select_multiple(mapping["consent_uses"]) if mapping.get("consent_uses") else None
    columns = [(name, mapping.get(name)) for name in FIELDS if name != "consent_uses"]
    mode_column, submitted_column = mapping.get("consent_mode"), export.submitted_column
    ragged = set(table.ragged_rows)
    rows = []
    for number, sid, row in zip(table.row_numbers, export.submission_ids, table.rows, strict=False):
        raw = {}
        for name, column in columns:
            value = (row.get(column) or "").strip() if column else ""
            raw[name] = value if value else defaults.get(name)
        value = ", ".join(uses.chosen(row)) if uses is not None else ""
        raw["consent_uses"] = value if value else defaults.get("consent_uses")
        rows.append(MappedRow(
            number, sid, raw,
            consent_mode=(row.get(mode_column) or "").strip() if mode_column else "",
            submitted=row.get(submitted_column) if submitted_column else None,
            is_ragged=number in ragged))
    return MappedTable(rows, mapping, {v: k for v, k in settings.domain_values.items() if k},
                       _mapping_problems(export, mapping, settings))


def _mapping_problems(export: Export, mapping: dict[str, str], settings: ImportSettings) -> list[Problem]:
    problems = []
    known = set(export.table.headers) | set(export.choice_stems)
    for name, column in mapping.items():
        if column not in known:
            problems.append(Problem(0, name, f"The column “{column}” is not in the file.", True))
    if "text" not in mapping:
        problems.append(Problem(0, "text", "No column holds the story text: map one to “text”.", True))
    if "domain" not in mapping:
        problems.append(Problem(0, "domain", "No column holds the domain of change: map one to "
                                "“domain”.", True))
    if "consent" not in mapping:
        problems.append(Problem(0, "consent", "No column holds the storyteller's consent: map one "
                                "to “consent”.", True))
    if not settings.unit_code and "unit" not in mapping:
        problems.append(Problem(0, "unit", "Choose a unit, or map a column to “unit”.", True))
    if not settings.period_code and "period" not in mapping:
        problems.append(Problem(0, "period", "Choose a period, or map a column to “period”.", True))
    if not export.table.rows:
        problems.append(Problem(0, None, "The file has a header row but no data.", True))
    if export.id_column is None:
        problems.append(Problem(0, None, "The file has no submission id column (_uuid, "
                                "meta/instanceID or KEY): importing it twice would create "
                                "the stories twice.", False))
    return problems
