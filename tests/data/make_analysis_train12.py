"""Generate tests/data/analysis_train12.jsonl, training set 12 of the analysis engine.

Written on 2026-12-02 by the training writer ``train12``. What was read: the rules file of the worktrees
(COMMON.md), the codebook (shared/design/codebook.md), the marking conventions of blind set 11 (the module
docstring of make_analysis_blind11.py) and the shared helpers (tests/data/gold_marks.py). The engine (msc/),
the tests and the stories of every other set were not read.

Composition: 60 fictional stories in French (lang "fr") set in France and Belgium (Bordeaux, Paris and its
suburbs, Marseille, Lyon, Lille, Toulouse, Nantes, Rennes, Montpellier, Strasbourg, Nice, Brussels, Liège,
Charleroi): 48 prose texts and forms (``t12-fr-NN``: first-person accounts, peer educators' and social workers'
notes, outreach logs, Q/R transcripts, minutes with attendance lists, referral forms with fields, e-mails with
headers, letters, voice-note transcriptions) and 12 SMS/WhatsApp threads (``t12-sms-NN``: lowercase names
without accents, abbreviations, nicknames, a sender label on every line). Each story is 80-250 words and
carries 1-3 gold themes.

What it brings: many people per story (French, Maghrebi, West and Central African, Comorian, Malagasy,
Haitian, Brazilian, Colombian, Peruvian, Chinese, Vietnamese, Nigerian, Ghanaian, Romanian, Bulgarian,
Albanian, Ukrainian, Russian, Georgian names, trans women's chosen names) written every way (full names,
first names, surnames after Mme/M./Maître/Dr, initials, nicknames, possessives, lists, reported speech,
lowercase SMS names and sender labels, names that are also words such as Rose, Espérance, Océane, Ange,
Blanche, Constance, used as names and elsewhere as plain words); many unmarked negatives (organisations,
services, hospitals, schools and stations named after people or saints, days, months, nationalities, cities,
countries, emergency numbers, dates, amounts, room numbers); numbered addresses, streets named after people,
neighbourhoods and named venues; French, Belgian and foreign phones; plain and obfuscated e-mails; case,
receipt, AGDREF, social-security, CAF, complaint, RG and passport numbers. People, numbers, addresses and
e-mail domains are invented.

Marking conventions: exactly those of blind set 11 (as stated in the docstring of make_analysis_blind11.py):
PER is the name without title or kinship word; LOC is cue plus name without article or preposition, a
numbered address from the number, streets named after people LOC only; PHONE and EMAIL are the whole written
form; ID is the number without its cue.

Run:  cd tests/data && python3 make_analysis_train12.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t12-"

STORIES = [
    ("t12-fr-01", "fr", """
Je m'appelle {PER:Blessing Okafor}, mais au foyer tout le monde dit {PER:Bless}. Je suis arrivée à Bordeaux
en 2021 avec une femme que nous appelions Madam {PER:Gloria}. Elle disait que je lui devais 35 000 euros
pour le voyage depuis le Nigeria. Elle gardait mon passeport et me faisait travailler chaque nuit sur le
{LOC:quai de Paludate}, près des boîtes. Son ami {PER:Kingsley} passait ramasser l'argent à cinq heures du
matin, et si la somme manquait, il frappait. Un soir, deux femmes de l'équipe de rue sont venues avec des
préservatifs et du thé chaud : {PER:Marie-Laure} et {PER:Precious}, qui parle ma langue. {PER:Precious} m'a
glissé un numéro, le {PHONE:06 39 98 41 27}, et m'a dit : « Tu ne dois rien à personne. » J'ai mis trois
mois à appeler. Aujourd'hui je vis dans un appartement protégé du côté de {LOC:Bacalan}, j'ai déposé plainte
(procès-verbal n° {ID:2023/0418-BX}) et Maître {PER:Lacombe} suit mon dossier. Madam {PER:Gloria} est partie
à Lyon, on m'a dit. Je n'ai plus peur de son nom.
""", ["trafficking", "violence_physical", "legal_support"]),
    ("t12-fr-02", "fr", """
Notes de la paire éducatrice {PER:Samira Ouali} – maraude du jeudi 14 mars, Marseille. |
21 h 10 : départ du local avec {PER:Hugo} et {PER:Nadège}. Café et kits. |
21 h 40 : {LOC:boulevard de Plombières}. Trois femmes, dont {PER:Rose}, une habituée, et une nouvelle qui
dit s'appeler {PER:Lyudmila}. Elle parle peu français ; {PER:Hugo} traduit en russe. Elle n'a jamais fait de
dépistage. |
22 h 15 : {LOC:rue Félix-Pyat}. {PER:Fatou Diallo} demande la PrEP ; on lui explique la consultation au
CeGIDD de l'hôpital de la Conception, mardi matin. {PER:Rose} propose de l'y accompagner. |
23 h 00 : {PER:Lyudmila} revient vers nous. Elle accepte un TROD VIH et hépatite C dans le camion. Résultats
négatifs. Elle pleure, puis rit. On lui laisse notre ligne, {PHONE:04 65 71 20 36}. |
23 h 30 : {LOC:place Marceau}, personne. Retour au local. |
Remarque : {PER:Nadège} note que {PER:Fatou} a un hématome au bras, elle n'a pas voulu en parler. À revoir
avec {PER:Samira} la semaine prochaine. Stock de préservatifs roses presque épuisé.
""", ["hiv_sti_testing", "hiv_prevention", "peer_support"]),
    ("t12-fr-03", "fr", """
FICHE D'ORIENTATION – Accueil de jour, Lille |
Nom : {PER:Ionescu} |
Prénom : {PER:Mădălina} |
Surnom : {PER:Mada} |
Date de naissance : 03/09/1998 |
Nationalité : roumaine |
Adresse déclarée : {LOC:14 rue d'Arras, appartement 2} |
Tél : {PHONE:+40 712 450 983} / {PHONE:07 58 14 02 66} |
N° de sécurité sociale : {ID:2 98 09 99 218 047 31} |
Orientée par : {PER:Catherine Vandamme}, éducatrice, et {PER:Mihai}, médiateur |
Motif : Mme {PER:Ionescu} est hébergée chez un homme, {PER:Florin Stoica}, qui lui prend l'argent de ses
passes et l'enferme dans la chambre quand elle refuse de sortir. Elle a des brûlures de cigarette à l'avant-bras.
Elle souhaite une place en hébergement d'urgence et voir un médecin. Le 115 a été appelé sans succès. |
Orientée vers : Dr {PER:Benhamou}, permanence médicale, mercredi 10 h ; demande SIAO n° {ID:SI-59-2024-11873}. |
Observations : {PER:Mada} a demandé que son compagnon ne soit jamais informé de l'adresse de l'hébergement.
""", ["violence_economic", "violence_physical", "housing"]),
    ("t12-fr-04", "fr", """
Q : Comment tu as connu l'association ? |
R : Par {PER:Kim}, une copine chinoise qui travaillait avec moi dans le {LOC:salon de massage Lotus d'Or},
{LOC:avenue de Choisy}. Elle s'appelle {PER:Wang Xiulan} en vrai, mais tout le monde dit {PER:Kim}. |
Q : Qu'est-ce qui s'est passé ce jour-là ? |
R : La police est entrée, ils ont pris nos téléphones. Un policier a dit à {PER:Lihua} que si elle ne signait
pas, ses enfants en Chine ne la reverraient jamais. On a passé la nuit au commissariat du 13e. |
Q : Et après ? |
R : {PER:Kim} m'a amenée aux Roses d'Acier, le groupe des femmes chinoises à {LOC:Belleville}. Là j'ai
rencontré {PER:Tian}, qui traduit, et une avocate, Maître {PER:Chevalier}. Elle m'a expliqué que je n'étais
pas obligée de répondre sans interprète. Je ne savais pas ça. |
Q : Tu te sens comment aujourd'hui ? |
R : Plus forte. Le mardi je vais au cours de français, et quand une nouvelle arrive, c'est moi qui explique
les droits, comme {PER:Tian} l'a fait pour moi.
""", ["police_harassment", "rights_awareness", "peer_support"]),
    ("t12-fr-05", "fr", """
De : {PER:Élodie Marchand} <{EMAIL:e.marchand@case-bx.example}> |
À : {PER:Karim Haddad} <{EMAIL:k.haddad@sante-gironde.example}> |
Objet : Mme {PER:Nzeyimana}, rendez-vous infectiologie |
Bonjour {PER:Karim}, |
Je reviens vers toi au sujet de Mme {PER:Espérance Nzeyimana}, que nous accompagnons depuis janvier.
{PER:Espérance} a appris sa séropositivité en novembre lors d'un dépistage au local ; elle a commencé son
traitement mais a arrêté au bout de trois semaines, à cause des nausées et parce que sa colocataire,
{PER:Clarisse}, a trouvé les boîtes. Elle a peur que la communauté l'apprenne. Pourrait-on avoir un
créneau avec le Dr {PER:Lemaire} au CHU Pellegrin, service des maladies infectieuses, avant la fin du
mois ? Notre médiatrice {PER:Aminata} peut l'accompagner, et garder les médicaments au bureau si besoin.
Elle est joignable au {PHONE:07 81 39 98 04}, de préférence l'après-midi. Numéro de dossier patient :
{ID:PEL-2291847}. |
Je garde l'espérance qu'on la raccroche vite. |
Bien à toi, |
{PER:Élodie}
""", ["hiv_care", "stigma_discrimination", "access_to_care"]),
    ("t12-fr-06", "fr", """
Compte rendu du groupe de parole du 6 février – Toulouse |
Présentes : {PER:Anaïs}, {PER:Jennifer Mendoza}, {PER:Kenza B.}, {PER:Océane}, {PER:Lola},
{PER:Maryse Ngoma}. Animation : {PER:Delphine Roux} et {PER:Yasmina}. |
Thème du jour : les clients qui ne paient pas. |
{PER:Jennifer} raconte qu'un client l'a emmenée près du canal du Midi, à la hauteur du
{LOC:pont des Demoiselles}, puis a refusé de payer et lui a arraché son sac avec les 200 euros de la soirée.
{PER:Océane} dit que c'est arrivé trois fois cet hiver à des filles du {LOC:boulevard de Suisse}. {PER:Maryse}
propose de noter les plaques sur le carnet commun. {PER:Kenza} rappelle qu'on peut porter plainte même pour
un vol, et que {PER:Yasmina} peut accompagner au commissariat. {PER:Lola}, qui est trans et qui se fait
souvent insulter, dit qu'elle se sent moins seule depuis qu'elle vient au groupe. |
Décision : un mail d'alerte sera envoyé sur la liste ; les numéros des clients violents seront partagés.
Prochaine séance le 20 février, au local, salle 3. Goûter apporté par {PER:Anaïs}.
""", ["violence_economic", "peer_support"]),
    ("t12-fr-07", "fr", """
Lettre à ma fille {PER:Ange} |
Ma petite {PER:Ange}, |
Tu as neuf ans et tu dors chez ta grand-mère à Port-au-Prince pendant que je t'écris depuis Paris. Je
veux que tu saches un jour pourquoi je suis partie. Ton père, {PER:Wilfrid}, me battait, et quand je suis
arrivée ici je n'avais rien. J'ai travaillé à {LOC:Château-Rouge}, le soir, pour t'envoyer de l'argent. Ce
n'était pas un ange qui me protégeait, c'était {PER:Nadia}, une femme du quartier, et plus tard
{PER:Jessica Pierre-Louis}, de l'association, qui m'a aidée à déposer ma demande de titre de séjour.
Hier j'ai reçu mon récépissé, numéro {ID:7503184926}. Avec ce papier je vais pouvoir commencer la formation
d'aide-soignante que m'a trouvée Mme {PER:Bastien}, la conseillère. Ta tante {PER:Rosemène} dit que tu
demandes toujours quand tu viendras. Bientôt, ma chérie. Quand j'aurai mes papiers et un vrai travail, je
ferai les démarches pour que tu me rejoignes. |
Je t'embrasse fort, |
Ta maman, {PER:Marie-Ange Joseph}
""", ["civil_documents", "vocational_training", "family_relations"]),
    ("t12-fr-08", "fr", """
Transcription d'un message vocal laissé sur le répondeur de la permanence, samedi 23 h 52 : |
« Allô, c'est {PER:Yasmine}, {PER:Yasmine Belkacem}, celle qui vient le mercredi avec {PER:Sonia}. Je suis à
l'{LOC:hôtel Le Relais}, {LOC:rue de Bourgogne}, chambre 12, à Lyon. Il y a un homme qui... il m'a forcée, il
n'a pas voulu mettre le préservatif, il m'a tenue par le cou. Il est parti. Je ne sais pas quoi faire, je
veux pas aller à l'hôpital toute seule. {PER:Sonia} ne répond pas. Rappelez-moi au {PHONE:06 39 98 17 53},
s'il vous plaît, ou dites à {PER:Leïla} de me rappeler. » |
Suite donnée (note de {PER:Leïla Ferhat}, dimanche 9 h) : rappelée à 9 h 05. Accompagnée aux urgences de
l'hôpital Édouard-Herriot avec {PER:Sonia}. Traitement post-exposition commencé dans les délais, pilule
d'urgence donnée. Elle ne souhaite pas porter plainte pour l'instant. Rendez-vous avec la psychologue,
Mme {PER:Garnier}, mardi.
""", ["violence_sexual", "hiv_prevention", "access_to_care"]),
    ("t12-fr-09", "fr", """
Je suis {PER:Valentina}, j'ai 34 ans, je suis née à Medellín. Une amie de ma cousine, {PER:Camila Restrepo}, m'a fait venir
à Paris en me promettant du travail dans un salon de coiffure. En réalité elle m'a installée dans un studio
à {LOC:Pigalle}, {LOC:rue Frochot}, avec deux autres filles, {PER:Yuliana} et {PER:Dayana}. On devait payer
chacune 120 euros par jour pour le loyer. Quand j'ai voulu partir, son frère {PER:Andrés} m'a dit qu'il
connaissait ma mère à Medellín et qu'il savait où habitait mon fils {PER:Mateo}. J'ai eu peur pendant deux
ans. C'est au Bus des femmes que j'ai rencontré {PER:Gabriela}, une Colombienne comme moi, qui avait vécu la
même chose. Elle m'a présentée à {PER:Thomas Leroy}, juriste, qui m'a parlé du dispositif Ac.Sé pour les
victimes de traite. Aujourd'hui je suis à Nantes, loin d'eux. Je n'ai pas de salon de coiffure, mais je
prépare un CAP coiffure à la rentrée. Je le dis souvent à {PER:Gabriela} : la vie est revenue.
""", ["trafficking", "violence_psychological", "vocational_training"]),
    ("t12-fr-10", "fr", """
Note de situation – Service social, Bruxelles |
Rédigée par {PER:Nathalie Dewaele}, assistante sociale, le 12 octobre. |
Personne suivie : {PER:Aïcha Benali}, dite {PER:Chacha}, 41 ans, Belgo-Marocaine. |
Adresse : {LOC:chaussée de Haecht 212, boîte 4}. |
GSM : {PHONE:+32 470 58 21 94}. Numéro de registre national : {ID:83.07.12-284.57}. |
Situation : Mme {PER:Benali} travaille en vitrine {LOC:rue d'Aerschot} depuis dix ans. Son propriétaire,
M. {PER:Vandenberghe}, veut la mettre dehors à la fin du mois, après qu'elle s'est plainte de l'humidité.
Elle vit avec son fils {PER:Rayan}, 15 ans, scolarisé à l'athénée Fernand Blum. Elle est épuisée,
dort mal et dit « ne plus voir le bout ». |
Démarches : contact avec le CPAS de Schaerbeek pour une aide au loyer ; rendez-vous pris avec
Mme {PER:Lambrechts} au service logement le 18 ; orientation vers la consultation psychologique d'Espace P
avec {PER:Fabienne}. |
Prochain point : 25 octobre.
""", ["housing", "mental_health", "family_relations"]),
    ("t12-fr-11", "fr", """
Je m'appelle {PER:Bianca}. Sur mes anciens papiers, il y a un autre prénom, que je ne dis plus. Je suis
brésilienne, de Recife, et je vis à Rennes depuis quatre ans. Pendant longtemps, je n'allais chez aucun
médecin : la première fois, à la maison médicale près de la gare, la secrétaire m'a appelée « monsieur »
devant toute la salle et a ri avec une autre patiente. Je prenais des hormones achetées par {PER:Jordana},
une amie du {LOC:bar Le Ty Coz}, sans aucun suivi. C'est {PER:Thaís Ferreira}, la médiatrice, qui m'a
convaincue. Elle m'a accompagnée chez le Dr {PER:Morvan}, au {LOC:12 rue de Saint-Malo}, une généraliste qui
connaît les parcours trans. Elle m'a examinée, m'a fait une prise de sang et une ordonnance. Pour la
première fois, quelqu'un a écrit {PER:Bianca} sur mon dossier. {PER:Priscila} et {PER:Thaís} ont fêté ça
avec moi au {LOC:café des Lices}. Maintenant j'accompagne d'autres filles, comme {PER:Kauane}, qui arrive de
São Paulo et ne parle pas encore français.
""", ["stigma_discrimination", "access_to_care", "self_esteem"]),
    ("t12-fr-12", "fr", """
Procès-verbal du comité de sélection – formation « couture et retouches », Nantes, 9 septembre |
Membres présents : Mme {PER:Blanche Moreau} (présidente), {PER:Hervé Guillou} (Mission locale),
{PER:Hanitra Rakotomalala} (paire éducatrice), {PER:Soizic Le Gall} (conseillère France Travail). |
Excusée : {PER:Fanja}. |
Candidatures examinées : |
1. {PER:Zaïnaba Said Ali}, 38 ans, comorienne, a cousu pour une boutique de {LOC:Bellevue} sans contrat.
Avis favorable. |
2. {PER:Moinaecha Abdou}, 29 ans, souhaite devenir indépendante ; {PER:Hanitra} précise qu'elle a quitté le
travail du sexe en juin. Avis favorable. |
3. {PER:Vololona R.}, 45 ans, malagasy, très motivée, mais doit d'abord régler son titre de séjour.
{PER:Soizic Le Gall} propose un rendez-vous juridique avant la session d'avril. Avis réservé. |
4. {PER:Christelle Mbarga}, 33 ans, a déjà un CAP vente. Avis favorable. |
Mme {PER:Moreau} rappelle qu'aucune candidate ne doit être présentée aux employeurs comme « ancienne
travailleuse du sexe ». Feuille blanche remise à chaque candidate pour écrire son projet. |
Début de la formation : 7 octobre, {LOC:32 boulevard de la Prairie-au-Duc}, salle 104.
""", ["vocational_training", "income_employment"]),
    ("t12-fr-13", "fr", """
Journal de maraude – {LOC:bois de Boulogne}, nuit du 2 au 3 novembre |
Équipe : {PER:Inès}, {PER:Raúl Castillo}, {PER:Bérénice}. |
22 h 30 : {LOC:allée de la Reine-Marguerite}. Cinq camionnettes. {PER:Rosa Huamán} nous attend, comme
chaque semaine, avec {PER:Milagros}. {PER:Rosa} dit qu'un groupe de jeunes est passé vers 21 h avec des
barres de fer ; ils ont cassé le pare-brise de {PER:Yesenia Quispe} et l'ont frappée au visage. |
23 h 00 : {PER:Yesenia} a une plaie à l'arcade. {PER:Bérénice} fait un pansement, propose les urgences de
l'hôpital Ambroise-Paré. Refus : elle a peur de laisser sa camionnette. |
23 h 40 : {LOC:route de Suresnes}. {PER:Milagros} traduit pour une nouvelle, {PER:Kelly}, péruvienne aussi,
arrivée d'Espagne. On donne des kits, du gel, l'adresse de la consultation du vendredi. |
0 h 30 : retour vers {PER:Yesenia}, qui accepte finalement que {PER:Raúl} appelle le 17. Agents arrivés à
1 h 10. Plainte prévue demain avec {PER:Inès}. |
Besoin : un moment de parole collectif pour les femmes de l'allée, très choquées.
""", ["violence_physical", "peer_support"]),
    ("t12-fr-14", "fr", """
De : {PER:Claire Hoffmann} <{EMAIL:claire.hoffmann@accueil-femmes67.example}> |
À : Maître {PER:Schaller} <{EMAIL:cabinet.schaller@avocats-alsace.example}> |
Objet : Mme {PER:Elira Hoxha} – audience JAF du 21 mai, RG {ID:24/01863} |
Maître, |
Comme convenu, je vous transmets les éléments concernant Mme {PER:Hoxha}. Depuis leur séparation, son
ex-conjoint, M. {PER:Besnik Hoxha}, lui refuse toute pension pour les enfants, {PER:Ardit} (7 ans) et
{PER:Era} (4 ans), et menace de les emmener en Albanie si elle « continue son métier ». Il lui a envoyé plus
de quarante messages d'insultes, que sa sœur {PER:Lindita} a copiés sur une clé USB. Mme {PER:Hoxha} vit
désormais au {LOC:9 rue de la Course}, à Strasbourg, avec les enfants. Elle souhaite la résidence habituelle
et une pension alimentaire. Elle peut être jointe au {PHONE:03 53 01 62 48} ou par notre intermédiaire.
Notre collègue {PER:Arbena} peut servir d'interprète à l'audience. |
Bien cordialement, |
{PER:Claire Hoffmann}, conseillère conjugale et familiale
""", ["family_law", "violence_psychological", "legal_support"]),
    ("t12-fr-15", "fr", """
Q : Vous êtes arrivée quand à Lyon ? |
R : En avril 2022, avec ma fille {PER:Sofiia}. On a fui Kharkiv. Je m'appelle {PER:Oksana Melnyk}. |
Q : Qui vous a aidée au début ? |
R : Une femme du foyer, {PER:Iryna}, et le pasteur {PER:Taras}. Mais après six mois, il n'y avait plus
d'argent. Un homme, {PER:Sergueï}, m'a proposé des rendez-vous « avec des messieurs ». J'ai accepté. Je ne suis
pas fière, mais ma fille mangeait. |
Q : Et la protection temporaire ? |
R : Mon autorisation de séjour avait expiré, personne ne m'avait dit qu'il fallait la renouveler. C'est
Mme {PER:Perrin}, à l'association, qui a fait le rendez-vous en préfecture. J'ai maintenant une nouvelle
APS, numéro {ID:6903217745}, et {PER:Sofiia} est inscrite au collège Jean-Moulin. |
Q : Où habitez-vous ? |
R : Un studio dans le {LOC:quartier de la Guillotière}, {LOC:rue Sébastien-Gryphe}. {PER:Iryna} habite en
face. Le soir, on boit le thé ensemble et on parle ukrainien. Ça aide.
""", ["civil_documents", "income_employment", "family_relations"]),
    ("t12-fr-16", "fr", """
Transcription d'une note vocale WhatsApp envoyée à l'éducateur {PER:Farid Amrani}, 3 h 12 du matin : |
« {PER:Farid}, c'est {PER:Djamila}. Pardon de t'envoyer ça la nuit. J'ai recommencé, frère, la cocaïne,
depuis samedi. C'est {PER:Momo} du {LOC:cours Belsunce} qui m'en a donné, il dit que je le rembourserai en
passes. J'ai plus rien, même le loyer de {LOC:Noailles} il est parti dedans. {PER:Nour} dit que je dois
aller au CSAPA, mais j'ai honte, la dernière fois le Dr {PER:Abitbol} m'avait fait confiance. Tu peux
venir demain ? Amène {PER:Sandrine}, elle, elle ne me juge pas. Mon numéro a changé, c'est le
{PHONE:07 49 83 15 20}. Voilà. Bisous. » |
Réponse de l'équipe (note de {PER:Sandrine Pellegrini}) : {PER:Djamila Khelifi} vue le lendemain à 14 h,
{LOC:rue d'Aubagne}, avec {PER:Farid}. Rendez-vous au CSAPA jeudi, kit de réduction des risques remis.
Elle dit : « Je veux m'en sortir avant l'été. »
""", ["addiction", "violence_economic"]),
    ("t12-fr-17", "fr", """
FICHE DE LIAISON MÉDICALE – Permanence santé, Montpellier |
Nom : {PER:Beridze} |
Prénom : {PER:Nino} |
Langue : géorgien, russe |
Interprète : {PER:Tamar Kapanadze} ({PHONE:04 65 71 88 03}) |
N° AME : {ID:1 87 04 99 135 022 64} |
Adressée par : {PER:Guillaume Fabre}, infirmier de rue |
À l'attention de : Dr {PER:Aubert}, service d'hépato-gastro-entérologie, hôpital Saint-Éloi |
Motif : Mme {PER:Beridze}, 37 ans, hébergée {LOC:avenue de Palavas}, a eu un TROD VHC positif lors de notre
permanence du 4 juin. Elle dit avoir été dépistée en Géorgie en 2019 sans jamais recevoir de traitement.
Elle travaille la nuit et son compagnon, {PER:Levan}, contrôle ses sorties. Merci de lui proposer une
consultation un jour de semaine en matinée. |
Contact de la personne : par SMS seulement, au {PHONE:06 39 98 72 11}, en signant « {PER:Guillaume} ». |
Date : 6 juin. Signature : {PER:G. Fabre}
""", ["hiv_sti_testing", "access_to_care"]),
    ("t12-fr-18", "fr", """
Je m'appelle {PER:Abena Mensah}, je viens de Kumasi, au Ghana. J'habite à Liège depuis 2016. Pendant
six ans j'ai travaillé dans un salon {LOC:rue Cathédrale}, et la patronne, Mme {PER:Willems}, prenait la moitié
de tout. Quand j'ai arrêté, je n'avais rien, pas de chômage, pas de pension. Mon amie {PER:Akosua} m'a
parlé d'Icar Wallonie et d'un projet de micro-crédit. J'ai rencontré {PER:Véronique Lhoest}, qui m'a aidée
à écrire mon projet : vendre des plats ghanéens, du jollof, du kelewele, au {LOC:marché de la Batte} le dimanche.
{PER:Kwame}, le cousin de {PER:Akosua}, m'a prêté sa friteuse. La première fois, j'ai tout vendu en deux
heures. Maintenant je fais aussi des commandes pour les fêtes, et {PER:Efua} m'aide le samedi. Mon
numéro est sur les affiches : {PHONE:+32 493 61 07 28}. Les gens m'appellent « Mama {PER:Abena} ». Je paie
mon loyer seule. Je ne dois rien à personne, et ça, c'est une fierté.
""", ["income_employment", "self_esteem"]),
    ("t12-fr-19", "fr", """
Notes de {PER:Linh}, paire éducatrice vietnamienne – permanence du lundi, Paris 13e |
Ce lundi, chị {PER:Hoa} est revenue avec sa voisine, {PER:Nguyễn Thị Lan}, qui a des douleurs et des pertes
depuis trois semaines. Elle travaille dans un salon de massage {LOC:rue de Tolbiac} et n'a jamais vu de
gynécologue en France. Elle croyait qu'il fallait payer 200 euros. J'ai expliqué la consultation gratuite
du CeGIDD. Mme {PER:Trần}, la patronne, ne veut pas qu'elle s'absente. On a trouvé un créneau le mardi à
10 h, quand le salon est fermé. Le Dr {PER:Hamel} a diagnostiqué une chlamydia et une gonococcie, traitées
le jour même avec une injection et des comprimés. {PER:Lan} a demandé si son ami {PER:Tuấn} devait se
faire soigner aussi : oui. Elle est repartie avec des préservatifs et mon numéro de permanence,
{PHONE:01 99 00 43 58}. Chị {PER:Hoa} m'a dit : « Sans toi, {PER:Linh}, elle serait restée avec sa douleur. »
""", ["sti_care", "access_to_care", "peer_support"]),
    ("t12-fr-20", "fr", """
Madame la Juge aux affaires familiales, |
Tribunal judiciaire de Toulouse – RG n° {ID:23/04417} |
Nous accompagnons Mme {PER:Ngo Biyong Christelle} depuis mars 2022 au sein de notre service. Mme
{PER:Ngo Biyong} est la mère de {PER:Constance}, 6 ans, et de {PER:Junior}, 3 ans. Elle a quitté le
domicile conjugal, {LOC:12 impasse des Violettes}, après des violences répétées de M. {PER:Essomba}, père
des enfants, qui l'a frappée devant {PER:Constance} et l'a menacée de « tout raconter » sur son ancienne
activité. Depuis, elle est hébergée dans un centre pour femmes et travaille comme agente d'entretien.
Elle suit avec constance les rendez-vous du CMP pour les enfants et les siens. Notre éducatrice,
{PER:Marlène Sanchez}, a constaté l'attachement des enfants à leur mère. Nous sollicitons donc que la
résidence de {PER:Constance} et de {PER:Junior} soit fixée chez leur mère. |
Veuillez agréer, Madame la Juge, l'expression de notre haute considération. |
{PER:Dominique Lafitte}, cheffe de service
""", ["family_law", "violence_physical"]),
    ("t12-fr-21", "fr", """
Je suis {PER:Mariya Petrova}, de Sliven, en Bulgarie. À Bordeaux je travaille autour du
{LOC:cours de la Marne}, près de la gare Saint-Jean. Depuis l'été, il y a un policier, celui que les filles
appellent « le {PER:Moustachu} », qui vient presque chaque nuit. Il prend nos papiers, il dit qu'il va
nous expulser, puis il demande de l'argent pour « oublier ». Une fois il a pris 100 euros à {PER:Gergana}
et à moi. {PER:Stoyan}, mon mari, dit qu'il faut payer et se taire. Mais {PER:Aurélie} et {PER:Nikolina}, de
l'association, nous ont expliqué qu'il n'a pas le droit et qu'on peut faire un signalement à l'IGPN. On
l'a fait ensemble, au local du {LOC:cours Victor-Hugo}, avec une juriste, Mme {PER:Darrigade}. Numéro de
signalement : {ID:IGPN-2024-08731}. On n'a pas de nouvelles encore, mais depuis, « le {PER:Moustachu} » ne
s'arrête plus devant nous. {PER:Gergana} dit que c'est une petite victoire.
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("t12-fr-22", "fr", """
Groupe d'entraide des femmes trans – Lille, compte rendu du 17 janvier |
Étaient là : {PER:Kiara}, {PER:Lou Delcourt}, {PER:Sasha}, {PER:Naëlle}, {PER:Paloma Reyes}, et {PER:Jade} pour
la première fois. Facilitation : {PER:Morgane}. |
Tour de table. {PER:Jade} dit qu'elle ne sortait plus de son studio de {LOC:Fives} depuis deux mois, sauf
pour travailler, et qu'elle ne parlait à personne. Sa famille à Roubaix a coupé les ponts. {PER:Sasha} dit
qu'elle a vécu ça, et qu'au début le groupe était le seul endroit où on l'appelait par son prénom.
{PER:Paloma} propose à {PER:Jade} de venir le samedi à la cuisine collective du {LOC:café Le Trinquet}.
{PER:Kiara} rappelle qu'une sortie au musée est prévue en février. |
{PER:Lou} partage une bonne nouvelle : son changement de prénom est accepté en mairie. Applaudissements. |
À la fin, {PER:Jade} a laissé son numéro à {PER:Naëlle} pour qu'elles se retrouvent avant la prochaine
séance : {PHONE:07 68 22 91 45}. Elle dit : « Je rentre moins seule. » |
Prochaine séance le 31 janvier, {LOC:rue Gambetta}, 18 h.
""", ["social_isolation", "peer_support"]),
    ("t12-fr-23", "fr", """
FICHE DE DEMANDE D'AIDE – Épicerie solidaire et hébergement, Saint-Denis |
Nom : {PER:Kouamé} |
Prénom(s) : {PER:Adjoua Rosine} |
Tél : {PHONE:06 39 98 55 02} |
Adresse actuelle : hébergée chez une amie, {LOC:7 allée des Tilleuls, bâtiment C, 3e étage} |
Numéro allocataire CAF : {ID:4418273} |
Situation familiale : deux enfants, {PER:Éloïse} (10 ans) et {PER:Ibrahim} (5 ans) |
Orientée par : {PER:Mariam Fofana}, paire éducatrice |
Exposé de la situation : Mme {PER:Kouamé}, ivoirienne, a quitté le travail de rue {LOC:porte de la Chapelle}
après une agression. Son amie, Mme {PER:Traoré}, doit récupérer son salon pour sa propre famille à la fin
du mois. La famille mange un repas par jour ; les enfants déjeunent à la cantine grâce à l'aide de la
mairie. Le 115 a proposé une nuit d'hôtel à Bobigny, sans suite. |
Demandes : colis alimentaires (4 semaines), demande SIAO, rendez-vous avec l'assistante sociale du
secteur, Mme {PER:Da Silva}. |
Signature du travailleur social : {PER:Hélène Rigaud} |
Date : 2 décembre
""", ["food_security", "housing"]),
    ("t12-fr-24", "fr", """
Je m'appelle {PER:Houda}. Quand ma famille à Sfax a appris ce que je faisais à Nice, mon frère {PER:Walid}
m'a appelée pour me dire que j'étais morte pour eux. Ma mère ne m'a plus répondu. Sur Facebook, mon cousin
{PER:Anis Trabelsi} a publié ma photo avec des mots horribles, et des gens du quartier de mes parents l'ont
partagée. Pendant des mois, je ne dormais plus. Je restais dans ma chambre du {LOC:boulevard Gambetta} et je
pensais à mourir. C'est {PER:Selma}, une fille qui travaille aussi vers le {LOC:quartier Notre-Dame}, qui m'a
emmenée voir {PER:Audrey Castellani}, la psychologue de l'association. La première fois je n'ai rien dit.
La deuxième fois j'ai pleuré une heure. {PER:Audrey} m'a orientée vers le Dr {PER:Giordano}, un psychiatre, qui
m'a donné un traitement pour le sommeil. Aujourd'hui ça va mieux. Je parle à ma sœur {PER:Rim} en cachette,
elle m'envoie des photos de ses enfants. Je ne sais pas si ma mère me pardonnera. Moi, je commence à me
pardonner.
""", ["violence_psychological", "mental_health", "family_relations"]),
    ("t12-fr-25", "fr", """
Rapport de tournée – camionnettes de {LOC:Gerland}, Lyon, mercredi 11 septembre |
Équipe : {PER:Capucine Bertrand}, {PER:Osas} (médiatrice), {PER:Jérôme}. |
20 h 00 : {LOC:rue de Gerland}, à hauteur du stade. {PER:Favour Igbinedion} nous montre trois avis de
contravention reçus cette semaine pour « stationnement gênant », 135 euros chacun. Selon elle, les agents
reviennent tous les deux jours et les verbalisent sans même les voir. {PER:Peace} en a reçu cinq. |
20 h 45 : {LOC:avenue Jean-Jaurès}. {PER:Joy Osagie} dit que deux policiers l'ont fait descendre, ont fouillé
son sac et ont jeté ses préservatifs dans le caniveau en riant. {PER:Osas} lui explique qu'on peut contester
les amendes et qu'elle a le droit de garder ses préservatifs. {PER:Joy} dit qu'elle n'a pas de joie à rester
ici mais qu'elle n'a pas le choix. |
21 h 30 : {PER:Capucine} prend les copies des avis de {PER:Favour} et de {PER:Peace} pour la juriste,
Mme {PER:Oliveira}. |
À faire : courrier à la mairie du 7e ; atelier « droits face à la police » le 25 avec {PER:Osas}.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
    ("t12-fr-26", "fr", """
De : {PER:Sarah Peeters} <{EMAIL:sarah.peeters@accueil-traite.example}> |
À : Equipe Liège <{EMAIL:accueil@ailes-liege.example}> |
Objet : Transfert – Mme {PER:Ana-Maria Dumitru} |
Chers collègues, |
Nous vous confions Mme {PER:Dumitru}, 24 ans, roumaine, reconnue victime de traite le mois dernier.
Elle a été recrutée à Constanța par un certain {PER:Cosmin}, dit « {PER:Cosi} », qui l'a fait travailler
dans une vitrine de la {LOC:rue de Brabant} à Bruxelles, avec une dette de 8 000 euros. Deux autres
femmes, {PER:Florentina} et {PER:Georgiana Lungu}, ont été entendues aussi. Le dossier au parquet porte le
numéro {ID:BR.37.L1.014522/24}. Pour sa sécurité, elle doit rester loin de Bruxelles. Elle parle peu
français ; notre interprète, {PER:Ioana}, reste joignable au {PHONE:+32 2 563 18 47}. Vous pouvez aussi
écrire à {PER:Ioana} : {EMAIL:ioana arobase interpretes-bxl point example}. |
Merci à {PER:Marc} et à {PER:Véronique} de bien vouloir l'accueillir lundi. |
Bien à vous, |
{PER:Sarah}
""", ["trafficking", "legal_support"]),
    ("t12-fr-27", "fr", """
Q : Depuis quand vous connaissez votre statut ? |
R : Depuis 2015. C'est le Dr {PER:Le Bihan}, à Rennes, qui me l'a annoncé. J'ai cru que j'allais mourir. |
Q : Et aujourd'hui ? |
R : Aujourd'hui ma charge virale est indétectable. Je prends un comprimé par jour. Je m'appelle
{PER:Mireille Kabongo}, on m'appelle {PER:Mimi}. Je suis congolaise, de Kinshasa. |
Q : Qu'est-ce qui vous a aidée ? |
R : Le groupe du jeudi. {PER:Grâce}, {PER:Clémentine} et {PER:Honorine} sont séropositives aussi. Par la
grâce de Dieu, on s'est trouvées. On se rappelle les rendez-vous, on se prête des tickets de bus.
Quand j'ai oublié mon traitement pendant une semaine, c'est {PER:Grâce} qui est venue frapper chez moi,
{LOC:rue de Châtillon}. |
Q : Vous en parlez à vos clients ? |
R : Je mets toujours le préservatif. Mon infirmière, {PER:Gwenaëlle}, m'a expliqué qu'indétectable égale
intransmissible. Mon fils {PER:Papy} le sait maintenant, il m'accompagne à l'hôpital Pontchaillou. Je n'ai
plus honte.
""", ["hiv_care", "peer_support", "self_esteem"]),
    ("t12-fr-28", "fr", """
Synthèse de la réunion de coordination – Marseille, 14 novembre |
Participants : {PER:Élise Fournier} (assistante sociale), {PER:Anrafa Mohamed} (médiatrice comorienne),
Maître {PER:Giraud} (avocate), Dr {PER:Benyoucef} (unité médico-judiciaire), {PER:Quentin} (stagiaire). |
Situation de Mme {PER:Mariama Soilihi}, 31 ans : violée le 2 novembre par deux hommes dans un appartement
de la {LOC:cité Félix-Pyat}, où elle avait été appelée par un client. Examen fait à l'unité médico-judiciaire
le lendemain ; traitement post-exposition et contraception d'urgence donnés par le Dr {PER:Benyoucef}.
Plainte déposée le 4 novembre, n° {ID:13055/2024/017736}. Mme {PER:Soilihi} a reconnu un des hommes, qu'on
appelle « {PER:Bilal} du 3 ». |
Décisions : Maître {PER:Giraud} se constitue pour la partie civile ; {PER:Anrafa} accompagnera Mme {PER:Soilihi}
aux auditions, en shimaoré ; suivi psychologique proposé au centre de psychotraumatologie. Mme {PER:Soilihi}
souhaite changer de numéro : nouveau numéro connu de {PER:Élise} seulement. |
Prochaine réunion : 28 novembre.
""", ["violence_sexual", "legal_support"]),
    ("t12-fr-29", "fr", """
Transcription d'un message vocal de {PER:Hasna}, laissé à l'équipe de Bordeaux, en darija et en français : |
« Salam {PER:Khadija}, c'est {PER:Hasna}. Je t'appelle parce que ça ne va pas du tout. Le frigo est vide depuis
mardi. Les petits, {PER:Yassine} et {PER:Rania}, ont mangé chez Tata {PER:Zohra}, mais elle aussi elle n'a
plus rien. Le propriétaire de la chambre, {LOC:rue des Faures}, à {LOC:Saint-Michel}, dit qu'il me jette
dehors vendredi si je ne paie pas les 400 euros. Je ne travaille plus depuis que je suis enceinte, je ne
peux plus. Tu m'avais parlé des Restos du cœur, c'est où ? Rappelle-moi sur le numéro de {PER:Samia}, le
{PHONE:07 52 39 98 60}, le mien est coupé. Merci ma sœur. » |
Suite (note de {PER:Khadija El Amrani}) : colis alimentaire remis jeudi, inscription aux Restos du cœur,
{LOC:quai de la Monnaie}. Rendez-vous avec Mme {PER:Lartigue}, assistante sociale, pour l'expulsion.
""", ["food_security", "housing"]),
    ("t12-fr-30", "fr", """
À toute l'équipe du local de la {LOC:rue de Wazemmes}, |
Je vous écris cette lettre parce que je ne sais pas bien dire les choses en face. Il y a deux ans, quand je
suis arrivée chez vous, je m'appelais encore autrement et je détestais mon reflet. J'avais été jetée
dehors par mon père à Oran, j'étais arrivée à Lille sans rien, et je travaillais dans les voitures pour
une nuit au chaud. {PER:Sihem}, vous m'avez appelée {PER:Yousra} dès le premier jour, sans poser de
question. {PER:Benoît}, tu m'as appris à remplir mes papiers. {PER:Amel Zerrouki} m'a accompagnée à ma
première consultation à l'hôpital Claude-Huriez. Et {PER:Nour} et {PER:Shirine}, les filles du jeudi, vous
m'avez montré qu'on peut être trans, maghrébine et belle. Aujourd'hui je me maquille pour moi. Je regarde
les gens dans les yeux. Je fais du bénévolat le samedi et c'est moi qui accueille les nouvelles. Merci de
m'avoir rendu ma fierté. |
{PER:Yousra}
""", ["self_esteem", "peer_support", "violence_psychological"]),
    ("t12-fr-31", "fr", """
Note de suivi – {PER:Sylvie Castaing}, conseillère conjugale et familiale, Toulouse |
Mme {PER:Chen Mei}, 28 ans, chinoise, vue ce jour avec l'interprète {PER:Zhou Li}. Elle est enceinte de
huit semaines environ et souhaite une IVG. Elle travaille dans un appartement {LOC:avenue de Muret} avec
deux autres femmes, {PER:Xiaohong} et {PER:Ah-Fang}. Elle dit que le préservatif a craqué avec un client
habituel. Elle n'a pas de contraception et n'en avait jamais entendu parler en dehors de la pilule
d'urgence. |
Actions : rendez-vous d'IVG médicamenteuse pris au Planning familial avec le Dr {PER:Costes} jeudi ;
carte Vitale en cours, numéro provisoire {ID:2 96 02 99 156 083 12}. Information sur l'implant et le
stérilet, qu'elle envisage après l'IVG. Mme {PER:Chen} souhaite que son amie {PER:Xiaohong} l'accompagne. |
Téléphone de Mme {PER:Chen} : {PHONE:06 39 98 08 84} (ne pas laisser de message vocal). |
Prochain rendez-vous : 15 jours après l'IVG.
""", ["reproductive_health", "access_to_care"]),
    ("t12-fr-32", "fr", """
Je suis {PER:Fabienne Desrosiers}, haïtienne, j'habite à Aubervilliers. Je travaille le soir du côté de
la {LOC:rue Pajol}. Avant, je croyais que, sans papiers, je n'avais aucun droit : ni de porter plainte, ni
d'aller à l'hôpital. Un client, {PER:Régis}, le savait, et il me menaçait d'appeler la police si je refusais
ce qu'il voulait. Un mardi, {PER:Micheline}, une compatriote, m'a emmenée à un atelier au local du
{LOC:16 rue Riquet}. La juriste, {PER:Laure Benguigui}, nous a expliqué l'aide médicale d'État, la plainte
sans papiers, l'article sur les victimes de violences. {PER:Wideline} a posé toutes les questions que je
n'osais pas poser. En sortant, je savais où aller. Maintenant j'ai l'AME, numéro {ID:AME-93-0058217}, et j'ai
donné le numéro de l'atelier à {PER:Roseline} et à sa cousine {PER:Nadège}. Quand {PER:Régis} a appelé la
dernière fois, je lui ai dit : « Appelle qui tu veux. » Il n'a plus rappelé.
""", ["rights_awareness", "violence_psychological"]),
    ("t12-fr-33", "fr", """
FORMULAIRE D'INSCRIPTION – Atelier d'insertion, Charleroi |
Nom : {PER:Lukusa} |
Prénom : {PER:Merveille} |
Né(e) le : 14/07/1990 à Lubumbashi |
Adresse : {LOC:rue de Montigny 87}, 6000 Charleroi |
GSM : {PHONE:+32 471 38 92 05} |
E-mail : {EMAIL:merveille.lukusa@boitemail.example} |
NISS : {ID:90.07.14-362.18} |
Personne de contact : {PER:Bienvenu Tshibanda} (frère) |
Référente : {PER:Annick Dubois}, Espace P Charleroi |
Projet professionnel : Mme {PER:Lukusa} a arrêté le travail en carrée {LOC:rue Léopold} en 2023. Elle a
suivi un module d'esthétique avec {PER:Nancy}, la formatrice, et souhaite ouvrir un petit salon d'onglerie à
domicile. Elle demande un accompagnement pour le statut d'indépendante et un micro-crédit. |
Remarque : sa fille {PER:Divine} garde les enfants pendant les ateliers. Une merveille d'organisation, dit
{PER:Annick}. |
Date : 3 février
""", ["income_employment", "vocational_training"]),
    ("t12-fr-34", "fr", """
Notes de la paire éducatrice {PER:Natacha} – Nantes, permanence du vendredi |
{PER:Svetlana Orlova} est venue à 15 h, elle sentait l'alcool. Elle dit boire une bouteille de vodka par
jour depuis que son compagnon, {PER:Dmitri}, est reparti à Moscou. Elle travaille seule dans un studio
{LOC:rue Paul-Bellamy} et a peur de sortir. Elle ne voit plus personne à part {PER:Olga}, sa voisine, et
{PER:Ksenia}, qui lui apporte des courses. On a parlé une heure en russe. Elle a accepté un rendez-vous au
CSAPA avec le Dr {PER:Kerjean}, qui connaît bien les femmes du secteur. Je lui ai donné mon numéro, le
{PHONE:02 61 91 47 36}, et celui de {PER:Anne-Sophie}, l'infirmière. {PER:Svetlana} m'a dit que
c'est la première fois depuis un mois qu'elle parle à quelqu'un plus de cinq minutes. Avant de partir, elle
a demandé si elle pouvait revenir au café du mardi. Je l'attendrai. À revoir avec {PER:Loïc} : orientation
éventuelle vers un hébergement si {PER:Dmitri} revient.
""", ["addiction", "social_isolation"]),
    ("t12-fr-35", "fr", """
Journal de travail de rue – Bruxelles, {LOC:quartier Nord} et {LOC:Alhambra}, mardi 8 octobre |
Équipe : {PER:Kathleen Janssens}, {PER:Pieter}, {PER:Mirela} (paire, albanophone). |
19 h 30 : {LOC:rue Linné}. {PER:Anisa Berisha} et {PER:Klodiana} viennent au bus. {PER:Anisa} demande un test
depuis qu'un client a enlevé le préservatif la semaine dernière. {PER:Mirela} lui explique le TROD et le
délai de trois mois pour le VIH. Test fait dans le bus : négatif. Rendez-vous pris pour un dépistage complet
(syphilis, hépatites) au centre de la {LOC:rue Saint-Laurent} avec le Dr {PER:Lejeune}. |
20 h 15 : {LOC:boulevard Émile-Jacqmain}. {PER:Klodiana} accompagne sa cousine {PER:Ermira}, arrivée de
Durrës il y a dix jours. Elle ne connaît pas son statut, n'a jamais été testée. Elle repart avec le
numéro du bus, {PHONE:+32 478 20 61 93}, et un rendez-vous jeudi. |
21 h 00 : {LOC:rue du Marché}. Personne. {PER:Pieter} laisse des flyers au {LOC:café Le Saint-Lazare}. |
Total : 2 TROD, 41 préservatifs, 12 gels. Prochaine sortie jeudi avec {PER:Mirela} et {PER:Kathleen}.
""", ["hiv_sti_testing", "access_to_care"]),
    ("t12-fr-36", "fr", """
De : {PER:Paola Giménez} <{EMAIL:paola.gimenez[at]autres-regards13[point]example}> |
À : SIAO 13 |
Objet : Demande de mise à l'abri – Mme {PER:Luna Vargas} |
Bonjour, |
Je sollicite en urgence une place d'hébergement pour Mme {PER:Luna Vargas}, femme trans colombienne de
27 ans, que notre association accompagne depuis juin. Mme {PER:Vargas} louait une chambre chez M.
{PER:Brahimi}, {LOC:41 rue Curiol}, à Marseille ; dimanche soir, il l'a mise dehors avec ses affaires,
l'a poussée dans l'escalier et l'a traitée de « monstre » devant les voisins. Elle a dormi deux nuits
chez une amie, {PER:Valeria}, puis dans le {LOC:parc Longchamp}. Les appels au 115 n'ont rien donné. Elle
est suivie au CHU pour son traitement hormonal par le Dr {PER:Casanova}. Numéro de demande SIAO :
{ID:13-2024-0672291}. Elle demande à être orientée vers un lieu où elle sera hébergée en tant que femme.
Contact : {PHONE:06 39 98 26 70}, ou moi-même. |
Avec mes remerciements, |
{PER:Paola Giménez}, intervenante sociale
""", ["housing", "stigma_discrimination", "violence_physical"]),
    ("t12-fr-37", "fr", """
Je m'appelle {PER:Hawa Camara}, je suis guinéenne, de Kankan. À seize ans, mon oncle {PER:Mamadou} a
décidé de me marier à un homme de soixante ans, El Hadj {PER:Sékou Condé}. J'ai refusé ; ils m'ont
enfermée et battue jusqu'à ce que j'accepte. Quand j'ai pu partir, c'était avec un passeur qui m'a fait
payer le voyage en Libye puis en Italie. À Toulouse, j'ai dormi dehors, puis j'ai fait des passes vers
{LOC:Arnaud-Bernard}. Une femme du foyer, {PER:Kadiatou Barry}, m'a emmenée à l'association. {PER:Morgane
Estrade}, la juriste, a préparé avec moi mon récit pour l'OFPRA. J'ai raconté le mariage forcé, l'excision
de ma petite sœur {PER:Fanta}. J'ai maintenant mon récépissé de demande d'asile, numéro AGDREF
{ID:3103527691}, et mon dossier OFPRA porte le numéro {ID:24-05-18836}. Mon entretien est en mars. Mme
{PER:Estrade} m'a dit que {PER:Kadiatou} pourra m'attendre devant. Je n'ai plus de nouvelles de ma mère depuis
deux ans.
""", ["civil_documents", "violence_psychological", "legal_support"]),
    ("t12-fr-38", "fr", """
Q : Tu vis où en ce moment, {PER:Florica} ? |
R : Dans le campement près de la {LOC:porte de Bagnolet}, avec mon mari {PER:Costel} et nos trois enfants. |
Q : Qu'est-ce qui est le plus dur ? |
R : Les papiers. Mon fils {PER:Marian} est né à Paris mais on ne l'a jamais déclaré. Il n'a pas d'acte de
naissance, alors il ne peut pas aller à l'école. Et moi j'ai perdu ma carte d'identité roumaine quand la
police a démonté le camp de la {LOC:rue de Lagny}. |
Q : Qui t'aide ? |
R : {PER:Gabriel}, le médiateur, et {PER:Laurence Petit}, l'assistante sociale de la mairie du 20e. Elle a
écrit au procureur pour la déclaration tardive de {PER:Marian}. Et {PER:Ramona}, ma belle-sœur, m'a
accompagnée au consulat pour refaire ma carte. Le numéro de la demande, je l'ai sur le papier :
{ID:RO-PAR-2024-11204}. |
Q : Et le travail ? |
R : Quand {PER:Costel} ne trouve rien, je vais vers {LOC:Porte Dorée}. Je ne veux pas que ma fille
{PER:Denisa} sache.
""", ["civil_documents", "family_relations"]),
    ("t12-fr-39", "fr", """
Compte rendu de l'atelier « santé et discriminations » – Bordeaux, 3 avril |
Présentes : {PER:Saïda}, {PER:Nadia Bouzid}, {PER:Rose Ogbeide}, {PER:Mélanie}, {PER:Hind}, {PER:Patricia
Nguema}. Animatrices : {PER:Justine Lafargue} et {PER:Aïcha}. |
{PER:Rose} raconte qu'aux urgences de l'hôpital Saint-André, un infirmier a refusé de la toucher après
avoir lu « travailleuse du sexe » dans son dossier et a mis deux paires de gants. Elle a attendu six
heures. {PER:Nadia} dit qu'une pharmacie du {LOC:cours de l'Yser} lui a refusé sa PrEP en disant que « c'est
pour les homosexuels ». {PER:Patricia} ajoute qu'un médecin de la {LOC:rue de la Rousselle} lui a demandé si
elle « faisait ça pour payer la drogue ». |
{PER:Justine} explique le droit de saisir le Défenseur des droits et le conseil de l'ordre. {PER:Hind}
propose une liste de soignants « sûrs » tenue par le groupe. {PER:Mélanie} s'en charge avec {PER:Aïcha}. |
Toutes repartent avec un bouquet de roses offert par le fleuriste du quartier pour la journée des droits
des femmes, reportée.
""", ["stigma_discrimination", "rights_awareness", "peer_support"]),
    ("t12-fr-40", "fr", """
FICHE D'ORIENTATION VERS LE CMP – Rennes |
Nom : {PER:Mamani Quispe} |
Prénom : {PER:Rocío} |
Date de naissance : 22/11/1985 |
Tél : {PHONE:02 61 91 30 74} |
Adresse : {LOC:5 square de Sarzeau, 8e étage}, {LOC:quartier Maurepas} |
N° de sécurité sociale : {ID:2 85 11 99 140 271 58} |
Orientée par : {PER:Soazig Le Floch}, éducatrice spécialisée, et {PER:Carmen}, paire éducatrice |
Motif de l'orientation : Mme {PER:Mamani Quispe}, péruvienne, ne dort plus depuis l'agression subie en
août {LOC:boulevard de la Tour-d'Auvergne}. Elle fait des cauchemars, ne sort plus, a des crises de
panique dans le bus. Elle dit parfois « mieux vaut disparaître ». Elle a arrêté le travail et vit du
soutien de sa sœur {PER:Yolanda}. Elle accepte un suivi psychologique si une interprète est présente. |
Interprète proposée : {PER:Ana Lucía Torres} |
Destinataire : Dr {PER:Guéguen}, psychiatre, CMP |
Date : 18 septembre |
Signature : {PER:S. Le Floch}
""", ["mental_health", "access_to_care"]),
    ("t12-fr-41", "fr", """
Ma chère {PER:Voahirana}, |
Je t'écris de Marseille, il fait beau, et j'ai une grande nouvelle. Tu te souviens de mes années
sombres, quand je travaillais le soir vers la {LOC:rue Curiol} et que je t'envoyais à peine de quoi payer
l'école de {PER:Tojo} ? C'est fini. Depuis le 1er mars, je suis aide à domicile, en CDI, chez une dame
âgée, Mme {PER:Ferracci}, et chez M. {PER:Boyer}, près de la {LOC:place Castellane}. C'est {PER:Lalao}, ma
voisine, qui m'a présentée à l'agence, et {PER:Nathalie Rossi}, de l'association, qui a relu mon CV et
m'a prêté une veste pour l'entretien. Je gagne 1 450 euros par mois. Ce n'est pas beaucoup, mais c'est à
moi. J'ai ouvert un compte pour {PER:Tojo} et pour {PER:Fitia}. Dis à Maman que je l'appellerai dimanche
sur ton numéro, le {PHONE:+261 34 12 880 47}. Et dis à {PER:Rivo} que je n'ai pas oublié son ballon. |
Je t'embrasse, ta grande sœur {PER:Hanta}
""", ["income_employment", "family_relations"]),
    ("t12-fr-42", "fr", """
Note sociale – Liège, service d'accompagnement, rédigée par {PER:Marie Lhoest} |
Mme {PER:Ekaterina Volkova}, dite {PER:Katia}, 44 ans, russe, en Belgique depuis 2011, est venue ce
matin avec {PER:Galina}, une amie. Elle vit dans un kot {LOC:rue Saint-Gilles 214} et travaille en
salon. Son bailleur, M. {PER:Geeraerts}, lui a envoyé un renon de bail par huissier après une plainte
d'un voisin, qui l'a insultée dans l'escalier. Elle doit quitter les lieux fin juin. Elle n'a pas de
garant et les agences refusent quand elle dit son métier. |
Démarches : contact avec {PER:Julien}, au Relais social, pour une place en maison d'accueil ; appel au
CPAS de Liège pour une garantie locative. {PER:Galina} propose de l'héberger quinze jours dans son
appartement du {LOC:quartier Sainte-Marguerite}. |
Coordonnées : GSM {PHONE:+32 485 11 73 60}, e-mail {EMAIL:katia.volkova.lg@courriel-be.example}. |
Prochain rendez-vous : mardi, avec Mme {PER:Volkova} et {PER:Julien}.
""", ["housing", "stigma_discrimination"]),
    ("t12-fr-43", "fr", """
Récit de {PER:Osayuwamen Eghosa}, dite {PER:Osa}, paire éducatrice à Lille |
Au début, les filles nigérianes de la {LOC:rue de Valenciennes} ne voulaient pas entendre parler de la
PrEP. {PER:Ese} disait que c'était pour les malades, {PER:Omoye} que ça rendait stérile. Moi-même je
l'ai commencée en 2022 avec le Dr {PER:Vasseur}, à l'hôpital Gustave-Dron de Tourcoing, et je n'ai jamais
eu de problème. Alors on a organisé une soirée avec de la nourriture, du riz et du plantain, au local
de la {LOC:rue Camille-Guérin}. {PER:Precious Obaseki}, l'infirmière, a tout expliqué en pidgin. {PER:Ese} a
posé mille questions. Aujourd'hui, six filles prennent la PrEP, dont {PER:Ese} et {PER:Omoye}. On se
rappelle les prises par message, et {PER:Efosa}, le mari de {PER:Omoye}, a même demandé des préservatifs
pour lui. Je garde toujours des kits dans mon sac. Celles qui veulent peuvent m'appeler au
{PHONE:07 45 39 98 12}.
""", ["hiv_prevention", "peer_support"]),
    ("t12-fr-44", "fr", """
Transcription d'une note vocale de {PER:Rafaela}, envoyée à {PER:Dani} (médiatrice) à 1 h 47 : |
« {PER:Dani}, c'est {PER:Rafa}, je suis à l'hôpital Purpan. Un client m'a frappée, il m'a cassé le nez,
amiga. C'était vers la {LOC:route d'Espagne}, il m'a fait monter dans sa voiture, une Clio grise, et
quand j'ai demandé l'argent avant, il a tapé. Il a pris mon téléphone. Je t'appelle avec le portable
de l'infirmière. Ma copine {PER:Thalita} a vu la plaque, elle l'a notée. Je veux porter plainte cette
fois. Tu peux venir demain avec {PER:Fernanda} pour traduire ? Et dis à {PER:Jéssica} de ne pas aller
là-bas ce soir. » |
Note de {PER:Daniela Souza} : vue à Purpan le lendemain, certificat médical avec 10 jours d'ITT. Plainte
déposée l'après-midi, numéro {ID:01257/24/008431}. Accompagnement par Maître {PER:Sarrail} proposé.
Nouveau numéro de {PER:Rafaela Lima} : {PHONE:06 39 98 93 05}.
""", ["violence_physical", "legal_support"]),
    ("t12-fr-45", "fr", """
Q : Comment êtes-vous arrivée en France ? |
R : Par une agence à Hanoï. On m'a dit qu'il y aurait du travail dans un salon de manucure à Lyon. J'ai
signé une dette de 25 000 euros. Je m'appelle {PER:Phạm Thị Thu}, mais ici on m'appelle {PER:Thu}. |
Q : Et le salon ? |
R : Le {LOC:salon Nail Beauty Star}, {LOC:cours Gambetta}. Le jour, les ongles ; la nuit, la patronne,
Mme {PER:Đỗ}, envoyait les filles chez des clients. Son neveu {PER:Hùng} gardait nos passeports dans un coffre.
{PER:Mai} et moi dormions dans la réserve. |
Q : Comment êtes-vous sortie ? |
R : Une cliente française, {PER:Agnès}, a remarqué mes bleus. Elle a appelé l'association. {PER:Bảo Ngọc},
la médiatrice, est venue se faire faire les ongles et m'a glissé un papier. Une semaine après, je suis
partie avec {PER:Mai}. |
Q : Et maintenant ? |
R : Nous sommes dans un appartement sécurisé. Le commandant {PER:Ferrand}, de la police judiciaire, a
enregistré ma plainte. J'ai récupéré mon passeport, numéro {ID:C4829173}.
""", ["trafficking", "violence_economic"]),
    ("t12-fr-46", "fr", """
De : {PER:Rachida Saïd} <{EMAIL:rachida.said (at) femmes-nantes (dot) example}> |
À : Maître {PER:Le Corre} |
Objet : Mme {PER:Echati Madi} – plainte pour viol, suite |
Maître, |
Je vous remercie d'avoir accepté de représenter Mme {PER:Echati Madi} au titre de l'aide
juridictionnelle. Pour rappel, Mme {PER:Madi}, 35 ans, comorienne, a été violée en juillet par un homme
qui se faisait appeler « Tonton {PER:Said} » et qu'elle rencontrait dans un appartement de la {LOC:rue de la
Bastille}, à Nantes. Il la filmait et menaçait d'envoyer les vidéos à sa famille à Moroni. La plainte a été
déposée le 12 août sous le numéro {ID:PV 2024/014 552}. Depuis, elle n'a aucune nouvelle et reçoit encore
des appels d'un numéro inconnu, le {PHONE:06 39 98 64 19}, qu'elle pense être le sien. Elle est suivie par
notre psychologue, {PER:Cécile Amouroux}. Son ami {PER:Nassuf} peut témoigner des menaces. Mme {PER:Madi}
souhaite savoir si elle peut demander une ordonnance de protection. |
Bien cordialement, |
{PER:Rachida Saïd}
""", ["violence_sexual", "legal_support", "violence_psychological"]),
    ("t12-fr-47", "fr", """
Rapport d'action – dépistage hors les murs, {LOC:Belleville}, samedi 19 octobre |
Équipe : {PER:Wei} (médiatrice), {PER:Agathe Morin} (infirmière), {PER:Jean-Baptiste}, Dr {PER:Schwartz}. |
14 h 00 : installation du stand au {LOC:boulevard de Belleville}, devant le {LOC:restaurant Le Président}.
Présentation en mandarin et en wenzhouhua par {PER:Wei}. |
14 h 30 : {PER:Zhang Hong} et {PER:Li Juan}, qui travaillent {LOC:rue de Belleville}, font les trois tests :
VIH, hépatite B, syphilis. {PER:Li Juan} est positive à l'hépatite B ; elle ne le savait pas. Le Dr
{PER:Schwartz} lui explique la maladie et prend rendez-vous à l'hôpital Saint-Antoine. |
15 h 15 : {PER:A-Mei}, qui refusait depuis un an, vient avec son amie « Grande Sœur {PER:Lin} ». Tests
négatifs. Elle rit : « Je dormirai ce soir. » |
16 h 00 : fin. 11 personnes dépistées. {PER:Agathe} note que deux femmes ont demandé une consultation
gynécologique : orientation vers le centre de santé avec {PER:Wei} mardi. |
Numéro de la ligne en chinois : {PHONE:01 99 00 71 26}.
""", ["hiv_sti_testing", "access_to_care"]),
    ("t12-fr-48", "fr", """
Je m'appelle {PER:Naïma Ouhadi}, je suis née à Beni Mellal, et j'ai cinquante ans. Pendant vingt ans j'ai
travaillé à Montpellier, du côté de la {LOC:rue du Faubourg-Figuerolles}. Je ne savais pas lire le
français. Quand {PER:Océane}, la nouvelle éducatrice, m'a proposé une formation en pâtisserie, j'ai ri :
à mon âge ! Mais ma fille {PER:Sanae} m'a poussée. La formatrice, Mme {PER:Delmas}, m'a laissé le temps. On
était huit, dont {PER:Rose Pereira}, une Portugaise, et {PER:Kheira}, qui est devenue ma meilleure amie. En
juin, j'ai eu mon certificat, le premier diplôme de ma vie. {PER:Océane} l'a fait encadrer. Maintenant je
travaille trois matins par semaine à la {LOC:boulangerie Au Pain Doré}, {LOC:avenue de Lodève}, chez M.
{PER:Pujol}. Les cornes de gazelle, c'est moi. Les clients disent « les gâteaux de {PER:Naïma} ». Ma
fille dit que je suis une autre femme. Moi je dis que je suis enfin moi.
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("t12-sms-01", "fr", """
{PER:lina}: slt {PER:bibi} cv? c {PER:lina} de l asso |
{PER:bibi}: wsh {PER:lina} ca va et toi |
{PER:lina}: tjr ok pr demain? rdv prep a 10h au cegidd, jte recup devant le {LOC:bar le victor} |
{PER:bibi}: jsuis pas sure... {PER:kenza} elle dit ca fait grossir |
{PER:lina}: nn c faux mdr, demande a {PER:kenza} elle a jamais pris. moi g pris 2 ans aucun souci |
{PER:bibi}: et si le doc il me juge |
{PER:lina}: c le dr {PER:meunier}, elle est trop gentille, {PER:sabrina} y va aussi |
{PER:bibi}: dac. tu peux appeler {PER:sabrina} pr quelle vienne avec nous |
{PER:lina}: g deja envoye msg a {PER:sab}, elle dit oui |
{PER:bibi}: ok jviens. et jai plus de capotes |
{PER:lina}: tkt jten ramene 50 + gel. si ya un souci appelle moi au {PHONE:06 39 98 40 71} |
{PER:bibi}: merci ma belle t la meilleure |
{PER:lina}: a demain 9h45 {LOC:place de la victoire} 😘
""", ["hiv_prevention", "peer_support"]),
    ("t12-sms-02", "fr", """
Groupe « les filles de la {LOC:rue de la joliette} » |
{PER:samia}: les filles attention un mec ds une 308 noire il a frappe {PER:jenny} hier soir |
{PER:maeva}: quoi?? elle va bien {PER:jenny}? |
{PER:samia}: elle a un oeil tt bleu, elle est chez {PER:rosalie} |
{PER:jenny}: jsuis la. il ma tape pk jvoulais pas sans capote. il a pris mon sac aussi |
{PER:fatim}: ptn. il sappelle comment |
{PER:jenny}: il dit {PER:steph} mais jsais pas si c vrai. son num c {PHONE:07 12 39 98 51} |
{PER:maeva}: bloquez le tt de suite |
{PER:rosalie}: {PER:jenny} faut porter plainte, {PER:nadia} de lasso elle peut venir avec toi |
{PER:jenny}: jai peur des flics |
{PER:samia}: {PER:nadia} elle connait, elle ta deja aide pr {PER:kiki}, tu te rappelles |
{PER:fatim}: et va voir le doc pr loeil stp |
{PER:jenny}: ok demain. merci les filles jvous aime |
{PER:rosalie}: on est la ma rose ❤️
""", ["violence_physical", "peer_support"]),
    ("t12-sms-03", "fr", """
{PER:xiaoyu}: {PER:wei} jie tu es la? |
{PER:wei}: oui {PER:xiaoyu}, quoi? |
{PER:xiaoyu}: police venu salon ce matin, {LOC:rue de belleville} 😭 ils ont pris {PER:a-ling} et mme {PER:zhao} |
{PER:wei}: ok calme. ils ont dit pk? |
{PER:xiaoyu}: ils crient "racolage", "papiers". un policier il a dit a {PER:a-ling} si tu parles pas on renvoie chine |
{PER:wei}: c pas legal de menacer comme ca. elles sont ou mtn? |
{PER:xiaoyu}: commissariat 19e je crois |
{PER:wei}: jappelle maitre {PER:dupuis} tt de suite. tu as le num de {PER:a-ling}? |
{PER:xiaoyu}: {PHONE:07 81 39 98 26} mais ils ont pris son tel |
{PER:wei}: ok. dis a {PER:lanlan} et {PER:meimei} de pas aller au salon ce soir |
{PER:xiaoyu}: deja dit. jai peur pr moi aussi |
{PER:wei}: tu as droit a un interprete et un avocat. jte rappelle dans 1h
""", ["police_harassment", "rights_awareness"]),
    ("t12-sms-04", "fr", """
{PER:lola}: {PER:nina} tu dors? |
{PER:nina}: nn vas y |
{PER:lola}: g eu rdv endocrino aujdh a l hopital, la secretaire ma appelee monsieur 3 fois devant tt le monde |
{PER:nina}: ptn encore. c pas la dr {PER:haddad}?? |
{PER:lola}: nn le dr {PER:haddad} elle est super, c laccueil. jsuis partie en pleurant avant de la voir |
{PER:nina}: oh ma cherie. {PER:maelys} a eu pareil l an dernier, elle a ecrit une plainte a lhopital |
{PER:lola}: ca sert a rien |
{PER:nina}: si, apres ils ont change son nom ds le dossier. demande a {PER:maelys} |
{PER:lola}: jai plus le courage, jsuis fatiguee detre une blague pr eux |
{PER:nina}: t pas une blague {PER:lola}. t une meuf magnifique. on y retourne ensemble la semaine pro |
{PER:lola}: tu ferais ca? |
{PER:nina}: evidemment. et apres on va manger chez {LOC:resto chez mamie}, {LOC:rue merciere} |
{PER:lola}: jtaime {PER:ninou} 😭
""", ["stigma_discrimination", "peer_support", "access_to_care"]),
    ("t12-sms-05", "fr", """
{PER:andreea}: buna {PER:vero}, c {PER:andreea} de la vitrine |
{PER:vero}: bonjour {PER:andreea}! tout va bien? |
{PER:andreea}: nn. {PER:marius} il veut encore 500 pr la semaine. g fait que 300 |
{PER:vero}: il est ou la? |
{PER:andreea}: il dort. moi jsuis a la vitrine {LOC:rue d aerschot 96} |
{PER:vero}: tu veux partir? on peut venir te chercher |
{PER:andreea}: jai pas mon passeport, il le garde. et il dit il connait ma mere a craiova |
{PER:vero}: pas grave le passeport, on fera une declaration de perte. {PER:ioana} la traductrice peut venir |
{PER:andreea}: et {PER:denisa}? elle est avec moi, elle aussi elle doit argent |
{PER:vero}: on vous prend les deux. 14h devant la gare du nord? |
{PER:andreea}: trop pres. plutot {LOC:place liedts} |
{PER:vero}: ok 14h {LOC:place liedts}. mon num si probleme {PHONE:+32 476 90 14 38} |
{PER:andreea}: merci {PER:vero}. supprime les msg stp
""", ["trafficking", "violence_economic"]),
    ("t12-sms-06", "fr", """
{PER:gift}: sister {PER:blessing} u dey? |
{PER:blessing}: yes {PER:gift}, wetin happen |
{PER:gift}: landlord m. {PER:leclercq} dit je dois partir fin du mois. il veut pas renouveler |
{PER:blessing}: pk? |
{PER:gift}: il a vu {PER:osas} venir le soir, il dit "pas de putes chez moi" |
{PER:blessing}: il a pas le droit de dire ca. tu as bail? |
{PER:gift}: oui jusqu en juin. {LOC:12 rue de douai, 2e etage} |
{PER:blessing}: alors il peut pas te jeter comme ca. va voir {PER:celine} a lasso jeudi |
{PER:gift}: {PER:celine} la juriste? |
{PER:blessing}: oui. elle a aide {PER:faith} l an dernier, meme probleme a {LOC:moulins} |
{PER:gift}: ok. jai peur de finir dehors avec {PER:precious} |
{PER:blessing}: tkt, si ya rien tu viens chez moi. ma porte est ouverte |
{PER:gift}: god bless u sister 🙏
""", ["housing", "stigma_discrimination", "peer_support"]),
    ("t12-sms-07", "fr", """
[08:12] {PER:zineb}: salam {PER:khadija} c {PER:zineb}, t dispo aujd? |
[08:20] {PER:khadija}: salam ma belle, oui apres 14h. ca va? |
[08:21] {PER:zineb}: nn wallah. plus rien a manger depuis 2j, les petits {PER:ilyes} et {PER:lina} ont faim |
[08:23] {PER:khadija}: ok jte mets sur la liste colis de jeudi. et aujd tu passes au local, g des tickets service |
[08:25] {PER:zineb}: c ou deja le local? |
[08:26] {PER:khadija}: {LOC:47 rue des jacobins}, 2e etage, sonne {PER:khadija} ou {PER:marion} |
[08:30] {PER:zineb}: ok. jai honte de demander tjr |
[08:31] {PER:khadija}: honte de rien. {PER:hayat} aussi elle vient chaque semaine, on est la pr ca |
[08:40] {PER:zineb}: et la caf? ils ont bloque mes aides depuis octobre |
[08:42] {PER:khadija}: envoie moi ton num allocataire on regarde avec {PER:marion} |
[08:45] {PER:zineb}: {ID:2903418} |
[08:46] {PER:khadija}: bien recu. a 14h {PER:zinou} 😘
""", ["food_security", "family_relations"]),
    ("t12-sms-08", "fr", """
{PER:greg}: {PER:tati} c {PER:greg} du caarud. t ou? |
{PER:tati}: chez {PER:fred} a {LOC:bellevue} |
{PER:greg}: tu as encore ds la seringue propre? |
{PER:tati}: plus rien. {PER:fred} il me donne son matos |
{PER:greg}: non {PER:tati} stp partage pas. jpasse a 16h avec {PER:ophelie}, kits + naloxone |
{PER:tati}: ok. et le dr {PER:le goff}? il ma dit rdv methadone |
{PER:greg}: oui mercredi 10h au csapa, {LOC:rue de la bastille}. tu veux que jtaccompagne? |
{PER:tati}: ouais. seule jvais pas y aller jme connais |
{PER:greg}: dac. {PER:ophelie} passe te chercher a 9h30 |
{PER:tati}: dis lui de pas sonner, {PER:fred} il aime pas |
{PER:greg}: elle tappelle au {PHONE:06 39 98 03 57} c bien ton num? |
{PER:tati}: oui c le nouveau |
{PER:greg}: top. et tu manges un peu stp |
{PER:tati}: promis {PER:gregou}
""", ["addiction"]),
    ("t12-sms-09", "fr", """
{PER:awa}: bonjour mme {PER:ledoux}... pardon, bonjour madame, c {PER:awa sylla} |
{PER:gwen}: bonjour {PER:awa}, c {PER:gwen} l infirmiere. vous avez recu les resultats? |
{PER:awa}: oui mais jcomprends pas, c ecrit syphilis positive |
{PER:gwen}: oui. ca se soigne tres bien, avec une piqure. vous pouvez venir demain 11h? |
{PER:awa}: oui. et mon copain {PER:moussa} il doit venir aussi? |
{PER:gwen}: oui c mieux, et les partenaires recents aussi si possible |
{PER:awa}: g peur que {PER:moussa} il croit c moi |
{PER:gwen}: on peut lui parler ensemble si vous voulez. le dr {PER:ledoux} explique tres bien |
{PER:awa}: ok. ma copine {PER:aminata} elle peut venir avec moi? |
{PER:gwen}: bien sur. c au centre de sante, {LOC:boulevard de la liberte} |
{PER:awa}: merci {PER:gwen} |
{PER:gwen}: a demain. et pas de rapport sans preservatif dici la
""", ["sti_care", "hiv_sti_testing"]),
    ("t12-sms-10", "fr", """
{PER:soraya}: maitre {PER:lambert} bonjour c {PER:soraya} |
{PER:lambert}: bonjour madame {PER:mansouri}. des nouvelles de votre plainte? |
{PER:soraya}: oui ils mont envoye un courrier, numero {ID:LI.43.L7.008214/24} |
{PER:lambert}: parfait. l audition est fixee quand? |
{PER:soraya}: 12 fevrier. jai peur de croiser {PER:karim} la bas |
{PER:lambert}: vous serez dans une salle separee. {PER:nathalie} de l asso sera avec vous |
{PER:soraya}: et les photos des bleus? {PER:leila} les a gardees sur son tel |
{PER:lambert}: demandez a {PER:leila} de me les envoyer sur {EMAIL:cabinet.lambert@avocats-liege.example} |
{PER:soraya}: ok. et lui il va etre arrete? |
{PER:lambert}: le parquet decidera. vous avez bien fait de porter plainte |
{PER:soraya}: {PER:nath} dit pareil. merci maitre |
{PER:lambert}: a lundi, a mon cabinet {LOC:rue louvrex 51}
""", ["legal_support", "violence_physical"]),
    ("t12-sms-11", "fr", """
{PER:ana}: oi {PER:juju} tudo bem? c {PER:ana} |
{PER:juju}: coucou {PER:aninha}! ca va et toi |
{PER:ana}: la prefecture a repondu!! g rdv pr mon titre de sejour le 3 mars |
{PER:juju}: trop bien!!! {PER:claudia} elle va etre trop contente |
{PER:ana}: ils demandent justificatif domicile + photos + passeport. mon passeport c {ID:FZ418307} tu peux le mettre sur le dossier? |
{PER:juju}: oui jle note. envoie les scans a {PER:solange} |
{PER:ana}: c quoi son mail deja |
{PER:juju}: {EMAIL:solange.accueil arobase asso-nice point example} |
{PER:ana}: ok merci. et pr le justificatif jhabite tjr chez {PER:rafa} |
{PER:juju}: alors {PER:rafa} fait une attestation dhebergement + copie de sa carte. adresse {LOC:22 rue de la buffa} c ca? |
{PER:ana}: oui. jy crois pas, 6 ans que jattends |
{PER:juju}: tu las merite {PER:ana} 🇧🇷❤️
""", ["civil_documents"]),
    ("t12-sms-12", "fr", """
Groupe WhatsApp « café du mardi – Strasbourg » |
{PER:mina}: les filles qui vient mardi? {PER:ghislaine} apporte le gateau |
{PER:ghislaine}: moi oui!! gateau coco 😋 |
{PER:tetiana}: jsais pas. jsors plus trop en ce moment |
{PER:mina}: {PER:tania} ca fait 3 semaines, on sinquiete |
{PER:tetiana}: jsuis fatiguee. je parle a personne sauf les clients. le soir je reste seule |
{PER:ghislaine}: ma cherie viens, meme 1h. on est la |
{PER:esperance}: oui viens {PER:tania}. moi aussi jetais comme toi l hiver dernier |
{PER:tetiana}: merci {PER:esperance}. c ou deja? |
{PER:mina}: {LOC:14 rue de la krutenau}, sonnette "bus", 15h |
{PER:ghislaine}: jpasse te chercher a {LOC:neudorf} si tu veux |
{PER:tetiana}: ok... oui. ca me fera du bien |
{PER:mina}: trop contente. garde l esperance ma belle |
{PER:esperance}: 😂 garde {PER:esperance} surtout
""", ["social_isolation", "peer_support"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train12.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
