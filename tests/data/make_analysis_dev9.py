"""Generate tests/data/analysis_dev9.jsonl, development set 9 (formerly blind set 8).

Written on 2026-12-01 by the blind writer ``blind8`` from the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels), the description of the method
(shared/design/msc-method.md), the file names of shared/context/ (and the
opening of the CHAMS capitalisation sheet, 003_*.txt, for the setting only)
and the kinds of personal data listed in the writer's brief, WITHOUT reading
the analysis engine, its pattern lists, its tests or the stories of any other
evaluation set. Only the module docstring (format and marking conventions)
and the helper functions of make_analysis_blind7.py, the scoring harness
(tests/nlp_scoring.py) and this set's test model (test_nlp_blind7.py) were
read, so that blind sets 7 and 8 are comparable (a grep for the layout of
make_analysis_blind7.py also showed the lines closing its stories, i.e. its
gold theme lists, and one line of one story, but no story was read). It is
to be scored ONCE; never tune the engine on it (once it has been used for
tuning it is no longer blind, and a new blind set must be written).

The 60 stories below are fictional (no real person; street, neighbourhood and
village names are real or plausible places, people, numbers and addresses are
invented): 24 French, 14 English, 12 in Arabic script (6 Modern Standard
Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10 SMS/WhatsApp
messages in Latin letters (6 Darija mixed with French, lang "ary"; 4 French
SMS, lang "fr"), so the languages count fr 28, en 14, ar 6, ary 12. Each
story is 80-250 words and carries 1-3 gold themes. Registers: survivor's
accounts, facilitator's notes, Q/R (Q/A, س/ج) transcripts, transcribed voice
notes, letters, minutes of talking groups, e-mails, referral forms, WhatsApp
threads (two with the sender's name on every line, the others with names
only at the start or none). Settings: Bordeaux and its metropolitan area,
Toulouse, Casablanca, Rabat, Salé, Marrakech, Agadir, Tanger, Fès, Meknès,
Oujda, Beni Mellal and villages of the Souss and the Haouz; storytellers and
the people around them from Morocco (Arab and Amazigh), Algeria, Tunisia,
Senegal, Mali, Côte d'Ivoire, Nigeria, Ghana, Togo, Cameroon, DR Congo,
Haiti, Romania, Bulgaria, Ukraine, Brazil, Peru, Venezuela, China, Vietnam,
Thailand, the Philippines, France, Spain and Portugal.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, list items and
message lines).

Marking conventions: exactly those of blind sets 4 to 7 (as restated in
make_analysis_blind7.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, Mlle, M., Maître, Me, Dr, Docteur, Mrs, Mr, Ms, Sister,
  Auntie, Mama, Tata, Lalla, Hajja, Si, khalti, السيدة, لالة, الحاجة, in
  any case), nor an SMS vocative or presentative (« wa », « a », « c »,
  « moi c »), nor an Arabic proclitic; every occurrence, lowercase SMS names
  included; initials are names (« K. D. », « Ruxandra P. » are one span
  each); particles (Ben, El, Ait, Ou, da, de, dos, Nguyen Thi) are inside. A
  name that is also a common word is PER only when it names a person.
- LOC: cue plus name (rue, avenue, cours, quai, place, allée, impasse,
  résidence, quartier, cité, hay, derb, douar, café, hôtel, bar, salon,
  hammam, snack, حي، دوار، زنقة، شارع، درب، مقهى، حمام), without the article
  or preposition before it; a numbered address runs from the number to the
  end of the street name, with building/flat details joined by a comma
  inside; bare neighbourhood and village names alone. Streets and venues
  named after people are LOC, not PER, and the person's name inside them is
  not a separate PER. Not marked: large cities, countries, regions, communes
  of a metropolitan area (Talence, Cenon, Lormont, Villenave-d'Ornon,
  Aït Melloul, Mohammedia, Salé), generic places.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number given in pieces is one span per written piece;
  emergency and free national numbers (here 115, 3919, 8350) are not
  marked; numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form);
  never the brackets or parentheses around it, nor a full stop after it.
- ID: the number only, not its cue (CIN, AGDREF, récépissé, UNHCR, passport,
  dossier, n°, numéro, number, no., رقم), with the letter prefixes, inner
  spaces, hyphens and slashes that belong to it. Ages, dates, amounts,
  prices, percentages, years, times, room numbers and bus/tram lines are not
  IDs.
- Hard negatives left unmarked: institutions named after people or saints
  (hôpital Pellegrin, hôpital Saint-André, CHU Mohammed VI, hôpital
  Moulay Youssef, lycée Montesquieu, Charles Perrens hospital, Ibn Rochd
  hospital, Mohammed V military hospital, مستشفى ابن الخطيب, مستشفى الحسن
  الثاني, المستشفى محمد الخامس, مدرسة ابن بطوطة), organisations, services,
  chains and programmes (La CASE, POPPY, ALCS, Médecins du Monde, Secours
  populaire, Cimade, CeGIDD, CSAPA, CAARUD, CCAS, CAF, CPAM, SIAO, CNSS,
  France Travail, Planning familial, Entraide Nationale, Carrefour,
  التعاون الوطني, الأمن الوطني), big cities and countries, communes,
  months, feasts, tram and bus lines, rooms, emergency numbers, ages,
  dates, times, amounts, percentages, prices, years, a kinship word used
  alone, and words that are also names used as common words.

Cases this set adds, marked in the same spirit:
- A phone number followed by « poste 12 » (an extension) is marked without
  the extension; a number dictated « 06 61 » then « 23 45 67 » in two
  messages is two spans.
- An e-mail address written « nom [at] domaine [dot] com » is one span over
  the whole written form.
- A number after « reçu n° » or « ticket n° » of an administration (a
  prefecture receipt, a file receipt) is ID; a queue ticket number at a
  counter (« ticket 47 ») is not.
- A hammam, a bakery or a pharmacy named as the place where someone lives,
  works or is met (« hammam Nejma », « boulangerie Les Délices »,
  « pharmacie du Derb ») is LOC with its cue; a chain or a public service
  (« Carrefour », « la CAF ») is not.
- « Rose » the woman is PER beside « rose » the colour; « Fleur » beside
  « fleur »; « Nour » the woman beside « النور »/« nour » as light;
  « Chance » the man beside « chance » as luck.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  python3 tests/data/make_analysis_dev9.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set  # the shared helpers (tests/data/gold_marks.py)

ROWS = 60
PREFIX = "b8-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---- French (24) ----
STORIES += [
("b8-fr-01", "fr", """
Notes de l'animatrice, permanence de La CASE, Bordeaux, 14 octobre. {PER:Blessing Omoregie}, 27 ans,
est arrivée par l'Espagne. Une femme qu'elle appelait « Madame {PER:Osagie} » lui réclamait 35 000 euros
pour le voyage et gardait son passeport. Elle travaillait chaque nuit sur le {LOC:quai de Brazza} et
dormait dans un appartement au {LOC:17 rue Camille-Godard, bâtiment B, 3e étage}, avec quatre autres filles.
Le 2 octobre, elle a appelé le 115 puis notre ligne. Avec Maître {PER:Hortense Labarthe}, elle a déposé
plainte pour traite ; le récépissé de dépôt porte le numéro {ID:2026/00871}. Sa demande de titre est
enregistrée sous l'AGDREF {ID:3309214476}. Elle dit : « Avant je comptais ma dette, maintenant je compte les
jours où je suis libre. » Contact de l'avocate : {PHONE:05 56 44 18 92}.
""", ["trafficking", "legal_support", "civil_documents"]),
("b8-fr-02", "fr", """
Récit recueilli par {PER:Ghizlane}, paire éducatrice de l'ALCS à Casablanca. « Je m'appelle {PER:Touria},
j'ai 41 ans. Les policiers du poste près du {LOC:boulevard Zerktouni} me prenaient tout : 200 dirhams,
parfois 500, sinon c'était la garde à vue. Un soir, l'un d'eux a déchiré ma carte, la CIN {ID:BH 482193}, et
m'a dit que je ne valais rien. Au groupe de parole du jeudi, on nous a expliqué nos droits, ce que la police
peut faire et ne peut pas faire. La fois suivante, j'ai demandé son matricule, calmement. Il est parti. Je
n'ai plus donné un dirham depuis juin. Je vis maintenant chez Hajja {PER:Mina}, ma tante, {LOC:derb Sultan},
et je garde sur moi
le numéro de l'avocate de l'association. » Hors récit : l'animatrice note que {PER:Touria} a répété
l'explication à trois autres femmes du {LOC:quartier Maârif}.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
("b8-fr-03", "fr", """
Q : Qu'est-ce qui a changé pour vous depuis un an ? |
R : Le dépistage. Je n'avais jamais fait de test, j'avais trop peur. {PER:Fleur}, de POPPY, m'a
accompagnée au CeGIDD de l'hôpital Pellegrin en tram A, un mardi à 9 h 30. |
Q : Comment ça s'est passé ? |
R : Le médecin, le Dr {PER:Vasquez}, m'a parlé normalement, sans me juger. Le résultat VIH était négatif,
mais j'avais une syphilis. J'ai eu l'injection le jour même. J'ai offert une fleur à {PER:Fleur}, une rose
blanche, pour la remercier. |
Q : Et maintenant ? |
R : Je prends la PrEP et je fais un contrôle tous les trois mois. Si on veut me joindre, c'est au
{PHONE:07.68.21.45.03}, ou par mail {EMAIL:mireille.dorval83@gmail.com}. Je m'appelle {PER:Mireille Dorval},
je viens de Port-au-Prince.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),
("b8-fr-04", "fr", """
Message vocal transcrit (envoyé à l'équipe le 3 novembre). « Bonjour, c'est {PER:Ioana}, {PER:Ioana Dumitrescu}.
Je voulais vous dire que j'ai trouvé un studio. Après l'expulsion de l'{LOC:hôtel Le Médoc Étape}, j'ai dormi
six semaines dans ma voiture sur le parking de Carrefour à Lormont. Mme {PER:Castaing}, l'assistante
sociale du CCAS, a monté le dossier avec moi, et le bailleur a accepté. L'adresse, c'est {LOC:8 allée des
Tulipes, appartement 12}, à Cenon. Le loyer est de 390 euros, la CAF en paie une partie. Pour la première
fois depuis deux ans, je ferme une porte à clé derrière moi. Mon fils {PER:Luca} viendra dormir chez moi
pendant les vacances. Vous pouvez m'appeler au {PHONE:+40 723 518 964}, c'est mon numéro roumain, je le
garde. »
""", ["housing", "family_relations"]),
("b8-fr-05", "fr", """
Compte rendu du groupe de parole, Marrakech, 22 septembre. Présentes : sept femmes, l'animatrice
{PER:Hafsa Ouchen} et la psychologue. {PER:Rkia} a raconté la nuit où un client l'a frappée dans une chambre
de l'{LOC:hôtel Atlas Menara Inn} : côtes cassées, trois jours au CHU Mohammed VI. Elle n'avait parlé à
personne pendant un an. Dans le groupe, {PER:Zahra B.} a dit qu'elle avait vécu la même chose et s'était
relevée. {PER:Rkia} a pleuré puis a ri. Elle a dit : « Je croyais être la seule. » Elle vient désormais chaque
semaine depuis le {LOC:douar Tamesloht}, une heure de route. Elle a accepté de voir la psychologue une
fois par mois. Décision du groupe : une cotisation de 20 dirhams pour payer le transport des femmes qui
viennent de loin.
""", ["violence_physical", "peer_support", "social_isolation"]),
("b8-fr-06", "fr", """
Lettre de {PER:Nadège Kalonji} à l'équipe, écrite à la main. « Chères toutes, vous m'avez vue arriver
en pleurs, avec la lettre de la préfecture qui me refusait le titre. Je n'avais plus rien : mon ancien
compagnon avait pris mon passeport, le passeport congolais n° {ID:OB0472291}. Vous m'avez envoyée chez la
Cimade, qui a fait le recours. Aujourd'hui, j'ai un récépissé, le n° {ID:R33-0098-4412}, valable six mois,
et un rendez-vous à France Travail. Ma fille {PER:Grâce} est inscrite au collège, et grâce à vous je dors
enfin. Je vous laisse mon adresse pour la fête de fin d'année : {LOC:46 cours de la Somme}, chez Mme
{PER:Lemoine}. Et mon courriel : {EMAIL:nadege.kalonji@orange.fr}. Je vous embrasse. »
""", ["civil_documents", "legal_support", "family_relations"]),
("b8-fr-07", "fr", """
Fiche d'orientation — Médecins du Monde vers La CASE. Personne orientée : Mme {PER:Nguyen Thi Hoa}, née en
1989, de nationalité vietnamienne. Motif : douleurs pelviennes, grossesse de huit semaines non désirée,
demande d'IVG. Elle travaille dans un salon de massage, le {LOC:salon Jade Lotus}, {LOC:rue Sainte-Catherine}.
Interprète : M. {PER:Trần Văn Lộc}, joignable au {PHONE:06 45 90 12 77}. Suite donnée : consultation au
Planning familial le lendemain, IVG médicamenteuse à 9 semaines, pose d'un implant ensuite. Mme {PER:Nguyen}
a dit à l'interprète : « Je pensais que sans papiers on ne pouvait pas. » Numéro de dossier médical :
{ID:PF-2026-3381}. Écrire à la coordinatrice : {EMAIL:coordination.orientation@bordeaux.mdm-asso.org}.
""", ["reproductive_health", "access_to_care"]),
("b8-fr-08", "fr", """
« Je suis {PER:Yasmine}, 33 ans, d'Oran. En arrivant à Toulouse j'ai vécu chez un homme qui me faisait payer
le loyer en passes. Il prenait tout l'argent, il disait que je lui devais la nourriture. Je suis partie en
mars, avec un sac. J'ai dormi au foyer, chambre 14, puis {PER:Samia}, une copine du trottoir de l'{LOC:avenue
de Lyon}, m'a présenté la couturière de l'{LOC:atelier Fil d'Or}, au {LOC:3 impasse Saint-Aubin}. Elle m'a
appris la retouche. Aujourd'hui je fais des ourlets pour 8 euros pièce, je gagne 600 euros par mois, et je
n'ai plus personne sur le dos. Mon numéro algérien, si vous voulez mon témoignage pour le film : {PHONE:00213 661
24 78 35}. » Note de l'animatrice : elle souhaite passer un CAP couture en 2027.
""", ["violence_economic", "vocational_training", "income_employment"]),
("b8-fr-09", "fr", """
Entretien de suivi, Rabat, 9 novembre, avec {PER:Meryem El Idrissi}. Elle raconte qu'elle est séropositive
depuis 2019 et qu'elle arrêtait son traitement dès qu'elle se sentait bien. La médiatrice thérapeutique,
{PER:Loubna}, passe la voir chaque mois {LOC:hay Takaddoum}, et lui a appris à ranger ses comprimés dans une
boîte à musique pour que sa logeuse ne les voie pas. Sa charge virale est maintenant indétectable.
« J'ai compris que le VIH ne se voit pas quand on prend son traitement. Je peux garder ma fille {PER:Salma}
chez moi sans peur. » Elle est suivie à l'hôpital Moulay Youssef par le Docteur {PER:Berrada}, dossier n°
{ID:MY/VIH/0457}. Le rendez-vous
suivant est au centre, salle 3, à 10 heures. Téléphone de la médiatrice : {PHONE:06-61-48-20-93}.
""", ["hiv_care", "family_relations"]),
("b8-fr-10", "fr", """
Journal de l'animatrice, maraude du 18 novembre, Bordeaux. Au coin de la {LOC:place Saint-Michel} nous avons
retrouvé {PER:Kadiatou Traoré}, malienne, 45 ans. Elle boit depuis la mort de son fils et ne mange plus.
Elle nous a dit : « La nuit, le vin m'empêche de penser. » {PER:Paulo}, l'éducateur du CAARUD, lui a proposé
un rendez-vous au CSAPA, à vingt minutes en bus 9. Nous l'avons accompagnée le 21. Elle a commencé un suivi
avec une addictologue, le Dr {PER:Ferrand}, et voit une psychologue. Elle a dit ce matin que c'était une
petite victoire d'avoir tenu trois jours. Elle loge au {LOC:foyer Les Remparts}, chambre 6. Numéro à
laisser au CSAPA : {PHONE:0033 7 52 19 84 60}.
""", ["addiction", "mental_health"]),
("b8-fr-11", "fr", """
Extrait du cahier de suivi juridique. Mme {PER:Hanane Bouzidi}, domiciliée {LOC:résidence Al Amal, immeuble 4,
appartement 9}, à Mohammedia. Son mari l'a chassée du domicile en 2025 avec ses deux enfants et refuse de
payer la pension. Avec Me {PER:Souad Benslimane}, avocate partenaire, elle a saisi le tribunal de la famille
de Casablanca : requête de divorce pour discorde, pension alimentaire et garde, affaire n° {ID:1632/2025}.
Le jugement du 14 octobre lui accorde la garde et 1 500 dirhams par mois. Elle dit : « Pour la première fois
une juge m'a regardée comme une mère. » CIN de Mme {PER:Bouzidi} : {ID:T298351}. Cabinet de Me
{PER:Benslimane} : {PHONE:+212 (0)5 22 27 64 18}, {EMAIL:cabinet.benslimane@avocat-casa.ma}.
""", ["family_law", "legal_support", "self_esteem"]),
("b8-fr-12", "fr", """
« On m'appelle {PER:Chance}, j'ai 29 ans, je suis trans, je viens de Douala. Au Cameroun, je n'avais pas la
chance de vivre qui je suis. Ici à Bordeaux, au début, un pharmacien de la {LOC:pharmacie Nansouty} a refusé
de me servir et m'a appelée
"monsieur" devant tout le monde. Je me suis cachée des mois dans ma chambre du {LOC:quartier des
Capucins}. Puis {PER:Dominique}, une paire de POPPY, m'a invitée au groupe du mercredi. Là, personne ne
m'a demandé mon prénom de naissance. Aujourd'hui je fais les permanences avec elle, je parle aux nouvelles,
je leur dis que la honte, ce n'est pas à nous de la porter. » Contact laissé : {EMAIL:chance.ndjock(at)proton.me}
ou {PHONE:+237 6 77 41 92 05}.
""", ["stigma_discrimination", "self_esteem", "peer_support"]),
]
STORIES += [
("b8-fr-13", "fr", """
E-mail reçu le 12 novembre. Objet : merci. « Bonjour l'équipe, c'est {PER:Priscila Alves}, la Brésilienne du
{LOC:bar O Tropical}. Je voulais vous dire que j'ai quitté le bar. Le patron, M. {PER:Ferreira}, gardait la
moitié de nos pourboires et nous menaçait de nous dénoncer à la police. Grâce à l'atelier sur les droits du
travail, j'ai compris qu'il n'avait pas le droit. J'ai trouvé une place de plongeuse dans une cantine
scolaire, 1 350 euros net, avec un vrai contrat. Je suis fière. Ma nouvelle adresse :
{EMAIL:PRISCILA.ALVES.BDX@HOTMAIL.COM}. Mon portable reste le {PHONE:+55 21 98834-5170}. Bisous à
{PER:Maïté} et à toute l'équipe. » Réponse envoyée par {PER:Maïté Etcheverry}, qui l'a mise en lien avec
{PER:Joana dos Santos}, une ancienne bénéficiaire partie à Lisbonne : {PHONE:+351 912 447 038}.
""", ["income_employment", "violence_economic", "self_esteem"]),
("b8-fr-14", "fr", """
Entretien, Tanger, octobre. « Je m'appelle {PER:Fatima-Zohra Amrani}, mais tout le monde dit {PER:Zohra}.
Mes parents m'ont mariée à 16 ans à un cousin de Ksar El Kébir. Quand je suis partie, mon père a dit que
j'étais morte pour lui. Pendant huit ans, personne de la famille ne m'a appelée. L'année dernière, l'ALCS m'a
aidée à faire ma carte nationale, CIN {ID:KB 71305}, et l'acte de naissance de mon fils. Avec le papier, j'ai
osé appeler ma mère. Elle est venue me voir au {LOC:café Hafa}, on a pleuré ensemble. Mon père ne parle pas
encore, mais ma mère vient chaque mois {LOC:quartier Marshan}. » La paire éducatrice
{PER:Imane} ajoute qu'elle a gardé le numéro d'écoute gratuit, le 8350, et qu'elle l'a déjà appelé deux fois.
""", ["violence_psychological", "civil_documents", "family_relations"]),
("b8-fr-15", "fr", """
Notes de {PER:Romane}, infirmière de La CASE, 6 novembre. {PER:Svetlana}, ukrainienne, 38 ans, a été violée
par deux hommes en septembre sous le {LOC:pont Saint-Jean}. Elle n'était pas venue aux urgences : elle
croyait qu'on lui demanderait ses papiers. Elle est venue pour des pertes et des brûlures. Nous l'avons
orientée vers le CeGIDD : chlamydia et gonocoque, traités le jour même ; test VIH négatif, à refaire à trois
mois. Elle a pu parler avec la psychologue. Elle dit qu'elle a enfin dormi une nuit entière. Coordonnées
laissées : {PHONE:+380 67 214 88 09} et {PHONE:07 81 33 42 16}. Elle accepte d'être rappelée par
{PER:Romane} et non par un homme.
""", ["violence_sexual", "sti_care", "hiv_sti_testing"]),
("b8-fr-16", "fr", """
Compte rendu de l'atelier coiffure, Fès, décembre. Six femmes ont terminé la formation de six mois au centre
de l'Entraide Nationale. {PER:Naïma Tazi}, 36 ans, raconte : « Avant je ne savais même pas tenir des
ciseaux. Aujourd'hui je fais les tresses et les brushings au {LOC:salon Lalla Chama}, {LOC:derb Bensouda}.
La patronne, {PER:Khadija Alaoui}, me paie 80 dirhams par jour. » {PER:Naïma} a reçu son attestation,
numéro {ID:EN-FES-2026-118}. Elle veut ouvrir son propre salon avec un micro-crédit de 15 000 dirhams. 80 %
des stagiaires ont trouvé du travail. La
formatrice, Lalla {PER:Batoul}, est joignable au standard {PHONE:0535 64 29 71}, poste 12. Prochaine session
: janvier, salle 2.
""", ["vocational_training", "income_employment"]),
("b8-fr-17", "fr", """
« Mon prénom c'est {PER:Rose}, je suis ivoirienne, je vis à Bordeaux depuis 2021. Pendant deux ans, je
suis restée seule dans ma chambre chez un marchand de sommeil, {LOC:rue des Douves}. Je ne parlais à
personne, je sortais seulement la nuit pour travailler. Un soir, une femme avec un gilet rose, {PER:Awa},
m'a donné des préservatifs et un café. Elle m'a dit : viens jeudi, on mange ensemble. J'y suis allée. Depuis,
le jeudi c'est mon jour. On rit, on parle, on s'entraide pour les papiers. {PER:Awa} m'appelle tous les
dimanches au {PHONE:06 12 98 40 31}. J'ai des amies maintenant, moi qui croyais que la solitude allait me
tuer. »
""", ["social_isolation", "peer_support"]),
("b8-fr-18", "fr", """
Fiche de suivi, Agadir. Nom : {PER:Fadma Oubella}. Âge : 44 ans. Adresse : {LOC:hay Dakhla, bloc C, n° 57},
Agadir. Téléphone : {PHONE:06.70.15.83.42}. CIN : {ID:JB418820}. Situation : expulsée du logement loué à Aït
Melloul en août après trois mois d'impayés ; le propriétaire a jeté ses affaires dans la rue et gardé la
caution de 2 000 dirhams. Elle a dormi avec sa fille au {LOC:hammam Tifawin} où elle fait des
ménages. Actions : colis alimentaires de l'association chaque semaine, orientation vers un logement
partagé avec Mlle {PER:Itto Aït Ali}, une autre bénéficiaire, depuis le 1er octobre. Elle dit : « On a un
toit, on a
du pain. Le reste, on va le chercher. »
""", ["housing", "food_security", "violence_economic"]),
("b8-fr-19", "fr", """
Témoignage lu au comité de sélection, Bordeaux. « Je suis {PER:Lucía Mamani}, péruvienne. Un client m'a
frappée et m'a volé mon sac le 4 août, {LOC:rue Kléber}. La police m'a dit de partir. Avec
{PER:Bérénice}, la juriste de La CASE, j'ai porté plainte au commissariat, en présence d'une interprète.
Plainte n° {ID:02026/BX/014736}. Le procès aura lieu en mars, j'aurai une avocate gratuite, Maître
{PER:Anne-Sophie Ribeiro}. J'ai appris que même sans papiers j'ai le droit de porter plainte. » Contact de
{PER:Lucía} pour le suivi : {EMAIL:lucia.mamani+casa@outlook.es}. Le comité a noté que Mme {PER:Mamani} a ensuite
accompagné une amie au commissariat.
""", ["violence_physical", "legal_support", "rights_awareness"]),
("b8-fr-20", "fr", """
Retranscription d'un message vocal de {PER:Aminata Sow}, 52 ans, Dakar–Bordeaux. « J'ai du diabète et je ne
me soignais pas, pas de carte Vitale, rien. {PER:Christelle} m'a accompagnée à la permanence d'accès aux soins
de l'hôpital Saint-André. On m'a fait un bilan complet, on a trouvé aussi la tension. J'ai eu l'aide médicale
d'État, numéro {ID:331 7720 5583 012} (reçu de dépôt n° {ID:AME-33-260914}, après deux heures d'attente avec
le ticket 47 au guichet de la CPAM). Maintenant j'ai un médecin traitant, le Dr {PER:Moreau},
{LOC:18 rue du Loup}. Je prends mes médicaments. Ma fille à Dakar m'appelle au {PHONE:+221 77 439 62 18},
elle est contente. » Note : {PER:Aminata} souhaite raconter son parcours à d'autres femmes âgées.
""", ["access_to_care"]),
("b8-fr-21", "fr", """
Q : Tu peux me dire ce qui s'est passé avec ton ancien patron ? |
R : Il s'appelle {PER:Aziz}, il tenait le {LOC:snack Le Palmier}, {LOC:avenue Hassan II} à Meknès. Il
m'envoyait chez des clients et gardait l'argent. Quand je refusais, il me frappait et m'enfermait dans la
réserve. |
Q : Comment tu es partie ? |
R : Une paire éducatrice, {PER:Hind}, m'a donné un papier avec le numéro d'une avocate. J'ai fui un matin.
Le procureur a ouvert une enquête, dossier n° {ID:P-3412/26}. |
Q : Et aujourd'hui ? |
R : Je vis chez ma tante au {LOC:quartier Bassatine}. Je fais un stage de pâtisserie. Je n'ai plus peur
de marcher dans la rue. Mon prénom c'est {PER:Wiam}, tu peux l'écrire.
""", ["trafficking", "violence_physical", "legal_support"]),
("b8-fr-22", "fr", """
Note de synthèse du groupe « Mamans », Bordeaux, 25 novembre. Cinq mères ont parlé de leurs enfants placés.
{PER:Thi Lan} a récupéré la garde de son fils {PER:Minh} après huit mois, suite à l'audience chez la juge des
enfants. {PER:Dorcas Mensah}, ghanéenne, a revu ses jumelles pour la première fois à l'espace rencontre du
{LOC:cours Victor-Hugo}. Elle a dit : « Ma fille m'a appelée maman. » La psychologue, Mme {PER:Ortiz},
propose une séance individuelle à chacune. {PER:Dorcas} a laissé son numéro à l'équipe : {PHONE:(+233) 24 551
8890}. Adresse du groupe : {EMAIL:groupe.mamans@lacase-bordeaux.fr}. Aucun nom d'enfant ne sera lu en
comité.
""", ["family_relations", "family_law", "mental_health"]),
("b8-fr-23", "fr", """
Récit de {PER:Ekaterina Petrova}, bulgare, recueilli par {PER:Gaëlle} à la permanence. « Mon compagnon,
{PER:Stoyan}, m'a fait venir de Sliven. Il disait qu'il m'aimait, mais il me vendait à ses amis, il m'obligeait
à faire des choses que je refusais. Il me disait que si je partais, il prendrait mon fils. J'ai parlé à la
psychologue, puis j'ai appelé le 3919. Je suis maintenant dans un appartement protégé, je ne peux pas dire où.
Mon fils va à l'école, lycée Montesquieu, en seconde. » Téléphone sûr : {PHONE:+359 88 612 4307}. Carte
d'identité bulgare n° {ID:645219873}.
""", ["violence_sexual", "violence_psychological", "trafficking"]),
("b8-fr-24", "fr", """
Message écrit par {PER:Djamila} pour le livret des dix ans. « Je suis venue à l'ALCS pour un test, il y a dix
ans, à Oujda. J'étais pleine de honte. La médecin m'a dit : tu n'es pas une maladie, tu es une femme. Je suis
devenue paire éducatrice, j'ai accompagné plus de 300 femmes au dépistage, {LOC:quartier Lazaret},
{LOC:hay Al Qods}, jusqu'au {LOC:douar Sidi Maafa}. Je parle devant les médecins, devant les policiers. Ma
collègue {PER:Hayat Mokhtari} dit que j'ai une voix de ministre. » Contact : {PHONE:+212 6 58 42 09 17},
<{EMAIL:djamila.oujda@alcs.ma}>.
""", ["self_esteem", "peer_support", "hiv_sti_testing"]),
]

# ---- English (14) ----
STORIES += [
("b8-en-01", "en", """
Story told by {PER:Joy Okonkwo}, 24, from Benin City, recorded in Bordeaux. "A woman we called Mama
{PER:Efe} brought me through Libya. She said I owed her 40,000 euros and that the juju would kill my mother if I
ran. I worked every night near the {LOC:Gare Saint-Jean car park}. In May a POPPY outreach worker, {PER:Precious},
gave me a card. I called her three weeks later. Now I have a lawyer, Ms {PER:Claire Dubosc}, and the police
took my complaint, number {ID:BX-26-009173}. Mama {PER:Efe} is under investigation. I am free, and every
morning I thank God for that mercy." {PER:Joy}'s safe line: {PHONE:+33 6 41 27 90 58}.
""", ["trafficking", "legal_support"]),
("b8-en-02", "en", """
Facilitator's notes, Casablanca, 3 November. {PER:Grace Adjei} from Kumasi, Ghana, 31, came to the
drop-in with a swollen eye. Her landlord in {LOC:Hay Mohammadi} had beaten her and locked her in her room for
two days because she was late with 800 dirhams of rent. She managed to call her friend {PER:Abena} from the
window. We took her to the emergency ward of Ibn Rochd hospital. She now shares a room with {PER:Abena} in
{LOC:Derb Ghallef}. She said: "I was sure nobody in this country would help a black woman." Her UNHCR
asylum-seeker certificate, number {ID:332-26C04518}, was returned to her by the landlord after our lawyer
called him. Contact: {PHONE:00212 6 62 91 04 37}.
""", ["violence_physical", "housing", "stigma_discrimination"]),
("b8-en-03", "en", """
Q: What is the most important change for you? |
A: I know my status. For years I was afraid of the test. Sister {PER:Agnes} from the health centre came to
our house in {LOC:Hay Salam} and did it there, with a finger prick, in ten minutes. |
Q: And the result? |
A: Positive. I cried all night. But two weeks later I started treatment at the Mohammed V military hospital.
Now my viral load is undetectable, I take one pill every morning at 8. My daughter {PER:Blessing} is negative. |
Q: Who can we contact for the follow-up? |
A: Me, {PER:Chiamaka Eze}: {EMAIL:chiamaka.eze (at) yahoo (dot) com}, or WhatsApp {PHONE:+234 803 771 2045}.
""", ["hiv_sti_testing", "hiv_care"]),
("b8-en-04", "en", """
Voice note transcribed, from {PER:Marisol Guerrero}, Venezuelan, living in Bordeaux. "Hello Auntie
{PER:Bea}, it's me. I wanted to say thank you for the support group. When I arrived I didn't speak French,
I worked alone in a flat on {LOC:rue Saint-Rémi}, I didn't talk to anyone for months. The group on Tuesday
changed everything. {PER:Valentina} and {PER:Yurany} now come with me to the market, we cook together on
Sundays. I am not alone anymore. Next week I start French classes at the Secours populaire, room 4. You
can send me the photos at {EMAIL:marisol_gue.rrero@gmx.net} or on WhatsApp, my Spanish number {PHONE:+34 612
48 93 07}. Hugs to everyone, and to Auntie too." (Auntie
{PER:Bea} is the group's facilitator.)
""", ["social_isolation", "peer_support"]),
("b8-en-05", "en", """
Referral form, La CASE to the Charles Perrens hospital psychological trauma centre. Name: {PER:Siriporn
Chaiyaphum}.
Nationality: Thai. Date of birth: 12/03/1986. Address: {LOC:54 quai des Chartrons, flat 3B}, Bordeaux. Phone:
{PHONE:07 58 62 14 90}. Reason for referral: nightmares, panic attacks and suicidal thoughts since a client held
her at knifepoint in August. She has not worked since then. She says: "I feel like I am still in that room."
Seen twice by our psychologist, Mrs {PER:Lambert}. Passport number: {ID:AA7741298}. Interpreter needed (Thai):
Ms {PER:Kanya}, via the interpreting service, {PHONE:05.56.91.33.07}.
""", ["mental_health", "violence_physical", "access_to_care"]),
("b8-en-06", "en", """
Minutes of the peer educators' meeting, Marrakech, 30 October. Present: {PER:Souad}, {PER:Rachida}, {PER:Nezha},
{PER:Mbali} and the coordinator Mr {PER:Anouar Kabbaj}. {PER:Nezha} reported that the police raided the
{LOC:Café Les Négociants} area again and arrested four women, taking their phones and 300 dirhams each.
One woman, {PER:Hiba}, was kept overnight and insulted. The team decided to hold a rights session on 6
November and to print the lawyer's number on the condom kits. {PER:Rachida} will accompany {PER:Hiba} to
file a complaint. Next meeting at the office, room 2. Also present: {PER:K. D.}, a new volunteer. Minutes
sent by e-mail ({EMAIL:minutes.pairs@alcs-marrakech.ma}).
""", ["police_harassment", "rights_awareness", "peer_support"]),
("b8-en-07", "en", """
Letter from {PER:Maria Fernanda Soto} to the selection committee. "Dear all, I am 47, Peruvian, and for
twenty years I drank to forget what I do at night. In January I went to the harm-reduction service with my
friend {PER:Ximena}. They did not judge me. I started a follow-up at the CSAPA with a nurse, Mr {PER:Julien
Roux}, and I have not had a drink for 94 days. I sleep, I eat. I called my son in Lima for the first time in
six years, on {PHONE:+51 987 654 321}, and he answered. I want other women to know it's possible. You can
write to me at {EMAIL:mfsoto.lima@gmail.com}. With love, {PER:Maria Fernanda}."
""", ["addiction", "family_relations"]),
("b8-en-08", "en", """
Email to the team, subject: my papers. "Hi {PER:Hélène}, good news! The prefecture gave me my residence permit
today. AGDREF number {ID:3306628154}, valid until 2028. After the first refusal I thought it was finished. You
and Mr {PER:Da Silva} from the Cimade never stopped. I can now open a bank account and sign a lease. I cried
in the tram on the way home, but happy tears. I will
come on Thursday to bring cakes. My address changed, it's now {LOC:12 rue Jules-Guesde, 2nd floor}, in Talence. |
{PER:Fatoumata Keïta} |
{PHONE:06 33 70 45 19}"
""", ["civil_documents", "legal_support"]),
("b8-en-09", "en", """
Story collected by {PER:Amina}, peer educator, Rabat. "My name is {PER:Esther Mbuyi}, I am from Kinshasa. I
was raped by three men near the {LOC:Océan quarter} in July. I didn't go to the hospital because I was afraid
of being sent away. Three days later {PER:Amina} found me. She took me to the clinic where they gave me the PEP
treatment and the morning-after pill, and a test. The doctor said I was lucky I came before 72 hours. Then I
talked to the psychologist every week. Today I can sleep." {PER:Amina}'s phone: {PHONE:+212-661-302-877}.
{PER:Esther}'s
UNHCR case number: {ID:RBT-25-17882}.
""", ["violence_sexual", "hiv_prevention", "reproductive_health"]),
("b8-en-10", "en", """
Follow-up list, week 46 (Bordeaux). |
1. {PER:Liu Mei}, Chinese, works in a massage parlour, {LOC:Salon Bambou Zen}: food parcel, vouchers for 60
euros. |
2. {PER:Wang Fang}: same parlour, asked for an STI test, appointment at the CeGIDD on Friday. |
3. {PER:Jessa Dela Cruz}, Filipina, {LOC:résidence Le Lac, building 7}: no food since Monday; parcel
delivered by {PER:Jun}, volunteer. |
4. {PER:Chen Xiu}: tel. {PHONE:+86 139 1024 8877}; interpreter asked. |
Observations: three of the four said they had skipped meals this month. The food bank of the Secours
populaire takes new registrations on Wednesday at 14:00. Team contact: {EMAIL:suivi-semaine@lacase-bordeaux.fr}.
""", ["food_security"]),
("b8-en-11", "en", """
"I'm {PER:Kofi}, but since I transitioned everyone calls me {PER:Kafui}. I am from Lomé. At the clinic
the receptionist laughed and called the doctor to look at me. I left and did not go back for a year. Then
Ms {PER:Odile Garnier}, the nurse at La CASE, made the appointment herself and came with me. The doctor
used my name. Since then I go every three months for PrEP and I bring friends. I teach the newcomers to use
condoms and lubricant. I'm proud of who I am now." {PER:Kafui} lives at the {LOC:Hotel Le Bristol Bordeaux}, room
21, for now. Phone: {PHONE:+228 90 12 34 56}. Email: {EMAIL:kafui.mensah [at] riseup [dot] net}.
""", ["stigma_discrimination", "hiv_prevention", "self_esteem"]),
("b8-en-12", "en", """
Interview, Agadir, translated from Tachelhit by {PER:Aicha Id Brahim}. "I am {PER:Tudert}, I was born in
{LOC:Douar Ait Baha Ou Lhssen}. My husband threw me out with our three children after the third daughter. He
said I could only give him girls. For two years I received nothing. With Mrs {PER:Ouahiba Amzil}, the
association's lawyer, I went to court. The judge ordered him to pay 1,200 dirhams a month of child support,
file no. {ID:842/1611/2025}. He pays now. I bought a sewing machine." {PER:Tudert}'s CIN: {ID:J 402716}.
Lawyer: {PHONE:0528-84-12-60}.
""", ["family_law", "legal_support", "family_relations"]),
("b8-en-13", "en", """
WhatsApp exchange (translated) between {PER:Nadia Haddad}, from Sfax, and the outreach worker; the
survivor's messages start with ">", the worker's with "<". |
> hi, it's the woman from the bus station |
> I found work at the {LOC:Boulangerie Les Délices}, {LOC:cours de l'Yser}, starting Monday |
< that's wonderful!! how did you get it? |
> the cooking training you told me about, I finished it, 3 months |
> the boss is Mr {PER:Lopez}, {PER:Vicente Lopez}, he's nice |
< so proud of you. Remember your bank appointment, Thursday 10:30 |
> yes. My Tunisian number if the French one stops: {PHONE:+216 22 418 906} |
< saved. Your payslip will help with your file. 1,450 euros?? |
> yes!!! first real salary in my life, I feel like a grown woman
""", ["income_employment", "vocational_training"]),
("b8-en-14", "en", """
Story from {PER:Ngozi Adebayo}, read at the community meeting in Tangier. "The police stopped me near
{LOC:Place Al Madina}. They said a woman like me must pay or go to the station. I paid 500 dirhams. The next
week again. Then at the session of the association we learned that they cannot ask for money and that we can
call the lawyer. The third time I said I know my rights, and I called Maître {PER:Lahlou}. The officer left. I
told all my friends in {LOC:Boukhalef}." {PER:Ngozi}'s phone: {PHONE:06 19 84 22 73}. Her receipt number at the
prefecture: receipt n° {ID:TNG-REC-55021}.
""", ["police_harassment", "rights_awareness", "violence_economic"]),
]

# ---- Arabic script: MSA "ar" (6), Darija "ary" (6) ----
STORIES += [
("b8-ar-01", "ar", """
شهادة {PER:سعاد الناصري}، ٣٨ سنة، مدينة فاس. «كنت أعيش مع زوجي في {LOC:حي عين قادوس}، وكان يضربني كل أسبوع
ويحبسني في البيت ولا يسمح لي بالخروج. في إحدى الليالي كسر ذراعي ورماني خارج الباب مع ابني. استقبلتني
السيدة {PER:رشيدة بنجلون}، المساعدة الاجتماعية في الجمعية، ورافقتني إلى مستشفى ابن الخطيب، ثم إلى المحامية
الأستاذة {PER:نوال الفيلالي} التي ساعدتني على تقديم شكاية، رقم الملف {ID:٢٠٢٦/٣٤١٧}. اليوم أسكن مع أختي في
{LOC:زنقة ١٢ حي الزهور}، وأتابع جلسات مع الأخصائية النفسية. لم أعد أخاف من صوت الباب.» للتواصل مع السيدة
{PER:بنجلون}: {PHONE:٠٦٦١٢٣٤٥٧٨}.
""", ["violence_physical", "legal_support", "mental_health"]),
("b8-ar-02", "ar", """
محضر مجموعة الدعم، الرباط، ١٥ أكتوبر. حضرت تسع نساء والمنشطة لالة {PER:خديجة أمزيان}. تحدثت {PER:مليكة} عن سنوات
العزلة: بعد أن عرفت عائلتها بعملها، قطع إخوتها كل علاقة بها، وبقيت وحدها في غرفة صغيرة في {LOC:دوار الدوم}
لا تكلم أحدا. قالت: «كنت أظن أنني لا أستحق أن يسلم علي أحد.» منذ انضمامها إلى المجموعة صارت تحضر كل
أسبوع، وتطبخ مع {PER:فاطنة} و{PER:نور} يوم الجمعة. وقالت في آخر الجلسة إن المجموعة أصبحت عائلتها الثانية،
وإنها تشعر بالنور في قلبها من جديد. قررت المجموعة زيارة النساء اللواتي لا يستطعن الحضور. هاتف المنشطة:
{PHONE:+212 537 70 41 26}.
""", ["social_isolation", "peer_support", "violence_psychological"]),
("b8-ar-03", "ar", """
س: ما هو أهم تغيير حدث في حياتك خلال هذه السنة؟ |
ج: حصلت على بطاقتي الوطنية. لم تكن عندي أي وثيقة منذ أن هربت من البيت وعمري ١٥ سنة، ولم أستطع تسجيل ابنتي
في الحالة المدنية. |
س: كيف تم ذلك؟ |
ج: رافقتني المساعدة الاجتماعية {PER:نادية الوزاني} إلى المقاطعة وإلى المحكمة لإثبات النسب، ثم إلى
الأمن الوطني. رقم البطاقة {ID:CD 582014}. وسجلت ابنتي {PER:آية} في كناش الحالة المدنية، ودخلت المدرسة هذا العام. |
س: ماذا تغير بالنسبة لك؟ |
ج: صرت أشعر أنني موجودة، أنني مواطنة. اسمي {PER:زينب الحمري}، وأسكن في {LOC:درب السلطان}، ويمكن الاتصال
بي على الرقم {PHONE:٠٧٠٠ ٤٥ ٦٧ ٨٩}.
""", ["civil_documents", "family_relations", "self_esteem"]),
("b8-ar-04", "ar", """
رسالة من {PER:لطيفة} إلى فريق الجمعية بمراكش. «أكتب لكم لأشكركم. قبل سنة كنت أعمل قرب {LOC:مقهى أركانة}
وكنت أخاف من اختبار فيروس نقص المناعة. شجعتني المثقفة النظيرة {PER:حنان بوعزة} وأخذتني إلى مركز الكشف،
فأجريت الاختبار الخاص بالسيدا والتهاب الكبد والزهري. كانت النتيجة سلبية، وشرحت لي الطبيبة الدكتورة
{PER:سلمى العراقي} العلاج الوقائي قبل التعرض. الآن آخذ حبة كل يوم وأستعمل العازل مع كل زبون. أشعر
بالأمان، وصرت أرافق صديقاتي إلى المركز نفسه كل ثلاثة أشهر، ولم أعد أخجل من السؤال عن صحتي.» بريد {PER:حنان}:
{EMAIL:hanane.bouazza@alcs-mrk.org}، وهاتفها {PHONE:06 72 18 55 40}.
""", ["hiv_sti_testing", "hiv_prevention"]),
("b8-ar-05", "ar", """
ملاحظات المنشطة، أكادير، نونبر. {PER:إيطو أوحمو}، ٢٩ سنة، من {LOC:دوار تيزي نتاست}. جاءت إلى المدينة
بعد أن وعدها رجل اسمه {PER:حميد} بعمل في مطعم، فوجدت نفسها محبوسة في شقة في {LOC:حي الداخلة} مع ثلاث
فتيات، يأخذ كل ما يكسبنه ويقول إن عليهن دينا. هربت في شهر غشت بمساعدة جارة. رافقناها إلى الشرطة
وإلى خلية التكفل بالنساء في مستشفى الحسن الثاني. رقم الشكاية {ID:٤٥١٢/ش/٢٠٢٦}. تعيش اليوم في مركز
الإيواء، الغرفة ٥، وتتعلم الطبخ. قالت: «لم يعد أحد يملكني.» هاتف الجارة {PER:عائشة}:
{PHONE:+212 6 50 33 71 02}.
""", ["trafficking", "violence_economic", "housing"]),
("b8-ar-06", "ar", """
قصة {PER:هدى الشرقاوي}، مدينة طنجة. «بعد الطلاق رفض طليقي أن يدفع النفقة، وهددني بأن يأخذ مني ولدي
{PER:يوسف} إذا اشتكيت. كنت أعمل ليلا لأطعم ابني. في جلسة التوعية التي نظمتها الجمعية عرفت أن من حقي
النفقة والحضانة. ساعدتني المحامية الأستاذة {PER:كريمة الزياني} على رفع دعوى أمام قسم قضاء الأسرة، الملف
رقم {ID:١٢٠٤/١٦٢٠/٢٠٢٥}. حكمت القاضية بنفقة قدرها ٩٠٠ درهم في الشهر وبالحضانة لي. الآن أسكن في {LOC:حي
بني مكادة}، وابني يذهب إلى مدرسة ابن بطوطة. لم أعد أخاف من تهديداته، لأنني أعرف الآن أن القانون معي وأن
الجمعية بجانبي.» للتواصل: {EMAIL:houda.charq@gmail.com}.
""", ["family_law", "legal_support", "rights_awareness"]),
("b8-ary-01", "ary", """
قصة {PER:نزهة}، الدار البيضاء، تسجيل صوتي. «أنا كنت كنشرب بزاف، كل ليلة قرعة ولا جوج، باش ننسى
شنو كيوقع ليا فالزنقة. ولدي {PER:أيوب} ولا كيحشم بيا. واحد النهار جات عندي {PER:حفيظة}، المثقفة ديال
الجمعية، فـ{LOC:حي سيدي مومن}، وقالت ليا كاين طبيب كيعاون على هاد الشي. مشيت معاها للمركز ديال علاج
الإدمان، ودابا عندي ستة شهور بلا شراب. كنشوف الطبيبة النفسانية كل سيمانة. ولدي رجع كيهضر معايا وكيدير
ليا الشاي. ملي كنحس براسي بغيت نشرب، كنعيط للمجموعة ولا كنمشي نتمشى حدا البحر حتى تدوز.» النمرة ديال
{PER:حفيظة}: {PHONE:٠٦ ٦٨ ٤٢ ١٩ ٣٣}.
""", ["addiction", "mental_health", "family_relations"]),
("b8-ary-02", "ary", """
شهادة {PER:رقية}، مراكش. «البوليس كانو كيشدوني قدام {LOC:حمام النخلة} فـ{LOC:درب ضباشي} وكياخدو ليا
الفلوس، مية ولا ميتين درهم، وإلا ما عطيتش كيديوني للكوميسارية وكيسبوني. ف الجمعية قراونا حقوقنا، وعطاونا
النمرة ديال المحامية الأستاذة {PER:سميرة أيت الحاج}. المرة اللخرة قلت ليهم: عندي محامية، وعيطت ليها
قدامهم. مشاو. من داك النهار ما عاودوش. ودابا أنا كنقول للبنات ف الدرب شنو يديرو، وكنعطيهم النمرة ديال
المحامية، وحتى هوما ولاو كيعرفو حقوقهم. كنحس براسي قوية، ما بقيتش داك المرا اللي كتخبى ملي كتشوف الطوموبيل
ديال البوليس جاية.» البطاقة ديالها
رقم {ID:EE 719305}، والتيليفون {PHONE:0662-41-87-09}.
""", ["police_harassment", "rights_awareness", "violence_economic"]),
("b8-ary-03", "ary", """
الحاجة {PER:فاطمة الزهراء} كتحكي، مكناس. «أنا عندي ٥٦ عام، خدمت فهاد الخدمة عشرين عام. ملي كبرت ما
بقاش شي واحد كيعطيني، وبقيت بلا خبز. السيدة {PER:لبنى التازي} ديال الجمعية جابت ليا القفة كل شهر، فيها
الدقيق والزيت والسكر، وعطاتني بونات ديال ٣٠٠ درهم. ومن بعد دخلتني لتعاونية ديال الكسكس ف{LOC:حي
البساتين}، ودابا كنربح شوية د الفلوس وكناكل مع الناس ف نفس الطبلة. ما بقيتش كنحس براسي بوحدي، عندي صحاباتي ف
التعاونية وكنضحكو كل نهار.» النمرة ديال
التعاونية: {PHONE:+212 5 35 52 60 14}، والإيمايل: {EMAIL:coop.bassatine@gmail.com}.
""", ["food_security", "income_employment", "social_isolation"]),
("b8-ary-04", "ary", """
س: شنو اللي تبدل ف حياتك؟ |
ج: تعلمت الحلاقة. كنت كنخدم ف الزنقة ف{LOC:حي القدس} ف وجدة، وكنت حاشمة من راسي. لالة {PER:زهور} دخلاتني
للتكوين ديال التعاون الوطني، ستة شهور، وخديت الشهادة رقم {ID:٢٠٢٦-٠٨٨}. |
س: وفين خدامة دابا؟ |
ج: ف{LOC:صالون ياسمين}، عند {PER:ياسمين} براسها، كتخلصني ٧٠ درهم ف النهار. والياسمين اللي حدا الباب
هي اللي عطات السمية للصالون. |
س: وكيف كتحسي براسك؟ |
ج: كنحس براسي عندي قيمة. الناس كيقولو ليا: يا الأستاذة. ونهار الجمعة كنمشي نعلم البنات الجداد كيفاش يمسكو
المقص. سميتي {PER:سكينة بلحاج}.
""", ["vocational_training", "income_employment", "self_esteem"]),
("b8-ary-05", "ary", """
{PER:مريم} كتحكي، طنجة. «تغتصبت من عند جوج رجال ف{LOC:حومة المصلى} ف شهر يوليوز. ما قدرتش نمشي
للسبيطار، خفت. من بعد يوماين جات عندي {PER:بشرى} ديال الجمعية وداتني للمستشفى محمد الخامس، عطاوني
الدوا ديال الوقاية من السيدا وحبة الصباح، ودارو ليا التحاليل. قالو ليا مزيان اللي جيتي قبل ثلاثة
أيام. ودابا كنشوف الطبيبة النفسانية ف الجمعية كل سيمانة، وبديت نرجع ننعس ف الليل، وكنخرج للزنقة بلا خوف.»
خالتي {PER:رحمة}، اللي كنسكن عندها، عطات النمرة
ديالها: {PHONE:00212 661 90 27 44}. الدوسي ف السبيطار رقم {ID:TNG/26/4471}.
""", ["violence_sexual", "hiv_prevention", "access_to_care"]),
("b8-ary-06", "ary", """
رسالة صوتية من {PER:حليمة أوعلي}، بني ملال. «السلام، أنا {PER:حليمة}. كنت كنعيش مع راجل كيضربني
ويسبني قدام الدراري، وقال ليا إلا مشيتي غادي ياخد ليا الولاد. هربت عند ختي ف{LOC:دوار أولاد عياد}. الجمعية
عاونتني نقلب على دار، ودابا عندي بيت صغير ف{LOC:زنقة ٧ حي النصر}، بالكرا ديال ٨٠٠ درهم. ولادي معايا،
والكبير {PER:أنس} دخل للمدرسة، والصغيرة كتلعب ف الدار بلا خوف. كل نهار كنقول الحمد لله اللي خرجت من داك
الحبس. ما بقيتش خايفة، ودابا أنا سعيدة.» الجمعية: {EMAIL:contact@amal-benimellal.ma}،
التيليفون ديال المساعدة الاجتماعية {PER:سعيدة}: {PHONE:٠٥٢٣ ٤٨ ٣٦ ٧١}.
""", ["violence_psychological", "housing", "family_relations"]),
]

# ---- SMS / WhatsApp in Latin letters: Darija/French "ary" (6), French "fr" (4) ----
STORIES += [
("b8-sms-01", "ary", """
[groupe WhatsApp « Lkhwatat », Casablanca] |
{PER:hajar}: salam lbnat, chi wahda 3ndha nmra dyal l avocate? |
{PER:kenza}: ah 3ndi, me {PER:bennis}, {PHONE:0661 47 29 03} |
{PER:hajar}: lbolis chdo {PER:zineb} lbareh f {LOC:hay farah} o khdaw liha 400 dh |
{PER:kenza}: wa {PER:zinebb} nti labas?? |
{PER:zineb}: ana mzyana, gha khlawni 7ta sbah f lcommissariat, sebbouni bzaf |
{PER:kenza}: mat3tihomch flous akhor mara, 3ndk l7a9, gollihom ghadi n3iyet l me {PER:bennis} |
{PER:zineb}: wakha, ghda nmchi l jam3iya nktb chikaya m3a {PER:souad} |
{PER:hajar}: ana nji m3ak, nt3awnou kamlin, hna khwatat
""", ["police_harassment", "violence_economic", "peer_support"]),
("b8-sms-02", "ary", """
Échange entre {PER:loubna} et l'éducatrice {PER:Hasna}, Marrakech, sans noms devant les messages. |
salam lalla {PER:hasna}, bghit nsowlek 3la test dyal sida |
ana khayfa bzaf, andir test wla la? |
wakha, fin? |
ok {LOC:derb lakhdar} 3nd lmarkaz, ghda 10h |
safi drt test, negatif!! w drt hta syphilis w hepatite, kolchi mzyan |
tbib 9al liya nakhod prep, bdit lyoum |
chokran bzaf a lalla, nti bhal khti. nmra jdida dyali hia {PHONE:07 70 19 48 62} |
w {PER:sanaa} sahbti bghat tji hta hia m3aya jem3a jaya, hia tahia khayfa bhali, ghadi ngolha ma tkhafch
""", ["hiv_sti_testing", "hiv_prevention"]),
("b8-sms-03", "ary", """
SMS vers la permanence de Tanger, transcrits sans les noms d'expéditeur. |
salam, ana {PER:ikram}, li kont 3ndkom f ramadan |
mol dar 7bsni f lbit 3 ayam o dreb fiya, daba hrbt |
rani f {LOC:café Ahlam}, {LOC:place Koweit}, wach t9dro tjiw? |
- Oui {PER:Ikram}, {PER:Rania} arrive dans 20 min, reste à l'intérieur |
ok chokran. nmrti: {PHONE:06 61} |
{PHONE:23 45 67}, tlefoun dyali ghadi ytfa |
- On t'emmène aux urgences puis au foyer. Tu as ta carte ? |
la, mol dar khda liya la carte, CIN {ID:K 588104} ila bghitou tsowlou
""", ["violence_physical", "housing"]),
("b8-sms-04", "ary", """
Échange WhatsApp entre {PER:fz} (messages « > ») et la paire éducatrice {PER:nawal} (messages « < »), Salé. |
> salam c {PER:fz}, sm7i liya ma jitch l groupe |
< wa fin nti a {PER:fz}? 3 simanat ma banti |
> kn7ess b rasi wa7da, ma bghit nchouf 7ta wa7ed, kanb9a nbki f lbit |
< ma tb9ach bo7dek, ghda ndouz 3lik, fin katskni daba? |
> f {LOC:hay sekouila}, {LOC:derb 14 zanqa 9}, 7da l7emmam |
< safi, njib m3aya lpsychologue dyal jam3iya, dr {PER:chraibi} |
> chokran, nti wahda mn nas li tay3t9oni. ghda nsenak, w nwejed atay. hada email dyali ila bghiti:
{EMAIL:fatimazahra.b94@gmail.com}
""", ["mental_health", "social_isolation", "peer_support"]),
("b8-sms-05", "ary", """
Fil WhatsApp, Agadir. Expéditrice : {PER:Samira}, à l'équipe. |
sbah lkhir, bghit ngolikom blli lyoum bdit l5dma f {LOC:hotel Tafoukt Beach} f lmenage |
salaire 2800 dh, contrat 6 mois, w cnss |
mn ba3d formation dyal 4 mois f tabkh 3ndkom |
7na kamlin f l'équipe fier3in bik a {PER:samira}!! |
chokran {PER:mouna} w si {PER:brahim}. daba ghadi n9der nkhles lkra w nsift l flous l mama f
{LOC:douar tamraght} |
ana fiera b rasi, awel mra 3ndi bulletin de paie, w awel mra kanhess b9imti |
nmra l jdida: {PHONE:+212 700-194583}
""", ["income_employment", "vocational_training", "self_esteem"]),
("b8-sms-06", "ary", """
{PER:Amal} → Khalti {PER:Zhor} (voice notes transcrites, Fès) |
salam khalti, tlit 3lik bzaf. rajli tle9ni w bgha iddi liya lwlad |
l jam3iya 3tatni l avocate, maitre {PER:el ouazzani}, kat9ol l7adana dyali ana |
dossier f lma7kama d lousra, numero {ID:2025/1611/327} |
ghadi nchdo nafa9a dyal lwlad, 700 dh f chhar |
ya khalti, d3i m3aya. lwlad m3aya f {LOC:talaa sghira} 3nd mama |
ila bghiti t3iyti 3liya: {PHONE:0033 6 20 14 85 37}, rani f france 3nd khti {PER:hind} had simana |
bslama, w sellem 3la {PER:hind} ila chftiha f la fête
""", ["family_law", "legal_support", "family_relations"]),
("b8-sms-07", "fr", """
SMS de {PER:Ruxandra P.} à la permanence de Bordeaux (numéros de l'équipe retirés). |
bjr c {PER:ruxandra}, le proprio m'a mis dehors ce matin avec mes sacs |
jai dormi 2 nuits a la gare, jai appeler le 115 ils ont pas de place |
svp aidez moi jai plus rien |
- {PER:Ruxandra}, viens à 14h, on appelle le SIAO ensemble. |
ok merci. mon tel roumain c {PHONE:0040.745.219.306} |
- On t'a trouvé une place à l'{LOC:hôtel Les Capucines}, {LOC:rue de Bègles}, pour 7 nuits |
merci merci, vous etes des anges. je dors enfin dans un lit. {PER:ruxandra}
""", ["housing"]),
("b8-sms-08", "fr", """
Conversation WhatsApp entre {PER:Lorena}, vénézuélienne, et {PER:Fanny} de POPPY, noms à chaque message. |
{PER:Lorena}: {PER:fanny} le dr m'a dit que j'ai une chlamydia |
{PER:Fanny}: ok pas de panique, c'est fréquent et ça se soigne bien |
{PER:Lorena}: il m'a donner un antibiotique, une dose |
{PER:Fanny}: parfait. Et ton copain doit se faire traiter aussi |
{PER:Lorena}: je lui dit. c'etait au cabinet du {LOC:27 rue Fondaudège} |
{PER:Fanny}: super. On refait un contrôle dans 3 mois au CeGIDD. écris à {EMAIL:Fanny.Poppy@asso-poppy.fr} si
besoin |
{PER:Lorena}: merci ma belle, j'avais tellement honte avant
""", ["sti_care", "hiv_sti_testing"]),
("b8-sms-09", "fr", """
SMS reçus par la juriste (Toulouse), dans l'ordre. |
bonjour me {PER:carvalho} c {PER:adaeze}, la plainte contre le client qui m'a violé a été enregistré |
le numero c {ID:26/TLS/08841}, la policière était gentille |
et mon recepisse de titre de sejour je l'ai aussi, n° {ID:3119 2406 17} |
jai peur du procès, est ce que je dois le voir? |
- Non {PER:Adaeze}, tu seras derrière un paravent. On prépare ensemble jeudi. |
ok. vous pouvez m'ecrire a {EMAIL:adaeze point nwosu arobase yahoo point fr} aussi |
merci pour tout maitre
""", ["violence_sexual", "legal_support", "civil_documents"]),
("b8-sms-10", "fr", """
Échange de SMS, {PER:Mame Diarra} et la paire {PER:Coumba}, Bordeaux. |
{PER:coumba} tu es là? jai pas mangé depuis hier, les enfants non plus |
- Oui ma chérie. Viens au local, on a des colis. Sinon je passe chez toi |
je suis au {LOC:4 rue Bouquière, 2e gauche}, au fond de la cour |
- J'arrive à 18h avec un colis et des tickets service de 50 euros |
merci tata {PER:coumba}. ma voisine {PER:Binta} aussi a faim |
- J'apporte deux colis. Et lundi on va au Secours populaire vous inscrire |
que dieu te bénisse. mon autre numero {PHONE:+221 78 512 04 66}
""", ["food_security"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_dev9.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
