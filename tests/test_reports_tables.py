"""Tabular exports read back: CSV with the csv module, XLSX with openpyxl, JSONL with json."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc.reports.tables import neutralise, write_csv, write_jsonl, write_xlsx

PAYLOADS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://x\",\"clic\")"]
COLUMNS = ["code", "titre", "texte", "personnes", "date"]
ROWS = [
    ["S-001", "Retrouver confiance", "Élodie a dit « merci »,\nsur deux lignes", 3, dt.date(2025, 3, 4)],
    {"code": "S-002", "titre": "=cmd|' /C calc'!A0", "texte": "قالت لي", "personnes": None, "date": None},
]


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_neutralise_prefixes_every_formula_start(payload):
    assert neutralise(payload) == "'" + payload


def test_neutralise_leaves_plain_values():
    assert neutralise(None) == ""
    assert neutralise("Récit") == "Récit"
    assert neutralise(-5) == "-5"  # a number is not a formula
    assert neutralise(2.5) == "2.5"
    assert neutralise(dt.date(2025, 1, 2)) == "2025-01-02"
    assert neutralise("a=b") == "a=b"


def test_neutralise_checks_after_dropping_control_characters():
    assert neutralise("\x00=1+1") == "'=1+1"


@given(st.text())
def test_neutralised_text_never_starts_with_a_formula_prefix(text):
    out = neutralise(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r")) or out.startswith("'")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_neutralises_every_cell(payload):
    rows = read_csv(write_csv([payload, "b"], [[payload, "ok"]]))
    assert rows == [["'" + payload, "b"], ["'" + payload, "ok"]]


def test_csv_reads_back_with_accents_newlines_and_mappings():
    rows = read_csv(write_csv(COLUMNS, ROWS))
    assert rows[0] == COLUMNS
    assert rows[1] == ["S-001", "Retrouver confiance", "Élodie a dit « merci »,\nsur deux lignes", "3", "2025-03-04"]
    assert rows[2] == ["S-002", "'=cmd|' /C calc'!A0", "قالت لي", "", ""]


def test_xlsx_reads_back_typed_and_neutralised():
    data = write_xlsx([("Récits", COLUMNS, ROWS), ("Thèmes", ["thème", "récits"], [["Logement", 6], ["-santé", 1]])])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Récits", "Thèmes"]
    ws = wb["Récits"]
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == tuple(COLUMNS)
    assert values[1][3] == 3 and values[1][4] == dt.datetime(2025, 3, 4)
    assert values[2][1] == "'=cmd|' /C calc'!A0"
    assert ws.cell(2, 2).data_type == "s"
    assert values[2][3] is None
    assert wb["Thèmes"]["A3"].value == "'-santé"


def test_xlsx_header_bold_frozen_and_columns_sized():
    wb = openpyxl.load_workbook(io.BytesIO(write_xlsx([("Récits", COLUMNS, ROWS)])))
    ws = wb.active
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width >= 8


def test_xlsx_cleans_control_characters_long_text_and_bad_sheet_names():
    rows = [["a\x00b\x1f", "x" * 40_000, float("nan"), decimal.Decimal("1.5")]]
    data = write_xlsx([("Récits: [S1]/2025 et une suite bien trop longue", ["a", "b", "c", "d"], rows),
                       ("récits: [s1]/2025 et une suite bien trop longue", ["a"], [])])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert all(len(n) <= 31 for n in wb.sheetnames) and len(set(wb.sheetnames)) == 2
    row = [c.value for c in wb.worksheets[0][2]]
    assert row[0] == "ab" and len(row[1]) == 32_767 and row[2] is None and row[3] == 1.5


def test_xlsx_streams_a_generator():
    data = write_xlsx([("Récits", ["n", "texte"], ([i, f"récit {i}"] for i in range(1000)))])
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws.max_row == 1001 and ws["A1001"].value == 999


def test_jsonl_keeps_types_and_does_not_neutralise():
    data = write_jsonl([
        {"code": "=1+1", "n": 3, "share": 0.5, "ok": True, "none": None, "when": dt.date(2025, 3, 4),
         "themes": ["Logement", "Santé"], "bad": float("inf"), "dec": decimal.Decimal("2")},
        {"code": "قالت لي 💪"},
    ])
    assert data.endswith(b"\n") and not data.startswith(b"\xef\xbb\xbf")
    lines = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert lines[0] == {"code": "=1+1", "n": 3, "share": 0.5, "ok": True, "none": None, "when": "2025-03-04",
                        "themes": ["Logement", "Santé"], "bad": None, "dec": 2}
    assert lines[1]["code"] == "قالت لي 💪"


def test_jsonl_sequence_rows_need_columns():
    assert json.loads(write_jsonl([[1, "a"]], columns=["n", "t"])) == {"n": 1, "t": "a"}
    with pytest.raises(ValueError):
        write_jsonl([[1, "a"]])
