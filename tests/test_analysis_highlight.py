"""The marked-up story text of the analysis pages (pure: no app, no database)."""
from types import SimpleNamespace as NS

from msc.analysis.highlight import evidence_marks, highlight, pii_marks


def test_highlight_escapes_every_piece():
    html = str(highlight("<b>Amal</b> & co", [(3, 7, "pii", {"label": 'P"ER'})]))
    assert html == '&lt;b&gt;<mark class="pii" data-label="P&#34;ER">Amal</mark>&lt;/b&gt; &amp; co'
    assert str(highlight("abc", [(1, 9, "x", {}), (2, 1, "y", {})])) == "abc"


def test_overlapping_marks_are_cut_and_stay_nested():
    html = str(highlight("abcdef", [(0, 4, "evidence", {"themes": "a"}), (2, 6, "evidence", {"themes": "b"})]))
    assert html == ('<mark class="evidence" data-themes="a">ab</mark>'
                    '<mark class="evidence" data-themes="a b">cd</mark>'
                    '<mark class="evidence" data-themes="b">ef</mark>')


def test_rejected_themes_leave_no_evidence_mark():
    rows = [NS(state="confirmed", theme=NS(key="housing"), evidence=[{"start": 0, "end": 3}]),
            NS(state="rejected", theme=NS(key="violence"), evidence=[{"start": 4, "end": 6}])]
    assert evidence_marks(rows) == [(0, 3, "evidence", {"themes": "housing"})]


def test_pii_marks_carry_the_label():
    spans = [NS(start_offset=2, end_offset=5, label="PER")]
    assert pii_marks(spans) == [(2, 5, "pii", {"label": "PER"})]
