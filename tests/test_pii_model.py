"""The statistical recogniser of personal data (msc/nlp/pii_model.py): the shipped model, its training command,
and what it adds to the rules in the analysis (core, `msc analyze`). Sentences are fictional, written for this
test; none comes from an evaluation set."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pycrfsuite
import pytest
from click.testing import CliRunner

from msc.cli import main as msc_cli
from msc.nlp import pii_model
from msc.nlp.pii import detect_pii
from msc.nlp.pii_span import P_MODEL, P_MODEL_SURE

DATA = Path(__file__).parent / "data"


def _spans(text: str) -> list[tuple[str, str, int]]:
    return [(text[s.start:s.end], s.label, s.priority) for s in detect_pii(text)]


# ------------------------------------------------------------------ the shipped model and what it was trained on
def test_the_shipped_model_was_trained_on_every_development_set_and_no_blind_set() -> None:
    record = pii_model.manifest()
    expected = {p.name: pii_model.file_digest(p) for p in pii_model.training_files(DATA)}
    assert len(expected) >= 12 and not [name for name in expected if "blind" in name]
    # Retrain with `msc train-pii-model` when a development set changes or a new one is added.
    assert record["files"] == expected
    assert record["model"] == pii_model.file_digest(pii_model.MODEL_PATH)
    assert record["stories"] == sum(len(pii_model.read_gold(DATA / name)) for name in expected)
    assert set(record["spans"]) == set(pii_model.LABELS) and record["spans"]["PER"] > 1000


def test_blind_sets_are_never_training_files(tmp_path: Path) -> None:
    for name in ("analysis_dev3.jsonl", "analysis_blind11.jsonl", "analysis_blind.jsonl", "notes.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in pii_model.training_files(tmp_path)] == ["analysis_dev3.jsonl"]


# ------------------------------------------------------------------ training through the command
def _small_set(folder: Path, name: str, rows: int = 25) -> Path:
    lines = (DATA / "analysis_dev2.jsonl").read_text(encoding="utf-8").splitlines()[:rows]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_training_command_writes_a_model_and_its_manifest_and_is_reproducible(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _small_set(data, "analysis_dev2.jsonl")
    shutil.copy(DATA / "analysis_dev11.jsonl", data / "analysis_blind77.jsonl")  # a blind set: left out
    runner = CliRunner()
    first = runner.invoke(msc_cli, ["train-pii-model", "--data", str(data), "--out", str(tmp_path / "a.model")])
    assert first.exit_code == 0, first.output
    assert "trained on 1 sets, 25 stories" in first.output
    record = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert list(record["files"]) == ["analysis_dev2.jsonl"] and record["stories"] == 25
    assert record["model"] == pii_model.file_digest(tmp_path / "a.model")
    second = runner.invoke(msc_cli, ["train-pii-model", "--data", str(data), "--out", str(tmp_path / "b.model")])
    assert second.exit_code == 0, second.output
    assert (tmp_path / "a.model").read_bytes() == (tmp_path / "b.model").read_bytes()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "a.model"))
    assert {"B-PER", "I-PER", "O"} <= set(tagger.labels())


@pytest.mark.parametrize("bad_line,where", [
    ('{"id": "x", "text": "Bonjour"}', "line 2"),                                            # no "pii"
    ('{"id": "x", "text": "Bonjour", "pii": [{"start": 3, "end": 99, "label": "PER"}]}', "line 2"),  # off the text
    ("not json at all", "line 2"),
])
def test_a_file_that_is_no_annotated_set_stops_training_and_writes_nothing(tmp_path: Path, bad_line: str,
                                                                           where: str) -> None:
    good = json.dumps({"id": "a", "text": "Ana Pop est venue.", "pii": [{"start": 0, "end": 7, "label": "PER"}]})
    (tmp_path / "analysis_dev1.jsonl").write_text(good + "\n" + bad_line + "\n", encoding="utf-8")
    result = CliRunner().invoke(msc_cli, ["train-pii-model", "--data", str(tmp_path),
                                          "--out", str(tmp_path / "m.model")])
    assert result.exit_code == 2
    assert "analysis_dev1.jsonl" in result.output and where in result.output
    assert not list(tmp_path.glob("m.*"))


def test_a_folder_without_annotated_sets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "analysis_blind1.jsonl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(msc_cli, ["train-pii-model", "--data", str(tmp_path),
                                          "--out", str(tmp_path / "m.model")])
    assert result.exit_code == 2 and "no annotated set" in result.output
    assert not (tmp_path / "m.model").exists()


# ------------------------------------------------------------------ what the model adds to the rules
@pytest.mark.parametrize("text,name", [
    ("We waited two hours before Tendai came back with the keys.", "Tendai"),
    ("Kateryna Bondar vit maintenant au 12 impasse des Lilas avec ses deux enfants.", "Kateryna Bondar"),
])
def test_a_name_no_rule_catches_is_found_by_the_model(text: str, name: str) -> None:
    assert (name, "PER", P_MODEL) in _spans(text) or (name, "PER", P_MODEL_SURE) in _spans(text)


def test_the_model_s_names_are_pseudonymised_by_msc_analyze() -> None:
    line = json.dumps({"id": "t1", "text": "We waited two hours before Tendai came back with the keys."})
    result = CliRunner().invoke(msc_cli, ["analyze"], input=line + "\n")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output.splitlines()[0])
    assert "Tendai" not in out["pseudonymised"]
    assert [p["text"] for p in out["pii"] if p["label"] == "PER"] == ["Tendai"]


@pytest.mark.parametrize("text", [
    "Après le Brexit, les permis ont changé pour tout le monde.",
    "She works with the Dochas outreach team and the Kinsella charity.",
    "Elle a vécu deux ans à São Paulo avant de venir à Marseille.",
    "J'ai payé 3000 DH le 12/03/2024 pour la chambre.",
    "Hier, je suis allée voir la sage-femme. Elle a dit que tout allait bien.",
    "كنت كنستنى قدام حمام الحومة.",
    "La loi 2016-274 et la période 2019-2021 ont changé les règles.",
    "Her family fled Gbarnga when the fighting started.",
    "Elle est venue avec un gâteau et un Fanta.",
])
def test_what_no_rule_allows_the_model_does_not_add(text: str) -> None:
    assert not [s for s in detect_pii(text) if s.priority in (P_MODEL, P_MODEL_SURE)]


def test_plausible_spans_of_the_model() -> None:
    text = "Dossier 2024-778812 du 12/03/2024, vu par Tendai à la Poste, ma copine."
    at = text.index
    assert pii_model.plausible(text, at("2024-778812"), at("2024-778812") + 11, "ID")
    assert not pii_model.plausible(text, at("12/03/2024"), at("12/03/2024") + 10, "ID")  # a date
    assert pii_model.plausible(text, at("Tendai"), at("Tendai") + 6, "PER")
    assert not pii_model.plausible(text, at("Poste"), at("Poste") + 5, "PER")  # a word
    assert not pii_model.plausible(text, at("copine"), at("copine") + 6, "PER")  # lower case
    assert not pii_model.plausible(text, at("Poste"), at("Poste") + 5, "LOC")


def test_a_span_never_runs_over_a_full_stop_nor_ends_on_a_mark() -> None:
    text = "Paulo. Paulo"
    tokens = pii_model.tokens(text)
    probs = [{"PER": 0.9, "LOC": 0.0, "ID": 0.0}] * len(tokens)
    assert pii_model.decode(text, tokens, probs) == [(0, 5, "PER", 0.9), (7, 12, "PER", 0.9)]
    text = "O'Brien,"
    tokens = pii_model.tokens(text)
    probs = [{"PER": 0.9, "LOC": 0.0, "ID": 0.0}] * len(tokens)
    assert pii_model.decode(text, tokens, probs) == [(0, 7, "PER", 0.9)]


def test_a_name_the_model_is_sure_of_wins_over_spacy_s_entity() -> None:
    from msc.nlp.engine import Analyzer

    # spaCy's small French model takes the second name for a place; the model is sure it is a person.
    text = "Jessenia, de Guayaquil, et Dayana, de Valencia, partagent une chambre."
    result = Analyzer().analyze(text, lang="fr")
    assert ("Dayana", "PER") in [(p["text"], p["label"]) for p in result["pii"]]
    assert "Dayana" not in result["pseudonymised"]


def test_a_person_the_model_leans_to_wins_over_a_place_spacy_saw_but_not_after_a_place_preposition() -> None:
    from msc.nlp.pii import PER_OVER_NER_PLACE, _model_priority
    from msc.nlp.pii_span import P_NER, Span

    def priority(text: str, word: str, confidence: float, label: str = "PER") -> int:
        start = text.index(word)
        ner = [Span(start, start + len(word), "LOC", P_NER)]
        return _model_priority(text, start, start + len(word), label, confidence, ner)

    assert priority("Hier soir Ottilie a laissé son numéro.", "Ottilie", PER_OVER_NER_PLACE) == P_MODEL_SURE
    assert priority("Hier soir Ottilie a laissé son numéro.", "Ottilie", PER_OVER_NER_PLACE - 0.01) == P_MODEL
    assert priority("Hier soir Ottilie a laissé son numéro.", "Ottilie", 0.6, "LOC") == P_MODEL
    assert priority("Elle a travaillé la nuit à Akrich.", "Akrich", 0.99) == P_MODEL  # a place preposition
    assert priority("Hier soir Marseille a laissé son numéro.", "Marseille", 0.6) == P_MODEL  # a listed place
    text = "Hier soir Ottilie a laissé son numéro."
    start = text.index("Ottilie")
    assert _model_priority(text, start, start + 7, "PER", 0.6, []) == P_MODEL  # spaCy saw nothing there
    assert _model_priority(text, start, start + 7, "PER", pii_model.SURE, []) == P_MODEL_SURE
