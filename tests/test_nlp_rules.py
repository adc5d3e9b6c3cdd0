"""Category rules of the analysis engine on new sentences (written for these
rules, not taken from any evaluation set): paraphrases must be found, and
polysemy, wishes, negation and other people's experiences must not count."""
import pytest

from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def keys(an, text, lang):
    return {t["key"] for t in an.analyze(text, lang=lang)["themes"]}


def pii(an, text, lang=None):
    return {(p["label"], p["text"]) for p in an.analyze(text, lang=lang)["pii"]}


FOUND = [
    ("fr", "Le gardien de l'immeuble refusait de la laisser entrer, il disait qu'il ne voulait pas de ce genre de filles.", "stigma_discrimination"),
    ("fr", "Sa gynécologue lui faisait la morale à chaque rendez-vous.", "stigma_discrimination"),
    ("en", "The receptionist said they did not treat people like her.", "stigma_discrimination"),
    ("fr", "Avec les copines du trottoir, on se dépanne et on se serre les coudes.", "peer_support"),
    ("en", "She now passes on to newcomers what she learned about condoms.", "peer_support"),
    ("fr", "Pour la première fois je me suis sentie quelqu'un.", "self_esteem"),
    ("en", "Now I walk with my head held high.", "self_esteem"),
    ("fr", "Son père lui a dit qu'elle n'était plus sa fille.", "violence_psychological"),
    ("fr", "On l'a mariée à 15 ans à un cousin.", "violence_psychological"),
    ("en", "Her uncle called her a whore in front of everyone.", "violence_psychological"),
    ("fr", "Son copain encaissait tout ce qu'elle gagnait.", "violence_economic"),
    ("en", "The landlord's son took 50 euros from each girl every week.", "violence_economic"),
    ("fr", "Elle a été embarquée par la police et a passé la nuit au poste.", "police_harassment"),
    ("en", "She was driven to the police station and held overnight.", "police_harassment"),
    ("fr", "Il l'enfermait et elle n'avait pas le droit de sortir.", "violence_physical"),
    ("en", "He would not let her leave the room for two days.", "violence_physical"),
    ("fr", "Elle a pris le traitement d'urgence contre le VIH dans les délais.", "hiv_prevention"),
    ("en", "She started post-exposure treatment the same night.", "hiv_prevention"),
    ("en", "She found out she was HIV-positive during a check-up.", "hiv_sti_testing"),
    ("fr", "Elle loue une chambre dans une pension de famille.", "housing"),
    ("fr", "Le juge aux affaires familiales a statué en sa faveur.", "family_law"),
]

NOT_FOUND = [
    ("fr", "Elle a acheté deux paires de chaussures.", "peer_support"),
    ("fr", "Une voisine a frappé à la porte.", "violence_physical"),
    ("fr", "Elle vit dans une pension de famille.", "family_law"),
    ("fr", "Elle aimerait un jour ouvrir un salon de coiffure.", "income_employment"),
    ("en", "A friend of hers who was beaten last year came with her.", "violence_physical"),
    ("fr", "Son mari la frappait tous les soirs.", "family_relations"),
    ("en", "Her boyfriend raped her.", "family_relations"),
    ("fr", "Elle a récupéré son ordonnance à la pharmacie.", "access_to_care"),
    ("en", "The results came back negative, the test revenue was fine.", "income_employment"),
    ("fr", "Le résultat est revenu positif.", "income_employment"),
]


@pytest.mark.parametrize("lang,text,key", FOUND)
def test_paraphrase_found(an, lang, text, key):
    assert key in keys(an, text, lang)


@pytest.mark.parametrize("lang,text,key", NOT_FOUND)
def test_not_the_theme(an, lang, text, key):
    assert key not in keys(an, text, lang)


@pytest.mark.parametrize("text,item", [
    ("Tout le monde l'appelle « Lulu » depuis qu'elle est arrivée.", ("PER", "Lulu")),
    ("Marie-Noëlle est venue au local.", ("PER", "Marie-Noëlle")),
    ("Oksana, 28 ans, vit à Bordeaux depuis un an.", ("PER", "Oksana")),
    ("Elle vit avec sa colocataire Ngozi.", ("PER", "Ngozi")),
    ("Everyone knows her as 'Candy' on the boulevard.", ("PER", "Candy")),
    ("She lives near the quai des Chartrons.", ("LOC", "quai des Chartrons")),
    ("Elle habite impasse des Lilas.", ("LOC", "impasse des Lilas")),
    ("Sa plainte porte le n° 552/BR/23.", ("ID", "552/BR/23")),
])
def test_pii_context(an, text, item):
    assert item in pii(an, text)


def test_countries_are_not_loc(an):
    assert not any(lab == "LOC" for lab, _ in pii(an, "Elle est venue de Roumanie puis de Bulgarie.", "fr"))
