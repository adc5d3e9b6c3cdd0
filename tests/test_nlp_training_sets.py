"""Training sets 12-22 of the statistical recogniser (msc/nlp/pii_model.py): annotated fictional stories written
on 2026-12-02 by writers who read the codebook, the marking conventions of blind set 11 (the docstring of its
generator) and the shared helpers (tests/data/gold_marks.py), and never the engine, its tests or another set's
stories. Set 12: 60 French texts set in France and Belgium (12 message threads); set 13: 60 English texts set in
the UK and Ireland (14 threads); set 14: 60 Moroccan texts (20 Modern Standard Arabic, 20 Darija in Arabic
script, 20 Latin-letter Darija messages); set 15: 60 French and French-Darija texts of the Moroccan teams,
heavy on forms, attendance lists and logs; set 16: 60 Modern Standard Arabic texts with names in every position,
most without a cue; set 17: 60 Darija texts (40 in Arabic script, 20 in Latin letters); set 18: 60 French and
English texts with names hard to recognise (rare origins, names that look like places or words, lists,
apposition); set 19: 60 message threads (French, English, Latin-letter Darija); set 20: 60 Modern Standard
Arabic texts of other registers (hotline logs, minutes, court letters); set 21: 60 Darija texts in Arabic script;
set 22: 60 texts in the mix of the blind sets (24 French, 14 English, 6 Arabic, 6 Darija, 10 messages) in the
widest variety of registers; set 23: 60 French and English texts about places (426 LOC: addresses, venues named
before or after their word, neighbourhoods without a cue, lower-case places in messages); set 24: 60 Arabic-script
texts (30 Modern Standard Arabic, 30 Darija) with places and names written without a cue (305 LOC, 377 PER).

They are learnt from (``msc train-pii-model``), so they measure nothing afterwards. Before any model learnt from
them each was scored once (PER recall): with the engine of the session start, 0.805 (set 12), 0.865 (13) and
0.944 (15); set 14 arrived after the rule on lower-case thread speakers and scored 0.85; sets 16-19 with the
engine that had learnt sets 12-15 (commit 783ddcd): 0.535 (16), 0.787 (17), 0.913 (18), 0.926 (19); sets 20-22
with the engine that had learnt sets 12-19 (commit 90506e5): 0.833 (20), 0.768 (21), 0.93 (22, masked precision
0.967); sets 23 and 24 with the engine of the next session's start (commit f0d126a, model of sets 12-22): PER
0.949 and LOC 0.73 (23), PER 0.931 and LOC 0.718 (24). What they missed (English venues named before their word,
French and Arabic venue words, neighbourhoods after a proclitic, lower-case places in messages) became rules
(tests/test_nlp_pii_places.py). What sets 12
and 13 missed most were the lower-case speakers of message threads, which became a rule
(tests/test_nlp_pii_train12.py); what sets 14, 16 and 17 miss most are Arabic-script names on no list.

These tests check that every set is what its generator writes, with spans that read back, and that the shipped
model learnt from each of them."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from nlp_scoring import assert_hard_negatives_unmarked, assert_offsets_read_back, read_rows

from msc.nlp import pii_model

DATA = Path(__file__).parent / "data"
SETS = {f"train{n}": 60 for n in range(12, 25)}


@pytest.mark.parametrize("name,rows", sorted(SETS.items()))
def test_a_training_set_is_what_its_generator_writes(name: str, rows: int, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(DATA))
    generator = importlib.import_module(f"make_analysis_{name}")
    out = tmp_path / f"analysis_{name}.jsonl"
    generator.write_set(generator.STORIES, out, generator.ROWS, generator.PREFIX, generator.THEMES)
    assert out.read_bytes() == (DATA / f"analysis_{name}.jsonl").read_bytes()
    assert len(read_rows(out)) == rows
    sys.modules.pop(f"make_analysis_{name}", None)


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_training_set_s_spans_read_back_and_hold_names_of_every_kind(name: str) -> None:
    path = DATA / f"analysis_{name}.jsonl"
    assert_offsets_read_back(path)
    labels = {span["label"] for row in read_rows(path) for span in row["pii"]}
    assert labels == {"PER", "LOC", "PHONE", "EMAIL", "ID"}


def test_the_shipped_model_learnt_from_every_training_set() -> None:
    trained = pii_model.manifest()["files"]
    for name in SETS:
        assert trained[f"analysis_{name}.jsonl"] == pii_model.file_digest(DATA / f"analysis_{name}.jsonl")


# The negatives the writers of sets 23 and 24 named: in the set, inside no gold span.
NEGATIVES = {
    "train23": {"stations, hospitals, chains, rivers, a country": (
        "gare Saint-Charles", "gare de Perrache", "Lime Street station", "Manor House station", "hôpital Pontchaillou",
        "CHU Charles-Nicolle", "Whittall Street Clinic", "Granby Street Medical Practice", "Queen Elizabeth",
        "Maudsley", "Lavomatic", "Tesco", "sainsburys", "boots", "Restos du Cœur", "Foncia", "Varna", "Garonne")},
    "train24": {"hospitals named after people, the free line, a law, big cities, a ministry": (
        "مستشفى ابن رشد", "مستشفى محمد الخامس", "مستشفى ابن طفيل", "8350", "103.13", "الدار البيضاء", "مراكش", "طنجة",
        "وزارة الصحة")},
}
PLACES = {"train23": 300, "train24": 250}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_a_set_about_places_holds_them_and_leaves_its_negatives_unmarked(name: str) -> None:
    path = DATA / f"analysis_{name}.jsonl"
    assert_hard_negatives_unmarked(path, NEGATIVES[name], sum(len(v) for v in NEGATIVES[name].values()))
    assert sum(span["label"] == "LOC" for row in read_rows(path) for span in row["pii"]) >= PLACES[name]
