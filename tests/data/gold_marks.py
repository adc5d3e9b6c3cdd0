"""The helpers every evaluation-set generator since development set 9 shares (make_analysis_dev9.py,
make_analysis_dev10.py, make_analysis_dev11.py, make_analysis_blind11.py): a story source marked inline as
``{LABEL:text}`` becomes a checked row (id, lang, text, themes, pii spans that read back), and a set is written
to its JSONL file and read back. A blind writer imports this module instead of copying it; it holds no story.

Source lines are joined with one space; a line ending in `` |`` ends with a real newline instead.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")
MIN_WORDS, MAX_WORDS = 80, 250

# The theme keys of the default codebook (shared/design/codebook.md), the only keys a gold row may list.
THEMES = frozenset({
    "violence_physical", "violence_sexual", "violence_psychological", "violence_economic", "trafficking",
    "police_harassment", "hiv_sti_testing", "hiv_prevention", "sti_care", "hiv_care", "reproductive_health",
    "mental_health", "addiction", "legal_support", "civil_documents", "family_law", "housing", "food_security",
    "vocational_training", "income_employment", "self_esteem", "peer_support", "social_isolation",
    "stigma_discrimination", "rights_awareness", "family_relations", "access_to_care",
})


def join_lines(source: str) -> str:
    """Join the physical lines of a story source: one space, or a newline after `` |``."""
    lines = [line.strip() for line in source.strip().splitlines()]
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith(" |"):
            out = out[:-2] + "\n" + line
        else:
            out = f"{out} {line}"
    return out[:-2] if out.endswith(" |") else out


def strip_marks(marked: str) -> tuple[str, list[dict]]:
    """Remove the ``{LABEL:text}`` marks; return the plain text and its spans (offsets as str indices)."""
    pieces: list[str] = []
    spans: list[dict] = []
    length = 0
    last = 0
    for m in MARK.finditer(marked):
        before = marked[last:m.start()]
        pieces.append(before)
        length += len(before)
        label, span_text = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(span_text), "label": label, "text": span_text})
        pieces.append(span_text)
        length += len(span_text)
        last = m.end()
    pieces.append(marked[last:])
    text = "".join(pieces)
    if "{" in text or "}" in text:
        raise ValueError(f"a mark was not parsed in: {text[:80]!r}")
    return text, spans


def make_row(sid: str, lang: str, source: str, themes: list[str], prefix: str, known_themes: set[str]) -> dict:
    """One checked row: id, language, themes, text and spans that read back."""
    if not sid.startswith(prefix):
        raise ValueError(f"{sid}: id must start with {prefix}")
    if lang not in ("fr", "en", "ar", "ary"):
        raise ValueError(f"{sid}: bad lang {lang}")
    if set(themes) - known_themes:
        raise ValueError(f"{sid}: unknown themes {sorted(set(themes) - known_themes)}")
    if len(set(themes)) != len(themes) or not 1 <= len(themes) <= 3:
        raise ValueError(f"{sid}: themes must be 1-3 distinct keys")
    text, spans = strip_marks(join_lines(source))
    if not spans:
        raise ValueError(f"{sid}: no personal data marked")
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            raise ValueError(f"{sid}: span does not read back: {sp}")
        if sp["text"] != sp["text"].strip() or "\n" in sp["text"]:
            raise ValueError(f"{sid}: span with outer whitespace or a newline: {sp}")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise ValueError(f"{sid}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    return {"id": sid, "lang": lang, "text": text, "themes": sorted(themes), "pii": spans}


def build(stories: list, rows_expected: int, prefix: str, known_themes: set[str]) -> list[dict]:
    """Every story as a checked row, in order; ids unique, count as stated."""
    rows = [make_row(*story, prefix, known_themes) for story in stories]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    if len(rows) != rows_expected:
        raise ValueError(f"{len(rows)} stories, expected {rows_expected}")
    return rows


def check_file(path: Path, rows: list[dict]) -> None:
    """Read the written file back and check every row and span."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(rows):
        raise ValueError(f"{path}: {len(lines)} lines, expected {len(rows)}")
    for line, row in zip(lines, rows, strict=True):
        got = json.loads(line)
        if got != row:
            raise ValueError(f"{path}: line {row['id']} does not read back")
        for sp in got["pii"]:
            if got["text"][sp["start"]:sp["end"]] != sp["text"]:
                raise ValueError(f"{got['id']}: span does not read back from the file: {sp}")



def write_set(stories: list, out: Path, rows: int, prefix: str, known_themes: set[str]) -> None:
    """Build the checked rows of *stories*, write them to *out* (one JSON object a line) and read them back."""
    built = build(stories, rows, prefix, known_themes)
    with out.open("w", encoding="utf-8") as fh:
        for row in built:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, built)
    print(f"wrote {len(built)} stories to {out}")
