"""Generate tests/data/analysis_dev10.jsonl, development set 10 (formerly blind set 9).

Written on 2026-12-01 by the blind writer ``blind9`` from the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels), the description of the method
(shared/design/msc-method.md), the file names of shared/context/ (and the
opening, first 80 lines, of the CHAMS capitalisation sheet, 003_*.txt, for
the setting only) and the kinds of personal data listed in the writer's
brief, WITHOUT reading the analysis engine, its pattern lists, its rule
tests, the PII probe or the stories of any other evaluation set. Only the
module docstring (format and marking conventions) and the helper functions
of make_analysis_blind8.py, the scoring harness (tests/nlp_scoring.py) and
this set's test model (test_nlp_blind8.py) were read, so that blind sets 8
and 9 are comparable (the grep that located blind8's helpers also showed
its line ``# ---- French (24) ----`` and the opening of its first story
tuple, i.e. its id and language, but no story text was read). The
engine was not run on these stories and the set was not scored by its
writer. It is to be scored ONCE; never tune the engine on it (once it has
been used for tuning it is no longer blind, and a new blind set must be
written).

The 60 stories below are fictional (no real person; street, neighbourhood
and village names are real or plausible places, people, numbers and
addresses are invented; organisations named as negatives are real or
plausible services): 24 French, 14 English, 12 in Arabic script (6 Modern
Standard Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10
SMS/WhatsApp messages in Latin letters (6 Darija mixed with French, lang
"ary"; 4 French SMS, lang "fr"), so the languages count fr 28, en 14, ar 6,
ary 12. Each story is 80-250 words and carries 1-3 gold themes. Registers:
survivor's accounts, facilitator's notes, Q/R (Q/A, س/ج) transcripts,
transcribed voice notes, letters, minutes of talking groups, e-mails,
referral forms, an outreach log, WhatsApp threads (four with the sender's
name on every line, the others with names only at the start or none).
Settings: Marseille, Lyon, Montpellier, Nice, Paris, Brussels, London,
Manchester, Dublin, Casablanca, Rabat, Marrakech, Agadir, Tanger, Tétouan,
Fès, Meknès, Oujda, Nador, Kénitra and villages of the Anti-Atlas;
storytellers and the people around them from Morocco (Arab and Amazigh),
Algeria, Tunisia, Egypt, Syria, Sudan, Senegal (Wolof, Pulaar), Guinea,
Mali, Burkina Faso, Côte d'Ivoire, Nigeria (Yoruba, Igbo, Hausa), Ghana,
Cameroon, DR Congo, the Comoros, Madagascar, Haiti, Cape Verde, Romania,
Bulgaria, Albania, Georgia, Russia, Colombia, the Dominican Republic,
Brazil, China, Mongolia, the Philippines, Thailand, Sri Lanka, France,
England and Ireland.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, list items and
message lines).

Marking conventions: exactly those of blind sets 4 to 8 (as restated in
make_analysis_blind8.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, Mlle, M., Maître, Me, Dr, Docteur, Mrs, Mr, Ms, Sister,
  Auntie, Mama, Maman, Madam, Tata, tantie, tonton, Lalla, Hajja, Si,
  khalti, السيدة, لالة, الحاجة, خالتي, عمي, أمي, أخي, الأستاذة, الدكتورة,
  الطبيب, in any case), nor an SMS vocative
  or presentative (« wa », « a », « c », « ana », « moi c », « m3a »), nor
  an Arabic proclitic (و، ب، ل، ف); every occurrence, lowercase SMS names
  included; initials are names (« Souad B. », « N. Bensaïd », « Mlle H. K. »,
  « il signe J. » are one span each); particles (Ben, El, Aït, da, dos, Dela, Ní, Said) are
  inside. A name that is also a common word is PER only when it names a
  person.
- LOC: cue plus name (rue, avenue, boulevard, chaussée, cours, quai,
  place, promenade, cité, résidence, quartier, hay, derb, douar, café,
  hôtel, bar, snack, salon, hammam, parlour, street, road, حي، دوار، زنقة،
  درب، سوق، مقهى، فندق، صالون، حمام), without the
  article or preposition before it; a numbered address runs from the number
  to the end of the street name, with building/flat details joined by a
  comma inside; bare neighbourhood and village names alone. Streets,
  venues and neighbourhoods named after people or saints, or containing a
  title word, are LOC, not PER, and the person's name inside them is not a
  separate PER. Not marked: large cities, countries, regions, communes of a
  metropolitan area (Vénissieux, Villeurbanne, Inezgane, Témara, Salé),
  generic places, railway stations.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number given in pieces is one span per written piece; an
  extension (« poste 4 ») is left out; emergency and free national numbers
  (here 15, 17, 19, 112, 115, 999, 3919 and the free number
  0 800 840 800) are not marked; numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form);
  never the brackets or parentheses around it, nor a full stop after it.
- ID: the number only, not its cue (CIN, AGDREF, récépissé, UNHCR,
  passport, dossier, plainte, n°, numéro, number, no., ref, PPS, رقم), with
  the letter prefixes, inner spaces, hyphens and slashes that belong to it.
  Ages, dates, amounts, prices, percentages, years, times, room numbers,
  queue tickets and bus/tram lines are not IDs.
- Hard negatives left unmarked: institutions named after people or saints
  (hôpital Pasteur, hôpital Édouard-Herriot, hôpital Lariboisière, CHU
  Mohammed VI, CHU Saint-Pierre, hôpital Ibn Sina, Mohammed I University,
  مستشفى ابن طفيل, السبيطار ديال الغساني), organisations, services, chains and
  programmes (ALCS, Autres Regards, Cabiria, les Roses d'Acier, Espace P,
  Caritas, Médecins du Monde, Restos du Cœur, CeGIDD, CSAPA, Entraide
  Nationale, Trussell, Marjane, Carrefour, UNHCR, التعاون الوطني), big
  cities and countries, communes, months, feasts, tram and bus lines, rooms,
  emergency and free numbers, ages, dates, times, amounts, percentages,
  prices, years, a kinship word used alone, and words that are also names
  used as common words.

Cases this set adds, marked in the same spirit:
- Neighbourhoods whose name holds a title, a saint or a person (« Douar El
  Hajja », « Sidi Youssef Ben Ali », « Yacoub El Mansour », « حي ولاد
  ميمون ») are one LOC each, with no PER inside; « carrefour de
  Belleville » (a crossroads) is LOC beside the chain « Carrefour ».
- Names that are also words, used both ways in the same story: « Sunday »
  the man beside Sunday the day; « Patience », « Faith », « Mercy » beside
  patience, faith and mercy; « Bienvenue » the woman beside « bienvenue »;
  « Papy » the brother; « Fanta » the woman beside a Fanta (the drink);
  « Dounia » beside « la dounia » (the world); « حنان » beside « الحنان »;
  « فرح » in « حي الفرح » (a LOC) beside « الفرح » (joy); « العربي » the
  uncle beside « العربية » (the language).
- Respect words of more origins stay outside the span: « Maman », « Madam »,
  « Malam », « Detective Constable », « l'inspectrice ».
- In Darija written in Latin letters, digits standing for letters (« m3a »,
  « 7na », « 9lbi », « sa3a ») are not numbers.
- An Irish PPS number, a UK NHS number, a UK crime reference, a Home
  Office reference, an Albanian passport number, a French social-security
  number, a social-housing request number and a Belgian residence-card
  number are IDs; a French free number is not PHONE.
- A phone number after « رقم » (« ورقم هاتف المنشطة هو ٠٦ ٧٠ ٨٩ ١٢ ٣٤ ») is
  PHONE, not ID; a house number after « رقم » inside an address (« درب
  الكبير، رقم 37 ») is part of the LOC span.
- A number dictated in two pieces with words between them (« 06 61 ...
  lba9i 48 73 20 », « 07 71 84, wait, the rest is 26 39 ») is two spans.
- An obfuscated address written « nom arobase domaine point fr » is one
  EMAIL span; an address holding « +asso » is one span.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  python3 tests/data/make_analysis_dev10.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set  # the shared helpers (tests/data/gold_marks.py)

ROWS = 60
PREFIX = "b9-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---- French (24) ----
STORIES += [
("b9-fr-01", "fr", """
Je m'appelle {PER:Tafsut}, j'ai 34 ans et je suis née au {LOC:douar Tagadirt}, dans
l'Anti-Atlas. À Marseille, je travaillais la nuit du côté du {LOC:boulevard d'Athènes}. En mars, un
client m'a enfermée deux jours dans un appartement au {LOC:37, rue Francis-de-Pressensé, 3e étage}.
Il m'a frappée au visage, il a pris mes 600 euros et mon téléphone. Quand il est sorti acheter à
manger, j'ai crié par la fenêtre et une voisine, Mme {PER:Gasparini}, a appelé le 17. Aux urgences
de la Timone on m'a soignée, et {PER:Rkia}, la paire d'Autres Regards, est restée avec moi jusqu'au
matin. Ensuite Maître {PER:Oulaï} a déposé plainte avec moi ; la plainte porte le numéro
{ID:25/0412/873}. Ce qui a changé, c'est que je ne me tais plus. Quand j'ai peur, j'appelle
{PER:Rkia} au {PHONE:06 52 18 40 77} ou l'avocate au {PHONE:04.91.33.27.60}, et je sais que le
procès aura lieu en 2026. Je veux que l'homme paie, pas seulement pour moi.
""", ["violence_physical", "violence_economic", "legal_support"]),

("b9-fr-02", "fr", """
Note de {PER:Solène Garnier}, facilitatrice, 14 février. J'ai revu {PER:Omolara Adeyemi}, 26 ans,
sur la {LOC:place Gabriel-Péri}, à la {LOC:Guillotière}. {PER:Omolara} est arrivée de Benin City il
y a trois ans, envoyée par une « madam », Mama {PER:Ifeoma}, qui lui réclame encore 28 000 euros
pour le voyage. Elle a longtemps dormi dans une chambre au-dessus du {LOC:bar Le Vénitien}, avec
quatre autres filles, et devait remettre chaque matin tout ce qu'elle gagnait. La madam garde son
passeport (n° {ID:A09384112}) et l'appelle chaque soir depuis le {PHONE:+234 803 518 2247}. Avec
Cabiria, nous avons fait un signalement ; {PER:Omolara} a été reçue par l'inspectrice {PER:Drucker},
qui a pris sa déposition avec une interprète. Elle dit : « Pour la première fois, quelqu'un écrit
mon histoire sans me juger. » Elle m'a laissé le numéro de sa cousine {PER:Funmi}, le
{PHONE:07 58 22 91 03}, à appeler si elle disparaît.
""", ["trafficking", "legal_support"]),

("b9-fr-03", "fr", """
Entretien mené par {PER:Hasna} à Casablanca, le 3 juin. |
Q : Qu'est-ce qui a changé pour vous depuis un an ? |
R : Avant, les policiers qui tournent à {LOC:Derb Sultan} me prenaient 200 dirhams chaque semaine,
sinon c'était la garde à vue. Un soir, un agent, {PER:Bouzid}, m'a gardée toute la nuit au poste
et m'a traitée de tous les noms devant les autres. |
Q : Comment en êtes-vous sortie ? |
R : {PER:Naïma}, l'éducatrice paire, m'a emmenée à une séance sur nos droits. J'ai appris qu'ils
n'ont pas le droit de prendre mon argent ni mon téléphone, et que je peux demander pourquoi on
m'arrête. |
Q : Et aujourd'hui ? |
R : J'ai parlé avec l'avocate, Me {PER:Tazi}, et depuis ils me laissent plus tranquille. J'habite
maintenant au {LOC:derb Jdid}, à {LOC:Hay Mohammadi}, et quand ça recommence, {PER:Naïma} me répond
sur le {PHONE:0661-48-27-30}, même à deux heures du matin.
""", ["police_harassment", "rights_awareness"]),

("b9-fr-04", "fr", """
De : {EMAIL:c.dumoulin@asso-horizons.fr} |
À : {EMAIL:accueil.cegidd34@chu-montpellier.fr} |
Objet : orientation urgente |
Bonjour Docteur {PER:Mansouri}, |
Je vous adresse Mme {PER:Ionela Constantinescu}, 31 ans, que nous suivons depuis janvier. Elle vit
dans un camion garé {LOC:avenue de la Mer}. Il y a quarante heures, un client l'a forcée à un
rapport et a retiré le préservatif. Nous lui avons expliqué le traitement post-exposition ; elle
accepte de le commencer aujourd'hui et de faire ensuite les dépistages. Elle parle peu français :
sa sœur {PER:Daniela} traduit au {PHONE:+40 722 418 093}. Son attestation AME porte le numéro
{ID:3402518817}. Pour toute question, appelez-moi au {PHONE:04 67 58 12 90}, poste 4. |
Bien à vous, |
{PER:Claire Dumoulin}, travailleuse sociale
""", ["violence_sexual", "hiv_prevention", "access_to_care"]),

("b9-fr-05", "fr", """
Je suis {PER:Nino Beridze}, je viens de Koutaïssi, en Géorgie. À Nice, je loue depuis deux ans une
chambre {LOC:rue Vernier}, près de la gare. J'ai appris que j'étais séropositive en 2023 à l'hôpital
de l'Archet. Au début je ne prenais pas mes comprimés, j'avais honte, je ne dormais plus et je
pleurais toute la journée ; je pensais que ma vie était finie. Une compatriote, {PER:Tamar}, et la
médiatrice {PER:Sandrine Moulin} m'ont aidée à comprendre le traitement. Maintenant je le prends
chaque matin à 8 h, et ma charge virale est indétectable depuis six mois. Mon amie russe
{PER:Svetlana} m'accompagne chez le Dr {PER:Pellegrini} et chez la psychologue. Ma mère m'appelle
de Koutaïssi sur le {PHONE:+995 555 41 28 73} ; je ne lui ai rien dit, mais je ris de nouveau
avec elle au téléphone.
""", ["hiv_care", "mental_health"]),

("b9-fr-06", "fr", """
Transcription d'un message vocal de {PER:Wang Xiuying}, que tout le monde appelle Mme {PER:Wang},
traduit du mandarin par {PER:Lin Mei}. « Je travaille le soir près du {LOC:carrefour de Belleville}.
Depuis l'été, les policiers nous contrôlent trois fois par soirée, ils prennent nos préservatifs
comme preuve et nous donnent des amendes de 135 euros. La semaine dernière, ils m'ont emmenée au
commissariat et m'ont gardée jusqu'à 4 heures du matin, sans interprète, en riant de mon accent. Ma
voisine {PER:Zhao Li}, qui habite aussi {LOC:rue Ramponeau}, a vécu la même chose. Les Roses d'Acier
nous ont expliqué ce que la police peut faire et ne pas faire, et maintenant je garde dans mon sac
le papier de l'association et le numéro de la juriste, {PHONE:01 43 58 27 19}. Je fais mes
courses au Carrefour comme avant, mais je n'ai plus peur de répondre. »
""", ["police_harassment", "rights_awareness"]),

("b9-fr-07", "fr", """
Tanger, le 12 octobre |
Maître {PER:El Khamlichi}, |
Je vous écris au sujet de mon divorce. Mon mari, {PER:Abdelilah Temsamani}, ne donne plus rien pour
les enfants, {PER:Imane} et {PER:Ayoub}, depuis le mois de mai, et il refuse de signer quoi que ce
soit. Le tribunal de la famille a ouvert le dossier n° {ID:1628/1611/2025}, mais je ne comprends pas
les papiers qu'on m'a donnés. Je vis maintenant chez ma tante, khalti {PER:Zhor}, au
{LOC:quartier Branes}, {LOC:résidence Al Boughaz, immeuble 4}, et je travaille un peu dans un
atelier de couture. Je voudrais la garde des
enfants et une pension, et que mon mari reconnaisse enfin sa dette envers eux. Vous pouvez me
joindre au {PHONE:+212 6 70 31 88 42} ou écrire à ma fille, {EMAIL:imane.temsamani09@gmail.com},
qui lit mieux que moi. |
Respectueusement, |
{PER:Souad B.}
""", ["family_law", "legal_support"]),

("b9-fr-08", "fr", """
Fiche d'orientation — CSSR de Marrakech |
Bénéficiaire : {PER:Itto Aït Lahcen}, 29 ans |
CIN : {ID:EE 417302} |
Adresse : {LOC:52, derb Sidi Bouamar}, {LOC:Riad Zitoun Lakdim} |
Téléphone : {PHONE:0524-38-17-52} (voisine, Mme {PER:Hafida}) ; portable {PHONE:06 18 73 40 29} |
Motif : agression sexuelle par deux hommes dans la nuit du 2 juillet, près de la gare routière.
Arrivée au CSSR 20 heures après les faits, très choquée. Contraception d'urgence et traitement
post-exposition donnés sur place. Orientée vers la cellule d'accueil des femmes victimes de
violence du CHU Mohammed VI pour le certificat médical ; dossier médical n° {ID:MKH-2025-07713}. |
Orientée par : {PER:Latifa Ouzzine}, assistante sociale |
Suivi : rendez-vous avec la psychologue, Mme {PER:Berrada}, le 9 juillet à 10 h, salle 3.
{PER:Itto} souhaite que sa famille ne soit pas prévenue.
""", ["violence_sexual", "access_to_care"]),

("b9-fr-09", "fr", """
Je m'appelle {PER:Florentina}, j'ai 23 ans et je viens de Craiova. À Bruxelles je travaille en
vitrine, {LOC:rue d'Aerschot}, derrière la gare du Nord. Un soir de novembre, un client a retiré le
préservatif de force et m'a tenue par le cou. Ma collègue bulgare, {PER:Desislava}, m'a dit d'aller
tout de suite chez Espace P. {PER:Grégory}, l'infirmier, m'a donné le traitement d'urgence contre le
VIH pour 28 jours et la pilule du lendemain, puis il m'a pris rendez-vous au CHU Saint-Pierre pour
les tests. Tout est négatif. Je n'ai pas appelé le 112 et je n'ai pas porté plainte, mais j'ai noté
la plaque de la voiture et
{PER:Grégory} l'a gardée. Mon numéro belge est le {PHONE:+32 470 61 28 93} ; en Roumanie, ma mère
garde mon fils {PER:Andrei} et croit que je fais le ménage dans des bureaux. Ma sœur
{PER:Luminița}, à Turin, est la seule à savoir : {PHONE:+39 347 218 4406}.
""", ["violence_sexual", "hiv_prevention", "reproductive_health"]),

("b9-fr-10", "fr", """
Note d'entretien, Rabat, rédigée par {PER:Meryem}. {PER:Bienvenue Mbuyi}, 38 ans, originaire de
Lubumbashi, vit à {LOC:Takaddoum} avec ses deux enfants. Elle sait qu'elle vit avec le VIH depuis
2019 et prend son traitement à l'hôpital Ibn Sina. « Bienvenue au club », lui a dit en riant
{PER:Gloria} le jour où elle est venue pour la première fois au groupe des femmes séropositives ;
elle dit que cette phrase l'a sauvée. Cette année, sa carte de séjour a expiré et elle a eu peur
de ne plus recevoir ses médicaments. Nous l'avons accompagnée au bureau des étrangers, où elle a
attendu trois heures avec le ticket 58 : le
récépissé de sa demande de renouvellement porte le numéro {ID:RB-2025-004417}. {PER:Bienvenue}
envoie des nouvelles à son frère, {PER:Papy}, à Kinshasa, au {PHONE:+243 81 442 77 19} ; ses
enfants l'appellent « tonton {PER:Papy} », alors que leur papy, lui, ne les a jamais vus.
""", ["hiv_care", "civil_documents"]),

("b9-fr-11", "fr", """
À seize ans, mon père m'a mariée de force à un cousin de Sefrou que je n'avais jamais vu. Je
m'appelle {PER:Fatima-Zahra}, mais tout le monde m'appelle {PER:Fati}. Quand je suis partie après
deux ans de coups et d'insultes, ma famille m'a rejetée : mes frères, {PER:Hamid} et {PER:Rachid},
ne me parlent plus, et ils ont dit au quartier que j'étais morte pour eux. Seule ma mère, Hajja
{PER:Kenza}, m'appelle en cachette. J'ai vécu plusieurs années à {LOC:Bab Ftouh}, où je travaillais
au {LOC:hammam Sidi Boujida}, seule, en me
disant que je ne valais rien. Depuis un an, je vois chaque jeudi la psychologue de l'association,
Mme {PER:Lahlou}. Je dors mieux, je n'ai plus de crises d'angoisse dans la rue, et j'ai commencé à
écrire ce que je ressens dans un cahier. Je ne sais pas si mes frères reviendront, mais je ne me
sens plus coupable.
""", ["violence_psychological", "family_relations", "mental_health"]),

("b9-fr-12", "fr", """
Q : Pouvez-vous vous présenter ? |
R : Je suis {PER:Valentina Restrepo}, femme trans, colombienne, de Medellín. Je vis à Nice depuis
quatre ans. |
Q : Que s'est-il passé ? |
R : En janvier, sur la {LOC:promenade des Anglais}, trois jeunes m'ont frappée à coups de ceinture
en criant des insultes sur ce que je suis. À l'hôpital Pasteur, l'interne m'appelait « monsieur »
devant tout le monde et m'a fait attendre six heures alors que je saignais. |
Q : Qu'est-ce qui a changé depuis ? |
R : Mon amie dominicaine {PER:Yaniris} m'a emmenée à l'association. Maintenant j'ai un médecin, le
Dr
{PER:Costa}, qui utilise mon prénom, et une place dans le groupe du lundi. Je ne baisse plus les
yeux quand on me regarde dans la ligne 1 du tram. Je me trouve belle, et je le dis.
""", ["stigma_discrimination", "violence_physical", "self_esteem"]),
]
STORIES += [
("b9-fr-13", "fr", """
{PER:Affoué Kouassi}, 30 ans, Ivoirienne d'Abidjan, raconte : « Pendant quatre ans j'ai travaillé au
{LOC:bar Le Tropicana}, {LOC:boulevard Mohammed V}, à Casablanca. Les clients buvaient, moi je
comptais les nuits. L'an dernier, avec ma copine {PER:Adjoua}, j'ai suivi une formation de
pâtisserie
de six mois à l'Entraide Nationale. Au début je ratais tout, les gâteaux tombaient, je voulais
arrêter. La formatrice, Mme {PER:Chraibi}, m'a dit de recommencer jusqu'à ce que mes mains
comprennent. Aujourd'hui je vends mes gâteaux à {LOC:Oulfa} et sur WhatsApp au
{PHONE:06 44 19 82 37} ; les commandes pour les mariages arrivent aussi par mail, à
{EMAIL:affoue.gateaux@gmail.com}. Je gagne 3 000 dirhams par mois, ce n'est pas beaucoup, mais
c'est à moi. Maman {PER:Amenan}, à Bouaké, reçoit mes photos de gâteaux au
{PHONE:+225 07 08 12 44 61} et les montre à tout le quartier. Je
marche la tête haute. »
""", ["vocational_training", "income_employment", "self_esteem"]),

("b9-fr-14", "fr", """
Compte rendu du groupe de parole du mardi, Tanger. |
Présentes : {PER:Dounia}, {PER:Hanane}, {PER:Loubna}, {PER:Sanaa} et {PER:Ouafae} ; animatrice :
{PER:Khadija El Amrani}. |
{PER:Dounia} a ouvert la séance en disant : « Dans cette dounia, on est toutes seules, chacune dans
sa chambre. » {PER:Hanane} a raconté qu'elle n'avait parlé à personne pendant tout le ramadan, dans
sa chambre de {LOC:Casabarata}, et qu'elle attendait le mardi pour sortir. {PER:Loubna} a dit que
le groupe est la seule famille qui lui reste depuis que ses parents ont coupé les ponts.
{PER:Sanaa} a proposé que celles qui le veulent prennent le thé ensemble le samedi au
{LOC:café Hafa}, et {PER:Ouafae} s'est engagée à passer chercher les plus timides. Décision :
chaque participante appelle une autre au moins une fois dans la semaine. Prochaine séance le
mardi 14, salle 2.
""", ["peer_support", "social_isolation"]),

("b9-fr-15", "fr", """
De : Me {PER:Nadia Bensaïd} <{EMAIL:n.bensaid.avocate@menara.ma}> |
À : {EMAIL:suivi.chams.mrk@gmail.com} |
Objet : dossier de Mlle {PER:H. K.} |
Chère {PER:Rachida}, |
L'audience de Mlle {PER:Hajar K.} devant la chambre criminelle de la cour d'appel de Marrakech est
fixée au 18 novembre à 9 h. Le dossier porte le numéro {ID:2025/2612/391}. Les deux accusés, arrêtés
à l'{LOC:hôtel Le Palmier d'Or}, {LOC:avenue Hassan II}, contestent les faits, mais le rapport du
médecin légiste confirme le viol et les blessures. Je souhaite revoir {PER:Hajar} avant l'audience
pour préparer sa déposition ; elle peut venir à mon cabinet, {LOC:45, rue de Yougoslavie, 2e étage},
accompagnée de la personne de son choix. Mon numéro direct : {PHONE:05 24 43 61 08}. Merci de lui
rappeler qu'elle n'a rien à payer : ses frais sont pris en charge par l'aide juridictionnelle. |
Confraternellement, |
Me {PER:N. Bensaïd}
""", ["legal_support", "violence_sexual"]),

("b9-fr-16", "fr", """
{PER:Anlia Mohamed Said} a 44 ans ; elle est arrivée de Moroni en 2009 et vit à Marseille avec ses
trois enfants, dans la {LOC:cité Félix-Pyat}. En septembre, le propriétaire, M. {PER:Ferracci}, a
changé la serrure pendant qu'elle faisait le ménage au {LOC:snack Chez Mado},
{LOC:quai de Rive-Neuve}, pour deux mois de loyer en retard. Ils ont dormi
une semaine chez sa cousine {PER:Faïza}, à cinq dans une pièce. « Le pire, c'était de ne rien avoir
à donner à manger aux petits le soir », dit-elle. Les Restos du Cœur lui donnent maintenant un colis
chaque semaine, et l'assistante sociale, Mme {PER:Roux}, a obtenu une place en hébergement
d'urgence par le 115, puis un logement temporaire au
{LOC:14, boulevard de la Révolution, bâtiment C} ; sa demande de logement social porte le
numéro unique {ID:013251048372}.
Sa mère, aux Comores, l'appelle sur le {PHONE:+269 332 47 18} et ne sait pas qu'elle a faim.
""", ["housing", "food_security"]),

("b9-fr-17", "fr", """
{PER:Marie-Ange Jean-Baptiste}, 45 ans, Haïtienne, vit à Paris depuis quinze ans, {LOC:rue Myrha},
à {LOC:Château-Rouge}. Elle ne s'était jamais fait dépister : « Chez nous, on ne va pas chez le
médecin quand on n'est pas malade. » En avril, la médiatrice {PER:Nadège} l'a convaincue de venir au
CeGIDD de l'hôpital Lariboisière avec deux collègues. Les tests VIH et hépatites étaient négatifs,
mais la syphilis était positive. Elle a reçu l'injection le jour même, puis une deuxième et une
troisième les semaines suivantes, et le contrôle de juin est bon. Le même mois, elle a renouvelé
son titre de séjour (AGDREF {ID:7502193846}) et garde le reçu
n° {ID:PR75-2025-44817} de la préfecture dans son portefeuille. Elle a convaincu sa fille,
{PER:Wideline}, de se faire tester aussi. « Mèsi, {PER:Nadège} », dit-elle en riant. Sa sœur à
Port-au-Prince l'appelle au {PHONE:+509 37 12 84 56} pour avoir des nouvelles, et elle lui a
expliqué ce qu'est un dépistage.
""", ["hiv_sti_testing", "sti_care"]),

("b9-fr-18", "fr", """
{PER:Nassima}, 41 ans, née à Oran, vit à Vénissieux. Elle boit depuis ses vingt ans et a pris de la
cocaïne pendant dix ans pour tenir les nuits. En août, elle a rechuté au {LOC:bar L'Escale},
{LOC:cours Gambetta}, après une dispute avec un client qui l'avait menacée. Son éducateur du CSAPA,
{PER:Karim Bouaziz}, l'a accompagnée en cure de sevrage à l'hôpital du Vinatier, où elle a aussi vu
une psychiatre pour ses crises d'angoisse et ses idées noires. Elle dit : « Pour la première fois,
je me lève sans penser à la bouteille. » Elle a repris contact avec sa sœur {PER:Kheira}, à Oran,
au {PHONE:00213 550 27 41 86}, et lui parle chaque dimanche. Elle a enfin retrouvé son numéro de
sécurité sociale, {ID:2 84 03 99 352 118 46}, pour être
remboursée. Elle note ses jours sans alcool dans un carnet : 63 hier.
""", ["addiction", "mental_health"]),

("b9-fr-19", "fr", """
{PER:Coumba Diallo}, Sénégalaise pulaar de Kolda, 27 ans, vit à Tanger, dans le quartier de
{LOC:Mesnana}, en attendant de passer en Espagne. Quand elle a compris qu'elle était enceinte, elle
n'osait pas aller au centre de santé, parce qu'une amie s'y était fait chasser faute de papiers. Sa
voisine wolof, {PER:Ndèye Fatou Ndiaye}, l'a accompagnée à la clinique de l'association, où la
sage-femme, Mme {PER:Bakkali}, l'a examinée : grossesse de cinq mois, une anémie, une échographie
normale. Elle a maintenant un carnet de suivi, du fer et une consultation prénatale chaque mois.
{PER:Coumba} a aussi parlé pour la première fois de contraception pour après l'accouchement. Son
mari, resté à Kolda, l'appelle sur le {PHONE:+221 77 482 19 03} ; elle lui a envoyé la photo de
l'échographie. Sa cousine d'Almería, {PER:Binta}, lui a laissé son numéro, {PHONE:+34 612 48 90 37}.
""", ["reproductive_health", "access_to_care"]),

("b9-fr-20", "fr", """
{PER:Kadiatou Camara}, Guinéenne de Kankan, vit à {LOC:Yacoub El Mansour}, à Rabat. Son fils,
{PER:Mamadou}, est né en février à la maternité des Orangers, mais il n'avait aucun acte de
naissance
: elle pensait qu'il fallait un certificat de mariage. Lors d'une séance d'information, elle a
appris que tout enfant né au Maroc peut être déclaré à l'état civil, et la juriste l'a aidée à
réunir les papiers : son attestation de demandeuse d'asile, n° {ID:354-24C02871}, et le numéro de
dossier du HCR, {ID:354-24-01930}. L'acte de naissance est arrivé en juin. Son amie malienne,
{PER:Fanta Keïta}, qui vit à Salé ({PHONE:+223 76 41 28 90}), est venue fêter ça avec un gâteau et
un Fanta. « Maintenant il existe sur le
papier », dit {PER:Kadiatou}. Sa mère, à Kankan, a un numéro : {PHONE:+224 622 31 47 08}.
""", ["civil_documents", "rights_awareness"]),

("b9-fr-21", "fr", """
{PER:Salimata Ouedraogo}, 35 ans, de Bobo-Dioulasso, est arrivée à Marrakech il y a huit ans. Elle a
longtemps travaillé la nuit à {LOC:Daoudiate}, sans parler à personne. Il y a deux ans, elle a
suivi la formation des paires éducatrices. Maintenant, chaque vendredi, elle passe voir les femmes
du quartier avec {PER:Awa} et {PER:Rasmata}, distribue des préservatifs, écoute, et accompagne
celles
qui ont été frappées. « Au début, je pensais que je n'avais rien à apprendre à personne »,
dit-elle. Aujourd'hui, les plus jeunes l'appellent Mme {PER:Ouedraogo} ou tantie {PER:Sali}, et la
coordinatrice, {PER:Houda}, lui a demandé de parler devant les partenaires. « J'ai parlé au micro,
devant des gens en costume, et ma voix ne tremblait pas. » Son numéro circule entre les femmes :
{PHONE:07 62 09 51 84} ; sa sœur de Bobo l'appelle au {PHONE:+226 70 48 22 19}, et les partenaires
lui
écrivent à {EMAIL:pairs.daoudiate arobase yahoo point fr}.
""", ["peer_support", "self_esteem"]),

("b9-fr-22", "fr", """
{PER:Josiane}, 67 ans, a fait quarante ans de trottoir à {LOC:Perrache}. Ses amies de toujours,
{PER:Ginette} et {PER:Monique}, sont mortes l'une après l'autre, et elle vit seule dans un studio au
{LOC:12, rue Dumenge, 4e étage}, sans ascenseur. L'hiver dernier, elle n'est pas sortie pendant
trois semaines et n'a même pas appelé le 15 quand elle est tombée ; personne n'a frappé à sa porte.
C'est {PER:Élodie Marchand}, l'assistante sociale,
qui l'a retrouvée lors d'une tournée. Elle l'a aidée à obtenir un médecin traitant et un bilan à
l'hôpital Édouard-Herriot, le premier depuis quinze ans : tension, diabète, une cataracte à
opérer. Maintenant {PER:Josiane} vient chaque jeudi au goûter des anciennes, au
{LOC:café Le Bellecour}, en prenant le bus C13, et elle a un téléphone avec les numéros en gros :
celui d'{PER:Élodie},
{PHONE:06 31 77 20 48}, est le premier. « Je revois du monde », dit-elle.
""", ["social_isolation", "access_to_care"]),

("b9-fr-23", "fr", """
Note de {PER:Asmae}, facilitatrice à Kénitra. {PER:Yamna}, 28 ans, vient du {LOC:douar Ouled Slama}
et vit à {LOC:Saknia}. Depuis trois ans, son frère aîné, {PER:Abdelkader}, prend tout ce qu'elle
gagne : il vient chaque début de mois, fouille ses affaires et repart avec l'argent, en disant que
c'est pour leur mère, Hajja {PER:Zohra}, qui n'en voit jamais la couleur. Quand elle a refusé en
mars, il a menacé de dire à tout le douar ce qu'elle fait. Avec l'association, {PER:Yamna} a ouvert
un compte à la poste, et elle envoie désormais elle-même 500 dirhams à sa mère. Elle a parlé à
Hajja {PER:Zohra} au téléphone, pour la première fois depuis deux ans, au {PHONE:0537-37-84-12}.
{PER:Abdelkader} crie encore, mais il ne touche plus à son argent.
""", ["violence_economic", "family_relations"]),

("b9-fr-24", "fr", """
Séance de sensibilisation aux droits, Agadir, 22 avril, animée par Me {PER:Mimoun Azzouzi}, avocat,
et {PER:Tiziri}, paire éducatrice. |
Participantes : {PER:Itto}, {PER:Ijja}, {PER:Hennou} et {PER:Tanirt}, venues d'{LOC:Anza}, de
{LOC:Tikiouine}, d'Inezgane et du {LOC:quartier Talborjt}. |
Me {PER:Azzouzi} a expliqué ce qu'est une garde à vue, le droit d'appeler un proche et le droit à
un certificat médical après des coups. {PER:Itto} a demandé si la police peut la garder sans lui
dire pourquoi ; {PER:Hennou} a raconté qu'on lui avait fait signer un procès-verbal qu'elle ne
savait pas lire. {PER:Tiziri} a distribué la carte de la permanence juridique, avec le numéro
{PHONE:05 28 84 21 63} et l'adresse {EMAIL:permanence.juridique.agadir@gmail.com}, et rappelé que
le 19 est celui de la police. À la fin, {PER:Ijja} a dit :
« Je savais que j'avais peur ; je ne savais pas que j'avais des droits. » Les quatre veulent revenir
le mois prochain avec des amies.
""", ["rights_awareness", "peer_support"]),
]

# ---- English (14) ----
STORIES += [
("b9-en-01", "en", """
My name is {PER:Chiamaka Okonkwo}. I left Enugu in 2021 with a man called {PER:Sunday}, who promised
me work in a hair salon in Spain. We stayed four months in a forest camp near Nador, then he brought
me to Rabat and handed me to a woman, Madam {PER:Ngozi}. She said I owed her 40,000 euros and kept
my passport. Every Sunday she came to the flat in {LOC:Douar El Hajja} and took all the money I had
made that week; if it was not enough, she said she would send men to my mother's house. Sister
{PER:Veronica} from Caritas helped me leave in March. {PER:Sunday} has disappeared, but I still
receive calls from {PHONE:+234 706 118 4923} telling me that my family will pay for what I did. I
am learning not to pick up. Now when I pray on Sunday, I pray for the other girls still in that
flat.
""", ["trafficking", "violence_psychological"]),

("b9-en-02", "en", """
Facilitator's note, Casablanca. {PER:Akosua Mensah}, 33, from Kumasi, learned she was HIV positive
in 2020. When she moved to {LOC:Derb Ghallef} last year she lost her papers and stopped her ARVs for
five months; she says she felt too tired and ashamed to start again. Auntie {PER:Adwoa}, a peer
educator from Ghana too, found her through a friend and came to her room three times before she
agreed to come to the clinic. Dr {PER:Alaoui} restarted her treatment in January, and Auntie
{PER:Adwoa} now sends her a voice note every morning at nine to remind her. In June her viral load
was undetectable, and she had taken 95% of her doses. Her son, {PER:Kwabena}, lives with his
father, {PER:Kofi}, in Kumasi; she calls
them on {PHONE:+233 20 771 0438} every Sunday and says she wants to live to see him finish school.
""", ["hiv_care", "peer_support"]),

("b9-en-03", "en", """
Interview recorded in Tangier by {PER:Nisrine}, translated from Pidgin. |
Q: Where were you living? |
A: In {LOC:Boukhalef}, with three other women, in a flat near the Marjane. |
Q: What happened? |
A: The police came at five in the morning, broke the door and took me and {PER:Bih} to the station.
They took my phone and 1,500 dirhams, tore my UNHCR certificate, number {ID:354-25C00418}, and put
us in a bus to Tiznit. I had waited at their office that same week with ticket 112 to get it. |
Q: And after you came back? |
A: The landlord, Mr {PER:Tabe}, said he did not want any more trouble and threw our things on the
street. I slept at {PER:Ebanga}'s place for two weeks, on the floor. Now I share a room with
{PER:Brenda Nfor} in {LOC:Mesnana}, and the association paid the first month. I keep a copy of every
paper with {PER:Nisrine}, so if they tear them again, I still exist.
""", ["police_harassment", "housing"]),

("b9-en-04", "en", """
From: {EMAIL:jwhitfield@safenight.org.uk} |
To: {EMAIL:Maricel.DelaCruz88@yahoo.com} |
Subject: your case |
Dear {PER:Maricel}, |
Following your report of the assault at the {LOC:Golden Lotus parlour} on {LOC:Old Compton Street},
the police have given us the crime reference {ID:01/4471928/25}. Detective Constable
{PER:Amy Harper}
is in charge and would like to see you again next week with an interpreter; your friend {PER:Nok}
can come with you if you wish. Your solicitor, Ms {PER:Okafor}, will call you from
{PHONE:020 7946 0381} to explain the next steps and the compensation claim for your broken wrist.
You do not have to go back to the parlour to collect your things: {PER:Nok} has them. If you feel
in danger, call 999 first, then me on {PHONE:07700 913 552}. |
Take care, |
{PER:Jess Whitfield}, caseworker
""", ["violence_physical", "legal_support"]),

("b9-en-05", "en", """
{PER:Siobhán}, 39, grew up in {LOC:Ballyfermot} and has used heroin for twelve years. Last winter
she was evicted from her bedsit on {LOC:Gardiner Street Lower} when the landlord, Mr
{PER:O'Sullivan}, sold the building, and she spent six weeks sleeping in doorways and on friends'
couches. Her keyworker, {PER:Aoife Ní Bhriain}, got her a bed in a women's hostel on
{LOC:Eccles Street} and a place on the methadone programme at the clinic. She has been stable for
four months and now collects her dose every morning. She says the hostel is the first place in
years where she can lock a door. To register for housing support she needed her PPS number,
{ID:7731948KA}, which {PER:Aoife} found in an old letter. Her sister {PER:Niamh} rings her on
{PHONE:+353 87 214 6630} every Friday.
""", ["addiction", "housing"]),

("b9-en-06", "en", """
Voice note, transcribed with her permission. |
"Hello {PER:Harriet}, it's {PER:Tharushi}. I wanted to tell you something before the group. Since
what happened last year, the rape, I could not sleep, I could not eat, I even thought about ending
my life. You remember. Dr {PER:Wickramasinghe} at the clinic sent me to the counsellor,
{PER:Bridget Murphy}, and I have seen her every week since April. Last night I slept six hours.
Six! I also went to the women's group in {LOC:Moss Side} on my own, on the 86 bus, and I spoke. My
cousin {PER:Dilani Perera} in Colombo asked me on the phone why I sound different. I did not tell
her everything, but I said I am getting better. Her number is {PHONE:+94 77 318 2046}, if you need
to reach me when my phone is off, or write to {PER:Bridget} at
{EMAIL:b.murphy@mcr-wellbeing.nhs.uk}. See you Thursday."
""", ["mental_health", "violence_sexual"]),

("b9-en-07", "en", """
{PER:Hawa Abdelrahman}, 24, fled El Fasher in Darfur in 2023. She crossed Libya and Algeria with a
group of smugglers; near the border she was raped by two of them and kept in a house for a week.
When she reached Oujda, she slept near Mohammed I University with other Sudanese women and did not
tell anyone. Her friend {PER:Awadia} noticed she was bleeding and brought her to the Médecins du
Monde team, where the nurse, {PER:Souhaila}, took her to the hospital for her first medical
check-up in a year: an infection was treated and she was referred to a gynaecologist. She is now
registered with UNHCR (certificate {ID:354-25C01377}, case no. {ID:354-25-00947}) and lives in a
shared room in
{LOC:Hay Al Qods}. She says: "For the first time someone asked me what I needed."
""", ["violence_sexual", "access_to_care"]),

("b9-en-08", "en", """
Outreach log, {LOC:Soho}, Tuesday night. |
Met {PER:Oyunchimeg}, who asks to be called {PER:Oyuna}, 29, from Ulaanbaatar, working from a flat
at {LOC:27 Greek Street, Flat 3} with her friend {PER:Bolormaa}. Neither had ever been tested. We
walked them to the clinic the next morning: HIV, syphilis and hepatitis C negative for both,
hepatitis B immunity for {PER:Oyuna} only, so {PER:Bolormaa} started vaccination. {PER:Oyuna} asked
about PrEP after a condom broke twice last month; the nurse, {PER:Kelly}, started her on it the same
day and explained daily dosing. A Chinese woman in the flat upstairs, {PER:Zhang Wei}, wants to come
next week but is afraid of her boss. {PER:Oyuna}'s mobile: {PHONE:07700 914 382}. Follow-up: PrEP
review in one month.
""", ["hiv_sti_testing", "hiv_prevention"]),

("b9-en-09", "en", """
Minutes, English-speaking women's group, Casablanca, 7 May. |
Present: {PER:Mercy}, {PER:Faith}, {PER:Patience Eze} and {PER:Gift}; facilitator: {PER:Loubna}. |
{PER:Patience} said that patience is the only thing she has learned in Morocco, and that today she
wants more than patience: she wants respect. {PER:Faith} told the group she had lost faith in
people after her boyfriend left with her savings, and that coming here every week gave some of it
back. {PER:Mercy} said the police showed no mercy when they arrested her, but that the group had
found her a lawyer in two days. {PER:Gift} read a poem she wrote about her daughter. Everyone agreed
they feel stronger together than alone. Next meeting at the {LOC:café La Sqala}, so that new women
can come without entering an office. {PER:Loubna} will bring tea and the leaflets; new women can
reach her on {PHONE:00212 661 20 48 37}.
""", ["peer_support", "self_esteem"]),

("b9-en-10", "en", """
Voice message from {PER:Hauwa Abubakar}, transcribed. |
"Good morning, {PER:Meriem}. I am seven months pregnant now, and I went to the health centre in
{LOC:Bir Chifa} like you told me. The midwife checked the baby's heart and said everything is fine,
but my blood is weak, so I take the tablets. The father, Malam {PER:Sani}, went back to Kano and
does not answer anymore; his brother said he will not recognise the baby. I cried, but I am not
alone: {PER:Zainab} from the group comes with me to the appointments. The midwife also asked if I
want the implant after the birth, and I said yes. My old phone was stolen, so my new number is
{PHONE:07 71 84}, wait, the rest is {PHONE:26 39}. Please call me before Friday, I have the
scan at ten."
""", ["reproductive_health", "family_relations"]),

("b9-en-11", "en", """
Referral form |
Name: {PER:Thaís Nogueira da Silva} |
Date of birth: 14/02/1994 |
Address: {LOC:9 Summerhill Parade, Apartment 2} |
Phone: {PHONE:+353 83 402 7719}; family in Brazil: {PHONE:+55 21 98812-4470} |
E-mail: {EMAIL:thais.nogueira(at)protonmail.com} |
Reason for referral: Ms {PER:Nogueira da Silva} is a trans woman who was refused registration twice
by the receptionist of a GP surgery, who told her "we don't do that kind of patient" in front of the
waiting room. She has had no hormone monitoring for a year and has chest pain. She would like a GP
who respects her name and gender, and a first full check-up. |
Referred by: {PER:Cian Byrne}, outreach worker |
Accepted by: Dr {PER:Fitzgerald}, inclusion health service, appointment 3 March at 11:30, room 4.
""", ["stigma_discrimination", "access_to_care"]),

("b9-en-12", "en", """
{PER:Yokasta Peña}, 36, from Santo Domingo, has worked in Manchester for six years and lives in
{LOC:Cheetham Hill}. This year three clients refused to pay after the service; one of them, a man
who
called himself {PER:Gary}, took back 200 pounds at knifepoint and laughed. "They know we will not go
to the police," she says. Her friend {PER:Luz Dary}, from Cali, had started cooking empanadas for a
Latin café, and in May the two of them rented a stall at a weekend market. With a small grant from
the project they bought a fryer. {PER:Yokasta} now earns about 300 pounds a week from the stall and
works fewer nights. Orders: {PHONE:07723 481 096} or {EMAIL:sabor.quisqueya@outlook.com}. Her
mother in Santo Domingo calls on {PHONE:+1 809 642 1187}.
""", ["violence_economic", "income_employment"]),

("b9-en-13", "en", """
{PER:Malee}, 52, came from Udon Thani twenty years ago and lives alone in a rented room in
{LOC:Leytonstone}. Since her back injury she can no longer work and has no income; some weeks she
ate only rice and tea. She did not ask anyone for help: "In my family we do not beg." Her friend
{PER:Pim} noticed she had lost weight and brought her to the project. With her NHS number,
{ID:485 777 3456}, the project registered her with a GP. She now receives food
vouchers every fortnight and goes to the Trussell food bank on Thursdays, where a volunteer,
Mrs {PER:Khun}, speaks Thai with her. She says the worst part was not the hunger but the silence:
days without saying a word to anyone. Now {PER:Pim} calls her every evening on
{PHONE:+44 7911 203 845}, and on Sundays they cook together.
""", ["food_security", "social_isolation"]),

("b9-en-14", "en", """
Interview by {PER:Rachel}, London. |
Q: Can you tell me how you came here? |
A: I am {PER:Elira Hoxha}, from Elbasan. My boyfriend, {PER:Besnik}, brought me to London in 2022.
He said we would work in a restaurant. Instead he kept me in a house on {LOC:Harrow Road} with two
other girls and sold us every night. He kept my passport, number {ID:BA4471928}, and said he would
send photos to my father if I ran away. |
Q: How did you leave? |
A: A client gave me a card. I called the number, and the next week the police came. |
Q: What has changed? |
A: I have a solicitor, Mr {PER:Patel}, and my Home Office reference is {ID:H1104729}. I sleep in a
safe house and I write to my lawyer from {EMAIL:e.hoxha.safe@gmail.com}. {PER:Besnik} is in prison.
My father still calls {PHONE:+355 69 204 8817}, but now I
answer him myself.
""", ["trafficking", "legal_support"]),
]

# ---- Modern Standard Arabic (6) ----
STORIES += [
("b9-ar-01", "ar", """
اسمي {PER:سعاد}، عمري ثلاثون سنة، وأسكن في {LOC:حي سيدي يوسف بن علي} بمراكش. في شهر يناير ضربني
زبون في غرفة ب{LOC:فندق الواحة} ضربًا شديدًا، وهددني بسكين وأخذ هاتفي وكل ما كان معي من مال. خرجت
أنزف، وذهبت وحدي إلى مستشفى ابن طفيل، حيث خاطوا جرحي في الجبين. بعد أسبوع، رافقتني المثقفة
النظيرة {PER:زهور} إلى الأستاذة {PER:نجاة الصديقي}، المحامية التي تتعاون مع الجمعية، وقدمنا شكاية
لدى النيابة العامة تحمل رقم {ID:٢٠٢٥/٣٤١٨}، وأرفقنا بها نسخة من بطاقتي الوطنية رقم {ID:EE528147}.
لم أكن أعرف أن من حقي أن أشتكي، وكنت أظن أن الشرطة
ستعتقلني أنا. اليوم أعرف أين أذهب وماذا أقول. أحفظ رقم {PER:زهور} عن ظهر قلب: {PHONE:٠٦٦١٤٢٨٣٧٠}،
وأتصل ب{PER:زهور} كلما شعرت بالخوف. القضية ما زالت أمام المحكمة، لكنني لم أعد أشعر أنني وحدي.
""", ["violence_physical", "legal_support"]),

("b9-ar-02", "ar", """
تقرير الميسرة {PER:لطيفة أوبلا}، أكادير، 12 مارس. التقيت ب{PER:إيطو} و{PER:يامنة} في
{LOC:حي الداخلة}
قرب السوق، وشرحت لهما أهمية الكشف عن فيروس نقص المناعة والزهري والتهاب الكبد. كانت {PER:إيطو} تخاف
من النتيجة منذ سنوات، ولم تجر أي فحص من قبل. في اليوم التالي جاءتا معي إلى مركز الكشف المجاني
التابع للجمعية، وأجرت كل منهما الفحوص السريعة. عرفت {PER:إيطو} لأول مرة أنها سلبية، وبكت من الفرح.
أما {PER:يامنة} فكان فحص الزهري إيجابيًا، فتلقت حقنة العلاج في اليوم نفسه، وحُدد لها موعد للمراقبة
بعد ثلاثة أشهر مع الطبيب {PER:أيت المودن}. اتفقنا على أن أتصل بها على الرقم
{PHONE:+212 6 61 27 94 08} قبل الموعد. قالت {PER:يامنة}: « كنت أظن أن المرض عقاب، والآن أعرف أنه
يُعالج ».
""", ["hiv_sti_testing", "sti_care"]),

("b9-ar-03", "ar", """
س: كيف كانت حالتك قبل سنة؟ |
ج: كنت لا أخرج من غرفتي في {LOC:حي بني مكادة} إلا للعمل ليلًا. لا أنام، ولا آكل، وأبكي بلا سبب.
فكرت مرات كثيرة في أن أنهي حياتي. |
س: ما الذي تغير؟ |
ج: أخذتني المساعدة الاجتماعية {PER:بشرى} إلى الطبيبة النفسية، الدكتورة {PER:سلمى الوزاني}، وأصبحت
أراها كل أسبوعين. أعطتني دواء في البداية، ثم صرنا نتكلم فقط. |
س: وعائلتك؟ |
ج: أمي {PER:فاطنة} لم تكن تكلمني منذ أربع سنوات. في العيد الماضي اتصلت بها، فبكت وقالت لي: «
ارجعي ». أخي {PER:عبد الرحيم} ما زال غاضبًا، لكنه أرسل لي رسالة قصيرة. |
س: ما أهم شيء بالنسبة لك؟ |
ج: أنني أستيقظ صباحًا وأريد أن أعيش. وأن أمي تنتظر مكالمتي كل جمعة على الرقم {PHONE:0539-94-18-27}.
""", ["mental_health", "family_relations"]),

("b9-ar-04", "ar", """
ملاحظة من ملف المتابعة، الدار البيضاء. {PER:رهف الحمصي}، لاجئة سورية، عمرها 31 سنة، تسكن في
{LOC:حي الفرح} مع ابنتها {PER:لين}. هربت من حمص سنة 2015 وفقدت كل وثائقها في الطريق. لم تكن تملك
أي ورقة تثبت هويتها، فكانت تخاف من الخروج، ولم تستطع تسجيل ابنتها في المدرسة. رافقتها المساعدة
القانونية {PER:كريمة} إلى مكتب المفوضية، فحصلت على شهادة لاجئة رقم {ID:354-23C04418}، ثم قدمنا طلب
تسجيل الطفلة لدى المحكمة، ورقم الملف {ID:١٤٢٧/٢٠٢٥}. تقول {PER:رهف} إن الفرح الذي شعرت به يوم
استلمت الشهادة لا يوصف. الآن تذهب {PER:لين} إلى المدرسة، وتحمل أمها ورقتها في حقيبتها أينما ذهبت.
للتواصل: {PHONE:+212 6 08 55 21 93} أو عبر البريد {EMAIL:rahaf.homsi@gmail.com}.
""", ["civil_documents", "legal_support"]),

("b9-ar-05", "ar", """
محضر مجموعة الحديث، وجدة، الخميس. الحاضرات: {PER:حنان}، {PER:نسيمة}، {PER:وردة} و{PER:خيرة}،
والمنشطة
{PER:سميرة بلحاج}. |
افتتحت {PER:حنان} الجلسة بقولها إنها لم تجد الحنان إلا في هذه المجموعة، بعد سنوات من الوحدة في غرفة
صغيرة ب{LOC:حي لازاري}. حكت {PER:نسيمة}، القادمة من مغنية، كيف كانت تقضي الأعياد وحدها، لا يزورها
أحد ولا تتصل بأحد. قالت {PER:وردة} إن زميلاتها في المجموعة أصبحن أخواتها، وإنهن جمعن لها المال
عندما مرضت ابنتها. اقترحت {PER:خيرة} أن تلتقي المشاركات يوم الأحد في {LOC:مقهى النخلة} لمن لا تحب
الجلوس وحدها. قررت المجموعة أن تتصل كل واحدة بأخرى مرة في الأسبوع على الأقل، وأن ترافق
{PER:سميرة} الجديدات في زيارتهن الأولى. الجلسة القادمة يوم الخميس 14 في القاعة 2، ورقم هاتف المنشطة
للجديدات هو {PHONE:٠٦ ٧٠ ٨٩ ١٢ ٣٤}.
""", ["peer_support", "social_isolation"]),

("b9-ar-06", "ar", """
{PER:منى عبد الفتاح}، مصرية عمرها 34 سنة، وصلت إلى الرباط قبل ست سنوات. بعد سنوات من العمل الليلي،
التحقت بدورة تكوين في الحلاقة والتجميل لمدة ثمانية أشهر في مركز التعاون الوطني، مع صديقتها
التونسية {PER:آمنة الطرابلسي}. تقول {PER:منى}: « في الأسابيع الأولى كانت يداي ترتجفان، وكنت أظن
أنني لا أصلح إلا لشيء واحد ». حصلت على شهادة التكوين في يونيو، وتعمل الآن في {LOC:صالون ياسمين}
ب{LOC:حي أكدال}، وتتقاضى أجرًا شهريًا ثابتًا لأول مرة في حياتها، إضافة إلى زبونات خاصات تزورهن في
البيوت. أما {PER:آمنة} فتحلم بفتح صالونها الخاص. يمكن حجز موعد مع {PER:منى} عبر الهاتف
{PHONE:06 77 18 42 90} أو البريد الإلكتروني {EMAIL:mona.abdelfattah91@hotmail.com}.
""", ["vocational_training", "income_employment"]),
]

# ---- Moroccan Darija, Arabic script (6) ----
STORIES += [
("b9-ary-01", "ary", """
ميساج صوتي من {PER:رشيدة}، مكتوب كيف قالتو: « السلام {PER:حليمة}، بغيت نحكي ليك شنو وقع. أنا ساكنة
ف{LOC:درب السلطان} عند واحد الراجل كنكري منو بيت فوق السطح. كل نهار كيجي ياخد ليا الفلوس اللي
خدمت بيهم، كيقول ليا الكرا زاد، وإلا ما عطيتوش كيهددني يخرجني للزنقة. هاد الشهر خدا ليا 1800 درهم
ومازال كيطلب. خالتي {PER:رقية} قالت ليا نمشي عندكم للجمعية. المساعدة الاجتماعية {PER:نزيهة} لقات ليا
بيت صغير ف{LOC:حي الفداء} بثمن معقول، وعاونتني نخلص الشهر الأول. دابا عندي مفتاحي، والفلوس ديالي
كنخبيهم عندي. إلا بغيتي تعيطي ليا، الرقم الجديد هو {PHONE:0699 21 47 03}. الله يخليك {PER:حليمة}،
ما تعطيش الرقم لحتى واحد. »
""", ["violence_economic", "housing"]),

("b9-ary-02", "ary", """
أنا {PER:لبنى}، من مكناس، عندي 26 عام. راجلي {PER:هشام} كان كيضربني ملي كيسكر، وفمرة كسر ليا يدي
وسدني فالبيت يومين. ملي هربت، مشيت عند ختي {PER:سناء} ف{LOC:زنقة 14}، {LOC:حي البرج}، وهي اللي عيطات
ل{PER:مريم}
ديال الجمعية. {PER:مريم} داتني للسبيطار عطاوني شهادة طبية، ومن بعد مشينا عند المحامية الأستاذة
{PER:الإدريسي}. دفعنا الشكاية، والملف عندو الرقم {ID:٨٧٤/٢٠٢٥}، ودابا طلبت الطلاق والنفقة ديال
بنتي {PER:هبة}. المحكمة عطات ليا الحضانة مؤقتا. كنت كنحسب راسي ما عندي حتى حق، دابا عرفت بلي
القانون معايا. {PER:هشام} مازال كيصيفط الميساجات من {PHONE:+212 7 01 38 64 29}، ولكن ما بقيتش
كنجاوب.
""", ["violence_physical", "family_law", "legal_support"]),

("b9-ary-03", "ary", """
{PER:تيزيري}، عندها 31 عام، ساكنة ف{LOC:حي ولاد ميمون} فالناظور. حكات ليا: « بديت نشرب القرقوبي
ملي كان عندي 19 عام، باش نقدر نخدم فالليل وما نحسش بوالو. من بعد زدت الشراب. خويا {PER:ميمون} كان
كيجيب ليا الحبوب بيديه، وملي بغيت نحبس ولا كيعايرني. فالصيف طحت فالزنقة، وداوني للمستعجلات.
تما تعرفت على {PER:عبد الحق} ديال مركز علاج الإدمان، هو اللي تبعني. دابا عندي أربعة شهور بلا
قرقوبي، وكنمشي كل سيمانة للمجموعة. مي {PER:ثريا} رجعات كتهضر معايا، وكتجي تشوفني كل جمعة. »
الرقم ديال {PER:تيزيري} للمتابعة: {PHONE:٠٦٥٨٣٢١٤٧٠}. مازال {PER:ميمون} كيحاول يرجعها، ولكن هي قالت
ليه لا.
""", ["addiction", "family_relations"]),

("b9-ary-04", "ary", """
س: شحال هادي وانتي عارفة بالمرض؟ |
ج: عامين. عرفت فالسبيطار ديال الغساني، وكنت باغا نموت. ساكنة ف{LOC:عين النقبي}، وما قلت لحتى واحد. |
س: شنو تبدل؟ |
ج: الحاجة {PER:مينة}، اللي كتخدم فالجمعية، كانت كتجي معايا للدوا كل شهر. علماتني كيفاش ناخد
الدوا فالوقت، وكيفاش نحمي راسي ونحمي الناس. دابا الفيروس ما كيبانش فالتحاليل، والملف ديالي
فالسبيطار عندو الرقم {ID:٢٠٢٣-٤٥١٧}. |
س: والناس؟ |
ج: واحد النهار الفرملية فالصبيطار قالت قدام الناس « هادي عندها السيدا »، وحشموني. {PER:مينة} مشات
معايا عند المسؤول ودارت شكاية. دابا ولاو كيعاملوني مزيان. ختي {PER:نعيمة} عرفات، وقالت ليا « انتي
ختي وصافي ». |
س: شي كلمة للأخريات؟ |
ج: ما تحشموش. الدوا كاين، والناس ديال الجمعية كاينين. الرقم ديال {PER:مينة} هو
{PHONE:06 61 90 37 25}.
""", ["hiv_care", "stigma_discrimination"]),

("b9-ary-05", "ary", """
{PER:سهام}: السلام البنات، الجمعية غادي توزع القفة نهار السبت فالعشرة، شكون اللي محتاجة؟ |
{PER:إكرام}: أنا، والله ما بقا عندي والو فالكوزينة، الدراري كياكلو غير الخبز وأتاي. |
{PER:سهام}: صافي {PER:إكرام}، كتبتك. وانتي {PER:جميلة}؟ |
{PER:جميلة}: حتى أنا، ولكن ما نقدرش نجي، رجلي مازال كتوجعني. |
{PER:سهام}: ما عليش، {PER:بشرى} غادي تجيبها ليك للدار، عطيني العنوان. |
{PER:جميلة}: {LOC:درب الكبير، رقم 37}، حدا {LOC:حمام النخلة}. |
{PER:بشرى}: مزيان، غادي نجي مع {PER:رجاء} فالعشية. |
{PER:إكرام}: الله يجازيكم بخير، بلا بيكم كنت غادي نبات أنا والدراري بالجوع. |
{PER:سهام}: حنا خوات. اللي عندها مشكل تعيط ليا على {PHONE:0612-33-47-81} ولا تكتب هنا فالگروب. |
{PER:رجاء}: وأنا عندي بون ديال الحليب زايد، شكون بغاتو؟
""", ["food_security", "peer_support"]),

("b9-ary-06", "ary", """
أنا {PER:الزوهرة}، من تطوان، عندي 45 عام. عشرين عام وأنا خدامة فالليل، وكنت كنحس براسي ما نسوى
والو. عمي {PER:العربي}، خو بابا، هو الوحيد فالعائلة اللي بقا كيهضر معايا، وكان ديما كيقول ليا « انتي
قادة على كثر من هادشي ». العام اللي فات، الجمعية عطاتني قرض صغير ديال 5000 درهم، وحليت طابلة
ديال المسمن والحرشة ف{LOC:سوق الحوت} قدام {LOC:مقهى الرياض}. دابا كل صباح كنبيع، والناس ولاو
كيعرفوني باسمي، كيقولو ليا « صباح الخير {PER:زهرة} ». كنردّ القرض كل شهر وكنخلي شوية للدار. عمي
{PER:العربي} ما كيعرفش يقرا بالعربية، ولكن جا وقرا معايا الورقة ديال آخر قسط بالعين ديالو، وقال ليا
« فرحتيني ». اللي بغات طلبية تعيط على {PHONE:06 70 45 19 32}.
""", ["income_employment", "self_esteem"]),
]

# ---- SMS / WhatsApp in Latin letters (6 Darija/French, 4 French) ----
STORIES += [
("b9-sms-01", "ary", """
{PER:Hind}: salam a {PER:zineb}, bouliss chddo {PER:siham} lbarh f {LOC:Sbata}, 9al liha dir 500 dh
wla ndik l commissariat |
{PER:Zineb}: wa3 ... fin hiya daba? |
{PER:Hind}: f commissariat, ba9a tal daba, ma 3tawhach tsoni l 7ta wa7d |
{PER:Zineb}: 3iyti l maitre {PER:Berrada}? |
{PER:Hind}: chkoun? |
{PER:Zineb}: lmo7amiya dyal jam3iya, had nmra dyalha {PHONE:0672 18 43 90}, 9olha ana men tref
{PER:zineb}, raha kat3ref had ch9a |
{PER:Hind}: safi 3iytt, 9alt liya ghadi tmchi liha daba, 9alt liya ma tsiniw 7ta chi papier |
{PER:Zineb}: mzyan, o 9oli l {PER:siham} ma t3tihom walou, hadak lflouss machi dyalhom |
{PER:Hind}: {PER:siham} khrjat !! l mo7amiya dkhlat m3aha o khrjo f nos sa3a |
{PER:Zineb}: l7amdolilah. ghda njiw kamlin l jam3iya, {PER:siham} tktb chkaya
""", ["police_harassment", "legal_support"]),

("b9-sms-02", "ary", """
wa {PER:fatiha} fin nti, 3iyt lik bzf. ana mchit lbarh l centre dyal test m3a {PER:nawal}, drna
test dyal sida o syphilis, kolchi negatif l7amdolilah. kont khayfa bzf, 9lbi kan ghadi ytla3.
{PER:Nawal}
9alt liya kayn wa7d dwa smito PrEP, kat5dih kol nhar o kayhmik mn lvirus, 3tawni lbo3ta dyal chhar
o capotes bzaf. nti tahia khassk tji, machi mzyan tb9ay bla test, rak 3arfa chnou w9a3 m3a dak
lklyan lli ma bghach capote. la bghiti nmchi m3ak ghda f 10h. nmra jdida dyali {PHONE:06 61} ...
sma7 lia
tlfli, lba9i {PHONE:48 73 20} (l9dima mcha m3a tilifoun). o 9oli l {PER:ghizlane} tahia tji,
{PER:nawal}
9alt bli kol chi fabor o ma kay9oulou smitek l 7ta wa7d. bslama a {PER:fatiha} o dir m3aya
rendez-vous
""", ["hiv_sti_testing", "hiv_prevention"]),

("b9-sms-03", "ary", """
salam {PER:asmaa}, ana {PER:khadija} mn {LOC:hay lmasira}. bghit nchkrk 3la kolchi. nti 3arfa
chhal 3jzt, 3chr snin bla carte nationale, ma n9drch nkhles l facture, ma n9drch nsjl lweld f
lmadrasa, ma n9drch nmchi l sbitar b rasi. lyouma khrjat lcarte jdida, cin dyali {ID:BH238174},
chofti
daba ana mwatna b lkaghet hhh. lmo9adem si {PER:lahcen} s3bna bzaf walakin f lakhir sna lia. 9ol l
mme {PER:Alami} dyal jam3iya chokran, hiya li 3tatni tari9a kifach n3mr lwra9. o daba ghadi ndir
l acte dyal zyada dyal {PER:yassine} bach ydkhl lmadrasa l3am jay. ila bghiti t3iyti, nmra hia
{PHONE:+212661730528}, wla sifti lia f whatsapp. {PER:khadija}
""", ["civil_documents"]),

("b9-sms-04", "ary", """
{PER:Rachida}: slt {PER:nora}, ghda awel nhar f l formation dyal l khiyata, wach nti jaya? |
{PER:Nora}: ah inchallah, ana m3a {PER:rachida} o {PER:karima} ghan mchiw mjmo3in mn
{LOC:derb Ghallef} |
{PER:Rachida}: lformatrice smitha Mme {PER:Tazi} hh, ma t3rfich b9at ta9ra 3ndna f had lassociation
3am lli fat, 9alo liya hiya zwina m3a lbnat |
{PER:Nora}: wa mzyan. 9alo liya men ba3d 6 chhor n9dro nkhdmo f atelier o ndkhlo flous dyalna, 2500
dh f chhar |
{PER:Rachida}: inchallah, ana 3ya mn lil o l mchakil, bghit chi 7aja n7ss biha rasi |
{PER:Nora}: ila t3tltiti sifti liya l l email {EMAIL:nora.couture2025@gmail.com}, wla l {PER:karima}
{EMAIL:karima_hb@hotmail.fr}, 7it telephone dyali kaytfa |
{PER:Rachida}: safi, nchofkom 9dam {LOC:café Moulay Idriss} f 8h30
""", ["vocational_training", "income_employment"]),

("b9-sms-05", "ary", """
salam {PER:loubna}, c {PER:samira}. 3afak ma tgoli l 7ta wa7d. lbar7 f lil wa7d lklyan ddani l chi
dar f {LOC:hay Salam} o ghtasbni, ma bghach ykhlsni o drbni f wjhi. hrbt mn ba3d f 4h dyal sba7.
daba ana f sbitar, {PER:fadwa} dyal jam3iya jat m3aya, 3tawni dwa dyal sida bach mayt3dach o 7ba
dyal
lendemain. tbib dr {PER:Hakimi} kan mzyan m3aya, ma 7gernich, ktb lia chahada. ana ba9a khayfa,
ma9drtch nmchi l bouliss. {PER:fadwa} 9alt lia nfakro ghda m3a lmo7amiya. ila bghiti tchofini
ana f salle 6, etage 2. o ila t3tlt 3iyti l {PER:fadwa} 3la {PHONE:0663.42.17.08}. 7na 3arfin
bli ma3ndek walou f had chi, ghi bghitek t3rfi. chokran {PER:loubna}
""", ["violence_sexual", "access_to_care"]),

("b9-sms-06", "ary", """
lalla {PER:aicha} salam, ana {PER:meryem} bent si {PER:mohamed} mn {LOC:douar Tamellalt}. smhi liya
ila kanktb lik f had sa3a. kan3ref bli nti li ka tsm3i lbnat f jam3iya. 3ndi chhar ma kan3s,
kolchi kayban lia k7el, ma bghitch nkhrj mn lbit, o kanbki bla sbab. lmra li kanskn m3aha f chambre
9alt lia dwi m3a chi 7ed. mama ma kat3ref walou, o ana ma bghitch n9olha. wach kayn chi psychologue
f jam3iya? {PER:hajar} 9alt liya kayna wa7da smitha Mme {PER:Bennis} o bla flous. ila kayna 3tini
rendez-vous, ana khdama 7ta l 5 f snack. nmra dyali {PHONE:07 08 64 21 59}. o 3afak ma t9oli l si
{PER:mohamed}
7ta chi 7aja, ila 3raf ghadi ydirha mochkil kbir
""", ["mental_health"]),

("b9-sms-07", "fr", """
coucou {PER:lea} c {PER:nadia}, je t'écris vite fait. le proprio de la {LOC:cité des Flamants} nous
a
foutu dehors ce matin avec {PER:inès} et les petits, il a mis nos sacs dans la cage d'escalier.
on a appelé le 115 toute la journée, pas de place. {PER:inès} a dormi chez sa copine {PER:Mélissa} à
la {LOC:Belle de Mai}, moi je suis avec les enfants chez ma tante mais elle peut pas nous garder
plus de deux nuits. tu peux demander à ta collègue {PER:Sophie} du service logement si y a une place
d'urgence ? mon num a changé, c'est le {PHONE:07 81 36 52 94}, ou mail
{EMAIL:nadia.k+asso@laposte.net}. je paie plus le loyer depuis que
{PER:Kévin} est parti, je sais, mais c'était pas une raison pour nous jeter comme ça. merci ma
belle, je t'attends. {PER:nadia}
""", ["housing"]),

("b9-sms-08", "fr", """
Groupe « Les meufs du 7 », Lyon |
{PER:Maëlys} : les filles, un mec m'a retrouvée sur insta avec mon vrai nom, il dit qu'il va envoyer
mes photos à ma mère si je lui donne pas 300 € |
{PER:Lilou} : quoi ??? c qui ? |
{PER:Maëlys} : un client de l'an dernier, il signe {PER:J.}, il m'écrit depuis
{PHONE:06 27 44 18 95} |
{PER:Kenza} : ma chérie tu lui donnes RIEN. ça s'appelle du chantage, c'est puni. et si t'as peur
le soir, le 3919 répond |
{PER:Lilou} : fais des captures de tout et bloque-le. {PER:Priscilla} de l'asso l'a vécu, elle peut
t'aider |
{PER:Priscilla} : je suis là. on passe d'abord voir la juriste, puis on va porter plainte
ensemble. écris-lui à {EMAIL:juriste [at] asso-femmes-lyon [point] org} |
{PER:Maëlys} : j'ai trop honte, ma mère sait rien |
{PER:Kenza} : t'as rien fait de mal. on est là, on t'accompagne toutes |
{PER:Maëlys} : merci les filles, je pleure
""", ["violence_psychological", "peer_support"]),

("b9-sms-09", "fr", """
bjr Mme {PER:Lambert}, c'est {PER:Nélida Tavares}, du Cap-Vert, vous m'avez vue la semaine passée à
la
permanence. le patron du {LOC:bar Le Cristal}, {LOC:chaussée de Haecht}, m'a pas payé mes 3
semaines, il dit que des clients se sont plaints. pourtant je suis en règle, j'ai ma carte de
séjour,
n° {ID:B 041722981}, et un contrat. ma cousine {PER:Djenifer} dit que c'est du vol.
je voudrais savoir si je peux récupérer l'argent, 1 450 €. je suis dispo jeudi après 14h.
mon numéro belge {PHONE:0486 21 73 50}, ou WhatsApp au {PHONE:+238 991 47 26}. excusez mes fautes
""", ["violence_economic"]),

("b9-sms-10", "fr", """
Bonjour {PER:Fanja}, c Tata {PER:Voahangy}. j'ai bien reçu ton message. pour ta question : oui, tu
peux avoir l'implant gratuitement au centre de planification, même sans papiers. la sage-femme
s'appelle Mme {PER:Rakotobe}, elle parle malgache, c'est ma cousine. rdv mardi 10h, au
{LOC:23, rue Riquet, 2e étage}, bureau 5. apporte juste ton attestation AME, numéro
{ID:75 2024 118 093}, et la
date de tes dernières règles. si tu as peur d'être enceinte, on fera d'abord un test sur place.
{PER:Hery} peut garder les enfants. et ne t'inquiète pas pour le numéro vert 0 800 840 800, tu peux
appeler la nuit aussi. mon numéro c'est toujours le {PHONE:06 45 92 38 17}. bisous ma fille
""", ["reproductive_health"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_dev10.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
