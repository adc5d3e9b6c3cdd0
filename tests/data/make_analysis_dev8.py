"""Generate tests/data/analysis_dev8.jsonl, development set 8 (formerly blind set 7).

Written on 2026-12-01 by the blind writer ``blind7`` from the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels), the description of the method
(shared/design/msc-method.md), the file names of shared/context/ (and the
text of the CHAMS capitalisation sheet, 003_*.txt, for the setting only) and
the kinds of personal data listed in the writer's brief, WITHOUT reading the
analysis engine, its pattern lists, its tests or the stories of any other
evaluation set. Only the module docstring (format and marking conventions) and
the helper functions of make_analysis_blind6.py, the scoring harness
(tests/nlp_scoring.py) and this set's test model (test_nlp_blind6.py) were
read, so that blind sets 6 and 7 are comparable (a grep for the layout of
make_analysis_blind6.py also showed the lines closing its stories, i.e. its
gold theme lists, but none of its story text). It is to be scored ONCE;
never tune the engine on it (once it has been used for tuning it is no longer
blind, and a new blind set must be written). It was scored once as blind set 7
on 2026-12-01, then declared development set 8 and tuned on (renamed from
make_analysis_blind7.py; story ids keep their "b7-" prefix).

The 60 stories below are fictional (no real person; street, neighbourhood and
village names are real or plausible places, people, numbers and addresses are
invented): 24 French, 14 English, 12 in Arabic script (6 Modern Standard
Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10 SMS/WhatsApp
messages in Latin letters (6 Darija mixed with French, lang "ary"; 4 French
SMS, lang "fr"), so the languages count fr 28, en 14, ar 6, ary 12. Each
story is 80-250 words and carries 1-3 gold themes. Registers: facilitator's
notes, Q/R (Q/A, س/ج) transcripts, transcribed voice notes, letters,
minutes of talking groups, follow-up lists, e-mails, WhatsApp threads.
Settings: Bordeaux and its metropolitan area, Paris, Casablanca, Rabat,
Marrakech, Agadir, Tanger, Fès, Meknès, Oujda, Beni Mellal and villages of
the Souss, the Haouz and the Tadla; storytellers from Morocco (Arab and
Amazigh), Senegal, Côte d'Ivoire, Nigeria, Ghana, Benin, Sierra Leone, DR
Congo, Cameroon, Guinea, Romania, Brazil, Colombia, China, the Philippines,
Eritrea, Syria, France.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, list items and
message lines).

Marking conventions: exactly those of blind sets 4, 5 and 6 (as summarised
in make_analysis_blind6.py), restated:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, Mlle, M., Maître, Me, Dr, Mrs, Mr, Ms, Madam, Sister,
  Auntie, Mama, Maman, Tata, Lalla, Hajja, Si, Khalti, السيدة, لالة,
  الحاجة, خالتي, الأستاذة, الدكتورة, الدكتور, in any case),
  nor an SMS vocative or presentative (« wa », « moi c »), nor an Arabic
  proclitic; every occurrence, lowercase SMS names included; initials are
  names (« F. Z. », « Yasmina R. » are one span each); particles (Ben, El,
  Ait, Ou, Dela, de, da) are inside. A name that is also a common word is PER
  only when it names a person.
- LOC: cue plus name (rue, avenue, cours, quai, place, résidence, quartier,
  cité, hay, derb, douar, zanqa, café, hôtel, bar, salon, snack, حي، دوار،
  زنقة، شارع، درب، مقهى), without the article or preposition before it; a
  numbered address runs from the number to the end of the street name, with
  building/flat details joined by a comma inside; bare neighbourhood and
  village names alone. Streets and venues named after people are LOC, not
  PER, and the person's name inside them is not a separate PER. Not marked:
  large cities, countries, regions, communes of a metropolitan area (Pessac,
  Floirac, Bègles, Mérignac, Inezgane, Salé, Témara), generic places.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number given in pieces is one span per written piece;
  emergency and free national numbers (15, 17, 19, 115, 3919) are not
  marked; numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form);
  never the brackets or parentheses around it, nor a full stop after it.
- ID: the number only, not its cue (CIN, AGDREF, récépissé, UNHCR, passeport,
  dossier, n°, numéro, number, no., رقم), with the letter prefixes, inner
  spaces, hyphens and slashes that belong to it. Ages, dates, amounts,
  times, room numbers and bus/tram lines are not IDs.
- Hard negatives left unmarked: institutions named after people or saints
  (CHU Ibn Rochd, hôpital Ibn Tofail, hôpital Hassan II, clinique
  Saint-Augustin, hôpital Xavier-Arnozan, lycée Victor-Hugo, Avicenne
  hospital, Mohammed V military hospital, Ibn Sina hospital, مستشفى الحسن
  الثاني, مستشفى ابن الحسن, مستشفى محمد الخامس, السبيطار ديال ابن رشد),
  organisations, services and programmes (La CASE, POPPY, ALCS, Cimade,
  OFPRA, HCR, UNHCR, CeGIDD, CSAPA, CAARUD, CCAS, CPAM, IGPN, Adie, Restos
  du Cœur, Planning familial, Entraide Nationale, التعاون الوطني), big
  cities and countries, communes, months, feasts, tram and bus lines (« tram
  C », « bus 16 »), hospital and shelter rooms (« chambre 12 »), emergency
  numbers (115, 19), ages, dates, times, amounts, a kinship word used alone
  (« merci tata », « ya khalti »), and words that are also names used as
  common words (« une petite victoire », « avec prudence », « Grâce à
  vous », « at the mercy of », « my precious thing », « un moment
  précieux », « سعيدة », « وردة حمرا », « الأمل », « sbah nour »).

Cases this set adds, marked in the same spirit:
- An e-mail address in angle brackets or parentheses, or ending a sentence,
  is marked without the brackets or the final full stop.
- A named venue whose name is a person's first name (« salon Chez Awa »,
  « café Chez Mouna ») is one LOC span, with no PER inside it.
- A phone number written « +225 07 07 12 34 56 » or « 0033 (0)6 ... » keeps
  its prefix and the « (0) » inside the span.
- In a name-word pair (« Victoire » the woman, « place de la Victoire » the
  square, « une petite victoire »), only the woman is PER and the square is
  LOC; « sabah » the woman is PER beside « sbah lkhir » (good morning).
- In SMS threads the sender's name before the colon is PER at every
  message; vocatives and presentatives (« wa », « a », « c », « moi c ») and
  lowercase titles (« me », « madame », « maitre », « lalla », « khalti »)
  stay outside the span; « fz » (initials used as a nickname) is PER.
- A parking, a bridge and a tobacconist's named as the place where a
  person was attacked, slept or is met (« parking Lescure », « pont
  d'Aquitaine », « tabac des Capucins ») are LOC with their cue, like a named
  tram stop (« arrêt Sainte-Croix »); a gate that names a neighbourhood (« Bab
  Doukkala ») is LOC as a bare neighbourhood name.
- An Arabic house address « زنقة 14 حي الأمل » is one LOC span from the
  cue to the end of the neighbourhood name, as in set 6.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  python3 tests/data/make_analysis_dev8.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")
ROWS = 60
MIN_WORDS, MAX_WORDS = 80, 250

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
("b7-fr-01", "fr", """
Notes de l'animatrice, permanence de La CASE, Bordeaux, mars 2026.
{PER:Osaretin Igbinedion}, 26 ans, est arrivée par la Libye puis l'Italie. Une
femme de Benin City qu'elle appelle Mama {PER:Osas} lui réclamait encore
25 000 euros de « dette » et prenait tout ce qu'elle gagnait. Elle dormait avec
quatre autres filles au {LOC:14 rue Kléber, bâtiment B, appartement 3}, sans
clé. Depuis janvier, elle vient chaque mardi. Avec Me {PER:Castaing}, avocate,
elle a porté plainte ; le numéro de la procédure est {ID:2026/00417}. Elle m'a
demandé d'écrire à son adresse {EMAIL:osa.igbin26@gmail.com} plutôt que de
l'appeler. Ce qu'elle retient : « Aujourd'hui je ne dois plus rien à Mama
{PER:Osas}. Je dors dans un lit à moi et personne ne prend mon argent. »
""", ["trafficking", "legal_support", "violence_economic"]),
("b7-fr-02", "fr", """
Q : Qu'est-ce qui a changé pour vous cette année ? |
R : J'ai enfin ma carte nationale. Avant, je n'avais rien, même pas pour
inscrire mon fils à l'école. |
Q : Comment avez-vous fait ? |
R : Lalla {PER:Naïma}, l'assistante sociale de l'ALCS, m'a accompagnée à
l'arrondissement. Mon père refusait de me donner le livret de famille. C'est
mon oncle, Si {PER:Brahim Lahlou}, qui l'a apporté de {LOC:Derb Sultan}. |
Q : Et maintenant ? |
R : Ma CIN c'est {ID:BK284731}, je la connais par cœur, je la récite comme une
prière (rires). Mon fils {PER:Ilyas} est en CE1. J'ai donné mon numéro à la
maîtresse, le {PHONE:+212 6 61 38 20 47}, pour qu'elle m'appelle moi et pas
son père. |
Q : Pourquoi c'est important pour vous ? |
R : Parce que je suis quelqu'un maintenant, sur le papier aussi. Au CHU Ibn
Rochd on m'a soignée sans me demander qui je suis.
""", ["civil_documents", "family_relations", "self_esteem"]),
("b7-fr-03", "fr", """
Compte rendu de maraude, nuit du 8 au 9 avril, Bordeaux. Sur le {LOC:quai de
Paludate}, nous avons retrouvé {PER:Mihaela Constantinescu}, 31 ans, très
secouée. Deux policiers l'ont contrôlée trois fois dans la semaine, lui ont
pris 80 euros « pour l'amende » sans aucun papier et l'ont menacée de la
renvoyer en Roumanie. Sa cousine {PER:Florentina} a vécu la même chose devant
le {LOC:bar Le Ponton}. Nous leur avons expliqué qu'une amende se paie avec un
avis et jamais en liquide, et que l'IGPN peut être saisie. {PER:Mihaela} a noté
le numéro de la permanence juridique et nous a laissé le sien,
{PHONE:+40 721 348 902}. Elle dit : « Je croyais qu'ils avaient tous les
droits. Maintenant je sais ce qu'ils n'ont pas le droit de faire. » Prochain
rendez-vous au local, tram C, {LOC:arrêt Sainte-Croix}.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
("b7-fr-04", "fr", """
Transcription d'une note vocale de {PER:Thaís Ribeiro}, 29 ans, Brésilienne,
femme trans, reçue par l'animatrice le 3 mai. « Coucou {PER:Léa}, c'est
{PER:Thaís}. Je voulais te dire merci. La première fois au CeGIDD j'avais
peur qu'on m'appelle monsieur, comme à la pharmacie de Pessac. Là, le Dr
{PER:Marchetti} m'a appelée par mon prénom, elle m'a expliqué la PrEP, les
prises, les préservatifs, tout. Maintenant je prends mon comprimé tous les
jours et je fais mes contrôles tous les trois mois à l'hôpital
Xavier-Arnozan. Je me sens protégée, et je me sens respectée, c'est nouveau
pour moi. Si tu veux m'envoyer les dates du groupe, écris sur
{EMAIL:THAIS.RIBEIRO.BDX@HOTMAIL.FR}, mon WhatsApp brésilien
{PHONE:+55 21 99834-5521} ne marche plus. Beijos ! »
""", ["hiv_prevention", "stigma_discrimination", "access_to_care"]),
("b7-fr-05", "fr", """
Lettre d'{PER:Adjoua Kouassi} à l'équipe de POPPY. « Je vous écris depuis ma
nouvelle chambre. Pendant deux hivers j'ai appelé le 115 presque tous les
soirs, avec ma fille {PER:Grâce} qui avait quatre ans. Grâce à vous,
Mme {PER:Lemoine} du CCAS a monté le dossier et nous avons eu une place dans
la {LOC:résidence Les Aubiers, bâtiment Rameau, escalier 2}. Ma tante,
Tata {PER:Amenan}, m'appelle d'Abidjan au {PHONE:+225 07 07 48 19 63} et ne
me croit pas : une vraie porte, une vraie clé. {PER:Grâce} va à la crèche
et moi je peux enfin dormir. Je voulais que vous sachiez que ce changement,
c'est le plus important de ma vie en France. Merci encore. »
""", ["housing", "family_relations"]),
("b7-fr-06", "fr", """
Note vocale transcrite et traduite du darija, Marrakech. « Je m'appelle
{PER:Hafsa}, j'ai 22 ans. À seize ans, mon père m'a mariée à un homme de
cinquante ans de {LOC:douar Ouled Hassoune}. Quand je suis partie, ma mère a
dit devant tout le monde que je n'étais plus sa fille. Pendant des mois, je
n'arrivais plus à dormir, je pensais à mourir. Hajja {PER:Rkia}, une
paire-éducatrice, m'a trouvée près de {LOC:Bab Doukkala} et m'a amenée voir
la psychologue. Maintenant je parle, je pleure moins. Si vous voulez me
rappeler, le numéro c'est {PHONE:06 70 14}… attendez… {PHONE:52 88}. Ce qui
a changé ? Je n'ai plus honte de ce que mon père a fait. »
""", ["violence_psychological", "mental_health", "peer_support"]),
("b7-fr-07", "fr", """
Compte rendu du groupe de parole du jeudi, local de La CASE, Bordeaux.
Présentes : {PER:Victoire}, {PER:Aminata}, {PER:Rosa}, {PER:Dalila} et deux
nouvelles. {PER:Victoire} raconte qu'elle a parlé pour la première fois de sa
vie devant des inconnues, l'an dernier, et que c'était « une petite victoire
sur la peur ». Elle dit que le groupe lui a appris qu'elle n'était pas
seule : les autres filles de la {LOC:place de la Victoire} la saluent
maintenant, elles se préviennent quand un client est dangereux. {PER:Rosa}
ajoute qu'elle a repris confiance et qu'elle ose dire non. {PER:Aminata}
propose d'animer la prochaine séance. Décision : le groupe continue chaque
jeudi à 18 h ; contact de {PER:Aminata} pour les nouvelles :
{PHONE:07 53 21 88 40}.
""", ["peer_support", "self_esteem", "social_isolation"]),
("b7-fr-08", "fr", """
Notes d'entretien, accompagnement administratif. {PER:Luz Dary Restrepo},
38 ans, Colombienne, était sans papiers depuis 2021. Avec la Cimade, elle a
déposé une demande de titre de séjour ; elle a reçu un récépissé numéro
{ID:3312874590} puis, en juin, sa carte avec le numéro AGDREF
{ID:3302658841}. Elle habite au {LOC:9 rue Camille-Sauvageau} chez une amie,
{PER:Yolanda}. Elle voulait comprendre ses droits : ouverture des droits
à la CPAM, droit de travailler, droit de changer d'adresse. Elle souhaite
recevoir les convocations par courriel
({EMAIL:luzdary.restrepo@outlook.com}). « Je ne tremble plus quand je vois
la police. J'ai une carte, je sais ce qu'elle me donne. »
""", ["civil_documents", "rights_awareness"]),
("b7-fr-09", "fr", """
Récit recueilli par {PER:Claire}, animatrice. {PER:Mbuyi Kapinga}, 24 ans,
Congolaise, a été violée par deux clients dans une voiture près du
{LOC:parking Lescure} en février. Le lendemain, elle ne voulait voir
personne. C'est Maman {PER:Tshala}, une aînée de la communauté, qui l'a
convaincue de venir. Nous l'avons accompagnée aux urgences de la clinique
Saint-Augustin, puis au CHU, où elle a commencé le traitement post-exposition
dans les 48 heures. Elle a fini son mois de TPE, malgré les nausées. Elle
garde son téléphone congolais, le {PHONE:+243 81 556 20 94}, pour sa mère.
« Je croyais que ma vie était finie. On m'a soignée vite, comme une
personne qui compte. »
""", ["violence_sexual", "hiv_prevention", "access_to_care"]),
("b7-fr-10", "fr", """
{PER:Awa Ndiaye}, 35 ans, Sénégalaise, a ouvert son salon de coiffure en
septembre. Pendant dix ans elle a travaillé la nuit ; en 2024 elle a suivi
la formation de coiffure afro à la Chambre de métiers, puis
l'Adie lui a prêté 4 000 euros. Le {LOC:salon Chez Awa}, au
{LOC:56 cours de l'Yser}, a déjà des clientes régulières. Sa sœur
{PER:Khady} vient l'aider le samedi. Pour les rendez-vous :
{EMAIL:awa.ndiaye+salon@gmail.com} ou le {PHONE:06.58.40.17.92}. « Ce qui
a changé ? Je paie mon loyer avec mes mains et mes ciseaux. Ma mère à
Thiès est fière de moi, et moi aussi je suis fière de moi. »
""", ["income_employment", "vocational_training", "self_esteem"]),
("b7-fr-11", "fr", """
Entretien avec Mme {PER:Zhang Li}, 44 ans, originaire du Zhejiang, traduit
par une bénévole. Elle travaillait dans un salon de massage de
l'{LOC:avenue de Choisy}. Un client a refusé de payer, l'a frappée au visage
et lui a pris son sac avec 600 euros. Le patron, M. {PER:Wu}, lui a dit de se
taire. Une amie, {PER:Chen Xiaoyan}, lui a donné le numéro de l'association.
Aujourd'hui elle a changé de lieu et vient aux ateliers. Son neveu garde
son ancien numéro chinois, {PHONE:+86 138 1762 0459}. « Avant je pensais
qu'il fallait accepter les coups et le vol. Maintenant je sais que j'ai
le droit de porter plainte, même sans papiers. »
""", ["violence_physical", "violence_economic", "rights_awareness"]),
("b7-fr-12", "fr", """
Lettre de {PER:Soukaina El Amrani}, Tanger, à sa référente. « Chère
{PER:Meryem}, je t'écris pour te dire que le juge a prononcé le divorce. Mon
mari ne voulait pas, il disait qu'il garderait les enfants. Maître
{PER:Benjelloun} a défendu mon dossier (numéro {ID:1528/2025}) et j'ai
obtenu la garde de {PER:Adam} et {PER:Rayane} avec une pension de 1 200
dirhams par mois. J'habite toujours à {LOC:Beni Makada}, chez ma sœur. Pour
les papiers de la pension, ma CIN est {ID:K 419382}, au cas où tu en aurais
besoin. Je ne suis plus la femme qui baissait la tête au tribunal. »
""", ["family_law", "legal_support"]),
("b7-fr-13", "fr", """
Notes de suivi, psychologue bénévole. {PER:Maricel Dela Cruz}, 41 ans,
Philippine, a quitté une famille qui l'employait comme domestique sans la
payer, puis a travaillé dans la rue. Elle dit qu'elle n'avait parlé à
personne pendant deux ans, qu'elle restait dans sa chambre le dimanche et
qu'elle avait des crises d'angoisse la nuit. Après six séances avec le Dr
{PER:Haddou}, elle dort mieux et a rejoint une chorale de la paroisse
philippine. Elle a demandé qu'on lui écrive par courriel et a dicté son adresse lettre
par lettre : {EMAIL:maricel point delacruz arobase yahoo point com}. « Je ne suis plus
seule avec mes pensées. Le dimanche, maintenant, je chante. »
""", ["mental_health", "social_isolation"]),
("b7-fr-14", "fr", """
Fiche de situation. Mlle {PER:Kadiatou Bah}, 19 ans, Guinéenne, arrivée
mineure. À sa majorité, le foyer l'a mise dehors ; elle a dormi trois
semaines dans la gare et sous le {LOC:pont d'Aquitaine}, et un homme l'a
hébergée « contre service ». Avec l'équipe de POPPY elle a obtenu une
place en foyer pour jeunes femmes, chambre 12, et l'OFPRA a enregistré sa
demande d'asile : attestation numéro {ID:2504-118-36}. Elle a gardé le
contact de sa grande sœur {PER:Mariama} à Conakry, {PHONE:+224 622 45 18 07}.
« Ce qui a changé, c'est que je ferme la porte de ma chambre le soir et que
j'ai un papier qui dit que j'existe ici. »
""", ["housing", "civil_documents"]),
("b7-fr-15", "fr", """
Récit d'{PER:Senait Ghebremedhin}, 33 ans, Érythréenne, recueilli en mars.
« Pendant la traversée et après, je buvais pour oublier. À Bordeaux, je
buvais dès le matin, deux bouteilles de vin par jour. Une autre Érythréenne,
{PER:Selam}, m'a emmenée au CSAPA de la {LOC:rue Saint-James}. Le médecin ne
m'a pas jugée. J'ai diminué, puis arrêté en décembre. Il y a encore des
nuits où je revois la mer, mais je parle à la psychologue au lieu de boire.
» Contact de {PER:Senait} : {PHONE:0033 (0)7 49 12 06 38}, ou par sa
voisine, Mme {PER:Fabre}.
""", ["addiction", "mental_health"]),
("b7-fr-16", "fr", """
Entretien à Casablanca, traduit de l'arabe levantin. {PER:Rasha Al-Hamwi},
36 ans, Syrienne, vit au {LOC:quartier Maarif} avec ses trois enfants.
Quand son mari a disparu, elle n'avait plus rien à manger ; elle a travaillé
dans les cafés, puis la nuit. Avec l'ALCS elle a reçu pendant six mois des
paniers alimentaires et des bons d'achat, et le HCR a renouvelé son
certificat de réfugiée, numéro {ID:354-19C03882}. Son frère à Homs l'appelle
au {PHONE:+963 944 217 305}. « Les enfants ne se couchent plus le ventre
vide. C'est simple, mais c'est tout. »
""", ["food_security", "civil_documents"]),
("b7-fr-17", "fr", """
Q : Depuis quand savez-vous que vous vivez avec le VIH ? |
R : Depuis 2019. Je n'ai rien dit à personne pendant trois ans. Je prenais
mes comprimés en cachette, parfois j'oubliais exprès. |
Q : Qu'est-ce qui a changé ? |
R : À l'hôpital Ibn Tofail, j'ai rencontré Si {PER:Abdelkrim}, le médiateur
de l'ALCS. Il m'a expliqué la charge virale. Maintenant elle est
indétectable. Et j'ai parlé à ma fille {PER:Salma}. Elle m'accompagne
parfois à la consultation, on prend le bus 16 ensemble depuis
{LOC:Daoudiate}. |
Q : Pourquoi c'est le changement le plus important ? |
R : Parce que je ne me cache plus de ma fille. Le virus est toujours là,
mais le secret est parti.
""", ["hiv_care", "family_relations"]),
("b7-fr-18", "fr", """
Notes de l'infirmière de l'équipe mobile. {PER:Ricarda Souza}, 27 ans, a
fait un dépistage rapide dans le camion, {LOC:place André-Meunier} : VIH
négatif, syphilis positif. Nous l'avons orientée vers le Dr
{PER:Nguyen Van Thanh} au CeGIDD ; elle a reçu l'injection de pénicilline le
lendemain et le contrôle à trois mois est prévu. Son compagnon, {PER:Diego},
est venu se faire dépister lui aussi. Elle préfère être jointe sur la ligne
fixe de sa logeuse, le {PHONE:05 56 91 27 43}. « Je pensais que la syphilis
c'était une maladie d'autrefois. Je suis contente qu'on l'ait trouvée tôt. »
""", ["hiv_sti_testing", "sti_care"]),
("b7-fr-19", "fr", """
Récit de {PER:Itto Ouhammou}, 30 ans, recueilli à Agadir. Elle vient du
{LOC:douar Tagadirt n'Bour}, près de Taroudant. Quand elle est tombée
enceinte, elle n'avait jamais vu de gynécologue. Khalti {PER:Tudert}, la
sage-femme du centre de santé, l'a envoyée à l'hôpital Hassan II pour une
échographie. Elle a accouché d'une petite {PER:Tilelli}. Depuis, elle a un
implant contraceptif. Elle habite maintenant à {LOC:Tikiouine}, et son
numéro est le {PHONE:0662-385-914}. « Pour la première fois, c'est moi qui
décide quand j'aurai un autre enfant. »
""", ["reproductive_health", "access_to_care"]),
("b7-fr-20", "fr", """
Synthèse d'accompagnement, Rabat. {PER:Ghizlane Berrada}, 28 ans, a été
arrêtée trois fois en deux mois à {LOC:Takadoum}. À chaque fois, un agent
lui prenait entre 200 et 500 dirhams pour la relâcher et l'insultait devant
les voisins. Avec l'avocate de l'association, Mme {PER:Chraïbi}, elle a
déposé une plainte enregistrée sous le numéro {ID:PL-3391/2026}. L'agent a
été muté. {PER:Ghizlane} peut être jointe au {PHONE:00212 6 52 14 77 08}.
« Je ne pensais pas qu'une femme comme moi pouvait porter plainte contre un
policier. J'ai gagné le droit de marcher dans mon quartier. »
""", ["police_harassment", "violence_economic", "legal_support"]),
("b7-fr-21", "fr", """
Message de {PER:Fatoumata Sylla} lu au comité de sélection. « Avant, à la
fin du mois, je sautais des repas pour que mes deux garçons mangent. J'avais
honte d'aller aux Restos du Cœur. {PER:Prudence}, la bénévole, m'a
accompagnée la première fois ; avec prudence, sans rien dire aux autres.
Maintenant je vais chaque semaine à l'épicerie solidaire de la
{LOC:rue des Douves} et je reçois des bons. Mes fils {PER:Moussa} et
{PER:Ibrahima} ont repris du poids. » Elle a laissé son adresse
{EMAIL:f-sylla@laposte.net}.
""", ["food_security"]),
("b7-fr-22", "fr", """
Liste de suivi, journée de dépistage au local, 14 octobre : |
- {PER:F. Z.}, 34 ans : VIH, VHB et VHC négatifs ; vaccin hépatite B
commencé ; joignable au {PHONE:06 44 19 72 05}. |
- {PER:Aïcha M.}, 26 ans : premier dépistage de sa vie ; résultats
négatifs ; orientée vers le Planning familial. |
- {PER:Nicoleta Pop}, 40 ans : sérologie syphilis à contrôler ; e-mail
{EMAIL:nicoleta.pop@yahoo.ro}. |
- {PER:Bintou}, 23 ans : a peur des aiguilles, test rapide au doigt fait ;
négatif ; habite {LOC:cité Claveau}. |
Remarque de l'animatrice : plusieurs femmes disent que c'est leur premier
test, et qu'elles reviendront parce qu'on les a reçues sans jugement.
""", ["hiv_sti_testing", "access_to_care"]),
("b7-fr-23", "fr", """
Récit d'{PER:Océane}, femme trans ivoirienne, 25 ans. « Au
{LOC:bar Le Zanzibar}, où je travaille, des clients m'insultaient et le patron riait.
Au lycée Victor-Hugo, déjà, on m'appelait par mon ancien prénom. J'ai cru
toute ma vie que je valais moins. Au groupe, {PER:Jessica} et Mama
{PER:Sylvie} m'ont appris à répondre calmement, à dire mon prénom avec
fierté. Le mois dernier, j'ai corrigé le patron devant tout le monde. »
Elle donne son numéro ivoirien, {PHONE:+225 01 52 37 84 90}, et son e-mail
pour les ateliers, <{EMAIL:oceane.kone@proton.me}>.
""", ["stigma_discrimination", "self_esteem", "peer_support"]),
("b7-fr-24", "fr", """
{PER:Florica Lăcătuș}, 32 ans, vient d'un village près de Iași. À Bordeaux,
elle mendiait, puis travaillait sur le {LOC:cours Victor-Hugo}. Elle ne
savait ni lire ni écrire. Depuis septembre, elle suit une formation de
couture de six mois et des cours de français le mercredi. Le formateur,
M. {PER:Lambert}, dit qu'elle est la plus rapide du groupe. Elle a reçu son
attestation de formation n° {ID:FC-2026-0388} et un atelier de retouches de la
{LOC:rue Sainte-Catherine} lui propose un essai. Pour la joindre :
{PHONE:07 68 02 55 13}. « Maintenant j'écris mon nom toute seule, et mes
mains me font gagner ma vie. »
""", ["vocational_training", "income_employment", "self_esteem"]),
]

# ---------------------------------------------------------------- English (14)
STORIES += [
("b7-en-01", "en", """
Facilitator's notes, Casablanca, translated from Pidgin. {PER:Chiamaka Eze},
23, was brought from Lagos through Niger and Algeria by a man who promised
her a job in a hair salon. In Casablanca a woman called Madam {PER:Bisi} took
her passport (number {ID:A09384721}) and kept her in a flat in
{LOC:Hay Moulay Rachid} with six other girls, saying she owed 30,000 euros.
Sister {PER:Ngozi}, a peer educator, met her at a clinic night and gave her
the ALCS number. With the UNHCR she now has a case number,
{ID:354-25C01187}, and a shelter bed. Her mother in Enugu calls her on
{PHONE:+234 803 417 2269}. "I am not for sale any more. I got my name back
before I got my passport back."
""", ["trafficking", "civil_documents"]),
("b7-en-02", "en", """
E-mail from {PER:Jocelyn Bautista} to her support worker, Ms {PER:Garnier}.
"Dear Ms {PER:Garnier}, I wanted to tell you how I am. For three years in
Paris I spoke to nobody except the family I cleaned for and the men in the
car. I had panic attacks on the metro and I did not eat. Since I started
seeing the psychologist at the Avicenne hospital every two weeks, and since
you introduced me to {PER:Analyn} and {PER:Rowena} from the Filipino women's
group, I sleep five or six hours, I laugh again. Please use my new address
from now on: {EMAIL:jocelyn.bautista@mail.filcom-paris.org}. My number is
still {PHONE:+33 6 27 81 40 56}. With gratitude, {PER:Joy}."
""", ["mental_health", "social_isolation", "peer_support"]),
("b7-en-03", "en", """
Q: What happened with your room? |
A: The landlord, Mr {PER:Tazi}, came in January and said I had to go in two
days. I had paid him 1,500 dirhams for the month, he kept the money and put
my things in the street at {LOC:Hay Nahda}. |
Q: Where did you go? |
A: I slept at the mosque door two nights. Then {PER:Akosua}, my friend from
Kumasi, told me to call the association. They found me a shared room at
{LOC:23 Zanqa Oued Ziz, first floor}. |
Q: What has changed for you? |
A: Now there is a contract with my name, {PER:Abena Owusu}, on it. Nobody can
throw me out like rubbish. You can note my number, {PHONE:00212 677 30 15 48}.
""", ["housing", "violence_economic"]),
("b7-en-04", "en", """
Case notes, HIV mediation, Rabat. {PER:Mireille Ngo Bassong}, 39, from
Douala, has been living with HIV since 2015. She stopped her treatment for a
year after a nurse at the Mohammed V military hospital shouted her status in
the corridor. Auntie {PER:Clarisse}, the therapeutic mediator, went with her
to a different clinic and sat with her at each visit. Her viral load is now
undetectable, and she leads the Tuesday support group for newly diagnosed
women. She says: "When I see a new girl crying, I tell her what Auntie
{PER:Clarisse} told me: the pills are not a punishment, they are your
life." Contact: {EMAIL:mireille.ngo@gmail.com}, {PHONE:+237 6 77 52 19 84}.
""", ["hiv_care", "peer_support", "stigma_discrimination"]),
("b7-en-05", "en", """
Voice note, transcribed. "My name is {PER:Mercy}. I am from Benin, the
country, not the city. In Tangier the police used to come to
{LOC:Casabarata} at night. They took us to the station, they beat one girl,
{PER:Precious}, with a belt, and we were at the mercy of any officer who
wanted money or more. Last spring the association's lawyer came to
explain our rights. When they took me again in May, I asked for the
officer's name and I said I would complain. He let me go. That was the
first time. My precious thing now is that I am not afraid to speak."
""", ["police_harassment", "violence_physical", "rights_awareness"]),
("b7-en-06", "en", """
Letter from {PER:Helen Tesfay} to the lawyer, Bordeaux, translated from
Tigrinya. "Dear Maître {PER:Roussel}, I am writing to thank you. In Libya
and again in Calais I was raped, and for four years I told nobody. You
listened to me for three hours without looking at your watch. You filed my
complaint (number {ID:26-063-0912}) and asked the court to hear me with an
interpreter, a woman. Whatever the judge decides, I have said it. My
friend {PER:Rahwa} helped me write this letter. You can answer me at
<{EMAIL:helen.tesfay91@gmail.com}> or by text on {PHONE:07 81 09 36 62}."
""", ["violence_sexual", "legal_support"]),
("b7-en-07", "en", """
Q: What did you learn? |
A: Braiding, weaves, and how to keep accounts. The course was five months,
at the training centre of the Entraide Nationale. |
Q: And now? |
A: I work three days a week at {LOC:Salon Bella Vida} in {LOC:Hay Riad},
and Saturdays I do hair at home. The owner, Mrs {PER:Benkirane}, says I am
the best with kinky hair. I earn about 2,500 dirhams a month, without going
out at night. |
Q: Why is this change the most important? |
A: Because my daughter {PER:Kadiatu} sees me go to work in the morning like
other mothers. My name for your file is {PER:Aminata Kamara}, and my
e-mail is {EMAIL:AMINATA.KAMARA.SL@YAHOO.COM}.
""", ["vocational_training", "income_employment"]),
("b7-en-08", "en", """
Voice message from {PER:Bijou Kalala}, Marrakech. "Hello {PER:Houda}, it is
{PER:Bijou}. I want to say thank you for the food parcels. Since the
winter there was no work and in the house in {LOC:Derb Dabachi} we were
five women and two babies, eating bread and tea. Mama {PER:Bijou}, that is
what the girls call me now, because I share everything. We go together to
get the parcels and we divide them. Also {PER:Nsimba} got milk for her
baby. My number changed, it is {PHONE:0708-214-593} now. We are hungry less,
and we are together more."
""", ["food_security", "peer_support"]),
("b7-en-09", "en", """
Minutes of the Sunday women's group, Agadir. Present: {PER:G. A.},
{PER:Comfort}, {PER:Rukayat}, {PER:Esther Mensah}, facilitator {PER:Latifa}.
Topic: what to do after an attack. {PER:Latifa} explained the 19 police
number, the right to a medical certificate, and that a complaint can be
filed even without a residence card. {PER:Esther Mensah} said she had never
known this; she thought women like her had no rights in Morocco. {PER:Comfort}
offered to keep the list of lawyers for the group. Next meeting at
{LOC:Café Tafoukt} in {LOC:Talborjt}, 4 p.m. Contact for newcomers:
{PHONE:+212 (0)6 90 44 21 37}.
""", ["rights_awareness", "peer_support"]),
("b7-en-10", "en", """
Case summary, family law. {PER:Lina Darwish}, 34, Syrian, separated from
her husband in Oujda last year. He took their son {PER:Karim} to his
mother's house and threatened that she would never see him again. With the
association's lawyer, Mr {PER:Alaoui}, she asked the family court for
custody; the file number is {ID:2025/1407/118}. In March the court gave her
custody and visiting rights to the father. She now lives near
{LOC:Boulevard Mohammed Derfoufi} with her son. She asked us to write to her
({EMAIL:lina.darwish.oj@gmail.com}) rather than phone. "I have my son in my
arms and a paper from the judge. I sleep."
""", ["family_law", "legal_support", "violence_psychological"]),
("b7-en-11", "en", """
Outreach log, Bordeaux. {PER:Blessing Adeyemi}, 31, had never been tested
for anything. At the van on {LOC:Quai de Bacalan} she agreed to rapid tests:
HIV negative, but hepatitis B positive. We walked her to the hepatology
consultation; she is not yet on treatment but has monthly checks. She gave
her number in two parts because she was scared someone would hear:
{PHONE:07 52 18} and then, after a while, {PHONE:93 40}. Her friend
{PER:Gift} was tested too. "I was afraid to know. Now I know, and
knowing is better than being afraid."
""", ["hiv_sti_testing", "access_to_care"]),
("b7-en-12", "en", """
Worker's notes. {PER:Ionela Dumitru}, 29, from Constanța, came to the
harm-reduction session at the CAARUD in October. She had been smoking crack
for two years and sleeping in a squat. Since December she has a bed in a
stabilisation house at {LOC:112 cours de la Marne, 3rd floor}, and she goes
to the CSAPA twice a week. She has reduced to a few times a month. Her
boyfriend, {PER:Sorin}, who sold her the drugs, no longer knows where she
lives. Phone: {PHONE:+40 745 882 103}. "I wake up in the same bed every
morning. That is the change."
""", ["addiction", "housing"]),
("b7-en-13", "en", """
Q: What happened at the hospital? |
A: Two years ago, at the Ibn Sina hospital, a doctor refused to examine me
when he saw on my file that I was a sex worker. He said, go to your
clients. I left without care and I did not go back for anything, even
with a fever. |
Q: What changed? |
A: Dr {PER:Bennani}, a woman doctor who works with the association, saw me
at the health centre in {LOC:Yacoub El Mansour}. She did a full check-up
and talked to me like anybody. |
Q: Why is this the most significant change? |
A: Because I go to a doctor again. My name is {PER:Hind} and my number is
{PHONE:06-61-07-93-25}.
""", ["stigma_discrimination", "access_to_care"]),
("b7-en-14", "en", """
Facilitator's notes, Fès. {PER:Nadège Mukendi}, 26, from Kinshasa, came
for a pregnancy test in April. She was pregnant and did not want to continue.
Sister {PER:Philomène} explained her options and the legal limits in
Morocco, and she was followed in a clinic for a miscarriage that happened
in the seventh week. Afterwards she chose an IUD. Her file number at the
clinic is {ID:GYN-2026-0741}. She lives in {LOC:Ain Nokbi} and can be
reached at {EMAIL:nadege.mukendi@outlook.fr}. "Nobody asked me before what
I wanted for my body. Now someone asked."
""", ["reproductive_health", "access_to_care"]),
]

# ------------------------------------------------- Arabic script: MSA (6), Darija (6)
STORIES += [
("b7-ar-01", "ar", """
ملاحظات المنشطة، أكادير، أبريل 2026. {PER:زينب أوبلا}، 32 سنة، تسكن في
{LOC:حي الهدى} منذ ثلاث سنوات. كان شريكها يضربها كلما عاد في الليل، وفي
شهر فبراير كسر ذراعها وأغلق عليها باب الغرفة ثلاثة أيام دون أكل. ساعدتها
الحاجة {PER:رقية}، وهي مثقفة نظيرة في الجمعية، على الوصول إلى مستشفى الحسن
الثاني حيث حصلت على شهادة طبية بعجز مدته 30 يوما. بعد ذلك رافقتها المحامية
الأستاذة {PER:سناء بلمختار} إلى المحكمة لتقديم شكاية سجلت تحت رقم
{ID:٢٠٢٦/٣١٤}. تقول {PER:زينب}: «لم أكن أعرف أن ما يحدث لي جريمة يعاقب
عليها القانون. اليوم أعرف، وهو لم يعد يقترب من بيتي». يمكن الاتصال بها على
الرقم {PHONE:٠٦٦١٤٥٢٨٣٠} صباحا فقط.
""", ["violence_physical", "legal_support"]),
("b7-ar-02", "ar", """
رسالة من {PER:سلمى بنعلي} إلى فريق الجمعية في طنجة. «السلام عليكم، أكتب
إليكم لأقول إن حياتي تغيرت. لمدة عشر سنوات لم أجرؤ على إجراء أي تحليل،
كنت أخاف من النتيجة أكثر من المرض نفسه. في شهر مارس جاءت السيدة
{PER:حنان الريفي} إلى {LOC:حي بني مكادة} مع الوحدة المتنقلة، وأقنعتني
بإجراء الكشف السريع عن فيروس نقص المناعة والتهاب الكبد. كانت النتائج
سلبية. شرحت لي كيف أحمي نفسي، وأعطتني العوازل الطبية والمزلق، وأنا الآن
أطلبها من الزبائن دون خجل. إذا أردتم أن تراسلوني فعنواني الإلكتروني هو
{EMAIL:salma.benali88@gmail.com} أو الهاتف {PHONE:+212 6 50 38 71 24}.
شكرا لأنكم لم تحكموا علي».
""", ["hiv_sti_testing", "hiv_prevention"]),
("b7-ar-03", "ar", """
شهادة مترجمة، الدار البيضاء. {PER:مريم العلوي}، 20 سنة، من
{LOC:دوار أولاد يعيش} قرب بني ملال. وعدتها امرأة تدعى {PER:الشعيبية} بعمل
في مقهى بالدار البيضاء، ثم أخذت منها بطاقتها الوطنية رقم {ID:I 738215}
وأسكنتها مع فتيات أخريات في شقة بـ{LOC:حي البرنوصي}، وكانت تأخذ كل ما
تكسبه بحجة دين لا ينتهي. بعد سنة هربت {PER:مريم} بمساعدة زبون، واتصلت
بالجمعية. رافقتها المساعدة الاجتماعية إلى الشرطة واسترجعت بطاقتها، وهي
الآن في مركز إيواء تابع للتعاون الوطني. تقول: «كنت أظن أنني ملك لها لأنني
مدينة لها. الآن أعرف أن لا أحد يملكني». رقمها الجديد {PHONE:0705 19 62 83}.
""", ["trafficking", "violence_economic", "civil_documents"]),
("b7-ar-04", "ar", """
محضر جلسة مجموعة الحديث، مكناس، يوم الخميس. الحاضرات: {PER:سعيدة}،
{PER:نجاة}، {PER:فدوى}، {PER:كوثر}، والمنشطة لالة {PER:عائشة}. قالت
{PER:سعيدة} إنها لم تكن سعيدة منذ سنوات، وإنها كانت تقضي الأيام وحدها في
غرفتها ب{LOC:حي البرج المشقوق} لا تكلم أحدا. منذ انضمامها إلى المجموعة صارت
تخرج، وتلتقي بالأخريات في {LOC:مقهى الأندلس} بعد كل جلسة. قالت {PER:نجاة}
إن المجموعة علمتها أن تفتخر بنفسها وأن تقول «لا». اقترحت {PER:كوثر} أن
تتناوب المشاركات على تنشيط الجلسات. ملاحظة المنشطة: المشاركات لم يعدن يشعرن
بالعزلة، وأصبحن يتصلن ببعضهن عند الحاجة. رقم المجموعة عند {PER:فدوى}:
{PHONE:06 44 82 10 57}.
""", ["peer_support", "social_isolation", "self_esteem"]),
("b7-ar-05", "ar", """
س: ما الذي تغير في حياتك؟ |
ج: كنت أعيش في خوف دائم. طليقي كان يهددني بأخذ ابنتي ويتصل بي في الليل
ليشتمني ويقول إنه سيفضحني أمام الجيران في {LOC:حي فاس الجديد}. لم أكن أنام،
وفكرت في الانتحار أكثر من مرة. |
س: من ساعدك؟ |
ج: الدكتورة {PER:لبنى القادري}، الطبيبة النفسية التي تعمل مع الجمعية. رأيتها
كل أسبوعين في مستشفى ابن الحسن، وهي ساعدتني على فهم ما أعيشه. |
س: ولماذا هذا التغيير هو الأهم؟ |
ج: لأنني اليوم أنام، ولم أعد أصدق كلامه. ابنتي {PER:ريم} معي. إذا أردتم
الاتصال بي فهاتف أختي هو {PHONE:05 35 64 21 08}.
""", ["mental_health", "violence_psychological"]),
("b7-ar-06", "ar", """
قصة {PER:فاطمة الزهراء أيت الحاج}، 37 سنة، جمعتها المنشطة {PER:إيمان} في
مراكش. بعد خمس عشرة سنة من العمل في الليل، سجلت {PER:فاطمة الزهراء} في تكوين
الحلويات الذي ينظمه التعاون الوطني لمدة ستة أشهر. حصلت على شهادة التكوين
رقم {ID:FP-MRK-2025-0219} ثم على قرض صغير بقيمة 8000 درهم. تبيع اليوم
الحلويات المغربية في محل صغير في {LOC:شارع محمد الخامس} قرب السوق،
وتأخذ طلبيات الأعراس عبر البريد الإلكتروني {EMAIL:fz.aitelhaj@gmail.com}.
تقول: «ابني يعرف الآن ماذا تعمل أمه، ويحكي عن حلوياتي في المدرسة. لم يعد
عندي ما أخفيه». وتقول صديقتها، وهي ممرضة في مستشفى محمد الخامس، إن
زميلاتها يطلبن منها كعك العيد.
""", ["vocational_training", "income_employment", "self_esteem"]),
("b7-ary-01", "ary", """
ميساج صوتي مكتوب. «أنا سميتي {PER:الزوهرة}، عندي 41 عام. البوليس كانو كيجيو
لـ{LOC:درب غلف} كل سيمانة، كيشدونا وكياخدو لينا الفلوس باش يطلقونا، مرة
خداو ليا 700 درهم وسبوني قدام الناس. خالتي {PER:حليمة} قالت ليا سيري
للجمعية. تما شرحو ليا الحقوق ديالي، وعطاوني رقم المحامية. دابا ملي كيجي
شي بوليسي كنسولو على السمية ديالو وكنقول ليه راه عندي محامية، وكيحشم.
ماشي ساهل، ولكن ما بقيتش كنعطي الفلوس. قبل كنت كنحسب
بلي حنا ما عندنا حتى حق، دابا عرفت بلي حتى أنا عندي الحق، وهادشي هو اللي
تبدل فحياتي. إلا بغيتو تعيطو ليا، الرقم
{PHONE:٠٦٧٠٢٣٤٥١٨}، ولا عيطو لـ{PER:حليمة}.»
""", ["police_harassment", "violence_economic", "rights_awareness"]),
("b7-ary-02", "ary", """
المنشطة كتبات: {PER:حسناء} عندها 27 عام، كانت ساكنة مع خوها ف
{LOC:دوار السكويلة}. ملي عرف شنو كتخدم، جرا عليها من الدار فالليل هي
وبنتها {PER:هبة}، وعمرها خمس سنين. باتو جوج ليالي عند جارة. الجمعية لقات
ليها بيت بالكرا ف{LOC:زنقة 14 حي الأمل}، وخلصات ليها الشهر الأول. دابا
{PER:حسناء} ولات كتعيط لماماها، وماماها جات تشوف الحفيدة ديالها أول مرة.
قالت: «كنت كنحسب راسي بلا دار بلا عائلة. دابا عندي الساروت ديالي، ومي
كتسول فيا». ملاحظة: الأمل اللي عندها كبير، ولكن خوها مازال ما بغاش يهضر
معاها. الهاتف ديالها: {PHONE:+212 6 62 71 09 35}.
""", ["housing", "family_relations"]),
("b7-ary-03", "ary", """
س: شحال هادي وانتي عايشة مع الفيروس؟ |
ج: ست سنين. فالأول كنت كنخبي الدوا تحت الفراش، وكنت كنبكي كل ليلة، ما
بغيتش نعيش. |
س: شنو تبدل؟ |
ج: لالة {PER:خدوج}، الوسيطة ديال الجمعية، بقات كتعيط ليا كل سيمانة،
وكتمشي معايا للسبيطار. دابا كنشرب الدوا فالوقت، والتحليل قال الفيروس ما
بقاش كيبان. ومشيت عند الطبيبة النفسانية، ما بقيتش كنفكر فالموت. |
س: فين ساكنة دابا؟ |
ج: ف{LOC:حي المسيرة}، مع {PER:كريمة} صاحبتي. هي اللي كتفكرني بالدوا ملي
كننسى، وكتجي معايا للمجموعة ديال النهار الثلاث. إلا بغيتو تكتبو ليا،
{EMAIL:karima.hiba@hotmail.com} ديال {PER:كريمة}، هي كتقرا ليا.
""", ["hiv_care", "mental_health"]),
("b7-ary-04", "ary", """
الحكاية ديال {PER:وردة}، 30 عام، من وجدة. «ملي عرفو الواليدين شنو كنخدم،
بابا قال ليا ما بقيتيش بنتي، وخوتي سبوني فالتيليفون وهددوني. عشت خمس
سنين بلا ما نشوفهم. فالجمعية، المساعدة {PER:نادية} عاونتني نكتب برية
لمي. فالعيد، خويا {PER:ياسين} جا لعندي ل{LOC:حي لازاري} وجاب ليا وردة
حمرا من عند مي. ملي شفت الوردة بكيت، حيت عرفت بلي مي مازال
كتبغيني. دابا كنمشي عندهم مرة فالشهر. بابا مازال ما كيهضرش معايا
بزاف، ولكن كيسلم». قالت {PER:وردة} بلي هادا هو التبدال اللي كيهمها
كثر من أي حاجة. الرقم: {PHONE:06.71.40.83.22}.
""", ["family_relations", "violence_psychological"]),
("b7-ary-05", "ary", """
المنشطة {PER:سكينة} كتبات من بني ملال: {PER:رحمة الشاوي}، 35 عام، كانت
كتعطي كلشي اللي كتربح لخوها الكبير، وإلا ما عطاتوش كان كيهددها يقول
للعائلة. الحاجة {PER:الباتول} من الجمعية شرحات ليها بلي هادا عنف اقتصادي.
دابا عندها قرض صغير من جمعية القروض، رقم الملف {ID:MC-2026-03318}،
وكتبيع الملابس ف{LOC:سوق الثلاثاء}. البطاقة الوطنية ديالها
{ID:IA 204417}. قالت: «دابا الفلوس ديالي فجيبي أنا. خويا ما بقاش كيعرف
شحال كنربح. قبل ما كنتش كنقدر نشري حتى الدوا لراسي، وكنحشم نطلب من شي
حد. دابا كنصيفط حتى لمي فالعروبية». التيليفون: {PHONE:0523-48-19-06}.
""", ["violence_economic", "income_employment"]),
("b7-ary-06", "ary", """
ملاحظات الطبيبة المتطوعة، كازا. {PER:نزهة} جات للقافلة ف{LOC:حي السدري}
وكانت عندها حريق وحبوب ملي كتبول. قالت ليا ما مشاتش للسبيطار
من عامين حيت كتحشم. الدكتور {PER:الإدريسي} شافها فالمركز ديال الجمعية،
داوها بالحقن والدوا، ورجعات من بعد جوج سيمانات وبراات. عطيناها الكابوط
ومزلق، وشرحنا ليها كيفاش تطلبهم من الكليان. قالت: «كنت كنحسب هادشي
عادي، وكنسكت. دابا ملي كنحس بشي حاجة كنجي نيشان». ما بغاتش تعطي
التيليفون، عطات غير الإيميل: {EMAIL:nozha.casa@yahoo.fr}. قالت بلي غادي تجيب حتى
صاحبتها. السبيطار ديال ابن
رشد كان بعيد عليها، دابا المركز قريب.
""", ["sti_care", "hiv_prevention"]),
]

# ------------------------------------------ SMS / WhatsApp in Latin letters (10)
STORIES += [
("b7-sms-01", "ary", """
[21:14] {PER:nawal}: slm lalla {PER:samira}, moi c {PER:nawal} dyal lgroupe
dyal lkhmis |
[21:15] {PER:nawal}: bghit ngolik merci bzaf. lyoum mchit m3a {PER:loubna}
l centre w dert test dyal sida w syphilis, kolchi négatif hamdoulah |
[21:16] lalla {PER:samira}: mabrouk a {PER:nawal}!! chefti ma kaynch
3lach tkhafi |
[21:18] {PER:nawal}: 3am w ana khayfa ndir test, kont kan9oul ila tla3
positif nmout. {PER:loubna} 9alt lia ana m3ak, w b9at m3aya hta khrjat
natija |
[21:19] lalla {PER:samira}: hadi hia lkhwatat. ila bghiti t3awni lbnat
jdad, 3ayet l {PER:loubna} f {PHONE:0661 27 83 90} |
[21:20] {PER:nawal}: wakha, nchallah nwelli hta ana n3awen
""", ["hiv_sti_testing", "peer_support"]),
("b7-sms-02", "ary", """
[23:02] {PER:ghita}: wa {PER:hind} fin nti? lboulice chedo {PER:sara} 7da
{LOC:café la Renaissance} |
[23:03] {PER:hind}: ach? bach? |
[23:05] {PER:ghita}: dima nafs lhkaya, bghaw 500dh bach itl9oha. ma3ndhach.
gal liha ghadi n3ayet l bak w ngolih ach katkhdmi |
[23:06] {PER:hind}: 3ayti l maitre {PER:berrada} daba, ra3ah 3tana
rasmi {PHONE:+212 6 00 41 77 52}, 9al lina ay we9t |
[23:40] {PER:ghita}: 3aytt lih, ja l commissariat w khrjat {PER:sara}
bla ma t3ti walo. hia mbehdla walakin labas |
[23:41] {PER:hind}: lhamdoulah. ghda nmchiw kamlin l jam3iya n9ado
chikaya, ma ghadich ndirou b7al walo
""", ["police_harassment", "violence_economic", "legal_support"]),
("b7-sms-03", "ary", """
[10:12] {PER:khadija}: sbah lkhir a {PER:sabah}, ana f {LOC:hay salam}
daba, l'mol dar 7rez lia l'bab w 3tani ghir lyoum |
[10:13] {PER:sabah}: sbah nour. 3lach? khalsti lkra? |
[10:15] {PER:khadija}: khlst, walakin 3ref ach kankhdem w bgha ykhrjni, w
drari m3aya |
[10:20] {PER:sabah}: ma tkhafich. mchi l jam3iya l
{LOC:rue Abou Bakr Seddik} 3and {PER:widad}, hia li l9at dar l {PER:malika} l3am li fat |
[15:47] {PER:khadija}: l9aw lia bit f {LOC:derb el hajjaj} b 900dh, w
khalsou chhar lowel. drari ghadi iy3iou lyoum f blasa dyalna. merci
bzzaf a {PER:sabah} |
[15:48] {PER:sabah}: mabrouk, nmchi nchoufk ghda
""", ["housing", "peer_support"]),
("b7-sms-04", "ary", """
[02:31] {PER:imane}: {PER:fz} 3afak jawbini, wahed lclient drebni f
{LOC:hotel Tourisme} w dda lia tilifoun w flous |
[02:33] {PER:fz}: fin nti daba? wach kat9dri tmchi? |
[02:35] {PER:imane}: ana f lbab dyal lhotel, wjhi kaydmi |
[02:36] {PER:fz}: 3ayti l 19 ola sir l urgences. ana jaya f taxi. ila
ma9ditich t3ayti, chi wahed y3ayet lia 3la {PHONE:07.62.18.40.55} |
[09:10] {PER:fz}: hanya? dkhlti l sbitar? |
[09:15] {PER:imane}: ah, dawni w 3tawni chahada 21 yom. ghda nmchi m3a
{PER:samia} l jam3iya n9ado chikaya. chokran a {PER:fz}, bla bik kont nb9a
tma f zen9a bohdi
""", ["violence_physical", "violence_economic", "access_to_care"]),
("b7-sms-05", "ary", """
[14:02] {PER:hajar}: slm {PER:oumaima}, ssme7li, wach 3ndek email dyal
l'assistante? bghit nsifet lih lwra9 dyal cin |
[14:04] {PER:oumaima}: ah, hahowa: {EMAIL:assia.b.social@gmail.com}. 3lach? |
[14:06] {PER:hajar}: ra rab7t! l cin tsaybat, numero {ID:BH419027}, 3chrin
3am w ana bla biya9a. daba n9der n7el compte w nkhdem f lmasna3 |
[14:07] {PER:oumaima}: mabrouk a {PER:hajar}!! w bent lik? |
[14:09] {PER:hajar}: tsjlat f l7alat lmadania hta hia, rasmiyan. ila bghat
l'assistante tsaweb lia, {EMAIL:hajar.lm+docs@gmail.com} |
[14:10] {PER:oumaima}: rani fer7ana bik bzaf, had chi ma kanch sahel |
[14:12] {PER:hajar}: chokran. daba ila chi bolissi tlab lia lwra9 ghadi
nwerrih l cin w mankhafch
""", ["civil_documents"]),
("b7-sms-06", "ary", """
[19:20] khalti {PER:fatna}: wa {PER:rim} benti, wach drti rendez-vous
m3a l psychologue? |
[19:22] {PER:rim}: ah a khalti, mchit lyoum. bkit bzaf walakin rta7t.
3awdt liha kolchi, b7al li kan ydir lia bba w ki kan ygoul lia ma3ndi
9ima |
[19:23] khalti {PER:fatna}: nti 3ndek 9ima kbira. chno galt lik? |
[19:25] {PER:rim}: galt lia l'kabousse li kanchouf f lil mn trauma, w
ghadi nchoufha kol jem3a. tb9a tmchi m3aya ya khalti? |
[19:26] khalti {PER:fatna}: iyeh, kol jem3a. n9ablek f
{LOC:derb Sidi Bouloukat}? hhh la, 9rib l {LOC:café Chez Mouna} |
[19:27] {PER:rim}: wakha. rani 7ssit b rasi khfif. ila tbdel chi 7aja
3ayti lia {PHONE:+212661904317}
""", ["mental_health", "violence_psychological"]),
("b7-sms-07", "fr", """
[08:41] {PER:ines}: coucou {PER:marie-jo} c {PER:ines}, dsl pr hier jsuis
pas venue au groupe |
[08:43] {PER:marie-jo}: t'inquiète ma belle, ça va ? |
[08:45] {PER:ines}: bof jdors plus, jpleure tt le temps depuis que mon ex
ma frappée. jsais pas a qui parler |
[08:46] {PER:marie-jo}: tu veux que je t'accompagne voir {PER:sophie} la
psy ? elle consulte le jeudi au local, c gratuit |
[08:50] {PER:ines}: ok mais jai peur qu'elle me juge |
[08:51] {PER:marie-jo}: elle juge personne, promis. jte récupère jeudi
13h30 devant le {LOC:tabac des Capucins} |
[18:02] {PER:ines}: jsuis allée, elle était top. jy retourne dans 15 jours.
merci {PER:marie-jo}, mon num change c {PHONE:06 19 47 22 86}
""", ["mental_health", "violence_physical", "peer_support"]),
("b7-sms-08", "fr", """
[11:15] {PER:precious}: bjr madame {PER:lagarde}, c {PER:precious} de la
formation cuisine |
[11:16] {PER:precious}: jai eu le cdi au restaurant !!! commis de cuisine,
35h, 1450 euros |
[11:18] madame {PER:lagarde}: BRAVO {PER:precious} ! vous l'avez mérité.
vous commencez quand ? |
[11:20] {PER:precious}: lundi 7h. plus besoin de travailler la nuit,
jpeux enfin payer lécole de mon fils {PER:david} |
[11:21] madame {PER:lagarde}: envoyez-moi le contrat pour le dossier de
fin de formation svp |
[11:24] {PER:precious}: je l'envoie depuis mon mail, c
{EMAIL:precious point okafor arobase gmail point com} |
[11:25] madame {PER:lagarde}: parfait. c'est un moment précieux, profitez.
""", ["income_employment", "vocational_training"]),
("b7-sms-09", "fr", """
[22:10] {PER:kiki}: {PER:solange}, le 115 a rien ce soir, jsuis dehors avec
le petit |
[22:11] {PER:solange}: t où ? |
[22:12] {PER:kiki}: devant la gare, il fait trop froid |
[22:15] {PER:solange}: bouge pas. {PER:ophélie} de la maraude arrive. elle
a une nuit pour toi à l'{LOC:hôtel du Parc}, chambre 8 |
[22:48] {PER:kiki}: on est dans la chambre, le petit dort. merci tata |
[09:30] {PER:ophélie}: bonjour {PER:kiki}, rdv 14h au local pour la
demande de logement. apporte ton récépissé, numéro {ID:3309521748} |
[09:32] {PER:kiki}: ok. mon tel c {PHONE:07 44 06 12 97} si besoin
""", ["housing"]),
("b7-sms-10", "fr", """
[16:03] {PER:cristina}: bonjour me {PER:dupuy}, c {PER:cristina gomez},
la plainte contre le client ? |
[16:20] me {PER:dupuy}: bonjour {PER:cristina}. le parquet l'a enregistrée,
n° {ID:25/318/0447}. il sera convoqué. |
[16:22] {PER:cristina}: il me doit toujours 400 euros et il ma menacée |
[16:25] me {PER:dupuy}: on le demande en dommages et intérêts. vous avez
gardé les messages de menace ? |
[16:27] {PER:cristina}: oui tout. je les envoie à {EMAIL:CRISTINA.GOMEZ-BDX@GMAIL.COM}
puis à vous |
[16:30] me {PER:dupuy}: très bien. et n'oubliez pas, vous n'êtes pas
seule, l'aide juridictionnelle couvre tout |
[16:31] {PER:cristina}: merci. avant je pensais qu'une pute pouvait pas
porter plainte. maintenant je sais
""", ["legal_support", "violence_economic", "violence_psychological"]),
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
    """Strip ``{LABEL:text}`` marks; return the plain text and its PII spans, offsets as str indices."""
    text = ""
    spans: list[dict] = []
    pos = 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        label, span_text = m.group(1), m.group(2)
        spans.append({"start": len(text), "end": len(text) + len(span_text),
                      "label": label, "text": span_text})
        text += span_text
        pos = m.end()
    text += marked[pos:]
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed mark left in: {text[:80]!r}")
    return text, spans


def build() -> list[dict]:
    """Parse every story, check it, and return the rows in order."""
    rows = []
    seen = set()
    for sid, lang, source, themes in STORIES:
        if sid in seen:
            raise ValueError(f"duplicate id {sid}")
        seen.add(sid)
        if not sid.startswith("b7-"):
            raise ValueError(f"{sid}: id must start with b7-")
        if lang not in ("fr", "en", "ar", "ary"):
            raise ValueError(f"{sid}: bad lang {lang}")
        unknown = set(themes) - THEMES
        if unknown:
            raise ValueError(f"{sid}: unknown themes {sorted(unknown)}")
        if len(set(themes)) != len(themes) or not 1 <= len(themes) <= 3:
            raise ValueError(f"{sid}: themes must be 1-3 distinct keys")
        text, spans = parse(join_lines(source))
        if not spans:
            raise ValueError(f"{sid}: no personal data marked")
        for sp in spans:
            if sp["label"] not in LABELS:
                raise ValueError(f"{sid}: bad label {sp['label']}")
            if text[sp["start"]:sp["end"]] != sp["text"]:
                raise ValueError(f"{sid}: span does not read back: {sp}")
            if sp["text"] != sp["text"].strip() or "\n" in sp["text"]:
                raise ValueError(f"{sid}: span has outer whitespace or a newline: {sp}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            raise ValueError(f"{sid}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        rows.append({"id": sid, "lang": lang, "text": text,
                     "themes": sorted(themes), "pii": spans})
    if len(rows) != ROWS:
        raise ValueError(f"{len(rows)} stories, expected {ROWS}")
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
    out = Path(__file__).with_name("analysis_dev8.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    check_file(out, rows)
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
