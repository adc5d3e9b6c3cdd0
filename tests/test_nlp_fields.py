"""A story's other fields (title, significance, translation), readable pseudonyms,
and the scan of texts written about a story."""
import pytest

from msc.nlp.engine import Analyzer
from msc.nlp.pseudonymise import READABLE_NAMES, Pseudonymiser, pseudonymise, pseudonymise_fields, readable_note
from msc.nlp.scan import scan_text
from msc.nlp.text import fold

TEXT = "Je m'appelle Fatima Bennani et j'habite rue des Lilas. Mon amie Karima m'a aidée."


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def test_fields_added_and_text_keys_unchanged(an):
    alone = an.analyze(TEXT, lang="fr", id="s1")
    both = an.analyze(TEXT, lang="fr", id="s1", title="Le combat de Fatima Zahra Bennani",
                      significance="Mme Bennani a trouvé du travail, joignable au 06 12 34 56 78.")
    assert "fields" not in alone
    assert {k: both[k] for k in alone} == alone  # the text's result is what it was
    assert set(both["fields"]) == {"title", "significance"}


def test_fields_offsets_are_relative_to_the_field(an):
    title = "Le combat de Fatima Zahra Bennani"
    sig = "Mme Bennani a trouvé du travail, joignable au 06 12 34 56 78."
    res = an.analyze(TEXT, lang="fr", title=title, significance=sig)
    for name, value in (("title", title), ("significance", sig)):
        for s in res["fields"][name]["pii"]:
            assert value[s["start"]:s["end"]] == s["text"]
    assert {(s["label"], s["text"]) for s in res["fields"]["significance"]["pii"]} == {
        ("PER", "Bennani"), ("PHONE", "06 12 34 56 78")}


def test_same_person_same_pseudonym_across_fields(an):
    res = an.analyze(TEXT, lang="fr", title="Le combat de Fatima Zahra Bennani",
                     significance="Karima et Mme Bennani ont changé.", translation="My friend Karima helped me.")
    assert res["pseudonymised"] == "Je m'appelle [Prénom 1] et j'habite [Lieu 1]. Mon amie [Prénom 2] m'a aidée."
    assert res["fields"]["title"]["pseudonymised"] == "Le combat de [Prénom 1]"
    assert res["fields"]["significance"]["pseudonymised"] == "[Prénom 2] et Mme [Prénom 1] ont changé."
    # the translation is detected as English: English words, the same number
    assert res["fields"]["translation"]["pseudonymised"] == "My friend [First name 2] helped me."


def test_surname_found_in_text_is_caught_in_a_field_without_cue(an):
    res = an.analyze("Ma voisine Aïcha Ouazzani m'a hébergée.", lang="fr", significance="Grâce à Ouazzani tout a changé.")
    assert [s["text"] for s in res["fields"]["significance"]["pii"]] == ["Ouazzani"]


def test_translation_gets_its_own_language(an):
    res = an.analyze("Mon amie Karima m'a aidée à trouver un travail dans un salon.", lang="fr",
                     translation="My friend Karima helped me find a job in a salon.", translation_lang="en")
    assert res["fields"]["translation"]["pseudonymised"] == "My friend [First name 1] helped me find a job in a salon."


def test_readable_style_is_consistent_and_deterministic(an):
    kw = dict(lang="fr", id="story-9", style="readable", title="Le combat de Fatima Bennani")
    one, two = an.analyze(TEXT, **kw), an.analyze(TEXT, **kw)
    assert one == two
    text = one["pseudonymised"]
    assert "Fatima" not in text and "Karima" not in text and "Lilas" not in text
    first = text.split("Je m'appelle ")[1].split(" ")[0]
    assert first.endswith("*") and first[:-1] in READABLE_NAMES["fr"]
    assert one["fields"]["title"]["pseudonymised"] == f"Le combat de {first}"
    assert "un lieu*" in text


def test_readable_never_uses_a_name_of_the_story():
    spans = [(0, 5, "PER")]
    for seed in range(40):
        # every readable name but two occurs in the story: the pseudonym is one of the two others
        others = " ".join(READABLE_NAMES["fr"][2:])
        out = pseudonymise("Alpha parle. " + others, spans, "fr", style="readable", seed=str(seed))
        assert out.split(" ")[0] in {READABLE_NAMES["fr"][0] + "*", READABLE_NAMES["fr"][1] + "*"}


def test_readable_names_suit_the_language():
    out = pseudonymise("Sarah met Joy.", [(0, 5, "PER"), (10, 13, "PER")], "en", style="readable", seed="x")
    a, b = out.rstrip(".").split(" met ")
    assert a != b and a[:-1] in READABLE_NAMES["en"] and b[:-1] in READABLE_NAMES["en"] and "Sarah*" not in out
    ar = pseudonymise("اسمي خديجة", [(5, 10, "PER")], "ar", style="readable", seed="x")
    assert ar.split(" ")[1][:-1] in READABLE_NAMES["ar"]


def test_readable_other_labels_are_neutral():
    text = "Rue X, 0612345678, a@b.ma, BE123456"
    spans = [(0, 5, "LOC"), (7, 17, "PHONE"), (19, 25, "EMAIL"), (27, 35, "ID")]
    assert pseudonymise(text, spans, "fr", style="readable") == "un lieu*, [téléphone], [e-mail], [numéro]"
    assert pseudonymise(text, spans, "en", style="readable") == "a place*, [phone], [e-mail], [number]"
    assert readable_note("fr").startswith("*") and readable_note("en").startswith("*")


def test_unknown_style_is_refused(an):
    with pytest.raises(ValueError):
        Pseudonymiser("fr", "stars")
    with pytest.raises(ValueError):
        an.analyze("texte", style="stars")


def test_pseudonymise_fields_shares_numbers():
    out = pseudonymise_fields({"text": ("Karima voit Salma.", [(0, 6, "PER"), (12, 17, "PER")]),
                               "title": ("Salma", [(0, 5, "PER")])})
    assert out == {"text": "[Prénom 1] voit [Prénom 2].", "title": "[Prénom 2]"}


def test_brackets_default_is_unchanged():
    assert pseudonymise("Karima voit Salma.", [(0, 6, "PER"), (12, 17, "PER")], "fr") == "[Prénom 1] voit [Prénom 2]."


def test_scan_finds_personal_data_in_a_comment():
    found = scan_text("Le jury a retenu ce récit car Mme Bennani a montré du courage ; la joindre au 06 12 34 56 78.",
                      lang="fr", known_terms=["Fatima Bennani"])
    assert [(f["label"], f["text"]) for f in found] == [("PER", "Bennani"), ("PHONE", "06 12 34 56 78")]


def test_scan_known_names_in_any_case():
    assert [f["text"] for f in scan_text("fatima a trouvé un travail", known_terms=["Fatima Bennani"])] == ["fatima"]


@pytest.mark.parametrize("text", ["", "   ", "Récit très fort, bien écrit, rien à signaler.",
                                  "The panel chose this story for its clear change in access to care."])
def test_scan_clean_comment(text):
    assert scan_text(text) == []


def test_scan_offsets_on_original_text():
    text = "Avis : l’amie de Karima\u00a0a appelé le 0612345678."
    for f in scan_text(text):
        assert text[f["start"]:f["end"]] == f["text"]
    assert {fold(f["text"]) for f in scan_text(text)} == {"karima", "0612345678"}
