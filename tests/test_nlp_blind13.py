"""Blind set 13 of the analysis engine: scored once, never tuned on.

Written on 2026-12-02 by the blind writer ``blind13`` (generator: tests/data/make_analysis_blind13.py, which holds
the story sources and, in its docstring, the full account of the set). What was read, and nothing else: the rules
file of the worktrees (COMMON.md), the codebook and the description of the method (shared/design/), the module
docstring of the generator of blind set 11 (its marking conventions and composition), the shared helpers
(tests/data/gold_marks.py), the scoring harness (tests/nlp_scoring.py) and the model of this test. The analysis
engine (msc/), its pattern lists, its rule tests, the PII probe, every other generator and every other story set
were NOT read; the engine was not run on these stories and msc was not imported by the writer.

Composition: 60 fictional stories, 24 French, 14 English, 6 Modern Standard Arabic (lang "ar"), 6 Moroccan Darija
in Arabic script (lang "ary"), 10 SMS/WhatsApp in Latin letters (6 Darija mixed with French, lang "ary"; 4 French,
lang "fr"); 81-148 words and 1-3 gold themes each. Registers: first-person accounts, letters (a mother to her son,
a sister to her sister), facilitators' and peer educators' notes, Q/R, Q/A and س/ج interviews, voice notes (one on
an answering machine, one in Darija), minutes of talking and self-support groups with attendance lists, a selection
committee, a rights workshop, a case synthesis and a case meeting, e-mails with headers, support letters and an
attestation, referral forms (French, English, Arabic), hotline and helpline sheets, outreach logs, WhatsApp threads
with sender labels, dashed SMS threads, two group threads, a single long SMS and an automatic reminder.
People from Morocco (Arab and Amazigh), Algeria, Tunisia, Nigeria, Kenya, Côte d'Ivoire, Cameroon, DR Congo, Guinea,
Senegal, Eritrea, Romania, Poland, Ukraine, Vietnam, China, the Philippines, Colombia, Peru, Brazil, Spain, Syria,
Wales, Scotland, Ireland, England and France; nicknames, initials, surnames after titles, Nom/Prénom fields,
lowercase SMS names.

Exact gold counts: PER 456, LOC 85, PHONE 55, EMAIL 22, ID 40 (e-mails plain and obfuscated: « [at] … [dot] »,
« AT … DOT », « [arobase] … [point] », « arobase … point », « (at) … (dot) »; phones of France, Morocco (with
Arabic-Indic digits), the UK, Kenya, Côte d'Ivoire, DR Congo, Nigeria, Romania, the Philippines, Syria, Senegal,
Spain and Belgium; IDs of Moroccan, French, UK, Romanian, Guinean, Filipino and UNHCR kinds).

Marking conventions: exactly those of blind set 11 (name without title, kinship word, vocative or proclitic;
every occurrence; cue plus name for places, streets named after people are LOC; whole numbers and addresses;
the ID number without its cue). The hard negatives below are named pieces of text that must stay unmarked:
names that are also words used as words, institutions named after people, organisations, emergency numbers,
dates, amounts, times, rooms, law and article numbers, large cities and a railway station.

It was scored ONCE on 2026-12-02 (commit 403ddbc), after the engine work that followed blind set 12's scoring
(training sets 20-22, disguised e-mails ending in any country code, capitalised names that are also words and
Arabic names that are also words where the statistical recogniser is sure; none of it looked at blind set 12's
misses), and that first score is recorded below. On it every floor of the organisation is met: PER recall 0.965
(>= 0.95), ID 0.95 (>= 0.90), PHONE 0.982 and EMAIL 1.0 (>= 0.98), LOC 0.859 (>= 0.85), masked precision 0.968
(>= 0.90). 315 of its 456 gold names occur as a name somewhere in the training sets: recall 0.968 on those,
0.957 on the 141 others. From now on this test is a regression guard: it fails if the engine falls below its
first score. Nobody may change the engine by looking at this set's stories or misses: once that happens it
becomes a development set and a new blind set must be written.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from nlp_scoring import (
    assert_blind_composition,
    assert_hard_negatives_unmarked,
    assert_offsets_read_back,
    fallen_below,
    score_set,
)

DATA = Path(__file__).parent / "data" / "analysis_blind13.jsonl"
ROWS = 60
TOLERANCE = 0.02

# The first (and only) score, recorded on 2026-12-02 from the single scoring, before anyone looked at a miss.
FIRST_SCORE: dict = {
    "PER_recall": 0.965, "PER_precision": 0.98, "LOC_recall": 0.859, "LOC_precision": 0.89,
    "PHONE_recall": 0.982, "PHONE_precision": 0.982, "EMAIL_recall": 1.0, "EMAIL_precision": 1.0,
    "ID_recall": 0.95, "ID_precision": 0.95, "masked_precision": 0.968,
    "themes_f1_all": 0.581, "themes_f1_fr": 0.634, "themes_f1_en": 0.507, "themes_f1_ar": 0.462,
    "themes_f1_ary": 0.603,
}

NOT_RECORDED = ("first score not recorded yet: copy the figures printed above into FIRST_SCORE "
                "(tests/test_nlp_blind13.py) after the single scoring")

# Named hard negatives (a piece of text around each, as written): each must be in the set and inside no gold span.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "names that are also words, used as words": (
        "Par la grâce de Dieu", "C'est grâce à elle", "l'association grâce à", "la patience des autres",
        "Il faut de la patience", "un vrai bijou de sa mère", "I have hope again", "I had no hope of anything",
        "I used to keep faith", "at the mercy of everybody", "أرى النور", "طعم السعادة", "بشرى لنا جميعًا",
        "la Clio grise",
    ),
    "institutions named after people or saints": (
        "CHU Ibn Rochd", "l'hôpital Pellegrin", "hôpital Charles-Perrens", "l'hôpital Hassan II",
        "l'hôpital Ibn Sina", "centre d'hébergement Jean-Moulin", "Saint Mary's Sexual Assault Referral Centre",
        "مستشفى ابن طفيل", "مستشفى الغساني", "سبيطار ابن زهر", "urgences pellegrin", "Mortimer Market Centre",
        "the Royal Infirmary",
    ),
    "organisations and services": (
        "La CASE", "ALCS Marrakech", "POPPY", "la Cimade", "Secours populaire", "Roses d'Acier", "Wafacash",
        "CAARUD", "CeGIDD", "the Salvation Army", "Police Scotland", "Narcotics Anonymous", "جمعية الأمانة",
        "جمعية محاربة السيدا", "l'OIM", "Birmingham City Council",
    ),
    "emergency and free numbers": (
        "Le 115 ne répond pas", "appel au 17", "appeler le 19", "police 19, numéro vert 8350", "on 101 this morning",
        "Told her 999", "le 115 repond pas",
    ),
    "dates, amounts, times, rooms, laws (not IDs)": (
        "14/10/2026", "800 dirhams", "35 000 euros", "salle 2", "salle 5", "salle 3", "Room 4", "bureau 12",
        "la loi 103-13", "l'article 490 du Code pénal", "القانون 103.13", "القاعة 1", "1 350 euros nets", "11 m²",
        "thirty thousand pounds", "28,000 dollars", "500dh", "800dh", "13h45", "22 h 10", "[10:02]",
        "02/07/1995", "21/11/2001", "14/02/1991", "10 jours itt", "63 kits distribués", "la loi de 2016",
    ),
    "large cities, countries and a station": (
        "Benin City", "Medellín", "Kharkiv", "Shenyang", "Kinshasa", "São Paulo", "Recife", "in Manila", "Lagos",
        "من حمص", "في حلب", "a bruxelles", "Kankan", "la gare st jean",
    ),
}
N_NEGATIVES = 91  # the number listed above (at least 60)


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_set(DATA, ROWS, "Blind set 13 (scored once on 2026-12-02)", {"first": FIRST_SCORE})


def test_gold_offsets_read_back() -> None:
    assert_offsets_read_back(DATA)


def test_gold_set_has_the_composition_its_docstring_states() -> None:
    assert_blind_composition(DATA, "b13", {"PER": 456, "LOC": 85, "PHONE": 55, "EMAIL": 22, "ID": 40})


def test_gold_set_composition_includes_its_named_hard_negatives_unmarked() -> None:
    assert_hard_negatives_unmarked(DATA, HARD_NEGATIVES, N_NEGATIVES)


def test_every_figure_of_the_first_score_is_measured(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    assert set(FIRST_SCORE) == set(scores)


def test_no_figure_falls_below_its_first_score(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    fallen = fallen_below(scores, FIRST_SCORE, TOLERANCE)
    assert not fallen, f"below the first blind score (now, first): {fallen}"
