"""Second development set: personal data in French, English and Arabic (tests/data/analysis_dev2.jsonl,
written for the detection rules of issue 10; the engine is tuned on it).

Per label, a gold span is recalled when a predicted span with the same label overlaps
it; a predicted span is correct when it overlaps a gold span with the same label.
"Masked precision" counts a predicted span as correct when it overlaps any gold span
(masking it protects the person whatever its label). Languages are detected, not given.

History: the engine before these rules scored the first 24 stories at recall PER 0.53, LOC 0.67,
ID 0.54, PHONE 0.80, EMAIL 1.00, masked precision 0.90; 12 more stories written next scored
PER recall 0.94 and LOC precision 0.93 on first contact with the new rules (then tuned).
On 2026-12-01, after the rules drawn from development set 3 (SMS greetings "hi its precious",
"with mercy, she says hi"), PER recall went from 0.98 to 1.0; LOC precision 0.977, masked 0.995.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from msc.nlp.engine import Analyzer

DATA = Path(__file__).parent / "data" / "analysis_dev2.jsonl"
LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
RECALL_FLOORS = {"PER": 0.95, "ID": 0.90, "PHONE": 0.98, "EMAIL": 0.98, "LOC": 0.85}
PRECISION_FLOOR = 0.90


def _rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _hit(a, b, same_label=True):
    return a["start"] < b["end"] and b["start"] < a["end"] and (not same_label or a["label"] == b["label"])


def score(rows, preds):
    c, misses, fps = Counter(), [], []
    for row, pred in zip(rows, preds, strict=True):
        for g in row["pii"]:
            c[g["label"], "gold"] += 1
            if any(_hit(g, p) for p in pred["pii"]):
                c[g["label"], "found"] += 1
            else:
                misses.append((row["id"], g["label"], g["text"]))
        for p in pred["pii"]:
            c[p["label"], "pred"] += 1
            c[p["label"], "ok"] += any(_hit(p, g) for g in row["pii"])
            c["masked"] += 1
            if any(_hit(p, g, same_label=False) for g in row["pii"]):
                c["masked_ok"] += 1
            else:
                fps.append((row["id"], p["label"], p["text"]))
    return c, misses, fps


@pytest.fixture(scope="module")
def scored():
    rows = _rows()
    preds = Analyzer().analyze_many([{"id": r["id"], "text": r["text"]} for r in rows])
    c, misses, fps = score(rows, preds)
    lines = ["", f"dev2 ({len(rows)} stories)", f"{'label':<7}{'P':>7}{'R':>7}{'gold':>6}"]
    for lab in LABELS:
        p = c[lab, "ok"] / c[lab, "pred"] if c[lab, "pred"] else 1.0
        r = c[lab, "found"] / c[lab, "gold"] if c[lab, "gold"] else 1.0
        lines.append(f"{lab:<7}{p:>7.3f}{r:>7.3f}{c[lab, 'gold']:>6}")
    lines.append(f"masked precision {c['masked_ok'] / max(1, c['masked']):.3f} ({c['masked']} spans)")
    lines += ["misses:"] + [f"  {m}" for m in misses] + ["false positives:"] + [f"  {f}" for f in fps]
    print("\n".join(lines))
    return c


def test_offsets_are_consistent():
    for row in _rows():
        for s in row["pii"]:
            assert row["text"][s["start"]:s["end"]] == s["text"]


def test_every_language_is_there():
    assert {r["lang"] for r in _rows()} >= {"fr", "en", "ar"}


@pytest.mark.parametrize("label", LABELS)
def test_recall_floor(scored, label):
    assert scored[label, "found"] / scored[label, "gold"] >= RECALL_FLOORS[label]


def test_masked_precision_floor(scored):
    assert scored["masked_ok"] / scored["masked"] >= PRECISION_FLOOR
