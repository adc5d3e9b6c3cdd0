"""Blind set 11 of the analysis engine: scored once, never tuned on.

Written on 2026-12-01 by the blind writer ``blind11`` (generator: tests/data/make_analysis_blind11.py, whose
docstring states the marking conventions). What was read, and nothing else: COMMON.md (the rules of the
worktrees); shared/design/codebook.md and shared/design/msc-method.md; the file names of shared/context/ and
the first 80 lines of the CHAMS capitalisation sheet (003_*.txt), for the setting; from
tests/data/make_analysis_blind10.py only lines 1-170 (module docstring with the marking conventions,
constants, THEMES) and lines 784 to the end (helper functions), never its story bodies; tests/nlp_scoring.py
(the scoring harness and ``assert_blind_composition``); and the model of this test
(/work/wt/blind11_test_model.py). The writer also saw the one-line messages of the last five commits, the
top-level names of the worktree and the number of entries of tests/. NOT read: anything under msc/ (the
engine and its pattern lists), any tests/test_nlp_* or PII test, the stories of every other evaluation set.
msc was not imported, the engine was not run on these stories and the set was not scored by its writer; only
the offset, composition and hard-negative tests below were run.

Composition: 60 fictional stories, ids "b11-…": 24 French ("b11-fr-"), 14 English ("b11-en-"), 6 Modern
Standard Arabic ("b11-ar-", lang "ar"), 6 Moroccan Darija in Arabic script ("b11-ary-", lang "ary") and 10
SMS/WhatsApp messages in Latin letters ("b11-sms-": 6 Darija mixed with French, lang "ary"; 4 French, lang
"fr"); 80-250 words and 1-3 gold themes each. Gold spans: PER 420, LOC 105, PHONE 53, EMAIL 21, ID 36 (names
are many because every occurrence is marked, SMS sender labels included).

Registers: first-person accounts, letters (to a team, to a daughter, to a family judge, a GP's support letter),
facilitators' and peer educators' notes, Q/R, Q/A and س/ج transcripts, voice-note transcriptions, talking-group
and selection-committee minutes with attendance lists, a case-coordination synthesis and a case meeting,
e-mails with From/To headers, referral forms in French, English and Arabic, hotline and helpline sheets, an
outreach log and outreach notes, WhatsApp threads (lowercase sender labels, dashes without names, two group
threads) and an automatic SMS reminder.

Names: Wolof, Pulaar, Sahrawi, Chadian, Sudanese (with father's and grandfather's names), Syrian, Iraqi,
Kurdish, Afghan, Albanian, Bulgarian, Moldovan, Georgian, Thai (with nicknames: « Nok », « Siri »),
Dominican, Haitian, Cape Verdean (« Zuzu »), Roma, Zimbabwean, Ghanaian, Nigerian, Cameroonian, Burundian,
Middle-Atlas Amazigh (Itto, Moha, Tuda, عدجو, إيجة, حمو أوعلي), Moroccan, French, English, Scottish, Irish
and Welsh names; full names, first names alone, surnames after titles and kinship or respect words (Mme, M.,
Maître, Dr, docteur, brigadier, Mrs, Mr, Ms, PC, Auntie, uncle, Lalla, الأستاذة, المحامية, الدكتورة, الأخت,
خويا), a police nickname (« Rambo », « بوشنب »), names in lists, form fields, possessives (« Charity's »),
reported speech, lowercase SMS names and sender labels, initials (« Drita H. », « Nadia B. »), a From header,
and names that are also words used both ways in the same story (Victoire, Espérance, Summer, Dawn, Joy,
Charity, حياة, وفاء, نجاة, رحمة / Rahma). Places: numbered addresses with flat or floor, streets, squares,
courses, alleys, résidences, douars, neighbourhoods alone (Belleville, Noailles, Wazemmes, Talborjt, Maârif,
Holbeck, Govanhill, Soho, Moss Side, حي التقدم, الحي المحمدي), villages of the Middle Atlas and named
cafés, bars, hotels, salons, a pub, a massage parlour, a bakery and a market, streets named after people or
with a title word. Phones: France, Morocco (Arabic-Indic digits too), Belgium, Bulgaria, Romania, Moldova,
Georgia, Thailand, Cape Verde, Chad, Mauritania, Syria, Iraq, Afghanistan, UK mobiles and landlines, one
number in two written pieces, phones as SMS content. E-mails: plain and obfuscated (« [at] … [point] »,
« (at) … (dot) », « arobase … point », « [arobase] », « AT … DOT »), one inside angle brackets. IDs: Moroccan
CIN, French asylum receipt, social-security, SIAO, OFPRA, France Travail, CAF, birth-act, complaint, report
and family-court numbers, Belgian national register, Bulgarian ID card, Thai passport, NRM, NHS, National
Insurance, Home Office and residence-permit references, tenancy and crime references, clinic and centre file
numbers, a UNHCR number, Moroccan court numbers (one in Arabic-Indic digits).

Hard negatives (70, listed below and checked to be inside no gold span): emergency and free numbers,
institutions named after people, saints or streets and a railway station, organisations, services and
programmes, laws and articles, rooms, amounts, dates and a time, and names used as words.

It was scored ONCE on 2026-12-01, after the engine work of the session that commissioned it had landed (blind
set 10 declared development set 11; the statistical recogniser, msc/nlp/pii_model.py, added beside the rules),
and that first score is recorded below. On it the organisation's floors are met for PHONE (1.0), EMAIL (1.0),
ID (0.917), LOC (0.905) and masked precision (0.944), and MISSED for PER recall (0.895 < 0.95). From now on
this test is a regression guard: it fails if the engine falls below its first score; it does not pretend the
missed floor is met. Nobody may change the engine by looking at this set's stories or misses: once that
happens it becomes a development set and a new blind set must be written.

On 2026-12-02 the writers of training sets 12-22 (learnt from by the statistical recogniser) were handed the
docstring of this set's generator, which names some of its people, and two of them saw a few lines of its first
stories: nobody tuned on this set, but its later figures are no longer a clean measure of unseen stories (blind
sets 13 and 14 are; blind set 12 became a development set later that day).
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

DATA = Path(__file__).parent / "data" / "analysis_blind11.jsonl"
ROWS = 60
TOLERANCE = 0.02

# The first (and only) score, recorded on 2026-12-01 from the single scoring, before anyone looked at a miss.
FIRST_SCORE: dict = {
    "PER_recall": 0.895, "PER_precision": 0.957, "LOC_recall": 0.905, "LOC_precision": 0.853,
    "PHONE_recall": 1.0, "PHONE_precision": 0.981, "EMAIL_recall": 1.0, "EMAIL_precision": 1.0,
    "ID_recall": 0.917, "ID_precision": 1.0, "masked_precision": 0.944,
    "themes_f1_all": 0.566, "themes_f1_fr": 0.607, "themes_f1_en": 0.562, "themes_f1_ar": 0.651,
    "themes_f1_ary": 0.412,
}

NOT_RECORDED = ("first score not recorded yet: copy the figures printed above into FIRST_SCORE "
                "(tests/test_nlp_blind11.py) after the single scoring")

# Named hard negatives (a piece of text around each, as written): each must be in the set and inside no gold span.
HARD_NEGATIVES = {
    "emergency and free numbers": (
        "le 115", "l 115", "composer le 17", "le 3919", "le 116 006", "did not call 999", "call 111", "3ayti l 19",
    ),
    "institutions named after people, saints or streets, and a station": (
        "hôpital Saint-Louis", "collège Jules-Ferry", "salle Olympe-de-Gouges", "hôpital Bichat", "hôpital Avicenne",
        "hôpital Mohammed V", "hôpital Pasteur", "St Mary's Hospital", "Dean Street Express",
        "Harrow Road Health Centre", "مستشفى ابن زهر", "مستشفى مولاي يوسف", "sbitar Ibn Tofail", "gare Saint-Jean",
    ),
    "organisations, services and programmes": (
        "ALCS", "PAG-ASA", "Entraide nationale", "Restos du Cœur", "La Banque Postale", "France Travail",
        "Emmaüs Solidarité", "Croix-Rouge", "OFPRA", "Planning familial", "PMI", "SIAO", "Jobcentre Plus",
        "Home Office", "Salvation Army", "National Ugly Mugs", "Independent Office for Police Conduct",
        "Universal Credit", "Migrant Help", "المجلس الوطني لحقوق الإنسان", "الأمن الوطني",
    ),
    "laws and articles": (
        "loi du 13 avril 2016", "article 490 du Code pénal", "Modern Slavery Act 2015", "بالفصل 490", "مدونة الأسرة",
        "b 490",
    ),
    "rooms, amounts, dates and times": (
        "chambre 9", "salle 204", "salle 3", "Room 4", "9 000 euros", "£1,200", "14/02/1990", "12/05/1996",
        "21 h 40",
    ),
    "names used as words": (
        "une vraie victoire", "par prudence", "perdu l'espérance", "in the summer", "Dawn was breaking", "with joy",
        "charity shop", "حياة كريمة", "الوفاء بين النساء", "طريق النجاة", "رحمة من الله", "lah yjib rahma",
    ),
}
N_NEGATIVES = 70


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_set(DATA, ROWS, "Blind set 11 (scored once on 2026-12-01)", {"first": FIRST_SCORE})


def test_gold_offsets_read_back() -> None:
    assert_offsets_read_back(DATA)


def test_gold_set_has_the_composition_its_docstring_states() -> None:
    assert_blind_composition(DATA, "b11", {"PER": 420, "LOC": 105, "PHONE": 53, "EMAIL": 21, "ID": 36})


def test_gold_set_composition_includes_its_named_hard_negatives_unmarked() -> None:
    assert_hard_negatives_unmarked(DATA, HARD_NEGATIVES, N_NEGATIVES)


def test_every_figure_of_the_first_score_is_measured(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    assert set(FIRST_SCORE) == set(scores)


def test_no_figure_falls_below_its_first_score(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    fallen = fallen_below(scores, FIRST_SCORE, TOLERANCE)
    assert not fallen, f"below the first blind score (now, first): {fallen}"
