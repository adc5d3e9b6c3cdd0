"""Codebook inputs: JSON capped in depth, regular expressions checked at save and matched with a time limit."""
import io
import json
import time

import pytest

from msc.analysis import codebook_ops
from msc.nlp.codebook import CodebookError, codebook_from_dict, parse_json
from msc.nlp.pipelines import get_pipeline
from msc.nlp.themes import ThemeMatcher

DEEP = b"[" * 100_000 + b"]" * 100_000


def test_deep_json_refused_before_parsing():
    with pytest.raises(CodebookError, match="nested"):
        parse_json(DEEP)
    text = json.dumps({"a": ["[" * 100 + '"{']})
    assert parse_json(text) == {"a": ["[" * 100 + '"{']}  # brackets inside a string are text


def test_deep_codebook_upload_is_a_clear_message_not_a_500(client, login_as, world):
    login_as("admin")
    response = client.post("/analysis/codebook/import", data={"file": (io.BytesIO(DEEP), "deep.json")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert "nested more than" in response.get_data(as_text=True)


def test_deep_token_pattern_line_refused(world):
    with pytest.raises(CodebookError):
        codebook_ops.parse_patterns("[" * 50_000 + "]" * 50_000)


def _theme(patterns):
    return {"key": "regex_theme", "labels": {"fr": "x", "en": "x"}, "patterns": {"fr": patterns}}


@pytest.mark.parametrize("expression", ["(a|aa)+$", "(1|11)+x", "x" * 201, "(unclosed", ""])
def test_backtracking_or_bad_regex_refused_at_save(world, expression):
    book = codebook_ops.ensure_codebook(world.programme)
    with pytest.raises(CodebookError, match="regular expression"):
        codebook_ops.save_theme(book, _theme([[{"LOWER": {"REGEX": expression}}]]))
    assert book.version == 1


def test_regex_on_an_unknown_attribute_refused(world):
    book = codebook_ops.ensure_codebook(world.programme)
    with pytest.raises(CodebookError, match="regular expression"):
        codebook_ops.save_theme(book, _theme([[{"_": {"x": {"REGEX": "a"}}}]]))


def test_reasonable_regex_saved_and_matched(world):
    book = codebook_ops.ensure_codebook(world.programme)
    codebook_ops.save_theme(book, _theme([[{"LOWER": {"REGEX": "^tribunal"}}]]))
    nlp = get_pipeline("fr").nlp
    matcher = ThemeMatcher(codebook_from_dict({"themes": [_theme([[{"LOWER": {"REGEX": "^tribunal"}}]])]}),
                           "fr", nlp.vocab)
    text = "Elle est allée au tribunal hier."
    spans = matcher.match(nlp(text))["regex_theme"]
    assert [text[a:b] for a, b in spans] == ["tribunal"]


def test_backtracking_regex_that_passed_the_check_is_cut_by_the_time_limit():
    """An expression explosive only on 'b's passes the probes; matching still ends quickly, without a match."""
    theme = _theme([[{"TEXT": {"REGEX": "(b|bb)+$"}}]])
    nlp = get_pipeline("fr").nlp
    matcher = ThemeMatcher(codebook_from_dict({"themes": [theme]}), "fr", nlp.vocab)
    doc = nlp(" ".join(["b" * 40 + "x"] * 5))
    started = time.perf_counter()
    assert matcher.match(doc).get("regex_theme", []) == []
    assert time.perf_counter() - started < 5


def test_codebook_file_with_a_backtracking_regex_refused(world):
    book = codebook_ops.ensure_codebook(world.programme)
    raw = json.dumps({"themes": [_theme([[{"LOWER": {"REGEX": "(a|aa)+$"}}]])]}).encode()
    with pytest.raises(CodebookError, match="too long"):
        codebook_ops.import_codebook(book, raw)
