"""Personal-data detection and pseudonymisation."""
import pytest

from msc.nlp.engine import Analyzer
from msc.nlp.pii import Span, pattern_spans, resolve
from msc.nlp.pseudonymise import pseudonymise


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def labels(result):
    return {(p["label"], p["text"]) for p in result["pii"]}


@pytest.mark.parametrize("number", ["06 12 34 56 78", "+212 612-345678", "0612345678",
                                    "00212 6 12 34 56 78", "+33 6 12 34 56 78"])
def test_phone_formats(number):
    text = f"Appelle-moi au {number} demain."
    assert [(s.label, text[s.start:s.end]) for s in pattern_spans(text)] == [("PHONE", number)]


def test_date_is_not_a_phone():
    assert pattern_spans("Le 12/03/2024 à 10h.") == []


def test_email():
    text = "Écris à amal.b@exemple.ma stp"
    assert [(s.label, text[s.start:s.end]) for s in pattern_spans(text)] == [("EMAIL", "amal.b@exemple.ma")]


@pytest.mark.parametrize("text,value", [("CIN BE123456", "BE123456"), ("CIN: AB 12345", "AB 12345"),
                                        ("le dossier n° 2024/117 avance", "2024/117"),
                                        ("file no. 117/2024 is open", "117/2024")])
def test_id_numbers(text, value):
    assert [(s.label, text[s.start:s.end]) for s in pattern_spans(text)] == [("ID", value)]


def test_pattern_pii_in_arabic_text(an):
    r = an.analyze("رقمي 0612345678 والبطاقة BE123456")
    assert labels(r) == {("PHONE", "0612345678"), ("ID", "BE123456")}


def test_title_context(an):
    assert ("PER", "Bennani") in labels(an.analyze("Mme Bennani m'a reçue à la clinique.", lang="fr"))


def test_cue_context_english_without_ner(an):
    assert ("PER", "Sara") in labels(an.analyze("My friend Sara came with me.", lang="en"))


def test_my_name_is(an):
    assert ("PER", "Zoulikha") in labels(an.analyze("Hello, my name is Zoulikha.", lang="en"))


def test_venue_is_loc(an):
    assert ("LOC", "café Atlas") in labels(an.analyze("On se voyait au café Atlas le soir.", lang="fr"))


def test_neighbourhood_is_loc(an):
    assert ("LOC", "quartier Sidi Youssef") in labels(an.analyze("J'habite quartier Sidi Youssef.", lang="fr"))


def test_big_city_is_not_loc(an):
    r = an.analyze("Je suis venue de Casablanca à Marrakech, au Maroc, puis en France.", lang="fr")
    assert not [p for p in r["pii"] if p["label"] == "LOC"]


def test_services_are_not_personal_data(an):
    r = an.analyze("L'ALCS et la CSSR du projet Chams m'ont aidée.", lang="fr")
    assert r["pii"] == []


def test_service_terms_excluded():
    r = Analyzer(service_terms=["Nour Assistance"]).analyze("Avec Nour Assistance j'ai trouvé de l'aide.", lang="fr")
    assert r["pii"] == []


def test_known_terms_always_caught(an):
    r = an.analyze("Je travaillais chez bidule, au snack zitouna.", lang="fr",
                   known_terms=["bidule", ("snack zitouna", "LOC")])
    assert {("PER", "bidule"), ("LOC", "snack zitouna")} <= labels(r)


def test_overlap_resolution_is_deterministic():
    spans = [Span(0, 10, "PER", 6), Span(5, 15, "LOC", 4), Span(0, 10, "PER", 6)]
    assert resolve(spans) == resolve(list(reversed(spans))) == [Span(5, 15, "LOC", 4)]


def test_pseudonymise_consistent_numbers():
    text = "Amal voit Sara puis Amal."
    spans = [(0, 4, "PER"), (10, 14, "PER"), (20, 24, "PER")]
    assert pseudonymise(text, spans, "fr") == "[Prénom 1] voit [Prénom 2] puis [Prénom 1]."


def test_pseudonymise_title_and_surname_share_number():
    text = "Fatima Bennani a parlé ; Mme Bennani est partie."
    spans = [(0, 14, "PER"), (25, 36, "PER")]
    assert pseudonymise(text, spans, "fr") == "[Prénom 1] a parlé ; [Prénom 1] est partie."


def test_pseudonymise_english_placeholders():
    text = "Call Sara at 0612345678, ID BE123456, at Blue Bar, mail a@b.org"
    spans = [(5, 9, "PER"), (13, 23, "PHONE"), (28, 36, "ID"), (41, 49, "LOC"), (56, 63, "EMAIL")]
    out = pseudonymise(text, spans, "en")
    assert out == "Call [First name 1] at [Phone], ID [ID], at [Place 1], mail [E-mail]"


def test_pseudonymise_arabic_placeholders():
    assert pseudonymise("رقمي 0612345678", [(5, 15, "PHONE")], "ar") == "رقمي [الهاتف]"


def test_result_pseudonymised_has_no_phone(an):
    r = an.analyze("Mon amie Khadija : 06 12 34 56 78.", lang="fr")
    assert "06 12" not in r["pseudonymised"] and "Khadija" not in r["pseudonymised"]


def test_pii_offsets_point_into_original_text(an):
    text = "Aujourd’hui, Mme Alaoui m’a appelée au 0612345678."
    for p in an.analyze(text, lang="fr")["pii"]:
        assert text[p["start"]:p["end"]] == p["text"]
