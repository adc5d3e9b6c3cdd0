"""Generate tests/data/analysis_train15.jsonl, training set 15 of the analysis engine.

Written on 2026-12-02 by the writer ``train15``. Read beforehand: the rules
of the worktrees (COMMON.md), the codebook (theme keys and personal-data
labels), the file names of shared/context/ and the first 100 lines of the
CHAMS capitalisation sheet (setting only), the marking conventions stated in
the docstring of make_analysis_blind11.py, and tests/data/gold_marks.py. The
engine (msc/), the tests and the stories of the other sets were not read.

A TRAINING set (not blind): it may be used to fit the statistical tagger.

Composition: 60 fictional stories (no real person; real cities, streets and
neighbourhoods, invented people, numbers, addresses and e-mail domains),
80-250 words each, 1-3 gold themes each:
- 44 in French (lang "fr", ids t15-fr-01..44), written by Moroccan teams
  (CHAMS/ALCS: Agadir, Marrakech, Casablanca, Rabat, Tanger, Fès, Meknès,
  Oujda, Inezgane, Aït Melloul, Tiznit, Taroudant, Essaouira) and by French
  teams (Bordeaux, Toulouse, Montpellier, Marseille) about Moroccan,
  Algerian, Tunisian and sub-Saharan (Ivorian, Guinean, Congolese, Malian,
  Cameroonian, Nigerian) women;
- 16 mixing French and Darija in Latin letters (lang "ary", ids
  t15-mix-01..16): SMS and WhatsApp threads (lowercase names, no accents,
  arabizi 3/7/9, a sender label on every line, nicknames, vocatives),
  transcribed voice messages, follow-up forms quoting Darija.

What it brings: structured material where names stand without sentence
context (follow-up forms with Nom/Prénom/Surnom/Tél/CIN fields, attendance
lists of talking groups, selection-committee minutes with votes, team
schedules, reception registers with times, helpline registers, a screening
table, a food-distribution list, day logs, e-mails with headers and
signatures), with many names per story (Arab and Amazigh, double first
names, Ait/Ouled/Ben/El family names, Algerian, Tunisian, sub-Saharan;
names after Mme, Mlle, M., Maître, Dr, Hajja, Lalla, Tata, khalti, Madam,
Mama; initials; nicknames), names that are also words used both ways
(Amal/amal, Nour/nour, Farah/farah, Hayat/hayat, Houria/houria,
Sabah/sbah), and negatives left unmarked: organisations (ALCS, ADFM,
Entraide nationale, INDH, CNDH, OIM, HCR, Association Solidarité Féminine,
Cimade, Médecins du Monde), hospitals and institutions named after people
or places (CHU Ibn Rochd, hôpital Mohammed V, CHR Hassan II, commissariat
de Noailles), a mosque, cities and countries, emergency numbers (15, 17,
19, 115), dates, amounts, laws (article 490, loi 103-13). Places: quartiers,
douars, streets and avenues (avenue Hassan II as a street), numbered
addresses, cafés, bars, hammams, salons, hotels, a snack, souks, a square.
Phones in Moroccan, French and Guinean formats; plain and obfuscated
e-mails; CIN, passports, residence cards, UNHCR cases, complaint, PV,
court, OFPRA, AME, AMO and internal file numbers.

Marking conventions: exactly those of blind set 11 (as stated in the
docstring of make_analysis_blind11.py): PER is the name only (never the
title, kinship word or SMS vocative before it; initials and Ait/Ouled/Ben/El
particles inside; every occurrence, sender labels included); LOC is cue plus
name without article or preposition, bare neighbourhood and village names,
numbered addresses from the number; PHONE the whole number, emergency
numbers unmarked; EMAIL the whole (also obfuscated) address; ID the number
only, without its cue. Large cities, countries, institutions and
organisations are not marked.

Run:  cd tests/data && python3 make_analysis_train15.py
"""
from __future__ import annotations

from pathlib import Path

from gold_marks import THEMES, write_set  # the shared helpers (tests/data/gold_marks.py)

ROWS = 60
PREFIX = "t15-"


# (id, lang, marked source, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = [
    ("t15-fr-01", "fr", """
Fiche de suivi — CSSR ALCS Agadir |
Nom : {PER:Ait Ouaziz} |
Prénom : {PER:Itto} |
Surnom : {PER:Titto} |
Âge : 31 ans |
Adresse : {LOC:douar Tikiouine}, derrière la {LOC:boulangerie Al Baraka} |
Tél : {PHONE:06 71 48 22 09} |
CIN : {ID:JB 472913} |
Paire éducatrice : {PER:Fadma Ouhssain} |
Observations : {PER:Itto} est arrivée le 3 mars avec sa voisine {PER:Tudda}. Elle a été frappée par un
client dans une chambre louée à {LOC:Anza} ; hématomes au bras et plaie à l'arcade. Le Dr {PER:Lamrani}
l'a examinée et a établi un certificat médical de 21 jours. {PER:Itto} ne veut pas porter plainte pour
l'instant, elle a peur qu'on lui oppose l'article 490 du Code pénal. {PER:Fadma} lui a expliqué que le
certificat reste valable et qu'elle peut revenir quand elle veut. Rendez-vous pris avec Maître
{PER:Bouhmidi} le 17 mars pour un simple conseil. Hébergement proposé par l'Entraide nationale refusé :
elle préfère rester chez {PER:Tudda} à {LOC:Tikiouine}.
""", ["violence_physical", "legal_support", "access_to_care"]),
    ("t15-fr-02", "fr", """
Groupe de parole du jeudi — ALCS Marrakech |
Animatrice : {PER:Nezha El Ghazouani} ; co-animatrice : {PER:Samira}, paire éducatrice |
Présentes : {PER:Khadija}, {PER:Zineb B.}, Mme {PER:Ouardighi}, {PER:Fatim Zahra}, {PER:Hayat},
{PER:Mbarka}, {PER:Rkia Ait Hammou} |
Excusée : {PER:Saadia} (enfant malade) |
Thème : le regard des autres. {PER:Zineb B.} raconte qu'au centre de santé de Sidi Youssef Ben Ali une
infirmière a refusé de la soigner en disant tout fort « celle-là, on sait ce qu'elle fait ». Mme
{PER:Ouardighi}, la plus âgée du groupe, dit qu'elle a connu pire et que maintenant elle répond.
{PER:Hayat} dit que la hayat, la vie, ne s'arrête pas à un regard, et tout le monde rit.
{PER:Fatim Zahra} propose qu'on aille à deux aux consultations, pour ne plus être seule devant le
guichet. {PER:Rkia Ait Hammou} accepte d'accompagner {PER:Zineb B.} lundi. {PER:Samira} rappelle le
numéro de la permanence, {PHONE:05 24 43 18 70}, et les horaires de la clinique. Le groupe choisit de
parler de la famille à la prochaine séance.
""", ["stigma_discrimination", "peer_support"]),
    ("t15-fr-03", "fr", """
Registre d'accueil — antenne ALCS Casablanca, mardi 14 octobre |
9h40 — {PER:Hasna}, 27 ans, venue de {LOC:Hay Mohammadi}, douleurs pelviennes, orientée vers Dr {PER:Benkirane} |
10h15 — {PER:Naïma Ouled Brahim}, 35 ans, renouvellement ARV, vue par {PER:Bouchra} (médiatrice) |
10h50 — {PER:Sara}, 19 ans, première visite, envoyée par {PER:Latifa} de {LOC:Derb Sultan} ; test rapide VIH et hépatite C, résultats remis à 11h30 |
11h20 — {PER:Malika F.}, 41 ans, frappée samedi par son compagnon, certificat demandé, appel à Maître {PER:Skalli} ({PHONE:05 22 98 14 36}) |
12h05 — {PER:Aïcha}, dite {PER:Chacha}, 23 ans, préservatifs et lubrifiant, demande la PrEP, rendez-vous jeudi |
14h30 — {PER:Hasna} revient : le Dr {PER:Benkirane} l'envoie au CHU Ibn Rochd pour une échographie |
15h10 — {PER:Sara} rappelle, elle veut parler à une psychologue ; vue par Mme {PER:Tazi} |
Tenu par : {PER:Bouchra Lahlou}
""", ["access_to_care", "hiv_sti_testing", "hiv_prevention"]),
    ("t15-fr-04", "fr", """
Je m'appelle {PER:Souad}, j'ai 33 ans et je travaille à Tanger depuis huit ans, surtout le soir vers
le {LOC:boulevard Pasteur} et au {LOC:café Nejma}. Pendant des années mon frère {PER:Abdelilah} est
venu chaque fin de mois prendre mon argent. Il disait que c'était pour notre mère, {PER:Zohra}, mais
elle n'en voyait jamais la couleur. Quand je refusais, il menaçait de raconter à tout le quartier de
{LOC:Beni Makada} ce que je faisais. Une fois il a pris mon téléphone et l'a vendu. C'est {PER:Ikram},
l'éducatrice de l'ALCS, qui m'a dit que ça aussi c'était une violence, même si c'est la famille. Elle
m'a présentée à {PER:Loubna} et à {PER:Hafsa}, qui avaient vécu la même chose. Avec elles j'ai ouvert
un compte à mon nom et j'ai commencé à vendre des msemen le matin devant le {LOC:hammam Zohour}. Ce
n'est pas beaucoup, mais c'est à moi. J'ai appelé ma mère moi-même, je lui envoie cent dirhams par
semaine. {PER:Abdelilah} ne sait pas où je dors maintenant.
""", ["violence_economic", "family_relations", "income_employment"]),
    ("t15-fr-05", "fr", """
Compte rendu du comité de sélection des histoires — ALCS Agadir, 22 novembre |
Présents : {PER:Latifa Amzil} (coordinatrice), {PER:Brahim Oubella} (psychologue), {PER:Ijja},
{PER:Hanane} et {PER:Mina Boutaleb} (paires éducatrices), Mme {PER:Aït Baha} (bénévole) |
Sept histoires ont été lues à voix haute. {PER:Hanane} défend celle de {PER:Fatima-Ezzahra}, qui a
repris contact avec sa fille élevée par sa grand-mère au {LOC:douar Tamraght} : « c'est le plus grand
changement, elle ose de nouveau frapper à la porte ». {PER:Brahim Oubella} préfère celle de
{PER:Tafsout}, cliente devenue paire éducatrice, qui dit avoir retrouvé sa fierté en parlant devant des
étudiantes en médecine. Mme {PER:Aït Baha} trouve que l'histoire de {PER:Fatima-Ezzahra} montre
mieux ce que le projet change. {PER:Ijja} s'abstient : elle connaît personnellement les deux femmes.
Vote : quatre voix pour {PER:Fatima-Ezzahra}, une pour {PER:Tafsout}. {PER:Latifa Amzil} demande que
l'histoire de {PER:Tafsout} soit gardée pour le bulletin et que le prénom soit changé avant toute
diffusion. {PER:Mina Boutaleb} se charge de relire le texte retenu avec {PER:Fatima-Ezzahra} pour son
accord.
""", ["family_relations", "self_esteem"]),
    ("t15-fr-06", "fr", """
De : {PER:Claire Dufourcq} <{EMAIL:c.dufourcq@lacase-exemple.fr}> |
À : {PER:Yasmina Belkhir} <{EMAIL:y.belkhir@poppy-bordeaux.example}> |
Objet : orientation de Mme {PER:Kadiatou Camara} |
Bonjour {PER:Yasmina}, |
Je te transmets la situation de {PER:Kadiatou Camara}, 26 ans, guinéenne, rencontrée mardi soir
{LOC:quai de Paludate} lors de la tournée avec {PER:Moussa} et {PER:Nathalie}. Elle vit dans un
squat {LOC:rue des Vignes} à Bègles avec deux compatriotes, {PER:Fanta} et {PER:Mariama D.}. Elle
a été violée il y a quatre jours par un homme qui l'avait fait monter en voiture ; elle n'a rien dit
à personne avant de nous voir. Nous l'avons accompagnée aux urgences du CHU Pellegrin pour un
traitement post-exposition, commencé dans les délais. Elle a besoin d'un suivi psychologique et d'une
aide pour sa demande d'asile (numéro de récépissé {ID:3302185647}). Tu peux la joindre au
{PHONE:06 39 98 41 27}, de préférence après 14 h, en français. |
Merci à toi, |
{PER:Claire Dufourcq} |
Accueil de jour, La CASE — {PHONE:05 56 00 98 12}
""", ["violence_sexual", "hiv_prevention", "mental_health"]),
    ("t15-fr-07", "fr", """
Main courante — permanence de nuit, Marseille, 3 février |
22h10 : appel de {PER:Nadjet}, algérienne, 38 ans, connue de l'équipe. Elle dit être enfermée dans
l'appartement du {LOC:14 boulevard de la Libération, 3e étage} par l'homme qui la loge, {PER:Mourad
Khelifi}, surnommé {PER:Momo}. Il a pris son passeport ({ID:19AL40713}) et lui réclame 2 000 euros «
de loyer ». Elle a des bleus au visage. |
22h18 : {PER:Sophie} rappelle {PER:Nadjet} sur le {PHONE:07 81 52 36 04} ; conseil d'appeler le 17,
elle refuse. On convient d'un mot : si elle écrit « la tante », on appelle nous-mêmes. |
23h02 : SMS « la tante ». {PER:Sophie} appelle la police. |
23h40 : {PER:Nadjet} est sortie avec les policiers, {PER:Momo} a été emmené. {PER:Karim} et
{PER:Elodie} la récupèrent au commissariat de Noailles et la conduisent au foyer de l'Amicale du Nid.
|
Suite à donner : plainte avec Maître {PER:Giordano} ; demander à {PER:Nadjet} si elle veut que sa
cousine {PER:Samia}, à {LOC:Saint-Mauront}, soit prévenue.
""", ["violence_physical", "violence_economic", "housing"]),
    ("t15-fr-08", "fr", """
Planning de l'équipe mobile — ALCS Marrakech, semaine du 9 au 14 juin |
Lundi : {PER:Nezha} et {PER:Abdessamad} — {LOC:Sidi Youssef Ben Ali}, puis {LOC:Bab Doukkala} (distribution
de préservatifs et de gel) |
Mardi : {PER:Hajar Oulhaj} et {PER:Mustapha} — sortie de nuit {LOC:avenue Mohammed V}, {LOC:bar Le Palmier},
{LOC:hôtel Tafilalet} |
Mercredi : {PER:Nezha} seule au local, accueil des femmes orientées par {PER:Khadija Ennaciri} de l'ADFM |
Jeudi : groupe de parole ({PER:Samira} anime) ; {PER:Abdessamad} accompagne {PER:Rachida T.} au
CHU Mohammed VI pour son bilan hépatite B |
Vendredi : pas de sortie (prière, marché) ; réunion d'équipe avec Dr {PER:Chraïbi} |
Samedi : {PER:Hajar Oulhaj} et {PER:Samira} — {LOC:place Jemaa el-Fna}, {LOC:derb Dabachi}, unité mobile
garée devant le {LOC:café Argana Jdid} |
Remarque de {PER:Mustapha} : trois femmes ont signalé la semaine dernière qu'un agent en civil leur
prend de l'argent près de la gare routière. Ne pas les nommer dans le rapport. Numéro d'astreinte :
{PHONE:06 62 17 85 40}.
""", ["hiv_prevention", "police_harassment"]),
    ("t15-fr-09", "fr", """
J'ai quitté Abidjan en 2019 avec une femme qu'on appelait Maman {PER:Joëlle}. Elle m'avait promis un
travail de coiffure au Maroc. À Agadir elle m'a logée avec six autres filles dans une maison de
{LOC:Bensergao}, et elle disait que je lui devais
trois mille euros pour le voyage. {PER:Grâce}, {PER:Awa} et moi, on travaillait toutes les nuits et elle
gardait tout. Elle avait aussi nos passeports. Une nuit un client m'a battue et Maman {PER:Joëlle} a
seulement dit de ne pas pleurer devant les autres. C'est {PER:Prisca}, une Camerounaise de l'ALCS, qui
m'a parlé de l'OIM. Avec Mme {PER:Oufkir}, l'assistante sociale, on a fait une demande au HCR ; mon
numéro de dossier est {ID:354-23C04567}. Aujourd'hui je vis chez {PER:Ama} à {LOC:Hay Dakhla}. Je fais des tresses dans un petit salon, le {LOC:salon Belle Afrique}, et je
garde ce que je gagne.
""", ["trafficking", "civil_documents", "income_employment"]),
    ("t15-fr-10", "fr", """
Message vocal transcrit (WhatsApp, 1 min 42) — de {PER:Imen} à {PER:Hélène}, équipe de Toulouse |
« Allô {PER:Hélène}, c'est {PER:Imen}, la Tunisienne, tu te rappelles, on s'est vues au bus de
{LOC:boulevard de Suisse}. Excuse-moi de te déranger. Le propriétaire m'a mise dehors ce matin, il a
mis mes affaires dans l'escalier, au {LOC:27 rue Bayard}, et il a changé la serrure. Il dit que je ramène
des hommes. J'ai payé jusqu'à la fin du mois, il m'a rien rendu. Là je suis chez {PER:Sonia}, à
{LOC:Bagatelle}, mais elle a trois enfants, je peux pas rester. J'ai appelé le 115, ils disent rappeler
ce soir. Mon fils {PER:Yassine} est chez ma sœur {PER:Amira} à Sfax, je veux pas qu'elle sache.
Est-ce que {PER:Marc} de Médecins du Monde peut m'aider pour une chambre ? Mon numéro c'est toujours
le {PHONE:07 53 18 64 92}, ou celui de {PER:Sonia}, {PHONE:06 39 98 12 77}. Rappelle-moi s'il te plaît.
Bisous. »
""", ["housing", "violence_economic"]),
    ("t15-fr-11", "fr", """
Fiche d'entretien — antenne ALCS Rabat |
Nom : {PER:Mbuyi} |
Prénom : {PER:Esther} |
Surnom : {PER:Bijou} |
Nationalité : congolaise (RDC) |
Adresse : {LOC:45 rue Oum Rabii}, {LOC:Takaddoum} |
Tél : {PHONE:+212 6 45 31 90 27} |
Carte de séjour : {ID:E 204518 R} ; attestation HCR : {ID:354-22C01988} |
Accompagnée par : {PER:Rosine Kabeya}, paire éducatrice |
Récit : le 4 août, {PER:Esther} a été arrêtée avec {PER:Blessing} et {PER:Chantal} à {LOC:Hay Nahda}.
Un agent que les femmes appellent {PER:Bouchlaghem} les a insultées, a déchiré l'attestation de
{PER:Blessing} et a gardé 600 dirhams pris dans le sac d'{PER:Esther}. Elles ont passé la nuit au
poste sans pouvoir appeler. {PER:Rosine Kabeya} les a retrouvées le lendemain. |
Suite : rendez-vous avec Maître {PER:Bennani} (CNDH informé) ; duplicata de l'attestation demandé au
HCR ; {PER:Esther} souhaite témoigner mais pas sous son vrai nom.
""", ["police_harassment", "civil_documents", "legal_support"]),
    ("t15-fr-12", "fr", """
Je m'appelle {PER:Amal}, j'ai 29 ans et je vis à Fès, près de {LOC:Bab Ftouh}. Ma mère disait que mon
prénom veut dire espoir. Quand le Dr {PER:Filali} m'a annoncé que j'étais séropositive, à la clinique
de l'ALCS, je n'avais plus d'amal du tout, comme on dit chez nous, plus rien. Je suis restée trois
jours enfermée chez ma copine {PER:Ghizlane} à {LOC:Aïn Nokbi} sans manger. C'est {PER:Wafae}, la
médiatrice thérapeutique, qui est venue me chercher. Elle m'a expliqué le traitement, elle m'a montré
sa propre boîte de médicaments : elle aussi vit avec le VIH depuis douze ans. Au début j'oubliais mes
comprimés, alors elle m'envoyait un message chaque soir à 21 h sur le {PHONE:06 55 70 23 18}. Six mois
après, ma charge virale était indétectable. Mon fils {PER:Ilyas} ne sait pas encore, je lui dirai
quand il sera grand. Maintenant c'est moi qui accompagne les nouvelles, comme {PER:Wafae} l'a fait
pour moi, et {PER:Ghizlane} dit que je marche la tête haute.
""", ["hiv_care", "hiv_sti_testing", "self_esteem"]),
    ("t15-fr-13", "fr", """
Feuille de présence — formation couture, ALCS et Entraide nationale, Inezgane, mois de mars |
Formatrice : Mme {PER:Boufous} — référente ALCS : {PER:Naima Ait Lahcen} |
1. {PER:Tudda Ait Lhaj} — 18 séances sur 20 |
2. {PER:Ijja Oubaha} — 11 séances (travaille au souk le mardi) |
3. {PER:Khadija Ouchen} — 20 séances |
4. {PER:Fatim-Zahra Id Said} — 16 séances |
5. {PER:Kaoutar} — 7 séances, a arrêté le 12 mars |
6. {PER:Hafida El Mansouri} — 19 séances |
Observations de Mme {PER:Boufous} : {PER:Khadija Ouchen} a terminé sa première jellaba et l'a vendue
300 dirhams à une voisine de {LOC:Tarrast}. {PER:Tudda Ait Lhaj} coupe déjà seule les caftans.
{PER:Kaoutar} a arrêté parce que son mari lui prenait l'indemnité de transport ; {PER:Naima Ait Lahcen}
l'a revue et lui propose de reprendre en avril. Les stagiaires demandent une machine à coudre pour
l'atelier d'Aït Melloul, prêtée par l'INDH, et un certificat de fin de formation.
""", ["vocational_training", "income_employment"]),
    ("t15-fr-14", "fr", """
Réunion de coordination autour de la situation de Mme {PER:Najat Ait Brahim} — POPPY, Bordeaux, 12 mai |
Présents : {PER:Yasmina Belkhir} (POPPY), Dr {PER:Lasserre} (psychiatre, CMP), {PER:Thomas Grangé}
(juriste, Cimade), {PER:Hind} (interprète) |
Absente excusée : {PER:Claire Dufourcq} |
{PER:Najat}, 44 ans, marocaine, originaire de Khouribga, est en France depuis 2016. Son titre de séjour
a expiré en janvier et la préfecture ne répond pas ; numéro étranger {ID:3301458962}. Elle vit chez
une compatriote, Mme {PER:Rahmouni}, {LOC:cours de la Marne}. Dr {PER:Lasserre} signale des
insomnies, des crises d'angoisse et des idées noires depuis l'agression de novembre ; un traitement a
été commencé et {PER:Najat} vient à ses rendez-vous. {PER:Thomas Grangé} propose un recours et une
demande d'admission exceptionnelle au séjour ; il faut l'acte de naissance et les fiches de paie de
2019. {PER:Hind} rappelle que {PER:Najat} ne lit pas le français : tout courrier doit lui être expliqué.
Prochaine réunion le 9 juin. Contact de {PER:Thomas Grangé} : {EMAIL:t.grange[at]cimade-exemple[point]org}.
""", ["civil_documents", "mental_health", "legal_support"]),
    ("t15-fr-15", "fr", """
J'ai 24 ans, je viens de Maghnia, de l'autre côté de la frontière. Un homme, {PER:Lakhdar}, m'a fait
passer par la montagne avec deux autres filles, {PER:Nesrine} et {PER:Wissem}. Avant d'arriver à Oujda,
lui et ses deux amis nous ont violées, une nuit entière, dans une maison vide du {LOC:douar Ouled
Bouzid}. Ensuite il nous a laissées à {LOC:Hay El Qods} chez une femme, {PER:Yamina}, qui nous louait
une chambre. Je n'ai rien dit pendant un mois. C'est {PER:Wissem} qui a parlé à une éducatrice de
l'ALCS, {PER:Siham Bouazza}, rencontrée devant le {LOC:hammam Al Andalous}. {PER:Siham} nous a
emmenées à la clinique : le Dr {PER:Boudchiche} nous a fait les tests du VIH, de la syphilis et de
l'hépatite B, et pour moi aussi un test de grossesse. Tout était négatif, mais j'avais une infection
qu'elle a soignée. Pour la prévention c'était trop tard, elle nous a expliqué qu'il faut venir dans
les 72 heures et elle nous a donné des préservatifs. {PER:Nesrine} est repartie en Algérie.
{PER:Wissem} et moi, on vient maintenant au groupe du mercredi.
""", ["violence_sexual", "hiv_sti_testing", "sti_care"]),
    ("t15-fr-16", "fr", """
De : {PER:Soukaina Berrada} <{EMAIL:s.berrada@alcs-meknes.example}> |
À : Maître {PER:Idrissi Kaitouni} <{EMAIL:cabinet.kaitouni@avocats-exemple.ma}> |
Date : 6 septembre |
Objet : plainte de Mlle {PER:Zahira Boukhriss} |
Maître, |
Comme convenu au téléphone, je vous transmets les éléments concernant Mlle {PER:Zahira Boukhriss},
22 ans, suivie par notre antenne depuis avril. Le 28 août, un client l'a séquestrée deux jours dans
une maison de {LOC:Hay Marjane} et l'a frappée avec une ceinture. Elle s'est échappée grâce à une
voisine, Mme {PER:Chentouf}, qui l'a cachée. Plainte déposée le 30 août, procès-verbal
n° {ID:2317/PJ/2024}, certificat médical de 25 jours du Dr {PER:Alami}. Sa CIN porte le numéro
{ID:D 918264}. {PER:Zahira} est hébergée provisoirement chez sa tante, à {LOC:Sidi Said}. Elle
souhaite se constituer partie civile et craint d'être poursuivie elle-même ; je lui ai dit que vous
lui expliqueriez ses droits. Vous pouvez la joindre au {PHONE:06.61.84.27.35} ou me joindre au
{PHONE:05.35.52.40.18}. |
Bien cordialement, |
{PER:Soukaina Berrada} |
Assistante sociale, ALCS Meknès
""", ["violence_physical", "legal_support", "rights_awareness"]),
    ("t15-fr-17", "fr", """
Je m'appelle {PER:Ijja Ait Ouaarab}, j'ai 47 ans, je vis au {LOC:douar Tagountaft}, à vingt minutes de
Tiznit. Pendant quinze ans j'ai travaillé à Agadir pour nourrir mes deux filles, {PER:Hanane} et
{PER:Mimouna}. Quand {PER:Hanane} s'est mariée à Taroudant, sa belle-famille a appris ce que je
faisais. Elle m'a appelée pour me dire de ne plus jamais venir, que j'étais une honte, que ses enfants
ne connaîtraient pas mon nom. Son mari, {PER:Lahcen}, m'a traitée de tous les mots au téléphone. J'ai
pleuré six mois. Au groupe de l'ALCS, Lalla {PER:Rkia}, la plus ancienne, m'a dit : ta fille a peur,
ce n'est pas de la haine. {PER:Tafsout} et {PER:Zahra Oubella} m'ont aidée à écrire une lettre.
{PER:Mimouna} l'a portée elle-même. L'Aïd dernier, {PER:Hanane} m'a envoyé une photo de son fils,
{PER:Ayoub}, sans un mot. C'est peu, mais je l'ai mise sur mon téléphone.
""", ["family_relations", "violence_psychological", "peer_support"]),
    ("t15-fr-18", "fr", """
Fiche de liaison — Montpellier, maraude du 18 janvier |
Nom : {PER:Okafor} — Prénom : {PER:Precious} |
Nationalité : nigériane ; passeport n° {ID:A09384721} (gardé par un tiers) |
Lieu de rencontre : {LOC:avenue de Palavas}, près de l'{LOC:hôtel Les Arceaux} |
Téléphone : {PHONE:+33 6 39 98 55 10} |
Situation : {PER:Precious}, 21 ans, dit devoir 35 000 euros à Madam {PER:Gift}, qui la loge avec
{PER:Peace} et {PER:Favour} à {LOC:Figuerolles}. Un homme, {PER:Osas}, passe chaque matin prendre
l'argent. Elle a prêté serment devant un prêtre à Benin City avant le départ et a très peur pour sa
mère. Elle accepte de revoir l'équipe mais pas encore de parler à la police. |
Équipe : {PER:Léa Pujol}, {PER:Aminata Diallo} (médiatrice, parle anglais et pidgin) |
Orientation : association spécialisée dans la traite (dispositif Ac.Sé), hébergement sécurisé à
demander ; rendez-vous avec Maître {PER:Vidal} si elle le souhaite.
""", ["trafficking", "housing"]),
    ("t15-fr-19", "fr", """
Séance de sensibilisation aux droits — ALCS, Essaouira, 5 avril |
Animation : Maître {PER:Hafsa Jebbari} (avocate bénévole) et {PER:Oumaima} (paire éducatrice) |
Présentes : {PER:Saida}, {PER:Karima Lboukhari}, {PER:Hayat N.}, {PER:Zineb}, {PER:Touria},
Mme {PER:Benhima}, {PER:Jamila} de {LOC:Diabat} |
Maître {PER:Jebbari} explique la loi 103-13 sur les violences faites aux femmes, ce qu'est un
certificat médical, et où porter plainte : commissariat, procureur, cellule de prise en charge des
femmes à l'hôpital. Elle rappelle que le numéro vert peut être appelé gratuitement. {PER:Touria}
demande si on peut porter plainte contre un policier ; réponse : oui, auprès du procureur, et
l'ALCS accompagne. {PER:Karima Lboukhari} dit qu'elle ne savait pas qu'un mari peut être poursuivi
pour violence. Mme {PER:Benhima} témoigne : elle a obtenu une pension alimentaire en 2021 avec l'aide
de Maître {PER:Jebbari}. {PER:Saida} repart avec le numéro de la permanence juridique,
{PHONE:05 24 78 30 61}. {PER:Oumaima} note que {PER:Jamila} et {PER:Zineb} veulent une deuxième
séance sur les papiers.
""", ["rights_awareness", "legal_support"]),
    ("t15-fr-20", "fr", """
Ma tante, khalti {PER:Itto}, m'a élevée à Taroudant après la mort de ma mère. À seize ans, mon oncle
{PER:Mimoun} a décidé de me marier à un homme de cinquante ans, {PER:Hmad Ait Bella}, du {LOC:douar
Zaouit Sidi Ahmed Ou Moussa}. Je n'ai pas eu le choix. Il m'insultait, il disait que j'étais une bouche
à nourrir, il menaçait de me renvoyer chez {PER:Mimoun} en disant que je n'étais pas vierge. Après deux
ans je suis partie à Agadir. Là, une femme de {LOC:Talborjt}, Tata {PER:Aïcha}, m'a hébergée et m'a fait
entrer dans le travail. Pendant des années je n'ai plus parlé à personne de ma famille. En 2022,
{PER:Hmad Ait Bella} a voulu m'empêcher de divorcer pour garder ma part de terre. {PER:Fatiha}, de
l'ALCS, m'a présentée à Maître {PER:Amrani}, et le divorce pour discorde a été prononcé en huit mois,
dossier n° {ID:1203/1616/2022}. Khalti {PER:Itto} est venue au tribunal, elle m'a embrassée devant tout
le monde.
""", ["violence_psychological", "family_law", "family_relations"]),
    ("t15-fr-21", "fr", """
De : {PER:Houda Lachgar} <{EMAIL:houda.lachgar@alcs-casa.example}> |
À : {PER:Meriem Slaoui} <{EMAIL:meriem.slaoui arobase asf-exemple point ma}> |
Objet : inscription de l'enfant de Mme {PER:Laila Ouazzani} |
Bonjour {PER:Meriem}, |
Comme promis, voici la situation. Mme {PER:Laila Ouazzani}, 30 ans, CIN {ID:BK 773019}, a accouché
en mars d'un garçon, {PER:Adam}, à la maternité de l'hôpital Mohammed V. Le père, {PER:Hicham B.},
reconnaît l'enfant en privé mais refuse toute démarche ; l'enfant n'est donc pas inscrit à l'état
civil et n'a pas d'acte de naissance. Mme {PER:Ouazzani} vit dans une chambre à {LOC:Sbata}, au
{LOC:12 derb Lahjar}, et ne peut plus payer le loyer. Une requête en reconnaissance de paternité a été
déposée au tribunal de la famille (dossier {ID:2025/0387/1629}) avec l'aide de Maître {PER:Chafik}.
Pourriez-vous la recevoir à l'Association Solidarité Féminine pour l'hébergement mère-enfant et la
formation en pâtisserie ? Elle est joignable au {PHONE:0661-27-45-98}. |
Merci, |
{PER:Houda Lachgar}, assistante sociale
""", ["civil_documents", "family_law", "housing"]),
    ("t15-fr-22", "fr", """
Entretien avec {PER:Rim}, 36 ans, tunisienne, Marseille — mené par {PER:Élise} |
Q : Comment tu as connu l'association ? |
R : Par {PER:Olfa}, une copine de Sousse. On buvait ensemble au {LOC:bar Le Chapitre}, {LOC:rue
d'Aubagne}. Moi je buvais une bouteille de whisky par jour, parfois plus, et je prenais des cachets. |
Q : Qu'est-ce qui a changé ? |
R : Un soir je suis tombée dans l'escalier, chez moi, au {LOC:8 rue Longue-des-Capucins}. Les pompiers
m'ont emmenée. À la sortie, {PER:Olfa} m'a amenée au CSAPA. Le Dr {PER:Achour} ne m'a pas fait la morale.
On a commencé doucement. Maintenant je vois {PER:Sandrine}, l'infirmière, chaque semaine. |
Q : Et aujourd'hui ? |
R : Ça fait quatre mois sans alcool. Je dors. Je pleure moins. J'ai rappelé ma fille, {PER:Yasmine}, à
Tunis. {PER:Olfa}, elle, boit encore, mais elle vient avec moi au groupe.
""", ["addiction", "mental_health"]),
    ("t15-fr-23", "fr", """
Tableau de suivi des dépistages — unité mobile ALCS, Aït Melloul, samedi 8 février |
Heure — Prénom / surnom — Âge — Test — Résultat — Suite |
10h05 — {PER:Saadia} — 34 — VIH, syphilis — négatifs — préservatifs |
10h20 — {PER:Mbarka Id Bouhou} — 41 — VIH — négatif — PrEP proposée, acceptée |
10h40 — {PER:Zazia} (surnom) — 25 — VIH, hépatite C — VHC positif — orientée Dr {PER:Oukhouya}, CHR Hassan II |
11h00 — {PER:Naima} — 29 — syphilis — positif — traitement fait sur place par {PER:Abdellah}, infirmier |
11h25 — {PER:Fatima Zahra Bouzid} — 19 — VIH — refus — revient avec {PER:Naima} |
11h50 — {PER:Kenza} — 22 — VIH, syphilis — négatifs — test de grossesse positif, orientée CSSR |
Équipe : {PER:Abdellah Ouchaou}, {PER:Rachida}, {PER:Malika Ait Taleb} |
Lieux de la tournée : {LOC:quartier Lamzar}, {LOC:souk Lahad}, {LOC:café Tafraout}. |
Commentaire de {PER:Rachida} : beaucoup de femmes viennent grâce à {PER:Zazia}, qui a fait passer le
message dans tout le quartier. Prochaine tournée le 22.
""", ["hiv_sti_testing", "sti_care", "hiv_prevention"]),
    ("t15-fr-24", "fr", """
Je suis {PER:Aminata}, je suis ivoirienne, j'ai 32 ans. Je suis arrivée à Bordeaux par l'Italie en
2021. Au début je dormais à la gare, ensuite chez un homme qui se disait gentil, {PER:Serge}, vers
{LOC:Saint-Michel}. Il me demandait de payer avec mon corps. Une fille de la rue, {PER:Djénéba}, m'a
donné le numéro de POPPY. Là-bas {PER:Yasmina} et {PER:Marie-Claude} m'ont reçue sans me juger. Ce que
je veux raconter, c'est le jour où on m'a refusée dans une pharmacie {LOC:cours de l'Yser} : le
pharmacien a dit « on ne sert pas les gens comme vous » devant tout le monde. J'avais honte, j'ai
pleuré dehors. {PER:Marie-Claude} est retournée avec moi le lendemain, elle a parlé au responsable,
et on m'a servie. Depuis, je ne baisse plus les yeux. Au groupe des femmes africaines, avec
{PER:Djénéba}, {PER:Fatoumata} et {PER:Bintou}, on se raconte ces choses et on rit aussi. Maintenant
j'accompagne moi-même les nouvelles à la pharmacie.
""", ["stigma_discrimination", "self_esteem", "peer_support"]),
    ("t15-fr-25", "fr", """
Main courante — local ALCS Tanger, vendredi |
9h00 — Ouverture par {PER:Ikram} et {PER:Anouar}. |
9h35 — {PER:Loubna} passe déposer le certificat médical de sa sœur {PER:Houria}, agressée mardi {LOC:rue
Ibn Battouta}. {PER:Houria} a toujours des vertiges ; {PER:Anouar} l'accompagne à l'hôpital Mohammed V
à 11 h. |
10h10 — Appel de Maître {PER:Zniber} : l'audience de {PER:Houria} est fixée au 12, dossier pénal
{ID:845/2103/24}. |
11h45 — Passage de {PER:Souad}, de {LOC:Beni Makada}, pour les préservatifs et pour dire qu'un homme
rôde depuis trois nuits devant le {LOC:café Nejma}. {PER:Ikram} prévient les autres femmes par le
groupe. |
14h00 — Réunion avec {PER:Hafsa} et Mme {PER:El Khamlichi} (CNDH) sur les arrestations de l'été. |
16h30 — {PER:Houria} revient avec {PER:Anouar} : scanner normal, elle dit que la houria, la liberté,
c'est de pouvoir sortir sans peur, et qu'elle n'y est pas encore. |
Fermeture à 17 h. Rédigé par {PER:Ikram Bakkali}.
""", ["violence_physical", "legal_support", "access_to_care"]),
    ("t15-fr-26", "fr", """
Comité de sélection — ALCS Rabat, 3 décembre, procès-verbal rédigé par {PER:Sanaa Mouline} |
Membres : {PER:Farah Lamrini} (présidente de séance), Dr {PER:Tahiri}, {PER:Nour El Houda}, {PER:Rosine
Kabeya}, {PER:Hamid Benjelloun}, M. {PER:Cissé} (représentant des migrants) |
Histoire 1, racontée par {PER:Blessing} : elle a obtenu sa carte de séjour après trois ans. {PER:Rosine
Kabeya} vote pour : « c'est un vrai farah, une fête pour toute la communauté ». M. {PER:Cissé} aussi. |
Histoire 2, racontée par {PER:Meryem} de {LOC:Yacoub El Mansour} : elle a quitté un proxénète et
travaille à la {LOC:boulangerie Dar Essalam}. Dr {PER:Tahiri} et {PER:Hamid Benjelloun} votent pour,
parce que c'est elle qui a tout décidé. |
Histoire 3, racontée par {PER:Hind} : elle a appris à lire au centre de l'Entraide nationale.
{PER:Nour El Houda} vote pour ; elle dit que pour elle aussi l'alphabétisation a été une nour, une
lumière. |
{PER:Farah Lamrini} fait voter : deux voix pour chaque histoire, égalité. Le comité garde les trois et
demande à {PER:Sanaa Mouline} de les lire à la réunion régionale, sans les noms.
""", ["civil_documents", "income_employment", "vocational_training"]),
    ("t15-fr-27", "fr", """
Je m'appelle {PER:Leïla}, je suis algérienne, d'Oran, et je vis à Toulouse depuis six ans. En un hiver
j'ai été contrôlée onze fois, presque toujours par les mêmes deux policiers, près d'{LOC:Arnaud-Bernard}
et {LOC:rue Bayard}. Un des deux, celui que les filles appellent {PER:Moustache}, me tutoyait, vidait mon
sac par terre, prenait mes préservatifs en disant « preuve ». Une nuit il m'a gardée quatre heures au
commissariat sans rien écrire. L'autre m'a dit que si je voulais être tranquille, je savais quoi faire.
Je n'ai rien dit à personne jusqu'au jour où {PER:Hélène}, de l'association, m'a vue pleurer dans le
bus. Avec {PER:Nora} et {PER:Chérifa}, qui avaient vécu la même chose, on a écrit nos témoignages.
Maître {PER:Castaing} a saisi le Défenseur des droits ; mon numéro de réclamation est le
{ID:24-031872}. Depuis trois mois, je ne vois plus {PER:Moustache} dans le quartier.
""", ["police_harassment", "legal_support", "peer_support"]),
    ("t15-fr-28", "fr", """
Liste de distribution des paniers alimentaires — ALCS Meknès, avec l'Entraide nationale, 2 avril |
Responsable : {PER:Soukaina Berrada} ; bénévoles : {PER:Yassir}, {PER:Imane Alaoui} |
1. {PER:Zahira Boukhriss} — CIN {ID:D 918264} — 2 enfants — panier + lait |
2. {PER:Hayat Sqalli} — CIN {ID:DA 40715} — seule — panier |
3. {PER:Aïcha Ben Moussa} — CIN {ID:D 552301} — 3 enfants — panier + lait + couches |
4. {PER:Ghita} — sans CIN (en cours, récépissé {ID:R-11873}) — 1 enfant — panier |
5. {PER:Rabia Lmoudden} — CIN {ID:DN 26639} — mère âgée à charge — panier |
Remarques : {PER:Ghita} habite loin, à {LOC:Borj Moulay Omar} ; {PER:Yassir} lui apporte le panier
en voiture. {PER:Aïcha Ben Moussa} dit que depuis la fermeture des cafés du {LOC:quartier Hamria} elle
n'a plus aucun revenu et que ses enfants ont sauté des repas. {PER:Rabia Lmoudden} demande s'il existe
une formation en cuisine. {PER:Imane Alaoui} transmet à {PER:Soukaina Berrada}.
""", ["food_security"]),
    ("t15-fr-29", "fr", """
Je ne voulais plus vivre. C'est la vérité, et je le dis pour que d'autres femmes sachent qu'on peut
remonter. Après la mort de mon ami {PER:Redouane}, tué dans un accident, je suis restée seule dans ma
chambre de {LOC:Sidi Youssef Ben Ali}. Je ne sortais que la nuit, pour travailler, et je buvais pour
tenir. Un matin j'ai avalé toutes les pilules de ma voisine. C'est {PER:Hajar}, de l'équipe mobile, qui
m'a trouvée parce que je ne répondais pas à ses messages. Elle a appelé le 15 et m'a accompagnée aux
urgences. Ensuite elle m'a présenté Mme {PER:Lazrak}, la psychologue. Pendant un an je l'ai vue tous
les mardis. Elle m'a appris à reconnaître le moment où tout devient noir, et à appeler quelqu'un :
{PER:Hajar}, ou ma cousine {PER:Khadija Ennaji}, qui vit à {LOC:Daoudiate}. J'ai gardé leurs numéros
écrits sur un papier dans mon portefeuille, {PHONE:06 12 93 40 57} et {PHONE:07 08 26 11 84}. Aujourd'hui
je travaille moins, je dors mieux, et je viens parler au groupe avec {PER:Fatim Zahra} et {PER:Mbarka}.
Je m'appelle {PER:Safae}. J'ai 26 ans.
""", ["mental_health", "social_isolation"]),
    ("t15-fr-30", "fr", """
Échange de SMS entre {PER:Prisca} (paire éducatrice, ALCS Casablanca) et {PER:Carine}, camerounaise |
{PER:Carine} : Bonsoir {PER:Prisca}, c'est {PER:Carine}. Ils ont cassé la porte chez nous à {LOC:Oulfa} |
{PER:Prisca} : Tu es blessée ? Qui est avec toi ? |
{PER:Carine} : {PER:Ruth} saigne à la tête. {PER:Nadège} est partie avec le bébé chez Mama {PER:Hortense} |
{PER:Prisca} : Je viens avec {PER:Youssef}. Envoie la position |
{PER:Carine} : {LOC:rue 47, maison 12}, derrière le {LOC:snack Chez Ibou} |
{PER:Prisca} : Ok 20 min. Appelle le 19 si ils reviennent |
{PER:Carine} : Ils ont dit que les Africaines doivent quitter le quartier sinon ils brûlent tout |
{PER:Prisca} : On arrive. Ne réponds à personne |
{PER:Prisca} : {PER:Ruth} va au CHU Ibn Rochd avec {PER:Youssef}. Toi tu dors chez {PER:Félicité} ce soir |
{PER:Carine} : Merci ma sœur. Son numéro ? |
{PER:Prisca} : {PHONE:+212 7 06 48 15 93}. Demain on va voir Maître {PER:Naciri} pour la plainte |
{PER:Carine} : Dieu te garde
""", ["violence_physical", "violence_psychological", "stigma_discrimination"]),
    ("t15-fr-31", "fr", """
De : Dr {PER:Anne-Sophie Mériguet} <{EMAIL:as.meriguet@cegidd-exemple.fr}> |
À : {PER:Yasmina Belkhir} <{EMAIL:y.belkhir@poppy-bordeaux.example}> |
Cc : {PER:Khadija Ouali} (interprète) |
Objet : Mme {PER:Fatiha Ait Said}, suite de la consultation |
Chère {PER:Yasmina}, |
J'ai reçu hier Mme {PER:Fatiha Ait Said}, 34 ans, marocaine, accompagnée par {PER:Khadija Ouali}. Elle
est enceinte d'environ sept semaines et souhaite une interruption de grossesse ; elle a pu en parler
librement, sans son compagnon, {PER:Rachid}, qui ne doit pas être informé. Nous avons programmé une
IVG médicamenteuse mardi et une contraception par implant ensuite. Elle n'a pas de couverture maladie
: la demande d'aide médicale d'État est en cours (dossier {ID:AME-33-0419286}). Elle dit dormir chez
une amie, {PER:Nawal}, {LOC:rue Kléber}, quand {PER:Rachid} boit. Je pense qu'il faudrait aborder avec
elle les violences. Mon poste direct : {PHONE:05 56 79 98 40}. |
Bien à vous, |
Dr {PER:Anne-Sophie Mériguet}, CeGIDD Bordeaux
""", ["reproductive_health", "access_to_care"]),
    ("t15-fr-32", "fr", """
Registre de la ligne d'écoute — ALCS Agadir, nuit du 14 au 15 juillet |
Écoutante : {PER:Hanane Id Brahim} |
21h12 — {PER:Itto}, de {LOC:Tikiouine}, pleure : un client a refusé de payer et l'a poussée hors de sa
voiture sur la route de {LOC:Tamraght}. Conseil : venir demain pour un certificat. |
22h40 — Une femme qui ne donne pas son nom, appelle d'un numéro masqué : son mari la menace de lui
prendre ses enfants. Orientée vers la permanence juridique de Maître {PER:Bouhmidi}. |
23h55 — {PER:Zineb Ouchikh} : contrôle de police {LOC:avenue Hassan II}, on lui a pris 200 dirhams.
Elle veut que ce soit noté. Noté. |
1h30 — {PER:Mina}, dite {PER:Minouche}, appelle du {LOC:bar Le Corsaire} : une amie, {PER:Naziha}, a
trop bu et ne répond plus. Conseil d'appeler le 15 ; rappel à 1h50, l'ambulance est là. |
3h05 — {PER:Itto} rappelle : elle n'arrive pas à dormir, on parle vingt minutes. |
Relève : {PER:Mina Boutaleb} à 8 h. Numéro de la ligne : {PHONE:05 28 84 21 63}.
""", ["violence_economic", "police_harassment", "violence_physical"]),
    ("t15-fr-33", "fr", """
Je m'appelle {PER:Mariama Bah}, je suis guinéenne, de Labé. Je suis arrivée à Montpellier en 2022
après deux ans au Maroc, à {LOC:Boukhalef}, près de Tanger, où un homme, {PER:Alpha}, me faisait
travailler pour payer la traversée. En France, je ne connaissais personne. J'ai dormi trois mois chez
{PER:Kadiatou}, une femme de mon village, dans le {LOC:quartier de la Paillade}. Je n'avais aucun
papier : {PER:Alpha} avait gardé mon extrait de naissance. Au local de l'association, {PER:Aïssatou
Sow}, la médiatrice, m'a aidée à raconter mon histoire pour l'OFPRA. Ça a pris des mois. Mon numéro de
dossier OFPRA est le {ID:2022-09-04471} ; j'ai eu le statut de réfugiée en mars. La première chose
que j'ai faite, c'est ouvrir un compte en banque. Maintenant je prépare un CAP petite enfance, avec
{PER:Hawa} qui m'aide pour les devoirs. Ma fille {PER:Fatoumata} est restée à Labé avec ma mère,
{PER:Néné}. Je l'appelle chaque dimanche au {PHONE:+224 622 48 17 30}.
""", ["civil_documents", "trafficking", "vocational_training"]),
    ("t15-fr-34", "fr", """
Groupe de parole des femmes migrantes — ALCS Oujda, 19 octobre |
Animatrices : {PER:Siham Bouazza} et {PER:Awa Coulibaly} (paire éducatrice malienne) |
Présentes : {PER:Oumou}, {PER:Fanta Keïta}, {PER:Salimata}, {PER:Esther N.}, {PER:Djeneba}, Mme
{PER:Traoré}, {PER:Wissem} |
Les femmes parlent de la solitude. {PER:Fanta Keïta} dit qu'à {LOC:Hay Al Andalous} personne ne lui
parle, qu'on change de trottoir quand elle passe, et qu'elle reste parfois une semaine sans dire un
mot à quelqu'un. {PER:Oumou} répond qu'elle aussi, avant de venir au groupe, ne parlait qu'à son
téléphone. Mme {PER:Traoré}, la plus âgée, propose un thé chaque vendredi chez elle, {LOC:rue
Zerhouni}. {PER:Wissem}, algérienne, dit qu'elle ne comprend pas le bambara mais qu'elle comprend les
larmes. {PER:Awa Coulibaly} note les numéros de celles qui veulent un groupe WhatsApp : {PER:Salimata}
donne le {PHONE:06 44 81 20 73}, {PER:Djeneba} le {PHONE:07 62 05 39 14}. {PER:Esther N.} ne veut pas
donner le sien. On se revoit le 2 novembre.
""", ["social_isolation", "peer_support"]),
    ("t15-fr-35", "fr", """
Note pour le dossier — accompagnement juridique, Marseille |
Bénéficiaire : Mme {PER:Sonia Trabelsi}, 41 ans, tunisienne |
Référente : {PER:Élise Marchetti} ; avocate : Maître {PER:Paoli} |
Adresse : {LOC:22 rue du Bon-Pasteur, appartement 9} |
Tél : {PHONE:06 39 98 70 02} |
Résumé : Mme {PER:Trabelsi} a vécu sept ans avec {PER:Walid Gharbi}, qui l'a frappée à plusieurs
reprises et la forçait à lui remettre l'argent qu'elle gagnait. Depuis l'ordonnance de protection
du 4 mars (RG {ID:24/01873}), il n'a plus le droit de l'approcher. Le juge aux affaires familiales a
confié la résidence des deux enfants, {PER:Aziz} et {PER:Lina}, à leur mère, et fixé une pension de
200 euros par mois, que M. {PER:Gharbi} ne paie pas. Maître {PER:Paoli} engage une procédure de
paiement direct. Mme {PER:Trabelsi} signale que sa belle-sœur, {PER:Hedia}, l'appelle pour la menacer
de « reprendre les petits ». Prochain point avec {PER:Élise Marchetti} le 15 avril.
""", ["family_law", "legal_support", "violence_psychological"]),
    ("t15-fr-36", "fr", """
Fiche de suivi micro-projet — ALCS Tiznit |
Nom : {PER:Oubahou} — Prénom : {PER:Tudda} — Surnom : {PER:Toutou} |
CIN : {ID:JE142087} ; AMO : {ID:11-2087-456321} |
Tél : {PHONE:0670 35 81 26} |
Projet : vente d'huile d'argan et d'amlou au {LOC:souk Tnine Aglou} et au {LOC:marché Lalla Zahra} |
Parcours : {PER:Tudda} a quitté le travail du sexe en 2023 après une agression. Avec l'aide de
{PER:Hassan Oumouloud}, chargé d'insertion, elle a obtenu un microcrédit de 5 000 dirhams de
l'association Al Amana et une formation de trois jours en gestion. Sa cousine, {PER:Fadma Oubahou},
lui fournit l'huile depuis le {LOC:douar Ighir Melloulen}. |
Bilan à six mois : 1 200 dirhams de bénéfice par mois en moyenne, crédit remboursé aux deux tiers.
{PER:Tudda} dit qu'elle ne demande plus d'argent à personne et qu'elle se sent « quelqu'un » au souk.
Elle voudrait embaucher {PER:Ijja}, une ancienne collègue, pendant l'été. |
Rédigé par {PER:Hassan Oumouloud}, visé par Mme {PER:Aït Baha}.
""", ["income_employment", "self_esteem"]),
    ("t15-fr-37", "fr", """
Comité de sélection des histoires de changement — ALCS Fès, 28 février |
Présents : {PER:Wafae Bennis} (médiatrice), {PER:Omar Kettani} (coordinateur), {PER:Ghizlane},
{PER:Amal}, {PER:Nadia Skalli}, Dr {PER:Filali} |
{PER:Wafae Bennis} lit l'histoire de {PER:Kawtar}, de {LOC:Zouagha} : après des années de rejet, sa
mère l'a reprise chez elle quand elle a su qu'elle vivait avec le VIH. {PER:Amal} dit que c'est
l'histoire qui lui donne le plus d'espoir. Dr {PER:Filali} lit celle de {PER:Rajae}, qui a repris ses
comprimés après trois ans d'arrêt et dont la charge virale est redevenue indétectable. {PER:Omar
Kettani} vote pour {PER:Rajae} : « le projet, c'est aussi ça ». {PER:Ghizlane} et {PER:Nadia Skalli}
votent pour {PER:Kawtar}. Résultat : quatre voix pour {PER:Kawtar}, deux pour {PER:Rajae}. Le comité
note que les deux histoires parlent du traitement, et que la famille revient souvent dans les récits.
{PER:Wafae Bennis} informera {PER:Kawtar} au {PHONE:06 50 18 72 64}.
""", ["hiv_care", "family_relations"]),
    ("t15-fr-38", "fr", """
Cela s'est passé pendant une descente de police à Casablanca, au {LOC:Maârif}, dans un appartement
où nous étions quatre : moi, {PER:Hind Zerouali}, {PER:Nawal}, {PER:Siham} et {PER:Kenza Bekkali}. Les
policiers sont entrés sans papier, à deux heures du matin. L'un d'eux, qu'on appelait {PER:Zorro}
parce qu'il portait toujours du noir, a pris nos téléphones et a dit que pour 2 000 dirhams chacune
il n'y aurait pas de procès-verbal. {PER:Kenza Bekkali} n'avait pas l'argent, ils l'ont emmenée.
Elle a passé trois jours en garde à vue et a été jugée pour l'article 490. On a appelé {PER:Bouchra
Lahlou}, de l'ALCS, qui a trouvé Maître {PER:Skalli}. Il a obtenu du sursis. Moi, j'ai payé. J'ai
encore honte d'avoir payé. Au groupe, {PER:Bouchra} nous a expliqué nos droits pendant une
arrestation : demander le motif, refuser de signer ce qu'on ne comprend pas, appeler quelqu'un.
Maintenant {PER:Nawal} garde le numéro de Maître {PER:Skalli} écrit sur son bras quand elle sort.
""", ["police_harassment", "violence_economic", "rights_awareness"]),
    ("t15-fr-39", "fr", """
Je suis {PER:Naziha}, j'ai 38 ans, et j'ai trois enfants : {PER:Sami}, {PER:Oussama} et la petite
{PER:Nour}. Quand mon mari est parti, à Essaouira, le propriétaire de notre maison du {LOC:quartier
Borj} nous a mis dehors parce que je devais quatre mois de loyer. On a dormi une semaine à la gare
routière, puis chez ma copine {PER:Latifa Haddaoui}, à {LOC:Diabat}, dans une seule pièce. C'est là
que l'éducatrice {PER:Oumaima} m'a trouvée, pendant une tournée. Elle m'a obtenu une place dans le
foyer de l'Association Solidarité Féminine pour trois mois, puis une aide au loyer pour une chambre
au {LOC:7 derb Laâlouj}, au-dessus du {LOC:salon de coiffure Yasmina}. La patronne, Mme {PER:Ajbar},
m'a prise comme aide le matin. {PER:Nour} a maintenant sa lampe à elle pour faire ses devoirs ; elle
dit que c'est sa nour, sa lumière à elle. Je ne suis plus à la rue, et mes enfants ne savent pas ce que j'ai
fait pour payer cette chambre les premiers mois. {PER:Oumaima} le sait, et elle ne m'a jamais jugée.
""", ["housing", "income_employment", "family_relations"]),
    ("t15-fr-40", "fr", """
Compte rendu d'entretien — La CASE, Bordeaux, permanence santé du jeudi |
Personne reçue : {PER:Khadija El Amrani}, dite {PER:Dija}, 27 ans, originaire de Béni Mellal |
Intervenantes : {PER:Nathalie Roux} (infirmière) et {PER:Hind} (médiatrice arabophone) |
{PER:Dija} vient pour des pertes et des douleurs depuis trois semaines. Elle dit travailler {LOC:quai
de Brazza} et dans un salon de massage, le {LOC:salon Orchidée}, {LOC:rue Sainte-Catherine}. Un client
a retiré le préservatif sans son accord le mois dernier. {PER:Nathalie Roux} propose un dépistage
complet (VIH, syphilis, chlamydia, gonocoque, hépatites) au CeGIDD, rendez-vous pris lundi. {PER:Dija}
demande aussi la pilule du lendemain pour une amie, {PER:Samira Bounou}, qui n'ose pas venir ;
{PER:Hind} lui explique qu'elle est gratuite en pharmacie. Numéro de sécurité sociale en cours ; pour
l'instant, numéro de dossier interne {ID:CASE-2024-0912}. Téléphone : {PHONE:07 58 31 26 40}. |
À revoir : parler du retrait du préservatif comme d'une violence ; {PER:Dija} n'est pas prête.
""", ["hiv_sti_testing", "sti_care", "reproductive_health"]),
    ("t15-fr-41", "fr", """
Signalement interne — ALCS Rabat, antenne migrants |
Rédigé par : {PER:Rosine Kabeya} ; transmis à {PER:Sanaa Mouline} et à Dr {PER:Tahiri} |
Personne concernée : {PER:Grace Adeyemi}, nigériane, 23 ans, passeport {ID:A10472265}, attestation
HCR {ID:354-24C00781} |
Faits : {PER:Grace} loge depuis mai chez un couple, {PER:Uche} et sa femme {PER:Mercy}, à
{LOC:Douar Al Hajja}. Elle dit devoir encore 40 000 dirhams pour son passage par Oujda ; {PER:Uche}
garde son passeport et la fait travailler chaque nuit près de l'{LOC:hôtel Balima}. La semaine
dernière, parce qu'elle avait rapporté moins d'argent, {PER:Uche} l'a frappée et l'a privée de
nourriture deux jours. Elle a une infection urinaire et des marques sur les jambes. {PER:Grace} a
été amenée au local par {PER:Precious}, une amie, qui vit au {LOC:quartier Hay Nahda}. |
Mesures : consultation avec Dr {PER:Tahiri} le jour même ; contact avec l'OIM pour une mise à l'abri ;
{PER:Grace} ne veut pas rentrer au Nigeria. Numéro d'urgence donné à {PER:Grace} : {PHONE:+212 6 61 09 48 35}.
""", ["trafficking", "violence_physical", "access_to_care"]),
    ("t15-fr-42", "fr", """
Fiche d'accueil — CSSR ALCS Inezgane |
Date : 11 janvier |
Nom : {PER:Ait El Caid} |
Prénom : {PER:Fatim-Zahra} |
Surnom : {PER:Zahrita} |
Âge : 20 ans |
Adresse : {LOC:Hay Tarrast}, près de la mosquée Al Mohsinine |
Tél : {PHONE:+212 (0)6 38 72 15 09} |
CIN : {ID:J 603518} |
Orientée par : {PER:Malika Ait Taleb}, paire éducatrice |
Motif : {PER:Fatim-Zahra} arrive seule, elle n'est jamais allée chez un médecin de sa vie. Elle a
des brûlures en urinant depuis un mois et a peur d'être « malade ». Elle dit que sa belle-mère, Hajja
{PER:Rqia}, l'a chassée de la maison de {LOC:douar Laaouina} quand elle a appris qu'elle sortait le
soir. |
Prise en charge : consultation avec Dr {PER:Oukhouya} ; prélèvements, traitement d'une infection
donné sur place ; dépistage VIH et syphilis accepté, négatifs. Rendez-vous dans quinze jours avec la
sage-femme, Mme {PER:Bouchra Ajaoui}, pour parler de contraception. |
Remarque de {PER:Malika Ait Taleb} : {PER:Zahrita} dort chez sa copine {PER:Siham} ; revoir la
question du logement au prochain passage.
""", ["access_to_care", "sti_care", "hiv_sti_testing"]),
    ("t15-fr-43", "fr", """
Planning POPPY — Bordeaux, semaine 47 |
Lundi soir, tournée en camion : {PER:Moussa} et {PER:Nathalie Roux} — {LOC:quai de Paludate},
{LOC:cours de la Marne}, {LOC:place André-Meunier} ; distribution de préservatifs, de gel et de
kits, information sur la PrEP |
Mardi après-midi : permanence d'accès aux droits, {PER:Yasmina Belkhir} ; rendez-vous avec Mme
{PER:Ait Said} (suivi AME) et avec {PER:Kadiatou Camara} (récépissé à renouveler) |
Mercredi : atelier estime de soi animé par {PER:Marie-Claude} et {PER:Aminata}, ancienne bénéficiaire
devenue paire aidante ; dix inscrites |
Jeudi : permanence santé ({PER:Nathalie Roux}, {PER:Hind}) ; dépistages rapides |
Vendredi : réunion avec {PER:Claire Dufourcq} (La CASE) et l'équipe de Médecins du Monde |
Notes : {PER:Moussa} signale que deux femmes nigérianes, {PER:Joy} et {PER:Esohe}, n'ont plus été vues
{LOC:quai de Paludate} depuis dix jours ; {PER:Aminata} essaie le numéro de {PER:Joy},
{PHONE:06 39 98 26 51}, sans réponse. {PER:Yasmina Belkhir} demande qu'on n'écrive jamais les numéros
dans le cahier du camion. Téléphone d'astreinte de la semaine : {PHONE:06 39 98 00 47}, tenu par
{PER:Nathalie Roux}.
""", ["hiv_prevention", "peer_support"]),
    ("t15-fr-44", "fr", """
Pendant deux ans, à Tanger, je n'ai parlé à personne. Je suis venue de Ksar El Kébir après mon
divorce, et ma famille ne m'a plus jamais appelée. Je louais une pièce à {LOC:Mesnana}, je sortais
le soir vers le {LOC:boulevard Mohammed VI}, je rentrais à l'aube, je dormais. Même les autres femmes,
je les évitais. Le jour de l'Aïd, j'ai mangé seule, et j'ai compris que si je mourais personne ne
viendrait. C'est {PER:Anouar}, de l'ALCS, qui m'a donné un préservatif et un petit papier avec
l'adresse du local. J'y suis allée un mois plus tard. {PER:Ikram} m'a fait asseoir avec {PER:Houria},
{PER:Loubna} et Mme {PER:El Khamlichi}, et on a bu du thé sans rien me demander. Maintenant, le mardi,
on fait le couscous ensemble chez {PER:Houria}, {LOC:rue de Fès}. {PER:Loubna} m'appelle quand je ne
viens pas. Ma sœur {PER:Zoubida} m'a écrit pour la première fois en mars. Je m'appelle {PER:Rahma
Ziani}. Je ne suis plus seule.
""", ["social_isolation", "peer_support", "family_relations"]),
    ("t15-mix-01", "ary", """
[21:14] {PER:itto} : salam a {PER:fadma} fin nti |
[21:15] {PER:fadma} : f dar. labas ? |
[21:15] {PER:itto} : la machi labas. wa7d l client drebni f {LOC:anza} o khda lflous dyali |
[21:16] {PER:fadma} : ya latif. wach mjerda ? |
[21:16] {PER:itto} : 3endi dem f wjhi. ana 3end {PER:tudda} daba |
[21:17] {PER:fadma} : ghda f 9 jiw l clinique, n9olo l dr {PER:lamrani} ydir lik certificat |
[21:18] {PER:itto} : kan khaf mn bolis a khti |
[21:18] {PER:fadma} : matkhafich, certificat ma3ndo 3la9a b bolis. nti li tkhtari |
[21:20] {PER:tudda} : ana {PER:tudda}. ghadi njibha ana. 3tini numero dyal l association |
[21:21] {PER:fadma} : {PHONE:0528 84 21 63} wla tsifti l {PER:hanane} f {PHONE:06 71 30 58 94} |
[21:22] {PER:tudda} : safi. llah y3tik s77a |
[21:23] {PER:fadma} : 3la salama a {PER:itto}. ghda ntla9aw
""", ["violence_physical", "access_to_care"]),
    ("t15-mix-02", "ary", """
groupe « lbnat dyal lkhmis » (whatsapp) |
{PER:zineb b} : sbah lkhir a lbnat |
{PER:khadija} : sbah nnour. a {PER:sabah} wach ghadia tji lyoum l groupe ? |
{PER:sabah} : ih nji. m3a {PER:mbarka} |
{PER:mbarka} : la ana ma9drch, bnti {PER:sara} mrida |
{PER:zineb b} : lah ychafiha. {PER:samira} 9alt l groupe f 3 o nss |
{PER:samira} : ah f 3 o nss, lmawdou3 howa l3a2ila. jibo m3akom chi 7aja tkl |
{PER:khadija} : ana njib l msemen mn 3end hajja {PER:zohra} |
{PER:sabah} : {PER:fatim zahra} ghadi tji ? |
{PER:fatim zahra} : ana hna. ghadi nji walakin nt2khr chwiya, 3endi rendez-vous m3a dr {PER:benkirane} |
{PER:samira} : machi mochkil. lli bgha yji ydwi, lli ma bghach ysme3 bark. hadchi howa l groupe |
{PER:mbarka} : chokran 3la lhdra dyal lkhmis li fat, bkit walakin rta7t |
{PER:zineb b} : 7na m3ak a {PER:mbarka}
""", ["peer_support"]),
    ("t15-mix-03", "ary", """
Message vocal transcrit (2 min 10), envoyé par {PER:Hasna} à {PER:Bouchra}, ALCS Casablanca. Mélange
darija et français, transcription de {PER:Bouchra Lahlou} : |
« Allô {PER:Bouchra}, salam, ana {PER:Hasna}, dyal {LOC:Hay Mohammadi}. Sma7li 3la had l3chiya. Dr
{PER:Benkirane} sifetni l CHU Ibn Rochd, daro lia l'échographie, 9alo lia kayn un kyste, khasni
opération. Ana ma3ndich RAMED, ma3ndich AMO, ma3ndich walo. Ma3rftch chno ndir. L'infirmière 9alt lia
khassek tkhllsi 3 000 dirham l'avance. Mnin ghadi njibhom ? Ila khdmt had ssimana kamla mzyan,
walakin f had l7ala ma9dra nkhdm. {PER:Latifa} 9alt lia bli l'association t9der t3awn. 3afak chofi
m3a Mme {PER:Tazi} wla m3a l'assistante sociale. Numero dyali tbddel, daba {PHONE:07 09 41 63 28},
l9dim t9ta3. W ila ma jawbtch, 3iyti l {PER:Latifa}, {PHONE:06 58 27 04 91}. Lah ykhlik. Bslama. »
""", ["access_to_care", "reproductive_health"]),
    ("t15-mix-04", "ary", """
[08:02] {PER:rosine} : bonjour {PER:esther}, t'es ou ? |
[08:05] {PER:esther} : f commissariat mazal. m3a {PER:blessing} o {PER:chantal} |
[08:05] {PER:rosine} : ils vous ont frappées ? |
[08:07] {PER:esther} : la. walakin {PER:bouchlaghem} 9al lina a les africaines, rje3o l bladkom. khda 600 dh mn sac dyali |
[08:08] {PER:rosine} : ne signez rien. ana ghadi nji m3a maitre {PER:bennani} |
[08:10] {PER:blessing} : he tear my paper, the unhcr paper |
[08:11] {PER:rosine} : ok {PER:blessing}, on refait le papier au HCR. numero dyal dossier dyalek 3andi : {ID:354-22C01991} |
[08:20] {PER:esther} : 3afak 3iyti l khti {PER:mado}, ma bghitch tkhaf 3lia. numero dyalha {PHONE:06 45 77 12 80} |
[08:21] {PER:rosine} : ok j'appelle {PER:mado}. on arrive {LOC:hay nahda} f 9 o nss |
[08:22] {PER:esther} : merci a {PER:rosine}, lah ykhlik
""", ["police_harassment", "stigma_discrimination", "civil_documents"]),
    ("t15-mix-05", "ary", """
{PER:souad} : salam a {PER:ikram}, 3afak wach tgdri tjawbini |
{PER:ikram} : wa 3alikom salam, ah ana hna. chno wa9e3 ? |
{PER:souad} : khouya {PER:abdelilah} ja lbare7 l {LOC:beni makada}, bgha lflous dyal chhar kaml |
{PER:ikram} : o nti chno dirti ? |
{PER:souad} : 3titou 1500 dh. 9al lia ila ma3titich ghadi ygoul l mmi {PER:zohra} o l ga3 l7ouma |
{PER:ikram} : hadchi smito violence économique a {PER:souad}, 7ta ila kan khouk |
{PER:souad} : 3aref. walakin khayfa mno |
{PER:ikram} : aji ghda l local, kayna {PER:loubna} o {PER:hafsa}, 3ado nfs lhaja |
{PER:souad} : wakha. o l compte f la poste, wach n9dr n7lo bla ma y3ref ? |
{PER:ikram} : ah, ghir b la CIN dyalk. ana nmchi m3ak |
{PER:souad} : lah ykhlik a {PER:ikram}. ghda f 10 f {LOC:café nejma} |
{PER:ikram} : la, machi f café, f local. 9rib mn {LOC:boulevard pasteur}. bslama
""", ["violence_economic", "family_relations"]),
    ("t15-mix-06", "ary", """
groupe « équipe mobile marrakech » |
{PER:hajar} : chabab, 3ndi khbar mn {LOC:derb dabachi}. l bolis dazo lbare7 f 11 |
{PER:mustapha} : chkoun ? |
{PER:hajar} : {PER:rachida t} 9alt lia wa7d f civil khda mnha 300 dh o mn {PER:najia} 200 |
{PER:abdessamad} : nafs lwa7d dyal l gare routière ? |
{PER:hajar} : ih, lbnat kay3iytou lih {PER:bogos}. kaygoul lihom ila ma khallstich ndik l commissariat |
{PER:nezha} : ma tktbouch smiyat lbnat f rapport. ghir ch7al mn merra o fin |
{PER:mustapha} : daba 7 dyal lmerrat f chhar. khass n3lmo dr {PER:chraibi} o l CNDH |
{PER:nezha} : samedi ghadi ndwiw m3ahom f {LOC:place jemaa el fna}, 7da {LOC:café argana jdid} |
{PER:rachida t} : ana mouja9da nchhed, walakin bla smiya |
{PER:hajar} : merci a {PER:rachida}. kanti chja3a |
{PER:nezha} : 3la l farah dyal bent {PER:najia} ssbt, ghadi nmchiw kamlin mn b3d l khdma
""", ["police_harassment", "violence_economic"]),
    ("t15-mix-07", "ary", """
Fiche de suivi — ALCS Oujda (notes de {PER:Siham Bouazza}, citations en darija) |
Nom : {PER:Belhadj} |
Prénom : {PER:Hadjer} |
Surnom : {PER:Hadja} |
Nationalité : algérienne |
Adresse : chez {PER:Yamina}, {LOC:hay el qods}, derrière {LOC:hammam al andalous} |
Tél : {PHONE:06 93 52 18 47} |
Passeport : {ID:210483716} |
Récit (ses mots) : « {PER:lakhdar} dowezna mn jbel, ana o {PER:nesrine} o {PER:wissem}. f douar
t3eddaw 3lina, hadak lil ma nsitouch. Ma 9drtch ngoulha l 7ta wa7d. {PER:Wissem} hiya li hdrat m3a
{PER:Siham}. » |
Suivi : dépistages faits par Dr {PER:Boudchiche} le 3 mai, infection traitée. {PER:Hadjer} dit :
« daba walit nji l groupe dyal larb3a, kan7ss rasi machi bou7di. {PER:Wissem} hiya khti daba. » Elle
demande de l'aide pour renouveler son passeport au consulat. Rendez-vous psychologue avec Mme
{PER:Kaddouri} le 20.
""", ["violence_sexual", "sti_care", "peer_support"]),
    ("t15-mix-08", "ary", """
Message vocal transcrit (WhatsApp, 3 min), de {PER:Najat} à {PER:Yasmina}, POPPY Bordeaux, traduit en
partie par {PER:Hind} : |
« Allo {PER:Yasmina}, salam, c'est {PER:Najat}. Sma7 lia, j'ai pas dormi. Ljour dyal le rendez-vous f
préfecture, ma fhamt walo, la dame kanet katsre3, o ana ma3ndich {PER:Hind} m3aya. 9alt lia khass
l'acte de naissance jdid mn lmaghrib. Khti {PER:Malika} f Khouribga ghadi tjibo, walakin khassha
procuration. Le docteur {PER:Lasserre} 3tani dwa jdid, kan3ess mzyan chwiya, walakin mazal kanbki
blil. Ma bghitch nwelli bhal l3am li fat. Hayati kamla kanet ghir khouf. Mme {PER:Rahmouni} 9alt lia
n9der nb9a 3ndha 7ta l'été, lhamdoulillah. Ila kan {PER:Thomas} mn la Cimade y9der y3iyet l
préfecture, ana mouwafqa. Numero dyali huwa huwa, {PHONE:07 51 39 98 04}. Bslama, o chokran
bzaf. »
""", ["civil_documents", "mental_health"]),
    ("t15-mix-09", "ary", """
{PER:naima} (ALCS) : salam lbnat, tadkir : ghda l formation dyal l khiyata f 9 f Inezgane |
{PER:tudda} : wakha a {PER:naima}, ana jaya |
{PER:ijja} : ana ghda ma9drch, souk. nji l khmis |
{PER:naima} : machi mochkil a {PER:ijja}, walakin 3ndk ghir 11 séance, khassk 15 bach takhdi certificat |
{PER:khadija ouchen} : bi3t jellaba tanya !! 350 dh l wa7da mn {LOC:tarrast} |
{PER:tudda} : mabrouk a {PER:khadija} |
{PER:naima} : bravo {PER:khadija}. mme {PER:boufous} ghadi tfr7 |
{PER:kaoutar} : salam, ana {PER:kaoutar}. wach n9der nrje3 ? rajli ma b9ach m3aya |
{PER:naima} : marhba biki a {PER:kaoutar}. aji ghda, ntklmo 3la l'indemnité, tkoun f smiytek nti |
{PER:kaoutar} : ana mfr7a bzaf. kont 7asba rasi ma kanswa walo |
{PER:hafida} : 3ad bdina a {PER:kaoutar}. ghda njib lik l9mach |
{PER:naima} : wlli ma3ndha transport t3iyt l {PHONE:06 28 40 71 95}
""", ["vocational_training", "income_employment"]),
    ("t15-mix-10", "ary", """
[23:48] {PER:zahira} : a {PER:soukaina} sma7 lia 3la lwe9t. {PER:nabil} rje3 |
[23:49] {PER:soukaina} : fin nti daba ? |
[23:49] {PER:zahira} : 3nd khalti f {LOC:sidi said}. kaydor 3la dar o ysifet lia messages |
[23:50] {PER:zahira} : kaygoul ghadi y9tlni ila ma s7bt la plainte. kaygoul 3ref fin kanskon |
[23:51] {PER:soukaina} : screenshot ga3 les messages. ma tms7i walo. wach 3ndk numero dyalo ? |
[23:52] {PER:zahira} : {PHONE:06 77 14 59 02}. ma b9a 3ndi 7ta amal a {PER:soukaina} |
[23:53] {PER:soukaina} : kayn amal. ghda f 9 nmchiw l procureur m3a maitre {PER:kaitouni}, dossier {ID:2317/PJ/2024} |
[23:54] {PER:soukaina} : daba ila t9rrb mn dar 3iyti 19, machi 3liya |
[23:55] {PER:zahira} : wakha. khalti {PER:fettouma} sddat lbab b sarout |
[23:58] {PER:soukaina} : mzyan. 7na m3ak. nta3sso ghda b7al {PER:amal}, hiya 3adat nafs lhaja o rbhat l procès |
[23:59] {PER:zahira} : {PER:amal} dyal {LOC:hay marjane} ? |
[00:00] {PER:soukaina} : ah hiya. n3rrfk 3liha
""", ["violence_psychological", "legal_support"]),
    ("t15-mix-11", "ary", """
ALCS Fès (message automatique) : Rappel : rendez-vous demain 10h avec Dr {PER:Filali}. Dossier {ID:FES-VIH-0877}. Ne pas répondre |
{PER:rajae} : wach hadi dyali ? |
{PER:wafae} : ah a {PER:rajae}, hadi dyalk. ana {PER:wafae}, lmédiatrice. ghda ghadi ndiro l charge virale |
{PER:rajae} : ana 7bst dwa 3 snin. 7chmt nji |
{PER:wafae} : ma kayn 7chma. 3ad rje3ti chhar hadi, o rak mzyana |
{PER:rajae} : kan3ya bzaf mn l comprimés. o kankhaf rajli y3ref |
{PER:wafae} : nhdro 3la hadchi ghda. wakha ? ana m3ak f la consultation |
{PER:rajae} : wakha. wach {PER:ghizlane} tji 7ta hiya ? |
{PER:wafae} : {PER:ghizlane} ghadi tkoun f l groupe f 2. ila bghiti tb9ay |
{PER:rajae} : safi. 9olt l {PER:kawtar} tji m3aya, hiya 3arfa kolchi |
{PER:wafae} : mzyan bzaf. ila t3tlti 3iyti l {PHONE:05 35 64 19 70} |
{PER:rajae} : lah ykhlik a {PER:wafae}. lyoum 9bel tani kliti dwa f lwe9t
""", ["hiv_care"]),
    ("t15-mix-12", "ary", """
groupe « bnat marseille » |
{PER:sonia} : salam 3likom, l juge 3tani les enfants !!! |
{PER:rim} : mabrouk a {PER:sonia} !!! |
{PER:olfa} : lhamdoulillah, mabrouk 3lik. o {PER:walid} ? |
{PER:sonia} : ma y9derch yt9rrb. ordonnance de protection. maitre {PER:paoli} 9alt lia ila ja n3iyet 17 direct |
{PER:nadia} : o la pension ? |
{PER:sonia} : 200 euros, walakin ma khllsch 7ta l ana. maitre {PER:paoli} ghadi tdir paiement direct |
{PER:rim} : {PER:aziz} o {PER:lina} fr7o ? |
{PER:sonia} : {PER:lina} bkat. {PER:aziz} 9al lia daba ma b9inach khayfin a mama |
{PER:olfa} : hadchi howa l farah lkbir |
{PER:sonia} : mercii a lbnat, bla bikom ma kontch n9der. o {PER:élise} dyal l'association |
{PER:nadia} : ndiro chi 7aja ssbt 3ndi, {LOC:rue du bon-pasteur} wla {LOC:cours belsunce} ? |
{PER:sonia} : 3ndi ana, {LOC:22 rue du bon-pasteur}. jibo ghir l7lwa
""", ["family_law", "peer_support"]),
    ("t15-mix-13", "ary", """
groupe « femmes takaddoum » |
{PER:rosine} : bonsoir les mamans. demain dépistage gratuit au local, 10h. {PER:awa} et {PER:fanta} vous venez ? |
{PER:awa} : oui ma sœur. je viens avec {PER:oumou} |
{PER:fanta} : moi j'ai peur du résultat |
{PER:rosine} : c'est normal {PER:fanta}. dr {PER:tahiri} explique tout avant. et si positif, traitement gratuit |
{PER:mounia} : salam, ana {PER:mounia} mn {LOC:douar al hajja}. wach n9der nji ana tani ? machi africaine |
{PER:rosine} : bien sûr {PER:mounia}, l kol marhba |
{PER:oumou} : il faut la carte ? moi je n'ai pas encore le papier du HCR |
{PER:rosine} : pas besoin. anonyme. ghir smiya wla surnom |
{PER:mounia} : ana ghadi ngoul {PER:mimi} hhh |
{PER:fanta} : ok je viens. {PER:esther} dit que le test c'est rapide, 15 minutes |
{PER:rosine} : oui. et on donne aussi les préservatifs et le gel. numéro si vous êtes perdues : {PHONE:+212 6 61 09 48 35}
""", ["hiv_sti_testing", "hiv_prevention"]),
    ("t15-mix-14", "ary", """
Message vocal transcrit (1 min 30), laissé sur le répondeur de l'ALCS Fès par {PER:Kawtar}, de
{LOC:Zouagha} ; transcription de {PER:Wafae Bennis} : |
« Salam, ana {PER:Kawtar}, bghit nhder m3a {PER:Wafae} wla m3a {PER:Omar}. Mmi {PER:Fatna} 9bltni f
dar mn b3d 7 snin. Kan 3ndi 7chma ngoulha bli 3ndi l VIH, walakin {PER:Wafae} 9alt lia ila bghiti,
nji m3ak. Jat m3aya, o mmi bkat, o 3n9atni. Daba kanskon m3aha f {LOC:derb Sidi Bouali}, o khti
{PER:Rim} kat3awnni f dwa. Ana kanhess b l houria, b7al ila t7iydat chi 7aja t9ila mn 3la ktafi. Bghit
ngoul l groupe bli kayn l amal, o bli hadchi ymken. O bghit nbddel numero dyali f dossier : daba
{PHONE:06 24 97 35 10}. Chokran bzaf, lah ykhlikom. »
""", ["family_relations", "hiv_care"]),
    ("t15-mix-15", "ary", """
[19:02] {PER:mbarka} : salam a {PER:malika}, chno hiya had lprep li 9alti ? |
[19:04] {PER:malika} : wa3alikom salam a {PER:mbarka}. hiya dwa kat3tih kol nhar, kaydrek mn sida |
[19:05] {PER:mbarka} : wach bflous ? |
[19:05] {PER:malika} : la, fabor f la clinique dyal l ALCS f Inezgane |
[19:07] {PER:mbarka} : o l capote ? ma b9itch khassni ? |
[19:08] {PER:malika} : la khassk tb9ay t5dmi biha, prep ma kadrekch mn syphilis o lmrad lokhrin |
[19:10] {PER:saadia} : ana {PER:saadia}, bdit prep chhar hadi. dr {PER:oukhouya} 3tani |
[19:11] {PER:mbarka} : o ma kaydirch lik chi 7aja ? |
[19:12] {PER:saadia} : ghir l ayam lowlin chwiya f kerch |
[19:13] {PER:malika} : samedi ghadi nkoun f {LOC:souk lahad} m3a {PER:abdellah}, aji nhedro |
[19:14] {PER:mbarka} : wakha. ghadi nji m3a {PER:zazia} |
[19:15] {PER:malika} : mzyan. {PER:abdellah} 3ndo l gel o l capotes. bslama
""", ["hiv_prevention"]),
    ("t15-mix-16", "ary", """
Fiche de suivi — ALCS Agadir, antenne de Taroudant (propos en darija notés par {PER:Fatiha Ouhmad}) |
Nom : {PER:Ouled Hmad} |
Prénom : {PER:Tamimount} |
Surnom : {PER:Mimi} |
Adresse : {LOC:derb Jdid}, à côté du {LOC:hammam Lalla Khadija} |
Tél : {PHONE:06 35 48 10 72} |
CIN : {ID:JT 58204} |
Propos : « Bba {PER:Mimoun} bgha yzwejni b sif l wa7d sahbou, {PER:Hmad Ouberri}, 3ndo 60 3am. 9al lia
ila ma bghitich, ma b9itich bnti. Khrjt mn dar o mchit l Agadir. Daba 3ndi 19 3am. Khalti {PER:Itto}
kat9ol lia rje3i, walakin bba ma bgha ysme3 walo. » |
Orientation : entretien avec Maître {PER:Amrani} sur le mariage des mineures et les droits ; groupe de
parole de {PER:Tafsout}. {PER:Tamimount} dit à la fin : « daba 3reft bli 3ndi l 7e99 ngoul la ».
""", ["violence_psychological", "rights_awareness", "family_relations"]),
]


def main() -> None:
    write_set(STORIES, Path(__file__).with_name("analysis_train15.jsonl"), ROWS, PREFIX, THEMES)


if __name__ == "__main__":
    main()
