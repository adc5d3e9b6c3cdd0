"""Training set 24 (tests/data/analysis_train24.jsonl): 60 stories in Arabic script, 30 Modern Standard Arabic
and 30 Moroccan Darija, with places and person names written without cue words. The generator must rewrite the
file byte for byte, every span must read back, and the composition must be the one its docstring states."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
SET = DATA / "analysis_train24.jsonl"
GENERATOR = DATA / "make_analysis_train24.py"


def _themes() -> frozenset[str]:
    spec = importlib.util.spec_from_file_location("gold_marks_t24", DATA / "gold_marks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.THEMES


def _rows() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_generator_rewrites_the_set_identically():
    before = SET.read_bytes()
    done = subprocess.run([sys.executable, str(GENERATOR)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert SET.read_bytes() == before


def test_every_span_reads_back():
    labels = {"PER", "LOC", "PHONE", "EMAIL", "ID"}
    for row in _rows():
        assert row["pii"], row["id"]
        last_end = -1
        for sp in sorted(row["pii"], key=lambda s: s["start"]):
            assert sp["label"] in labels, (row["id"], sp)
            assert row["text"][sp["start"]:sp["end"]] == sp["text"], (row["id"], sp)
            assert sp["text"] == sp["text"].strip() and sp["text"], (row["id"], sp)
            assert sp["start"] >= last_end, (row["id"], sp)  # no overlapping spans
            last_end = sp["end"]
        assert "{" not in row["text"] and "}" not in row["text"], row["id"]


def test_composition():
    rows = _rows()
    themes = _themes()
    assert len(rows) == 60
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == 60
    ar = [r for r in rows if r["lang"] == "ar"]
    ary = [r for r in rows if r["lang"] == "ary"]
    assert len(ar) == 30 and len(ary) == 30
    assert all(re.fullmatch(r"t24-ar-\d\d", r["id"]) for r in ar)
    assert all(re.fullmatch(r"t24-ary-\d\d", r["id"]) for r in ary)
    for row in rows:
        assert 80 <= len(row["text"].split()) <= 250, row["id"]
        assert 1 <= len(row["themes"]) <= 3, row["id"]
        assert len(set(row["themes"])) == len(row["themes"]), row["id"]
        assert set(row["themes"]) <= themes, row["id"]
        # Arabic script throughout: the text is mostly Arabic letters, not Latin.
        arabic = sum(1 for ch in row["text"] if "\u0600" <= ch <= "\u06ff")
        latin = sum(1 for ch in row["text"] if ch.isascii() and ch.isalpha())
        assert arabic > 5 * latin, row["id"]


def test_place_and_name_counts():
    rows = _rows()
    count = {label: sum(1 for r in rows for sp in r["pii"] if sp["label"] == label)
             for label in ("PER", "LOC", "PHONE", "EMAIL", "ID")}
    assert count["LOC"] >= 250
    assert count["PER"] >= 250
    assert count["PHONE"] >= 10 and count["ID"] >= 10 and count["EMAIL"] >= 3
    # Arabic-Indic digits appear in some phone numbers and IDs.
    assert any(re.search("[\u0660-\u0669]", sp["text"]) for r in rows for sp in r["pii"] if sp["label"] == "PHONE")
    assert any(re.search("[\u0660-\u0669]", sp["text"]) for r in rows for sp in r["pii"] if sp["label"] == "ID")


def test_negatives_are_left_unmarked():
    """Hospitals named after people, large cities, the free line and law numbers are never inside a span."""
    negatives = ("مستشفى ابن رشد", "مستشفى محمد الخامس", "مستشفى ابن طفيل", "8350", "103.13", "الدار البيضاء",
                 "مراكش", "طنجة", "وزارة الصحة")
    seen = set()
    for row in _rows():
        for word in negatives:
            for m in re.finditer(re.escape(word), row["text"]):
                seen.add(word)
                assert not any(sp["start"] < m.end() and m.start() < sp["end"] for sp in row["pii"]), (row["id"], word)
    assert seen == set(negatives)


def test_proclitics_stay_outside_person_spans():
    """A span never starts with a proclitic glued to a marked name elsewhere (« وكريم » is و + {PER:كريم})."""
    for row in _rows():
        names = {sp["text"] for sp in row["pii"] if sp["label"] == "PER"}
        for sp in row["pii"]:
            if sp["label"] == "PER" and sp["text"][0] in "وبلف":
                assert sp["text"][1:] not in names, (row["id"], sp)
