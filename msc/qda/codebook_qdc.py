"""A codebook as REFI-QDA codes: written as a .qdc file or as a project's CodeBook, and read back (no database).

Every active theme is a codable code named by its label, its definition as the description, its GUID
made from its key (``guids.theme_guid``). Retired themes sit under one non-codable folder code
("retired themes"), so a QDA package shows them apart and still reads the codings made with them.
Reading flattens any hierarchy a team built in its software: a non-codable code is only a folder. A file
read may also be a whole project (.qdpx or its .qde), as ATLAS.ti exports: its codebook is read.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from .guids import RETIRED_FOLDER, theme_guid
from .xmlcheck import CODEBOOK_NS, PROJECT_NS, XmlProblem, parse, validate, xml_safe

ORIGIN = "msc"
MAX_QDE_BYTES = 20 * 1024 * 1024  # a project's XML, unpacked


@dataclass(frozen=True)
class CodeOut:
    """A theme as it leaves: key, label and definition in the chosen language, retired or not."""

    key: str
    name: str
    description: str
    is_retired: bool


@dataclass(frozen=True)
class CodeIn:
    """A codable code read from a file: GUID (upper case, no braces), name, description, under "retired"."""

    guid: str
    name: str
    description: str
    is_retired: bool


def _code(parent, ns: str, guid: str, name: str, codable: bool, description: str = ""):
    el = etree.SubElement(parent, f"{{{ns}}}Code", guid=guid, name=xml_safe(name),
                          isCodable="true" if codable else "false")
    if description:
        etree.SubElement(el, f"{{{ns}}}Description").text = xml_safe(description)
    return el


def codes_element(codes: list[CodeOut], ns: str, retired_label: str, *, tag: str = "Codes"):
    """The <Codes> element of the codebook (in the codebook or the project namespace)."""
    root = etree.Element(f"{{{ns}}}{tag}", nsmap={None: ns})
    for c in codes:
        if not c.is_retired:
            _code(root, ns, theme_guid(c.key), c.name, True, c.description)
    retired = [c for c in codes if c.is_retired]
    if retired:
        folder = _code(root, ns, RETIRED_FOLDER, retired_label, False)
        for c in retired:
            _code(folder, ns, theme_guid(c.key), c.name, True, c.description)
    return root


def codebook_xml(codes: list[CodeOut], retired_label: str) -> bytes:
    """A .qdc document (Codebook-mrt2019.xsd)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=ORIGIN)
    root.append(codes_element(codes, CODEBOOK_NS, retired_label))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def project_codebook(codes: list[CodeOut], retired_label: str):
    """The <CodeBook> element of a project (Project-mrt2019.xsd)."""
    book = etree.Element(f"{{{PROJECT_NS}}}CodeBook", nsmap={None: PROJECT_NS})
    book.append(codes_element(codes, PROJECT_NS, retired_label))
    return book


def _norm_guid(value: str) -> str:
    return value.strip().strip("{}").upper()


def _project_xml(raw: bytes) -> bytes:
    """project.qde of a .qdpx archive (its size checked before it is read: no zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = next((i for i in archive.infolist() if i.filename.lower().endswith(".qde")), None)
            if info is None:
                raise XmlProblem("schema", "no .qde file in the archive")
            if info.file_size > MAX_QDE_BYTES:
                raise XmlProblem("too_large")
            return archive.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as exc:
        if isinstance(exc, XmlProblem):
            raise
        raise XmlProblem("not_xml", str(exc)[:200]) from None


def read_codes(raw: bytes) -> list[CodeIn]:
    """The codable codes of a .qdc file, or of the codebook of a project (.qde, or a .qdpx archive), in
    document order; an XmlProblem when it is none of them."""
    if raw.startswith(b"PK"):
        raw = _project_xml(raw)
    tree = parse(raw)
    ns = PROJECT_NS if tree.getroot().tag == f"{{{PROJECT_NS}}}Project" else CODEBOOK_NS
    validate(tree, "project" if ns == PROJECT_NS else "codebook")
    out: list[CodeIn] = []

    def walk(parent, retired: bool):
        for el in parent.iterchildren(f"{{{ns}}}Code"):
            guid = _norm_guid(el.get("guid"))
            if el.get("isCodable") in ("true", "1"):
                description = el.findtext(f"{{{ns}}}Description") or ""
                out.append(CodeIn(guid, " ".join(el.get("name").split()), description.strip(), retired))
            walk(el, retired or guid == RETIRED_FOLDER)

    codes = tree.getroot().find(f"{{{ns}}}Codes" if ns == CODEBOOK_NS else f"{{{ns}}}CodeBook/{{{ns}}}Codes")
    if codes is not None:
        walk(codes, False)
    return out
