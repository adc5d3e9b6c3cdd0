"""The place rules added after training sets 23 and 24 (places in French, English and Arabic script) were first
scored with the engine of the session start (LOC recall 0.73 and 0.718), one class of fix at a time, on fictional
sentences written for these tests (not taken from any evaluation, development or training set): English venues
whose word follows their name ("the Grey Fox pub", "the Thistle Arms"); French venue words of the night and the
street (sauna, camping, squat, tabac, resto, bistrot…) and squares named "place de la …"; Arabic venue words
(حمام، صالون، كاباريه، مخبزة، مطعم…) unless the next word says what kind of venue it is, and well-known
neighbourhoods with a proclitic glued to them ("فالمعاريف"); lower-case venues and streets in messages ("resto
le palmier", "on ormeau rd"), never a word that follows a venue word without naming it ("au bar ce soir"); and two
filters of the statistical recogniser's Arabic names (a noun and its adjective, a family-name particle alone)."""
from __future__ import annotations

import pytest
from pii_probe import covered, touched

from msc.nlp import pii_model
from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


# ------------------------------------------------------------- English venues named before their word
@pytest.mark.parametrize("text,place", [
    ("Last winter Joanna slept in a room above the Golden Dragon takeaway on Harehills Lane.", "Golden Dragon takeaway"),
    ("We met at the Wheatsheaf pub, then walked to the Starlight hostel near the canal.", "Wheatsheaf pub"),
    ("We met at the Wheatsheaf pub, then walked to the Starlight hostel near the canal.", "Starlight hostel"),
    ("The Brown Bear Inn closed in March, so the group now meets elsewhere.", "Brown Bear Inn"),
    ("The group now meets in the back room of the Daisy Chain café every Tuesday.", "Daisy Chain café"),
    ("He sold pills from a van in the Kingsway car park most evenings.", "Kingsway car park"),
    ("She cleaned rooms at the Harbour View guest house for two summers.", "Harbour View guest house"),
    ("Outreach met four women outside the Fox and Hounds pub after midnight.", "Fox and Hounds pub"),
])
def test_an_english_venue_named_before_its_word_is_a_place(an, text, place) -> None:
    assert covered(an, text, place, "LOC", "en")


@pytest.mark.parametrize("text,word", [
    ("She works in an Irish pub and a Thai takeaway, both in Leeds.", "Irish pub"),
    ("She works in an Irish pub and a Thai takeaway, both in Leeds.", "Thai takeaway"),
    ("Every Monday bar staff are paid late.", "Monday bar"),
    ("We stayed in a London hostel for a week.", "London hostel"),
])
def test_a_kind_of_venue_is_no_place(an, text, word) -> None:
    assert not touched(an, text, word, "en", label="LOC")


def test_the_article_opening_a_sentence_stays_out_of_the_venue(an) -> None:
    text = "The Brown Bear Inn closed in March."
    found = [p for p in an.analyze(text, lang="en")["pii"] if p["label"] == "LOC"]
    assert [text[p["start"]:p["end"]] for p in found] == ["Brown Bear Inn"]


# ------------------------------------------------------------- French venue words and squares
@pytest.mark.parametrize("text,place", [
    ("Elle a dormi trois nuits au squat des Tanneurs avant de trouver un foyer.", "squat des Tanneurs"),
    ("L'été dernier, elle vivait dans un mobil-home au camping Les Pins.", "camping Les Pins"),
    ("Le rendez-vous était devant le tabac Le Balto, à 9 h.", "tabac Le Balto"),
    ("Elle travaillait au sauna L'Oasis deux soirs par semaine.", "sauna L'Oasis"),
    ("Nous avons déjeuné au bistrot Chez Odette après l'audience.", "bistrot Chez Odette"),
    ("La distribution se fait place de la Nation le jeudi soir.", "place de la Nation"),
    ("On s'est retrouvées place de la République après la manifestation.", "place de la République"),
])
def test_a_french_venue_or_square_is_a_place(an, text, place) -> None:
    assert covered(an, text, place, "LOC", "fr")


@pytest.mark.parametrize("text,word", [
    ("Le groupe se réunit dans la salle 2 du centre.", "salle 2"),
    ("Elle a trouvé sa place dans le groupe.", "place"),
])
def test_a_room_number_or_a_place_in_a_group_is_no_place(an, text, word) -> None:
    assert not touched(an, text, word, "fr", label="LOC")


# ------------------------------------------------------------- Arabic venue words and neighbourhoods
@pytest.mark.parametrize("text,place,lang", [
    ("كنت أشتغل في مقهى النسيم ثم في حمام البركة قرب السوق.", "حمام البركة", "ar"),
    ("ومن بعد خدمت فكاباريه القمر عامين.", "كاباريه القمر", "ary"),
    ("كنسكن مع صاحبتي وكنخدم فمخبزة السلام.", "مخبزة السلام", "ary"),
    ("تعمل الآن في مطعم الأندلس بالمدينة القديمة.", "مطعم الأندلس", "ar"),
    ("كنسكن فالمعاريف مع صاحبتي.", "المعاريف", "ary"),
    ("أسكن بـالألفة منذ سنتين.", "الألفة", "ar"),
])
def test_an_arabic_venue_or_a_neighbourhood_after_a_proclitic_is_a_place(an, text, place, lang) -> None:
    assert covered(an, text, place, "LOC", lang)


def test_the_proclitic_stays_out_of_the_neighbourhood(an) -> None:
    text = "كنسكن فالمعاريف مع صاحبتي."
    found = [text[p["start"]:p["end"]] for p in an.analyze(text, lang="ary")["pii"] if p["label"] == "LOC"]
    assert found == ["المعاريف"]


@pytest.mark.parametrize("text,word", [
    ("خدمت ف صالون التجميل ديال خالتي.", "التجميل"),
    ("تعرفت عليها في مطعم صغير بجانب المحطة.", "صغير"),
    ("تلاقينا حدا حمام النساء.", "النساء"),
])
def test_an_arabic_venue_of_a_kind_names_no_place(an, text, word) -> None:
    assert not touched(an, text, word, label="LOC")


# ------------------------------------------------------------- lower-case venues and streets in messages
@pytest.mark.parametrize("text,place,lang", [
    ("slt c lina, rdv cours gambetta devant le resto le palmier a 19h ? jsuis crevee mdr", "resto le palmier", "fr"),
    ("slt c lina, rdv cours gambetta devant le resto le palmier a 19h ? jsuis crevee mdr", "cours gambetta", "fr"),
    ("ok jarrive, on se voit au kebab istanbul a 20h, tkt jsuis pas loin", "kebab istanbul", "fr"),
    ("where r u hun? im at the chippy on ormeau rd, meet u outside after lol", "ormeau rd", "en"),
    ("cant come 2nite, im stuck at my nans on carlton grove, txt me x lol", "carlton grove", "en"),
])
def test_a_lower_case_venue_or_street_in_a_message_is_a_place(an, text, place, lang) -> None:
    assert covered(an, text, place, "LOC", lang)


@pytest.mark.parametrize("text,word,lang", [
    ("jsuis au bar ce soir mdr, tkt jrentre tard", "bar ce soir", "fr"),
    ("ok jarrive, ya une place libre au foyer ? sinon hotel pas cher a cote mdr", "place libre", "fr"),
    ("ok jarrive, ya une place libre au foyer ? sinon hotel pas cher a cote mdr", "hotel pas cher", "fr"),
    ("on sest vu au resto la semaine derniere, tkt", "semaine", "fr"),
    ("where r u hun? the main road is shut lol, bus is late again x", "main road", "en"),
    ("cant make it, stuck on the high street lol, bus is late again x", "high street", "en"),
    ("khdemt f snack dyal rachida, walakin safi", "snack dyal", "ary"),
])
def test_words_after_a_venue_word_that_name_no_venue_are_no_place(an, text, word, lang) -> None:
    assert not touched(an, text, word, lang, label="LOC")


# ------------------------------------------------------------- the recogniser's Arabic names
@pytest.mark.parametrize("text,start,end", [
    ("اليوم تعيش حياة جميلة مع بناتها.", "حياة", "جميلة"),
    ("الطبيب آيت في العطلة.", "آيت", "آيت"),
])
def test_a_noun_and_its_adjective_or_a_lone_particle_is_no_name_of_the_recogniser(text, start, end) -> None:
    s, e = text.index(start), text.index(end) + len(end)
    assert not pii_model.plausible(text, s, e, "PER", confidence=0.99)


@pytest.mark.parametrize("text,number", [
    ("Gave her the Samaritans (116 123) and the local crisis line.", "116 123"),
    ("Le 116 006 aide les victimes, appelez-le sans crainte.", "116 006"),
])
def test_a_harmonised_helpline_is_nobody_s_number(an, text, number) -> None:
    assert not touched(an, text, number)


# ------------------------------------------------------------- a place in a list of people
@pytest.mark.parametrize("text,place,name", [
    ("The food bank was in a church hall, in Radford, and Amira walked there with the pram.", "Radford", "Amira"),
    ("We met at a café near Smethwick, with Ngozi and Aicha.", "Smethwick", "Ngozi"),
])
def test_a_word_after_a_place_preposition_in_a_list_of_people_is_no_person(an, text, place, name) -> None:
    assert not touched(an, text, place, "en", label="PER")
    assert covered(an, text, name, "PER", "en")


# ------------------------------------------------------------- Arabic addresses
@pytest.mark.parametrize("text,place", [
    ("كانت تعمل في مقهى تيليلا قرب البحر.", "مقهى تيليلا"),
    ("كانت تسكن في حي كاوكي مع رجل يأخذ كل ما تربحه.", "حي كاوكي"),
    ("حلقة نقاش في دوار تيكيوين مع النساء.", "دوار تيكيوين"),
    ("أخذتني إلى القابلة في المركز الصحي بـحي السعادة، وهي طيبة.", "حي السعادة"),
])
def test_an_amazigh_place_name_after_a_place_word_or_a_neighbourhood_of_a_health_centre_is_a_place(an, text, place):
    assert covered(an, text, place, "LOC")


def test_a_darija_verb_after_a_venue_word_is_no_place(an) -> None:
    assert not touched(an, "خدمت ف مقهى كايبيع غير القهوة.", "كايبيع", label="LOC")


@pytest.mark.parametrize("text,address", [
    ("أتناول حبتي في غرفتي بـزنقة 4 رقم 22، حي النصر.", "زنقة 4 رقم 22"),
    ("كنسكن فزنقة ١٢ رقم ٣٠ مع ختي.", "زنقة ١٢ رقم ٣٠"),
])
def test_a_numbered_arabic_street_with_its_house_number_is_one_address_and_no_id(an, text, address) -> None:
    found = [(text[p["start"]:p["end"]], p["label"]) for p in an.analyze(text)["pii"]]
    assert (address, "LOC") in found and not [f for f in found if f[1] == "ID"]


def test_a_file_number_after_raqm_is_still_an_id_beside_a_numbered_street(an) -> None:
    text = "رقم الملف 2023/145 في المحكمة، وأسكن في شارع 7."
    assert covered(an, text, "2023/145", "ID") and covered(an, text, "شارع 7", "LOC")


# ------------------------------------------------------------- Darija words that are no names
@pytest.mark.parametrize("text,word", [
    ("من بعد شهرين، ماما جات من الدوار.", "جات"),
    ("أنا رحمة. ماما ديما كتقول ليا: الرحمة من عند الله.", "ديما"),
    ("حليمة كتقول ليا إلا بقيت هكا غادي نعيش حياة طويلة.", "إلا"),
    ("كان كيسبني كل نهار، كيقول ليا راك ما كتسواي والو.", "راك"),
    ("سؤال: وماذا تقولين اليوم؟ جواب: عندي أمل كبير.", "سؤال"),
])
def test_a_verb_or_an_adverb_after_mum_or_she_tells_me_is_no_name(an, text, word) -> None:
    assert not touched(an, text, word, label="PER")


@pytest.mark.parametrize("text,name", [
    ("الناس كيعيطو ليا سعيدة، وماما فاطمة كتعرفني.", "سعيدة"),
    ("الناس كيعيطو ليا سعيدة، وماما فاطمة كتعرفني.", "فاطمة"),
])
def test_what_they_call_me_and_a_name_after_mum_are_names(an, text, name) -> None:
    assert covered(an, text, name, "PER")


# ------------------------------------------------------------- names of places and things that are no people
@pytest.mark.parametrize("text,word", [
    ("She took me to my first appointment at the Queen Elizabeth and sat with me.", "Elizabeth"),
    ("Outside the Hope and Anchor we met Kasia and Renata.", "Hope"),
    ("Presenter: Aisha, you're a peer mentor now.\nAisha: Yes, for two years.\nPresenter: And now?\n"
     "Aisha: Now I meet new women.", "Presenter"),
])
def test_a_first_name_after_the_or_a_presenter_s_label_is_no_person(an, text, word) -> None:
    assert not touched(an, text, word, "en", label="PER")


@pytest.mark.parametrize("text,name", [
    ("The Okafor family moved to Leeds; the Mensah sisters stayed with Grace.", "Okafor"),
    ("The Okafor family moved to Leeds; the Mensah sisters stayed with Grace.", "Mensah"),
    ("She saw the Dr Ibekwe who runs the clinic.", "Ibekwe"),
    ("Outside the Hope and Anchor we met Kasia and Renata.", "Kasia"),
])
def test_a_family_or_a_titled_person_after_the_is_still_a_person(an, text, name) -> None:
    assert covered(an, text, name, "PER", "en")


def test_a_venue_named_after_its_owner_in_a_message_is_a_place(an) -> None:
    text = "on se retrouve apres au cafe chez francis ? precious: ok a toute mdr"
    assert covered(an, text, "cafe chez francis", "LOC", "fr")
    assert not touched(an, "jsuis au resto chez moi tkt, on mange apres mdr", "chez moi", "fr", label="LOC")


def test_an_automatic_reminder_is_nobody(an) -> None:
    text = "Rappel automatique : votre RDV est lundi à 10h.\nRappel automatique : RDV confirmé."
    assert not touched(an, text, "Rappel", "fr", label="PER")


# ------------------------------------------------------------- where she lives, in French
@pytest.mark.parametrize("text,place", [
    ("Elle a déménagé aux Bois-Blancs l'an dernier.", "Bois-Blancs"),
    ("Après la mort de mon mari, je suis restée seule à la Villeneuve.", "Villeneuve"),
    ("Elle loge au Petit-Bard depuis janvier.", "Petit-Bard"),
])
def test_a_neighbourhood_after_a_verb_of_living_and_au_aux_a_la_is_a_place(an, text, place) -> None:
    assert covered(an, text, place, "LOC", "fr")


@pytest.mark.parametrize("text,word", [
    ("Je suis partie au Maroc puis je suis rentrée à la Croix-Rouge pour aider.", "Maroc"),
    ("Je suis partie au Maroc puis je suis rentrée à la Croix-Rouge pour aider.", "Croix-Rouge"),
    ("Elle est allée à la Poste, puis au Centre.", "Poste"),
    ("Elle mange le midi au Resto du Cœur, avec sa fille.", "Resto du Cœur"),
    ("Elle mange le midi aux Restos du Cœur, avec sa fille.", "Restos du Cœur"),
])
def test_a_country_an_organisation_or_a_dictionary_word_after_au_is_no_place(an, text, word) -> None:
    assert not touched(an, text, word, "fr", label="LOC")


@pytest.mark.parametrize("text,name", [
    ("At the meeting, the Nigerian Blessing told us her story.", "Blessing"),
    ("We thanked the Congolese Espérance for her courage.", "Espérance"),
])
def test_a_person_after_the_and_her_nationality_is_still_a_person(an, text, name) -> None:
    assert covered(an, text, name, "PER", "en")
