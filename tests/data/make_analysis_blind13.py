"""Generate tests/data/analysis_blind13.jsonl, blind set 13 of the analysis engine.

Written on 2026-12-02 by the blind writer ``blind13``. What was read, and
nothing else: the rules file of the worktrees (COMMON.md); the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels); the description of the method
(shared/design/msc-method.md); the module docstring of the generator of
blind set 11 (/work/wt/blind_conventions.txt), for its marking conventions
and its composition only; the shared helpers (tests/data/gold_marks.py), the
scoring harness (tests/nlp_scoring.py) and the model of this set's test
(/work/wt/blind13_test_model.py). The writer also saw the one-line messages
of the last three commits of the branch (``git log --oneline``). The
analysis engine (msc/), its pattern lists, its rule tests, the PII probe,
every other generator and the stories of every other evaluation or training
set were NOT read. The engine was not run on these stories, msc was not
imported and the set was not scored by its writer. It is to be scored ONCE;
never tune the engine on it (once it has been used for tuning it is no
longer blind, and a new blind set must be written).

The 60 stories below are fictional (no real person; streets, neighbourhoods
and villages are real or plausible places, people, numbers and addresses are
invented, phone numbers use fictional or invented ranges (French 05 56 99,
05 57 99, 06 39 98, 06 99 and 07 99 blocks, UK 07700 900, 0121 496, 0161 496
and 020 7946 drama ranges), e-mail domains are invented (``-exemple``,
``-demo``, ``.example``); organisations named as negatives are real or
plausible services): 24 French, 14 English, 12 in Arabic script (6 Modern
Standard Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10
SMS/WhatsApp messages in Latin letters (6 Darija mixed with French, lang
"ary"; 4 French SMS, lang "fr"), so the languages count fr 28, en 14, ar 6,
ary 12. Each story is 81-148 words and carries 1-3 gold themes.

Registers: survivors' first-person accounts, a letter of a mother to her
son, a letter of a sister to her sister (Arabic), facilitators' and peer
educators' notes (French, English, Arabic, Darija), Q/R, Q/A and س/ج
interview transcripts, transcribed voice notes (one left on an answering
machine at night, one in Darija), minutes of talking groups and of a
self-support group with attendance lists, the minutes of a selection
committee, a rights workshop with its participants, a case-coordination
synthesis and a case meeting, e-mails with From/To/Cc headers (a name beside
its address), a support letter for social housing, a homelessness support
letter, an attestation for an asylum file, referral forms (French, English
modern-slavery form, Arabic), a hotline sheet and a helpline sheet, an
outreach log with times (Bordeaux) and night-van notes (London), WhatsApp
threads with a time and the sender's name on every line (Arabic script and
Latin letters), threads with dashes and no names, two group threads, a
single long SMS, and an automatic appointment reminder followed by a thread.

Settings: Bordeaux (quai de Paludate, Mériadeck, Bacalan, la Victoire, the
Capucins market), Paris, Leeds (Harehills, Chapeltown), Manchester (Moss
Side), Bristol (Easton), Glasgow (Govanhill's Allison Street), London
(Holloway, Caledonian Road, Earl's Court, Bethnal Green, Stratford, Green
Street), Birmingham (Soho Road, Handsworth), Liverpool (Kirkdale), Newcastle,
Cardiff, Casablanca (Derb Sultan, Hay Mohammadi, Bourgogne, Derb Ghallef,
Sidi Bernoussi, Hay Moulay Rachid, Hay Hassani), Marrakech (Bab Doukkala,
Daoudiate, Sidi Youssef Ben Ali, Derb Dabachi, Hay Massira), Rabat
(Takaddoum), Tanger (Mesnana, Bni Makada, café Hafa), Fès (Zouagha, Narjiss),
Agadir (Anza, Dakhla), Oujda (Al Qods, Al Andalous), villages of the Souss,
of the Fès region and of the Middle Atlas (Timahdite), La Goulette, El
Poblado. Storytellers and the people around them are Moroccan (Arab and
Amazigh: « Tiziri Oubella », « Hafsa Id Belkacem », « فاطمة الزهراء أيت باها »,
« عائشة أوحدو », « باسو », « يامنة »), Algerian, Tunisian (a trans woman whose
papers still carry her former name), Nigerian (« Mama Tessy », « Osas »,
« Precious Idahosa », « Ifeoma », « Tolu »), Kenyan (« Esther Wanjiru
Kamau », « Njeri »), Ivorian, Cameroonian, Congolese (« Merveille Kabeya »,
« Gloire »), Guinean, Senegalese, Eritrean, Romanian (« Florentina » called
« Flori », « Cosmin »), Polish, Ukrainian, Vietnamese (« Nguyen Thi Hoa » as
Nom/Prénom fields, « Tran Van Lien » known as « Linh », « Anh Hai »),
Chinese (« Zhang Xiuying »), Filipino (« Marites » called « Tess »),
Colombian (« Jhon Fredy », « Luz Dary »), Peruvian, Brazilian (« Raíssa »,
« Cláudia Ferreira »), Spanish, Syrian (« رهف », « مازن », « جود »), Welsh
(« Gwen Pritchard », « Owain Lloyd », « Rhiannon Jones »), Scottish (« Morag
Sinclair », a policeman called « Big Davie »), Irish, English (one of a
Jamaican family), French; police and professionals are named by a surname
after a title (Maître, Dr, Docteur, Mme, M., Mr, Ms, Miss, Sgt, PC, Hajj,
الأستاذة, الدكتورة, الأخت, الأستاذ, lmohamiya, doktora, maitre, mme, si, mi).

Names that are also words, used both ways: « Grace » and « Grâce » beside
« par la grâce de Dieu » and « grâce à elle »; « Patience » beside « il faut
de la patience » and « la patience des autres »; « Bijou » beside « un vrai
bijou »; « Hope » beside « I have hope again » and « no hope of anything »;
« Faith » beside « keep faith »; « Mercy » is only a word here (« at the
mercy of »); « نور » beside « أرى النور »; « سعاد » beside « السعادة »;
« بشرى » beside « بشرى لنا ». Streets named after people or containing a
title (rue Camille-Sauvageau, rue Élie-Gintrac, boulevard Alfred-Daney, cours
Saint-Louis, place Saint-Michel, avenue Mohammed V, hay Moulay Rachid, zn9a
ibn batouta, حي سيدي يوسف بن علي) are LOC; institutions named after people
(CHU Ibn Rochd, hôpital Pellegrin, hôpital Charles-Perrens, hôpital Hassan
II, hôpital Ibn Sina, centre d'hébergement Jean-Moulin, Saint Mary's Sexual
Assault Referral Centre, مستشفى ابن طفيل, مستشفى الغساني, سبيطار ابن زهر) are
not marked; nor are organisations, the railway station (« gare st jean »),
emergency and free numbers (15, 17, 19, 101, 115, 999, 8350), dates,
times, amounts, ages, room and office numbers, law and article numbers.

Phones of many countries and kinds: France (fixed and mobile, spaced, run
together, +33), Morocco (fixed and mobile, spaced, hyphenated, +212,
Arabic-Indic digits), the UK (mobiles and Manchester, Birmingham and London
landlines), Kenya, Côte d'Ivoire, DR Congo, Nigeria, Romania, the
Philippines, Syria, Senegal, Spain and Belgium. E-mails plain and
obfuscated (« [at] … [dot] », « AT … DOT », « [arobase] … [point] »,
« arobase … point », « (at) … (dot) », « [at]…[dot] » without spaces), one
of them in a From header. IDs of many kinds: Moroccan CIN (with and without
inner space), Moroccan complaint and court file numbers (two in Arabic-Indic
digits), a Moroccan birth-certificate act, a new Moroccan passport, French
asylum receipt and foreigner numbers, a provisional social-security number,
an AME request, a social-housing unique number, an OFPRA file, complaint and
procès-verbal numbers, CeGIDD file numbers, a hotline sheet number, Romanian,
Guinean and Filipino passports, UNHCR numbers, an NRM reference, an NHS
number, a crime reference, a Police Scotland complaint reference, a
homelessness application, a Home Office reference, a family-court case
number, a UK National Insurance number, a residence permit card, a sexual
health clinic number, a French residence permit number in an SMS.

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID) and turned into offsets by ``gold_marks.write_set``, which checks
that every span reads back. In the story sources, physical lines are joined
with one space; a line ending in `` |`` ends with a real newline instead.

Marking conventions: exactly those of blind set 11 (as stated in the
docstring of make_analysis_blind11.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, M., Maître, Dr, Docteur, Mr, Ms, Miss, Sgt, PC, Sister, Mama, Hajj,
  الأستاذة, الأستاذ, الدكتورة, الأخت, خويا, أمي, ختها, mi, si, maitre, mme,
  lmohamiya, doktora), nor an SMS vocative or presentative (« a », « c »,
  « ana »), nor an Arabic proclitic (و، ب، ل، ف); every occurrence,
  lowercase SMS names and sender labels included; initials are names
  (« Sonia B. », « Sandrine L. »); particles (Id, Ait/أيت, el, Dela) are
  inside; a possessive « 's » is outside. A name that is also a common word
  is PER only when it names a person.
- LOC: cue plus name (rue, avenue, boulevard, allée, cours, quai, place,
  marché, résidence, quartier, douar, café, hôtel, bar, restaurant, salon,
  street, road, lane, pub, حي، دوار، درب، مقهى، zn9a, hay, derb, souk),
  without the article or preposition before it; a numbered address runs from
  the number to the end of the street name, with flat details joined by a
  comma inside; bare neighbourhood and village names alone. Streets and
  neighbourhoods named after people are LOC, not PER. Large cities,
  countries, regions, stations and institutions are not marked.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; emergency and free numbers are not marked.
- EMAIL: the whole address, obfuscated forms included (whole written form),
  never the angle brackets around it.
- ID: the number only, not its cue, with the letter prefixes, inner spaces,
  hyphens and slashes that belong to it. Ages, dates, amounts, years, times,
  room numbers and law or article numbers are not IDs.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  cd tests/data && python3 make_analysis_blind13.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "b13-"


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_blind13.jsonl"), ROWS, PREFIX, THEMES)


STORIES = [
    ("b13-fr-01", "fr", """
Je suis arrivée à Bordeaux en 2023, après Lagos, Agadez et la Libye. À Benin City, une femme que tout le monde
appelait Mama {PER:Tessy} m'avait promis un travail de coiffure ; à l'arrivée elle m'a dit que je lui devais
35 000 euros. Je travaillais la nuit {LOC:quai de Paludate} et son cousin {PER:Osas} prenait tout l'argent. Il
gardait mon passeport et il disait que ma mère au village mourrait si je parlais. C'est {PER:Grace}, une paire de
La CASE, qui m'a donné des préservatifs et une carte avec le numéro {PHONE:05 56 99 41 27}. Par la grâce de Dieu
j'ai appelé. Avec Maître {PER:Lacombe} j'ai déposé plainte pour traite (procès-verbal {ID:2025/118734}) et la
préfecture m'a remis un récépissé n° {ID:3312847596}. Aujourd'hui {PER:Osas} est jugé, et moi je dors chez ma
copine {PER:Precious Idahosa}. Le plus important, c'est que je ne dois plus rien à personne.
""", ["trafficking", "legal_support", "civil_documents"]),
    ("b13-fr-02", "fr", """
Notes de l'animatrice – {PER:Khadija Ouchen}, ALCS Marrakech, entretien du 14/10/2026. |
{PER:Saadia}, 32 ans, travaille depuis six ans près de {LOC:Bab Doukkala}. En juin, deux agents l'ont arrêtée
{LOC:avenue Mohammed V} et lui ont pris 800 dirhams en disant que sinon c'était la garde à vue. L'un d'eux,
surnommé « {PER:Chkoupi} » par les filles, revient chaque semaine réclamer sa part. Ils ont aussi gardé deux jours
sa carte nationale ({ID:EE 417293}). Avec la juriste de l'association, {PER:Nezha Benkirane}, elle a appris
qu'on ne peut pas la fouiller sans procès-verbal, qu'elle peut appeler le 19 et nous joindre au
{PHONE:05 24 43 87 10}. Ce qui a changé, dit-elle : « Maintenant je connais mes droits, je ne donne plus rien. »
Elle a amené {PER:Fadwa} et {PER:Latifa} à la séance suivante, et {PER:Chkoupi} ne s'arrête plus devant elle.
""", ["police_harassment", "rights_awareness"]),
    ("b13-fr-03", "fr", """
Compte rendu – groupe de parole du jeudi 5 novembre 2026, local de POPPY, salle 2. |
Présentes : {PER:Ioana Lungu}, {PER:Marisol Quispe}, {PER:Fatou}, {PER:Mai Linh Tran}, {PER:Nadège}, {PER:Sonia B.} |
Animation : {PER:Claire Vidal} (paire), {PER:Yasmina Kaci} (psychologue). |
{PER:Marisol} raconte qu'avant le groupe elle ne parlait à personne depuis l'hiver, seule dans son studio
{LOC:cours de la Marne}. Maintenant elle garde le téléphone du groupe le week-end. {PER:Ioana} propose une sortie
au {LOC:marché des Capucins} ; {PER:Nadège} dit que « la patience des autres » l'a sortie de sa chambre.
{PER:Fatou} a été insultée au guichet de la CAF (« encore une pute ») ; le groupe rédige avec elle une
réclamation et {PER:Mai Linh} l'accompagnera. Prochaine séance : 19/11, 14 h. Téléphone du groupe :
{PHONE:07 99 12 64 03}.
""", ["peer_support", "social_isolation", "stigma_discrimination"]),
    ("b13-fr-04", "fr", """
De : {PER:Hélène Marchetti} <{EMAIL:h.marchetti@lacase-exemple.org}> |
À : {EMAIL:accueil.cegidd@chu-exemple.fr} |
Objet : orientation de Mme {PER:Wanjiru} pour dépistage |
Bonjour Docteur {PER:Ferrand}, |
Je vous adresse Mme {PER:Esther Wanjiru Kamau}, 27 ans, d'origine kényane, que nous accompagnons depuis
septembre. Un client a retiré le préservatif de force il y a cinq jours, donc hors délai pour le TPE. Elle
souhaite un dépistage VIH, syphilis et hépatites. C'est sa première consultation en France : sa demande d'AME est
en cours (n° {ID:AME-33-2026-004819}). Elle peut être jointe au {PHONE:+33 7 56 31 08 92} ou par sa sœur
{PER:Njeri} au {PHONE:+254 712 408 663}. Merci de lui proposer un rendez-vous avec une interprète en swahili. |
Bien cordialement, |
{PER:Hélène Marchetti}, travailleuse sociale, La CASE
""", ["hiv_sti_testing", "violence_sexual", "access_to_care"]),
    ("b13-fr-05", "fr", """
Fiche écoute – permanence téléphonique, 22/09/2026, 23 h 40. |
Écoutante : {PER:Agathe} |
Appelante : « {PER:Bijou} », prénom d'usage, travailleuse du sexe trans, d'origine camerounaise. |
Numéro de rappel : {PHONE:06 39 98 27 15} |
Situation : frappée ce soir par son logeur, M. {PER:Ebanda}, qui l'a jetée dehors de l'appartement
{LOC:12 rue Camille-Sauvageau, 3e étage} avec ses sacs. Arcade sourcilière ouverte ; il a gardé sa seule bague,
un vrai bijou de sa mère. Le 115 ne répond pas. |
Actions : appel au 17 avec elle sur haut-parleur ; une bénévole, {PER:Solène Garnier}, la rejoint
{LOC:place de la Victoire} ; nuit d'hôtel payée sur le fonds d'urgence ; rendez-vous le lendemain avec
{PER:Jordan}, éducateur pair, pour une place en hébergement. |
Note : « {PER:Bijou} » avait déjà appelé en août (fiche {ID:ECO-2026-0871}).
""", ["violence_physical", "housing"]),
    ("b13-fr-06", "fr", """
Entretien réalisé par {PER:Meryem Alaoui} (ALCS Casablanca), traduit de la darija. |
Q : Qu'est-ce qui a changé pour toi cette année ? |
R : Ma fille {PER:Aya} est née en mars au CHU Ibn Rochd. Avant, je ne savais même pas que j'étais enceinte, je
croyais que c'était le stérilet. C'est {PER:Hind}, l'éducatrice paire de {LOC:Derb Sultan}, qui m'a emmenée à la
consultation du Dr {PER:Tazi}. |
Q : Et le père ? |
R : Il a refusé de reconnaître {PER:Aya}. Avec l'avocate, Maître {PER:Bouchra Lahlou}, on a ouvert un dossier de
reconnaissance de paternité (dossier {ID:1633/1610/2026}). |
Q : Et ta famille ? |
R : Ma mère {PER:Zohra} ne me parlait plus depuis quatre ans. Quand elle a vu le bébé, chez ma tante à
{LOC:hay Moulay Rachid}, elle a pleuré. Maintenant elle garde {PER:Aya} quand je vais à la formation.
""", ["reproductive_health", "family_law", "family_relations"]),
    ("b13-fr-07", "fr", """
Bordeaux, le 3 novembre 2026 |
Objet : demande de logement social de Mme {PER:Nassima Belkacem}, numéro unique {ID:033112604120987} |
Madame, Monsieur, |
Nous accompagnons Mme {PER:Belkacem}, née à Oran, depuis 2024. Après avoir quitté un compagnon violent, elle a
vécu seize mois au centre d'hébergement Jean-Moulin, puis dans une chambre de 11 m² avec son fils {PER:Rayan},
9 ans. Elle a arrêté le travail du sexe en janvier, a suivi une formation d'aide à domicile et a signé en
octobre un contrat à durée indéterminée (1 350 euros nets par mois). Un T2 près de {LOC:Bacalan} lui permettrait
de garder son emploi et d'inscrire {PER:Rayan} au collège du quartier. Nous restons à votre disposition. |
{PER:Élodie Ferrer}, conseillère en économie sociale et familiale |
{EMAIL:e.ferrer@poppy-exemple.fr} – {PHONE:05 57 99 18 42}
""", ["housing", "income_employment"]),
    ("b13-fr-08", "fr", """
Message vocal de {PER:Florentina}, transcrit par {PER:Bastien} le 28/10/2026 : |
« Allô {PER:Bastien}, c'est {PER:Flori}. Écoute, le client de samedi, celui avec la Clio grise, il m'a pas payée,
150 euros, et il a dit que si je parle il appelle la police. Et {PER:Cosmin}, le mari de ma cousine
{PER:Mirela Stoica}, il garde encore mon passeport roumain, le numéro c'est {ID:058214673}, je l'ai pris en photo
comme tu m'as dit. Il prend aussi la moitié de ce que je gagne pour la chambre. Je suis {LOC:allée de Boutaut}
ce soir. Rappelle-moi sur le nouveau numéro, {PHONE:07 58 99 03 61}, l'autre c'est {PER:Cosmin} qui l'a. Merci,
bisous. » |
Note de {PER:Bastien} : rappelée à 10 h, rendez-vous fixé avec la juriste pour le passeport.
""", ["violence_economic", "civil_documents"]),
    ("b13-fr-09", "fr", """
Je m'appelle {PER:Yasmine}, même si dans mes papiers c'est encore {PER:Walid Trabelsi}. Quand j'ai eu mon
diagnostic VIH à Tunis, l'infirmier a dit mon statut devant toute la salle d'attente et m'a appelé « monsieur ».
J'ai arrêté le traitement pendant deux ans. En France, à l'hôpital Pellegrin, le Dr {PER:Moreau-Diallo} m'a
appelée madame dès la première fois. Je prends maintenant un comprimé par jour et ma charge virale est
indétectable depuis juin. La médiatrice, {PER:Aïcha Sow}, m'a accompagnée aux trois premiers rendez-vous et m'a
montré où prendre le tram A. Mon amie {PER:Rim} m'écrit encore de {LOC:La Goulette} pour me demander comment on
fait ici. Je lui ai donné l'adresse de l'association, {EMAIL:ecoute@lacase-exemple.org}.
""", ["hiv_care", "stigma_discrimination", "access_to_care"]),
    ("b13-fr-10", "fr", """
FICHE D'ORIENTATION – POPPY vers la Cimade |
Nom : {PER:Nguyen} |
Prénom : {PER:Thi Hoa} |
Date de naissance : 14/02/1991 |
Nationalité : vietnamienne |
Téléphone : {PHONE:06 99 31 57 24} |
Courriel : {EMAIL:hoa.nguyen91@courriel-demo.fr} |
N° étranger : {ID:3304218859} |
N° de sécurité sociale provisoire : {ID:2 91 02 99 418 227 65} |
Motif : renouvellement du récépissé expiré le 30/09/2026 ; perte de l'attestation de domiciliation.
Mme {PER:Nguyen} a été exploitée trois ans dans un salon de massage de {LOC:Mériadeck} par son « patron »,
{PER:Lâm}, qui gardait son passeport et ses salaires. Elle est partie en juillet avec l'aide d'une cliente du
salon. |
Orientée par : {PER:Camille Rouvier}, POPPY, le 6 octobre 2026
""", ["civil_documents", "trafficking"]),
    ("b13-fr-11", "fr", """
Quand je suis arrivée de Medellín, je ne dormais plus. Je voyais toujours le visage de {PER:Jhon Fredy},
l'homme qui m'avait enfermée trois semaines dans l'appartement d'{LOC:El Poblado}. Ici, {PER:Luz Dary}, une
compatriote du groupe, m'a dit d'aller voir la psychologue. Avec Mme {PER:Lefebvre}, je parle en espagnol, le
mardi, salle 5. Les premiers mois je pleurais tout le temps. Elle m'a expliqué ce qu'est le traumatisme, que mon
corps se souvient. Maintenant je dors cinq heures d'affilée, je me suis acheté une robe rouge et je me suis
trouvée belle. Ma fille {PER:Valentina}, restée chez ma mère {PER:Gloria} à Bello, m'a dit au téléphone :
« Mami, tu ris à nouveau. » Pour moi, c'est ça le changement : je me respecte.
""", ["mental_health", "self_esteem", "violence_physical"]),
    ("b13-fr-12", "fr", """
Procès-verbal du comité de sélection, période janvier-juin 2026, La CASE. |
Présents : {PER:Marc Delval} (président), {PER:Soraya Haddad}, {PER:Inès Lopes}, {PER:Gaëlle Nkoulou},
{PER:Patrick Renaud}. Excusée : {PER:Hanane}. |
Domaine « autonomie » : huit histoires lues. Le comité retient celle d'{PER:Olena}, 41 ans, arrivée de Kharkiv en
2022, qui a obtenu en mai son CAP coiffure et travaille à mi-temps au {LOC:salon Bella Vista}. |
Raisons : c'est la première fois qu'elle gagne un salaire déclaré ; elle dit « je ne demande plus la permission à
personne » et elle a formé deux autres femmes au brushing. |
Vote : 4 voix sur 5, {PER:Patrick Renaud} préférant l'histoire de {PER:Maïmouna}. |
Retour à la conteuse : fait par {PER:Inès Lopes} le 2 juillet.
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b13-fr-13", "fr", """
Journal de maraude – camionnette, nuit du 17 au 18 octobre 2026. Équipe : {PER:Lucie}, {PER:Moussa Diabaté},
{PER:Roxana}. |
22 h 10, {LOC:quai de Brazza} : {PER:Kasia} et {PER:Ewelina}, polonaises, prennent 40 préservatifs et du
lubrifiant ; {PER:Kasia} demande la PrEP, rendez-vous pris au CeGIDD pour mardi, 9 h. |
23 h 05, {LOC:boulevard Alfred-Daney} : une nouvelle, « {PER:Princesse} », nigériane, très jeune, ne parle pas ;
elle garde la carte de la permanence. |
0 h 30, {LOC:cours Saint-Louis} : {PER:Jessica Moreira}, brésilienne, prend un kit et le numéro de la
permanence ({PHONE:05 56 99 70 13}) ; elle raconte à {PER:Roxana} que les filles se passent maintenant les
autotests. |
1 h 45 : retour au local. 63 kits distribués, 2 autotests VIH, 11 flacons de gel.
""", ["hiv_prevention", "peer_support"]),
    ("b13-fr-14", "fr", """
Mon cher {PER:Anas}, |
Je t'écris de Bordeaux, où je vis depuis trois ans. Ta tante {PER:Rachida} t'a dit que je travaillais dans un
restaurant ; ce n'était pas vrai au début, et je veux que tu l'apprennes de moi, pas des voisins. Depuis un an
je suis une formation de cuisine avec l'association et en septembre j'ai signé un contrat au
{LOC:restaurant Dar Tajine}, {LOC:rue du Mirail}. Je t'envoie 200 euros par mois chez Wafacash. Ton père
{PER:Driss} ne veut toujours pas que je t'appelle. Voici mon numéro : {PHONE:+33 6 39 98 51 07}, et mon
adresse : {LOC:8 rue Élie-Gintrac, appartement 14}. Je serai à Oujda pour l'Aïd, chez ta grand-mère
{PER:Mimouna}, {LOC:hay Al Qods}. Si tu veux me voir, viens. Je ne te demande rien d'autre. |
Ta maman, {PER:Naïma}
""", ["family_relations", "income_employment"]),
    ("b13-fr-15", "fr", """
Notes de {PER:Hafsa Id Belkacem}, éducatrice paire, antenne ALCS d'Agadir, 9 septembre 2026. |
{PER:Tiziri Oubella}, 26 ans, originaire du {LOC:douar Tamaloukte}, près de Taroudant, a été violée en août par
trois hommes dans une maison d'{LOC:Anza}. L'un d'eux, {PER:Hicham}, est le fils d'un commerçant du
{LOC:souk El Had}. Elle voulait se taire. Avec {PER:Nawal}, l'assistante sociale, nous l'avons accompagnée au
commissariat puis à la cellule de prise en charge des femmes de l'hôpital Hassan II : certificat médical,
traitement post-exposition dans les 48 heures, plainte enregistrée sous le n° {ID:2026/2104/356}.
Maître {PER:Abdellah Boutaleb} a accepté le dossier sans honoraires. {PER:Tiziri} dit : « Ils ont cru que
personne ne me croirait. »
""", ["violence_sexual", "legal_support", "hiv_prevention"]),
    ("b13-fr-16", "fr", """
De : {PER:Thomas Ribeiro} <{EMAIL:t.ribeiro@caarud-exemple.fr}> |
À : {PER:Samia Bouzid} <{EMAIL:samia.bouzid@lacase-exemple.org}> |
Cc : {EMAIL:coordination@lacase-exemple.org} |
Objet : Re: {PER:Sandrine} – suivi |
Salut {PER:Samia}, |
{PER:Sandrine L.} est venue trois fois cette semaine au CAARUD. Elle dit qu'elle fume beaucoup moins de crack
depuis qu'elle voit le Dr {PER:Kessler}, l'addictologue de l'hôpital Charles-Perrens, tous les quinze jours. Elle
a pris des pipes propres, des embouts et des préservatifs, et elle a accepté le groupe de réduction des risques
du vendredi. Elle n'a plus de téléphone ; on peut lui laisser un message au {PHONE:05 56 99 82 40} (accueil du
CAARUD). Elle te fait dire que « ça tient depuis douze jours ». |
À jeudi, |
{PER:Thomas}
""", ["addiction"]),
    ("b13-fr-17", "fr", """
L'hiver dernier je n'avais plus rien à manger. Je vivais dans un squat {LOC:rue Achard} avec ma fille
{PER:Grâce}, qui a six ans. C'est {PER:Adjoua Konan}, une autre maman du squat, qui m'a emmenée au Secours
populaire ; depuis, je reçois un colis chaque mardi et des tickets service de 30 euros. C'est grâce à elle que
j'ai osé demander, parce que j'avais honte. Au printemps la police nous a expulsées, et l'assistante sociale,
Mme {PER:Perrin}, nous a trouvé une chambre à l'{LOC:hôtel Le Florida}, puis une place dans une résidence
sociale, la {LOC:résidence Les Lilas}. {PER:Grâce} mange à la cantine maintenant. Mon frère {PER:Koffi}
m'appelle d'Abidjan au {PHONE:+225 07 48 21 93 60} ; il ne sait pas ce que je faisais, et c'est mieux.
""", ["food_security", "housing"]),
    ("b13-fr-18", "fr", """
Entretien avec « {PER:Raíssa} », par {PER:Julien Marty}, 4 novembre 2026. |
Q : Tu peux raconter ce qui a changé ? |
R : L'année dernière j'ai fait le test rapide dans le camion de l'association, {LOC:place Saint-Michel}. Le
résultat syphilis était positif. J'avais peur d'aller à l'hôpital, parce qu'à São Paulo une infirmière m'avait
appelée « monsieur » et refusé de me toucher. Ici le médecin, le Dr {PER:Oliveira}, m'a fait l'injection le jour
même. |
Q : Et le VIH ? |
R : Négatif. Maintenant je me teste tous les trois mois, et j'emmène {PER:Kelly} et {PER:Bruna Santos} avec moi. |
Q : Pourquoi c'est important pour toi ? |
R : Parce que j'entre dans un hôpital la tête haute. Mon numéro de dossier au CeGIDD, c'est {ID:CG-33-118406},
je le connais par cœur.
""", ["hiv_sti_testing", "sti_care", "stigma_discrimination"]),
    ("b13-fr-19", "fr", """
Synthèse de situation – réunion du 21/10/2026, antenne de Tanger. |
Participantes : {PER:Loubna Skalli} (assistante sociale), {PER:Ghizlane Amrani} (psychologue),
{PER:Mamadou Sylla} (médiateur), {PER:Sara} (paire). |
Situation de {PER:Aminata Keïta}, 23 ans, guinéenne, arrivée en 2025 par Oujda. Hébergée à {LOC:Mesnana} par un
« frère » de son village, {PER:Sékou}, qui la fait travailler pour rembourser le passage (3 000 euros) et menace de
faire du mal à sa mère restée à Kankan. Il a confisqué son passeport ({ID:R0418825}). Numéro
d'{PER:Aminata} : {PHONE:+212 6 99 14 72 08}. Demande d'asile auprès du HCR en cours, n° {ID:101-26C03177}. |
Décisions : mise à l'abri à la maison d'accueil de l'association dès ce soir ; {PER:Ghizlane Amrani} la voit
chaque semaine ; {PER:Mamadou Sylla} contacte l'OIM.
""", ["trafficking", "violence_psychological", "housing"]),
    ("b13-fr-20", "fr", """
ATTESTATION |
Je soussignée {PER:Marion Lacoste}, juriste à La CASE, atteste accompagner depuis mars 2025
Mme {PER:Zhang Xiuying}, née le 11/06/1984 à Shenyang, dans sa demande d'asile (dossier OFPRA n° {ID:2503-118842},
numéro étranger {ID:3309871204}). Mme {PER:Zhang} a été recrutée à Shenyang par une agence qui lui promettait un
emploi de nourrice ; à Paris, elle a été forcée à se prostituer dans un appartement du
{LOC:boulevard de la Villette} pour rembourser 15 000 euros. Elle a rencontré l'association grâce à
Mme {PER:Wu}, bénévole des Roses d'Acier. Je l'ai aidée à rédiger son récit et je l'accompagnerai à l'entretien
du 14 janvier 2027. |
Fait pour servir et valoir ce que de droit. |
{PER:Marion Lacoste} – {PHONE:05 56 99 63 29} – {EMAIL:juridique@lacase-exemple.org}
""", ["legal_support", "civil_documents", "trafficking"]),
    ("b13-fr-21", "fr", """
Message laissé sur le répondeur de la permanence de Rabat, samedi 7 novembre, 2 h 13 : |
« Bonsoir, c'est {PER:Merveille}, {PER:Merveille Kabeya}, la Congolaise de {LOC:Takaddoum}. On m'a dit d'appeler
ce numéro. Ce soir les policiers ont fait une descente au {LOC:bar Le Palmier}, ils m'ont frappée avec la matraque
sur le bras, ils ont pris mon téléphone et ils ont dit que si je reviens ils m'envoient à la frontière. Ma copine
{PER:Christelle} a le bras cassé, elle est à l'hôpital Ibn Sina. Rappelez-moi sur le numéro de {PER:Christelle},
{PHONE:06 99 52 18 73}, ou au {PHONE:+243 81 552 0947}, c'est ma sœur {PER:Gloire} à Kinshasa. Je ne sais pas
quoi faire, je vous en prie, rappelez. »
""", ["violence_physical", "police_harassment"]),
    ("b13-fr-22", "fr", """
Histoire recueillie par {PER:Imane Berrada} à Fès, le 15/10/2026, en darija, traduite par elle. |
{PER:Samira}, 35 ans, a été mariée de force à 16 ans à un cousin du {LOC:douar Ain Chkef}. Quand elle a fui ce
mari, son père, Hajj {PER:Abdelkader}, l'a reniée ; son frère {PER:Younes} a crié devant tout le quartier qu'elle
était une « qahba ». Pendant huit ans personne de sa famille ne lui a parlé. Cette année, sa sœur cadette
{PER:Houda} a retrouvé son numéro et elles se voient en cachette au {LOC:café Firdaous}, {LOC:quartier Zouagha}.
{PER:Samira} dit : « Ma sœur m'appelle par mon prénom, pas par ce que je fais. C'est le plus grand changement de
ma vie. » Elle a accepté de venir au groupe de parole du mercredi.
""", ["violence_psychological", "family_relations"]),
    ("b13-fr-23", "fr", """
Atelier « Connaître ses droits face à la police », ALCS Marrakech, 30 septembre 2026, salle 3. |
Animatrices : Maître {PER:Rajae Fikri} et {PER:Oumaima}, paire. |
Participantes : {PER:Bahija}, {PER:Malika}, {PER:Souad}, {PER:Mina}, {PER:Fatim-Zahra}, {PER:Jamila},
{PER:Khadouj}. |
Contenu : la loi 103-13 sur les violences faites aux femmes, le droit de porter plainte même quand on est
travailleuse du sexe, ce que dit l'article 490 du Code pénal, les numéros utiles (police 19, numéro vert 8350).
{PER:Malika} a raconté qu'un agent de {LOC:Daoudiate} lui avait dit qu'une plainte de « fille comme elle » ne
serait jamais enregistrée. {PER:Souad} : « Je croyais que la loi n'était pas pour nous. » Les participantes sont
reparties avec la liste des avocates partenaires. Prochaine séance le 28 octobre ; inscription auprès
d'{PER:Oumaima} au {PHONE:06 61 09 87 45}.
""", ["rights_awareness", "peer_support"]),
    ("b13-fr-24", "fr", """
Témoignage de {PER:Patience Mbarga}, recueilli par {PER:Sylvie}, 12 novembre 2026. |
« Quand le médecin m'a annoncé que j'étais séropositive, à Douala, j'ai cru que ma vie était finie. Ici j'ai
rencontré {PER:Clarisse Ateba}, qui vit avec le VIH depuis vingt ans et qui anime le groupe de La CASE. Elle m'a
appris à prendre mon traitement à heure fixe, avec l'alarme du téléphone. Il faut de la patience, disait-elle, et
moi je m'appelle {PER:Patience} ! Ma charge virale est indétectable. Mon mari {PER:Serge} ne le sait pas encore ;
la médiatrice, {PER:Awa}, m'aide à préparer l'annonce. J'habite maintenant {LOC:rue Bourbon}. Quand une nouvelle
arrive au groupe, c'est moi qui l'accueille et qui lui montre la boîte à pilules. »
""", ["hiv_care", "peer_support"]),
    ("b13-en-01", "en", """
I came to Leeds in 2022 because a woman from my church in Lagos, Sister {PER:Bisola}, said there was work
in a care home. There was no care home. A man called {PER:Kelvin Obi} kept me in a house on
{LOC:Harehills Lane} with four other girls and said I owed him thirty thousand pounds for the flight. He took
every penny. One night a girl called {PER:Ifeoma} gave me the number of the outreach van, {PHONE:07700 900417},
and {PER:Hannah} from the team met me at {LOC:Chapeltown}. Now I am in a safe house, my NRM reference is
{ID:NRM-2024-118307}, and my caseworker {PER:Gareth Powell} helps me with everything. I have my own key. I have
hope again, and my daughter {PER:Tolu} in Lagos calls me every Sunday on {PHONE:+234 803 412 7765}.
""", ["trafficking", "housing"]),
    ("b13-en-02", "en", """
From: {PER:Priya Raman} <{EMAIL:p.raman@womenscentre-example.org.uk}> |
To: {EMAIL:referrals.mentalhealth@nhs-example.uk} |
Subject: Referral for Ms {PER:Kowalczyk} |
Dear Dr {PER:Abernethy}, |
I am referring {PER:Agnieszka Kowalczyk} (NHS no {ID:485 777 3456}), 34, whom we have supported since March.
Since an assault by a client in January she has panic attacks, nightmares and does not leave her flat for days.
She told our peer worker {PER:Danielle} last week that she has thought of ending her life. She has agreed to see
the crisis team and would like a female clinician. Please contact her on {PHONE:07700 900682}, or me on
{PHONE:0161 496 0723}. |
Kind regards, |
{PER:Priya Raman}, Support Worker
""", ["mental_health", "access_to_care"]),
    ("b13-en-03", "en", """
Helpline sheet – Wednesday 14 October 2026, 21:50. Call taken by {PER:Bethany}. |
Caller: {PER:Kayleigh}, 29, works from a flat in {LOC:Moss Side}. |
Call back: {PHONE:07700 900935} |
What happened: a regular called {PER:Darren} hit her with a bottle last night and kicked her when she was on the
floor. Bruised ribs. She went to A&E at the Royal Infirmary. She reported it to police on 101 this morning,
crime reference {ID:13/88421/26}. PC {PER:Whitfield} took her statement. |
Action: explained the ISVA service, booked her with our advocate {PER:Rhiannon Jones} for Friday, sent the
details of Saint Mary's Sexual Assault Referral Centre in case she wants a forensic check. Told her 999 in an
emergency. She said talking helped.
""", ["violence_physical", "legal_support"]),
    ("b13-en-04", "en", """
Minutes – Thursday drop-in group, 22 October 2026, Room 4. |
Present: {PER:Stacey}, {PER:Mihaela Popa}, {PER:Lerato}, {PER:Jade Thompson}, {PER:Noor}, {PER:Aoife}. |
Facilitators: {PER:Marcia Campbell} (peer worker), {PER:Tom}. |
{PER:Mihaela} said she spent the whole summer alone in her room in {LOC:Easton} and only spoke to clients. Since
coming to the group she goes to the Wednesday swim with {PER:Lerato}. {PER:Noor} brought food for everyone and
talked about the fear that somebody from her community will recognise her. {PER:Aoife} shared the new bad-date
list; the group agreed to keep it on the group phone ({PHONE:07700 900218}). {PER:Jade} said: "In here nobody
looks at me like I'm dirt." Next meeting: 5 November.
""", ["peer_support", "social_isolation"]),
    ("b13-en-05", "en", """
Interview with {PER:Florica}, Glasgow, 3 November 2026. Interviewer: {PER:Morag Sinclair}. |
Q: What changed for you? |
A: Before, the police came to the flat on {LOC:Allison Street} every week. One officer, the tall one the girls
call "{PER:Big Davie}", took our money and said he would tell the landlord. He made {PER:Ana} sit in the car for
one hour. |
Q: And now? |
A: {PER:Morag} came with me to make a complaint to Police Scotland, reference {ID:PS-20261103-0447}. I have a
solicitor, Mr {PER:Haddow}, and he says I did nothing wrong. Now when they knock I ask for the officer's number.
My cousin {PER:Denisa} says I am brave. |
Q: Can we call you? |
A: Yes, on {PHONE:+40 742 118 906}, it is my Romanian number.
""", ["police_harassment", "legal_support"]),
    ("b13-en-06", "en", """
Outreach notes – night van, {LOC:Holloway}, 9 October 2026. Staff: {PER:Femi}, {PER:Lauren}. |
22:15, {LOC:Caledonian Road}: {PER:Tiffany} and {PER:Becca}, regulars, took condoms, lube and two PEP leaflets.
{PER:Becca} started PrEP last month at Mortimer Market Centre and says it's the first time she's not scared
after a split condom. |
23:00, {LOC:Holloway Road}: new woman, Spanish speaking, gave her name as "{PER:Lupe}". Took a kit and the
number of the clinic line, {PHONE:020 7946 0381}. |
00:10, {LOC:Crown and Anchor pub}, back car park: nobody. |
00:40: {PER:Tiffany} asked for a dental referral; {PER:Lauren} will call her on {PHONE:07700 900554}.
""", ["hiv_prevention"]),
    ("b13-en-07", "en", """
To: Housing Options, Birmingham City Council |
Re: {PER:Shanice Grant}, date of birth 02/07/1995, homeless application {ID:HO/26/004718} |
I am writing in support of Miss {PER:Grant}'s application. {PER:Shanice} left her partner, {PER:Jermaine}, in
August after he threatened to burn the flat at {LOC:Flat 6, 41 Soho Road} with her inside. Since then she has
slept on friends' sofas and twice in her car. She sold sex to pay for food and petrol. She has two children,
{PER:Kai} and {PER:Maya}, who are staying with her mother in {LOC:Handsworth}. She needs a safe address so the
children can come back to her. She can be reached on {PHONE:0121 496 0582}. |
Yours faithfully, |
{PER:Ruth Adeyemi}, Outreach Worker
""", ["housing", "family_relations"]),
    ("b13-en-08", "en", """
Voice note from {PER:Marites}, transcribed by {PER:Chloe}, 19 September 2026: |
"Hi {PER:Chloe}, it's {PER:Tess}, sorry, {PER:Marites}. The man from the agency, Mr {PER:Dela Cruz}, he still
has my passport and he says I must pay him four hundred pounds a month for the room in {LOC:Earl's Court} or
he tells immigration. Last night the client, the one called {PER:Nigel}, he didn't pay, he said I was too slow.
I have only twenty pounds. My passport number is {ID:P4418273B}, I wrote it down like you said. My sister
{PER:Jhen}, no, my sister {PER:Rowena} in Manila, her number is {PHONE:+63 917 552 0418}. Please call me
back, I'm scared." |
Action: {PER:Chloe} called back at 10:00; appointment with the adviser on Monday.
""", ["violence_economic", "trafficking"]),
    ("b13-en-09", "en", """
My name is {PER:Hope Gallagher} and I'm from {LOC:Kirkdale}. For eleven years I was on heroin and I worked the
streets around {LOC:Stanley Road} to pay for it. I had no hope of anything. In 2025 {PER:Sean}, a worker from the
needle exchange, got me onto methadone, and {PER:Michelle Quayle}, who used to work the same beat, took me to
my first NA meeting. I've been clean since February. I go to Narcotics Anonymous twice a week and I test every
month at the clinic. My son {PER:Liam} lets me see his baby, {PER:Ellie}, on Saturdays. I never thought I'd
be a nan who turns up. If anyone wants to talk, the team has my number, {PHONE:07700 900763}.
""", ["addiction", "family_relations"]),
    ("b13-en-10", "en", """
REFERRAL FORM – Modern Slavery |
Name: {PER:Tran Van Lien} |
Known as: {PER:Linh} |
DOB: 21/11/2001 |
Phone: {PHONE:07700 900149} |
E-mail: {EMAIL:linh.tran2001@mail-demo.co.uk} |
Home Office reference: {ID:T1204587} |
Circumstances: {PER:Linh} was brought from Nghe An by a man she knows as "{PER:Anh Hai}" and worked seven days a
week in a nail bar in {LOC:Bethnal Green}, then in a flat on {LOC:Cambridge Heath Road}, where she was made to
see men. She was not paid and was told her family owed 28,000 dollars. |
Referred to: NRM first responder (Sgt {PER:Morrow}) and the Salvation Army. |
Referred by: {PER:Kirsty Doyle}, 6 October 2026
""", ["trafficking"]),
    ("b13-en-11", "en", """
Peer educator notes – {PER:Senait}, Newcastle, 27 October 2026. |
I met {PER:Helen Tesfaye} at the Tuesday café. She is from Eritrea and came through Libya. She never had an
HIV test because she was afraid someone from the community would see her at the clinic. I showed her the
postal test kit and we did it together at my table. Negative. She cried. Then we booked a full screen at the
sexual health clinic for her because she had pain. The results came last week: chlamydia, and she got the
tablets the same day. She told {PER:Mebrat} and {PER:Ruta}, and they want to test too. Her phone:
{PHONE:07700 900327}. Clinic number: {ID:NE-SH-240916}.
""", ["hiv_sti_testing", "sti_care"]),
    ("b13-en-12", "en", """
Case meeting, Cardiff, 15 October 2026 |
Attending: {PER:Gwen Pritchard} (social worker), {PER:Owain Lloyd} (IDVA), {PER:Farah Qureshi} (solicitor),
{PER:Bronwen}. |
Client: {PER:Chantelle Morgan}, 31. Her ex-partner, {PER:Lee Bevan}, is applying for custody of their son,
{PER:Riley}, 6, and has told the court she is "a prostitute and unfit". He has not paid child maintenance since
April. |
Discussion: {PER:Farah Qureshi} will file the response in the family court, case number {ID:CF26P00418}, and ask
for a non-molestation order. {PER:Owain} will send the police log of the 2025 incidents. {PER:Chantelle} is
worried the school will find out; {PER:Gwen} will speak to the head. |
Next review: 12 November. Contact: {EMAIL:gwen.pritchard@cardiff-support.example}
""", ["family_law", "legal_support"]),
    ("b13-en-13", "en", """
I'm {PER:Faith}, I'm from Recife, and I've been in London nine years. I used to keep faith that one day
something would change by itself. It didn't. Last year {PER:Cláudia Ferreira}, who runs the women's group, told
me about a beauty course at the college in {LOC:Stratford}. I did Level 2 nails and lashes. My teacher,
Ms {PER:Okafor}, said I have steady hands. Now I rent a chair two days a week at {LOC:Glow Studio},
{LOC:Green Street}, and I've stopped seeing clients on those days. My National Insurance number came through,
{ID:QQ 48 21 77 C}, so it's all declared. My boyfriend {PER:Matheus} laughed at first. He doesn't laugh now.
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b13-en-14", "en", """
From: {PER:Oksana Melnyk} <{EMAIL:oksana.m [at] postbox-demo [dot] net}> |
To: {PER:Sophie Carter} <{EMAIL:s.carter@migrantsupport-example.org.uk}> |
Subject: my papers |
Dear {PER:Sophie}, |
Thank you for coming with me to the appointment. The letter came today: my visa under the Ukraine scheme is
extended, and my residence permit card number is {ID:ZU8837410}. {PER:Iryna} from the group says I must keep a
copy. Mr {PER:Hollis}, the landlord, threw me out in September, and I was at the mercy of everybody, but now I can
sign a tenancy. Please write to my other address too, {EMAIL:oksana.melnyk AT mailpost-demo DOT com}, because this
one is full. |
With gratitude, |
{PER:Oksana}
""", ["civil_documents", "housing"]),
    ("b13-ar-01", "ar", """
اسمي {PER:سلمى الإدريسي}، عمري تسعة وعشرون عامًا، وأعيش في الدار البيضاء منذ عشر سنوات. كنت أعمل ليلًا قرب
{LOC:مقهى النخلة} في {LOC:حي بوركون}، وكان شرطي يدعى {PER:رشيد} يأخذ مني مئتي درهم كل أسبوع، ويهددني بالسجن إن
رفضت. وفي إحدى الليالي أخذ بطاقتي الوطنية، رقمها {ID:BH 592018}، ولم يُعِدها إلا بعد أن دفعت له. عرّفتني صديقتي
{PER:نزهة} على الجمعية، فشرحت لي المحامية الأستاذة {PER:لطيفة بنعلي} أن ما يفعله جريمة، وأن من حقي أن أشتكي.
رافقتني المساعدة الاجتماعية {PER:كوثر} إلى النيابة العامة، وسُجلت شكايتي تحت رقم {ID:٢٠٢٦/٣١٠٥/٤٤}. منذ ذلك
اليوم لم يعد {PER:رشيد} يقترب مني. رقم هاتفي الجديد {PHONE:٠٦٦١٤٨٢٠٣٧}، ولا يعرفه إلا أختي {PER:زينب} والجمعية.
أشعر لأول مرة أن القانون يحميني أنا أيضًا.
""", ["police_harassment", "legal_support"]),
    ("b13-ar-02", "ar", """
استمارة توجيه – جمعية محاربة السيدا، فرع مراكش |
الاسم الكامل: {PER:فاطمة الزهراء أيت باها} |
رقم البطاقة الوطنية: {ID:EE512736} |
الهاتف: {PHONE:+212 6 61 73 90 24} |
البريد الإلكتروني: {EMAIL:fz.aitbaha@barid-demo.ma} |
العنوان: {LOC:درب ضباشي} |
الجهة الموجِّهة: المثقفة بالنظير {PER:حسناء} |
الجهة المستقبِلة: مستشفى ابن طفيل، مصلحة الأمراض التعفنية |
سبب التوجيه: أجرت السيدة {PER:أيت باها} اختبار فيروس نقص المناعة السريع في مقر الجمعية يوم 12 أكتوبر 2026، وكانت
النتيجة إيجابية. هذه أول مرة تدخل فيها إلى مصلحة طبية منذ سنوات، وتحتاج إلى فحص تأكيدي وإلى موعد مع الطبيب
المختص. تخاف أن يعرف زوجها {PER:عبد الرحيم} بوضعها، وتطلب السرية التامة. |
ملاحظة: تفضّل أن ترافقها الوسيطة العلاجية {PER:سكينة}. للتواصل مع الجمعية: {PHONE:٠٥٢٤٤٣٩١٠٨}.
""", ["hiv_sti_testing", "access_to_care"]),
    ("b13-ar-03", "ar", """
محضر اجتماع مجموعة الدعم الذاتي، الرباط، 20 أكتوبر 2026، القاعة 1 |
الحاضرات: {PER:نور}، {PER:مريم الحسني}، {PER:خديجة}، {PER:ربيعة}، {PER:إكرام}، {PER:هند بلقاسم}. |
المنشطة: {PER:ثورية}، مثقفة بالنظير. |
افتتحت {PER:ثورية} الجلسة بسؤال: ما الذي تغيّر منذ انضمامكن إلى المجموعة؟ قالت {PER:نور}: «كنت أعيش في الظلام،
واليوم أرى النور لأنني لست وحدي». وحكت {PER:ربيعة} أنها رافقت زميلة جديدة من {LOC:حي التقدم} إلى المركز الصحي،
كما رافقتها هي قبل سنة. أما {PER:إكرام} فقالت إنها أصبحت تحترم نفسها وترفض الزبائن الذين يهينونها، وإنها لم تعد
تخجل من النظر في المرآة. اتفقت المجموعة على إنشاء صندوق تضامن صغير تتولى {PER:مريم الحسني} حسابه، وعلى زيارة
{PER:خديجة} التي تلازم الفراش منذ أسبوعين. الاجتماع المقبل يوم 3 نونبر.
""", ["peer_support", "self_esteem"]),
    ("b13-ar-04", "ar", """
مقابلة مع {PER:رهف}، أجرتها {PER:ليلى المرابط}، طنجة، 2 نونبر 2026 |
س: من أين أتيتِ؟ |
ج: من حمص. وصلت إلى المغرب عبر الجزائر سنة 2019 مع زوجي {PER:مازن}، ثم تركني وحدي مع ابنتي {PER:جود}. |
س: ما الذي تغيّر هذه السنة؟ |
ج: حملت مرة أخرى ولم أكن أريد ذلك. ذهبت مع الأخت {PER:سهام} من الجمعية إلى طبيبة النساء، الدكتورة
{PER:بنسودة}، فشرحت لي كل الخيارات دون أن تحكم عليّ، وبعد ذلك وضعت لولبًا. لأول مرة أقرر أنا في جسدي. |
س: وكيف نتصل بك؟ |
ج: على الرقم {PHONE:0699 25 81 46}، أو عبر أخي {PER:عمار} في حلب على الرقم {PHONE:+963 944 318 207}. |
س: هل لديك بطاقة لاجئة؟ |
ج: نعم، رقمها {ID:101-19C00884}.
""", ["reproductive_health"]),
    ("b13-ar-05", "ar", """
أختي العزيزة {PER:سعاد}، |
أكتب إليك من أكادير بعد ثلاث سنوات من الصمت. أعرف أن أمي {PER:فاطنة} منعتكم من ذكر اسمي، وأن أخانا
{PER:مصطفى} قال أمام الجيران إنني جلبت العار للعائلة ولم يعد لي مكان في البيت. لكنني أريد أن تعرفي الحقيقة:
زوّجوني {PER:عزيز} وأنا في السادسة عشرة، ثم هربت منه ولم أجد عملًا، فعملت في الجنس لأعيش. اليوم أتابع تكوينًا
في الحلاقة مع الجمعية، وأسكن غرفة في {LOC:حي الداخلة}. لم أعرف طعم السعادة منذ زمن، لكنني أقترب منه. أريد أن
أرى ابنك {PER:يوسف} قبل أن يكبر. هذا رقمي: {PHONE:٠٧٠٨٣١٥٢٤٦}، وهذا بريدي: {EMAIL:hanane.agadir@courrier-demo.ma}. |
أختك التي لم تنسك، {PER:حنان}
""", ["family_relations", "violence_psychological"]),
    ("b13-ar-06", "ar", """
ملاحظات المنشطة {PER:بشرى الكتاني}، فرع فاس، 18 شتنبر 2026 |
استقبلنا اليوم {PER:وداد}، ثلاثة وعشرون عامًا، من {LOC:دوار أولاد الطيب}. حكت أن زبونًا اسمه {PER:حميد} ورفيقيه
احتجزوها ليلة كاملة في شقة ب{LOC:حي النرجس} واغتصبوها. لم تذهب إلى الشرطة لأنها خافت أن تُتهم هي بالفساد.
شرحنا لها أن القانون 103.13 يحميها، ورافقتها المحامية الأستاذة {PER:سلوى العمراني} إلى وكيل الملك، ففُتح ملف تحت
رقم {ID:٢٠٢٦/٢١٠١/٨٧٣}، فكان ذلك بشرى لنا جميعًا. أجرت {PER:وداد} الفحوص في مستشفى الغساني، وبدأت مع الطبيبة
النفسية متابعة أسبوعية لأنها لا تنام. قالت لي في نهاية اللقاء: «أول مرة أحد يصدقني». هاتفها {PHONE:0662 71 38 05}.
""", ["violence_sexual", "legal_support", "mental_health"]),
    ("b13-ary-01", "ary", """
ميساج صوتي ديال {PER:سكينة}، تفرّغ من طرف {PER:أسماء}: |
«السلام {PER:أسماء}، أنا {PER:سكينة} ديال {LOC:درب غلف}. البارح {PER:العربي} مول الدار ضربني بالسمطة وجرّا عليا
من البيت، وقالي إلا رجعتي غادي نقتلك. دابا أنا عند صاحبتي {PER:لبنى} ف{LOC:الحي المحمدي}، ولكن ما نقدرش نبقى
عندها بزاف حيت راجلها ما بغانيش. عفاك شوفي ليا شي بلاصة فالمركز. التيليفون ديالي تهرّس، عيطي ليا على نمرة
{PER:لبنى}: {PHONE:0677-431-902}. الله يخليك، راني ما عندي فين نمشي.» |
ملاحظة: عيطت ليها {PER:أسماء} فالصباح، وداتها للدار ديال الإيواء ديال الجمعية، وتما لقات سرير وماكلة.
""", ["violence_physical", "violence_psychological", "housing"]),
    ("b13-ary-02", "ary", """
أنا {PER:زهور}، خدامة فهاد الخدمة هادي عشر سنين ف{LOC:حي سيدي يوسف بن علي}. قبل ما كنتش كنعرف شي حاجة سميتها
البريب. {PER:مليكة} المثقفة ديال الجمعية، الله يجازيها بخير، شرحات ليا بلي كاين دوا كتاخديه كل نهار وكيحميك من
السيدا. مشيت معاها لسبيطار ابن زهر، دارو ليا التحاليل وعطاوني الدوا. دابا كناخدو أنا و{PER:خديجة}
و{PER:نعيمة}، وكنفكرو بعضياتنا فالواتساب. وحتى الكابوط ما بقيتش كنتسناه من الكليان، ولا عندي فالصاك ديما. كنقول
للبنات الجداد: سولو {PER:مليكة}، النمرة ديالها {PHONE:٠٦٦٢٥٠٩٣١٨}. حسيت براسي كنحمي راسي بيدي.
""", ["hiv_prevention", "peer_support"]),
    ("b13-ary-03", "ary", """
[10:02] {PER:حليمة}: السلام {PER:كريمة}، واش لقيتي ليا الموعد ديال البطاقة؟ |
[10:05] {PER:كريمة}: ايه، نهار الخميس مع 9 فالكوميسارية ديال {LOC:حي السلام}، جيبي عقد الازدياد |
[10:06] {PER:حليمة}: عقد الازدياد ضاع ليا ملي طردني {PER:الحسين} من الدار |
[10:09] {PER:كريمة}: ماشي مشكل، نمشيو للحالة المدنية ف{LOC:سيدي البرنوصي}، رقم العقد عندك؟ |
[10:11] {PER:حليمة}: ايه مكتوب عندي {ID:1987/412} |
[10:12] {PER:كريمة}: مزيان. والبطاقة القديمة {ID:BJ 304561} صافي تقادات؟ |
[10:14] {PER:حليمة}: ايه من 2024، وبلا بطاقة ما قدرتش ندير التغطية الصحية ولا نحل حساب |
[10:15] {PER:كريمة}: غادي نجي معاك أنا و{PER:السعدية}، ما تخافيش |
[10:16] {PER:حليمة}: الله يخليكم، بلا بيكم ما كنتش غادي نعرف منين نبدا
""", ["civil_documents"]),
    ("b13-ary-04", "ary", """
حوار مع {PER:رقية}، دارتو {PER:سناء الودغيري}، طنجة |
س: شنو اللي تبدل فحياتك؟ |
ج: قبل كنت كنخدم فالزنقة حدا {LOC:مقهى الحافة}، دابا عندي ماكينة ديال الخياطة فالدار. درت التكوين ديال الخياطة
ستة شهور مع الجمعية، والأستاذة {PER:رشيدة} قالت ليا عندك اليد. |
س: ومنين جبتي الماكينة؟ |
ج: خديت قرض صغير ديال خمسة آلاف درهم من جمعية الأمانة، وكنخلص كل شهر. ولدي {PER:أيوب} كيعاوني فالتوصيل
للكليانات ف{LOC:حي بني مكادة}. |
س: شحال كتربحي؟ |
ج: شي شهر ألفين، شي شهر ألف وخمسمية. قليل، ولكن ديالي وبالكرامة. |
س: واش نقدرو نتاصلو بيك؟ |
ج: ايه، {PHONE:0611 84 27 39}، ولا فالواتساب ديال بنتي {PER:إيمان}.
""", ["income_employment", "vocational_training", "self_esteem"]),
    ("b13-ary-05", "ary", """
ملاحظات {PER:فتيحة}، مثقفة بالنظير، وجدة، 5 نونبر 2026 |
جات عندنا {PER:صفاء بوعزة}، عندها 24 عام. واحد سميتو {PER:مراد الزياني} وعدها بخدمة فصالون ديال الحلاقة فدبي،
وخلص ليها الفيزا. ملي وصلات، خدا ليها الباسبور وسدها فدار مع بنات آخرين، وقال ليها خاصك ترجعي عشرين ألف درهم
بالخدمة مع الرجال. بقات تسعة شهور تما. ختها {PER:إلهام} هي اللي عيطت للقنصلية. دابا رجعات، ولكن خايفة من
{PER:مراد} حيت ساكن ف{LOC:حي الأندلس}. عطيناها موعد مع المحامي الأستاذ {PER:الزروالي}، والنمرة ديال الخط ديال
الجمعية {PHONE:+212 536 68 24 17}. رقم الباسبور الجديد ديالها {ID:VK4170523}.
""", ["trafficking", "legal_support"]),
    ("b13-ary-06", "ary", """
أنا {PER:يامنة}، من {LOC:دوار تيمحضيت}. ملي رجعت من مكناس ما بقيت كنهضر مع حتى واحد. الناس فالدوار كيشوفو فيا
بحال شي حاجة خايبة، وخويا {PER:باسو} ما بقاش كيسلم عليا. كنت كنبات نبكي وما كنعسش، وفكرت نقتل راسي.
{PER:عائشة أوحدو} من الجمعية ديال مكناس جات لعندي للدار وخدات ليا موعد مع الطبيبة النفسانية {PER:العلوي}. دابا
كنمشي عندها كل خمستاش يوم، وكنشرب الدوا ديال النعاس. ولات {PER:عائشة} كتعيط ليا كل جمعة على {PHONE:٠٦٧٠٤١٨٢٥٩}،
وكتجيب معاها {PER:زايدة} اللي دازت من نفس الطريق. ما بقيتش بوحدي.
""", ["mental_health", "social_isolation", "stigma_discrimination"]),
    ("b13-sms-01", "ary", """
[21:14] {PER:zineb}: salam {PER:hajar} fin nti |
[21:15] {PER:hajar}: ana f {LOC:zn9a ibn batouta} m3a {PER:loubna}, kayna l9raya f lkhedma |
[21:15] {PER:zineb}: 3andk preservatifs? ana salaw lia mn lbare7 |
[21:16] {PER:hajar}: ah 3andi 20, ila bghiti dwzi l {LOC:café la corniche} nmedhom lik |
[21:18] {PER:zineb}: ok jaya. w l'association ghadi dir test gratuit lkhmis, {PER:ghita} l'animatrice galt lia |
[21:19] {PER:hajar}: wakha, ghadi n3ayet l {PER:ghita} 3la {PHONE:0662183947} nchouf l'heure |
[21:20] {PER:zineb}: mzyan, jibi m3ak {PER:loubna} hta hiya, 3endha lubrifiant ila bghiti |
[21:21] {PER:loubna}: ana hna, sm3tkom hh, ghadi nji m3akom |
[21:22] {PER:hajar}: yallah a {PER:zizou}, sir dghya rah lbrd
""", ["hiv_prevention", "peer_support"]),
    ("b13-sms-02", "ary", """
salam a si {PER:mourad}, ana {PER:rajae} li jat l association nhar ltnin m3a {PER:sanae}. lbare7 lbolis chedo
{PER:sanae} f {LOC:hay lmassira} w khdaw liha 500dh w portable dyalha. galo liha ila ma khlsatch kol simana
ghadi ydiwha l commissariat w ychoufo chno ndirou. hiya daba m3aya, khayfa bzaf w ma bghatch tkhrej. wach momkin
lmohamiya {PER:bennis} t3ayet liha? numero dyali {PHONE:06 70 52 19 84}. w la carte dyalha b9at 3andhom, ra9m
{ID:JC 228417}, 3tatni ra9m ktbto f waraqa. {PER:sanae} katgoul lik choukran 3la dak nhar dyal l'atelier, daba
3rfat bli ma khasshach tkhles. lah ykhlik a si {PER:mourad}, jawbni ila 9raiti.
""", ["police_harassment"]),
    ("b13-sms-03", "ary", """
[groupe « tadamoun »] |
{PER:khadija}: salam lbnat, l'association ghadi tfere9 les paniers dyal lmakla lkhmis f local |
{PER:souad}: ana 3ndi 3 drari w ma b9a walo f dar, lah ykhlik ktbi smiti |
{PER:khadija}: ktbtk a {PER:souad}. w nti a {PER:hanane}? |
{PER:hanane}: ana tahiya, w zidi mi {PER:fatima} li f {LOC:hay dakhla}, ma katkhrejch |
{PER:khadija}: wakha, {PER:ilham} ghadi tjib lkhodra mn {LOC:souk lhad} |
{PER:ilham}: ok, ila chi wa7da ma 3ndhach bach tji, n3ayto l {PER:yassine} taxi {PHONE:0661 44 90 23} |
{PER:souad}: lah yjazikom bikhir, lbare7 drari n3so bla 3cha |
{PER:khadija}: ma b9a hta wa7da t9a3d bla makla, hna m3a ba3diyatna
""", ["food_security", "peer_support"]),
    ("b13-sms-04", "ary", """
- salam a {PER:ibtissam}, ana {PER:wiam}. dert test dyal l7aml w tla3 positif |
- wiili, w nti chno bghiti? |
- ma3rftch, {PER:yahya} ma bghach ysm3 hta kelma, sedd tilifon |
- ghadi nmchi m3ak l centre de santé dyal {LOC:hay bir chifa} lkhmis, doktora {PER:el amrani} katchouf bla rendez-vous
w ma kat7kemch 3la had |
- wakha. w mn b3d, bghit pilule wla sterilet, ma bghitch n3awed had l5l3a |
- nhdro m3a doktora 3la kolchi, kayn les droits dyalk |
- ok, 3tini numero dyalek lakhor |
- {PHONE:+212 7 08 61 33 52}, w wtsap nafs numero |
- choukran a {PER:ibti}, nti khti machi ghir sahbti
""", ["reproductive_health"]),
    ("b13-sms-05", "ary", """
{PER:mouna}: salam si {PER:anouar}, l'association galt lia nsiftlek email |
{PER:anouar}: salam {PER:mouna}, ah 3tini email dyalk bach nsift lik formulaire dyal formation coiffure |
{PER:mouna}: {EMAIL:mouna.lbida [arobase] mail-demo [point] ma} |
{PER:anouar}: wsal. 3mri b cin dyalk w rssli lia lyouma |
{PER:mouna}: cin {ID:BE 778104}, safi 3mrt kolchi |
{PER:anouar}: mzyan. formation f {LOC:hay hassani}, 6 chhor, kayna bourse 800dh f chhar |
{PER:mouna}: wayli bsse7? ghadi nwli coiffeuse b diplome |
{PER:anouar}: ah, w mn b3d {PER:salma} li 3endha salon f {LOC:derb ghallef} katkhdem les stagiaires |
{PER:mouna}: lah ykhlik a {PER:anouar}, hadi awel merra chi wa7ed kay3tini chance
""", ["vocational_training"]),
    ("b13-sms-06", "ary", """
{PER:nezha}: cc {PER:farida}, ana f {LOC:cours de la somme}, 3ayta lik mn tilifon dyal wa7da |
{PER:farida}: fin nti a {PER:nezhouna}? 3yit n3ayet lik |
{PER:nezha}: wa7d client chfer lia sac kamel, fih 300 euros li khdemt w titre de séjour |
{PER:farida}: wa3ra. numero dyal titre 3ndk? |
{PER:nezha}: ah {ID:3302917746}, 3ndi photo f tilifon |
{PER:farida}: sir l commissariat dir plainte, w n3ayto l maitre {PER:lafont} |
{PER:nezha}: khayfa, ana bla papiers dyal khdma |
{PER:farida}: ma 3lik walo, l'avocate katjini gratuit. 3ayti l {PHONE:07 99 40 28 16}, hiya {PER:carine} mn l'asso |
{PER:nezha}: ok merci a khti, sifti lia email dyalha |
{PER:farida}: {EMAIL:carine.asso (at) assomail-demo (dot) fr}
""", ["violence_economic", "civil_documents", "legal_support"]),
    ("b13-sms-07", "fr", """
{PER:lea}: t ou ce soir |
{PER:sabrina}: jsuis a la gare st jean, le 115 repond pas depuis 1h |
{PER:lea}: bouge pas jarrive avec {PER:momo} |
{PER:sabrina}: merci ma belle, jai plus de batterie, il fait trop froid |
{PER:lea}: ecris a {PER:amandine} de lasso sur {PHONE:0699238451} elle a peut etre une place ce soir |
{PER:sabrina}: jlai eu!! elle dit place au foyer {LOC:rue de la rousselle} jusqua lundi |
{PER:lea}: trop bien, demain on va ensemble au rdv avec mme {PER:roux} pour le logement |
{PER:sabrina}: ok. tu me sauves encore une fois {PER:lea} |
{PER:lea}: on se lache pas, cest tout. {PER:momo} te ramene un sandwich
""", ["housing", "peer_support"]),
    ("b13-sms-08", "fr", """
- slt {PER:jenny} c {PER:oriane}, tu peux me donner le mail de lasso pour la plainte? |
- oui c {EMAIL:accueil arobase lacase-exemple point org} |
- merci. le mec dhier ma etranglee dans sa voiture derriere la {LOC:place des quinconces} |
- tas vu un medecin?? |
- oui urgences pellegrin, 10 jours itt, jai des marques au cou |
- jte passe le num de maitre {PER:diouf}, {PHONE:05 56 99 14 38}, elle connait bien |
- la police ma donne le recepisse de plainte, numero {ID:2026/004517} |
- bravo ma belle, tes courageuse. {PER:titi} peut taccompagner mercredi chez maitre {PER:diouf} |
- ok merci {PER:jenny}, jai encore peur quand je ferme les yeux
""", ["violence_physical", "legal_support"]),
    ("b13-sms-09", "fr", """
Rappel : Mme {PER:Diallo}, votre rendez-vous au CeGIDD est le mardi 10/11 a 14h, bureau 12. Numero de dossier
{ID:CG-33-120577}. Pour annuler : {PHONE:05 56 99 27 80}. Ne pas repondre a ce SMS. |
{PER:aissatou}: {PER:morgane} jai recu le rappel pour le test, tu viens avec moi? |
{PER:morgane}: oui bien sur ma {PER:aicha}, on se retrouve devant a 13h45 |
{PER:aissatou}: jai peur pour le resultat, le gars de lete voulait pas de capote |
{PER:morgane}: cest pour ca quon y va, et apres tu sais. {PER:fanta} elle a fait pareil le mois dernier |
{PER:aissatou}: ok. ecris moi sur whatsapp {PHONE:+221 77 418 29 63} jai plus de credit |
{PER:morgane}: ca marche, a mardi
""", ["hiv_sti_testing"]),
    ("b13-sms-10", "fr", """
[groupe « les copines du quai »] |
{PER:vanessa}: les filles demain reunion droits au local 18h, maitre {PER:benali} vient expliquer la loi de 2016 et
les amendes clients |
{PER:dolores}: yo voy, mais mon tel espagnol {PHONE:+34 612 48 90 37} marche mal, ecrivez moi sur
{EMAIL:dolores.m[at]correo-demo[dot]es} |
{PER:olga}: moi je viens avec {PER:svetlana} |
{PER:vanessa}: super. {PER:kiki} t la? |
{PER:kiki}: oui jsuis a bruxelles ce soir, num belge {PHONE:+32 470 55 19 82}, je rentre demain matin |
{PER:vanessa}: ok. on parle aussi des controles de police {LOC:quai de bacalan} |
{PER:olga}: ils mont controlee 3 fois cette semaine sans raison |
{PER:vanessa}: justement, {PER:benali} va nous dire ce quils ont le droit de faire ou pas
""", ["rights_awareness", "peer_support"]),
]

if __name__ == "__main__":
    main()
