"""Themes in Arabic script (Modern Standard Arabic and Darija) and in Darija written in Latin letters,
and themes of the stored translation of an Arabic or Darija story (issue 14 point 3), on fictional
sentences written for these tests (not taken from any evaluation or development set)."""
import pytest

from msc.nlp.arabic_text import ar_fold, ar_stem
from msc.nlp.engine import Analyzer


@pytest.fixture(scope="module")
def an():
    return Analyzer()


def keys(an, text, lang=None):
    return {t["key"] for t in an.analyze(text, lang=lang)["themes"]}


def test_arabic_folds_drop_clitics_and_darija_verb_markers():
    assert ar_stem(ar_fold("وللشرطة")) == "شرطة"
    assert ar_stem(ar_fold("كيضربها")) == "ضربها"
    assert ar_stem(ar_fold("فالدار")) == "دار"
    assert ar_fold("أُمّي") == "امي"
    assert ar_stem(ar_fold("وجع")) == "وجع"  # too short to lose a letter


@pytest.mark.parametrize("text,theme", [
    ("كان راجلي كيضربني كل ليلة حتى هربت عند ختي.", "violence_physical"),
    ("تعرضت للاغتصاب وهي راجعة من الخدمة.", "violence_sexual"),
    ("البوليس شدوني فالليل وطلبوا مني الفلوس باش يطلقوني.", "police_harassment"),
    ("مشيت مع المحامية ودرنا شكاية فالمحكمة.", "legal_support"),
    ("درت التحليل ديال السيدا فمركز الكشف وكانت النتيجة سلبية.", "hiv_sti_testing"),
    ("الطبيبة عطاتني العلاج الوقائي بعد التعرض.", "hiv_prevention"),
    ("ما كانش عندي الكرا ديال البيت وبت فالزنقة ثلاث ليالي.", "housing"),
    ("أخيرا خرجت ليا البطاقة الوطنية وعقد الازدياد ديال بنتي.", "civil_documents"),
    ("كنمشي عند الطبيبة النفسانية حيت كانت عندي كوابيس.", "mental_health"),
    ("دابا كنحس براسي قوية وفخورة بلي قدرت.", "self_esteem"),
    ("المثقفة النظيرة كتجمعنا كل سيمانة ونهضرو على المشاكل ديالنا.", "peer_support"),
    ("عرفت بلي من حقي نرفض ونقول لا.", "rights_awareness"),
    ("كتخدم فواحد الصالون وكتاخد الخلصة كل شهر.", "income_employment"),
    ("دارت تكوين فالخياطة ستة شهور.", "vocational_training"),
    ("الجمعية كتعطيها قفة غذائية كل شهر.", "food_security"),
    ("تصالحت مع عائلتها بعد سنين.", "family_relations"),
])
def test_arabic_script_themes(an, text, theme):
    assert theme in keys(an, text)


@pytest.mark.parametrize("text,theme", [
    ("wach 3rafti, lbolice chedouni lbare7 w khdaw menni 200dh", "police_harassment"),
    ("rajli kaydrbni kol nhar, daba ana f lfoyer m3a wlidati", "violence_physical"),
    ("mchit l mahkama m3a lmhamiya dyal ljam3iya, daba kantsna", "legal_support"),
    ("dert ttest dyal sida lbare7 f la caravane w kolchi mzyan", "hiv_sti_testing"),
    ("bdit katbi3 l7alwa f derb, w daba 3ndi khlas dyali", "income_employment"),
    ("kanet bo7dha, ma kathdar m3a 7ta wa7ed f l7ouma", "social_isolation"),
])
def test_darija_in_latin_letters_themes(an, text, theme):
    assert theme in keys(an, text)


def test_darija_patterns_stay_out_of_french_and_english_stories(an):
    # "bt", "kra", "dwa" are Darija words; a French story is not matched with them
    assert "housing" not in keys(an, "Elle a suivi le cours de BT à Paris puis elle est rentrée chez elle.")


def test_an_arabic_story_gets_themes_from_its_translation_too(an):
    result = an.analyze("الجمعية عاونتني بزاف.", lang="ar",
                        translation="L'association m'a aidée à porter plainte avec une avocate.")
    tr = result["fields"]["translation"]
    assert "legal_support" in {t["key"] for t in tr["themes"]}
    ev = next(t for t in tr["themes"] if t["key"] == "legal_support")["evidence"][0]
    assert "L'association m'a aidée à porter plainte avec une avocate."[ev["start"]:ev["end"]] == ev["text"]


def test_a_darija_story_in_latin_letters_uses_french_and_darija_patterns(an):
    result = an.analyze("lbolice chedouni f hay salam w khdaw menni lflous", lang="ary")
    assert result["lang"] == "ary"
    assert "police_harassment" in {t["key"] for t in result["themes"]}


def test_a_french_story_translation_is_not_matched_for_themes(an):
    result = an.analyze("Elle a porté plainte.", lang="fr", translation="She filed a complaint with a lawyer.")
    assert "themes" not in result["fields"]["translation"]


# A second batch, written before running it (the score of its first run is in the commit message).
@pytest.mark.parametrize("text,theme", [
    ("خويا كان كيهددني بالموت إلا رجعت للدار.", "violence_psychological"),
    ("الطبيب عطاني شهادة طبية فالمستعجلات.", "access_to_care"),
    ("راجلي كان كياخد ليا الخلصة كاملة ويخليني بلا درهم.", "violence_economic"),
    ("بديت كنبيع الحلويات فالسوق وولا عندي مدخول ديالي.", "income_employment"),
    ("الطبيبة حطات ليا اللولب باش ما نحملش.", "reproductive_health"),
    ("كانت عندي إفرازات ومشيت ندير الفحص.", "sti_care"),
    ("ولات كتاخد مضادات الفيروسات كل نهار بلا ما تنسى.", "hiv_care"),
    ("كنت كنشرب بزاف ودابا كنتبع علاج الإدمان.", "addiction"),
    ("الجيران كيشوفو فيا بحال شي عار.", "stigma_discrimination"),
    ("طلقني راجلي وما بغاش يعطيني النفقة ديال الولاد.", "family_law"),
    ("حضرت ورشة التوعية بالحقوق فالجمعية.", "rights_awareness"),
    ("كنت بوحدي، ما عندي حتى واحد نهضر معاه.", "social_isolation"),
])
def test_arabic_script_themes_second_batch(an, text, theme):
    assert theme in keys(an, text)


@pytest.mark.parametrize("text,theme", [
    ("عمري ما درت شكاية ضد حتى واحد.", "legal_support"),
    ("باغية نلقى خدمة فشي صالون.", "income_employment"),
    ("لم تتعرض أبدا للضرب من طرفه.", "violence_physical"),
])
def test_arabic_negated_or_wished_evidence_is_dropped(an, text, theme):
    assert theme not in keys(an, text)


# Darija in Latin letters, a second batch written before running it.
@pytest.mark.parametrize("text,theme", [
    ("ana bo7di f had lmdina, ma 3ndi 7ta wa7ed, walakin daba kanji l groupe", "social_isolation"),
    ("lbare7 drbni rajli b smta, w daba 3ndi blessure f rasi", "violence_physical"),
    ("3reft daba 7o9o9i w ma b9itch nkhaf mn lbolice", "rights_awareness"),
    ("ljam3iya 3tatni l9ofa dyal lmakla had chhar, 7it ma kan 3ndi walou", "food_security"),
    ("tla9 mni rajli w bgha yakhod lia l7adana dyal wldi", "family_law"),
    ("kanakhod ddwa dyal sida kol nhar w kanmchi l rdv dyal tbib", "hiv_care"),
])
def test_darija_in_latin_letters_themes_second_batch(an, text, theme):
    assert theme in keys(an, text)
