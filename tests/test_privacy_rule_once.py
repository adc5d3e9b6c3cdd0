"""The release rule is written once (``msc.analysis.release``): the pages, files and exports read by people
outside a story's unit never print a story's free-text fields or its storyteller's code another way."""
import re
from pathlib import Path

import msc

ROOT = Path(msc.__file__).parent
TEMPLATES = ROOT.parent / "templates"
# What readers outside the unit reach: rounds, feedback, advocacy notes, dashboards and exports.
OUTSIDE_TEMPLATES = ("selection", "advocacy", "dashboard", "followup")
OUTSIDE_MODULES = ("selection", "advocacy", "dashboard", "followup")
# The admins' and the CLI's full export reads the story as entered, by design (reads_as_entered for admins).
ALLOWED = {("dashboard/export_rows.py", "s.title"), ("dashboard/export_rows.py", "s.text"),
           ("dashboard/export_rows.py", "s.significance")}

FIELD = r"(?:title|text|significance|translation)\b"
# In a template: a story object's field not taken through the filter (``(x.story|released).title`` is fine).
TEMPLATE_LEAK = re.compile(r"(?<![\w|)])((?:[\w\]\[]+\.)*\w*story(?:\]|\)?)?)\." + FIELD + r"|storyteller\.code"
                           r"|review_text\(")
SET_RELEASED = re.compile(r"{%-?\s*set\s+story\s*=\s*[^%]*\|\s*released\s*-?%}")
# In Python: a story row's field or code, or the old review text, read directly.
MODULE_LEAK = re.compile(r"\b((?:\w+\.)*(?:story|s|cand\.story|c\.story))\." + FIELD
                         + r"|storyteller\.code|review_text\(")


def template_leaks(source: str) -> list[str]:
    released_story = bool(SET_RELEASED.search(source))
    found = []
    for m in TEMPLATE_LEAK.finditer(source):
        if released_story and m.group(1) == "story":
            continue  # ``story`` is the released story on this page
        found.append(m.group(0))
    return found


def module_leaks(source: str, name: str) -> list[str]:
    return [m.group(0) for m in MODULE_LEAK.finditer(source) if (name, m.group(0)) not in ALLOWED]


def test_outside_pages_print_story_fields_only_through_the_release_rule():
    leaks = {}
    for folder in OUTSIDE_TEMPLATES:
        for path in sorted((TEMPLATES / folder).glob("*.html")):
            found = template_leaks(path.read_text(encoding="utf-8"))
            if found:
                leaks[f"{folder}/{path.name}"] = found
    assert leaks == {}


def test_outside_modules_read_story_fields_only_through_the_release_rule():
    leaks = {}
    for folder in OUTSIDE_MODULES:
        for path in sorted((ROOT / folder).glob("*.py")):
            name = f"{folder}/{path.name}"
            found = module_leaks(path.read_text(encoding="utf-8"), name)
            if found:
                leaks[name] = found
    assert leaks == {}


def test_the_checkers_find_a_story_field_printed_directly():
    assert template_leaks("<td>{{ stories[sid].story.title }}</td>") == ["stories[sid].story.title"]
    assert template_leaks("{{ cand.story.storyteller.code }}") == ["storyteller.code"]
    assert template_leaks("{{ (c.story|released).title }} {{ c.story.unit.code }}") == []
    assert template_leaks("{% set story = cand.story|released %}{{ story.text }}") == []
    assert template_leaks("{{ story.text }}") == ["story.text"]
    assert module_leaks("x = cand.story.significance", "selection/queries.py") == ["cand.story.significance"]
    assert module_leaks("x = s.text", "dashboard/export_rows.py") == []
    assert module_leaks("x = s.text", "dashboard/queries.py") == ["s.text"]


def test_every_outside_reader_module_asks_the_rule():
    users = {name: (ROOT / name).read_text(encoding="utf-8") for name in (
        "selection/queries.py", "selection/views.py", "advocacy/assembly.py", "dashboard/export_rows.py")}
    assert {name for name, source in users.items() if "analysis.release import" in source} == set(users)
