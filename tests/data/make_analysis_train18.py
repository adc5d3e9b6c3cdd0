"""Generate tests/data/analysis_train18.jsonl, training set 18 of the analysis engine.

Written on 2026-12-02 by the training-set writer ``train18``. What was read: the rules file of the
worktrees (COMMON.md), the codebook (shared/design/codebook.md: theme keys and personal-data labels),
the marking conventions of blind set 11 (the module docstring of make_analysis_blind11.py) and the
shared helpers (tests/data/gold_marks.py). The engine (msc/), its tests and the stories of every other
set were not read; the engine was not run on these stories.

Composition: 60 fictional stories, 36 in French (ids ``t18-fr-NN``, lang "fr") and 24 in English
(ids ``t18-en-NN``, lang "en"), set in France (Paris, Saint-Denis, Lyon, Marseille, Bordeaux, Nice,
Lille, Montpellier, Strasbourg), Belgium (Brussels, Liège), Switzerland (Geneva, Lausanne), the
United Kingdom (London, Leeds, Manchester, Birmingham, Bristol, Glasgow, Cardiff, Newcastle,
Belfast, Sheffield, Liverpool), Ireland (Dublin, Cork, Limerick) and Morocco (Rabat, Casablanca,
Tanger, Oujda, Marrakech); one English interview is set in Casablanca. Registers: first-person
testimonies, case and follow-up notes, minutes of talking groups with attendance lists (« Présentes : … », « Excusée : … », "Apologies:"),
outreach logs with times, referral forms, e-mails with From/To headers, letters, Q/R and Q/A
interviews, a helpline sheet and a WhatsApp thread (sender names on every line, some names in
lower case). No real person: street, neighbourhood and city names are real places; people, numbers and addresses are invented; phone numbers use
fictional or invented ranges; e-mail domains are invented (``.example``).

What it brings: names that are HARD to recognise. Storytellers and the people around them come
from China (« Lihua », « Xiaoyu », « Tian », « Meimei », « A-Mei »), Vietnam, Thailand (with
nicknames: « Kanokwan » called « Ploy »), the Philippines, Mongolia, Nepal, Tamil Nadu and Sri
Lanka, Madagascar (« Fanja », « Rivo », « Haingo »), the Comoros, the DR Congo (« Mbuyi »,
« Kalonji », « Ntumba »), Nigeria (« Omoye », « Efosa », « Osas »), Eritrea (« Senait »,
« Mehret »), Somalia, Ethiopia, Afghanistan, Kurdistan, Georgia, Armenia, Albania and Kosovo, the
Roma of Romania, Moldova, Ukraine, Brazil, Peru, Bolivia, Haiti, the Dominican Republic, Cape
Verde, Tibet and the Pacific (Tahiti, Tonga), beside French names that are words
(« Constance », « Blanche », « Océane », « Ange », « Prudence », « Victoire », « Espérance »,
« Grâce ») and English ones (Hope, Faith, Grace, Joy, Summer, Dawn, Amber, Ruby, Crystal, Destiny,
Blessing, Precious, Rich, Dean, Mo, « Big Mo »), several of them also used as plain words in the
same story (« Prudence est de mise », "I never lost hope", « une vraie victoire »), which are then not
marked. Names stand in every position: first word of a sentence or of a line, in apposition
after a comma (« une autre femme du studio, Tian, »), in attendance lists, after « Excusée : »,
in logs (« 22 h 40 : Mbuyi, qui refusait… »), after « à », « de », « chez », « avec », « pour »,
"to", "with", "from", in possessives ("Efua's flat": the name only), as initials (« Haingo R. »),
as surnames alone after a title (Mme, M., Maître, docteur, Dr, capitaine, PC, DC, Mrs, Sister,
the title never inside), as nicknames (« le Moustachu »: the article outside; « Général »,
"Big Mo") and at the very end of a sentence. Negatives, left unmarked: towns and cities that
look like names (Gbarnga, Umuoji, Ouagadougou, Antsirabe, Kananga, Mindelo, Bani Walid), organisations and
services (Ugly Mugs, the Big Issue, centre LAVI), institutions named after people or streets
(hôpital Saint-Louis, hôpital Delafontaine, Lapeyronie, St Thomas' Hospital, St James's Hospital,
Chapeltown Health Centre, Hathersage Centre), capitalised words at the start of a sentence,
products (un Coca, un Fanta), days and months, nationalities,
emergency numbers (115, 117, 17, 999), dates, a law's number (loi 2016-444), a range of years
(2019-2021), and the word uses of name-words (joy, hope, summer, dawn, grâce, victoire,
espérance).
LOC: numbered addresses, streets, neighbourhoods and named venues. PHONE of France, Belgium,
Switzerland, the UK, Ireland and Morocco; e-mails plain and obfuscated; IDs of many kinds
(récépissé, AVS, AME, CAF, SIAO, complaint numbers, UNHCR, Belgian national register, NHS, NI,
Home Office, BRP, NRM, PPS, IRP, Moroccan CIN, crime references, clinic numbers).

Marking conventions: exactly those of blind set 11 (as stated in the docstring of
make_analysis_blind11.py): PER is the name only (never a title, kinship or respect word such as
Mme, Maître, Dr, Sister, Maman, Mama, Madam, Hajja, Nha, Ate, Mister, nor an article before a nickname); every occurrence is
marked; LOC is cue plus name without the article or preposition before it, a numbered address
runs from the number to the end of the street name with building or flat details joined by a
comma inside; streets named after people are LOC and hold no separate PER; PHONE is the whole
number, emergency numbers unmarked; EMAIL the whole written form, obfuscated included; ID the
number only, not its cue.

Gold themes follow the codebook definitions: 1-3 per story, the ones the story is chiefly about.

Run:  cd tests/data && python3 make_analysis_train18.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set

ROWS = 60
PREFIX = "t18-"


STORIES = [
    (
        "t18-fr-01", "fr",
        """
        Je m'appelle {PER:Lihua}, j'ai quarante-six ans et je viens de Shenyang. Quand l'usine a fermé,
        une cousine, {PER:Xiaoyu}, m'a promis qu'à Paris je garderais des enfants. En vérité je dormais à
        six dans un studio du {LOC:boulevard de la Villette} et un certain {PER:Zhao Bin} gardait nos
        passeports. Il prenait la moitié de l'argent, il disait que je lui devais encore le billet.
        Un soir de février, un client m'a frappée au visage parce que je refusais sans préservatif.
        C'est {PER:Tian}, une autre femme du studio, qui m'a emmenée au bus des médiatrices. Là,
        {PER:Meimei} parlait mandarin. Elle m'a accompagnée à l'hôpital Saint-Louis puis chez Maître
        {PER:Fabre}, qui a écrit ma plainte. {PER:Zhao Bin} a disparu le mois suivant. Aujourd'hui
        {PER:Xiaoyu} est rentrée à Dalian, {PER:Tian} vend des raviolis au marché de {LOC:Belleville},
        et moi j'ai un récépissé, n° {ID:7503182946}. Le soir je bois un thé avec {PER:Meimei} et je
        ne baisse plus les yeux.
        """,
        ["trafficking", "violence_physical", "legal_support"],
    ),
    (
        "t18-fr-02", "fr",
        """
        Compte rendu du groupe de parole du jeudi 14 mars, local de Bordeaux. |
        Présentes : {PER:Fanja}, {PER:Haingo R.}, {PER:Océane}, {PER:Senait}, {PER:Paloma Quispe}. |
        Excusée : {PER:Rivo}. |
        Animatrice : {PER:Blanche Delmas}. |
        {PER:Haingo R.} a raconté qu'un client l'a laissée sans payer sur le {LOC:quai de Brazza} et
        qu'elle n'a rien dit par peur. {PER:Senait} a répondu qu'à Asmara on lui avait appris à se taire,
        et qu'ici elle apprenait le contraire. {PER:Paloma Quispe}, arrivée de Cochabamba il y a un an,
        a proposé de noter les plaques des voitures dans un carnet commun. {PER:Océane} a dit qu'elle le
        garderait chez elle, {LOC:cours de l'Yser}. {PER:Fanja} a pleuré en parlant de sa fille restée
        à Antsirabe ; le groupe a décidé de l'accompagner lundi au consulat. Prochaine séance le 28 mars.
        {PER:Blanche Delmas} rappelle que personne n'est obligée de parler. Le carnet reste anonyme :
        pas de nom, pas de numéro, seulement les plaques et les dates. {PER:Rivo} recevra le compte rendu
        par {PER:Fanja}.
        """,
        ["peer_support", "violence_economic", "family_relations"],
    ),
    (
        "t18-fr-03", "fr",
        """
        Fiche d'orientation — Genève |
        Prénom, nom : {PER:Mehret Tesfay} |
        Téléphone : {PHONE:+41 76 512 08 33} |
        Adresse : {LOC:rue de Berne 41, 2e étage} |
        N° AVS : {ID:756.4921.3307.58} |
        Orientée par : {PER:Prudence Ngalula} (paire éducatrice) |
        Motif : {PER:Mehret} a été enfermée trois jours dans un appartement des {LOC:Pâquis} par un
        homme qu'elle appelle {PER:Yonas}. Elle est sortie grâce à sa voisine, {PER:Tsega}, qui a
        appelé le 117. Elle a des douleurs au bras et dort mal. {PER:Prudence Ngalula} l'a accompagnée
        aux urgences des HUG, où le docteur {PER:Favre} a fait un certificat. Demande : consultation
        psychologique en tigrinya, et un rendez-vous avec Mme {PER:Rochat} au centre LAVI. |
        Remarque : Prudence est de mise, {PER:Yonas} connaît le quartier et a le numéro de
        {PER:Tsega}. Ne pas appeler après 20 h.
        """,
        ["violence_physical", "mental_health", "legal_support"],
    ),
    (
        "t18-fr-04", "fr",
        """
        Journal de maraude, nuit du 9 au 10 novembre, Lyon, secteur Gerland. |
        22 h 05 : départ avec {PER:Ange}, {PER:Kalonji} et {PER:Thu Trang}. |
        22 h 40 : {PER:Mbuyi}, qui refusait le café la semaine dernière, monte dans le camion. Elle
        dit que le « {PER:Moustachu} » est revenu rôder {LOC:avenue Tony-Garnier}. |
        23 h 15 : {PER:Nimmi}, une femme tamoule, demande des préservatifs et du gel. {PER:Thu Trang}
        lui explique la PrEP ; rendez-vous pris pour mardi. |
        23 h 50 : {PER:Kalonji} reconnaît la voiture grise du {PER:Moustachu}. On note la plaque. |
        0 h 30 : Un Coca pour {PER:Esther}, qui tremble de froid. Elle nous confie que son ami {PER:Bosco}
        lui prend tout ce qu'elle gagne depuis septembre. On lui donne le numéro de l'équipe,
        {PHONE:04 78 92 13 60}. |
        1 h 10 : Retour au local. {PER:Ange} rédige la fiche pour {PER:Esther}. Dimanche prochain, on
        repasse par le {LOC:quai Perrache}.
        """,
        ["hiv_prevention", "violence_economic", "peer_support"],
    ),
    (
        "t18-fr-05", "fr",
        """
        Q : Comment avez-vous connu l'association ? |
        R : Par {PER:Omoye}. On se parlait en edo à la laverie de la {LOC:rue Curiol}. Elle m'a dit :
        « {PER:Osas}, tu ne dois plus rien à Mama {PER:Rose}. » Moi j'avais juré devant un prêtre à
        Benin City, j'avais peur du juju. |
        Q : Qui est Mama {PER:Rose} ? |
        R : La femme qui m'a fait venir. Elle disait que je devais trente-cinq mille euros. Son fils,
        {PER:Efosa}, venait chercher l'argent chaque dimanche au {LOC:boulevard National}. |
        Q : Qu'est-ce qui a changé ? |
        R : {PER:Omoye} m'a présentée à {PER:Victoire}, la juriste. Ma première vraie victoire, c'est le
        jour où j'ai dit non à {PER:Efosa} sur le palier. Avec Maître {PER:Castellani} j'ai déposé
        plainte pour traite ; le dossier porte le numéro PV {ID:2025/004817}. |
        Q : Et aujourd'hui ? |
        R : Je fais une formation d'aide-cuisinière. {PER:Omoye} garde mon fils {PER:Destiny} le
        mercredi.
        """,
        ["trafficking", "legal_support", "vocational_training"],
    ),
    (
        "t18-fr-06", "fr",
        """
        De : {PER:Constance Vidal} <{EMAIL:c.vidal@poppy-asso.example}> |
        À : {PER:Espérance Mukendi} <{EMAIL:esperance.mukendi@accueil-gironde.example}> |
        Objet : hébergement pour {PER:Naëlle} et sa fille |
        Bonjour {PER:Espérance}, |
        Je vous écris pour {PER:Naëlle Tshibanda}, que nous suivons depuis avril. Son propriétaire,
        M. {PER:Lachaume}, l'a mise dehors vendredi avec sa fille {PER:Grâce}, quatre ans, et a gardé
        ses affaires dans le cagibi du {LOC:14 rue Kléber}. Elles ont dormi deux nuits chez une amie,
        {PER:Kiara}, à {LOC:Saint-Michel}, mais {PER:Kiara} n'a qu'une pièce. Le 115 n'a rien proposé.
        La demande SIAO porte le numéro {ID:SIAO-33-2026-11842}. Pourriez-vous examiner une place en
        urgence ? Je reste joignable au {PHONE:06 39 98 41 27}, ou par {PER:Ruby} à l'accueil. Avec
        toute ma gratitude et un peu d'espérance, |
        {PER:Constance}
        """,
        ["housing", "family_relations"],
    ),
    (
        "t18-fr-07", "fr",
        """
        Je suis {PER:Nino}, je viens de Koutaïssi. À Bruxelles, je travaillais dans une vitrine de la
        {LOC:rue d'Aerschot}. Le patron, {PER:Levan}, me prenait quarante euros par nuit pour la
        vitrine et encore vingt pour « la sécurité ». Quand j'ai eu une brûlure en urinant, il m'a dit de
        continuer. C'est {PER:Tamar}, de Tbilissi comme ma mère, qui m'a parlé de la consultation
        d'Espace P. Le docteur {PER:Janssens} m'a fait les tests : une chlamydia et une syphilis. J'ai
        pris les comprimés, et l'infirmière, Sœur {PER:Agnès}, m'a rappelée pour le contrôle. Maintenant je vais chaque mois au dépistage avec {PER:Tamar} et
        {PER:Ketevan}. {PER:Levan} ne me fait plus peur ; j'ai changé de vitrine, je paie ma part et je
        garde le reste. Ma carte de séjour, numéro {ID:B 0417 629 385}, est à mon nom, pas au sien.
        """,
        ["sti_care", "hiv_sti_testing", "violence_economic"],
    ),
    (
        "t18-fr-08", "fr",
        """
        Témoignage recueilli à Rabat, quartier {LOC:Takaddoum}. Je suis {PER:Ntumba}, de Kananga.
        J'ai traversé le désert avec {PER:Kabedi} et son petit frère {PER:Ilunga}. À Oujda, un passeur
        qu'on appelait « {PER:Général} » nous a gardées deux mois dans une maison de {LOC:hay Al Qods}.
        Il nous vendait aux hommes le soir et frappait celles qui pleuraient. {PER:Kabedi} s'est enfuie
        la première ; moi je suis partie avec {PER:Mpiana}, une Camerounaise. À Rabat, une paire
        éducatrice, Maman {PER:Bijou}, nous a trouvées devant la pharmacie de l'{LOC:avenue Hassan II}.
        Elle nous a conduites au centre, où la docteure {PER:Alaoui} m'a fait le test du VIH. Le
        résultat était négatif ; j'ai pleuré de soulagement. Ensuite {PER:Bijou} m'a montré comment
        demander la carte de réfugiée au HCR ; mon numéro d'enregistrement est {ID:512-24C07813}.
        {PER:Ilunga} va à l'école maintenant, {PER:Mpiana} coud des pagnes, et quand je croise
        {PER:Kabedi} au marché on se serre longtemps dans les bras.
        """,
        ["trafficking", "hiv_sti_testing", "civil_documents"],
    ),
    (
        "t18-fr-09", "fr",
        """
        Note de suivi — Marseille, 3 octobre. |
        Personne suivie : {PER:Blerta Krasniqi}, 29 ans, née à Prizren. |
        {PER:Blerta} est venue avec sa cousine {PER:Fatjona}. Elle explique que son ex-compagnon,
        {PER:Gëzim Hoxha}, la menace de « tout dire » à sa famille et de reprendre leur fils {PER:Arbër}
        si elle porte plainte. Il l'appelle jusqu'à trente fois par jour et l'insulte devant le garçon.
        Elle loge au {LOC:27 boulevard de la Libération, 3e étage}, dans le quartier des {LOC:Réformés}.
        Mme {PER:Pellegrin}, juriste, lui explique l'ordonnance de protection. {PER:Blerta} hésite :
        son père, {PER:Besnik}, ne sait rien de son travail. {PER:Fatjona} dit qu'elle témoignera.
        Orientation vers la psychologue, {PER:Valbona Sejdiu}, qui parle albanais, mardi à 14 h. |
        Téléphone de {PER:Blerta} : {PHONE:07 00 41 86 22}. |
        N° allocataire CAF : {ID:2847361}.
        """,
        ["violence_psychological", "family_law", "mental_health"],
    ),
    (
        "t18-fr-10", "fr",
        """
        On m'appelle {PER:Florica}, mais au campement tout le monde dit {PER:Flori}. Je suis rom, de
        Craiova, et je vis à Saint-Denis depuis huit ans. Mon mari, {PER:Ionuț}, a vendu mes bracelets
        de mariage pour jouer ; il m'envoyait sur le {LOC:boulevard Ney} et comptait les billets le matin.
        Ma belle-mère, {PER:Zamfira}, disait qu'une femme qui se plaint porte malheur. Un hiver, ma fille
        {PER:Mirela} a eu une forte fièvre et personne ne voulait nous recevoir sans carte Vitale. C'est
        {PER:Luminița}, médiatrice à l'association, qui nous a emmenées à l'hôpital Delafontaine. Elle
        m'a aidée à demander l'aide médicale d'État ; mon numéro est {ID:2 84 05 99 352 117 46}. Depuis,
        je vais au groupe du mardi avec {PER:Sorina} et {PER:Daniela}. J'ai quitté {PER:Ionuț}. Je
        garde mon argent dans une boîte que seule {PER:Mirela} connaît.
        """,
        ["violence_economic", "access_to_care", "family_relations"],
    ),
    (
        "t18-fr-11", "fr",
        """
        Q : Vous vous présentez ? |
        R : {PER:Mirlande Pierre-Louis}, quarante ans, de Jacmel. Ici à Paris on m'appelle
        {PER:Lande}. |
        Q : Comment s'est passé le premier rendez-vous ? |
        R : {PER:Widline}, ma voisine du {LOC:18 rue Polonceau}, m'a accompagnée. Je ne dormais plus,
        je voyais encore l'homme de la {LOC:rue Myrha} qui m'avait violée dans la cage d'escalier. La
        psychologue, Mme {PER:Duverger}, m'a écoutée sans me juger. |
        Q : Et l'homme ? |
        R : On l'appelait {PER:Ti Blanc}. La police n'a rien fait au début. Le capitaine {PER:Orsini} a
        fini par prendre ma plainte en mars, numéro {ID:2026/018/0453}. |
        Q : Qui vous soutient ? |
        R : {PER:Widline}, {PER:Fabiola} et la pasteure {PER:Jocelyne}. Et mes enfants, {PER:Wesly} et
        {PER:Manouchka}, restés chez ma mère à Jacmel ; je les appelle chaque dimanche. Avec la grâce
        de Dieu, je dors mieux.
        """,
        ["violence_sexual", "mental_health", "legal_support"],
    ),
    (
        "t18-fr-12", "fr",
        """
        Je m'appelle {PER:Kanokwan}, mais depuis l'enfance c'est {PER:Ploy}. Je suis venue d'Udon Thani
        pour travailler au {LOC:salon de massage Lotus d'Or}, {LOC:rue de Lausanne} à Genève. La gérante,
        Mme {PER:Sombat}, gardait mon passeport dans son coffre et retenait mon salaire pour « la dette ».
        Quand un client m'a forcée dans la cabine, elle m'a dit de me laver et de reprendre. Une collègue,
        {PER:Fon}, m'a donné le numéro d'une association de santé, {PHONE:+41 22 555 01 47}. Là-bas {PER:Pim} parlait thaï. Avec elle, j'ai vu le docteur {PER:Mottier} pour les
        examens et la pilule du lendemain. {PER:Somchai}, le mari de la gérante, m'attendait devant
        l'arrêt de tram. {PER:Pim} est venue me chercher en voiture. Aujourd'hui je loge chez {PER:Fon}
        et je ne dois plus rien à {PER:Sombat}.
        """,
        ["trafficking", "violence_sexual", "reproductive_health"],
    ),
    (
        "t18-fr-13", "fr",
        """
        Récit d'{PER:Oyunaa}, recueilli par {PER:Naraa} au local de la {LOC:rue des Pyrénées}. |
        Je suis arrivée d'Oulan-Bator en 2019 avec une amie de lycée, {PER:Bolormaa}. Un compatriote,
        {PER:Batbayar}, nous a trouvé une chambre à {LOC:Château-Rouge} et du travail « dans les
        massages ». Très vite il a fallu tout accepter. Quand j'ai voulu arrêter, il m'a poussée dans
        l'escalier ; je me suis cassé le poignet. {PER:Bolormaa} est partie en Allemagne sans un mot.
        J'étais seule, je buvais de la vodka du matin au soir. {PER:Naraa} m'a trouvée un soir de
        décembre devant le Franprix et m'a dit en mongol : « Tu n'es pas seule. » Elle m'a emmenée chez
        le docteur {PER:Lemaire}, puis au CSAPA pour l'alcool. Je n'ai plus bu depuis cent quarante
        jours. Le mercredi je vais à l'atelier de couture avec {PER:Tsetseg} et {PER:Enkhjargal}.
        {PER:Batbayar} a été arrêté en juin. Ma mère, {PER:Dulamsuren}, ne sait pas tout, mais elle
        sait que je vais mieux. Mon numéro de dossier à l'OFPRA est le {ID:19-08-2741-0063}.
        """,
        ["addiction", "social_isolation", "violence_physical"],
    ),
    (
        "t18-fr-14", "fr",
        """
        Compte rendu de l'atelier « Mes droits face à la police », Paris, {LOC:La Chapelle}. |
        Présentes : {PER:Tharshini}, {PER:Kavitha S.}, {PER:Sunita Gurung}, {PER:Pasang}, {PER:Dawa},
        {PER:Nirmala}. |
        Excusées : {PER:Bishnu}, {PER:Yalini}. |
        Intervenante : Maître {PER:Kergoat}. |
        {PER:Tharshini} raconte que deux agents l'ont contrôlée trois fois la même semaine
        {LOC:rue Philippe-de-Girard} et lui ont pris cinquante euros « pour ne pas l'emmener ».
        {PER:Sunita Gurung} a vécu la même chose devant l'{LOC:hôtel du Nord-Est}. Maître {PER:Kergoat} rappelle que depuis la loi 2016-444 le racolage n'est
        plus un délit et qu'un contrôle ne justifie pas un paiement. {PER:Kavitha S.} traduit en tamoul,
        {PER:Pasang} en népalais. {PER:Dawa} propose un numéro commun pour signaler les contrôles :
        {PHONE:01 99 00 27 14}. {PER:Nirmala} demande si l'on peut porter plainte sans papiers ; réponse :
        oui. {PER:Bishnu} et {PER:Yalini} recevront la fiche par {PER:Pasang}.
        """,
        ["police_harassment", "rights_awareness", "peer_support"],
    ),
    (
        "t18-fr-15", "fr",
        """
        Je m'appelle {PER:Zarmina}, je viens de Hérat. À Bruxelles j'ai d'abord dormi près de la gare du Nord
        avec {PER:Shabnam} et sa petite {PER:Parisa}. Un homme, {PER:Wahid}, nous a proposé un toit à
        {LOC:Schaerbeek}, {LOC:rue de Brabant}. Le toit avait un prix : il « prêtait » {PER:Shabnam} et
        moi à ses amis. Quand j'ai refusé, il a menacé d'appeler mon frère {PER:Farid} en Iran et de
        lui dire ce que je faisais. C'est {PER:Rojda}, une Kurde qui tient une épicerie
        {LOC:chaussée de Haecht}, qui a appelé l'association. {PER:Berfin}, l'intervenante, parle
        persan. Elle nous a trouvé deux lits dans une maison d'accueil et un rendez-vous au CPAS.
        Mon numéro de registre national est le {ID:91.07.14-318.62}. {PER:Parisa} va à la crèche.
        {PER:Shabnam} et moi suivons un cours de français avec Madame {PER:Dewulf}. {PER:Wahid} n'a
        plus notre adresse, et {PER:Farid} m'a écrit la semaine dernière qu'il ne me jugeait pas.
        """,
        ["housing", "violence_sexual", "violence_psychological"],
    ),
    (
        "t18-fr-16", "fr",
        """
        Nice, le 12 janvier. |
        Madame la juge, |
        Je soussignée {PER:Victoire Lambert}, intervenante sociale, atteste suivre Mme
        {PER:Viorica Ceban}, née à Bălți (Moldavie), depuis mars 2024. Mme {PER:Ceban} vit au
        {LOC:9 rue Smolett, bâtiment B} avec ses deux enfants, {PER:Doina} et {PER:Andrei}. Le père,
        M. {PER:Rusu}, ne verse aucune pension depuis 2022 et a menacé à plusieurs reprises d'emmener
        les enfants à Chișinău. {PER:Viorica} m'a montré ses messages ; une amie, Mme {PER:Oksana Melnyk},
        était présente lors de l'un des appels. Mme {PER:Ceban} a repris une formation d'aide-soignante
        à l'IFSI et s'occupe seule de {PER:Doina} et d'{PER:Andrei}, scolarisés à l'école du quartier
        {LOC:Riquier}. Je reste à votre disposition au {PHONE:04 93 55 07 19}. |
        Dossier RG n° {ID:25/03318}. |
        {PER:Victoire Lambert}
        """,
        ["family_law", "violence_psychological", "family_relations"],
    ),
    (
        "t18-fr-17", "fr",
        """
        Je suis {PER:Thalyta}, brésilienne, de Belém. Je travaille {LOC:allée de Longchamp} depuis dix ans.
        Les filles m'appellent {PER:Baiana}, même si je ne suis pas de Bahia. Une nuit, trois garçons
        sont venus avec des bâtons ; ils ont cassé le nez de {PER:Raíssa} et ils criaient des insultes
        contre les « travelos ». {PER:Jéssica} a appelé le 17. Les policiers sont arrivés une heure plus
        tard et ont demandé nos papiers à nous. Le lendemain, {PER:Kelly Nascimento}, de l'association,
        nous a emmenées porter plainte au commissariat du 16e, où le brigadier {PER:Hamon} a enfin pris
        nos dépositions. À l'hôpital, {PER:Raíssa} a reçu le traitement d'urgence contre le VIH.
        Aujourd'hui je suis paire éducatrice avec {PER:Kelly}. Le lundi, on tourne avec {PER:Jéssica} et
        {PER:Wanderleia} ; on donne des préservatifs, du gel, et le numéro de l'équipe,
        {PHONE:06 39 98 12 55}. Je n'ai plus honte de dire qui je suis.
        """,
        ["violence_physical", "stigma_discrimination", "peer_support"],
    ),
    (
        "t18-fr-18", "fr",
        """
        Fiche d'accueil — permanence de Lausanne, {LOC:rue de Genève 85} |
        Nom : {PER:Quispe Mamani} |
        Prénom : {PER:Yesenia} |
        Origine : El Alto, Bolivie |
        Téléphone : {PHONE:+41 78 640 21 09} |
        Courriel : {EMAIL:yesenia.qm (at) correo-andino (dot) example} |
        Accompagnée par : {PER:Flor Huamán} |
        Situation : {PER:Yesenia} travaille dans un appartement du quartier de {LOC:Sévelin} géré par
        un compatriote, {PER:Wilfredo}. Enceinte de dix semaines, elle ne sait pas si elle veut garder
        l'enfant. {PER:Wilfredo} lui a dit qu'elle perdrait sa place. {PER:Flor Huamán}, péruvienne,
        l'a amenée parce qu'elle-même a été suivie ici en 2023. Rendez-vous pris chez la gynécologue,
        Dre {PER:Berset}, jeudi. {PER:Maribel}, son amie de chambre, l'accompagnera. |
        Assurance maladie : demande en cours, n° {ID:80756-0043-218}.
        """,
        ["reproductive_health", "access_to_care"],
    ),
    (
        "t18-fr-19", "fr",
        """
        Q : Comment vous appelez-vous ? |
        R : {PER:Ivanilda Tavares}, mais à Praia tout le monde dit {PER:Nilda}. |
        Q : Comment êtes-vous arrivée à Genève ? |
        R : Par ma tante, Nha {PER:Dina}, qui m'a payé le voyage. Je devais garder les enfants de sa
        patronne, Mme {PER:Mercier}. En fait je faisais le ménage dix heures par jour sans salaire, et le
        soir le mari de {PER:Mercier} entrait dans ma chambre. |
        Q : Qui vous a aidée ? |
        R : {PER:Edna}, une Capverdienne qui tient un salon de coiffure, le {LOC:salon Morabeza}, à
        {LOC:Plainpalais}. Elle m'a cachée chez elle. Son fils {PER:Djassi} m'a emmenée au centre LAVI. |
        Q : Et maintenant ? |
        R : J'ai un permis B, numéro {ID:C 4219 087}. Je travaille chez {PER:Edna} comme apprentie
        coiffeuse. Je parle à ma mère, {PER:Zeferina}, chaque samedi. Nha {PER:Dina} ne m'appelle plus.
        """,
        ["violence_sexual", "trafficking", "vocational_training"],
    ),
    (
        "t18-fr-20", "fr",
        """
        Journal de permanence, Bruxelles, {LOC:quartier Nord}, samedi 21 juin. |
        14 h : Ouverture avec {PER:Yokasta} et {PER:Dayana}. |
        14 h 20 : {PER:Yanelis}, de Santo Domingo, vient chercher son traitement. Elle vit avec le VIH
        depuis 2019 et n'a pas raté une prise depuis qu'elle a une alarme sur son téléphone. |
        15 h 15 : {PER:Wascar}, le compagnon de {PER:Yanelis}, l'attend dehors. Elle dit qu'il
        l'accompagne maintenant à ses rendez-vous chez le docteur {PER:Vandenberghe}. |
        15 h 45 : {PER:Altagracia}, qui refusait de parler de sa santé, demande un dépistage. {PER:Dayana}
        l'emmène au bureau du fond ; résultat négatif, rendez-vous pour la PrEP. |
        16 h 30 : Un Fanta pour {PER:Mayelin}, qui attend sa sœur {PER:Yudelka}. Elles habitent
        {LOC:rue des Plantes} et cherchent un médecin qui parle espagnol. |
        17 h : {PER:Yokasta} donne le numéro de la permanence, {PHONE:+32 2 555 18 40}. Fermeture.
        """,
        ["hiv_care", "hiv_sti_testing", "hiv_prevention"],
    ),
    (
        "t18-fr-21", "fr",
        """
        On me demande souvent si {PER:Victoire} est mon vrai prénom. Oui. Ma mère, {PER:Espérance}, aimait
        les prénoms qui promettent quelque chose. Ma sœur s'appelle {PER:Prudence} et mon frère
        {PER:Ange}. J'ai grandi à Lille, à {LOC:Moulins}, et j'ai commencé à travailler à dix-neuf ans
        pour payer les dettes de mon copain, {PER:Kévin Leroux}. Il me frappait quand je rentrais avec
        moins de deux cents euros. Ce n'était pas une vie, c'était une survie. Un jour, {PER:Blanche},
        une ancienne qui travaillait {LOC:rue Gambetta}, m'a donné l'adresse de l'association. Là, j'ai
        rencontré {PER:Océane} et {PER:Constance}, qui animaient un groupe de parole. J'ai mis deux ans
        à quitter {PER:Kévin}. Aujourd'hui j'ai mon studio, un CAP de pâtisserie, et je ne crois plus
        que l'espérance soit naïve. {PER:Prudence} dit que c'est une victoire. Moi je dis : c'est ma vie.
        """,
        ["violence_physical", "self_esteem", "vocational_training"],
    ),
    (
        "t18-fr-22", "fr",
        """
        Note de situation — Marseille, {LOC:Noailles}. |
        {PER:Voahangy Rakotomalala}, 34 ans, malgache, est suivie depuis 2025. Arrivée avec un visa
        d'employée de maison chez M. et Mme {PER:Ferrand}, au {LOC:112 boulevard Périer}, elle n'a
        jamais été payée et Mme {PER:Ferrand} a gardé son passeport. Elle est partie en août, aidée par
        {PER:Hery}, cuisinier au {LOC:restaurant Le Tsaramaso}, puis a travaillé dans la rue pour
        survivre. Elle se sent très seule : ses seules visites sont celles de {PER:Mialy}, une
        compatriote, et de sa fille {PER:Tiana}. Elle ne voit plus personne d'autre et dit « ne servir
        à rien ». Orientation vers la psychologue, Mme {PER:Andrianjafy}, et vers le groupe du jeudi
        animé par {PER:Lalao}. {PER:Nirina}, paire éducatrice, l'accompagnera au commissariat pour
        signaler la confiscation du passeport. |
        Téléphone : {PHONE:07 00 52 39 81}. |
        Passeport malgache n° {ID:MG2904417}.
        """,
        ["social_isolation", "trafficking", "mental_health"],
    ),
    (
        "t18-fr-23", "fr",
        """
        Je m'appelle {PER:Moinaecha}, je suis née à Mutsamudu, aux Comores, et j'ai grandi à Mayotte
        chez ma tante {PER:Chamsia}. À Marseille, j'habitais chez un cousin, {PER:Bacar}, dans la cité
        de la {LOC:Castellane}. Il me donnait à ses amis et gardait l'argent. Un soir, après une fête, un
        homme m'a violée dans une voiture sur le {LOC:chemin du Littoral}. Je n'ai rien dit pendant trois
        semaines. C'est {PER:Anfiati}, une amie de la mosquée, qui a vu que je n'allais pas bien. Elle
        m'a emmenée chez {PER:Faïza}, infirmière au planning familial. J'ai fait les tests du VIH et de
        l'hépatite B, et une prise de sang pour la grossesse. Tout était négatif. {PER:Faïza} m'a parlé
        de mes droits et d'un avocat, Maître {PER:Said Omar}. Je ne suis pas encore prête pour la
        plainte. Je dors maintenant chez {PER:Anfiati}, {LOC:rue d'Aubagne}. {PER:Bacar} m'a envoyé des
        messages ; je ne réponds plus. Ma tante {PER:Chamsia} m'appelle le dimanche.
        """,
        ["violence_sexual", "hiv_sti_testing", "violence_economic"],
    ),
    (
        "t18-fr-24", "fr",
        """
        Casablanca, {LOC:Maârif}. Récit d'{PER:Affoué}, recueilli par {PER:Hayat}, paire éducatrice. |
        Je suis ivoirienne, de Bouaké. J'ai quitté Abidjan avec {PER:Bintou} en pensant aller en Espagne.
        À Casablanca, nous avons loué une chambre à {LOC:Oulfa} chez une dame, Hajja {PER:Zohra}, qui a
        doublé le loyer au bout d'un mois. Pour payer, j'ai commencé à sortir le soir au
        {LOC:boulevard de la Corniche}. Un policier que les filles appellent {PER:Chelha} m'a arrêtée deux
        fois et m'a pris mon argent pour me relâcher. {PER:Hayat} m'a trouvée au {LOC:café Le Zénith} et
        m'a donné le numéro de l'association, {PHONE:+212 522 55 08 61}. Avec la docteure {PER:Bennis}
        j'ai fait mon premier dépistage. {PER:Bintou} est partie à Tanger. Moi j'ai rejoint l'atelier de
        couture de Mme {PER:Tazi}, et je loge chez {PER:Grâce-Divine}, une Congolaise, à {LOC:Derb Ghallef}.
        """,
        ["police_harassment", "hiv_sti_testing", "housing"],
    ),
    (
        "t18-fr-25", "fr",
        """
        Fiche d'orientation — Tanger |
        Nom : {PER:Okonkwo} |
        Prénom : {PER:Ifeoma} |
        Née à : Umuoji, Nigeria |
        Téléphone : {PHONE:+212 6 61 20 47 83} |
        Quartier : {LOC:Boukhalef} |
        Orientée par : {PER:Precious}, paire éducatrice |
        Motif : {PER:Ifeoma} est enceinte de sept mois et n'a jamais vu de médecin. Elle vit avec
        {PER:Chika} et {PER:Uche} dans un appartement tenu par une « madame », Mama {PER:Ngozi}, qui
        exige encore douze mille euros. Mama {PER:Ngozi} a menacé de garder le bébé si la dette n'est
        pas payée. {PER:Precious} l'a accompagnée à la maternité, où la sage-femme, Mme {PER:Amrani},
        a fait une échographie. Demandes : suivi de grossesse, acte de naissance pour l'enfant, rendez-vous
        avec l'avocate, Maître {PER:El Idrissi}. |
        CIN de la personne de contact : {ID:K 493027} ({PER:Precious} n'a pas de CIN ; contact :
        {PER:Samira Boulaich}, assistante sociale). |
        Dossier : {ID:TNG-2026-0219}.
        """,
        ["reproductive_health", "trafficking", "civil_documents"],
    ),
    (
        "t18-fr-26", "fr",
        """
        Je suis {PER:Hoa}, j'ai trente-huit ans et je viens de Nghệ An. À Paris, j'ai travaillé dans un
        salon d'ongles du {LOC:boulevard Masséna}, puis, quand le patron, {PER:Tuấn}, a dit que ma dette
        n'était pas finie, dans un appartement de l'{LOC:avenue d'Ivry}. {PER:Tuấn} et sa femme,
        {PER:Thúy}, gardaient mon passeport et mon téléphone. Une cliente du salon, {PER:Lan}, m'a
        glissé un papier avec un numéro. C'était celui de {PER:Ngọc Anh}, une médiatrice vietnamienne.
        Elle m'a retrouvée devant le {LOC:68 rue de Tolbiac} et m'a emmenée chez le docteur {PER:Nguyen Van Long},
        qui m'a soignée pour une infection. Depuis, je suis hébergée dans un foyer et je suis le cours de
        français de {PER:Phương}. Mon fils, {PER:Minh}, est resté avec ma mère à Vinh. J'ai déposé
        plainte pour traite ; le parquet a ouvert une enquête, n° {ID:26/117/00384}. Le jour où {PER:Lan}
        m'a revue, elle a dit : « Tu as le visage d'une autre femme. »
        """,
        ["trafficking", "sti_care", "legal_support"],
    ),
    (
        "t18-fr-27", "fr",
        """
        Q : Qui êtes-vous ? |
        R : {PER:Marites Dela Cruz}, de Batangas. Ici, les amies disent {PER:Tess}. |
        Q : Comment avez-vous quitté votre employeur ? |
        R : Je travaillais chez M. {PER:Haddad}, {LOC:avenue Foch}, pour deux cents euros par mois. Il
        me criait dessus, il disait que j'étais « sale ». Son fils me touchait. Une autre Philippine,
        Ate {PER:Lorna}, m'a dit de venir à la messe du dimanche à Saint-Honoré-d'Eylau. Là, j'ai
        rencontré {PER:Jocelyn} et {PER:Rowena}. |
        Q : Et après ? |
        R : {PER:Rowena} m'a accompagnée au CCEM. L'avocate, Maître {PER:Benhamou}, a saisi les
        prud'hommes. {PER:Analyn} m'a logée trois mois. |
        Q : Et votre famille ? |
        R : Mon fils {PER:Jun-Jun} a quatorze ans. Je lui envoie de l'argent chaque mois, de l'argent
        gagné avec dignité, comme aide à domicile. Mon numéro de titre de séjour : {ID:7504129865}.
        """,
        ["violence_psychological", "legal_support", "income_employment"],
    ),
    (
        "t18-fr-28", "fr",
        """
        Compte rendu du groupe du lundi — Paris, local de la {LOC:rue du Faubourg-Saint-Denis}. |
        Présentes : {PER:Hinano}, {PER:Vaitiare Teriierooiterai}, {PER:Lou D.}, {PER:Kiara}, {PER:Naëlle},
        {PER:Paloma Reyes}. |
        Excusée : {PER:Poerava}. |
        Thème : le dépistage. {PER:Hinano}, de Papeete, raconte sa première PrEP ; elle craignait les
        effets secondaires et n'en a eu aucun. {PER:Vaitiare Teriierooiterai} dit qu'elle n'a jamais fait
        de test depuis son arrivée, par peur du résultat. {PER:Lou D.} propose de l'accompagner au
        CeGIDD de l'hôpital Fernand-Widal mercredi. {PER:Kiara} et {PER:Naëlle} parlent de l'autotest
        vendu en pharmacie. {PER:Paloma Reyes} rappelle que le groupe garde le secret. Décision : sortie
        collective au dépistage le 5. {PER:Poerava} sera prévenue par {PER:Hinano}. Un Coca et des
        gâteaux pour clore la séance ; {PER:Teva}, le fils de {PER:Vaitiare}, a dessiné un requin.
        """,
        ["hiv_sti_testing", "hiv_prevention", "peer_support"],
    ),
    (
        "t18-fr-29", "fr",
        """
        De : {PER:Ange Moreau} <{EMAIL:ange.moreau [arobase] lacase-bx [point] example}> |
        À : Dr {PER:Kamga} |
        Objet : {PER:Hodan} |
        Docteur, |
        Je vous adresse {PER:Hodan Warsame}, 27 ans, somalienne, que nous accompagnons depuis juin à
        Bordeaux. {PER:Hodan} a subi une excision dans l'enfance à Burao ; elle a des douleurs à chaque
        rapport et pense ne pas pouvoir avoir d'enfant. Son ami, {PER:Abdirahman}, la presse d'être
        enceinte. Sa cousine {PER:Ifrah} l'accompagnera au rendez-vous ; {PER:Ifrah} traduit du somali.
        Une autre femme de notre groupe, {PER:Tigist}, éthiopienne, a été opérée par votre collègue, le
        docteur {PER:Abebe}, et lui a parlé de vous. Vous pouvez me joindre au {PHONE:05 56 99 14 73}
        ou joindre {PER:Hodan} au {PHONE:07 00 18 62 40}. Merci de votre attention. |
        {PER:Ange Moreau}, médiatrice en santé
        """,
        ["reproductive_health", "access_to_care"],
    ),
    (
        "t18-fr-30", "fr",
        """
        Je m'appelle {PER:Anahit}, je suis arménienne, de Gyumri. Je vis à Lyon, à la {LOC:Guillotière},
        depuis 2021. Mon mari, {PER:Aram Petrosyan}, m'a amenée ici avec notre fille {PER:Tatevik}. Quand
        il a perdu son travail, il m'a obligée à « recevoir » des hommes dans notre appartement de la
        {LOC:rue Paul-Bert}. Il disait que sinon il renverrait {PER:Tatevik} chez sa mère à Erevan et
        que je ne la reverrais plus. J'avais honte devant tout le monde, même devant {PER:Lusine}, ma
        voisine. C'est pourtant {PER:Lusine} qui m'a parlé de la permanence. {PER:Gayane}, la juriste,
        m'a expliqué que je pouvais demander le divorce et la garde. Maître {PER:Chaumont} a obtenu une
        ordonnance de protection en février. {PER:Aram} n'a plus le droit de m'approcher. Aujourd'hui,
        {PER:Tatevik} est en CE2 et je travaille dans une boulangerie arménienne, chez {PER:Hovig}.
        Mon numéro France Travail : {ID:4218736F}.
        """,
        ["family_law", "violence_psychological", "legal_support"],
    ),
    (
        "t18-fr-31", "fr",
        """
        Note de la maraude de Strasbourg, {LOC:quartier Gare}, mardi 4 février. |
        Équipe : {PER:Iryna}, {PER:Kalonji Mbuyi}, {PER:Solène}. |
        Une femme du foyer, {PER:Svitlana}, nous attend {LOC:rue du Maire-Kuss}. Elle a quitté Kharkiv
        en 2022 avec sa fille {PER:Sofiia}. Elle est tombée sur un homme, {PER:Dmytro}, qui lui a trouvé
        des clients et prend la moitié de ce qu'elle gagne. Elle boit pour tenir et a perdu douze kilos.
        {PER:Iryna} lui parle en ukrainien ; {PER:Svitlana} accepte un rendez-vous au CSAPA avec le
        docteur {PER:Koenig}. {PER:Kalonji Mbuyi} lui donne un colis alimentaire et des tickets
        service. {PER:Solène} note son numéro, {PHONE:07 00 63 28 15}. Plus loin, {PER:Olha}, qui ne
        voulait pas nous parler en décembre, demande du lubrifiant. Prochain passage jeudi ; {PER:Iryna}
        rappellera {PER:Svitlana} avant.
        """,
        ["addiction", "violence_economic", "food_security"],
    ),
    (
        "t18-fr-32", "fr",
        """
        Procès-verbal de la réunion de l'équipe santé, Lausanne, 18 septembre. |
        Présentes : {PER:Fanja Rasoanaivo}, {PER:Constance}, {PER:Senait Ghebremedhin}, {PER:Blanche}, {PER:Tenzin}. |
        Excusées : {PER:Haingo}, {PER:Rivo Andriamanana}. |
        1. Situation de {PER:Pema}, tibétaine, 31 ans : test VIH positif le 9. {PER:Tenzin}
        l'accompagne chez le docteur {PER:Cavin} pour le début du traitement. {PER:Pema} ne veut pas que
        son compagnon, {PER:Sonam}, le sache pour l'instant. |
        2. {PER:Senait Ghebremedhin} signale que {PER:Mehret}, de Keren, a été frappée par un client
        {LOC:avenue de Sévelin}. Certificat fait au CHUV. |
        3. {PER:Fanja Rasoanaivo} propose un atelier sur les droits avec Maître {PER:Zufferey}. |
        4. Divers : {PER:Blanche} rappelle que la ligne de l'équipe change : {PHONE:021 555 64 09}. |
        Prochaine réunion le 2 octobre. Procès-verbal envoyé à {PER:Haingo} et à {PER:Rivo Andriamanana}.
        """,
        ["hiv_care", "violence_physical", "rights_awareness"],
    ),
    (
        "t18-fr-33", "fr",
        """
        Fil WhatsApp « les copines », Montpellier, quartier {LOC:Figuerolles}, 2 mai. |
        {PER:Ayaan} : {PER:mehret} t'es où ? on t'attend devant la pharmacie |
        {PER:Mehret} : j'arrive, je suis chez {PER:tsega}, {LOC:rue du Faubourg-Figuerolles} |
        {PER:Ayaan} : {PER:rahel} dit que le type à la moto est revenu cette nuit |
        {PER:Rahel} : oui il a pris le sac de {PER:nardos} avec l'argent de la semaine et il l'a poussée par terre |
        {PER:Mehret} : elle va bien ? |
        {PER:Rahel} : elle a mal au poignet. on l'emmène aux urgences de Lapeyronie à 14 h |
        {PER:Ayaan} : je préviens {PER:Sandrine} de l'asso, son num c'est {PHONE:06 39 98 70 26} |
        {PER:Nardos} : merci les filles. je veux porter plainte cette fois |
        {PER:Rahel} : on vient avec toi. {PER:abeba} garde ton fils |
        {PER:Mehret} : et on ne sort plus seules la nuit. on fait la tournée à deux, comme a dit {PER:Sandrine} |
        {PER:Nardos} : ok. bisous à {PER:tsega} et à {PER:abeba} |
        """,
        ["violence_economic", "violence_physical", "peer_support"],
    ),
    (
        "t18-fr-34", "fr",
        """
        Témoignage recueilli à Oujda, quartier {LOC:Lazaret}, par {PER:Latifa}, assistante sociale. |
        Je m'appelle {PER:Kahindo}, je viens de Goma. J'ai traversé le Niger avec mon mari, {PER:Bahati},
        et une amie, {PER:Neema}. À la frontière, des hommes armés ont séparé les femmes des hommes. Ce
        qui m'est arrivé cette nuit-là, je ne l'ai dit qu'à {PER:Neema}. Depuis, je ne dormais plus, je
        revoyais leurs visages. {PER:Bahati} a été refoulé ; je ne sais pas où il est. À Oujda, j'ai
        dormi trois semaines dans la forêt de {LOC:Sidi Maafa} avec {PER:Neema} et {PER:Furaha}. C'est
        {PER:Latifa} qui nous a trouvées. Elle m'a emmenée à l'hôpital Al Farabi, chez la docteure
        {PER:Berrada}, puis chez une psychologue, Mme {PER:Ouazzani}, qui parle un peu swahili grâce à
        un interprète, {PER:Amani}. Je parle, je pleure, et je dors quatre heures de suite maintenant.
        Mon numéro au HCR est {ID:OUJ-24-00871}. Je cherche toujours {PER:Bahati}. Si quelqu'un l'a vu,
        qu'il appelle {PER:Latifa} au {PHONE:+212 536 55 42 18}.
        """,
        ["violence_sexual", "mental_health", "access_to_care"],
    ),
    (
        "t18-fr-35", "fr",
        """
        Liège, le 6 mars. Lettre de {PER:Arbëresha} à l'équipe. |
        Chère {PER:Constance}, cher {PER:Jef}, chère {PER:Fatou}, |
        Il y a un an, je suis arrivée chez vous avec un œil fermé et le numéro de {PER:Driton} qui
        sonnait toutes les dix minutes. {PER:Driton} était mon « fiancé » ; il m'avait fait venir de
        Pristina et me mettait dans une vitrine de la {LOC:rue de l'Agneau}. Vous m'avez trouvé une
        chambre, vous m'avez accompagnée chez Maître {PER:Lejeune}, et {PER:Fatou} est restée avec moi
        toute la nuit au commissariat. Le procès a eu lieu en janvier : {PER:Driton} et son frère,
        {PER:Valon}, ont été condamnés. Ma sœur {PER:Lirije} est venue de Ferizaj pour l'audience. Je
        travaille maintenant dans une cuisine, au {LOC:restaurant Le Pot au Lait}, et je paie mon loyer
        seule. {PER:Jef}, merci pour les cours de conduite. {PER:Constance}, merci d'avoir cru en moi
        avant moi. Je vous embrasse. |
        {PER:Arbëresha}
        """,
        ["trafficking", "legal_support", "income_employment"],
    ),
    (
        "t18-fr-36", "fr",
        """
        Marrakech, {LOC:quartier Daoudiate}. Note de l'éducatrice {PER:Nezha}. |
        {PER:Ebere}, nigériane, et {PER:Nkechi}, sa cadette, louent une chambre {LOC:derb Sidi Bouamar}
        chez un homme qu'elles appellent « {PER:Big Mo} ». {PER:Big Mo} encaisse le loyer et demande en
        plus « sa part » de leurs gains. Hier il a jeté leurs affaires dans la rue. {PER:Ebere} a dormi
        au {LOC:café Atlas Star} avec {PER:Nkechi}. Ce matin, l'équipe les a reçues : {PER:Chinonso},
        un cousin installé à Casablanca, peut les accueillir une semaine. La docteure {PER:Lahlou} a
        vu {PER:Nkechi} pour une infection ; traitement donné. Demande d'hébergement au centre de Mme
        {PER:Skalli}. {PER:Ebere} veut apprendre la coiffure ; {PER:Nezha} l'inscrit à l'atelier de
        {PER:Imane}. Téléphone d'{PER:Ebere} : {PHONE:+212 7 08 33 91 56}. Mail de contact du cousin :
        {EMAIL:chinonso.eze@naijamail.example}.
        """,
        ["housing", "violence_economic", "sti_care"],
    ),
    (
        "t18-en-01", "en",
        """
        My name is {PER:Blessing Ehigiator}. I was born in Benin City and I came to Dublin at nineteen,
        through a woman everyone called Madam {PER:Joy}. I did not feel much joy. Madam {PER:Joy} said I
        owed her forty thousand euro and her driver, {PER:Osaro}, took me every night to a flat on
        {LOC:Gardiner Street}. When I got sick he said I was lazy. A girl from Ghana, {PER:Efua}, gave me
        a card from a support service. I hid it for two months in my shoe. One Sunday, at {PER:Efua}'s
        flat in {LOC:Phibsborough}, I called. {PER:Faith}, the outreach worker, came with a Garda, Sergeant
        {PER:Whelan}. They took me to a safe house. Now I have a PPS number, {ID:8274613WA}, and I am in
        the national referral mechanism. I still see {PER:Efua} every week. I pray for {PER:Precious}
        and {PER:Osas}, who are still with Madam {PER:Joy}. I want them to see what I see now: hope.
        """,
        ["trafficking", "civil_documents"],
    ),
    (
        "t18-en-02", "en",
        """
        Minutes of the Tuesday peer group, Leeds. |
        Present: {PER:Summer}, {PER:Dawn Kilbride}, {PER:Senait}, {PER:Amber}, {PER:Roxana Căldăraru}, {PER:Crystal}. |
        Apologies: {PER:Ruby}, {PER:Luljeta}. |
        Facilitator: {PER:Hope Adeyemi}. |
        {PER:Dawn Kilbride} said a punter on {LOC:Spencer Place} had taken her phone and money; she has
        reported it, crime reference {ID:13/204718/26}. {PER:Summer} said the managed zone in
        {LOC:Holbeck} feels less safe since the lights went. {PER:Roxana Căldăraru} translated for a
        newer woman, {PER:Florentina}, who had been slapped by a man she calls "{PER:Skinny}".
        {PER:Crystal} suggested a buddy system. {PER:Senait} offered to walk with {PER:Florentina}.
        {PER:Amber} brought leaflets from Chapeltown Health Centre about free testing. {PER:Hope Adeyemi}
        reminded the group that Ugly Mugs alerts go out on Thursdays. It was summer in here today,
        {PER:Summer} joked. Next session: 14 October. Minutes to {PER:Ruby} and {PER:Luljeta} by text.
        """,
        ["peer_support", "violence_economic", "violence_physical"],
    ),
    (
        "t18-en-03", "en",
        """
        Referral form — Manchester |
        Name: {PER:Siriporn Wongsawat} ("{PER:Nok}") |
        Date of birth: 03/11/1989 |
        Phone: {PHONE:07700 900418} |
        Address: {LOC:Flat 6, 41 Wilmslow Road} |
        NHS number: {ID:485 777 3456} |
        Referred by: {PER:Grace Okafor}, outreach |
        Reason: {PER:Nok} works at the {LOC:Golden Lotus massage parlour} in {LOC:Rusholme}, run by a man
        she calls Mister {PER:Lek}. Mister {PER:Lek} keeps half of her takings and the passport of her
        friend {PER:Ratana}. Last week a customer refused to pay and hit {PER:Nok} when she asked. She has
        a burning pain when passing urine and has not seen a doctor since she arrived. {PER:Grace Okafor}
        speaks no Thai; {PER:Ratana} interpreted. Request: sexual health appointment with Dr {PER:Haslam}
        at the Hathersage Centre, and a call from {PER:Pranee} at the Thai women's project. |
        Consent to share: yes, with {PER:Pranee} only. |
        Notes: do not call between 10 am and 2 am; {PER:Lek} checks the phones.
        """,
        ["sti_care", "violence_economic", "access_to_care"],
    ),
    (
        "t18-en-04", "en",
        """
        I'm {PER:Mo}. Everyone in Cardiff calls me {PER:Mo}, but my mother named me {PER:Mercy Mbuyi}.
        I left Kinshasa at sixteen. In {LOC:Butetown} I shared a room with {PER:Destiny} and {PER:Dean}, a lad
        from {LOC:Splott} who said he loved me. {PER:Dean} took my money for "rent" and for his habit, and
        soon for mine. By the winter I was using every day, sleeping under the railway bridge on
        {LOC:Bute Street}. A nurse from the van, {PER:Rhiannon}, kept coming back. She never lectured
        me. She got me onto a script and to a hostel on {LOC:Newport Road}. I've been clean for a year
        now. {PER:Destiny} is at college. {PER:Dean} is in prison in Swansea. I go to a meeting on
        Wednesdays with {PER:Gwen} and {PER:Rich}, an older man who lost everything to heroin and got it
        back. My keyworker is {PER:Bethan Pryce}; her number is {PHONE:029 2018 0734}. I'm proud of myself.
        That's new.
        """,
        ["addiction", "housing", "self_esteem"],
    ),
    (
        "t18-en-05", "en",
        """
        Q: How did you end up in Birmingham? |
        A: A man called {PER:Besnik Rama} met me in Tirana and said there was work in a car wash. I'm
        {PER:Ermira}. He brought me and another girl, {PER:Anjeza}, in the back of a lorry. |
        Q: What happened then? |
        A: He put us in a house on {LOC:Soho Road} in {LOC:Handsworth}. Men came every night. {PER:Besnik}
        said my family in Elbasan would pay if I ran. |
        Q: How did you get out? |
        A: Police raided the house. DC {PER:Marsh} and an interpreter, {PER:Teuta}, were kind. I was
        scared of them at first. |
        Q: And now? |
        A: I'm in a safe house. My NRM reference is {ID:NRM-2025-118402}. I see a counsellor, {PER:Joy
        Mensah}, every Friday; she helped me with the nightmares. {PER:Anjeza} went home. My brother
        {PER:Arben} knows the truth now, and he still calls me his little sister.
        """,
        ["trafficking", "mental_health", "family_relations"],
    ),
    (
        "t18-en-06", "en",
        """
        From: {PER:Faith Mwangi} <{EMAIL:faith.m AT umbrella-lane DOT example}> |
        To: {PER:Crystal Doherty} <{EMAIL:c.doherty@glasgow-housing.example}> |
        Subject: Emergency accommodation for {PER:Amina} |
        Hi {PER:Crystal}, |
        I'm writing about {PER:Amina Yusuf}, 24, who we have supported since March. {PER:Amina} is from
        Hargeisa and has leave to remain (BRP {ID:ZU4087216}). Her partner, {PER:Abdiqani}, threw her out
        of their flat in {LOC:Govanhill} on Saturday and kept her bank card. She spent two nights at a
        friend's, {PER:Hibo}, on {LOC:Allison Street}, but {PER:Hibo} has four children in two rooms.
        {PER:Amina} is frightened; {PER:Abdiqani} has been texting her cousin {PER:Sahra} asking where she is.
        Could you look at a place in a women-only project? She can be reached on {PHONE:07700 900652}
        or through me. Our housing link, {PER:Ruby}, can come to any appointment. |
        Thanks, |
        {PER:Faith}
        """,
        ["housing", "violence_economic", "violence_physical"],
    ),
    (
        "t18-en-07", "en",
        """
        Outreach log, London, Friday 7 March. |
        9.30 pm: Out with {PER:Precious} and {PER:Xiadani}. Van parked on {LOC:Sussex Gardens}. |
        10.05 pm: {PER:A-Mei}, who refused our tea last month, comes over. She works in a flat above a
        shop on {LOC:Gerrard Street}. The man who rents it, {PER:Ah Keung}, keeps her wages "safe". |
        10.40 pm: {PER:Xiadani} explains PrEP in Mandarin. {PER:A-Mei} takes condoms and a card for the
        clinic at St Thomas' Hospital. |
        11.15 pm: {PER:Meiling}, {PER:A-Mei}'s flatmate, asks about a test for hepatitis B. Booked for
        Tuesday with Dr {PER:Osei}. |
        11.50 pm: A woman called {PER:Kalinda} tells {PER:Precious} that a man in a grey van followed her
        down {LOC:Praed Street}. Reported to Ugly Mugs. |
        12.30 am: Back to base. {PER:Precious} calls {PER:Yufei} at the Chinese women's helpline,
        {PHONE:020 7946 0583}, to set up a visit for {PER:A-Mei}. |
        Notes: {PER:Ah Keung} has a red Mercedes. Do not approach.
        """,
        ["hiv_prevention", "hiv_sti_testing", "violence_economic"],
    ),
    (
        "t18-en-08", "en",
        """
        I am {PER:Senait Habte}, from Asmara. I crossed to Libya with my friend {PER:Mehret} in 2017. In
        Bani Walid a man called {PER:Kidane} held us for ransom. He beat us and phoned our families so
        they would hear us cry. My uncle {PER:Tekle} sold his land to pay. {PER:Mehret} did not get out.
        When I reached Leeds, I could not sleep in a room with a closed door. A volunteer at the drop-in
        on {LOC:Chapeltown Road}, {PER:Dawn}, noticed I never sat down. She introduced me to {PER:Selam},
        a counsellor who speaks Tigrinya, and to Dr {PER:Pickersgill}. Every Thursday for a year I told
        {PER:Selam} a little more. At dawn I used to wake screaming; now I wake at seven and make coffee
        the Eritrean way for {PER:Dawn} and the other women. I have my Home Office decision, reference
        {ID:H1093847/2}. I light a candle for {PER:Mehret} every year on her birthday.
        """,
        ["mental_health", "violence_physical", "trafficking"],
    ),
    (
        "t18-en-09", "en",
        """
        Helpline sheet — Belfast, Monday night shift. |
        Call 1, 11.12 pm. Caller: {PER:Oksana}, Ukrainian, living on {LOC:Donegall Pass}. A client,
        "{PER:Stevie}", filmed her without consent and says he'll send the video to her husband
        {PER:Taras} in Lviv unless she sees him for free. She is terrified. Advised: keep messages,
        call 999 if in danger; offered a call back from our adviser, {PER:Siobhán Quinn}. |
        Call 2, 11.40 pm. Caller: {PER:Nadiya}, friend of {PER:Oksana}, asks if {PER:Oksana} can report
        without being deported. Explained that she has the right to report and that PSNI officer
        {PER:McCrory} on the sexual-crimes team is trained for this. |
        Call 3, 12.25 am. {PER:Oksana} again. She gives her number, {PHONE:07700 900277}, and e-mail,
        {EMAIL:oksana.kh@ukrpost-mail.example}. {PER:Siobhán Quinn} to call her at 10 am. |
        Handover to {PER:Grainne}: check whether {PER:Stevie} has been reported before.
        """,
        ["violence_psychological", "rights_awareness", "legal_support"],
    ),
    (
        "t18-en-10", "en",
        """
        Case note — Bristol, {LOC:St Pauls}. |
        Client: {PER:Rosângela Ferreira} ("{PER:Rosa}"), 33, Brazilian, from Goiânia. |
        {PER:Rosa} attended with her friend {PER:Gleice}. She learnt in August that she is HIV positive
        and stopped her tablets after three weeks because her boyfriend, {PER:Wellington}, found them and
        told everyone at the salon on {LOC:Stokes Croft}. She has lost clients and friends. She says
        "nobody will touch me now". Her viral load is unknown. Dr {PER:Adebayo} at the Unity clinic is
        happy to see her again on Thursday; {PER:Gleice} will come. Our peer mentor, {PER:Joy}, lives
        with HIV herself and offered to meet {PER:Rosa} for a coffee at {LOC:Café Kino} before the
        appointment. {PER:Rosa} agreed, with some joy in her voice. She also asked about her son,
        {PER:Davi}, who is with her mother in Goiânia; she wants to tell him one day. |
        Clinic number: {ID:UBC-0048213}. |
        Mobile: {PHONE:07700 900915}. |
        Worker: {PER:Tamsin Hale}
        """,
        ["hiv_care", "stigma_discrimination", "peer_support"],
    ),
    (
        "t18-en-11", "en",
        """
        I'm {PER:Haingo}, from Antananarivo. I married an Englishman, {PER:Graham Pike}, whom I met
        online, and moved to Newcastle. He kept my passport in his desk and gave me twenty pounds a week.
        When I asked for more, he said I was a gold-digger and sent me to "entertain" his friend
        {PER:Trev}. I cried in the bathroom and sent voice notes to my sister, {PER:Fanja}, in
        Toamasina. She found a Malagasy woman in the north-east on Facebook, {PER:Lalaina}, who came to
        the house on {LOC:Chillingham Road} when {PER:Graham} was at work. {PER:Lalaina} took me to the
        women's centre. A solicitor, Mrs {PER:Armstrong}, applied for my visa as a victim of domestic
        abuse. My Home Office reference is {ID:P2217064}. I now live in a refuge and work in a bakery
        on {LOC:Shields Road}, where my boss, {PER:Ngozi}, pays me every Friday. {PER:Fanja} cried when
        I told her.
        """,
        ["violence_economic", "civil_documents", "violence_sexual"],
    ),
    (
        "t18-en-12", "en",
        """
        Minutes, sex workers' forum, Cork. |
        Present: {PER:Ruby Coughlan}, {PER:Mariana Vasquez}, {PER:Ailbhe}, {PER:Blessing}, {PER:Tuyet},
        {PER:Niamh O'Driscoll}. |
        Apologies: {PER:Dayanara}. |
        Guest: Sister {PER:Bernadette}, from the drop-in. |
        {PER:Ruby Coughlan} opened by reading the 2017 law on buying sex. {PER:Mariana Vasquez}, from
        Lima, described being fined by gardaí while working with {PER:Tuyet} in a flat on
        {LOC:MacCurtain Street}; the law says the buyer is the offender, not her. {PER:Blessing} asked how
        to complain. Sister {PER:Bernadette} explained GSOC and offered to help. {PER:Tuyet} said that in
        Hai Phong she never knew she had rights; now she reads them in Vietnamese on a leaflet
        {PER:Ailbhe} printed. {PER:Niamh O'Driscoll} agreed to contact Garda {PER:Hegarty}, the liaison
        officer. Next meeting: second Tuesday. {PER:Dayanara} to get the minutes by e-mail at
        {EMAIL:dayanara.r@corkmail.example}.
        """,
        ["police_harassment", "rights_awareness", "peer_support"],
    ),
    (
        "t18-en-13", "en",
        """
        Q: What's your name? |
        A: {PER:Enkhtuya}. People here say {PER:Tuya}. I'm from Darkhan, in Mongolia. |
        Q: How did you come to London? |
        A: As a student. My fees were paid by a man from home, {PER:Ganbold}, who then said I had to pay
        him back "with my body". He rented a room for me in {LOC:Colindale}. |
        Q: Did anyone know? |
        A: My classmate {PER:Khulan} guessed. She took me to a nurse, {PER:Summer Blake}, at the
        university. I was pregnant. {PER:Summer} explained all my choices and never pushed me. I decided
        to end the pregnancy, and I'm at peace with that. |
        Q: What happened with {PER:Ganbold}? |
        A: A lawyer, Ms {PER:Oyelaran}, wrote to him. He stopped. Now I work in a shop on
        {LOC:Edgware Road} for my friend {PER:Narantsetseg} and study in the evenings. Last summer I
        went home for the first time and hugged my grandmother, {PER:Oyun}.
        """,
        ["reproductive_health", "violence_sexual", "income_employment"],
    ),
    (
        "t18-en-14", "en",
        """
        Glasgow, 20 May. |
        Dear {PER:Hope}, |
        You won't remember me. I'm {PER:Losana}, the Tongan girl who turned up at your office on
        {LOC:Argyle Street} four years ago with a black eye and no coat. My boyfriend then,
        {PER:Sione}, used to tell me I was worthless, that nobody in Nuku'alofa or here would want a girl
        who did what I did. I believed him. You sat with me for two hours and asked me what I was good
        at. I said nothing. You said, "Let's find out." You sent me to {PER:Morag} at the college for
        the beauty course and to {PER:Tevita}, who runs the Pacific choir in {LOC:Partick}. I sing now.
        I have a job at a salon on {LOC:Byres Road}; my manager, {PER:Precious Dube}, says my nails are
        the neatest in the city. {PER:Sione} is long gone. My little sister {PER:Mele} has come to
        study here, and I tell her what you told me. I never lost hope after that day, {PER:Hope}. |
        With love, |
        {PER:Losana}
        """,
        ["self_esteem", "vocational_training", "violence_psychological"],
    ),
    (
        "t18-en-15", "en",
        """
        My name is {PER:Tharani Sivakumar}. I am Tamil, from Jaffna, and I live in north-west London. For nine years
        my husband, {PER:Kumaran}, controlled everything: my wages from the cleaning job, my phone, even
        who I could speak to at the temple. After he lost his job he made me sleep with his friend
        {PER:Rajan} to cancel a debt. My daughter {PER:Abirami} heard me crying through the wall. One day
        at the GP surgery on {LOC:Station Road}, Dr {PER:Mahendran} asked me directly if I was safe. I
        said no. She gave me the number of an advocate, {PER:Vasanthi}, who speaks Tamil. With
        {PER:Vasanthi} I went to the police; my crime reference is {ID:01/284736/25}. A solicitor,
        Mr {PER:Balasingham}, is handling the divorce and the children's arrangements. {PER:Kumaran} is
        not allowed near our new flat in {LOC:Wealdstone}. {PER:Abirami} and her brother {PER:Kavin}
        sleep well now. My sister {PER:Shanthi} came from Toronto for a month and cooked for us.
        """,
        ["violence_sexual", "violence_economic", "family_law"],
    ),
    (
        "t18-en-16", "en",
        """
        Outreach log, Glasgow, {LOC:Anderston}, Wednesday. |
        10.00 pm: Out with {PER:Faith} and {PER:Marisol}. |
        10.25 pm: {PER:Dawn}, who didn't want to talk last week, waves us over. She's been sleeping in a
        stairwell on {LOC:Argyle Street} since her landlord, a man called {PER:Big Tam}, changed the locks. |
        10.50 pm: {PER:Faith} calls the homelessness team. Assessment booked for 9 am with {PER:Eilidh}. |
        11.30 pm: {PER:Luz Mamani}, Bolivian, asks for a food bank voucher for herself and her sister
        {PER:Rosmery}. Given. |
        12.10 am: A Filipina woman, {PER:Jhen}, says a man called {PER:Rich} is following the women from
        the {LOC:Waterloo Bar}. {PER:Marisol} notes his car. |
        12.45 am: {PER:Dawn} accepts a hostel bed for tonight. {PER:Faith} drives her. |
        1.20 am: Back at base. Call {PER:Luz Mamani} tomorrow on {PHONE:07700 900386}.
        """,
        ["housing", "food_security", "peer_support"],
    ),
    (
        "t18-en-17", "en",
        """
        I'm {PER:Gulalai}. I fled Kandahar with my aunt, {PER:Hawa}, after my father promised me to a
        man of sixty. In London we stayed with a cousin, {PER:Nasir}, in {LOC:Southall}. He said there
        was no free food in England and found me "work". For two years I was passed from house to house.
        The shame was the worst; I thought I was dirty forever. A health visitor, Mrs {PER:Kaur}, came to
        see my aunt and saw the bruises on my arms. She spoke to me alone. She sent me to {PER:Zarghuna},
        a Pashto-speaking worker, and to a therapist, Dr {PER:Ellis}. With {PER:Zarghuna} I learnt that
        what happened was a crime against me, not my sin. I now live in a shared house in {LOC:Hayes}
        with {PER:Mursal} and {PER:Shukria}, two Afghan women from the same project. I'm studying for my
        English exam and I want to be a nurse like Mrs {PER:Kaur}. {PER:Nasir} was arrested last spring.
        My aunt {PER:Hawa} says I walk differently now, with my head up.
        """,
        ["trafficking", "self_esteem", "mental_health"],
    ),
    (
        "t18-en-18", "en",
        """
        Referral form — Birmingham |
        Name: {PER:Nguyen Thi Thu} |
        Known as: {PER:Thu} |
        DOB: 14/02/2002 |
        Phone: {PHONE:0121 496 0752} |
        Address: {LOC:Flat 2, 118 Stratford Road}, {LOC:Sparkhill} |
        NI number: {ID:QQ 72 41 83 C} |
        Referred by: PC {PER:Grewal}, West Midlands Police |
        Reason: {PER:Thu} was found in a nail bar on {LOC:Ladypool Road} during a visit by PC
        {PER:Grewal}. She says the owner, {PER:Hung}, paid for her journey from Ha Tinh through Paris and
        that she still owes twenty thousand pounds. {PER:Hung}'s wife, {PER:Linh}, keeps her passport.
        {PER:Thu} sleeps on a mattress above the shop with another girl, {PER:Mai}. She agreed to speak
        to {PER:Quynh}, our Vietnamese caseworker, and to consider the NRM. |
        Consent: yes. |
        Safe contact: through {PER:Quynh} only, not by phone.
        """,
        ["trafficking", "violence_economic"],
    ),
    (
        "t18-en-19", "en",
        """
        I'm {PER:Rojin Baran}. I'm Kurdish, from Diyarbakır, and I've lived in Liverpool since 2019. In
        2019-2021 I worked for a man called {PER:Serhat} in a flat above a barber's on
        {LOC:Smithdown Road}. He took my money and said the police would send me back to Turkey. When my
        period was late I panicked. My friend {PER:Dilan} took me to the sexual health clinic at the
        Royal, where a nurse called {PER:Grace} did a pregnancy test and an HIV test. Both were negative.
        {PER:Grace} gave me the implant and a leaflet in Kurdish. Then {PER:Dilan} introduced me to
        {PER:Hevin}, who runs a women's group in {LOC:Kensington} on Saturdays. There I met {PER:Amber},
        a Scouse woman who left the game years ago and now trains as a counsellor. {PER:Serhat} moved to
        Manchester. I have a new phone, {PHONE:07700 900164}, and a job at a bakery with {PER:Zilan}.
        """,
        ["reproductive_health", "hiv_sti_testing", "peer_support"],
    ),
    (
        "t18-en-20", "en",
        """
        From: {PER:Destiny Amadi} <{EMAIL:destiny (at) limerick-outreach (dot) example}> |
        To: {PER:Dean Murphy} <{EMAIL:dean.murphy@tusla-partners.example}> |
        Subject: {PER:Mbalia}'s children |
        Dear {PER:Dean}, |
        Thank you for meeting {PER:Mbalia Kanneh} yesterday. As discussed, {PER:Mbalia} is from Gbarnga
        in Liberia and came to Limerick in 2016. Her ex-partner, {PER:Tyrone Keane}, has not paid
        anything for the two children, {PER:Kemah} and {PER:Jartu}, since he left, and he has threatened
        to take them to his mother in Ennis. She has an IRP card, {ID:IRL 8830127}, and a PPS number,
        {ID:7719042KA}. Our solicitor, Ms {PER:Fitzgerald}, will apply to the District Court for
        maintenance and custody. {PER:Mbalia}'s sister, {PER:Musu}, can mind the children on court days.
        Please call me on {PHONE:+353 87 555 0193} if you need more. |
        Kind regards, |
        {PER:Destiny}
        """,
        ["family_law", "family_relations", "legal_support"],
    ),
    (
        "t18-en-21", "en",
        """
        Q: Tell us who you are. |
        A: {PER:Mădălina Stoica}, but everyone in Sheffield calls me {PER:Mădă}. I'm Roma, from
        Tulcea. |
        Q: What brought you to the project? |
        A: My cousin {PER:Costel} brought me over to "sell the Big Issue". Really he put me on
        {LOC:London Road} at night and took every penny. When I said no, he burnt my arm with a
        cigarette. His wife, {PER:Nicoleta}, laughed. |
        Q: Who helped you? |
        A: {PER:Crystal}, a woman who works the same street, and a nurse, {PER:Precious Moyo}, from the
        van. {PER:Precious} took me to A&E at the Northern General. The police came; DC {PER:Atherton}
        took my statement with an interpreter, {PER:Ileana}. |
        Q: How are things now? |
        A: {PER:Costel} is on trial. I live with {PER:Crystal} in {LOC:Sharrow} and I'm learning to read
        English. My little boy, {PER:Denis}, joined me in June.
        """,
        ["violence_physical", "violence_economic", "legal_support"],
    ),
    (
        "t18-en-22", "en",
        """
        Minutes, health committee of the women's drop-in, London, {LOC:Hackney Wick}. |
        Present: {PER:Faith Okoro}, {PER:Mirela Bajrami}, {PER:Nanami}, {PER:Jamila}, {PER:Ketevan Beridze}, {PER:Anouk}. |
        Apologies: {PER:Joy}, {PER:Ruby Tan}. |
        1. {PER:Ketevan Beridze} reported that {PER:Nino}, a Georgian woman who joined in May, started
        HIV treatment at the Homerton and has an undetectable viral load. {PER:Nino} asked to thank the
        group. |
        2. {PER:Nanami}, from Osaka, asked about PrEP for women; {PER:Anouk} will invite Dr {PER:Ferreira}
        from the clinic. |
        3. {PER:Mirela Bajrami} said two Albanian women on {LOC:Mare Street} were refused registration
        by a GP because they had no address. {PER:Faith Okoro} will write to the practice. |
        4. {PER:Jamila} will run the next tea at {LOC:Café Oto}. |
        Minutes to {PER:Joy} and {PER:Ruby Tan} at {EMAIL:dropin-minutes[at]hackneywomen[dot]example}.
        """,
        ["hiv_care", "hiv_prevention", "access_to_care"],
    ),
    (
        "t18-en-23", "en",
        """
        Casablanca, {LOC:Hay Mohammadi}. Interview with {PER:Kadiatou}, recorded by {PER:Salma}, peer
        educator. |
        I'm from Guinea, from Kankan. I came to Morocco with my friend {PER:Aissatou} and a man from
        Ouagadougou, {PER:Boukary}, who said he knew a way to Spain. In Casablanca he left us in a room
        in {LOC:Sidi Moumen} and disappeared with our money. To eat, we went with men. A policeman we
        called {PER:Rambo} stopped me every week and asked for two hundred dirhams. One night he pushed me
        into his car. {PER:Salma} found me the next morning near the {LOC:café Al Manar}. She took me to
        Dr {PER:Kettani}, who gave me emergency treatment to prevent HIV. Now I know where to go and what
        my rights are. {PER:Aissatou} works in a tailoring workshop with Mrs {PER:Chraibi}. I call
        {PER:Salma} on {PHONE:+212 6 70 44 18 29} when I am scared.
        """,
        ["police_harassment", "violence_sexual", "hiv_prevention"],
    ),
    (
        "t18-en-24", "en",
        """
        I'm {PER:Yara Lopes}, from Mindelo in Cape Verde. I live in Dublin now, in {LOC:Stoneybatter}.
        I came with my boyfriend {PER:Nelson}, who said we would both work in hotels. In Dublin he sent me
        to men he met online and kept the money for his betting. When I got sick he said it was my
        fault. My friend {PER:Grace}, from Lagos, took me to the GUIDE clinic at St James's Hospital.
        They tested me for everything; I had syphilis. Dr {PER:Ní Bhriain} gave me the injections and
        explained it was curable. {PER:Grace} said, "By the grace of God, it's only that." After that I
        found the courage to leave {PER:Nelson}. I rented a room from a Brazilian woman, {PER:Cleide},
        on {LOC:Manor Street}. I work in a café now, for {PER:Aoife}, and I send money to my son
        {PER:Kelvin} in Mindelo. My clinic number is {ID:GU-26-04417}.
        """,
        ["sti_care", "hiv_sti_testing", "violence_economic"],
    ),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train18.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
