"""Generate tests/data/analysis_train22.jsonl, training set 22 of the personal-data tagger.

Written on 2026-12-02 by the training writer ``train22``. Read beforehand: the
rules file of the worktrees (COMMON.md), the codebook (theme keys and
personal-data labels), the marking conventions of blind set 11 and the shared
helpers (gold_marks.py). The engine (msc/), the tests and the other story sets
were not read; the engine was not run on these stories.

All stories are fictional: no real person; streets and neighbourhoods are real
or plausible places, people, phone numbers, e-mail domains and ID numbers are
invented. Composition, 60 texts: 24 French (``t22-fr-NN``), 14 English
(``t22-en-NN``), 6 Modern Standard Arabic (``t22-ar-NN``, lang "ar"), 6 Moroccan
Darija in Arabic script (``t22-ary-NN``, lang "ary") and 10 SMS/WhatsApp texts
in Latin letters (``t22-sms-NN``: 6 Darija mixed with French, lang "ary"; 4
French, lang "fr"), so the languages count fr 28, en 14, ar 6, ary 12. Settings:
Marseille, Bordeaux, Lyon, Lille, Toulouse, Nice, Montpellier, Paris, Leeds,
Manchester, Bristol, Glasgow, Birmingham, Liverpool, London, Cardiff,
Edinburgh, Belfast, Casablanca, Rabat, Marrakech, Fès, Agadir, Tanger and
Khénifra. Each text is 80-250 words with 1-3 gold themes (a theme is listed
only when the story describes the thing, per the codebook definitions).

What it brings: many registers (a survivor's letter to her younger self, a
facilitator's diary, a poem-like testimony, a caseworker's handover note, a
radio-interview transcript, a support-group chat, a court hearing account, a
legal-aid form, an outreach night log, a selection panel's reasons, a funder's
site-visit report, a thank-you card, a complaint letter, a translator's note);
many people in each story (seven or more person mentions, every occurrence
marked) in every form: full names, first names alone, surnames after titles,
nicknames, initials, lowercase names in messages, names that are also common
words used both ways, possessives, lists and appositions, from the Maghreb,
West and Central Africa, Eastern Europe, Latin America, Asia, the UK and
France; many negatives left unmarked (organisations, institutions named after
people, large cities, emergency numbers, dates, amounts, laws, products, days);
places, phones, e-mail addresses (plain and obfuscated) and IDs of many kinds.
Names that are also words are used both ways (« Espérance » and « l'espérance »,
« Victoire » and « une vraie victoire », « Summer » and « the summer », « Dawn »
and « dawn is coming », « Charity » and « charity », « Joy » and « with joy »,
« حياة » and « حياة كريمة », « وفاء » and « الوفاء », « رحمة » and « الرحمة »);
nicknames of abusers and policemen (« Le Chacal », « Rambo », « Tyson »,
« بوشنب », « الغول »); speaker labels of transcripts and chats are names and
are marked; streets and venues named after people (« rue Kléber », « avenue
Hassan II », « zn9a Ibn Sina », « resto Le Bistrot de Léa ») are LOC only.

Marking conventions: exactly those of blind set 11 (as stated in the docstring
of make_analysis_blind11.py): PER is the name only, without title, kinship
word, SMS vocative or Arabic proclitic; LOC is cue plus name without the
article or preposition before it, streets named after people are LOC only;
PHONE is the whole number (emergency and free numbers not marked); EMAIL is
the whole written form, obfuscated forms included; ID is the number only,
without its cue. Source lines are joined with one space; a line ending in
`` |`` keeps a real newline.

Run:  cd tests/data && python3 make_analysis_train22.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t22-"

STORIES: list = []

STORIES += [
    ("t22-fr-01", "fr", """
Lettre à moi-même, à dix-sept ans. Ma petite {PER:Naïma}, tu ne le sais pas encore, mais
l'homme qui t'attend au {LOC:café Les Arcades} ne s'appelle pas vraiment {PER:Karim}. Ses amis
l'appellent {PER:Le Chacal}. Il te prendra ton passeport, puis ton salaire, et il dira à
ta mère que tu travailles chez une dame riche de la {LOC:rue Paradis}. Tu pleureras chez
{PER:Yasmine Ferhat}, ta seule amie, dans sa chambre du {LOC:boulevard National}. Un jour, une
femme qui s'appelle {PER:Odile} viendra avec une autre, {PER:Fatou Diagne}, distribuer des
préservatifs. Garde le numéro qu'elles te donneront, le {PHONE:04 91 27 63 18}. C'est {PER:Odile}
qui t'emmènera porter plainte, c'est {PER:Fatou} qui te tiendra la main devant Maître
{PER:Castellani}. Tu deviendras toi aussi paire-éducatrice. Et tu n'auras plus peur de
{PER:Karim}. Je t'embrasse. {PER:Naïma}, trente-deux ans, Marseille.
""", ["trafficking", "legal_support", "peer_support"]),
    ("t22-fr-02", "fr", """
Journal de l'animatrice, jeudi 14 novembre. Groupe de parole au local, neuf présentes.
{PER:Rosalie Mbarga} ouvre la séance avec une chanson de chez elle, à Douala. {PER:Ileana} et
{PER:Svetlana Popescu} arrivent en retard à cause du tram. {PER:Rosalie} raconte pour la
première fois que son ancien compagnon, {PER:Serge}, la frappait devant les enfants. Silence.
Puis {PER:Aminata Koné} dit : « Moi aussi. » {PER:Ileana} se lève et la prend dans ses bras.
Je note que Mme {PER:Cheval} — {PER:Brigitte}, pas la psychologue — propose de les accompagner
au centre Simone-Veil, qui n'est pas une personne ici mais une maison des femmes.
Rendez-vous pris lundi. Après la séance, {PER:Svetlana} me dit tout bas qu'elle dort mal
depuis des mois. Je lui donne le nom du docteur {PER:Hamidou} et le numéro du 3919. À suivre.
""", ["violence_physical", "peer_support", "mental_health"]),
]

STORIES += [
    ("t22-fr-03", "fr", """
Note de passation — de {PER:Claire Vidal} à {PER:Mehdi Ouazzani}, assistante sociale vers
assistant social, service d'accompagnement de Bordeaux. |
Situation de Mme {PER:Bianca Ștefan}, dite {PER:Bibi}, 29 ans, roumaine. |
Hébergée depuis le 3 octobre au {LOC:12 rue des Menuts, 2e étage}, via le 115, demande SIAO
n° {ID:SI-33-2026-048817}. |
Récépissé de demande de titre : {ID:3302145587}. |
Contacts : {PHONE:06 58 21 44 90} (le sien), son frère {PER:Costel} à Bucarest au
{PHONE:+40 722 318 605}. |
Points de vigilance : {PER:Bibi} a quitté {PER:Florin Dinu}, qui l'exploitait à {LOC:Belcier};
il la cherche encore. Ne jamais donner l'adresse. Maître {PER:Lagarde} suit la plainte.
Dr {PER:Anne-Sophie Roux} la voit pour ses angoisses. {PER:Costel} doit envoyer l'acte de
naissance. Bon courage, {PER:Mehdi} ! {PER:Claire}
""", ["housing", "civil_documents", "trafficking"]),
]

STORIES += [
    ("t22-fr-04", "fr", """
Le comité a retenu le récit de {PER:Kadiatou Bah}, présenté par {PER:Mariette}, parce qu'il
montre un vrai changement. {PER:Kadiatou} vivait seule à {LOC:Bacalan}, sans voir personne.
C'est {PER:Precious Okafor}, paire-éducatrice, qui l'a repérée devant le {LOC:bar Le Zinc}
et l'a invitée au groupe du mardi. Là, elle a rencontré {PER:Ana Lucía Paredes} et
{PER:Thi Lan Nguyen}, devenues ses amies. M. {PER:Garnier}, membre du comité, a souligné le
passage où {PER:Kadiatou} dit : « Je n'étais plus une ombre. » {PER:Sophie Lemaire} aurait
préféré le récit de {PER:Dolores}, plus court, mais s'est ralliée. Vote : cinq voix sur six.
Le récit sera lu à la restitution du 12 décembre à la mairie de quartier, sans nom de famille.
""", ["social_isolation", "peer_support", "self_esteem"]),
    ("t22-fr-05", "fr", """
Carte de remerciement. À toute l'équipe, et surtout à {PER:Hélène}, {PER:Moussa},
{PER:Jeanne-Marie} et {PER:Prosper}. Merci d'avoir cru en moi quand même ma sœur
{PER:Djamila} ne me parlait plus. Merci à {PER:Hélène} pour le dépistage du mois de mars et
pour le résultat expliqué doucement. Merci à {PER:Moussa} pour la PrEP et pour ses blagues
nulles. Grâce à la formation de coiffure chez Mme {PER:Tchouaméni}, j'ai un CAP et un
contrat au {LOC:salon Afro Style} de la {LOC:rue de la Fusterie}. {PER:Djamila} est venue
à la remise des diplômes. Je vous embrasse fort. {PER:Lina}. |
PS : mon nouveau numéro, c'est le {PHONE:07 44 19 82 36}.
""", ["hiv_sti_testing", "vocational_training", "family_relations"]),
    ("t22-fr-06", "fr", """
Compte rendu d'audience, tribunal correctionnel, 8 octobre. Affaire {PER:Belkacem}. Le
prévenu, {PER:Rachid Belkacem}, 41 ans, est poursuivi pour violences et menaces de mort sur
{PER:Samira Hadj}, sa compagne. Présents : Me {PER:Nadia Lefort} pour la victime,
Me {PER:Touati} pour la défense, présidente {PER:Delphine Marchal}. {PER:Samira}, soutenue par
{PER:Véronique}, bénévole de l'association, lit une déclaration. Elle raconte la nuit du
2 mars, {LOC:rue Saint-Jean}, la tête contre le mur. {PER:Belkacem} nie. Le certificat du
docteur {PER:Okonkwo} est lu. Jugement : dix-huit mois dont six ferme, interdiction
d'approcher {PER:Samira}. Procédure n° {ID:24/00817-B}. En sortant, {PER:Samira} a dit :
« Je n'ai plus honte. »
""", ["violence_physical", "violence_psychological", "legal_support"]),
    ("t22-fr-07", "fr", """
Témoignage (presque un poème). |
Je m'appelle {PER:Espérance}. |
L'espérance, on me l'avait volée à {LOC:Château-Rouge}, |
dans la chambre de {PER:Big Mike}, |
où {PER:Joy} et {PER:Blessing} pleuraient sans bruit. |
On devait quarante mille euros à Mama {PER:Juliet}, |
qui n'était la mère de personne. |
{PER:Blessing} est partie la première, |
{PER:Joy} m'a donné le numéro d'{PER:Adèle}, |
au {PHONE:01 42 55 07 19}. |
{PER:Adèle} m'a dit : « Tu n'as rien à rembourser. » |
Aujourd'hui {PER:Espérance} apprend à lire, |
et l'espérance, je la donne aux autres, |
à {PER:Gift}, à {PER:Rita Nwosu}, à celles qui arrivent. |
Avec joie.
""", ["trafficking", "violence_economic", "peer_support"]),
]

STORIES += [
    ("t22-fr-08", "fr", """
Formulaire d'aide juridictionnelle — rempli avec l'aide de {PER:Yannick Morel}, juriste. |
Nom : {PER:Ouédraogo} |
Prénoms : {PER:Awa Mariam} |
Nationalité : burkinabè |
Adresse : {LOC:5 allée des Tilleuls, bâtiment C}, Talence |
Téléphone : {PHONE:06 12 90 47 33} |
Courriel : {EMAIL:awa.oued@boitemail.fr} |
N° de sécurité sociale : {ID:2 89 07 99 226 041 57} |
Objet : divorce et garde de {PER:Ibrahim} et {PER:Fanta}, ses enfants, contre
{PER:Issouf Ouédraogo}, qui garde les passeports. |
Avocat choisi : Me {PER:Perrine Duclos}. |
Observations : Mme {PER:Ouédraogo} a été menacée de perdre ses enfants. {PER:Yannick} joint
l'attestation de {PER:Colette}, voisine, et le procès-verbal n° {ID:2026/004512}.
""", ["family_law", "legal_support", "violence_psychological"]),
    ("t22-fr-09", "fr", """
Journal de maraude, nuit du vendredi au samedi. Équipe : {PER:Gaëlle}, {PER:Bilal},
{PER:Ousmane Sy}. |
22h40, {LOC:quai de Paludate} : {PER:Nadia B.} et {PER:Rocío}, kits et préservatifs. |
23h15, {LOC:cours de la Marne} : une nouvelle, {PER:Ekaterina}, ne parle qu'un peu
d'anglais ; {PER:Rocío} traduit. On lui laisse la carte avec le {PHONE:05 56 91 04 28}. |
0h30, devant l'{LOC:hôtel Le Marly} : {PER:Tatiana} raconte qu'un client a refusé de payer et
l'a poussée de la voiture. Genou en sang. {PER:Bilal} l'emmène aux urgences de Pellegrin. |
1h50, retour. {PER:Gaëlle} note qu'{PER:Ekaterina} semble surveillée par un homme en scooter,
que les filles appellent {PER:Le Grec}. Signalement demain à {PER:Mathilde}.
""", ["hiv_prevention", "violence_physical", "access_to_care"]),
    ("t22-fr-10", "fr", """
Lettre de plainte au directeur de l'hôpital, Bordeaux, le 4 novembre. Monsieur, je
m'appelle {PER:Mónica Aguilar}. Le 21 octobre, accompagnée par {PER:Victoire Ndiaye} de
l'association, je suis venue aux urgences pour une douleur au ventre. L'infirmier,
M. {PER:Pujol}, a lu mon dossier et a dit devant tout le monde : « Encore une de la
{LOC:rue Kléber}. » Le docteur {PER:Faure} a refusé de m'examiner sans que {PER:Victoire}
sorte. J'ai attendu six heures. Ce fut pourtant une vraie victoire d'oser venir. Je demande
des excuses et que votre personnel soit formé. Mon numéro de patiente est {ID:P-00781543}.
Copie à Maître {PER:Soulier} et à Mme {PER:Hortense Blanc}, défenseure des usagers.
{PER:Mónica Aguilar}, joignable au {PHONE:06 31 08 72 54} ou à
{EMAIL:monica.ag [arobase] correo-libre [point] net}.
""", ["stigma_discrimination", "access_to_care", "rights_awareness"]),
]

STORIES += [
    ("t22-fr-11", "fr", """
Transcription, émission « Paroles de femmes », radio associative, 19 septembre. |
ANIMATRICE ({PER:Solène Marquis}) : Bonsoir {PER:Houria}, merci d'être là. |
{PER:HOURIA} : Bonsoir {PER:Solène}. Je préfère qu'on dise juste {PER:Houria}. |
ANIMATRICE : Vous êtes arrivée de Casablanca en 2019… |
{PER:HOURIA} : Oui, avec {PER:Abdelilah}, mon mari. Il m'enfermait dans l'appartement de la
{LOC:cité Benauge}. Il comptait chaque euro. |
ANIMATRICE : Qui vous a aidée ? |
{PER:HOURIA} : Une voisine, {PER:Maryvonne}, et puis {PER:Zineb El Fassi} de l'association. Elle m'a
expliqué que je pouvais avoir des papiers à mon nom. Aujourd'hui je travaille à la cantine
avec {PER:Gérard} et {PER:Linh}. |
ANIMATRICE : Un message ? |
{PER:HOURIA} : À celles qui écoutent : appelez le 3919. Et {PER:Zineb}, je t'aime.
""", ["violence_economic", "civil_documents", "income_employment"]),
    ("t22-fr-12", "fr", """
Rapport de visite du bailleur, 27 novembre. Visite du programme à Marseille par
{PER:Ingrid Solberg} (fondation) et {PER:Thomas Keller}. Accueil par la coordinatrice,
{PER:Farida Benali}, et l'infirmière {PER:Aurélie}. Nous avons vu la permanence de la
{LOC:rue d'Aubagne} et la halte de nuit de {LOC:Noailles}. Trois bénéficiaires ont accepté de
parler : {PER:Chadia}, {PER:Marlène} et {PER:Zoïa Kuznetsova}. {PER:Zoïa} a décrit sa première
consultation gynécologique en vingt ans, et la pose d'un implant contraceptif avec le
docteur {PER:Benguigui}. {PER:Marlène} a parlé de la permanence du vendredi. Points forts : la
confiance, les paires. Point faible : les locaux. Budget 2027 proposé : 84 000 euros.
Recommandation de {PER:Ingrid} : financer un second poste d'infirmière.
""", ["reproductive_health", "access_to_care", "peer_support"]),
    ("t22-fr-13", "fr", """
Note de traduction. J'ai traduit du bambara le récit de {PER:Sitan Traoré}, dite {PER:Sita},
enregistré par {PER:Lucie Perrin} le 6 mai. Quelques choix : quand {PER:Sita} dit « le vieux »,
elle parle de {PER:Bakary Diarra}, l'oncle qui l'a mariée de force à quinze ans ; j'ai laissé
« le vieux ». Quand elle dit {PER:Dabo}, c'est le nom de famille de sa meilleure amie
{PER:Oumou}, pas un lieu. Le « foyer » est le foyer Adoma de la {LOC:rue Saint-Jacques}. Elle
parle aussi de « la dame de l'hôpital », Mme {PER:Carrère}, qui lui a fait le test. J'ai
retiré le numéro de son cousin {PER:Seydou}. Traductrice : {PER:Mariam Coulibaly},
{EMAIL:m.coulibaly@traduc-sud.org}.
""", ["violence_psychological", "hiv_sti_testing", "family_relations"]),
]

STORIES += [
    ("t22-fr-14", "fr", """
Récit de {PER:Dounia}, recueilli à Lyon. Quand la police m'a arrêtée {LOC:place Carnot}, le
brigadier {PER:Fontaine} m'a pris les 200 euros de la soirée et m'a dit que la prochaine fois
ce serait la garde à vue. Son collègue, que tout le monde appelle {PER:Rambo}, riait. Ça a
duré des mois. C'est {PER:Sandrine Vial}, de l'association, qui m'a expliqué mes droits,
avec {PER:Noura} qui traduisait pour {PER:Aziza}, arrivée avec moi. On a écrit ensemble à
l'IGPN. Maître {PER:Benhamou} a déposé la plainte, numéro {ID:2026/11204/LY}. {PER:Fontaine}
a été muté. {PER:Rambo}, je le vois encore parfois, mais il ne s'arrête plus. {PER:Aziza} dit
que c'est la loi du 13 avril 2016 qui nous protège ; moi je dis que c'est {PER:Sandrine}.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
    ("t22-fr-15", "fr", """
Courriel. |
De : {PER:Élodie Garcia} <{EMAIL:elodie.garcia@asso-relais.fr}> |
À : {PER:Karima Idrissi} <{EMAIL:k.idrissi@sante-femmes.org}> |
Objet : orientation de Mme {PER:Tsvetelina Ivanova} |
Bonjour {PER:Karima}, je t'oriente {PER:Tsvetelina}, 34 ans, bulgare, que {PER:Pavel} (son
ex) a contaminée sans le lui dire. Elle a appris sa séropositivité au CeGIDD la semaine
dernière et n'a pas encore commencé le traitement. Elle a peur des comprimés et des
voisins. Peux-tu la recevoir jeudi avec Dr {PER:Mercier} ? Elle viendra avec {PER:Nevena},
sa cousine, qui traduit. Son téléphone : {PHONE:+359 88 714 2093}. Carte d'identité
bulgare n° {ID:645381972}. Merci ! {PER:Élodie}
""", ["hiv_care", "hiv_sti_testing", "access_to_care"]),
    ("t22-fr-16", "fr", """
Journal de {PER:Agnès}, animatrice de l'atelier couture, semaine 6. {PER:Malika} a terminé sa
première robe ; {PER:Rougui} l'a essayée en dansant. {PER:Consuelo} a abandonné la machine
pour le crochet, « plus calme pour la tête ». {PER:Ioana Moldovan} ne vient plus depuis que
son propriétaire, M. {PER:Lambert}, l'a mise dehors de son studio du {LOC:14 rue Bouquière};
{PER:Malika} l'héberge en attendant. J'ai appelé {PER:Florence}, au service logement, qui a
un rendez-vous pour elle mardi. Bonne nouvelle : {PER:Rougui} a été prise en stage chez
une grande maison ? Non — chez Mme {PER:Diallo}, la retoucheuse du {LOC:marché des Capucins}.
Elle commence lundi.
""", ["vocational_training", "housing", "income_employment"]),
]

STORIES += [
    ("t22-fr-17", "fr", """
Synthèse de réunion de cas, CHU de Toulouse, 15 octobre. Présents : Dr {PER:Pierre Lacoste}
(addictologue), {PER:Inès Moreau} (infirmière), {PER:Abdou Ndour} (pair-aidant),
{PER:Claudine} (éducatrice). Situation de {PER:Jessica}, 26 ans, qui consomme du crack depuis
que {PER:Dylan}, son ancien compagnon, l'a fait travailler au {LOC:quartier Bonnefoy}.
{PER:Abdou} la voit chaque semaine au CSAPA ; elle a réduit à deux prises par jour.
{PER:Inès} signale une infection non traitée. Décisions : consultation IST avec
Dr {PER:Lacoste} le 22, accompagnement par {PER:Claudine}, contact avec {PER:Maëva}, sa sœur,
au {PHONE:05 61 38 90 12}. Identifiant patient : {ID:TLS-2026-119034}. Prochaine réunion
dans un mois.
""", ["addiction", "sti_care", "family_relations"]),
    ("t22-fr-18", "fr", """
Récit de {PER:Aïcha Sow}, Lille. J'étais la fille qu'on ne voyait pas. À {LOC:Wazemmes}, on
m'appelait {PER:La Petite}, même {PER:Fabrice}, le patron du {LOC:bar Chez Momo}. Après le
viol, je n'ai parlé à personne pendant deux ans. Puis {PER:Rokia}, une amie de {PER:Binta},
m'a emmenée au groupe du jeudi. La première fois, {PER:Nathalie Deroo}, la psychologue, n'a
rien demandé. Elle a juste servi le thé. J'y suis retournée. Aujourd'hui je dis « je » et je
regarde les gens. {PER:Rokia} dit que j'ai changé de voix. {PER:Binta} m'a appris à nager.
Et {PER:Fabrice}, je ne le salue plus.
""", ["violence_sexual", "mental_health", "self_esteem"]),
    ("t22-fr-19", "fr", """
Fiche d'orientation — permanence juridique. |
Orientée par : {PER:Justine Caron}, {PHONE:03 20 54 18 77} |
Personne : {PER:Olga Bondarenko}, née le 11/02/1991 à Kharkiv |
Adresse : {LOC:résidence Les Glycines, appartement 14}, Roubaix |
Numéro étranger : {ID:7503129846} |
OFPRA, dossier : {ID:24-07-03318} |
Motif : {PER:Olga} et sa fille {PER:Sofiia} sont arrivées en 2022 ; un homme, {PER:Vadym},
lui a promis un travail puis l'a prostituée à Bruxelles. Elle veut porter plainte et
demander la protection. {PER:Justine} souhaite un rendez-vous avec Me {PER:Vandamme}. Éviter
de l'appeler le soir : {PER:Sofiia} ne sait rien.
""", ["trafficking", "legal_support", "civil_documents"]),
]

STORIES += [
    ("t22-fr-20", "fr", """
Récit de {PER:Rose}, paire-éducatrice à Montpellier. Je m'appelle {PER:Rose Mukamana}, et la
rose du jardin de ma mère, à Kigali, me manque. En 2020 j'ai appris ma séropositivité. Mon
mari {PER:Jean-Bosco} est parti, ma belle-sœur {PER:Immaculée} a dit à tout le quartier que
j'étais une « femme de la rue ». J'ai arrêté le traitement six mois. C'est {PER:Mireille}, la
médiatrice, qui m'a retrouvée à {LOC:Figuerolles} et m'a accompagnée chez
Dr {PER:Hakim Saïdi}. Ma charge virale est indétectable depuis deux ans. Maintenant c'est moi
qui accompagne {PER:Clarisse}, {PER:Nadège} et {PER:Yolanda} à leurs rendez-vous. {PER:Mireille}
dit que je suis meilleure qu'elle. Ce n'est pas vrai, mais ça fait du bien.
""", ["hiv_care", "stigma_discrimination", "peer_support"]),
    ("t22-fr-21", "fr", """
Notes de l'éducatrice, {LOC:hôtel social Le Phare}, Nice. Lundi : {PER:Alina Rusu} et son fils
{PER:Matei} arrivent, envoyés par le 115. {PER:Alina} n'a plus rien à manger depuis deux jours ;
colis alimentaire remis par {PER:Jacqueline}. Mardi : rendez-vous à la CAF avec {PER:Mourad},
numéro allocataire {ID:0612847 K}. Mercredi : {PER:Matei} inscrit à l'école
{LOC:rue Vernier}, grâce à Mme {PER:Orsini}, directrice. Jeudi : {PER:Alina} pleure en parlant
de {PER:Ion}, le frère qui l'a vendue à un réseau à Vienne. Vendredi : premier entretien avec
{PER:Isabelle Granier}, psychologue. Elle sourit en sortant. {PER:Jacqueline} lui prête un
vélo. Tél. de l'hôtel : {PHONE:04 93 62 18 05}.
""", ["food_security", "housing", "trafficking"]),
    ("t22-fr-22", "fr", """
Procès-verbal du comité de sélection des récits, Bordeaux, 30 novembre. Présents :
{PER:Françoise}, {PER:Hamza}, {PER:Tran Van Minh}, {PER:Gisèle Akué}, {PER:Pedro}. Quatre récits
lus. Le comité a retenu le récit de {PER:Yasmina}, parce qu'il montre le passage de la peur
à la parole : son procès contre {PER:Ludovic}, le client qui l'avait violée, et le soutien
de Me {PER:Arnaud Pichon}. {PER:Gisèle} a défendu le récit de {PER:Paloma}, sur la PrEP, jugé
trop proche du précédent. {PER:Hamza} a noté que {PER:Yasmina} cite le foyer
Saint-Vincent-de-Paul de la {LOC:rue de la Rousselle} : à retirer avant publication.
Prochaine réunion le mardi 12 janvier.
""", ["violence_sexual", "legal_support", "self_esteem"]),
]

STORIES += [
    ("t22-fr-23", "fr", """
Message vocal transcrit, laissé sur le répondeur de l'association, mardi 9h12. « Allô, c'est
{PER:Chérifa}, la copine de {PER:Latifa Amrani}. Je rappelle parce que {PER:Latifa} n'ose pas.
Son mari, {PER:Hassan}, l'a encore frappée hier soir, {LOC:avenue de la Libération}, devant
le petit {PER:Ayoub}. Elle est chez moi, au {LOC:7 rue Pasteur, 3e gauche}. Elle a besoin
de voir un médecin et de parler à quelqu'un pour la plainte. Mme {PER:Roussel} lui avait
dit de vous appeler. Vous pouvez me joindre au {PHONE:06 72 04} — attendez — {PHONE:39 18},
ou demander {PER:Latifa} directement, mais pas le soir, {PER:Hassan} regarde son téléphone.
Merci, merci. Ah, et c'est {PER:Nora} qui m'a donné votre numéro. »
""", ["violence_physical", "access_to_care", "legal_support"]),
    ("t22-fr-24", "fr", """
Discussion du groupe WhatsApp « Les Guerrières », relevée avec leur accord. |
{PER:Dalila} : les filles, j'ai eu mon CAP cuisine !!! |
{PER:Yolande} : bravoooo {PER:Dalila} 🎉 |
{PER:Mariana} : tu vas être cheffe au Novotel maintenant 😂 |
{PER:Dalila} : non, au {LOC:restaurant Le Comptoir du Vieux-Port}, {PER:Stéphane} m'a prise |
{PER:Kim} : fière de toi ma sœur |
{PER:Yolande} : moi j'ai reçu ma carte de séjour, enfin |
{PER:Ngozi} : grâce à Maître {PER:Hamel} ? |
{PER:Yolande} : oui et grâce à {PER:Sabine} qui a fait tous les courriers |
{PER:Kim} : on fête ça samedi chez {PER:Mariana} ? |
{PER:Mariana} : ok, j'apporte le gâteau 🎂
""", ["vocational_training", "civil_documents", "peer_support"]),
]

STORIES += [
    ("t22-en-01", "en", """
Caseworker handover note, Leeds. From {PER:Becky Hargreaves} to {PER:Tendai Moyo}, covering
from Monday. |
Client: {PER:Daniela Horvat}, 31, Croatian, known as {PER:Dani}. |
Address: {LOC:Flat 6, 41 Harehills Lane} (do not share). |
Phone: {PHONE:07700 900 382} |
NHS no: {ID:485 777 3456} |
Crime reference: {ID:13260411987} |
Background: {PER:Dani} left {PER:Marko}, who took her wages and threatened to send photos to
her mother. Police officer in charge: DC {PER:Sarah Lund}. ISVA: {PER:Priya}. {PER:Dani} sees
Dr {PER:Okafor} at the GP for sleep and panic attacks. She trusts {PER:Amy} from the drop-in
more than anyone; ask {PER:Amy} to come to the court date on 9 January. Thanks {PER:Tendai}!
{PER:Becky}
""", ["violence_economic", "violence_psychological", "mental_health"]),
    ("t22-en-02", "en", """
Letter to my younger self. Dear {PER:Kayleigh}, you're fifteen and living at your nan's in
{LOC:Moss Side}. You think {PER:Jason} loves you because he buys you trainers. He will call
you his "princess" and then sell you to his mates at the {LOC:Crown Hotel}. {PER:Tasha},
{PER:Leanne} and you will learn not to cry. One day a woman called {PER:Grace Adeyemi} will
sit next to you on a bench in {LOC:Piccadilly Gardens} and say nothing for an hour. Listen
to her. She'll take you to {PER:Maureen} at the clinic, and to a lawyer, Ms {PER:Khan}, who
will put {PER:Jason} away. {PER:Leanne} will make it too. {PER:Tasha} won't, and it's not
your fault. Love, {PER:Kayleigh}, 29, Manchester.
""", ["trafficking", "violence_sexual", "legal_support"]),
    ("t22-en-03", "en", """
Radio interview transcript, community station, Bristol. |
PRESENTER ({PER:Gareth Price}): You're {PER:Marisol}, and you came from Colombia? |
{PER:MARISOL}: Yes. From Medellín, with my daughter {PER:Valentina}. |
PRESENTER: And you were arrested last year? |
{PER:MARISOL}: Three times. Always the same officer, PC {PER:Doyle}. He took my money and said
nobody would believe a working girl. |
PRESENTER: What changed? |
{PER:MARISOL}: {PER:Nell Fairweather} from the project told me I could complain. She came to
the station with me, with {PER:Ifeoma}, who speaks Spanish. Now I'm a volunteer; I help
{PER:Lucero} and {PER:Andreea} fill in their forms. |
PRESENTER: Thank you, {PER:Marisol}.
""", ["police_harassment", "rights_awareness", "peer_support"]),
]

STORIES += [
    ("t22-en-04", "en", """
Outreach night log, Glasgow, Friday. Team: {PER:Morag}, {PER:Callum Reid}, {PER:Oluwaseun}. |
21:30, {LOC:Anderston}: {PER:Stacey-Ann} and {PER:Bex}, condoms, lube and two PrEP leaflets. |
22:10, {LOC:Argyle Street}: new woman, {PER:Mirela}, Romanian, says "the boss" keeps her
passport. Gave her the card with {PHONE:0141 496 0732}. {PER:Callum} noted the car. |
23:45, {LOC:Blythswood Square}: {PER:Bex} again, upset; a punter wouldn't pay and slapped her.
{PER:Morag} took her to A&E at the Royal Infirmary. |
01:20, van back. {PER:Oluwaseun} to call the NRM first responder about {PER:Mirela} tomorrow.
{PER:Stacey-Ann} asked for Dr {PER:Shona MacLeod}'s clinic times.
""", ["hiv_prevention", "trafficking", "violence_physical"]),
    ("t22-en-05", "en", """
Funder's site visit report, Birmingham, 18 November. Visitors: {PER:Harriet Lowe} and
{PER:Desmond Achterberg}. Hosted by the manager, {PER:Parveen Akhtar}, and peer lead
{PER:Jolene}. We visited the drop-in on {LOC:Hurst Street} and the women's lunch. We spoke
with {PER:Shanice}, {PER:Halina Wójcik} and {PER:Mei}. {PER:Halina} described finally being
tested for hepatitis C after years of injecting, and starting treatment with
Dr {PER:Bashir}; she has been clean for eight months. {PER:Mei} spoke about the English
classes run by {PER:Trevor}. Strengths: trust, warmth. Concern: the building lease ends in
March. Recommendation from {PER:Harriet}: renew the grant of £62,000 for two years. Reach
{PER:Parveen} on {EMAIL:parveen.a@safe-harbour-brum.org.uk}.
""", ["hiv_sti_testing", "addiction", "peer_support"]),
    ("t22-en-06", "en", """
Thank-you card. To Auntie {PER:Comfort}, {PER:Siobhan}, {PER:Rahim} and all of you at the
centre. You found me when I had nothing to eat and nowhere to sleep. {PER:Siobhan} got me the
food bank vouchers, {PER:Rahim} phoned every hostel in Liverpool until {LOC:St Mary's Hostel}
on {LOC:Lodge Lane} said yes. {PER:Comfort} held my hand at the Home Office interview; my
reference is {ID:K1402387/3}. I now have a room, a key, and a job at the bakery with
Mrs {PER:Pereira}. My son {PER:Kwame} says hello. So does my friend {PER:Efua}, who is
coming to you next week. God bless, {PER:Abena}.
""", ["food_security", "housing", "income_employment"]),
]

STORIES += [
    ("t22-en-07", "en", """
Court hearing account, Snaresbrook Crown Court, written by {PER:Joy Mensah}, volunteer. The
defendant, {PER:Liam Cartwright}, was charged with the rape of {PER:Summer}. In the summer of
2025 he had followed her from {LOC:Romford Road} to her flat. {PER:Summer} gave evidence
behind a screen, with me and her ISVA, {PER:Naomi}, beside her. Mr {PER:Cartwright}'s barrister,
Mr {PER:Fenwick}, asked about her work; Judge {PER:Okonjo-Baird} stopped him. The jury took
four hours. Guilty. {PER:Summer} cried with joy and then with something else. Afterwards
{PER:Naomi} took her to see Dr {PER:Ruth Abrahams}, the trauma therapist. Case number
{ID:T20257114}.
""", ["violence_sexual", "legal_support", "mental_health"]),
    ("t22-en-08", "en", """
Support group chat, "Sunday Sisters", shared with consent. |
{PER:dawn}: anyone up? cant sleep again |
{PER:Precious}: here babe. what's wrong |
{PER:dawn}: landlord says out by friday. {PER:Kev} told him what i do |
{PER:Lottie}: thats illegal {PER:Dawn}, he cant just chuck u out |
{PER:Precious}: ring {PER:Hannah} tomorrow, her mobile is {PHONE:07700 900 318} |
{PER:Anjali}: or Mr {PER:Sethi} the housing lawyer, he helped me |
{PER:dawn}: thanks girls. dawn is coming and im still awake lol |
{PER:Lottie}: we'll come with u. me and {PER:Gosia} |
{PER:Gosia}: yes. 10am outside Greggs on {LOC:Commercial Road} |
{PER:dawn}: love u all
""", ["housing", "stigma_discrimination", "peer_support"]),
]

STORIES += [
    ("t22-en-09", "en", """
Complaint letter to the Chief Executive, NHS trust, Cardiff. Dear Sir or Madam, my name is
{PER:Bronwen Pritchard}. On 3 September I went to the sexual health clinic at
{LOC:Newport Road} with my peer support worker, {PER:Iwan}. The receptionist, a Ms
{PER:Daley}, asked loudly whether I was "one of the girls from {LOC:Butetown}". Dr
{PER:Llewellyn} refused to treat my infection until I gave my home address. {PER:Iwan} and
my friend {PER:Ceri Howells} witnessed it. I left without the antibiotics and had to go to
Dr {PER:Mwangi} in Swansea instead. I ask for an apology and staff training. My clinic
number is {ID:GUM-CF-220941}. You can reach me at {EMAIL:bronwen.p AT cymru-post DOT net}.
Yours, {PER:Bronwen Pritchard}.
""", ["stigma_discrimination", "sti_care", "access_to_care"]),
    ("t22-en-10", "en", """
Peer educator's notes, Soho, written by {PER:Charity Banda}. Charity is not what we do here;
it's solidarity. This week I met {PER:Wanjiru}, {PER:Lisette} and a young Thai woman,
{PER:Ploy}, working in a flat above a shop on {LOC:Old Compton Street}. {PER:Ploy}'s "manager",
Mr {PER:Lim}, answers her phone. She owes him £20,000 for the flight. I gave her my number,
{PHONE:07700 900 527}, and said {PER:Wanjiru} would come back with {PER:Noi}, who speaks Thai.
{PER:Lisette} got her HIV test at the clinic yesterday, negative, and started PrEP.
{PER:Charity}'s advice to myself: slow down, they come when they're ready.
""", ["trafficking", "hiv_sti_testing", "hiv_prevention"]),
    ("t22-en-11", "en", """
Legal aid intake form, Edinburgh. |
Surname: {PER:Petrauskaitė} |
Forename: {PER:Rūta} |
Date of birth: 14/06/1993 |
Address: {LOC:2F1, 17 Leith Walk} |
Telephone: {PHONE:+44 7700 900 618} |
National Insurance no: {ID:SX 12 34 56 C} |
Matter: child contact. Ex-partner {PER:Darren Scott} stopped {PER:Rūta} seeing her son
{PER:Jonas} after she told him about her work. Solicitor: Ms {PER:Fiona Gilchrist}. |
Notes by adviser {PER:Hamish}: {PER:Rūta} is anxious but clear. {PER:Darren}'s mother,
{PER:Agnes Scott}, supports her and will give a statement. {PER:Rūta} also asks about counselling; referred to {PER:Moira} at the women's centre. Next appointment Tuesday with Ms {PER:Gilchrist}.
""", ["family_law", "legal_support", "family_relations"]),
]

STORIES += [
    ("t22-en-12", "en", """
Facilitator's diary, Brixton, Wednesday. Eight women at the talking group. {PER:Marcia} brought
patties from her sister {PER:Yvonne}'s shop on {LOC:Coldharbour Lane}. {PER:Teodora Vasileva}
spoke for the first time: her husband {PER:Georgi} locked her in for weeks in their flat on
{LOC:Acre Lane} and told her family in Varna she was a whore. Her parents stopped calling.
{PER:Fatmata} said her own uncle {PER:Sahr} did the same in Freetown. {PER:Rosa} from the
Cuban group held {PER:Teodora}'s hand. I gave her {PER:Imogen}'s number at the IDVA service
and the 999 reminder. She smiled when {PER:Marcia} said, "You're not alone now."
""", ["violence_physical", "violence_psychological", "social_isolation"]),
    ("t22-en-13", "en", """
Translator's note, from Tigrinya. The speaker is {PER:Selam Tesfaye}, recorded by
{PER:Phoebe Clarke} in Croydon. She names several people. "Abba {PER:Gebre}" is a smuggler in
Libya, not a priest: "Abba" is only what the men called him. "{PER:Hagos}" is her
brother, still in Khartoum. "The nurse" is Sister {PER:Agnieszka}, no, I asked: her name is
{PER:Agnieszka Nowak}, at the walk-in centre, who tested her for syphilis and HIV and
explained the results. "{PER:Mulu}" is a friend from the hostel. She also names the house in
{LOC:Thornton Heath} where she was kept: {LOC:88 Brigstock Road}. I removed the phone number
of {PER:Hagos}. Her name means peace; she asked me to write that. — {PER:Dawit Berhane},
interpreter.
""", ["trafficking", "hiv_sti_testing", "access_to_care"]),
    ("t22-en-14", "en", """
Selection panel's reasons, Belfast. The panel ({PER:Orla}, {PER:Declan Murphy}, {PER:Aoife},
{PER:Ngozi Eze}) chose the story of {PER:Kasia} because it shows a change in how she sees
herself. {PER:Kasia} used to say she was "nothing". After a year in the peer group run by
{PER:Bernadette McCann} and the hairdressing course with Mr {PER:O'Neill}, she now cuts hair
in a salon on the {LOC:Ormeau Road} and trains a new girl, {PER:Roxana}. {PER:Declan} wanted the
story of {PER:Tamsin}, about her PEP after a condom broke, but the panel kept {PER:Kasia}'s
for its "I am someone". Date: 24 November.
""", ["self_esteem", "vocational_training", "peer_support"]),
]

STORIES += [
    ("t22-ar-01", "ar", """
رسالة إلى نفسي في السادسة عشرة. عزيزتي {PER:خديجة}، أنتِ الآن في {LOC:دوار أولاد برحيل} ولا
تعرفين أن {PER:عبد الصمد} الذي وعدك بالزواج سيأخذك إلى الدار البيضاء ويبيعك لامرأة يسمونها
الحاجة {PER:زهور}، وستقول لك إنك مدينة لها بعشرين ألف درهم. ستبكين في غرفة في
{LOC:درب السلطان} مع {PER:سناء} و{PER:مريم}. ثم ستلتقين {PER:نزهة الإدريسي}، المثقفة
النظيرة في الجمعية، فتأخذك إلى الأستاذة {PER:بنجلون} لتقديم شكاية. لا تخافي. ستتعلمين
الخياطة مع {PER:رشيدة}، وسيعود أخوك {PER:يوسف} ليزورك. وستصبحين أنتِ أيضاً مثقفة نظيرة تساعد الفتيات الجديدات مثل {PER:إكرام} و{PER:حنان}. أحبك. {PER:خديجة}، اثنان وثلاثون عاماً.
""", ["trafficking", "legal_support", "vocational_training"]),
    ("t22-ar-02", "ar", """
محضر جلسة، المحكمة الابتدائية بمراكش، 12 نونبر. القضية رقم {ID:2026/2104/512}. المتهم
{PER:مصطفى العلوي} متابع بالعنف والتهديد في حق زوجته {PER:فاطمة الزهراء}. حضرت الضحية رفقة
المساعدة الاجتماعية {PER:لطيفة} والمحامية {PER:سعاد بنعيسى}. روت {PER:فاطمة الزهراء} كيف
ضربها في {LOC:حي سيدي يوسف بن علي} أمام ابنتها {PER:هبة}. أنكر {PER:العلوي}. قدمت الطبيبة
{PER:أمينة الشرقاوي} شهادة طبية بعجز مدته واحد وعشرون يوماً. حكمت الرئيسة بسنة حبساً نافذاً.
قالت {PER:فاطمة الزهراء} بعد الجلسة: "الآن أستطيع أن أنام". رافقتها {PER:لطيفة} إلى مركز
الاستماع، ووعدتها {PER:سعاد بنعيسى} بمتابعة طلب النفقة لابنتها {PER:هبة} في الأسابيع المقبلة.
""", ["violence_physical", "violence_psychological", "legal_support"]),
]

STORIES += [
    ("t22-ar-03", "ar", """
استمارة التوجيه القانوني. |
الاسم العائلي: {PER:أوشن} |
الاسم الشخصي: {PER:إيطو} |
رقم البطاقة الوطنية: {ID:V 284513} |
العنوان: {LOC:زنقة الأطلس، رقم 18}، خنيفرة |
الهاتف: {PHONE:0661-472-905} |
الموضوع: تريد {PER:إيطو} تسجيل ابنها {PER:أمناي} في الحالة المدنية، والأب {PER:حمو أوعلي} يرفض
الاعتراف به. ساعدتها المساعدة {PER:نعيمة} في جمع الوثائق، وستتابع الملف الأستاذة
{PER:الصقلي}. |
ملاحظات: تعرضت {PER:إيطو} للطرد من بيت عائلتها بعد ولادة {PER:أمناي}؛ تقيم الآن عند صديقتها
{PER:تودة} في {LOC:حي أمالو}. طلبت أن لا يتصل أحد بأخيها {PER:موحى}، لأنه هددها بأخذ الطفل إلى القرية. موعدها القادم يوم الخميس مع {PER:نعيمة}.
""", ["civil_documents", "family_law", "housing"]),
    ("t22-ar-04", "ar", """
تقرير زيارة ميدانية للممول، أكادير، 20 أكتوبر. زارت {PER:كارين لوفيفر} و{PER:أنس الطاهري}
مقر الجمعية في {LOC:حي تالبرجت}. استقبلتهما المنسقة {PER:حسناء أيت باها} والممرضة {PER:سلمى}.
تحدثت ثلاث مستفيدات: {PER:عائشة}، {PER:نادية} و{PER:ربيعة}. قالت {PER:ربيعة} إنها أجرت أول
تحليل لفيروس نقص المناعة والتهاب الكبد في حياتها مع الدكتور {PER:إبراهيم أكوراي}، وتعلمت
استعمال العازل. وقالت {PER:عائشة} إنها حصلت على قرض صغير وفتحت محلاً لبيع الحلويات. نقطة
القوة: الثقة بين المثقفات النظيرات والنساء. الميزانية المقترحة: 450 ألف درهم. توصية
{PER:كارين}: دعم وحدة الكشف المتنقلة لثلاث سنوات أخرى.
""", ["hiv_sti_testing", "hiv_prevention", "income_employment"]),
    ("t22-ar-05", "ar", """
بطاقة شكر. إلى الأخت {PER:وفاء} وإلى {PER:جميلة} و{PER:عبد الرحيم} وكل فريق الجمعية بطنجة.
شكراً على الوفاء الذي لم أجده عند أهلي. حين طردني زوجي {PER:سعيد} وأخذ ابنتي {PER:ريم}، كنتم
أنتم من استقبلني. الأستاذ {PER:عبد الرحيم} رافقني إلى المحكمة حتى استرجعت حضانة {PER:ريم}،
و{PER:جميلة} كانت تتصل بي كل مساء. اليوم أعمل في مخبزة {LOC:حي بني مكادة} عند السيدة
{PER:الزهرة}. حياة جديدة، حياة كريمة. أختي {PER:حياة} جاءت لتزورني لأول مرة منذ خمس سنوات.
إن احتجتم إلي، رقمي الجديد {PHONE:٠٦٦٢٣٤٥١٨٧}. مع محبتي، {PER:نجاة}.
""", ["family_law", "income_employment", "family_relations"]),
]

STORIES += [
    ("t22-ar-06", "ar", """
سجل الجولة الليلية، الرباط، ليلة الجمعة. الفريق: {PER:سكينة}، {PER:عثمان بلمختار}،
{PER:مامادو ديالو}. |
الساعة 22:00، {LOC:شارع محمد الخامس}: وزعنا العوازل على {PER:لبنى} و{PER:سميرة}. |
الساعة 23:10، {LOC:حي التقدم}: فتاة جديدة اسمها {PER:بلقيس}، قالت إن شرطياً يلقبونه
{PER:بوشنب} أخذ منها مئتي درهم وهددها بالاعتقال. أعطيناها رقم الجمعية {PHONE:0537-72-18-46}. |
الساعة 00:40، {LOC:مقهى النخيل}: {PER:سميرة} مرة أخرى، تبكي لأن زبوناً رفض أن يدفع وضربها.
رافقها {PER:عثمان} إلى المستعجلات. |
الساعة 02:00، عودة إلى المقر بعد ليلة طويلة وباردة. ستتصل {PER:سكينة} غداً بالمحامية {PER:رجاء} بشأن {PER:بلقيس} و{PER:بوشنب}، وستكتب تقريراً للمنسقة.
""", ["police_harassment", "hiv_prevention", "violence_physical"]),
]

STORIES += [
    ("t22-ary-01", "ary", """
ميساج صوتي مكتوب. "السلام، أنا {PER:زينب}، صاحبة {PER:كلثوم}. {PER:كلثوم} ما قدراتش تعيط
ليكم حيت راجلها {PER:المعطي} كسر ليها يدها البارح فالدار ديالهم ف{LOC:درب غلف}. دابا هي عندي
ف{LOC:حي الفرح}، قرب {LOC:حمام السعادة}. بغات تمشي للسبيطار وبغات تدير شكاية، ولكن خايفة.
قالت ليا الحاجة {PER:رقية}، الجارة ديالي، باللي عندكم محامية سميتها
{PER:بشرى}. عيطو ليا فهاد الرقم {PHONE:06 61 93 27 40}، ماشي فالليل، حيت {PER:المعطي} كيقلب
عليها. والله يخليكم، {PER:كلثوم} ما عندها حتى واحد. وليداتها {PER:آدم} و{PER:سلمى} معاها، وحتى هوما خايفين بزاف."
""", ["violence_physical", "legal_support", "access_to_care"]),
]

STORIES += [
    ("t22-ary-02", "ary", """
سؤال وجواب، مقابلة مع {PER:سعيدة} سجلاتها {PER:مليكة الحمري}، فاس. |
س: شكون اللي عاونك؟ |
ج: {PER:مليكة} هي الأولى. لقاتني كنتكمش ف{LOC:باب الفتوح}، ما كنكلمش حتى واحد. من بعد جابتني
للمجموعة ديال نهار الثلاث، تما عرفت {PER:حليمة} و{PER:فضيلة} و{PER:كوثر}. |
س: شنو تبدل؟ |
ج: ولّيت كنضحك. {PER:حليمة} ولات بحال ختي. {PER:فضيلة} علماتني نقرا شوية. والطبيبة
{PER:الكتاني} دارت ليا التحليلة ديال السيدا، والحمد لله. |
س: والعائلة؟ |
ج: خويا {PER:عزيز} ما بقاش كيهضر معايا، ولكن ماما كتعيط ليا. و{PER:كوثر} كتقول ليا: "{PER:سعيدة}،
نتي ماشي بوحدك".
""", ["social_isolation", "peer_support", "hiv_sti_testing"]),
    ("t22-ary-03", "ary", """
كلام بحال شعر، قالتو {PER:رحمة}. |
سميتي {PER:رحمة}، |
وما لقيت رحمة ف{LOC:زنقة الحرية}، |
لا عند {PER:الشريف}، مول الدار، |
لا عند البوليسي اللي سميتو {PER:الغول}، |
اللي كان كياخد الفلوس ويضحك. |
لقيت الرحمة عند لالة {PER:فاطنة}، |
اللي كانت كتجيب لينا الحريرة والكابوط كل ليلة جمعة، |
وعند {PER:منى} و{PER:إلهام}، |
فالجمعية ديال مراكش. |
{PER:منى} عطاتني الكابوط، |
{PER:إلهام} عطاتني الكلمة، |
والمحامية {PER:البقالي} عطاتني الحق. |
دابا أنا كنعطي الرحمة |
ل{PER:دنيا} و{PER:شيماء}، البنات الجداد، |
وكنقول ليهم: ما تخافوش، عندكم الحق، |
وعندكم الجمعية، وعندكم {PER:رحمة}، |
وعندكم بعضياتكم، حتى فالليالي الباردة.
""", ["police_harassment", "hiv_prevention", "rights_awareness"]),
]

STORIES += [
    ("t22-ary-04", "ary", """
مجموعة واتساب "خواتات الخير". |
{PER:نوال}: البنات، {PER:سهام} خرجات من الحبس اليوم |
{PER:إيمان}: الحمد لله! شكون جابها؟ |
{PER:نوال}: المحامية {PER:لمياء} والسي {PER:عبد الإله} ديال الجمعية |
{PER:حفيظة}: فين هي دابا؟ |
{PER:نوال}: عند مّها ف{LOC:حي مولاي رشيد}، ولكن خوها {PER:طارق} طردها من الدار |
{PER:إيمان}: تجي عندي، عندي بيت خاوية ف{LOC:درب الكبير} |
{PER:حفيظة}: وأنا نجيب ليها الماكلة، {PER:سهام} ما عندها والو |
{PER:سهام}: شكرا بزاف، ما عرفتش أشنو نقول. البوليس دّاو ليا حتى التيليفون، وما بقا عندي حتى درهم |
{PER:نوال}: رقمك الجديد عطيه ل{PER:لمياء}: {PHONE:0708-55-21-63}، وغدا نمشيو كاملين نشوفوك |
""", ["housing", "food_security", "peer_support"]),
    ("t22-ary-05", "ary", """
ملاحظات المثقفة النظيرة {PER:جميلة بوزيان}، الدار البيضاء. هاد السيمانة مشيت مع {PER:حياة}
للسبيطار ديال {LOC:عين الشق} باش تدير التحليل ديال السيفيليس. الطبيب {PER:الفاسي} ما بغاش
يشوفها حتى عرف شنو كتخدم، وقال ليها كلام خايب. {PER:حياة} بكات. عيطت ل{PER:سمية} المنسقة،
وهي تكلمت مع الدكتورة {PER:بنكيران} ف{LOC:حي الحسني}، فالمركز الصحي،
اللي استقبلاتها مزيان وعطاتها الدوا. {PER:حياة} دابا لاباس، وغادي ترجع من بعد شهر باش تعاود التحليل. الحياة صعيبة ولكن كاينين ناس
مزيانين. {PER:وفاء} و{PER:خولة} جاو معانا حتى هوما باش يديرو التحليل. الملف ديالها: {ID:CS-HH-0417}.
""", ["sti_care", "stigma_discrimination", "hiv_sti_testing"]),
]

STORIES += [
    ("t22-ary-06", "ary", """
شكاية للجمعية، كتبتها {PER:نادية الوردي} بمساعدة {PER:أسماء}. أنا {PER:نادية}، عندي تلاتين عام،
ساكنة ف{LOC:دوار السكويلة}. {PER:بوشعيب}، مول الكاراج اللي كنخدم عندو، ما خلصنيش ستة شهور، وكل
مرة كنطلب حقي كيقول ليا: "نتي ما عندك حتى حق، غادي نقول للبوليس شنو كديري". خدا ليا حتى
البطاقة الوطنية ديالي، رقمها {ID:BK 902741}. صاحبتي {PER:لطيفة} شافت كلشي. بغيت تعاونوني
نرجع البطاقة ونشكي به. {PER:أسماء} قالت ليا نتلاقى مع الأستاذ {PER:الزياني} نهار الاثنين.
ولدي {PER:ياسين} وبنتي {PER:إكرام} كيسولو عليا علاش ديما معصبة. الهاتف: {PHONE:06 70 12 58 39}.
""", ["violence_economic", "civil_documents", "legal_support"]),
]

STORIES += [
    ("t22-sms-01", "ary", """
{PER:salwa}: salam a {PER:khadija}, ana f {LOC:hay Lmohammadi} daba |
{PER:khadija}: labas? chno w9e3? |
{PER:salwa}: dak lbolisi li kaysemmiwh {PER:Tyson} chedni m3a {PER:ghizlane} o khda lina 300 dh |
{PER:khadija}: wach darlek chi haja? |
{PER:salwa}: la, gha 9al ila ma3tinach lflous ghadi ydina lcommissariat |
{PER:khadija}: safi, ghadi n3ayet l maître {PER:Alaoui} w l {PER:hanane} dyal l'association |
{PER:salwa}: {PER:ghizlane} khayfa bzaf, bghat trje3 l douar |
{PER:khadija}: goul liha tsbar, ghda n9ado dossier. {PER:hanane} 3ndha numéro dyal {PER:Tyson}, deja 3ndha des plaintes 3lih |
{PER:salwa}: merci a {PER:khadija}, nti 3omri
""", ["police_harassment", "violence_economic", "legal_support"]),
]

STORIES += [
    ("t22-sms-02", "ary", """
- salam {PER:meryem}, c {PER:loubna} men l'association. rendez-vous dyal test VIH ghda m3a
dr {PER:Tazi} 10h |
- wakha a {PER:loubna}, walakin khayfa mn résultat |
- normal, ghadi nkon m3ak ana w {PER:samira}. o ila bghiti tji {PER:imane} tahia |
- {PER:imane} la, hia li 9alet l {PER:rachid} 3la ch8li |
- ok ma3lich, gha ana w {PER:samira}. l'adresse: {LOC:n° 14 zn9a Ibn Sina}, 7da {LOC:café Paris} |
- ok. w ila kan positif? |
- kayn traitement, {PER:meryem}. {PER:houda} 3ndha 5 snin m3ah o hia bikhir. t9dri tkelmiha: {PHONE:06 54 71 09 83} |
- merci bzaf. {PER:houda} li kanet f {LOC:derb Omar}? |
- ah hia. yallah nchoufek ghda
""", ["hiv_sti_testing", "hiv_care", "peer_support"]),
    ("t22-sms-03", "ary", """
{PER:fatiha}: {PER:ouiam} wach ba9a 3ndk place f chambre? |
{PER:ouiam}: 3lach a {PER:fatiha}? |
{PER:fatiha}: {PER:nourdine} jra 3liya mn lbit o drebni, moul dar si {PER:Brahim} 9al lih kolchi |
{PER:ouiam}: ya lah. aji 3ndi, {LOC:résidence Al Amal, imm 7, appt 12}, {LOC:hay Sidi Moumen} |
{PER:fatiha}: merci. 3ndi ghir sac, o {PER:wissal} bnti m3aya |
{PER:ouiam}: machi mochkil. ghda n3aytou l madame {PER:Chraibi} dyal l'association, 3ndha des places f foyer |
{PER:fatiha}: w kayn chi ma nakloh? ma klit walo mn lbare7 |
{PER:ouiam}: kayn tajine. {PER:wissal} t9dar tl3ab m3a {PER:anas} weldi |
{PER:fatiha}: allah yjazik bikhir a {PER:ouiam}. {PER:nourdine} ma3ndo fin yl9ani
""", ["housing", "food_security", "violence_physical"]),
]

STORIES += [
    ("t22-sms-04", "ary", """
Groupe "Formation Coiffure Agadir" |
{PER:asmae}: salam l3ba9irat, madame {PER:Ait Lhaj} 9alt lexamen nhar jem3a |
{PER:zahra}: ana mazal ma 7afdach les techniques dyal coloration 😭 |
{PER:btissam}: {PER:zahra} aji 3ndi f {LOC:hay Talborjt} n3awnek, 3ndi mannequin |
{PER:zahra}: merci a {PER:btissam} |
{PER:asmae}: o {PER:ilham} fin hia? ma jatch 3 jours |
{PER:btissam}: {PER:ilham} mrida, rah kat3ani mn dépression, dr {PER:Amrani} 3tatha dwa |
{PER:asmae}: nmchiw nzorouha ghda? |
{PER:zahra}: wakha. o men b3d lexamen, {PER:hind} 9alt salon dyalha f {LOC:avenue Hassan II} bghat 2 filles |
{PER:btissam}: inchallah ana w nti a {PER:zahra} !!! |
{PER:asmae}: yallah, courage les filles 💪
""", ["vocational_training", "income_employment", "peer_support"]),
    ("t22-sms-05", "ary", """
- allo {PER:sara}? c {PER:mouna}. wach 9rina lmessage dyal {PER:hakima}? |
- la, chno 9alt? |
- l'association 3ndha atelier 3la les droits nhar lkhmis f {LOC:bd Zerktouni}, m3a avocate {PER:Kenza Berrada} |
- mzyan. ana bghit ns9sa 3la la carte nationale, {PER:jamal} khdaha lia mn 3am |
- ah wah, {PER:Kenza} t9der t3awnek. {PER:hakima} tahia rj3at CIN dyalha b wa7ed plainte |
- chno numéro dyal {PER:hakima}? |
- {PHONE:+212 6 61 40 27 95}, wla email dyalha {EMAIL:hakima.b[at]mailbox-ma[dot]com} |
- merci a {PER:mouna}. o {PER:jamal} ila 3ref? |
- {PER:jamal} ma ghadi y3ref walo. lwa9t dyal lkhof sala a {PER:sara}
""", ["rights_awareness", "civil_documents", "violence_economic"]),
    ("t22-sms-06", "ary", """
Fil WhatsApp, après un rappel automatique. |
Message de l'association: Bonjour {PER:Najat}, rappel: RDV PrEP avec Dr {PER:Benslimane} lundi 9h30. |
{PER:najat}: merci, ghadi nji m3a {PER:siham} |
{PER:siham}: ana tahia bghit nbda PrEP, {PER:najat} 9alt lia 3liha |
{PER:najat}: wah, ana 3ndi 6 mois, ma 3ndi 7ta mochkil. {PER:kamal} dyal l'équipe 3tani préservatifs o gel |
{PER:siham}: o {PER:latifa} li kat9ol ila khditi PrEP kaysemmiwk 9a7ba? |
{PER:najat}: {PER:latifa} ma fahma walo. Dr {PER:Benslimane} chr7at lia kolchi |
{PER:siham}: ok, n7taj numéro dyal l'équipe |
{PER:najat}: {PHONE:05 22 98 14 73}, 3ayti w goulihom {PER:najat} li sifetni
""", ["hiv_prevention", "access_to_care", "stigma_discrimination"]),
]

STORIES += [
    ("t22-sms-07", "fr", """
{PER:vanessa}: {PER:jo} t'es où ? |
{PER:jo}: au {LOC:resto Le Bistrot de Léa}, {LOC:rue Sainte-Catherine}, je finis à 23h |
{PER:vanessa}: {PER:kevin} est encore venu devant chez moi, il a tapé à la porte 1h |
{PER:jo}: appelle le 17 !!! |
{PER:vanessa}: j'ai peur qu'ils me prennent {PER:lila} |
{PER:jo}: personne te prend ta fille. demain on va voir maître {PER:Gomez} avec {PER:sonia} de l'asso |
{PER:vanessa}: il a dit qu'il allait me tuer si je parlais à {PER:sonia} |
{PER:jo}: raison de plus. dors chez {PER:fanny} ce soir, elle est au {LOC:23 rue du Mirail} |
{PER:fanny}: oui viens, je t'attends, code 4512 |
{PER:vanessa}: merci les filles. je vous aime
""", ["violence_psychological", "legal_support", "peer_support"]),
    ("t22-sms-08", "fr", """
Fil SMS entre {PER:Chloé} (éducatrice) et {PER:Adaeze}. |
— Bonjour {PER:Adaeze}, c'est {PER:Chloé}. Ton rendez-vous à la préfecture est confirmé
mercredi 10h, dossier {ID:3312-2026-00487}. |
— Merci {PER:Chloé}. {PER:Ifeoma} peut venir traduire ? |
— Oui. Apporte le passeport, l'acte de naissance et le récépissé {ID:3302987715}. |
— Et la lettre de Dr {PER:Kouassi} ? |
— Oui, celle-là aussi. {PER:Marc} vous emmène en voiture, RDV devant le {LOC:café Le Régent},
{LOC:place Gambetta}. |
— Ok. {PER:Blessing} demande si elle peut venir aussi, elle a peur pour son titre. |
— Dis à {PER:Blessing} de m'écrire : {EMAIL:chloe.edu@relais-femmes.fr}. Bonne soirée
{PER:Adaeze} !
""", ["civil_documents", "rights_awareness", "peer_support"]),
]

STORIES += [
    ("t22-sms-09", "fr", """
Groupe WhatsApp « Maraude du vendredi ». |
{PER:gaby}: ce soir on a vu {PER:Tania}, {PER:Ruxandra} et la petite nouvelle {PER:Ana-Maria} |
{PER:moussa}: {PER:Ana-Maria} a quel âge ? |
{PER:gaby}: elle dit 19. elle a pas de papiers, c'est {PER:Nicu} qui les garde |
{PER:lou}: je préviens Mme {PER:Berthier} à la cellule traite demain matin |
{PER:moussa}: elle a pris des préservatifs ? |
{PER:gaby}: oui, et la carte avec le {PHONE:06 22 47 81 09}. {PER:Ruxandra} traduit pour elle |
{PER:lou}: ok. et {PER:Tania} ? son genou ? |
{PER:gaby}: ça va, Dr {PER:Vasseur} l'a vue mardi |
{PER:moussa}: parfait. prochaine maraude jeudi, moi {PER:lou} et {PER:Inès} |
{PER:lou}: 👍
""", ["trafficking", "hiv_prevention", "civil_documents"]),
    ("t22-sms-10", "fr", """
SMS de {PER:Rosine} à {PER:Mélanie}, sa référente, sur une semaine. |
lundi : {PER:mélanie} j'ai plus rien dans le frigo, les petits ont faim |
lundi : {PER:Mélanie} : je t'envoie un bon pour l'épicerie solidaire, {LOC:42 rue de Bègles} |
mardi : merci. {PER:cyril} m'a dit qu'il coupait la pension si je demandais le divorce |
mardi : {PER:Mélanie} : il n'a pas le droit. RDV avec Me {PER:Dufour} jeudi, n'oublie pas le jugement |
jeudi : c'était bien. Me {PER:Dufour} dit que {PER:cyril} doit payer pour {PER:Noah} et {PER:Inaya} |
vendredi : {PER:Mélanie} : super ! et la formation d'aide-soignante ? |
samedi : {PER:Josiane} m'a aidée pour le dossier, j'envoie lundi à {EMAIL:inscriptions (at) ifas-rive-droite (dot) fr}
""", ["food_security", "family_law", "vocational_training"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train22.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
