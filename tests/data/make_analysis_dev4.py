"""Generate tests/data/analysis_dev4.jsonl (formerly analysis_blind3.jsonl, "blind set 3").

Now the FOURTH DEVELOPMENT SET: on 2026-12-01, after its first and only blind score (recorded in
tests/test_nlp_dev4.py as FIRST_SCORE), the team declared it a development set and the engine was
tuned on its misses. The text below describes how it was written while it was still blind.

Written on 2026-12-01 from the codebook (shared/design/codebook.md: theme keys,
labels, definitions and the personal-data labels), the description of the
users (shared/design/msc-method.md) and point 6 of issue 10 alone, WITHOUT
reading the analysis engine, its pattern lists, its tests or the stories of
any other evaluation set. It is to be scored ONCE; never tune the engine on
it (once it has been used for tuning it is no longer blind, and a new blind
set must be written).

The 50 stories below are fictional (no real person): 22 French, 12 English,
10 in Arabic script (5 Modern Standard Arabic, lang "ar"; 5 Moroccan Darija,
lang "ary") and 6 SMS/WhatsApp messages in Latin letters (4 Darija mixed with
French, lang "ary"; 2 French SMS, lang "fr"). They are told by or about sex
workers who survived gender-based violence and were supported by ALCS
(Morocco) or La CASE (Bordeaux): first person, facilitator's reports and
transcribed interviews.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points; emoji count as one) and checks that every
span reads back exactly. In the story sources, physical lines are joined
with one space; a line ending in `` |`` ends with a real newline instead
(used for interview turns).

Marking conventions:
- PER: the name only (first name, family name, full name as one span, or
  nickname), never the title or respect/kinship word before it (Mme, Madame,
  Mlle, M., Maître, Me, Dr, Docteur, Mrs, Mr, Ms, Sister, Auntie, Mama,
  Mémé, Tata, Lalla, Hajja, Si, السيدة, لالة, الحاجة, الأستاذة, الطبيبة), nor an article
  before a nickname (« la Flaca » -> Flaca), nor a possessive ending. Every
  occurrence is marked, lowercase SMS names included. In Arabic script an
  attached proclitic (و، ب، ف، ل) is not part of the span.
- LOC: a place precise enough to find someone. With a cue noun, the cue plus
  the name (quartier, hay, derb, douar, rue, avenue, boulevard, cours, quai,
  place, route, résidence, café, hôtel, salon, gare, حي، دوار، زنقة، شارع، درب، حومة),
  without the article or preposition before it; a bare neighbourhood or
  village name is marked alone. Streets and neighbourhoods named after people
  or kings (rue Carle Vernet, boulevard Mohammed V, شارع الحسن الثاني, Sidi
  Youssef Ben Ali) are LOC, not PER. Not marked: large cities, countries,
  provinces and regions, and generic places without a name (la médina, la
  rue, الزنقة).
- PHONE: the whole number with its prefix (+212, 00212, +33, 0033) and its
  separators (spaces, dots, hyphens), Arabic-Indic digits included. Public
  service numbers (115, 3919) are not marked.
- EMAIL: the whole address.
- ID: the number only, not its cue (CIN, AGDREF, UNHCR/HCR, passport,
  dossier, n°, numéro, number, file no., رقم); letter prefixes, inner spaces,
  hyphens and slashes that belong to the number are inside the span
  (« EE 482913 », « MOR-22C04718 », « 1187/2104/2025 »). Ages, dates, amounts
  are not IDs.
- Hard negatives, left unmarked on purpose: institutions named after people
  (hôpital Moulay Youssef, hôpital Ibn Sina, centre hospitalier Charles
  Perrens, école Jules Ferry, Ibn Tofail hospital, مستشفى محمد الخامس،
  مستشفى الرازي), organisations and services (ALCS, La CASE, CeGIDD, CAARUD,
  CSAPA, CNDA, UNHCR/HCR, Entraide Nationale, Red Cross, GRETA, جمعية محاربة
  السيدا), big cities and countries, months, days and feasts, drug names
  (Truvada, Dolutegravir, Biktarvy, méthadone, sofosbuvir), words that are
  also names used as common words (l'espérance, la patience, my sister,
  the madam, la « mama » of a network, حياة كريمة), a title inside a venue
  name (salon Lalla Nour is one LOC), and titles without a name.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated (« elle n'a jamais eu besoin d'avocat »), is only
wished for, or concerns someone else. Two choices made for consistency:
access_to_care is given when the story presents getting into care as a step
(first consultation, referral, emergency care, health coverage);
family_relations is given for relations with children, family or partner
that are not themselves the violence (a rejection by family alone is
violence_psychological).

Run:  python3 tests/data/make_analysis_dev4.py
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

# (id, lang, marked text, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = [
    # ------------------------------------------------------------------ French
    ("c01", "fr", """
Je m'appelle {PER:Naïma}, j'ai 34 ans et je travaille depuis dix ans dans le
{LOC:quartier Daoudiate} à Marrakech. En mars, un client m'a frappée avec sa
ceinture parce que je demandais mon argent, puis il est parti sans payer.
Quand je suis allée au commissariat, les policiers m'ont gardée toute la nuit
et m'ont pris les 300 dirhams que j'avais sur moi. C'est {PER:Latifa},
l'éducatrice paire de l'ALCS, qui m'a trouvée le lendemain. Elle m'a
accompagnée au centre pour un dépistage du VIH et de la syphilis : les deux
étaient négatifs. Je n'ai pas porté plainte, mais elle m'a expliqué que la
police n'avait pas le droit de me prendre mon argent et où aller si cela
recommence. Aujourd'hui je connais mes droits et je les explique aux autres
filles du quartier.
""", ["violence_physical", "violence_economic", "police_harassment", "hiv_sti_testing",
      "peer_support", "rights_awareness"]),

    ("c02", "fr", """
Compte rendu d'accompagnement, Bordeaux. Mme {PER:Blessing Okafor}, 27 ans,
est arrivée en France en 2021 par un réseau qui lui réclamait une dette de
35 000 euros. La « mama » qui la logeait près du {LOC:cours de la Marne}
gardait son passeport et prenait tout ce qu'elle gagnait. Après une agression
sexuelle par un client en juillet, elle est venue à La CASE. Nous l'avons
orientée vers le CeGIDD de l'hôpital Saint-André pour un traitement
post-exposition et un dépistage. Une avocate, Maître {PER:Hélène Darrigade},
a déposé sa plainte pour traite des êtres humains. {PER:Blessing} a obtenu de
la préfecture un récépissé qui porte le numéro {ID:3306172845}. « Je ne dois plus
rien à personne », dit-elle.
""", ["trafficking", "violence_sexual", "violence_economic", "hiv_prevention",
      "hiv_sti_testing", "access_to_care", "legal_support", "civil_documents"]),

    ("c03", "fr", """
— Comment êtes-vous arrivée à l'association ? |
— Par {PER:Hajar}, une amie du {LOC:hay Dakhla}. Moi je viens du {LOC:douar Aït
Ouafka}, dans la région du Souss. Mon père m'a mariée à seize ans à un homme
de cinquante ans. Quand j'ai fui, ma famille m'a reniée, mon frère a dit que
j'étais morte pour eux. |
— Et aujourd'hui ? |
— L'avocate de l'ALCS, Me {PER:Bouchra Alaoui}, a obtenu le divorce et une
pension pour ma fille, et j'ai la garde. Je n'ai pas encore de carte
nationale, mais on a déposé la demande : récépissé n° {ID:AG-2025-0412}. |
— Qu'est-ce qui a le plus changé ? |
— Avant, je baissais la tête. Maintenant je parle devant le groupe de parole
des femmes, je n'ai plus honte.
""", ["violence_psychological", "family_law", "legal_support", "civil_documents",
      "peer_support", "self_esteem"]),

    ("c04", "fr", """
Note de suivi, La CASE, mardi 14 octobre. {PER:Valentina Ríos}, femme trans
péruvienne de 31 ans, que les copines appellent « la {PER:Flaca} », travaille
le soir vers le {LOC:quai de Paludate}. Elle prend le Truvada en PrEP depuis
un an et vient chercher préservatifs et gel chaque semaine. Le mois dernier,
une pharmacienne a refusé de lui délivrer son traitement en disant « on ne
sert pas ces gens-là ». {PER:Valentina} a pleuré dans le bus. Nous l'avons
accompagnée dans une autre pharmacie, et elle a raconté l'histoire au groupe
du vendredi : trois autres filles avaient vécu la même chose. Elle veut être
joignable pour les nouvelles : {PHONE:06 52 17 88 04}. « Je ne me cache
plus », dit-elle.
""", ["hiv_prevention", "stigma_discrimination", "peer_support", "self_esteem"]),

    ("c05", "fr", """
Je m'appelle {PER:Khadija}, mais au quartier on m'appelle {PER:Kiki}. J'ai appris
que j'étais séropositive en 2019, au centre de l'ALCS de {LOC:Derb Sultan}.
Pendant six mois je ne suis pas sortie de ma chambre, je ne voyais personne et
je pensais à mourir. La médiatrice, {PER:Souad}, venait me voir tous les
jeudis. Elle m'a expliqué le traitement, les comprimés du soir, les
rendez-vous à l'hôpital Moulay Youssef. Ensuite j'ai vu une psychologue, Dr
{PER:Berrada}, qui m'a aidée à dormir et à parler. Aujourd'hui ma charge
virale est indétectable. Ma mère ne sait toujours rien. Mais mes deux fils,
si : je leur ai dit l'an dernier et ils m'ont serrée fort.
""", ["hiv_sti_testing", "hiv_care", "mental_health", "social_isolation",
      "family_relations"]),

    ("c06", "fr", """
Rapport d'accompagnement. Mlle {PER:Ioana Dumitru}, 24 ans, originaire de
Roumanie, nous a été adressée par le CAARUD en février. Elle consommait de
l'héroïne et du crack depuis deux ans ; son compagnon, {PER:Marius}, prenait
tout l'argent qu'elle gagnait et la frappait quand elle protestait. Un soir il
l'a jetée dehors à coups de pied, et elle a dormi trois semaines dans un squat
de la {LOC:rue Carle Vernet}. Le 115 ne répondait jamais. Grâce à l'équipe,
elle a commencé un traitement par méthadone au CSAPA et obtenu une place en
hébergement d'urgence à {LOC:Bacalan}. Elle a repris contact avec sa sœur en
Roumanie, qui l'appelle chaque dimanche. Elle n'a pas souhaité porter plainte
contre {PER:Marius}. Contact : {EMAIL:ioana.dumitru94@gmail.com}.
""", ["addiction", "violence_physical", "violence_economic", "housing",
      "family_relations"]),

    ("c07", "fr", """
J'ai 29 ans, je suis de Tanger. Les policiers du {LOC:quartier Beni Makada} me
connaissent. Trois fois cette année ils m'ont arrêtée sans raison, ils m'ont
insultée, et l'un d'eux m'a dit que si je ne payais pas 500 dirhams, il
dirait à ma famille ce que je fais. J'ai payé deux fois. La troisième fois,
j'ai appelé {PER:Rachida} de l'association, comme on nous l'avait appris dans
l'atelier sur les droits. Elle est venue avec l'avocat de l'ALCS, Maître
{PER:Tazi}, et je suis sortie le soir même. Maintenant je garde toujours sur
moi la carte avec le numéro de la permanence juridique.
""", ["police_harassment", "violence_economic", "violence_psychological",
      "legal_support", "rights_awareness"]),

    ("c08", "fr", """
{PER:Saadia} avait 22 ans quand elle est tombée enceinte d'un client régulier.
Elle a caché sa grossesse jusqu'au sixième mois. L'assistante sociale de
l'ALCS l'a accompagnée à ses premières consultations prénatales au centre de
santé de {LOC:Sidi Youssef Ben Ali}, puis pour l'accouchement. Le plus dur a
été l'état civil : sans père déclaré, l'officier refusait d'inscrire la
petite {PER:Yasmine}. Avec l'aide de l'association et sa CIN
({ID:EE 482913}), elle a finalement obtenu l'acte de naissance en juin. Depuis,
{PER:Saadia} a choisi une contraception par implant et a suivi une formation en
pâtisserie au centre de l'Entraide Nationale. Elle dit que sa fille lui a
donné une raison de se battre, et qu'elles rient beaucoup ensemble.
""", ["reproductive_health", "access_to_care", "civil_documents",
      "vocational_training", "family_relations"]),

    ("c09", "fr", """
Entretien transcrit, traduit du soussou par l'interprète. |
— Je suis {PER:Aminata}. En Libye, des hommes m'ont enfermée dans une maison
pendant quatre mois et m'ont violée plusieurs fois. À Bordeaux, je dormais
dehors et je faisais des passes pour manger. |
— Qu'est-ce que La CASE a changé ? |
— D'abord, ils m'ont donné des colis alimentaires, puis une place dans un
foyer de la {LOC:rue de Tauzia}. Au centre hospitalier Charles Perrens, j'ai
vu un psychiatre : les cauchemars sont moins forts. Mon avocate, Me
{PER:Claire Lestrade}, a fait mon recours devant la CNDA, et j'ai eu mon titre
de séjour. Mon numéro AGDREF, c'est le {ID:3302458817}, je le connais par cœur.
""", ["violence_physical", "violence_sexual", "food_security", "housing",
      "mental_health", "legal_support", "civil_documents"]),

    ("c10", "fr", """
{PER:Fatima Zahra Idrissi}, 41 ans, est aujourd'hui éducatrice paire à Fès. Il
y a cinq ans, elle travaillait dans un hôtel de la {LOC:route d'Imouzzer} et
cachait tout à ses enfants. Après une formation en couture à l'ALCS, elle a
obtenu un micro-crédit de 8 000 dirhams et ouvert un petit atelier près de
{LOC:Bab Boujloud}. Elle ne dépend plus des clients. « Le jour où j'ai payé le
loyer avec mon propre argent, j'ai su que je valais quelque chose », dit-elle.
Ses enfants savent maintenant, et sa fille aînée l'aide à l'atelier le
samedi. Chaque semaine, {PER:Fatima Zahra} anime un groupe de parole avec
d'autres femmes du métier.
""", ["vocational_training", "income_employment", "self_esteem", "peer_support",
      "family_relations"]),

    ("c11", "fr", """
Témoignage recueilli à Rabat. Une nuit de décembre, {PER:Meryem} a été emmenée
de force par trois hommes dans un appartement du {LOC:quartier Yacoub El
Mansour} et violée. Le lendemain matin, une amie lui a donné le numéro de
l'éducatrice de l'ALCS, {PHONE:+212 661-48 27 03}. Elle a été reçue en urgence à
l'hôpital Ibn Sina pour un traitement post-exposition et la pilule du
lendemain. Au commissariat, un agent a refusé d'enregistrer sa plainte en
disant « dans ton métier, le viol, ça n'existe pas ». L'association l'a aidée
à écrire directement au procureur ; le dossier porte le n°
{ID:1187/2104/2025}. {PER:Meryem} ne sait pas si les hommes seront jugés, mais
elle dit qu'elle a été crue, pour la première fois.
""", ["violence_sexual", "violence_physical", "hiv_prevention", "reproductive_health",
      "access_to_care", "legal_support", "stigma_discrimination"]),

    ("c12", "fr", """
{PER:Josiane Lafargue} a 63 ans et travaille encore deux soirs par semaine
dans un studio près de la {LOC:place de la Victoire}. Sur le trottoir, on
l'appelle Mémé {PER:Rose}. Depuis la mort de son chien, elle ne parlait plus à
personne, et ses enfants ne l'appellent plus depuis quinze ans. Jeudi
dernier, cela faisait un an qu'une bénévole de La CASE, {PER:Patience}, l'avait
invitée au café des copines. « Au début je restais dans mon coin avec mon
thé. Maintenant c'est moi qui fais le gâteau. » Il a fallu de la patience,
dit {PER:Patience} en riant. On peut la joindre au
{PHONE:05 56 91 24 70}. « J'ai retrouvé des copines de mon âge, vous vous
rendez compte ? »
""", ["social_isolation", "peer_support", "family_relations"]),

    ("c13", "fr", """
Mlle {PER:Affoué Kouassi}, Ivoirienne de 26 ans, vit à Agadir depuis 2022, dans
le {LOC:quartier Anza}. Quand elle a eu des douleurs et des plaies, le centre de
santé l'a renvoyée trois fois : « les Africaines, allez ailleurs ». Une
éducatrice paire migrante, {PER:Mariam}, l'a accompagnée à l'ALCS, où un test
rapide a montré une syphilis. Le Docteur {PER:Haddad} lui a fait les injections
de pénicilline, et son partenaire a été traité aussi. Son numéro de
dossier au HCR, {ID:MOR-22C04718}, figure sur sa fiche. « Ici, on m'a soignée comme une
personne », dit-elle.
""", ["stigma_discrimination", "hiv_sti_testing", "sti_care", "peer_support",
      "access_to_care"]),

    ("c14", "fr", """
Je suis {PER:Luana}. Sur mon passeport brésilien, il y a encore mon ancien
prénom, et chaque contrôle de police était une humiliation : les agents le
lisaient à voix haute et riaient. Avec la juriste de La CASE, j'ai déposé une
demande de titre de séjour et une demande de changement de prénom à la
mairie ; mon dossier en préfecture porte le numéro {ID:33-2025-004781}. Ça a
pris huit mois, mais j'ai ma carte. Pendant ce temps, j'ai repris contact avec
ma mère, à Belém, qui ne m'avait plus parlé depuis ma transition. On se fait
des appels vidéo le dimanche. Si vous voulez me parler de tout ça,
écrivez-moi : {EMAIL:luana.bdx@proton.me} ou au {PHONE:+33 6 71 22 90 14}.
""", ["police_harassment", "violence_psychological", "stigma_discrimination",
      "legal_support", "civil_documents", "family_relations"]),

    ("c15", "fr", """
{PER:Hanane} a 30 ans et deux enfants. Elle n'a jamais eu besoin d'avocat ni de
la police, et elle n'a jamais touché à l'alcool ou aux drogues, précise-t-elle
en riant. Ce qu'elle voulait, c'était sortir du travail du sexe. Avec l'ALCS
de Meknès, elle a suivi neuf mois de formation en coiffure et esthétique.
Depuis avril, elle travaille au {LOC:salon Lalla Nour}, {LOC:avenue des FAR}, et
gagne 2 800 dirhams par mois. « Mes enfants me voient partir le matin comme
les autres mamans. Je suis fière. » Sa patronne, Mme {PER:Chraibi}, lui a
promis un contrat à durée indéterminée.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),

    ("c16", "fr", """
Suivi n° {ID:BX-2024-0291}. Mme {PER:Daniela Petrova}, 35 ans, bulgare. Son
frère {PER:Stoyan} lui prend chaque semaine l'argent qu'elle gagne et menace
d'emmener son fils en Bulgarie si elle arrête de le lui donner. Elle vit dans un
studio de la {LOC:résidence Les Aubiers}. Lors de la tournée du camion, elle a
fait un dépistage du VIH et des hépatites B et C, tous négatifs. Elle avait
appelé le 3919, qui l'a renvoyée vers nous. Une juriste l'a reçue pour lui
expliquer si son frère pouvait vraiment prendre l'enfant : non, pas sans
décision d'un juge. « Maintenant je sais qu'il ment, et je sais à qui
m'adresser. »
""", ["violence_economic", "violence_psychological", "hiv_sti_testing",
      "legal_support", "rights_awareness"]),

    ("c17", "fr", """
Compte rendu, antenne ALCS de Marrakech. {PER:Youssef}, 23 ans, travaille avec
des touristes près de la {LOC:place Jemaa el-Fna}. Son père l'a chassé de la
maison familiale, à {LOC:Hay Mohammadi}, à Casablanca, quand il a découvert qu'il
aimait les hommes, et ses frères l'ont battu devant les voisins. Il a dormi
plusieurs semaines chez un ami au {LOC:Mellah}. En juin, il a fait son premier
test VIH avec un éducateur pair, {PER:Anass} ; le résultat était négatif et il
a commencé la PrEP. {PER:Youssef} dit que le plus important a été le groupe de
parole des jeunes : « Pour la première fois, je n'étais pas le seul, on ne me
regardait pas comme une honte. »
""", ["violence_physical", "violence_psychological", "housing", "hiv_sti_testing",
      "hiv_prevention", "peer_support", "social_isolation", "stigma_discrimination"]),

    ("c18", "fr", """
{PER:Zineb} est arrivée de Béni Mellal en 2023 avec un visa touristique. À
Bordeaux, elle a travaillé dans un salon de massage de la {LOC:rue du Palais
Gallien}, où le patron, M. {PER:Ferreira}, gardait la moitié de ses gains.
« Je mangeais une fois par jour. » Depuis qu'elle vient à La CASE, elle reçoit
des bons alimentaires chaque semaine. L'assistante sociale, Madame
{PER:Ferrand}, a monté son dossier d'aide médicale d'État, et {PER:Zineb} a pu
voir pour la première fois une gynécologue, Dr {PER:Anne-Sophie Marty}, pour
des douleurs qui duraient depuis un an ; un stérilet a été posé. Elle envoie
toujours de l'argent à sa mère, qui l'appelle chaque soir, mais elle ne lui a
pas dit ce qu'elle fait.
""", ["violence_economic", "food_security", "access_to_care", "reproductive_health",
      "family_relations"]),

    ("c19", "fr", """
Audience du 12 mai. Après deux ans de procédure, le tribunal de Casablanca a
condamné l'homme qui avait frappé et séquestré {PER:Nadia Ouazzani} pendant
deux jours dans sa villa de {LOC:Californie} à un an de prison ferme et 30 000
dirhams de dommages et intérêts. L'avocate bénévole, Maître {PER:Ghita
Bennis}, a plaidé sans jamais parler du métier de sa cliente. {PER:Nadia} : « Quand
le juge a lu la décision, j'ai relevé la tête. J'avais honte depuis
toujours ; ce jour-là, j'étais fière. » L'ALCS l'avait aussi orientée vers une
psychologue, qu'elle voit toujours une fois par mois. Numéro du jugement :
{ID:2219/2103/2024}. Contact de l'avocate : {PHONE:+212 522-30 41 87}.
""", ["violence_physical", "legal_support", "self_esteem", "mental_health",
      "access_to_care"]),

    ("c20", "fr", """
Je m'appelle {PER:Malika}. J'ai commencé à boire à dix-neuf ans, dans les bars
du {LOC:boulevard Mohammed V}, à Tétouan. Un soir où j'étais ivre, un client a
abusé de moi, et je ne me souviens pas de tout. Mes enfants vivaient chez ma
mère, Hajja {PER:Zohra}, qui ne voulait plus me voir. En 2023, l'éducatrice de
l'ALCS m'a amenée au centre d'addictologie de l'hôpital Saniat Rmel. J'ai fait
trois mois de soins. Je n'ai pas bu depuis quatorze mois. Ma mère m'a ouvert
sa porte à l'Aïd, et maintenant je vois mes enfants tous les week-ends.
""", ["addiction", "violence_sexual", "access_to_care", "family_relations"]),

    ("c21", "fr", """
Rapport mensuel de l'éducatrice, antenne de Casablanca, octobre. Visite au
{LOC:café Le Zénith}, {LOC:boulevard d'Anfa} : rencontré {PER:Loubna} et {PER:Siham},
toutes deux dépistées (négatives). {PER:Siham} a perdu sa chambre au {LOC:Maârif}
après une descente de police où les agents ont cassé sa porte et l'ont
insultée ; elle dort chez sa cousine en attendant. Orientation vers
l'assistante sociale pour un logement. {PER:Loubna} a commencé la PrEP, suivie
par Dr {PER:El Amrani}. Numéros laissés : {PHONE:06 61 72 03 58} ({PER:Loubna}) et
{PHONE:0708-334-912} ({PER:Siham}). Prochaine tournée : lundi.
""", ["hiv_sti_testing", "hiv_prevention", "housing", "police_harassment",
      "violence_psychological"]),

    ("c22", "fr", """
Mme {PER:Espérance Mbarga}, 38 ans, camerounaise. En 2024, son ex-compagnon, qui
la battait, a refusé de reconnaître leur fils {PER:Noah}. Avec l'aide de Me
{PER:Julien Castaing}, elle a engagé une action en recherche de paternité et
obtenu une pension alimentaire de 150 euros par mois. Le petit va à l'école
Jules Ferry ; sa voisine, Tata {PER:Odile}, le garde quand {PER:Espérance}
travaille le soir, et le dimanche ils vont tous les deux au parc. « Je ne perds
plus l'espérance », dit-elle, et elle rit de son propre prénom. Elle suit aussi
un CAP petite enfance au GRETA pour changer de métier.
""", ["violence_physical", "family_law", "legal_support", "vocational_training",
      "family_relations"]),

    # ----------------------------------------------------------------- English
    ("c23", "en", """
My name is {PER:Joy}. I came from Benin City in 2020 because a woman promised
me work in a hair salon in Spain. Instead I was kept in a house in
{LOC:Takadoum}, in Rabat, with six other girls, and the madam said I owed her
40,000 euros. Every night we were taken to clients and every morning she took
the money. When I got sick, Sister {PER:Agnes} from the church brought me to
the ALCS clinic. They tested me and I learnt I was HIV positive. Now I take my
Dolutegravir every morning, and the mediator calls me when I forget. UNHCR
registered me with case number {ID:MOR-21C00964}, and I don't live with the
madam anymore: I share a room with {PER:Gift}, who escaped too. {PER:Joy} is my
name, and I am trying to live up to it.
""", ["trafficking", "violence_economic", "hiv_sti_testing", "hiv_care",
      "access_to_care", "civil_documents", "housing"]),

    ("c24", "en", """
Case note, ALCS Casablanca, file no. {ID:CAS-0457}. Ms {PER:Abena Mensah}, 29,
Ghanaian, was arrested twice in January during police sweeps in {LOC:Oulfa}.
Officers took her phone and 600 dirhams and threatened to send her to the
border at Oujda if she did not pay more. She was released without charge. The
team explained her rights as an asylum seeker and referred her to our partner
lawyer, Mr {PER:Karim Benjelloun}, who wrote to the prosecutor. She attended
the rights workshop on 3 March and now runs a WhatsApp group for other
English-speaking women in the trade. Contact: {PHONE:+212 7 06 55 18 42}.
""", ["police_harassment", "violence_economic", "violence_psychological",
      "legal_support", "rights_awareness", "peer_support"]),

    ("c25", "en", """
Interview translated from Darija. |
Q: What changed for you? |
A: My husband pushed me out of the house with my two daughters, and I went
back to my mother's in {LOC:Douar Lahbichat}. My brothers said I had shamed
them and told me to leave. In Marrakech I slept at the bus station and started
working with clients. I had nobody. |
Q: And then? |
A: A peer educator, {PER:Hafida}, sat with me on a bench near {LOC:Bab
Doukkala} and talked for an hour. She brought me to the association. They
helped me file for divorce properly and claim the nafaqa for my girls. The
judge gave me 1,200 dirhams a month. |
Q: What is the most significant change? |
A: That I am not alone. On Thursdays we are twelve women drinking tea
together.
""", ["violence_physical", "violence_psychological", "housing", "social_isolation",
      "peer_support", "family_law", "legal_support"]),

    ("c26", "en", """
{PER:Camila Herrera}, a 33-year-old Colombian woman, has worked from a flat on
{LOC:rue Notre-Dame}, in the {LOC:Chartrons}, since 2022. In April a client
refused to pay, grabbed her phone and left. A week later she had burning
pain. At the CeGIDD she was tested, diagnosed with gonorrhoea and chlamydia,
and treated the same day with an injection and antibiotics; Dr {PER:Marc
Pujol} asked her to come back in three weeks, which she did. She now takes
PrEP and picks up condoms and lube from our van every Tuesday. She told us:
'I used to think clinics were not for people like me.' Her new number is
{PHONE:07 81 44 20 19}.
""", ["violence_economic", "hiv_sti_testing", "sti_care", "hiv_prevention",
      "access_to_care"]),

    ("c27", "en", """
I'm {PER:Oksana}. I left Kharkiv in March 2022 with my son {PER:Artem}. A man who
called himself a friend of my cousin met us at the station in Bordeaux and
gave us a room in {LOC:Saint-Michel}. After two weeks he said the room was not
free and that I must 'be nice' with his friends to pay it back. He kept my
passport, number {ID:FK718245}. I did it for five months. A volunteer at the
Ukrainian help desk gave me the address of La CASE. They found us a place in
a shelter run by the Red Cross, helped me renew my temporary protection
document and found a psychologist who speaks Russian. {PER:Artem} goes to
school now, and I am doing a French course and a training as a nursing
assistant. I sleep at night again. You can call me on {PHONE:0033 7 58 41 20 63}.
""", ["trafficking", "violence_sexual", "housing", "civil_documents",
      "mental_health", "vocational_training"]),

    ("c28", "en", """
Facilitator's summary, translated from French. {PER:Hamza}, 28, known on the
beach as '{PER:Zizou}', has injected heroin since he was nineteen. He lost his
job at the {LOC:Hotel Sable d'Or} after his employer saw the needle marks, and
his family in the {LOC:Tikiouine} neighbourhood stopped speaking to him. Through
the harm-reduction programme he gets clean syringes every week, and he
started methadone in February. Tests for HIV and hepatitis C were negative.
He says the outreach worker, {PER:Brahim}, 'never looked at me like a junkie'.
{PER:Hamza} now works as a paid peer worker at the needle exchange two mornings
a week, and his younger sister has started visiting him again.
""", ["addiction", "hiv_sti_testing", "income_employment", "peer_support",
      "family_relations", "stigma_discrimination"]),

    ("c29", "en", """
When I arrived in Bordeaux I had nothing to eat for days. Auntie {PER:Bisi}, a
Nigerian lady who sells food near {LOC:place André Meunier}, told me about the
Tuesday distribution. Since then I get a food parcel every week and vouchers
for the supermarket. The social worker, Mrs {PER:Dupuy}, helped me apply for
state medical aid so I could see a doctor for the first time in three years.
The doctor sent me to a psychiatrist because I was not sleeping and I was
thinking of ending my life. I am on medication now and I see her every two
weeks. I still work some nights, but I have a plan. My name is {PER:Precious
Eze}; you can write to me at {EMAIL:precious.eze@yahoo.com}.
""", ["food_security", "access_to_care", "mental_health"]),

    ("c30", "en", """
Incident report, Marrakech outreach team. On Saturday night {PER:Sara}, a trans
woman of 25, was attacked by four young men near the {LOC:Café de la Poste} in
{LOC:Gueliz}. They shouted insults, cut her hair and kicked her. At the
emergency department of the Ibn Tofail hospital, a nurse refused to call her
by her name and left her waiting for five hours. Our educator, {PER:Ilyas},
stayed with her all night. Lalla {PER:Fatiha}, the landlady who rents her a
room in {LOC:Derb Dabachi}, came to the hospital too. {PER:Sara} refused to file a
complaint; she says the police would laugh at her. She now meets the
psychologist weekly and says: 'They cut my hair, not my pride.'
""", ["violence_physical", "violence_psychological", "stigma_discrimination",
      "access_to_care", "mental_health", "self_esteem"]),

    ("c31", "en", """
Interview, Tangier, translated from French. |
Q: Can you tell us your story? |
A: I am {PER:Mariama Bah}, from Conakry. My uncle married me to an old man
when I was fifteen. I ran away, crossed Mali and Algeria, and arrived in
Tangier pregnant. I lived in the {LOC:Boukhalef} area with other Guineans and
worked at night to pay the rent. |
Q: What did the organisation do? |
A: The nurse followed my pregnancy, and when my daughter {PER:Hawa} was born
at the hospital, they helped me get her birth registered, which I thought
was impossible without papers. Her birth certificate number is
{ID:1457/2024}. UNHCR also registered us, certificate {ID:452-24C00318}. |
Q: What is the biggest change? |
A: My daughter exists on paper. Nobody can say she does not exist.
""", ["violence_psychological", "reproductive_health", "civil_documents"]),

    ("c32", "en", """
I have lived with HIV for eleven years. For most of them I told nobody, not
even my sister in Abidjan. In Bordeaux I stayed in my studio on {LOC:cours de
l'Yser} and only went out to work. Then Mama {PER:Adjoua}, who runs the women's
group at La CASE, invited me to their Saturday lunch. There were women like
me, living with the virus, working, raising children. I started speaking. Two
years later my viral load is undetectable and I never miss a dose of
Biktarvy. Last month I told my sister, and she said she loves me. My name is
{PER:Christelle}; the group calls me {PER:Titi}.
""", ["hiv_care", "social_isolation", "peer_support", "family_relations"]),

    ("c33", "en", """
Case summary, La CASE, Bordeaux. Mrs {PER:Wafa Cherkaoui}, 36, born in Kenitra,
came to France in 2019 after her husband beat her and took their two sons
back to Morocco. He sends messages threatening that she will never see the
boys again unless she sends him 500 euros a month. With our partner lawyer,
Ms {PER:Sandrine Roux}, she obtained a French divorce judgement and a custody
ruling, and the file was sent to the Moroccan central authority, reference
{ID:2024-FR-MA-0087}. She now speaks to her sons on video every Sunday. She
still struggles: '{PER:Wafa} means loyalty, and I was loyal to the wrong man.'
""", ["violence_physical", "violence_psychological", "violence_economic",
      "family_law", "legal_support", "family_relations"]),

    ("c34", "en", """
{PER:Rkia}, 44, left sex work in 2023. After the ALCS income programme, she and
three other women set up a small cooperative selling couscous and msemen in
{LOC:Hay Salam}, Agadir. Si {PER:Abdellah}, the baker on {LOC:Rue 24}, lends them
his oven at dawn. The micro-credit of 10,000 dirhams was repaid in eleven
months. {PER:Rkia} says the most important thing is not the money: 'My
neighbours used to whisper when I passed. Now they order bread from me for
weddings, and I walk with my head up.' She also attends the literacy class on
Wednesdays and can now read the school reports herself.
""", ["income_employment", "stigma_discrimination", "self_esteem",
      "vocational_training"]),

    # ---------------------------------------------------------- Arabic script
    ("c35", "ar", """
اسمي {PER:سعاد}، عمري ثلاثون سنة، وأعيش في {LOC:حي سيدي مومن} بالدار البيضاء. في
شهر يناير ضربني زبون ضربًا مبرحًا ورفض أن يدفع لي، فقضيت ليلتين في مستعجلات
مستشفى محمد الخامس. لم أكن أعرف أن من حقي أن أشتكي. المثقفة النظيرة في جمعية
محاربة السيدا، السيدة {PER:نزهة}، شرحت لي حقوقي ورافقتني إلى المحامية. تم
تسجيل شكايتي تحت رقم {ID:3412/2025}. اليوم أشارك في مجموعة الحديث مع نساء
أخريات كل خميس، وأشعر لأول مرة أن صوتي له قيمة وأنني لست أقل من أحد.
""", ["violence_physical", "violence_economic", "access_to_care", "rights_awareness",
      "legal_support", "peer_support", "self_esteem"]),

    ("c36", "ary", """
سميتي {PER:حنان}، كنخدم فمراكش. البوليس شدوني جوج مرات فالليل ف{LOC:حي المسيرة}
وداو ليا الفلوس لي كانو معايا، وقالو ليا إلا ما خلصتيش غادي نديروك فالحبس.
من بعد عرفت {PER:زينب} من الجمعية، عطاتني الرقم ديال الجمعية وعلماتني شنو هوما
الحقوق ديالي. دابا ملي كيوقفوني كنقول ليهم بلي عندي الحق نتصل بالمحامي،
وما بقاوش كيقربو ليا. ودرت التحليل ديال السيدا والزهري فالجمعية، الحمد لله
كلشي مزيان. الرقم ديالي إلا بغيتو: {PHONE:٠٦٦١٣٤٧٢٩٠}
""", ["police_harassment", "violence_economic", "violence_psychological",
      "rights_awareness", "hiv_sti_testing"]),

    ("c37", "ar", """
تقرير المرافقة الاجتماعية. السيدة {PER:رشيدة بنعلي}، ستة وعشرون عامًا، من
{LOC:دوار أولاد بوعزة} بإقليم الحوز. جاءت بها امرأة إلى مراكش بوعد العمل في
البيوت، ثم احتجزتها في شقة في {LOC:شارع الحسن الثاني} وأجبرتها على ممارسة الجنس
مع الزبائن لسداد دين قدره عشرون ألف درهم، وأخذت منها بطاقتها الوطنية. بعد
هروبها، استقبلتها الجمعية في مركز الإيواء، وساعدتها على استخراج بطاقة وطنية
جديدة تحمل رقم {ID:EE 719305}. كما استفادت من تكوين في الحلاقة والتجميل،
وتعمل اليوم في صالون في {LOC:حي المحاميد}. هاتف المرافقة: {PHONE:00212 661 09 35 72}.
""", ["trafficking", "violence_physical", "violence_sexual", "housing",
      "civil_documents", "vocational_training", "income_employment"]),

    ("c38", "ary", """
أنا {PER:مليكة}، عندي خمسة وأربعين عام. عرفت بلي عندي السيدا فعام ألفين وعشرين.
ملي عرفو خوتي طردوني من الدار وقالو ليا راك حشومة علينا. سكنت بوحدي فبيت صغير
في {LOC:درب الكبير}، وما كنت كنهضر مع حتى واحد. الوسيطة ديال الجمعية، لالة
{PER:عائشة}، كانت كتجي عندي وكتفكرني بالدوا ديالي كل نهار. دابا الدوا كنشربو
فالوقت والتحاليل مزيانين. ومشيت عند الطبيبة النفسانية حيت كنت ديما كنبكي وما
كنعسش. دابا ولات عندي صحابات فالجمعية، عايشين بحالي، وكنضحك معاهم.
""", ["hiv_sti_testing", "hiv_care", "violence_psychological", "housing",
      "stigma_discrimination", "social_isolation", "mental_health", "peer_support"]),

    ("c39", "ar", """
تروي {PER:نادية} أن زبونًا اغتصبها في شهر رمضان وهددها بالقتل إن تكلمت. بعد
أسابيع اكتشفت أنها حامل، فذهبت عند امرأة في {LOC:دوار الشيخ} أعطتها أعشابًا
لإسقاط الحمل، فأصيبت بنزيف حاد. نقلتها منسقة الجمعية إلى قسم المستعجلات في
المستشفى الإقليمي، حيث تابعتها الطبيبة {PER:لمياء الفاسي}. بعد العلاج اختارت
وسيلة منع الحمل بالزرع تحت الجلد. تقول {PER:نادية}: «لم أعد أخاف من جسدي». رقم
ملفها الطبي {ID:2025-0381}، ويمكن التواصل مع المنسقة على
{EMAIL:coord.safi@alcs-relais.ma}.
""", ["violence_sexual", "violence_psychological", "reproductive_health",
      "access_to_care"]),

    ("c40", "ary", """
الحاجة {PER:فاطنة} هي لي علماتني الخياطة فالجمعية. كنت كنخدم فالزنقة عشر سنين،
وكنت كنحشم من راسي. درت التكوين ديال ستة شهور، ومن بعد خديت قرض صغير وشريت
ماكينة. دابا كنخيط القفاطن فالدار في {LOC:حي الفرح} وكيجيوني الزبونات من الحي
كامل، ودابا راسي مرفوع. ولدي {PER:أيوب} رجع يقرا فالمدرسة حيت ولا عندي باش
نخلص، وكنراجع معاه الدروس فالليل. إلا بغيتي قفطان عيط ليا:
{PHONE:+212 6 62 48 19 07}. سميتي {PER:رشيدة} ولكن كلشي كيعيط ليا {PER:شيدة}.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),

    ("c41", "ar", """
السيدة {PER:ماري نغونو}، كاميرونية، تعيش في الرباط منذ ثلاث سنوات. في الصيف طردها
صاحب المنزل في {LOC:حي التقدم} بالقوة بعد أن علم بعملها، ورمى أغراضها في الشارع
أمام الجيران وهو يصرخ بشتائم عنصرية. قضت أسبوعًا مع ابنتها في حديقة عمومية
بلا طعام تقريبًا. وفرت لها الجمعية سلة غذائية وغرفة مؤقتة، وساعدتها المفوضية
السامية لشؤون اللاجئين على تجديد وثيقتها رقم {ID:MOR-23C02291}. تقول: «لأول
مرة شعرت أن هناك من يقف معي».
""", ["violence_physical", "violence_psychological", "stigma_discrimination",
      "housing", "food_security", "civil_documents"]),

    ("c42", "ary", """
أنا {PER:سلمى}، من {LOC:حومة بني مكادة} فطنجة. كنت كنشرب القرقوبي والشراب باش
نقدر نخدم فالليل. واحد الليلة ضربني واحد الكليان حتى طاح ليا سني. {PER:خديجة}
المربية ديال الجمعية دياتني لمركز علاج الإدمان، وبديت الميثادون. دابا عندي
عام بلا قرقوبي. وتصالحت مع ماما، كنتغدا عندها نهار الجمعة. عمري ما شكيت
للبوليس وما بغيتش، ولكن دابا عارفة فين نمشي إلا وقع ليا شي حاجة.
""", ["addiction", "violence_physical", "family_relations", "access_to_care",
      "rights_awareness"]),

    ("c43", "ar", """
بعد وفاة ابنها، حاولت {PER:زهرة} أن تنهي حياتها. كانت قد انقطعت عن عائلتها منذ
سنوات، ولم يكن أحد يسأل عنها. زارتها المثقفة النظيرة {PER:كريمة} في مستشفى الرازي
للأمراض النفسية، ثم رافقتها إلى جلسات الدعم النفسي الجماعي في الجمعية مع نساء
يعشن الظروف نفسها. تقول {PER:زهرة}: «كنت أظن أن لا أحد سيبكي عليّ. اليوم عندي
أخوات». ما زالت تتناول دواء مضادًا للاكتئاب، وتحلم بحياة كريمة، وتتصل
بالمرشدة كلما ضاقت بها الدنيا على الرقم {PHONE:٠٧ ٠٠ ١٢ ٣٤ ٥٦}.
""", ["mental_health", "social_isolation", "peer_support", "family_relations"]),

    ("c44", "ary", """
الأستاذة {PER:بشرى}، المحامية ديال الجمعية، هي لي وقفات معايا فالمحكمة. راجلي
كان كيضربني وكيقول ليا غادي نديلك الولاد. طلقت، وحكمات ليا المحكمة بالنفقة
ديال ألف وخمسمية درهم والحضانة ديال جوج بنات. ودابا البنات مسجلين فالحالة
المدنية. رقم الملف ديال الطلاق {ID:1320/1629/2024}. سكنت مع ختي في
{LOC:دوار العسكر}، و{PER:لطيفة} ختي كتعاوني فالولاد. ملي كنشوف البنات كيضحكو
فالدار، كنعرف بلي الصبر ديالي ما مشاش خاوي. كنحس براسي قوية وما بقيتش خايفة.
""", ["violence_physical", "violence_psychological", "family_law", "legal_support",
      "civil_documents", "family_relations", "self_esteem"]),

    # ---------------------------------------------- SMS / WhatsApp, Latin letters
    ("c45", "ary", """
slm {PER:khadija} labas? ana {PER:nawal} dyal {LOC:hay hassani}, lbare7 l7ekam
chdouni f {LOC:cafe la perle} o khdaw lia 200dh o tel. gal lia wa7ed fihom ila
ma jebtich 500 ghadi ydirni f l7abss. 3yat lik bzaf ma jawbtinich. hadi nmra
jdida dyali {PHONE:0612.45.78.03}. o la capote t9et3at m3a wa7ed lbare7, wach
kayn dak dwa dyal 72 sa3a? ... safi jit l centre lyoum, drt test o bdit dwa
dyal TPE, merci bzaf a {PER:khadija} nti 7bibti
""", ["police_harassment", "violence_economic", "violence_psychological",
      "hiv_sti_testing", "hiv_prevention"]),

    ("c46", "fr", """
bjr c {PER:sabrina} la copine a {PER:nadia}, elle m a donné ton num. jsuis a la rue
depuis hier, mon mec m a mise dehors avec mes affaires ds des sacs, il m a
tapé 😢 jdors ou ce soir?? jsuis vers la {LOC:gare st jean} ... ok merci, le 115
m a trouvé une place a l accueil de nuit. mon num c {PHONE:07 58 41 20 36} si tu
veux me rappeler. merci mme {PER:lafon} ... jsuis passée au cegidd ce matin
comme t avais dit, test vih negatif 🙏 jreviens jeudi pour le rdv logement
""", ["violence_physical", "housing", "hiv_sti_testing"]),

    ("c47", "ary", """
salam a si {PER:mehdi}, ana {PER:houda} li kont m3akom f formation dyal l7la9a.
bghit ngoul lik rani bdit lkhedma f salon f {LOC:derb ghallef} b 2500dh f chher.
lmoul salon, {PER:hassan}, 3ajbah lkhedma dyali. daba ma b9itch kankhrej f lil,
o weldi kaychoufni kandkhol m3a 7 d l3chiya o kanakol m3ah. rani fer7ana bzaf,
7ssit b rassi 3ndi 9ima. ila bghiti tzorni rah {PHONE:+212 7 12 63 90 84}.
choukran l jm3iya o l {PER:samira} li dima kant kat3tini lkhatr.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),

    ("c48", "ary", """
{PER:zizi} hna, smiti l3a9la {PER:zineb} walakin kolchi kay3ayet lia {PER:zizi} 😂
bghit ngoul l groupe dyal lkhamis: 3ndi 3am o ana kanakhod dwa dyal sida kol
nhar, charge virale indetectable. dr {PER:benkirane} gal lia rani mzyana bzaf.
lwalida daba 3arfa o 9albha kbir, mab9atch kat9ouli hchouma 3lik. kan3ref
bzaf dyal lbanat f {LOC:sidi ghanem} ma kaydiroch test 7it khayfin. goulo lihom
ay wa7da tji l jm3iya, ta wa7ed ma ghadi y3ref. 7na m3a ba3diyatna
""", ["hiv_care", "family_relations", "peer_support", "stigma_discrimination"]),

    ("c49", "fr", """
Coucou {PER:Léa} c {PER:Nath} 👋 alors jsuis allée au commissariat de {LOC:Mériadeck}
avec {PER:Karim} de l asso, ils ont pris ma plainte cette fois!! le policier etait
correct. numero de plainte {ID:2025/00784}. le client qui m a etranglée dans
sa voiture c un certain {PER:Fabrice}, ils vont le convoquer. l avocate Me
{PER:Gaye} m a appelée, rdv mardi 14h. jte renvoie la photo du certificat medical
par mail {EMAIL:nath.bdx33@laposte.net} ? jme sens plus forte qu avant franchement
""", ["violence_physical", "legal_support", "self_esteem"]),

    ("c50", "ary", """
salam {PER:amal} labas 3lik? ana {PER:itto}. mol dar jra 3lia mn lbit f {LOC:m'hamid 9}
7it ma khlasstch 3 chhour, o drebni b l3sa f rjel. daba ana f {LOC:douar igherm}
3nd mama {PER:fatiha} m3a wlidati. ma3ndna ma nakloh, ghir lkhobz o atay. wach
kayna chi 9ffa dyal ramadan mn jm3iya? o wach t9der tsifti lia wra9 dyal
lbatta9a, CIN dyali {ID:JT92471} t9ta3at o bghit njaddadha. mrc bzaf. nmra dyal
khay {PHONE:06-70-33-81-25}
""", ["violence_physical", "housing", "food_security", "civil_documents"]),
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
    out = Path(__file__).with_name("analysis_dev4.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, rows)
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
