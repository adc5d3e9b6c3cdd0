"""The personal-data rules added after development set 10 (formerly blind set 9) was scored — French prose —
one class of fix at a time, on fictional sentences written for these tests (not taken from any evaluation or
development set): what each rule must find, and what it must leave alone."""
import pytest
from pii_probe import covered, labels, touched

from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an():
    return Analyzer()


# ------------------------------------------------------------ who she is, then her name
@pytest.mark.parametrize("text,name", [
    ("Un soir, un policier, Brahimi, m'a retenue jusqu'au matin.", "Brahimi"),
    ("Une compatriote, Nestan, m'a hébergée deux semaines.", "Nestan"),
    ("Mon amie colombienne Yurany m'a accompagnée au commissariat.", "Yurany"),
    ("Sa copine ivoirienne Adjoua lui prête son téléphone.", "Adjoua"),
])
def test_a_name_after_the_word_saying_who_she_is_is_a_person(an, text, name):
    assert covered(an, text, name, "PER", "fr")


@pytest.mark.parametrize("text", [
    "Un jour, la réunion, Lundi, rien de prévu.",
    "Une fois, Marseille, puis Lyon, et enfin Paris.",
    "Mon amie française Lyon, non : ce n'est pas un prénom ici.",
])
def test_no_name_after_a_time_word_or_before_a_city(an, text):
    assert "PER" not in labels(an, text, "fr")


# ------------------------------------------------------------ lists of names
@pytest.mark.parametrize("text,name", [
    ("Présentes : Naïma, Latifa, Zoubida, Ghita et Ouiam ; animatrice : Siham.", "Ouiam"),
    ("Participantes : Itri, Fadma, Tislit et Tanout, venues des douars voisins.", "Tislit"),
    ("Elle passe voir les femmes avec Awa et Kadidiatou, distribue des préservatifs.", "Kadidiatou"),
])
def test_every_name_of_a_list_holding_a_first_name_is_a_person(an, text, name):
    assert covered(an, text, name, "PER", "fr")


@pytest.mark.parametrize("text,word", [
    ("Elle a vécu à Tanger, Tétouan et Larache avec Fatima.", "Tétouan"),
    ("Rose et Lundi ne sont pas venus ; Fatima, Marseille et Lyon.", "Marseille"),
    ("Fatima, Sénégalaise et Malienne à la fois, raconte.", "Malienne"),
])
def test_cities_nationalities_and_words_in_a_list_are_not_people(an, text, word):
    assert not touched(an, text, word, "fr", "PER")


# ------------------------------------------------------------ headings, closings and nationalities
def test_a_heading_or_a_closing_word_opening_a_line_names_nobody(an):
    text = "Compte rendu, Meknès.\nPrésentes : Houda, Nisrine.\nMerci.\nCordialement,\nLa coordinatrice"
    spans_ = labels(an, text, "fr")
    assert not touched(an, text, "Présentes", "fr") and not touched(an, text, "Cordialement", "fr")
    assert "PER" in spans_ and covered(an, text, "Nisrine", "PER", "fr")


@pytest.mark.parametrize("text,word", [
    ("Marie-Lourdes Pierre-Louis, 45 ans, Haïtienne, vit à Paris depuis quinze ans.", "Haïtienne"),
    ("Aya Koné, 30 ans, Ivoirienne d'Abidjan, raconte son arrivée.", "Ivoirienne d'Abidjan"),
    ("Mariama Barry, Guinéenne de Labé, vit à Tanger.", "Guinéenne de Labé"),
])
def test_a_nationality_is_neither_a_person_nor_a_place(an, text, word):
    assert not touched(an, text, word.split()[0], "fr")


# ------------------------------------------------------------ where she lives and works; where she comes from
@pytest.mark.parametrize("text,place", [
    ("Yamna vient d'un douar et vit à Tabounte depuis deux ans.", "Tabounte"),
    ("Elle a longtemps travaillé la nuit à Akrich, sans parler à personne.", "Akrich"),
])
def test_an_unknown_word_after_lives_or_works_at_is_a_place_not_a_person(an, text, place):
    assert not touched(an, text, place, "fr", "PER")


def test_a_person_spoken_to_is_still_a_person(an):
    text = "Elle vit à Paris. Elle a parlé à Kenza, puis elle a écrit à Malika."
    assert covered(an, text, "Kenza", "PER", "fr") and covered(an, text, "Malika", "PER", "fr")


def test_the_town_before_her_age_is_not_a_person(an):
    text = "Coumba Ba, Sénégalaise pulaar de Ziguinchor, 27 ans, vit à Tanger. Awa, 30 ans, aussi."
    assert not touched(an, text, "Ziguinchor", "fr", "PER") and covered(an, text, "Awa", "PER", "fr")


# ------------------------------------------------------------ things named like people; echoes as common words
@pytest.mark.parametrize("text,word,nth", [
    ("Elle est venue avec un gâteau et un Fanta. Fanta Traoré est venue aussi.", "Fanta", 0),
    ("Nour a ouvert la séance : « Dans cette nour, on se sent moins seules. »", "nour", 0),
])
def test_a_name_after_an_article_is_a_thing_or_a_word(an, text, word, nth):
    i = text.index(word)
    assert not any(p["start"] <= i < p["end"] and p["label"] == "PER" for p in an.analyze(text, lang="fr")["pii"])


def test_the_person_named_like_a_drink_is_still_a_person(an):
    text = "Elle est venue avec un gâteau et un Fanta. Fanta Traoré est venue aussi."
    assert covered(an, text, "Fanta Traoré", "PER", "fr")


# ------------------------------------------------------------ streets named after a people; regions; a nickname
@pytest.mark.parametrize("text,place", [
    ("En janvier, sur la promenade des Anglais, trois jeunes m'ont frappée.", "promenade des Anglais"),
    ("Elle dort quai des Marocains depuis l'expulsion.", "quai des Marocains"),
])
def test_a_street_named_after_a_people_is_a_place(an, text, place):
    assert covered(an, text, place, "LOC", "fr")


@pytest.mark.parametrize("text,word", [
    ("Je suis née dans un village de l'Anti-Atlas, puis partie vers le Rif.", "Anti-Atlas"),
    ("Un client m'a frappée derrière le café Atlas, un soir.", "Atlas"),
])
def test_mountains_are_not_personal_but_a_café_named_after_them_is(an, text, word):
    found = touched(an, text, word, "fr", "LOC")
    assert found == text.startswith("Un client")


def test_a_nickname_that_is_a_nationality_is_a_person(an):
    assert covered(an, "L'homme qui l'a fait venir, surnommé le Turc, la surveillait.", "Turc", "PER", "fr")


# ------------------------------------------------------------ numbers of a file, not phones; organisations
def test_a_social_housing_number_is_an_id_not_a_phone(an):
    text = "Sa demande de logement social porte le numéro unique 021187004562 depuis mai."
    assert covered(an, text, "021187004562", "ID", "fr") and not touched(an, text, "021187004562", "fr", "PHONE")


@pytest.mark.parametrize("text,word", [
    ("Avec Grisélidis, nous avons fait un signalement à la police.", "Grisélidis"),
    ("Les Roses d'Acier nous ont expliqué nos droits.", "Roses"),
    ("Sister Mary from Caritas helped me leave.", "Caritas"),
])
def test_associations_of_the_field_are_not_people(an, text, word):
    assert not touched(an, text, word, "en" if text.startswith("Sister") else "fr")


# ------------------------------------------------------------ free numbers and foreign mobiles sharing a prefix
def test_a_free_number_is_left_whole_and_a_nigerian_mobile_from_0803_is_a_phone(an):
    text = "Appelle le 0805 16 00 11, c'est gratuit. Sa cousine à Lagos : 0803 555 0192."
    assert not touched(an, text, "0805 16 00 11", "fr") and covered(an, text, "0803 555 0192", "PHONE", "fr")


# ------------------------------------------------------------ name fields of forms; no span over a line break
@pytest.mark.parametrize("text,name,lang", [
    ("Referral form\nName: Tamsin Reilly\nDate of birth: 12/03/1990", "Tamsin Reilly", "en"),
    ("Fiche d'orientation\nNom : Mbaye\nPrénom : Ndeye Fatou", "Ndeye Fatou", "fr"),
    ("Nom de la bénéficiaire : Kadiatou Sow. Prénom de l'enfant : Issa.", "Issa", "fr"),
    ("Name: Souad B.\nAge: 31", "Souad B.", "en"),
])
def test_the_value_of_a_name_field_is_a_person(an, text, name, lang):
    i = text.index(name)
    found = [p for p in an.analyze(text, lang=lang)["pii"] if p["label"] == "PER"]
    assert any(p["start"] == i and p["end"] == i + len(name) for p in found)


def test_a_name_never_runs_over_a_line_break_and_other_fields_stay(an):
    text = "Fiche d'orientation\nNom : Mbaye\nPrénom : Ndeye Fatou\nNom de la structure : Médecins du Monde"
    found = an.analyze(text, lang="fr")["pii"]
    assert all("\n" not in p["text"] for p in found)
    assert not touched(an, text, "Prénom", "fr") and not touched(an, text, "Médecins", "fr")
