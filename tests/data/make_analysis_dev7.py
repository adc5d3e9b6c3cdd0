"""Generate tests/data/analysis_dev7.jsonl, development set 7 (formerly blind set 6).

Written on 2026-12-01 by the blind writer ``blind6`` from the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels), the description of the method
(shared/design/msc-method.md), the file names of shared/context/ (not their
text) and the kinds of personal data of point 6 of issue 10 as summarised in
the writer's brief (the issue itself was not opened), WITHOUT reading the analysis
engine, its pattern lists, its tests or the stories of any other evaluation
set. Only the module docstring (format and marking conventions) and the helper
functions of make_analysis_blind5.py were read, so that blind sets 5 and 6 are
comparable. It is to be scored ONCE; never tune the engine on it (once it has
been used for tuning it is no longer blind, and a new blind set must be
written). It was scored once as blind set 6 on 2026-12-01, then declared
development set 7 and tuned on (renamed from make_analysis_blind6.py; story
ids keep their "b6-" prefix).

The 60 stories below are fictional (no real person; street, neighbourhood and
village names are real or plausible places, people are invented): 24 French,
14 English, 12 in Arabic script (6 Modern Standard Arabic, lang "ar"; 6
Moroccan Darija, lang "ary") and 10 SMS/WhatsApp messages in Latin letters
(6 Darija mixed with French, lang "ary"; 4 French SMS, lang "fr"). Registers:
case notes, Q/R (Q/A, س/ج) transcripts, transcribed voice notes,
third-person reports, letters, complaint drafts, minutes of group
discussions, follow-up lists, WhatsApp threads. Settings: Bordeaux and its
metropolitan area, Agen, Toulouse, Montpellier, Lyon, Paris, Moroccan cities
and villages (Tanger, Fès, Meknès, Agadir, Béni Mellal, Nador, Oujda, Khénifra,
Taroudant), and migration routes (Cameroon, Congo, Mali, Guinea, Nigeria,
Ukraine, Bulgaria, Albania, Peru, Dominican Republic, Philippines, Algeria).

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, list items and
message lines).

Marking conventions: exactly those of blind sets 4 and 5 (stated in full in
make_analysis_blind5.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, M., Maître, Me, Dr, Mrs, Sister, Auntie, Tata, Lalla, Hajja, Si,
  khalti, 3ammi, khti, السيدة, الحاجة, الأستاذة, خالتي), nor an article before a
  nickname, nor an Arabic proclitic; every occurrence, lowercase SMS names
  included; initials are names; particles (Ben, El, Ait, Ould, de, da) are
  inside. A name that is also a common word or a city is PER only when it
  names a person.
- LOC: cue plus name (rue, avenue, cours, quai, place, résidence, quartier,
  cité, hay, derb, douar, zanqa, café, hôtel, bar, snack, hammam, حي، دوار،
  زنقة، شارع، درب، مقهى), without the article or preposition before it; a
  numbered address runs from the number to the end of the street name, with
  building/flat details joined by a comma inside; bare neighbourhood and
  village names alone. Streets named after people are LOC, not PER. Not
  marked: large cities, countries, regions, communes of a metropolitan area
  (Mérignac, Bègles, Talence, Cenon, Lormont, Villenave-d'Ornon, Salé, Témara),
  generic places without a name.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number dictated in pieces is one span per written piece;
  emergency and free national numbers (15, 17, 112, 115, 119, 3919, 8050) are
  not marked; numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form).
- ID: the number only, not its cue (CIN, AGDREF, récépissé, UNHCR, passeport,
  dossier, n°, numéro, رقم, file no.), with the letter prefixes, inner
  spaces, hyphens and slashes that belong to it. Ages, dates, amounts,
  times, room numbers in a hospital and bus/tram lines are not IDs.
- Hard negatives left unmarked: institutions named after people or saints
  (hôpital Saint-André, Pellegrin, CHU Purpan, centre hospitalier Charles
  Perrens, hôpital Haut-Lévêque, hôpital Lariboisière, centre Jean Moulin,
  Mohammed V hospital, مستشفى محمد الخامس, مستشفى الغساني, مستشفى الفارابي,
  السبيطار ديال الحسن الثاني), organisations, services and programmes (ALCS,
  Médecins du Monde, Cimade, Ruelle, Adie, Amicale du Nid, Forum Réfugiés,
  OCRTEH, IGPN, OFPRA, CAF, CPAM, AME, CCAS, CeGIDD, CAARUD, CSAPA, Planning
  familial, Restos du Cœur, Secours populaire, UNHCR, Entraide Nationale,
  التعاون الوطني, INDH, CNSS, Maison des Femmes), big cities and countries,
  communes, months, feasts, tram lines (« tram A »), hospital rooms and
  shelter rooms (« chambre 12 »), emergency numbers (115, 3919), ages, dates,
  times, amounts and weights, and words that are also names used as common
  words (« hope », « أمل », « la lumière »).

Cases this set adds, marked in the same spirit:
- A name given as « initiale + nom » (« K. Diallo ») or as initials only
  (« F. B. », « Amina B. ») is one PER span.
- A tram, bus or train line (« tram B », « ligne 4 ») is not LOC; a named
  tram stop or station used as a meeting point (« arrêt Porte de
  Bourgogne ») is LOC with its cue.
- A social-network handle (« @sirine_b92 ») is PER.
- A named shelter, salon, bakery, market or station used as a place where
  the person lives, works or is met is LOC with its cue (« centre
  d'hébergement Le Tourville », « Boulangerie Lafargue », « صالون الياسمين »,
  « سوق الأحد », « Part-Dieu station »); a named distribution hall (« salle
  Jean-Lurçat ») is LOC too, as a named venue.
- In Darija, « رقم » before a house number is outside the LOC span, as a
  cue (« فرقم 18 زنقة 7 حي السلام » -> « 18 زنقة 7 حي السلام »).

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
access_to_care when getting into care is a step; family_relations for
relations with children, family or partner that are not themselves the
violence; abuse by police is police_harassment, plus violence_economic when
money is taken and violence_psychological for threats or humiliation.

Run:  python3 tests/data/make_analysis_dev7.py
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
("b6-fr-01", "fr", """
Note de suivi, permanence du mardi. Mme {PER:Grace Mbarga}, 31 ans, arrivée du Cameroun par le Maroc.
Elle dit qu'une femme appelée Maman {PER:Rose} lui a avancé le voyage et qu'elle doit encore 12 000 euros.
Elle travaille la nuit {LOC:quai de Paludate}, on lui prend tout l'argent chaque matin. Hébergée chez
une compatriote {LOC:14 rue Kléber, appt 3}, à Bordeaux. Orientation vers la Cimade pour la demande
d'asile et vers l'association Ruelle. Numéro de téléphone donné : {PHONE:07 58 22 19 40}. Elle a peur
qu'on retrouve sa fille restée à Douala.
""", ["trafficking", "violence_economic", "legal_support"]),
("b6-fr-02", "fr", """
Q : Comment ça s'est passé au commissariat ? |
R : Ils m'ont gardée toute la nuit, sans raison. Le policier, celui qui s'appelle {PER:Lemoine} je crois,
m'a dit que si je revenais dans le {LOC:quartier Belcier} il m'enverrait au centre de rétention. Il a pris
les 80 euros que j'avais dans mon sac. |
Q : Et ensuite ? |
R : {PER:Nadia}, la paire de l'association, m'a accompagnée chez une avocate, Maître {PER:Sophie Carrère}.
On a déposé plainte, dossier n° {ID:2026/004512}. Pour la première fois j'ai compris que j'avais des droits.
""", ["police_harassment", "violence_economic", "violence_psychological", "legal_support",
      "rights_awareness", "peer_support"]),
("b6-fr-03", "fr", """
Je m'appelle {PER:Ioana}, je viens de Roumanie, de Craiova. Quand je suis arrivée à Bordeaux je ne parlais
pas français, je dormais dans une voiture {LOC:parking des Capucins}. Aujourd'hui j'ai une chambre au
{LOC:foyer Leydet}, j'ai fini la formation de coiffure au centre de formation de Mérignac et je fais des
extensions chez une cliente, puis une autre. Mon fils {PER:Andrei} m'appelle tous les dimanches. Je suis
fière, je me regarde autrement. Le 6 mars j'ai eu 40 ans et pour la première fois j'ai fêté quelque chose.
""", ["housing", "vocational_training", "income_employment", "self_esteem", "family_relations"]),
("b6-fr-04", "fr", """
Rapport de l'éducatrice paire, maraude du jeudi soir. Nous avons rencontré {PER:Kiki}, une femme trans
brésilienne, près de l'{LOC:arrêt Porte de Bourgogne} (tram A). Elle a été refusée deux fois aux urgences
de l'hôpital Saint-André parce que son prénom d'usage ne correspond pas à sa carte. Elle prend la PrEP
depuis un an, mais n'a plus d'ordonnance. Nous lui avons pris rendez-vous au CeGIDD pour le 18. Elle a
laissé son numéro brésilien, {PHONE:+55 21 98765-4321}, et son Instagram {PER:@kiki_carioca}. Elle dit qu'avec
nous elle se sent enfin une personne.
""", ["stigma_discrimination", "hiv_prevention", "access_to_care", "self_esteem"]),
("b6-fr-05", "fr", """
Lettre de Mme {PER:Aminata Koné} au service social, Villenave-d'Ornon, le 3 novembre. |
Madame, je vous écris parce que mon propriétaire, M. {PER:Rouquette}, veut me mettre dehors avec mes trois
enfants. Il a changé la serrure du logement {LOC:8 allée des Mimosas, bâtiment C} pendant que j'étais
à l'hôpital. Je n'ai plus rien, mes papiers sont restés dedans. Mon récépissé porte le numéro
{ID:3302019845}. Je vous demande de l'aide pour un hébergement d'urgence. J'ai appelé le 115 sans réponse.
Vous pouvez me joindre au {PHONE:06.43.87.12.09}. Respectueusement.
""", ["housing", "civil_documents", "family_relations", "violence_economic"]),
("b6-fr-06", "fr", """
Compte rendu du groupe de parole du 12 février, local de l'association, huit participantes. {PER:Lucía}
a raconté comment le groupe l'a aidée à sortir de chez elle après des mois sans parler à personne.
{PER:Fatou} a proposé une caisse commune pour payer les transports. {PER:Svetlana} a dit qu'elle avait
peur de parler devant les autres, puis elle a parlé. On a parlé de l'argent, de la solitude, des enfants
laissés au pays. Prochaine séance au {LOC:café associatif Le Samovar}, {LOC:place Dormoy}. La psychologue
du centre Jean Moulin viendra.
""", ["peer_support", "social_isolation"]),
("b6-fr-07", "fr", """
Message vocal retranscrit. « Bonjour, c'est {PER:Zineb}, je suis à Agen maintenant. Le mari de ma cousine
me frappait, il m'a enfermée trois jours dans la cave de la maison {LOC:chemin de Pélissier}. J'ai réussi
à sortir par la fenêtre. Les gendarmes m'ont amenée à l'hôpital, j'avais le bras cassé. Maintenant je
suis dans un foyer. Je voudrais parler à {PER:Hélène}, l'assistante sociale, mon nouveau numéro c'est le
{PHONE:07 69 04 55 21}. Ma carte de séjour, j'ai juste la copie, le numéro c'est {ID:3302108877}. »
""", ["violence_physical", "housing", "access_to_care", "civil_documents"]),
("b6-fr-08", "fr", """
Fiche d'orientation. Personne : {PER:Mirela Hoxha}, née en Albanie, 27 ans. Passeport n° {ID:BJ4429017}
confisqué par l'homme qui l'a fait venir, surnommé le {PER:Grec}. Contrainte à des rapports sans
préservatif, viol par deux hommes à l'{LOC:hôtel Le Régent}, {LOC:cours de la Somme}. Elle a pris le
traitement post-exposition aux urgences de Pellegrin dans les 48 heures. Test VIH et syphilis à refaire
dans six semaines. Signalement fait à l'OCRTEH. Contact de la sœur à Tirana : {PHONE:+355 69 204 8813}.
""", ["trafficking", "violence_sexual", "hiv_prevention", "hiv_sti_testing", "civil_documents",
      "access_to_care"]),
("b6-fr-09", "fr", """
Ce qui a changé pour moi, c'est l'argent que je gagne moi-même. Avant, {PER:Bruno}, mon copain, gardait
tout, il disait que c'était pour nous. Avec le micro-crédit de l'Adie, dossier {ID:ADIE-33-0917}, j'ai
acheté une machine à coudre et je fais des retouches pour les voisines de la {LOC:cité Benauge}. Je gagne
peu, 300 euros les bons mois, mais c'est à moi. Ma mère m'a rappelée après six ans de silence. Je ne suis
plus la fille dont on a honte.
""", ["income_employment", "violence_economic", "family_relations", "self_esteem"]),
("b6-fr-10", "fr", """
Q : Depuis quand vous prenez le traitement ? |
R : Depuis 2019, depuis qu'on m'a annoncé que j'étais séropositive, au CHU Purpan à Toulouse. |
Q : Qu'est-ce qui a été le plus important ? |
R : La médiatrice, Mme {PER:Diallo}, non pardon, {PER:Kadiatou Diallo}, elle m'appelait pour me rappeler les
comprimés. Ma charge virale est indétectable maintenant. Je l'ai dit à ma sœur {PER:Awa}, elle m'a prise dans
ses bras. Avant, j'avais tellement honte que je ne sortais plus. |
""", ["hiv_care", "family_relations", "social_isolation", "self_esteem"]),
("b6-fr-11", "fr", """
Brouillon de plainte, rédigé avec la juriste. Je soussignée {PER:Marisol Quispe}, de nationalité
péruvienne, domiciliée {LOC:22 rue du Château-d'Eau}, Bordeaux, déclare que le 9 septembre un client
m'a menacée avec un couteau dans son appartement {LOC:résidence Les Jardins de Gambetta} et a refusé de
me payer. Il m'a dit qu'il me tuerait si je parlais. Il se fait appeler {PER:Fred}. Son numéro, qu'il
m'avait donné : {PHONE:06-21-77-30-58}. Je demande l'aide juridictionnelle, dossier BAJ n°
{ID:2026/012883}.
""", ["violence_psychological", "violence_economic", "legal_support"]),
("b6-fr-12", "fr", """
Ce qui compte le plus pour moi, c'est la journée au Planning familial. J'étais enceinte de deux mois
sans savoir quoi faire, {PER:Rachid} ne voulait pas de l'enfant et ma famille au Maroc ne doit rien
savoir. La sage-femme, {PER:Claire}, m'a tout expliqué sans me juger. J'ai choisi l'IVG médicamenteuse.
Ensuite on m'a posé un implant. Le 8 mars, j'étais là pour la journée des droits des femmes avec les
autres, et j'ai pris la parole.
""", ["reproductive_health", "access_to_care", "self_esteem", "family_relations"]),
("b6-fr-13", "fr", """
Synthèse de la paire éducatrice {PER:Jessica}. La personne, surnommée {PER:Tanga}, 45 ans, consomme du
crack depuis dix ans, elle dort dans un squat {LOC:rue Carle-Vernet}. Elle est venue au CAARUD pour du
matériel, puis a demandé à voir un médecin. On l'a accompagnée au CSAPA, elle a commencé un traitement
de substitution. Elle a coupé avec son dealer, {PER:Momo}, qui la frappait quand elle ne payait pas.
Elle dit : « je me lève le matin maintenant ». Contact de la paire : {EMAIL:jessica.b-paire@laposte.net}.
""", ["addiction", "housing", "access_to_care", "violence_physical"]),
("b6-fr-14", "fr", """
Entretien à Montpellier. {PER:Yasmina Ait Benhaddou} raconte qu'elle a perdu son emploi de femme de ménage
à l'hôtel quand la gérante a appris qu'elle faisait du travail du sexe le week-end. Les collègues
l'appelaient « la pute » devant les clients. Elle a été aidée par l'Amicale du Nid pour saisir les
prud'hommes, affaire RG n° {ID:25/01144}. Elle a retrouvé du travail dans une blanchisserie
{LOC:avenue de Palavas}. Elle dit qu'on ne lui a plus jamais parlé comme ça.
""", ["stigma_discrimination", "income_employment", "legal_support", "violence_psychological"]),
("b6-fr-15", "fr", """
Liste de suivi des dépistages, semaine 46 (initiales seulement sauf contact) : |
- {PER:F. B.}, TROD VIH négatif, hépatite B à vacciner ; |
- {PER:Olga Petrenko}, syphilis positive, traitée par injection le jour même, partenaire à prévenir ; |
- {PER:Mame Diarra}, chlamydia, antibiotiques, rappel au {PHONE:0033 6 12 40 98 71} ; |
- {PER:K. Diallo}, refuse le test, reviendra. |
Lieu : camion de prévention garé {LOC:place de la Victoire}. Préservatifs et gel distribués à tous.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),
("b6-fr-16", "fr", """
Récit recueilli par {PER:Thomas}, bénévole. {PER:Bintou} vit à Lyon depuis 2021. Son ancien compagnon,
père de ses jumeaux, ne payait plus la pension et menaçait de les emmener en Guinée. Avec l'avocate de
l'association, elle a obtenu du juge aux affaires familiales la résidence des enfants et une pension de
200 euros par mois. Elle a aussi fait reconnaître la paternité. Elle habite maintenant
{LOC:montée de la Grande-Côte}, et dit : « Mes enfants restent avec moi, c'est tout ce qui compte. »
""", ["family_law", "legal_support", "violence_psychological", "family_relations"]),
("b6-fr-17", "fr", """
Note. {PER:Samira El Idrissi} a reçu 3 colis alimentaires des Restos du Cœur et des chèques services du
CCAS de Bègles. Elle avait faim depuis des semaines, sa fille aussi. Le Secours populaire l'a inscrite
pour Noël. Adresse de distribution : {LOC:salle Jean-Lurçat}, pas la sienne. Elle n'a pas de numéro fixe ;
on la joint par sa voisine Mme {PER:Ferreira} au {PHONE:05 56 49 32 10}. Son numéro CAF : {ID:4471093}.
""", ["food_security", "family_relations"]),
("b6-fr-18", "fr", """
Ce que j'ai appris à l'atelier « Connaître ses droits » : que la police ne peut pas me garder sans me dire
pourquoi, que je peux demander un interprète, que porter plainte est gratuit. Avant je pensais que
parce que je fais ce travail, je n'avais droit à rien. L'animatrice, {PER:Pauline Vidal}, nous a donné le
numéro 3919 et un papier avec l'adresse du point d'accès au droit. Ma voisine de chaise, {PER:Chance},
a dit qu'elle irait avec moi. Ça m'a donné du courage.
""", ["rights_awareness", "peer_support", "self_esteem"]),
("b6-fr-19", "fr", """
Q : Qu'est-ce qui a changé depuis un an ? |
R : Je dors. Avant je ne dormais plus, je voyais toujours l'homme du {LOC:bar Le Tropical}. J'avais des
idées de mourir. La psychologue, Dr {PER:Marchetti}, au centre hospitalier Charles Perrens, m'a écoutée
toutes les deux semaines. J'ai moins de cauchemars. |
Q : Vous voulez ajouter quelque chose ? |
R : Oui, merci à {PER:Espérance}, c'est elle qui m'a amenée la première fois. |
""", ["mental_health", "access_to_care", "peer_support"]),
("b6-fr-20", "fr", """
Rapport de situation. Mme {PER:Nguyen Thi Lan}, 38 ans, arrivée du Vietnam via la Russie, employée sans
salaire dans un salon de massage {LOC:rue Sainte-Catherine} pendant deux ans. Le patron gardait son
passeport et disait qu'elle devait 30 000 euros pour le voyage. Elle dormait dans l'arrière-boutique.
Libérée lors d'un contrôle de l'inspection du travail. Titre de séjour demandé comme victime de traite,
numéro AGDREF {ID:7503142098}. Référente : {PER:Agnès Lafitte}, {EMAIL:a.lafitte@asso-accueil33.fr}.
""", ["trafficking", "violence_economic", "civil_documents", "housing"]),
("b6-fr-21", "fr", """
J'ai arrêté de boire il y a huit mois. Je buvais pour tenir la nuit, une bouteille de rhum par soir.
{PER:Nelly}, de l'équipe de réduction des risques, ne m'a jamais fait la morale. Elle m'a emmenée à la
consultation d'addictologie de l'hôpital Haut-Lévêque. J'ai repris contact avec mon fils {PER:Dylan},
qui a 17 ans. On se voit au {LOC:snack Le Palmier}, à Lormont, le samedi. Il m'a dit « t'es redevenue ma
mère ». {PER:Nelly} m'a laissé son numéro en deux fois, le {PHONE:06 47 22} puis la fin {PHONE:81 09}, je l'ai noté sur ma main.
""", ["addiction", "access_to_care", "family_relations", "self_esteem"]),
("b6-fr-22", "fr", """
Compte rendu d'accompagnement, CPAM. {PER:Ruth Nsimba}, originaire de Kinshasa, n'avait aucune
couverture santé. Numéro de sécurité sociale provisoire obtenu : {ID:2 85 07 99 352 118 64}. AME refusée
une première fois pour un justificatif de domicile manquant ; domiciliation faite au CCAS. Première
consultation de médecine générale le 2 décembre, bilan sanguin, dépistage hépatite C. Elle nous écrit à
{EMAIL:ruth point nsimba arobase yahoo point fr}.
""", ["access_to_care", "civil_documents", "hiv_sti_testing"]),
("b6-fr-23", "fr", """
Témoignage lu à la réunion du comité. Une femme, on l'appellera ici {PER:Colombe} (c'est le prénom
qu'elle a choisi), raconte que son frère l'a mariée de force à 16 ans à un homme de Nador. Elle a fui en
Espagne puis en France. Sa famille dit qu'elle est morte pour eux. Au foyer de l'{LOC:impasse Sainte-Ursule},
elle a rencontré d'autres femmes qui avaient vécu la même chose. Elle dit qu'elle n'est plus seule.
""", ["violence_psychological", "peer_support", "social_isolation", "housing"]),
("b6-fr-24", "fr", """
Suivi téléphonique avec {PER:Mbali}, partie à Paris. Elle a été agressée {LOC:rue Saint-Denis} par un
groupe d'hommes, frappée au visage, son téléphone volé. Elle est allée à l'hôpital Lariboisière, certificat
médical, dix jours d'ITT. Sa plainte porte le n° de PV {ID:2026/03391}. Elle a un nouveau numéro :
{PHONE:+33 7 45 81 06 93}. Elle ne veut pas revenir à Bordeaux pour l'instant.
""", ["violence_physical", "violence_economic", "legal_support", "access_to_care"]),
]

# ---------------------------------------------------------------- English (14)
STORIES += [
("b6-en-01", "en", """
Case note, outreach team. Met {PER:Precious Eze}, 24, from Benin City, at the {LOC:Hotel Ibis Budget}
near the station. She says a woman called Madam {PER:Joy}, no, she corrected, {PER:Joy Okafor}, brought her
through Niger and Libya and that she still owes 25,000 euros. She swore an oath before leaving and is
afraid the juju will kill her mother. She has no passport; it is kept by {PER:Joy}. We gave her the
number of the anti-trafficking line and our own. She asked us to call her on {PHONE:+234 803 555 0192}
only in the morning.
""", ["trafficking", "violence_psychological", "civil_documents", "violence_economic"]),
("b6-en-02", "en", """
Q: What was the most significant change for you this year? |
A: Getting my refugee card. I waited two years. My UNHCR case number is {ID:MRC-24C01877}, I know it by heart.
Before, every police check was a night in the cell. Officer {PER:Benjelloun} in Tangier used to take my phone
and my money. |
Q: And now? |
A: Now I show the card and they let me go. I rent a room in {LOC:Hay Mesnana}, and I sleep. |
""", ["civil_documents", "police_harassment", "violence_economic", "housing"]),
("b6-en-03", "en", """
Voice note transcribed. "Hi it's {PER:Marites}, from Cebu, I'm in Paris now with a family in the 16th,
they took my passport when I arrived, I clean from six to midnight and they pay me 200 a month. The wife's
brother comes into my room at night. I can't say no. My friend {PER:Lorna} gave me your number. Please
call me on {PHONE:07 53 18 62 04} when I'm at the laundromat on {LOC:rue de Passy}, not at the house."
""", ["trafficking", "violence_sexual", "violence_economic", "civil_documents"]),
("b6-en-04", "en", """
Report by peer educator {PER:Blessing}. At the support group in the hall of the Maison des
Femmes, {PER:Adaeze} talked for the first time about her HIV status. She has been on antiretrovirals since
2022 and her viral load is undetectable. The other women clapped. Sister {PER:Ngozi} asked if she could
share her pill box trick. {PER:Adaeze} said she used to hide her pills from her roommates; now she keeps them
on the table. Nobody laughed at her.
""", ["hiv_care", "peer_support", "self_esteem", "stigma_discrimination"]),
("b6-en-05", "en", """
Letter. Dear Auntie {PER:Comfort}, I hope you are well. I want you to know that I passed the pastry
exam at the training centre in Pessac. The teacher, Mrs {PER:Dupuy}, says I can work in a bakery. I
already have an interview at {LOC:Boulangerie Lafargue}, {LOC:41 cours de l'Yser}. I don't go to the street any
more. Write to me at {EMAIL:hope.adjei91@gmail.com}. Your niece, {PER:Hope}. |
P.S. I still have hope for my papers too.
""", ["vocational_training", "income_employment", "self_esteem", "family_relations"]),
("b6-en-06", "en", """
Minutes, peer meeting, 20 participants. Topic: violence by clients. {PER:Tatiana} reported a client who
refuses to pay and threatens with a knife; his car plate was shared in the group but we do not write it
here. {PER:Daniela} said she was raped last month near {LOC:Bassins à Flot} and did not go to the police
because she thought they would laugh at her. The group agreed to accompany her. The lawyer from
Médecins du Monde will hold a session on filing complaints. Dr {PER:Okwuosa}, who volunteers at the clinic,
offered emergency contraception and PEP information.
""", ["violence_economic", "violence_psychological", "violence_sexual", "peer_support", "legal_support",
      "rights_awareness"]),
("b6-en-07", "en", """
Interview in Tangier. {PER:Fanta Camara}, 26, from Conakry, lives with her baby in {LOC:Boukhalef},
in a flat shared with nine people. Her son was born at Mohammed V hospital but was never registered;
without a birth certificate he cannot be vaccinated at the health centre. With the association's
social worker, Mr {PER:Ouazzani} — sorry, {PER:Youssef Ouazzani} — she went to the court and the
registration is now in progress, file {ID:1432/2026}. She calls it "the day my son started to exist".
""", ["civil_documents", "family_relations", "housing", "legal_support"]),
("b6-en-08", "en", """
Case summary. Client: {PER:Oksana Kovalenko}, Ukrainian, arrived in Lyon in 2023 under temporary
protection (APS no. {ID:6903311452}). She started drinking heavily after her partner {PER:Serhii} beat her
and threw her out of the flat at {LOC:17 rue Paul-Bert}. She slept in the {LOC:Part-Dieu station} for two
weeks. Now in a shelter run by Forum Réfugiés, attending the addiction clinic. Contact: {PHONE:+380 67 412 3390}.
""", ["addiction", "violence_physical", "housing", "civil_documents"]),
("b6-en-09", "en", """
Most significant change, in her words: "I am not alone any more." {PER:Lolita}, a trans woman from the
Dominican Republic, spent three years without speaking to anyone except clients. In the WhatsApp group
of the association she met {PER:Yuleisy} and {PER:Karla}, who also came from Santo Domingo. They cook
together on Sundays in {PER:Karla}'s flat in the {LOC:Grand Parc} estate. She says nobody calls her by her old
name there.
""", ["social_isolation", "peer_support", "self_esteem"]),
("b6-en-10", "en", """
Complaint draft (English version for the client). On 4 October, at around 2 a.m., I, {PER:Hawa Sesay},
was stopped by two police officers on {LOC:Quai de Bacalan}. One of them, whose badge showed the number
I could not read, searched me, took my 150 euros and called me a "dirty African whore". He said he would
have me deported. I want to file a complaint with the IGPN. My passport number is {ID:SL0094417}.
Phone: {PHONE:06 28 90 13 77}.
""", ["police_harassment", "violence_economic", "violence_psychological", "stigma_discrimination",
      "legal_support"]),
("b6-en-11", "en", """
Follow-up list, health mediation, week 3: |
1. {PER:Amina B.} — first gynaecology visit at the Planning familial, pregnancy confirmed, 9 weeks. |
2. {PER:Joyce Mensah} — asked for the morning-after pill after a condom broke; given. |
3. {PER:Rosa} — wants an IUD, appointment on the 14th; interpreter needed (Spanish). |
4. {PER:Ebere} — pregnancy test negative; started the pill. |
All four received condoms and lubricant.
""", ["reproductive_health", "hiv_prevention", "access_to_care"]),
("b6-en-12", "en", """
I did not want to come to the group at first. I thought the psychologist would think I was mad. I had
panic attacks every time a car slowed down near me. {PER:Joseline}, from Rwanda like me, said just come
and sit. The psychologist, Ms {PER:Harcourt}, taught us to breathe. I have not had a panic attack for two
months. I sleep with the light off now. That is my change. You can put my first name, {PER:Divine}, if
you want, but not where I live. Write to {EMAIL:divine_uwase at yahoo dot com} if you need me.
""", ["mental_health", "peer_support"]),
("b6-en-13", "en", """
Report, Agadir field visit. The team met women working around {LOC:Café Tafoukt} on the beach road and
in the {LOC:Talborjt} neighbourhood. Hajja {PER:Itto}, no — {PER:Itto} (Hajja is what everyone calls her),
runs a small sewing workshop for them with an INDH grant. Three women now earn 1,500 dirhams a month.
One, {PER:Zahra Oubaha}, said her brothers speak to her again since she sends money home. The ALCS mobile
unit tested 34 women for HIV and syphilis during the visit.
""", ["income_employment", "vocational_training", "family_relations", "hiv_sti_testing"]),
("b6-en-14", "en", """
From the hotline log. Caller gave the name {PER:Sandra}, Bulgarian, in Toulouse. Her "boyfriend"
{PER:Ivo Petrov} takes all the money she earns at the {LOC:Bar L'Escale} and beats her when she keeps any.
She wants to go home to Sliven. Called back on {PHONE:+359 88 734 2210} by our Bulgarian-speaking volunteer.
Oriented to the Toulouse anti-trafficking association and the embassy. She gave an email for the
documents: {EMAIL:sandra_p [at] abv [dot] bg}.
""", ["trafficking", "violence_economic", "violence_physical"]),
]

# ------------------------------------------------- Arabic script: MSA (6), Darija (6)
STORIES += [
("b6-ar-01", "ar", """
ملاحظة متابعة. استقبلنا السيدة {PER:نجاة الفاسي}، ثلاثون سنة، تسكن في {LOC:حي بنسودة} بفاس. قالت إن زوجها
كان يضربها كل ليلة ويأخذ المال الذي تكسبه، ثم طردها من البيت مع ابنتيها. رافقتها المساعدة الاجتماعية
{PER:سعاد} إلى مستشفى الغساني للحصول على شهادة طبية، ثم إلى المحامية الأستاذة {PER:ليلى بناني} لرفع دعوى
الطلاق والنفقة. رقم الملف {ID:2026/1607/512}. هاتفها: {PHONE:0661-48-27-93}. قالت إنها لأول مرة تشعر
أن القانون يقف إلى جانبها.
""", ["violence_physical", "violence_economic", "housing", "family_law", "legal_support", "access_to_care"]),
("b6-ar-02", "ar", """
س: ما هو التغيير الأهم بالنسبة لك؟ |
ج: أنني عرفت حالتي. كنت خائفة من التحليل سنوات. المثقفة النظيرة {PER:حياة} أخذتني إلى وحدة الجمعية
المتنقلة قرب {LOC:سوق الأحد} في أكادير، وأجريت اختبار فيروس نقص المناعة والزهري والتهاب الكبد. النتيجة كانت
سلبية، وبدأت العلاج الوقائي قبل التعرض. |
س: وماذا تغير في حياتك؟ |
ج: صرت أطلب من الزبائن استعمال العازل، ومن يرفض أرفضه. الحياة أغلى من المال. |
""", ["hiv_sti_testing", "hiv_prevention", "peer_support", "self_esteem"]),
("b6-ar-03", "ar", """
تقرير المثقفة النظيرة. السيدة {PER:مريم}، القادمة من مالي، وصلت إلى وجدة عبر الحدود الجزائرية. قالت إن
رجلاً يدعى {PER:بوبكر} باعها لمجموعة في مغنية، وإنها احتجزت في بيت مغلق أربعة أشهر واغتصبت مرات عديدة.
هربت ووصلت إلى {LOC:دوار أولاد بوطيب}. رقم بطاقة طالبة اللجوء لدى المفوضية {ID:355-26C04418}. أحلناها إلى
مستشفى الفارابي لفحص طبي وإلى أخصائية نفسية. اتصلنا بأختها في باماكو على الرقم {PHONE:+223 76 45 12 08}، وأعطتنا بريدها {EMAIL:mariam.traore.ml (at) gmail.com}.
""", ["trafficking", "violence_sexual", "violence_physical", "civil_documents", "mental_health",
      "access_to_care"]),
("b6-ar-04", "ar", """
رسالة إلى الجمعية. أنا {PER:رشيدة أيت أوعلي}، من {LOC:دوار تيزي نتاست} قرب تارودانت. أكتب لأشكركم على
دورة الحلاقة والتجميل التي تابعتها في مقر التعاون الوطني. كنت أعمل في الجنس منذ ثماني سنوات لأن أبي
طردني بعد طلاقي. اليوم فتحت صالوناً صغيراً في {LOC:زنقة المسيرة} باسم {LOC:صالون الياسمين}، وأكسب ما يكفي
لابني. أمي تزورني الآن، وإخوتي يتصلون بي في العيد. أشعر لأول مرة أنني امرأة محترمة. عنوان بريدي {EMAIL:rachida.aitouali@hotmail.com}.
""", ["vocational_training", "income_employment", "family_relations", "violence_psychological",
      "self_esteem"]),
("b6-ar-05", "ar", """
محضر مجموعة النقاش، بني ملال، حضرت اثنتا عشرة مشاركة. تحدثت {PER:فاطمة الزهراء} عن رجال الشرطة في
{LOC:شارع محمد الخامس} الذين يوقفون النساء ليلاً ويطلبون مئتي درهم مقابل تركهن. قالت {PER:خديجة} إن أحدهم
هددها بالسجن وشتمها أمام الناس. شرحت الأستاذة {PER:نعيمة الوزاني}، من جمعية حقوقية، أن الشرطة لا يحق لها
أخذ المال، وكيف تقدم شكاية لدى النيابة العامة. اتفقت المشاركات على الذهاب معاً.
""", ["police_harassment", "violence_economic", "violence_psychological", "rights_awareness",
      "peer_support", "legal_support"]),
("b6-ar-06", "ar", """
شهادة. اسمي {PER:أمل}، وعندي أمل أن تقرأ النساء قصتي. كنت أعيش وحيدة في غرفة في {LOC:حي الكرامة} بمكناس،
لا أكلم أحداً، وكنت أفكر في الانتحار. بعد أن علمت أنني مصابة بفيروس نقص المناعة، ظننت أن حياتي انتهت.
الوسيطة العلاجية {PER:سلمى} رافقتني إلى مستشفى محمد الخامس، وبدأت العلاج المضاد للفيروسات. الآن أزور
الطبيبة النفسية كل شهر، وأحضر مجموعة الدعم يوم الخميس. رقم هاتفي عند الجمعية فقط، ورقم ملف المتابعة {ID:٢٠٢٦/٠٤٥٧}.
""", ["hiv_care", "mental_health", "social_isolation", "peer_support", "hiv_sti_testing"]),
("b6-ary-01", "ary", """
أنا {PER:زهور}، من خنيفرة. كنت خدامة فالبار ديال {LOC:أوطيل أطلس} وكان المول ديالو كياخد ليا نص الفلوس.
نهار قلت ليه لا، ضربني وجرا عليا. بقيت شهر بلا سكنى، كنعس عند صاحبتي {PER:لطيفة} ف{LOC:حي أمالو}.
الجمعية عطاتني قفة ديال الماكلة كل سيمانة. دابا خدامة فالتعاونية ديال الكسكس، وكنجيب الخبز لولادي
بعرق جبيني. ما بقيتش كنحشم من راسي. الله يجازيكم بخير، وسلمو ليا على {PER:رحمة} اللي كانت كتجيب ليا الحليب للدراري.
""", ["violence_economic", "violence_physical", "housing", "food_security", "income_employment",
      "family_relations"]),
("b6-ary-02", "ary", """
س: شنو اللي تبدل فحياتك؟ |
ج: البطاقة الوطنية. عمري ما كانت عندي، حيت بابا ما سجلنيش فالحالة المدنية. مشيت مع خالتي {PER:يامنة}،
لا، غير {PER:يامنة}، هي اللي مشات معايا للمحكمة فالناظور. دابا عندي البطاقة، رقمها {ID:S 734219}، ودابا نقدر نخدم فشي معمل.
ولدي حتى هو تسجل. |
س: واش تبدلت المعاملة معاك؟ |
ج: البوليس ولا كيهضر معايا مزيان، ماشي بحال قبل. وفتحت كونط فالبوسطة، وقدرت نقرا فمحو الأمية. |
""", ["civil_documents", "family_relations", "legal_support", "vocational_training"]),
("b6-ary-03", "ary", """
ميساج صوتي. سلام، أنا {PER:حفيظة}. بغيت نقول ليكم بلي مشيت للسبيطار ديال الحسن الثاني، وداروا ليا
التحاليل ديال السيدا والسيفليس. لقاو عندي السيفليس، عطاوني الإبرة وقالوا نرجع من بعد شهر. الطبيب
كان مزيان معايا، ما حقرنيش. صاحبي {PER:عزيز} قلت ليه يدير التحليل حتى هو. إلا بغيتو تعيطو ليا:
{PHONE:٠٦٧٧٣٤٥٢١٨}. وشكرا ل{PER:نزهة} اللي دلاتني عليكم، كانت كتقول ليا ما تخافيش، التحليل باطل وكيحميك.
""", ["hiv_sti_testing", "sti_care", "access_to_care", "peer_support"]),
("b6-ary-04", "ary", """
تقرير ديال الخرجة الميدانية فطنجة. لقينا {PER:سميرة} قدام {LOC:قهوة الحافة}، كانت مضروبة فوجهها. قالت
بلي واحد الكليان داها ل{LOC:درب الشرفاء} وضربها وما خلصهاش وخطف ليها البورطابل. رفضات تمشي للبوليس حيت
خايفة يشدوها هي. عطيناها الواقي والنمرة ديال المحامية. قالت بلي ما عندها حتى واحد، العائلة ديالها
فسطات ما بقاوش كيهضرو معاها من نهار عرفو شنو كتخدم. قلنا ليها تعيط لينا فأي وقت، ولا تمشي للمستعجلات فسبيطار محمد الخامس.
""", ["violence_physical", "violence_economic", "social_isolation", "hiv_prevention",
      "violence_psychological"]),
("b6-ary-05", "ary", """
أنا الحاجة {PER:رقية}، عندي خمسين عام. خدمت فهاد الخدمة عشرين عام فمراكش. دابا ولات عندي الخدمة ديال
مثقفة نظيرة، كنمشي للبنات ف{LOC:عرصة موسى} وكنعطيهم العوازل وكنهضر معاهم على الحقوق ديالهم. كنحس
براسي عندي قيمة، البنات كيقولو ليا يا مي. شي وحدين ولاو كيجيو للجمعية بوحدهم. واحد البنت {PER:كوثر}
دارت التحليل على يدي، وكانت فرحانة بزاف. هادشي كيعطيني الجهد باش نكمل.
""", ["peer_support", "self_esteem", "income_employment", "hiv_prevention", "rights_awareness"]),
("b6-ary-06", "ary", """
شكاية. أنا {PER:سكينة بن عمر}، ساكنة فرقم {LOC:18 زنقة 7 حي السلام}، سلا. الراجل اللي كنت معاه {PER:حميد}
كيهددني بلي غادي ياخد ليا بنتي ويقتلني إلا مشيت. كيسبني قدام الجيران وكيقول للناس شنو كنخدم. رقم
البطاقة ديالي {ID:AE217804}، والتيليفون {PHONE:06 55 19 83 47}. بغيت الحماية ليا ولبنتي ونبغي نشوف
شي محامي على الحضانة. الجمعية قالت ليا نقدر ناخد المساعدة القضائية بلا فلوس.
""", ["violence_psychological", "family_law", "legal_support", "stigma_discrimination",
      "family_relations"]),
]

# ------------------------------------------ SMS / WhatsApp in Latin letters (10)
STORIES += [
("b6-sms-01", "ary", """
[21:14] salam khti {PER:wafae} labas? |
[21:15] {PER:wafae}: hamdoulah, ghir l9elb 3iyan. lbolis chedouni lbare7 f {LOC:boulevard pasteur} o khdaw
lia 300 dh bach ykhliwni |
[21:16] 3ayti 3la si {PER:mourad} avocat dyal jam3iya, ra 3tahom numero dyalek |
[21:16] ah wakha, chno numero dyalo? |
[21:17] {PHONE:0522 47 81 30} ola whatsapp {PHONE:+212 6 61 90 24 77} |
[21:18] {PER:wafae}: merci bzaf, ana khayfa ychedouni 3awtani, kaygoulo lia ghadi nrje3 l7abs |
[21:18] matkhafich, 3andek l7a9, ghda nmchiw m3ak |
""", ["police_harassment", "violence_economic", "violence_psychological", "legal_support", "peer_support"]),
("b6-sms-02", "ary", """
[09:02] bonjour lalla {PER:saadia}, ana {PER:imane} men tanja |
[09:03] dert test dyal sida f la caravane dyal ALCS 3end {LOC:sou9 casabarata}, negatif hamdoulah |
[09:03] walakin tbib 9al lia 3andi infection, 3tani dwa 7 jours |
[09:05] {PER:saadia}: mzyan a benti, kmli dwa kamel o ma tnsaych preservatif. kayn 7ta PrEP ila bghiti |
[09:06] ah bghit, fin? |
[09:07] {PER:saadia}: f centre dyal jam3iya, jib m3ak la carte. ana f {LOC:derb sidi bouabid} ila bghiti tjini, o sifti lia ntaija f mail {EMAIL:imane.tanja93@gmail.com} |
""", ["hiv_sti_testing", "sti_care", "hiv_prevention", "peer_support"]),
("b6-sms-03", "ary", """
{PER:hajar}: slm, 3tini email dyal assistante sociale 3afak |
moi: {EMAIL:nadia.bensaid@asso-hayat.ma} |
{PER:hajar}: merci. mol dar 3tani 3 jours bach nkhwi, ma3andich fin nmchi m3a wladi |
moi: ra kayn foyer dyal Entraide Nationale, ghadi n3ayto lihom. chhal 3andek d wlad? |
{PER:hajar}: jouj, {PER:yassine} o {PER:rim}. {PER:rim} 3andha 4 snin |
moi: ok, sifti lia dossier dyal CNSS ila 3andek, numero {ID:118 403 927} dyalek? |
{PER:hajar}: ah hadak howa |
""", ["housing", "family_relations"]),
("b6-sms-04", "ary", """
salam, had l msg l tonton {PER:mamadou} mn {PER:awa}. |
rani f {LOC:hay mers sultan} 3nd wahd lmra mama {PER:chantal}, katkhdemni bla flouss o katgol lia khassni
nkhless 2000 euros dyal triq. 9bdat lpassport dyali numero {ID:A01947732}. |
ila bghiti t3ayt: {PHONE:00 212 7 08 33 54 19}. mat3aytch f lil, katchouf tel dyali. |
3afak golha l ma, golha ana bikhir. ana khayfa bzaf. |
""", ["trafficking", "violence_economic", "civil_documents", "violence_psychological"]),
("b6-sms-05", "ary", """
[18:40] {PER:kenza}: wach l formation dyal l7lwa bdat? |
[18:41] ah bdat lithnin f centre INDH {LOC:hay al qods} |
[18:41] {PER:kenza}: ana tsjelt, 3tawni recu numero {ID:INDH-OJ-2026-0382} |
[18:43] zwina! {PER:malika} hta hya dkhlat, gha tkoun m3ak |
[18:44] {PER:kenza}: lhamdoulah, bghit nkhdem b yddi o nkhlli dik lkhdma. 3yit mn lil |
[18:45] nti 9ada, kolchi fik, ghadi tweli m3allma dyal l7lwa o t7elli mahal dyalek nhar |
[18:46] {PER:kenza}: inchallah a khti, chokran 3la kolchi |
""", ["vocational_training", "self_esteem", "peer_support"]),
("b6-sms-06", "ary", """
voice note (transcrit): ana {PER:salma}, smhili 3la retard, kount f sbitar. {PER:karim} dfa3ni mn drouj
o tkasrat lia rjli. daba rani f maison dyal khti {PER:naima} f {LOC:douar ouled taleb}. {PER:karim} baqi
kaysift lia msgs kaygoul ghadi yqtlni. chfet psychologue 3 merrat, chwiya ahsan. 3ayet lia 3la
{PHONE:06.62.18.90.43} ila kayn chi haja. numero dyal plainte {ID:2026/77/4415}. l avocate qalt lia nsber, ghadi ndiro lmoraf3a f tribunal. |
""", ["violence_physical", "violence_psychological", "mental_health", "legal_support", "family_relations"]),
("b6-sms-07", "fr", """
[22:03] slt c {PER:jenny}, tu peux me rappeler stp ? |
[22:03] g encore eu un client relou {LOC:rue de la devise}, il voulait pas payer et il m'a poussée
contre le mur |
[22:05] ok {PER:jenny} t'es où ? tu as mal ? |
[22:06] ça va jsuis chez {PER:lili} a {LOC:saint michel}. juste le poignet qui gonfle |
[22:07] passe demain au local, on ira aux urgences ensemble si besoin. tu veux porter plainte ? |
[22:09] jsais pas, jai peur des flics. ils m'ont déjà gardée une nuit pour rien |
""", ["violence_physical", "violence_economic", "peer_support"]),
("b6-sms-08", "fr", """
Bjr madame c {PER:Fabiola} la dame de Haïti. Mon rdv OFPRA c le 12/01 à 9h30, ma convocation dit n°
{ID:2502-14873}. Mon ancien num marche plus, c'est le {PHONE:07 81 43 92 56} maintenant. Mon fils {PER:Jean-Ricardo}
a été accepté au collège, il commence lundi. Je dors toujours au {LOC:centre d'hébergement Le Tourville},
chambre 12. Merci pour tout ce que vous faites pour nous, sans vous j'aurais rien compris aux papiers. Mon mail si besoin : {EMAIL:fabiola.jeanbaptiste@outlook.fr}
""", ["civil_documents", "housing", "family_relations"]),
("b6-sms-09", "fr", """
Coucou les filles, rappel réunion du groupe jeudi 18h au local, {LOC:27 rue Saint-James}. Au programme :
les droits face à la police, avec Maître {PER:Fontaine}, et le dépistage rapide, la Dr {PER:Benali} sera là. |
Ceux qui veulent du gel ou des capotes, demandez à {PER:Dolores}. |
Pour celles qui ont pas de ticket de tram, {PER:mimi} vous attend à l'{LOC:arrêt Saint-Nicolas} à 17h30. Bisous |
""", ["peer_support", "rights_awareness", "hiv_prevention"]),
("b6-sms-10", "fr", """
[10:15] {PER:Sadia}: allo c moi, ma fille est née cette nuit à Pellegrin !!! 3,2 kg |
[10:16] félicitations {PER:Sadia} !! comment tu vas ? |
[10:17] {PER:Sadia}: fatiguée mais heureuse. faut que je fasse l'acte de naissance, je sais pas comment faire
sans titre de séjour |
[10:18] on t'aide, la mairie doit l'enregistrer quand même. tu l'appelles comment ? |
[10:18] {PER:Sadia}: {PER:Nour}. comme la lumière. le papa veut pas la reconnaître |
[10:20] on en parlera avec la juriste, on peut faire une démarche |
""", ["reproductive_health", "civil_documents", "family_law", "family_relations"]),
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
    out = Path(__file__).with_name("analysis_dev7.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, rows)
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
