"""Generate tests/data/analysis_dev5.jsonl (formerly analysis_blind4.jsonl, "blind set 4").

Now the FIFTH DEVELOPMENT SET: on 2026-12-01, after its first and only blind score (recorded in
tests/test_nlp_dev5.py as FIRST_SCORE), the team declared it a development set and the engine was
tuned on its misses. The text below describes how it was written while it was still blind.

Written on 2026-12-01 from the codebook (shared/design/codebook.md: theme keys,
labels, definitions and the personal-data labels), the description of the
users (shared/design/msc-method.md), the French context documents in
shared/context/ (for situations and vocabulary only; no real person is
copied) and point 6 of issue 10, WITHOUT reading the analysis engine, its
pattern lists, its tests or the stories of any other evaluation set (only
the format conventions and helper code of make_analysis_blind3.py were read,
so that the two blind sets are comparable). It is to be scored ONCE; never
tune the engine on it (once it has been used for tuning it is no longer
blind, and a new blind set must be written).

The 50 stories below are fictional (no real person): 22 French, 12 English,
10 in Arabic script (5 Modern Standard Arabic, lang "ar"; 5 Moroccan Darija,
lang "ary") and 6 SMS/WhatsApp messages in Latin letters (4 Darija mixed with
French, lang "ary"; 2 French SMS, lang "fr"). Unlike a typical set they are
written in varied registers: telegraphic facilitator case notes, interview
transcripts with Q/R (Q/A) turns, transcribed WhatsApp voice notes, reports
in the third person by peer educators, and stories naming several people
(partner, children, landlord, pimp, police officer, lawyer, doctor). Settings:
Bordeaux and its suburbs, Moroccan cities (derb, hay, douar, médina), and
migrant routes (Nigeria, Côte d'Ivoire, Cameroon, Romania, Brazil, Colombia).

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points; emoji count as one) and checks that every
span reads back exactly. In the story sources, physical lines are joined
with one space; a line ending in `` |`` ends with a real newline instead
(used for interview turns).

Marking conventions (copied from blind set 3):
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

Cases this set adds, marked in the same spirit (stated here so that the
gold is unambiguous):
- Initials are names: « Mme B. » -> PER « B. » (the initial with its dot);
  « H. Ait Brahim » is one PER span. Particles belong to the name (Ben, El,
  Ait, Ould, Ngo, de, da, dos).
- A name that is also a common word or a city is PER only when it names a
  person (Rose, Espérance, Chance, Blessing, Precious, Destiny, Paris, Nour,
  Hayat, Amal, Sabah, Houda); the same word as a common word or as the city
  is not marked.
- Numbers given only in words (« zéro six … ») are not PHONE; an obfuscated
  address (« prenom at gmail dot com ») is EMAIL, the whole written form.
- Communes of a metropolitan area (Mérignac, Pessac) count as towns, like
  large cities: not marked; their quartiers, streets and residences are.
- ID also covers passport numbers, French social-security numbers (with
  their inner spaces), AGDREF numbers, UNHCR case numbers, complaint
  numbers (« PV n° 412/2025 ») and receipt or referral numbers after a cue.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated (« elle n'a jamais eu besoin d'avocat »), is only
wished for, or concerns someone else. Two choices made for consistency:
access_to_care is given when the story presents getting into care as a step
(first consultation, referral, emergency care, health coverage);
family_relations is given for relations with children, family or partner
that are not themselves the violence (a rejection by family alone is
violence_psychological). Abuse by police is police_harassment, and also
violence_economic when money is taken and violence_psychological when the
story describes threats or humiliation.

Run:  python3 tests/data/make_analysis_dev5.py
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
("d01", "fr", """
Note de suivi – 14/03. Pers. reçue au local, orientée par {PER:Ioana} (paire).
Mme {PER:Radu}, 27 ans, roumaine, travaille la nuit {LOC:quai de Paludate}.
Signale : client violent le 9/03, coups au visage, recette volée (300 €). Pas
de plainte : peur. Ce jour : TROD VIH et syphilis négatifs, TPE non indiqué
(> 72 h). Préservatifs + gel remis. RDV pris au CeGIDD lundi, première
consultation. Juriste proposée si un jour elle veut porter plainte : « pas
maintenant ». Tél : {PHONE:07 58 21 94 36}. Hébergée chez une compatriote
{LOC:rue Kléber}, {LOC:quartier Saint-Michel}. Dit se sentir « moins seule
depuis le groupe du jeudi » avec {PER:Ioana} et les autres filles.
""", ["violence_physical", "violence_economic", "hiv_sti_testing",
      "hiv_prevention", "access_to_care", "peer_support", "social_isolation"]),
("d02", "fr", """
Q : Comment êtes-vous arrivée à Bordeaux ? |
R : Par le Niger, la Libye, l'Italie. À Benin City, une femme m'avait promis
un travail de coiffeuse. En France, la mama m'a dit que je lui devais 35 000
euros et elle m'a mise sur le trottoir. |
Q : Qui vous a aidée ? |
R : {PER:Blessing}, une paire de l'association. Elle passait le soir
{LOC:cours de la Marne} avec le camion. Elle m'a expliqué mes droits, que
cette dette n'existe pas devant la loi. |
Q : Et aujourd'hui ? |
R : J'ai porté plainte avec Maître {PER:Laure Dufresnoy}. J'ai un récépissé,
numéro AGDREF {ID:3312457809}. Je commence une formation de coiffure au
GRETA en janvier. Je ne donne plus un euro à la mama.
""", ["trafficking", "peer_support", "rights_awareness", "legal_support",
      "civil_documents", "vocational_training"]),
("d03", "fr", """
[Note vocale WhatsApp, 1 min 12, transcrite par l'animatrice] Allô tantie
{PER:Rose}, c'est {PER:Awa} hein. Je voulais te dire merci. Le docteur de
l'hôpital Saint-André m'a donné le traitement, les comprimés là, Biktarvy, un
par jour. Au début j'oubliais, maintenant j'ai mis l'alarme et la charge
virale est indétectable, il m'a dit. Mon fils {PER:Junior} est resté à
Abidjan avec ma maman, je l'appelle tous les dimanches et il me raconte
l'école. Rappelle-moi sur le nouveau numéro, c'est le {PHONE:06.44.12.87.09},
l'autre je l'ai perdu. Et dis à {PER:Mariam} que le groupe de parole de
samedi, je viens, je ramène les beignets. Que Dieu te bénisse, tantie.
""", ["hiv_care", "family_relations", "peer_support"]),
("d04", "fr", """
Récit rapporté par {PER:Hayat}, éducatrice paire à Marrakech. « J'ai connu
{PER:Sabah} au {LOC:derb Dabachi}, elle avait dix-neuf ans et venait du
{LOC:douar Ouled Bouâza}. Un soir, deux policiers l'ont embarquée sans motif et
lui ont pris tout son argent contre sa libération. Elle n'avait pas de CIN :
son père ne l'avait jamais déclarée à l'état civil. Nous l'avons accompagnée
au tribunal pour le jugement déclaratif de naissance ; aujourd'hui elle a sa
carte, n° {ID:EE 734109}. Elle dit : "maintenant, si la police m'arrête,
j'existe", et elle marche la tête haute, fière. » {PER:Hayat} ajoute que
{PER:Sabah} vient au groupe de parole du mardi et qu'elle a repris contact
avec sa mère après l'Aïd.
""", ["police_harassment", "violence_economic", "civil_documents", "legal_support",
      "self_esteem", "peer_support", "family_relations"]),
("d05", "fr", """
Je m'appelle {PER:Kenza}, j'ai 34 ans. Avec {PER:Mehdi}, mon compagnon, ça
allait au début. Puis il a commencé à garder tout mon argent et à me traiter de
pute devant les enfants, {PER:Inès} et le petit {PER:Yanis}. Le propriétaire,
M. {PER:Castaing}, voulait nous mettre dehors parce que le loyer n'était plus
payé : c'est {PER:Mehdi} qui encaissait tout. Avec l'assistante sociale, j'ai
saisi le juge aux affaires familiales pour la garde et la pension. Mon
avocate, Me {PER:Sandrine Lopes da Costa}, a obtenu la résidence des enfants
chez moi. Aujourd'hui j'ai un studio à la {LOC:résidence Les Aubépines}, à
Mérignac, les enfants vont à l'école Jules Verne et je travaille en CDD dans
une cantine. Le soir on fait les devoirs ensemble. Ce qui compte : je gère
mon argent.
""", ["violence_economic", "violence_psychological", "housing", "family_law",
      "legal_support", "income_employment", "family_relations"]),
("d06", "fr", """
Fiche entretien – antenne d'Agadir. Bénéficiaire : {PER:H. Ait Brahim} (dite
« {PER:Houda} »), 41 ans, {LOC:hay Dakhla}. Motif : agression sexuelle par deux
clients le 2 du mois, chambre de l'{LOC:hôtel Tildi}. Prise en charge :
urgences de l'hôpital Hassan II, TPE démarré dans les 48 h, contraception
d'urgence (Norlevo). Certificat médical, ITT 21 jours. Plainte déposée, PV n°
{ID:412/2025}. Suivi psy proposé : accepté, première séance faite, elle dit
dormir de nouveau. CIN expirée pendant les faits, renouvellement en cours
(CIN {ID:J 408217}). Contact : {PHONE:+212 6 61 48 22 07}.
""", ["violence_sexual", "access_to_care", "hiv_prevention", "reproductive_health",
      "legal_support", "mental_health", "civil_documents"]),
("d07", "fr", """
Q : Vous pouvez vous présenter ? |
R : Je suis {PER:Luana dos Santos}, brésilienne, les filles m'appellent
{PER:Lulu}. |
Q : Qu'est-ce qui s'est passé en mai ? |
R : Contrôle {LOC:quai de Bacalan}. Un policier m'a appelée « monsieur » tout
le temps, il a ri de mes seins devant ses collègues et il a dit qu'il me
renverrait à São Paulo dans un avion. |
Q : Qu'avez-vous fait ? |
R : Avec {PER:Chance}, la médiatrice, on a saisi le Défenseur des droits,
référence {ID:2025-118734}. Et j'ai commencé la PrEP au CeGIDD, Truvada tous
les jours. Je me sens plus forte. Les filles du groupe trans du mercredi,
c'est ma famille maintenant.
""", ["police_harassment", "violence_psychological", "stigma_discrimination",
      "legal_support", "hiv_prevention", "self_esteem", "peer_support"]),
("d08", "fr", """
J'ai commencé la colle à quatorze ans, puis l'alcool et les comprimés, le
karkoubi. Je dormais sous un porche à {LOC:Derb Sultan}. C'est {PER:Nour}, de
l'équipe de rue, qui m'a amenée la première fois au centre d'addictologie. On
m'a donné la méthadone, j'ai arrêté les comprimés depuis huit mois. J'ai une
chambre au {LOC:hay Moulay Rachid}, je paie moi-même. Ma sœur
{PER:Ghizlane} m'a rappelée après trois ans de silence, pendant le Ramadan :
elle m'a dit « tu nous manques ». Je suis une formation de pâtisserie avec
l'Entraide Nationale. Le matin, j'entends l'appel de la mosquée Hassan II et
je ne pense plus à la colle. Mon numéro : {PHONE:0661 23 45 09}.
""", ["addiction", "access_to_care", "housing", "family_relations",
      "vocational_training"]),
("d09", "fr", """
Compte rendu d'{PER:Espérance}, médiatrice paire. {PER:Mireille Ngo Bassong},
camerounaise, est arrivée en 2021 par le Maroc et l'Espagne. Son ancien
« protecteur », un certain {PER:Patrick} dit le {PER:Boss}, la faisait
travailler {LOC:place de la Victoire}, prenait la moitié de ce qu'elle gagnait
et la frappait quand elle rentrait avec moins. Elle l'a quitté en janvier.
Depuis, il l'appelle du {PHONE:+33 (0)7 81 52 30 64} et menace de la
retrouver. Nous avons déposé la demande de titre de séjour pour les victimes de
traite ; numéro étranger AGDREF {ID:3309871245}. Elle a un lit au CHRS
depuis mars et suit une formation d'aide-soignante. Je garde l'espérance
qu'elle aura ses papiers avant l'été : elle rit de nouveau.
""", ["trafficking", "violence_economic", "violence_physical", "violence_psychological",
      "civil_documents", "housing", "vocational_training", "peer_support"]),
("d10", "fr", """
{PER:Zineb} raconte : « Au centre de santé du quartier, quand l'infirmière a vu
mon dossier, elle a crié devant la salle d'attente que j'avais le sida et elle
a refusé de me faire la piqûre. Je suis rentrée à la maison, {LOC:derb
Lamtiyyine}, et je n'ai plus pris mes médicaments pendant deux mois. Mon mari,
{PER:Abdelilah El Fassi}, savait ; il m'a tenu la main. La médiatrice
thérapeutique de l'association, Mme {PER:Tazi}, m'appelle maintenant quand
j'oublie mes comprimés et elle vient avec moi aux bilans à l'hôpital Ibn
Khatib. Ma charge virale est redevenue indétectable. » {PER:Zineb} dit qu'elle
n'a plus honte à la pharmacie.
""", ["stigma_discrimination", "hiv_care", "family_relations", "self_esteem"]),
("d11", "fr", """
Tournée numérique du 22/10. Annonce sur un site d'escort : {PER:Valentina},
colombienne, « {PER:Vale} » sur l'annonce. Elle écrit à l'équipe que son copain
{PER:Andrés} a pris son passeport (n° {ID:AV4471203}) et l'enferme à clé dans
l'appartement {LOC:rue du Palais-Gallien} quand il sort. Elle ne connaît
personne à Bordeaux, ne parle qu'à lui et à ses clients. Proposé : rendez-vous
au local, dépistage, rencontre avec la juriste ; elle dit qu'elle y pensera,
rien de fait pour l'instant. Elle préfère qu'on lui écrive à
{EMAIL:valen.tina87 at gmail dot com} plutôt que par téléphone.
""", ["violence_physical", "civil_documents", "social_isolation"]),
("d12", "fr", """
Q : Qu'est-ce qui a le plus changé pour vous ? |
R : L'hiver dernier, mes enfants avaient faim. On dormait à trois dans la
voiture derrière le {LOC:marché des Capucins}. |
Q : Et ensuite ? |
R : {PER:Doina}, la médiatrice qui parle roumain, m'a fait les colis des Restos
du Cœur, puis la carte pour l'épicerie solidaire. Elle a fait ma demande de
sécurité sociale : mon numéro, c'est le {ID:2 89 04 99 126 048 37}. Avec ça
j'ai vu un médecin pour la première fois en France, pour mon diabète. |
Q : Et les enfants ? |
R : {PER:Florin} et {PER:Ana} mangent à la cantine maintenant. On a une
chambre d'hôtel par le 115. Je ne dis pas que c'est fini, mais on mange.
""", ["food_security", "housing", "access_to_care", "family_relations"]),
("d13", "fr", """
Signalement reçu le 3/11 à l'antenne de Tanger. Mme {PER:B.}, 38 ans, mère de
deux filles. Son ex-mari, M. {PER:Karim El Amrani}, menace de lui retirer les
enfants « parce qu'elle fait la pute » et envoie des messages d'insultes à sa
famille. Divorce prononcé en 2023, garde à la mère, pension jamais versée.
Orientée vers Me {PER:Ouazzani}, avocate partenaire : requête en exécution de
la pension déposée, dossier n° {ID:1187/1605/2025}. Mme {PER:B.} voit ses
filles chaque jour après l'école et dit qu'elles « sont sa force ». Joignable
au {PHONE:00212 661 30 27 84}, seulement le matin.
""", ["violence_psychological", "family_law", "legal_support", "family_relations"]),
("d14", "fr", """
Je n'ai jamais été frappée par un client, je touche du bois, et je n'ai jamais
eu besoin d'avocat. Mon problème, c'était la honte. À la pharmacie du
{LOC:cours Victor Hugo}, la première fois que j'ai demandé des préservatifs
féminins, le pharmacien a dit tout fort « pour le travail, madame ? ». Je suis
sortie sans rien. Ma copine {PER:Nadia} m'a parlé de la PrEP ; je l'ai
commencée au CeGIDD en septembre. Maintenant je commande les préservatifs à
l'association et je passe la main aux nouvelles qui arrivent. Mon fils, à
l'école Victor Hugo, ne sait rien et ce n'est pas le sujet. Aujourd'hui je
n'ai plus honte de dire mon métier au médecin.
""", ["stigma_discrimination", "hiv_prevention", "peer_support", "self_esteem"]),
("d15", "fr", """
Q : D'où venez-vous ? |
R : De Côte d'Ivoire. Je m'appelle {PER:Aminata Koné}. Je suis passée par le
Mali et l'Algérie, puis Oujda. Dans la forêt près de la frontière, trois hommes
m'ont violée. |
Q : Comment avez-vous connu l'association ? |
R : Par {PER:Grâce}, une sœur ivoirienne du {LOC:quartier Oulfa}. Elle m'a
emmenée chez la psychologue ; j'ai parlé pour la première fois. J'ai aussi ma
carte du HCR, numéro de dossier {ID:472-24C00318}. |
Q : Et maintenant ? |
R : Je fais des tresses chez moi, je gagne mon loyer. Le soir je ne fais plus
de cauchemars, ou moins.
""", ["violence_sexual", "peer_support", "mental_health", "civil_documents",
      "income_employment"]),
("d16", "fr", """
Histoire de Lalla {PER:Fatna}, 63 ans, racontée par sa voisine et paire
{PER:Khadija Ould Ahmed}. « Lalla {PER:Fatna} a travaillé quarante ans à
{LOC:Bab Ghmat}. Ses enfants ne lui parlent plus, ils disent qu'elle les a
salis. Elle vivait seule, sans sortir, et certains jours elle ne mangeait pas.
Hajja {PER:Mina}, qui tient l'épicerie, lui donnait du pain à crédit. Je l'ai
emmenée à la clinique de l'ALCS : tension à 19, diabète jamais soigné, on l'a
orientée à l'hôpital Ibn Tofail. Maintenant elle reçoit le panier de
l'association chaque mois et elle vient boire le thé avec nous le vendredi.
Elle rit, elle raconte ses histoires aux jeunes. »
""", ["violence_psychological", "social_isolation", "food_security",
      "access_to_care", "peer_support"]),
("d17", "fr", """
[Vocal WhatsApp 0:58, transcrit] Hello sister, c'est {PER:Precious}. Mama
{PER:Joy} m'a appelée encore hier, elle dit que je dois envoyer 500 euros cette
semaine ou elle fait le juju sur ma mère au pays. Toutes les filles de la
maison ont peur de la mama, mais moi je suis partie. Je suis allée au
commissariat comme tu as dit, avec {PER:Favour} pour traduire, ils ont pris ma
plainte, récépissé n° {ID:01218/25/004117}. Le policier était gentil, vraiment.
Mon numéro ne change pas, c'est toujours {PHONE:0753884120}. Je viens
au local jeudi.
""", ["trafficking", "violence_psychological", "violence_economic", "legal_support"]),
("d18", "fr", """
Entretien 12/02, local de Bordeaux. {PER:Yasmine}, 22 ans, accompagnée par son
amie {PER:Paris} (c'est son surnom : elle rêvait de Paris quand elle était
petite). Test de grossesse positif à sept semaines, elle ne veut pas garder.
Orientation vers le Planning familial : IVG médicamenteuse faite le 20/02,
visite de contrôle OK. Elle a choisi un implant comme contraception. Pas de
violence rapportée, le partenaire n'est pas au courant et elle ne veut pas
qu'on le contacte. {PER:Paris} l'attend dans la salle, elle dit : « on se
tient, nous deux ». Numéro de {PER:Yasmine} : {PHONE:06-12-48-73-90}.
""", ["reproductive_health", "access_to_care", "peer_support"]),
("d19", "fr", """
Je suis de Salé. À trente ans, je ne savais pas lire. Avec l'association, j'ai
fait l'alphabétisation, puis la formation en coiffure de neuf mois. Le
micro-crédit de l'INDH m'a permis d'acheter deux fauteuils et un séchoir.
J'ai ouvert le {LOC:salon Chez Amal}, {LOC:rue de Tétouan}, dans le
{LOC:quartier Tabriquet}. Mes clientes ne savent pas ce que je faisais avant,
et ça m'est égal. Ma fille {PER:Salma} va au collège, c'est moi qui paie les
livres. Quand une cliente m'appelle « Madame », je me redresse. L'amal, c'est
ça : l'espoir qu'on se fabrique. Pour un rendez-vous : {PHONE:0537 88 41 26}.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),
("d20", "fr", """
Q : Depuis quand vous venez au CAARUD ? |
R : Deux ans. Avant, je m'injectais et je partageais les seringues avec mon
copain {PER:Fred}. Je dormais dans un squat {LOC:quai de Brienne}. |
Q : Qu'est-ce qui a changé ? |
R : L'infirmière m'a fait le test de l'hépatite C et du VIH. Hépatite C
positive, VIH négatif. J'ai pris le traitement, douze semaines, et je suis
guérie. Maintenant je prends le matériel propre au CAARUD et je suis sous
Subutex. |
Q : Vous avez un numéro où on peut vous joindre ? |
R : Zéro six, cinquante-deux, trente, quarante et un, dix-huit. Et je dors à
l'appartement de coordination thérapeutique depuis juin.
""", ["addiction", "hiv_sti_testing", "housing"]),
("d21", "fr", """
Fiche d'écoute – Béni Mellal, 7/06. {PER:Siham}, 29 ans, {LOC:hay Ouled Ayad}.
Arrêtée trois fois en un mois devant le {LOC:café Les Palmiers} par le même
agent, M. {PER:Berrada}, qui lui prend 200 dirhams à chaque fois « pour ne pas
faire de procès-verbal » et la menace de prison. Elle a participé à l'atelier
sur les droits du samedi : elle sait maintenant qu'elle peut demander le nom
et le matricule et qu'elle a droit à un avocat. Avec la juriste de
l'association, plainte déposée auprès du procureur, n° d'ordre
{ID:BM-2025-0931}. Elle dit : « je connais mes droits, j'ai moins peur ».
""", ["police_harassment", "violence_economic", "violence_psychological",
      "rights_awareness", "legal_support"]),
("d22", "fr", """
Récit de {PER:Brigitte}, éducatrice paire à Bordeaux. « {PER:Carine Mbarga},
camerounaise, travaille dans la rue {LOC:quartier Belcier}. Elle avait une
plaie qui ne guérissait pas depuis Noël et elle avait honte d'en parler. Je
l'ai accompagnée à la consultation IST du CeGIDD : prise de sang, syphilis. Le Dr
{PER:Lemaire} lui a fait l'injection d'Extencilline, et elle revient pour le
contrôle en mars. Elle n'avait pas de couverture maladie ; l'assistante sociale
a fait l'AME, numéro {ID:ME4519027}. Elle m'a dit : "toi, tu ne m'as pas jugée". »
L'hôpital Pellegrin n'a pas été nécessaire.
""", ["sti_care", "hiv_sti_testing", "access_to_care", "peer_support"]),
("d23", "en", """
Q: Can you tell us your name and where you come from? |
A: {PER:Destiny Okafor}, from Edo State. A woman in Lagos said she would take
me to work in a shop in Spain. We crossed the desert to Algeria, then Morocco. |
Q: What happened in Morocco? |
A: In the house at {LOC:Boukhalef} the madam kept our passports and said we
owed her 40,000 euros. She beat the girls who did not bring money. |
Q: How did you get out? |
A: I met {PER:Gift} at the clinic when I went for an HIV test. She told me my
rights and took me to the UNHCR. My case number is {ID:291-23C07715}. I
believe my destiny is in my hands now, not in the madam's.
""", ["trafficking", "violence_physical", "hiv_sti_testing", "peer_support",
      "rights_awareness", "civil_documents"]),
("d24", "en", """
Case note, 05/09, Bordeaux drop-in. Client: {PER:Abena}, 31, Ghanaian,
referred by Auntie {PER:Grace} (peer). Lives in a room above the {LOC:bar Le
Mascaret}, {LOC:rue des Faures}. Landlord Mr {PER:Thibaud Larrieu} raised the
rent twice this year and now threatens to change the locks on Friday. No lease
in her name. Actions: referred to the housing rights lawyer; emergency shelter
request sent to the 115 as back-up; food vouchers given for two weeks. Tested
for HIV and hepatitis B today (results next week). Phone {PHONE:+33 6 71 09 28 44}.
""", ["housing", "legal_support", "food_security", "hiv_sti_testing",
      "peer_support"]),
("d25", "en", """
[WhatsApp voice note, 1:40, transcribed] Sister {PER:Bose}, good evening o.
It's me, {PER:Peace}. I want to tell you the baby is fine. The midwife at the
health centre in {LOC:Mesnana} did the scan, she said it's a girl. They gave me
the iron tablets and the card for the antenatal visits. I was so afraid they
would send me away because I have no papers, but they did not ask. The father,
{PER:Emeka}, he's not answering since he left for Europe. Please, when you
come on Tuesday, bring the clothes from the Red Cross. God bless you, sister.
""", ["reproductive_health", "access_to_care"]),
("d26", "en", """
Report by {PER:Hope Adeyemi}, peer educator, Marrakech. "I first saw
{PER:Precious} crying at the bus stop near {LOC:Bab Doukkala}. She had been
held for two months in a flat in {LOC:Daoudiate} by a man called {PER:Chidi},
who sold her to his friends and kept all the money. She escaped through the
window. We took her to the association's shelter. Mrs {PER:Oyelaran}, a
Nigerian lawyer who volunteers with us, helped her file a complaint. She now
joins our Thursday group of Anglophone women. Precious time was lost, but
she says she feels like a person again."
""", ["trafficking", "violence_physical", "violence_sexual", "violence_economic",
      "housing", "legal_support", "peer_support", "self_esteem"]),
("d27", "en", """
My name is {PER:Bianca}, I'm a travesti from Recife. In Bordeaux I work near
the {LOC:gare Saint-Jean}. For years I took hormones from the street, pills
from a friend, no doctor. Last spring I had pains in the chest and I went to
the emergency room at the hospital; they treated me like a man and laughed. I
thought of killing myself that week. The association found me Dr {PER:Hélène
Marchal}, who follows trans people at Haut-Lévêque hospital. She checks my
blood and prescribes the hormones now. I see the psychologist every two weeks.
I am not afraid of the mirror any more.
""", ["stigma_discrimination", "access_to_care", "mental_health", "self_esteem"]),
("d28", "en", """
Interview translated from Darija by the facilitator. |
Q: What was the hardest moment? |
A: When Mr {PER:Ouahbi}, the landlord in {LOC:hay Salam}, threw my things and
my children into the street. He pushed me down the stairs; I broke my wrist. |
Q: Where did you go? |
A: My brother {PER:Rachid} took us for a month, then the association found a
room in {LOC:Tikiouine}. My son {PER:Ayoub} changed school. |
Q: What is most significant for you? |
A: I have a key. Nobody can throw me out now. If you need me:
{PHONE:+212 661-457823}.
""", ["violence_physical", "housing", "family_relations"]),
("d29", "en", """
Outreach log, Rabat, 18/04. Met {PER:Esther Ngono}, 26, Cameroonian, in
{LOC:Takaddoum}. Arrested during a raid on Sunday, kept two nights at the
station, her phone broken by an officer. Released without charge but her
residence card was not returned. Went with her to the prefecture; receipt no.
{ID:RB-2025-00912} for the duplicate. She asked about condoms and PrEP: gave
condoms, PrEP appointment booked for next Monday. Says she wants to learn
pastry; nothing arranged yet. Contact via her cousin, {PHONE:0612345678}.
""", ["police_harassment", "civil_documents", "hiv_prevention"]),
("d30", "en", """
I came from Medellín in 2019. My boyfriend, {PER:Jhon Fredy}, got me into
cocaine, then crack. He said he loved me and sent me to the clients at the
{LOC:hôtel du Parc}; he took all the money for the drugs. At the CAARUD, {PER:Marisol}, who came the
same way years ago, gave me the kit, the pipes, the little filters, and never
lectured me. She took me to the CSAPA. I started treatment in October. I still
use sometimes, but much less, and I left {PER:Jhon Fredy}. I sleep at a women's
shelter in {LOC:La Bastide}. Email me if you want: {EMAIL:mari.lopez.bdx@outlook.fr}.
""", ["addiction", "violence_economic", "peer_support", "housing"]),
("d31", "en", """
Peer educator's account. "{PER:Elena Popescu}, Romanian, 24, was raped by four
men in a car park in Lormont, near the {LOC:Génicart} tower blocks. Her
friend {PER:Mihaela} called me at 3 a.m. We went to the emergency unit at
Pellegrin: PEP started within six hours, emergency contraception, samples
taken. The lawyer, Ms {PER:Ana Ferreira de Sousa}, came with her to the
police to file the complaint, case number {ID:PV 2025/008841}. The trial is
set for spring. {PER:Elena} sees the psychologist and has started sleeping without
the light on."
""", ["violence_sexual", "access_to_care", "hiv_prevention",
      "reproductive_health", "legal_support", "mental_health", "peer_support"]),
("d32", "en", """
I have never been arrested and, God willing, I never will be. I met the
association by chance, at a market in {LOC:Hay Mohammadi}, where they were
giving a talk on rights. I did not need a lawyer or a shelter; what I needed
was a trade. I joined the cooking course, six months, with a certificate at the
end. Now I cook for a restaurant in {LOC:Maarif}, with a salary and a pay slip.
My mother says this job is a blessing. My friend {PER:Chance} still works on
the street; I tell her about the course.
""", ["rights_awareness", "vocational_training", "income_employment"]),
("d33", "en", """
[Voice note, transcribed, 0:49] Hi {PER:Mariama}, it's {PER:Fanta}. The food
parcel came today, thank you, the kids jumped on the rice. We had nothing since
Wednesday. The lady from the Red Cross said I can come every two weeks. Please
send me the form for the training to my email {EMAIL:fanta.diallo2001@yahoo.fr},
my phone doesn't open the files. And tell Madame at the office that my
daughter {PER:Kadi} is going to school in {LOC:Mabella} next week.
""", ["food_security", "family_relations"]),
("d34", "en", """
Q: When did you learn your status? |
A: In 2017, at a mobile testing day in {LOC:Sidi Moumen}. I was pregnant with
{PER:Nour}. |
Q: And your daughter? |
A: She is negative, thanks to the treatment during the pregnancy. Today I take
Dolutegravir, one tablet, and I have not missed a month of follow-up. Sister
{PER:Amal}, the therapeutic mediator, called me every week the first year. |
Q: What changed for you? |
A: Before, I hid my pills in a sock. Now I explain the virus to the younger
girls. My file number at the clinic is {ID:CS-0417-88}; I know it by heart.
""", ["hiv_sti_testing", "hiv_care", "reproductive_health", "family_relations",
      "peer_support"]),
("d35", "ar", """
اسمي {PER:سعاد}، عمري اثنان وثلاثون عاماً، وأسكن في {LOC:حي الفرح} بالدار
البيضاء. كان زوجي {PER:عبد الرحيم} يضربني كل ليلة تقريباً ويأخذ كل ما أكسبه من
عملي. وفي ليلة من ليالي الشتاء طردني من البيت مع ابني الصغير، فنمت عند
الجيران. ذهبت إلى مركز الجمعية، فاستقبلتني المساعدة الاجتماعية السيدة
{PER:بشرى العلوي} ووجهتني إلى محامية. رفعنا دعوى طلاق مع طلب نفقة للطفل،
ورقم الملف {ID:1621/2025}. اليوم أعيش في غرفة صغيرة أدفع كراءها بنفسي، وأشتغل
في معمل للخياطة، وأشعر أنني استعدت كرامتي.
""", ["violence_physical", "violence_economic", "housing", "legal_support",
      "family_law", "income_employment", "self_esteem"]),
("d36", "ar", """
تحكي المثقفة بالنظير {PER:حياة}: «تعرفت على {PER:هدى} في {LOC:دوار الكدية}
قرب أكادير. كانت تعاني من حرقة وإفرازات منذ شهور ولا تجرؤ على الذهاب إلى
المستوصف. رافقتها إلى عيادة الجمعية حيث أجرت لأول مرة تحليل فيروس نقص
المناعة والسيفيليس، فكانت النتيجة سلبية للفيروس وإيجابية للسيفيليس، وتلقت
العلاج بالحقن عند الطبيبة. الآن تأتي كل شهر لتأخذ العوازل الطبية والمزلق،
وتقول إن الحياة عادت إلى طبيعتها.» رقم هاتف {PER:هدى} الذي تركته لنا:
{PHONE:٠٦٦٢ ٣٤ ٥٧ ٨١}.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention", "access_to_care",
      "peer_support"]),
("d37", "ar", """
س: ماذا حدث لك؟ |
ج: أنا {PER:جوزيفين}، من الكاميرون. أوقفتني الشرطة قرب {LOC:حي التقدم}، وطلب
مني شرطي مئتي درهم وإلا سيرحلني إلى الحدود. أعطيته كل ما كان معي. |
س: وماذا فعلت بعد ذلك؟ |
ج: ذهبت مع صديقتي {PER:ماري} إلى الجمعية. حضرت ورشة حول حقوق النساء
المهاجرات، وعرفت أن لي الحق في الحماية. سجلتني المفوضية السامية للاجئين،
ورقم ملفي {ID:RAB-24C01952}. |
س: وما الذي تغير؟ |
ج: لم أعد أرتجف أمام كل سيارة شرطة. أعرف الآن أين أذهب ومن أتصل به.
""", ["police_harassment", "violence_economic", "violence_psychological",
      "rights_awareness", "civil_documents"]),
("d38", "ar", """
بعد وفاة أمي تخلى عني أخي {PER:يوسف} وقال إنني عار على العائلة. بقيت شهوراً
لا أغادر غرفتي في {LOC:حي المسيرة}، لا أكلم أحداً، وفكرت في الانتحار أكثر من
مرة. زارتني لالة {PER:زهرة} من الجمعية، وأخذتني إلى الطبيبة النفسية في مستشفى
ابن نفيس. أتابع العلاج منذ ستة أشهر، وأشارك كل أربعاء في مجموعة الدعم مع
نساء عشن ما عشته. صديقتي {PER:نور} تمر علي كل صباح لنشرب القهوة. بدأت أرى
النور من جديد، وأنام الليل كله.
""", ["violence_psychological", "social_isolation", "mental_health",
      "access_to_care", "peer_support"]),
("d39", "ar", """
ملاحظة متابعة – تطوان. المستفيدة: السيدة {PER:ن. الإدريسي}، 27 سنة. ابنتها
{PER:ريم}، ثلاث سنوات، غير مسجلة في الحالة المدنية لأن الأب {PER:حميد} يرفض
الاعتراف بها. رُفعت دعوى ثبوت النسب بمساعدة الأستاذة {PER:لطيفة بنعيسى}،
رقم القضية {ID:2025/1620/412}. صدر الحكم في شهر أكتوبر، وسُجلت الطفلة في
دفتر الحالة المدنية ثم في الروض. المستفيدة تشارك في مجموعة الأمهات العازبات
كل خميس. رقم الهاتف: {PHONE:0539 71 22 48}.
""", ["civil_documents", "family_law", "legal_support", "peer_support"]),
("d40", "ary", """
سميتي {PER:خديجة}، ساكنة ف{LOC:حومة الطالعة} ف المدينة القديمة. واحد سميتو
{PER:العربي} كان كياخد ليا الفلوس ديالي كاملين وكيضربني إلى ما جبتش اللي بغا.
نهار كسر ليا سناني، مشيت للجمعية. لالة {PER:رشيدة} مشات معايا للسبيطار
للمستعجلات، ومن بعد للمحامي، ودرنا شكاية ف البوليس. دابا كنخدم ف الكوزينة
ديال واحد المطعم وكنخلص راسي بيدي، وما بقيتش كنخاف منو. إلى بغيتيني هذا
رقمي {PHONE:06 77 41 90 25}.
""", ["violence_economic", "violence_physical", "access_to_care",
      "legal_support", "income_employment"]),
("d41", "ary", """
[ميساج صوتي، دقيقة وعشرين] صباح الخير أختي {PER:صباح}، أنا {PER:وفاء}. بغيت
نقولك راه درت التحليل ديال السيدا والسفليس البارح ف الجمعية، وكلشي ناكاتيف
الحمد لله. الدكتور {PER:بنجلون} عطاني دوا البريب، كناخد حبة كل نهار، وقال ليا
نرجع من بعد شهر. قولي ل{PER:نادية} تجي معايا المرة الجاية، حيت حتى هي خايفة.
وصيفطي ليا رقم المساعدة الاجتماعية ف الواتساب، هذا رقمي الجديد
{PHONE:+212 7 08 52 66 31}. الله يخليك.
""", ["hiv_sti_testing", "hiv_prevention"]),
("d42", "ary", """
حكات ليا {PER:فدوى}، وهي من الصحابات ديالي ف المجموعة: هربات من {LOC:دوار لهدامي}
 وهي عندها سطاش العام، حيت باها بغا يزوجها بالسيف مع راجل كبير قدو.
جات لكازا بلا والو، نعسات ف المحطة، وبلا ماكلة أيام. أنا اللي لقيتها وديتها
لدار الاستقبال ديال الجمعية. دابا ساكنة تما، وكتاخد القفة ديال الماكلة كل
سيمانة، وبدات تكوين ف الحلاقة. قالت ليا: رجع ليا الأمل.
""", ["violence_psychological", "housing", "food_security",
      "vocational_training", "peer_support"]),
("d43", "ary", """
س: شنو اللي تبدل ف حياتك؟ |
ج: ملي عرفت راسي عندي السيدا، ولدي {PER:حمزة} ما بغاش يهضر معايا عامين، قال
ليا حشمتينا. |
س: وكيفاش رجعتو؟ |
ج: الوسيطة {PER:نور} هضرات معاه وفهماتو المرض. دابا كيجي عندي ل{LOC:زنقة الرشيدية}
 كل جمعة وكنتغداو جوج. كناخد الدوا ديالي مزيان وما كنسلتش حتى
موعد. |
س: واش عندك الأوراق ديالك؟ |
ج: اه، جددت البطاقة الوطنية، رقمها {ID:BK 418276}.
""", ["violence_psychological", "family_relations", "hiv_care",
      "civil_documents"]),
("d44", "ary", """
ملاحظة – مراكش. {PER:سلمى}، 24 عام. البوليسي {PER:الزاكي} شدها ف {LOC:شارع محمد الخامس}
 وقال ليها يا إما تمشي معاه يا إما يديها للكوميسارية. غصبها على
الجنس ف الطوموبيل. من بعد شهر جات عندنا، خايفة وما كاتنعسش. مشات عند
المحامية مع الجمعية ودارت شكاية عند وكيل الملك، رقم المحضر
{ID:3318/2025}. دابا كتشوف الأخصائية النفسية كل سيمانة ف مستشفى ابن
طفيل، وبدات كترجع تنعس شوية.
""", ["police_harassment", "violence_sexual", "legal_support", "mental_health"]),
("d45", "ary", """
slm lalla {PER:hajar}, ana {PER:zineb} mn {LOC:hay hassani}, bent khalt
{PER:loubna}. rajli {PER:driss} drebni lbareh b sem3a o jra 3liya mn dar m3a
wladi, dba ana 3nd mma f {LOC:derb ghallef}. lbolis ma bghawch ydiro liya
chikaya, galo liya "hadi mochkil dyal dar". 3afak wach jam3iya t9der t3awnni
b chi avocat? o bghit n3ref ila kayn chi dar l3yalat li thrbo. nmra dyali
{PHONE:0661-22-84-17}, 3ayti liya mn b3d l3asr. chokran bzzaf lalla.
""", ["violence_physical", "housing"]),
("d46", "ary", """
salam {PER:ghita} hbibti, moi c {PER:kawtar}. jit lyoum l centre, drt test
sida o hepatite b, kolchi negatif hamdoulah. la doctora {PER:meryem} 3tatni
les preservatifs o gel, o galt liya nrj3 f 3 chhor. ana fr7ana bzaf, awel
merra ndir test f 7yati. sifti liya formulaire dyal la formation couture
3la l email dyali {EMAIL:kawtar.b94@gmail.com} wla 3la whatsapp. o cin dyali
{ID:BH32871} ila khasskom lkopi. bisous, nchoufek f la réunion dyal jm3a.
""", ["hiv_sti_testing", "hiv_prevention", "access_to_care"]),
("d47", "ary", """
{PER:zizi} dyali!! sm7li ma jawbtch, tlfli tilifoun. dba ana f {LOC:derb sidi bouloukat}
 3nd mi {PER:aicha}. l7mdolah khdit lkhedma f salon dyal
{PER:naima}, tanghsel chour o tan9ad l ongles, tankhelles rasi o ta nsift
chwiya lmima f lblad. mab9itch tanbat f zen9a. had nmra jdida:
{PHONE:00212 6 55 31 70 92}. ila chi 7ed sewel 3liya ma t3tihch, sur tout
{PER:simo}, ma bghitch yl9ani. tbghik bzaf.
""", ["income_employment", "housing", "family_relations"]),
("d48", "ary", """
slt si {PER:mohamed}... non pardon, slt {PER:houda}. ana {PER:sanae}, dkhelt
lgroupe dyal lbnat nhar ljm3a, kan zwin bzaf, 7kina 3la l7ogra li kanchofo. ana
kont b7di mn 3am, ma kanhdar m3a 7ta wa7ed. dba 3ndi s7abat. l'assistante galt
liya 3ndi l7e9 f carte ramed o tbiba bla flouss, ghadi n9ad lwra9 lsimana jaya.
nmra dyal dossier li 3tatni: {ID:RMD-118402}. nmrti {PHONE:+212661903347}.
""", ["peer_support", "social_isolation", "rights_awareness"]),
("d49", "fr", """
coucou {PER:rosie} c {PER:dounia}, jsui sortie de garde a vue ce matin. les
flics mont gardé 24h au commissariat pour rien, ils ont pris les 150 euros de
ma soirée et mon tel. jai pas porté plainte pcq jsuis sans papiers et jai peur.
tu px demander a maître {PER:benali} si c possible sans risque? jdors chez
{PER:titi} {LOC:rue camille sauvageau} en attendant. rappelle moi sur le
{PHONE:06 58 09 21 43} cest le tel de {PER:titi}.
""", ["police_harassment", "violence_economic"]),
("d50", "fr", """
slt la team!! ici {PER:nono} (la grande de {LOC:belcier} 😅). jvoulais dire
merci pour hier, le dr {PER:martin} ma fait mon premier frottis et la pilule, jy
croyais pas qu'on me recevrai sans secu. jsuis trop contente. et jai mon rdv
pour la cmu, dossier n° {ID:33-2025-771045}. {PER:nono} elle lache rien 💪
ps: mon mail c {EMAIL:nono.lagrande at hotmail point fr} si vous avez la
fiche pour l'atelier cv.
""", ["reproductive_health", "access_to_care"]),
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
    out = Path(__file__).with_name("analysis_dev5.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, rows)
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
