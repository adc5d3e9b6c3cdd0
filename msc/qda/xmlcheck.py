"""Reading REFI-QDA XML safely and checking it against the schemas (lxml; no database, no Flask).

An uploaded file is untrusted: a document type declaration (where entity bombs and external entities
live) is refused before anything else, entities are never resolved, nothing is fetched from the
network, and a huge document is refused by the parser's own limits.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(value) -> str:
    """The characters XML 1.0 can hold (a control character pasted into a title would make lxml refuse)."""
    return _NOT_XML.sub("", str(value))


class XmlProblem(ValueError):
    """The file is not usable; ``kind`` says why: "not_xml", "doctype", "schema"; ``detail`` the parser's words."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail = kind, detail


@cache
def schema(name: str) -> etree.XMLSchema:
    """``project`` (Project-mrt2019.xsd) or ``codebook`` (Codebook-mrt2019.xsd)."""
    path = SCHEMAS / {"project": "Project-mrt2019.xsd", "codebook": "Codebook-mrt2019.xsd"}[name]
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(path), parser))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def parse(raw: bytes) -> etree._ElementTree:
    """Parse untrusted bytes; an XmlProblem when they are not well-formed XML or declare a document type."""
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise XmlProblem("doctype")
    try:
        tree = etree.ElementTree(etree.fromstring(raw, _parser()))
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise XmlProblem("not_xml", str(exc)[:200]) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise XmlProblem("doctype")
    return tree


def validate(tree: etree._ElementTree, name: str) -> None:
    """An XmlProblem("schema") with the first error when ``tree`` does not follow the schema ``name``."""
    checker = schema(name)
    if not checker.validate(tree):
        error = checker.error_log.last_error
        raise XmlProblem("schema", f"line {error.line}: {error.message}"[:300] if error else "")


def parse_valid(raw: bytes, name: str) -> etree._ElementTree:
    tree = parse(raw)
    validate(tree, name)
    return tree
