"""The .qdpx archive: project.qde (Project-mrt2019.xsd) and one plain-text source per story (no database).

Written as it goes: each story's text goes into the zip at once (sources/<guid>.txt, UTF-8), and its case,
source and notes are written as XML fragments to temporary files that spill to disk, joined into
project.qde at the end in the order the schema wants (Users, CodeBook, Variables, Cases, Sources, Notes).
No more than one story's text is held in memory.
"""
from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import quoteattr

from lxml import etree

from .codebook_qdc import CodeOut, project_codebook
from .guids import guid, theme_guid
from .xmlcheck import PROJECT_NS, xml_safe

NS = f"{{{PROJECT_NS}}}"
SPILL = 1024 * 1024  # fragments stay in memory up to this size, then go to a temporary file


def stamp(when: datetime | None) -> str | None:
    """An xsd:dateTime in UTC ("2024-03-15T10:00:00Z"); the database keeps naive UTC datetimes."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if when else None


@dataclass(frozen=True)
class Variable:
    name: str
    kind: str  # Text | Boolean
    description: str = ""

    @property
    def guid(self) -> str:
        return guid("variable", self.name)


@dataclass
class Coding:
    """A coded selection: [start, end) in the source, the theme's key, who confirmed it and when."""

    start: int
    end: int
    theme_key: str
    user: str | None  # user GUID
    when: datetime | None
    index: int = 0


@dataclass
class NoteDoc:
    key: str  # what makes its GUID stable (the selection's id)
    name: str
    text: str
    user: str | None
    when: datetime | None

    @property
    def guid(self) -> str:
        return guid("note", self.key)


@dataclass
class SourceDoc:
    """One story as it leaves: its text, its codings, its case variables and its notes."""

    story_id: int
    variant: str  # "released" or "original": the two texts are different sources
    name: str
    text: str
    description: str = ""
    creator: str | None = None
    created: datetime | None = None
    codings: list[Coding] = field(default_factory=list)
    notes: list[NoteDoc] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)

    @property
    def guid(self) -> str:
        return guid("source", self.variant, self.story_id)


def _el(tag: str, parent=None, **attrs):
    attrs = {k: xml_safe(v) for k, v in attrs.items() if v is not None}
    if parent is None:
        return etree.Element(NS + tag, attrs, nsmap={None: PROJECT_NS})
    return etree.SubElement(parent, NS + tag, attrs)


def _text(parent, tag: str, text: str) -> None:
    _el(tag, parent).text = xml_safe(text)


class QdpxWriter:
    """Write a .qdpx to ``out`` (a binary file): ``add(source)`` per story, then ``close()``."""

    def __init__(self, out, *, name: str, codes: list[CodeOut], retired_label: str, variables: list[Variable],
                 users: list[tuple[str, str]], creator: str | None, now: datetime):
        self.zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        self.head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="{PROJECT_NS}"'
                     f' name={quoteattr(xml_safe(name))}'
                     f' origin="msc"' + (f' creatingUserGUID="{creator}"' if creator else "")
                     + f' creationDateTime="{stamp(now)}">\n')
        self.codes, self.retired_label, self.variables, self.users = codes, retired_label, variables, users
        self.parts = {name: tempfile.SpooledTemporaryFile(SPILL) for name in ("Cases", "Sources", "Notes")}
        self.counts = {name: 0 for name in self.parts}
        self.selections = 0

    def _write(self, part: str, element) -> None:
        self.parts[part].write(etree.tostring(element, encoding="UTF-8") + b"\n")
        self.counts[part] += 1

    def add(self, doc: SourceDoc) -> None:
        self.zip.writestr(f"sources/{doc.guid}.txt", doc.text.encode("utf-8"))
        source = _el("TextSource", guid=doc.guid, name=doc.name, plainTextPath=f"internal://{doc.guid}.txt",
                     creatingUser=doc.creator, creationDateTime=stamp(doc.created))
        if doc.description:
            _text(source, "Description", doc.description)
        for c in doc.codings:
            key = (doc.variant, doc.story_id, c.theme_key, c.index)
            sel = _el("PlainTextSelection", source, guid=guid("selection", *key), name=doc.text[c.start:c.end][:60],
                      startPosition=c.start, endPosition=c.end, creatingUser=c.user, creationDateTime=stamp(c.when))
            coding = _el("Coding", sel, guid=guid("coding", *key), creatingUser=c.user, creationDateTime=stamp(c.when))
            _el("CodeRef", coding, targetGUID=theme_guid(c.theme_key))
            self.selections += 1
        for note in doc.notes:
            _el("NoteRef", source, targetGUID=note.guid)
            element = _el("Note", guid=note.guid, name=note.name, creatingUser=note.user,
                          creationDateTime=stamp(note.when))
            _text(element, "PlainTextContent", note.text)
            self._write("Notes", element)
        self._write("Sources", source)
        self._write("Cases", self._case(doc))

    def _case(self, doc: SourceDoc):
        case = _el("Case", guid=guid("case", doc.story_id), name=doc.name)
        for variable in self.variables:
            value = doc.values.get(variable.name)
            if value is None or value == "":
                continue
            holder = _el("VariableValue", case)
            _el("VariableRef", holder, targetGUID=variable.guid)
            if variable.kind == "Boolean":
                _text(holder, "BooleanValue", "true" if value else "false")
            else:
                _text(holder, "TextValue", str(value))
        _el("SourceRef", case, targetGUID=doc.guid)
        return case

    def _head_parts(self) -> bytes:
        out = []
        if self.users:
            users = _el("Users")
            for user_guid, name in self.users:
                _el("User", users, guid=user_guid, name=name)
            out.append(users)
        if self.codes:
            out.append(project_codebook(self.codes, self.retired_label))
        if self.variables:
            variables = _el("Variables")
            for v in self.variables:
                element = _el("Variable", variables, guid=v.guid, name=v.name, typeOfVariable=v.kind)
                if v.description:
                    _text(element, "Description", v.description)
            out.append(variables)
        return b"".join(etree.tostring(e, encoding="UTF-8") + b"\n" for e in out)

    def close(self) -> None:
        with self.zip.open("project.qde", "w") as qde:
            qde.write(self.head.encode("utf-8"))
            qde.write(self._head_parts())
            for part, spool in self.parts.items():
                if self.counts[part]:
                    spool.seek(0)
                    qde.write(f"<{part}>\n".encode())
                    shutil.copyfileobj(spool, qde)
                    qde.write(f"</{part}>\n".encode())
            qde.write(b"</Project>\n")
        for spool in self.parts.values():
            spool.close()
        self.zip.close()
