"""The personal-data rules added after development set 3 (formerly blind set 2) was scored, one class
of fix at a time, on fictional sentences written for these tests (not taken from any evaluation or
development set): what each rule must find, and what it must leave alone."""
import pytest

from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def spans(an, text, lang=None):
    return an.analyze(text, lang=lang)["pii"]


def covered(an, text, word, label, lang=None):
    """Some span with *label* covers *word* (its first occurrence)."""
    i = text.index(word)
    return any(p["label"] == label and p["start"] <= i and i + len(word) <= p["end"] for p in spans(an, text, lang))


def touched(an, text, word, lang=None):
    """Some span of any label overlaps *word* (its first occurrence)."""
    i = text.index(word)
    return any(p["start"] < i + len(word) and i < p["end"] for p in spans(an, text, lang))


# ------------------------------------------------------------------ apposition
@pytest.mark.parametrize("text,name", [
    ("Faith, nigériane, est arrivée à Rabat en 2021 avec son fils.", "Faith"),
    ("Patience, ivoirienne, vend des beignets près de la gare.", "Patience"),
    ("Hope, 23 years old, left the hostel last winter.", "Hope"),
    ("Elle s'est assise. Prudence, mère de trois enfants, a pris la parole.", "Prudence"),
    ("Mercy, aged 31, found work in a bakery.", "Mercy"),
])
def test_a_name_opening_a_sentence_before_an_age_or_a_nationality(an, text, name):
    assert covered(an, text, name, "PER")


def test_a_name_word_caught_by_apposition_is_caught_again_later(an):
    text = "Charity, camerounaise, a obtenu sa carte. Charity travaille maintenant dans un salon."
    assert sum(p["text"] == "Charity" and p["label"] == "PER" for p in spans(an, text)) == 2


@pytest.mark.parametrize("text,word", [
    ("Paris, 12 ans après, reste une ville chère.", "Paris"),
    ("Alors, 3 ans plus tard, elle a repris ses études.", "Alors"),
])
def test_apposition_leaves_places_and_words_alone(an, text, word):
    assert not covered(an, text, word, "PER")


# ------------------------------------------------------------------ a subject, not a place
@pytest.mark.parametrize("text,name", [
    ("Zeinaba a été hébergée trois semaines au foyer.", "Zeinaba"),
    ("Okwuosa est revenue nous voir en juin.", "Okwuosa"),
])
def test_an_unknown_word_opening_a_sentence_before_a_verb_is_not_a_place(an, text, name):
    assert not covered(an, text, name, "LOC")


# ------------------------------------------------------------------ institutions and titles
@pytest.mark.parametrize("text,word", [
    ("Elle a accouché à l'hôpital Mohammed V de Tanger sans papiers.", "Mohammed"),
    ("Son fils est inscrit au lycée Jean Moulin de Bordeaux depuis septembre.", "Jean Moulin"),
    ("Le bilan a été fait à la clinique Pasteur de Casablanca.", "Pasteur"),
])
def test_a_name_running_on_from_an_institution_is_not_a_person(an, text, word):
    assert not covered(an, text, word, "PER")


def test_a_venue_of_a_person_keeps_the_person_not_a_place_named_m(an):
    text = "Elle travaille au café de Mme Tazi, près du marché."
    assert covered(an, text, "Tazi", "PER")
    assert not any(p["label"] == "LOC" and p["text"].endswith(("de M", "de Mme")) for p in spans(an, text))


# ------------------------------------------------------------------ estates named after cities
@pytest.mark.parametrize("text,place", [
    ("Nous vivons dans la cité Agadir depuis l'incendie.", "cité Agadir"),
    ("Elle loue une chambre à la résidence Tanger, au deuxième étage.", "résidence Tanger"),
    ("Il habite rue de Marseille, au numéro 14.", "rue de Marseille"),
])
def test_an_estate_or_street_named_after_a_city_is_a_place(an, text, place):
    assert covered(an, text, place.split()[-1], "LOC")


def test_a_road_to_a_city_is_not_an_address(an):
    assert not covered(an, "Elle a pris la route de Casablanca à l'aube.", "Casablanca", "LOC")


# ------------------------------------------------------------------ Arabic script
@pytest.mark.parametrize("text,name", [
    ("تقول أمل إنها لم تعد تخاف من الخروج.", "أمل"),
    ("تعرضت سعيدة للضرب من طرف زوجها.", "سعيدة"),
    ("المثقفة النظيرة هدى رافقتها إلى المركز.", "هدى"),
    ("المساعدة الاجتماعية جميلة عاونتها فالملف.", "جميلة"),
    ("وفاء كانت كتخدم فالحمام قبل ما تمرض.", "وفاء"),
    ("حكات نجاة على الليالي اللي دازت فالزنقة.", "نجاة"),
    ("وصلت جوي من نيجيريا في الصيف الماضي.", "جوي"),
    ("ساعدت المنظمة ماريا على إيجاد سكن.", "ماريا"),
])
def test_arabic_names_after_a_verb_a_role_or_opening_a_sentence(an, text, name):
    assert covered(an, text, name, "PER")


@pytest.mark.parametrize("text,word", [
    ("كانت سعيدة جدا بالخبر.", "سعيدة"),
    ("عندها أمل كبير فالمستقبل.", "أمل"),
    ("صباح الخير، جيت نسول على الموعد.", "صباح"),
])
def test_arabic_name_words_used_as_words_are_left_alone(an, text, word):
    assert not covered(an, text, word, "PER")


def test_an_arabic_street_after_an_association_is_a_place(an):
    text = "وصلتها جارتها للجمعية في زنقة الياسمين."
    assert covered(an, text, "زنقة الياسمين", "LOC")


@pytest.mark.parametrize("text,number", [
    ("ورقم الشكاية هو 2024/889/12 حسب المحامية.", "2024/889/12"),
    ("وعطاوها وصل، ورقمه 77120.", "77120"),
])
def test_arabic_file_numbers_after_a_prefixed_cue(an, text, number):
    assert covered(an, text, number, "ID")


# ------------------------------------------------------------------ Darija and SMS in Latin letters
@pytest.mark.parametrize("text,name", [
    ("salam, zina dkhlat l groupe lbare7 w 3jbha l7al bzaf", "zina"),
    ("houda s7abti hya li jabetni l jam3iya, daba rani mzyana", "houda"),
    ("lina (smitha l7a9i9ia hind) katjib m3aha lbnat kol sbt", "lina"),
    ("merci bzaf, bisous a nico w a toute l'equipe, 3afak 3ayto liya", "nico"),
    ("hi its mercy, i got the room, thanks to steph for the help", "mercy"),
    ("coucou c'est joy, je passe demain vers 10h", "joy"),
    ("im at the clinic with blessing, she says hi", "blessing"),
])
def test_names_in_darija_and_sms_register(an, text, name):
    assert covered(an, text, name, "PER")


@pytest.mark.parametrize("text,word", [
    ("galt lina: daba kolchi mzyan, 3afak ji ghda", "lina"),
    ("l'avocate 3tatni rdv, mina hna ghadi nmchi l mahkama", "mina"),
    ("she came with patience, she never gave up", "patience"),
    ("hi its fine, i will call later", "fine"),
])
def test_darija_and_sms_words_that_look_like_names_are_left_alone(an, text, word):
    assert not touched(an, text, word)


# ---------------------------------------- a second batch, written before running it: 79 of 81 passed at once;
# the two misses gave two general rules ("قالت لنا حياة": a verb, then "to us", then the name; "فحي": a place
# word after ف or ب)
@pytest.mark.parametrize("text,name", [
    ("Blessing, ghanéenne, dort chez une amie depuis mars.", "Blessing"),
    ("Divine, 19 ans, a quitté Douala il y a deux ans.", "Divine"),
    ("Esperanza, colombiana? Non : Esperanza, péruvienne, arrivée en 2020.", "Esperanza"),
    ("Peace, a 28-year-old mother, now sells fabric.", "Peace"),
    ("Favour, widow, was thrown out by her in-laws.", "Favour"),
    ("Nous l'avons rencontrée en mai. Victoire, congolaise, venait d'arriver.", "Victoire"),
])
def test_apposition_second_batch(an, text, name):
    assert covered(an, text, name, "PER")


@pytest.mark.parametrize("text,name", [
    ("قالت لنا حياة إن الجمعية غيرت حياتها.", "حياة"),
    ("ساعدت المحامية إيمان في تحرير الشكاية.", "إيمان"),
    ("الممرضة خديجة عطاتها الدوا.", "خديجة"),
    ("رجعت بشرى للدار ديال واليديها.", "بشرى"),
    ("صفاء كتخدم دابا فمحل ديال الخياطة.", "صفاء"),
    ("عاشت هبة ثلاث سنين فالزنقة قبل ما تلقى الجمعية.", "هبة"),
    ("وصلت غريس من الكاميرون بلا وراق.", "غريس"),
    ("المنشطة سناء كتجمع البنات كل خميس.", "سناء"),
])
def test_arabic_names_second_batch(an, text, name):
    assert covered(an, text, name, "PER")


@pytest.mark.parametrize("text,word", [
    ("الحياة صعيبة بزاف فالمدينة.", "الحياة"),
    ("كانت عندها رحمة فقلبها.", "رحمة"),
    ("هادي هدى من الله.", "هدى"),
])
def test_arabic_words_second_batch_left_alone(an, text, word):
    assert not covered(an, text, word, "PER")


@pytest.mark.parametrize("text,place", [
    ("كنسكن فدوار أولاد حسون حدا الطريق.", "أولاد"),
    ("تلاقينا فحي الانبعاث قرب السوق.", "الانبعاث"),
    ("خدامة فمقهى النخيل فشارع الجيش الملكي.", "النخيل"),
])
def test_arabic_places_second_batch(an, text, place):
    assert covered(an, text, place, "LOC")


@pytest.mark.parametrize("text,name", [
    ("wa salam, farah 3yatat lia lbare7, galt bghat tji l jam3iya", "farah"),
    ("salma khti hya li 3awnatni f lkra, 3afak 3ayto liha", "salma"),
    ("bisous a vero, w merci bzaf 3la kolchi", "vero"),
    ("coucou c'est mina, jsuis dispo demain", "mina"),
    ("hey its hope, im ok now, thanks for everything", "hope"),
    ("salut c nawal, tu peux m'appeler stp", "nawal"),
    ("hi this is gift, i moved to the new room", "gift"),
    ("merci a caro et a toute l'equipe pour hier", "caro"),
])
def test_sms_and_darija_names_second_batch(an, text, name):
    assert covered(an, text, name, "PER")


@pytest.mark.parametrize("text,word", [
    ("daba rani mzyana, hamdoulah, kolchi mzyan m3a lfamila", "mzyana"),
    ("merci a tous pour votre aide", "tous"),
    ("hi its me again, sorry for the late msg", "again"),
])
def test_sms_words_second_batch_left_alone(an, text, word):
    assert not touched(an, text, word)


@pytest.mark.parametrize("text,word", [
    ("Elle a été opérée au CHU Hassan II de Fès en urgence.", "Hassan"),
    ("Son fils est à l'école Ibn Batouta de Tanger.", "Ibn Batouta"),
    ("Le rendez-vous est à l'hôpital Saint-Louis de Paris.", "Louis"),
    ("He was treated at St Mary Hospital in Lagos.", "Mary"),
])
def test_institutions_second_batch(an, text, word):
    assert not covered(an, text, word, "PER")


@pytest.mark.parametrize("text,word", [
    ("Elle habite au quartier Fès Jdid, chez sa tante.", "Jdid"),
    ("On s'est vues au lotissement Al Massira, bloc C.", "Massira"),
    ("She lives in the Ikeja district now.", "Ikeja"),
])
def test_estates_second_batch(an, text, word):
    assert covered(an, text, word, "LOC")
