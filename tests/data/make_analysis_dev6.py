"""Generate tests/data/analysis_dev6.jsonl, development set 6 (formerly blind set 5).

Written on 2026-12-01 by the blind writer ``blind5`` from the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels), the description of the method
(shared/design/msc-method.md), the French context documents in
shared/context/ (for situations and vocabulary only; no real person is
copied) and point 6 of issue 10, WITHOUT reading the analysis engine, its
pattern lists, its tests or the stories of any other evaluation set. Only the
module docstring (format and marking conventions) and the helper functions of
make_analysis_blind4.py were read, so that the two blind sets are comparable.
It is to be scored ONCE; never tune the engine on it (once it has been used
for tuning it is no longer blind, and a new blind set must be written).

The 60 stories below are fictional (no real person; street and
neighbourhood names are real places, people are invented): 24 French,
14 English, 12 in Arabic script (6 Modern Standard Arabic, lang "ar"; 6
Moroccan Darija, lang "ary") and 10 SMS/WhatsApp messages in Latin letters
(6 Darija mixed with French, lang "ary"; 4 French SMS, lang "fr"). Registers:
telegraphic case notes, Q/R (Q/A, س/ج) interview transcripts, transcribed
voice notes, third-person reports by peer educators, letters, follow-up
lists, WhatsApp threads with timestamps. Settings: Bordeaux and its
suburbs, Moroccan cities (derb, hay, douar, médina, zanqa), and migrant
routes (Nigeria, Guinea, Côte d'Ivoire, Cameroon, Congo, Sierra Leone,
Ghana, Romania, Moldova, Colombia, Brazil, Venezuela).

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points; emoji count as one) and checks that every
span reads back exactly. In the story sources, physical lines are joined
with one space; a line ending in `` |`` ends with a real newline instead
(used for interview turns, list items and message lines).

Marking conventions (the same as blind set 4, whose docstring states them):
- PER: the name only (first name, family name, full name as one span, or
  nickname), never the title or respect/kinship word before it (Mme, Madame,
  Mlle, M., Maître, Me, Dr, Docteur, Mrs, Mr, Ms, Sister, Nurse, Auntie,
  Mama, Maman, Mémé, Tata, Lalla, Hajja, Si, السيدة, لالة, الحاجة, الأستاذة, الطبيبة), nor an article
  before a nickname (« la Gata » -> Gata), nor a possessive ending. Every
  occurrence is marked, lowercase SMS names included. In Arabic script an
  attached proclitic (و، ب، ف، ل) is not part of the span.
- LOC: a place precise enough to find someone. With a cue noun, the cue plus
  the name (quartier, hay, derb, douar, rue, avenue, boulevard, cours, quai,
  place, route, résidence, café, hôtel, salon, gare, حي، دوار، زنقة، شارع، درب، حومة),
  without the article or preposition before it (an article that is part
  of the proper name, « La Bastide », is inside); a bare neighbourhood or
  village name is marked alone. Streets and neighbourhoods named after people
  or kings are LOC, not PER. Not marked: large cities, countries, provinces
  and regions, and generic places without a name (la médina, la rue, الزنقة).
- PHONE: the whole number with its prefix (+212, 00212, +33, 0033) and its
  separators (spaces, dots, hyphens), Arabic-Indic digits included. Public
  service numbers (115, 3919, 119, the free national helplines) are not
  marked.
- EMAIL: the whole address; an obfuscated address is EMAIL, the whole
  written form (« prenom arobase gmail point com »).
- ID: the number only, not its cue (CIN, AGDREF, UNHCR/HCR, passport,
  dossier, n°, numéro, number, file no., رقم); letter prefixes, inner spaces,
  hyphens and slashes that belong to the number are inside the span. Ages,
  dates, amounts are not IDs.
- Initials are names (« Mme B. » -> « B. »); particles belong to the name
  (Ben, El, Ait, Ould, Ngo, de, da, dos). A name that is also a common word
  or a city is PER only when it names a person. Numbers given only in words
  are not PHONE. Communes of a metropolitan area (Mérignac, Bègles, Pessac,
  Cenon, Talence, Lormont, Inezgane, Yopougon in Abidjan) count as towns:
  not marked; their quartiers, streets and residences are.
- ID also covers passport numbers, French social-security numbers (with
  their inner spaces), AGDREF and récépissé numbers, UNHCR case and
  certificate numbers, court file numbers (« RG 24/03318 »), complaint
  numbers (« PV n° 2025/00871 ») and CAF, legal-aid or micro-credit file
  numbers after a cue.
- Hard negatives, left unmarked on purpose: institutions named after people
  or saints (hôpital Ibn Rochd, CHU Pellegrin, hôpital Saint-André,
  centre hospitalier Charles Perrens, hôpital Hassan II, مستشفى ابن رشد),
  organisations and services (ALCS, CIDAG, La CASE, CeGIDD, CAARUD, Cimade,
  OFII, OFPRA, préfecture, CCAS, CAF, Planning familial, UNHCR, Entraide
  Nationale, Al Amana, جمعية محاربة السيدا), big cities and countries, months,
  days and feasts, drug names, words that are also names used as common
  words, a title inside a venue name, and titles without a name.

Cases this set adds, marked in the same spirit (stated here so that the
gold is unambiguous):
- A numbered address is one LOC span from the number to the end of the
  street name; building and flat details written right after it, joined by
  a comma, are inside that span (« 27 rue Bouquière, bâtiment B, appt 14 »).
  A building or flat given alone, without a street or named residence, is
  not marked.
- A named bar, snack, hammam, hotel or café used as a meeting place is LOC
  with its cue noun (« bar Le Kilimandjaro », « snack Chez Momo »: the name
  inside a venue name is not a separate PER).
- Kinship and respect words in Darija or Latin-letter Darija (khalti, 3ammi,
  khti, lalla, hajja, خالتي، عمي، الحاج) are not part of the span; the name
  after them is PER. « Madam » before a name in Nigerian English is a title
  (« Madam Gift » -> « Gift »); « the madam », « la mama » alone are not
  marked.
- A phone number dictated in two pieces (« 06 74 31 … et la fin 88 05 »)
  is two PHONE spans, one per written piece. A number inside a WhatsApp
  link is marked as the digits only.
- Numbers used as letters in Latin-letter Darija (3, 7, 9: « m3a », « 7ta »)
  are words, never PHONE or ID.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
As in blind set 4: access_to_care is given when the story presents getting
into care as a step (first consultation, referral, emergency care, health
coverage); family_relations is given for relations with children, family or
partner that are not themselves the violence (a rejection by family alone is
violence_psychological). Abuse by police is police_harassment, and also
violence_economic when money is taken and violence_psychological when the
story describes threats or humiliation.

Run:  python3 tests/data/make_analysis_dev6.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")

THEMES = {
    "violence_physical", "violence_sexual", "violence_psychological",
    "violence_economic", "trafficking", "police_harassment", "hiv_sti_testing",
    "hiv_prevention", "sti_care", "hiv_care", "reproductive_health",
    "mental_health", "addiction", "legal_support", "civil_documents",
    "family_law", "housing", "food_security", "vocational_training",
    "income_employment", "self_esteem", "peer_support", "social_isolation",
    "stigma_discrimination", "rights_awareness", "family_relations",
    "access_to_care",
}

# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---------------------------------------------------------------- French (24)
STORIES += [
    ("b5-fr-01", "fr", """
Entretien du 14/03, permanence de Bordeaux. Mme {PER:Ioana Dumitru}, 31 ans, roumaine,
arrivée en 2022 avec {PER:Costel}, « l'ami » du village qui gardait son passeport
(n° {ID:058213447}). Travail de rue {LOC:quai de Paludate}, 60 € par soir remis à
{PER:Costel}, le reste confisqué. Frappée deux fois quand elle a gardé un billet.
S'est enfuie en janvier. Accompagnée au consulat pour un nouveau passeport, puis chez
Maître {PER:Lefèvre-Sarr} pour la plainte (PV n° {ID:2025/00871}). Hébergée depuis
février chez une amie, {LOC:résidence Les Lauriers, bâtiment C}, à Cenon. Dit qu'elle
dort enfin la nuit. Contact : {PHONE:07 58 21 66 03}.
""", ["trafficking", "violence_physical", "violence_economic", "civil_documents",
      "legal_support", "housing"]),

    ("b5-fr-02", "fr", """
Q : Comment ça a commencé ? |
R : J'habitais {LOC:derb Dabachi} avec ma mère. Le soir je travaillais vers
{LOC:Bab Doukkala}. Un policier, on l'appelait {PER:Chafik}, venait chaque vendredi. |
Q : Il venait pour quoi ? |
R : Pour l'argent. Deux cents dirhams, sinon il m'emmenait au commissariat et disait
qu'il appellerait ma mère. Une fois il m'a gardée une nuit entière. |
Q : Et l'ALCS ? |
R : C'est {PER:Rkia}, l'éducatrice, qui m'a parlé du CIDAG. J'ai fait le test VIH et
la syphilis, négatif. Elle m'a expliqué que je pouvais porter plainte, qu'on a des droits
même dans ce travail. Je n'ai pas porté plainte, mais maintenant je sais où aller. |
""", ["police_harassment", "violence_economic", "violence_psychological",
      "hiv_sti_testing", "rights_awareness"]),

    ("b5-fr-03", "fr", """
[transcription d'un message vocal, 2 min 40] Allô tantine, c'est {PER:Osas}. Je suis
toujours à Bordeaux, mais plus chez Mama {PER:Efe}. Elle disait que je devais encore
30 000 euros pour le voyage depuis Benin City, et chaque semaine la dette montait. Le
juju, le serment, j'avais peur pour ma petite sœur au pays. Le monsieur de l'association,
{PER:Julien}, m'a trouvé une place au 115 et il a appelé la police avec moi. Ils ont pris
ma déposition. Mama {PER:Efe} a envoyé des messages, elle dit qu'elle va tuer ma famille.
Je ne réponds plus. Mon nouveau numéro c'est le {PHONE:06 44 17 92 38}, ne le donne à
personne s'il te plaît. Je prie pour toi.
""", ["trafficking", "violence_psychological", "housing", "legal_support"]),

    ("b5-fr-04", "fr", """
Agadir, le 2 mai. Chère Madame {PER:Haddaoui}, je vous écris pour vous dire merci. Il y a
un an je ne savais même pas tenir des ciseaux. Grâce à la formation en coiffure que vous
m'avez trouvée à l'Entraide Nationale, je travaille maintenant au {LOC:salon Lalla Mouna}
à {LOC:Talborjt}, trois jours par semaine, et je gagne ma vie sans rendre de comptes à
personne. Ma fille {PER:Salma} va à l'école et je paie moi-même ses cahiers. Je me
regarde autrement dans le miroir. Si une autre fille a besoin de parler, donnez-lui mon
numéro, le {PHONE:0661.42.87.19}. Avec tout mon respect, {PER:Naima}.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),

    ("b5-fr-05", "fr", """
Compte rendu de maraude, nuit du jeudi. Avec {PER:Dayana}, médiatrice paire, nous avons
rencontré cinq personnes sur le {LOC:cours de la Marne} et près de la {LOC:gare Saint-Jean}.
{PER:Valentina Restrepo}, femme trans colombienne, nous a raconté qu'un pharmacien de la
rue lui avait refusé ses hormones « parce que ce n'est pas pour des gens comme vous ». Elle
a pris rendez-vous au CeGIDD pour commencer la PrEP et a emporté préservatifs et gel.
{PER:Gata}, comme on l'appelle, vénézuélienne, est venue pour la première fois : isolée, sans amie en
France, elle ne parle à personne depuis deux mois. Elle viendra au groupe de parole de
mardi. Distribution : 140 préservatifs, 30 kits.
""", ["stigma_discrimination", "hiv_prevention", "social_isolation", "peer_support"]),

    ("b5-fr-06", "fr", """
Fiche de suivi — situation au 20/10 |
- Nom d'usage : {PER:Fatoumata Koné}, dite {PER:Fatou} |
- Téléphone : {PHONE:+33 6 71 04 29 83} / ancien {PHONE:0033 7 80 55 12 64} |
- Adresse : {LOC:12 rue Pelleport} (chez {PER:Aminata Sow}) |
- Titre de séjour : récépissé, AGDREF {ID:3312987465} |
- Santé : dépistage VIH et hépatites au CeGIDD le 03/10, hépatite B positive, suivie à
l'hôpital Saint-André |
- Social : dossier CAF déposé, numéro allocataire {ID:4471205} ; colis alimentaire tous
les quinze jours |
- Remarque : parle de sa fille restée à Abidjan, l'appelle chaque dimanche. |
""", ["civil_documents", "hiv_sti_testing", "sti_care", "food_security",
      "family_relations", "access_to_care"]),

    ("b5-fr-07", "fr", """
Récit recueilli à Casablanca, traduit du darija. Elle a été mariée à seize ans par son père
à un cousin, {PER:Hamid Ouazzani}, qui la frappait et l'insultait devant les voisins de
{LOC:Hay Hassani}. Après deux enfants, elle est partie. Au tribunal de la famille, Maître
{PER:Bennis} a obtenu le divorce et une pension alimentaire de 800 dirhams pour les enfants,
mais {PER:Hamid} ne paie pas. Sa carte nationale (CIN {ID:BH 312907}) était restée chez sa
belle-mère ; l'avocate l'a aidée à la refaire. « Aujourd'hui c'est moi qui signe les
papiers de mes enfants », dit-elle. Elle vend des msemmen devant l'école.
""", ["violence_psychological", "violence_physical", "family_law", "legal_support",
      "civil_documents", "income_employment", "family_relations"]),

    ("b5-fr-08", "fr", """
Elle s'appelle {PER:Mariam Traoré}, elle a 24 ans, elle vient de Côte d'Ivoire. Le passeur
l'a laissée à Oujda après le désert. Dans un ghetto près de la frontière, trois hommes l'ont
violée. Arrivée à Rabat, elle a dormi chez une compatriote à {LOC:Takadoum}, puis le HCR
l'a enregistrée : numéro de dossier {ID:RBT-24C02871}. À la clinique, on lui a fait une
contraception d'urgence trop tard ; elle a découvert qu'elle était enceinte. La psychologue
de l'association la voit tous les quinze jours. Elle dit que le plus dur, c'est les nuits,
quand les images reviennent.
""", ["violence_sexual", "housing", "civil_documents", "reproductive_health",
      "mental_health"]),

    ("b5-fr-09", "fr", """
Témoignage de {PER:Rose}, 46 ans. « J'ai appris ma séropositivité en 2019, au CHU
Pellegrin. Au début je jetais les comprimés. C'est {PER:Awa}, la médiatrice, qui m'a
accompagnée chez le Dr {PER:Marchetti}. On a changé pour un seul comprimé par jour, le
Biktarvy, et maintenant ma charge virale est indétectable. Je ne me cache plus de mes
enfants, je leur ai dit. Mon fils {PER:Kévin} m'accompagne parfois aux rendez-vous. Je
donne même mon témoignage dans les groupes pour les nouvelles. » Elle tient à ce qu'on
écrive qu'une rose ne fane pas si vite.
""", ["hiv_care", "family_relations", "peer_support", "self_esteem"]),

    ("b5-fr-10", "fr", """
Note de la psychologue, Mme {PER:B.}, séance 6. Mme {PER:S. Haddad} évoque à nouveau
des idées suicidaires après l'agression de l'été dernier par un client, {LOC:rue de la Rousselle}.
Hospitalisée dix jours au centre hospitalier Charles Perrens en septembre. Aujourd'hui elle
dit dormir mieux, reprendre le goût de cuisiner. Elle a participé deux fois au groupe de
parole du mardi et s'y sent « moins folle, parce que les autres ont vécu pareil ». Elle
craint toujours de croiser l'agresseur, qu'elle appelle « le {PER:Gros} ». Prochaine séance
le 12.
""", ["mental_health", "violence_physical", "peer_support"]),

    ("b5-fr-11", "fr", """
Au squat de {LOC:Bacalan}, {PER:Nana} fumait du crack depuis trois ans. Une nana du
squat l'a emmenée au CAARUD, d'abord pour le matériel propre, puis pour parler. Elle a
commencé la méthadone au CSAPA en avril. Elle raconte qu'un client l'a gardée enfermée
deux jours dans une chambre de l'{LOC:hôtel du Faubourg}, près de la gare. Depuis, elle ne
monte plus dans les voitures et fait la manche devant le {LOC:snack Chez Momo}. « Je dois encore prouver que je suis pas juste une
toxico », dit {PER:Nana}. L'assistante sociale l'aide à demander un logement.
""", ["addiction", "violence_physical", "housing"]),

    ("b5-fr-12", "fr", """
À Marrakech, {PER:Zineb El Amrani} vit à {LOC:Sidi Youssef Ben Ali} avec son fils. Lalla
{PER:Rkia}, paire éducatrice de l'ALCS, l'a convaincue de faire le test à l'unité mobile.
Positif. Sa sœur {PER:Ghizlane} l'a chassée de la maison familiale en disant qu'elle était
une honte. Elle a commencé le traitement à l'hôpital Ibn Tofail avec le Docteur {PER:Ait Lahcen} et ne rate
aucune prise.
« Lalla {PER:Rkia} m'a appris à ne pas baisser les yeux », dit-elle. Elle rejoint chaque
mois les femmes du groupe de soutien.
""", ["hiv_sti_testing", "violence_psychological", "hiv_care", "self_esteem",
      "peer_support", "stigma_discrimination"]),

    ("b5-fr-13", "fr", """
Récit de {PER:Hanane}, Agadir. Elle retrouvait ses clients à l'{LOC:hôtel Tafoukt Sud},
près du port. Un soir, un client a refusé de payer et lui a pris les 600 dirhams de sa
semaine. Le lendemain, la police a fait une descente : {PER:Hanane} a été emmenée, insultée
pendant tout le trajet, relâchée au matin après avoir « donné » son téléphone. Elle ne
voulait plus sortir. Avec l'association elle a appris ce que dit la loi et qu'elle pouvait
se faire accompagner. Elle vit désormais chez sa tante Hajja {PER:Fadma} à {LOC:Anza}.
""", ["violence_economic", "police_harassment", "violence_psychological",
      "rights_awareness"]),

    ("b5-fr-14", "fr", """
{PER:Thaís Oliveira dos Santos}, brésilienne, trans, à Bordeaux depuis 2021. Elle a
attendu onze mois un rendez-vous à la préfecture ; son récépissé porte le numéro
{ID:3307154892}. Sans papiers elle ne pouvait pas ouvrir de compte ni signer de bail.
L'OFII lui a enfin accordé la carte. « Mon nom est écrit, c'est le mien, pas celui que
mon père m'a donné. » Pour la suivre, elle donne son adresse :
{EMAIL:thais.bordeaux arobase gmail point com}. Elle cherche maintenant une formation
d'esthéticienne au GRETA.
""", ["civil_documents", "self_esteem"]),

    ("b5-fr-15", "fr", """
Q : Vous êtes arrivée quand ? |
R : En 2023, par l'Espagne. Mes enfants sont restés à Douala chez ma mère. |
Q : Comment vous appelez-vous, pour la fiche ? |
R : {PER:Grâce Ngo Biyong}. Tout le monde m'appelle Maman {PER:Gracie}... enfin
{PER:Gracie}. |
Q : Qu'est-ce qui a changé ? |
R : Au Planning familial on m'a posé un implant. Avant je prenais la pilule d'urgence
tout le temps, j'avais peur de tomber enceinte. Maintenant j'envoie de l'argent à mes
enfants chaque mois par Western Union, et on se parle en vidéo le dimanche. |
Q : Un numéro pour vous joindre ? |
R : Zéro sept, douze, trente-trois... non, passez plutôt par l'association. |
""", ["reproductive_health", "family_relations"]),

    ("b5-fr-16", "fr", """
Tanger. Elle a quitté sa famille de {LOC:Beni Makada} à dix-neuf ans. Une femme du
quartier, khalti {PER:Zohra}, lui avait promis un travail de serveuse. En fait c'était un
appartement au {LOC:4 zanqa Moulay Slimane}, avec d'autres filles ; {PER:Zohra} gardait les
cartes d'identité et prenait tout l'argent. Un homme, {PER:Abdelilah} dit {PER:Lbacha},
surveillait la porte. Elle s'est enfuie après huit mois. La cellule d'écoute de
l'association l'a mise en contact avec une avocate, Me {PER:Chraïbi}, et elle a témoigné contre le réseau.
""", ["trafficking", "violence_economic", "legal_support"]),

    ("b5-fr-17", "fr", """
Fès. Hajja {PER:Fatna} a 52 ans et vit dans la médina, au {LOC:derb Zerbtana}. Pendant
des années elle a travaillé la nuit pour nourrir ses trois petits-enfants. Avec l'aide de
l'association, elle a suivi six mois de formation en couture et obtenu un micro-crédit
d'Al Amana pour acheter une machine. Elle coud des caftans pour les voisines. « Je n'ai
plus faim et je ne demande plus à personne », dit-elle. Sa voisine Lalla {PER:Khadouj}
lui apporte des clientes. Elle a même appris à lire un peu au cours du soir.
""", ["vocational_training", "income_employment", "food_security", "self_esteem"]),

    ("b5-fr-18", "fr", """
Note sociale. Mme {PER:Sandrine Lacoste}, 39 ans, expulsée le 28/11 de son logement
{LOC:résidence Les Aubiers, bâtiment 4, appt 112}. Le propriétaire, M. {PER:Pereira},
a changé la serrure sans décision de justice (tél. du propriétaire : {PHONE:05.56.39.87.12}).
Ses affaires sont restées dedans. Orientée vers le CCAS pour une domiciliation et vers
une avocate pour contester l'expulsion. Colis des Restos du cœur pour la semaine. Elle dit
qu'elle a honte de demander et qu'elle n'en parle pas à sa fille. Pour les
convocations, elle donne son adresse {EMAIL:sandrine.lacoste33@laposte.net}.
""", ["housing", "legal_support", "food_security"]),

    ("b5-fr-19", "fr", """
Rapport du groupe du jeudi, Bègles. Six femmes présentes. {PER:Blessing} a raconté comment
elle a trouvé un travail au pressing. {PER:Joy} a apporté du riz jollof et la joie de tout
le monde était visible. {PER:Precious Igbinedion} est venue pour la première fois avec
{PER:Chance}, sa cousine ; elles disent que sans le groupe elles n'auraient pas tenu cet
hiver. Ce n'est pas de chance, disent-elles, c'est l'entraide. Le groupe a décidé de créer
une cagnotte pour avancer les tickets de tram. Prochaine séance chez {PER:Blessing}, qui
invite tout le monde.
""", ["peer_support", "income_employment"]),

    ("b5-fr-20", "fr", """
Interpellée en avril {LOC:place de la Victoire} lors d'un contrôle, {PER:Alina Rusu}, moldave,
a reçu une OQTF. Les agents ont fouillé son sac, gardé son argent et l'ont traitée de
« pute de l'Est ». Maître {PER:Nadia Ben Youssef} a contesté l'obligation de quitter le
territoire devant le tribunal administratif et a gagné. Pour la joindre :
{EMAIL:n.benyoussef.avocate@outlook.fr}. {PER:Alina} dit qu'elle a découvert qu'elle avait
des droits, même sans papiers.
""", ["police_harassment", "violence_economic", "violence_psychological", "legal_support",
      "civil_documents", "rights_awareness"]),

    ("b5-fr-21", "fr", """
{PER:Fatoumata Camara} est guinéenne. Sur la route, entre Maghnia et Oujda, elle a été
violée par des hommes armés. Elle a accouché seule à l'hôpital Al Farabi d'Oujda d'une
petite fille, {PER:Hawa}. Pendant un an l'enfant n'avait aucun acte de naissance :
l'assistante sociale de l'association l'a accompagnée au bureau d'état civil et la petite
a enfin été inscrite. Elles vivent à {LOC:hay Al Qods} dans une chambre partagée.
{PER:Fatoumata} dit que le jour où elle a tenu le papier, elle a pleuré.
""", ["violence_sexual", "reproductive_health", "civil_documents", "family_relations",
      "housing"]),

    ("b5-fr-22", "fr", """
Lettre d'{PER:Espérance}, à lire au comité. « Je suis arrivée de Kinshasa sans rien,
sans l'espérance de rien. Une femme m'a hébergée contre du travail et me frappait. Quand
l'association m'a trouvé une chambre, j'ai commencé à faire des tresses pour les filles
du foyer. Aujourd'hui j'ai mes clientes, je gagne assez pour payer ma chambre. Appelez-moi
pour une coiffure : {PHONE:06-52-18-77-40}. Je suis fière de moi. » Signé {PER:E. M.}
""", ["violence_physical", "housing", "income_employment", "self_esteem"]),

    ("b5-fr-23", "fr", """
Casablanca, {LOC:Derb Sultan}. {PER:Loubna} retrouvait ses clients au {LOC:café La Gazelle
d'Or}, {LOC:boulevard de la Résistance}. Elle ne savait pas qu'elle avait une hépatite C : le test
rapide au CIDAG de l'ALCS a été positif. Elle a été orientée vers l'hôpital Ibn Rochd et a
reçu le sofosbuvir gratuitement. Trois mois plus tard, guérie. Sa CIN {ID:BK512044} avait
été prise par un gardien de la résidence qui exigeait de l'argent pour la rendre ; le
comité l'a récupérée avec elle.
""", ["hiv_sti_testing", "sti_care", "access_to_care", "violence_economic", "civil_documents"]),

    ("b5-fr-24", "fr", """
Rabat, atelier « Connaître ses droits » animé par Si {PER:Mustapha} et Mme {PER:K. El Ouardi},
au local de {LOC:douar El Hajja}. Quatorze participantes. Elles ont appris où porter plainte
pour violence, ce que la police peut ou ne peut pas exiger, et comment obtenir un certificat
médical gratuit. {PER:Souad} a raconté que sa voisine, la Hajja, la traitait de tous les
noms devant les enfants ; elle sait maintenant qu'elle peut demander l'aide de la cellule
femmes victimes de violence à l'hôpital. Les participantes veulent une autre séance en mars.
""", ["rights_awareness", "violence_psychological"]),
]

# ---------------------------------------------------------------- English (14)
STORIES += [
    ("b5-en-01", "en", """
[voice note, transcribed] Good evening ma, it's {PER:Gift}... no, not Madam {PER:Gift},
me, {PER:Gift Osagie}, the small one. I left the house of the madam in Bordeaux last week. She still has my passport, number
{ID:A09871234}.
She said I still owe thirty-five thousand euros from Benin City and that the oath will kill
my mother if I stop. The lady from the association took me to the police and I told them
everything. Now I sleep in the shelter. Please don't call my old line, call
{PHONE:+234 803 512 7749}, that is my brother {PER:Osaro} in Lagos, he will pass the
message. I am afraid but I am free. God bless you ma.
""", ["trafficking", "violence_psychological", "legal_support", "housing"]),

    ("b5-en-02", "en", """
Case note, Agadir, 9 June. Client {PER:Akosua Mensah}, 27, Ghanaian, lives with Auntie
{PER:Ama} in {LOC:Hay Mohammadi}. UNHCR asylum-seeker certificate number
{ID:450-23C00817}, expired in May; renewal appointment obtained. Reports that a client
forced her to have sex without a condom at the {LOC:Atlas Sud hotel} and took back the
money. Taken the same night to Hassan II hospital for PEP; completed the 28 days.
HIV test at 3 months negative. Wants to talk to a counsellor: referred to the
psychologist. Follow-up by peer educator {PER:Comfort}, tel: {PHONE:0661 30 27 84}.
""", ["civil_documents", "violence_sexual", "violence_economic", "hiv_prevention",
      "hiv_sti_testing", "mental_health", "access_to_care"]),

    ("b5-en-03", "en", """
Q: Where were you living when it happened? |
A: In a flat at {LOC:27 rue Bouquière, building B, flat 14}. My boyfriend {PER:Dorin} paid
the rent, so he thought he owned me. |
Q: What did he do? |
A: He locked me in for days, he hit me with a belt, he took my phone. One day the neighbour,
Mrs {PER:Garnier}, heard me and called 17. |
Q: And after? |
A: I was at the women's shelter for four months. Now I have a studio of my own in Talence.
Nobody has the key except me. |
""", ["violence_physical", "housing"]),

    ("b5-en-04", "en", """
Report by peer educator Sister {PER:Mary-Jane Kamara}, Nador. This month I met {PER:Isatu},
19, from Sierra Leone. She crossed through Mali and Algeria and waited months in the camps
near the border. She gave birth at the Al Hassani hospital with the help of a Sister from the
Catholic mission, who asked nothing in return. The baby had no papers; we went together to
the civil registry and to the embassy in Rabat for her passport (number {ID:SL0739124}).
{PER:Isatu} now comes to our Friday group and says she is not alone anymore.
""", ["reproductive_health", "civil_documents", "peer_support", "social_isolation"]),

    ("b5-en-05", "en", """
Dear Dr {PER:Whitfield}, |
I am writing to thank you for the day at the CeGIDD in Bordeaux. Before, I never did any
test, I was ashamed. You explained syphilis and chlamydia without looking at me like dirt.
The antibiotics worked and my partner {PER:Yaw} got treated too. I also started PrEP and
I take it every day. You can write to me at {EMAIL:adwoa.kyei [at] protonmail [dot] com} if
the next results come. |
With respect, {PER:Adwoa K.} |
""", ["hiv_sti_testing", "sti_care", "hiv_prevention", "family_relations"]),

    ("b5-en-06", "en", """
Follow-up checklist — {PER:Blessing Okoro} |
1. Phone: {PHONE:0033 6 71 04 29 38} (WhatsApp {PHONE:+33 7 58 44 10 92}) |
2. E-mail: {EMAIL:blessing.o (at) yahoo (dot) com} |
3. Residence permit: AGDREF no. {ID:7503219846}, card received 14 Oct |
4. Social security number {ID:2 91 04 99 352 044 17}, health coverage (PUMa) opened |
5. First GP appointment done with Dr. {PER:Nguyen} in Mérignac |
6. Training: applied for a cooking course at the GRETA, starts January |
7. Still sends money to her mother in Edo State; they talk every week. |
""", ["civil_documents", "access_to_care", "family_relations"]),

    ("b5-en-07", "en", """
{PER:Camila}, a trans woman from Medellín, arrived in Bordeaux in 2022. She tells it like
this: "In the {LOC:bar Le Kilimandjaro} on {LOC:quai de Bacalan} the owner, {PER:Sergio},
used to call me 'it' in front of everybody. At the hospital emergency room they wrote my old
name and laughed. At the association I found other girls like me, we go together now.
{PER:Luisa} goes with me to the endocrinologist, and I go with her to the lawyer. I learnt
that refusing me care is discrimination and I can report it."
""", ["stigma_discrimination", "peer_support", "rights_awareness"]),

    ("b5-en-08", "en", """
Nurse {PER:Otieno} runs the night outreach van in Marrakech with {PER:Hind}, a peer educator.
Last month they handed out 2,000 condoms and lubricant near {LOC:Bab Doukkala} and in the
{LOC:Massira} neighbourhood. {PER:Soukaina}, 22, said she had never heard of PrEP; she
started it the following week and comes back every three months for her tests. "Before,
when a client refused the condom, I gave in. Now I say no and I have my own
protection." She wants to become a peer educator herself.
""", ["hiv_prevention", "hiv_sti_testing", "self_esteem"]),

    ("b5-en-09", "en", """
{PER:Junior Mbarga}'s sister {PER:Nadège} told her story in English because she is from the
Anglophone region of Cameroon. In Rabat, two officers stopped her near {LOC:Bab El Had} and
asked for papers. When she showed the UNHCR card, one of them, the one the others called
{PER:Lahlou}, tore it and took the 500 dirhams in her bag. They said next time they would
send her back to the desert. She did not dare go out for weeks. The legal clinic helped her
get a duplicate card and file a complaint.
""", ["police_harassment", "violence_economic", "violence_psychological", "civil_documents",
      "legal_support", "social_isolation"]),

    ("b5-en-10", "en", """
Mrs {PER:Vasilescu} is 44. For years she drank every night to be able to work. She says:
"The alcohol made me brave and then it made me nothing." The addiction team at the CSAPA
and the psychologist saw her every week for a year. She has not drunk since March. She
reconciled with her son {PER:Andrei}, who lives in Timișoara, and visited him in summer.
"I can look at my face now. Mr {PER:T.} from the group told me I was worth something, and
for once I believed it." She writes to the group at
{EMAIL:vasilescu.m[at]yahoo[dot]ro}.
""", ["addiction", "mental_health", "family_relations", "self_esteem", "peer_support"]),

    ("b5-en-11", "en", """
The landlord, Mr {PER:Fabre}, rented {PER:Precious} a room at {LOC:9 impasse des Menuts}
for 450 euros cash and came at night "to check the heating". When she refused him, he
threw her bags into the street and changed the lock. His number, which she gave us, is
{PHONE:06.18.42.77.05}. We found her a place in emergency housing and then a room in a
shared flat in {LOC:Belcier}. She says she will not pay for a roof with her body again.
""", ["housing", "violence_sexual"]),

    ("b5-en-12", "en", """
{PER:Rachel Adjei}, the lawyer, helped {PER:Efua} with her son's papers. The father,
{PER:Kwame Boateng}, never recognised the child and refused any child support. Through the
family court in Bordeaux, Ms {PER:Adjei} obtained a paternity test; the judge ordered him to
pay 150 euros a month. {PER:Efua} can now register her son with his father's name, which
matters for his passport. Court file number {ID:RG 24/03318}; the lawyer's address is
{EMAIL:r.adjei(at)avocats-bx.fr}. "My son has a father on paper
now, even if not in life," she says.
""", ["family_law", "legal_support", "civil_documents", "family_relations"]),

    ("b5-en-13", "en", """
{PER:Hope Eze} came to the food bank in Lormont with her two daughters every week. In the sewing
workshop she learned to make dresses, and with a small loan from the association she bought
a machine. She now sells clothes at the Saturday market and no longer needs the food
parcels. The group gave her hope, she says, more than money. "I don't beg now," says {PER:Hope}. Contact via her friend {PER:Chioma}:
{PHONE:07 81 22 90 14}.
""", ["food_security", "vocational_training", "income_employment", "self_esteem"]),

    ("b5-en-14", "en", """
Interview, Oujda. "My name is {PER:Aminata Diallo}, but on the road they called me
{PER:Tiny}. I left Conakry at 17. In a house near {LOC:Hay Andalous} a man held us, five
girls, and sold us to other men. I escaped with {PER:Kadiatou}. I still have the number of
the woman who helped us, {PHONE:+212 661-847302}. Now I am in a programme: I have a UNHCR
case number, {ID:MOR-24C03302}, and I go to the clinic for my depression. I sleep better."
""", ["trafficking", "violence_sexual", "civil_documents", "mental_health"]),
]

# ---------------------------------------------------------------- Arabic script (12)
STORIES += [
    ("b5-ar-01", "ar", """
تقرير المثقفة النظيرة، مراكش. التقيت هذا الشهر بالسيدة {PER:نعيمة الإدريسي}، البالغة من
العمر خمسة وثلاثين عاماً، وهي تسكن في {LOC:حي المسيرة} مع ابنتيها. أخبرتني أن زبوناً
اعتدى عليها بالضرب في غرفة ب{LOC:فندق النخيل} ورفض أن يدفع لها أجرها. رافقتها إلى
مستشفى ابن طفيل للحصول على شهادة طبية، ثم إلى مركز الكشف التابع لجمعية محاربة السيدا
حيث أجرت تحليل فيروس نقص المناعة والتهاب الكبد، وكانت النتيجة سلبية. قالت لي إنها لم
تكن تعرف أن من حقها أن تشتكي، وإنها ستفكر في ذلك. رقم هاتفها {PHONE:٠٦٦٨٣٢١٤٥٧}.
""", ["violence_physical", "violence_economic", "hiv_sti_testing", "rights_awareness"]),

    ("b5-ar-02", "ar", """
إلى الأستاذة {PER:سميرة بناني}، تحية طيبة. أكتب إليك لأشكرك. زوّجني أبي وأنا في الخامسة
عشرة من رجل يكبرني بثلاثين سنة، وكان يهينني ويهددني بأخذ أطفالي إن خرجت من البيت.
بفضلك حصلت على الطلاق، وحكمت المحكمة بنفقة لأطفالي الثلاثة وبالحضانة لي. رقم الملف
{ID:٢٠٢٤/١١٧٣}. اليوم أسكن مع أطفالي في غرفة ب{LOC:درب الحمام} في سلا، وأعمل في مطبخ
مطعم صغير. أشعر لأول مرة أنني إنسانة لها كرامة، وأن صوتي مسموع. مع خالص الشكر والتقدير،
{PER:ربيعة}.
""", ["violence_psychological", "family_law", "legal_support", "income_employment",
      "self_esteem"]),

    ("b5-ar-03", "ar", """
وصلت {PER:أميناتا} إلى المغرب من غينيا سنة ٢٠٢٣ عبر مالي والجزائر. في الطريق احتجزها
رجال في منزل قرب الحدود أسبوعين، وأجبروها على ممارسة الجنس مقابل السماح لها بالمرور. في
الرباط سجلتها المفوضية السامية لشؤون اللاجئين، ورقم ملفها {ID:MOR-24C01958}. تعيش الآن
في {LOC:حي التقدم} مع صديقتها {PER:فاطوماتا}. تقول إن أصحاب البيوت يرفضون أن يؤجروا لها
غرفة لأنها سوداء، وإن سائقي سيارات الأجرة لا يتوقفون لها. تتابعها أخصائية نفسية في
الجمعية كل أسبوعين، وبدأت تنام بشكل أفضل. تركت
بريدها للتواصل: {EMAIL:aminata.b224 at yahoo point fr}.
""", ["violence_physical", "violence_sexual", "civil_documents", "stigma_discrimination",
      "mental_health"]),

    ("b5-ar-04", "ar", """
في إنزكان، أوقف شرطيان السيدة {PER:حليمة} ليلاً قرب {LOC:حي الجرف}، وأخذا هاتفها
وثلاثمائة درهم، وقالا لها إنها إن اشتكت فسيخبران عائلتها في {LOC:دوار أولاد داود} بما
تعمل. بقيت أسبوعاً لا تخرج من غرفتها. رافقتها المساعدة الاجتماعية إلى وكيل الملك لتقديم
شكاية، وشرحت لها المحامية حقوقها. تقول {PER:حليمة}: لم أعد أخاف كما كنت، لأنني أعرف أن
هناك من يقف معي. تركت رقماً جديداً للتواصل: {PHONE:٠٧ ٦٠ ١٢ ٨٨ ٣٤}.
""", ["police_harassment", "violence_economic", "violence_psychological", "legal_support",
      "rights_awareness"]),

    ("b5-ar-05", "ar", """
اسمي {PER:أمل}، وقد كدت أفقد كل أمل حين علمت سنة ٢٠٢١ أنني مصابة بفيروس نقص المناعة.
كانت الطبيبة {PER:فاطمة الزهراء التازي} في مستشفى محمد الخامس لطيفة معي، وشرحت لي أن
الدواء يحميني ويحمي شريكي. أتناول قرصاً كل صباح، والحمولة الفيروسية لم تعد تظهر في
التحاليل. زوجي {PER:رشيد} يعرف، وهو يذكرني بالموعد. انضممت إلى مجموعة دعم النساء
المتعايشات، وهناك قالت لي لالة {PER:زهور}: الحياة لا تتوقف. اليوم أعمل في تعاونية
للكسكس في {LOC:حي السلام}.
""", ["hiv_care", "family_relations", "peer_support", "income_employment"]),

    ("b5-ar-06", "ar", """
تقرير نشاط، بني ملال. أنهت ثماني نساء دورة تكوين في الحلاقة والتجميل بمركز التعاون
الوطني. حصلت {PER:سكينة} على عمل في {LOC:صالون لالة ياقوت} ب{LOC:شارع الحسن الثاني}،
أما {PER:بشرى بنعلي} فافتتحت محلاً صغيراً في بيتها ب{LOC:حي أولاد حمدان}، وتستقبل
الزبونات بالموعد عبر بريدها {EMAIL:bouchra.salon@gmail.com}. قالت السيدة المكلفة
بالتكوين إن المشاركات صرن أكثر ثقة بأنفسهن، وإن بعضهن لم يكنّ يخرجن من البيت قبل
الدورة. تقول {PER:سكينة}: لأول مرة أتقاضى أجراً دون أن أخاف من أحد.
""", ["vocational_training", "income_employment", "self_esteem"]),

    ("b5-ary-01", "ary", """
[ميساج صوتي] السلام عليكم لالة {PER:خديجة}، أنا {PER:حسناء}، ساكنة ف{LOC:درب ضباشي}.
بغيت نقول ليك شكرا بزاف. ملي مشيت معاك للسبيطار ودرت التحليل ديال السيدا والسفيليس،
كلشي طلع مزيان. ولكن الطبيب قال ليا عندي واحد الإلتهاب، وعطاني الدوا فابور وبرأت. دابا
وليت كنستعمل الكابوت ديما، حتى إلا بغا الكليان يزيد الفلوس ما كنقبلش. إلا بغيتي تعيطي
ليا، هادي هي النمرة ديالي الجديدة: {PHONE:06 61 23 45 67}. الله يخليك ويحفظك.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention", "access_to_care"]),

    ("b5-ary-02", "ary", """
س: شنو سميتك؟ |
ج: سميتي {PER:سعاد}، ولكن فالزنقة كيعيطو ليا {PER:سوسو}. |
س: فين كنتي خدامة؟ |
ج: ف{LOC:حي سيدي مومن}، عند واحد الراجل كيسميوه الحاج {PER:عبد الرحيم}. كان كياخد مني
كاع الفلوس وكيسد عليا الباب بالساروت، وكيقول ليا إلا هربتي غادي نقتلك. |
س: كيفاش خرجتي؟ |
ج: صاحبتي {PER:مليكة} عيطات للجمعية، وجاو ليا مع البوليس. دابا عندي بيت فالمركز ديال
النسا، وكنمشي عند المحامية باش ندير الشكاية. |
""", ["trafficking", "violence_economic", "violence_physical", "violence_psychological",
      "housing", "legal_support"]),

    ("b5-ary-03", "ary", """
أنا من {LOC:دوار أولاد بوسبع} حدا شيشاوة. ملي ولدت بنتي بلا راجل، الواليد طردني من
الدار وقال ليا ما بقيتيش بنتي. جيت لمراكش وما كان عندي فين نبات. الحاجة {PER:فاطنة}
لي ساكنة ف{LOC:حومة القصبة} عطاتني بيت صغيرة بلا كرا حتى نوقف على رجلي. البنت ديالي
ما كانش عندها عقد الازدياد، والجمعية عاونتني نسجلها فالحالة المدنية. دابا بنتي
{PER:إكرام} كتقرا فالمدرسة وكتجيب نقط مزيانين، وأنا فرحانة بيها بزاف.
""", ["violence_psychological", "housing", "civil_documents", "family_relations"]),

    ("b5-ary-04", "ary", """
البوليسي لي كيدوز كل ليلة ف{LOC:شارع محمد الخامس}، كيعيطو ليه {PER:بوزيد}، شدني
وقال ليا عطيني البطاقة. خدا البطاقة ديالي، رقم {ID:JM 206731}، وقال ما غاديش نرجعها
ليك حتى تجيبي ألف درهم. بقيت شهر بلا بطاقة، ما قدرتش نمشي للسبيطار ولا للبنكة. الجمعية
عاونتني ندير شكاية عند وكيل الملك، والمحامي الأستاذ {PER:العلمي} تابع الملف. دابا رجعات
ليا البطاقة. إلا عندك شي مشكل، هاهو الرقم ديال المساعدة الاجتماعية: {PHONE:0522-48-17-90}.
""", ["police_harassment", "violence_economic", "legal_support", "civil_documents"]),

    ("b5-ary-05", "ary", """
أنا {PER:ماريام كوليبالي}، جيت من الكوت ديفوار، ساكنة ف{LOC:حي الألفة} فكازا. كنت خدامة
فدار عند واحد العائلة، المدام ما كانتش كتخلصني ستة شهور، وكانت كتسبني على قبل
اللون ديالي. ما كنت كنعرف حتى واحد. البنات فالجمعية عاونوني نلقا خدمة فواحد المطعم، ودابا
كنخلص الكرا بوحدي وعندي صحاباتي. إلا بغيتو تكتبو ليا فالإيميل:
{EMAIL:mariam.coul at gmail dot com}، ولا فالواتساب {PHONE:00212 6 70 11 52 38}. ومرة مرة كنعيط لماما فأبيدجان.
""", ["violence_economic", "violence_psychological", "stigma_discrimination",
      "income_employment", "social_isolation", "family_relations"]),

    ("b5-ary-06", "ary", """
فالجمعية ديال النسا ف{LOC:حي الداوديات}، كنتلاقاو كل خميس. {PER:نجاة} كتجيب أتاي،
و{PER:لطيفة} كتحكي على ولادها. قبل ما كنت كنهضر مع حتى واحد، كنت بوحدي فالبيت ديالي
غير كنبكي. دابا عندي صحاباتي وكنضحك. نهار تشدات {PER:سميرة} عند البوليس، جمعنا الفلوس
بيناتنا وخلصنا ليها المحامي. المنشطة لالة {PER:حياة} قالت لينا: الحياة ما كتوقفش، وحنا
مع بعضياتنا حسن من بوحدنا. ونهار
الأول ملي جيت، {PER:نجاة} شدات ليا يدي وقالت ليا: نتي ماشي بوحدك.
""", ["peer_support", "social_isolation"]),
]

# ---------------------------------------------------------------- SMS / WhatsApp, Latin letters (10)
STORIES += [
    ("b5-sms-01", "ary", """
slm lalla {PER:hafida} labas 3lik? ana {PER:hind} dyal {LOC:hay lmassira} 🙏 |
bghit ngolik blli mchit l cidag lbare7 w drt test dyal sida, hamdolah negatif |
w docteur 3tani dwa dyal infection, fabor. daba 3andi preservatifs f sac dima |
ila bghiti t3ayti liya hada nmra jdida {PHONE:0677 12 90 45} |
w 3afak matgoli l 7ta wa7ed, hta l {PER:mouna} |
bslama w chokran 3la kolchi ❤️ |
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),

    ("b5-sms-02", "ary", """
[21:14] Facilitatrice: salam {PER:ghita}, kidayra? wach mchiti l commissariat? |
[21:20] {PER:Ghita}: ah mchit m3a {PER:zakaria} 3ammi, l'bolisi dyal {LOC:derb sultan} |
bgha 500dh bach ytle9ni, 9al liya ila ma3titihach ghadi nsiftek l7abs |
[21:21] {PER:Ghita}: ma3tithach walou, 3ayt l maître {PER:bennani} kif golti liya |
[21:25] Facilitatrice: mzyan bzaf, rak 3arfa 7ou9ou9ek daba 💪 |
[21:26] {PER:Ghita}: ih, wa9ila awel mra ma khftch. lmo7amiya 9alt ghadi ndir chikaya |
""", ["police_harassment", "violence_psychological", "legal_support", "rights_awareness"]),

    ("b5-sms-03", "ary", """
khti {PER:salma} rani f mochkil kbir 😢 mol dar si {PER:lhoucine} jra 3liya lbare7 |
9al liya khsek tkhelsi 3 chhor dl kra ola tkhrji, w rma 7wayji f zan9a |
daba ana na3sa 3and {PER:nawal} f {LOC:hay salam}, {LOC:zan9a 14, dar 23} |
3tini nmra dyal jam3iya li 3awntek, ila 3andk {PHONE:+212 6 61 48 22 09} ola chi wa7da |
walah ma b9a 3andi fin nmchi w drari m3aya |
""", ["housing", "violence_physical"]),

    ("b5-sms-04", "ary", """
sabah lkhir lalla, ana {PER:yousra} sa7bt {PER:nour}, cin dyali {ID:BE 734510} chdato liya lbolice f {LOC:cafe nakhil} |
galo ila bghiti tchedi lcarte ji l commissariat w jibi m3ak 1000dh 😡 |
l'association golt liya nmchi l procureur, w lalla {PER:aicha} ghadi tmchi m3aya |
nmra dyal l'assistante sociale hiya {PHONE:06 74 31}... sma7 liya, lba9i {PHONE:88 05} |
ghda nchofkom 9bel 10 inchallah, ghadi nji m3a {PER:nour} 7it hiya 3arfa lblasa |
""", ["police_harassment", "violence_economic", "civil_documents", "legal_support"]),

    ("b5-sms-05", "ary", """
bonsoir madame, c {PER:imane} mn {LOC:hay hassani} |
bghit nsowlek 3la formation dyal patisserie li golti liya |
ana deja bdit ndir l7lwa f dar w nbi3ha l jiran, kanrbe7 chi 200dh f simana |
ila kayna inscription sifti liya f email {EMAIL:imane.hlw98 @ gmail . com} |
w wach 3andkom dossier dyal micro credit? l'ID dyal dossier li 3tawni f al amana
{ID:AM-2025-0447} |
merci bzaf, ana fer7ana bach nwelli ndir khdma dyali b rasi 😊 |
""", ["vocational_training", "income_employment", "self_esteem"]),

    ("b5-sms-06", "ary", """
[08:02] {PER:Precious}: hello mama {PER:naima} 🙏 good morning |
[08:03] {PER:Precious}: ana f tanja daba, f {LOC:mesnana}, m3a {PER:joy} w {PER:blessing} |
[08:05] {PER:Precious}: the man who bring us from nador take our passport, he say we owe
him 4000 euro. ila khrejt ghadi ybi3ni l chi wa7ed akhor |
[08:07] Lalla {PER:Naima}: ma tkhafich, sifti liya localisation. ghadi n3ayt l association
dyal tanja, numero {PHONE:0539 94 12 67} |
""", ["trafficking", "violence_psychological"]),

    ("b5-sms-07", "fr", """
coucou c {PER:sabrina} 😘 jsuis sortie de l'hopital hier soir |
le mec de la soirée chez {PER:kevin} m'a droguée et violée, jme souviens de rien presque |
les urgences de pellegrin m'ont donné le tpe et la pilule du lendemain |
jdois revenir dans 6 semaines pr les tests |
la dame de l'asso (mme {PER:berthelot}) dit que je peux porter plainte mais jsais pas |
appelle moi au {PHONE:07.52.33.81.60} stp jpeux pas rester seule |
""", ["violence_sexual", "hiv_prevention", "reproductive_health", "access_to_care"]),

    ("b5-sms-08", "fr", """
ma go {PER:adjoua} ça va ? moi c {PER:prisca} de yopougon 😂 |
jsuis à bordeaux maintenant, chez ma tata {PER:odette} à {LOC:la bastide} |
les démarches ça avance : la préf m'a donné le récépissé, n° {ID:3309 8812 47} |
l'asso m'a trouvé formation aide à domicile, ça commence lundi |
je paie plus personne pour dormir, wallah je respire |
tél si tu passes : {PHONE:0033644871209} |
""", ["civil_documents", "vocational_training", "housing"]),

    ("b5-sms-09", "fr", """
rdv demain 14h au {LOC:12 rue de la rousselle, 2e étage}, sonne chez {PER:dupuy} |
c'est la permanence de l'avocate pour ton dossier d'aide juridictionnelle
(n° {ID:2025/011873}) |
ramène ta carte vitale et ta lettre de l'ofpra |
si tu te perds appelle {PER:lola} au {PHONE:06 98 12 34 56} ou moi au
{PHONE:06-61-09-22-18} |
et t'inquiète, on sera là toutes les deux, t'es pas seule dans cette histoire 💜 |
""", ["legal_support"]),

    ("b5-sms-10", "fr", """
slt {PER:marie-lou} c {PER:oksana} |
jai eu le résultat du test vih au cegidd, négatif !!! et hépatite c aussi négatif 🎉 |
la dr {PER:morel} ma dit de continuer la prep, ordonnance pour 3 mois |
envoie moi les photos du groupe de parole sur mon mail stp :
{EMAIL:oksana.p@proton.me} (c bien proton pas protonmail) |
mon whatsapp c wa.me/{PHONE:33761442090} |
merci pour tout ma belle, sans vous jaurais jamais osé faire le test |
""", ["hiv_sti_testing", "hiv_prevention", "peer_support"]),
]


def join_lines(source: str) -> str:
    """Join the physical lines of a story source: one space, or a newline after `` |``."""
    out = ""
    for line in source.strip().splitlines():
        line = line.strip()
        if not out:
            out = line
        elif out.endswith(" |"):
            out = out[:-2] + "\n" + line
        else:
            out += " " + line
    if out.endswith(" |"):
        out = out[:-2]
    return out


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``{LABEL:text}`` marks; return plain text and its PII spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        label, span_text = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(span_text),
                      "label": label, "text": span_text})
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed mark left in: {text[:80]!r}")
    return text, spans


def build() -> list[dict]:
    rows = []
    seen = set()
    for sid, lang, source, themes in STORIES:
        if sid in seen:
            raise ValueError(f"duplicate id {sid}")
        seen.add(sid)
        if lang not in ("fr", "en", "ar", "ary"):
            raise ValueError(f"{sid}: bad lang {lang}")
        unknown = set(themes) - THEMES
        if unknown:
            raise ValueError(f"{sid}: unknown themes {sorted(unknown)}")
        if len(set(themes)) != len(themes):
            raise ValueError(f"{sid}: duplicate theme")
        text, spans = parse(join_lines(source))
        for sp in spans:
            if sp["label"] not in LABELS:
                raise ValueError(f"{sid}: bad label {sp['label']}")
            if text[sp["start"]:sp["end"]] != sp["text"]:
                raise ValueError(f"{sid}: span does not read back: {sp}")
            if sp["text"] != sp["text"].strip() or "\n" in sp["text"]:
                raise ValueError(f"{sid}: span has outer whitespace or a newline: {sp}")
        words = len(text.split())
        if not 60 <= words <= 220:
            raise ValueError(f"{sid}: {words} words, expected 60-220")
        rows.append({"id": sid, "lang": lang, "text": text,
                     "themes": sorted(themes), "pii": spans})
    if len(rows) != 60:
        raise ValueError(f"{len(rows)} stories, expected 60")
    return rows


def check_file(path: Path, rows: list[dict]) -> None:
    """Read the written file back and check every span against its text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(rows):
        raise ValueError(f"{path}: {len(lines)} lines, expected {len(rows)}")
    for line, row in zip(lines, rows, strict=True):
        got = json.loads(line)
        if got != row:
            raise ValueError(f"{path}: line {row['id']} does not read back")
        for sp in got["pii"]:
            if got["text"][sp["start"]:sp["end"]] != sp["text"]:
                raise ValueError(f"{got['id']}: span does not read back from file: {sp}")


def main() -> None:
    rows = build()
    out = Path(__file__).with_name("analysis_dev6.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, rows)
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
