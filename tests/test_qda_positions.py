"""Evidence offsets carried from the text as entered into the pseudonymised text (pure: the real pseudonymiser)."""
import pytest

from msc.analysis.engine_calls import pseudonymise_fields
from msc.qda.positions import applied_spans, offset_map, relocate

TEXT = "Mme Bennani m'a frappée. Ensuite Karim et Bennani m'ont menacée au 06 12 34 56 78, puis j'ai porté plainte."


def _spans(text):
    return [(text.index("Mme Bennani"), text.index("Mme Bennani") + len("Mme Bennani"), "PER"),
            (text.index("Karim"), text.index("Karim") + 5, "PER"),
            (text.rindex("Bennani"), text.rindex("Bennani") + 7, "PER"),
            (text.index("06 12"), text.index("06 12") + 14, "PHONE")]


def _pseudonymise(text, spans, style):
    fields = {"text": text, "title": "", "significance": "", "translation": ""}
    render = lambda kept: pseudonymise_fields(fields, {"text": kept}, "fr", style)["text"]  # noqa: E731
    return render(spans), render


@pytest.mark.parametrize("style", ["brackets", "readable"])
def test_evidence_outside_names_keeps_its_words(style):
    released, render = _pseudonymise(TEXT, _spans(TEXT), style)
    mapping = offset_map(TEXT, _spans(TEXT), released, render)
    for words in ("frappée", "menacée", "porté plainte", "m'a frappée. Ensuite"):
        start = TEXT.index(words)
        s, e = mapping.map(start, start + len(words))
        assert released[s:e] == words


@pytest.mark.parametrize("style", ["brackets", "readable"])
def test_evidence_over_a_name_covers_its_pseudonym(style):
    released, render = _pseudonymise(TEXT, _spans(TEXT), style)
    mapping = offset_map(TEXT, _spans(TEXT), released, render)
    start = TEXT.index("Karim et Bennani m'ont menacée")
    s, e = mapping.map(start, start + len("Karim et Bennani m'ont menacée"))
    assert released[s:e].endswith(" m'ont menacée") and "Karim" not in released[s:e]
    assert released[:s].endswith("Ensuite ")  # starts at the first name's pseudonym
    end_inside = TEXT.index("Bennani m'ont") + 3  # ends in the middle of a name: up to the end of its pseudonym
    s, e = mapping.map(TEXT.index("Ensuite"), end_inside)
    assert released[s:e].startswith("Ensuite ") and "Benn" not in released[s:e] and released[e:].startswith(" m'ont")


def test_a_changed_style_gives_no_map_and_the_words_are_found_instead():
    released, _ = _pseudonymise(TEXT, _spans(TEXT), "readable")
    _, brackets = _pseudonymise(TEXT, _spans(TEXT), "brackets")
    assert offset_map(TEXT, _spans(TEXT), released, brackets) is None
    assert released[slice(*relocate("porté plainte", released, 80))] == "porté plainte"


def test_overlapping_spans_are_dropped_as_the_pseudonymiser_drops_them():
    assert applied_spans([(0, 5, "PER"), (3, 8, "PER"), (10, 12, "LOC"), (20, 30, "PER")], 25) == \
        [(0, 5, "PER"), (10, 12, "LOC")]


def test_relocate_picks_the_nearest_occurrence():
    assert relocate("ab", "ab..ab....ab", 5) == (4, 6)
    assert relocate("zz", "ab", 0) is None and relocate("", "ab", 0) is None


def test_positions_count_code_points():
    text = "🌱 مرحبا Mme Bennani m'a frappée."
    spans = [(text.index("Mme"), text.index("Mme") + 11, "PER")]
    released, render = _pseudonymise(text, spans, "brackets")
    s, e = offset_map(text, spans, released, render).map(text.index("frappée"), text.index("frappée") + 7)
    assert released[s:e] == "frappée" and s == len("🌱 مرحبا [Prénom 1] m'a ")


def test_a_control_character_in_a_title_or_a_reason_still_gives_a_valid_project():
    import io
    from datetime import datetime

    from qda_helpers import Qdpx

    from msc.qda.codebook_qdc import CodeOut
    from msc.qda.project import Coding, NoteDoc, QdpxWriter, SourceDoc, Variable

    out, user = io.BytesIO(), "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE"
    writer = QdpxWriter(out, name="Prog\x0bramme", codes=[CodeOut("housing", "Hous\x00ing", "De\x1ffinition", False)],
                        retired_label="Retired", variables=[Variable("unit", "Text")], users=[(user, "Na\x07me")],
                        creator=None, now=datetime(2024, 1, 1))
    writer.add(SourceDoc(1, "released", "Ti\x0btle", "Un\x0c texte.", "sig\x01",
                         codings=[Coding(0, 2, "housing", None, None)],
                         notes=[NoteDoc("1", "Reasons", "Rai\x08sons", None, None)], values={"unit": "M\x02RK"}))
    writer.close()
    qdpx = Qdpx(out.getvalue())
    (src, text), = qdpx.sources().values()
    assert src.get("name") == "Title" and text == "Un\x0c texte."  # the source file keeps its characters
    assert qdpx.xpath("//q:Note/q:PlainTextContent/text()") == ["Raisons"]
