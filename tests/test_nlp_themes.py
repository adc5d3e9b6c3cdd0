"""Theme matching on the real French model and the English fallback."""
import json

import pytest

from msc.nlp.codebook import CodebookError, codebook_from_dict, default_codebook, load_codebook
from msc.nlp.engine import Analyzer, chunk_text, engine_info
from msc.nlp.language import detect_language
from msc.nlp.text import normalise

CODEBOOK_KEYS = """violence_physical violence_sexual violence_psychological violence_economic trafficking
police_harassment hiv_sti_testing hiv_prevention sti_care hiv_care reproductive_health mental_health addiction
legal_support civil_documents family_law housing food_security vocational_training income_employment self_esteem
peer_support social_isolation stigma_discrimination rights_awareness family_relations access_to_care""".split()


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def keys(result):
    return {t["key"] for t in result["themes"]}


def test_default_codebook_has_every_key_and_label():
    cb = default_codebook()
    assert cb.keys() == CODEBOOK_KEYS
    assert all(t.labels.get(lang) for t in cb.themes for lang in ("fr", "en", "ar"))


def test_codebook_rejects_duplicate_keys():
    theme = {"key": "a_b", "labels": {"fr": "A", "en": "A"}, "patterns": {}}
    with pytest.raises(CodebookError):
        codebook_from_dict({"themes": [theme, theme]})


def test_codebook_loads_from_file(tmp_path):
    path = tmp_path / "cb.json"
    path.write_text(json.dumps({"version": "t1", "themes": [
        {"key": "garden", "labels": {"fr": "Jardin", "en": "Garden"}, "patterns": {"fr": ["jardin*"]}}]}))
    assert load_codebook(path).version == "t1"


def test_custom_codebook_is_used(tmp_path):
    cb = {"version": "t", "themes": [{"key": "garden", "labels": {"fr": "J", "en": "G"}, "patterns": {"fr": ["jardin"]}}]}
    assert keys(Analyzer(cb).analyze("Je travaille dans les jardins de la ville.", lang="fr")) == {"garden"}


def test_accent_folding_matches(an):
    assert "hiv_sti_testing" in keys(an.analyze("J'ai fait un depistage rapide hier.", lang="fr"))


def test_verb_forms_match_through_lemmas(an):
    assert "violence_physical" in keys(an.analyze("Il la frappait tous les soirs.", lang="fr"))


def test_negated_complaint_is_not_legal_support(an):
    assert "legal_support" not in keys(an.analyze("Je n'ai jamais porté plainte.", lang="fr"))


def test_affirmed_complaint_is_legal_support(an):
    assert "legal_support" in keys(an.analyze("J'ai porté plainte au commissariat.", lang="fr"))


def test_negated_beating_is_not_physical_violence(an):
    assert "violence_physical" not in keys(an.analyze("Je n'ai pas été frappée.", lang="fr"))


def test_english_negation(an):
    assert "legal_support" not in keys(an.analyze("I did not file a complaint.", lang="en"))


def test_english_themes_with_lookup_lemmas(an):
    assert {"violence_sexual", "hiv_prevention"} <= keys(an.analyze("She was raped and took PEP the next day.", lang="en"))


def test_evidence_offsets_point_into_original_text(an):
    text = "Aujourd’hui j’ai fait le dépistage."
    ev = an.analyze(text, lang="fr")["themes"][0]["evidence"][0]
    assert text[ev["start"]:ev["end"]] == ev["text"] == "dépistage"


def test_typographic_apostrophe_is_normalised_same_length():
    assert normalise("j’ai ʼ `x") == "j'ai ' 'x"


def test_arabic_text_has_no_themes(an):
    r = an.analyze("تعرضت للعنف من طرف زوجي وذهبت إلى الجمعية")
    assert r["lang"] == "ar" and r["themes"] == []


def test_explicit_language_wins():
    assert detect_language("I was beaten by a client last year.", "fr") == "fr"


def test_english_detected():
    assert detect_language("I was beaten by a client and the police did nothing.") == "en"


def test_short_text_falls_back_to_default():
    assert detect_language("ok") == "fr"


def test_engine_info_reports_english_ner_fallback():
    info = engine_info("en")
    assert info["themes"] and info["ner"] is (info["model"] == "en_core_web_sm")


def test_engine_info_french_has_ner():
    assert engine_info("fr")["ner"] is True


def test_chunking_covers_text_exactly():
    text = ("mot " * 30_000).strip()
    assert "".join(c for _, c in chunk_text(text, 10_000)) == text


def test_empty_text(an):
    r = an.analyze("")
    assert r["themes"] == [] and r["pii"] == [] and r["pseudonymised"] == ""


def test_only_emoji(an):
    assert an.analyze("😀🙏🏽💪")["themes"] == []


def test_nul_and_control_characters(an):
    text = "J'ai\x00 été\x07 frappée\x1b au café Atlas."
    r = an.analyze(text, lang="fr")
    assert "violence_physical" in keys(r) and r["pseudonymised"].count("\x00") == 1


def test_mixed_scripts(an):
    r = an.analyze("Mon mari m'a frappée. زوجي ضربني. Appelez le 0612345678.")
    assert "violence_physical" in keys(r) and any(p["label"] == "PHONE" for p in r["pii"])


def test_one_megabyte_text_does_not_crash(an):
    text = "J'ai fait le dépistage à la clinique avec mon amie Karima. " * 17_500
    assert len(text) > 1_000_000
    r = an.analyze(text, lang="fr")
    assert "hiv_sti_testing" in keys(r)
