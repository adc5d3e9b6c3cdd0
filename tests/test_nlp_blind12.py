"""Blind set 12 of the analysis engine: scored once, never tuned on.

Written on 2026-12-02 by the blind writer ``blind12``, who read only the rules file of the worktrees
(COMMON.md), the codebook (shared/design/codebook.md), the description of the method
(shared/design/msc-method.md), the docstring of the generator of blind set 11 (/work/wt/blind_conventions.txt:
its marking conventions, composition and kinds of material), the shared helpers of the generators
(tests/data/gold_marks.py), the scoring harness (tests/nlp_scoring.py) and the model of this file
(/work/wt/blind12_test_model.py); it also saw the last five one-line commit messages, ``git status``, the file
names of tests/data/ and the number of entries of tests/ (no content). The analysis engine (msc/), its pattern
lists, its rule tests (tests/test_nlp_*), the PII probe, the stories and generators of every other evaluation set
and every other worktree were NOT read; msc was not imported, the engine was not run on these stories and the
writer did not score the set. The marking conventions are exactly those of blind set 11 (summarised in the
docstring of tests/data/make_analysis_blind12.py, which writes tests/data/analysis_blind12.jsonl).

Composition: 60 fictional stories, 24 French, 14 English, 6 Modern Standard Arabic, 6 Moroccan Darija in Arabic
script and 10 SMS/WhatsApp messages in Latin letters (6 Darija mixed with French, 4 French): languages fr 28,
en 14, ar 6, ary 12; 80-250 words and 1-3 gold themes each. Gold spans: PER 432, LOC 108, PHONE 49, EMAIL 16,
ID 41 (645 in all).

Registers: first-person accounts, a story told in Darija and written in French, letters (to a team, to a son, to
a daughter in Arabic), an attestation to a family judge, outreach notes and logs, a day-centre log, Q/R, Q/A and
س/ج interviews, voice-note transcriptions (one on an answering machine), e-mails with From/To headers, referral
forms (French, English, Arabic), hotline sheets (French, English, Darija), minutes with attendance lists (talking
groups, a peer support group, a selection committee), a case-coordination synthesis, a case meeting, refuge
notes, and SMS/WhatsApp threads (lowercase sender labels on every line, dash threads without labels, two group
threads, one an alert about a violent client, two automatic reminders with replies).

Names: Edo, Yoruba and Igbo Nigerian, Colombian, Peruvian, Venezuelan, Brazilian (trans women), Romanian,
Ukrainian, Hungarian, Serbian, Polish, Guinean, Ivorian, Senegalese, Malian, Burundian, Congolese, Cameroonian (a
trans woman and her former name), Tunisian, Algerian, Chinese, Vietnamese, Filipino, Eritrean, Somali, Ghanaian,
a Jamaican-British family, Irish, Scottish, Welsh, Geordie, Indian British and French people, Moroccan Arabs and
Amazigh of the Souss; nicknames (a dealer « Tank », policemen « Chlaghmo » and « بوكرش », « la3zia »); surnames
alone after titles (the title outside the span, in SMS too: « maitre », « ustada », « si », « lalla », « mr »,
« mme »); possessives; names that are also words, used both ways (Grâce, Merveille, Rose, Blanche, Constance,
Aurore, Patience, Hope, Mercy, Sunny, صباح, نور, زهرة, جميلة, لطيفة, ليلى, dounia, farah).
Places: streets and neighbourhoods of Bordeaux, Paris, Marseille, Lyon, Toulouse, Montpellier, Casablanca,
Marrakech, Rabat, Salé, Fès, Meknès, Tanger, Agadir, Nador, Beni Mellal and of twelve British cities, a Souss
village; many named after people or saints or with a title word (LOC, not PER); venues (cafés, bars, a nail bar,
an institute, a hammam); numbered addresses with flat details inside.
Phones: France, Morocco (Arabic-Indic digits too), Algeria, Nigeria, Romania, Ghana, UK. E-mails: plain, in
headers and forms, and five obfuscated forms. IDs: French asylum receipt, claim, SIAO, social security, AME,
OFPRA, residence card, France Travail, CAF, family-court RG, birth acts, passports, Moroccan CIN, Moroccan
complaint and court files (Arabic-Indic digits too), centre files, refugee card, CeGIDD anonymity number, UK
tenancy, NRM, National Insurance, NHS, clinic, crime, Home Office, residence permit and police references.

Hard negatives (HARD_NEGATIVES below, 93 pieces of text, each in the set and inside no gold span): names that are
also words used as words; institutions named after people and a railway station; organisations and services;
emergency and free numbers; article and law numbers; dates, amounts, times, rooms and a mark; large cities,
countries and generic places; titles and kinship words without a name.

It was scored ONCE on 2026-12-02 (commit 31ae079), after the engine work of the session that commissioned it
had landed (training sets 12-22 learnt from; rules for lower-case thread speakers, e-mail headers and Arabic form
fields; Arabic-script names of no list masked where the statistical recogniser sees a person), and that first
score is recorded below. On it the organisation's floors are met for PHONE (1.0), ID (1.0), LOC (0.852) and
masked precision (0.959), and MISSED for PER recall (0.938 < 0.95) and EMAIL recall (0.875 < 0.98). 278 of its
432 gold names (64%, mostly common first names) occur as a name somewhere in the training sets: recall 0.964 on
those, 0.89 on the 154 others. From now on this test is a regression guard: it fails if the engine falls below
its first score; it does not pretend the missed floors are met. Nobody may change the engine by looking at this
set's stories or misses: once that happens it becomes a development set and a new blind set must be written.

On 2026-12-02 (second session) the recogniser retrained on training sets 23 and 24 made this guard fail (ID
precision 0.976 < 1.0) and its single new false positive was looked at: a harmonised helpline number ("116 123"),
which no ID may be any more (tests/test_nlp_pii_places.py). Since then this is a development set: its figures are
no longer a measure of unseen stories (blind sets 13 and 14 are); its first score still guards against regression.
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

DATA = Path(__file__).parent / "data" / "analysis_blind12.jsonl"
ROWS = 60
TOLERANCE = 0.02

# The first (and only) score, recorded on 2026-12-02 from the single scoring, before anyone looked at a miss.
FIRST_SCORE: dict = {
    "PER_recall": 0.938, "PER_precision": 0.953, "LOC_recall": 0.852, "LOC_precision": 0.939,
    "PHONE_recall": 1.0, "PHONE_precision": 1.0, "EMAIL_recall": 0.875, "EMAIL_precision": 1.0,
    "ID_recall": 1.0, "ID_precision": 1.0, "masked_precision": 0.959,
    "themes_f1_all": 0.552, "themes_f1_fr": 0.596, "themes_f1_en": 0.519, "themes_f1_ar": 0.585,
    "themes_f1_ary": 0.448,
}

NOT_RECORDED = ("first score not recorded yet: copy the figures printed above into FIRST_SCORE "
                "(tests/test_nlp_blind12.py) after the single scoring")

# Named hard negatives (a piece of text around each, as written): each must be in the set and inside no gold span.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "names that are also words, used as words": (
        "une blouse rose", "avec patience", "une merveille d'avoir", "Grâce à vous je l'ai fait",
        "avec constance comme elle dit", "à l'aurore d'un nouveau projet", "ce rendez-vous précieux",
        "les nuits blanches", "une vraie rose dans ce monde de ronces", "no hope for me", "no hope left",
        "at the mercy of her phone battery", "a sunny day", "no patience for secrets",
        "في الصباح كنت أبكي", "رأت النور في آخر النفق", "مثل زهرة بلا ماء", "الحياة ليست جميلة دائما",
        "كل صباح", "كانت لطيفة معايا", "صباح الخير", "واحد الليلة", "had dounia 7amda", "hadi farha kbira",
        "sba7 nour",
    ),
    "institutions named after people, and a station": (
        "hôpital Saint-André", "gare Saint-Jean", "hôpital Pellegrin", "l'école Jules-Ferry",
        "lycée professionnel Toulouse-Lautrec", "centre hospitalier Charles-Perrens", "hôpital Ibn Sina",
        "CHU Ibn Rochd", "médiathèque Émile-Zola", "Mary Potter Centre", "the Jefferiss Wing",
        "the Margaret Pyke building", "مستشفى الغساني", "مستشفى ابن طفيل",
    ),
    "organisations and services": (
        "Défenseur des droits", "Restos du Cœur", "Banque alimentaire", "l'atelier droits de La CASE",
        "Women's Aid", "Samaritans", "programme CHAMS", "برنامج شمس", "مركز التعاون الوطني",
    ),
    "emergency and free numbers": (
        "Elle a appelé le 115", "appeler le 17", "Samaritans (116 123)", "call 999", "نعيط ل١٩",
        "تعيط ل١٩", "3iyti l 19", "on appelle le 115",
    ),
    "article and law numbers": (
        "l'article 490 du code pénal", "la loi 103-13", "l'article 78-2", "بالفصل 490", "3liya b 490",
    ),
    "dates, amounts, times, rooms, marks": (
        "35 000 euros", "la chambre 14", "bureau 3", "salle 2", "1 100 euros", "née le 4 mai 1990",
        "DOB: 11/03/1987", "£28,000", "room 4", "£11.50 an hour", "8 000 dirhams", "1000 dh", "10000 dh",
        "23 h 05", "14 de moyenne", "450 en liquide", "entré au CE1", "not \"number seven\"",
    ),
    "cities, countries and generic places": (
        "Benin City", "Hải Phòng", "Timișoara", "Kumasi", "l tlemcen", "f wejda", "7wayji f zn9a",
        "je dormais à la gare", "jumping from the bridge", "mon mari en ukraine",
    ),
    "titles and kinship words without a name": (
        "Madame la juge aux affaires familiales", "merci maitre", "bonjour madame", "Mum, the fridge is full",
    ),
}
N_NEGATIVES = 93  # the number listed above


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_set(DATA, ROWS, "Blind set 12 (scored once on 2026-12-02)", {"first": FIRST_SCORE})


def test_gold_offsets_read_back() -> None:
    assert_offsets_read_back(DATA)


def test_gold_set_has_the_composition_its_docstring_states() -> None:
    assert_blind_composition(DATA, "b12", {"PER": 432, "LOC": 108, "PHONE": 49, "EMAIL": 16, "ID": 41})


def test_gold_set_composition_includes_its_named_hard_negatives_unmarked() -> None:
    assert_hard_negatives_unmarked(DATA, HARD_NEGATIVES, N_NEGATIVES)


def test_every_figure_of_the_first_score_is_measured(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    assert set(FIRST_SCORE) == set(scores)


def test_no_figure_falls_below_its_first_score(scores: dict) -> None:
    assert FIRST_SCORE, NOT_RECORDED
    fallen = fallen_below(scores, FIRST_SCORE, TOLERANCE)
    assert not fallen, f"below the first blind score (now, first): {fallen}"
