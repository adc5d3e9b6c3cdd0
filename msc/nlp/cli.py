"""The ``analyze`` command: JSONL in, JSONL out, no app and no database.

Input: one JSON object per line, ``{"id": str, "text": str, "lang": optional str,
"known_terms": optional list of str, "title", "significance", "translation", "translation_lang": optional str}``.
Output: one JSON object per input line, in the same order: the analysis result
(``{"id", "lang", "themes", "pii", "pseudonymised"}`` for the text, plus ``"fields":
{"title": {"pseudonymised", "pii"}, ...}`` for the other fields given, offsets
relative to each field, pseudonyms shared across the story's fields),
or ``{"id": <id or null>, "error": "..."}``
for a malformed line (processing goes on). Blank lines are skipped and produce
no output line. Exit status 0 unless the input cannot be read.
"""
from __future__ import annotations

import json
import sys
from itertools import islice

import click

FIELDS = ("title", "significance", "translation")  # as in engine.FIELDS (not imported: spaCy)
CHUNK_LINES = 256  # lines read and analysed at a time: bounded memory on huge inputs


def parse_line(line: str) -> tuple[dict | None, dict | None]:
    """Return (item, None) for a valid line or (None, error result)."""
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, {"id": None, "error": f"invalid JSON: {exc}"[:300]}
    if not isinstance(obj, dict):
        return None, {"id": None, "error": "each line must be a JSON object"}
    raw_id = obj.get("id")
    ok_id = raw_id if isinstance(raw_id, str) else None
    if not isinstance(raw_id, str) or not raw_id:
        return None, {"id": ok_id, "error": '"id" must be a non-empty string'}
    if not isinstance(obj.get("text"), str):
        return None, {"id": ok_id, "error": '"text" must be a string'}
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return None, {"id": ok_id, "error": '"lang" must be a string or null'}
    terms = obj.get("known_terms") or []
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        return None, {"id": ok_id, "error": '"known_terms" must be a list of strings'}
    item = {"id": raw_id, "text": obj["text"], "lang": lang, "known_terms": terms}
    for name in FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return None, {"id": ok_id, "error": f'"{name}" must be a string or null'}
        item[name] = value
    tlang = obj.get("translation_lang")
    if tlang is not None and not isinstance(tlang, str):
        return None, {"id": ok_id, "error": '"translation_lang" must be a string or null'}
    if tlang:
        item["translation_lang"] = tlang
    return item, None


def run(analyzer, lines, out, batch_size: int = 64, progress=None, style: str = "brackets") -> int:
    """Analyse *lines* (an iterable of str) and write JSONL to *out*; return the count."""
    count = 0
    it = iter(lines)
    while True:
        chunk = [ln for ln in islice(it, CHUNK_LINES)]
        if not chunk:
            return count
        parsed = [parse_line(ln) for ln in chunk if ln.strip()]
        items = [item for item, _ in parsed if item is not None]
        results = iter(analyzer.analyze_many(items, batch_size=batch_size, style=style))
        for item, error in parsed:
            res = error if item is None else next(results)
            out.write(json.dumps(res, ensure_ascii=False) + "\n")
            count += 1
        out.flush()
        if progress:
            progress(count)


@click.command("analyze")
@click.option("--input", "input_", type=click.File("r", encoding="utf-8", errors="replace"), default="-",
              help="JSONL input file (default: standard input).")
@click.option("--output", type=click.File("w", encoding="utf-8"), default="-",
              help="JSONL output file (default: standard output).")
@click.option("--codebook", "codebook_path", type=click.Path(exists=True, dir_okay=False),
              help="Codebook JSON file (default: the built-in codebook).")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--style", type=click.Choice(["brackets", "readable"]), default="brackets", show_default=True,
              help='Pseudonyms: "[Prénom 1]" (brackets) or a changed first name with an asterisk (readable).')
def analyze(input_, output, codebook_path, batch_size, style):
    """Suggest themes and detect personal data in stories (JSONL in, JSONL out).

    Blank input lines are skipped; a malformed line yields {"id", "error"}.
    """
    from .codebook import CodebookError
    from .engine import Analyzer

    try:
        analyzer = Analyzer(codebook_path)
    except (CodebookError, OSError) as exc:
        raise click.UsageError(f"cannot load codebook: {exc}") from exc
    progress = None
    if sys.stderr.isatty():
        def progress(n):
            click.echo(f"\ranalysed {n} lines", err=True, nl=False)
    try:
        n = run(analyzer, input_, output, batch_size, progress, style)
    except OSError as exc:  # the input cannot be read
        raise click.ClickException(f"cannot read input: {exc}") from exc
    if progress:
        click.echo(f"\ranalysed {n} lines", err=True)


@click.command("train-pii-model")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False), default="tests/data",
              show_default=True, help="Folder of annotated sets (analysis_*.jsonl; blind sets are left out).")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Model file to write (default: the one the package ships, msc/nlp/data/pii_crf.model).")
def train_pii_model(data_dir, out):
    """Train the statistical recogniser of personal data on the annotated development sets.

    Writes the model and, beside it, a manifest (the files trained on with their SHA-256, the counts, the
    parameters). A file that is not an annotated set stops it with a message, and nothing is written.
    """
    from pathlib import Path

    from . import pii_model

    target = Path(out) if out else pii_model.MODEL_PATH
    try:
        record = pii_model.train_from(Path(data_dir), target)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    spans = ", ".join(f"{label} {n}" for label, n in record["spans"].items())
    click.echo(f"trained on {len(record['files'])} sets, {record['stories']} stories ({spans}): {target}")


if __name__ == "__main__":
    analyze()
