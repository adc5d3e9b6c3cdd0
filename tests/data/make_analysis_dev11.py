"""Generate tests/data/analysis_dev11.jsonl, development set 11 (formerly blind set 10).

Written on 2026-12-01 by the blind writer ``blind10``. What was read, and
nothing else: the rules file of the worktrees (COMMON.md); the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels); the description of the method
(shared/design/msc-method.md); the file names of shared/context/ and the
first 80 lines of the CHAMS capitalisation sheet (003_*.txt), for the
setting only; from tests/data/make_analysis_dev10.py (formerly blind set 9)
ONLY its module docstring and its ``STORIES`` declaration (lines 1-160) and
its helper functions from ``def join_lines`` to the end (lines 964 onward),
never its story bodies; the scoring harness (tests/nlp_scoring.py); and the
model of this set's test (blind set 9's test as it was while still blind,
/work/wt/blind9_test_model.py). The writer also saw the one-line messages of
the last five commits of the branch (``git log --oneline``) and the file
names of tests/data/ (``ls``), no file content. The analysis engine (msc/),
its pattern lists, its rule tests, the PII probe and the stories of every
other evaluation set were NOT read. The engine was not run on these stories,
msc was not imported and the set was not scored by its writer. It is to be
scored ONCE; never tune the engine on it (once it has been used for tuning
it is no longer blind, and a new blind set must be written).

The 60 stories below are fictional (no real person; street, neighbourhood
and village names are real or plausible places, people, numbers and
addresses are invented; organisations named as negatives are real or
plausible services): 24 French, 14 English, 12 in Arabic script (6 Modern
Standard Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10
SMS/WhatsApp messages in Latin letters (6 Darija mixed with French, lang
"ary"; 4 French SMS, lang "fr"), so the languages count fr 28, en 14, ar 6,
ary 12. Each story is 80-250 words and carries 1-3 gold themes. Registers:
survivor's first-person accounts, facilitator's notes, Q/R (Q/A, س/ج)
interview transcripts, transcribed voice notes, letters, minutes of talking
groups and of selection committees and a case meeting, e-mails, referral
forms, a hotline sheet, an outreach log, SMS and WhatsApp threads (one with
the sender's name on every line, one with the sender's phone number as the
label of every message, one with dashes and no names, one group thread).
Settings: Marseille, Lyon, Toulouse, Bordeaux, Lille, Montpellier,
Strasbourg, Paris, Brussels, Geneva, London, Birmingham, Glasgow, Leeds,
Manchester, Casablanca, Rabat, Marrakech, Agadir, Tanger, Fès, Meknès,
Oujda, Beni Mellal, Khouribga and villages of the Souss, the Anti-Atlas and
the Rif; storytellers and the people around them from Morocco (Arab and
Amazigh), Algeria, Tunisia, Mauritania, Mali (Tuareg), Guinea, Côte
d'Ivoire, Cameroon, DR Congo, Burundi, Kenya, Ethiopia, Eritrea, Somalia,
Nigeria (Edo, Igbo, Hausa), Ghana, Sierra Leone, Angola, Peru, Ecuador,
Venezuela, Colombia, Brazil, Ukraine, Poland, Romania, Serbia, Vietnam,
China, the Philippines, Pakistan, Bangladesh, France, England, Scotland,
Ireland and Portugal.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, list items and
message lines).

Marking conventions: exactly those of blind set 9 (as restated in the
docstring of make_analysis_dev10.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, Mlle, M., Maître, Me, Dr, Docteur, Pr, Mrs, Mr, Ms, Miss,
  Sister, Detective Sergeant, brigadier, Auntie, Uncle, Mama, Maman, Papa,
  Baba, Madam, Tata, tantie, tonton, Lalla, Hajja, Si, mi, khalti, khouya,
  السيدة, لالة, الحاجة, خالتي, عمي, أمي, أختي, خويا, الأستاذة, الدكتورة,
  الطبيب, المحامية, in any case), nor an SMS vocative or presentative (« wa »,
  « a », « c », « ana », « moi c », « m3a »), nor an Arabic proclitic (و، ب،
  ل، ف); every occurrence, lowercase SMS names included; initials are names
  (« Sarah K. », « P. Giraud », « C. Dubreuil » are one span each);
  particles (Ben, El, Aït, Ait, Mint, Ag, Thi) are inside.
  A name that is also a common word is PER only when it names a person.
- LOC: cue plus name (rue, avenue, boulevard, impasse, allée, cours, quai,
  place, cité, résidence, quartier, hay, derb, douar, café, hôtel, bar,
  snack, salon, hammam, pharmacie, restaurant, street, road, lane, estate,
  pub, حي، دوار، زنقة، درب، مقهى، فندق، صالون، and « zn9a » in Latin-letter
  Darija), without the article or preposition before it (in English the cue
  may follow the name and is inside: « Golden Lion pub »); a
  numbered address runs from the number to the end of the street name, with
  building/flat details joined by a comma inside; bare neighbourhood and
  village names alone. Streets, venues and neighbourhoods named after people
  or saints, or containing a title word, are LOC, not PER, and the person's
  name inside them is not a separate PER. Not marked: large cities,
  countries, regions, communes of a metropolitan area (Vaulx-en-Velin,
  Salé), generic places (« près de la gare », « sur l'avenue »), railway
  stations.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number given in pieces is one span per written piece; an
  extension (« poste 3 », « ext. 22 ») is left out; emergency and free
  numbers (here 17, 19, 111, 112, 115, 999, 3919, 8350, 116 006 and
  0 800 840 800) are not marked; a door code is not PHONE;
  numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form);
  never the brackets or parentheses around it, nor a full stop after it.
- ID: the number only, not its cue (CIN, AGDREF, récépissé, UNHCR, passport,
  dossier, plainte, n°, numéro, number, no., ref, NIE, رقم), with the letter
  prefixes, inner spaces, hyphens, dots and slashes that belong to it.
  Ages, dates, amounts, prices, percentages, years, times, room numbers,
  queue tickets, door codes, article numbers of a code and law numbers are
  not IDs.
- Hard negatives left unmarked: institutions named after people, saints or
  places (hôpital de la Conception, hôpital Sainte-Marguerite, hôpital
  Purpan, hôpital Édouard-Herriot, the Hôpitaux universitaires, St Thomas',
  CHU Mohammed VI, sbitar Ibn Tofail, مستشفى الغساني, المستشفى محمد
  الخامس, المستشفى ابن رشد, the room « salle Jean-Moulin »), organisations,
  services, chains and programmes (ALCS, Cabiria, Amicale du Nid,
  Samusocial, les Roses d'Acier, Acceptess-T, Secours populaire, Médecins du
  Monde, CeGIDD, CSAPA, CMP, CHRS, IGPN, Défenseur des droits, Sida Info
  Service, La Banque Postale, Lidl, Women's Aid, Praxis, Trussell, Citizens
  Advice, the Post Office, UNHCR, التعاون الوطني), big cities and
  countries, communes (Vaulx-en-Velin, Salé), months, feasts, rooms, a
  queue ticket, a door code, emergency and free numbers, ages, dates,
  times, amounts, percentages, prices, years, « article 490 », « loi
  103.13 », a kinship word used alone, and words that are also names used
  as words.

Cases this set adds, marked in the same spirit:
- Names that are also words, used both ways in the same story: « Rose »
  the woman beside a rose; « Chance » the Congolese woman beside « la
  chance »; « Modeste » the man beside « modeste »; « Blessing » and
  « Hope » beside blessing and hope; « Precious » beside precious; « Baraka » the man beside « baraka »
  (enough); « سعيدة » the woman beside « سعيدة » (happy); « أمل » the woman
  beside « الأمل » (hope); « Nour » beside « nour » (light).
- Names in comma-separated lists and in attendance lists of talking groups
  and committees; Vietnamese and Chinese names with the family name first
  (« Nguyen Thi Lan », « Wang Xiuying »); a Somali and an Ethiopian name
  with the father's and grandfather's names; a Mauritanian and a Tuareg
  name with « Mint » and « Ag » inside; names written with digits in
  Darija (« 3icha ») or with the fused article (« lhoucine »); a nickname
  beside the full name (« Jojo », « Sam », « Gracie », « oks »).
- A WhatsApp thread whose messages are labelled with the sender's phone
  number: every label is a PHONE span.
- Phones of more countries (Tunisia, Algeria, Cameroon, Peru, Ukraine,
  Romania, Switzerland, Sierra Leone, Ghana, Vietnam, Italy, Poland, UK
  landlines and mobiles), one written « +33 (0)6 ».
- IDs of more kinds: Spanish NIE, Belgian national-register number, UK
  National Insurance number, National Referral Mechanism reference, UK
  biometric residence permit, CAF number, French AME application, Swiss
  permit N, Moroccan residence card, « عقد ازدياد » numbers and court case
  numbers in Arabic-Indic digits; negatives « article 490 », « loi
  103.13 », « ticket n° 58 », a door code.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  python3 tests/data/make_analysis_dev11.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set  # the shared helpers (tests/data/gold_marks.py)

ROWS = 60
PREFIX = "b10-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---- French (24) ----
STORIES += [
    ("b10-fr-01", "fr", """
Je m'appelle {PER:Rokia}, j'ai 34 ans et je viens de Bamako. Pendant deux ans j'ai travaillé dans un
appartement au {LOC:14 rue Pierre-Dupont, 3e étage}, à Lyon, pour une femme qu'on appelait Madame {PER:Lo}.
Son vrai nom, je l'ai appris au commissariat : {PER:Awa Diallo-Lo}. Elle gardait mon passeport
{ID:B1874402} dans un tiroir et disait que je lui devais encore 18 000 euros pour le voyage. Un soir, une
médiatrice de Cabiria est passée avec le bus près de la {LOC:place Gabriel-Péri}. Elle m'a donné
un papier avec son numéro, le {PHONE:06 72 18 40 93}, et m'a dit que la dette n'existait pas devant la loi.
J'ai mis trois semaines à appeler. Aujourd'hui j'ai un récépissé, numéro {ID:6901234587}, et je dors dans un
foyer. Ce qui a changé, c'est que je sais que je ne dois rien à personne.
""", ["trafficking", "rights_awareness", "civil_documents"]),
    ("b10-fr-02", "fr", """
Note de l'animatrice, groupe de parole du jeudi, Marseille. |
Présentes : {PER:Mariem Mint Ahmed}, {PER:Fatou}, {PER:Ioana}, {PER:Graciela}, {PER:Tiziri} et {PER:Mireille}. |
{PER:Graciela} a raconté qu'un client l'a frappée dans une chambre de l'{LOC:hôtel Le Mistral}, {LOC:boulevard
National}, et qu'elle n'a rien dit pendant un mois. Une autre lui a répondu qu'elle aussi avait
gardé ça pour elle, puis que parler au groupe lui avait rendu le sommeil. Une troisième a proposé de
l'accompagner aux urgences de l'hôpital de la Conception pour le certificat. La plus ancienne, qui vient
depuis 2019, a rappelé qu'on peut appeler le 17 ou le 3919 la nuit. Le groupe a fini en riant des
chaussures neuves de l'une d'entre nous. Pour {PER:Graciela}, le changement le plus important est « de ne plus être seule
avec ça ». Prochaine séance le 12 décembre, salle 4.
""", ["violence_physical", "peer_support", "social_isolation"]),
    ("b10-fr-03", "fr", """
Q : Qu'est-ce qui a changé pour vous cette année ? |
R : Le traitement. Avant, je prenais mes cachets un jour sur deux, j'avais honte qu'on les voie chez
{PER:Zineb}, ma colocataire, {LOC:cité Air-Bel}. |
Q : Et maintenant ? |
R : Le docteur {PER:Ferrand} à l'hôpital Sainte-Marguerite m'a envoyée vers le médiateur
thérapeutique. Il m'appelle chaque lundi du {PHONE:04 91 38 27 60}. On a mis une alarme à 21 h. Ma charge
virale est indétectable depuis mars. |
Q : Vous en avez parlé à votre colocataire ? |
R : Oui. Elle m'a dit : « {PER:Nawel}, tu es toujours la même. » J'ai pleuré. Je ne cache plus les boîtes.
Mon dossier à l'hôpital, c'est le {ID:MS-2024-07715}, je le connais par cœur maintenant.
""", ["hiv_care", "self_esteem", "stigma_discrimination"]),
    ("b10-fr-04", "fr", """
Fiche d'orientation — Amicale du Nid, antenne de Toulouse. |
Personne orientée : {PER:Joséphine Mbarga} (dite « {PER:Jojo} »), née en 1991 à Douala. |
Adresse déclarée : {LOC:27 allée des Demoiselles, bât. C, appt 12}, Toulouse. |
Téléphone : {PHONE:+33 7 58 31 20 46} ; téléphone au pays (sœur) : {PHONE:+237 6 77 45 12 09}. |
Courriel : {EMAIL:jojo.mbarga91@gmail.com} |
Titre de séjour : AGDREF {ID:3105867421}, récépissé expiré. |
Motif : expulsion du logement par le propriétaire, M. {PER:Castaing}, qui a changé la serrure pendant
qu'elle était à l'hôpital Purpan. Ses affaires ont été jetées. |
Orientation : Samusocial (115) pour ce soir, puis rendez-vous avec la juriste, Me {PER:Delphine Aubry},
pour une action en référé. Contact de l'accompagnante : {PER:Sarah K.}, {PHONE:05 61 22 84 10} poste 3.
""", ["housing", "legal_support", "civil_documents"]),
    ("b10-fr-05", "fr", """
Ce qui a le plus changé, pour moi, c'est l'argent. Mon ex, {PER:Steeve}, prenait tout ce que je gagnais.
Il disait que c'était pour le loyer de notre studio {LOC:rue des Trois-Mages}, mais le loyer n'était jamais
payé. Quand je refusais, il cassait mon téléphone. Une éducatrice de l'association m'a aidée à
ouvrir un compte à moi seule à La Banque Postale. Ensuite j'ai eu un contrat de quinze heures dans une
boulangerie de {LOC:La Plaine}, chez M. et Mme {PER:Hadjadj}. Ce n'est pas beaucoup, 640 euros, mais c'est à
moi. Il ne sait pas où je travaille. Ma fille {PER:Lyna-Rose} a commencé la crèche. Je me sens
capable, voilà le mot : capable.
""", ["violence_economic", "income_employment", "self_esteem"]),
    ("b10-fr-06", "fr", """
Compte rendu de la réunion d'équipe du 4 novembre, Lille. |
Présents : {PER:Gaëlle Vandamme} (coordinatrice), {PER:Moussa Ag Alhassane}, {PER:Maud}, une interprète
ukrainien-russe. |
1. Situation de {PER:Svitlana}, 29 ans, arrivée de Kharkiv, travaille dans un salon de massage {LOC:rue
Gambetta}, à {LOC:Wazemmes}. Elle a fait un dépistage rapide au bus : VIH négatif, syphilis positive.
L'infirmière l'a accompagnée au CeGIDD pour l'injection ; deuxième rendez-vous le 18. |
2. Elle demande des préservatifs et du gel en quantité ; l'équipe en déposera au salon. |
3. Son numéro ukrainien : {PHONE:+380 67 412 5590} ; numéro français : {PHONE:07 44 19 26 81}. |
Prochaine réunion : 18 novembre à 10 h, salle Jean-Moulin. Ordre du jour à envoyer à
{EMAIL:coordination-lille@exemple-asso.fr} avant le 15.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),
    ("b10-fr-07", "fr", """
Transcription d'un message vocal de {PER:Aïcha}, envoyé à l'équipe de Montpellier : |
« Bonjour, c'est {PER:Aïcha}, la maman de {PER:Ilyès}. Je voulais vous dire merci pour la formation. Hier
j'ai eu mon certificat de coiffure, au centre de la {LOC:rue du Faubourg-Figuerolles}. Madame
{PER:Benkhelifa}, la formatrice, a dit que j'avais les mains d'une vraie coiffeuse. Vous savez, à 41 ans, je
pensais que c'était fini pour moi, l'école. Le {LOC:salon Chez Dalila} me prend
à l'essai en janvier. Si vous voulez me rappeler, mon nouveau numéro c'est le {PHONE:06.19.73.05.28}. Ah,
et je ne travaille plus la nuit sur l'avenue. Bisous à toute l'équipe. » |
(message de 1 min 48, transcrit par {PER:P. Giraud})
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b10-fr-08", "fr", """
Lettre de {PER:Mariana} à l'équipe, écrite en espagnol et traduite par {PER:Inés Quispe}. |
« Chers tous, |
Quand je suis arrivée de Lima, je ne parlais à personne. Je vivais dans une chambre à l'{LOC:hôtel du Parc},
près de la gare, et je ne sortais que pour travailler. Ma mère appelait au {PHONE:+51 984 217 603} et je
lui mentais. Vous m'avez invitée aux repas du mardi, {LOC:rue Saint-Rémi}. J'y ai rencontré {PER:Daniela},
de Guayaquil, et {PER:Yuleisy}, de Maracaibo. Maintenant nous sommes trois, nous nous appelons tous les
soirs, nous allons ensemble au marché le dimanche. Mon NIE espagnol, {ID:Y4827361K}, me sert encore
de pièce d'identité. Je ne suis plus seule. Voilà mon changement. |
Je vous embrasse, {PER:Mariana Huamán} »
""", ["social_isolation", "peer_support"]),
    ("b10-fr-09", "fr", """
Je raconte ça pour les autres filles. En juin, deux policiers m'ont arrêtée sur le {LOC:cours de la Marne}.
Ils ont dit que mon titre était faux, ils m'ont gardée quatre heures au commissariat sans interprète, et
l'un d'eux, le brigadier {PER:Lacombe}, a pris les 200 euros de mon sac. Je n'ai pas osé porter plainte.
C'est {PER:Binta}, une paire, qui m'a amenée chez l'avocate, Maître {PER:Nguyen Thi Lan}, {LOC:12 place
Gambetta}. Elle a écrit au procureur. La plainte est enregistrée sous le numéro {ID:PV 25/118476}. J'ai reçu
un courrier de l'IGPN en octobre et j'ai appelé le 116 006, l'aide aux victimes. Je ne sais pas si ça ira loin, mais j'ai compris que j'avais le droit
de me plaindre, même sans papiers français. Elle dit que je suis devenue « la juriste » du trottoir.
""", ["police_harassment", "legal_support", "rights_awareness"]),
    ("b10-fr-10", "fr", """
De : {EMAIL:c.roussel@lenid-bordeaux.org} |
À : Dr {PER:Anne-Sophie Lemaire} <{EMAIL:as.lemaire@chu-bordeaux.fr}> |
Objet : orientation de Mme {PER:Ngozi Okafor} |
Chère consœur, |
Je vous adresse cette patiente, 26 ans, enceinte d'environ onze semaines, qui souhaite une IVG. Elle
n'a pas de couverture maladie : la demande d'AME est en cours (dépôt n° {ID:AME-33-2025-049812}). Elle
parle anglais et un peu de français. Elle vit {LOC:rue Kléber}, dans un appartement partagé avec
deux compatriotes, et préfère être jointe au {PHONE:07 83 60 11 57} entre 14 h et 16 h. Pourriez-vous la
recevoir avant le 20 ? Notre interprète, {PER:Chidinma}, peut venir. |
Bien cordialement, |
{PER:Camille Roussel}, conseillère conjugale
""", ["reproductive_health", "access_to_care"]),
    ("b10-fr-11", "fr", """
{PER:Chance} a 23 ans ; elle a quitté Kinshasa avec une cousine qui lui promettait un travail de
vendeuse à Bruxelles. Elle raconte : « La chance, je ne l'ai pas eue au début. On m'a mise dans une
vitrine {LOC:rue d'Aerschot} et un homme, Papa {PER:Willy}, prenait tout. » Elle a été orientée par
{PER:Modeste}, un chauffeur de taxi congolais, un homme modeste qui a reconnu l'accent de sa province.
Aujourd'hui elle est hébergée par une association, {LOC:chaussée de Wavre}. Son numéro de
registre national provisoire est le {ID:01.09.24-318.52}. Elle a témoigné contre le réseau devant le juge
d'instruction. Ce qui compte pour elle : « Je ne suis plus une marchandise. »
""", ["trafficking", "legal_support", "housing"]),
    ("b10-fr-12", "fr", """
Note de suivi — {PER:Hadda}, 52 ans, rencontrée à la permanence de Strasbourg. |
Elle boit depuis la mort de son fils. Elle dit qu'elle commence à 10 h, au {LOC:bar Le Comptoir du Neudorf},
et qu'elle ne se souvient plus des clients. Sa fille {PER:Samira}, qui habite {LOC:quartier de
Hautepierre}, ne lui parle plus depuis deux ans. En septembre, elle a accepté un rendez-vous au CSAPA
avec l'infirmière {PER:Brigitte}, puis un suivi avec le psychiatre, le Dr {PER:Wendling}. Elle a réduit à
deux bières par jour. La semaine dernière, sa fille est venue avec elle à la permanence, et elles ont
pris un café ensemble. « Ma fille m'a regardée comme avant », dit-elle. Le CSAPA lui écrit à
{EMAIL:hadda.k67@laposte.net}.
""", ["addiction", "family_relations", "mental_health"]),
]
STORIES += [
    ("b10-fr-13", "fr", """
Récit recueilli à Agadir par l'agente de santé communautaire {PER:Naïma Oubella}. |
{PER:Ijja}, 38 ans, est née au {LOC:douar Tagmoute}, près de Tata. Elle travaille depuis dix ans près du port et vit avec ses deux enfants au {LOC:hay Dakhla}, {LOC:rue 214, n° 9}. L'an dernier, un client
l'a violée et filmée. Elle n'osait pas aller à la police à cause de l'article 490. À la clinique de l'ALCS,
on lui a donné le traitement post-exposition dans les 48 heures, puis elle a vu la psychologue,
Mme {PER:Hanane Aït Lahcen}. Avec l'avocate du projet, Maître {PER:Berrada}, elle a déposé plainte ; le
dossier porte le numéro {ID:2025/1103/87}. « Je ne suis pas coupable de ce qu'il m'a fait », dit-elle. Sa
carte nationale : {ID:JE 218764}. Téléphone : {PHONE:06 61 47 82 30}.
""", ["violence_sexual", "hiv_prevention", "legal_support"]),
    ("b10-fr-14", "fr", """
Entretien avec {PER:Wang Xiuying}, 47 ans, à {LOC:Belleville} (traduit du mandarin par {PER:Li Na}). |
Q : Comment avez-vous connu le groupe ? |
R : Par Mme {PER:Zhou}, qui tient le {LOC:restaurant Le Jardin de Wenzhou}. Elle a
dit qu'il y avait des femmes comme nous, les « marcheuses », qui se retrouvent le mercredi chez les Roses
d'Acier. |
Q : Qu'est-ce qui a changé ? |
R : Avant, je pensais que j'étais seule à avoir peur. Là-bas, {PER:Xiaomei} et les autres m'ont appris
à noter les plaques des voitures et à partager ma position. Quand un homme m'a volé mon argent, trois
femmes sont venues avec moi au commissariat. Je ne parle pas bien français, mais dans le groupe ce n'est
pas grave. Mon numéro est sur la liste d'alerte : {PHONE:07 52 88 14 39}. |
Q : Et votre famille ? |
R : Mon fils est à Wenzhou, il appelle le dimanche.
""", ["peer_support", "social_isolation", "violence_economic"]),
    ("b10-fr-15", "fr", """
Je suis {PER:Luna}, femme trans, Brésilienne, 31 ans. À la pharmacie de l'{LOC:avenue Jean-Jaurès}, la
pharmacienne a refusé de me donner mes hormones parce que le prénom de l'ordonnance ne correspondait
pas à ma tête. Elle a appelé sa collègue pour rire. Je suis partie en pleurant. Chez Acceptess-T, {PER:Giovanna}
m'a expliqué que c'était une discrimination et que je pouvais la signaler au Défenseur des droits. On
a écrit ensemble. J'ai aussi commencé les démarches pour changer mon prénom à l'état civil de la mairie
du 19e. Maintenant, à la {LOC:pharmacie Saint-Fargeau}, on m'appelle Madame. J'ai eu ma PrEP sans
question. Ma sœur {PER:Thaís} m'écrit de Recife : « Tu es enfin toi. »
""", ["stigma_discrimination", "rights_awareness", "civil_documents"]),
    ("b10-fr-16", "fr", """
Fiche de signalement — permanence téléphonique, soirée du 7 octobre. |
Appelante : {PER:Samia}, dite « {PER:Sam} », appelle d'un numéro tunisien, {PHONE:+216 98 412 306}, puis rappelle
du {PHONE:06 25 91 70 44}. |
Elle dit que son compagnon, {PER:Mehdi Trabelsi}, l'a enfermée deux jours dans l'appartement, {LOC:résidence
Les Oliviers, bât. B}, à Vaulx-en-Velin, et l'a frappée avec une ceinture. Elle a pu sortir quand il est
parti au travail. |
Conseils donnés : appeler le 17 en cas de danger, le 3919 pour l'écoute, aller aux urgences de l'hôpital
Édouard-Herriot pour le certificat médical. |
Suite : hébergement d'urgence trouvé par la coordinatrice pour trois nuits. Courriel de
contact laissé par l'appelante : {EMAIL:sam.t[at]outlook[dot]fr}. |
Écoutante : {PER:C. Dubreuil}
""", ["violence_physical", "housing"]),
    ("b10-fr-17", "fr", """
Témoignage de {PER:Dragana}, recueilli au local de Genève, {LOC:rue de Berne}, aux {LOC:Pâquis}. |
« Je viens de Niš, en Serbie. J'ai un permis N, numéro {ID:N 041 773 218}, parce que j'ai demandé l'asile.
Pendant un an, je n'ai vu aucun médecin : j'avais peur qu'on me renvoie. Une bénévole de l'association m'a
accompagnée aux Hôpitaux universitaires pour une première consultation. On m'a donné le ticket n° 58 à l'accueil, puis on m'a trouvé une hépatite C. J'ai
fait le traitement de trois mois, et maintenant je suis guérie. Le docteur, une femme, Dr {PER:Maillard}, m'a
donné son courriel, {EMAIL:maillard.c@hcuge-exemple.ch}, pour les questions. Je peux l'appeler aussi au
{PHONE:+41 22 372 98 40}, et le 112 si c'est grave. Pour moi, c'est le premier médecin qui m'a regardée dans les yeux. »
""", ["access_to_care", "hiv_sti_testing"]),
    ("b10-fr-18", "fr", """
Note de l'éducatrice {PER:Khadija Ezzahraoui}, Tanger. |
{PER:Hafsa}, 27 ans, originaire d'un village du Rif, est arrivée à Tanger après son
divorce. Son ex-mari, {PER:Abdelhak}, refuse de payer la pension de leur fils et menace de
le lui enlever parce qu'elle « travaille la nuit ». Elle habite une chambre à {LOC:Beni Makada}, {LOC:hay
Bir Chifa}. Avec l'avocate du centre d'écoute, Maître {PER:Souad El Ouazzani}, elle a demandé la pension
et la garde ; l'affaire est au tribunal de la famille sous le numéro {ID:1652/2025}. La première audience
s'est bien passée. Elle dit : « Je ne tremble plus devant lui. » Elle a reçu 1 200 dirhams de
pension provisoire en novembre. Son numéro : {PHONE:+212 6 70 23 58 14}.
""", ["family_law", "legal_support", "self_esteem"]),
    ("b10-fr-19", "fr", """
Je ne savais pas lire. À 44 ans, je signais avec une croix. Au centre de Secours populaire de la
{LOC:rue Gerland}, une bénévole, {PER:Monique}, m'a proposé des cours d'alphabétisation le lundi et le jeudi.
J'y allais en cachette ; mon frère se moquait de moi. Maintenant je lis les lettres de la
préfecture toute seule, je lis les prix chez Lidl, je lis les noms des rues. J'ai même écrit une carte à
ma bénévole pour son anniversaire. Elle l'a accrochée au mur. Je m'appelle {PER:Kadiatou Baldé}, je suis
guinéenne, de Labé, et je suis fière de vous écrire ce texte moi-même.
""", ["vocational_training", "self_esteem"]),
    ("b10-fr-20", "fr", """
Compte rendu d'entretien — {PER:Florentina}, 36 ans, roumaine, rencontrée au {LOC:bois de Vincennes}. |
Elle vit dans une camionnette garée {LOC:allée Royale}. L'hiver dernier, elle n'avait plus rien à manger
pendant quatre jours ; elle a eu un malaise. Depuis, elle reçoit un colis alimentaire chaque semaine, et
des tickets service de 30 euros. Elle a demandé un logement : demande de logement social n° {ID:075112503647},
déposée avec l'aide de l'assistant social. Le dossier CAF porte le numéro {ID:2467031} ; l'assistant social suit le dossier à
{EMAIL:j.marchal@ccas-exemple.fr}. Son frère
{PER:Costel} l'appelle de Constanța au {PHONE:+40 745 318 602}. Elle dit : « Quand on a faim, on ne pense
à rien d'autre. Maintenant je pense à demain. » Suivi par le travailleur social et {PER:Alina Popescu}
(médiatrice).
""", ["food_security", "housing"]),
    ("b10-fr-21", "fr", """
Je m'appelle {PER:Rose}. Un client m'a offert une rose un soir, et le lendemain il m'a battue parce que je
refusais d'aller chez lui sans préservatif. Je suis restée une semaine dans ma chambre, {LOC:impasse des
Tanneurs}, à ne plus manger. Ma voisine, {PER:Espérance Niyonzima}, une Burundaise, a frappé à ma porte avec de
la soupe. Elle m'a emmenée voir la psychologue de Médecins du Monde, Mme {PER:Roche}, qui parle doucement.
J'ai fait des cauchemars pendant des mois. Aujourd'hui je dors. Je ne me sens plus sale. J'ai repris les
préservatifs que l'association donne et je n'accepte plus les hommes qui les refusent.
""", ["violence_physical", "mental_health", "hiv_prevention"]),
    ("b10-fr-22", "fr", """
Procès-verbal du comité de sélection, clinique de Marrakech, 2e semestre. |
Membres : {PER:Latifa Bouzidi} (présidente), {PER:Hicham Ammor}, Dr {PER:Youssef Alaoui}. |
Histoire retenue : celle de {PER:Itto}, du {LOC:douar Ouled Yahya}, qui vendait au {LOC:derb Dabachi}. Elle raconte
qu'une bande de jeunes du quartier lui volait son argent chaque vendredi. Avec les autres
femmes du groupe d'entraide, elle a appris à ne plus marcher seule et à garder l'argent chez Lalla
{PER:Fadma}, la plus âgée. Raisons du choix : la solidarité entre paires, la dignité retrouvée. Un membre
note que l'histoire pourrait être vérifiée auprès de l'aînée du groupe. Le téléphone de l'agente, {PHONE:0524 43
18 90}, a été retiré de la version envoyée au niveau national.
""", ["peer_support", "violence_economic", "self_esteem"]),
    ("b10-fr-23", "fr", """
Message de {PER:Blessing} lu au groupe de parole (écrit en anglais, traduit par un bénévole). |
« Je suis nigériane, d'Edo. Une femme m'a fait jurer devant un prêtre avant mon départ. Je croyais que
si je parlais, je mourrais. Pendant trois ans j'ai payé 300 euros par semaine à « Mama » {PER:Joy Osagie}
à Montpellier. Un jour, au centre, {PER:Fidelia} m'a dit que le serment n'avait pas de pouvoir. Ce fut une
bénédiction, a blessing, comme on dit chez nous. J'ai arrêté de payer. J'ai porté plainte et j'ai maintenant
un titre de séjour pour les victimes de traite. Cette femme est en prison. Je remercie aussi
Mme {PER:Faure}, l'avocate. » Son passeport nigérian : {ID:A07716392}.
""", ["trafficking", "legal_support", "civil_documents"]),
    ("b10-fr-24", "fr", """
Courriel de {PER:Hind Ait Bensalem} (adresse : {EMAIL:hind point aitbensalem arobase yahoo point fr}) |
Bonjour {PER:Léa}, |
Je voulais vous dire que j'ai fait le dépistage au bus de la {LOC:place de la République}, lundi. Le
résultat est négatif pour tout : VIH, hépatite B, syphilis. J'avais peur depuis que {PER:Marouane} m'a dit
qu'il était malade. Il m'a menti pendant un an. L'infirmier m'a expliqué la PrEP, je vais
commencer le mois prochain. Sida Info Service, au 0 800 840 800, m'avait conseillé d'y aller. Vous pouvez m'écrire ici ou m'appeler au {PHONE:+33 (0)6 48 27 19 53}. Mon
numéro de sécurité sociale pour le rendez-vous : {ID:2 89 07 99 350 048 62}. |
Merci pour tout, |
{PER:Hind}
""", ["hiv_sti_testing", "hiv_prevention"]),
]
# ---- English (14) ----
STORIES += [
    ("b10-en-01", "en", """
My name is {PER:Hodan Abdi Warsame} and I came to Birmingham from Mogadishu through Libya. For two years
I worked in a flat above a shop on {LOC:Soho Road}. The man who ran it, {PER:Jama}, kept my phone and
said I owed him for the boat. One of the outreach workers gave me a card with the charity's
number, {PHONE:0121 496 0732}, hidden inside a lipstick. When the police raided the flat, Detective Sergeant
{PER:Okonkwo} told me I was a victim, not a criminal. I was referred into the National Referral Mechanism,
reference {ID:NRM-2025-118302}, and placed in a safe house. I now have a lawyer. What changed? I sleep with the light off.
""", ["trafficking", "housing", "rights_awareness"]),
    ("b10-en-02", "en", """
Facilitator's note, women's group, {LOC:Govanhill}, Glasgow. |
Attending: {PER:Eilidh} (facilitator), {PER:Agnieszka}, {PER:Doina}, {PER:Maricel}, {PER:Precious}. |
{PER:Doina} said her partner, {PER:Vasile}, takes her card every Friday and gives her back twenty pounds.
She has never seen her own wages from the cleaning job. Another woman told her how she opened a
basic account at the Post Office with only her passport. {PER:Precious} said something precious: that
money you earn is yours even if you share a bed. One of the women offered to go with her to the
Citizens Advice on {LOC:Victoria Road}. We agreed to meet at a cafe near the library, 11 am, next Tuesday. |
Notes by the facilitator.
""", ["violence_economic", "peer_support", "rights_awareness"]),
    ("b10-en-03", "en", """
Q: What was the most significant change for you? |
A: Going to the clinic on my own. Before, I never went. In Nairobi the nurses shouted at us, so I thought
it would be the same here. |
Q: What happened? |
A: {PER:Wanjiru}, she is my friend from church, she took me to the sexual health clinic on {LOC:Mile End
Road}. They tested me for everything. I had chlamydia. They gave me the tablets that same day and
nobody judged me. The nurse even remembered my name the second time. |
Q: Did you go back? |
A: Yes, for the three-month check. My NHS number is {ID:485 777 3456}, I keep it in my phone now.
My number is {PHONE:07946 218 304} if you need to ask me more. |
Q: Thank you, {PER:Grace}. |
A: Call me {PER:Gracie}, everyone does.
""", ["sti_care", "hiv_sti_testing", "access_to_care"]),
    ("b10-en-04", "en", """
Referral form — Women's Aid partner service, Leeds. |
Name: {PER:Shazia Begum} |
Address: {LOC:41 Harehills Lane, Flat 2} |
Phone: {PHONE:+44 7700 184 562} (safe to text, not to call) |
Email: {EMAIL:shazia.b_1988@hotmail.co.uk} |
National Insurance number: {ID:JT 48 21 93 B} |
Reason for referral: Ms {PER:Begum} disclosed that her husband, {PER:Tariq Mahmood}, threatens to send
their two children to his family in Mirpur if she leaves. He calls her worthless and locks her phone.
Her brother-in-law also threatens her. She has been sleeping three hours a night and has
thoughts of ending her life. |
Action: same-day GP appointment, crisis team informed, safety plan agreed. Call 999 in an emergency. |
Referrer: {PER:Rachel Oduya}, IDVA, {PHONE:0113 245 8871} ext. 22
""", ["violence_psychological", "mental_health"]),
    ("b10-en-05", "en", """
I am {PER:Fatmata Kamara}, from Freetown. I live in Rabat now, in {LOC:Hay Nahda}. Last year I was arrested
with other Black women near the {LOC:Bab El Had} market and taken to the police station. They said they
would deport us to the south if we did not pay. I paid 500 dirhams that I did not have. Later, at a
training of the association, a lawyer, Mr {PER:Ennaji}, explained our rights as asylum seekers. I showed
my UNHCR certificate, number {ID:MAR-25-C02176}, and he said the police must respect it. He gave me his e-mail too,
{EMAIL:ennaji.avocat at gmail dot com}. Now when they
stop me I show it and I say the number of the lawyer, {PHONE:+212 5 37 70 42 19}. My sister {PER:Isatu}
in Freetown is on {PHONE:+232 76 481 550}.
""", ["police_harassment", "rights_awareness", "violence_economic"]),
    ("b10-en-06", "en", """
Voice note from {PER:Efua}, transcribed by {PER:Lauren}: |
"Hi love, it's me. Sorry it's late. I just wanted to say the baby came! A girl, three kilos
two. We called her {PER:Hope}, because you know, I had no hope last year. When I found out I was pregnant
I wanted to end it, and you sat with me at St Thomas' and explained everything, and then I decided to
keep her. The midwife was Ghanaian like me. My mum called from Kumasi, {PHONE:+233 24 558 0917},
she cried on the phone. Can you tell Auntie {PER:Comfort} at the drop-in? I'll bring {PER:Hope} on
Thursday. Bye!"
""", ["reproductive_health", "family_relations"]),
    ("b10-en-07", "en", """
Case meeting minutes, Praxis, {LOC:Whitechapel}, 3 September. |
Present: {PER:Tom Ashworth} (chair), {PER:Meseret Tadesse Bekele}, {PER:Dev Patel}. |
Case: {PER:Semhar}, 24, Eritrean, living in a B&B on {LOC:Commercial Road}. She has been sleeping on a
friend's floor since the B&B evicted her for a late payment. Her asylum claim is pending (Home Office ref
{ID:T1092557}). She has not eaten a hot meal in days; she was given a food bank voucher for the
Trussell centre. Interpreting in Tigrinya is arranged. |
Actions: {PER:Dev} to call the council housing team on {PHONE:020 7946 0381}; the chair to email
{EMAIL:housing.options@towerhamlets-example.gov.uk}; {PER:Meseret} to check in with her on
{PHONE:07423 901 586}.
""", ["housing", "food_security"]),
    ("b10-en-08", "en", """
I started injecting in Leeds when I was nineteen. My dealer was my boyfriend, {PER:Dean}, and I worked on
{LOC:Water Lane} to pay for us both. I overdosed twice. The second time a woman from the van, {PER:Sinead},
had given me naloxone the week before and my friend used it on me. After that I said yes to
the script. I've been on methadone for fourteen months. I've got a key worker and a flat on
the {LOC:Lincoln Green estate}. I'm not saying it's easy. But my son {PER:Tyler} stays with me every other
weekend now, and my mum talks to me again. That's the change.
""", ["addiction", "family_relations", "housing"]),
    ("b10-en-09", "en", """
Email from {PER:Nguyen Thi Hoa} to the project, translated from Vietnamese by {PER:Linh}. |
From: {EMAIL:hoa.nguyen.nails@gmail.com} |
Dear sister, |
Thank you for the training in the nail bar rights session. I did not know that the boss, Mr {PER:Pham},
must pay me the minimum wage. For two years he paid me 30 pounds a day for twelve hours in the {LOC:Lucky
Nails salon}, on {LOC:Stretford Road}, and he kept my passport, number {ID:C4471028}. After the session, I went with
a friend to the advice centre. They took my passport back from him. Now I have a new job and a payslip.
My phone in Vietnam, for my mother: {PHONE:+84 912 460 318}. |
With respect, {PER:Hoa}
""", ["rights_awareness", "income_employment", "trafficking"]),
    ("b10-en-10", "en", """
{PER:Ana Paula} is 42 and Portuguese; she has worked in saunas across London for fifteen years. She tells
it like this: "I was the one who helped everybody else. Then my best friend, {PER:Cristina}, died in her
flat, and nobody found her for four days. I stopped eating. I didn't get out of bed.
The counsellor at the project, {PER:Aidan}, came to my place on {LOC:Tottenham High Road}, twice a week.
He didn't push. He asked about her. Little by little I talked. I still have bad days. But I
went to the memorial we did at the {LOC:Golden Lion pub}, and I spoke in front of thirty women. I didn't
know I could do that."
""", ["mental_health", "social_isolation", "peer_support"]),
    ("b10-en-11", "en", """
Outreach log, Casablanca (English-speaking migrants), week 46. |
Mon: {PER:Joy} and {PER:Blessing Eze} at {LOC:Oulfa}, both want HIV tests. Done at the mobile unit, both
negative. Gave condoms and lube. |
Tue: Met {PER:Amina Bello}, 19, new arrival from Kano, living with six others in {LOC:Derb Ghallef}. Says a man
called Baba {PER:Musa} brought her and wants 3000 euros. Gave her the number of the legal team,
{PHONE:05 22 86 14 37}. |
Wed: {PER:Joy} came back with a friend who has sores; referred to the STI clinic. |
Thu: Food distribution, 40 parcels. |
Fri: {PER:Amina} called from {PHONE:07 19 44 82 05}, scared. Accompanied to the UNHCR office. |
Logged by the outreach worker.
""", ["hiv_sti_testing", "trafficking", "sti_care"]),
    ("b10-en-12", "en", """
I'm {PER:Nasrin Akter}, I'm from Sylhet. People at the mosque found out what I do. My cousin {PER:Rahima}
told everyone, and at the shop on {LOC:Brick Lane} the owner wouldn't serve me any more. When I went to the
GP with a chest infection the receptionist said loudly "oh, you're that one". I stopped going anywhere.
The peer worker, {PER:Baraka}, a Kenyan guy who came to England on a scholarship, told me: "My name means
blessing, and you are not a shame." He helped me register with a different GP practice and came with me.
I don't hide my face in the street any more. I've had enough of hiding. Enough, baraka, as my grandmother
would say.
""", ["stigma_discrimination", "access_to_care", "self_esteem"]),
    ("b10-en-13", "en", """
Letter to the panel, written by {PER:Yolanda Restrepo}, 33. |
"Dear panel, |
You asked what changed. I came to Manchester from Medellín in 2021. I had no documents, only a photo of my
passport. In {LOC:Moss Side}, I rented a room from a man who made me work for him. With help from the
law centre on {LOC:Oxford Road}, I applied for leave to remain. My solicitor, Ms {PER:Hughes}, emailed me
every step at {EMAIL:yoli.restrepo@protonmail.com}. Last month I got my biometric residence permit,
{ID:ZU4512867}. I cried at the post office. I can open a bank account, see a doctor, sign a contract. I
am a person on paper now. |
{PER:Yolanda}"
""", ["civil_documents", "legal_support"]),
    ("b10-en-14", "en", """
Talking group, {LOC:Sparkhill} community centre, Birmingham. Notes by the facilitator. |
Topic: PrEP. {PER:Adaeze} said she started PrEP in May after her friend tested positive. She
takes it every day with her breakfast. {PER:Lindiwe} said she prefers condoms and asked where to get them
free: at the clinic on {LOC:Stratford Road} or from the outreach van. {PER:Teresa} from Angola didn't know PEP
existed; she was told that you have 72 hours. The group asked the nurse, Sister {PER:Fiona}, to
come next time. Her number for the group: {PHONE:0121 424 1183}, and the group's address is
{EMAIL:sparkhill.women.group@gmail.com}. NHS 111 was mentioned for out-of-hours
advice.
""", ["hiv_prevention", "peer_support", "rights_awareness"]),
]
# ---- Modern Standard Arabic (6) ----
STORIES += [
    ("b10-ar-01", "ar", """
اسمي {PER:سعيدة}، وعمري تسعة وثلاثون عاماً. لم أكن سعيدة يوماً مع زوجي {PER:عبد الرحيم}، فقد كان يضربني
أمام أطفالي في بيتنا بـ{LOC:حي عين النقبي} في فاس، ويطردني إلى الشارع في منتصف الليل. ذات مرة كسر ذراعي،
فذهبت إلى مستشفى الغساني وحدي. هناك التقيت بالمساعدة الاجتماعية {PER:نزهة}، التي أخبرتني بوجود خلية التكفل
بالنساء ضحايا العنف، وبأن القانون 103.13 يحميني. رافقتني المحامية الأستاذة {PER:فاطمة الزهراء بنسودة} إلى
المحكمة، وسُجلت الشكاية تحت رقم {ID:٣٤٢٧/٢٠٢٥}. اليوم أعيش مع أختي في {LOC:درب الطالعة الكبيرة}،
وأطفالي معي. هاتف المحامية: {PHONE:٠٥٣٥ ٦٤ ٢٢ ٨١}.
""", ["violence_physical", "legal_support", "rights_awareness"]),
    ("b10-ar-02", "ar", """
ملاحظة المنشطة {PER:حياة المقدم}، وجدة. |
السيدة {PER:ونيسة} جزائرية من مغنية، تعيش في {LOC:حي لازاري} منذ ست سنوات، ولها ابنة اسمها {PER:ملاك} عمرها
أربع سنوات لم تُسجل في الحالة المدنية لأن الأب رفض الاعتراف بها. لم تستطع الطفلة دخول الروض.
بمساعدة الجمعية رفعت الأم دعوى لإثبات النسب، وحصلت الطفلة أخيراً على عقد ازدياد رقم {ID:١١٨٧/٢٠٢٥}.
دخلت الطفلة المدرسة في شتنبر. تقول {PER:ونيسة}: «صار لابنتي اسم في الأوراق كما في قلبي». رقم هاتفها
المغربي {PHONE:0662-914-307}، ورقم أخيها في الجزائر {PHONE:+213 550 48 71 26}، وبريد الجمعية {EMAIL:oujda.ecoute@asso-exemple.ma}.
""", ["civil_documents", "family_law", "family_relations"]),
    ("b10-ar-03", "ar", """
س: ما هو التغيير الأهم في حياتك؟ |
ج: أنني أعيش مع الفيروس بسلام. علمت بإصابتي قبل ثلاث سنوات في مركز الكشف ببني ملال، وظننت أنني سأموت.
لم أخبر أحداً، حتى أمي. |
س: ماذا حدث بعد ذلك؟ |
ج: عرّفتني المثقفة بالنظير {PER:أمل} على مجموعة دعم في {LOC:حي أولاد حمدان}. كانت {PER:أمل} تقول لي إن
الأمل ليس كلمة بل دواء نأخذه كل يوم. بدأت العلاج الثلاثي، ورقم ملفي المستشفى الجهوي {ID:BM-HIV-0917}.
الطبيب {PER:العلوي} يقول إن الحمولة الفيروسية لم تعد تظهر. |
س: وأمك؟ |
ج: أخبرتها في رمضان. بكت، ثم قبلتني. أمي {PER:الزوهرة} تذكرني الآن بموعد الدواء.
""", ["hiv_care", "peer_support", "family_relations"]),
    ("b10-ar-04", "ar", """
شهادة {PER:نعيمة الزياني} من مكناس. |
كنت أعمل في {LOC:مقهى النخيل} قرب بيتي مقابل خمسين درهماً في اليوم، وكان صاحبه يحتجز جزءاً من
أجري كل أسبوع. في السنة الماضية التحقت بدورة الخياطة في مركز التعاون الوطني، حيث علمتني المؤطرة
كيف أقص وأخيط القفطان. كنت أذهب مع جارتي {PER:زينب} ول{PER:زينب} ابنة صغيرة كنا نتركها عند للا {PER:رحمة}.
بعد ستة أشهر حصلت على شهادة، وبقرض صغير قدره خمسة آلاف درهم اشتريت آلة خياطة. اليوم أخيط في بيتي في
{LOC:زنقة 14، رقم 6، حي البساتين}، وزبوناتي يتصلن بي على {PHONE:06 58 20 73 41}. أشعر أنني أملك يدي.
""", ["vocational_training", "income_employment", "violence_economic"]),
    ("b10-ar-05", "ar", """
محضر لجنة الاختيار، عيادة أكادير، الدورة الثانية. |
الحاضرون: الدكتورة {PER:سناء أوبلا}، السيد {PER:إبراهيم أيت باحا}، والمثقفتان بالنظير {PER:رشيدة} و{PER:مينة}. |
القصة المختارة: قصة {PER:تودة} من {LOC:دوار إمي مقورن}، التي تعرضت لاعتداء جنسي من طرف ثلاثة رجال في
{LOC:حي تيكيوين}، ولم تخبر أحداً خوفاً من الفضيحة. وصلت إلى العيادة بعد يومين، فتلقت العلاج الوقائي بعد التعرض واختبار الكشف، ثم جلسات مع
الأخصائية النفسية. تقول إنها كانت تريد الموت، وإنها اليوم تنام وتأكل وتضحك مع صديقتها. سبب الاختيار: شجاعتها واستمرارية التكفل النفسي. للتواصل مع منسقة الدورة:
{EMAIL:coord.agadir@alcs-exemple.ma}.
""", ["violence_sexual", "mental_health", "hiv_prevention"]),
    ("b10-ar-06", "ar", """
رسالة كتبتها {PER:سلمى} إلى منشطة الجمعية. |
عزيزتي، |
أكتب لك من خريبكة. تعلمين أنني سافرت إلى دبي سنة 2022 بعقد عمل في صالون حلاقة، وأن الوكيل {PER:حميد الشرقاوي}
أخذ جواز سفري رقم {ID:QM 4418273} وباعني لرجل كان يحبسني في شقة. بعد سنة ونصف هربت، ورجعت بمساعدة القنصلية.
عندما وصلت لم يكن لي أحد. أنتِ استقبلتني في الجمعية، وعرفتني على {PER:فدوى} و{PER:هند} اللتين مررتا بما مررت
به. اليوم نسكن معاً في {LOC:حي الفتح}، ونعمل في محل للحلويات. الوكيل تحت المتابعة القضائية، والملف رقم
{ID:٢٠٢٤/٢٦١٢/٥٥}. رقمي الجديد {PHONE:٠٦٦٦٣١٨٤٥٢} إذا احتجت إلي. |
أختك {PER:سلمى}
""", ["trafficking", "peer_support", "legal_support"]),
]
# ---- Moroccan Darija, Arabic script (6) ----
STORIES += [
    ("b10-ary-01", "ary", """
أنا {PER:مليكة}، عندي واحد وأربعين عام، ساكنة ف{LOC:درب السلطان} ف كازا. البوليس كانو كيشدوني كل مرة ف
{LOC:زنقة الفداء} ويقولو ليا خلصي ولا نديوك للكوميسارية. واحد فيهم، سميتو {PER:الشافعي}، كان كياخد مني
مية ولا ميتين درهم كل سيمانة. ف الجمعية، الحاجة {PER:ربيعة} والمحامي {PER:الصديقي} شرحو ليا الحقوق ديالي،
وقالو ليا ما عندهومش الحق ياخدو فلوسي. دابا ملي كيوقفني شي بوليسي كنقول ليه نعيط للمحامي ديالي، وكنوريه
النمرة {PHONE:0661 27 39 84}. من ديك النهار ما بقاش كيقربو ليا. حسيت براسي بنادم. وعرفت حتى الرقم الأخضر 8350 إلا وقع ليا شي عنف.
""", ["police_harassment", "rights_awareness", "self_esteem"]),
    ("b10-ary-02", "ary", """
ملاحظة ديال المنشطة {PER:كوثر}، طنجة. |
{PER:سكينة}، تسعطاش عام، جات من {LOC:دوار بني يدر} حدا تطوان. باها ضربها وجرا عليها من الدار حيت شافها مع
واحد الدري. خدمات ف {LOC:حي مسنانة} ف واحد الدار، وشي وحدين بداو كيبيعوها للرجال. خالتي {PER:طامو}، وحدة من
النساء ديال المجموعة، جابتها للمركز. دابا ساكنة ف دار الإيواء ديال الجمعية، ودارت التحاليل ف المستشفى
محمد الخامس، كلشي سلبي. كتقرا الحلاقة عند {PER:مريم الريفي} ف {LOC:صالون ياسمين}. رقم
البطاقة الوطنية ديالها ما كاينش حيت باقي صغيرة، ولكن عقد الازدياد رقم {ID:٤٢٧/٢٠٠٦} تجبد من الجماعة.
""", ["trafficking", "housing", "vocational_training"]),
    ("b10-ary-03", "ary", """
تسجيل صوتي ديال {PER:حليمة}، مكتوب من طرف {PER:سناء}: |
«السلام عليكم أختي. بغيت نقول ليك بلي مشيت للطبيبة النفسانية اللي عطيتيني، الدكتورة {PER:بنكيران}.
كنت خايفة، ولكن هي ضريفة بزاف. قلت ليها على الكوابيس، وعلى داكشي اللي دار ليا واحد الكليان ف الأوطيل
{LOC:فندق الوحدة}. عطاتني دوا ديال النعاس، وغادي نرجع ليها نهار الخميس. ولدي {PER:أنس} قال ليا ماما وليتي كتضحكي.
حتى الشراب نقصت منو بزاف، ما بقيتش كنشرب كل ليلة. إلا بغيتي تعيطي ليا، راه بدلت النمرة، هادي هي الجديدة:
{PHONE:07 06 53 19 28}. الله يجازيك بخير.»
""", ["mental_health", "addiction", "violence_sexual"]),
    ("b10-ary-04", "ary", """
س: شنو تبدل ف حياتك؟ |
ج: ولات عندي الأوراق. أنا {PER:أميناتا}، من الكوت ديفوار، كنت عايشة ف كازا بلا والو. |
س: كيفاش وقع هادشي؟ |
ج: {PER:بلقيس} ديال الجمعية عاونتني نجمع الوراق، والمحامية {PER:لطيفة} مشات معايا للمكتب ديال الأجانب. دابا عندي
بطاقة الإقامة رقم {ID:C-9027714-W}. |
س: وشنو تبدل من بعد؟ |
ج: ولديت بنتي {PER:نور} ف المستشفى ابن رشد، وسجلتها، وداكشي اللي كان مستحيل. قبل كنت خايفة نمشي للسبيطار. ونور
ديال الصباح ف {LOC:حي الفرح}، فين ساكنة، ولى عندي معنى آخر. |
س: شكون اللي عاونك أكثر؟ |
ج: {PER:بلقيس}، والله. النمرة ديالها عندي ف الراس: {PHONE:+212 6 63 08 41 75}.
""", ["civil_documents", "reproductive_health", "access_to_care"]),
    ("b10-ary-05", "ary", """
المجموعة ديال الهضرة، مراكش، نهار الجمعة. كتبات {PER:زهور}. |
حضرو: {PER:فاطنة}، {PER:عزيزة}، المثقف بالنظير، {PER:السعدية}، و{PER:بشرى}. |
{PER:عزيزة} حكات كيفاش ولادها ما بقاوش كيهضرو معاها ملي عرفو الخدمة ديالها، وكيفاش بقات شهر كامل ما كتاكلش
وما كتخرجش. وحدة من المجموعة قالت ليها حتى هي دازت من هادشي، وبنتها {PER:سلوى} رجعات ليها من بعد عامين، وولات
كتجيب ليها الحفيد نهار الحد. الأخرى قالت بلي الناس ف {LOC:حي المحاميد} كيعايروها، ولكن ف المجموعة كتحس براسها
مرتاحة وما كتحشمش. المثقف بالنظير فرق الكوندومات والجيل، وشرح فين تمشي اللي بغات الدوا ديال الأعصاب. تفقنا نتلاقاو ف {LOC:مقهى الأطلس} ف
{LOC:الداوديات} الجمعة الجاية. رقم المنشطة: {PHONE:٠٦٧٢٤٤٠٩١٣}.
""", ["peer_support", "family_relations", "stigma_discrimination"]),
    ("b10-ary-06", "ary", """
أنا {PER:ياسمين}، ساكنة ف {LOC:دوار الدوم} ف الرباط. كان عندي صاحبي {PER:أيوب} كيهددني ديما: إلا خليتيه غادي
يصيفط التصاور ديالي لعائلتي ف بني ملال، وغادي يقول لخويا {PER:حمزة}. كان كيسبني وكيقول ليا نتي ما كتسواي
والو. ف الجمعية، المحامية {PER:حسناء العمراني} عاونتني ندير شكاية على التشهير، والملف رقم {ID:١٥٢/٢١٠٥/٢٠٢٥}.
والمساعدة الاجتماعية، {PER:سميرة}، جاوبتني ف الليل ملي كنت خايفة. دابا هو عندو منع الاقتراب. ولقيت
راسي كنقدر نقول لا، وكنخرج بوحدي، وما بقيتش كنخاف من التيليفون ملي كيصوني. رجعت حتى نهضر مع ماما، وقلت ليها
كلشي، وهي قالت ليا الغلط ماشي عليك. بعتي ليا على {EMAIL:yasmine.rbt22@gmail.com} إلا بغيتي الصور ديال المحضر.
""", ["violence_psychological", "legal_support", "self_esteem"]),
]
# ---- SMS / WhatsApp in Latin letters (6 Darija-French, 4 French) ----
STORIES += [
    ("b10-sms-01", "ary", """
Conversation WhatsApp copiée par l'animatrice avec l'accord de {PER:Hajar} (les messages de son amie sont en retrait). |
- salam a {PER:ghizlane} labas? |
    - hamdullah, chno kayn? |
- dak lmouchkil dyal {PER:bilal}, rah ja l dar o 9al lia ila ma3tatich 2000dh ghadi yfdhni 3nd
lfamille, 3ndo tsawer dyali. khayfa bzaf, ma n3sst lbare7 |
    - matkhafich, sifti liya numero dyalo, w ghdda nmchiw m3a {PER:nezha} l jam3iya, kayna
avocate tma |
- hahwa {PHONE:0677-412-908} |
    - ok. w ila ja lyom 3iyti 19 direct. fin nt9ablo? |
- f {LOC:cafe Anfa} 9dam {LOC:résidence Al Firdaous}, 10h |
    - ana w {PER:nezha} wslna |
- l avocate 9alt lia hadchi ismo chantage w rah jarima. tsjlat chikaya, ra9m {ID:MS-4471/25}.
chokran a khti, 7ssit b rassi machi bo7di
""", ["violence_psychological", "violence_economic", "legal_support"]),
    ("b10-sms-02", "ary", """
salam si {PER:mustapha}, hna l jam3iya. bghina ngolo lik bli lmra li sifti lina, {PER:khadija}, jat lyoum
l centre w dart test VIH w syphilis, kolchi negatif. 3titha preservatifs w lubrifiant, w ghadi tbda PrEP
nhar ttnin 3nd dr {PER:Tazi}. ila bghiti tjibha ghir 3ayet 3la {PHONE:05 28 23 61 47}
ola whatsapp {PHONE:+212 661 840 392}. w 3afak golo liha tjib m3aha CIN {ID:J 418 223} bach nsjloha.
w golo liha matkhafch, kolchi f sir, 7ta wa7d ma ghadi y3ref. ila 3ndha chi so2al 3la
dwa wla 3la preservatifs, n9dro nchr7o liha b darija wla b tachl7it. chokran bzaf, l fariq dyal {LOC:hay Salam}. {PER:ouafae}
""", ["hiv_sti_testing", "hiv_prevention"]),
    ("b10-sms-03", "ary", """
Voice note mkteba: |
"{PER:Loubna} m3ak, khti. ana f {LOC:derb Ben Jdia} daba, f dar mi {PER:3icha}. lbare7 dak {PER:lhoucine} drbni b
kass f wjhi, 3ndi jer7 kbir. ma bghitch nmchi l sbitar 7it khayfa mn lbolis. hiya 9alt lia ghadi t3iyet
3la {PER:mina} dyal jam3iya bach tji m3aya, 7it hiya kat3rf tbib f lurgence ma kaysawlch bzaf. 3afak 3iyti lia 3la {PHONE:06 99 14 27 05}, tiliphon lakhor
t7rss. ila ma jawbtch, 9olha l {PER:zakia} f {LOC:snack Lmadina}, rah kat3rf fin ana. w ma t9olich l 7ta wa7d akhor." |
(transcrit par la médiatrice, suivi fait : urgences + certificat medical)
""", ["violence_physical", "access_to_care"]),
    ("b10-sms-04", "ary", """
WhatsApp, groupe « lkhwatat » : |
- slt lbnat, ana {PER:jamila}, wsalni msg mn {PER:souad} mn Italie, kat9ol bli khdmat f usine w katsift
flous l mmha. hamdullah 3la salamtha |
- numero jdid dyalha {PHONE:+39 347 218 6604} |
- chkon ghadi tji l formation d patisserie lkhmis? {PER:rahma} w {PER:fouzia} kaynin |
- ana ghadi nji m3a {PER:imane}, ila l9ina chi wa7d y3ss lwlid |
- 3ndi cv, l assistante 3awnatni ndiro f l centre, ila chi wa7da bghat ncopyiha liha |
- w l formation fin? |
- f {LOC:hay Mohammadi}, 9dam {LOC:hammam Sidi Othmane}, inscription 50dh |
- mzyan, fhmt. 3ndi interview f restaurant f centre ville nhar ttlat, d3iw m3aya
""", ["vocational_training", "income_employment", "peer_support"]),
    ("b10-sms-05", "ary", """
Bonsoir mme {PER:Rachidi}, c {PER:Oumaima}. sm7i liya 3la lwe9t. bghit ngolik bli l juge 3tani l7adana dyal
{PER:sanae} w {PER:yahya}, w {PER:abdelkrim} khasso ykhlass 1500dh kol chhar nafaqa. rqm lmlf {ID:1289/1615/2025}.
l7a9 lm7amia {PER:Bennis} kant wa3ra bzaf, w ntouma li 3awntoni nfhm l7o9o9 dyali. kont
kan7sab rasi ma 3ndi 7ta 7a9, 7it kankhdem f lil, w daba 3rft bli l9anoun kay7mi ta ana w ldrari. daba ana w ldrari f dar
jdida f {LOC:hay Karima}, Salé. ila bghiti tktbli ha l email : {EMAIL:oumaima.b (at) gmail (dot) com}. merci
bezzaf, allah y7fdk.
""", ["family_law", "legal_support", "rights_awareness"]),
    ("b10-sms-06", "ary", """
[09:02] {PHONE:+212 6 12 55 80 31}: sbah lkhir, wach hadi jam3iya? |
[09:05] jam3iya: ah sbah nour, chkon m3ana? |
[09:06] {PHONE:+212 6 12 55 80 31}: moi c {PER:Karima}, mn {LOC:douar Lgharbi}. sa7bti {PER:wafaa} 3tatni numero.
3ndi VIH mn 3amayn w 9tt ddwa mn chhar 7it ma3ndich flous dyal transport l sbitar Ibn Tofail |
[09:09] jam3iya: ok {PER:karima}, matkhafich. kayn mediatrice {PER:Asmae}, tji 3ndk ghda. chno l3nwan? |
[09:11] {PHONE:+212 6 12 55 80 31}: {LOC:zn9a 7, ra9m 22, douar Lgharbi} |
[09:12] jam3iya: waxxa. w ddwa kayn f CHU Mohammed VI, 7na nkhlsso transport. |
[09:15] {PHONE:+212 6 12 55 80 31}: lah ykhlf 3likoum
""", ["hiv_care", "access_to_care"]),
    ("b10-sms-07", "fr", """
Slt {PER:Nadia} c {PER:Prisca}. Jsuis devant le commissariat de la {LOC:Joliette}, les keufs mont pris mon tel et
mon sac, ils disent que g pas de papiers alors que g le recepissé {ID:1307925816} sur moi. Ils mont insultée,
sale africaine etc. Tu px appeler Me {PER:Garnier} stp ? Son num c {PHONE:04 91 90 27 63}. Moi rappelle sur le
tel de {PER:Ornella}, le {PHONE:07 81 36 52 94}. |
--- |
Ok ma belle jappelle mtn. Ton avocate arrive dans 30 min. Dis rien sans elle. Et si ils te touchent tu
demandes un medecin. Bisou
""", ["police_harassment", "stigma_discrimination", "legal_support"]),
    ("b10-sms-08", "fr", """
Coucou c {PER:Marie-Laure} de l'asso. Jai eu ta demande dhebergement, ya une place au CHRS {LOC:rue
des Chartreux} a partir de lundi, 3 mois renouvelables. Tu dois venir avec ta carte AME
et ton avis dexpulsion. La bailleuse Mme {PER:Ferrero} na pas le droit de garder tes affaires, {PER:Sofiane} ira
les chercher avec toi mardi a 14h. Pour le colis alimentaire cest toujours le jeudi chez la bénévole, {LOC:8 rue
Consolat}. Si besoin mon portable : {PHONE:06 14 09 88 23} ou mon mail {EMAIL:ml.hebergement@asso13.org}, le 115 sinon la nuit. Courage {PER:Anita} !
""", ["housing", "food_security"]),
    ("b10-sms-09", "fr", """
[Mer 20:41] {PER:Véro}: t'es où ma belle ? t'as pas répondu depuis 3 jours |
[Mer 23:10] {PER:Tatiana}: dsl jsuis chez moi, j'arrive plus à sortir. jbois toute la journée. j'ai plus envie de rien |
[Mer 23:11] {PER:Véro}: je passe demain avec {PER:Ludmila}. T'habites toujours {LOC:résidence Les Tilleuls} ? |
[Mer 23:12] {PER:Tatiana}: oui, bat D, 4e. le code c'est 4521 |
[Jeu 18:30] {PER:Véro}: merci de nous avoir ouvert. le CMP te rappelle au {PHONE:03 88 60 17 49} pour le rdv avec la psy. |
[Jeu 18:31] {PER:Tatiana}: merci. ça m'a fait du bien de vous voir. vraiment. |
[Jeu 18:33] {PER:Ludmila}: on est là ma chérie. dimanche on fait le repas chez moi, tu viens
""", ["mental_health", "social_isolation", "addiction"]),
    ("b10-sms-10", "fr", """
bjr c'est {PER:oksana}, on s'est vu au camion jeudi sur le {LOC:boulevard de Strasbourg}. la femme qui m'a fait le
test elle s'appelle comment dj ? {PER:nathalie} ? elle m'a dit de l'appeler pour le résultat. c positif pour
l'hépatite B. je sais pas quoi faire, j'ai peur pour mon fils {PER:artem}. mon num polonais c'est
{PHONE:+48 512 884 207}, mon mail {EMAIL:oksana_kr88[at]wp[point]pl}. je suis libre lundi après 11h. le médecin
du CeGIDD c'est dr {PER:Leclerc} je crois. merci d'avance, {PER:oks}
""", ["hiv_sti_testing", "access_to_care", "family_relations"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_dev11.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
