"""Generate tests/data/analysis_dev2.jsonl, a second development set for personal data.

Fictional stories (French, English, Arabic, Darija in Latin letters, SMS register),
written for the detection rules of issue 10: names after titles and kinship words,
lowercase names, nicknames, ID numbers with spaces or after a cue, Arabic-script
names and places, institutions named after people. Development material: the
engine is tuned on it. Personal data is marked inline as ``{LABEL:text}``.

Run:  python tests/data/make_analysis_dev2.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")

# (id, lang, marked text)
STORIES = [
    ("d01", "fr", "Quand je suis arrivée au centre, c'est {PER:Mme Chraibi} qui m'a reçue. Elle m'a présentée à "
     "{PER:Maître Alaoui}, l'avocate, et au {PER:Dr Benjelloun} qui travaille à l'hôpital Ibn Rochd. "
     "On m'a soignée au CHU Mohammed VI puis j'ai dormi chez ma {PER:tata Zhor}."),
    ("d02", "fr", "moi c {PER:sabrina}, jsuis venue avec {PER:nouhaila} au local mardi. on habite au "
     "{LOC:douar Lahbichat} pres de la route. si tu veux m'appeler c le {PHONE:06 71 22 48 90}."),
    ("d03", "fr", "Ma carte d'identité porte le numéro {ID:BK 482913}. Le titre de séjour de ma cousine "
     "{PER:Rokia} : numéro étranger {ID:7502841963}. Le reçu de dépôt porte le n° {ID:R-2024-5581}."),
    ("d04", "fr", "{PER:Mlle Yasmine Idrissi} est venue avec sa mère, {PER:Hajja Rkia}. Elle est originaire "
     "du village de {LOC:Tidili}, dans le Haouz. Le lycée Ibn Khaldoun lui a refusé l'inscription."),
    ("d05", "fr", "Le HCR lui a remis une attestation de demandeur d'asile n° {ID:565-24C03318}. "
     "{PER:Sœur Marie-Thérèse} l'a accompagnée au commissariat de la {LOC:rue Oued Fès}."),
    ("d06", "fr", "On l'appelle {PER:Titi} dans le quartier. Avec {PER:Si Abdelkrim}, le gardien, elle a "
     "trouvé une chambre {LOC:derb Dabachi}. {PER:Madame Fadoua} lui prête sa machine à coudre."),
    ("d07", "fr", "slt c {PER:khadija} de la part de {PER:malika}, on se voit au {LOC:café Nakhil} a 18h ? "
     "mon mail {EMAIL:khadija.b90@gmail.com} ok bisous"),
    ("d08", "fr", "Je suis allée à la clinique Pasteur et à l'école Jean Moulin pour mon fils. "
     "Le médecin, {PER:Docteur Amrani}, m'a donné un certificat. Dossier numéro {ID:44817/B}."),
    ("d09", "en", "When I got to the shelter, {PER:Mrs Okafor} gave me a bed. {PER:Sister Agnes} from the "
     "church drove me to the clinic, and {PER:Auntie Bisi} kept my daughter for the week."),
    ("d10", "en", "hi its {PER:precious}, me and {PER:blessing} are at the {LOC:Galaxy Bar} tonight. call me "
     "{PHONE:+33 7 58 12 40 96} or email {EMAIL:precious.o@yahoo.co.uk}"),
    ("d11", "en", "My UNHCR case number is {ID:MOR-21-004517} and my asylum seeker certificate is "
     "{ID:565-21C00871}. The receipt number for my application is {ID:2024 118 993}."),
    ("d12", "en", "{PER:Mr Diallo} met me at St Mary's Hospital. {PER:Ms Kowalczyk}, the social worker, helped "
     "me file the complaint. I grew up in {LOC:Ogbe village} near Benin City."),
    ("d13", "en", "Everyone calls her {PER:Lulu}. She lives with {PER:Mama Ngozi} on {LOC:Allen Avenue}. "
     "Her file number is {ID:LAG-7731}."),
    ("d14", "en", "{PER:Dr Haddad} at the Hassan II hospital sent me to {PER:Lalla Zineb}'s house in "
     "{LOC:hay Mohammadi}. My ID card is {ID:JA 774120}."),
    ("d15", "ar", "اسمي {PER:خديجة} وعندي ثلاث أولاد. كنسكن في {LOC:حي المسيرة} مع {PER:السيدة فاطمة}. "
     "رقم الهاتف ديالي {PHONE:0661234598}."),
    ("d16", "ar", "سميتي {PER:نعيمة}، جيت من {LOC:دوار أولاد بوعلي}. {PER:لالة رقية} هي اللي عاونتني "
     "ومشات معايا للمستشفى ابن طفيل."),
    ("d17", "ar", "صاحبتي {PER:سناء} كانت كتخدم في مقهى فـ{LOC:زنقة الحرية}. رقم البطاقة الوطنية ديالها "
     "{ID:EE 339102}."),
    ("d18", "ar", "تعرفت على {PER:الحاجة زهرة} في {LOC:شارع محمد الخامس}. ساعدتني المحامية {PER:مريم} "
     "باش نجيب شهادة السكنى. رقم الملف {ID:2023/1187}."),
    ("d19", "ar", "أنا {PER:أمينة}، عندي 24 عام. بنتي {PER:هبة} مريضة وكنداوي بها في مستشفى محمد السادس. "
     "البريد: {EMAIL:amina.h@hotmail.fr}"),
    ("d20", "ar", "كانت {PER:نادية} وأختها {PER:سلمى} ساكنين في {LOC:درب السلطان}. اتصلي بيا على "
     "{PHONE:+212 6 70 11 42 38}."),
    ("d21", "fr", "smiti {PER:hafida}, ana mn {LOC:douar Ait Ourir}. khti {PER:fatiha} hiya li jabtni l "
     "jam3iya. nmra dyali {PHONE:0678451230}."),
    ("d22", "fr", "sa7bti {PER:zineb} kat5dem f {LOC:hay Lalla Meryem}, kaysmiwha {PER:Zizi}. "
     "kan3ref ghir {PER:lalla Aicha} li 3awnatni."),
    ("d23", "fr", "Avec {PER:M. Benali}, l'éducateur, et {PER:Me Tahiri}, nous avons préparé le dossier. "
     "Elle vit à la {LOC:cité Al Qods} depuis mars."),
    ("d24", "en", "My name is {PER:Grace}. My friend {PER:joy} and I sleep at the hostel on "
     "{LOC:Rue de Tanger}. The police report number is {ID:PV 2210/24}."),
    ("d25", "ar", "من نهار جيت للجمعية تبدلات حياتي. كنت كنخدم في البيوت وكانت المعلمة كتضربني. "
     "{PER:السيدة حفيظة} المساعدة الاجتماعية سمعاتني وعاونتني نكتب الشكاية. دابا كنسكن مع بنتي {PER:إكرام} "
     "في {LOC:حي السلام} وكنتعلم الخياطة. الهاتف ديال الجمعية ماشي هو ديالي، ديالي هو {PHONE:0612003344}."),
    ("d26", "ar", "ملي خرجت من الدار ما بقاش عندي فين نمشي. بت ليلتين في المحطة. جات {PER:لالة خدوج} وداتني "
     "للمركز. الطبيبة فحصاتني وقالت ليا خاصني نرتاح. مشيت للمحكمة مع المحامية وعطاوني رقم الملف {ID:1452/8/2023}. "
     "دابا كنحس براسي بخير."),
    ("d27", "ar", "كانت {PER:يطو} صاحبتي من الصغر. كنا ساكنين بجوج في {LOC:دوار آيت بوكماز} ومن بعد جينا للمدينة. "
     "خدمنا في مقهى {LOC:مقهى النخيل} وكان مول المقهى كيعاملنا خايب. راسلوني على {EMAIL:itto.amazigh@gmail.com}."),
    ("d28", "fr", "Je m'appelle {PER:Véronique}, j'ai 52 ans. Après le décès de mon mari, ma belle-famille m'a "
     "chassée. J'ai dormi au foyer de la {LOC:rue Paul Bert} pendant trois mois. L'assistante sociale, "
     "{PER:Mme Gautier}, m'a aidée pour l'AAH ; mon numéro d'allocataire est le {ID:2847361}. Aujourd'hui "
     "j'ai un petit studio et je respire."),
    ("d29", "fr", "wsh c {PER:imane}, chui a la gare avec {PER:doudou} on t'attend. ramène le papier de la "
     "préfecture stp c important, le récépissé c le {ID:3301928475}. mon nouveau num {PHONE:07 58 66 21 04}"),
    ("d30", "en", "I came from Edo State with {PER:Osas} and two other girls. A woman we called {PER:Madam Gift} "
     "took our passports. In Italy we worked on the {LOC:Via Domitiana}. Now I live in a shelter run by "
     "the sisters, and {PER:Sister Patricia} is helping me with my asylum file, number {ID:ITA-22-118034}."),
    ("d31", "en", "Everyone at the project knows {PER:Aunty Comfort}. She was the first to tell me about PrEP. "
     "I started treatment at the Royal Free Hospital and I go to the group every Thursday. "
     "My support worker is {PER:Ms Hollis}; you can write to her at {EMAIL:j.hollis@charity-example.org.uk}."),
    ("d32", "fr", "La petite {PER:Nounours}, comme on l'appelle, a fini par accepter de voir la psychologue. Sa mère, "
     "{PER:Madame Keita}, vient du village de {LOC:Sirakoro} au Mali. Elles habitent {LOC:cité des Lilas}, "
     "bâtiment C. Le médecin de l'hôpital Avicenne a signé le certificat."),
    ("d33", "ar", "خويا {PER:رشيد} كان كيهددني. مشيت للكوميسارية وعطاوني وصل رقم {ID:88341}. "
     "{PER:الأستاذة بناني} قالت ليا بلي عندي الحق نطلب الحماية. دابا كنسكن عند خالتي {PER:زهور} "
     "فـ{LOC:درب غلف}."),
    ("d34", "en", "hey its me {PER:tina}!! im at {LOC:Eko Hotel} with {PER:mercy}, she says hi. call me on "
     "{PHONE:+234 803 555 0192} when u can"),
    ("d35", "fr", "{PER:Hadja Fanta} tient un petit restaurant près de la gare. Elle m'a présentée à "
     "{PER:Tonton Issa} qui connaît un avocat. Ma carte de séjour porte le numéro {ID:9912048736}. "
     "Je travaille maintenant au {LOC:salon Belle Étoile}."),
    ("d36", "ar", "أنا {PER:فدوى} من {LOC:حي التقدم}. الجمعية عاونتني نرجع للقراية. كنقرا دابا في "
     "ثانوية ابن خلدون وباغية نولي ممرضة. صاحبتي {PER:نهيلة} كتعاوني في الدروس."),
    ("d37", "fr", "Je suis arrivée à Bordeaux en 2019. Au début je dormais chez une compatriote, {PER:Blessing}, dans le "
     "{LOC:quartier de la Bastide}. Le médecin de la PASS, le {PER:docteur Lemoine}, m'a orientée vers l'association. "
     "Mon récépissé porte le numéro {ID:3312345678} et mon dossier OFPRA le {ID:19-04567}."),
    ("d38", "fr", "Ma fille {PER:Aya} a eu 6 ans. Son père, {PER:Mr Karim El Fassi}, ne paie pas la pension. L'avocate "
     "{PER:Maître Dubois} a saisi le juge. Vous pouvez me joindre au {PHONE:06 98 76 54 32} ou par mail "
     "{EMAIL:aya.maman@laposte.net}."),
    ("d39", "en", "I met {PER:Sister Veronica} at the drop-in on Tuesday. She introduced me to a lawyer, {PER:Mr Okonkwo}, "
     "at Brixton Law Centre. My Home Office reference is {ID:B1234567}. I live in a hostel on {LOC:Coldharbour Lane}."),
    ("d40", "fr", "bonjour c'est moi {PER:nadia} la copine de {PER:samira}, jai changé de numero: {PHONE:0654321987}. "
     "on se voit chez {PER:hajja fatna} demain?"),
    ("d41", "ar", "كنت كنخدم عند واحد العائلة في {LOC:حي الرياض}. المرا ديالو {PER:السيدة لبنى} كانت كتضربني. هربت "
     "ومشيت عند صاحبتي {PER:مونية} فـ{LOC:دوار الحاج قدور}. دابا عندي بطاقة التعريف رقم {ID:BE 556677}."),
    ("d42", "fr", "ana smiti {PER:samira}, kan sken f {LOC:derb Sidi Bouloukat} m3a mama. sahbti {PER:nawal} hiya li "
     "3rfatni 3la l jam3iya. la police chedatni 2 merrat."),
    ("d43", "en", "The clinic at Hôpital Avicenne gave me PrEP. My peer educator, {PER:Joy}, comes every Friday. Her "
     "colleague {PER:Aminata} speaks Bambara with me. Case number {ID:2022/MRS/0456}."),
    ("d44", "fr", "Avec l'aide de {PER:Tonton Moussa}, j'ai trouvé un travail dans un restaurant, {LOC:Le Baobab}, "
     "{LOC:rue des Poissonniers}. Mon patron, {PER:M. Traoré}, me paie chaque semaine."),
    ("d45", "fr", "Quand {PER:Oumaima} a quitté Beni Mellal, elle avait dix-sept ans. Elle a travaillé dans un café à "
     "{LOC:Derb Ghallef}, puis chez une dame à {LOC:Maarif}. La responsable du centre, {PER:Mme El Amrani}, l'a aidée "
     "à obtenir sa carte nationale (CIN n° {ID:BH 334455})."),
    ("d46", "fr", "Ma copine {PER:Vanessa} m'a donné le numéro de l'avocate : {PHONE:07 81 22 33 44}. Je l'ai appelée et "
     "elle m'a dit de venir au {LOC:12, rue du Commandant Marchand}."),
    ("d47", "ar", "تعرضت {PER:سلوى} للعنف من طرف زوجها. ساعدتها الجمعية في رفع دعوى قضائية، وتتابع حالتها المحامية "
     "{PER:نادية بنعلي}. تسكن حاليا في {LOC:حي النهضة} بالرباط."),
    ("d48", "en", "My sister {PER:Adaeze} and I shared a room in a house on {LOC:Ridley Road}. The madam, a woman "
     "everyone called {PER:Mummy Joy}, kept our papers."),
    ("d49", "fr", "Depuis que je suis suivie par l'équipe, je ne suis plus seule. {PER:Florin}, mon compagnon, a arrêté "
     "de boire. Nous habitons maintenant à Mérignac, dans la {LOC:cité Yser}."),
    ("d50", "fr", "kanet 3andi mochkil m3a rajli, kan yedrebni. mchit l jam3iya f {LOC:hay mohammadi} w lqit tma oukhti "
     "{PER:fatima zahra} li 3awnatni."),
]


def build(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "label": m.group(1), "text": m.group(2)})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]
    return text, spans


def main() -> None:
    path = Path(__file__).with_name("analysis_dev2.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for sid, lang, marked in STORIES:
            text, spans = build(marked)
            fh.write(json.dumps({"id": sid, "lang": lang, "text": text, "pii": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
