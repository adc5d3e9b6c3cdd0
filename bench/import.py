"""Benchmark the import of a 10,000-row Kobo-style XLSX (not a test).

Usage:  PYTHONPATH=. python bench/import.py [rows]
Baseline measured in the same run: bare python-calamine reading the same
sheet into Python lists. Then read → recognise → map → check alone, then the whole
import (`msc.imports.pipeline.import_stories` and the commit) into a fresh
SQLite database, without analysis. Target for the whole import: <= 30 s.
"""
from __future__ import annotations

import datetime as dt
import gc
import io
import random
import resource
import sys
import time
import tracemalloc
import uuid

import openpyxl
import python_calamine

from msc.imports.check import check_rows
from msc.imports.mapping import ImportSettings, guess_columns, map_columns
from msc.imports.readers import read_table
from msc.imports.recognise import recognise

HEADERS = ["start", "end", "date_entretien", "enqueteur", "grp_recit/code_conteuse",
           "grp_recit/titre", "grp_recit/histoire", "grp_recit/pourquoi", "grp_recit/domaine",
           "grp_recit/langue", "grp_recit/traduction", "grp_recit/nb_personnes",
           "grp_consent/consentement", "grp_consent/usages_consentement"] + [
    f"grp_consent/usages_consentement/{u}" for u in ("evaluation", "panel", "advocacy", "publication")
] + ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
     "_submitted_by", "__version__", "_tags", "_index"]
DOMAINS = {"acces_droits": "acces_droits", "estime_soi": "estime_soi", "autonomie": "autonomie",
           "qualite_vie": "qualite_vie", "autre": "autre"}
SENTENCES = [
    "Avant, je ne savais pas que je pouvais porter plainte.",
    "Le groupe de parole m'a aidée à reprendre confiance.",
    "After the workshop I went to the clinic on my own.",
    "L'assistante sociale m'a accompagnée au tribunal.",
    "Now I help other women find the shelter at night.",
]


def make_xlsx(n: int) -> bytes:
    rnd = random.Random(7)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("MSC récits")
    ws.append(HEADERS)
    base = dt.datetime(2024, 1, 1, 9)
    for i in range(n):
        start = base + dt.timedelta(minutes=37 * i)
        uses = rnd.sample(["evaluation", "panel", "advocacy", "publication"], rnd.randint(1, 4))
        story = "\n".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(3, 12)))
        ws.append([start, start + dt.timedelta(minutes=40), start.date(), f"educ_{i % 23:02d}",
                   f"CH-{i:05d}", f"Récit {i}", story, rnd.choice(SENTENCES),
                   rnd.choice(list(DOMAINS)), rnd.choice(["fr", "en", "ar"]), "",
                   float(rnd.randint(1, 12)), rnd.choice(["oui", "oui", "oui", "non"]),
                   " ".join(uses)]
                  + [1 if u in uses else 0 for u in ("evaluation", "panel", "advocacy", "publication")]
                  + [40000000 + i, str(uuid.UUID(int=rnd.getrandbits(128))),
                     start + dt.timedelta(hours=6), "", "", "submitted_via_web", "msc_demo",
                     "vQ8pXk2Lr9sTz4mN6bJc3A", "", i + 1])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def baseline(data: bytes):
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    return book.get_sheet_by_index(0).to_python()


def ours(data: bytes):
    export = recognise(read_table(data, "bench.xlsx", max_bytes=200 * 1024 * 1024))
    mapped = map_columns(export, ImportSettings(mapping=guess_columns(export)))
    return check_rows(mapped, DOMAINS).rows


def measure(fn, data: bytes) -> tuple[float, int]:
    gc.collect()
    t0 = time.perf_counter()
    fn(data)
    elapsed = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()
    fn(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def _fresh_app(directory: str):
    """An app on a new SQLite file with the demo programme and a period covering the rows."""
    import os

    os.environ.setdefault("MSC_INSTANCE_PATH", directory)
    from msc import create_app
    from msc.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{directory}/bench.sqlite"})
    with app.app_context():
        from msc import demo
        from msc.programmes import operations as pops

        db.create_all()
        programme = demo._programme()
        pops.save_period(programme, "2024", dt.date(2024, 1, 1), dt.date(2025, 12, 31), "2024-2025")
        db.session.commit()
    return app


def whole_import(data: bytes, trace: bool = False) -> tuple[float, int, int]:
    """(seconds, tracemalloc peak, stories) of read + plan + insert + commit on a fresh database."""
    import tempfile

    from msc.extensions import db
    from msc.imports import pipeline
    from msc.programmes import queries as pq

    with tempfile.TemporaryDirectory() as directory:
        app = _fresh_app(directory)
        with app.app_context():
            programme = pq.current_programme()
            gc.collect()
            if trace:
                tracemalloc.start()
            t0 = time.perf_counter()
            table = read_table(data, "bench.xlsx", max_bytes=200 * 1024 * 1024)
            settings = ImportSettings(mapping=guess_columns(recognise(table)), unit_code="MRK",
                                      period_code="2024", domain_values=BENCH_DOMAIN_VALUES)
            result = pipeline.import_stories(programme, table, settings)
            db.session.commit()
            elapsed = time.perf_counter() - t0
            peak = tracemalloc.get_traced_memory()[1] if trace else 0
            if trace:
                tracemalloc.stop()
            db.session.remove()
            db.engine.dispose()
    return elapsed, peak, result.imported


# The bench's choice names -> the default domains of the demo programme.
BENCH_DOMAIN_VALUES = {"acces_droits": "rights_justice", "estime_soi": "self_esteem",
                       "autonomie": "autonomy", "qualite_vie": "quality_of_life", "autre": "other"}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    t0 = time.perf_counter()
    data = make_xlsx(n)
    print(f"generated {n} rows, {len(data) / 1e6:.1f} MB xlsx in {time.perf_counter() - t0:.1f} s")
    base_t, base_m = measure(baseline, data)
    our_t, our_m = measure(ours, data)
    results = ours(data)
    assert len(results) == n and sum(r.is_blocked for r in results) == 0
    print(f"baseline calamine to_python : {base_t:6.2f} s   peak {base_m / 1e6:7.1f} MB (tracemalloc)")
    print(f"read → recognise → map → check: {our_t:6.2f} s   peak {our_m / 1e6:7.1f} MB (tracemalloc)")
    print(f"ratio                       : {our_t / base_t:6.1f}x time   {our_m / base_m:5.1f}x memory")
    imp_t, _, imported = whole_import(data)
    _, imp_m, _ = whole_import(data, trace=True)
    assert imported == n, imported
    print(f"whole import into SQLite    : {imp_t:6.2f} s   peak {imp_m / 1e6:7.1f} MB (tracemalloc)"
          f"   {imported} stories")
    print(f"ratio to bare reader        : {imp_t / base_t:6.1f}x time   {imp_m / base_m:5.1f}x memory")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process max RSS             : {rss:.0f} MB;  target whole import <= 30 s")


if __name__ == "__main__":
    main()
