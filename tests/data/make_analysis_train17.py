"""Generate tests/data/analysis_train17.jsonl, training set 17 of the analysis engine.

Written on 2026-12-02 by the writer ``train17``. Read beforehand: the rules of
the worktrees (COMMON.md), the codebook (shared/design/codebook.md: theme keys
and personal-data labels), the marking conventions of blind set 11 (the
docstring of make_analysis_blind11.py, as given in blind_conventions.txt) and
the shared helpers (gold_marks.py). The engine (msc/), the tests and the
stories of every other set were not read; the engine was not run on these
stories.

Composition: 60 fictional texts in Moroccan Darija (lang "ary"):
- 40 in Arabic script (ids t17-ary-NN): first-person accounts told to a peer
  educator, transcribed voice notes, WhatsApp threads with the sender's name
  on every line, س/ج interviews, minutes of talking groups with attendance
  lists (« حضرو: … »), intake forms (« السمية: … / النمرة: … »);
- 20 in Latin letters (ids t17-sms-NN): WhatsApp threads and voice notes in
  arabizi (3, 7, 9), lowercase names and nicknames, a sender label on every
  line.
Settings across Morocco: Casablanca (Derb Sultan, Hay Mohammadi, Sidi Moumen,
Bernoussi), Agadir (Anza, Dchira, Tikiouine), Marrakech (Daoudiate, Mhamid),
Fès, Meknès, Tanger, Tétouan, Oujda, Nador, Khouribga, Beni Mellal, Kénitra,
Safi, El Jadida, Laâyoune, Dakhla.

What it brings: many people per text (seven or more names as a rule, every
occurrence marked), in every position and above all without a cue: a name
opening a sentence, after a verb, in lists joined by و, with an attached
proclitic (ل{PER:رباب}، ب{PER:سعاد}، و{PER:زينب}), as an object, in reported
speech; full names with family names and patronyms (الزموري، أيت باها،
بنت الحاج، ولد …), nicknames (الشلحة، العروبية، بوشنب، «زيزي»، «مومو»),
diminutives (فطومة، زهيرو، حليمو), Amazigh names (إيطو، تودة، يامنة، موحى،
إيجة، ثيزيري), names of sub-Saharan migrants in Arabic script and in Latin
letters; names that are also common words, used both ways (أمل، نور، حياة،
فرح، رجاء، وفاء، نجاة، سعيدة، كريمة، بشرى، هدى / amal, farah, noor, hayat):
marked only when they name a person; Darija words that look like names and
stay unmarked (علي "on me", عايشة "living", غادي, hadi, jaya). Negatives left
unmarked: organisations and services (الجمعية، ALCS، التعاون الوطني، البوليس،
المقاطعة), hospitals named after people (سبيطار ابن رشد، sbitar mohammed V),
big cities, emergency numbers (19، 15، 177), dates, amounts, laws
(الفصل 490). Places: neighbourhoods, derbs, douars, numbered streets, named
cafés, hammams, salons and snacks. Phones in many written forms (06/07/05,
+212, Arabic-Indic digits, a number in pieces), a few e-mail addresses, IDs
(CIN, complaint and file numbers, CNSS, AMO). All people, numbers and
addresses are invented.

Marking conventions: exactly those of blind set 11 (make_analysis_blind11.py):
in Arabic script the proclitics و ب ل ف and the titles, kinship and role words
(لالة، الحاجة، خالتي، ختي، خويا، بنتي، مّي، الأستاذة، المحامية، الدكتورة،
مول/مولات) are outside the name span; حي/دوار/زنقة/درب + name is one LOC; in
Latin-letter messages « a », « ya », « c », « ana » before a name are outside
it; hay/derb/zn9a + name is one LOC.

Gold themes follow the codebook definitions, 1-3 per story.

Run:  cd tests/data && python make_analysis_train17.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t17-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

STORIES += [
    ("t17-ary-01", "ary", """
أنا سميتي {PER:حفيظة}، عندي 34 عام، ساكنة ف{LOC:درب السلطان}. {PER:نادية} قالت ليا نحكي ليك
القصة ديالي حيت هي اللي جابتني للجمعية. كنت عايشة مع واحد سميتو {PER:عبد الإله الزموري}، كان
كياخد ليا الفلوس كاملين وكيضربني إلا ما جبتش. نهار ضربني بالكرسي، عيطات ليا {PER:سهام} من الجمعية
وقالت ليا نجي دغيا. مشينا أنا و{PER:خديجة} و{PER:نزهة} لسبيطار ابن رشد ودارو ليا الراديو. من بعد
{PER:سهام} عاونتني نحط شكاية، ورقم الشكاية {ID:4471/2026}. {PER:عبد الإله} ولا كيهددني ف التيليفون
من نمرة {PHONE:0661 48 20 17}، ولكن دابا كنعرف الحقوق ديالي. خالتي {PER:رقية} خلاتني نسكن عندها
ف{LOC:زنقة 38} حتى تهدن الأمور. كنقول ل{PER:رباب} و{PER:فطومة}: ما تسكتوش، كاين اللي يعاونكم.
""", ["violence_physical", "violence_economic", "legal_support"]),
    ("t17-ary-02", "ary", """
[ميساج صوتي، تفرّغ نهار 12 نونبر] |
السلام {PER:مريم}، هادي أنا {PER:إيطو}. سمحي ليا ما جيتش للحلقة ديال الثلاثاء. راه {PER:موحى} رجع
ل{LOC:أنزا} وبقى كيدور حدا الدار. البارح شدني من يدي قدام {LOC:مقهى الموجة} وقال ليا إلا ما رجعتيش
معاه غادي يقول لخويا {PER:الحسين} كلشي على الخدمة ديالي. {PER:تودة} كانت معايا وهي اللي عيطات
ل{PER:بوجمعة} مول الطاكسي باش يدينا ل{LOC:الدشيرة} عند {PER:إيجة}. دابا أنا عند {PER:إيجة}، ولكن
خايفة على بنتي {PER:ثيزيري} اللي باقة عند مّي {PER:تاسعديت}. عيطي ليا على النمرة ديال {PER:إيجة}:
{PHONE:0708 31 44 62}، حيت التيليفون ديالي خداه {PER:موحى}. وقولي ل{PER:حادة} بلي الدوا ديال
الفيروس باقي ف الدار، خصني نجيبو قبل ما يتقطع عليا.
""", ["violence_psychological", "hiv_care", "family_relations"]),
    ("t17-ary-03", "ary", """
{PER:سهام}: صباح الخير، شكون جاية اليوم للتحاليل؟ |
{PER:لبنى}: أنا و{PER:زكية} غادي نجيو مع العشرة |
{PER:زكية}: {PER:لبنى} كتكذب، أنا جاية مع التسعة 😂 |
{PER:سهام}: مزيان. {PER:العروبية} قالت ليا حتى هي بغات دير تحليل السيدا والسفليس |
{PER:لبنى}: {PER:العروبية} ما عندهاش الرصيد، عيطي ليها على {PHONE:06 52 19 03 88} |
{PER:سهام}: واخا. {PER:الشلحة} فين؟ ما بانتش هاد السيمانة |
{PER:زكية}: {PER:الشلحة} مشات ل{LOC:تيكيوين} عند ختها {PER:فاضمة}، غادي ترجع الخميس |
{PER:سهام}: قولو ليها الكاشف ديال الكبدة موجود حتى هو. وجيبو معاكم {PER:بهيجة} إلا بغات |
{PER:لبنى}: {PER:بهيجة} خايفة من النتيجة، ولكن غادي نهضر معاها |
{PER:سهام}: ما كاين خوف، النتيجة كتبقى سر، وأنا معاكم من الأول حتى للآخر |
{PER:زكية}: الله يخليك ليا، بلاصتك ف القلب |
""", ["hiv_sti_testing", "peer_support"]),
    ("t17-ary-04", "ary", """
س: شنو سميتك وفين ساكنة؟ |
ج: {PER:مليكة أيت باها}، ساكنة ف{LOC:الحي المحمدي}، قرب {LOC:حمام النصر}. |
س: شكون اللي صيفطك عندنا؟ |
ج: {PER:حنان} بنت الجيران. هي كانت كتجي للجلسات ديالكم مع {PER:أسماء} و{PER:ثريا}. |
س: شنو وقع ليك؟ |
ج: البوليس شدوني ف الليل حدا {LOC:زنقة الفداء} وقالو غادي يديروني بالفصل 490. واحد فيهم
كيعيطو ليه {PER:بوشنب} طلب مني 500 درهم باش يطلقني. ما كانوش عندي، عيطت ل{PER:ثريا} وجابتهم.
من بعد ولّى كيوقف ليا كل سيمانة. |
س: واش درتي شي حاجة؟ |
ج: المحامية {PER:الغالية بنعمر} ديال الجمعية شرحات ليا الحقوق ديالي وقالت ليا نكتب كلشي.
دابا كنعرف بلي ما عندوش الحق ياخد مني الفلوس، و{PER:أسماء} عطاتني النمرة ديال المحامية:
{PHONE:0522 61 07 39}. |
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("t17-ary-05", "ary", """
محضر الحلقة ديال الكلام، {LOC:سيدي مومن}، الجمعة 20 نونبر. |
حضرو: {PER:كوثر}، {PER:سكينة}، {PER:الضاوية}، {PER:وئام}، {PER:فاطنة}، {PER:أميناتا}، والمنشطة {PER:سلوى}. |
غابت: {PER:خدوج} (مريضة). |
{PER:سلوى} بدات بسؤال: شنو تبدل فيكم من نهار بديتو كتجيو؟ {PER:الضاوية} قالت بلي ولات كتقدر تقول
"لا" للكليان اللي ما بغاش البريزرفاتيف. {PER:وئام} حكات على {PER:أميناتا} اللي كانت كتخاف تخرج
من البيت حيت ما عندهاش الأوراق، ودابا ولات كتجي بوحدها. {PER:أميناتا} ضحكات وقالت: "هنا لقيت
عائلة". {PER:فاطنة} قالت بلي كانت كتحس براسها حشومة، ودابا كتهز راسها. {PER:كوثر} طلبات نزيدو
الكيسان والجيل. {PER:سكينة} غادي تدي الباكيات ل{PER:خدوج}. الموعد الجاي: الجمعة 4 دجنبر. |
""", ["peer_support", "self_esteem", "hiv_prevention"]),
    ("t17-ary-06", "ary", """
استمارة الاستقبال — الجمعية، {LOC:الداوديات} |
السمية: {PER:زهور الشرقاوي} |
الكنية ف الزنقة: «{PER:زيزي}» |
السن: 27 |
النمرة: {PHONE:٠٦٧٧٤٠٢٩١٨} |
رقم البطاقة الوطنية: {ID:EE 482913} |
العنوان: {LOC:درب الحمام}، {LOC:الداوديات} |
جات مع: {PER:نعيمة} (المثقفة النظيرة) |
الطلب: {PER:زهور} بغات تدير البطاقة الجديدة حيت الراجل اللي كانت معاه، {PER:عزيز}، حرق ليها
الكارطة والحالة المدنية ديال ولدها {PER:أنس}. الولد ما مسجلش ف الحالة المدنية، و{PER:زهور} ما
عندهاش عقد الزواج. مّها {PER:الباتول} ساكنة ف{LOC:المحاميد} وقابلة تشهد. |
التوجيه: المقاطعة لطلب عقد الازدياد، والمساعدة الاجتماعية {PER:رانيا} تتبع الملف. |
ملاحظة: {PER:زهور} طلبات ما نعطيو النمرة ديالها لحتى واحد، حيت {PER:عزيز} باقي كيقلب عليها. |
""", ["civil_documents", "violence_psychological", "family_relations"]),
    ("t17-ary-07", "ary", """
كنت ساكنة ف{LOC:دوار الحاجة} حدا {LOC:المحاميد}، وكنت كنخدم باش نعيش راسي وولدي. صاحبة الدار،
الحاجة {PER:ميلودة}، عرفات شنو كنخدم وجرات عليا ف الليل. خرجت الحوايج ديالي للزنقة وقدام الجيران
بداو كيقولو كلام خايب. {PER:بوكرش} ولدها ضربني ملي بغيت ندخل ناخد الباسبور. نعست ليلتين عند
{PER:شامة} ف{LOC:حي الموقف}، من بعد {PER:إلهام} من الجمعية لقات ليا بلاصة ف المركز ديال الإيواء.
كنشكر {PER:إلهام} و{PER:شامة} وحتى {PER:السعدية} اللي عطاتني الماكلة ديال سيمانة. دابا كنقلب
على بيت بالكرا مع {PER:نهيلة}، حيت بوحدنا ما نقدروش. {PER:نهيلة} قالت ليا: "حتى حد ما غادي يحقرنا
عاوتاني".
""", ["housing", "violence_physical", "stigma_discrimination"]),
    ("t17-ary-08", "ary", """
{PER:عبلة}: {PER:غيثة} واش وصلتي للسبيطار؟ |
{PER:غيثة}: وصلت، سبيطار محمد الخامس عامر بزاف |
{PER:عبلة}: {PER:جويس} معاك؟ |
{PER:غيثة}: إيه، {PER:جويس} كتسنى الطبيبة. قالت ليها {PER:ماريام} خصها تدي الكارنيه ديال الحمل |
{PER:عبلة}: الكارنيه عندي أنا، غادي نصيفطو مع {PER:ياسين} خويا |
{PER:غيثة}: الفرملية ما بغاتش تدخلها حيت ما عندهاش الأوراق، قالت ليها سيري للجمعية |
{PER:عبلة}: عيطي ل{PER:فدوى}، هي كتعرف الدكتورة {PER:بشرى العلوي} ف قسم الولادة: {PHONE:0600 77 41 25} |
{PER:غيثة}: عيطت، {PER:فدوى} جاية. {PER:جويس} ف الشهر السابع وعندها الضغط |
{PER:عبلة}: الله يسهل، وقولي ل{PER:ماريام} ترتاح، هي اللي بقات معاها البارح كامل الليل |
{PER:غيثة}: دخلوها! الدكتورة {PER:بشرى} قالت الولد بخير |
""", ["reproductive_health", "access_to_care", "stigma_discrimination"]),
    ("t17-ary-09", "ary", """
ملي جيت من {LOC:سيدي عثمان} ل{LOC:البرنوصي}، ما كنت كنعرف حتى واحد. كنت كنبقى بوحدي ف البيت
وكنشرب باش ننسى. {PER:وردة} هي أول وحدة هضرات معايا ف {LOC:سوق السلام}. قالت ليا: "أجي معايا
للجمعية، كاين {PER:حسناء} وكاين {PER:زبيدة}، كيديرو الحلقة ديال الكلام". ما بغيتش، ولكن
{PER:وردة} بقات كتعيط عليا كل نهار. نهار مشيت، لقيت {PER:فريدة} و{PER:منانة} كيضحكو، وحسيت بلي
ماشي غير أنا اللي عندي الهم. {PER:حسناء} صيفطاتني عند الطبيبة النفسانية، وبديت نقص من الشراب.
دابا كنعاون {PER:زبيدة} ف التوزيع ديال الكيسان ف الليل، وولاو عندي صحابات. {PER:منانة} كتقول عليا
"{PER:حليمو} الضاحكة". قبل كنت نسيت شنو هو الضحك.
""", ["social_isolation", "addiction", "peer_support"]),
    ("t17-ary-10", "ary", """
تقرير المثقفة النظيرة {PER:صليحة}، الخرجة ديال الليل، {LOC:كاسابارطا}، طنجة. |
الساعة 11: لقينا {PER:عتيقة} و{PER:الطويلة} قدام {LOC:مقهى الفردوس}. {PER:عتيقة} قالت بلي واحد
الكليان ما خلصهاش وداها للغابة وخلاها تما. عطيناها الكيسان ونمرة الجمعية. |
الساعة 12: {PER:أوشي} و{PER:غريس}، جوج بنات من نيجيريا، قالو بلي مدام {PER:جوي} كتطالبهم بالدين
ديال الطريق: 40 ألف درهم، وكتاخد ليهم الباسبورات. {PER:غريس} خايفة، ما بغاتش تهضر بزاف. خليت ليها
نمرتي: {PHONE:+212 6 61 09 27 54}. |
الساعة 1: {PER:الطويلة} رجعات وقالت بلي {PER:إدريس} اللي كيسوق الطوموبيل السوداء رجع كيدور. |
المتابعة: {PER:صليحة} تهضر مع {PER:نوال} المنسقة على الحالة ديال {PER:أوشي} و{PER:غريس}. |
""", ["trafficking", "violence_economic", "hiv_prevention"]),
]

STORIES += [
    ("t17-ary-11", "ary", """
أنا {PER:أمل}، من فاس، ساكنة ف{LOC:عين النقبي}. كنت فقدت الأمل ف كلشي ملي عرفت بلي عندي الفيروس.
الطبيب ف سبيطار الغساني قالها ليا بلا ما يشوف فيا، وخرجت كنبكي. {PER:نور} هي اللي لقاتني ف
{LOC:باب الفتوح} وأنا جالسة ف الأرض. {PER:نور} كانت عايشة مع الفيروس من عشر سنين، وقالت ليا: "شوفي
فيا، أنا حية ومزيانة". دّاتني عند {PER:ليلى} الوسيطة العلاجية، و{PER:ليلى} شرحات ليا الدوا وكيفاش
ناخدو كل نهار ف نفس الساعة. ف الأول كنت كننسى، و{PER:ليلى} كانت كتصيفط ليا ميساج كل عشية. دابا
عندي عام وأنا كناخدو مزيان، والتحليل ولّى ما كيبانش فيه الفيروس. حتى {PER:فتيحة} ختي عرفات ووقفات
معايا. كنقول ل{PER:نور}: نتي رجعتي ليا الضو، ونتي نور ديال الصح.
""", ["hiv_care", "peer_support", "mental_health"]),
    ("t17-ary-12", "ary", """
{PER:حياة}: {PER:رجاء}، البوليس دخلو ل{LOC:البرج المشقوق} البارح ف الليل |
{PER:رجاء}: شدّو شي وحدة؟ |
{PER:حياة}: شدّو {PER:سناء} و{PER:فوزية}. {PER:فوزية} ضربها واحد فيهم ف الوجه |
{PER:رجاء}: الله ياخد الحق. {PER:سناء} فين دابا؟ |
{PER:حياة}: ف الكوميسارية ديال مكناس، بغاو يديروها بالفصل 490 |
{PER:رجاء}: عيطي للمحامي {PER:الطيب الوزاني} ديال الجمعية: {PHONE:0535 52 18 46} |
{PER:حياة}: عيطت، قال غادي يمشي الصباح. {PER:فوزية} طلقوها ولكن خداو ليها 300 درهم |
{PER:رجاء}: خليها تجي للجمعية تشوفها الدكتورة {PER:ابتسام}، ونكتبو شهادة طبية |
{PER:حياة}: {PER:فوزية} قالت ما بغاتش تشكي، خايفة يرجعو ليها |
{PER:رجاء}: نهضر معاها أنا. الحياة ماشي هكا، عندنا الحق حتى حنا |
""", ["police_harassment", "violence_physical", "legal_support"]),
    ("t17-ary-13", "ary", """
[ميساج صوتي من {PER:فرح}، طنجة، {LOC:بني مكادة}] |
{PER:سمية}، سمحي ليا على الصوت، أنا ف الطوبيس. بغيت نقول ليك بلي الفرح ديال {PER:مونية} تعطل حيت
الراجل ديالها عرف بلي كانت كتخدم. {PER:مونية} راها عندي ف{LOC:بني مكادة}، ما بغاتش ترجع عند
الفاميلا ديالها. باها، {PER:عبد القادر}، قال ليها "ما بقيتيش بنتي" وسد عليها الباب. مّها
{PER:خيرة} كتعيط ليها بالسرقة من ورا باها. {PER:مونية} ما كلاتش من البارح، وكتبكي وصافي. واش تقدري
تجيبي معاك {PER:نجلاء} النفسانية ديال الجمعية؟ النمرة ديالي الجديدة: {PHONE:0714 26 90 03}. وقولي
ل{PER:كنزة} تجيب معاها شي قفة، حيت حتى أنا ما عنديش هاد السيمانة. بسلامة {PER:سمية}.
""", ["family_relations", "mental_health", "food_security"]),
    ("t17-ary-14", "ary", """
محضر اللقاء ديال التكوين، تطوان، 18 نونبر. |
حضرو: {PER:وفاء} (المكونة)، {PER:دنيا}، {PER:خولة}، {PER:إكرام}، {PER:سارة البقالي}، {PER:ياسمين}،
{PER:عائشة} ({PER:العروبية})، {PER:صفاء}. |
{PER:وفاء} شرحات التكوين ديال الخياطة والحلاقة ف التعاون الوطني، ست شهور، مع منحة صغيرة. {PER:دنيا}
و{PER:خولة} بغاو الحلاقة. {PER:إكرام} قالت بلي كانت كتخيط مع مّها {PER:الزوهرة} ف{LOC:جبل درسة}
وبغات تحل محل ديالها. {PER:العروبية} سولات واش خاص الشهادة ديال المدرسة، {PER:وفاء} قالت لا. |
{PER:سارة البقالي} قالت بلي الوفاء لهاد الجماعة هو اللي خلاها تبقى. {PER:ياسمين} و{PER:صفاء} ما
قرروش. الموعد: التسجيل ف التعاون الوطني نهار الاثنين، {PER:وفاء} تمشي معاهم. |
""", ["vocational_training", "income_employment", "peer_support"]),
    ("t17-ary-15", "ary", """
س: شحال هادي وانتي ف وجدة؟ |
ج: عامين. جيت من الكوت ديفوار مع {PER:فاتو} و{PER:عيساتو}. سميتي {PER:ماريام كوليبالي}. |
س: فين ساكنين؟ |
ج: ف{LOC:حي الأندلس}، عند واحد المغربي سميتو {PER:الصديق}. كان كيقول لينا خصكم تخلصو الكرا بالخدمة.
{PER:عيساتو} رفضات، و{PER:الصديق} جاب جوج رجال وسدو عليها ف البيت تلات أيام. |
س: وشنو درتو؟ |
ج: {PER:فاتو} هربات وعيطات ل{PER:بلاندين} اللي كتخدم مع الجمعية، و{PER:بلاندين} جات مع المساعدة
{PER:هاجر}. خرجو {PER:عيساتو} وداوها للسبيطار. دابا {PER:هاجر} كتعاونا ف الأوراق ديال الإقامة، والملف
ديالي عندو الرقم {ID:OUJ-2026-0381}. ولكن {PER:الصديق} باقي كيصيفط ميساجات من {PHONE:0657 03 88 12}. |
""", ["trafficking", "violence_sexual", "civil_documents"]),
    ("t17-ary-16", "ary", """
أنا {PER:حنان}، من الناظور، ساكنة ف{LOC:حي ترقاع}. كنت مزوجة ب{PER:ميمون أولاد علي}، ويلا خرجت
بلا ما نقول ليه كيشد ليا الولاد. طلقني بالشفوي وقال ليا "الولاد ديالي، ونتي ما عندك والو".
{PER:ثيزيري} ختي هي اللي قالت ليا نمشي لمحكمة الأسرة. ف الجمعية لقيت الأستاذة {PER:نجاة
المرابط}، وهي اللي رفعات طلب النفقة والحضانة، رقم الملف {ID:1287/1621/2026}. {PER:ميمون} بقى
كيهددني بلي غادي يقول للقاضي شنو كنخدم. الأستاذة {PER:نجاة} قالت ليا: "النجاة ديالك ف الحقيقة،
ما تخافيش". دابا الولاد {PER:أيوب} و{PER:سلمى} عندي، وكيتخلص 800 درهم ف الشهر. {PER:ثيزيري}
و{PER:تلايتماس} كيعاونوني ف الدراري ملي كنمشي للخدمة.
""", ["family_law", "legal_support", "violence_psychological"]),
    ("t17-ary-17", "ary", """
{PER:سعيدة}: صباح الخير {PER:كريمة}، سعيدة بزاف اليوم! |
{PER:كريمة}: علاش؟ قولي |
{PER:سعيدة}: خديت القرض الصغير من المؤسسة، 5000 درهم، غادي نحل محلبة صغيرة ف{LOC:حي الفتح} |
{PER:كريمة}: مبروك! {PER:مباركة} كانت كتقول ليا بلي الملف ديالك تعطل |
{PER:سعيدة}: تعطل حيت ما كانتش عندي CNSS، ولكن {PER:لطيفة} من الجمعية عاونتني. رقم التسجيل
{ID:178 334 915} |
{PER:كريمة}: {PER:لطيفة} الله يعطيها الصحة، هي اللي دخلات حتى {PER:الشعيبية} للكوزينة ديال
{LOC:مطعم الخيمة} |
{PER:سعيدة}: وغادي نخدم معايا {PER:زهيرو} ولد {PER:مباركة}، كيعرف يصاوب الحريرة مزيان |
{PER:كريمة}: كرم منك. واخا نجي نعاونك الصباح؟ |
{PER:سعيدة}: مرحبا، وجيبي {PER:الشعيبية}، نديرو الفطور ف المحل الجديد، خريبكة كاملة تعرفنا 😄 |
""", ["income_employment", "self_esteem", "peer_support"]),
    ("t17-ary-18", "ary", """
نحكي ليك على {PER:نجية}، الله يرحمها. كانت صاحبتي من الصغر ف{LOC:حي الأطلس} ف بني ملال. ملي مشينا
لدار الحاج {PER:بوعزة}، قال لينا غادي نخدمو ف الدار ديال واحد الخليجي. دّانا للفيلا ف{LOC:عين أسردون}،
وتما سدّ علينا وخدا الباسبورات. {PER:بوعزة} وولدو {PER:المعطي} كانو كيجيبو الرجال كل ليلة، وإلا
رفضنا كيضربونا. {PER:نجية} مرضات ومات ف سبيطار الجهة. أنا هربت مع {PER:مينة} ف الصباح بكري. عيطنا
ل19 من الحانوت، وجات البوليس. دابا {PER:بوعزة} ف الحبس، والمحامية {PER:بديعة الساهل} تابعة القضية.
{PER:مينة} رجعات لدار مّها {PER:رحمة}. أنا باقي كنشوف {PER:نجية} ف المنام كل ليلة، وكنمشي عند
النفسانية {PER:صوفيا} كل ثلاثاء.
""", ["trafficking", "violence_sexual", "mental_health"]),
    ("t17-ary-19", "ary", """
استمارة التوجيه — القنيطرة |
السمية: {PER:هدى المنصوري} |
النمرة: {PHONE:0679-14-52-08} |
AMO: {ID:2209-77415} |
العنوان: {LOC:الساكنية}، {LOC:زنقة 112} |
المثقفة اللي جابتها: {PER:خلود} |
السبب: {PER:هدى} عندها وجع وخروج من التحت من شي سيمانتين. الكليان اللي كان معاها ف{LOC:مقهى الصفصاف}
ما بغاش يدير الكابوط. {PER:خلود} قالت ليها: نمشيو للفحص بلا خوف، والله يجيب الهدى. |
التوجيه: للدكتورة {PER:منال} ف المركز الصحي، فحص وعلاج ديال الأمراض المنقولة جنسيا، ومن بعد تحليل
السيدا. {PER:هدى} طلبات تمشي معاها {PER:خلود} و{PER:آية}. |
ملاحظة: {PER:هدى} ما بغاتش يعرف راجلها {PER:مراد}، حيت كيضربها ملي كيشك فيها. عطيناها الكيسان والجيل وشرحنا ليها كيفاش تفاوض مع الكليان. |
""", ["sti_care", "access_to_care", "hiv_sti_testing"]),
    ("t17-ary-20", "ary", """
ملي كنت ف آسفي، كنت ساكنة ف{LOC:كاوكي} مع {PER:لحسن}. كان كيشرب وكيدي ليا الفلوس ديال الليل
كاملين، ويلا خبيت شي حاجة كيقلب البيت. نهار لقى 200 درهم ف الصباط، حرق ليا الحوايج. {PER:الكبيرة}
الجارة سمعات الغوات وعيطات على بنتها {PER:الطاهرة}. {PER:الطاهرة} كانت
كتعرف {PER:سلكة} من الجمعية ف{LOC:حي اعزيب الدرعي}. {PER:سلكة} جات ودّاتني عندها. قالت ليا: "الفلوس
ديالك ديالك، حتى واحد ما عندو الحق فيها". حلّات ليا كونط ف البوسطة، وولّيت كنخبي فيه. {PER:لحسن}
مشا لمراكش، وأنا بقيت. دابا عندي 3000 درهم مجموعين، و{PER:سلكة} قالت ليا نشريو ماكينة ديال الخياطة.
""", ["violence_economic", "income_employment", "violence_physical"]),
]

STORIES += [
    ("t17-ary-21", "ary", """
أنا {PER:السالكة}، من العيون، ساكنة ف{LOC:حي خط الرملة}. الناس كيعيطو ليا {PER:الصحراوية} ف الخدمة.
راجلي اللول، {PER:محمد لمين ولد السالك}، زوجوني بيه وأنا عندي 16 عام، وكان كيضربني بالسمطة. ملي هربت
لدار باه، {PER:الحسان}، رجعني بالسيف. من بعد الطلاق، ولّيت كنخدم باش نربي بنتي {PER:الغلاية}. خويا
{PER:الداه} ما بقاش كيهضر معايا، كيقول جبت العار. {PER:مريامة} هي اللي جابتني للجمعية، وتما لقيت
{PER:خديجتو} و{PER:الشيخة}، حتى هما عاشو نفس الشي. دابا كنعرف بلي الزواج بزز عنف، وما كانش ذنبي.
{PER:مريامة} قالت ليا: "نتي ماشي العار، العار هو اللي دارو فيك". بغيت {PER:الغلاية} تكمل القراية.
""", ["violence_psychological", "violence_physical", "family_relations"]),
    ("t17-ary-22", "ary", """
{PER:منير}: {PER:إيمان} واش لقيتي {PER:بلسينغ}؟ |
{PER:إيمان}: لا. آخر مرة شفتها ف{LOC:حي الوحدة} مع {PER:أدجوا} |
{PER:منير}: {PER:أدجوا} قالت ليا بلي {PER:بلسينغ} مشات مع واحد الراجل للبحر، ف الباطو |
{PER:إيمان}: يا ربي. {PER:بلسينغ} كانت مريضة، الدوا ديالها عندي أنا |
{PER:منير}: عيطي ل{PER:إيفون} اللي ف الداخلة، هي كتعرف الناس ديال الكامب: {PHONE:0661 30 72 45} |
{PER:إيمان}: عيطت، {PER:إيفون} قالت {PER:بلسينغ} راها عندها، ما مشاتش. الحمد لله |
{PER:منير}: الحمد لله. خلي {PER:إيفون} تجيبها للجمعية غدا نشوفو الدوا والمتابعة ف المركز |
{PER:إيمان}: {PER:بلسينغ} خايفة من البوليس، قالت غادي يرحلوها |
{PER:منير}: قولي ليها الجمعية ماشي البوليس، والعلاج حق ديالها واخا ما عندهاش الأوراق |
""", ["hiv_care", "access_to_care", "rights_awareness"]),
    ("t17-ary-23", "ary", """
محضر اجتماع الفريق، الجديدة، 25 نونبر. |
حضرو: {PER:ماجدة} (المنسقة)، {PER:إسماعيل} (المساعد الاجتماعي)، {PER:سهيلة}، {PER:أنيسة} (المثقفات النظيرات). |
الحالة الأولى: {PER:رشيدة}، ساكنة ف{LOC:حي السعادة}. مّها {PER:فاطمة الزهراء} حيداتها من الدار مع
ولدها. {PER:سهيلة} لقات ليها بيت مؤقت ف{LOC:درب البركاوي}. القرار: {PER:إسماعيل} يتصل بالمقاطعة
على شهادة الاحتياج. |
الحالة الثانية: {PER:جهان}، 22 عام. اغتصبوها جوج ف{LOC:سيدي بوزيد}. {PER:أنيسة} داتها للسبيطار
ف أقل من 72 ساعة، وخدات العلاج الوقائي ديال الفيروس وحبة الصباح. الشكاية رقم {ID:٣٤٥/٢٠٢٦}. |
المتابعة: {PER:ماجدة} تصيفط التقرير ل{EMAIL:suivi.jadida@chaml-asso.ma}، و{PER:أنيسة} ترافق
{PER:جهان} عند النفسانية. |
""", ["housing", "violence_sexual", "hiv_prevention"]),
    ("t17-ary-24", "ary", """
[ميساج صوتي، {PER:عزيزة}، {LOC:سيدي مومن}] |
ألو {PER:فدوى}؟ ما جاوبتيش، نخلي ليك ميساج. أنا ف{LOC:سيدي مومن}، ف{LOC:دوار السكويلة} عند
{PER:زينب}. {PER:هشام} ولد الدرب، اللي كيبيع القرقوبي، شدني البارح ف الليل ودخلني للكراج مع
صحابو. ما بغيتش نقول كلشي ف الميساج... {PER:زينب} لقاتني الصباح. دابا عندي الحريق ف التحت وخايفة
من المرض. {PER:زينب} قالت ليا نعيطو ل15، ولكن خايفة. عافاك {PER:فدوى} قولي ل{PER:نسرين} ولا
الدكتورة {PER:سميرة} شنو ندير. والنمرة ديال {PER:زينب}: صفر ستة، اثنين وخمسين، ربعين...
لا سمحي ليا، اكتبيها ف الميساج: {PHONE:0652 40 17 86}. وما تقوليش ل{PER:خدوجة} ختي.
""", ["violence_sexual", "access_to_care", "hiv_prevention"]),
    ("t17-ary-25", "ary", """
س: شحال عندك ف المراكز ديال الإدمان؟ |
ج: عام ونص. سميتي {PER:بشرى}، ولكن ف{LOC:المحاميد} كيعيطو ليا «{PER:بوبو}». |
س: كيفاش بدا الشي؟ |
ج: {PER:الطيبي} صاحبي كان كيعطيني الهيروين باش نخدم ليه. ملي ولّيت مدمنة، ولّى كيبيعني لصحابو.
{PER:حليمة} و{PER:رقية} من {LOC:المحاميد} هوما اللي قالو ليا على المركز ديال الميتادون. |
س: شنو تبدل؟ |
ج: دابا كناخد الميتادون كل صباح، والطبيب {PER:عادل} كيتبعني. {PER:حليمة} ماتت بالجرعة العام اللي
فات، الله يرحمها. هادي بشرى لمّي {PER:الغالية}: ولّيت كنشوفها كل جمعة. {PER:رقية} كتبات ليا ف الكارني
ديالي: "{PER:بوبو} قوية". |
س: شنو بغيتي دابا؟ |
ج: نخدم. {PER:نبيل} من الجمعية قال ليا كاين تكوين ف الحلويات. |
""", ["addiction", "trafficking", "family_relations"]),
    ("t17-ary-26", "ary", """
{PER:تورية}: الدراري، عرفتو شنو وقع ل{PER:أسية}؟ |
{PER:رحاب}: لا، قولي |
{PER:تورية}: الفرملي ف المستوصف ديال {LOC:تيكيوين} قال ليها قدام الناس: "نتوما ما كاين علاش نداويوكم" |
{PER:رحاب}: حشومة! و{PER:أسية} شنو دارت؟ |
{PER:تورية}: خرجات كتبكي. {PER:عيشة} لقاتها حدا {LOC:صالون ياسمينة} |
ماما {PER:توتو}: أنا نمشي معاها غدا، ونسولو على المدير |
{PER:رحاب}: {PER:توتو} راكي عارفة المدير؟ |
{PER:توتو}: إيه، وعارفة {PER:حمادي} الممرض اللي كيحترم الناس |
{PER:تورية}: الأستاذة {PER:حياة} من الجمعية قالت نكتبو شكاية للمندوبية |
{PER:عيشة}: أنا نكتبها مع {PER:أسية}، عندنا الحق ف العلاج بحال كاع الناس |
""", ["stigma_discrimination", "access_to_care", "rights_awareness"]),
]

STORIES += [
    ("t17-ary-27", "ary", """
كنت خدامة ف{LOC:حمام الأندلس} ف مكناس، كنكسل الناس. مولات الحمام، الحاجة {PER:زهرة}،
كانت كتخلصني 40 درهم ف النهار وكتقول ليا الباقي كتجمعو ليا. من بعد سبع شهور
قالت ليا ما عندك والو عندي. ملي طلبت الفلوس، ولدها {PER:سفيان} جرا عليا. بديت نخرج ف الليل باش نخلص
الكرا. {PER:عواطف} اللي كانت معايا ف الحمام هي اللي عرفاتني على {PER:سكينة} ديال الجمعية. {PER:سكينة}
قالت ليا بلي نقدر نمشي لمفتشية الشغل، وعاونتني نكتب الطلب. {PER:زهرة} ما بغاتش تعترف، ولكن المفتش
{PER:بلال} قال ليها خصها تخلص. خديت 3000 درهم من أصل 8000. ماشي كلشي، ولكن ولّيت كنعرف بلي الخدمة
ديالي عندها الثمن. دابا كنخدم مع {PER:كلثوم} ف محل ديال الغسيل.
""", ["violence_economic", "rights_awareness", "income_employment"]),
    ("t17-ary-28", "ary", """
{PER:زهرة}: {PER:مومو} فين نتي؟ الحلقة بدات |
{PER:مومو}: جاية، الطاكسي واقف ف{LOC:شارع الحسن الثاني}، الزحام |
{PER:ياقوت}: {PER:زهرة}، لالة {PER:فاطمة} جات؟ |
{PER:زهرة}: إيه، لالة {PER:فاطمة} هنا، وجابت معاها {PER:لمياء} و{PER:السويرية} |
{PER:مومو}: {PER:السويرية} ديال {LOC:درب الكبير}؟ اللي كانت كتخدم مع الحاج {PER:صالح}؟ |
{PER:زهرة}: هي بعينها. كتقول بلي عرفات النتيجة ديالها، إيجابية |
{PER:ياقوت}: الله يكون معاها. غادي تدخل للجماعة ديال الدعم؟ |
{PER:زهرة}: {PER:لمياء} غادي توريها. ومن الأحسن {PER:إدريسية} الوسيطة تبدا معاها الدوا هاد السيمانة |
{PER:ياقوت}: مزيان، وحتى هي تعرف بلي ما بقاتش بوحدها، حنا معاها |
{PER:مومو}: وصلت، عطيوني شي بلاصة حدا {PER:ياقوت} 😄 |
""", ["peer_support", "hiv_care", "hiv_sti_testing"]),
    ("t17-ary-29", "ary", """
استمارة الاستماع — مراكش |
السمية: {PER:الحسنية بنت الحاج} |
الكنية: {PER:الفاسية} |
النمرة: {PHONE:+212 7 08 45 91 26} |
البطاقة الوطنية: {ID:E 771045} |
السكنى: {LOC:الداوديات}، حدا {LOC:سناك الفرحة} |
الطلب: {PER:الحسنية} كتقول بلي واحد الكليان، {PER:يونس البوعزاوي}، صورها بلا ما تعرف وبدا كيهددها ينشر
الفيديو إلا ما عطاتوش 2000 درهم. عطاتو 500، ورجع طلب الزيادة. بنتها {PER:وصال} ف الإعدادي وخايفة
توصل ليها التصاور. |
المتابعة: المحامية {PER:خديجة الرامي} توجه الشكاية للنيابة العامة، و{PER:الحسنية} تجمع الميساجات
اللي صيفطهم {PER:يونس} من {PHONE:0641 82 57 30}. المثقفة {PER:مريم} تبقى على اتصال معاها. |
""", ["violence_economic", "violence_psychological", "legal_support"]),
    ("t17-ary-30", "ary", """
أنا {PER:جميلة}، من خريبكة. عندي 41 عام وتلاتة ديال الدراري: {PER:حمزة}، {PER:زكرياء} و{PER:هبة}.
كنت كنخدم ف الليل والدراري عند مّي {PER:الشريفة}. ملي عرفات، قالت ليا: "ما بقاش عندك ولاد". خداتهم
وما بقاتش كتخليني نشوفهم. {PER:هبة} كانت كتبكي ف التيليفون وتقول ليا "ماما فين نتي؟". نهار مشيت
للجمعية، {PER:رجاء} قالت ليا بلي الحضانة ديالي، وحتى واحد ما يقدر يحرمني بلا حكم. بلا ما نمشيو
للمحكمة، {PER:رجاء} و{PER:عبد الرحيم} المساعد الاجتماعي مشاو عند مّي وهضرو معاها. مّي بكات، وقالت
ليا: "نتي بنتي قبل كلشي". دابا {PER:حمزة} و{PER:زكرياء} عندي، و{PER:هبة} كتجي ف العطلة. عندي رجاء
كبير نرجعو عائلة.
""", ["family_relations", "peer_support", "violence_psychological"]),
]

STORIES += [
    ("t17-ary-31", "ary", """
س: عرفي براسك. |
ج: {PER:نوال الفيلالي}، من طنجة، ساكنة ف{LOC:حومة الشوك}. |
س: كيفاش عرفتي الجمعية؟ |
ج: ف الخرجة ديال الليل، {PER:أمينة} و{PER:عبد الصمد} عطاوني الكيسان وقالو ليا على البريب، الدوا اللي
كيحمي من الفيروس قبل ما يوقع. ما كنتش عارفة بلي كاين. |
س: وشنو درتي؟ |
ج: مشيت مع {PER:أمينة} للمركز، الدكتور {PER:رضوان} دار ليا التحاليل، كلشي سلبي، وبديت البريب. كل
تلات شهور كنرجع. صاحبتي {PER:سهى} حتى هي بدات. {PER:الريفية}، اللي خدامة معانا ف{LOC:مقهى الحافة}،
كانت كتضحك علينا، ودابا حتى هي جات. |
س: واش كاين شي صعوبة؟ |
ج: الكليان ديال {LOC:مرشان} كيبغيو بلا كابوط. كنقول ليهم لا. {PER:عبد الصمد} علمنا كيفاش نهضرو. |
""", ["hiv_prevention", "hiv_sti_testing", "self_esteem"]),
    ("t17-ary-32", "ary", """
{PER:سناء}: {PER:وداد} واش عندك شي خبار على {PER:أدوا}؟ |
{PER:وداد}: {PER:أدوا} فالحبس ديال طنجة، شدوها ف {LOC:حي بوخالف} حيت ما عندهاش الأوراق |
{PER:سناء}: وولدها {PER:إيمانويل}؟ |
{PER:وداد}: عند {PER:بينتو} ف{LOC:مسنانة}. {PER:بينتو} ما عندهاش باش توكلو |
{PER:سناء}: نصيفط ليها قفة مع {PER:عثمان} ديال الجمعية، ونحيدو ليها بون ديال الحليب |
{PER:وداد}: الله يخليك. {PER:بينتو} عطاتني النمرة ديالها: {PHONE:0775 19 62 40} |
{PER:سناء}: والمحامي؟ |
{PER:وداد}: الأستاذ {PER:المهدي} قال غادي يزورها الخميس. كيقول بلي عندها الحق ف الترجمة |
{PER:سناء}: وقولي ل{PER:بينتو} الجمعية كتعطي حتى الحفاضات |
{PER:وداد}: واخا. {PER:أدوا} ما كلاتش مزيان حتى هي، نديو ليها شي حاجة ف الزيارة |
""", ["food_security", "legal_support", "family_relations"]),
    ("t17-ary-33", "ary", """
محضر الحلقة ديال الكلام، أكادير، {LOC:الدشيرة}، 27 نونبر. |
حضرو: {PER:تيفاوت}، {PER:يطو أوحمو}، {PER:دهبية}، {PER:تودة}، {PER:الزاهية}، {PER:زاينة}، والمنشطة
{PER:نادية}. |
الموضوع: الحشومة والنظرة ديال الناس. |
{PER:تيفاوت} قالت بلي ف الدوار ديالها، {LOC:دوار إمي مقورن}، كيعرفو بلي كتخدم ف المدينة وكيسدو
الباب ف وجه مّها. {PER:يطو} حكات كيفاش الفقيه رفض يصلي على صاحبتها {PER:عدجو} ملي ماتت. {PER:دهبية}
قالت: "حنا ماشي وسخ". {PER:زاينة} بكات، و{PER:الزاهية} شدات ليها يدها. {PER:نادية} سولات: شنو يعاونكم
توقفو قدام هاد الكلام؟ جاوبو: الجماعة، والمعرفة بالحقوق، والخدمة. |
الموعد الجاي: {PER:تودة} تجيب الطاجين ديالها 😊 |
""", ["stigma_discrimination", "peer_support", "self_esteem"]),
    ("t17-ary-34", "ary", """
نحكي ليكم على الليلة اللي تبدلات فيها حياتي. كنت ف{LOC:حي أولاد أوجيه} ف القنيطرة، مع {PER:ليلى}
و{PER:إيناس}. جا واحد الطوموبيل فيه {PER:عصام} و{PER:الزعر}، هادوك اللي كانو كيبيعو البنات
للأوطيلات. {PER:عصام} هزني بزز، ودّاني ل{LOC:فندق الربيع}، وسد عليا جوج أيام. {PER:إيناس} هي اللي
عيطات لخويا {PER:خالد}، و{PER:خالد} مشا للبوليس. ملي خرجت، كنت كنرعد. {PER:نزيهة} من الجمعية جات
معايا للسبيطار الإدريسي، ودارو ليا التحاليل والدوا الوقائي. الشكاية دخلات تحت رقم {ID:2026/87/441}.
دابا عايشة مع الخوف، ولكن عايشة. و{PER:ليلى} كتقول ليا: "الحياة ما وقفاتش".
""", ["violence_sexual", "violence_physical", "legal_support"]),
    ("t17-ary-35", "ary", """
استمارة الاستقبال — الدار البيضاء |
السمية: {PER:فاطمة الزهراء بنكيران} ({PER:زهيرة}) |
النمرة: {PHONE:0524 33 10 98} / {PHONE:0690 22 71 35} |
رقم الضمان الاجتماعي CNSS: {ID:142 908 366} |
العنوان: {LOC:البرنوصي}، {LOC:زنقة 27}، الرقم 14 |
جات مع: {PER:مهدية} و{PER:رقية الدكالية} |
الحالة: {PER:زهيرة} كانت خدامة ف معمل ديال الخياطة ف{LOC:عين السبع}، وطردوها ملي عرفو بلي كتاخد
دوا الفيروس. المسؤول، {PER:عبد الواحد}، قال قدام العاملات: "ما بغيناش المرض هنا". |
الطلب: تعاونها الجمعية ف الشكاية عند مفتشية الشغل، ومتابعة نفسية. قالت بلي ما بقاتش كتنعس. |
التوجيه: {PER:مهدية} تمشي معاها عند المفتش، والنفسانية {PER:غزلان} تشوفها الأربعاء. |
""", ["stigma_discrimination", "income_employment", "mental_health"]),
    ("t17-ary-36", "ary", """
[ميساج صوتي، {PER:صفية}، وجدة] |
{PER:حسنية}، سلام. بغيت نعاود ليك شنو وقع مع ختي {PER:لطيفة}. البارح ف الصباح، الجيران ف{LOC:حي
القدس} شافو {PER:الجيلالي} راجلها كيجرها من شعرها للزنقة. {PER:لطيفة} كانت حاملة ف الشهر الخامس.
{PER:بوشتى} مول الحانوت هو اللي فكها، وعيط ل19. {PER:الجيلالي} هرب. دابا {PER:لطيفة} ف سبيطار الفارابي،
والدكتورة {PER:سلمى} قالت الجنين بخير الحمد لله. {PER:لطيفة} بغات تمشي لمركز الإيواء حيت ما عندهاش
فين تمشي، الدار ديال {PER:الجيلالي}. عافاك عيطي ل{PER:نجوى} ديال المركز، وقولي ليها {PER:لطيفة}
عندها ولد صغير، {PER:آدم}، حتى هو خاصو بلاصة. النمرة ديالي {PHONE:0613 05 48 29}.
""", ["violence_physical", "housing", "reproductive_health"]),
    ("t17-ary-37", "ary", """
{PER:إيمان}: {PER:غزلان}، شفتي {PER:كريمو} البارح؟ |
{PER:غزلان}: {PER:كريمو} ديال {LOC:درب ميلا}؟ إيه، كان سكران بزاف |
{PER:إيمان}: كيعطي الحبوب ل{PER:سعدية} وكيخليها تخدم ليه |
{PER:غزلان}: {PER:سعدية} ما بقاتش كتعرف راسها، ولّات كتشم اللصاق حتى هي |
{PER:إيمان}: خصنا نديوها عند {PER:عبد المجيد} ديال مركز الإدمان، كيعرف يهضر معاهم |
{PER:غزلان}: النمرة ديالو {PHONE:٠٥٢٢٤٧١٩٣٠} |
{PER:إيمان}: شكرا. ونقولو ل{PER:حادّة} تجي معانا، {PER:سعدية} كتثيق فيها |
{PER:غزلان}: {PER:حادّة} مشات لبني ملال عند ولدها. نعيطو ل{PER:حجيبة} |
{PER:غزلان}: وما نقولوش ل{PER:كريمو} والو، باش ما يهربهاش من الحومة |
{PER:إيمان}: {PER:حجيبة} مزيانة. نتلاقاو ف{LOC:مقهى الأطلس} الساعة 5 |
""", ["addiction", "violence_economic", "peer_support"]),
    ("t17-ary-38", "ary", """
أنا {PER:يامنة}، من دوار ف الأطلس، ودابا ساكنة ف بني ملال ف{LOC:حي أم الظهر}. ما عنديش البطاقة
الوطنية، حيت باه ما سجلنيش ف الحالة المدنية. بلا بطاقة ما نقدرش ناخد راميد ولا نفتح الكونط ولا
نسجل بنتي {PER:إيجو} ف المدرسة. {PER:رقية} ديال الجمعية مشات معايا للمقاطعة، والموظف {PER:الحسين}
قال خصني جوج شهود من الدوار. عيطت لعمي {PER:موحى أوعلي} و{PER:حمو}، جاو من {LOC:تاكلفت} وشهدو.
دابا عندي الحكم ديال التسجيل، والملف عندو الرقم {ID:442/2026/ح م}. {PER:رقية} قالت ليا: "دابا نتي
موجودة ف الأوراق، ماشي غير ف الدنيا". فرحت بزاف، و{PER:إيجو} دخلات للقسم الأول.
""", ["civil_documents", "family_relations"]),
    ("t17-ary-39", "ary", """
{PER:الشلحة}: {PER:نعيمة} فين وصلتي مع الكرا؟ |
{PER:نعيمة}: مول الدار {PER:بوعبيد} عطاني حتى للجمعة، وإلا غادي يخرجني |
{PER:الشلحة}: شحال خاصك؟ |
{PER:نعيمة}: 1200 درهم. ما خدمتش هاد الشهر، مريضة |
{PER:الشلحة}: {PER:حسن} قال ليا الجمعية عندها صندوق صغير للكرا. سولي {PER:أسماء} |
{PER:نعيمة}: {PER:أسماء} قالت خاص الملف والورقة ديال الطبيب |
{PER:الشلحة}: الورقة عند الدكتورة {PER:حنان الشاوي}، سيري ليها غدا ف {LOC:حي المسيرة} |
{PER:نعيمة}: وإلا ما وصلاتش الفلوس؟ |
{PER:الشلحة}: تجي تنعسي عندي ف{LOC:تيكيوين}، أنا و{PER:فدوى} و{PER:العونية} نتزاحمو شوية 😂 |
{PER:نعيمة}: الله يخليكم ليا، نتوما الفاميلا ديالي |
""", ["housing", "peer_support", "income_employment"]),
    ("t17-ary-40", "ary", """
شهادة ف الجمع العام ديال الجمعية، الداخلة. |
سميتي {PER:مباركة}، ولكن الكل كيعيط ليا {PER:مبيركة}. جيت للداخلة باش نخدم ف معامل الحوت ف{LOC:حي
الحسني}، وملي تسدو المعامل، لقيت راسي ف الزنقة. {PER:الخليل}، اللي كان كيجيب الخدامات من الشمال، قال
ليا نخدم عندو ف الليل. كان كياخد نص الفلوس. {PER:فاطمتو} و{PER:اميلمنين} هوما اللي عاونوني نهرب.
ف الجمعية تعلمت الحقوق ديالي ف الدورات ديال {PER:عزيز} و{PER:سلمى}. دابا أنا مثقفة نظيرة،
كنمشي ل{LOC:حي السلام} ولا ل{LOC:حي الوكالة} ونهضر مع البنات. {PER:مبيركة} اللي كانت كتخاف ولات
كتهضر قدام الناس. شكرا ل{PER:الغالية} و{PER:لمينة} اللي آمنو بيا.
""", ["violence_economic", "rights_awareness", "self_esteem"]),
]

STORIES += [
    ("t17-sms-01", "ary", """
{PER:nouhaila}: salam {PER:ghizlane}, wach nti f derb? |
{PER:ghizlane}: ah ana f {LOC:derb sultan} 3nd {PER:soukaina} |
{PER:nouhaila}: {PER:soukaina} labas 3liha? smat bli {PER:simo} dreb-ha |
{PER:ghizlane}: ah 3tah3a b sebbat f rasha, dmat bzaf. ghadi nddiwha l sbitar ibn rochd |
{PER:nouhaila}: 3ayti 3la {PER:oumaima} dyal jam3iya, hya 3ndha tomobil |
{PER:ghizlane}: 3ayt, {PER:oumaima} jaya daba m3a {PER:khaoula} |
{PER:nouhaila}: w {PER:simo} fin howa? |
{PER:ghizlane}: hrab, walakin gal liha ila mchat l bolis ghadi yqtlha |
{PER:nouhaila}: ya {PER:ghizlane} golliha matkhafch, l association 3ndha mo7amiya |
{PER:ghizlane}: wakha. {PER:soukaina} katbki w katgol "3lia ana, ma3ndi 7ta wa7d" |
{PER:nouhaila}: 3ndha 7na. ana jaya tani, sifti liya localisation 📍 |
""", ["violence_physical", "violence_psychological", "peer_support"]),
    ("t17-sms-02", "ary", """
[vocal dyal {PER:hajar}, tfrragh 28/11] |
alo {PER:imane}, ana {PER:hajar}. bghit ngolik bli mchit lyoum m3a {PER:widad} l centre dyal tahalil f
{LOC:hay mohammadi}. daru lina test dyal sida w syphilis w l hepatite. kolchi negatif l7amdollah, walakin
{PER:widad} l9aw 3ndha chi infection sghira, 3tawha dwa. tbib {PER:reda} kan drif bzaf, ma 7gerna
ma walou. {PER:widad} kant khayfa tgol lih chno kankhdmo, walakin {PER:kawtar} l mosa3ida golat lih. w
3ndi amal nrj3o kolna kol 3 chhor. golli l {PER:fatiha} w {PER:bouchra} yjiw m3ana l marra jaya, w
{PER:l3roubia} tani ila bghat. ah w hadi nmra dyal centre ila bghiti: {PHONE:0522 60 81 34}. bslama
{PER:imane}, bousa l {PER:yasmine} sghira.
""", ["hiv_sti_testing", "sti_care", "access_to_care"]),
    ("t17-sms-03", "ary", """
{PER:amal}: {PER:farah}, chefti chno w9e3 f {LOC:sidi moumen} lbare7? |
{PER:farah}: la, chno? |
{PER:amal}: l bolis d5lo l {LOC:snack lbahja} w chddo {PER:jamila} w {PER:hanane} |
{PER:farah}: 3lach? |
{PER:amal}: galo lihom f9o3 490, w wa7d fihom 3yto lih {PER:rambo} bgha 1000dh bach ytl9hom |
{PER:farah}: ya latif. {PER:hanane} 3ndha bent sghira, {PER:loubna}, chkoun m3aha? |
{PER:amal}: {PER:loubna} 3nd {PER:chaimae} jartha f {LOC:zn9a 14} |
{PER:farah}: 3yti l {PER:hafsa} dyal jam3iya, 3ndha ra9m l mo7ami: {PHONE:06 61 73 20 55} |
{PER:amal}: 3ytt, gal ghadi ymchi l commissariat s3a 10 |
{PER:farah}: ma3ndi 7ta amal f had l bolis, walakin l7a9 7a9 |
{PER:amal}: {PER:jamila} khrjat daba, {PER:hanane} ba9a |
""", ["police_harassment", "violence_economic", "legal_support"]),
    ("t17-sms-04", "ary", """
{PER:assia}: {PER:rim} wach ghadi tji l group dyal lkhmis? |
{PER:rim}: ma3rftch, 3yana bzaf had l iyam, ma kan3sch |
{PER:assia}: 3lach a {PER:rim}? golili |
{PER:rim}: mn nhar {PER:nisrine} tlat, ma b9itch kan3ref chno ndir b rasi. kanfker nsali kolchi |
{PER:assia}: ya {PER:rim} la, 3afak. ana jaya 3ndk daba l {LOC:tikiouine} |
{PER:rim}: la ma tjich, ana mzyana |
{PER:assia}: ghadi nji m3a {PER:wiam}. w ghadi n3yto l dr {PER:ibtissam} psychologue |
{PER:rim}: {PER:ibtissam} ghadi tgol ana 7m9a |
{PER:assia}: la walakin, hya 3awnat {PER:majda} w {PER:siham} mn 9bel. w ila 7ssiti b chi 7aja 3yti l 15 |
{PER:rim}: wakha. jibi m3ak {PER:momo}, bghit nchof lqatta dyalha 😿 |
{PER:assia}: {PER:momo} tji, w {PER:wiam} tjib l ftour |
""", ["mental_health", "social_isolation", "peer_support"]),
    ("t17-sms-05", "ary", """
{PER:precious}: hello {PER:hasna}, it's me. ana f {LOC:bernoussi} daba |
{PER:hasna}: {PER:precious}! fin kunti? {PER:blessing} galt liya mchiti l tanja |
{PER:precious}: madam {PER:gift} ddatni l tanja, galt liya khassni nkhlss dette 30000 dh |
{PER:hasna}: w daba? |
{PER:precious}: hrbt m3a {PER:chidinma}. {PER:gift} 3ndha passport dyali |
{PER:hasna}: mat9l9ich. {PER:asmae} dyal association katkhdm m3a les migrants, ghadi tsift lik localisation |
{PER:precious}: {PER:chidinma} mrida, 3ndha s5ana |
{PER:hasna}: {PER:asmae} ghadi tddikom l sbitar mohammed V, w l carte dyal ramed ma khassach |
{PER:precious}: thank you sister. ra9m dyali jdid: {PHONE:+212 7 71 40 58 93} |
{PER:hasna}: wakha, w ila chi wa7d tab3kom 3yto l 19 |
""", ["trafficking", "access_to_care"]),
]
STORIES += [
    ("t17-sms-06", "ary", """
{PER:noor}: {PER:hayat} sba7 lkhir, kifach dazt nhar lwl f formation? |
{PER:hayat}: zwiiin bzaf! l mo3alima {PER:naziha} ktwri mzyan, t3lmt n9ss cheveux |
{PER:noor}: mabrouk 3lik, hadi hya l hayat jdida 😍 |
{PER:hayat}: kayn m3aya {PER:salima} w {PER:zhor} mn {LOC:anza}, w wa7da sghira smitha {PER:aicha} |
{PER:noor}: {PER:zhor} dyal {LOC:hammam zitouna}? |
{PER:hayat}: hya bi3ayniha. galt liya lalla {PER:hnia} ghadi t3tiha blasa f salon dyalha mn b3d |
{PER:noor}: {PER:hnia} mzyana, dkhlat tani {PER:khadija} l3am li fat |
{PER:hayat}: ana bghit n7ell salon sghir f {LOC:dchira}, w nkhdm m3aya {PER:souad} |
{PER:noor}: ila bghiti l micro-credit golha l {PER:mounir} dyal jam3iya, 3ndo l contact |
{PER:hayat}: ah w {PER:mounir} gal khass cin: {ID:JK 290415} w chhada dyal formation |
{PER:noor}: ghadi twsli a {PER:hayat}, ana kanchouf noor f 3inik |
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("t17-sms-07", "ary", """
{PER:zizi}: {PER:chocho} rak f {LOC:daoudiate}? |
{PER:chocho}: la ana f {LOC:mhamid} 3nd {PER:7lima} |
{PER:zizi}: {PER:7lima} wach ba9a katakhd dwa dyalha? |
{PER:chocho}: ah kol sba7 s3a 8. {PER:driss} dyal centre sift liha rappel f telephone |
{PER:zizi}: mzyan. {PER:lolo} galt liya bli 3ndha rendez-vous m3a dr {PER:tarik} f sbitar ibn tofail |
{PER:chocho}: ah charge virale. {PER:7lima} khayfa, walakin {PER:driss} gal liha bli indetectable = ma katn9elch |
{PER:zizi}: zwin had lkhbar. w {PER:soso} fin? |
{PER:chocho}: {PER:soso} m3a {PER:anouar} sa7bha, wllat mzyana m3ah |
{PER:zizi}: 3tini nmra dyal {PER:driss} 3afak |
{PER:chocho}: {PHONE:0524} |
{PER:chocho}: {PHONE:30 47 12 66} |
{PER:zizi}: merci a {PER:chocho}, bousa l {PER:7lima} |
""", ["hiv_care", "peer_support"]),
    ("t17-sms-08", "ary", """
[vocal dyal {PER:fadwa}, mn fes] |
{PER:najat} salam, ana {PER:fadwa}. bghit ngolik chno w9e3 l {PER:touria} f {LOC:ain nokbi}. mol dar
{PER:bouchta} dkhel 3liha f lil w bgha yn3s m3aha bzz, galha ila ma bghitich nkhrjk ghda. hya rfdat,
w howa dfe3ha mn drouj. {PER:touria} t3wrat f rjel. {PER:hakima} jartha sm3at w dkhlat, w {PER:bouchta}
khrj. daba {PER:touria} khayfa tb9a tma, w ma 3ndhach fin tmchi. 3afak a {PER:najat}, golha l {PER:saida}
dyal centre d'hébergement yl9aw liha chi blasa had l osbou3. w {PER:touria} bghat tchki, ghadi tji
m3aya l jam3iya ghda s3a 10 bach tchouf l mo7amiya {PER:latifa}. nmrti hya {PHONE:0706 58 14 22}.
""", ["violence_sexual", "violence_physical", "housing"]),
    ("t17-sms-09", "ary", """
{PER:khadija}: {PER:l3roubia}, wach jbti lkhobz? |
{PER:l3roubia}: ma b9a walou f dar, 7ta l 7lib sala |
{PER:khadija}: ana tani ma khdmtch had simana, lbrd w l bolis f {LOC:zn9a 9} |
{PER:l3roubia}: {PER:saloua} galt liya bli l jam3iya kat3ti 9ffa dyal makla lkhmis |
{PER:khadija}: fin? |
{PER:l3roubia}: f local dyal jam3iya f {LOC:hay lalla meryem}, khass tjibi cin |
{PER:khadija}: cin dyali 3nd {PER:mustapha}, ma bghach yrddha liya |
{PER:l3roubia}: goli l {PER:saloua}, hya tkteb smitk bla cin |
{PER:khadija}: wakha. w nddi m3aya {PER:3ziza} w {PER:rabab}, 7ta homa ma 3ndhom ma yaklo |
{PER:l3roubia}: {PER:rabab} 3ndha 3 dyal drari, khassha zouj 9ffat |
{PER:khadija}: l7amdollah 3la {PER:saloua}, hya li katfker fina |
""", ["food_security", "civil_documents", "peer_support"]),
    ("t17-sms-10", "ary", """
{PER:bibi}: {PER:titi} ghadi tji l {LOC:café nejma} lyoum? |
{PER:titi}: la a {PER:bibi}, {PER:3bdo} mab9ach khlini nkhrj |
{PER:bibi}: kifach? |
{PER:titi}: khda liya telephone, w 9al liya ila 3yt l mama {PER:zohra} ghadi yktlni |
{PER:bibi}: hadi machi 3icha a {PER:titi}. nti 3ayta mn fin? |
{PER:titi}: mn telephone dyal {PER:nada} jarti. ana msdoda f dar f {LOC:hay salam} |
{PER:bibi}: ghadi n3yt l {PER:sanae} dyal jam3iya, w ila khassk 3yti l 19 |
{PER:titi}: la bolis la, {PER:3bdo} ghadi y3rf |
{PER:bibi}: {PER:sanae} ma katji m3a bolis. hya 3awnat {PER:meryem} l3am li fat |
{PER:titi}: wakha. golha tji m3a {PER:nada} bach ybano jarat |
{PER:bibi}: safi, sbri chwiya, ana m3ak |
""", ["violence_physical", "violence_psychological", "social_isolation"]),
]
STORIES += [
    ("t17-sms-11", "ary", """
{PER:sara}: {PER:oumayma} chno galt lik doctora? |
{PER:oumayma}: rani 7amla, chhar w nss |
{PER:sara}: w chno bghiti ndiri? |
{PER:oumayma}: ma3rftch. {PER:yassine} ma bghach y3trf b lwld, gal liya machi dyali |
{PER:sara}: golha l {PER:kenza} dyal l planning familial, hya katchr7 kolchi bla ma t7kem 3lik |
{PER:oumayma}: {PER:kenza} f {LOC:hay chrifa}? |
{PER:sara}: ah, 7da {LOC:pharmacie lamal}. w ila bghiti l mo7amiya {PER:rajae} tchouf m3ak test d'ADN mn b3d |
{PER:oumayma}: ana khayfa a {PER:sara}. mama {PER:zoubida} ila 3rfat ghadi tjri 3lia |
{PER:sara}: ghadi nmchi m3ak ana w {PER:ilham}. w {PER:rajae} gal liya rajae kbir f l 9anoun jdid |
{PER:oumayma}: hhh {PER:rajae} w rajae. wakha, lkhmis s3a 11 |
{PER:sara}: w {PER:kenza} 3ndha email: {EMAIL:kenza.pf@tanmia-saha.ma} |
""", ["reproductive_health", "family_law"]),
    ("t17-sms-12", "ary", """
[vocal dyal {PER:naima}, tanja] |
salam {PER:houda}, ana {PER:naima} mn {LOC:bni makada}. bghit n3awd lik 3la {PER:awa} w {PER:fanta}, zouj
bnat mn mali. kaykhdmo f wa7d dar kbira f {LOC:hay malabata},
3nd wa7ed smito {PER:abdelhak}, w mratou {PER:naoual} kat3rf kolchi. {PER:abdelhak} khda lihom passports, w kaykhlihom ykhdmo f dar nhar
kaml w f lil kayjib lihom rjal. ma kaykhllshom 7ta dirham. {PER:awa} 3ndha 17 3am. {PER:fanta} 3ayta liya
mn nmra dyal {PER:bakary} khoha: {PHONE:00223 76 41 09 28}. goli l {PER:moussa} dyal association dyal
les migrants yt3awn m3ana, w golih {PER:abdelhak} 3ndo tomobil kehla. ana ma bghitch n3yt l bolis bo7di.
""", ["trafficking", "violence_economic", "violence_sexual"]),
    ("t17-sms-13", "ary", """
{PER:3aicha}: {PER:loubi}, nti 3ayta 3lia? |
{PER:loubi}: ah a {PER:3aicha}, bghit ngolik bli {PER:soumia} d5lat l centre dyal désintox f {LOC:hay el wifaq} |
{PER:3aicha}: bsse7? {PER:soumia} li kant katchm l colle f {LOC:derb ghallef}? |
{PER:loubi}: hya. {PER:hamid} l éducateur b9a m3aha chhar kaml |
{PER:3aicha}: tbarklah 3lih. w {PER:nabila}? |
{PER:loubi}: {PER:nabila} ba9a katchrb, walakin bdat tji l réduction des risques kol tlat |
{PER:3aicha}: ana tani bghit n9ll mn l karkoubi, 3ayana |
{PER:loubi}: ghda nmchiw b jouj l {PER:hamid}. ra9mo: {PHONE:06 09 44 18 73} |
{PER:3aicha}: wakha, w golli l {PER:soumia} fiya l farah 3liha |
{PER:loubi}: ghadi ngolha. {PER:farida} tani ghadi tji m3ana |
""", ["addiction", "peer_support"]),
    ("t17-sms-14", "ary", """
{PER:meriem}: ya {PER:dounia}, wach ghadi tmchi l tribunal lyoum? |
{PER:dounia}: ah, jalsa dyal ta6li9 s3a 9. {PER:younes} ghadi ykon tma |
{PER:meriem}: {PER:younes} ba9i kaysift lik messages? |
{PER:dounia}: kol nhar. kaygol ghadi yakhd {PER:rayan} w {PER:lina} |
{PER:meriem}: ma y9derch. l mo7amiya {PER:wafae} galt l 7adana dyalk |
{PER:dounia}: {PER:wafae} galt tani l nafa9a 1500 dh f chhar. dossier n° {ID:2026/1502/318} |
{PER:meriem}: zwin. bghiti nji m3ak? |
{PER:dounia}: ah 3afak, w jibi {PER:ikram} |
{PER:meriem}: {PER:ikram} khdama f {LOC:salon lina} lyoum, walakin ghadi nsowlha |
{PER:dounia}: hhh 3a9liti, salon smito b7al bnti |
{PER:meriem}: ghadi nkon 3nd l bab dyal tribunal 8 w nss. courage a {PER:dounia} |
""", ["family_law", "legal_support", "violence_psychological"]),
    ("t17-sms-15", "ary", """
{PER:jihane}: {PER:houria} l3ziza, 3tini 5 d9aye9 |
{PER:houria}: tfddli a {PER:jihane} |
{PER:jihane}: f l mostawsaf dyal {LOC:hay nahda} rfdo ydkhlo {PER:esther} |
{PER:houria}: 3lach? |
{PER:jihane}: galo khass carte de séjour, w wa7d l infirmier gal liha "rje3 l bladk" |
{PER:houria}: 3onsoriya hadi. {PER:esther} 3ndha l7a9 f tatbib b7al kolchi |
{PER:jihane}: {PER:esther} kat7ss b wje3 f krchha, w {PER:gloria} sa7btha khayfa 3liha |
{PER:houria}: 3yti l {PER:younes} dyal l association dyal les migrants, w golha tmchi l urgences dyal sbitar moulay abdellah |
{PER:jihane}: {PER:younes} ma jawbch. {PER:gloria} 3ndha nmra dyal {PER:clarisse}: {PHONE:0762 13 58 90} |
{PER:houria}: mzyan, {PER:clarisse} kat3rf l médecin chef. ana jaya 7ta ana |
""", ["stigma_discrimination", "access_to_care", "rights_awareness"]),
]
STORIES += [
    ("t17-sms-16", "ary", """
{PER:chel7a}: {PER:yamna} wach wslk l wraq? |
{PER:yamna}: ah! la carte nationale wjdat, {ID:JT 118402}. awl mra f 7yati 3ndi cin |
{PER:chel7a}: mabrouk! {PER:abderrahim} dyal jam3iya howa li tab3 m3ak? |
{PER:yamna}: ah, w {PER:itto} ta hya 3awnatni, mchat m3aya l mo9ata3a dyal {LOC:tikiouine} 3 dyal lmrat |
{PER:chel7a}: daba tsjjli {PER:tuda} f l7ala lmadaniya |
{PER:yamna}: ghda nmchi. {PER:abderrahim} gal khass chahadat {PER:moha} w {PER:hmad} mn {LOC:douar tagadirt} |
{PER:chel7a}: {PER:moha} ba9i 7ay? |
{PER:yamna}: ah, 3ndo 80 3am walakin ba9i kaymchi 😂 |
{PER:chel7a}: zwin. w bghiti l AMO mn b3d, l AMO dyali ra9mha {ID:5540 2218 0917} ila bghiti tchoufi kifach |
{PER:yamna}: merci a {PER:chel7a}, nti khti |
""", ["civil_documents", "family_relations", "self_esteem"]),
    ("t17-sms-17", "ary", """
[vocal dyal {PER:samira}, kenitra] |
{PER:ghita} salam, ana f {LOC:saknia} daba m3a {PER:hind}. lbare7 f lil, wa7d l client f {LOC:café
lhouda} ma bghach ykhless {PER:hind}, w mli tlbat flousha, dreb-ha b kas f wjhha. {PER:hind} ghadi t7tj
l ghorz. ana w {PER:nadia} ddinaha l sbitar l idrissi, walakin galo lina khass chhada tbiya bach tchki.
{PER:hind} bghat tchki, 3ndha ra9m dyal client: {PHONE:06 44 02 91 57}, w 3rfat smito {PER:karim} w
kaykhdm f garage f {LOC:zn9a 31}. 3afak a {PER:ghita} goli l {PER:hicham} l mo7ami yjiw m3ana
ghda. w goli l {PER:latifa} ma tjich l café had l iyam, {PER:karim} ghadi y3rfha.
""", ["violence_physical", "violence_economic", "legal_support"]),
    ("t17-sms-18", "ary", """
{PER:asmaa}: l bnat, l group dyal l7ewar ghadi ykon ljem3a f {LOC:dchira} |
{PER:rachida}: chkon ghadi tji? |
{PER:asmaa}: ana, {PER:khnata}, {PER:mbarka}, {PER:fatna} w {PER:aminata} |
{PER:khnata}: ana jaya. w {PER:mbarka} tji b tomobil dyal {PER:brahim} |
{PER:mbarka}: {PER:brahim} ma3ndoch essence 😂 ghadi nji f taxi |
{PER:rachida}: ana ma9derch, 3ndi rendez-vous f sbitar hassan II m3a {PER:aya} bnti |
{PER:asmaa}: ok {PER:rachida}. l mawdou3 howa l 7o9o9: chno ndiro ila chddna l bolis |
{PER:fatna}: mzyan, {PER:aminata} 3ndha bzaf dyal l as2ila 3la l wra9 |
{PER:aminata}: oui, ana bghit n3rf wach n9dr nchki mn ghir carte de séjour |
{PER:asmaa}: ghadi tjawbk l mo7amiya {PER:sanaa}, hya jaya tani |
""", ["rights_awareness", "peer_support", "police_harassment"]),
    ("t17-sms-19", "ary", """
{PER:kawtar}: {PER:bouthaina}, chno gal lik dr {PER:anas}? |
{PER:bouthaina}: gal liya 3ndi l gonorrhée, 3tani injection w dwa 7 iyam |
{PER:kawtar}: w {PER:fouad}? khasso yt3alj ta howa |
{PER:bouthaina}: {PER:fouad} ma bghach, gal ana li jbt lih lmrd |
{PER:kawtar}: {PER:fouad} dima hakka. golha l {PER:nezha} tchr7 lih, hya katkhdm f centre dyal {LOC:hay lmassira} |
{PER:bouthaina}: ana 3ya. w {PER:anas} gal ma n3mlch bla capote tal ma nkmml dwa |
{PER:kawtar}: w l test dyal sida? |
{PER:bouthaina}: dar liya test, ghadi y3tini natija ghda |
{PER:kawtar}: ghadi nji m3ak. w golli l {PER:hayat} tji ta hya, kant 3ndha nafs l 3alamat |
{PER:bouthaina}: {PER:hayat} wllat kat7chem, golha nti |
""", ["sti_care", "hiv_sti_testing", "family_relations"]),
    ("t17-sms-20", "ary", """
{PER:salma}: {PER:warda} wach smti b {PER:zahia}? |
{PER:warda}: la, chno w9e3? |
{PER:salma}: rb7at l concours dyal pâtisserie f l OFPPT! wllat khdama f {LOC:pâtisserie essaada} f {LOC:hay el matar} |
{PER:warda}: waaaw {PER:zahia}! li kant 9bel katgol ana ma nswa walou |
{PER:salma}: ah, daba katgol "ana 3ndi 9ima". l patron si {PER:mohamed} kay7tarmha |
{PER:warda}: zwin. {PER:bahija} w {PER:naima} ta homa bdaw formation dyal cuisine |
{PER:salma}: w {PER:zahia} ghadi tjib l gateau l group ljem3a |
{PER:warda}: golha tjib bzaf, {PER:l3roubia} w {PER:hasnaa} kaklo bzaf 😂 |
{PER:salma}: hhh. w {PER:zahia} galt chokran l {PER:nouzha} li dkhlatha l formation |
{PER:warda}: {PER:nouzha} hya l3ziza dyalna kamlin |
""", ["vocational_training", "income_employment", "self_esteem"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train17.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
