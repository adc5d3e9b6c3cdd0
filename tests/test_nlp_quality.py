"""Quality floor of the analysis on the fictional evaluation set.

Themes: micro precision/recall/F1 over (story, theme key) pairs.
Personal data: a gold span is recalled when a predicted span with the same
label overlaps it; a predicted span is correct when it overlaps a gold span
with the same label (precision, floor 0.90 for every label).
"""
import json
from collections import Counter
from pathlib import Path

import pytest

from msc.nlp.engine import Analyzer

EVAL = Path(__file__).parent / "data" / "analysis_eval.jsonl"
LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")


def _rows():
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results():
    rows = _rows()
    preds = Analyzer().analyze_many([{"id": r["id"], "text": r["text"], "lang": r["lang"]} for r in rows])
    return rows, preds


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _theme_scores(rows, preds, lang):
    tp = fp = fn = 0
    for row, pred in zip(rows, preds, strict=False):
        if row["lang"] != lang:
            continue
        gold, got = set(row["themes"]), {t["key"] for t in pred["themes"]}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    return _prf(tp, fp, fn)


def _overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"] and a["label"] == b["label"]


def _pii_scores(rows, preds):
    c = Counter()
    for row, pred in zip(rows, preds, strict=False):
        for g in row["pii"]:
            c[g["label"], "gold"] += 1
            c[g["label"], "found"] += any(_overlaps(g, p) for p in pred["pii"])
        for p in pred["pii"]:
            c[p["label"], "pred"] += 1
            c[p["label"], "correct"] += any(_overlaps(p, g) for g in row["pii"])
    out = {}
    for lab in LABELS:
        recall = c[lab, "found"] / c[lab, "gold"] if c[lab, "gold"] else 1.0
        precision = c[lab, "correct"] / c[lab, "pred"] if c[lab, "pred"] else 1.0
        out[lab] = (precision, recall, c[lab, "gold"])
    return out


def test_eval_offsets_are_consistent():
    for row in _rows():
        for s in row["pii"]:
            assert row["text"][s["start"]:s["end"]] == s["text"]


def test_eval_set_size():
    langs = Counter(r["lang"] for r in _rows())
    assert langs["fr"] >= 25 and langs["en"] >= 15


def test_themes_french_micro_f1(results):
    p, r, f = _theme_scores(*results, "fr")
    en = _theme_scores(*results, "en")
    print(f"\nthemes fr: P={p:.3f} R={r:.3f} F1={f:.3f} | en: P={en[0]:.3f} R={en[1]:.3f} F1={en[2]:.3f}")
    assert f >= 0.80


@pytest.mark.parametrize("label", ["PER", "PHONE", "EMAIL", "ID"])
def test_pii_recall(results, label):
    scores = _pii_scores(*results)
    print("\n" + " ".join(f"{lab}: P={p:.2f} R={r:.2f} (n={n})" for lab, (p, r, n) in scores.items()))
    assert scores[label][1] >= 0.90


@pytest.mark.parametrize("label", LABELS)
def test_pii_precision(results, label):
    precision, _, _ = _pii_scores(*results)[label]
    assert precision >= 0.90


def test_pii_loc_reported(results):
    p, r, n = _pii_scores(*results)["LOC"]
    print(f"\nLOC: P={p:.2f} R={r:.2f} (n={n})")
    assert n > 0
