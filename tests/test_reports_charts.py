"""Charts: valid, self-contained SVG; PNG; no crash on empty data, Arabic, markup or dollar signs."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET

import pytest

from msc.reports import charts

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SVG_NS = "{http://www.w3.org/2000/svg}"
HOSTILE = {"<script>alert(1)</script>": 3, "--> <script>x</script>": 1, "$5 and $10": 2, "Fierté 💪": 4}


def draw_all(fmt: str) -> list[bytes]:
    return [
        charts.bar_chart({"Estime de soi": 12, "Autonomie": 5}, "Récits par domaine", fmt=fmt),
        charts.bar_chart({"2024": 3, "2025": 7}, "Vertical", fmt=fmt, horizontal=False),
        charts.grouped_bar_chart(["Logement", "Santé"], {"Tous": [6, 12], "Sélectionnés": [1, 0]}, "Thèmes", fmt=fmt),
        charts.funnel_chart([("Recueillis", 40), ("Candidats", 12), ("Retenus", 3)], "Sélection", fmt=fmt),
        charts.line_chart(["2024-S1", "2024-S2", "2025-S1"], {"Récits": [10, None, 14]}, "Tendance", fmt=fmt),
    ]


def parse_svg(data: bytes) -> ET.Element:
    root = ET.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"
    return root


def test_svg_charts_parse_and_carry_a_title():
    for data in draw_all("svg"):
        root = parse_svg(data)
        assert root.find(f"{SVG_NS}title") is not None


def test_svg_has_no_prologue_doctype_or_external_reference():
    for data in draw_all("svg"):
        text = data.decode()
        assert text.startswith("<svg")
        assert "<!DOCTYPE" not in text and "<?xml" not in text and "<metadata" not in text
        for ref in ET.fromstring(data).iter():
            for key, value in ref.attrib.items():
                if key.endswith("href"):
                    assert value.startswith("#"), value


def test_svg_is_deterministic():
    assert draw_all("svg") == draw_all("svg")


def test_svg_ids_differ_between_charts_so_they_can_share_a_page():
    ids = [{e.get("id") for e in parse_svg(d).iter() if e.get("id")} for d in draw_all("svg")]
    assert not ids[0] & ids[3]


def test_png_charts_have_png_magic():
    for data in draw_all("png"):
        assert data.startswith(PNG_MAGIC)


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_empty_data_draws_a_no_data_chart(fmt):
    outputs = [
        charts.bar_chart({}, "Vide", fmt=fmt),
        charts.grouped_bar_chart([], {}, "Vide", fmt=fmt),
        charts.funnel_chart([], "Vide", fmt=fmt),
        charts.funnel_chart([("Recueillis", 0)], "Vide", fmt=fmt),
        charts.line_chart([], {}, "Vide", fmt=fmt),
    ]
    for data in outputs:
        if fmt == "svg":
            parse_svg(data)
            assert b"no data" in data  # the drawn text is a path; its comment carries the words
        else:
            assert data.startswith(PNG_MAGIC)


def test_no_data_text_can_be_localised():
    assert "Aucune donnée".encode() in charts.bar_chart({}, "t", no_data="Aucune donnée")


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_arabic_labels_do_not_crash(fmt):
    data = charts.bar_chart({"الكرامة": 3, "الحقوق والصحة": 5}, "المواضيع", fmt=fmt)
    if fmt == "svg":
        parse_svg(data)
    else:
        assert data.startswith(PNG_MAGIC)


def test_hostile_labels_give_no_script_and_valid_svg():
    for data in [charts.bar_chart(HOSTILE, "<script>t</script>"),
                 charts.grouped_bar_chart(list(HOSTILE), {"<script>": [1, 2, 3, 4]}, "x"),
                 charts.line_chart(list(HOSTILE), {"a": [1, 2, 3, 4]}, "$x$")]:
        parse_svg(data)
        assert b"<script" not in data.lower()


def test_mismatched_series_and_unknown_format_are_refused():
    with pytest.raises(ValueError):
        charts.grouped_bar_chart(["a", "b"], {"s": [1]}, "t")
    with pytest.raises(ValueError):
        charts.bar_chart({"a": 1}, "t", fmt="pdf")


def test_charts_draw_in_parallel_threads():
    results: list[bytes] = []
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results.append(charts.bar_chart({f"unité {i}": i + 1, "autre": 2}, f"Graphique {i}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert len(results) == 8
    for data in results:
        parse_svg(data)
