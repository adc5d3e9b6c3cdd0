"""What an uploaded file may cost before and while it is read (used by readers.py).

Pure, like the reader: the zip-bomb and hostile-XML checks on an .xlsx archive
(every part inflated and measured, never trusted from its directory), and the
caps on a table's width, cells and cell length. Every refusal is an
`ImportFileError` whose message can be shown to the user as it is.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from .errors import ImportFileError

ZIP_MAGIC = b"PK\x03\x04"

# Zip-bomb limits, checked on the central directory before any inflation.
# Real exports inflate 5-30x; Apache POI refuses beyond 100x too.
MAX_ZIP_MEMBERS = 1000
MAX_UNCOMPRESSED_TOTAL = 256 * 1024 * 1024
MAX_PART = 128 * 1024 * 1024  # one part, counted as it is inflated (its declared size may lie)
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # members smaller than this may have any ratio
INFLATE_CHUNK = 256 * 1024

# Table limits, checked before any column is guessed: a sheet is read as a
# full grid, so its width times its height is what costs memory.
MAX_COLUMNS = 2000
MAX_CELLS = 3_000_000
MAX_CELL_CHARS = 200_000  # about a hundred pages: a story, not a dump
XML_SUFFIXES = (".xml", ".rels", ".vml")


class _RootReached(Exception):
    pass


class _PrologTarget:
    """Parser target that stops at the root element: a DTD can only precede it."""

    def start(self, tag, attrib):
        raise _RootReached

    def end(self, tag):
        pass

    def data(self, text):
        pass

    def close(self):
        return None


def check_zip(data: bytes) -> None:
    """Refuse zip bombs and hostile XML before the spreadsheet library sees the file.

    Every part is inflated here, whatever its name or declared size, with the
    output counted as it comes (total, per part, ratio) and thrown away; a
    part whose real size or checksum differs from the directory is refused.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportFileError("The workbook is damaged (it is not a valid .xlsx file).") from None
    bomb = ImportFileError("The workbook expands to an unreasonable size and was refused.")
    if len(infos) > MAX_ZIP_MEMBERS:
        raise bomb
    if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED_TOTAL:
        raise bomb
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError("The workbook is encrypted; remove the password and try again.")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise ImportFileError("The file is a zip archive but not an Excel workbook.")
    budget = [MAX_UNCOMPRESSED_TOTAL]
    for info in infos:
        _scan_member(data, info, budget)


def _inflate(data: bytes, info: zipfile.ZipInfo, budget: list[int]):
    """Yield the real content of one part in chunks, refusing it past the size and ratio limits."""
    damaged = ImportFileError("The workbook is damaged (an internal part cannot be read).")
    bomb = ImportFileError("The workbook expands to an unreasonable size and was refused.")
    start = info.header_offset
    header = data[start:start + 30]
    if len(header) < 30 or header[:4] != ZIP_MAGIC:
        raise damaged
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_len + extra_len
    raw = memoryview(data)[begin:begin + info.compress_size]
    if len(raw) != info.compress_size:
        raise damaged
    if info.compress_type == zipfile.ZIP_STORED:
        chunks, inflater = (raw[i:i + INFLATE_CHUNK] for i in range(0, len(raw), INFLATE_CHUNK)), None
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        chunks, inflater = None, zlib.decompressobj(-15)
    else:
        raise ImportFileError("The workbook uses a compression Excel does not use and was refused.")
    produced, crc, position = 0, 0, 0
    while True:
        if inflater is None:
            out = next(chunks, None)
            if out is None:
                break
            out = bytes(out)
        else:
            pending = inflater.unconsumed_tail or raw[position:position + INFLATE_CHUNK]
            if not inflater.unconsumed_tail:
                position += len(pending)
            try:
                out = inflater.decompress(pending, INFLATE_CHUNK)
            except zlib.error:
                raise damaged from None
            if not out and (inflater.eof or (not pending and not inflater.unconsumed_tail)):
                break
        produced += len(out)
        budget[0] -= len(out)
        if produced > MAX_PART or budget[0] < 0 or (
                produced > RATIO_FLOOR and produced > MAX_RATIO * max(info.compress_size, 1)):
            raise bomb
        crc = zlib.crc32(out, crc)
        yield out
    if produced != info.file_size or crc != info.CRC or (inflater is not None and not inflater.eof):
        raise damaged


_CELL_MARKS = re.compile(rb'<(?:\w+:)?(row|c)[\s/>]|\br="([A-Z]{0,3})(\d{1,7})"')


class _SheetExtent:
    """How wide and tall a worksheet part can be read, from its cell and row marks (bytes, in chunks)."""

    def __init__(self):
        self.width = self.height = self.rows = self.cells_in_row = self.widest_row = 0
        self.tail = b""

    def feed(self, chunk: bytes) -> None:
        text = self.tail + chunk
        cut = max(0, len(text) - 32)
        for match in _CELL_MARKS.finditer(text):
            if match.end() <= len(self.tail):
                continue  # seen with the previous chunk
            tag, letters, digits = match.groups()
            if tag == b"row":
                self.rows += 1
                self.cells_in_row = 0
            elif tag == b"c":
                self.cells_in_row += 1
                self.widest_row = max(self.widest_row, self.cells_in_row)
            else:
                self.height = max(self.height, int(digits))
                if letters:
                    self.width = max(self.width, _column_number(letters.decode()))
        self.tail = text[cut:]

    def too_large(self) -> bool:
        width, height = max(self.width, self.widest_row), max(self.height, self.rows)
        return width > MAX_COLUMNS or width * height > MAX_CELLS


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _scan_member(data: bytes, info: zipfile.ZipInfo, budget: list[int]) -> None:
    """Inflate one part; if it is XML, parse its prolog with defusedxml and measure its cells.

    Document type declarations, and so entity definitions, may only appear
    before the root element, so parsing stops there.
    """
    parser = DefusedXMLParser(
        target=_PrologTarget(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    extent = _SheetExtent()
    is_xml = None
    in_prolog = True
    try:
        for chunk in _inflate(data, info, budget):
            if is_xml is None:
                is_xml = info.filename.lower().endswith(XML_SUFFIXES) or chunk.lstrip(
                    b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<")
            if not is_xml:
                continue
            extent.feed(chunk)
            if extent.too_large():
                raise ImportFileError(
                    f"A sheet of the workbook is too large: at most {MAX_COLUMNS} columns and "
                    f"{MAX_CELLS:,} cells can be imported."
                )
            if in_prolog:
                try:
                    parser.feed(chunk)
                except _RootReached:
                    in_prolog = False
        if is_xml and in_prolog:
            parser.close()
    except DefusedXmlException:
        raise ImportFileError(
            "The workbook contains XML with document type or entity declarations "
            "and was refused for safety."
        ) from None
    except ParseError:
        raise ImportFileError("The workbook is damaged (an internal part cannot be read).") from None


# ------------------------------------------------------------------ tables


def check_extent(width: int, height: int) -> None:
    if width > MAX_COLUMNS or width * height > MAX_CELLS:
        raise ImportFileError(
            f"The sheet is too large: at most {MAX_COLUMNS} columns and {MAX_CELLS:,} cells can be imported."
        )


def within_limits(record: list[str]) -> list[str]:
    """The record if it has at most MAX_COLUMNS cells of at most MAX_CELL_CHARS characters each."""
    if len(record) > MAX_COLUMNS:
        raise ImportFileError(f"The file has more than {MAX_COLUMNS} columns; it cannot be a story export.")
    if any(len(value) > MAX_CELL_CHARS for value in record):
        raise ImportFileError(
            f"A cell of the file holds more than {MAX_CELL_CHARS:,} characters; it cannot be imported."
        )
    return record
