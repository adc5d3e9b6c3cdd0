"""Generate tests/data/analysis_blind14.jsonl, blind set 14 of the analysis engine.

Written on 2026-12-02 by the blind writer ``blind14``. What was read, and
nothing else: the rules file of the worktrees (COMMON.md); the codebook
(shared/design/codebook.md: theme keys, definitions and the personal-data
labels); the description of the method (shared/design/msc-method.md); the
module docstring of an earlier blind set's generator
(/work/wt/blind_conventions.txt, the docstring of make_analysis_blind11.py:
its composition and marking conventions); the shared helpers
tests/data/gold_marks.py (imported here, not copied); the scoring harness
tests/nlp_scoring.py; and the model of this set's test
(/work/wt/blind14_test_model.py). The writer also saw the status and the
last three one-line commit messages of the branch. The analysis engine
(msc/), its pattern lists, its rule tests, every other generator, every other
story set and every other test under tests/ were NOT read. The engine was
not run on these stories, msc was not imported and the set was not scored by
its writer. It is to be scored ONCE; never tune the engine on it (once it has
been used for tuning it is no longer blind, and a new blind set must be
written).

The 60 stories below are fictional (no real person; street, neighbourhood,
douar and village names are real or plausible places, the venues in them
are invented or used fictionally, people, numbers and addresses are
invented; French phones use the fictional ranges 06 39 98, 02 61 91,
03 53 01, 04 65 71; UK phones use the drama ranges 07700 900, 0115 496,
01632 960, 028 9649; Moroccan numbers are invented; e-mail domains are
invented; organisations named as negatives are real or plausible services):
24 French (ids b14-fr-01..24), 14 English (b14-en-01..14), 6 Modern Standard
Arabic (b14-ar-01..06, lang "ar"), 6 Moroccan Darija in Arabic script
(b14-ary-01..06, lang "ary") and 10 SMS/WhatsApp messages in Latin letters
(b14-sms-01..10: 6 Darija mixed with French, lang "ary"; 4 French SMS, lang
"fr"), so the languages count fr 28, en 14, ar 6, ary 12. Each story is
80-250 words (95-168) and carries 1-3 gold themes (all 27 codebook keys
are used at least once).

Registers: survivors' first-person accounts (one a letter to a sister, two
e-mails with From/To headers: a thank-you to a worker, news of a course),
facilitators' and peer educators' notes (Rouen, Meknès, Casablanca, Paris,
Belfast), Q/R, Q/A and س/ج interview transcripts, a voice message left on an
answering machine (Lille), transcribed voice notes (Brixton, a Darija one
from Fès), a support letter to a family judge (Clermont-Ferrand), the minutes
of talking groups with attendance lists (Grenoble, Newcastle), the minutes
of a selection committee with its vote and written reason (Agadir), a
case-coordination synthesis (Metz) and a case meeting (Sheffield), referral
and intake forms (Dijon, Tanger, Southampton), a helpline record with times
(Bradford), night outreach logs with times (Montpellier, Nottingham), and
SMS/WhatsApp threads (sender's name in lowercase on every line; dashes and
no names; two group threads; automatic reminders of a clinic and of a
lawyer's office answered by the storyteller).

Settings: Nantes, Rouen, Marseille, Grenoble, Perpignan, Dijon, Lille,
Toulouse, Metz, Paris, Montpellier, Rennes, Strasbourg, Nice, Lyon, Tours,
Montreuil, Clermont-Ferrand; Manchester, Sheffield, Coventry, Bradford,
Leicester, Nottingham, Cardiff, Hull, Belfast, London, Newcastle,
Southampton, Brighton; Casablanca, Meknès, Agadir, Tanger, Nador, Béni
Mellal, Rabat, Marrakech and the Drâa (Tamegroute), Salé, Fès, Kénitra,
Oujda. Storytellers and the people around them come from Côte d'Ivoire
(« Adjoua Kouassi » called « Djoudjou »), Guinea (Pulaar, « Fatoumata Binta
Diallo »), the Comoros (« Mounira Saïd Ali », « Nassuf »), Ukraine, Peru
(« Rosa Quispe »), Colombia, Vietnam (« Nguyen Thi Hoa », « Thu Trang »,
« My »), Kabylia, Brazil (« Ana Paula Ribeiro », « Luana Ferreira »),
Poland, Guadeloupe, Nigeria (« Blessing Okafor », « Precious », « Mama
Gift »), Madagascar (« Voahangy Rakotomalala », « Hanitra »), the DR Congo
(« Merveille Tshibanda », « Exaucé ») and Congo-Brazzaville, Eritrea
(« Saba Tesfaye », « Senait Gebremedhin », « Mebrat »), Wenzhou in China
(« Zhang Xiulan », « Ah Fang »), Tunisia, Armenia (« Anahit Hakobyan »),
Mali (Soninké, « Hawa Sissoko »), Mauritius (« Priya Ramgoolam »), Algeria
(a trans woman from Oran), Somalia (« Hodan Abdi Farah »), Pakistan
(« Shazia », « Imran Hussain »), Uganda (« Mercy Nakato »), Kenya (« Faith
Oduya »), Wales, Lithuania (« Rūta », « Darius Kazlauskas »), Northern
Ireland (« Roisin McCann »), Romania (« Gabriela Ionescu »), the
Philippines (« Maricel Santos », « Rowena »), Trinidad (« Sherelle »,
« Keiron »), England, Syria (« ريم الحلبي »), Côte d'Ivoire in Arabic script
(« أميناتا كوني », « ماري كلير »), and Morocco: the Rif (« ثريا أمزيان »,
« محند البوعزاوي »), the Souss (« Tlaytmas », « Fadma Aït Lhaj »,
« فدوى أوحمو »), the Drâa (« نور الهدى آيت الحاج »), the Gharb, the Tadla
and Casablanca, Fès, Salé, Oujda.

Gold counts (checked by tests/test_nlp_blind14.py): PER 527, LOC 257,
PHONE 22, EMAIL 11, ID 29 (846 spans). By group: French stories PER 180,
LOC 100, ID 12, PHONE 8, EMAIL 3; English PER 119, LOC 66, ID 7, PHONE 6,
EMAIL 3; MSA PER 48, LOC 30, ID 2, PHONE 2; Darija in Arabic script PER 53,
LOC 28, ID 3, PHONE 2; SMS PER 127, LOC 33, ID 5, PHONE 4, EMAIL 5.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID) and the rows are built, checked and written by the shared helpers
of gold_marks.py: the marks are stripped, character offsets computed
(Python str indices, i.e. code points) and every span read back. In the
story sources, physical lines are joined with one space; a line ending in
`` |`` ends with a real newline instead (interview turns, form fields, list
items and message lines).

Marking conventions: exactly those of blind set 11 (as stated in the
docstring of make_analysis_blind11.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, M., Maître, Dr, docteur, le docteur, Mr, Ms, Chef, Mama,
  Papa, sœur, Si, Lalla/لالة, الحاج, الأستاذة, الأستاذ, المحامية, الطبيب,
  الطبيبة, الفرملية, المنشطة, خويا, ختي, مّي, أمي, khalti, maître in SMS, dr in
  SMS), nor an SMS vocative or presentative (« a », « ana »), nor an Arabic
  proclitic (و، ب، بـ، ل، ف); every occurrence, lowercase SMS names and
  sender labels included; possessives keep only the name (« Sarah's » ->
  « Sarah »); a nickname is a name (« Djoudjou », « Sandy », « Fredo »,
  « بوكرش »); kunya-like nicknames are one span (« Abou Yassine », « Ah
  Fang »). Arabic-script names stand without any cue word in many MSA and
  Darija sentences (« تعمل خديجة ومليكة »). A name that is also a common
  word is PER only when it names a person.
- LOC: cue plus name (rue, avenue, boulevard, allée(s), cours, quai, place,
  square, passage, route, chemin, quartier, douar, café, bar, hôtel, salon,
  marché, souk, parc, bois, parking, street, road, lane, gardens, villas,
  pub, tavern, restaurant, bar, massage parlour, hotel, حي، الحي، دوار،
  زنقة، درب، شارع، مقهى، حانة، بار، صالون، سوق، حمام، محل, « zn9a », « hay »,
  « derb », « souk », « hammam », « café », « place », « boulangerie » in
  Latin-letter Darija), without the article or preposition before it (« à
  la {LOC:Guillotière} », « ف {LOC:درب السلطان} », « بـ{LOC:حي الفداء} »); an
  article written with a capital as part of the name is inside (« La
  Chapelle », « bar Le Flamboyant »); in English the cue may follow the
  name and is inside (« Big Hands bar », « Cluny pub », « Mughal Palace
  restaurant », « Golden Lotus massage parlour »); a numbered address runs
  from the number to the end of the street name, with building/flat/room
  details joined by a comma inside (« 14 rue des Olivettes, 3e étage »,
  « Flat 2, 31 Stockport Road », « Room 4, 77 Portswood Road », « زنقة ابن
  زهر، رقم 9 », « درب الدباغ، رقم 17 », « souk El Had, porte 6 »); bare
  neighbourhood and village names alone, after a preposition or not
  (Malakoff, Bellevue, Saint-Sever, Borny, Cronenbourg, Sidi Moumen, Moss
  Side, Levenshulme, Manningham, Byker, Ouseburn, Brixton, Camberwell,
  Anza, Tikiouine, Mesnana, Boukhalef, الدشيرة, تابريكت, عين النقبي, Fives
  in an SMS). Streets, squares, neighbourhoods and venues named after people
  or saints, or containing a title word (place Kléber, rue Paul-Bert, 3 rue
  Jean-Baptiste Say, avenue Jean-Giraudoux, quartier Bordj Moulay Omar, Sir
  John Borlase Warren pub, Duke of York bar, حي سيدي يوسف بن علي، حي يعقوب
  المنصور، زنقة ابن زهر, zn9a sidi bouabid, صالون ليلى), are LOC, not PER,
  and the person's name inside them is not a separate PER. Not marked:
  large cities, countries, regions, generic places (the pier, the bus
  station, « f zn9a » meaning « in the street »), railway stations (gare
  Matabiau, Piccadilly station), hospitals and institutions (named after
  people or not).
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; emergency and free numbers (17, 115, 3919, 999, 116 123) are
  not marked.
- EMAIL: the whole address, obfuscated forms included (« (at) … (dot) »,
  « AT … DOT », « [at] … [point] », « (arobase) … (point) »); never the angle
  brackets around it, nor a full stop after it.
- ID: the number only, not its cue (procès-verbal n°, dossier n°, numéro
  allocataire, N° de sécurité sociale, Demande SIAO n°, récépissé, RG n°,
  CIN, NRM reference, clinic number, Home Office reference, crime
  reference, National Insurance number, tenancy reference, Case number,
  réf., Réf. dossier, رقم، رقم الملف، الملف رقم), with the letter prefixes,
  inner spaces, hyphens and slashes that belong to it (« D 574821 »,
  « 2 91 07 99 216 048 37 », « IGPN-75-26-0934 », « ٢٠٢٦/٣١٧/٤٥ »). Ages,
  dates, amounts, prices, years, times, room and gate numbers, article
  numbers of a code and law numbers (loi 103-13) are not IDs.

Hard negatives (listed in the test, 79 pieces of text, each in the set and
inside no gold span): names used as words (« avec patience », « hope »,
« mercy », « faith », « grâce à », « My name is » beside the names Patience,
Hope, Mercy, Faith, Grâce and the Vietnamese name « My »; « الفرح »,
« حياة كريمة » beside « كريمة », « هادي بشرى كبيرة » beside « بشرى »,
« كنت سعيدة » beside « سعيدة », « أرى النور » beside « نور الهدى », « الأمل »
beside « أمل », « nhar sebt »); hospitals named after people
(Charles-Nicolle, François-Mitterrand, Lapeyronie, Édouard-Herriot,
Mohammed V, St Mary's, Royal Victoria, ابن سينا); organisations and services
(CAF, OFPRA, IGPN, IOPC, Entraide Nationale, CeGIDD, SIAO, the Samaritans,
the Haven, PMI, défenseur des droits, النيابة العامة); emergency and free
numbers; dates, times, amounts, rooms and a law number; large cities,
countries, railway stations and a generic « zn9a ».

Run:  python3 tests/data/make_analysis_blind14.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_marks import THEMES, write_set  # noqa: E402

OUT = Path(__file__).resolve().parent / "analysis_blind14.jsonl"
PREFIX = "b14-"
ROWS = 60

STORIES = [
    ("b14-fr-01", "fr", """
Je m'appelle {PER:Adjoua Kouassi}, mais depuis Abidjan tout le monde dit {PER:Djoudjou}. Quand je suis arrivée à
Nantes, je dormais chez un compatriote, {PER:Sékou Bamba}, au {LOC:14 rue des Olivettes, 3e étage}. Il prenait la
moitié de ce que je gagnais au {LOC:bar Le Flamboyant}, {LOC:quai de la Fosse}, et le reste il le gardait « pour le
loyer ». Un soir de janvier il m'a mise dehors avec mon sac. C'est {PER:Awa}, une paire de l'association, qui m'a
trouvée sous l'abri du tram à {LOC:Malakoff}. Elle a appelé le 115 avec moi et j'ai eu une place au foyer du
{LOC:boulevard de Doulon}. Aujourd'hui je partage un petit studio à {LOC:Bellevue} avec {PER:Mariam Touré}. Ce qui a
changé, c'est que l'argent que je gagne reste dans ma poche, et que le jeudi je retrouve les filles chez {PER:Awa}
pour parler. Seule, je ne serais jamais sortie de chez {PER:Sékou}.
""", ["housing", "violence_economic", "peer_support"]),
    ("b14-fr-02", "fr", """
Note de l'animatrice {PER:Claire Lemoine}, Rouen, 14 mars 2026. |
{PER:Fatoumata Binta Diallo} (dite {PER:Binta}), 27 ans, Peule de Guinée, est suivie depuis octobre. Violée par deux
clients dans un appartement de la {LOC:rue Eau-de-Robec}, elle n'osait pas porter plainte : elle pensait qu'on lui
demanderait ses papiers. Avec Maître {PER:Hélène Vasseur}, elle a déposé plainte le 9 janvier (procès-verbal n°
{ID:2026/004417}) et a été examinée aux urgences de l'hôpital Charles-Nicolle. Elle voit chaque semaine la
psychologue, Mme {PER:Nadège Obin}. Elle loge chez sa cousine {PER:Kadiatou Sow}, à {LOC:Saint-Sever}, et ne
retourne plus au {LOC:café du Vieux-Marché}, où elle retrouvait ces hommes. {PER:Binta} dit : « Maintenant je dors
la nuit, et j'ai une avocate qui me répond. » Prochain rendez-vous avec Maître {PER:Vasseur} le 2 avril à 10 h.
""", ["violence_sexual", "legal_support", "mental_health"]),
    ("b14-fr-03", "fr", """
Ma chère {PER:Zaïnaba}, je t'écris de Marseille, de la petite chambre que j'ai enfin à la {LOC:Belle de Mai}, au
{LOC:7 rue Loubon}. Tu te souviens comme j'avais honte quand le médecin de Moroni m'a dit que j'avais le VIH. Ici
j'ai rencontré {PER:Mounira Saïd Ali}, la médiatrice, qui m'accompagne à l'hôpital de la Conception. Je prends mes
comprimés tous les soirs, ma charge virale est indétectable depuis l'été. {PER:Mounira} m'a appris que je pouvais
vivre, travailler, aimer. Dis à maman que je vais bien et que {PER:Ibrahim} peut m'appeler au
{PHONE:06 39 98 21 47} le dimanche, après la prière. Je ne suis plus la femme cachée du {LOC:boulevard National} :
je marche la tête haute jusqu'au {LOC:marché du Prado}. Avec patience, j'ai appris à me regarder autrement. Embrasse
{PER:Nassuf} et {PER:Fatima Ahmed} pour moi. Ta sœur, {PER:Hadidja}.
""", ["hiv_care", "self_esteem", "family_relations"]),
    ("b14-fr-04", "fr", """
Compte rendu du groupe de parole, Grenoble, jeudi 8 octobre 2026, 14h30, salle 3. |
Présentes : {PER:Irina Bondarenko}, {PER:Oksana}, {PER:Yuliia Marchenko}, {PER:Rosa Quispe}, {PER:Nathalie Berthier}
(paire), {PER:Sophie Garnier} (animatrice). |
{PER:Irina} raconte qu'elle a quitté le salon de massage de l'{LOC:avenue Alsace-Lorraine} après que le gérant,
{PER:Dmytro}, lui a confisqué son passeport. {PER:Oksana} dit qu'elle a vécu la même chose dans un appartement de
l'{LOC:Île Verte}. {PER:Rosa}, venue du Pérou, explique qu'au début elle ne parlait à personne, elle restait dans sa
chambre du {LOC:quartier Mistral}. Aujourd'hui elle vient au groupe chaque semaine. {PER:Yuliia} propose qu'on
échange les numéros ; {PER:Nathalie} rappelle la règle : pas de numéros sur la feuille. Le groupe décide de se
retrouver aussi au {LOC:café Les Berlingots}, {LOC:place Notre-Dame}, le samedi. {PER:Sophie} note que personne
n'était seule cette semaine.
""", ["peer_support", "trafficking", "social_isolation"]),
    ("b14-fr-05", "fr", """
Q : Comment vous êtes-vous retrouvée à Perpignan ? |
R : Par {PER:Cristina}, une Colombienne de Cali, qui m'a dit qu'il y avait du travail dans un bar du
{LOC:quartier Saint-Jacques}. Le patron, {PER:Manolo Ferrer}, disait que je lui devais 4 000 euros pour le voyage. |
Q : Et la police ? |
R : Deux fois les agents m'ont contrôlée {LOC:avenue Jean-Giraudoux}, ils m'ont pris mon argent et m'ont dit de
disparaître. Un, le grand, je crois qu'il s'appelait {PER:Berthomieu}. |
Q : Qu'est-ce qui a changé ? |
R : {PER:Lucía Montoya}, de l'association, m'a expliqué mes droits : que la dette n'existe pas, qu'on peut
signaler un policier. J'ai fait une déclaration, dossier n° {ID:PYO-26-00318}. Maintenant je connais la route :
l'association, {LOC:rue Foch}, l'avocate, la préfecture. Je n'ai plus peur de {PER:Manolo}.
""", ["police_harassment", "trafficking", "rights_awareness"]),
    ("b14-fr-06", "fr", """
Fiche d'orientation – Dijon |
Nom : {PER:Nguyen Thi Hoa} |
Prénom d'usage : {PER:Hoa} |
Adresse : {LOC:22 rue Berbisey, appartement 5} |
Téléphone : {PHONE:03 53 01 48 62} |
Courriel : {EMAIL:hoa.nguyen@lotus-courrier.fr} |
N° de sécurité sociale : {ID:2 91 07 99 216 048 37} |
Orientée vers : CeGIDD du CHU François-Mitterrand, Dr {PER:Anne-Laure Perrot}. |
Motif : {PER:Hoa} a eu une rupture de préservatif avec un client le 3 novembre ; elle n'avait jamais fait de
dépistage. Elle a reçu le traitement d'urgence (TPE) dans les 48 heures et sera revue pour les sérologies VIH,
syphilis et hépatites. Accompagnée par {PER:Tuyet Mai Pham}, médiatrice. Elle travaille dans un salon de
{LOC:Fontaine d'Ouche}. Elle souhaite recevoir des préservatifs et du lubrifiant chaque mois.
""", ["hiv_prevention", "access_to_care"]),
    ("b14-fr-07", "fr", """
Message vocal transcrit, laissé par {PER:Nadia Mokrani} sur le répondeur de l'accueil de Lille, 21 h 12. |
« Allô, c'est {PER:Nadia}, la Kabyle de {LOC:Moulins}, celle qui venait avec {PER:Lydia Haddad}. Je voulais dire à
{PER:Véronique} que j'ai eu la réponse de la CAF, numéro allocataire {ID:5931648}, c'est accepté. Et le juge aux
affaires familiales a fixé la pension pour {PER:Amine} et {PER:Yanis} : 180 euros par mois, leur père doit payer, et
la garde reste chez moi. J'ai pleuré dans le bus de la {LOC:rue Solférino}. Maître {PER:Deschamps} dit que
{PER:Karim} ne peut plus venir au {LOC:41 rue d'Arras} sans prévenir. Rappelle-moi au {PHONE:06 39 98 12 30},
pas sur l'autre numéro, {PER:Karim} le connaît. Je passerai vendredi à l'association, {LOC:rue de Wazemmes}, avec
les gâteaux de ma mère. Merci, vraiment. »
""", ["family_law", "legal_support"]),
    ("b14-fr-08", "fr", """
Je suis {PER:Ana Paula Ribeiro}, de Salvador de Bahia. Arrivée à Toulouse par la gare Matabiau, je travaillais la nuit le long du
{LOC:boulevard de Suisse}, et je buvais pour tenir : une bouteille de cachaça par nuit, puis de la cocaïne que me
vendait {PER:Jefferson}, un gars de {LOC:Bagatelle}. J'ai perdu onze kilos. {PER:Marcela}, une travesti qui
connaît tout le monde aux {LOC:Minimes}, m'a emmenée au centre d'addictologie de la {LOC:rue du Pont-Guilhemery}. Le
docteur {PER:Rémi Castaing} ne m'a pas fait la morale. Maintenant j'ai un traitement, je vois l'infirmière
{PER:Josiane} deux fois par semaine et je ne bois plus depuis quatre-vingt-dix jours. Je danse encore, mais au
{LOC:bar Le Tropical}, {LOC:allées Jean-Jaurès}, le dimanche, avec de l'eau gazeuse. {PER:Marcela} me dit que je
ressemble de nouveau à la photo de ma carte.
""", ["addiction", "access_to_care"]),
    ("b14-fr-09", "fr", """
Synthèse de coordination – situation de {PER:Ewa Kowalczyk}, Metz, 3 février 2026. |
Présents : {PER:Julien Marchal} (travailleur social), {PER:Agnieszka Nowak} (interprète), Mme {PER:Schmitt}
(SIAO), {PER:Laure Becker} (infirmière). |
{PER:Ewa}, 41 ans, polonaise, a été frappée par son compagnon {PER:Tomasz} dans le logement du
{LOC:12 rue Mazelle, 2e étage}. Certificat médical : six jours d'ITT. Elle est hébergée en urgence
à l'{LOC:hôtel Le Relais des Arènes}, {LOC:rue aux Arènes}, jusqu'au 15. Demande SIAO n° {ID:SI-57-2026-01883}. {PER:Laure}
signale des hématomes anciens. {PER:Agnieszka} rapporte qu'{PER:Ewa} ne veut pas retourner à {LOC:Borny}, où
{PER:Tomasz} a des amis. Décision : demande de logement en résidence sociale, accompagnement au commissariat par
{PER:Julien} mardi, rendez-vous avec une avocate. En décembre, {PER:Ewa} avait appelé le 3919 sans oser donner son adresse. Contact d'{PER:Ewa} : {PHONE:06 39 98 73 05}.
""", ["violence_physical", "housing"]),
    ("b14-fr-10", "fr", """
Ce qui a changé pour moi ? J'ai un métier. Je m'appelle {PER:Sandrine}, on m'appelle {PER:Sandy}, je suis née à
Pointe-à-Pitre et j'ai fait le trottoir vingt ans à Paris, {LOC:rue Saint-Denis} puis au {LOC:bois de Vincennes}.
L'an dernier, {PER:Mireille Jean-Baptiste}, de l'association, m'a parlé de la formation en coiffure du
{LOC:passage Brady}. Six mois, quatre jours par semaine, avec {PER:Fabienne}, la formatrice, qui ne savait rien de ma
vie et qui m'a traitée comme les autres. Aujourd'hui je travaille au {LOC:salon Kréyòl Beauté}, au
{LOC:58 boulevard de Strasbourg}, chez {PER:Gisèle Nérée}. Je fais les tresses et les locks. Je suis fière
quand une cliente revient et demande « {PER:Sandy} ». Ma fille {PER:Océane} est venue me voir travailler : elle a dit
que j'avais des mains d'or.
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b14-fr-11", "fr", """
Journal de maraude, Montpellier, nuit du 17 au 18 septembre. |
22 h 10 – {LOC:avenue de Palavas} : {PER:Jessica} et {PER:Samia} ; distribution de 40 préservatifs et gel. |
22 h 45 – {LOC:parking du Zénith} : personne. |
23 h 20 – {LOC:route de Lodève}, près de l'{LOC:hôtel Le Clos Fleuri} : {PER:Blessing Okafor}, nigériane, nous dit
qu'un client l'a étranglée la veille et lui a volé 150 euros. Traces au cou. Nous lui proposons les urgences de
Lapeyronie ; elle refuse, accepte un rendez-vous demain avec {PER:Marie-Pierre} à l'accueil. |
0 h 05 – {LOC:Figuerolles}, {LOC:rue du Faubourg Figuerolles} : {PER:Precious} et {PER:Joy Eze} ; {PER:Joy} raconte
que {PER:Blessing} doit encore de l'argent à « Mama {PER:Gift} ». |
0 h 40 – retour au local. Équipe : {PER:Thomas Vidal}, {PER:Inès Belkacem}. C'est une bénédiction qu'elle soit
vivante, a dit {PER:Inès}.
""", ["violence_physical", "violence_economic", "hiv_prevention"]),
    ("b14-fr-12", "fr", """
De : {PER:Voahangy Rakotomalala} <{EMAIL:voahangy.rako@vanille-poste.fr}> |
À : {PER:Gaëlle Le Goff} <{EMAIL:g.legoff@asso-ressources-ouest.fr}> |
Objet : merci |
Bonjour {PER:Gaëlle}, je vous écris pour vous dire merci. Quand je suis venue la première fois au local du
{LOC:boulevard de la Liberté}, je ne sortais plus de mon studio de {LOC:Villejean} depuis trois mois. Je ne parlais
qu'avec ma mère à Antananarivo, par téléphone, et je lui mentais. Vous m'avez présentée à {PER:Hanitra} et à
{PER:Fara}, elles aussi malgaches, et maintenant on mange ensemble le dimanche chez {PER:Fara}, au
{LOC:9 square de Galicie}. J'ai ri pour la première fois depuis longtemps. Je ne suis plus seule. Mon nouveau
numéro : {PHONE:02 61 91 37 84}. Je viendrai à la sortie au {LOC:parc des Gayeulles} en juin. |
{PER:Voahangy}
""", ["social_isolation", "peer_support"]),
    ("b14-fr-13", "fr", """
Je suis {PER:Merveille Tshibanda}, de Kinshasa. Mon fils {PER:Exaucé} est né à Strasbourg il y a trois ans, mais
je n'avais jamais pu le déclarer correctement : son père, {PER:Patrick Ilunga}, avait gardé tous mes papiers dans
son appartement du {LOC:quartier de la Meinau}. Sans acte de naissance, pas de crèche, pas de CAF. {PER:Chantal
Weber}, la juriste, m'a aidée à demander une copie intégrale de l'acte (n° {ID:2023/NA/01274}) et à refaire mon
passeport au consulat. Puis on a déposé ma demande de titre de séjour ; mon récépissé porte le numéro
{ID:6704219853}. Le jour où j'ai tenu le récépissé, je suis allée m'asseoir {LOC:place Kléber} et j'ai appelé ma
sœur {PER:Grâce}. Je lui ai dit : j'existe ici, maintenant. Nous habitons {LOC:4 rue de Soultz, bâtiment B}, à
{LOC:Cronenbourg}, et {PER:Exaucé} va à l'école maternelle {LOC:rue de Hochfelden}.
""", ["civil_documents"]),
    ("b14-fr-14", "fr", """
Entretien avec {PER:Saba Tesfaye}, 24 ans, érythréenne, recueilli par {PER:Mathilde Roux}. |
Q : Comment êtes-vous arrivée en France ? |
R : Un passeur, {PER:Walid}, m'a vendue en Libye à un homme qui s'appelait {PER:Abou Yassine}. J'ai travaillé
pour lui un an sans argent. En Italie, d'autres hommes m'ont prise, puis un réseau m'a amenée à Paris, dans un hôtel
de la {LOC:rue Marx-Dormoy}. Ils disaient que je devais 30 000 euros. |
Q : Qu'est-ce qui a changé ? |
R : Une femme de {LOC:La Chapelle}, {PER:Mebrat}, m'a donné le numéro de l'association. Maintenant j'ai une
protection, un numéro de dossier à l'OFPRA, {ID:2026-178452}, et une chambre au centre de
{LOC:rue Pajol}. {PER:Abou Yassine} n'a plus mon passeport ; la police l'a retrouvé chez {PER:Walid}. Je dors.
""", ["trafficking", "civil_documents"]),
    ("b14-fr-15", "fr", """
Note de la médiatrice {PER:Li Na Chen}, Paris, 12 juin 2026. |
Mme {PER:Zhang Xiulan}, 52 ans, originaire de Wenzhou, travaille dans un salon de massage de la {LOC:rue des
Couronnes}, à {LOC:Ménilmontant}. Elle rapporte que trois policiers sont entrés le 2 juin, ont pris 600 euros dans la
caisse « pour ne pas faire de rapport » et l'ont emmenée au poste sans interprète. Elle a été relâchée à 4 h du
matin. C'est la troisième fois depuis mars. Sa collègue, Mme {PER:Wang Fang} (« {PER:Ah Fang} »), a subi la même
chose au {LOC:salon Jade Bleu}, {LOC:rue de Meaux}. Avec {PER:Li Na}, Mme {PER:Zhang} a rencontré Maître
{PER:Sébastien Morel} le 10 juin ; un signalement a été déposé à l'IGPN (réf. {ID:IGPN-75-26-0934}). Elle dit :
« Avant, je pensais que la police avait tous les droits. »
""", ["police_harassment", "legal_support"]),
    ("b14-fr-16", "fr", """
Je m'appelle {PER:Hend Trabelsi}, je suis née à Sfax. À Nice, j'habite dans le {LOC:Vieux-Nice}, au
{LOC:3 rue de la Croix, 5e étage}, sans ascenseur. L'an dernier j'ai eu une infection et je suis allée chez un
médecin de l'{LOC:avenue Borriglione}. Quand il a compris ce que je faisais, il m'a dit de chercher « un médecin
pour ces choses-là » et il ne m'a pas examinée. Je suis restée deux mois avec la douleur. C'est {PER:Mourad},
l'éducateur de l'association, qui m'a emmenée à la consultation de l'hôpital de l'Archet, chez le docteur
{PER:Cécile Bonnafous}. Elle m'a soignée et m'a parlé comme à une personne. Maintenant je sais qu'un médecin n'a pas
le droit de refuser. Ma voisine {PER:Monia} m'a dit : « tu as changé, tu parles fort. »
""", ["stigma_discrimination", "sti_care", "access_to_care"]),
    ("b14-fr-17", "fr", """
Note de l'éducatrice paire {PER:Hafsa Lamrani}, Meknès, 5 mai 2026. |
{PER:Rkia}, 33 ans, née au {LOC:douar Aït Bourzouine}, près de Meknès, travaille au {LOC:quartier Bordj Moulay Omar}.
Elle dit qu'un client, {PER:Hamid Bennis}, l'a violée et frappée dans une chambre de l'{LOC:hôtel Nakhil},
{LOC:avenue des FAR}. Elle ne voulait pas aller au commissariat. Avec {PER:Hafsa}, elle a vu l'avocate,
Maître {PER:Naïma El Ouazzani}, à l'antenne juridique de {LOC:Hamria}. Plainte déposée au parquet le 28 avril,
numéro {ID:1183/2026}, avec un certificat de l'hôpital Mohammed V. {PER:Rkia} a pu montrer sa CIN {ID:D 574821} sans
qu'on lui pose de questions sur son travail. Sa sœur {PER:Zahra} garde son fils à {LOC:Sidi Baba}. {PER:Rkia}
connaît maintenant la loi 103-13 et les droits qu'elle lui donne.
""", ["violence_sexual", "legal_support", "rights_awareness"]),
    ("b14-fr-18", "fr", """
Clermont-Ferrand, le 20 octobre 2026 |
À l'attention de Madame la juge aux affaires familiales |
Objet : soutien à Mme {PER:Anahit Hakobyan}, RG n° {ID:26/01547} |
Madame la Juge, j'accompagne Mme {PER:Anahit Hakobyan} depuis quatorze mois. Elle vit avec ses deux enfants,
{PER:Narek} et {PER:Lilit}, au {LOC:17 rue du Port, appartement 12}. Elle a quitté M. {PER:Vardan Sargsyan} après
des années de menaces : il menaçait de lui prendre les enfants et de les emmener en Arménie. Elle n'a jamais manqué
un rendez-vous de l'école {LOC:rue Montlosier}, ni un suivi à la PMI de {LOC:La Gauthière}. Je vous demande de
tenir compte de ces efforts pour la résidence des enfants. |
{PER:Brigitte Chassaing}, conseillère conjugale et familiale, {PHONE:04 65 71 90 16}
""", ["family_law", "violence_psychological"]),
    ("b14-fr-19", "fr", """
Procès-verbal du comité de sélection, Agadir, 30 novembre 2026. |
Membres : {PER:Latifa Id Belkacem} (présidente), {PER:Brahim Oubaha}, {PER:Fadma Aït Lhaj}, {PER:Khadija Ouchen},
{PER:Youssef Amzil}. |
Huit histoires ont été lues pour le domaine « autonomie ». Le comité retient celle de {PER:Tlaytmas}, 38 ans, de
{LOC:Anza}, qui a ouvert un petit stand de msemen au {LOC:souk El Had, porte 6}, grâce à un microcrédit de
5 000 dirhams. {PER:Fadma} souligne qu'elle rembourse chaque semaine et qu'elle a embauché sa voisine {PER:Hennou}.
{PER:Brahim} aurait préféré l'histoire de {PER:Hayat}, de {LOC:Tikiouine}, mais se rallie. Raison écrite : « Elle
ne dépend plus d'aucun homme pour nourrir ses enfants ; son revenu est stable. » Vote : quatre voix pour, une
abstention ({PER:Youssef}). Retour à l'animatrice {PER:Khadija} avant le 15 décembre.
""", ["income_employment"]),
    ("b14-fr-20", "fr", """
Je suis {PER:Yasmine}, femme trans, née à Oran. À Lyon, au début, je travaillais {LOC:quai Perrache} et je ne me
protégeais pas toujours : les clients payaient plus sans capote. {PER:Samy Belaïd}, de l'association, m'a parlé de la
PrEP. J'ai eu peur de l'hôpital, peur qu'on m'appelle « monsieur ». À la consultation de l'hôpital Édouard-Herriot,
l'infirmière {PER:Maëlle} a écrit mon prénom sur le dossier, pas l'ancien. Je prends la PrEP depuis un an, je fais
mes tests tous les trois mois. Mon amie {PER:Kenza}, qui vit à la {LOC:Guillotière}, {LOC:rue Paul-Bert}, a commencé
aussi. On se donne les préservatifs entre nous, au {LOC:bar Le Cosmos}, {LOC:rue Moncey}. Je n'ai plus honte
de demander.
""", ["hiv_prevention", "stigma_discrimination"]),
    ("b14-fr-21", "fr", """
Note de l'animatrice {PER:Salima Ennaciri}, Casablanca, 9 février 2026. |
{PER:Mbarka}, 45 ans, vit avec ses trois enfants à {LOC:Sidi Moumen}, {LOC:douar Thomas}, dans une baraque.
Depuis que son mari, {PER:Lahcen}, est parti, ils mangeaient une fois par jour, du pain et du thé. {PER:Mbarka} a
honte d'aller demander. L'association lui a donné des bons alimentaires et un panier chaque quinzaine, retiré à
l'épicerie de Si {PER:Abdellah}, {LOC:derb Chorfa}. {PER:Mbarka} dit que la petite {PER:Nouhaila} ne pleure plus
la nuit parce qu'elle a faim. Elle vient aussi au groupe du jeudi au local de {LOC:Hay Mohammadi}, avec
{PER:Saadia} et {PER:Hnia}. Prochaine étape : inscription au programme d'épicerie solidaire de l'Entraide
Nationale. Téléphone de {PER:Mbarka} : {PHONE:06 61 47 20 93}.
""", ["food_security", "family_relations"]),
    ("b14-fr-22", "fr", """
Je m'appelle {PER:Priya Ramgoolam}, je viens de l'île Maurice. À Tours, j'ai passé un hiver sans presque sortir de
ma chambre du {LOC:quartier des Fontaines}. J'avais des pensées noires, je voulais en finir après ce que
{PER:Vikash} m'avait fait. {PER:Aurélie}, la paire aidante, est venue frapper à ma porte trois fois avant que
j'ouvre. Elle m'a accompagnée chez une psychiatre, le docteur {PER:Isabelle Fontaine}, au centre médico-psychologique
du {LOC:boulevard Béranger}. J'ai un traitement, je parle, je pleure moins. Le mercredi je vais à l'atelier de
peinture du {LOC:quartier des Rives du Cher}. Ce qui a changé, c'est que j'ai de nouveau envie de me lever. Quand
{PER:Aurélie} m'a demandé ce que je voulais dire dans cette histoire, j'ai dit : « écrivez que je suis encore là. »
""", ["mental_health"]),
    ("b14-fr-23", "fr", """
Fiche d'accueil, Tanger, 14 août 2026. |
Nom : {PER:Prisca Mabiala} |
Origine : Congo-Brazzaville |
Adresse : {LOC:rue 72, n° 14}, {LOC:Mesnana} |
Téléphone : {PHONE:+212 6 08 51 39 27} |
Situation : {PER:Prisca}, 22 ans, est arrivée il y a un an par l'Algérie. Elle dort chez un certain
« Papa {PER:Léon} », à {LOC:Boukhalef}, qui la fait travailler dans les cafés du {LOC:boulevard Pasteur} et garde
tout l'argent. Elle a été arrêtée deux fois lors de rafles à {LOC:Beni Makada} et relâchée. Elle demande un test VIH
et un endroit pour dormir. Orientée par {PER:Hajar Benjelloun} vers le centre de dépistage de l'association et vers
sœur {PER:Marie-Noëlle}, qui tient l'accueil de nuit près de la {LOC:place du 9 Avril}. Elle a peur de {PER:Léon}
et ne veut pas que son nom apparaisse. Rendez-vous fixé le lundi 18 août à 9 h.
""", ["trafficking", "police_harassment"]),
    ("b14-fr-24", "fr", """
Je m'appelle {PER:Hawa Sissoko}, je suis soninké, de Kayes. J'habite à Montreuil, au {LOC:12 rue Bara}, dans le foyer,
chez ma tante {PER:Coumba}. Après mon deuxième avortement, à l'hôpital, j'étais très mal, personne ne m'avait
expliqué la contraception. Au planning familial de la {LOC:rue Désiré-Préaux}, la sage-femme, {PER:Laetitia Moreau},
m'a expliqué toutes les méthodes. J'ai choisi l'implant. {PER:Djeneba}, ma copine de la {LOC:Boissière}, m'a dit que
ça rendait stérile ; la sage-femme nous a reçues ensemble pour répondre. Maintenant j'ai un suivi
gynécologique tous les ans, un frottis, et je sais où aller si je suis enceinte. Je ne veux pas d'enfant maintenant.
Plus tard, avec {PER:Mamadou}, peut-être. Ma tante ne sait pas tout, mais elle voit que je souris.
""", ["reproductive_health"]),
    ("b14-en-01", "en", """
My name is {PER:Senait Gebremedhin}. I came to Manchester from Eritrea through Libya and Italy, and got off the coach near Piccadilly station with one bag. For two years I
lived in {LOC:Moss Side}, in a room above a takeaway on {LOC:Great Western Street}, and a man called {PER:Yonas} sent men to
me every night. He said I owed him for the boat. I did not know anybody in {LOC:Moss Side} except him. A woman from
the outreach van, {PER:Bernie Walsh}, gave me a card outside the {LOC:Big Hands bar} on {LOC:Oxford Road}. I kept
it in my shoe for a month. When I rang, {PER:Bernie} came with {PER:Helen Okafor} and took me to a safe house. My
NRM reference is {ID:NRM-2026-041173}. Now I live in {LOC:Levenshulme}, at {LOC:Flat 2, 31 Stockport Road}, and I
learn English at the library on Tuesdays. {PER:Yonas} was arrested in March. I still have hope, which I did not
have in that room.
""", ["trafficking", "housing"]),
    ("b14-en-02", "en", """
Case meeting notes, Sheffield, 11 May 2026. |
Present: {PER:Deborah Hartley} (chair), {PER:Farhia Warsame} (peer worker), Dr {PER:Tom Ellison} (HIV clinic),
{PER:Anisa} (interpreter). |
{PER:Hodan Abdi Farah}, 36, Somali, diagnosed with HIV in 2024, had stopped her antiretrovirals for four months
after her brother {PER:Abdirahman} found her tablets at the flat on {LOC:Page Hall Road} and told the family. Dr
{PER:Ellison} reports her viral load is detectable again. {PER:Farhia} has been meeting {PER:Hodan} at the
{LOC:Firth Park} library café so they can talk away from home. Plan: tablets kept in a plain box; pharmacy
collection moved to the pharmacy on {LOC:Spital Hill}; clinic number {ID:SHF-HIV-08812}; {PER:Farhia} to phone
weekly on {PHONE:07700 900417}. {PER:Hodan} said she wants to see her daughter {PER:Ayaan} grow up. Next review in
six weeks at the Royal Hallamshire Hospital.
""", ["hiv_care", "peer_support"]),
    ("b14-en-03", "en", """
I'm {PER:Thu Trang}, they call me {PER:Trang} or {PER:Tina} at work. I was brought from Vietnam at nineteen by a
man named {PER:Hung}, who said I would study. Instead I worked in a nail bar on {LOC:Far Gosford Street} in Coventry
and then in a house on {LOC:Stoney Stanton Road}, where men came at night. I slept on a mattress with two other
girls, {PER:Lan} and {PER:My}. {PER:Hung} kept the money and our passports in a drawer. One night the police came;
I thought they would send me home in chains. Instead a woman, {PER:Karen Doyle}, sat with me and said the words
« modern slavery ». I have a solicitor now, Ms {PER:Priti Shah}, and a Home Office reference,
{ID:V1285530}. I live in {LOC:Earlsdon}. {PER:Lan} writes to me from Birmingham. I think of {PER:My} every day.
""", ["trafficking", "legal_support"]),
    ("b14-en-04", "en", """
Helpline record, Bradford, Friday 6 March 2026, 23:40. |
Caller: {PER:Shazia} (surname not given), 29. |
Call back on: {PHONE:01632 960 284} |
Summary: {PER:Shazia} rang from the toilets of the {LOC:Mughal Palace restaurant} on {LOC:Leeds Road}. Her husband,
{PER:Imran Hussain}, had hit her with a belt and locked her in the back room of their house in {LOC:Manningham} for
two days. His mother, {PER:Nasreen}, took her phone. {PER:Shazia} sells sex to pay debts {PER:Imran} makes her
carry. Advised 999; she refused. Worker {PER:Rachel Ackroyd} arranged a safe pick-up with {PER:Gulnaz Akhtar}
from the women's refuge at 00:30 outside the {LOC:Lister Mills} car park. {PER:Shazia} arrived at the refuge at
01:15 with bruises on her arms and back. Follow-up: police report, crime reference {ID:13260093514}.
""", ["violence_physical", "violence_economic"]),
    ("b14-en-05", "en", """
My name is {PER:Mercy Nakato}, from Masaka in Uganda. I have lived with HIV for eleven years. In Leicester I was
ashamed; I hid my medicine in a shoe box at my cousin {PER:Sarah}'s house in {LOC:Highfields}. The peer group at
the centre on {LOC:Humberstone Gate} changed that. On Wednesdays we meet: {PER:Florence}, {PER:Agnes Atim},
{PER:Nomsa}, {PER:Patience Mwale} and {PER:Brian}, who facilitates. {PER:Patience} taught me to take my pills at
the same time as the news. We cook together at {PER:Agnes}'s flat on {LOC:St Peter's Road} after the group. I
have shown mercy to myself, as {PER:Florence} says. My viral load is undetectable. Last month I told my story at
the {LOC:Clarendon Park} community hall. {PER:Nomsa} said I spoke like a preacher. For the first time I did not
feel like a patient but like a woman.
""", ["hiv_care", "peer_support", "self_esteem"]),
    ("b14-en-06", "en", """
Outreach notes, Nottingham, night of 14 November. |
21:15 – {LOC:Forest Road West}: {PER:Kayleigh} and {PER:Jade}; 30 condoms, lube, two rape alarms. {PER:Kayleigh}
says a police officer keeps stopping her near the {LOC:Forest Recreation Ground} and taking her cash « as a fine ».
No ticket given. She thinks his name is {PER:Dawson}. |
22:05 – {LOC:Alfreton Road}, outside the {LOC:Sir John Borlase Warren pub}: {PER:Crystal Bailey}, who lives on
{LOC:Radford Road}, reports the same officer. |
22:40 – {LOC:Hyson Green}: nobody out. |
Worker {PER:Sian Pritchard} will help {PER:Kayleigh} and {PER:Crystal} file a complaint with the IOPC and give them
the number of the legal clinic, {PHONE:0115 496 0732}. {PER:Jade} asked to be left out of it.
""", ["police_harassment", "hiv_prevention"]),
    ("b14-en-07", "en", """
From: {PER:Faith Oduya} <{EMAIL:faith.oduya(at)kilimanjaro-post(dot)co.uk}> |
To: {PER:Gemma Rhys} <{EMAIL:gemma.rhys@cardiff-womenspace.org.uk}> |
Subject: the course |
Dear {PER:Gemma}, I have faith now that I can finish something. I passed the first module of the catering course at
the college on {LOC:Dumballs Road}! Chef {PER:Owain} says my pilau rice is the best in the class. I remember when
I came to you in {LOC:Butetown} and could not even fill a form. {PER:Joyce}, from the group, helps me with the
reading. In January I start the placement at the {LOC:Coal Exchange Hotel} kitchen in {LOC:Mount Stuart Square}.
Please tell {PER:Ffion} that I am not going back to {LOC:Tyndall Street}. |
Thank you, {PER:Faith}
""", ["vocational_training", "self_esteem"]),
    ("b14-en-08", "en", """
Q: How did you come to the drop-in? |
A: Through {PER:Rūta}, a Lithuanian girl from the {LOC:Hessle Road} flats. I was drinking vodka from the morning
and using spice with my boyfriend, {PER:Darius Kazlauskas}, in Hull. I worked on {LOC:Goulton Street} near the old
fish dock to pay for it. |
Q: What changed? |
A: {PER:Rūta} took me to the needle exchange on {LOC:Beverley Road}, then to the alcohol team. My worker,
{PER:Lorraine Pickering}, got me a detox bed at the unit near {LOC:Anlaby Road}. I
have been sober five months. {PER:Darius} still uses; I don't live with him now, I live at
{LOC:14 Perth Street, flat 1}. |
Q: What matters most to you? |
A: I can call my mother in Klaipėda without lying, and my son {PER:Lukas} answers the phone.
""", ["addiction", "family_relations"]),
    ("b14-en-09", "en", """
Peer educator's log, Belfast, 2 September 2026. |
Met {PER:Roisin McCann} at the {LOC:Duke of York bar} on {LOC:Commercial Court} (she asked to meet somewhere with
people around). {PER:Roisin}, 44, from {LOC:Ballymurphy}, has been working from a flat off the {LOC:Ormeau Road}
since her marriage ended. She says her neighbours on {LOC:Agincourt Avenue} call her names, put a note through the
door calling her a dirty hoor, and the GP receptionist at the surgery on {LOC:Botanic Avenue} laughed when she asked
for an STI check. She felt like a leper. We talked about her right to care and about the complaints procedure. I
gave her the number of the women's centre, {PHONE:028 9649 6213}, and the sexual health clinic at the Royal
Victoria Hospital. She says her sister {PER:Orla} is the only one who still speaks to her. Next meeting on Friday
with {PER:Niamh Kelly}.
""", ["stigma_discrimination", "rights_awareness"]),
    ("b14-en-10", "en", """
I'm {PER:Luana Ferreira}, from Recife. In London I worked for an agency that sent me to hotels in {LOC:Paddington},
and to a flat at {LOC:Flat 6, 18 Sussex Gardens}. One night a client would not pay, and when I asked, he and his
friend forced me. I didn't go to the police because I thought the agency boss, {PER:Marcos}, would be angry. Two
weeks later I went to the sexual health clinic at St Mary's Hospital, where {PER:Hannah Cole}, the health adviser,
listened to me for an hour. I had tests for HIV, syphilis and chlamydia and took the treatment. {PER:Hannah} got me
an appointment at the Haven. Now I'm speaking to an ISVA, {PER:Gloria Mensah}, about reporting. My friend
{PER:Thaís} from {LOC:Bayswater} comes with me to every appointment.
""", ["violence_sexual", "hiv_sti_testing", "sti_care"]),
    ("b14-en-11", "en", """
Minutes of the women's talking group, Newcastle, 19 January 2026. |
Present: {PER:Hope Adeyemi}, {PER:Tanya Robson}, {PER:Chiamaka}, {PER:Stacey Charlton}, {PER:Bella} (peer
facilitator), {PER:Joanne Tait} (worker). |
{PER:Tanya} said she used to spend Christmas alone in her flat in {LOC:Byker}, with the curtains closed. This year she
went to {PER:Stacey}'s in {LOC:Walker} and they watched films. {PER:Chiamaka} said the group is the only place where
she does not have to lie about her work. {PER:Hope} said there is hope when you have friends who know everything
about you. {PER:Bella} proposed a walk along the {LOC:Ouseburn} and a meal at the {LOC:Cluny pub} on
{LOC:Lime Street}. Agreed for 2 February. {PER:Joanne} reminded everyone that the next health session is at the
centre on {LOC:Westgate Road}.
""", ["peer_support", "social_isolation"]),
    ("b14-en-12", "en", """
Referral form – housing |
Name: {PER:Gabriela Ionescu} |
Date of birth: 12/04/1993 |
Current address: {LOC:Room 4, 77 Portswood Road}, Southampton |
Phone: {PHONE:07700 900 862} |
Email: {EMAIL:gabi.ionescu AT dunarea-mail DOT com} |
National Insurance number: {ID:QQ 48 27 61 D} |
Reason: {PER:Gabriela}, 33, Romanian, is being evicted by her landlord, Mr {PER:Harjit Dhillon}, from
the room she rents above the {LOC:Golden Lotus massage parlour}. He changed the lock twice while she was at work and
threw her clothes into the yard on {LOC:Brookvale Road}. She has slept two nights at the bus station and one at
{PER:Ioana Popa}'s house in {LOC:Shirley}. She has a tenancy reference from the council, {ID:SOU-TEN-558104}, but
no deposit. Referred by {PER:Carol Whitfield}, outreach worker, to the emergency housing team; please call
{PER:Gabriela} before 6 pm, she works nights.
""", ["housing"]),
    ("b14-en-13", "en", """
My name is {PER:Maricel Santos}, I am from Batangas. I came to Brighton as a nanny for a family in {LOC:Hove}, at
{LOC:9 Wilbury Villas}. The husband, Mr {PER:Penhaligon}, kept my passport and paid me nothing for a year. When I
left I had no papers and no money, and a woman I met at church, {PER:Rowena}, introduced me to men who paid. I
stopped sleeping. I heard voices telling me I was dirty. One morning I stood a long time on the pier; {PER:Rowena} made me ring the Samaritans on 116 123. {PER:Rowena}
took me to the surgery on {LOC:St James's Street}, and the doctor sent me to the crisis team. Now I see a
counsellor, {PER:Imogen Blake}, every Thursday at the centre in {LOC:Kemptown}, and I take medicine for depression.
I live with {PER:Jocelyn} and {PER:Analyn} in a flat on {LOC:Lewes Road}. I sleep six hours. I am not cured, but I
want to live, and I called my daughter {PER:Kristine} in Manila for her birthday.
""", ["mental_health", "violence_economic"]),
    ("b14-en-14", "en", """
Voice note transcribed by {PER:Claudette Joseph}, peer worker, {LOC:Brixton}, 4 October 2026: |
"{PER:Claudette}, it's {PER:Sherelle}. I'm outside the court in {LOC:Camberwell}, I can't believe it. The judge said
{PER:Keiron} can see {PER:Tiana} only at the contact centre, supervised, and {PER:Tiana} lives with me. My
solicitor, Ms {PER:Abena Asante}, was brilliant. She showed the texts where {PER:Keiron} said he'd take my baby to
Trinidad and I'd never see her again. Case number {ID:ZW26P01193}. Remember when I was sleeping at {PER:Marcia}'s
on {LOC:Coldharbour Lane} with {PER:Tiana} in a drawer? Now we have the flat on {LOC:Railton Road} and she has her own
bed. Tell {PER:Dwayne} at the {LOC:Effra Tavern} I'll pay him back Friday. Call me on {PHONE:07700 900 551}. I'm
going to cry now."
""", ["family_law", "legal_support", "family_relations"]),
    ("b14-ar-01", "ar", """
اسمي {PER:ثريا أمزيان}، وُلدت في {LOC:دوار إعزانن} قرب الناظور. زوّجني أبي وأنا في السادسة عشرة من رجل يكبرني
بثلاثين سنة، {PER:محند البوعزاوي}، وكان يضربني كل ليلة بالحزام. هربت إلى المدينة واشتغلت نادلة في {LOC:مقهى النخلة}
في {LOC:حي لعري الشيخ}، ثم صرت أعمل مع الرجال. كانت {PER:فاطمة}، صاحبة الغرفة في {LOC:زنقة 14}، تأخذ نصف ما
أكسب. قبل سنة التقيت {PER:سميرة الحمداوي}، مثقفة الأقران في الجمعية، في {LOC:سوق أولاد ميمون}. أخذتني
{PER:سميرة} إلى المركز، وهناك أجريت أول فحص لفيروس نقص المناعة والزهري والتهاب الكبد. كانت النتيجة سلبية،
وبكيت من الفرح. تعلمت أن أفرض العازل على كل زبون، و{PER:سميرة} تعطيني العوازل كل أسبوع. اليوم أسكن مع {PER:نوال}
و{PER:حفيظة} في {LOC:حي الكندي}، ولا أعطي درهماً لأحد. أمي {PER:رحمة} لا تعرف كل شيء، لكنها تقول لي في الهاتف إن
صوتي تغيّر.
""", ["hiv_sti_testing", "hiv_prevention", "violence_physical"]),
    ("b14-ar-02", "ar", """
تقرير المنشطة {PER:لطيفة بنصالح}، الدار البيضاء، 3 مارس 2026. |
تعمل {PER:خديجة} و{PER:مليكة} و{PER:زهور الإدريسي} ليلاً قرب {LOC:مقهى الأطلس} في {LOC:درب السلطان}. أوقفتهن
دورية الشرطة ثلاث مرات خلال شهر فبراير، وأخذ أحد العناصر، ويلقبونه «{PER:بوكرش}»، من كل واحدة منهن 300 درهم،
وهددهن بالسجن إن لم يدفعن. في المرة الثالثة احتُجزت {PER:مليكة} ليلة كاملة في المخفر بـ{LOC:حي الفداء} دون أن
يُسمح لها بالاتصال بأحد. رافقت {PER:لطيفة} النساء الثلاث إلى المحامية الأستاذة {PER:نزهة العلوي} في مكتبها
بـ{LOC:شارع الفداء}، وقدمت {PER:زهور} شكاية إلى النيابة العامة، رقمها {ID:٢٠٢٦/٣١٧/٤٥}. تقول {PER:خديجة}:
«لم أكن أعرف أن من حقي أن أطلب محامياً وأن أرفض الدفع». هاتف {PER:زهور} للمتابعة: {PHONE:٠٦٦١٤٥٢٠٨٧}. موعد
الجلسة الأولى يوم 14 أبريل في الساعة العاشرة.
""", ["police_harassment", "legal_support", "rights_awareness"]),
    ("b14-ar-03", "ar", """
أنا {PER:ريم الحلبي}، من حمص. وصلت إلى طنجة مع ابنتي {PER:جنى} بعد أن قُتل زوجي {PER:ماهر} في الحرب. سكنّا غرفة في
{LOC:حي بني مكادة} عند رجل اسمه {PER:عبد الصمد الوزاني}، كان يطلب مني أن أنام معه بدل الإيجار، وحين رفضت ضربني
ورمى أغراضنا في {LOC:زنقة الحرية} وطردنا بالقوة في منتصف الليل. نامت {PER:جنى} على كرتونة قرب {LOC:سوق كاسابراطا}،
وأنا أحرسها حتى الصباح. في اليوم التالي وجدتنا {PER:هند المرابط} من الجمعية، وأمّنت لنا سريرين في مركز الإيواء،
ثم ساعدتنا على كراء شقة صغيرة في {LOC:حي المصلى}، {LOC:زنقة ابن زهر، رقم 9}. تدفع الجمعية نصف الإيجار لستة أشهر.
اليوم تذهب {PER:جنى} إلى المدرسة، وأنا أطبخ للجارة {PER:السعدية} التي تبيع الخبز في {LOC:سوق بئر الشفاء}.
لم أعد أخاف أن يطرق أحد الباب ليلاً.
""", ["housing", "violence_physical"]),
    ("b14-ar-04", "ar", """
تحكي {PER:كريمة}، 31 سنة، من {LOC:دوار آيت عتاب}: «كنت أعمل في {LOC:حانة النجمة} في {LOC:حي الأطلس} ببني ملال،
وكان صاحبها الحاج {PER:بوشعيب} يأخذ ثلث ما يدفعه الزبائن. كنت أريد فقط حياة كريمة لابنتي {PER:إكرام}. أخبرتني
{PER:عائشة} عن دورة الخياطة التي تنظمها الجمعية في {LOC:حي تامكنونت}. تعلمت عشرة أشهر مع المكوّنة
{PER:السعدية الزياني}، التي لم تسألني يوماً عن ماضيّ. حصلت على الشهادة في يونيو، واشتغلت في {LOC:محل خياطة لمسة}
في {LOC:درب الشرفاء}، عند {PER:رشيدة}. أتقاضى أجراً كل أسبوع، وأخيط في البيت قفاطين للعرائس. اشتريت آلة خياطة
بالتقسيط، و{PER:إكرام} تساعدني في ترتيب الخيوط. لم أعد أذهب إلى {LOC:حانة النجمة}. حين أرى قفطاناً خرج من يدي
على عروس، أعرف أنني أساوي شيئاً».
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b14-ar-05", "ar", """
{PER:أميناتا كوني}، 25 سنة، من ساحل العاج، تسكن في {LOC:حي التقدم} بالرباط مع صديقتها {PER:أجوا}. في ليلة 12
يناير اعتدى عليها ثلاثة رجال جنسياً في ورشة بناء قرب {LOC:حي يعقوب المنصور}. في الصباح اتصلت بـ{PER:فاطمة الزهراء
العمراني}، مثقفة الأقران، على الرقم {PHONE:+212 6 77 40 18 52}. رافقتها {PER:فاطمة الزهراء} و{PER:ماري كلير} إلى
مستشفى ابن سينا، حيث حصلت على العلاج الوقائي بعد التعرض وعلى حبوب منع الحمل الاستعجالية. فحصتها الطبيبة
{PER:سناء بنكيران} ولم تطرح عليها أي سؤال عن أوراق الإقامة. تعود {PER:أميناتا} كل شهر إلى عيادة أمراض النساء، وقد
اختارت بعد ذلك وسيلة منع حمل دائمة. تقول: «كنت أظن أن المستشفى ليس لأمثالي». رقم ملفها في المستشفى
{ID:RB-IS-2026-00731}.
""", ["violence_sexual", "reproductive_health", "access_to_care"]),
    ("b14-ar-06", "ar", """
س: من أين أنت؟ |
ج: اسمي {PER:نور الهدى آيت الحاج}، من {LOC:دوار تمكروت} قرب زاكورة. جئت إلى مراكش وأنا في الثامنة عشرة. |
س: ما الذي تغيّر في حياتك؟ |
ج: كنت أشعر أنني لا أساوي شيئاً، كنت أمشي في {LOC:حي سيدي يوسف بن علي} ورأسي في الأرض. كانت {PER:أمل}، جارتي في
{LOC:درب الحمام}، أول من قال لي إن الحزن مرض يُعالج. ذهبنا معاً إلى الأخصائية النفسية {PER:هدى بنشقرون}، ثم إلى
مجموعة النقاش كل ثلاثاء مع {PER:الباتول} و{PER:ميلودة} و{PER:أمل}. أعمل الآن في {LOC:حمام الفتح} قرب
{LOC:سوق الربيع}، وأكسب رزقي بيدي. |
س: ولماذا هذا التغيير مهم؟ |
ج: لأني عدت أرى النور في الصباح، وعاد إليّ الأمل. حين أنظر في المرآة أرى امرأة تستحق الاحترام.
""", ["self_esteem", "mental_health", "peer_support"]),
    ("b14-ary-01", "ary", """
سميتي {PER:بشرى}، عندي 28 عام، ساكنة ف {LOC:حي كريمة} ف سلا. ملي عرفات العائلة ديالي شنو كنخدم، خويا
{PER:عبد الإله} جا للدار ف {LOC:تابريكت} وقال ليا غادي يقتلني إلا شافني ف {LOC:زنقة الأمل} مرة أخرى. بّا طردني
من الدار قدام الجيران وقال ما عندوش بنت. بقيت عام كامل ما كنشوف حتى واحد فيهم، وكنبكي بالليل. {PER:حنان} من
الجمعية هضرات معايا بزاف، ومن بعد مشات معايا عند ختي {PER:سكينة} ف {LOC:حي السلام}. ختي قبلات تشوفني، وولادها
{PER:ياسين} و{PER:آية} كيعيطو ليا «خالتي». دابا كنمشي عندهم نهار الجمعة للكسكس. بّا مازال ما كيهضرش معايا،
ولكن مّي {PER:الزوهرة} كتصيفط ليا السلام مع {PER:سكينة}. هادي بشرى كبيرة ليا، وكنقول ل{PER:حنان}: رجعت عندي عائلة.
""", ["violence_psychological", "family_relations"]),
    ("b14-ary-02", "ary", """
ميساج صوتي من {PER:عتيقة} ل{PER:ماجدة}، مكتوب كيف ما تقال: |
«ألو {PER:ماجدة}، راه الطبيب {PER:التازي} قال ليا اليوم الفيروس ما بقاش كيبان ف الدم، الحمد لله. عام هادي كنت
كنخبي الدوا تحت الفراش ف الدار ديال لالة {PER:رقية}، ودابا كنشربو كل ليلة مع الأخبار بلا خوف. غادي نجي للمركز ف
{LOC:باب فتوح} نهار الخميس، جيبي معاك {PER:زينب} باش نعاونها حتى هي، راه خايفة تبدا الدوا. سكنت دابا ف
{LOC:عين النقبي}، ف {LOC:درب الدباغ، رقم 17}، قريب ل{LOC:حمام الشفاء}. إلا ما لقيتينيش عيطي ليا ف
{PHONE:0670 11 23 58}. و قولي ل{PER:حسناء} راني ما نسيتش الفلوس ديالها. بغيت نعيش مع بنتي {PER:وئام} حتى نشوفها
عروسة. الله يخليك ليا.»
""", ["hiv_care"]),
    ("b14-ary-03", "ary", """
أنا {PER:نعيمة}، من {LOC:دوار الكعايدة} حدا سيدي سليمان. فالقنيطرة كنت خدامة ف {LOC:بار الموجة} ف
{LOC:حي الساكنية}، وكنشرب كل ليلة حتى نطيح، ومن بعد ولّيت كناخد القرقوبي اللي كان كيبيعو {PER:الحسين} ولد
{PER:الشرقاوية}. ضيعت الخدمة، ضيعت البيت، ونعست شهرين ف {LOC:سوق الأحد}. {PER:مريم} و{PER:إلهام} ديال الجمعية
لقاوني تما، وداوني للمركز ديال علاج الإدمان. الطبيبة {PER:سلمى العلوي} عطاتني دوا، والمساعدة {PER:كوثر} كتشوفني
كل سيمانة. دابا عندي خمسة شهور بلا قرقوبي وبلا شراب. كنسكن مع {PER:إلهام} ف {LOC:حي أولاد أوجيه}، {LOC:زنقة 9}،
وكنخدم ف الكوزينة ديال {LOC:مقهى الفردوس}. ملي كنعدّ الفلوس ف آخر الشهر كنحس براسي إنسانة. {PER:الحسين} ما بقاش
كيقرب ليا.
""", ["addiction"]),
    ("b14-ary-04", "ary", """
{PER:سلوى}، 26 عام، من {LOC:الدشيرة}، حكات ل{PER:رجاء} المنشطة: «واحد السيدة سميتها {PER:نزهة} كانت كتجي ل
{LOC:صالون ليلى} ف {LOC:حي الداخلة}، قالت ليا كاين خدمة ف صالون ف دبي بعشرة آلاف درهم. خلصات ليا الباسبور والتذكرة.
ملي وصلت، راجلها {PER:جاسم} شد ليا الباسبور وسدّ عليا ف شقة مع {PER:حنان} و{PER:غيثة}، وكان كيجيب الرجال كل
ليلة. قال ليا خصك تردّي ليا خمسين ألف درهم. بقيت تما ستة شهور. {PER:غيثة} سرقات التيليفون ديالو وعيطنا لخويا
{PER:عمر}، هو اللي عيط للقنصلية.» رجعات {PER:سلوى} للمغرب، ودابا كتابع الملف مع المحامية {PER:فدوى أوحمو}. رقم
الملف ف المحكمة {ID:2026/2609/87}. {PER:نزهة} مازال كتدور ف {LOC:سوق الأحد} ديال أكادير كتقلب على بنات خرين.
""", ["trafficking", "legal_support"]),
    ("b14-ary-05", "ary", """
المنشطة {PER:زكية بنعمر} كتبات: |
{PER:حليمة}، 34 عام، ساكنة ف {LOC:الحي الحسني}، {LOC:درب ميلا}، عندها جوج ولاد ما مسجلينش ف الحالة المدنية،
{PER:أيوب} و{PER:ريان}، حيت باباهم {PER:مصطفى} رفض يعترف بيهم. ما عندهاش حتى هي البطاقة الوطنية، ضاعت ليها ملي
طردها {PER:مصطفى} من {LOC:دوار السكويلة}. مشات معاها {PER:زكية} للمقاطعة، وخرجنا ليها البطاقة الجديدة، الرقم
{ID:BH 392817}. من بعد المحامي الأستاذ {PER:يونس الكتاني} دار طلب التسجيل ف المحكمة، والملف رقم
{ID:1417/2026}. دابا {PER:أيوب} تسجل ف المدرسة ديال {LOC:حي الأمان}. {PER:حليمة} قالت: «ولادي ولاو موجودين ف
الورق، ماشي غير ف قلبي». التيليفون ديالها: {PHONE:+212 6 54 09 72 16}.
""", ["civil_documents", "family_law"]),
    ("b14-ary-06", "ary", """
سميتي {PER:فاطنة}، من وجدة. ملي مرضت ب الزهري، مشيت للمستوصف ف {LOC:حي لازاري}، والفرملية {PER:الباتول} قالت
ليا قدام الناس: «نتي اللي كتخدمي ف {LOC:زنقة مراكش}؟ سيري عند شي واحد آخر». خرجت كنبكي وما رجعتش عام. {PER:سعيدة}،
المثقفة ديال الجمعية، لقاتني ف {LOC:مقهى الرياض} ف {LOC:حي الطوبة}، وقالت ليا عندي الحق ف العلاج بحال كل مواطنة.
مشات معايا عند الطبيبة {PER:نادية الفاسي} ف المركز ديال {LOC:حي القدس}، اللي داوتني بلا ما تحكم عليا. دابا
كنعرف شنو حقوقي، وملي كنشوف {PER:الباتول} ما بقيتش كنحني راسي. كنت سعيدة ملي {PER:سعيدة} قالت ليا نجي معاها
نهضر مع البنات ف الحلقة الجاية.
""", ["stigma_discrimination", "sti_care", "rights_awareness"]),
    ("b14-sms-01", "ary", """
{PER:hajar}: slm {PER:loubna} labas? ma jitich lbar7 l groupe |
{PER:loubna}: hmdlh, ana f {LOC:hay mohammadi} daba 3nd khalti {PER:fatna} |
{PER:hajar}: chno w9e3? |
{PER:loubna}: lbolis chdouni 7da {LOC:café la corniche} f {LOC:zn9a 12}, dawli 500 dh w 9alo ila ma khlstich ghadi ndiwk
l commissariat. 3yto lia 9a7ba 9dam nass |
{PER:hajar}: nfs lbolisi dyal l3am li fat? {PER:simo}? |
{PER:loubna}: ah {PER:simo} w wa7d akhor ma3rftoch. hadi talt mera had chhar |
{PER:hajar}: ma tskotich. {PER:nawal} mn jam3iya 3ndha l'avocate maître {PER:benkirane}, kadir chikaya bla flous |
{PER:loubna}: safi. ra9m dyali jdid {PHONE:0612 48 93 07}, 9olih l {PER:nawal} |
{PER:hajar}: ghda m3a 10h f local f {LOC:derb ghallef}, nji m3ak |
{PER:loubna}: wakha, nji m3a {PER:sanae} 7ta hiya chdoha l2ousbou3 li fat
""", ["police_harassment"]),
    ("b14-sms-02", "ary", """
groupe « bnat lkhir » |
{PER:zineb}: bnat chkon 3ndha capotes? salaw lia |
{PER:kawtar}: ana 3ndi 20, dwz l {LOC:café el bahja} f {LOC:hay daoudiate} |
{PER:ibtissam}: {PER:zineb} ma tkhdmich bla capote wakha ykhlsk double, rah {PER:rachida} tmrdat hakak |
{PER:zineb}: 3arfa 3arfa. {PER:ibtissam} nti katakhdi dik l7ba dyal PrEP? |
{PER:ibtissam}: ah 3ndi 6 chhor, kanakhdha kol nhar m3a lftour, dr {PER:ouazzani} f markaz howa li 3tahali |
{PER:rachida}: ana bghit nbda, chno khassni? |
{PER:ibtissam}: sir l markaz f {LOC:massira 1}, {LOC:zn9a 14 n° 33}, 9oli lihom {PER:ibtissam} sifftni. kaydiro test 9bel |
{PER:kawtar}: w ila t9t3at capote sir dghya, 3ndk 72 sa3a l traitement |
{PER:rachida}: lah yjazikom bikhir a {PER:kawtar}, ghda nmchi |
{PER:zineb}: ana 7ta ana nji m3ak, ndwzo 3la {LOC:hammam el kheir} mn b3d
""", ["hiv_prevention", "peer_support"]),
    ("b14-sms-03", "ary", """
- Rappel automatique: salam, hna markaz tanmiya. 3ndk rendez-vous ghda 9h30 m3a dr {PER:laila berrada} l test VIH w
syphilis. dossier n° {ID:MRK-2026-4471}. ila ma tgdrich tji 3yti l {PHONE:0524 30 71 18}. |
- salam, ana {PER:hanane}, wach ymken nji 11h? khdama f {LOC:salon yasmine} tal 10h |
- wakha a {PER:hanane}, 11h mzyan. jibi m3ak CIN |
- CIN dyali rah 3nd {PER:driss} mol dar, ma bghach yrddha lia 7ta nkhlss lkra |
- machi mochkil, jibi ghir l ra9m dyal CIN ila 3arfah |
- {ID:EE 207419} |
- mzyan. {PER:siham} l'éducatrice ghadi tstnak f l bab dyal markaz, {LOC:derb dabachi} |
- chokran. ana khayfa mn natija |
- {PER:siham} ghadi tb9a m3ak 7ta tkhrej natija, ma tkhafich |
- (mn b3d) dert test m3a {PER:siham}, natija négative f VIH w syphilis. lah ykhlikom
""", ["hiv_sti_testing"]),
    ("b14-sms-04", "ary", """
{PER:souad}: {PER:rajae} wach nti f markaz? |
{PER:rajae}: ah a {PER:souad}, chno kayn? |
{PER:souad}: lbar7 jouj clients f {LOC:hôtel zahrat el mina} f {LOC:zn9a sidi bouabid} ghasbouni, wa7d fihom kan kaysewwer |
{PER:rajae}: fin nti daba? wach mjer7a? |
{PER:souad}: f dar {PER:khadija} f {LOC:hay bni makada}. 3ndi jra7 f rjli. ma bghitch nmchi l bolis |
{PER:rajae}: ma tmchi bo7dk l walo. daba nji 3ndk m3a {PER:amina} w nmchiw l sbitar, kayn dwa dyal 72 sa3a |
{PER:souad}: w ila 3rfo chno kankhdem? |
{PER:rajae}: hadchi ma kayhemhomch, nti daba victime. l'avocate {PER:meryem} ghadi t3awnk ila bghiti tchki |
{PER:souad}: sifti lia l'email dyalha |
{PER:rajae}: {EMAIL:meryem.avocate@tanja-droits.ma}. w l'email dyal markaz {EMAIL:accueil[at]dar-nour-tanger[point]ma} |
{PER:souad}: chokran a {PER:rajae}, ma 3ndi 7ta wa7d ghirk
""", ["violence_sexual"]),
    ("b14-sms-05", "ary", """
- salam a {PER:mounia}, ana {PER:fatiha} mn {LOC:bab ftouh}, mol lkra {PER:hassan} lo7 lia l7wayj f zn9a lbar7 |
- a ya rbi! fin b9iti? |
- f dar {PER:naima} f {LOC:derb lmitar}, ghir lila wa7da. 3ndha drari |
- wach 3ndk l'CIN? khassna nsjlouk f centre d'hébergement |
- ah, CIN dyali {ID:C 845 213} |
- mzyan, w l'email dyalk bach nsifto lik lwra9 dyal demande? |
- {EMAIL:fatiha.fes (arobase) boitamail (point) ma} |
- ok. ghda 9h nlt9aw f {LOC:place r'cif} 9dam {LOC:café nejjarine} |
- {PER:hassan} 9al ila rje3t ghadi y3yt l bolis |
- ma tkhafich, ma3ndoch l7a9 ytlo7 l7wayj dyalk bla 7kam. {PER:samira} l'assistante sociale ghadi tkllmo |
- lah yr7m walidik. {PER:naima} katsllem 3lik
""", ["housing"]),
    ("b14-sms-06", "ary", """
{PER:khadija}: slm {PER:asmae}, bghit ngolik bli l7anout tfte7 lyom!! |
{PER:asmae}: mabrouk 3lik a {PER:khadija}!! fin? |
{PER:khadija}: f {LOC:souk sebt} f {LOC:sidi bernoussi}, {LOC:zn9a 27}, 7da {LOC:boulangerie el houda}. kanbi3 msemen w
baghrir w harcha |
{PER:asmae}: chhal 3tawk f crédit? |
{PER:khadija}: 8000 dh mn jam3iya dyal micro-crédit, kanrdd 400 f simana. {PER:hind} 3awnatni f dossier |
{PER:asmae}: w drari? |
{PER:khadija}: {PER:adam} w {PER:lina} kayjiw y3awnouni mn b3d lmadrasa. daba kanwkelhom mn 3r9 jbini, ma b9itch ndor
f lil |
{PER:asmae}: hadi hiya. sifti lia tsawer l {EMAIL:asmae.b@lwarda-mail.com} nwrihom l {PER:hind} |
{PER:khadija}: ok. w jibi m3ak {PER:ghizlane} nhar sebt, nfotrou 3ndi f l7anout
""", ["income_employment"]),
    ("b14-sms-07", "fr", """
{PER:manon}: {PER:léa} t'es là ? |
{PER:léa}: oui {PER:manon}, ça va ? |
{PER:manon}: non. les flics m'ont encore contrôlée {LOC:rue de la gare} hier soir, à côté du {LOC:bar l'Escale} |
{PER:léa}: les mêmes ? |
{PER:manon}: le petit brun, celui qu'ils appellent {PER:Fredo}. il m'a fouillée devant tout le monde et il a gardé mes 80 € |
{PER:léa}: il t'a donné un papier ? une amende ? |
{PER:manon}: rien. il a dit que si je parlais il me ferait expulser de mon appart {LOC:rue des Postes} |
{PER:léa}: il a pas le droit. tu veux qu'on écrive ensemble au défenseur des droits ? {PER:Yasmina} l'a fait l'an dernier |
{PER:manon}: j'ai peur |
{PER:léa}: je comprends. viens demain 14h au local de {LOC:Fives}, je serai là avec {PER:Yasmina}. on fait juste le récit |
{PER:manon}: ok. je viens avec {PER:Chloé}, elle l'a vu aussi
""", ["police_harassment"]),
    ("b14-sms-08", "fr", """
- Bonjour {PER:Aminata}, c'est {PER:Julie} du CeGIDD. Vos résultats sont arrivés, pouvez-vous passer demain ? |
- bjr oui. c grave ? |
- Je ne peux rien dire par SMS, mais on vous attend à 10h, {LOC:3 rue Jean-Baptiste Say}, 2e étage. |
- ok jvien avec {PER:Kadi} |
- Très bien. Apportez votre numéro de dossier : {ID:CG-69-26-1187}. |
- {PER:Julie} jai pas dormi |
- Je comprends. Le Dr {PER:Moulin} vous expliquera tout. Si besoin appelez-moi au {PHONE:04 65 71 23 09}. |
- daccord |
- (le lendemain) {PER:Julie} merci. c une syphilis, pas le vih. jai eu la piqure |
- Oui, et on se revoit dans 3 mois pour le contrôle. Dites à {PER:Kadi} qu'elle peut faire son test aussi, sans rendez-vous le mardi. |
- elle viendra. merci vraiment, je croyais que ma vie était finie
""", ["hiv_sti_testing", "sti_care"]),
    ("b14-sms-09", "fr", """
groupe « les filles du 3e » |
{PER:sandra}: les filles {PER:nadège} s'est fait virer de sa chambre à {LOC:Belsunce} ce matin, le proprio a mis ses affaires dehors |
{PER:kelly}: quoi ?? {PER:nadège} ça va ? |
{PER:nadège}: jsuis devant l'{LOC:hôtel Le Provençal}, {LOC:rue d'Aubagne}. il m'a poussée dans l'escalier, j'ai mal au bras |
{PER:sandra}: bouge pas j'arrive. {PER:kelly} t'as le numéro de Mme {PER:Akou}? |
{PER:kelly}: oui c'est {PHONE:06 39 98 44 12}. elle s'occupe des hébergements à l'asso |
{PER:nadège}: j'ai appelé le 115 ils disent rien avant ce soir |
{PER:fatou}: tu peux dormir chez moi {LOC:boulevard de Plombières} cette nuit, y a le canapé |
{PER:nadège}: merci {PER:fatou} je pleure |
{PER:sandra}: je suis là dans 10 min, on va à la pharmacie pour ton bras puis à l'asso |
{PER:kelly}: je préviens Mme {PER:Akou}
""", ["housing", "peer_support"]),
    ("b14-sms-10", "fr", """
- Rappel : RDV avec Maître {PER:Ophélie Garnier} lundi 9 mars à 15h, cabinet {LOC:12 cours Lieutaud}. Réf. dossier
{ID:AJ-13-2026-0588}. Répondre OUI pour confirmer. |
- OUI. c'est {PER:Rosalie}, je peux venir avec {PER:Ginette} ? |
- Bonjour {PER:Rosalie}, oui bien sûr. Apportez le récépissé de plainte et le certificat médical. |
- jai pas le certificat, le médecin de la {LOC:Joliette} l'a envoyé par mail |
- Demandez-lui de le renvoyer à {EMAIL:contact.garnier-avocat@barreau-sud-test.fr} |
- ok. et si mon ex vient devant le cabinet ? |
- Vous pouvez appeler le 17. Maître {PER:Garnier} a aussi demandé une ordonnance de protection. |
- merci. {PER:Ginette} dit que vous etes la meilleure |
- Merci à vous, à lundi. |
- a lundi
""", ["legal_support"]),
]


if __name__ == "__main__":
    write_set(STORIES, OUT, ROWS, PREFIX, set(THEMES))
