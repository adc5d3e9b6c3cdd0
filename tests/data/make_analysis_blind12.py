"""Generate tests/data/analysis_blind12.jsonl, blind set 12 of the analysis engine.

Written on 2026-12-02 by the blind writer ``blind12``. What was read, and
nothing else: the rules file of the worktrees (COMMON.md); the codebook
(shared/design/codebook.md: theme keys, labels, definitions and the
personal-data labels); the description of the method
(shared/design/msc-method.md); /work/wt/blind_conventions.txt (the module
docstring of make_analysis_blind11.py: its marking conventions, composition
and kinds of material, nothing of its stories); the shared helpers of the
generators (tests/data/gold_marks.py); the scoring harness
(tests/nlp_scoring.py); and the model of this set's test
(/work/wt/blind12_test_model.py). The writer also saw the one-line messages
of the last five commits of the branch (``git log --oneline``), the output
of ``git status``, the file names of tests/data/ and the number of entries
of tests/ (no file content). The analysis engine (msc/), its pattern lists,
its rule tests (tests/test_nlp_*), the PII probe, the stories and
generators of every other evaluation set (tests/data/*.jsonl,
make_analysis_*.py) and every other worktree were NOT read. The engine was
not run on these stories, msc was not imported and the set was not scored
by its writer. It is to be scored ONCE; never tune the engine on it (once it
has been used for tuning it is no longer blind, and a new blind set must be
written). No person name of blind set 11 (as its docstring lists them) is
reused.

The 60 stories below are fictional (no real person; street, neighbourhood
and village names are real or plausible places, people, numbers and
addresses are invented; French numbers use the fictional 06 39 98, 05 36 49
and 04 65 71 ranges or invented ones, UK numbers the Ofcom drama ranges,
other countries invented numbers; e-mail domains are invented;
organisations named as negatives are real or plausible services): 24
French, 14 English, 12 in Arabic script (6 Modern Standard Arabic, lang
"ar"; 6 Moroccan Darija, lang "ary") and 10 SMS/WhatsApp messages in Latin
letters (6 Darija mixed with French, lang "ary"; 4 French SMS, lang "fr"),
so the languages count fr 28, en 14, ar 6, ary 12. Each story is 80-250
words and carries 1-3 gold themes. Gold marks: PER 432, LOC 108, PHONE 49,
EMAIL 16, ID 41 (645 spans).

Registers: survivors' first-person accounts; a story told in Darija and
written in French by a facilitator (Casablanca); a letter read aloud to a
talking group, a letter of a mother to her son (Birmingham) and one of a
mother to her daughter (Rabat, in Arabic); a support attestation to a
family judge; peer educators' outreach notes with times, an outreach log
(Manchester), a day-centre log (Toulouse); Q/R (Q/A, س/ج) interview
transcripts; transcribed voice notes (one left on an answering machine, one
in the Darija learnt by a Nigerian woman in Rabat); e-mails with From/To
headers (a name beside its address in the header); referral forms
(French, English, Arabic, one with a storyteller's social-security number);
hotline and helpline sheets (French, English, Darija); minutes of talking
groups and a peer support group with attendance lists, and of a selection
committee; a case-coordination synthesis, a case meeting, refuge keyworker
notes, a health mediator's notes; and SMS/WhatsApp threads: sender labels
in lowercase on every line, two threads with dashes and no labels, two
group threads (one an "ugly mug" alert about a violent client, with his
numbers), two automatic reminders followed by replies, a thread with a
lawyer whose sender label carries the title « maitre ».

Settings: Bordeaux (quai de Paludate, Saint-Michel, Belcier, Bacalan, La
Bastide, Mériadeck, Grand Parc, Nansouty, Saint-Augustin...), Paris
(Château-Rouge), Marseille (Belsunce), Lyon (la Guillotière), Toulouse,
Montpellier; Casablanca, Marrakech, Rabat, Salé, Fès, Meknès, Tanger,
Agadir and a Souss village, Beni Mellal, Nador, Oujda; Leeds, Manchester,
London, Sheffield, Cardiff, Nottingham, Leicester, Birmingham, Newcastle,
Coventry, Aberdeen, Hull.

Names: Edo Nigerian (« Osasuyi Igbinedion » called « Osas », « Madam Gift »
with only « Gift » marked, « Precious Okoro », « Mercy », « بلسينغ »),
Yoruba and Igbo British (« Hope Adeyemi », Ms « Okafor »), Colombian,
Peruvian, Venezuelan and Brazilian (trans women among them: « Thaís
Ferreira », « Bianca Souza »), Romanian (« Luminița Stan » called « Lumi »),
Ukrainian (« Svetlana » called « Sveta »), Hungarian (« Eszter Kovács »,
her children « Bence » and « Lili »), Serbian, Polish, Guinean, Ivorian,
Senegalese, Malian, Burundian, Congolese (« Merveille Kabeya », « Grâce
Mputu »), Cameroonian (a trans woman and her former name « Charles
Etoundi », then « Madame Etoundi »), Tunisian, Algerian, Chinese (« Lin
Mei », « Xiaohong », « Ah Fang »), Vietnamese (« Nguyen Thi Lan » called
« Lan »; a Dr « Nguyen »), Filipino, Eritrean, Somali, Ghanaian (« Abena
Owusu », « Efua », « Kofi Owusu »), a Jamaican-British family of Birmingham,
Irish, Scottish, Welsh, Geordie and Indian British people, French people,
Moroccan Arabs and Amazigh of the Souss (« Fadma Oubella », « Mbarka Id
Brahim », « فاضمة أيت الحاج », « تاسعديت », « رقية أوبلا »); nicknames
(« Tank », a dealer; « Chlaghmo » and « بوكرش », policemen; « la3zia »,
« mimi » in SMS); surnames alone after titles (Maître « Labat »,
brigadier « Sarrazin », PC « Armstrong », الدكتورة « العلوي », الأستاذ
« القادري », « maitre ouhadi » and « ustada bennouna » in SMS with the
title outside, « si hamid », « lalla zhor », « mr tazi », « mme lacoste »);
possessives (« Kyle's mam », « Dr Aisha Siddiqui's secretary »); a name
corrected in the text (« Jo-Anne... correction: Joanne Pike »).

Names that are also words, used both ways: « Grâce » beside « Grâce à vous
je l'ai fait »; « Merveille » beside « une merveille »; « Rose » beside
« une blouse rose » and « une vraie rose »; « Blanche » beside « les nuits
blanches »; « Constance » beside « avec constance »; « Aurore » beside « à
l'aurore »; « Patience » beside « avec patience » and « no patience »;
« Hope » beside « no hope »; « Mercy » beside « at the mercy of »; « Sunny »
beside « a sunny day »; « صباح » beside « في الصباح », « كل صباح », « صباح
الخير »; « نور » beside « رأت النور »; « زهرة » beside « مثل زهرة بلا ماء »;
« جميلة » beside « ليست جميلة »; « لطيفة » beside « كانت لطيفة »; « ليلى »
beside « الليلة »; « dounia » beside « had dounia »; « farah » beside
« farha » and inside the place name « hay farah ».

Places named after people or saints, or with a title word, marked LOC and
not PER: rue Camille-Sauvageau, place Pey-Berland, cours Victor-Hugo, rue
Paul-Louis-Lande, place Gabriel-Péri, quartier Arnaud-Bernard,
Saint-Augustin, saint-michel, place de la victoire, rue Allal Ben Abdellah,
Sidi Youssef Ben Ali, derb Sidi Ahmed Zerrouk, zn9a ibn khaldoun, boulevard
zerktouni, rue Mohamed Diouri, gauthier, زنقة ابن بطوطة, حي يعقوب المنصور,
درب السلطان, St Ann's Well Road, Spencer Place, Great Ducie Street, Menzies
Road, Queen Street, King Street. Institutions named after people, not
marked: hôpital Saint-André, hôpital Pellegrin, école Jules-Ferry, lycée
professionnel Toulouse-Lautrec, centre hospitalier Charles-Perrens,
médiathèque Émile-Zola, hôpital Ibn Sina, CHU Ibn Rochd, Mary Potter
Centre, the Jefferiss Wing, the Margaret Pyke building, مستشفى الغساني,
مستشفى ابن طفيل; the railway station gare Saint-Jean.

Phones (49): France mobiles and landlines (+33 too), Morocco mobiles and
landlines (+212, Arabic-Indic digits with and without spaces), Algeria,
Nigeria, Romania, Ghana, UK mobiles and landlines (+44 too). E-mails (16):
plain, in headers and forms, and obfuscated (« [arobase] … [point] »,
« AT … DOT », « (at) … (dot) », « arobase … point », « [at] … [dot] »).
IDs (41): French asylum receipt, Défenseur des droits claim, SIAO request,
social-security number, AME card, OFPRA file, residence card, France
Travail identifiers, CAF number, family-court RG numbers (cue outside),
birth-certificate acts (France and Morocco), Tunisian and Philippine
passports, Moroccan CIN (with and without inner space), Moroccan
complaint and court file numbers (two in Arabic-Indic digits), a Moroccan
centre file, a CHAMS file, a UNHCR-like refugee card, a CeGIDD anonymity
number, UK tenancy reference, NRM reference, National Insurance number, NHS
number, clinic number, crime number, Home Office reference, residence
permit card, police reference.

Hard negatives (listed in tests/test_nlp_blind12.py): the word uses of
names above; institutions named after people; organisations (POPPY, La
CASE, CHAMS, Samaritans, Women's Aid, Restos du Cœur, Banque alimentaire,
France Travail, التعاون الوطني); emergency and free numbers (115, 17, 999,
116 123, ١٩ and 19 in Darija); article and law numbers (article 490 and
الفصل 490, article 78-2, loi 103-13); dates, ages, amounts, times, room and
office numbers, a class (CE1), a mark (« 14 de moyenne »); large cities,
countries and generic places (Benin City, Hải Phòng, Timișoara, Kumasi,
tlemcen, wejda, « f zn9a », « la gare »); titles without a name
(« Madame la juge », « merci maitre », « Mum »).

Personal data is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE,
EMAIL, ID). gold_marks.write_set strips the marks, computes character
offsets (Python str indices, i.e. code points) and checks that every span
reads back exactly. In the story sources, physical lines are joined with one
space; a line ending in `` |`` ends with a real newline instead (interview
turns, form fields, list items and message lines).

Marking conventions: exactly those of blind set 11 (as stated in the
docstring of make_analysis_blind11.py), summarised:
- PER: the name only, never the title, respect or kinship word before it
  (Mme, Madame, M., Maître, Dr, docteur, brigadier, Madam, Mrs, Mr, Ms, PC,
  maitre, ustada, si, lalla, mr, mme in SMS, الأستاذة, الأستاذ, المحامية,
  الدكتورة, الطبيبة, الطبيب, خويا, ختي, in any case), nor an SMS vocative
  or presentative (« a », « c », « ana »), nor an Arabic proclitic (و، ب، ل،
  ف); every occurrence, lowercase SMS names and sender labels included;
  particles and patronym words (Id, Ait/أيت, El, Ben) are inside.
  A name that is also a common word is PER only when it names a person.
- LOC: cue plus name (rue, avenue, boulevard, cours, quai, place,
  quartier, douar, derb, résidence, café, bar, institut, street, road,
  café after the name in English, حي، دوار، زنقة، درب، مقهى، سوق, « zn9a »,
  « hay », « derb », « souk », « hammam » in Latin-letter Darija), without
  the article or preposition before it; a numbered address runs from the
  number to the end of the street name, with building/flat details joined
  by a comma inside (« 12 rue Paul-Louis-Lande, 2e étage », « Flat 2, 61
  Roundhay Road », « residence les pins, bat C, 3e, porte 32 »); bare
  neighbourhood and village names alone. Streets and neighbourhoods named
  after people or saints, or containing a title word, are LOC, not PER.
  Not marked: large cities, countries, regions, generic places, railway
  stations, institutions.
- PHONE: the whole number with prefix and separators, Arabic-Indic digits
  included; emergency and free numbers are not marked.
- EMAIL: the whole address, obfuscated forms included (whole written form),
  never the brackets around it, nor a full stop after it.
- ID: the number only, not its cue (n°, numéro, dossier, RG, CIN, carte
  nationale, NI number, NHS number, Home Office reference, رقم البطاقة
  الوطنية، رقم الملف، شكاية رقم), with the letter prefixes, inner spaces,
  hyphens and slashes that belong to it. Ages, dates, amounts, prices,
  years, times, room numbers, article numbers of a code and law numbers are
  not IDs.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, is only wished for, or concerns someone else.
At most three themes are listed: the three the story is chiefly about.

Run:  cd tests/data && python3 make_analysis_blind12.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "b12-"

STORIES: list[tuple[str, str, str, list[str]]] = [
    ("b12-fr-01", "fr", """
Je m'appelle {PER:Osasuyi Igbinedion}, tout le monde dit {PER:Osas}. Je suis arrivée à Bordeaux en 2021
par l'Italie. Une femme qu'on appelait Madam {PER:Gift} m'a dit que je lui devais 35 000 euros pour le
voyage et que si je ne payais pas, ma mère à Benin City aurait des problèmes. Je travaillais la nuit sur le
{LOC:quai de Paludate} et elle prenait tout, même l'argent des courses. Un soir {PER:Blessing}, une paire
de l'association, m'a donné un flyer et son numéro, le {PHONE:06 39 98 41 27}. J'ai mis trois semaines à
appeler. Avec {PER:Claire Dubourg}, la juriste, j'ai déposé plainte pour traite ; mon récépissé porte le
numéro {ID:3312098745}. On m'a trouvé une place dans un foyer à {LOC:Bacalan}, une chambre à moi, la
chambre 14. Madam {PER:Gift} m'appelle encore depuis le {PHONE:+234 803 555 0142}, mais je ne réponds plus.
Ce qui a changé, c'est que la dette n'existe plus dans ma tête : elle n'a jamais existé. Ce n'était pas un
cadeau, ce voyage, c'était une prison.
""", ["trafficking", "legal_support", "housing"]),
    ("b12-fr-02", "fr", """
Notes de la paire éducatrice — maraude du jeudi 6 novembre, 21 h 30 - 1 h. |
Équipe : {PER:Merveille Kabeya}, {PER:Tom Lafargue}, {PER:Aïcha}. |
21 h 45, {LOC:cours de la Marne} : distribution de 40 préservatifs et de gel. {PER:Yuliana} (Colombienne,
arrivée en juin) demande la PrEP ; on lui donne rendez-vous au CeGIDD de l'hôpital Saint-André mardi. |
22 h 30, {LOC:rue Camille-Sauvageau} : {PER:Ioana Stoica} raconte qu'un client a refusé de payer et l'a
poussée hors de la voiture. Pas de blessure visible. Elle garde la plaque en photo. |
23 h 10, près de la gare Saint-Jean : deux nouvelles, très jeunes, ne parlent qu'anglais ; {PER:Merveille}
traduit. On laisse le numéro de la permanence, {PHONE:05 36 49 22 18}. |
0 h 20 : {PER:Yuliana} rappelle pour dire merci ; elle dit que c'est une merveille d'avoir enfin quelqu'un
qui explique le TPE dans sa langue. |
Matériel sorti : 110 préservatifs, 35 gels, 12 kits.
""", ["hiv_prevention", "violence_economic", "violence_physical"]),
    ("b12-fr-03", "fr", """
Q : Qu'est-ce qui a changé pour vous depuis un an ? |
R : Avant, je ne savais même pas que j'avais le droit de porter plainte. Je suis trans, brésilienne, je
travaille à {LOC:Belcier}. Les policiers me contrôlaient trois fois par semaine, ils m'appelaient
« monsieur », ils prenaient mon titre de séjour en photo en rigolant. Un brigadier, {PER:Sarrazin}, m'a
gardée quatre heures au commissariat sans raison. |
Q : Qu'avez-vous fait ? |
R : {PER:Thaís Ferreira}, ma copine, m'a amenée à l'atelier droits de La CASE. Maître {PER:Labat} est
venue expliquer le contrôle d'identité. Après, avec elle, j'ai écrit au Défenseur des droits ; la
réclamation porte le numéro {ID:25-018843}. |
Q : Et aujourd'hui ? |
R : Le brigadier {PER:Sarrazin} ne me parle plus comme avant. Je connais l'article 78-2, je le dis
calmement. Je me sens plus forte, plus digne. |
Entretien mené par {PER:Nadège Mbarga}, le 14 octobre, local de {LOC:rue de la Rousselle}.
""", ["police_harassment", "rights_awareness", "self_esteem"]),
    ("b12-fr-04", "fr", """
De : {PER:Sandrine Morel} <{EMAIL:s.morel@lacase-bx.example}> |
À : {PER:Julien Castaing} <{EMAIL:jcastaing@siao33-fictif.fr}> |
Objet : Demande d'hébergement d'urgence — Mme {PER:Oksana Melnyk} |
Bonjour {PER:Julien}, |
Je te relance pour Mme {PER:Melnyk}, 34 ans, ukrainienne, arrivée avec son fils de 6 ans. Son compagnon
l'a mise dehors samedi après l'avoir frappée ; elle a dormi deux nuits dans la voiture d'une amie,
{LOC:place Pey-Berland}. La demande SIAO porte le numéro {ID:SI-2025-118406}. Elle a un rendez-vous à l'unité
médico-judiciaire de l'hôpital Pellegrin jeudi à 10 h (bureau 3). Son fils est scolarisé à l'école
Jules-Ferry, ce qui compte pour la mise à l'abri. On peut la joindre au {PHONE:07 56 12 09 44} ou passer
par moi. Elle a appelé le 115 tous les soirs, sans place. |
Merci, |
{PER:Sandrine}
""", ["housing", "violence_physical"]),
    ("b12-fr-05", "fr", """
Lettre de {PER:Kadiatou Bah} à l'équipe de la permanence, lue au groupe de parole du 20 novembre. |
Chère {PER:Coralie}, cher {PER:Mamadou}, chères toutes, |
Quand je suis arrivée chez vous, je ne regardais personne dans les yeux. Mon oncle m'avait mariée de force
à quinze ans en Guinée ; quand je me suis enfuie, ma famille a dit que j'étais morte pour elle. À
Bordeaux, je dormais à la gare et je faisais des passes pour manger. Au groupe du mardi, j'ai rencontré
{PER:Fatoumata}, {PER:Rose} et {PER:Awa Koné}. {PER:Rose} m'a prêté son téléphone pour appeler ma sœur,
la première fois depuis quatre ans. Je ne suis plus seule. Aujourd'hui je suis en formation de coiffure au
lycée professionnel Toulouse-Lautrec, je porte une blouse rose et je ris quand {PER:Awa} se moque de mes
tresses. Merci de m'avoir attendue avec patience. |
{PER:Kadiatou}
""", ["peer_support", "social_isolation", "vocational_training"]),
    ("b12-fr-06", "fr", """
Fiche d'orientation — CeGIDD |
Nom d'usage : {PER:Jelena Marković} |
Téléphone : {PHONE:+33 6 39 98 73 05} |
Courriel : {EMAIL:jelena.mkv[arobase]nuagemail[point]fr} |
N° de sécurité sociale : {ID:2 89 04 99 215 064 37} |
Orientée par : {PER:Inès Gharbi}, infirmière de l'association |
Motif : rapport non protégé avec un client le 2 novembre (préservatif retiré sans accord). Vue dans les 48
heures aux urgences de l'hôpital Pellegrin, TPE débuté. Demande un dépistage VIH, syphilis et hépatites à
six semaines, et une consultation pour une contraception d'urgence déjà prise en pharmacie. |
Observations : très anxieuse, dort mal, dit « je suis sale ». Proposer la psychologue, Mme {PER:Vidal}. |
Rendez-vous fixé le 14 décembre, 9 h 15, salle 2.
""", ["hiv_prevention", "violence_sexual", "reproductive_health"]),
    ("b12-fr-07", "fr", """
Compte rendu du groupe de parole du mardi 18 novembre, local de {LOC:rue Sainte-Catherine}. |
Présentes : {PER:Florentina Dumitru}, {PER:Blanche Nzeyimana}, {PER:Nassima}, {PER:Carine Ngono},
{PER:Milagros Quispe}, {PER:Hélène}. Animation : {PER:Coralie Bergès}. |
Thème : les nuits blanches. {PER:Blanche} dit qu'elle ne dort plus depuis l'agression de l'été ; elle voit
un psychiatre au centre hospitalier Charles-Perrens une fois par mois et le traitement l'aide un peu.
{PER:Milagros} raconte les cauchemars, en espagnol, {PER:Carine} traduit. {PER:Florentina} propose qu'on
s'appelle entre nous quand ça ne va pas la nuit, et fait circuler une liste. {PER:Nassima} donne le numéro
de la ligne d'écoute. Décision : un café du matin le samedi, 10 h, au {LOC:café Le Chiquito}. |
Prochain groupe : le 2 décembre. Fin à 16 h 40.
""", ["mental_health", "peer_support"]),
    ("b12-fr-08", "fr", """
Je suis {PER:Amira Trabelsi}, j'ai 41 ans, je viens de Sfax. J'ai deux enfants restés chez ma mère. Ici,
je travaille dans un salon de massage {LOC:cours de l'Argonne}. Le patron, {PER:Kamel}, gardait mon
passeport « pour le protéger » et me prenait la moitié de chaque client, plus le loyer du studio. Quand
j'ai demandé mon passeport, il m'a giflée devant les autres filles. C'est {PER:Olfa}, une cliente du
hammam, qui m'a parlé de l'association. Avec la juriste, on a récupéré le passeport
({ID:Z 0458812}) grâce à une main courante. J'ai ouvert mon propre compte à la banque, j'ai un numéro
France Travail, {ID:4412870T}, et je fais le ménage dans des bureaux le matin. Ce n'est pas beaucoup,
1 100 euros, mais c'est à moi. Le patron appelle encore mon ancien numéro, le {PHONE:06 39 98 12 60}.
J'ai changé de puce.
""", ["violence_economic", "income_employment", "violence_physical"]),
    ("b12-fr-09", "fr", """
Transcription d'un message vocal laissé sur le répondeur de la permanence, mercredi 8 h 12 : |
« Allô, c'est {PER:Grâce}, {PER:Grâce Mputu}, la Congolaise de {LOC:La Bastide}. Je voulais dire à
{PER:Mélanie} que le résultat est arrivé, le test est négatif, VIH et hépatite B, tout. J'ai pleuré dans
le bus. Grâce à vous je l'ai fait, j'avais trop peur avant, depuis que mon mari m'a dit que je l'avais
trompé. Le docteur {PER:Ferrand} veut me revoir pour le vaccin de l'hépatite, le 3 décembre. Est-ce que
{PER:Mélanie} peut venir avec moi ? Mon numéro a changé, c'est le {PHONE:07 81 44 30 92}. Sinon écrivez
à ma fille, {EMAIL:merveille.mputu@courrier-sud.net}. Voilà, merci, que Dieu vous bénisse. » |
Rappelée à 9 h 40 par {PER:Mélanie Roux} : accompagnement confirmé.
""", ["hiv_sti_testing", "access_to_care"]),
    ("b12-fr-10", "fr", """
Synthèse de coordination — situation de Mme {PER:Eszter Kovács}, 29 ans, hongroise. |
Présents : {PER:Marion Dupuy} (assistante sociale), Maître {PER:Delmas}, {PER:Léa Sabatier} (paire),
Dr {PER:Nguyen} (médecin généraliste). |
Mme {PER:Kovács} a deux enfants, {PER:Bence} (5 ans) et {PER:Lili} (2 ans). Leur père, M. {PER:Horváth},
a menacé de les emmener en Hongrie si elle continuait « ce travail ». Audience devant le juge aux affaires
familiales le 9 janvier, dossier RG {ID:25/04417}. Maître {PER:Delmas} demande la résidence des enfants
chez la mère et une pension alimentaire de 200 euros par mois. L'avocate note que l'acte de naissance de
{PER:Lili}, n° {ID:2023/0871}, ne mentionne pas encore la reconnaissance de paternité. |
Domicile : {LOC:12 rue Paul-Louis-Lande, 2e étage}. |
Décision : {PER:Léa} accompagne Mme {PER:Kovács} à l'audience ; Dr {PER:Nguyen} rédige un certificat.
""", ["family_law", "legal_support", "violence_psychological"]),
    ("b12-fr-11", "fr", """
Moi c'est {PER:Constance}, Française, 52 ans, vingt ans de trottoir à Bordeaux et à Toulouse. L'alcool
m'a accompagnée tout ce temps : un pack avant de sortir, le whisky après. Je cachais les bouteilles même
à {PER:Gérard}, mon compagnon. Il y a un an, l'infirmière du CSAPA, {PER:Anaïs Peyrelongue}, est venue à
la maraude. Elle ne m'a pas fait la morale. On a commencé doucement, avec constance comme elle dit, en
réduisant. Aujourd'hui je suis suivie au CSAPA de {LOC:cours Victor-Hugo}, j'ai un traitement, je bois
deux bières le samedi et c'est tout. Je revois ma fille {PER:Jessica}, qui habite {LOC:Saint-Augustin}, tous
les dimanches. Elle m'a dit la semaine dernière : « Maman, tu as de nouveau tes yeux. » C'est ça, mon
changement le plus important.
""", ["addiction", "family_relations"]),
    ("b12-fr-12", "fr", """
Main courante de la ligne d'écoute — vendredi 14 novembre, 23 h 05. |
Écoutante : {PER:Yasmine Haddad}. |
Appelante : se présente comme « {PER:Sonia} », algérienne, 38 ans, joignable au {PHONE:+213 550 41 87 22}
(numéro algérien) et au {PHONE:06 39 98 65 14}. |
Motif : un client régulier, {PER:Fabrice}, lui a pris son téléphone et ses gains de la nuit (environ 300
euros) après l'avoir menacée avec un cutter dans un hôtel de {LOC:Mériadeck}. Elle ne veut pas appeler le
17 : « ils vont me demander mes papiers ». |
Actions : informée que la plainte est possible sans titre de séjour ; rendez-vous proposé lundi avec la
juriste ; orientation vers l'accueil de jour de {LOC:rue de Cursol}. Rappel prévu demain 11 h. |
Fin de l'appel : 23 h 41.
""", ["violence_economic", "rights_awareness", "violence_psychological"]),
    ("b12-fr-13", "fr", """
Récit recueilli en darija et écrit en français par {PER:Hanane Lamrani}, animatrice, Casablanca, le 3
octobre. |
{PER:Saadia}, 36 ans, vit à {LOC:Hay Mohammadi} avec sa fille {PER:Ghizlane}. Elle raconte : « Pendant
des années j'avais peur du dépistage. Au dispensaire du quartier, une infirmière m'avait dit devant tout le
monde : "Toi, on sait ce que tu fais." Je ne suis jamais revenue. En mars, {PER:Bouchra}, la paire
éducatrice, m'a accompagnée au centre de l'association, {LOC:rue Allal Ben Abdellah}. Personne ne m'a
jugée. J'ai fait le test rapide, VIH et syphilis. La syphilis était positive ; j'ai eu les piqûres,
trois semaines, et maintenant c'est fini. » |
Pourquoi c'est important pour elle : « J'ai compris que la honte n'était pas à moi. » |
Contact (avec accord) : {PHONE:+212 661-084732}. Carte nationale : {ID:BK 204518}.
""", ["hiv_sti_testing", "sti_care", "stigma_discrimination"]),
    ("b12-fr-14", "fr", """
Notes d'entretien — Marrakech, antenne de l'association, 22 septembre. Enquêtrice : {PER:Zineb Alaoui}. |
{PER:Naïma}, 27 ans, travaille dans un café de {LOC:Daoudiate}. Deux agents en civil l'arrêtent à la
sortie, un soir de juillet, près du {LOC:café Les Ambassadeurs}. Ils la menacent de l'article 490 du code
pénal et d'un procès-verbal si elle ne donne pas 500 dirhams. Elle paie. La semaine suivante, le même
policier, qu'elle appelle « {PER:Chlaghmo} » à cause de sa moustache, revient et demande le double. |
Ce qui a changé : à la séance de sensibilisation sur la loi 103-13, elle a appris qu'un avocat de la
permanence juridique pouvait l'accompagner. Maître {PER:Bennis} a écrit au procureur. Depuis, les agents
ne sont plus revenus. {PER:Naïma} : « Je n'ai plus la tête baissée quand je passe devant le commissariat
de {LOC:Sidi Youssef Ben Ali}. » |
Numéro de la plainte : {ID:1842/3101/2025}.
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("b12-fr-15", "fr", """
Je suis {PER:Fadma Oubella}, de {LOC:douar Tizi n'Test} près de Taroudant. J'ai été répudiée à vingt ans
parce que je n'avais pas d'enfant ; mon frère {PER:Lahcen} m'a mise dehors en disant que je salissais le
nom de la famille. Je suis descendue à Agadir, à {LOC:Anza}, et j'ai travaillé avec les marins du port.
En 2024, l'association m'a proposé une formation de couture de six mois avec {PER:Mbarka Id Brahim}, qui
tient un atelier à {LOC:Dcheira}. Ensuite j'ai eu un petit crédit de 8 000 dirhams pour acheter une
machine. Aujourd'hui je couds des caftans pour les mariages, je gagne parfois 3 000 dirhams par mois. Mon
frère {PER:Lahcen} m'a appelée pour l'Aïd. Je n'ai pas pardonné, mais j'ai répondu, la tête haute, parce
que je ne lui demande plus rien. |
Numéro de l'atelier : {PHONE:0528 83 41 90}.
""", ["vocational_training", "income_employment", "violence_psychological"]),
    ("b12-fr-16", "fr", """
Fiche de référence — programme CHAMS, antenne de Rabat |
Bénéficiaire : {PER:Rachida El Ouafi} |
CIN : {ID:AB 331870} |
Adresse : {LOC:Douar Hajja}, {LOC:derb Sidi Ahmed Zerrouk} |
Téléphone : {PHONE:06 72 18 40 55} |
Référée vers : service des maladies infectieuses, hôpital Ibn Sina, Dr {PER:Squalli}. |
Motif : séropositive depuis 2019, a interrompu son traitement antirétroviral pendant huit mois après que
son mari a trouvé les boîtes et l'a chassée. Charge virale détectable. Souhaite reprendre le traitement et
être suivie par la médiatrice thérapeutique, {PER:Siham}. |
Suivi : le 12 novembre, {PER:Rachida} dit qu'elle prend ses comprimés chaque soir à 21 h avec une alarme.
Charge virale indétectable le 30 novembre. « Je vis, simplement. » |
Rédigé par {PER:Meriem Tazi}, assistante sociale.
""", ["hiv_care", "access_to_care"]),
    ("b12-fr-17", "fr", """
Q : Pourquoi êtes-vous venue à l'association ? |
R : Pour mon fils, {PER:Ayoub}. Il a sept ans et il n'existe pas. Son père n'a jamais voulu le reconnaître,
et sans livret de famille l'école de {LOC:Beni Makada} ne voulait pas l'inscrire. |
Q : Qu'est-ce qui s'est passé ? |
R : L'assistante sociale, Mme {PER:Kenza Amrani}, m'a expliqué qu'une mère célibataire peut déclarer son
enfant à l'état civil. On est allées trois fois à la commune. J'ai eu l'acte de naissance en mai, numéro
{ID:417/2025}, avec un nom de père fictif comme la loi le permet. En septembre il est entré au CE1. |
Q : Et vous ? |
R : Moi aussi j'ai fait ma carte nationale, {ID:K 558301}. Avant je n'osais pas aller au bureau. |
Entretien : {PER:Hajar Benjelloun}, Tanger, {LOC:quartier Souani}, le 4 novembre.
""", ["civil_documents", "family_relations"]),
    ("b12-fr-18", "fr", """
Notes de {PER:Lucie Ambrosino}, médiatrice en santé, Marseille. |
Madame {PER:Lin Mei}, 45 ans, originaire du Liaoning, travaille dans un appartement de {LOC:Belsunce}
avec deux autres femmes, {PER:Xiaohong} et « {PER:Ah Fang} ». Depuis l'été, elle avait des douleurs au
ventre. Un médecin de ville a refusé de la recevoir quand elle a dit qu'elle n'avait que l'AME (carte
n° {ID:13 0987 4462 01}) ; sa secrétaire a ri de son accent. {PER:Xiaohong} m'a appelée au
{PHONE:04 65 71 38 20}. Avec une interprète, j'ai accompagné Mme {PER:Lin} au centre de santé de la
{LOC:rue d'Aubagne}, puis à la consultation de gynécologie de l'hôpital de la Conception. Diagnostic : une
infection traitée, et un suivi. Elle m'a dit : « Ici on m'a regardée comme une personne. » Elle a promis
d'amener {PER:Ah Fang} la prochaine fois.
""", ["access_to_care", "stigma_discrimination", "reproductive_health"]),
    ("b12-fr-19", "fr", """
Témoignage de {PER:Carla}, femme trans camerounaise, Lyon, recueilli par {PER:Benoît Rivière}. |
« À Douala, mon père m'a chassée quand j'avais dix-sept ans. Ici à la Guillotière, sur les papiers, on
m'appelait encore {PER:Charles Etoundi}, et à chaque guichet je devais expliquer. En 2025 j'ai obtenu le
statut de réfugiée, numéro OFPRA {ID:24-07-0318456}, puis le changement de prénom à la mairie. Ma
nouvelle carte de séjour porte le numéro {ID:6902148835}. Quand la dame de la préfecture a dit "Madame
{PER:Etoundi}", j'ai pleuré. Je suis allée au {LOC:bar Le Fantôme}, {LOC:place Gabriel-Péri}, et j'ai offert
un verre à {PER:Judith} et {PER:Priscille}, mes sœurs de route. » |
Joignable au {PHONE:07 45 90 28 13}, ou à {EMAIL:carla.e AT boitefictive DOT fr}.
""", ["civil_documents", "self_esteem"]),
    ("b12-fr-20", "fr", """
De : {PER:Awa Diop} <{EMAIL:awa.diop@pairs-paris.example}> |
À : équipe de coordination |
Objet : Retour sur la tournée de {LOC:Château-Rouge} |
Bonjour à toutes, |
Hier soir avec {PER:Mariam Touré} nous avons vu {PER:Precious Okoro} et ses deux amies près du
{LOC:boulevard Barbès}. {PER:Precious} a été violée la semaine dernière par trois hommes dans un
squat de la {LOC:rue Myrha}. Elle n'a pas voulu aller aux urgences. Nous lui avons expliqué que le
certificat médical peut être fait sans plainte, et qu'une consultation au CeGIDD est gratuite. Elle dit
qu'elle n'a pas de temps, que ses « sisters » doivent rembourser la maison. J'ai peur qu'elle soit sous la
coupe d'un réseau. Elle garde ce rendez-vous précieux du mardi avec nous. Son numéro est le
{PHONE:07 68 03 51 76}. |
{PER:Awa}
""", ["violence_sexual", "trafficking"]),
    ("b12-fr-21", "fr", """
Journal de l'accueil de jour, Toulouse, {LOC:quartier Arnaud-Bernard}, lundi 10 novembre. |
9 h 30 : {PER:Luminița}… non, elle préfère « {PER:Lumi} » : {PER:Luminița Stan}, roumaine, 31 ans, arrive
avec ses trois enfants. Ils n'ont pas mangé depuis samedi. Le père, {PER:Costel}, a pris l'argent du RSA
et il est parti à Timișoara. |
10 h : colis alimentaire de la Banque alimentaire, lait pour le petit {PER:Daniel}. |
10 h 20 : {PER:Lumi} demande des tickets-service ; {PER:Agathe Soulé} lui en remet quatre de 15 euros.
Numéro allocataire CAF : {ID:3125896}. |
11 h : elle rit pour la première fois quand {PER:Daniel} mange son troisième yaourt. |
Suite : orientation vers les Restos du Cœur, {LOC:avenue de Lyon}, le jeudi. Téléphone de la mère :
{PHONE:+40 721 455 308}.
""", ["food_security", "violence_economic", "family_relations"]),
    ("b12-fr-22", "fr", """
Procès-verbal du comité de sélection, domaine « estime de soi », Montpellier, 27 novembre. |
Membres : {PER:Anne-Sophie Guiraud} (présidente), {PER:Farid Belkacem}, {PER:Noémie Castel},
{PER:Aurore}, paire éducatrice. |
Histoire retenue : celle de {PER:Daniela Pérez}, vénézuélienne de {LOC:Figuerolles}. Elle raconte
qu'elle ne se regardait plus dans un miroir depuis que son ancien compagnon la traitait de « déchet ».
Après six mois de l'atelier photo, elle a exposé ses portraits à la médiathèque Émile-Zola. « Je me suis
trouvée belle », dit-elle. |
Raisons : {PER:Farid} souligne la fierté ; {PER:Aurore} dit que cette histoire, lue à l'aurore d'un
nouveau projet, montre ce que vaut l'atelier. Vote : 4 voix sur 4. |
Retour à la conteuse : {PER:Noémie} l'appelle au {PHONE:04 65 71 09 62} cette semaine.
""", ["self_esteem"]),
    ("b12-fr-23", "fr", """
Attestation à l'attention de Madame la juge aux affaires familiales, tribunal judiciaire de Bordeaux. |
Je soussignée {PER:Nathalie Lagarde}, coordinatrice de l'association, atteste suivre Mme
{PER:Houda Chraibi}, née le 4 mai 1990 à Meknès, depuis février 2024. Mme {PER:Chraibi} a quitté le
domicile conjugal, {LOC:34 rue de Bègles}, après des années d'insultes et de menaces de M.
{PER:Younes Chraibi}, qui lui répétait qu'il lui prendrait leurs filles, {PER:Inès} et {PER:Salma}.
Elle vit maintenant dans un logement du {LOC:Grand Parc}. Elle a toujours présenté les enfants aux
visites prévues et les a scolarisées. Je soutiens sa demande de divorce et de résidence des enfants,
procédure RG {ID:24/08812}. |
Fait à Bordeaux, le 1er décembre. |
{PER:Nathalie Lagarde}, {EMAIL:coordination@lacase-bx.example}
""", ["family_law", "violence_psychological"]),
    ("b12-fr-24", "fr", """
Q : Racontez-nous ce qui vous est arrivé. |
R : C'était en janvier, à {LOC:Sidi Moumen}. Trois hommes m'ont emmenée en voiture, ils m'ont gardée deux
jours dans une maison et ils m'ont violée. Quand ils m'ont laissée, je ne pouvais plus marcher. |
Q : Qui vous a aidée ? |
R : Ma voisine {PER:Khadija} a appelé {PER:Loubna}, l'éducatrice. {PER:Loubna} m'a amenée aux urgences
du CHU Ibn Rochd, à la cellule de prise en charge des femmes. Le médecin, Dr {PER:Berrada}, m'a donné le
traitement contre le VIH tout de suite. Ensuite l'avocate, Maître {PER:Tahiri}, a déposé la plainte ;
le dossier est au tribunal, numéro {ID:2025/2610/118}. Deux des hommes ont été arrêtés. |
Q : Qu'est-ce qui est le plus important pour vous ? |
R : D'être crue. Le juge m'a écoutée. |
Entretien par {PER:Loubna Essafi}, Casablanca, 19 novembre.
""", ["violence_sexual", "legal_support", "violence_physical"]),
    ("b12-en-01", "en", """
My name is {PER:Kelly Hargreaves}. I'm 44 and I grew up in {LOC:Harehills}. I was on crack for eleven
years and working on {LOC:Spencer Place} to pay for it. My dealer, a lad everyone called {PER:Tank}, used
to hold my phone till I'd paid him. Two winters ago a worker from the project, {PER:Shona McBride},
started bringing me clean pipes and foil on the van and just talking. No lectures. She got me a
script and an appointment at the drug service on {LOC:Kirkgate}. I've been clean fourteen months now.
I've got my own flat, {LOC:Flat 2, 61 Roundhay Road}, tenancy reference {ID:LCC-TEN-448120}. My son
{PER:Reece} comes for tea on Sundays. The biggest change? I answer the door without being scared of who's
there. People said there was no hope for me. {PER:Shona} never said that. |
Contact for follow-up: {PHONE:07700 900318}.
""", ["addiction", "housing", "family_relations"]),
    ("b12-en-02", "en", """
Outreach log — Manchester, Friday 21 November, 22:00-02:30. Staff: {PER:Hope Adeyemi}, {PER:Gareth Pryce}. |
22:15 {LOC:Cheetham Hill}: {PER:Mercy} (Nigerian, new) says a man keeps her passport and takes "rent" of
£150 a night. Scared. Gave card with the project line {PHONE:0161 496 0734}. Did not push. |
23:05 {LOC:Great Ducie Street}: {PER:Steph} reports a punter who punched her and drove off without paying.
Partial plate given. Encouraged third-party report; she agreed. |
00:40 {PER:Mercy} rings back from {PHONE:07700 900542}. Asks what the NRM is. {PER:Hope} explains and
books her a meeting with the modern slavery advocate, {PER:Tamsin Lowry}, on Monday. |
01:50 Condoms, lube and two rape alarms given out. |
Note: {PER:Mercy} said she had "no hope left". {PER:Hope} made a joke about her own name and {PER:Mercy}
laughed. We are at the mercy of her phone battery; check in tomorrow.
""", ["trafficking", "violence_physical", "violence_economic"]),
    ("b12-en-03", "en", """
Interview with {PER:Nguyen Thi Lan}, called {PER:Lan}, through an interpreter, London, 12 October. |
Q: How did you come to the UK? |
A: A man in Hải Phòng said I could work in a nail bar and send money home. I owed him £28,000. I worked at
{LOC:Lotus Nails} on {LOC:Rye Lane} in the day and in a flat in {LOC:Peckham} at night. They locked the door. |
Q: What changed? |
A: The police raided the flat. At first I was afraid, but the caseworker, Ms {PER:Okafor}, told me I was a
victim, not a criminal. I was referred to the NRM; my reference is {ID:NRM-2025-0114872}. I got a positive
reasonable grounds decision in March. Now I live in a safe house and I learn English with {PER:Chloe}. |
Q: Why is this important? |
A: Because the debt is not mine. And because {PER:Lan} can be my name again, not "number seven".
""", ["trafficking", "rights_awareness"]),
    ("b12-en-04", "en", """
Referral form — Sheffield women's housing team |
Name: {PER:Agnieszka Wójcik} |
DOB: 11/03/1987 (38) |
Address: {LOC:14 Page Hall Road}, currently sofa-surfing |
Phone: {PHONE:0114 496 0281} (friend's landline) / {PHONE:07700 900617} |
Email: {EMAIL:aga.wojcik (at) postbox-uk (dot) co} |
NI number: {ID:QQ 48 61 20 B} |
Reason for referral: Evicted on 2 November by her landlord, {PER:Dariusz}, after she refused to sleep with
him in place of rent. He changed the locks and threw her bag into the street. Has slept at the night
shelter on {LOC:Queen Street} four nights. Works two shifts a week at a café. |
Support needed: emergency accommodation, help with a homelessness application, advice on a claim. |
Referred by: {PER:Rebecca Holt}, support worker, 24 November.
""", ["housing"]),
    ("b12-en-05", "en", """
From: {PER:Bethan Morgan} <{EMAIL:bethan.morgan@safeharbour-cardiff.example}> |
To: Dr {PER:Aisha Siddiqui}'s secretary <{EMAIL:antenatal.secretary@cardiffhealth.example}> |
Subject: Booking appointment — {PER:Hodan Warsame} |
Dear colleague, |
I support {PER:Hodan Warsame}, 26, who lives in {LOC:Butetown}. She is about 14 weeks pregnant and has not
yet had a booking appointment. Her previous pregnancy ended in a miscarriage after her then partner kicked
her; she is very frightened of hospitals. She would like a female doctor and a Somali interpreter. Her NHS
number is {ID:999 412 7730}. She can be reached on {PHONE:029 2018 0455} or through me on
{PHONE:07700 900183}. |
Thank you, |
{PER:Bethan}
""", ["reproductive_health", "access_to_care"]),
    ("b12-en-06", "en", """
Helpline call sheet — Nottingham, Tuesday 4 November, 19:20. Volunteer: {PER:Priya Sandhu}. |
Caller: {PER:Senait Tesfaye}, Eritrean, 30, lives near {LOC:St Ann's Well Road}. Number given:
{PHONE:0115 496 0592}. |
Summary: Caller says she has not slept for weeks, hears the voices of the men who held her in Libya, and
last night thought about jumping from the bridge. She is not in immediate danger now; her friend
{PER:Mehret} is with her. Talked through grounding. Gave Samaritans (116 123) and explained she can call
999 or go to A&E if the thoughts come back. |
Follow-up: she agreed to a referral to the trauma service; GP is Dr {PER:Whitfield} at the Mary Potter
Centre. Call back booked Thursday 10:00. |
Caller at the end: "It helps that someone listens in the night. I felt less alone tonight."
""", ["mental_health", "social_isolation"]),
    ("b12-en-07", "en", """
Minutes — peer support group, Leicester, 19 November. |
Present: {PER:Patience Mensah}, {PER:Grace Boateng}, {PER:Sunny}, {PER:Abena}, {PER:Marisol Díaz},
{PER:Tracy}. Facilitator: {PER:Jo Whitaker}. |
1. Check-in. {PER:Sunny} said it was a sunny day for the first time in her head in months. |
2. {PER:Patience} told the group she had her HIV result: positive. She cried; {PER:Grace} held her hand.
{PER:Patience} said: "I have no patience for secrets any more." The group agreed to go with her to her
first appointment at the clinic on {LOC:Humberstone Road}. |
3. {PER:Marisol} proposed a WhatsApp group so nobody waits alone for a result. {PER:Tracy} will set it up. |
4. {PER:Abena} asked for information about treatment; {PER:Jo} will invite the clinic's peer mentor. |
Next meeting: 3 December, 2pm, room 4.
""", ["peer_support", "hiv_sti_testing"]),
    ("b12-en-08", "en", """
Letter from {PER:Marcia} to her son, written in the writing group, Birmingham. |
Dear {PER:Jermaine}, |
You were nine when Social Services took you to your nan's in {LOC:Handsworth}. I know you remember the
shouting and the man who hit me in front of you, {PER:Delroy}, and the nights I wasn't home. I'm not
writing to make excuses. I'm writing to tell you that I've left that life, that I've been going to the
group every Tuesday for two years, and that I've been to court and got the contact order. Your nan,
{PER:Beverley}, says you can decide. If you want to see me, the project number is {PHONE:0121 496 0273}
and my own is {PHONE:07700 900429}. If you don't, I understand, and I will keep writing on your
birthday. |
All my love, |
Mum
""", ["family_relations", "family_law"]),
    ("b12-en-09", "en", """
Q&A with {PER:Bianca Souza}, Brazilian, 33, recorded by {PER:Ellie Marsh}, London, 2 October. |
Q: What was the most significant change for you this year? |
A: Getting on HIV treatment. I knew I was positive for three years and I did nothing. A receptionist at a
surgery in {LOC:Stockwell} once wrote "prostitute" on my file and refused to register me. |
Q: What happened then? |
A: My friend {PER:Rafaela} took me to the Jefferiss Wing. They gave me a clinic number, {ID:JW-0558213},
and I started the pills the same week. My doctor, Dr {PER:Amponsah}, is lovely. My viral load is
undetectable now. |
Q: How does that feel? |
A: Like breathing. I work at a flat near {LOC:Clapham Road} and I'm not ashamed of my body any more.
""", ["hiv_care", "stigma_discrimination", "self_esteem"]),
    ("b12-en-10", "en", """
Transcription of a voice note sent to the case worker, {PER:Niamh Gallagher}, Newcastle, 16 November: |
"Hiya {PER:Niamh}, it's {PER:Shannon}. Just to say I went to the police station on {LOC:Westgate Road}
like you said and they took it serious this time. The officer, PC {PER:Armstrong}, wrote it all down,
what {PER:Kyle} did, the photos of my arm and the texts. My crime number is {ID:NB-11250912-26}. He says
a victim care officer will ring me from {PHONE:0191 498 0326}. And I've got the non-molestation order
hearing on the 28th, the solicitor, Ms {PER:Raza}, is sorting it. Honestly I'm shaking but it's a good
shake, you know? Oh, and {PER:Kyle}'s mam rang again, I didn't answer. Ring me back on my new number,
{PHONE:07700 900866}. Ta."
""", ["legal_support", "violence_physical"]),
    ("b12-en-11", "en", """
Case meeting note — Coventry, 25 November. |
Present: {PER:Maricel Santos} (client), {PER:Ruth Adebayo} (caseworker), Mr {PER:Hussain} (immigration
adviser), {PER:Jo-Anne}... correction: {PER:Joanne Pike} (interpreter for Tagalog). |
{PER:Maricel} came to the UK as a domestic worker with a family in {LOC:Earlsdon}. Her employer, Mrs
{PER:Khanna}, kept her passport, {ID:P4417203B}, and paid her nothing for nineteen months. She left in
June and was living with a friend, {PER:Rowena}, in {LOC:Foleshill}. With Mr {PER:Hussain}, she applied
for leave as a victim of modern slavery; Home Office reference {ID:M1198427}. Her residence permit card
arrived on 20 November, number {ID:ZU9043315}. |
{PER:Maricel}: "I have a card with my face and my name. Nobody can hold it for me now." |
Actions: {PER:Ruth} to help with a bank account and a job search; next meeting 9 December.
""", ["civil_documents", "trafficking", "violence_economic"]),
    ("b12-en-12", "en", """
I'm {PER:Lorna Baird}, from {LOC:Torry} in Aberdeen. After my partner, {PER:Craig}, took every penny of
my benefits for two years I was going without meals so the kids could eat. I'd water down the milk. My
worker at the project, {PER:Isla}, got us food bank vouchers and showed me the community pantry on
{LOC:King Street}... no, it's on {LOC:Menzies Road}, I always mix them up. Then she helped me onto a
course, food hygiene and barista, at the college. Since September I've worked four mornings a week at the
{LOC:Bluebell café}, £11.50 an hour. It's not a fortune but nobody takes it off me. My daughter
{PER:Kayleigh} said, "Mum, the fridge is full." That's the change. |
Recorded by {PER:Isla Mackintosh}, 6 November. Contact: {EMAIL:isla.mackintosh@granitehope.example}.
""", ["food_security", "income_employment", "violence_economic"]),
    ("b12-en-13", "en", """
From: {PER:Valentina Restrepo} <{EMAIL:vale.restrepo@correo-fictivo.co}> |
To: outreach team |
Subject: thank you (and a question about PrEP) |
Hi {PER:Deborah}, hi {PER:Kwame}, |
I wanted to say thank you for the evening in {LOC:Brixton} when you gave me condoms and explained PrEP.
I went to the sexual health clinic, the one in the Margaret Pyke building, and I started PrEP two weeks
ago. I had an HIV test and a syphilis test first, both negative. I feel safer with clients now, and I
make them use condoms too, even the regular one, Mr {PER:Lucas}... sorry, I mean {PER:Lucas}. |
My question: can I get PrEP from my GP when I move to {LOC:Tulse Hill}? |
My number is {PHONE:+44 7700 900751}. |
Gracias, {PER:Vale}
""", ["hiv_prevention", "hiv_sti_testing"]),
    ("b12-en-14", "en", """
Refuge keyworker notes — Hull, 8 November. Keyworker: {PER:Siobhan Doyle}. |
{PER:Abena Owusu}, 35, Ghanaian, arrived at the refuge on 30 October with her daughter {PER:Efua}. Her
husband, {PER:Kofi Owusu}, locked her in the flat on {LOC:Hessle Road} for three days and burned her
hand on the cooker when he found out she had been working. He told her he would send {PER:Efua} back to
Kumasi and she would never see her again. |
Since arriving she has seen the refuge nurse, started counselling and talked with other women in the
house. She says the refuge is the first place in a year where she sleeps through the night. |
{PER:Kofi} has called the refuge landline twice from {PHONE:+233 24 555 0197}; staff did not confirm she
is here. Police informed, reference {ID:HUM-3311-25}. Women's Aid contacted for a move-on plan.
""", ["violence_physical", "housing", "violence_psychological"]),
    ("b12-ar-01", "ar", """
اسمي {PER:سعاد الحياني}، عمري اثنان وثلاثون عاما، من بني ملال. حين علم أبي أنني أعمل في الجنس طردني من
البيت أمام الجيران، وقال إخوتي إنني لم أعد أختهم. نمت أسابيع في غرفة فوق {LOC:مقهى النخلة} في
{LOC:حي الانبعاث}. في الصباح كنت أبكي وحدي، وفي الليل أخرج إلى الشارع. ذات يوم جاءت {PER:صباح}، المثقفة
النظيرة في الجمعية، وجلست معي ساعتين دون أن تسألني عن شيء. بعدها دعتني إلى مجموعة الدعم كل خميس، فتعرفت
على {PER:نزهة} و{PER:فتيحة} و{PER:الزوهرة}. صرنا نطبخ معا ونتقاسم الكراء في شقة صغيرة قرب
{LOC:زنقة ابن بطوطة}. أختي الصغرى {PER:هند} اتصلت بي الشهر الماضي لأول مرة منذ ثلاث سنوات، من رقم
{PHONE:٠٦٧٠٤٥١٢٨٣}. لم أعد وحيدة، وهذا عندي أهم من كل شيء. |
جمعت الشهادة: {PER:صباح الإدريسي}، بني ملال، ١٢ نونبر.
""", ["peer_support", "social_isolation", "violence_psychological"]),
    ("b12-ar-02", "ar", """
استمارة إحالة — برنامج شمس، فرع فاس |
الاسم: {PER:مليكة بنعيسى} |
رقم البطاقة الوطنية: {ID:C 734519} |
الهاتف: {PHONE:+212 6 55 18 42 09} |
البريد الإلكتروني: {EMAIL:malika.benaissa@barid-fictif.ma} |
العنوان: {LOC:حي عين النقبي}، {LOC:درب الحجر} |
الجهة المحال إليها: مستشفى الغساني، مصلحة الأمراض التعفنية، الدكتورة {PER:العلوي}. |
سبب الإحالة: أجرت المستفيدة فحص فيروس نقص المناعة في الجمعية يوم ٣ نونبر وكانت النتيجة إيجابية. تحتاج إلى
فحص الحمولة الفيروسية وبدء العلاج المضاد للفيروسات القهقرية. تخاف أن يعرف زوجها {PER:عبد الرحيم}، لذلك
تطلب ألا يتصل بها أحد على الهاتف المنزلي. |
المتابعة: سترافقها الوسيطة العلاجية {PER:إكرام} يوم ١٠ نونبر على الساعة التاسعة. |
حررته: {PER:لطيفة الشاوي}، مساعدة اجتماعية.
""", ["access_to_care", "hiv_sti_testing"]),
    ("b12-ar-03", "ar", """
س: ماذا تغير في حياتك هذه السنة؟ |
ج: كانت الشرطة توقفني كل أسبوع في {LOC:حي بني مكادة}. شرطي نسميه «{PER:بوكرش}» كان يأخذ مني مئتي درهم
ويهددني بالفصل 490 إن لم أدفع، وأحيانا يحتجزني ليلة كاملة في الدائرة. |
س: وما الذي فعلته؟ |
ج: حضرت دورة توعية حول الحقوق مع الأستاذة {PER:نادية المرابط}، المحامية. فهمت أن ما يفعله ابتزاز، وأن من
حقي أن أشتكي. رافقتني {PER:جميلة}، صديقتي، إلى النيابة العامة، وسجلنا شكاية رقم {ID:٢٠٢٥/٣١٠١/٤٧٧}. |
س: وبعد ذلك؟ |
ج: نُقل {PER:بوكرش} إلى مدينة أخرى. الحياة ليست جميلة دائما، لكنني لم أعد أرتجف حين أرى سيارة الشرطة. |
أجرت المقابلة: {PER:أسماء الفاسي}، طنجة، ٢٠ أكتوبر.
""", ["police_harassment", "rights_awareness", "legal_support"]),
    ("b12-ar-04", "ar", """
محضر مجموعة الكلام — أكادير، الثلاثاء ٢٥ نونبر، مقر الجمعية في {LOC:حي الداخلة}. |
الحاضرات: {PER:فاضمة أيت الحاج}، {PER:تاسعديت}، {PER:رقية أوبلا}، {PER:نور}، {PER:خديجة بوتالب}.
المنشطة: {PER:ثورية أمزيان}. |
موضوع الجلسة: الخوف من الفحص. حكت {PER:رقية} أنها أجرت لأول مرة فحص الزهري والتهاب الكبد الفيروسي «س»
والسيدا، وأن النتائج كلها سلبية. قالت {PER:نور} إنها كانت ترى الفحص حكما بالموت، لكنها بعد أن رافقت
{PER:رقية} رأت النور في آخر النفق، وحجزت موعدها في المركز الصحي ب{LOC:تيكيوين}. اقترحت {PER:تاسعديت}،
وهي تتكلم الأمازيغية فقط، أن تترجم المنشطة المطويات إلى تاشلحيت. |
قرار: حملة فحص متنقلة في {LOC:دوار تاماعيت} يوم ٦ دجنبر. |
للتواصل مع المنشطة: {PHONE:٠٥٢٨ ٢٣ ٤٧ ١٩}.
""", ["hiv_sti_testing", "peer_support"]),
    ("b12-ar-05", "ar", """
ملاحظات المرشدة الاجتماعية {PER:حليمة الزياني}، مراكش، ٧ نونبر. |
{PER:زهرة}، ثمانية وعشرون عاما، أم لطفلين، تعمل في صالون تجميل ب{LOC:حي المحاميد} نهارا، وكانت تعمل في
الجنس ليلا لتدفع الكراء. أخبرتني أنها حامل في الشهر الثالث، وأن الزبون الذي رفض الواقي، واسمه {PER:رضوان}،
اختفى. كانت خائفة ولا تعرف أين تذهب. رافقتها إلى مستشفى ابن طفيل للمتابعة الأولى عند الطبيبة
{PER:بنسودة}، وأجرت الفحوص والتخطيط بالصدى. تحدثنا أيضا عن وسائل منع الحمل بعد الولادة. قالت لي وهي
تمسك وردة بلاستيكية على مكتبي: «اسمي {PER:زهرة}، لكنني كنت أذبل مثل زهرة بلا ماء، واليوم أحس أن أحدا يسقيني». |
رقمها: {PHONE:+212 700-448213}. رقم الملف: {ID:MRK-0912/25}.
""", ["reproductive_health", "access_to_care"]),
    ("b12-ar-06", "ar", """
رسالة من {PER:رشيدة الطاهري} إلى ابنتها {PER:سلمى}، كتبتها في ورشة الكتابة، الرباط. |
ابنتي {PER:سلمى}، |
حين حكم القاضي بالطلاق في شهر يونيو، وحكم لي بحضانتك ونفقة قدرها ألف ومئتا درهم في الشهر، لم أصدق. أبوك
{PER:المصطفى} كان يقول إن امرأة مثلي لن تربي بنتا، وإنه سيأخذك إلى بيت جدتك في {LOC:دوار أولاد زيان}.
المحامية الأستاذة {PER:فوزية الكتاني} وقفت معي في كل جلسة، وملف القضية يحمل الرقم
{ID:٨٤٣/١٦٢٦/٢٠٢٤}. اليوم نسكن في {LOC:حي يعقوب المنصور}، وتذهبين إلى المدرسة كل صباح، وأنا أشتغل في
مطبخ مطعم. إذا قرأت هذه الرسالة يوما، فاعلمي أنني لم أتخل عنك أبدا. |
أمك التي تحبك، {PER:رشيدة}
""", ["family_law", "legal_support", "family_relations"]),
    ("b12-ary-01", "ary", """
تفريغ ديال رسالة صوتية من {PER:فتيحة}، الدار البيضاء، ١٠ نونبر: |
«السلام {PER:أسماء}، أنا {PER:فتيحة} ديال {LOC:درب السلطان}. بغيت نقول ليك بلي خويا {PER:حميد} عاود جا
للدار البارح وطلب الفلوس بحال ديما. كل شهر كان كياخد مني ألفين درهم، وإلا ما عطيتوش كيقول ليا غادي
يفضحني قدام الجيران وقدام ماما. هاد المرة قلت ليه لا. قلت ليه الفلوس ديالي، خدمت عليهم بعرقي. غوت عليا
وضرب الباب ومشا. ولكن ما خفتش بحال قبل. الفلوس ديال هاد الشهر حطيتهم فالكاش ديال الجمعية، فالحساب لي
عاونتيني نحلو، وشريت لبنتي {PER:ريم} الصباط ديال المدرسة. إلا عاود جا، واش نعيط ل١٩ ولا نعيط ليك؟ الرقم
ديالي الجديد هو {PHONE:٠٦٢٢٤٧٩٣١٥}. الله يخليك عيطي ليا.» |
جاوبتها {PER:أسماء الصنهاجي} نفس النهار.
""", ["violence_economic", "self_esteem", "violence_psychological"]),
    ("b12-ary-02", "ary", """
س: شنو وقع ليك؟ |
ج: كنت خدامة فواحد الكباري ف{LOC:حي الكندي} فالناظور. واحد الليلة جوج دريات خرجوني معاهم فطوموبيل، ومن
بعد واحد ثالث تلاقاو بيه، وداوني لدار خاوية واغتاصبوني. بقيت تما حتى الصباح. |
س: شكون عاونك؟ |
ج: {PER:مريم}، صاحبتي، عيطات ل{PER:ليلى} ديال الجمعية. {PER:ليلى} دياتني للسبيطار، الطبيب {PER:الوزاني}
عطاني الدوا ديال السيدا باش ما يدخلش ليا، وعطاني حتى الدوا باش ما نولدش. من بعد المحامي الأستاذ
{PER:القادري} دار الشكاية، رقم الملف {ID:2025/1105/332}. |
س: وشنو تبدل؟ |
ج: دابا كنمشي عند المعالجة النفسية {PER:سناء} كل سيمانة. الكوابيس نقصو شوية. |
المقابلة: {PER:ليلى بوزيان}، الناظور، ٢ دجنبر. الهاتف ديال الجمعية: {PHONE:+212 536 60 21 84}.
""", ["violence_sexual", "hiv_prevention", "mental_health"]),
    ("b12-ary-03", "ary", """
أنا {PER:لطيفة}، عندي خمسة وعشرين عام، ساكنة ف{LOC:حي البساتين} فمكناس. قبل كنت كنخدم فالزنقة وما عنديش
حتى حرفة. العام لي فات، {PER:كوثر} ديال الجمعية قالت ليا كاين تكوين فالحلويات فمركز التعاون الوطني. بديت
وأنا خايفة، حيت ما قريتش بزاف. الأستاذة {PER:السعدية} كانت لطيفة معايا بزاف، كتعاود ليا الوصفة حتى
نفهم. دابا كنصاوب الكيكس والبريوات وكنبيعهم ف{LOC:سوق الرحبة}، ومرات كناخد كوموند ديال الأعراس. لقيت
حتى واحد الخدمة ف{LOC:مقهى الأندلس} كل صباح. ولدي {PER:يوسف} ولا كيقول لصحابو: ماما كتصاوب أحسن حلوة. |
باش تطلبو: {PHONE:06 49 20 77 31}، ولا فالإنستغرام. |
جمعت الحكاية: {PER:كوثر العمراني}، ١٤ نونبر.
""", ["vocational_training", "income_employment"]),
    ("b12-ary-04", "ary", """
ورقة الخط ديال الاستماع — الرباط، الجمعة ٢١ نونبر، ٢٢:١٥. المستمعة: {PER:عزيزة}. |
المتصلة: سمات راسها «{PER:مونية}»، عندها ٣٠ عام، ساكنة ف{LOC:حي التقدم}. الرقم: {PHONE:٠٧ ٦١ ٥٥ ٠٣ ٩٢}. |
شنو قالت: واحد الكليان اسمو {PER:عادل}، كيعرفها من شحال هادي، بدا كيصيفط ليها ميساجات كيقول فيهم
غادي يقتلها وغادي يصيفط التصاور ديالها لعائلتها فسلا إلا ما رجعاتش ليه. البارح وقف قدام الدار ديالها
ف{LOC:زنقة المامونية} حتى لوحدة دالليل. هي ما خرجاتش. كتقول ما بقاتش كتنعس وكتحس براسها بوحدها. |
شنو درنا: شرحنا ليها تحتافظ بالميساجات، وبلي تقدر تدير شكاية بلا ما تقول الخدمة ديالها. عطيناها موعد
مع المحامية {PER:بنشقرون} نهار الاثنين، وقلنا ليها تعيط ل١٩ إلا رجع. |
المتابعة: {PER:عزيزة} غادي تعيط ليها غدا الصباح.
""", ["violence_psychological", "rights_awareness"]),
    ("b12-ary-05", "ary", """
أنا {PER:الباتول}، من {LOC:حي السلام} فسلا. الشراب كان هو الصاحب الوحيد ديالي. كنشرب الماحيا كل ليلة باش
نقدر نخرج للزنقة، ومن بعد ولا الشراب هو لي كيخرجني. {PER:عبد الإله}، الراجل لي كنت معاه، كان كيشري ليا
القرعة وكياخد الفلوس. واحد النهار طحت فالزنقة ودخلوني للمستعجلات. تما تلاقيت مع {PER:نعيمة}، الممرضة
ديال الجمعية، لي دياتني للمركز ديال علاج الإدمان ف{LOC:حي الرحمة}. دابا عندي عام وثلاثة شهور ما شربت
والو. كنمشي للمجموعة كل ثلاثاء مع {PER:حفيظة} و{PER:الغالية}، وكنحكيو على الصعيب. رجعت كنشوف بنتي
{PER:إيمان} لي ساكنة عند ختي {PER:الزهرة}. |
الرقم ديال {PER:نعيمة} فالمركز: {PHONE:+212 537 88 14 60}. |
كتبها: {PER:نعيمة الحراق}.
""", ["addiction", "peer_support", "family_relations"]),
    ("b12-ary-06", "ary", """
تفريغ ديال فوكال من {PER:بلسينغ}، نيجيرية ساكنة فالرباط، بالدارجة لي تعلمات: |
«صباح الخير {PER:سكينة}. أنا {PER:بلسينغ}. بغيت نقول ليك شكرا على نهار الحد. ملي مشيت معاك للمركز ف{LOC:دوار الحاجة}،
درت التحليل ديال السيدا والسيفليس، وكلشي نيكاتيف الحمد لله. الطبيبة {PER:الخمليشي}
شرحات ليا البريب، الدوا لي كتاخدو قبل باش ما يدخلش ليك الفيروس، وبديتو هاد السيمانة. عطاوني حتى
البريزيرفاتيف بزاف، عطيت شي حاجة ل{PER:جيني}... لا، ل{PER:جوديت}، صاحبتي الكاميرونية. والبطاقة
ديال اللاجئة، الرقم ديالها {ID:MAR-25C07731}، خليتها عندي فالصاك باش نوريها فالسبيطار. الله يحفظك. هادي
بركة من عند الله.» |
تفرغ بيد {PER:سكينة الودغيري}.
""", ["hiv_prevention", "hiv_sti_testing"]),
    ("b12-sms-01", "ary", """
{PER:zineb}: salam a {PER:dounia} wach nti mzyana |
{PER:dounia}: hamdolah, ghir l3ya9. lbare7 chedouni jouj boulice 7da {LOC:derb dbachi} |
{PER:zineb}: 3lach?? |
{PER:dounia}: bghaw 1000 dh wla y9elbou 3liya b 490. 3titom 600 kan 3ndi. wa7ed smito {PER:bouzid} kay3rfni |
{PER:zineb}: had dounia 7amda. ghda nmchiw 3nd maitre {PER:ouhadi} f jam3iya, rah kat3awen f had chi |
{PER:dounia}: waxa. ma bghitch yjiw l dar, lmoul dar ghadi ykhrejni |
{PER:zineb}: ma tkhafich. 3tini cin dyalek bach n3mr lwra9a: |
{PER:dounia}: {ID:JE552019} |
{PER:zineb}: safi. rdv 10h f {LOC:zn9a ibn khaldoun} 7da {LOC:café la renaissance}. numero dyal maitre:
{PHONE:0524 43 18 02} |
{PER:dounia}: lah ykhalik a {PER:zineb}, nti khti |
{PER:zineb}: w {PER:bouzid} ila 3awd ja, sawri lwjeh dyalo w sifti liya
""", ["police_harassment", "violence_economic"]),
    ("b12-sms-02", "ary", """
groupe « lbnat dyal lkhmis » |
{PER:salma}: bnat chkon ghadi tji lyouma l tahlil f {LOC:gauthier}? |
{PER:nouhaila}: ana, walakin khayfa bzaf |
{PER:mimi}: 7ta ana ghadi nji. {PER:la3zia} 9alt lia rah ma kayb9awch yswlo bzaf |
{PER:la3zia}: ah, kay3tiwk numero w safi, smitek ma kat ktbch. ana drt lmara li fatet, kolchi negatif |
{PER:nouhaila}: w ila kan positif? |
{PER:salma}: ila kan, rah kayn dwa w kayna si {PER:hamid} li kaytb3ek, w ana m3ak. ma bo7dekch |
{PER:mimi}: 3la 11h n3ndo f {LOC:boulevard zerktouni} 9dam pharmacie |
{PER:la3zia}: ila t2khert 3iyto lia {PHONE:06 63 72 10 48} |
{PER:nouhaila}: merci bnat, wallah ila ntouma 3aylti |
— 14h12 — |
{PER:nouhaila}: drt tahlil sida w syphilis w hépatite. kolchi negatif!!! |
{PER:salma}: mabrouk a {PER:nouhaila} |
{PER:mimi}: 3awtani f 3 chhour, ma tnsaych
""", ["hiv_sti_testing", "peer_support"]),
    ("b12-sms-03", "ary", """
- salam a {PER:karima}, ana {PER:rabia}, mol dar bgha ykhrejni lyoum |
- 3lach a {PER:rabia}? |
- 3ref chno kankhdem. jab m3ah khoh w 9al lia ila ma khwitich l9bel lil ghadi ylo7 7wayji f zn9a |
- fin nti db? |
- f {LOC:hay beni makada}, 9dam dar. 3ndi jouj drari m3aya |
- wach khlsti lkra? |
- khlsto 3 chhour 9bal, 1500 dh, 3ndi lwosolat |
- mzyan. ma tkhrjich. ghadi n3iyt 3la ustada {PER:bennouna} |
- chkon hiya? |
- lmo7amiya dyal jam3iya. mol dar ma y9derch ykhrjek bla 7okm. ila ja boulice 9olihom had chi |
- w ila khrjni b sif? |
- 3iyti l 19. w {PER:hicham} mn jam3iya ghadi yji db. numero dyalo {PHONE:+212 612-730459} |
- lah ykhlik a {PER:karima}, ana bo7di hna
""", ["housing", "rights_awareness"]),
    ("b12-sms-04", "ary", """
{PER:bouchra}: sba7 lkhir a {PER:farah}, chno dar m3ak lbank? |
{PER:farah}: sba7 nour. 9bloli lmicrocredit!!! 10000 dh |
{PER:bouchra}: waaaw mabrouk, hadi farha kbira |
{PER:farah}: wallah ma 3reftch nbki wla nd7k. ghadi nchri machine dyal l7lwa w frigo sghir |
{PER:bouchra}: fin ghadi tbi3i? |
{PER:farah}: f {LOC:souk lfellah} kol sbt, w lalla {PER:zhor} 9alt lia n7et tabla 7da {LOC:hammam ennakhil} |
{PER:bouchra}: mzyan. w formation dyal gestion? |
{PER:farah}: kanmchi l mr {PER:tazi} f markaz kol tlat. dkhlt l compte dyali b smiti, awel mra f 7yati |
{PER:bouchra}: fhamti daba? ma b9itich m7taja l chi wa7d |
{PER:farah}: ah. w ila chi nhar {PER:jalal} 3awd ja yhder 3la flous, ghadi n9olo la |
{PER:bouchra}: hadi hiya. sifti lia tswira dyal lmachine
""", ["income_employment", "self_esteem"]),
    ("b12-sms-05", "ary", """
[Message automatique] Rappel : votre rendez-vous au centre de dépistage est demain 10h30, {LOC:rue Mohamed
Diouri}. Dossier {ID:CHAMS-CAS-2025-0831}. Pour annuler : {PHONE:0522 30 64 17}. |
[réponse] salam, ana {PER:ghita}, ma n9derch nji ghda, wlidi mrid |
[Message automatique] Merci. Une animatrice vous rappellera. |
{PER:soukaina} (animatrice): salam a {PER:ghita}, ana {PER:soukaina}. wach wlidek labas? |
{PER:ghita}: skhana mn lbare7. mchit l sbitar lwla9 ma bghawch ychoufoh bla carte ramed |
{PER:soukaina}: ma tkhafich, db kayna amo tadamon. ghadi n3awnk f lwra9. 3ndek cin? |
{PER:ghita}: ah {ID:BH 312764} |
{PER:soukaina}: safi. ghda n3ddiw 3lik l 9h w nmchiw m3a b3d l centre sa7i {LOC:hay farah} |
{PER:ghita}: w tahlil dyali? |
{PER:soukaina}: ndiroh nfs nhar. w nchoufo 7ta lwldat, rak glti liya baghiya tbdli l7ba
""", ["access_to_care"]),
    ("b12-sms-06", "ary", """
{PER:wahiba}: bonjour maitre, ana {PER:wahiba benyahia}, ljazairiya li jat 3ndek f wejda |
maitre {PER:el fassi}: bonjour madame. oui je me souviens. chno jdid? |
{PER:wahiba}: rajli {PER:nacer} rfed ykhles nafa9a dyal drari 3 chhour. w 9al lia ila mchit l m7kama ghadi
yddi lbnat l tlemcen |
maitre {PER:el fassi}: ma y9derch. l7adana 3ndek b 7okm. sifti lia l7okm w wasl dyal lkra |
{PER:wahiba}: ma 3ndich scanner |
maitre {PER:el fassi}: sawrih b telephone w sifto l {EMAIL:cabinet.elfassi arobase avocats-oujda point ma} |
{PER:wahiba}: safi. numero dyal dossier {ID:1624/2024/417} |
maitre {PER:el fassi}: mzyan. ghadi ndir talab tanfid. w ila hddek 3awtani, sjli lmessage |
{PER:wahiba}: merci maitre. rani m7taja had lflous bzaf, kankhdem ghir f nhar
""", ["family_law", "legal_support", "violence_economic"]),
    ("b12-sms-07", "fr", """
groupe « les filles de la gare » — alerte |
{PER:lola}: ALERTE mauvais client. mec blanc 40 ans clio grise, dit s appeler {PER:fred}, numero
{PHONE:06 39 98 07 51}. a frappe {PER:nina} hier soir {LOC:quai de brienne} et il a pas paye |
{PER:kenza}: putain. elle va bien {PER:nina}? |
{PER:nina}: ca va. oeil gonfle. il m a pris mon sac avec 200 balles dedans |
{PER:jess}: moi aussi il m a appele hier avec un autre numero {PHONE:07 81 93 24 60} je l ai bloque |
{PER:lola}: {PER:nina} tu veux qu on aille aux urgences? ou tu appelles {PER:mathilde} de l asso |
{PER:nina}: deja fait, {PER:mathilde} vient demain 10h, elle dit on peut faire une plainte meme sans
donner mon nom de rue |
{PER:kenza}: on tourne a deux ce soir alors, personne seule dans les voitures |
{PER:jess}: ok, rdv {LOC:bar le trianon} a 21h |
{PER:lola}: et partagez l alerte au groupe de {LOC:saint-michel}
""", ["violence_physical", "violence_economic", "peer_support"]),
    ("b12-sms-08", "fr", """
- coucou {PER:rose} c {PER:maeva}, t es la? |
- oui ma belle, ca va? |
- non. le proprio de la chambre a {LOC:nansouty} a change la serrure, mes affaires sont dehors |
- quoi?? t avais paye? |
- oui 450 en liquide, il veut pas de bail, il dit que les filles comme moi ca fait du bruit |
- ok respire. tu dors chez moi ce soir, {LOC:residence les pins, bat C, 3e, porte 32} |
- merci {PER:rose}, t es une vraie rose dans ce monde de ronces |
- arrete lol. demain on appelle le 115 et {PER:sandrine} de la case pour le siao |
- j ai plus de batterie, note mon autre numero {PHONE:06 39 98 52 33} |
- note. et envoie moi ton mail pour le dossier |
- {EMAIL:maeva.lpt@nuagemail.fr} |
- ok. bisous, courage ma {PER:maeva}
""", ["housing", "stigma_discrimination"]),
    ("b12-sms-09", "fr", """
[SMS automatique CeGIDD] Bonjour, vos resultats sont disponibles. Presentez-vous avec votre numero
d anonymat {ID:CG33-58214} du lundi au vendredi. |
{PER:svetlana}: {PER:lea} c est {PER:sveta}. j ai recu le sms du cegidd. j ai peur d y aller seule |
{PER:lea} (paire): je viens avec toi. jeudi 14h? on se retrouve {LOC:place de la victoire} |
{PER:svetlana}: ok. si c est positif je fais quoi? mon mari en ukraine va me tuer |
{PER:lea}: si c est positif il y a un traitement, on le prend et on vit normalement. et ton mari n a rien a
savoir. on en parle jeudi |
— jeudi 15h40 — |
{PER:svetlana}: negatif!!! tout negatif. le docteur {PER:moreau} m a donne la prep aussi |
{PER:lea}: trop contente. tu prends un comprime chaque jour hein |
{PER:svetlana}: oui. merci {PER:lea}. envoie moi le numero de {PER:olga} de l asso, elle parle russe |
{PER:lea}: {PHONE:05 36 49 80 17}, ou son portable {PHONE:+33 6 39 98 26 90}
""", ["hiv_sti_testing", "hiv_prevention"]),
    ("b12-sms-10", "fr", """
{PER:ophelie}: bonjour mme {PER:lacoste}, c {PER:ophelie}. je voulais vous dire que j ai eu le cap esthetique!!! |
mme {PER:lacoste}: {PER:ophelie} !!! bravo, je savais. vous avez eu combien? |
{PER:ophelie}: 14 de moyenne. la prof mme {PER:pujol} a dit que j etais la meilleure en soin du visage |
mme {PER:lacoste}: vous pouvez etre fiere. il y a deux ans vous disiez que vous etiez bonne a rien |
{PER:ophelie}: je sais. maintenant j ai un entretien lundi a l {LOC:institut belle de jour},
{LOC:cours alsace-lorraine} |
mme {PER:lacoste}: envoyez-moi votre cv, je relis: {EMAIL:c.lacoste[at]lacase-bx[dot]example} |
{PER:ophelie}: c est envoye. et je quitte le trottoir des que j ai le contrat |
mme {PER:lacoste}: on en parle jeudi. et votre identifiant france travail, c est bien {ID:5521743K}? |
{PER:ophelie}: oui. merci pour tout, vraiment
""", ["vocational_training", "self_esteem"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_blind12.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
