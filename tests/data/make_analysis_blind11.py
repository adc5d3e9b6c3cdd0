"""Generate tests/data/analysis_blind11.jsonl, blind set 11 of the analysis engine.

Written on 2026-12-01 by the blind writer ``blind11``. What was read, and
nothing else: the rules file of the worktrees (COMMON.md); the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels); the description of the method
(shared/design/msc-method.md); the file names of shared/context/ and the
first 80 lines of the CHAMS capitalisation sheet (003_*.txt), for the
setting only; from tests/data/make_analysis_blind10.py ONLY its module
docstring, constants and ``THEMES`` (lines 1-170) and its helper functions
from ``def join_lines`` to the end (lines 784 onward), never its story
bodies; the scoring harness (tests/nlp_scoring.py); and the model of this
set's test (/work/wt/blind11_test_model.py). The writer also saw the
one-line messages of the last five commits of the branch (``git log
--oneline``), the top-level names of the worktree and the number of entries
of tests/ (no file content). The analysis engine (msc/), its pattern lists,
its rule tests, the PII probe and the stories of every other evaluation set
were NOT read. The engine was not run on these stories, msc was not imported
and the set was not scored by its writer. It is to be scored ONCE; never
tune the engine on it (once it has been used for tuning it is no longer
blind, and a new blind set must be written).

The 60 stories below are fictional (no real person; street, neighbourhood
and village names are real or plausible places, people, numbers and
addresses are invented, phone numbers use fictional or invented ranges,
e-mail domains are invented; organisations named as negatives are real or
plausible services): 24 French, 14 English, 12 in Arabic script (6 Modern
Standard Arabic, lang "ar"; 6 Moroccan Darija, lang "ary") and 10
SMS/WhatsApp messages in Latin letters (6 Darija mixed with French, lang
"ary"; 4 French SMS, lang "fr"), so the languages count fr 28, en 14, ar 6,
ary 12. Each story is 80-250 words and carries 1-3 gold themes. Registers:
survivors' first-person accounts, a letter of a mother to her daughter, a
thank-you letter to a team, facilitators' and peer educators' notes, Q/R
(Q/A, س/ج) interview transcripts, transcribed voice notes (one left on an
answering machine), a support letter to a family judge, a GP's letter,
minutes of talking groups (with attendance lists) and of a selection
committee, a case-coordination synthesis and a case meeting, e-mails (with
From/To headers), referral forms (French, English, Arabic), hotline and
helpline sheets, an outreach log with times, outreach notes, and SMS and
WhatsApp threads (some with the sender's name, lowercase, on every line;
some with dashes and no names; two group threads; an automatic reminder).
Settings: Marseille, Lyon, Toulouse, Bordeaux, Lille, Montpellier,
Strasbourg, Nice, Paris, Brussels, Leeds, London, Birmingham, Manchester,
Glasgow, Bristol, Edinburgh, Liverpool, Casablanca, Rabat, Marrakech,
Agadir, Tanger, Fès, Oujda, Khénifra and villages of the Middle Atlas.
Storytellers and the people around them come from Senegal (Wolof and
Pulaar), the Western Sahara and Mauritania (Sahrawi, hassaniya), Chad,
Sudan (Darfur), Syria, Iraq, Kurdistan (Turkey and Iraq), Afghanistan,
Albania, Bulgaria, Moldova, Georgia, Thailand, the Dominican Republic,
Haiti, Cape Verde, the Roma of Romania and Slovakia, Zimbabwe, Ghana,
Cameroon, Burundi, Nigeria, England (one of a Jamaican family),
Scotland, Wales, Ireland,
France and Morocco (Arab and Amazigh of the Middle Atlas and the Souss).

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). The script strips the marks, computes character offsets (Python
str indices, i.e. code points) and checks that every span reads back exactly.
In the story sources, physical lines are joined with one space; a line ending
in `` |`` ends with a real newline instead (interview turns, form fields,
list items and message lines).

Marking conventions: exactly those of blind set 10 (as stated in the
docstring of make_analysis_blind10.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, M., Maître, Dr, docteur, brigadier, Mrs, Mr, Ms, PC, Auntie,
  uncle, Lalla, madame in SMS, الأستاذة, الأستاذ, المحامية, الدكتورة,
  الطبيب, الأخت, خويا, خالتك, بنتي, أمك, in any case), nor an SMS vocative or
  presentative (« a », « c », « ana »), nor an Arabic proclitic (و، ب، ل،
  ف); every occurrence, lowercase SMS names and sender labels included;
  initials are names (« Drita H. », « Nadia B. » are one span each);
  particles and patronym words (Ait, Al-, Ngo, « Sidi Brahim » as a
  patronym) are inside.
  A name that is also a common word is PER only when it names a person.
- LOC: cue plus name (rue, avenue, boulevard, allée, cours, quai, place,
  square, chemin, résidence, quartier, douar, café, hôtel, bar, resto,
  boulangerie, street, road, pub, massage parlour, حي، دوار، زنقة، درب،
  مقهى، صالون، سوق, « zn9a », « hay », « derb » in Latin-letter Darija),
  without the article or preposition before it (in English the cue may
  follow the name and is inside: « Rose and Crown pub »); a numbered
  address runs from the number to the end of the street name, with
  building/flat details joined by a comma inside (« 27 cours Gambetta, 4e
  étage », « Flat 3, 22 Claremont Road »); bare neighbourhood and village
  names alone (Belleville, Noailles, Wazemmes, Talborjt, Maârif, Holbeck,
  Govanhill, Soho, Aguelmous). Streets and neighbourhoods named after
  people or saints, or containing a title word (rue Kléber, avenue
  Jean-Médecin, zn9a Moulay Ismail, hay Lalla Meryem, derb Sidi Maarouf,
  rue du Maire-Kuss, Victoria Road), are LOC, not PER, and the person's
  name inside them is not a separate PER. Not marked: large cities,
  countries, regions, generic places, railway stations, institutions named
  after a street (Harrow Road Health Centre, Dean Street Express).
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; a number given in pieces is one span per written piece;
  emergency and free numbers (17, 19, 111, 115, 999, 3919, 116 006) are not
  marked; numbers in words are not PHONE.
- EMAIL: the whole address, obfuscated forms included (whole written form:
  « [at] … [point] », « (at) … (dot) », « arobase … point », « [arobase] »,
  « AT … DOT »); never the brackets around it, nor a full stop after it.
- ID: the number only, not its cue (CIN, carte nationale, récépissé, n°,
  dossier, RG, procès-verbal, numéro allocataire, identifiant, passport,
  NRM reference, NHS no, clinic number, crime reference, tenancy reference,
  Home Office reference, residence permit card, رقم البطاقة الوطنية، رقم،
  ملف), with the letter prefixes, inner spaces, hyphens, dots and slashes
  that belong to it. Ages, dates, amounts, prices, years, times, room
  numbers, article numbers of a code and law numbers are not IDs.

What this set brings (marked in the same spirit):
- Names of origins not used before: Wolof and Pulaar (« Ndèye Coumba Sarr »,
  « Mariama Baldé », « Dieynaba »), Sahrawi (« Mahjouba Sidi Brahim »,
  « Salka »), Chadian (« Achta Mahamat », « حواء عبكر »), Sudanese with the
  father's and grandfather's names (« نفيسة آدم إسحاق », « Amna Babiker »),
  Syrian, Iraqi, Kurdish (« Rojin », « Hêvî Rashid », « Rebwar »), Afghan
  (« Mursal Ahmadzai », « Parwana Hakimi »), Albanian, Bulgarian,
  Moldovan, Georgian, Thai with nicknames (« Kanokwan Srisuk » called
  « Nok », « Siriporn » called « Siri »), Dominican, Haitian, Cape Verdean
  (« Zulmira » called « Zuzu », « Djodje »), Roma (« Lumința Căldăraru »,
  « Sabina Rostas »), Middle-Atlas Amazigh (« Itto Ouhamou », « Moha »,
  « Tuda », « عدجو », « إيجة », « مامة », « حمو أوعلي », « تودة »), Zimbabwean,
  Ghanaian; a policeman known by a nickname (« Rambo », « بوشنب »);
  surnames alone after a title or as a form field (« Nom : Aydin »);
  possessives (« Charity's case », « Dominik's teacher »); a name in a
  From header beside its address.
- Names that are also words, used both ways: « Victoire » beside « une
  vraie victoire »; « Espérance » beside « l'espérance »; « Summer » and
  « Dawn » beside « in the summer » and « Dawn was breaking »; « Joy »
  beside « with joy »; « Charity » beside « charity shop »; « حياة » beside
  « حياة كريمة »; « وفاء » beside « الوفاء »; « نجاة » and « النجاة »;
  « رحمة » and « Rahma » beside « رحمة من الله » and « rahma »; « Prudence »
  is only a word here (« par prudence »).
- Phones of many countries: France (fixed and
  mobile, +33), Morocco (fixed and mobile, +212, Arabic-Indic digits),
  Belgium, Bulgaria, Romania, Moldova, Georgia, Thailand, Cape Verde,
  Chad, Mauritania, Syria, Iraq, Afghanistan, UK mobiles and landlines; a
  French number in two written pieces.
- IDs of many kinds: Moroccan CIN (with and without inner space), French
  asylum receipt (AGDREF-like), social-security number, SIAO request,
  OFPRA file, France Travail identifier, CAF number, birth-certificate act,
  complaint and report numbers, family-court RG number, Belgian
  national-register number, Bulgarian ID card, Thai passport, NRM reference,
  NHS numbers, UK National Insurance number, Home Office reference, UK
  residence permit card, tenancy reference, crime reference, clinic and
  centre file numbers, a UNHCR refugee number, Moroccan court file and
  complaint numbers (one in Arabic-Indic digits).

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  python3 tests/data/make_analysis_blind11.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set  # the shared helpers (tests/data/gold_marks.py)

ROWS = 60
PREFIX = "b11-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = []

# ---------------------------------------------------------------- French (24)
STORIES += [
    ("b11-fr-01", "fr", """
Je m'appelle {PER:Ndèye Coumba Sarr}, mais au foyer tout le monde dit {PER:Coumba}. Je suis arrivée de
Dakar en 2021 avec une femme, {PER:Mame Diarra}, qui m'avait promis une place de coiffeuse. À Marseille,
elle m'a pris mon passeport et m'a annoncé que je lui devais 9 000 euros pour le voyage. J'ai travaillé
deux ans pour elle dans un appartement du {LOC:14 rue du Bon-Pasteur}, sans jamais voir l'argent. Un soir,
une médiatrice, {PER:Awa}, m'a glissé une carte avec le numéro de l'association, {PHONE:04 91 62 37 18}.
Je l'ai cachée dans ma chaussure pendant un mois. Quand j'ai enfin appelé, c'est {PER:Sandrine Morel}
qui a répondu. Elle m'a accompagnée au commissariat, puis chez Maître {PER:Lacombe}, l'avocate. Ma
plainte porte le numéro {ID:26/0871/TEH}. {PER:Mame Diarra} a été entendue par les enquêteurs en juin.
Aujourd'hui j'ai un récépissé, je dors au foyer et je ne dois plus rien à personne. Le plus important,
c'est que je peux dire non.
""", ["trafficking", "legal_support", "violence_economic"]),
    ("b11-fr-02", "fr", """
Note de la médiatrice {PER:Cécile Garnier}, permanence du mardi. {PER:Nino Beridze}, 34 ans, géorgienne,
vient pour la troisième fois. Elle vit avec sa fille chez une compatriote, {PER:Tamar}, au
{LOC:27 cours Gambetta, 4e étage}, mais {PER:Tamar} veut récupérer la chambre avant la fin du mois.
{PER:Nino} a un récépissé de demande d'asile n° {ID:6912345678}, valable jusqu'en mars. Elle dit ne
plus dormir depuis l'agression du mois d'août près du {LOC:quai Arloing} : elle se réveille en sueur et
ne sort plus seule. Nous l'orientons vers la psychologue de l'équipe, {PER:Karine Vidal} (ligne directe {PHONE:04 72 60 13 85}), qui la
reçoit jeudi en salle Olympe-de-Gouges. Je lui ai aussi donné le 115 par prudence, au cas où elle se
retrouverait dehors avec la petite {PER:Mariam}. Elle repart avec un peu plus de calme : « au moins,
quelqu'un sait où je suis », m'a-t-elle dit. À revoir dans quinze jours avec {PER:Karine}.
""", ["housing", "mental_health", "civil_documents"]),
    ("b11-fr-03", "fr", """
Q : Comment ça s'est passé avec la police cet hiver ? |
R : C'était près de la {LOC:place Arnaud-Bernard}. Deux agents m'ont contrôlée trois fois dans la même
semaine. Le plus grand, je sais qu'il s'appelle {PER:Ferrand}, il me disait : « toi, {PER:Yokasta}, je
vais te renvoyer à Saint-Domingue ». La dernière fois, il a pris 50 euros dans mon sac sans rien écrire. |
Q : Et qu'est-ce qui a changé pour vous ? |
R : {PER:Yaritza Peña}, une amie de l'association, m'a expliqué que la loi du 13 avril 2016 ne punit
plus les travailleuses du sexe, et que ce policier n'avait pas le droit. Elle m'a emmenée chez
Maître {PER:Olivier Roche}. On a écrit ensemble, et mon signalement a reçu le numéro
{ID:TLS-2026-0417}. |
Q : Et vous, comment vous sentez-vous maintenant ? |
R : Avant je baissais la tête. Maintenant je connais mes droits, et quand {PER:Ferrand} passe, je le
regarde dans les yeux. Les autres filles de l'{LOC:allée Jean-Jaurès} m'appellent pour que je leur explique.
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("b11-fr-04", "fr", """
Transcription d'un message vocal laissé le 4 novembre sur le répondeur de l'équipe. « Bonjour
{PER:Julie}, c'est {PER:Siri}, {PER:Siriporn} de {LOC:Belleville}, tu te souviens ? Je suis allée au
dépistage de l'hôpital Saint-Louis comme tu m'avais dit. Pour le VIH c'est négatif, pour la syphilis
aussi, mais j'ai une chlamydia. Le docteur {PER:Lemoine} m'a donné des antibiotiques, une semaine, et je
dois revenir faire le contrôle. Elle m'a parlé aussi de la PrEP, elle dit que pour moi c'est bien, parce
que les clients veulent sans préservatif. J'ai rendez-vous le 20. Je suis passée te voir au local, {LOC:rue de Tourtille}, mais c'était fermé. Autre chose : ma copine {PER:Ploy} veut
venir faire le test elle aussi, mais elle a peur. Tu peux l'appeler au {PHONE:07 58 21 64 09} ? Elle
parle un peu anglais. Ou tu lui écris, son mail c'est {EMAIL:ploy.kanya88@gmail.com}. Merci
{PER:Julie}, vraiment. Bisous. »
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),
    ("b11-fr-05", "fr", """
Objet : attestation à l'attention du juge aux affaires familiales, dossier RG {ID:26/03518}. |
Madame la Juge, |
Nous accompagnons Mme {PER:Guerline Pierre} depuis janvier 2025. Mme {PER:Pierre} vit avec ses deux
enfants, {PER:Wideline} (9 ans) et {PER:Kervens} (6 ans), au {LOC:8 allée des Glycines, appartement 12}.
Elle assure seule leur quotidien : {PER:Wideline} est scolarisée au collège Jules-Ferry, {PER:Kervens} à
l'école maternelle du quartier, et elle ne manque aucune réunion. Le père, M. {PER:Jean-Ronald Dorvil},
ne verse plus la pension fixée en 2023 et a menacé à plusieurs reprises, par messages, d'emmener les
enfants en Haïti. Mme {PER:Pierre} souhaite obtenir la résidence exclusive des enfants et le versement
de la pension. Son avocate, Maître {PER:Anne-Sophie Blanc}, joindra les captures d'écran des messages.
Nous restons à votre disposition. |
{PER:Héloïse Carpentier}, assistante sociale
""", ["family_law", "family_relations", "legal_support"]),
    ("b11-fr-06", "fr", """
Compte rendu du groupe de parole du 12 octobre, Lille. |
Présentes : {PER:Blerina}, {PER:Drita H.}, {PER:Corina Rusu}, {PER:Mimi}, {PER:Fatou Ndiaye} ;
animatrice : {PER:Nathalie Roux}. |
{PER:Corina} raconte qu'avant le groupe, elle passait ses journées dans sa chambre de {LOC:Wazemmes} sans
parler à personne, sauf aux clients. « Ici, je parle en français, je ris, je ne suis plus seule ». {PER:Blerina}
dit que les autres filles l'ont aidée à tenir quand elle a voulu tout arrêter. {PER:Mimi} propose que le
groupe se retrouve aussi le samedi au {LOC:café Le Bastion}, {LOC:rue Gambetta}, pour celles qui
travaillent le soir. {PER:Fatou Ndiaye} a apporté des beignets et a dit qu'elle était fière d'avoir
pris la parole devant tout le monde pour la première fois. {PER:Drita H.} demande qu'on garde les
prénoms entre nous. Prochaine séance le 26, même heure.
""", ["peer_support", "social_isolation", "self_esteem"]),
    ("b11-fr-07", "fr", """
FICHE D'ORIENTATION |
Nom : {PER:Aydin} |
Prénom : {PER:Rojin} |
Date de naissance : 12/05/1996 |
Adresse : {LOC:5 rue du Faubourg-Figuerolles} |
Téléphone : {PHONE:+33 6 44 18 92 07} |
N° de sécurité sociale : {ID:2 96 05 99 352 114 38} |
Orientée vers : Planning familial, consultation IVG |
Orientée par : {PER:Hélène Marchal}, infirmière |
Motif : Mme {PER:Aydin}, kurde, arrivée de Diyarbakır en 2024, est enceinte de sept semaines à la suite
d'un viol commis par un client dans une voiture, en septembre. Elle n'avait jamais consulté de
gynécologue en France et ne savait pas que l'IVG était possible ni gratuite. Elle souhaite interrompre la
grossesse et demande une contraception ensuite. Elle ne parle pas encore français : son amie {PER:Berfin},
qui l'accompagne, traduit. Merci de prévoir une interprète en kurmandji. Elle a refusé pour l'instant de
porter plainte mais accepte de rencontrer la juriste.
""", ["reproductive_health", "violence_sexual", "access_to_care"]),
    ("b11-fr-08", "fr", """
De : {EMAIL:a.masson@escale-bordeaux.fr} |
À : {EMAIL:hebergement.urgence@ccas-exemple.fr} |
Objet : Mme {PER:Ceban}, demande d'hébergement |
Bonjour {PER:Laurent}, |
Je reviens vers vous pour Mme {PER:Ana Ceban}, moldave, que nous suivons depuis l'été. Elle a été
expulsée vendredi du studio qu'elle louait au {LOC:43 rue Kléber} : le propriétaire a changé la serrure
pendant qu'elle était au travail et a gardé ses affaires. Depuis, elle dort à la gare Saint-Jean avec son
fils {PER:Matei}, 6 ans, ou chez une amie quand c'est possible. Le numéro de sa demande SIAO est
{ID:SI-33-2026-11842}. Elle est joignable au {PHONE:06 71 30 58 26}, plutôt le matin. Pourriez-vous
regarder s'il reste une place familiale au centre de la {LOC:rue de Bègles} ? {PER:Matei} ne va plus à
l'école depuis une semaine. |
Bien cordialement, |
{PER:Aurélie Masson}
""", ["housing"]),
    ("b11-fr-09", "fr", """
Récit recueilli en darija à Khénifra et écrit en français par la facilitatrice. {PER:Itto Ouhamou}, 41
ans, est née à {LOC:Aguelmous}. Quand son frère {PER:Moha} a appris comment elle gagnait sa vie à
Beni Mellal, il l'a chassée de la maison familiale devant les voisins et a dit à sa mère de ne plus
prononcer son nom. Pendant trois ans, {PER:Itto} n'a plus parlé à personne du village. L'an dernier, une
éducatrice paire, {PER:Yamna}, l'a inscrite à la formation de couture de l'Entraide nationale. « Au
début, je ne savais même pas tenir les ciseaux », rit-elle. Aujourd'hui elle coud des caftans pour un
atelier du {LOC:quartier Amalou}, et sa carte nationale, {ID:QA184527}, est enfin à jour pour ouvrir un
compte. Elle gagne peu, mais elle décide. Sa cliente la plus fidèle, Lalla {PER:Tuda}, l'appelle au
{PHONE:06 61 48 27 93} pour chaque fête. « Ce qui a changé, c'est que je ne baisse plus les yeux. »
""", ["violence_psychological", "vocational_training", "income_employment"]),
    ("b11-fr-10", "fr", """
Synthèse de la réunion de coordination du 3 novembre autour de Mme {PER:Mursal Ahmadzai}. Présents :
Dr {PER:Kessler} (infectiologue), {PER:Inès Belkacem} (juriste), {PER:Thomas Vasseur} (éducateur),
{PER:Shabnam} (interprète dari). |
Mme {PER:Ahmadzai}, afghane, vit avec le VIH depuis 2022. Depuis son arrivée à l'{LOC:hôtel Le Relais Bleu},
un hôtel social, elle a arrêté son traitement trois semaines : elle avait peur que ses
voisines de chambre voient les boîtes. Dr {PER:Kessler} rapporte une charge virale remontée. Elle dit
être épuisée, pleurer la nuit, penser à ses enfants restés à Hérat. |
Décisions : {PER:Thomas} l'accompagne au suivi de l'hôpital Bichat le 10 ; une boîte de médicaments
discrète lui sera fournie ; rendez-vous avec la psychiatre. {PER:Inès} relance l'OFPRA, dossier
{ID:2026-04-01837}, pour la convocation. Joignable au {PHONE:07 49 02 86 15}.
""", ["hiv_care", "mental_health", "civil_documents"]),
    ("b11-fr-11", "fr", """
Je m'appelle {PER:Zulmira Monteiro}, mais depuis Praia on m'appelle {PER:Zuzu}. À {LOC:Noailles}, tout
le monde me connaissait pour le crack. Je fumais avant de travailler, après, et entre les deux. Mon
copain de l'époque, {PER:Djodje}, me vendait la galette et reprenait ce que je gagnais. Un soir, au
{LOC:bar Le Mistral}, je suis tombée. C'est l'unité mobile de la Croix-Rouge qui m'a ramassée. Ensuite
l'infirmière, {PER:Magali Fontaine}, est venue me voir chaque semaine avec des pipes propres et du café.
Elle ne m'a jamais fait la morale. J'ai commencé un traitement au centre d'addictologie, puis les visites
avec le médecin. Ma sœur {PER:Ivanilda} m'appelle maintenant du Cap-Vert, au {PHONE:+238 991 42 17},
chaque dimanche. Je ne dis pas que c'est fini. Mais je me regarde dans la glace, je mets du rouge à
lèvres, et je me trouve belle. Ça, c'était fini depuis dix ans.
""", ["addiction", "self_esteem", "access_to_care"]),
    ("b11-fr-12", "fr", """
FICHE D'APPEL — ligne d'écoute, Strasbourg, 21 h 40 |
Appelante : {PER:Desislava}, dite « {PER:Desi} », bulgare, 27 ans. Appel reçu du {PHONE:+359 88 412 7035}
(numéro bulgare, elle n'a plus de carte française). |
Situation : son compagnon, {PER:Stoyan Petrov}, l'a frappée au visage et lui a cassé le téléphone à
l'{LOC:hôtel Le Cerf d'Or}, {LOC:rue du Maire-Kuss}, chambre 9, où ils vivent depuis juillet. Il la traite de « chienne », menace
d'envoyer des photos d'elle à sa mère à Sliven et de la tuer si elle part. Elle dit qu'il garde sa carte
d'identité bulgare, n° {ID:648213597}. Une voisine de palier, Mme {PER:Weber}, l'a laissée appeler de sa chambre. |
Conseils donnés : composer le 17 en cas de danger immédiat, ou le 3919 pour parler ; certificat médical aux urgences ; rendez-vous
demain avec {PER:Élodie}, de l'équipe, au local. |
Rappel prévu par {PER:Élodie} au numéro de Mme {PER:Weber} : {PHONE:03 88 47 19 62}.
""", ["violence_physical", "violence_psychological"]),
]
STORIES += [
    ("b11-fr-13", "fr", """
Entretien mené à Agadir par {PER:Hanane Ait Lahcen}, traduit du hassaniya. |
Q : Pourquoi êtes-vous venue au centre la première fois ? |
R : C'est ma cousine {PER:Salka} qui m'a amenée. Elle appelle sa mère à Nouadhibou au {PHONE:+222 36 41 27 90}. Elle fait le test tous les six mois à l'ALCS. Moi,
j'avais peur du résultat, et peur qu'on me voie entrer. À {LOC:Talborjt}, tout le monde se connaît. |
Q : Et ce jour-là ? |
R : {PER:Hanane} m'a expliqué le test rapide, on a attendu vingt minutes ensemble. C'était négatif. J'ai
pleuré quand même. Mon numéro de dossier, c'est {ID:AGA-CSSR-0934}, je le garde dans mon téléphone. |
Q : Qu'est-ce qui a changé depuis ? |
R : Avant, un client, {PER:Brahim}, me disait que les filles comme moi étaient sales et malades, et je le
croyais. Maintenant je sais que c'est lui qui parle mal. Je reviens avec les filles du {LOC:café Tafoukt},
et je suis moi-même allée chercher {PER:Mahjouba Sidi Brahim}, qui n'osait pas. {PER:Salka} dit que je
suis devenue la chef.
""", ["hiv_sti_testing", "stigma_discrimination", "peer_support"]),
    ("b11-fr-14", "fr", """
Bonjour Madame, |
Je vous écris après notre entretien de lundi au centre PAG-ASA. Je m'appelle {PER:Valbona Shehu}, je suis
albanaise, et je veux témoigner contre {PER:Arben Lika}. Il m'a fait venir à Bruxelles en me disant qu'il
m'aimait. Ensuite il m'a mise dans une vitrine de la {LOC:rue d'Aerschot} et il prenait tout l'argent,
chaque nuit. Il disait que ma famille à Elbasan paierait si je partais. Maître {PER:Dewulf} m'a dit que
mon numéro de registre national, {ID:96.03.14-238.51}, suffit pour ouvrir le dossier d'aide juridique.
Votre collègue {PER:Sofie Claes} m'a aidée à remplir les papiers. Je n'ai plus de téléphone à moi : vous
pouvez m'écrire à {EMAIL:valbona.shehu [at] protonmail [point] com}, ou appeler {PER:Sofie} au
{PHONE:+32 465 81 29 04}. Mon adresse ne doit être donnée à personne. Merci de m'avoir crue. |
{PER:Valbona}
""", ["trafficking", "legal_support"]),
    ("b11-fr-15", "fr", """
Je suis {PER:Bouchra}, j'ai 29 ans, je travaille dans les cafés de {LOC:Maârif}. Il y a un policier que
les filles appellent {PER:Rambo}. Chaque vendredi, il attendait sur le {LOC:boulevard Zerktouni} et il
choisissait une fille. Il me demandait 200 dirhams, sinon il disait qu'il m'emmènerait au commissariat
pour l'article 490 du Code pénal. Une fois, je n'avais pas l'argent : il a gardé ma carte nationale
{ID:BE729314} pendant une semaine. Dans l'atelier de l'association, l'avocate, Maître {PER:Naïma Tazi},
nous a expliqué ce que la police peut faire et ce qu'elle ne peut pas faire, et qu'un policier n'a pas
le droit de garder une carte. Ma copine {PER:Sanae} a noté le numéro de la voiture. La fois suivante,
j'ai dit à {PER:Rambo} que je connaissais mes droits et que mon avocate avait son nom. Il est parti. Je
ne dis pas qu'il ne reviendra pas, mais pour la première fois, c'est moi qui ai parlé.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
    ("b11-fr-16", "fr", """
Note de suivi, {LOC:quartier du Mirail}. {PER:Achta Mahamat}, tchadienne, 38 ans, trois enfants. Depuis que
son titre de séjour est en renouvellement, elle n'a plus droit aux allocations et ne travaille presque
plus. Elle dit que les enfants mangent du riz blanc matin et soir, et qu'elle saute des repas pour eux.
Nous avons fait une demande aux Restos du Cœur et lui avons remis des chèques services pour deux
semaines. Son voisin, M. {PER:Abakar}, qui habite au {LOC:12 chemin de Lestang}, l'aide à porter les
colis. Sa fille aînée, {PER:Zara}, 14 ans, a dit à l'éducatrice qu'elle avait honte d'aller à la cantine
sans payer. {PER:Achta} a pleuré en parlant de sa mère, restée à N'Djamena, qu'elle appelle au
{PHONE:+235 66 21 47 90} quand elle peut acheter du crédit. La prochaine distribution a lieu le jeudi.
Orientation vers {PER:Samia}, conseillère en économie sociale et familiale ({EMAIL:samia.cesf@mairie-exemple.fr}).
""", ["food_security", "family_relations"]),
    ("b11-fr-17", "fr", """
Procès-verbal du comité de sélection, domaine « accès aux droits », Marseille, 18 novembre. |
Présents : {PER:Françoise Lemaire} (présidente), {PER:Moussa Diop}, {PER:Jeanne Aubert}, Dr
{PER:Okonkwo}, {PER:Kenza}. Réunion tenue au local de la {LOC:rue des Petites-Maries}. |
Sept récits candidats ont été lus. Le comité retient à l'unanimité le récit de la femme qui, après
quatre ans sans papiers, a obtenu sa carte de séjour, puis ouvert un compte à La Banque Postale et signé
son premier contrat de travail comme agente d'entretien. {PER:Moussa Diop} souligne que le récit montre
toute la chaîne : la carte, le compte, le salaire. {PER:Jeanne Aubert} rappelle que la conseillère qui l'a
accompagnée, {PER:Patricia Gomez}, a fait onze rendez-vous à la préfecture avec elle. Dr {PER:Okonkwo}
note qu'elle dit avoir « enfin un nom sur une fiche de paie ». {PER:Kenza} propose de lui lire la
décision elle-même. Retour à l'équipe par {EMAIL:comite.msc@exemple-asso.org}. Séance levée à 17 h.
""", ["civil_documents", "income_employment"]),
    ("b11-fr-18", "fr", """
Je suis {PER:Rasha}, syrienne, et je vis avec le VIH depuis six ans. L'hiver dernier, j'avais une
infection dentaire. Le dentiste du {LOC:boulevard Barbès} a lu mon dossier et m'a dit qu'il ne soignait
pas « ces patients-là », qu'il fallait aller à l'hôpital. Je suis sortie sans rien dire. J'avais honte,
comme si c'était moi qui avais fait une faute. C'est {PER:Lina Al-Khatib}, l'interprète de
l'association, qui m'a dit que c'était un refus de soins et que c'était interdit. Avec Dr {PER:Mercier},
mon médecin de l'hôpital Avicenne, on a écrit au conseil de l'ordre. Un autre dentiste, {LOC:rue Marx-Dormoy},
m'a soignée la semaine suivante sans poser de question. Ma sœur m'appelle de Damas au {PHONE:+963 944 218 307} et elle ne sait rien. Ma charge virale est indétectable, je prends mon
traitement tous les soirs. Maintenant, quand {PER:Lina} anime le groupe du jeudi, je raconte cette
histoire aux nouvelles. Je veux qu'elles sachent qu'on n'a pas à baisser la tête.
""", ["stigma_discrimination", "access_to_care", "hiv_care"]),
    ("b11-fr-19", "fr", """
Entretien avec {PER:Lumința Căldăraru}, rencontrée au terrain de la {LOC:rue Paul-Bert}, à Lyon. Elle
vit en caravane avec son mari {PER:Florin} et leurs trois enfants. Sa fille {PER:Denisa} est née en
février à l'hôpital, mais {PER:Lumința} n'avait pas compris qu'il fallait déclarer la naissance en
mairie dans les cinq jours. Sans acte de naissance, pas de carte de PMI, pas de vaccins, pas de crèche.
Avec {PER:Céline Arnaud}, notre juriste ({EMAIL:c.arnaud AT juristes-exemple DOT org}), nous avons obtenu un jugement déclaratif ; l'acte porte le
numéro {ID:2026/00873}. {PER:Lumința} dit qu'elle a eu l'impression que sa fille « existait enfin pour
la France ». Le couple a été expulsé du terrain en octobre et dort désormais sur un parking à
{LOC:Gerland}. Le frère de {PER:Florin}, {PER:Costel}, les appelle de Roumanie au {PHONE:+40 741 203 558}.
Prochaine étape : l'inscription de l'aîné, {PER:Marius}, à l'école.
""", ["civil_documents", "family_relations", "housing"]),
    ("b11-fr-20", "fr", """
Je m'appelle {PER:Zainab Al-Saadi}, je viens de Bassora. À Montpellier, j'habitais à {LOC:La Paillade}
et je ne sortais que la nuit. Quand {PER:Mathilde}, de l'association, m'a parlé de la formation en
pâtisserie, j'ai ri : je ne savais faire que le pain de ma mère. France Travail m'a inscrite, mon
identifiant est {ID:4827153X}, et j'ai fait six mois de cours et deux mois de stage à la
{LOC:boulangerie Au Pain Doré}. La cheffe, {PER:Martine}, criait beaucoup, mais elle m'a appris les
choux, les tartes, le feuilletage. Le jour de l'examen, mes mains tremblaient. J'ai eu mon CAP. Depuis
septembre, je travaille le matin, avec un vrai contrat, et je gagne assez pour payer ma chambre. Les
recruteurs peuvent m'écrire à {EMAIL:z.alsaadi@laposte.net}. Je suis fière. Ma mère me téléphone du {PHONE:+964 770 318 4429}. Ma fille {PER:Hiba} dit à
ses copines que sa maman fait les meilleurs gâteaux de la ville.
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("b11-fr-21", "fr", """
Note de l'éducatrice paire {PER:Siham Bakkali}, Tanger. {PER:Ghizlane}, 23 ans, m'a appelée samedi à
6 heures du matin depuis le {PHONE:+212 6 62 37 15 80}. Deux hommes l'avaient emmenée dans un
appartement de {LOC:Bni Makada} et l'avaient violée, sans préservatif. Je l'ai rejointe devant le
{LOC:café Hafa} et nous sommes allées directement aux urgences de l'hôpital Mohammed V. Le médecin de
garde a d'abord refusé de la voir sans plainte ; il a fallu que Dr {PER:Amrani}, de notre clinique,
l'appelle. {PER:Ghizlane} a reçu le traitement post-exposition dans les délais, et une contraception
d'urgence. Elle ne veut pas porter plainte : l'un des hommes connaît sa famille à {LOC:douar Dchar
Ben Dibane}. Elle a pris les comprimés pendant 28 jours, avec un message de ma part chaque soir. Le test
de contrôle est négatif. Elle m'a dit : « tu es restée, c'est ça que je garde ».
""", ["violence_sexual", "hiv_prevention", "access_to_care"]),
    ("b11-fr-22", "fr", """
Chère équipe, |
Je vous écris cette lettre parce que je ne sais pas bien parler devant les gens. Je m'appelle {PER:Mariama
Baldé}. Quand je suis arrivée à la {LOC:Guillotière}, il y a deux ans, j'avais perdu l'espérance. Je ne
mangeais plus, je ne dormais plus, je pensais que mon fils {PER:Alpha} serait mieux sans moi. C'est
{PER:Espérance}, la Burundaise du groupe, qui m'a prise par la main et m'a amenée chez la psychologue,
Mme {PER:Ravier}. Pendant un an, je l'ai vue chaque mardi dans son cabinet du {LOC:cours de la Liberté}. Dans le groupe, {PER:Espérance}, {PER:Oumou}
et {PER:Dieynaba} m'ont appris à rire de nouveau. Aujourd'hui, c'est moi qui accueille les nouvelles
filles le vendredi. Je sais que ma vie a une valeur. Si une femme veut me parler, donnez-lui mon adresse :
{EMAIL:mariama.balde.lyon@yahoo.fr}. Merci à vous toutes. |
{PER:Mariama}
""", ["mental_health", "self_esteem", "peer_support"]),
    ("b11-fr-23", "fr", """
Suivi juridique, Nice. {PER:Victoire Ngo Biyong}, camerounaise, a été frappée le 2 septembre par un
client dans un hall d'immeuble de l'{LOC:avenue Jean-Médecin} : coups de poing au visage, côte fêlée,
dix jours d'ITT constatés à l'hôpital Pasteur. Elle a déposé plainte avec notre juriste, {PER:Romain
Leclerc}, le lendemain ; procès-verbal n° {ID:2026/004518}. L'auteur a été identifié grâce au numéro
qu'il avait utilisé pour la contacter, le {PHONE:06 19 84 52 73}. {PER:Victoire} craignait que sa
plainte ne soit pas prise au sérieux à cause de son travail ; l'officier, le brigadier {PER:Santini}, l'a
reçue correctement. Le procès est fixé au 14 janvier. Elle a aussi appelé le 116 006, la ligne d'aide aux victimes. « Pour moi, c'est déjà une vraie victoire qu'on
m'ait écoutée », dit {PER:Victoire}. Son amie {PER:Flore} l'accompagnera à l'audience. Coordonnées de
l'avocat désigné, Maître {PER:Pellegrino} : {EMAIL:cabinet.pellegrino@avocats-exemple.fr}.
""", ["legal_support", "violence_physical"]),
    ("b11-fr-24", "fr", """
Journal de maraude, nuit du 9 au 10 octobre, Paris. Équipe : {PER:Léa}, {PER:Yacine}, {PER:Bintou}. |
22 h 10 — {LOC:boulevard de la Villette} : {PER:Kanya} et {PER:Malee}, thaïlandaises, prennent 40
préservatifs et du gel. {PER:Malee} demande la PrEP ; rendez-vous donné pour mardi. |
22 h 45 — {LOC:rue Myrha} : {PER:Osas} n'est pas là. Sa colocataire dit qu'elle est partie chez
Emmaüs Solidarité. {PER:Bintou} laisse une carte. |
23 h 30 — {LOC:square Léon} : trois femmes bulgares, dont {PER:Radka}, qui traduit pour les autres.
Distribution de kits, explication du traitement post-exposition en cas de rapport non protégé. |
0 h 20 — {LOC:hôtel Le Phénix}, devant l'entrée : {PER:Kanya} nous présente {PER:Ploy Chaiyasit},
arrivée la semaine dernière, qui ne connaît pas encore l'association. Elle note notre numéro,
{PHONE:01 42 05 18 63}. Les filles disent que le groupe de {PER:Kanya} s'organise pour que personne ne
rentre seule. |
Total : 11 personnes rencontrées, 260 préservatifs distribués.
""", ["hiv_prevention", "peer_support"]),
]
# ---------------------------------------------------------------- English (14)
STORIES += [
    ("b11-en-01", "en", """
My name's {PER:Leanne}, I'm 36 and I've been working the streets in {LOC:Holbeck} on and off since I was
nineteen. For years it was heroin, then spice, whatever {PER:Dean} brought home. He'd take my money and
tell me I owed him for the gear. When the managed area closed I had nowhere to go, so I slept in the car
park behind {LOC:Domestic Street}. {PER:Kerry Walsh}, the nurse from the van, kept turning up with clean
needles and a flask of tea, and she never once looked at me like I was dirt. She got me a script at the
drug service and a room in a supported house on {LOC:Tong Road}. I've been on methadone eight months now.
I go to the women's group on Wednesdays with {PER:Shaz} and {PER:Michelle}, and we text each other when
it gets bad. Jobcentre Plus still does my head in, but I've got a key to my own door. If anyone wants
me, my number is {PHONE:07700 900418}. {PER:Kerry} says I'm the proof it works. I'm not sure, but I'm
still here.
""", ["addiction", "housing", "peer_support"]),
    ("b11-en-02", "en", """
Caseworker notes — {PER:Kanokwan Srisuk} ("{PER:Nok}"), 31, Thai national. |
Referred by the police after a raid on the {LOC:Golden Lotus massage parlour} on {LOC:Tooting High
Street}. {PER:Nok} was recruited in Udon Thani by a woman she knew as Auntie {PER:Daeng}, who promised
restaurant work in London and charged her £18,000 for the flight and the visa. On arrival her passport,
{ID:AA4471298}, was taken by the parlour manager, Mrs {PER:Chen}, and she was made to work every day
until the debt was paid. She slept on the premises. |
Today: positive conclusive grounds decision received; NRM reference {ID:NRM-2026-118437}. The Home
Office has been asked to return her passport. Her solicitor, {PER:Gareth Pryce}, is preparing a
statement under the Modern Slavery Act 2015. {PER:Nok} says she can sleep now because "nobody has the key
but me". She would like to call her mother in Thailand on {PHONE:+66 81 734 2290} from the office phone
on Friday. |
Next review: {PER:Ruth} to chase the passport with the police.
""", ["trafficking", "legal_support"]),
    ("b11-en-03", "en", """
Q: How were things when you first came to Birmingham? |
A: Very dark. I was in a room in {LOC:Balsall Heath} and I did not go out for weeks. I kept seeing the
men from the road in Libya. I could not sleep, I could not eat. |
Q: What changed? |
A: {PER:Hawa}, a Sudanese lady from church, brought me to the women's centre on {LOC:Moseley Road}. There I met
Dr {PER:Ruth Feld}, the psychologist. Every Tuesday for six months. She taught me to breathe when the
pictures come, to put my feet on the floor. At first I cried the whole hour. |
Q: And now? |
A: The nightmares are less. I sleep five, six hours. My GP registered me, my NHS number is
{ID:943 476 5919}, and I have tablets when it is very bad, or I call 111 at night. I go to the sewing circle with {PER:Hawa} and
{PER:Nafisa}. I am not alone in my head any more. When people ask my name, I say it: {PER:Amna Babiker}.
Before, I was afraid even of my name.
""", ["mental_health", "social_isolation"]),
    ("b11-en-04", "en", """
From: {EMAIL:j.okafor@refuge-example.org.uk} |
To: housing team |
Subject: {PER:Charity Mensah} — urgent move |
Hi {PER:Sinead}, |
Following up on {PER:Charity}'s case. Last night her ex-partner, {PER:Kwame Boateng}, forced his way
into the flat at {LOC:Flat 3, 22 Claremont Road}, {LOC:Moss Side}, and beat her with a belt in front of the
kids. Police attended; she has bruising to the back and arms and a cut above the eye. He knows the
address and has been seen outside the charity shop on the corner twice this week. She cannot go back.
She and the children ({PER:Abena}, 7, and {PER:Kofi}, 4) are in emergency accommodation for three
nights only. Can we fast-track her onto the management transfer list? Her tenancy reference is
{ID:MCR-TEN-558102}. She's reachable on {PHONE:07700 900734}, or through me on {PHONE:0161 496 0732}. |
Thanks, |
{PER:Jude Okafor}, IDVA
""", ["housing", "violence_physical"]),
    ("b11-en-05", "en", """
Voice note from {PER:Sabina Rostas}, transcribed by {PER:Ellen}, {LOC:Govanhill}. "Hiya {PER:Ellen}, it's
{PER:Sabina}. I wanted to say thank you for the vouchers, we went to the food bank at the Salvation Army
on {LOC:Victoria Road} and got pasta and nappies and milk for the wee one. Before that, honest, I gave the kids bread and tea
for two days. {PER:Miro} is still in Košice with his mother, he doesn't send anything. Mrs {PER:Doherty},
{PER:Dominik}'s teacher, noticed he was hungry at school and now he gets breakfast club. I was ashamed
but she was kind. My sister {PER:Renata} says I can stay at hers on {LOC:Allison Street} until the money
comes through, so we're all right for now. Can you ring me on {PHONE:07700 900873} about the forms? My
English is better on the phone than the writing. Thanks, eh. Bye."
""", ["food_security", "family_relations"]),
    ("b11-en-06", "en", """
Harrow Road Health Centre, {LOC:114 Harrow Road} |
To whom it may concern, |
Re: Ms {PER:Yulissa Almonte}, date of birth 14/02/1990, clinic number {ID:HIV-44721} |
I have known Ms {PER:Almonte} since March, when she registered with the practice after a friend,
{PER:Altagracia}, walked her to our door. She had been diagnosed with HIV in Santo Domingo in 2019 and had
not taken treatment for two years, for fear of being reported to immigration. We referred her to the
HIV service at St Mary's Hospital, where she restarted antiretrovirals in April. At her last review her
viral load was undetectable. She now attends every appointment and collects her medication herself.
Ms {PER:Almonte} has asked me to support her application for continued care. Interrupting her treatment
would be a serious risk to her health. Please contact me on {PHONE:020 7946 0815} or at
{EMAIL:dr.raman@nhs-practice.example}. |
Yours faithfully, |
Dr {PER:Priya Raman}, GP
""", ["hiv_care", "access_to_care"]),
    ("b11-en-07", "en", """
Helpline sheet, Thursday night shift. Taken by {PER:Tracey}. |
Caller: {PER:Donna}, 44, independent escort, called from {PHONE:07700 900561}. |
What happened: a punter who gave his name as {PER:Gaz} booked her for an outcall at a flat above the
{LOC:Rose and Crown pub}. When she arrived there were two men. They took her phone, held her down and
raped her, then pushed her down the stairs when she tried to leave. She has a swollen wrist and
bruising to her face. She did not call 999 because she "didn't think they'd care". |
Action: explained she can report to the police anonymously through National Ugly Mugs and that we can
send a warning to other workers with the description and the number he used, {PHONE:07700 900199}.
Offered a referral to the sexual assault centre for forensic examination within seven days and
emergency contraception. {PER:Donna} agreed to go tomorrow with {PER:Marcia}, our outreach worker.
Callback booked for 10am.
""", ["violence_physical", "violence_sexual"]),
    ("b11-en-08", "en", """
Women's circle, minutes of the session of 5 November, Room 4. |
Attendees: {PER:Farishta}, {PER:Parwana Hakimi}, {PER:Marzia}, {PER:Shilan}, {PER:Ngozi}; facilitator
{PER:Joy Adeyemi}. |
{PER:Parwana} said that when she arrived from Kabul she thought nobody in London would understand
her. She stayed in the hostel for months without speaking. Now she comes every week and brings
{PER:Marzia}, who is new. {PER:Shilan} told the group she had spoken at a college meeting about what
survivors need and people clapped: "I felt tall". {PER:Farishta} cried with joy when she heard her
daughter in Kabul, reachable on {PHONE:+93 70 412 3386}, had passed her exams. The group decided to make a small book of recipes to sell, and
{PER:Ngozi} will ask the café on {LOC:Whitechapel Road} to stock it. {PER:Joy} reminded everyone that
what is said in the circle stays in the circle. Next session: 19 November.
""", ["peer_support", "self_esteem", "social_isolation"]),
    ("b11-en-09", "en", """
REFERRAL — sexual health |
Name: {PER:Shanice Campbell} |
DOB: 03/09/2001 |
Address: {LOC:41 Spencer Place}, {LOC:Chapeltown} |
NHS no: {ID:485 777 3456} |
Phone: {PHONE:0113 496 0281} |
Email: {EMAIL:shanice.c01@outlook.com} |
Referred by: {PER:Bev Marsh}, outreach |
Reason: {PER:Shanice} thinks she may be pregnant, about nine weeks. She had a contraceptive implant
removed last year because of bleeding and has not had reliable contraception since. She is unsure
whether to continue the pregnancy and would like to talk it through with a nurse, not a doctor. She
also asks about the coil afterwards. She has never seen a GP in Leeds and is worried that her
boyfriend, {PER:Tyrone}, will find letters at home, so please contact by text only. Her friend
{PER:Keisha} will come with her. First available appointment please.
""", ["reproductive_health", "access_to_care"]),
    ("b11-en-10", "en", """
Case meeting, Bristol, 20 October. Present: {PER:Hannah Price} (support worker), {PER:Owen Lewis}
(solicitor), {PER:Arta} (interpreter). |
{PER:Fatjona Krasniqi}, 28, Albanian, has been stopped by the same officer, PC {PER:Hughes}, five times
since August near {LOC:Stapleton Road}. Each time he searched her bag, photographed her and told her he
would "make sure immigration hears about her". On 3 October he took her phone and returned it two days
later with the contacts deleted. {PER:Fatjona} now avoids going out at all. |
{PER:Owen} has lodged a complaint with the professional standards department, crime reference
{ID:CR/26/0093321}, and will refer it to the Independent Office for Police Conduct if there is no answer
in 28 days. {PER:Hannah} will help {PER:Fatjona} keep a diary of every stop. |
{PER:Fatjona} said it helped to know that being searched does not mean she has done anything wrong.
Her contact: {PHONE:07700 900342}. Solicitor: {EMAIL:o.lewis@lewis-law.example.co.uk}.
""", ["police_harassment", "legal_support"]),
]
STORIES += [
    ("b11-en-11", "en", """
I'm {PER:Tendai Moyo}. I came from Harare to study and ended up doing sex work when my visa ran out.
The worst part was not the work, it was the men who didn't pay. One regular, a landlord called
Mr {PER:Khan} with flats above the shops on {LOC:Soho Road}, would always say he'd pay next time, and when I asked he'd threaten to call immigration.
Another one took the cash back out of my bag while I was in the shower. I lost about £1,200 in one
winter. My friend {PER:Rumbi} said I had to stop working alone. Through the project I met
{PER:Gemma Stokes}, who helped me sort my status; once my leave came through I got my National Insurance
number, {ID:QQ 12 34 56 C}, and a bank account of my own. Now I do nails from home in {LOC:Handsworth}
and I take cards, so nobody can take cash off me. I'm on Universal Credit top-up while the business
grows. Last month I earned more from nails than from anything else. {PER:Rumbi} books her eyebrows
with me every fortnight.
""", ["violence_economic", "income_employment"]),
    ("b11-en-12", "en", """
From: {PER:Ketevan Kapanadze} <{EMAIL:keti.kap (at) yahoo (dot) co (dot) uk}> |
To: advice desk |
Subject: my BRP |
Dear {PER:Morag}, |
Thank you for meeting me at the drop-in in {LOC:Leith} last week. As you asked, here are my numbers.
My old residence permit card is {ID:ZU8841267}, it expired in August, and the Home Office reference on
my letter is {ID:K1187356}. I sent the renewal form in June but they say they never received the
photos. Without the card my employer at the hotel stopped my shifts, and the landlord wants proof too. I
am very worried. My friend {PER:Nana Gelashvili} had the same problem and your lawyer, {PER:Callum Reid},
helped her. Could he help me? I can come on Tuesday or Thursday. You can phone me on my Georgian number,
{PHONE:+995 599 41 27 83}, because my UK SIM is finished. |
Thank you, |
{PER:Keti}
""", ["civil_documents", "legal_support"]),
    ("b11-en-13", "en", """
Outreach notes, {LOC:Soho}, 11 November. Worker: {PER:Summer Lloyd}. |
Saw {PER:Natalia Lungu} (Moldovan, 25) at the flat on {LOC:Greek Street}. She mentioned a painless sore
in the summer that went away by itself, and now a rash on her palms. Explained that it could be
syphilis and that it is easy to treat. She agreed to come with me to Dean Street Express the same
afternoon. Clinic number {ID:GUM-26-0831}. Rapid tests: syphilis reactive, HIV negative. She had the penicillin injection there and
then, and partner notification was explained; she will tell her boyfriend, {PER:Ion}, herself.
Follow-up bloods booked for February. {PER:Natalia} also asked for her friend {PER:Dawn Whitaker} to be
tested next week. Her mum in Chișinău calls her on {PHONE:+373 69 124 508}; {PER:Natalia} gave me that
number as her emergency contact. Her own number: {PHONE:07700 900657}. She said "I thought doctors here
would shout at me. Nobody shouted." Dawn was breaking when I left {LOC:Greek Street}.
""", ["sti_care", "hiv_sti_testing"]),
    ("b11-en-14", "en", """
My name is {PER:Hêvî Rashid}. I am Kurdish, from Sulaymaniyah, and I live in Liverpool now. When I was
seventeen my father and my uncle {PER:Kawa} decided I would marry a cousin in Erbil. When I said no,
they locked me in my room for a month and told me I was dead to them. Later, here, when my brother
{PER:Rebwar} found out what I was doing for money, he sent voice notes every night: that I was a whore,
that they would find me on {LOC:Edge Lane}. I changed my number three times; now it is {PHONE:07700 900215} and only the project has it. Migrant Help put me in
touch with a women's project in {LOC:Kensington}, and a counsellor, {PER:Siobhan}, has seen me every week
since spring. I still hear my father's voice when I close my eyes. But my little sister {PER:Shilan
Rashid} wrote to me in secret last month. She said she is proud of me. I read it every night.
""", ["violence_psychological", "family_relations", "mental_health"]),
]
# ---------------------------------------------------------------- Modern Standard Arabic (6)
STORIES += [
    ("b11-ar-01", "ar", """
اسمي {PER:سكينة}، عمري اثنان وثلاثون عاما، وأعيش في الرباط. في شهر مارس اعتدى علي رجل في شقة
بـ{LOC:حي التقدم}، ضربني بحزام وكسر أنفي وأخذ هاتفي. ذهبت إلى الشرطة، فقال لي الشرطي إن امرأة مثلي لا
يحق لها أن تشتكي، وهددني بالفصل 490 من القانون الجنائي. خرجت وأنا أبكي. بعد أسبوع رافقتني المثقفة
النظيرة {PER:بشرى} إلى الجمعية، وهناك تعرفت على المحامية {PER:نزهة العلوي}. شرحت لي أن الضرب جريمة
مهما كان عمل الضحية، وأن لي الحق في شهادة طبية. عدنا معا إلى وكيل الملك، وسُجلت شكايتي تحت رقم
{ID:2026/2103/451}. الرجل، واسمه {PER:رضوان الفاسي}، استُدعي مرتين. القضية ما زالت في المحكمة، لكنني
لم أعد أشعر بأنني وحدي. الأستاذة {PER:نزهة} تتصل بي كل أسبوع، وتقول لي إن صوتي مهم.
""", ["legal_support", "violence_physical"]),
    ("b11-ar-02", "ar", """
س: كيف عرفت نتيجة التحليل؟ |
ج: ذهبت مع صديقتي {PER:مريم} إلى مركز الكشف في {LOC:حي المسيرة}. الممرضة {PER:خديجة} شرحت لي كل شيء
قبل التحليل. بعد عشرين دقيقة قالت لي إن النتيجة إيجابية. لم أسمع شيئا بعد ذلك. |
س: وماذا حدث بعد ذلك؟ |
ج: أرسلوني إلى الدكتورة {PER:ليلى بناني} في مستشفى ابن زهر. بدأت العلاج في نفس الشهر. في البداية كانت
الممرضة في قسم آخر ترفض أن تلمس يدي، وكانت تقول لزميلتها: هذه من أولئك. {PER:مريم} هي التي قالت لي إن
هذا تمييز وإن من حقي أن أشتكي. |
س: كيف حالك اليوم؟ |
ج: أتناول الدواء كل ليلة، والحمولة الفيروسية لم تعد تُقاس. أتصل بالدكتورة {PER:بناني} على الرقم
{PHONE:٠٦ ٦١ ٢٣ ٤٥ ٦٧} عندما أحتاج. وأنا الآن أرافق النساء الجديدات إلى الكشف، حتى لا تكون أي واحدة
وحدها كما كنت.
""", ["hiv_sti_testing", "hiv_care", "stigma_discrimination"]),
    ("b11-ar-03", "ar", """
تقرير المنشطة {PER:فاطمة أوبلا}، أكادير. |
{PER:نفيسة آدم إسحاق}، سودانية من دارفور، عمرها ثمانية وعشرون عاما، وصلت إلى المغرب قبل سنتين مع
ابنتها {PER:رقية}. تسكن في غرفة في {LOC:حي أنزا} مع ثلاث نساء، وصاحب البيت يطالبها بثلاثة أشهر من
الكراء ويهدد بطردها. بطاقة اللاجئ لديها منتهية الصلاحية منذ يونيو، ورقمها {ID:254-26C00317}، ولذلك
رفضت صيدلية {LOC:سوق الأحد} أن تبيعها الدواء دون وصفة. قالت لي إنها لا تأكل أحيانا إلا مرة واحدة في اليوم حتى تأكل
ابنتها. أعطيناها سلة غذائية وقسيمة شراء، واتصلت بالسيد {PER:يوسف المرابط}، المكلف بملفات اللجوء ({EMAIL:y.elmrabet@asso-exemple.ma})، ليحدد
لها موعدا لتجديد البطاقة. رقم هاتفها {PHONE:+212 6 44 90 17 32}. ستزورها زميلتي {PER:حنان} الأسبوع
المقبل للبحث عن سكن أرخص.
""", ["civil_documents", "housing", "food_security"]),
    ("b11-ar-04", "ar", """
ابنتي العزيزة {PER:حياة}، |
أكتب إليك هذه الرسالة من خنيفرة، بمساعدة صديقتي {PER:عدجو}، لأنني ما زلت أتعلم الكتابة. أعرف أنك غاضبة
مني لأنني تركتك عند جدتك في {LOC:دوار آيت إسحاق} كل هذه السنوات. لم يكن عندي خيار. كنت أعمل ليلا لأرسل
لك ثمن المدرسة، وكنت أخجل من أن تعرفي. اليوم أريد أن أقول لك الحقيقة. منذ سنة أعمل في تعاونية للكسكس
مع السيدة {PER:رقية أمهاوش}، وأتقاضى أجرا كل شهر، ولم أعد أحتاج إلى الرجال. أريد لك ولي حياة كريمة،
وأن ترفعي رأسك حين تذكرين اسم أمك. إذا أردت أن تتصلي بي، هذا رقمي الجديد: {PHONE:٠٧ ٧٢ ١٨ ٣٤ ٩٠}.
خالتك {PER:إيجة} تسلم عليك. |
أمك {PER:مامة}
""", ["family_relations", "self_esteem", "income_employment"]),
    ("b11-ar-05", "ar", """
محضر لقاء مجموعة الدعم، طنجة، 15 أكتوبر. |
الحاضرات: {PER:وفاء}، {PER:كريمة}، {PER:هدى الطاهري}، {PER:سمية}، {PER:لبنى}. المنشطة: {PER:رجاء
الخمليشي}. |
موضوع اللقاء: الحقوق عند التوقيف. في مقر الجمعية ب{LOC:حي مسنانة}، شرحت {PER:رجاء} ما يجب فعله إذا أوقفت الشرطة إحدى النساء، ورقم
المحامي المناوب {PHONE:0539 94 27 61}. قالت {PER:هدى الطاهري} إنها كانت تظن أن الشرطة يمكنها أن تحتجزها بلا سبب، وإنها
اكتشفت اليوم أن لها حقوقا. حكت {PER:وفاء} كيف ساعدتها النساء في المجموعة بعد أن طردها صاحب الغرفة،
وقالت إن الوفاء بين النساء هو طريق النجاة. اقترحت {PER:كريمة} أن تزور المجموعة المجلس الوطني لحقوق
الإنسان لتقديم شهادة جماعية. {PER:سمية} قالت إنها لأول مرة تتكلم أمام الناس دون خوف. |
اللقاء القادم يوم 29 أكتوبر، للتواصل مع المنشطة: {EMAIL:raja.groupe.tanger@gmail.com}.
""", ["peer_support", "rights_awareness"]),
    ("b11-ar-06", "ar", """
استمارة توجيه — خلية النساء ضحايا العنف |
الاسم: {PER:سلمى بنعمر} |
رقم البطاقة الوطنية: {ID:BH384721} |
الهاتف: {PHONE:+212 6 70 11 83 42} |
العنوان: {LOC:17 زنقة ابن بطوطة، الطابق الثاني}، {LOC:درب السلطان} |
الجهة الموجهة إليها: مستشفى مولاي يوسف، قسم أمراض النساء |
ملخص الحالة: تعرضت السيدة {PER:بنعمر} لاغتصاب من طرف زبون ليلة السبت في سيارته قرب
{LOC:مقهى الأندلس}. جاءت إلينا بعد ثلاثين ساعة. تحتاج إلى العلاج الوقائي بعد التعرض، وإلى حبوب منع
الحمل الطارئ، وإلى فحص طبي وشهادة. لم يسبق لها أن زارت طبيبة نساء في حياتها، وتخاف من أن يُطلب منها عقد
الزواج. رافقتها المساعدة الاجتماعية {PER:نادية}. الطبيبة المسؤولة: الدكتورة {PER:أسماء الإدريسي}. |
المرجو استقبالها بسرعة واحترام سرية المعلومات.
""", ["violence_sexual", "access_to_care", "reproductive_health"]),
]
# ---------------------------------------------------------------- Moroccan Darija, Arabic script (6)
STORIES += [
    ("b11-ary-01", "ary", """
تفريغ ميساج صوتي من {PER:خديجة}، مراكش: "السلام {PER:نعيمة}، أنا {PER:خديجة}. بغيت نگولك شنو وقع
البارح. كنت واقفة حدا {LOC:درب ضباشي} مع {PER:زهرة}، جا داك البوليسي اللي كيسميوه {PER:بوشنب}، شدنا
وگال لينا يا إما تعطيو ميتين درهم يا إما نديكم للكوميسارية. {PER:زهرة} ما كانش عندها، خدا ليها
التيليفون ديالها. أنا عطيتو الفلوس اللي خدمت عليهم الليلة كاملة. هادي تالت مرة هاد الشهر. كيگول لينا
هو الأمن الوطني وحنا والو. بغيت نعرف واش نقدر نشكي بيه بلا ما يعرف سميتي. عيطي ليا فاش تسالي على
{PHONE:٠٦٧٨٤٥١٢٣٩}، ولا صيفطي ليا ميساج. {PER:زهرة} حتى هي باغا تجي معايا للجمعية نهار الخميس.
الله يخليك ما تعطي الرقم ديالي لحتى واحد."
""", ["police_harassment", "violence_economic"]),
    ("b11-ary-02", "ary", """
أنا {PER:لطيفة}، عندي أربعين عام، ساكنة ف{LOC:حي بنسودة} ف فاس. عشر سنين وأنا كنشرب الماحيا كل
ليلة، ومن بعد ولّيت كناخد القرقوبي باش نقدر نخدم. خويا {PER:عادل} كان كيقول للعائلة كاملة بلي أنا
حمقة، وما بقاش كيخليني نشوف ولادو. ف نهار، طحت ف {LOC:مقهى النخيل} وما عقلت على والو. {PER:سعاد}،
الصاحبة ديالي، هي اللي داتني للمركز ديال الإدمان. تما الطبيب {PER:الشرقاوي} والمساعدة
{PER:إكرام} عاونوني نقص شوية بشوية. دابا عندي ستة شهور بلا قرقوبي. مازال كنحس بالقلق بزاف ف الليل،
ولكن كنمشي عند الطبيبة النفسانية مرة ف الشهر. ومن شهرين، {PER:عادل} عيط ليا أول مرة وگال ليا: أجي
تتغداي معانا نهار الجمعة. مشيت، وبنتو {PER:ريم} عنقتني. ما نسيتش داك النهار.
""", ["addiction", "family_relations", "mental_health"]),
    ("b11-ary-03", "ary", """
س: منين جيتي؟ |
ج: أنا {PER:حواء عبكر}، من أبشة ف التشاد. واحد الراجل سميتو {PER:محمد نور} گال ليا غادي يدوزني لإسبانيا
ونخدم ف الدار. دّاني لوجدة، وحبسني ف دار ف {LOC:حي الطوبة} مع ست بنات آخرين. كان كيجيب الرجال بالليل،
وكيگول لينا خصنا نخلصو الطريق. اللي بغات تهرب كان كيضربها. |
س: كيفاش خرجتي؟ |
ج: واحد البنت، {PER:ماريا}، من الكاميرون، كان عندها تيليفون مخبي. عيطنا لواحد الجمعية، والأخت
{PER:إيلين} من الكنيسة جات مع البوليس. |
س: وفين وصلتي دابا؟ |
ج: دابا ساكنة ف دار الإيواء، ودرت الفحص. {PER:محمد نور} شدوه. المحامية {PER:سعيدة بوزيان} كتابعني
ف الملف. ماما ف أبشة كنعيط ليها على {PHONE:+235 66 38 09 14} كل سيمانة، وما گلتش ليها كلشي، ولكن
گلت ليها أنا حية.
""", ["trafficking", "violence_sexual"]),
    ("b11-ary-04", "ary", """
أنا {PER:ميمونة}، من {LOC:دوار تيغسالين} حدا خنيفرة. تزوجت وأنا عندي سطاش عام ب{PER:حمو أوعلي}، وكان
كيضربني وكيخليني بلا فلوس. ملي مشيت للمدينة وبديت نخدم باش نوكل ولادي، طلقني بالشفوي وبقا ساكن ف
الدار ومعاه الوراق ديالي. ما كنتش عارفة بلي عندي الحق ف النفقة. المساعدة الاجتماعية {PER:نجاة}
شرحات ليا مدونة الأسرة، وداتني عند الأستاذ {PER:الحسين أمزيان}. دفعنا طلب الطلاق للشقاق، والملف
عندو رقم {ID:٢٠٢٦/١٦١٢/٨٣}. المحكمة حكمات ليا بالنفقة ديال الولاد والحضانة ديالهم. {PER:حمو} باقي
ما خلصش، ولكن الأستاذ {PER:أمزيان} گال ليا كاين التنفيذ. بنتي {PER:تودة} قالت ليا: دابا ما بقيناش
خايفين. وأنا حسيت بحال إلا رجعت ليا الروح.
""", ["family_law", "legal_support"]),
    ("b11-ary-05", "ary", """
ملاحظات المثقفة النظيرة {PER:رشيدة}، أكادير. |
هاد السيمانة دورنا ف {LOC:حي الداخلة} و{LOC:حي السلام}. تلاقيت ب{PER:السعدية}، اللي كتخدم ف
{LOC:صالون الياسمين}، وعطيتها البريزرفاتيف والجيل، وشرحت ليها الـPrEP. گالت ليا باقا كتخاف من الدوا،
حيت سمعات بلي كيدير الضرر. عاودت ليها التجربة ديال {PER:فضيلة}، اللي كتاخدو عام هادي وما وقع ليها
والو. {PER:السعدية} قبلات تجي معايا للعيادة ديال ALCS نهار الثلاثاء. من بعد شفنا {PER:منى} و
{PER:كلثوم}، جداد ف الحي، عطيناهم الرقم ديال الجمعية {PHONE:05 28 84 17 36} وشرحنا ليهم العلاج
الوقائي بعد الخطر. البنات گالو بلي ملي كنجيو حنا، ماشي بحال ملي كيجي شي واحد من برا: كيتيقو فينا.
""", ["hiv_prevention", "peer_support"]),
    ("b11-ary-06", "ary", """
سميتي {PER:نعيمة}، ساكنة ف{LOC:الحي المحمدي}. قبل، كنت كنخدم ف الزنقة وكنرجع للدار بلا حتى درهم حيت
كلشي كيمشي للكرا والدوا. الأستاذة {PER:مليكة الصنهاجي} ف مركز التكوين دخلاتني لتكوين الحلاقة والتجميل
تسعة شهور. الأول كنت كنحشم، ما كنعرفش نمسك المقص مزيان. ولكن {PER:مليكة} كانت كتگول ليا: عندك يد
زوينة. دابا خدامة ف {LOC:صالون لمسة} ف {LOC:زنقة الفداء}، وكنخلص الكرا بوحدي، وكنصيفط لماما
ف تادلة. اللي بغات موعد تصيفط ليا ف الإيميل {EMAIL:naima.salon@gmail.com}. صاحبتي {PER:رحمة} گالت ليا:
رحمة من الله هاد الخدمة. وأنا كنشوف راسي ف المراية وكنگول: هادي أنا، ماشي اللي كانت قبل.
""", ["vocational_training", "income_employment", "self_esteem"]),
]
# ---------------------------------------------------------------- SMS / WhatsApp, Latin letters (10)
STORIES += [
    ("b11-sms-01", "ary", """
{PER:houda}: salam a {PER:latifa} labas? |
{PER:latifa}: labas hamdullah, w nti? |
{PER:houda}: bsse7 ma labasch, lbare7 chedni lboulis f {LOC:zn9a Moulay Ismail} m3a {PER:sanaa} |
{PER:latifa}: ach dar lik?? |
{PER:houda}: bgha 300dh, gal lia ila ma3tinich ndik lcommissariat b 490. 3tito 200 w khda tilifon dyal {PER:sanaa} |
{PER:latifa}: had lmerra lakhra ghir seftili msg, ana n3ayet l {PER:karima} dyal jam3iya |
{PER:houda}: wach ymken nchki bih? ana khayfa |
{PER:latifa}: ah {PER:karima} galt lina f l'atelier, 3andek l7a9. numero dyalha {PHONE:0661 73 28 45} |
{PER:houda}: ok ghadi n3ayet lih ghda sba7 inchallah |
{PER:latifa}: w matnsaych tktbi smiya dyalo w l3adad dyal tonobil |
{PER:houda}: lboulis smitou {PER:bennani} kaygolo lih lbnat, w tonobil bida |
{PER:latifa}: mzyan, ghadi n9olha. bslama 3zizti, 7di rask
""", ["police_harassment", "violence_economic"]),
    ("b11-sms-02", "ary", """
- salam khti, smitha {PER:Rahma}, jat men Beni Mellal lbare7, ma3ndhach fin tbat |
- numero dyalha {PHONE:0654 21 87 30}, 3ayet liha ila 9dRti |
- {PER:rahma} 3ndha weld sghir, 3 snin, w lmoul dar dyalha f {LOC:hay Lalla Meryem} jra 3liha ms2 |
- khda liha lwra9 w lCIN, ma b9at 3ndha gha photo dyal CIN: {ID:I 552817} |
- ana 3yit n3ayet l 115 walakin hadak f Fransa hhh, hna ma kaynch |
- {PER:Siham} mn jam3iya galt ghadi tchouf m3a dar l'accueil dyal l'Entraide, ghda f 10h |
- lah ykhlik ila 3ndek chi blassa lliltayn, lah yjib rahma |
- okey, 3tini l3nwan dyal {PER:Siham}, nmchi m3aha ana |
- {LOC:derb Sidi Maarouf}, 7da l'pharmacie, tal9ay {PER:Siham} wa9fa |
- merci bzaf, {PER:Rahma} ghadi tfra7, kanti kat9ul ghir bkat lyoum kaml
""", ["housing", "civil_documents"]),
    ("b11-sms-03", "ary", """
[Groupe "Bnat Souss" — WhatsApp] |
{PER:Fadma}: salam lbnat, ghda l'unité mobile ghadi tkon f {LOC:Anza} mn 10h l 14h, test VIH w syphilis bla flous |
{PER:Ijja}: ana ghadi nji, wach khassni CIN? |
{PER:Fadma}: la, ma khasskch, kolchi anonyme, ghir code |
{PER:Touria}: lmerra li fatt dert test, ketbo lia numero {ID:CDAG-AGA-2026-0412} bach nji nchouf resultat |
{PER:Fadma}: ah dak numero dyal dossier, khbih m3ak |
{PER:Ijja}: {PER:Touria} nti tji m3aya? ana khayfa mn resultat |
{PER:Touria}: wakha a {PER:ijja}, nfot 3lik f 9h30 f {LOC:café Tiznit} |
{PER:Mbarka}: ana 3yani bzaf had lyamat, ghadi nsewel tbiba 3la hadchi |
{PER:Fadma}: mzyan a {PER:mbarka}, tbiba {PER:Ouchen} ghadi tkon tma, 3ayet lia ila tzadti {PHONE:0670 52 19 44} |
{PER:Touria}: safi ghda nchoufkom, bslama
""", ["hiv_sti_testing", "peer_support"]),
    ("b11-sms-04", "ary", """
- bonsoir madame {PER:Chraibi}, ana {PER:Zineb} li kant 3ndk f lbureau lundi |
- bghit ngolik rajli {PER:Hamid} rje3 lbare7 l dar, ser9 lflous li jm3t l lkra w kasser lbab |
- gal lia ila mchiti l jam3iya ghadi nqtlek w nddi lwlad l bladi |
- {PER:Zineb}, wach nti f aman daba? ila kan f dar 3ayti l 19 daba |
- ana 3nd khti {PER:Loubna} f {LOC:hay Karima}, lwlad m3aya |
- mzyan. ghda f 9h ji l markaz, ghadi nktbo chikaya w nchoufo l'avocate |
- jibi m3ak livret de famille w CIN dyalk, w ila 3ndk photos dyal lbab |
- wakha, CIN dyali {ID:JE241877}. tilifon dyali tkesser, hada numero dyal {PER:Loubna} {PHONE:0708 94 11 62} |
- ok, sjjelto. ma tkhrjich bohdek llila, w sdi lbab |
- chokran bzaf, 7ta wa7ed 3mro ma tsewel fia bhalk
""", ["violence_physical", "violence_psychological", "violence_economic"]),
    ("b11-sms-05", "ary", """
[Rappel automatique — association] Bonjour {PER:Meryem}, rdv avec Dr {PER:Tahiri} mardi 10h, salle 3,
pour renouveler la PrEP. Annulation: {PHONE:0522 40 63 18} |
- merci, ghadi nji inchallah. wach momkin tjib m3ak {PER:Nawal}? hta hiya bghat PrEP |
- wakha, ana {PER:Asmae} mn jam3iya, khliha tsift smiya w numero dyalha, nsjjlha |
- {PER:Nawal} {PHONE:06 47 30 81 95}, ma 3ndhach whatsapp |
- mzyan. w 3afak gol liha tji m3aha b preservatifs li b9aw, ghadi n3tiwha kit jdid |
- ok. w ana b9aw lia ghir jouj comprimés, wach mochkil? |
- la, Dr {PER:Tahiri} ghadi t3tik 3 chhour. ila bghiti tsifti resultats dyal test b mail: {EMAIL:prep.casa [arobase] association-exemple [point] ma} |
- top, merci {PER:Asmae} |
- bla jmil, nchoufok mardi
""", ["hiv_prevention"]),
    ("b11-sms-06", "ary", """
- {PER:imane} fin nti?? ana qbel {LOC:hôtel Atlas Palace} |
- ana f taxi jaya, 3lach? |
- wa7ed lclient ma bghach ykhles, gal lia ghadi y3iyet l boulis, w dfe3ni 7ta ttaye7t |
- wach mjro7a?? |
- ra9bti katdrni, w ydi. ana khayfa ytla3 |
- b9ay f reception, ma tla3ich m3ah. ana jaya 5 dqayq. ila dar lik chi haja 3ayti l 19 |
- ok. smito {PER:Rachid} gal, numero dyalo {PHONE:+212 7 61 02 44 39} |
- sifti dak numero l {PER:Khadija} dyal jam3iya bach tkteb l'alerte l lbnat |
- safi sifto. ana tnwet nmchi sbitar Ibn Tofail nchouf ydi |
- ghadi nji m3ak. w ghda nmchiw l'avocate {PER:Bennis}, hadchi ma khasshch ydoz |
- merci a {PER:nissou}, ma 3rftch chno kont ndir bla bik
""", ["violence_physical", "violence_economic"]),
    ("b11-sms-07", "fr", """
- slt {PER:carla} c {PER:dina}, t ou? |
- o foyer de la {LOC:rue Dieudé}, pk? |
- g eu le resultat du test, c positif pr le vih 😢 jsui pa bien |
- ooh ma belle. t'es pa toute seule ok? jarrive |
- la doctoresse {PER:Ferreira} dit ke ya un traitement 1 cachet par jour, ke je peu vivre normal |
- bah oui, {PER:Nadège} du groupe elle l'a depuis 10 ans, elle a un bb en bonne santé |
- serieux?? tu peu me donner son num |
- {PHONE:06 38 15 72 40}, dis ke tu vien de ma part |
- ok. j'ai rdv lundi a 9h pr commencer, tu vien avec moi? |
- evidemment. et mercredi ya le groupe au {LOC:café Le Zinc}, on y va ensemble |
- merci {PER:carlita} t ma sœur ❤️
""", ["hiv_care", "hiv_sti_testing", "peer_support"]),
    ("b11-sms-08", "fr", """
[Groupe WhatsApp « Les Lionnes du 18 »] |
{PER:Fabienne}: Les filles, la réunion de jeudi c'est salle 204 de la mairie, pas au local |
{PER:Mirela}: ok mais c'est où exactement ? |
{PER:Fabienne}: {LOC:4 rue Léon}, 2e étage, à côté du {LOC:bar Le Myrha} |
{PER:Aïssatou}: moi je pourrai pas, {PER:Awa} est malade. Mais envoyez le compte rendu |
{PER:Nadia B.}: Moi je viens avec {PER:Yokasta}, elle veut parler de ce qui est arrivé au parc |
{PER:Fabienne}: bien sûr. On parlera aussi des amendes. L'avocate a dit qu'on pouvait contester |
{PER:Mirela}: j'en ai 3, 135 euros chacune 😡 |
{PER:Fabienne}: garde les avis. Envoie une photo à {EMAIL:juridique.lionnes@mailbox.org} |
{PER:Aïssatou}: on est plus fortes ensemble, merci {PER:Fab} 💪 |
{PER:Nadia B.}: à jeudi les reines
""", ["peer_support", "rights_awareness"]),
    ("b11-sms-09", "fr", """
Bonjour c {PER:Corinne} de l'asso. Comme promis, le numéro de la juriste Mme {PER:Lemaitre} : {PHONE:06 22}
puis {PHONE:41 87 09}, elle rappelle l'aprem. Son mail : {EMAIL:c.lemaitre arobase droits-femmes point fr} |
{PER:Stela}: merci {PER:Corinne}. J'ai peur qu'elle me demande mes papiers |
{PER:Corinne}: non t'inquiète, elle est là pour toi, pas pour la préfecture. Tu peux lui dire pour le
propriétaire qui garde ta caution |
{PER:Stela}: il a pris 900€ et il veut pas rendre. Il dit que j'ai sali l'appart de la {LOC:rue Sainte-Catherine} |
{PER:Corinne}: c'est ça qu'elle va regarder. Prends le bail et les quittances. Ton numéro de dossier
chez nous c'est {ID:JUR-2026-0158} |
{PER:Stela}: ok. Et pour {PER:Anca} tu as trouvé quelqu'un ? |
{PER:Corinne}: oui, {PER:Anca} peut venir vendredi, {PER:Stéphane} la reçoit à 14h |
{PER:Stela}: super merci vraiment, vous êtes des anges
""", ["legal_support", "violence_economic"]),
    ("b11-sms-10", "fr", """
- coucou {PER:ketsia} t'as eu ton récépissé?? |
- ouiii enfin!! 8 mois d'attente mdr. n° {ID:7503829164}, valable 6 mois |
- trop contente pr toi!!! tu vas pouvoir bosser déclarée |
- oui la dame de la préfecture a dit je peux travailler. {PER:Jérôme} du {LOC:resto Chez Titine} il attend que ça pr m'embaucher |
- et la CAF? |
- g fait la demande, numéro allocataire {ID:1849302}, ils disent 2 mois |
- faut fêter ça samedi chez moi, {LOC:résidence Les Chardons}, bât C |
- vas-y, jamène {PER:Wendy} et {PER:Guerda} |
- {PER:Guerda} elle est rentrée d'Haïti? |
- oui lundi, elle te fait un bisou. elle a un nouveau num {PHONE:+33 7 81 40 26 95} |
- je lui écris. fière de toi ma chérie
""", ["civil_documents", "income_employment"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_blind11.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
