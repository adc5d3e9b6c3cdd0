"""The ``analyze`` command, through CliRunner and a real subprocess."""
import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from msc.nlp.cli import analyze

ROOT = Path(__file__).resolve().parents[1]
GOOD = json.dumps({"id": "s1", "text": "Mon amie Karima a fait le dépistage.", "lang": "fr"})


def run(stdin, *args):
    result = CliRunner().invoke(analyze, list(args), input=stdin)
    return result, [json.loads(line) for line in result.output.splitlines()]


def test_one_line_result_shape():
    result, out = run(GOOD + "\n")
    assert result.exit_code == 0
    assert set(out[0]) == {"id", "lang", "themes", "pii", "pseudonymised"}


def test_order_is_kept():
    lines = [json.dumps({"id": f"s{i}", "text": "texte"}) for i in range(5)]
    _, out = run("\n".join(lines) + "\n")
    assert [o["id"] for o in out] == [f"s{i}" for i in range(5)]


def test_invalid_json_line_yields_error_and_goes_on():
    result, out = run("{not json\n" + GOOD + "\n")
    assert result.exit_code == 0 and out[0]["id"] is None and "error" in out[0] and out[1]["id"] == "s1"


def test_missing_text_keeps_id():
    _, out = run(json.dumps({"id": "x"}) + "\n")
    assert out == [{"id": "x", "error": '"text" must be a string'}]


def test_ill_typed_id():
    _, out = run(json.dumps({"id": 7, "text": "a"}) + "\n")
    assert out[0]["id"] is None and "error" in out[0]


def test_non_object_line():
    _, out = run("[1, 2]\n")
    assert "error" in out[0]


def test_blank_lines_are_skipped():
    _, out = run("\n\n" + GOOD + "\n   \n")
    assert len(out) == 1


def test_input_and_output_files(tmp_path):
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(GOOD + "\n", encoding="utf-8")
    result = CliRunner().invoke(analyze, ["--input", str(src), "--output", str(dst)])
    assert result.exit_code == 0 and json.loads(dst.read_text(encoding="utf-8"))["id"] == "s1"


def test_missing_input_file_fails(tmp_path):
    result = CliRunner().invoke(analyze, ["--input", str(tmp_path / "nope.jsonl")])
    assert result.exit_code != 0


def test_custom_codebook(tmp_path):
    cb = tmp_path / "cb.json"
    cb.write_text(json.dumps({"version": "x", "themes": [
        {"key": "garden", "labels": {"fr": "J", "en": "G"}, "patterns": {"fr": ["dépistage"]}}]}))
    _, out = run(GOOD + "\n", "--codebook", str(cb))
    assert [t["key"] for t in out[0]["themes"]] == ["garden"]


def test_no_progress_output_when_not_a_terminal():
    result = CliRunner().invoke(analyze, [], input=GOOD + "\n")
    assert result.stderr == ""


def test_real_subprocess():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "msc.nlp.cli"], input=GOOD + "\nbad\n",
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and out[0]["id"] == "s1" and "error" in out[1]



def test_fields_in_and_out():
    line = json.dumps({"id": "f1", "lang": "fr", "text": "Mon amie Karima a fait le dépistage.",
                       "title": "Karima", "significance": "Appeler Karima au 06 12 34 56 78.", "translation": None})
    result, out = run(line + "\n")
    assert result.exit_code == 0
    assert set(out[0]) == {"id", "lang", "themes", "pii", "pseudonymised", "fields"}
    assert out[0]["pseudonymised"] == "Mon amie [Prénom 1] a fait le dépistage."
    assert out[0]["fields"] == {
        "title": {"pseudonymised": "[Prénom 1]", "pii": [{"start": 0, "end": 6, "label": "PER", "text": "Karima"}]},
        "significance": {"pseudonymised": "Appeler [Prénom 1] au [Téléphone].",
                         "pii": [{"start": 8, "end": 14, "label": "PER", "text": "Karima"},
                                 {"start": 18, "end": 32, "label": "PHONE", "text": "06 12 34 56 78"}]}}


def test_field_of_wrong_type_is_an_error_line():
    _, out = run(json.dumps({"id": "f2", "text": "x", "title": 3}) + "\n" + GOOD + "\n")
    assert out[0] == {"id": "f2", "error": '"title" must be a string or null'} and out[1]["id"] == "s1"


def test_readable_style_option():
    result, out = run(GOOD + "\n", "--style", "readable")
    assert result.exit_code == 0
    assert "Karima" not in out[0]["pseudonymised"] and "*" in out[0]["pseudonymised"]
    again = run(GOOD + "\n", "--style", "readable")[1]
    assert again == out
