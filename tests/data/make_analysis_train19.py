"""Generate tests/data/analysis_train19.jsonl, training set 19 of the analysis engine.

Written on 2026-12-02 by the writer ``train19``. Read beforehand: the rules
of the worktrees (COMMON.md), the codebook (theme keys and personal-data
labels), the marking conventions of blind set 11 (the module docstring of
make_analysis_blind11.py, given as blind_conventions.txt) and the shared
helpers (gold_marks.py). By mistake the writer also saw the first five
lines of the docstring of make_analysis_train15.py and the ROWS, PREFIX and
THEMES lines of make_analysis_blind11.py (no story body of any set). The
engine (msc/) was not read nor run on these stories.

Composition: 60 MESSAGE texts in Latin letters, all fictional (no real
person; streets and neighbourhoods are real places, people, numbers and
addresses are invented, phone numbers use fictional ranges such as
06 39 98 .. .. and 07700 900 ..., e-mail domains are invented):
24 French SMS/WhatsApp threads (t19-fr-NN, lang "fr"), 16 English message
threads (t19-en-NN, lang "en") and 20 Darija messages in Latin letters
(arabizi with 3/7/9) mixed with French (t19-ary-NN, lang "ary"). Each text is
80-250 words and carries 1-3 gold themes.

What it brings: message forms of every kind, namely threads with a sender
label on every line (lowercase or capitalised, "Nadia K:", "[21:04] mimi:",
the WhatsApp export form "12/03/2025 22:10 - Jojo:"), threads with dashes
and no names, group threads of 4-6 members, one-sided SMS series,
transcribed voice notes, automatic reminders, forwarded messages
("Message transféré de ..."), threads between a staff member and a woman
("accueil:", "moi:", "staff:" are roles or the self and are NOT marked),
missed-call notices. Names inside the messages are mostly lowercase,
without accents, shortened or nicknames ("steph", "nono", "zizi",
"la grande awa" with "awa" only marked), after Darija vocatives ("a
khadija", "ya salma") and presentatives ("c", "moi c", "ana", "smiti",
"ismi"), always outside the span; people of many origins (Maghreb, West and
Central Africa, Nigeria, Latin America, Brazil, Eastern Europe, the
Balkans, China, the Philippines, France, the UK), more than 250 distinct
person strings, about ten PER or more a text, every occurrence marked,
sender labels included. Words that are names elsewhere are used as words
and left unmarked (espérance, grâce, joy, hope, amal, farah, noor, rahma,
mina "from us", hadi "this", jaya "coming", rose, ange). Negatives left
unmarked: services and organisations (le 115, la caf, la pref, l'asso, le
caarud, the NHS, the jobcentre), emergency numbers, amounts, times, dates.
Places: streets, neighbourhoods and venues with their cue. Phones in all
shapes (in pieces, with dots, +33, +212, 07700 UK numbers), e-mails plain
and obfuscated ("arobase", "[at]", "(dot)"), IDs (numéro de dossier,
récépissé, CIN, crime reference, NHS number, case number).

Marking conventions: exactly those of blind set 11 (see the docstring of
make_analysis_blind11.py): titles, vocatives and presentatives ("a", "ya",
"c", "ana", "moi c", "mme", "dr", "maître", "khoya", "lalla") are outside
the name span; sender labels are names and are marked on every line; a
number given in pieces is one PHONE span per piece; the cue of an ID is
outside it; an obfuscated e-mail is marked in its whole written form.

Run:  cd tests/data && python3 make_analysis_train19.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t19-"


STORIES: list[tuple[str, str, str, list[str]]] = []

# ---------------------------------------------------------------- French (24)
STORIES += [
    ("t19-fr-01", "fr", """
12/03/2025 22:10 - {PER:Jojo}: les filles vous êtes où ce soir |
12/03/2025 22:11 - {PER:Mimi Lopes}: au {LOC:quai de Paludate} avec {PER:sandra}, y a les flics qui tournent |
12/03/2025 22:13 - {PER:Kadi}: moi je suis rentrée, {PER:fatou} m'a ramenée en voiture |
12/03/2025 22:15 - {PER:Jojo}: {PER:mimi} fais gaffe le type de la semaine dernière est revenu, celui qui a frappé {PER:lorena} |
12/03/2025 22:16 - {PER:Mimi Lopes}: je sais, {PER:sandra} l'a reconnu. on bouge vers le {LOC:cours de la Marne} |
12/03/2025 22:20 - {PER:Bibi}: si ya un souci appelez {PER:carole} de l'asso au {PHONE:06 39 98 41 27}, elle tourne avec le camion jusqu'à 2h |
12/03/2025 22:21 - {PER:Kadi}: et pas le 17 hein, la dernière fois ils ont rien fait |
12/03/2025 22:24 - {PER:Jojo}: {PER:lorena} va mieux ? |
12/03/2025 22:26 - {PER:Bibi}: elle a des points à l'arcade, elle a porté plainte avec maître {PER:Dufresne}, {PER:carole} l'a accompagnée |
12/03/2025 22:27 - {PER:Mimi Lopes}: on est toutes avec elle ❤️
""", ["violence_physical", "peer_support", "legal_support"]),

    ("t19-fr-02", "fr", """
accueil: Bonjour {PER:Yasmina}, c'est {PER:Hélène} de l'accueil. Votre rdv avec la psychologue est confirmé jeudi à 14h. |
{PER:Yasmina}: merci {PER:helene}. je peux venir avec ma fille {PER:ines} ? j'ai personne pour la garder |
accueil: Oui bien sûr, {PER:Léa} pourra jouer avec elle dans la salle d'attente. |
{PER:Yasmina}: ok. c'est toujours au {LOC:12 rue de Cursol} ? |
accueil: Non, on a déménagé au {LOC:45 cours de l'Argonne, 2e étage}. Sonnez à « accueil ». |
{PER:Yasmina}: d'accord. dites a madame {PER:Roux} merci pour la dernière fois |
accueil: {PER:Roux} est en congé, c'est {PER:Sophie Delmas} qui la remplace. |
{PER:Yasmina}: ah ok. je dors mal depuis que {PER:karim} est sorti de prison, j'ai peur qu'il me retrouve |
accueil: On en parle jeudi. Si c'est urgent, le 3919 répond jour et nuit. Prenez soin de vous. |
{PER:Yasmina}: merci beaucoup
""", ["mental_health", "violence_psychological"]),

    ("t19-fr-03", "fr", """
Message transféré de {PER:Nadège} : |
« Bonjour les filles, c'est {PER:Nadège} de {LOC:Belcier}. Un client fou circule, grosse voiture grise, il s'appelle soi-disant {PER:Thierry}, |
il a volé le sac de {PER:Gloria} et il a refusé de payer {PER:Precious} samedi. Il a un tatouage sur la main. Si vous le voyez |
prévenez {PER:Blessing} ou moi au {PHONE:07.39.98.12.66}. Ne montez pas. » |
---- |
{PER:Ama}: merci du transfert {PER:queen} |
{PER:Queen Osei}: de rien ma sœur. {PER:gloria} a perdu 300 euros et ses papiers dedans, son récépissé {ID:3312004587} |
{PER:Ama}: elle doit refaire tout à la pref ? |
{PER:Queen Osei}: oui. {PER:steph} de l'asso l'accompagne lundi, elle a fait une déclaration de perte |
{PER:Ama}: je passe la voir ce soir avec {PER:joy}, elle a besoin qu'on soit là
""", ["violence_economic", "peer_support", "civil_documents"]),

    ("t19-fr-04", "fr", """
- t'es où ? |
- chez {PER:fred}, il m'a enfermée dans la chambre depuis hier soir |
- QUOI. t'es à quelle adresse |
- {LOC:8 impasse des Lilas} je crois, la maison avec le portail vert |
- j'appelle le 17 maintenant. tu as ton tel chargé ? |
- 12%. il dort. il a pris mon argent et il dit que je dois encore 2000 à {PER:dario} |
- reste calme, {PER:marga} arrive aussi avec {PER:tonya}, on est en route |
- dis à {PER:marga} que {PER:fred} a un chien |
- {PER:dario} c'est qui |
- son copain, c'est lui qui m'a fait venir de Sofia il y a un an |
- ok la police est prévenue. ne raccroche pas si je t'appelle |
- merci {PER:nina} je t'aime. merci {PER:marga}, merci {PER:tonya}
""", ["violence_physical", "trafficking"]),

    ("t19-fr-05", "fr", """
[21:04] {PER:mimi}: coucou ma belle, t'as eu tes résultats ? |
[21:06] {PER:Vanessa}: oui le test est négatif 🙏 {PER:steph} m'a appelée à 18h |
[21:07] {PER:mimi}: trop bien ! et la prep tu continues ? |
[21:09] {PER:Vanessa}: oui je reprends la boîte mardi avec dr {PER:Nguyen} à la consultation |
[21:10] {PER:mimi}: {PER:nono} aussi a commencé grâce à toi, tu lui as donné le contact |
[21:12] {PER:Vanessa}: ah oui ? dis à {PER:nono} que c'est rien, un comprimé par jour et voilà |
[21:13] {PER:mimi}: elle a peur pour les hormones |
[21:15] {PER:Vanessa}: dr {PER:Nguyen} a tout vérifié avec mon endocrino, aucun souci. sinon elle peut écrire à {EMAIL:consult.cegidd@rivedroite-sante.fr} |
[21:16] {PER:mimi}: je transfère. bisous à {PER:Kelly} et à {PER:Dani}
""", ["hiv_sti_testing", "hiv_prevention", "peer_support"]),
]

STORIES += [
    ("t19-fr-06", "fr", """
Appel manqué : Maman ({PHONE:+33 5 36 49 20 18}) à 19:42 |
Appel manqué : Maman ({PHONE:+33 5 36 49 20 18}) à 19:47 |
Maman: {PER:Sabrina} réponds-moi. ton frère {PER:Mehdi} dit qu'il t'a vue au {LOC:cours Victor-Hugo} la nuit |
Maman: tu nous fais honte. ton père ne veut plus entendre ton nom |
{PER:Sabrina}: maman je travaille, je paie mon loyer seule. je vous ai jamais rien demandé |
Maman: {PER:Mehdi} va venir te chercher. tu rentres ou tu n'es plus ma fille |
{PER:Sabrina}: s'il vient je porte plainte. {PER:Aurélie} de l'asso sait où j'habite, pas lui |
{PER:Sabrina}: (à {PER:Aurélie}) il a encore appelé, je tremble, je fais quoi |
{PER:Aurélie}: tu viens demain à 10h, on voit la psy et on parle de la main courante. {PER:Malika} sera là aussi |
{PER:Sabrina}: ok merci. dis à {PER:malika} que j'ai gardé le dessin de son fils
""", ["violence_psychological", "family_relations", "stigma_discrimination"]),

    ("t19-fr-07", "fr", """
Rappel automatique : Bonjour {PER:DIALLO Aminata}, votre rendez-vous au Centre de santé sexuelle est fixé le 18/04 à 9h30. |
Dossier n° {ID:CSS-2025-00871}. Pour annuler, répondez ANNULER ou appelez le {PHONE:05 36 49 77 10}. |
{PER:Aminata}: bonjour je peux venir avec ma cousine {PER:Hawa} ? elle a mal en bas depuis une semaine |
Centre: Bonjour, oui, elle peut venir sans rendez-vous le mardi matin avec Mme {PER:Garnier}. |
{PER:Aminata}: {PER:hawa} parle pas bien français, c'est possible un interprète soninké ? |
Centre: Oui, {PER:Oumou Camara} est interprète le mardi. |
{PER:Aminata}: merci. elle a peur qu'on lui demande ses papiers |
Centre: Les soins ici sont gratuits et confidentiels, on ne demande pas de titre de séjour. |
{PER:Aminata}: d'accord {PER:hawa} sera là mardi
""", ["sti_care", "access_to_care"]),
]

STORIES += [
    ("t19-fr-08", "fr", """
Note vocale transcrite ({PER:Rosalie}, 1 min 12) : |
« Allô {PER:Estelle}, c'est moi c {PER:rosalie}. Je t'appelle parce que ce soir au {LOC:bar le Saint-Pierre} |
un monsieur m'a forcée, il a enlevé le préservatif sans me dire. Je suis allée aux urgences avec {PER:Cynthia}, |
ils m'ont donné le traitement d'urgence, le TPE, pour un mois. Le médecin, docteur {PER:Bertrand}, |
il était gentil. Je veux porter plainte mais j'ai peur pour mon récépissé. {PER:Cynthia} dit que {PER:maëlle} |
de l'association connaît une avocate, maître {PER:Ngono}. Tu peux me rappeler au {PHONE:06 39 98 55 02} ? |
Pas l'autre numéro, c'est {PER:Ludovic} qui l'a. Merci ma chérie. » |
{PER:Estelle}: je te rappelle dans 10 min. bravo d'être allée aux urgences {PER:rosa}, t'as bien fait
""", ["violence_sexual", "hiv_prevention", "legal_support"]),

    ("t19-fr-09", "fr", """
Groupe « Les Copines 💜 » |
{PER:Awa Traoré}: réunion jeudi 18h au local, on parle des contrôles de police à {LOC:Saint-Michel} |
{PER:Lina}: je viens, je ramène la grande {PER:awa} et {PER:zizi} |
{PER:Awa Traoré}: {PER:zizi} elle a récupéré son portable ? |
{PER:Zinzi}: oui ! les policiers l'avaient gardé 3 jours sans raison, ils m'ont dit « retourne dans ton pays » |
{PER:Bintou}: pareil pour moi {LOC:rue Camille-Sauvageau} mardi, ils ont pris 50 euros et ils ont rien écrit |
{PER:Lina}: faut tout noter : l'heure, le lieu, le numéro du policier. {PER:Chantal} de la ligue des droits vient jeudi |
{PER:Perle}: je viendrai avec {PER:Dorcas}, elle parle pas mais elle a tout vu |
{PER:Awa Traoré}: parfait. on est plus fortes ensemble, {PER:bintou} tu ramènes le gâteau ? 😂 |
{PER:Bintou}: oui chef
""", ["police_harassment", "peer_support", "rights_awareness"]),
]

STORIES += [
    ("t19-fr-10", "fr", """
{PER:sabri}: {PER:lola} t'as dormi où |
{PER:lola}: au 115 encore. ils m'ont mis à la {LOC:Bastide}, trop loin, j'ai marché 2h |
{PER:sabri}: tu peux pas rester chez tata {PER:Josiane} ? |
{PER:lola}: elle a dit non, son fils {PER:kevin} veut pas de "ça" chez lui |
{PER:sabri}: ça c'est toi ?? il est grave |
{PER:lola}: je suis trans c'est pas une maladie mdr. {PER:gaëlle} m'a fait une demande siao, numéro {ID:SIAO-33-2025-14877} |
{PER:sabri}: et la caf ? |
{PER:lola}: ils veulent un rib et j'ai pas de compte. {PER:gaëlle} m'emmène à la banque vendredi |
{PER:sabri}: viens chez moi ce soir, {PER:youssef} est d'accord, le canapé est à toi |
{PER:lola}: t'es un ange {PER:sabri}. j'arrive vers 23h {LOC:place de la Victoire} |
{PER:sabri}: je t'attends devant la pharmacie
""", ["housing", "stigma_discrimination", "family_relations"]),

    ("t19-fr-11", "fr", """
- Bonjour c'est {PER:Ioana}, la fille roumaine qui est venue mardi avec {PER:Florina} |
- Bonjour {PER:Ioana}, oui je me souviens. Comment allez-vous ? |
- ça va. je voulais demander pour la formation coiffure que Mme {PER:Petit} a parlé |
- La formation commence le 6 mai, au {LOC:14 rue Leyteire}. Il faut une pièce d'identité. |
- j'ai ma carte roumaine, numéro {ID:RX 829114}. ça va ? |
- Oui c'est parfait. Vous pouvez envoyer une photo à {EMAIL:formations@atelier-coiffe33.fr} |
- je sais pas faire les mails 😅 ma fille {PER:Denisa} va m'aider |
- Sinon passez à l'accueil, {PER:Cristina} ou moi on le fera avec vous. |
- merci beaucoup. {PER:Florina} veut venir aussi, c'est possible ? |
- Bien sûr, il reste trois places. Dites-lui d'appeler le {PHONE:05 36 49 30 61}. |
- super. je suis contente, je veux arrêter la rue et coiffer comme ma mère {PER:Viorica}. {PER:Florina} et {PER:Denisa} disent merci aussi
""", ["vocational_training", "income_employment"]),
]

STORIES += [
    ("t19-fr-12", "fr", """
{PER:Nadia K}: bonsoir {PER:Mireille}, désolée de déranger si tard |
{PER:Mireille}: pas de souci {PER:nadia}, dis-moi |
{PER:Nadia K}: {PER:hicham} a pris les enfants à la sortie de l'école et il veut pas les rendre |
{PER:Mireille}: le jugement donne la garde à toi ? |
{PER:Nadia K}: oui, jugement du JAF, numéro RG {ID:24/03117}. il dit que je suis une pute et que le juge va changer d'avis |
{PER:Mireille}: il n'a pas le droit. appelle le commissariat et dis que c'est une non-représentation d'enfant. je préviens maître {PER:Chaouch} |
{PER:Nadia K}: {PER:Rayan} m'a envoyé un message, il pleure. {PER:lilia} est avec lui |
{PER:Mireille}: tu as l'adresse de {PER:hicham} ? |
{PER:Nadia K}: chez sa mère, {LOC:23 rue Bouquière}. sa mère {PER:Zohra} me déteste |
{PER:Mireille}: ok. garde tous les messages, fais des captures. je te rappelle de mon portable {PHONE:06 39 98 07 44} |
{PER:Nadia K}: merci, sans toi je serais perdue
""", ["family_law", "legal_support", "violence_psychological"]),

    ("t19-fr-13", "fr", """
{PER:Dounia}: salut c'est {PER:dounia}, la copine de {PER:sarah} 👋 |
{PER:Dounia}: {PER:sarah} m'a dit que vous donnez des colis le mercredi ? |
moi: Bonjour {PER:Dounia} ! Oui, distribution mercredi de 14h à 16h, {LOC:allée de Boutaut} |
{PER:Dounia}: il faut une carte ou un papier ? |
moi: Non, rien. Juste ton prénom pour la liste. {PER:Marie-Jo} et {PER:Rachid} seront là |
{PER:Dounia}: ok parce que depuis le confinement j'ai plus de clients et le frigo est vide, je mange une fois par jour |
moi: Tu n'es pas seule dans ce cas. On a aussi des tickets service de 30 euros |
{PER:Dounia}: ça m'aiderait trop. mon fils {PER:Nassim} a 4 ans, il lui faut du lait |
moi: On garde du lait pour les petits. {PER:Rachid} te mettra un colis enfant |
{PER:Dounia}: merci infiniment. je viens avec {PER:sarah} et {PER:kenza} |
moi: À mercredi !
""", ["food_security", "income_employment"]),

    ("t19-fr-14", "fr", """
SMS de {PER:Thu Trang} à l'équipe, une série envoyée dans la nuit : |
1/ bonsoir c'est {PER:trang}, la vietnamienne du salon de massage {LOC:rue du Palais-Gallien} |
2/ je veux dire merci à mme {PER:Lefèvre} et à {PER:Quentin} pour le cours de français. maintenant je lis les papiers seule |
3/ avant la patronne {PER:Mai} gardait mon passeport et je savais pas que c'était interdit |
4/ maintenant je sais, j'ai le droit de garder mes papiers et de refuser. {PER:Linh} aussi elle sait maintenant |
5/ aujourd'hui j'ai parlé au médecin sans {PER:Mai}, pour la première fois |
6/ je suis fière de moi. avant je baissais la tête tout le temps |
7/ {PER:Quentin} dit que je peux passer le diplôme de français en juin. je vais essayer |
8/ dites bonjour à {PER:Hoa} et {PER:Phuong} de ma part, elles viennent au cours aussi |
9/ pardon pour les fautes 🙏 bonne nuit |
(réponse de {PER:Quentin}) : Bravo {PER:Trang}, tes progrès sont énormes. À mardi !
""", ["self_esteem", "rights_awareness", "trafficking"]),
]

STORIES += [
    ("t19-fr-15", "fr", """
13/05/2025 01:12 - {PER:Paola}: {PER:fer} t'es réveillée ? |
13/05/2025 01:13 - {PER:Fernanda}: oui, qu'est-ce qui se passe |
13/05/2025 01:13 - {PER:Paola}: {PER:valentina} est tombée dans la rue, elle a pris trop de trucs avec le mec de {LOC:Caudéran} |
13/05/2025 01:14 - {PER:Fernanda}: appelle le 15 !!! |
13/05/2025 01:15 - {PER:Paola}: c'est fait, les pompiers arrivent {LOC:rue de la Rousselle}. {PER:Kiara} est avec elle |
13/05/2025 01:40 - {PER:Paola}: ils l'emmènent à Pellegrin. elle respire |
13/05/2025 01:41 - {PER:Fernanda}: gracias a Dios. c'est la 3e fois ce mois-ci, elle boit trop aussi |
13/05/2025 01:43 - {PER:Paola}: demain je l'emmène au caarud voir {PER:Jérôme}, il parle espagnol |
13/05/2025 01:44 - {PER:Fernanda}: dis-lui que {PER:Camila} est passée par là et qu'aujourd'hui elle est clean depuis 2 ans |
13/05/2025 01:45 - {PER:Paola}: oui. je reste avec elle à l'hôpital, {PER:Kiara} rentre dormir
""", ["addiction", "access_to_care", "peer_support"]),
]

STORIES += [
    ("t19-fr-16", "fr", """
SMS envoyés par l'accueil à {PER:Favour Okafor} (pas de réponse entre les messages) : |
lun. 09:02 — Bonjour {PER:Favour}, c'est {PER:Anaïs} de l'accueil. Votre convocation OFPRA est arrivée, dossier {ID:2411-03587-OF}. |
lun. 17:30 — {PER:Favour}, rappelez-moi svp au {PHONE:05 36 49 88 14} ou passez demain. |
mar. 10:15 — {PER:Blessing} m'a dit que vous aviez changé de numéro. Si c'est vous, répondez juste OK. |
mar. 18:40 — L'entretien est le 3 juin à 9h. L'interprète en anglais sera Mme {PER:Adebayo}, et l'avocate maître {PER:Lemaire} vous prépare vendredi. |
mer. 08:55 — {PER:Favour} ? Nous sommes inquiètes. {PER:Esther} dit qu'elle ne vous voit plus à {LOC:Nansouty}. |
mer. 21:03 — Réponse de {PER:Favour} : OK c moi {PER:favour}. madam {PER:Joy} a pris mon ancien téléphone. je viens vendredi |
jeu. 09:10 — Merci {PER:Favour} ! Vendredi 14h, {LOC:8 rue Sainte-Catherine, 1er étage}. Venez avec votre récépissé n° {ID:3302189450}. |
""", ["civil_documents", "legal_support", "trafficking"]),
]

STORIES += [
    ("t19-fr-17", "fr", """
Groupe « {LOC:Belleville} entraide » (6 membres) |
{PER:Xiaoli}: les sœurs, hier soir {PER:A-Fang} a été frappée {LOC:boulevard de la Villette} |
{PER:Meiling}: quoi ?? par qui |
{PER:Xiaoli}: trois jeunes, ils ont pris son sac et ils l'ont tapée par terre. elle a le bras cassé |
{PER:Chunhua}: elle est où maintenant ? |
{PER:Xiaoli}: à l'hôpital Saint-Louis, {PER:Lihua} est avec elle. elle veut pas porter plainte, elle a peur pour ses papiers |
{PER:Guo Ying}: {PER:Tim} de l'asso dit qu'on peut porter plainte même sans papiers |
{PER:Meiling}: et {PER:Sandrine} l'avocate parle un peu chinois, elle a aidé {PER:Yan} l'année dernière |
{PER:Chunhua}: j'apporte de la soupe demain, {PER:a-fang} aime la soupe de tante {PER:Wang} |
{PER:Xiaoli}: merci. on fait les tours à deux maintenant, personne seule après minuit |
{PER:Lihua}: {PER:a-fang} dit merci à toutes, elle pleure 🥲
""", ["violence_physical", "peer_support", "legal_support"]),

    ("t19-fr-18", "fr", """
Appel manqué : {PER:Bruna} ({PHONE:+33 6 39 98 60 21}) — 16:08 |
Messagerie vocale (transcription) : « Oi {PER:Thaís}, c'est {PER:Bruna}. Je suis sortie de chez le docteur {PER:Morel}. |
La charge virale est indétectable, amiga, indétectable ! Ça fait un an que je prends les cachets tous les jours, |
même quand {PER:Rodrigo} disait que c'était des bêtises. Rappelle-moi. » |
{PER:Thaís}: BRUNAAAA 🎉🎉 je suis trop fière de toi |
{PER:Bruna}: merci amor. sans toi et {PER:Keila} j'aurais arrêté |
{PER:Thaís}: tu te souviens au début tu cachais les boîtes chez Dona {PER:Cida} ? |
{PER:Bruna}: oui j'avais honte. maintenant je m'en fous, je suis vivante |
{PER:Thaís}: on fête ça samedi chez {PER:Keila}, {LOC:rue des Faures}. {PER:Jéssica} ramène la caipirinha |
{PER:Bruna}: pas pour moi, jus d'orange 😂
""", ["hiv_care", "self_esteem", "peer_support"]),
]

STORIES += [
    ("t19-fr-19", "fr", """
[08:15] {PER:Souad}: bonjour {PER:mathilde}, j'ai pas dormi encore cette nuit |
[08:17] {PER:Mathilde}: bonjour {PER:souad}. les cauchemars ? |
[08:18] {PER:Souad}: oui, toujours le même, la cave à la {LOC:Castellane} et {PER:Djamel} qui ferme la porte |
[08:20] {PER:Mathilde}: c'est normal que ça revienne après l'audience. tu as pris le traitement du dr {PER:Benhamou} ? |
[08:21] {PER:Souad}: la moitié. ça me rend zombie et je dois garder {PER:Anissa} |
[08:23] {PER:Mathilde}: on en parle jeudi avec la psychiatre, mme {PER:Ferrand}. ne change pas la dose seule |
[08:25] {PER:Souad}: ok. des fois je pense que ce serait mieux si j'étais plus là |
[08:26] {PER:Mathilde}: merci de me le dire. tu es en sécurité là maintenant ? {PER:Anissa} est avec toi ? |
[08:27] {PER:Souad}: oui elle dort. ma voisine {PER:Fatima} est là aussi |
[08:29] {PER:Mathilde}: je t'appelle dans 5 min. et si ça monte, le 3114 répond 24h/24 |
[08:29] {PER:Souad}: d'accord
""", ["mental_health", "violence_sexual"]),

    ("t19-fr-20", "fr", """
Message transféré de {PER:Kelly Mendy} : |
« Attention les filles ⚠️ le policier qu'on appelle {PER:Moustache}, celui de la brigade de nuit vers {LOC:les Chartrons}, |
il a encore demandé 100 euros à {PER:Ndeye} pour pas l'embarquer. Il dit qu'il connaît la pref et qu'il fera expulser celles qui parlent. |
{PER:Ndeye} a noté le matricule sur son brassard. Ne donnez rien. » |
{PER:Coumba}: c'est lui qui a pris le téléphone de {PER:rokhaya} en mars |
{PER:Kelly Mendy}: oui. {PER:Pape} de la ligue dit qu'on peut saisir l'IGPN, même anonyme |
{PER:Coumba}: j'ai peur. si je signe ils vont me retrouver |
{PER:Kelly Mendy}: on signe ensemble, pas seule. {PER:Ndeye}, {PER:Rokhaya}, {PER:Astou} et moi on est d'accord |
{PER:Astou}: moi aussi je signe. assez de honte |
{PER:Coumba}: ok j'en suis
""", ["police_harassment", "violence_economic", "peer_support"]),

    ("t19-fr-21", "fr", """
éduc: Salut {PER:Espérance} ! Alors, ce premier marché ? |
{PER:Espérance}: bonjour {PER:Julien} ! j'ai vendu 14 pagnes et tous les bracelets de {PER:Grâce} 😍 |
éduc: Génial ! Tu gardais l'espérance, et là c'est un vrai succès |
{PER:Espérance}: oui 160 euros en une journée. c'est la première fois que je gagne de l'argent sans la rue |
éduc: Tu as pensé au statut de micro-entrepreneuse dont parlait Mme {PER:Kabila} ? |
{PER:Espérance}: oui, {PER:Grâce} et moi on va à la permanence de la CCI mardi. par la grâce de Dieu ça va marcher |
éduc: Et le stand au {LOC:marché des Capucins} ? |
{PER:Espérance}: papa {PER:Ousmane} nous prête sa table le samedi. {PER:Prisca} garde les enfants |
éduc: Super. Envoie-moi ton devis, mon mail c'est {EMAIL:julien.b arobase lapasserelle-bx point org} |
{PER:Espérance}: ok. dis merci à {PER:Béatrice} pour la machine à coudre, elle change ma vie |
éduc: Je lui dis ! Tu peux être fière de toi {PER:Espé}
""", ["income_employment", "self_esteem"]),
]

STORIES += [
    ("t19-fr-22", "fr", """
{PER:kenza}: {PER:zahra} t'es là ? j'ai un retard de 3 semaines |
{PER:zahra}: oh. t'as fait un test ? |
{PER:kenza}: oui deux. positifs les deux. je peux pas le garder, {PER:bilal} est parti et je dors chez {PER:yousra} |
{PER:zahra}: ok respire. le planning familial fait l'ivg, c'est gratuit. tu veux que je vienne ? |
{PER:kenza}: oui stp. c'est où ? |
{PER:zahra}: {LOC:cours de la Libération}, à côté du tram. ou tu écris à la sage-femme {PER:Clémence} : {EMAIL:clemence.s [at] planning-gironde-test [point] fr} |
{PER:kenza}: j'ai peur qu'ils préviennent ma famille |
{PER:zahra}: non c'est secret, même pour les mineures. moi j'y suis allée en 2023, {PER:Clémence} était adorable |
{PER:kenza}: et après je veux un implant, plus jamais ça |
{PER:zahra}: tu lui demandes le même jour. je passe te prendre à 8h chez {PER:yousra} |
{PER:kenza}: merci {PER:zaza} 🤍
""", ["reproductive_health", "peer_support"]),

    ("t19-fr-23", "fr", """
03/02/2025 19:30 - {PER:Hanane}: salam {PER:loubna}, ma mère a appelé de Fès |
03/02/2025 19:31 - {PER:Loubna}: et alors ?? |
03/02/2025 19:33 - {PER:Hanane}: elle a dit « reviens {PER:hanane}, ton père est malade, il veut te voir ». je sais pas si c'est un piège |
03/02/2025 19:34 - {PER:Loubna}: depuis 6 ans ils t'ont pas parlé. ton oncle {PER:Abdelali} avait dit qu'il te tuerait |
03/02/2025 19:36 - {PER:Hanane}: oui mais ma sœur {PER:Siham} confirme, elle m'a envoyé une photo de lui à l'hôpital |
03/02/2025 19:38 - {PER:Loubna}: alors appelle ton père d'abord, en visio, avec {PER:Siham} |
03/02/2025 19:52 - {PER:Hanane}: je l'ai appelé. il a pleuré. il a dit pardon ma fille |
03/02/2025 19:53 - {PER:Loubna}: 😭 {PER:hanoun} |
03/02/2025 19:55 - {PER:Hanane}: il m'a demandé si je mange bien. comme quand j'étais petite |
03/02/2025 19:56 - {PER:Loubna}: tu vas y aller ? |
03/02/2025 19:58 - {PER:Hanane}: en été peut-être, avec {PER:Ilyes}. il n'a jamais vu son grand-père
""", ["family_relations"]),

    ("t19-fr-24", "fr", """
- {PER:Adjoa} ça va ? on t'a pas vue au groupe depuis un mois |
- ça va pas trop. je sors plus de la chambre |
- tu veux que je passe ? je suis avec {PER:Mariette} à {LOC:Bacalan} |
- non. j'ai honte, la chambre est sale et j'ai pas de quoi vous offrir un café |
- on s'en fiche du café. tu nous manques, tantine {PER:Clarisse} demande après toi |
- personne m'appelle à part toi {PER:yvonne}. depuis que {PER:Koffi} est reparti à Abidjan je parle à personne |
- alors on vient samedi, {PER:Mariette}, {PER:Gisèle} et moi. on apporte l'attiéké |
- {PER:gisele} la bavarde ? 😅 |
- oui elle-même. et jeudi tu viens au groupe, {PER:Sylvie} fait le covoiturage depuis la {LOC:Benauge} |
- je vais essayer |
- pas essayer. {PER:Sylvie} passe à 17h30 devant chez toi, {LOC:rue Achard} |
- d'accord d'accord 🙂 merci {PER:yvonne}
""", ["social_isolation", "peer_support"]),
]


# ---------------------------------------------------------------- English (16)
STORIES += [
    ("t19-en-01", "en", """
[22:41] {PER:Shannon}: girls where r u, {PER:kayleigh} isnt answering |
[22:42] {PER:Becky}: last saw her on {LOC:Water Lane} with that blue van bloke |
[22:43] {PER:Shannon}: the one {PER:tash} warned us about?? |
[22:44] {PER:Jade M}: yeah him. {PER:tash} said he took her phone and wouldnt let her out |
[22:46] {PER:Shannon}: ringing the outreach van now, {PER:Dionne} is on tonight |
[22:52] {PER:Dionne}: on our way to {LOC:Holbeck}. if you see the van get the reg, don't approach |
[22:58] {PER:Becky}: found her!! she's by the {LOC:Cross Keys pub}, {PER:kayleigh} is crying, her lip is split |
[23:00] {PER:Dionne}: stay with her {PER:becky}. we'll take her to A&E and she can decide about police after |
[23:02] {PER:Jade M}: {PER:kay} we love u, you're safe now |
[23:15] {PER:Dionne}: she's with us. crime ref will come tomorrow if she reports. thank you all, proper team work
""", ["violence_physical", "peer_support", "access_to_care"]),

    ("t19-en-02", "en", """
staff: Hi {PER:Chidinma}, it's {PER:Rachel} from the project. Your Home Office interview is confirmed for Tuesday 10am. |
{PER:Chidinma}: thank you sister {PER:rachel}. will Mr {PER:Hughes} be there |
staff: Yes, your solicitor Mr {PER:Hughes} will meet you at reception. Bring your ARC card and the letter with reference {ID:C1187734/25}. |
{PER:Chidinma}: ok. Mummy {PER:Ngozi} took my passport when I came, I never got it back |
staff: That's fine, the NRM decision says you were trafficked, case number {ID:NRM-2024-55182}. Mr {PER:Hughes} has a copy. |
{PER:Chidinma}: {PER:ngozi} still sends voice notes saying I owe her 30,000 pounds |
staff: Please keep them and don't reply. Forward them to {EMAIL:rachel.o@safepassage-leeds.org.uk} and we'll add them to the file. |
{PER:Chidinma}: ok. can {PER:Adaeze} come with me on tuesday? she is my friend from church |
staff: Of course. {PER:Precious} from the peer group will come too if you want |
{PER:Chidinma}: yes please. I am scared but I will go. God is good |
staff: You're very brave {PER:Chidi}. See you Tuesday x
""", ["trafficking", "civil_documents", "legal_support"]),

    ("t19-en-03", "en", """
Missed call: {PER:Gemma} key worker ({PHONE:07700 900412}) 09:14 |
Missed call: {PER:Gemma} key worker ({PHONE:07700 900412}) 09:31 |
{PER:Gemma}: Morning {PER:Leanne}, good news, the council offered you a flat! Call me back x |
{PER:Leanne}: omg seriously?? where |
{PER:Gemma}: {LOC:Flat 6, 14 Clarendon Road}. One bed, ground floor, viewing Thursday at 11 |
{PER:Leanne}: i cant believe it. 8 months in that hostel with {PER:Marie} screaming all night |
{PER:Gemma}: I know. Your tenancy reference is {ID:TR-558201}, keep it safe |
{PER:Leanne}: can my son {PER:Tyler} come and live with me now? |
{PER:Gemma}: That's the next step. I'll ring {PER:Sandra Pike} at social services, she said a stable home was the main thing |
{PER:Leanne}: {PER:tyler} is going to lose his mind. thank u {PER:gem} honestly |
{PER:Gemma}: You did the work. Sober 5 months and every appointment kept. See you Thursday
""", ["housing", "family_relations"]),

    ("t19-en-04", "en", """
Voice note transcribed (from {PER:Marisol}, 0:58): |
"Hi {PER:Hannah}, it's {PER:Mari}. Sorry I missed group, I was at the clinic on {LOC:Dean Street} with {PER:Luz}. |
They did the full screen, HIV, syphilis, hep B and C, and they gave me the results the same day. All negative, thank God. |
The nurse, {PER:Femi}, was so kind, he didn't ask why I work, he just asked if I wanted PrEP. |
{PER:Luz} was scared because last year a doctor in {LOC:Brixton} called her dirty. This time nobody looked at her like that. |
Can you tell {PER:Yolanda} and {PER:Carmen} it's easy? They think they need papers. |
And say hi to {PER:Patience}. Call me back on my new number, {PHONE:07700 900 187}. Bye bye." |
{PER:Hannah}: Amazing {PER:mari}!! Will tell {PER:Yoli} and {PER:Carmen} tonight x
""", ["hiv_sti_testing", "hiv_prevention", "stigma_discrimination"]),

    ("t19-en-05", "en", """
- are u ok? u left so fast |
- {PER:darren} turned up at the house again |
- what did he do |
- screamed through the letterbox that he'll tell my mum what i do and take {PER:Maisie} off me |
- he can't take her, he's not even on the birth certificate |
- he says his mate {PER:Lee} in the police will help him |
- that's a threat, write it down. did {PER:Siobhan} give u the number for the solicitor? |
- yeah Ms {PER:Okonkwo}, {PHONE:0113 496 0732}, i'm scared to ring |
- i'll sit with u when u ring. {PER:Siobhan} said the police can do a non-molestation order thing |
- i just want him to leave us alone |
- i know babe. come to mine tonight with {PER:maisie}, {PER:Craig} is away |
- ok. thank u {PER:Niamh}
""", ["violence_psychological", "family_law", "legal_support"]),

    ("t19-en-06", "en", """
Group: "{LOC:Govanhill} Sisters" (5 members) |
{PER:Roxana}: hello girls, i have job interview tomorrow at the cleaning company on {LOC:Allison Street} |
{PER:Elena P}: bravo {PER:roxi}!!! what time |
{PER:Roxana}: 9 o'clock. i'm nervous, my English is not good |
{PER:Kirsty}: your English is grand. {PER:Fiona} from the jobcentre said they need Romanian speakers anyway |
{PER:Gabriela}: I can lend you my black trousers. {PER:Mihaela} did the same job last year, ask her |
{PER:Roxana}: {PER:mihaela} left the group no? |
{PER:Elena P}: she's still on WhatsApp, her number is {PHONE:+44 7700 900633} |
{PER:Roxana}: thank you. if i get it i can stop working on the street. {PER:Sorin} will have to find another stupid girl to take money from |
{PER:Kirsty}: that's the spirit hen 💪 |
{PER:Gabriela}: we are proud of you {PER:Roxana}
""", ["income_employment", "peer_support", "violence_economic"]),

    ("t19-en-07", "en", """
Automatic reminder: Dear {PER:KAUR Simran}, you have an appointment at the Sexual Health Clinic on 14/05 at 15:20. |
Clinic number: {ID:SHC-447129}. Reply C to confirm. |
{PER:Simran}: C |
{PER:Simran}: also can I bring my friend {PER:Harpreet}, she needs the morning after pill |
Clinic: Yes, emergency contraception is available same day. Please ask for nurse {PER:Bridget}. |
{PER:Simran}: thanks. and can we see a woman doctor, {PER:Harpreet}'s husband {PER:Jaswinder} must not know |
Clinic: All appointments are confidential. Dr {PER:Ahmed} (female) is on duty on Wednesday. |
{PER:Simran}: great. {PER:harpreet} is scared he checks her phone, can you not text her? |
Clinic: We'll only contact her through a number she chooses. |
{PER:Simran}: use mine please, {PHONE:07700 900 256}. thank you so much
""", ["reproductive_health", "access_to_care"]),

    ("t19-en-08", "en", """
Forwarded from {PER:Tamsin}: |
"Warning, a punter calling himself {PER:Gary} or {PER:Gaz}, white Audi, has been refusing to pay and then threatening the girls |
with a knife in the car park behind {LOC:Stapleton Road}. He robbed {PER:Zoe} of 200 quid on Friday. Ugly Mugs report done." |
{PER:Chantelle}: he did it to {PER:Roisin} too last month |
{PER:Tamsin}: did she report? |
{PER:Chantelle}: no she thought nobody would believe her |
{PER:Tamsin}: tell her {PER:Mandy} from the project can go with her, they gave {PER:Zoe} a crime reference straight away, {ID:5225-0043178} |
{PER:Chantelle}: ok i'll tell {PER:ro} |
{PER:Tamsin}: and nobody goes in the Audi. pass it on
""", ["violence_economic", "peer_support", "violence_physical"]),
    ("t19-en-09", "en", """
{PER:Joy Mensah}: hi auntie {PER:Efua}, it's {PER:Joy}. I got your message about mum |
{PER:Efua}: yes my dear. {PER:Akosua} is asking for you every day. she doesn't care about the past anymore |
{PER:Joy Mensah}: last time she said I brought shame on the family and I was dead to her |
{PER:Efua}: that was {PER:Kwame} talking, your brother filled her head. she cried when she heard you were ill |
{PER:Joy Mensah}: who told her I was ill? |
{PER:Efua}: your friend {PER:Abena} from the church in {LOC:Peckham} |
{PER:Joy Mensah}: I'm fine now, auntie. I'm on treatment and I see Dr {PER:Whitfield} every three months. I've got hope again |
{PER:Efua}: praise God. call your mother on Sunday, I will be there with her. her number is still {PHONE:+233 20 555 0148} |
{PER:Joy Mensah}: ok. I'll ask {PER:Nana} to sit with me when I call. I'm nervous |
{PER:Efua}: be strong. {PER:Kofi} and the twins send kisses. joy and peace to you my daughter
""", ["family_relations", "hiv_care"]),

    ("t19-en-10", "en", """
[19:02] {PER:Ayesha}: {PER:Laura} are you free to talk? |
[19:05] {PER:Laura}: hi {PER:ayesha}, yes in 10 min. everything ok? |
[19:06] {PER:Ayesha}: no. {PER:Imran}'s brother came to the flat on {LOC:Ladypool Road} and said I'm coming back to Pakistan to marry his cousin |
[19:07] {PER:Ayesha}: he said if I refuse they'll show my photos to everyone |
[19:08] {PER:Laura}: that's forced marriage and blackmail, both are crimes. are you safe right now? |
[19:09] {PER:Ayesha}: i'm at {PER:Farida}'s. she's my neighbour |
[19:10] {PER:Laura}: good. the Forced Marriage Unit can stop you being taken abroad. {PER:Tahira} on our team has done it before |
[19:12] {PER:Ayesha}: they have my passport. {PER:imran} keeps it in his car |
[19:14] {PER:Laura}: we can ask for a protection order. can {PER:Farida} bring you to the office tomorrow, {LOC:102 Stratford Road}? |
[19:15] {PER:Ayesha}: yes. thank you {PER:laura}, I didn't know this was against the law |
[19:16] {PER:Laura}: it is. you did the right thing telling me
""", ["violence_psychological", "rights_awareness", "legal_support"]),

    ("t19-en-11", "en", """
{PER:marta}: {PER:agnieszka} u coming to the drop in? |
{PER:agnieszka}: no, {PER:piotr} took all my money again, i dont have for bus |
{PER:marta}: all of it? |
{PER:agnieszka}: 340 pounds. he says its rent for the room but the room is his friend {PER:Tomek}'s |
{PER:marta}: thats not rent thats stealing. {PER:Kasia} had same thing with her ex |
{PER:agnieszka}: i know but where i go. the room is on {LOC:Cheetham Hill Road} and my name not on anything |
{PER:marta}: ask {PER:Ruth} at the drop in, she helped {PER:kasia} open bank account in her own name |
{PER:agnieszka}: {PER:piotr} will see the card |
{PER:marta}: get online one, he wont see. i pay the bus, come now, {PER:ruth} is there till 4 |
{PER:agnieszka}: ok. meet me at the stop, {PER:marta} you are the best
""", ["violence_economic", "peer_support", "income_employment"]),

    ("t19-en-12", "en", """
Missed call: unknown number |
Voicemail (transcribed): "Hello, this message is for {PER:Mercy Adjei}. This is {PER:Tom Reilly}, your caseworker at the council. |
Your National Insurance number application went through, the number is {ID:QQ 48 21 96 C}. You can now start the job |
at the bakery on {LOC:Kirkgate}. Please also call {PER:Helen} at the jobcentre on {PHONE:0113 496 0258} about the Universal Credit. |
{PER:Joseph} from the support group asked me to say well done. Bye now." |
{PER:Mercy}: (to {PER:Comfort}) I got my NI number!!!! |
{PER:Comfort}: Ahhh {PER:mercy} congratulations!! When do you start? |
{PER:Mercy}: Monday 6am. Mr {PER:Bashir} the owner is nice |
{PER:Comfort}: you see, God's grace. no more men in cars |
{PER:Mercy}: no more. i will bake bread 😄
""", ["income_employment", "civil_documents"]),
    ("t19-en-13", "en", """
06/09/2025 23:47 - {PER:Malee}: {PER:Nok} are you awake |
06/09/2025 23:48 - {PER:Nok}: yes what happen |
06/09/2025 23:49 - {PER:Malee}: police came to the massage shop on {LOC:Gerrard Street}. they took {PER:Ploy} and {PER:Fon} |
06/09/2025 23:50 - {PER:Nok}: arrested?? |
06/09/2025 23:51 - {PER:Malee}: they say immigration check. one officer called us dirty and said go home. {PER:Ploy} was crying |
06/09/2025 23:53 - {PER:Nok}: did they hurt anyone |
06/09/2025 23:54 - {PER:Malee}: they pushed {PER:Fon} against the wall. she has a bruise. the boss {PER:Chai} ran away before they come |
06/09/2025 23:56 - {PER:Nok}: call {PER:Pim} at the project in the morning, she speaks Thai and knows the lawyer |
06/09/2025 23:57 - {PER:Malee}: I'm scared they come for me tomorrow |
06/09/2025 23:58 - {PER:Nok}: you have rights even without visa. {PER:Pim} number {PHONE:07700 900 941}. sleep at mine tonight |
06/09/2025 23:59 - {PER:Malee}: thank you {PER:nok}
""", ["police_harassment", "stigma_discrimination", "rights_awareness"]),

    ("t19-en-14", "en", """
From the peer group chat "Wednesday Women" (6 members): |
{PER:Bev}: sorry i cried so much today x |
{PER:Alisha}: don't be sorry, we all did when {PER:Ros} told her story |
{PER:Ros}: first time i said it out loud in 20 years. thank you for listening ladies |
{PER:Nadine}: you're so strong {PER:ros}. what {PER:Keith} did to you was not your fault |
{PER:Bev}: i used to think i was the only one. now i come every wednesday |
{PER:Donna}: same. before the group i didn't leave the house for months, not even to see my grandson {PER:Alfie} |
{PER:Alisha}: and now you bring cake 😂 |
{PER:Donna}: {PER:Val} taught me the lemon drizzle with the rose icing |
{PER:Nadine}: {PER:Val} is a legend. see u all next week, bring your friends {PER:bev} |
{PER:Ros}: love you girls
""", ["peer_support", "social_isolation", "violence_sexual"]),

    ("t19-en-15", "en", """
{PER:Sara Tesfaye}: Hello, I am {PER:Sara}, {PER:Meron} gave me this number. I need help |
staff: Hi {PER:Sara}, this is {PER:Olivia} from the women's service. What's happening? |
{PER:Sara Tesfaye}: I have pain when I pee and a sore. the man did not use condom. I have no GP |
staff: You can go to the sexual health clinic without a GP and without papers. It's free. Do you want me to book you in? |
{PER:Sara Tesfaye}: yes please. I am afraid they send me to Home Office |
staff: They won't. The clinic doesn't share anything. My colleague {PER:Hiwot} speaks Tigrinya and can come |
{PER:Sara Tesfaye}: thank you. {PER:meron} said {PER:Hiwot} is very kind |
staff: Booked: Friday 10am, {LOC:Whitworth Street}. Your clinic number is {ID:MSH 661205} |
{PER:Sara Tesfaye}: and I can get the medicine the same day? |
staff: Yes, they usually treat straight away. Bring {PER:Meron} if you like
""", ["sti_care", "access_to_care"]),

    ("t19-en-16", "en", """
{PER:ellie}: morning {PER:jas}. day 30 today 🎉 |
{PER:jas}: 30 DAYS {PER:ellie}!!! no gear at all? |
{PER:ellie}: nothing. just the methadone from Dr {PER:Patel} at the clinic on {LOC:Chapeltown Road} |
{PER:jas}: so proud of u. remember when {PER:Wayne} was dealing to u outside the hostel |
{PER:ellie}: dont. {PER:wayne} still texts me. i blocked him and {PER:Dean} |
{PER:jas}: good. {PER:Moira} at the harm reduction place said the first month is the hardest |
{PER:ellie}: its been hard. the nights mostly. i go to NA with {PER:Kerry} on thursdays |
{PER:jas}: and the kids? |
{PER:ellie}: contact with {PER:Lily} and {PER:Mason} on saturday, supervised. first time in a year |
{PER:jas}: ur gonna smash it. text me after x |
{PER:ellie}: will do. love u {PER:jassy}
""", ["addiction", "family_relations", "self_esteem"]),
]


# ---------------------------------------------------------------- Darija in Latin letters (20)
STORIES += [
    ("t19-ary-01", "ary", """
{PER:khadija}: salam a {PER:salma}, fin nti ? |
{PER:salma}: ana f {LOC:hay Mohammadi} 3nd {PER:bouchra}, chno wa9e3 |
{PER:khadija}: l'police chedo {PER:latifa} lbar7 f {LOC:bd Zerktouni}, 9alo liha fassad w dawha l commissariat |
{PER:salma}: wach drbouha ? |
{PER:khadija}: wa7d fihom 3ti liha tarf, w khdaw liha 500 dh mn sac dyalha. {PER:latifa} katbki bzaf |
{PER:salma}: 3ayti l {PER:Fatiha} dyal jam3iya, hiya 3arfa l'avocat {PER:Benjelloun} |
{PER:khadija}: 3ayt liha, 9alt ghadi tji m3a {PER:Najat} l commissariat daba |
{PER:salma}: mzyan. ya {PER:khadija} 9oli l {PER:latifa} matsaynich chi papier ma9rahch |
{PER:khadija}: wakha. {PER:bouchra} fin hiya ? |
{PER:salma}: m3aya, ghadi nmchiw jouj l commissariat. ma ghadi nkhaliwhach bo7dha, hadi hiya l'entraide
""", ["police_harassment", "violence_economic", "peer_support"]),

    ("t19-ary-02", "ary", """
- salam, smiti {PER:Hind}, {PER:Meryem} 3tatni had numero. bghit ndir test dyal sida |
- Marhba {PER:Hind}, ana {PER:Sanae} mn ALCS. l'test b flouss ? la, bla flouss w sirri |
- fin ? ana sakna f {LOC:Sidi Moumen} |
- 3andna local f {LOC:derb Sultan}, {LOC:zn9a 12, ra9m 7}. lkhmiss mn 10 l 4 |
- wach ghadi ysewlouni 3la chi 7aja ? ana khdama f l'villa w mkhay3a |
- la, ghir ism l'awel, w ila bghiti tbeddlih. {PER:Youssra} ghadi tkon m3ak f l'counseling |
- wakha. {PER:Meryem} 9alt liya dart l'test l'3am li fat w kolchi mzyan |
- ah {PER:meryem} katji dima. dabba kayn ta l'test dyal syphilis w l'hepatite |
- ila tla3 positif chno ndir ? |
- kayn dwa w kayn tebi3 m3a dr {PER:Alaoui}, w {PER:Youssra} ma ghadich tkhalik bo7dek. 3andek amal |
- safi ana jaya lkhmiss, m3a {PER:Meryem} |
- ntsannawk a {PER:Hind} 🌸
""", ["hiv_sti_testing", "access_to_care"]),

    ("t19-ary-03", "ary", """
Message transféré de {PER:Rkia} : |
« ya bnat, 3ndkom m3a wa7d smito {PER:Hamid} l'mol taxi l'abyad, kay9ol ana {PER:Rachid}. |
dda {PER:Zoubida} l'{LOC:Agdal} w ma khelsach, w drbha 7it tlbat flousha. {PER:Zoubida} daba f sbitar. |
ila chaftih 3ayto l {PER:Hayat} : {PHONE:06 62 17 48 93}. » |
{PER:Nezha}: 3la 7ssabi hada howa li dar nafs l7aja l {PER:Jamila} f rmdan |
{PER:Rkia}: iyeh howa. {PER:jamila} 3arfa numero dyal taxi |
{PER:Nezha}: khasna ndiro chikaya, machi ghir nsktu |
{PER:Rkia}: {PER:Hayat} mchat m3a {PER:Zoubida} l procureur lyoum, ra9m chikaya {ID:2025/3104/118} |
{PER:Nezha}: lah ykoun m3aha. ghadi ndoz nchofha m3a {PER:Ghizlane} f l3chiya |
{PER:Rkia}: dio liha chi 7ajja takoulha, rahma mn 3nd lah ila rj3at l dar
""", ["violence_physical", "violence_economic", "legal_support"]),

    ("t19-ary-04", "ary", """
12/01/2025 20:14 - {PER:Imane}: {PER:naima} wach wslti l dar ? |
12/01/2025 20:20 - {PER:Naima B}: la mazal, ana f {LOC:Takadoum} 3nd mmi {PER:Rabia} |
12/01/2025 20:21 - {PER:Imane}: kifach {PER:ayoub} ? |
12/01/2025 20:25 - {PER:Naima B}: l7amdoulah, lyoum dda l vaccin. walakin l'ecole bghaw kounach l7ala l madaniya, w bbah ma bghach y3trf bih |
12/01/2025 20:26 - {PER:Imane}: {PER:Abdelkrim} ? ba9i kayankr ? |
12/01/2025 20:28 - {PER:Naima B}: iyeh, kay9ol machi wldi. l'avocate {PER:Rachida Tazi} 9alt ndir da3wa dyal l'nasab w test ADN |
12/01/2025 20:30 - {PER:Imane}: w l'jam3iya t3awnk f l'masarif ? |
12/01/2025 20:33 - {PER:Naima B}: iyeh, si {PER:Mustapha} dyal l'jam3iya 9al ghadi y7ell lih dossier, numero {ID:AS-2025-0442} |
12/01/2025 20:34 - {PER:Imane}: lah ysahel a {PER:naima}. {PER:ayoub} ghadi ykoun 3ndo smiya w ydkhol l'ecole |
12/01/2025 20:36 - {PER:Naima B}: amin. hadi hiya l'7aja li kankhaf 3liha kter mn kolchi
""", ["civil_documents", "family_law"]),

    ("t19-ary-05", "ary", """
Note vocale (transcription, {PER:Karima}, 1:40) : |
« Alo a {PER:Widad}, ana {PER:Karima}. Sme7li ma jitch l'atelier dyal lkhiyata lbar7. |
{PER:Abdou} rj3 mn Italia w 9al liya ila mchiti l chi blasa ghadi nherres lik rasek. |
Dar lia ta l'portable f lma w ghlq 3liya lbab dyal lbit, ma khrjt 7ta sb7. Ana khayfa 3la {PER:Wiam} w {PER:Soufiane}. |
{PER:Hasna} jarti sm3at kolchi, hiya li 3ayt liha mn telephone dyalha {PHONE:+212 6 71 35 90 24}. |
Bghit nmchi l centre d'écoute, wach Lalla {PER:Amina} mazal temma ? Ila bghiti tjawbini 3ayti l {PER:Hasna}, machi liya. » |
{PER:Widad}: a {PER:karima} ana jaya m3a {PER:Amina} daba l 3nd {PER:Hasna}. ma t7llich lbab l {PER:abdou} |
{PER:Widad}: {PER:Hasna} wach {PER:Karima} m3ak ? |
{PER:Hasna}: iyeh, m3aya hna f {LOC:hay Nahda}
""", ["violence_physical", "violence_psychological"]),

    ("t19-ary-06", "ary", """
{PER:btissam}: wa {PER:houda} chofti l'annonce dyal l'formation f l'coiffure ? |
{PER:houda}: la, fin ? |
{PER:btissam}: l'jam3iya f {LOC:Gueliz}, 6 chhour, w kay3tiw 3 diplome. {PER:Samira} tsajlat |
{PER:houda}: ana ma 3ndich niveau, w9eft f 6eme |
{PER:btissam}: machi mouchkil, lalla {PER:Saida} l'formatrice 9alt ma khassch chi niveau. ghir CIN |
{PER:houda}: CIN dyali tsalat, ra9m {ID:EE 394817}, khassni njdedha |
{PER:btissam}: {PER:Ilham} dyal l'accueil t3awnk f l'moqata3a, 9alt liya hadi sahla |
{PER:houda}: safi. walakin chkoun ghadi ychof {PER:rayane} ? |
{PER:btissam}: kayna 7adana f nafs l'blasa. ana 7ta ana ghadi nsjl, ghir bach nkhrj mn had l7ala |
{PER:houda}: w ila 9drt ndir salon dyali nhar ? |
{PER:btissam}: kolchi momkin a {PER:houda}. {PER:Samira} dart micro-credit m3a {PER:Nadia} w 7allat mahal f {LOC:Daoudiate} |
{PER:houda}: wakha, ghda nji m3ak 📝
""", ["vocational_training", "civil_documents", "income_employment"]),

    ("t19-ary-07", "ary", """
Rappel automatique ALCS : Salam {PER:Touria}, 3andek mou3ada m3a dr {PER:El Amrani} nhar 15/06 m3a 9h. |
Dossier {ID:MK-HIV-07731}. Ila ma9drtich tji, 3ayti l {PHONE:05 24 30 91 66}. |
{PER:Touria}: choukran. ana jaya. wach ghadi y3tiwni dwa dyal 3 chhour ? |
ALCS: Salam {PER:Touria}, iyeh ila kanat l'analyse mzyana. {PER:Asmae} ghadi tchofk 9bel l'tbib. |
{PER:Touria}: mzyan. ma bghitch {PER:Hassan} ychof lboita f dar, kaykhbbi kolchi |
ALCS: Fhemnak. {PER:Asmae} t9der t3tik boita bla ism. |
{PER:Touria}: choukran bzaf. wa7d l3am hadi kont baghya nmot, daba kan7ss rasi mzyana |
ALCS: {PER:Asmae} 3arfa, w {PER:Zahia} tsalam 3lik, hiya li kant m3ak f l'groupe |
{PER:Touria}: sallmi 3la {PER:Zahia}, lah yrham walidin kom
""", ["hiv_care", "self_esteem"]),

    ("t19-ary-08", "ary", """
{PER:Mariam Koné}: bonsoir {PER:Ghita}, c'est {PER:Mariam} l'ivoirienne |
{PER:Ghita}: salam {PER:Mariam}, labas ? |
{PER:Mariam Koné}: pas bien. mol dar Haj {PER:Brahim} a jeté nos affaires dehors, moi et {PER:Aminata} |
{PER:Ghita}: wach 3tah l'kra ? |
{PER:Mariam Koné}: oui on a payé 1500 dh mais il dit que les voisins disent qu'on fait le travail. il a tapé {PER:Aminata} avec la porte |
{PER:Ghita}: fin ntoma daba ? |
{PER:Mariam Koné}: devant la maison, {LOC:hay Lqods}, avec bébé {PER:Grace} et les sacs |
{PER:Ghita}: ok. {PER:Fanta} 3ndha bit khawya f {LOC:Oulfa} ghir l had l'ousbou3. ghadi n3ayt liha |
{PER:Mariam Koné}: merci ma sœur. les gens ici disent "l'azzia" et ils crachent |
{PER:Ghita}: hadak l3onsoriya, machi ntoma li ghaltin. ghda nmchiw l'avocate {PER:Siham} |
{PER:Mariam Koné}: d'accord. {PER:aminata} dit merci aussi
""", ["housing", "stigma_discrimination", "violence_physical"]),

    ("t19-ary-09", "ary", """
[23:05] {PER:sanaa}: ya {PER:kawtar} ila chfti {PER:hajar} 9olha t3ayt liya |
[23:06] {PER:kawtar}: chno wa9e3 ? |
[23:07] {PER:sanaa}: mchat m3a {PER:l3arbi} w {PER:simo} l chi villa f {LOC:Anza} w ma rj3atch, telephone ma5douma |
[23:09] {PER:kawtar}: {PER:simo} dak l7mar li kaybi3 l'7chich ? |
[23:10] {PER:sanaa}: iyeh. {PER:hajar} kant 3ndha ghir 19 3am |
[23:31] {PER:kawtar}: {PER:Zakia} 9alt liya chaftha lbar7 f {LOC:Talborjt} |
[23:40] {PER:hajar}: ana hna. sme7 liya, ghlqo 3liya f lbit w 3ttawni chi 7aja f lkass, ma 3qlt 3la walo |
[23:41] {PER:sanaa}: a {PER:hajar} !!! fin nti daba ? |
[23:43] {PER:hajar}: f l'mahatta, {PER:l3arbi} khda lia telephone w lflous |
[23:44] {PER:sanaa}: bqay temma, ana jaya m3a {PER:Zakia}. ghadi nmchiw l sbitar, kayn dwa l9bal 72 sa3a, w {PER:Loubna} dyal l'jam3iya t3awnk f chikaya
""", ["violence_sexual", "hiv_prevention", "peer_support"]),

    ("t19-ary-10", "ary", """
- salam {PER:Rahma}, labas 3lik ? |
- l7amdoulah a {PER:Nora}. lyoum 3andi farah kbir, {PER:Yasmine} bnti nj7at f l'bac |
- mabrouk !!! 3la slamtha |
- kont khayfa, {PER:Yasmine} kant 3arfa chno kandir w ma bghatch tkalmni 3amayn |
- w daba ? |
- lbar7 jat 3ndi w 9alt liya "mama nti drti kolchi bach nkml 9raiti". bkit bzaf |
- hadi rahma mn 3nd lah. w {PER:Anas} ? |
- {PER:Anas} mazal sghir, 3ndo 12. {PER:Yasmine} ghadi t9ra l'infirmerie f {LOC:hay Riad} |
- ya rebbi. w nti baghya tbeddli l'khedma ? |
- iyeh, {PER:Fouzia} 3erdat 3liya nkhdm m3aha f traiteur dyalha. ghir nssali had chhar |
- lah ykml 3lik a {PER:Rahma}. sllmi 3la {PER:yasmine} w {PER:anas} |
- w nti sllmi 3la {PER:Hicham} 🌹
""", ["family_relations", "self_esteem"]),

    ("t19-ary-11", "ary", """
Groupe « Bnat Lwad » (5) |
{PER:Souka}: bnat lyoum l'police jaw l {LOC:Beni Makada} 3la 11 w chdo {PER:Wafae} w {PER:Ibtissam} |
{PER:Maha}: 3lach ? ma kanch 3ndhom ta chi 7aja |
{PER:Souka}: 9alo "tahrid 3la l fassad". wa7d l'boulisi 9al l {PER:Wafae} ila ma 3titnich 1000 dh ghadi nkteb fik mahdar |
{PER:Latifa R}: hadak howa {PER:Zrouta}, dima kaydir hakka |
{PER:Maha}: khassna nsjlo kolchi. l'jam3iya 3ndha l'avocat {PER:Bouazza}, {PER:Chaimae} 3arfah |
{PER:Chaimae}: iyeh 3ayt lih, ghadi ymchi l commissariat ghda sba7 m3a l'famille dyal {PER:Ibtissam} |
{PER:Souka}: w {PER:Wafae} 3ndha l'bnt sghira, chkoun m3aha ? |
{PER:Latifa R}: {PER:Nisrine} khtha |
{PER:Maha}: wakha. ghda ga3 mina nmchiw l commissariat, ma nkhaliwhomch
""", ["police_harassment", "violence_economic", "peer_support"]),

    ("t19-ary-12", "ary", """
Appel manqué : {PER:Omar} ({PHONE:+212 6 48 22 71 05}) 21:30 |
Appel manqué : {PER:Omar} ({PHONE:+212 6 48 22 71 05}) 21:34 |
Appel manqué : {PER:Omar} ({PHONE:+212 6 48 22 71 05}) 21:41 |
{PER:Omar}: 3lach ma katjawbich ya {PER:zineb} ? ghadi nji l dar dyal mmak w nfdh kolchi |
{PER:Omar}: nwerri l {PER:Zineb} l'tsawer l khoutha. hadi akhir merra |
{PER:Zineb}: (l {PER:Amal}) 3awd bda. ana khayfa. ghadi yji l {LOC:derb Lihoudi} |
{PER:Amal}: ma tjawbihch. dir captures d'écran l kolchi. ghda nmchiw l'centre d'écoute, {PER:Saadia} temma |
{PER:Zineb}: chkoun ghadi ysdd9ni ? ghadi y9olo nti li kharja f lil |
{PER:Amal}: had chi smito tahdid w ibtizaz, 9anoun 103-13 kaydafe3 3lik. 3andk l7a9 |
{PER:Zineb}: wakha. 3afak j m3aya, ma9drch bo7di |
{PER:Amal}: ana m3ak, w ta {PER:Kenza} ghadi tji
""", ["violence_psychological", "rights_awareness", "legal_support"]),

    ("t19-ary-13", "ary", """
accueil: salam {PER:Fatima-Zahra}, hna l'accueil dyal l'jam3iya. l'psychologue {PER:Dounia Berrada} tlbat nbeddlo l'mou3ada l lkhmiss |
{PER:Fatima-Zahra}: wakha. ana ma bghitch nw9ef, daba kan3ss mzyan |
accueil: mzyan bzaf. ch7al hadi ma jatek l'crise ? |
{PER:Fatima-Zahra}: chi 3 simanat. 9bel kont kan7ss b rasi ghadi nmot kol lila, mn nhar {PER:Redouane} khlani w khda {PER:Adam} |
accueil: w {PER:Adam} kayji 3ndk ? |
{PER:Fatima-Zahra}: kol sebt. {PER:Redouane} wlla kaykhlih ydoz m3aya l'weekend, b l7okm |
accueil: hadi khbar zwina. {PER:Dounia} ghadi tfr7 |
{PER:Fatima-Zahra}: 9oli liha ana ba9ya kankteb f l'cahier kima 9alt. w {PER:Meriem} dyal l'groupe 3tatni ktab |
accueil: wakha, ghadi nwsl lha. ila kan chi 7aja 3ayti {PHONE:0522-41-73-09} |
{PER:Fatima-Zahra}: choukran {PER:Khaoula} 🙏
""", ["mental_health", "family_law"]),

    ("t19-ary-14", "ary", """
{PER:aicha}: bonsoir maman {PER:Nicole}, c'est {PER:aicha} la camerounaise |
{PER:Nicole}: bonsoir ma fille. ça va à {LOC:Boukhalef} ? |
{PER:aicha}: machi mzyan. {PER:Patrick} me dit que je dois encore 20 000 dh pour le voyage, sinon il appelle ma mère à Douala |
{PER:Nicole}: tu as déjà payé combien ? |
{PER:aicha}: tout ce que je gagne depuis un an. il garde mon passeport et il m'envoie chez les clients avec {PER:Clarisse} et {PER:Esther} |
{PER:Nicole}: ça c'est la traite ma fille, ce n'est pas une dette. {PER:Hamza} de l'association peut t'aider, il a aidé {PER:Nadège} l'an dernier |
{PER:aicha}: ana khayfa mn l'police, ils vont me refouler à la frontière |
{PER:Nicole}: {PER:Hamza} connaît une avocate, maître {PER:Benali}, elle protège les victimes. écris-lui sur {EMAIL:hamza.tng(at)sabil-test(dot)ma} |
{PER:aicha}: {PER:Clarisse} veut venir aussi |
{PER:Nicole}: venez toutes les deux dimanche à l'église, papa {PER:Roger} vous attendra. safi ? |
{PER:aicha}: wakha, safi. choukran bzaf maman
""", ["trafficking", "legal_support"]),

    ("t19-ary-15", "ary", """
04/03/2025 18:02 - {PER:Nawal}: salam a {PER:ilham}, l'jalsa dyal tala9 kant lyoum f Fès |
04/03/2025 18:03 - {PER:Ilham Idrissi}: w chno 9al l9adi ? |
04/03/2025 18:06 - {PER:Nawal}: l7okm b tala9 l chi9a9. {PER:Driss} khasso y3ti nafaqa 1200 dh f chhar l {PER:Salma} w {PER:Yahya} |
04/03/2025 18:07 - {PER:Ilham Idrissi}: mabrouk !!! w l7adana ? |
04/03/2025 18:09 - {PER:Nawal}: 3ndi ana. khoya {PER:Abdessamad} kan m3aya f l'mahkama, howa li bdl rayo 3liya daba |
04/03/2025 18:10 - {PER:Ilham Idrissi}: {PER:abdessamad} ? li kan 9al ma b9itich khtu ? |
04/03/2025 18:12 - {PER:Nawal}: iyeh howa. chaf {PER:Driss} kifach kaydrbni 9damo w fhem |
04/03/2025 18:13 - {PER:Ilham Idrissi}: l'avocate {PER:Hafsa} dart khdma zwina. ra9m l'malaf ? |
04/03/2025 18:15 - {PER:Nawal}: {ID:1627/2024/410}. ghadi ndfe3 lih l'copie l'jam3iya |
04/03/2025 18:16 - {PER:Ilham Idrissi}: nti btala a {PER:nawal} 💪 |
04/03/2025 18:17 - {PER:Nawal}: ghir b fadl {PER:Hafsa} w nti w {PER:Souad}
""", ["family_law", "legal_support", "family_relations"]),

    ("t19-ary-16", "ary", """
- salam {PER:Asmaa}, ana {PER:Rachida} mn {LOC:Borj Moulay Omar}. {PER:Hanae} 3tatni numero dyalk |
- salam {PER:Rachida}, marhba. kifach n9der n3awnk ? |
- mn nhar tsdd l'bar fin kont khdama ma b9a 3ndi walo. lkra ma khlsthach, w {PER:Ouiam} w {PER:Bilal} kaybato bla 3cha |
- sme7 liya 3la had l7ala. l'jam3iya kat3ti 9ffa kol jem3a, fiha d9i9, zit, sukar w 7lib |
- fin ? |
- f {LOC:zn9a Rouamzine}, 7da l'hammam, mn 10 l 12. goul ghir smitk l {PER:Mbarka} |
- wach khass chi wra9a ? |
- la, walo. w kayn ta bons dyal l'marché l drari sghar. si {PER:Lahcen} kaywzze3hom |
- lah ykhlef 3likom. {PER:Hanae} 9alt liya ntoma ma kat7kmoch 3la nass |
- hadi hiya l'khedma dyalna. w ila bghiti n9lbo lik 3la chi khedma, {PER:Soumia} kat3awn f l'CV |
- iyeh bghit. jem3a ghadi nji m3a {PER:Hanae}
""", ["food_security", "income_employment"]),

    ("t19-ary-17", "ary", """
SMS mn {PER:Loubaba} l khtha {PER:Sara}, bla jawab : |
lithnin 22:10 — a {PER:sara} 3afak jawbini, ghir kelma wa7da |
lithnin 23:45 — 3arfa bli baba 9al liya ma b9itich bntu, walakin nti khti |
tlat 07:30 — ana f {LOC:hay Al Qods} f Oujda, bo7di f bit sghira. ma kan3ref 7ta wa7d hna |
tlat 21:02 — lyoum 9lbt 3la khedma f {LOC:café Andalous}, l'patron {PER:Miloud} 9al ma kayn walo |
larb3 00:15 — kanchof tsawer dyal {PER:Rim} w {PER:Ziyad} f facebook, kbro bzaf. twa7chthom |
larb3 19:40 — l'asso dyal {PER:Malak} 3rdat 3liya nji l groupe dyal l3yalat, walakin kan7chem |
lkhmis 22:30 — 9olli l mama bli ana labas. w ila jat chi nhar bghat tsme7 liya, ana hna |
lkhmis 23:58 — jawab mn {PER:Sara} : {PER:loubaba} ana hna. baba ma 3arfch bli kankteb lik. ghda n3ayt lik mn telephone dyal {PER:Najoua} |
jem3a 00:02 — {PER:Loubaba}: kan7ess b farah kbir, choukran a khti
""", ["social_isolation", "family_relations"]),

    ("t19-ary-18", "ary", """
Groupe « Pairs Souss » (4) |
{PER:Fadma}: salam l'équipe, lbar7 wzze3t 300 capote w 50 gel f {LOC:Dcheira} m3a {PER:Itto} |
{PER:Itto}: w drna sensibilisation l 12 bnat, {PER:Hadda} w {PER:Tuda} tlbo PrEP |
{PER:Brahim}: mzyan bzaf. {PER:Hadda} 3ndha rendez-vous m3a dr {PER:Ouhammou} lkhmiss ? |
{PER:Fadma}: iyeh, w {PER:Tuda} ghadi tji m3aha. hadi awel merra tchouf tbib |
{PER:Latifa Ait}: wach ba9i 3ndkom stock ? f {LOC:Inezgane} salaw capotes lbar7 |
{PER:Brahim}: ghadi nsifet lik kartona m3a {PER:Lahoucine} ghda |
{PER:Itto}: {PER:Fadma} 9alt wa7da mn lbnat, {PER:Mimouna}, kliyan 7iyed lih capote bzz. 3tinaha l'adresse dyal TPE |
{PER:Fadma}: iyeh, mchat l sbitar w bdat l'traitement 9bel 48 sa3a |
{PER:Latifa Ait}: bravo 3likom a bnat, hadi hiya l khedma dyal les pairs
""", ["hiv_prevention", "peer_support", "violence_sexual"]),

    ("t19-ary-19", "ary", """
moi: salam {PER:Ghizlane}, hna {PER:Kenza} mn l'jam3iya. wach l9iti l'bitaqa ? |
{PER:Ghizlane}: la walo. CIN dyali tsar9at m3a sac f {LOC:souk Lalla Yeddouna} |
moi: wakha. khassek tmchi l commissariat tdiri tasri7 b dia3, 3ad l'moqata3a |
{PER:Ghizlane}: wach 3a9lti 3la numero dyalha ? |
moi: iyeh, kayn f dossier dyalk : {ID:C 418962} |
{PER:Ghizlane}: choukran. walakin l'police ghadi y3rfo chno kandir |
moi: tasri7 b dia3 3adi, ma kaysewlouch 3la l'khedma. {PER:Hafida} ghadi tmchi m3ak |
{PER:Ghizlane}: w ila tlbo chi numero dyal telephone ? numero jdid dyali {PHONE:06 29 58} w lba9i {PHONE:41 03}, ma kamlch 3ndi f tete |
moi: ha ha safi, ghadi nsifto lik f SMS. {PER:Hafida} tsnak f {LOC:Batha} m3a 10 |
{PER:Ghizlane}: wakha. sllmi 3la {PER:Nouhaila} w {PER:Rania} |
moi: ywsal. jibi ta l'extrait d'acte de naissance dyal {PER:Aya} ila 3ndk
""", ["civil_documents"]),

    ("t19-ary-20", "ary", """
Note vocale (transcription, {PER:Sihame}, 2:05) : |
« Salam {PER:Noureddine}, ana {PER:Sihame}. Bghit n9ol lik bli lyoum kamlt chhar bla karkoubi w bla chrab. |
Kont kanchrb bach nkhdm f lil, w {PER:Jalal} kan kaybi3 lia l'pills f {LOC:Ain Sebaa}. Daba ana f l'centre dyal l'addiction f {LOC:hay Hassani}, |
dr {PER:Lamrani} kaychofni kol jem3a w {PER:Asmaa} dyal l'groupe kat3ayt lia kol lila. |
Kaynin liyam s3ab, walakin kanchouf chwiya dyal noor f lakher dyal triq. Ila bghiti tjawbni, ana jaya l local lkhmiss m3a {PER:Ikram}. » |
{PER:Noureddine}: a {PER:sihame} ma3rftch chno n9ol, fr7t lik bzaf. chhar kamel ! |
{PER:Noureddine}: {PER:Ikram} 9alt liya hadi awel merra tsberi |
{PER:Noureddine}: ghadi nwjjd lik l'café lkhmiss, w ila bghiti {PER:Rkia} tkallem m3ak 3la l'formation
""", ["addiction", "self_esteem"]),
]

def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train19.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
