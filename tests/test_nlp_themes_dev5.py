"""The theme patterns added after development set 5 (formerly blind set 4) was scored — economic
violence said in other words — on fictional sentences written for these tests (not taken from any
evaluation or development set): what each pattern must find, and what it must leave alone."""
import pytest

from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def keys(an, text, lang=None):
    return {t["key"] for t in an.analyze(text, lang=lang)["themes"]}


@pytest.mark.parametrize("text", [
    "Le gardien du parking leur prend 100 euros chaque semaine pour les laisser tranquilles.",
    "Au contrôle, ils m'ont pris les 80 euros de la nuit.",
    "Son mari encaissait tout et elle n'avait rien pour les enfants.",
    "Il gardait tout mon argent dans une boîte fermée à clé.",
    "Sa recette volée, elle n'a pas pu payer la chambre.",
    "كان صاحب الدار كيأخذ كل ما كنكسبه فالأسبوع.",
    "طلب مني البوليسي مئة درهم باش يطلقني.",
    "The driver took half of what she earned every night.",
    "The officer demanded for dirhams before he let her go.",
])
def test_earnings_taken_or_money_demanded_is_economic_violence(an, text):
    assert "violence_economic" in keys(an, text)


@pytest.mark.parametrize("text", [
    "Elle a pris 20 euros pour le bus et le pain.",
    "Avec ses 50 euros elle prend le train pour voir sa fille.",
    "Elle garde tout dans un carnet : les rendez-vous, les numéros utiles.",
])
def test_ordinary_money_and_keeping_are_not_economic_violence(an, text):
    assert "violence_economic" not in keys(an, text)
