"""Benchmark of the reporting core (not a test): ``PYTHONPATH=. python bench/export.py``.

Each case and each baseline runs in its own child process so its ru_maxrss is its own. Time is
the median of a few runs without tracing; Python peak memory comes from one
more run under tracemalloc. Each case is compared with a baseline measured in
the same run:

- note:     advocacy note, 50 stories, 4 charts drawn (PNG) — vs. a bare
            python-docx document with the same paragraphs and no charts;
- note_db:  the same note end to end from a database (SQLite, demo programme, 50
            submitted stories with advocacy consent, analysed and approved, selected
            by real consensus rounds at the clinics and the national office): the
            note's queries, its charts, python-docx — vs. ``note``;
- xlsx:     500 stories + their themes, two sheets — vs. openpyxl write-only
            with the same cells and no neutralisation.

Targets: note ≤ 1.5 s and ≤ 300 MB.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc

RUNS = 3
WORDS = ("je", "suis", "venue", "au", "centre", "avec", "ma", "sœur", "et", "j'ai", "parlé", "de", "la", "violence",
         "aujourd'hui", "droits", "logement", "santé", "écoute", "confiance", "plainte", "association")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _text(rng: random.Random, sentences: int) -> str:
    return "\n".join(" ".join(_sentence(rng) for _ in range(4)) for _ in range(sentences // 4))


def _stories(n: int):
    rng = random.Random(42)
    domains = ["Estime de soi", "Autonomie", "Accès aux droits", "Santé", "Autre changement"]
    units = [f"Antenne {c}" for c in "ABCDEF"]
    return [dict(code=f"S-{i:04d}", title=f"Récit {i}", domain=rng.choice(domains), unit=rng.choice(units),
                 text=_text(rng, 24), significance=_sentence(rng) + " " + _sentence(rng),
                 reasons=[_sentence(rng) for _ in range(2)], people=rng.randint(1, 6),
                 themes=rng.sample(["Logement", "Santé", "Police", "Famille", "Travail", "Droits"], 2),
                 collected=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 170)))
            for i in range(n)]


def case_note():
    from msc.reports import charts
    from msc.reports.brief import build_advocacy_note
    from msc.reports.schema import AdvocacyNote, Chart, CountTable, FunnelLevel, KeyFigures, NoteStory, SelectionRecord

    raw = _stories(50)
    domains = sorted({s["domain"] for s in raw})
    nested: dict[str, dict[str, int]] = {}
    for s in raw:
        nested.setdefault(s["unit"], {}).setdefault(s["domain"], 0)
        nested[s["unit"]][s["domain"]] += 1
    themes = {t: sum(t in s["themes"] for s in raw) for t in ["Logement", "Santé", "Police", "Famille"]}
    stories = [NoteStory(s["title"], s["domain"], s["unit"], s["text"], s["significance"],
                         [SelectionRecord("Antenne", s["unit"], s["reasons"][0], dt.date(2025, 3, 1)),
                          SelectionRecord("National", "Bureau national", s["reasons"][1], dt.date(2025, 4, 1))],
                         "Vérifié") for s in raw]

    def build() -> bytes:
        chart_list = [
            Chart("Récits par domaine", charts.bar_chart({d: sum(s["domain"] == d for s in raw) for d in domains},
                                                          "Domaines", fmt="png")),
            Chart("Thèmes", charts.grouped_bar_chart(list(themes), {"Tous": list(themes.values()),
                                                                     "Sélectionnés": [1, 2, 0, 1]}, "Thèmes", fmt="png")),
            Chart("Sélection", charts.funnel_chart([("Recueillis", 400), ("Candidats", 120), ("Retenus", 50)], "",
                                                   fmt="png")),
            Chart("Tendance", charts.line_chart(["2024-S1", "2024-S2", "2025-S1"], {"Récits": [310, 350, 400]}, "",
                                                fmt="png")),
        ]
        note = AdvocacyNote("Programme fictif", "Association fictive", "2025-S1", "Premier semestre 2025",
                            dt.date(2025, 6, 30), context=_text(random.Random(1), 8),
                            figures=KeyFigures(CountTable.from_nested(nested, domains), 160, themes, themes,
                                               [FunnelLevel("Antenne", 400, 120, 50)]),
                            charts=chart_list, stories=stories)
        return build_advocacy_note(note)

    def baseline() -> bytes:
        import docx

        d = docx.Document()
        for s in stories:
            d.add_heading(s.title, 2)
            for line in s.text.split("\n"):
                d.add_paragraph(line)
            d.add_paragraph(s.significance)
            for sel in s.selections:
                d.add_paragraph(sel.reasons)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()

    return {"note": build, "note_baseline": baseline}


def _bench_app(database: str):
    import os
    import tempfile

    os.environ.setdefault("MSC_INSTANCE_PATH", tempfile.mkdtemp(prefix="msc-bench-"))
    from msc import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
                      "EXPORTS_DIR": tempfile.mkdtemp(prefix="msc-bench-exports-"), "ANALYSIS_JOBS": "inline"})
    app.app_context().push()
    return app


def setup_note_db(database: str) -> None:
    """The database of ``note_db``, built in its own process (the analysis loads spaCy, which the note does not)."""
    from msc import demo
    from msc.analysis import operations as analysis_ops
    from msc.auth import operations as auth_ops
    from msc.extensions import db
    from msc.programmes import queries as pq
    from msc.selection import decisions
    from msc.selection import operations as sel_ops
    from msc.stories import operations as sops

    _bench_app(database)
    db.create_all()
    programme = demo._programme()
    period = pq.period_by_code(programme, "2024-S1")
    units = [pq.unit_by_code(programme, c) for c in ("MRK", "AGA", "TNG")]
    domains = pq.active_domains(programme)
    admin = auth_ops.create_user("admin@bench.msc", "Admin")
    chair = auth_ops.create_user("chair@bench.msc", "Chair")
    top = pq.unit_by_code(programme, "FUN")
    auth_ops.assign_role(admin, "admin", top)
    auth_ops.assign_role(chair, "panelist", top)  # a panelist above every unit chairs every round
    for i, s in enumerate(_stories(50)):
        story = sops.create_story(programme, sops.StoryInput(
            unit=units[i % 3], period=period, domain=domains[i % len(domains)], interview_date=period.starts_on,
            title=s["title"], text=s["text"], significance=s["significance"], people_concerned=s["people"],
            storyteller=sops.StorytellerInput(f"B-{i:03d}"),
            consent=sops.ConsentInput("given", "oral", period.starts_on, ["evaluation", "panel", "advocacy"])),
            user=admin)
        sops.submit_story(story, user=admin)
        analysis_ops.approve_pseudonymisation(story, user=admin)  # after the real (inline) analysis
    db.session.commit()
    # Real selection at two levels: every story chosen by its clinic, then by the national office.
    for unit in [*units, pq.unit_by_code(programme, "NAT")]:
        for domain in domains:
            _select_all(sel_ops, decisions, programme, unit, period, domain, admin, chair)
    db.session.commit()


def case_note_db():
    import tempfile

    from msc.advocacy import operations as ops
    from msc.auth.reach import all_unit_ids
    from msc.programmes import queries as pq
    from msc.stories.scope import resolve_scope

    database = f"{tempfile.mkdtemp()}/bench.sqlite"
    subprocess.run([sys.executable, __file__, "setup_note_db", database], check=True)
    _bench_app(database)
    programme = pq.current_programme()
    scope = resolve_scope(programme, all_unit_ids(programme), period="2024-S1")

    def build() -> bytes:
        content, data, included = ops.build_note_bytes(scope, language="fr", context=_text(random.Random(1), 8))
        assert len(included) == 50 and all(len(s.selections) == 2 for s in data.stories)
        return content

    return {"note_db": build}


def _select_all(sel_ops, decisions, programme, unit, period, domain, admin, chair) -> None:
    """A consensus round at the unit over one domain that selects every candidate, finalised with reasons."""
    round_ = sel_ops.create_round(programme, sel_ops.RoundInput(unit, period, "consensus", [domain], 10), user=admin)
    candidates = [c.story_id for c in round_.active_candidates()]
    if not candidates:
        return
    assert len(candidates) <= 10, "one round chooses at most 10 stories per domain"
    sel_ops.add_panelist(round_, chair, is_chair=True, user=admin)
    sel_ops.open_round(round_, user=admin)
    decisions.record_consensus(round_, domain.id, candidates, user=chair)
    sel_ops.close_round(round_, user=chair)
    for story_id in candidates:
        decisions.record_reasons(round_, story_id, f"Raisons du comité ({unit.code}). Le changement est profond "
                                 "et la personne le raconte avec ses propres mots.", user=chair)
    decisions.finalise_round(round_, user=chair)


def case_xlsx():
    from openpyxl import Workbook

    from msc.reports.tables import write_xlsx

    raw = _stories(500)
    story_cols = ["code", "titre", "domaine", "unité", "texte", "signification", "personnes", "date"]
    story_rows = [[s["code"], s["title"], s["domain"], s["unit"], s["text"], s["significance"], s["people"],
                   s["collected"]] for s in raw]
    theme_rows = [[s["code"], t] for s in raw for t in s["themes"]]

    def build() -> bytes:
        return write_xlsx([("Récits", story_cols, story_rows), ("Thèmes", ["code", "thème"], theme_rows)])

    def baseline() -> bytes:
        wb = Workbook(write_only=True)
        for name, cols, rows in [("Récits", story_cols, story_rows), ("Thèmes", ["code", "thème"], theme_rows)]:
            ws = wb.create_sheet(name)
            ws.append(cols)
            for row in rows:
                ws.append(row)
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    return {"xlsx": build, "xlsx_baseline": baseline}


def _measure(name: str, fn) -> None:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fn()  # warm-up: imports, font cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        size = len(fn())
        times.append(time.perf_counter() - start)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({name: {"seconds": statistics.median(times), "traced_peak_mb": peak / 2**20, "bytes": size,
                             "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                             "maxrss_before_mb": rss_before / 1024}}))


def main() -> None:
    results = {}
    for name in ("note", "note_baseline", "note_db", "xlsx", "xlsx_baseline"):
        proc = subprocess.run([sys.executable, __file__, name], capture_output=True, text=True, check=True)
        results.update(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"{'case':<15}{'time s':>9}{'traced peak MB':>16}{'maxrss MB':>11}{'output KB':>11}")
    for name, r in results.items():
        print(f"{name:<15}{r['seconds']:>9.3f}{r['traced_peak_mb']:>16.1f}{r['maxrss_mb']:>11.1f}"
              f"{r['bytes'] / 1024:>11.0f}")
    for case in ("note", "xlsx"):
        r, b = results[case], results[f"{case}_baseline"]
        print(f"{case}: time ×{r['seconds'] / b['seconds']:.2f}, traced peak ×{r['traced_peak_mb'] / b['traced_peak_mb']:.2f}"
              " vs baseline")
    for case in ("note", "note_db"):
        note = results[case]
        ok = note["seconds"] <= 1.5 and note["maxrss_mb"] <= 300
        print(f"{case} target (≤ 1.5 s, ≤ 300 MB RSS): {'met' if ok else 'MISSED'}")
    print("(each line ran in its own process; maxrss includes the interpreter and imported libraries)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        which = sys.argv[1]
        if which == "setup_note_db":
            setup_note_db(sys.argv[2])
            sys.exit(0)
        case = case_note_db if which == "note_db" else case_note if which.startswith("note") else case_xlsx
        _measure(which, case()[which])
    else:
        main()
