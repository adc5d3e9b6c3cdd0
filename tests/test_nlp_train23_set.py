"""Checks of training set 23 (tests/data/analysis_train23.jsonl, places in French and English).

The generator must rewrite the committed file byte for byte, every span must read back from its text, and the set
must keep its stated composition: 60 texts of 80-250 words with 1-3 codebook themes, 34 French (6 of them SMS)
and 26 English (4 of them text threads), at least 300 LOC spans, and the negatives left unmarked.
"""
from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
JSONL = DATA / "analysis_train23.jsonl"
GENERATOR = DATA / "make_analysis_train23.py"


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_analysis_train23", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _load_generator()
ROWS = [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_generator_rewrites_the_file_byte_identically(tmp_path):
    out = tmp_path / "analysis_train23.jsonl"
    GEN.main(out)
    assert out.read_bytes() == JSONL.read_bytes()


def test_every_span_reads_back_and_spans_do_not_overlap():
    for row in ROWS:
        text = row["text"]
        previous_end = 0
        for span in sorted(row["pii"], key=lambda s: s["start"]):
            assert span["label"] in {"PER", "LOC", "PHONE", "EMAIL", "ID"}, (row["id"], span)
            assert text[span["start"]:span["end"]] == span["text"], (row["id"], span)
            assert span["text"] == span["text"].strip(), (row["id"], span)
            assert span["start"] >= previous_end, (row["id"], span)
            previous_end = span["end"]


def test_composition():
    assert len(ROWS) == 60
    ids = [row["id"] for row in ROWS]
    assert len(set(ids)) == 60
    assert all(re.fullmatch(r"t23-(fr|en|sms)-\d\d", sid) for sid in ids)
    langs = Counter(row["lang"] for row in ROWS)
    assert langs == {"fr": 34, "en": 26}
    kinds = Counter((row["id"].split("-")[1], row["lang"]) for row in ROWS)
    assert kinds == {("fr", "fr"): 28, ("sms", "fr"): 6, ("en", "en"): 22, ("sms", "en"): 4}
    for row in ROWS:
        assert 80 <= len(row["text"].split()) <= 250, row["id"]
        assert 1 <= len(row["themes"]) <= 3, row["id"]
        assert len(set(row["themes"])) == len(row["themes"]), row["id"]
        assert set(row["themes"]) <= GEN.THEMES, row["id"]


def test_places_are_the_focus():
    labels = Counter(span["label"] for row in ROWS for span in row["pii"])
    assert labels["LOC"] >= 300
    assert all(any(s["label"] == "LOC" for s in row["pii"]) for row in ROWS)
    assert all(any(s["label"] == "PER" for s in row["pii"]) for row in ROWS)
    assert labels["PHONE"] >= 5 and labels["EMAIL"] >= 2 and labels["ID"] >= 10


@pytest.mark.parametrize("negative", [
    "gare Saint-Charles", "gare de Perrache", "Lime Street station", "Manor House station", "hôpital Pontchaillou",
    "CHU Charles-Nicolle", "Whittall Street Clinic", "Granby Street Medical Practice", "Queen Elizabeth",
    "Maudsley", "Lavomatic", "Tesco", "sainsburys", "boots", "Restos du Cœur", "Foncia", "Varna", "Garonne",
])
def test_negatives_stay_unmarked(negative):
    found = False
    for row in ROWS:
        for m in re.finditer(re.escape(negative), row["text"]):
            found = True
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in row["pii"]), (row["id"], negative)
    assert found, negative


def test_loc_marks_keep_article_and_preposition_outside():
    for row in ROWS:
        for span in row["pii"]:
            if span["label"] == "LOC":
                first = span["text"].split()[0].lower()
                assert first not in {"le", "la", "les", "l'", "au", "aux", "à", "a", "the", "in", "at", "near"}, span
                assert not span["text"].lower().startswith(("l'", "d'")), (row["id"], span)

