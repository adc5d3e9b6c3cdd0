"""The release rule as an invariant (issue 10, point 2).

A story whose every free-text field holds a name, a phone, an e-mail, an ID number and a street, and whose
storyteller code is distinctive, goes through a full cycle: personal-data review and approval on the pages,
a round at the clinic and one at the national level, feedback, an advocacy note and the exports. Then every
page each reader outside the story's unit can reach (the url_map filled with every id of the cycle, and the
links followed from each page) and every file generated (feedback .docx, note .docx and the saved copy under
EXPORTS_DIR, CSV, XLSX, JSONL, SVG charts) is searched for those strings: none is found. The story's own
facilitator, on the same pages, does read them (the search can fail).
"""
import io
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import openpyxl
import pytest
from conftest_advocacy import all_text, open_docx
from selection_helpers import REASONS

from msc.analysis import queries
from msc.analysis.models import PII_FIELDS
from msc.selection import decisions
from msc.selection import operations as sel_ops

NAME, PHONE, EMAIL, CIN, STREET = "Zoubida Lamrani", "06 61 23 45 78", "zoubida.lamrani@example.org", "BE123456", \
    "rue des Orangers"
CODE = "ZL-SECRET-77"
# What must never reach a reader outside the unit, as searched for (case-insensitive; digits also without spaces).
SECRETS = ["Zoubida", "Lamrani", PHONE, PHONE.replace(" ", ""), EMAIL, CIN, "Orangers", CODE]
FIELDS = {
    "title": f"{NAME}, {STREET}",
    "text": (f"Je m'appelle {NAME} et j'habite au 12 {STREET} à Marrakech. Mon numéro est le {PHONE}, mon e-mail "
             f"{EMAIL} et ma carte d'identité {CIN}. Grâce au groupe de parole, j'ai repris confiance en moi."),
    "significance": f"Pour {NAME} ({PHONE}, {EMAIL}, carte {CIN}, {STREET}), c'est la fin de la peur.",
    "translation": (f"My name is {NAME}, I live at 12 {STREET}. My number is {PHONE}, my e-mail {EMAIL}, my ID card "
                    f"{CIN}. Thanks to the support group I trust myself again."),
}
MASK = [(NAME, "PER"), ("Zoubida", "PER"), ("Lamrani", "PER"), (PHONE, "PHONE"), (EMAIL, "EMAIL"), (CIN, "ID"),
        (STREET, "LOC")]
OUTSIDERS = ("panel_mrk", "panel_nat", "advocacy", "facil_aga")
ADVOCACY = ("evaluation", "panel", "advocacy")


def found_secrets(content: str) -> list[str]:
    low = content.lower()
    return [s for s in SECRETS if s.lower() in low]


def file_text(content: bytes, kind: str) -> str:
    """Every character a file holds, as text: docx/xlsx through their XML and parsed cells, others decoded."""
    if kind in ("docx", "xlsx"):
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            xml = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                            if n.endswith((".xml", ".rels")))
        if kind == "docx":
            return xml + "\n" + all_text(open_docx(content))
        book = openpyxl.load_workbook(io.BytesIO(content))
        cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        return xml + "\n" + "\n".join(cells)
    if kind == "qdpx":  # a REFI-QDA project: project.qde and every source and note it holds
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return content.decode("utf-8", "replace")


@pytest.fixture
def cycle(client, login_as, world, make_story, db):
    """The full cycle, through the review pages and real rounds at two levels; returns what it made."""
    story = make_story(consent=ADVOCACY, approved=False, storyteller=CODE, title=FIELDS["title"],
                       text=FIELDS["text"], significance=FIELDS["significance"], translation=FIELDS["translation"])
    other = make_story(consent=ADVOCACY, title="Une autre histoire", text="J'ai trouvé une formation et un travail.")
    login_as("facil_mrk")
    review = f"/analysis/stories/{story.id}/privacy"
    for words, label in MASK:  # what the analysis missed, masked by hand in every field
        client.post(f"{review}/add", data={"fragment": words, "label": label, "field": ""})
    db.session.expire_all()
    preview = queries.preview_fields(story)
    assert all(found_secrets(preview[name]) == [] for name in PII_FIELDS), preview
    page = client.get(review).get_data(as_text=True)
    assert all(f'data-testid="field-{name}"' in page for name in PII_FIELDS)
    client.post(f"{review}/approve", data={"seen": queries.preview_hash(story)})
    db.session.expire_all()
    assert queries.is_approved(story) and story.is_ready_for("panel")
    login_as(None)

    # Level 1: the clinic's panel ranks both stories and chooses the secret one; level 2: the national panel.
    coord, coord_nat = world.users["coord_mrk"], world.users["coord_nat"]
    panel_mrk, panel_nat = world.users["panel_mrk"], world.users["panel_nat"]
    rounds = []
    for unit, coordinator, panel in (("MRK", coord, [panel_mrk, panel_nat]), ("NAT", coord_nat, [panel_nat])):
        round_ = sel_ops.create_round(world.programme, sel_ops.RoundInput(
            world.unit(unit), world.period("2024-S1"), "ranking", [world.domain("autonomy")], 1, None),
            user=coordinator)
        for n, member in enumerate(panel):
            sel_ops.add_panelist(round_, member, is_chair=n == 0, user=coordinator)
        sel_ops.open_round(round_, user=coordinator)
        ranking = [story.id] + [c.story_id for c in round_.active_candidates() if c.story_id != story.id]
        for member in panel:
            for cand in round_.active_candidates():
                sel_ops.mark_read(cand, user=member)
            sel_ops.cast_ballot(round_, round_.domains[0].domain_id, ranking, user=member)
        sel_ops.close_round(round_, user=panel[0])
        decisions.record_reasons(round_, story.id, REASONS, user=panel[0])
        decisions.finalise_round(round_, user=panel[0])
        db.session.commit()
        rounds.append(round_)
    assert {c.story_id for c in rounds[1].candidates} == {story.id}
    # The advocacy note, generated by the advocacy officer.
    login_as("advocacy")
    response = client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "language": "fr",
                                                  "context": "Contexte général du programme.", "action": "generate"})
    assert response.status_code == 302
    login_as(None)
    return {"story": story, "other": other, "rounds": rounds}


def _ids(cycle, world, db):
    from msc.advocacy.models import NoteExport

    rounds = cycle["rounds"]
    return {
        "round_id": [r.id for r in rounds],
        "story_id": [cycle["story"].id],
        "candidate_id": [c.id for r in rounds for c in r.candidates],
        "domain_id": [world.domain("autonomy").id],
        "note_id": list(db.session.scalars(db.select(NoteExport.id))),
        "fmt": ["csv", "xlsx", "jsonl"],
    }


def _urls_of(app, ids) -> list[str]:
    """Every GET route of the url_map, with every id of the cycle for its arguments."""
    import itertools

    urls = []
    with app.test_request_context():
        from flask import url_for

        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint == "static":
                continue
            args = sorted(rule.arguments)
            if any(a not in ids for a in args):
                continue
            for values in itertools.product(*(ids[a] for a in args)):
                urls.append(url_for(rule.endpoint, **dict(zip(args, values, strict=False))))
    return urls


HREF = re.compile(r'(?:href|src)="([^"]+)"')


def crawl(client, start: list[str], limit: int = 600) -> dict[str, tuple[int, str, bytes]]:
    """GET the start pages and every local link found on them (no logout), once each."""
    seen, todo, out = set(), list(start), {}
    while todo and len(out) < limit:
        url = urldefrag(todo.pop(0))[0]
        if url in seen or not url.startswith("/") or url.startswith(("/static/", "/logout")):
            continue
        seen.add(url)
        response = client.get(url)
        out[url] = (response.status_code, response.mimetype, response.data)
        if response.mimetype == "text/html":
            for link in HREF.findall(response.get_data(as_text=True)):
                link = link.replace("&amp;", "&")
                if urlparse(link).netloc == "":
                    todo.append(link)
    return out


def _kind(url: str, mimetype: str, data: bytes) -> str:
    if data.startswith(b"PK") and url.split("?")[0].endswith(".qdpx"):
        return "qdpx"
    if data.startswith(b"PK"):  # an Office file (a refused or missing one is an HTML page)
        return "xlsx" if "sheet" in (mimetype or "") or url.split("?")[0].endswith("xlsx") else "docx"
    return "text"


def test_nothing_of_the_storyteller_reaches_a_reader_outside_the_unit(app, client, login_as, world, db, cycle):
    story, rounds = cycle["story"], cycle["rounds"]
    ids = _ids(cycle, world, db)
    assert ids["note_id"], "the note was generated"
    urls = _urls_of(app, ids) + ["/"]

    for role in OUTSIDERS:
        login_as(role)
        pages = crawl(client, urls)
        reached = {u for u, (code, _, _) in pages.items() if code == 200}
        leaks = {u: found_secrets(file_text(data, _kind(u, mime, data))) for u, (code, mime, data) in pages.items()}
        assert {u: f for u, f in leaks.items() if f} == {}, role
        if role in ("panel_mrk", "panel_nat"):  # the panels did read the story, pseudonymised
            read = f"/rounds/{rounds[0 if role == 'panel_mrk' else 1].id}/candidates/"
            read_pages = [u for u in reached if u.startswith(read)]
            assert read_pages and any(b"[Pr\xc3\xa9nom" in pages[u][2] for u in read_pages)
            assert f"/rounds/{rounds[0].id}/feedback.docx" in reached or role == "panel_nat"
        if role == "advocacy":
            assert {"/dashboard/export.csv", "/dashboard/export.xlsx", "/dashboard/export.jsonl"} <= reached
            assert f"/advocacy/{ids['note_id'][0]}/download" in reached
            note = pages[f"/advocacy/{ids['note_id'][0]}/download"][2]
            # The note prints readable pseudonyms ("Samira*"), explained once, never a bracket token.
            text = file_text(note, "docx")
            assert re.search(r"\w\*", text) and "[Prénom" not in text and "Une autre histoire" not in text
            assert "[Prénom" in file_text(pages["/qda/export.qdpx"][2], "qdpx")  # the QDA project, pseudonymised
        login_as(None)

    # Files saved on disk (the notes under EXPORTS_DIR).
    saved = [p for p in Path(app.config["EXPORTS_DIR"]).rglob("*") if p.is_file()]
    assert saved
    for path in saved:
        kind = path.suffix.lstrip(".") if path.suffix in (".docx", ".xlsx") else "text"
        assert found_secrets(file_text(path.read_bytes(), kind)) == [], path.name

    # The search can fail: the story's own facilitator reads every secret on the story's page.
    login_as("facil_mrk")
    own = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert set(found_secrets(own)) >= {"Zoubida", "Lamrani", PHONE, EMAIL, CIN, "Orangers", CODE}


def test_the_exports_and_charts_of_outside_readers_hold_the_pseudonymised_fields(client, login_as, world, db, cycle):
    story, rounds = cycle["story"], cycle["rounds"]
    approved = story.pseudonym_approval
    login_as("advocacy")
    rows = [json.loads(line) for line in client.get("/dashboard/export.jsonl").get_data(as_text=True).splitlines()
            if line.strip().startswith("{")]
    row = next(r for r in rows if r.get("id") == story.id)
    assert (row["title"], row["text"], row["significance"]) == (approved.title, approved.text, approved.significance)
    assert row["storyteller_code"] is None and found_secrets(json.dumps(row, ensure_ascii=False)) == []
    login_as(None)
    login_as("panel_nat")
    svg = client.get(f"/rounds/{rounds[1].id}/domains/{world.domain('autonomy').id}/chart.svg")
    assert svg.status_code == 200 and approved.title[:10] in svg.get_data(as_text=True)
    assert found_secrets(svg.get_data(as_text=True)) == []
    feedback = client.get(f"/rounds/{rounds[1].id}/feedback.docx")
    assert feedback.status_code == 200
    text = file_text(feedback.data, "docx")
    assert approved.title in text and found_secrets(text) == []
