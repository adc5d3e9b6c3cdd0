"""Generate tests/data/analysis_train23.jsonl, training set 23 of the personal-data tagger (places).

Written on 2026-12-02 by the training writer ``train23``. Read beforehand: the
rules file of the worktrees (COMMON.md), the codebook (theme keys and
personal-data labels), the marking conventions of blind set 11 (the docstring
of its generator), the shared helpers (gold_marks.py) and the module docstring
of make_analysis_train22.py as a model of layout. The engine (msc/), the tests
and the other story sets were not read; the engine was not run on these
stories.

All stories are fictional: no real person; streets, neighbourhoods and villages
are real or plausible places, venues are invented or plausible, people, phone
numbers (fictional ranges: 06 39 98, 02 61 91, 07700 900, 0121 496), e-mail
domains (.example) and ID numbers are invented. Composition, 60 texts: 34
French (28 prose stories ``t23-fr-NN`` and 6 French SMS/WhatsApp threads
``t23-sms-01`` to ``t23-sms-06``, lang "fr") and 26 English (22 prose stories
``t23-en-NN`` and 4 English text threads ``t23-sms-07`` to ``t23-sms-10``,
lang "en"). Settings: Bordeaux, Lyon, Marseille, Lille, Toulouse, Nantes,
Paris, Strasbourg, Nice, Montpellier, Rennes, Grenoble, Rouen, Brussels,
Casablanca, Tanger, the High Atlas (Imilchil), Manchester, Leeds, London,
Glasgow, Birmingham, Bristol, Liverpool, Cardiff, Edinburgh, Belfast,
Newcastle, Sheffield and Nottingham. Each text is 80-250 words with 1-3 gold
themes (a theme is listed only when the story describes the thing, per the
codebook definitions).

What it brings: places (LOC) in every form and position, more than 300 spans:
numbered addresses with flat, floor and building details (« 14 rue Kléber, 3e
étage », « Flat 6, 41 Anson Road », « 4F2, 19 Easter Road », « 3/2, 144
Allison Street »); streets, squares, parks and residences named after people
(« place Gabriel-Péri », « résidence Jules-Verne », « Burgess Park »,
« altab ali park ») as LOC only; bare neighbourhoods and villages with no cue
(« à Fives », « à la Guillotière », « in Levenshulme », « à Agoudal »);
venues of every kind (cafés, bars, pubs named without a cue « the Old
Crown », « the Lord Nelson », hotels, hostels, guest houses, salons, saunas,
massage parlours, laundrettes, kebab shops, a friterie, a bakery, a
pâtisserie, a market); car parks, a campsite, a caravan site, squats, named
housing estates; places lowercase in SMS (« rdv cours victor hugo », « chez
moi a st michel », « flat 9, 22 ladybarn lane »); places in lists, in
appositions and after every preposition (à, au, aux, vers, près de, devant,
in, at, near, outside, on, past). People (PER) in every story, every
occurrence marked, names of many origins, names after titles marked without
the title; some PHONE, EMAIL and ID spans. Negatives left unmarked: large
cities, countries, regions, rivers, railway stations (gare Saint-Charles, gare
de Perrache, Lime Street station, Manor House station), hospitals and
institutions named after people or streets (hôpital Pellegrin, hôpital Saint-André, CHU
Charles-Nicolle, the Queen Elizabeth, the Maudsley, Whittall Street Clinic,
Granby Street Medical Practice), organisations, chain shops (Lavomatic, Tesco,
Sainsbury's, Boots), generic places (la gare, le foyer, the park, the
refuge), and « place », « square » used as words (« trouver ma place », « une
place en foyer », « back to square one », « a place of my own »).

Marking conventions: exactly those of blind set 11 (as stated in the docstring
of make_analysis_blind11.py): PER is the name only, without title, kinship
word or SMS vocative; LOC is cue plus name without the article or preposition
before it (« au café Le Passage » gives « café Le Passage », « à la
Guillotière » gives « Guillotière », « the Red Lion » gives « Red Lion »; an
English cue after the name is inside: « Grey Mare pub »), a numbered address
runs from the number (or the flat detail before it) to the end of the street
name with building or flat details joined by a comma inside; streets and
venues named after people are LOC only, the name inside is no PER; PHONE is
the whole number; EMAIL is the whole written form; ID is the number only,
without its cue. Source lines are joined with one space; a line ending in
`` |`` keeps a real newline.

Run:  cd tests/data && python3 make_analysis_train23.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_marks import THEMES, write_set  # noqa: E402

OUT = Path(__file__).resolve().parent / "analysis_train23.jsonl"
PREFIX = "t23-"
ROWS = 60

FRENCH = [
    ("t23-fr-01", "fr", """
{PER:Nadège}, 41 ans, raconte. « En arrivant à Bordeaux, j'ai dormi trois mois au {LOC:squat des Vivres},
derrière le {LOC:quai de Brazza}, avec {PER:Ornella} et une Roumaine qu'on appelait {PER:Mimi}. Je
travaillais le soir {LOC:cours de la Marne}, pas loin de la gare Saint-Jean. Une nuit, un homme m'a frappée au
{LOC:parking des Capucins} ; c'est {PER:Ornella} qui m'a emmenée aux urgences de Pellegrin. Le lendemain,
Mme {PER:Lacoste}, l'éducatrice, m'a trouvé une chambre au {LOC:14 rue Kléber, 3e étage}, à
{LOC:Saint-Michel}. Elle m'a présentée à {PER:Fatou} et à {PER:Rosa Pinto}, qui animent le groupe de parole du
jeudi au {LOC:café Le Passage}, {LOC:place Canteloup}. Aujourd'hui {PER:Mimi} vit à {LOC:Bacalan} et moi je
loue un studio {LOC:rue des Faures}. Je ne suis plus toute seule : on s'appelle chaque semaine, et quand l'une
de nous tombe, les autres la relèvent. J'ai enfin trouvé ma place. »
""", ["housing", "violence_physical", "peer_support"]),
    ("t23-fr-02", "fr", """
Je m'appelle {PER:Ioana Stanciu}. Je travaillais à {LOC:Gerland}, dans mon camion garé {LOC:avenue
Tony-Garnier}, près du {LOC:parc de Gerland}. Deux policiers passaient chaque semaine ; l'un, que les filles
appelaient {PER:Rocky}, me prenait cinquante euros et menaçait d'envoyer le camion à la fourrière. Mon amie
{PER:Larisa} m'a dit d'aller voir Maître {PER:Berthier}, dont le cabinet est au {LOC:27 quai Romain-Rolland,
2e étage}, dans le {LOC:Vieux-Lyon}. Avant le rendez-vous, on s'est retrouvées au {LOC:bar Le Fleuron},
{LOC:rue Sainte-Catherine}, avec {PER:Larisa} et la médiatrice {PER:Khadija}. Maître {PER:Berthier} a déposé
plainte pour moi, plainte n° {ID:2026/04471}. Depuis, {PER:Rocky} ne vient plus. Le samedi, je vais aux
ateliers sur les droits, dans une salle près de la {LOC:place Guichard}. J'ai appris que j'avais des droits,
même dans un camion, même sans papiers français. Je dis à la {PER:Ioana} d'avant : tu n'étais pas coupable.
""", ["police_harassment", "legal_support", "rights_awareness"]),
    ("t23-fr-03", "fr", """
Notes de l'éducatrice {PER:Samia Hadjadj}, maraude du 12 mars. Nous avons commencé {LOC:boulevard
d'Athènes}, au pied des escaliers de la gare Saint-Charles, puis nous sommes descendues vers {LOC:Belsunce} et
la {LOC:rue d'Aubagne}. Au {LOC:snack Le Bosphore}, {PER:Zineb} nous attendait avec deux nouvelles,
{PER:Precious} et {PER:Blessing}. Elles vivent à l'{LOC:hôtel du Levant}, au {LOC:9 rue des Convalescents, 2e
étage}. {PER:Precious} n'avait jamais fait de test. Nous lui avons proposé un TROD dans le camion garé
{LOC:place Jules-Guesde} : négatif pour le VIH, et un rendez-vous à l'hôpital de la Conception pour
l'hépatite B. {PER:Blessing} préfère le CeGIDD ; le Dr {PER:Ferracci} la recevra mardi. Fin de maraude
{LOC:cours Julien}, au {LOC:café des Capucins}, avec {PER:Zineb}, qui connaît tout le quartier.
""", ["hiv_sti_testing", "access_to_care"]),
    ("t23-fr-04", "fr", """
Lettre d'{PER:Aminata Diallo} à l'équipe. Chère {PER:Hélène}, cher {PER:Bastien}, quand je vous ai
rencontrés, je vivais à {LOC:Fives}, dans une chambre au-dessus du {LOC:kebab Le Palmier}, {LOC:rue
Pierre-Legrand}. Je n'osais pas aller plus loin que la {LOC:place Madeleine-Caulier}. Vous m'avez inscrite à
la formation de coiffure, au {LOC:salon Chez Lina}, {LOC:rue Gambetta}, où {PER:Lina} elle-même m'a appris les
tresses et les coupes. Pendant ce temps, ma fille {PER:Mariam} restait chez la voisine, Mme
{PER:Vandenberghe}, au {LOC:bâtiment C, 112 rue de Lannoy}. Aujourd'hui je travaille trois jours par semaine
au salon de {PER:Lina}, je paie mon loyer seule et j'ai déménagé aux {LOC:Bois-Blancs}. Je me regarde dans le
miroir et je vois une coiffeuse, pas une victime. Merci à vous, et surtout à {PER:Hélène} pour sa patience.
{PER:Aminata}
""", ["vocational_training", "income_employment", "self_esteem"]),
    ("t23-fr-05", "fr", """
Q : Où est-ce que c'est arrivé ? |
R : À {LOC:Bagatelle}, dans une cave de la {LOC:résidence Les Tilleuls}. Un homme qui se faisait appeler
{PER:Zizou} m'avait donné rendez-vous au {LOC:bar Le Terminus}, {LOC:rue Bayard}, près de la gare Matabiau.
Il m'a forcée. |
Q : Qui vous a aidée ? |
R : Ma cousine {PER:Sabrina} et une amie, {PER:Keisha}. Elles m'ont amenée à l'hôpital Purpan, puis
{PER:Keisha} m'a accompagnée chez la psychologue, Mme {PER:Roucolle}, qui consulte au {LOC:5 allée
Jean-Jaurès, 1er étage}. |
Q : Et maintenant ? |
R : Je vois Mme {PER:Roucolle} tous les quinze jours. Je dors mieux, les cauchemars reviennent moins. Je suis
partie de {LOC:Bagatelle} ; j'habite aux {LOC:Minimes}. Avec {PER:Sabrina}, on marche le dimanche au
{LOC:jardin Raymond-VI}, le long de la Garonne. Je ne passe plus jamais {LOC:rue Bayard}.
""", ["violence_sexual", "mental_health"]),
    ("t23-fr-06", "fr", """
Note de passage de relais, de {PER:Gwenaëlle Le Bihan} à {PER:Thomas}. Situation de Mme {PER:Okafor}
({PER:Joy}), 29 ans, et de son fils {PER:Daniel}, 4 ans. Hébergés depuis le 3 octobre à l'{LOC:hôtel Les
Alizés}, {LOC:boulevard de Doulon}. Le 115 doit les orienter vers la {LOC:résidence Madeleine-Brès}, au {LOC:3
rue de la Ripossière, bâtiment B}, à {LOC:Malakoff}. Papiers : récépissé n° {ID:4401298735}, valable
jusqu'au 14 janvier ; l'acte de naissance de {PER:Daniel} manque encore, rendez-vous à la préfecture le 9.
{PER:Joy} connaît {PER:Mireille}, bénévole au {LOC:café associatif La Ruche}, {LOC:rue Fouré}, qui garde
{PER:Daniel} le mercredi. Téléphone de {PER:Joy} : {PHONE:06 39 98 14 27}. Attention : l'ex-compagnon,
{PER:Emeka}, a été vu à {LOC:Bellevue} ; elle évite le tram de ce côté et ne veut pas d'une place en foyer
dans ce quartier.
""", ["housing", "civil_documents"]),
    ("t23-fr-07", "fr", """
Je suis {PER:Mei Lin} ; au salon, on m'appelait {PER:Xiao Mei}. Une femme, Mme {PER:Zhang}, m'a fait venir
de Chine en disant qu'il y avait du travail dans un restaurant. Elle m'a mise dans un salon de massage, le
{LOC:salon Lotus d'Or}, au {LOC:42 boulevard de la Villette}. Je dormais dans un appartement au {LOC:17 rue
Riquet, 6e étage}, avec quatre autres filles. Je devais quarante mille euros, et Mme {PER:Zhang} gardait tout
l'argent que les clients payaient. Une masseuse plus âgée, {PER:Ah Fang}, m'a donné le numéro d'une
association. Avec {PER:Ah Fang}, je suis allée voir Maître {PER:Durand-Vial}, {LOC:avenue Parmentier}. Elle a
fait la plainte pour traite. La police a fermé le salon et arrêté Mme {PER:Zhang} au {LOC:restaurant Le Dragon
de Jade}, {LOC:avenue d'Ivry}. Je vis maintenant hors de Paris, et {PER:Ah Fang} m'appelle le dimanche.
""", ["trafficking", "violence_economic", "legal_support"]),
    ("t23-fr-08", "fr", """
Compte rendu du groupe de parole du 4 février, au local de la {LOC:rue du Jeu-des-Enfants}. |
Présentes : {PER:Svetlana}, {PER:Gulnara}, {PER:Ana Maria}, {PER:Delphine} ; animatrice : {PER:Claire
Muller}. |
{PER:Gulnara} raconte qu'elle prend son traitement depuis deux ans ; sa charge virale est indétectable. Elle
habitait à {LOC:Cronenbourg}, elle a maintenant un logement à {LOC:Neudorf}, {LOC:rue de Lunéville}. |
{PER:Svetlana}, qui vit à la {LOC:Petite France}, avait honte d'aller chercher ses comprimés à l'hôpital
civil et en oubliait. {PER:Delphine} lui propose de se retrouver avant chaque rendez-vous au {LOC:salon de
thé Chez Ottilie}, {LOC:place d'Austerlitz}. |
{PER:Ana Maria} vend maintenant ses pâtisseries au marché de la {LOC:place Broglie} et dit que le groupe
l'a sortie de sa chambre. |
Prochaine séance au même endroit ; {PER:Claire Muller} apporte le goûter.
""", ["hiv_care", "peer_support"]),
    ("t23-fr-09", "fr", """
{PER:Valentina}, 34 ans : « Mon ex, {PER:Fabrizio}, disait qu'il me prendrait {PER:Giulia} si je continuais
à travailler. Il m'attendait devant le {LOC:bar Le Pinocchio}, {LOC:rue Bonaparte}, et me traitait de
moins que rien devant tout le monde. Ma voisine de palier, Mme {PER:Giordano}, au {LOC:23 avenue Borriglione,
5e étage}, a tout entendu et a accepté de témoigner. L'avocate, Maître {PER:Amrani}, m'a reçue à son cabinet du
{LOC:boulevard Victor-Hugo}. À l'hôpital Pasteur, on m'a donné un certificat pour mes crises d'angoisse. Le
juge aux affaires familiales a fixé la résidence de {PER:Giulia} chez moi, RG n° {ID:26/01873}.
{PER:Fabrizio} la voit un samedi sur deux, au {LOC:jardin Alsace-Lorraine}, jamais chez moi. {PER:Giulia}
et moi, on habite maintenant à {LOC:Cimiez}, et le dimanche on mange une socca au {LOC:snack Chez Rosetta}. »
""", ["violence_psychological", "family_law"]),
    ("t23-fr-10", "fr", """
Journal de la paire-aidante {PER:Cathy Roux}. Mardi : tournée par la {LOC:promenade du Peyrou}, puis le
{LOC:square Planchon}, devant la gare Saint-Roch. J'y ai retrouvé {PER:Laetitia} et {PER:Dolores}.
{PER:Laetitia} a rechuté ; elle boit depuis le matin au {LOC:bar Le Cosmos}, {LOC:rue du
Faubourg-Figuerolles}. Je l'ai accompagnée au CSAPA, où elle a vu le Dr {PER:Mestre}. {PER:Dolores} m'a dit que
son dealer, qu'on appelle {PER:Moustique}, la cherche à {LOC:Figuerolles}. Je lui ai donné un kit et le numéro de
{PER:Karim}, l'éducateur de nuit : {PHONE:06 39 98 52 10}. Mercredi : {PER:Laetitia} est venue d'elle-même à
l'accueil. Elle vit dans une caravane au {LOC:camping L'Oliveraie} et veut reprendre son traitement. On a
pris un café au {LOC:café Riche}, {LOC:place de la Comédie}. Elle a souri pour la première fois du mois.
""", ["addiction", "peer_support"]),
    ("t23-fr-11", "fr", """
Je m'appelle {PER:Lou}, je suis une femme trans. À la pharmacie de la {LOC:rue de Saint-Malo}, le pharmacien
m'a appelée « monsieur » devant tout le monde et a refusé de me donner ma PrEP. Mon amie {PER:Sacha} m'a
emmenée au CeGIDD de l'hôpital Pontchaillou ; l'infirmière, {PER:Morgane}, m'a expliqué le traitement sans
me juger, et le Dr {PER:Le Goff} m'a dit : « Vous avez le droit d'être soignée comme tout le monde. » Je prends
maintenant mes comprimés dans une autre pharmacie, près de la {LOC:place Sainte-Anne}. Le vendredi, je
retrouve {PER:Sacha} et {PER:Kenza} au {LOC:bar Le Bocal}, {LOC:rue Saint-Michel}, celle qu'on appelle la
{LOC:rue de la Soif}. J'habite à {LOC:Villejean}, au {LOC:8 square de Galicie, appartement 41}, et {PER:Kenza}
au {LOC:Blosne}. Je raconte tout ça à {PER:Kenza}, qui n'ose pas encore demander la PrEP.
""", ["stigma_discrimination", "hiv_prevention", "access_to_care"]),
    ("t23-fr-12", "fr", """
{PER:Halima}, 52 ans : « Après la mort de mon mari, je suis restée seule à la {LOC:Villeneuve}, au {LOC:40
galerie de l'Arlequin, 9e étage}. Je ne sortais plus, je ne parlais à personne, je mangeais du pain et du
thé. C'est {PER:Noura}, la voisine du dessous, qui m'a amenée aux colis des Restos du Cœur. Ensuite, le mardi,
on allait ensemble au {LOC:marché Saint-Bruno} chercher les invendus, et le jeudi au {LOC:jardin partagé des
Baladins}. {PER:Noura} m'a présentée à Mme {PER:Vial}, qui tient le {LOC:café La Fourmilière}, {LOC:place
Saint-Bruno}, où l'on mange pour deux euros. Maintenant je déjeune là-bas avec {PER:Odile}, {PER:Zahra} et
{PER:Noura}. Mon fils {PER:Rachid}, à Lyon, me téléphone le soir. Je ne suis plus seule. »
""", ["food_security", "social_isolation"]),
    ("t23-fr-13", "fr", """
De : {PER:Inès Marchetti} <{EMAIL:ines.marchetti@relais-sud.example}> |
À : {PER:Julien Bosc} |
Objet : situation de {PER:Naïma} |
Bonjour {PER:Julien}, |
{PER:Naïma} a été frappée hier soir par son logeur, {PER:Mourad Kaci}, dans l'appartement du {LOC:31 rue
Curiol, 4e étage gauche}, près de la {LOC:Canebière}. Elle s'est réfugiée au {LOC:bar Le Longchamp},
{LOC:boulevard Longchamp}, où la patronne, {PER:Josette}, a appelé le 17. Elle a passé la nuit aux urgences
et ne peut pas retourner {LOC:rue Curiol}. Peux-tu lui trouver une place au foyer ? Sinon, l'{LOC:hôtel Le
Saint-Louis}, {LOC:rue des Récolettes}, a des chambres. Elle veut éviter le {LOC:Panier}, où vit le frère du
logeur. Son numéro : {PHONE:06 39 98 71 05}. |
Merci, {PER:Inès}
""", ["violence_physical", "housing"]),
    ("t23-fr-14", "fr", """
J'ai ouvert mon commerce ! Moi, {PER:Rose-Marie Joseph}, Haïtienne, qui attendais les clients {LOC:boulevard
de Clichy}, je tiens aujourd'hui avec ma cousine {PER:Fabienne} la {LOC:laverie Chez Rose}, au {LOC:58 rue
Myrha}, à la {LOC:Goutte-d'Or}. Avant, je lavais tout au Lavomatic ; maintenant c'est moi qui ai les
machines. Le microcrédit de l'association m'a prêté trois mille euros, et M. {PER:Cissé}, le propriétaire,
a accepté un bail à mon nom. Les filles de {LOC:Pigalle}, de {LOC:Barbès} et de {LOC:Château-Rouge} passent laver leur linge et boire un café ;
{PER:Nadia} et {PER:Estelle} disent que je suis leur patronne préférée. Le soir je rentre chez moi, à la
{LOC:cité Charles-Hermite, bâtiment 4}. Ma fille {PER:Ketsia} est fière de moi. Avant j'avais honte de mon
nom ; maintenant il est écrit sur la vitrine. {PER:Rose-Marie}
""", ["income_employment", "self_esteem"]),
    ("t23-fr-15", "fr", """
{PER:Sandrine}, aide-soignante devenue paire, raconte la journée de {PER:Thi Hoa}. « {PER:Thi Hoa}
travaille au {LOC:sauna Le Tropical}, {LOC:cours de l'Yser}. Elle avait des douleurs depuis des semaines.
Je l'ai retrouvée à l'arrêt de tram de la {LOC:place de la Victoire} et nous sommes allées au CeGIDD de
l'hôpital Saint-André. La sage-femme, Mme {PER:Dupuy}, a trouvé une chlamydia et lui a donné le traitement ;
elle a aussi parlé de contraception, et {PER:Thi Hoa} a choisi un implant. C'était une petite victoire. Sa
collègue {PER:Kim} l'attendait ensuite au {LOC:restaurant Le Mékong}, {LOC:rue du Mirail}. Elles habitent
ensemble à {LOC:Nansouty}, au {LOC:17 rue de Bègles, porte B}. {PER:Kim} aussi prendra rendez-vous avec Mme
{PER:Dupuy}. »
""", ["sti_care", "reproductive_health"]),
    ("t23-fr-16", "fr", """
Tournée du vendredi, binôme {PER:Élodie} / {PER:Samir}. |
21h10 – {LOC:quai Perrache} : {PER:Bianca} et {PER:Reka}, dans leurs camionnettes. Préservatifs et gel. |
21h45 – {LOC:place Gabriel-Péri}, devant le {LOC:kebab Le Sultan} : {PER:Aïcha} nous présente une nouvelle,
{PER:Esther}, arrivée il y a un mois. Atelier sur les droits proposé mardi. |
22h30 – devant l'{LOC:hôtel Le Saxe}, {LOC:rue Paul-Bert} : {PER:Reka} explique à {PER:Esther} qu'on peut
porter plainte même sans titre de séjour. |
23h15 – retour par la gare de Perrache et la {LOC:place Carnot}. {PER:Samir} note qu'{PER:Esther} dort au
{LOC:squat du Grand Trou}. |
23h40 – fin. Rendez-vous mardi à la {LOC:Guillotière}, au local.
""", ["peer_support", "rights_awareness"]),
    ("t23-fr-17", "fr", """
Je m'appelle {PER:Aïcha Ouhadi}. Je suis née au {LOC:douar Aït Hamza}, près d'{LOC:Imilchil}. À quinze ans,
mon père, {PER:Haddou}, a voulu me marier à un cousin, {PER:Lahcen}. J'ai refusé ; il m'a dit que je n'étais
plus sa fille. Ma mère, {PER:Yamna}, m'a cachée chez sa sœur à {LOC:Agoudal}. Puis je suis partie à
Marrakech. J'ai vécu à {LOC:Daoudiate}, dans une chambre du {LOC:derb Tizougarine}, et j'ai fait ce que j'ai
pu pour manger. Là, {PER:Malika}, une éducatrice, m'a appris à lire. Il y a deux ans, ma sœur {PER:Fadma} m'a
appelée : mon père était malade. Je suis rentrée à {LOC:Agoudal} ; il m'a demandé pardon devant toute la
famille. {PER:Lahcen} a épousé une autre fille. Je vis toujours à {LOC:Daoudiate} et je vois {PER:Fadma}
chaque été.
""", ["violence_psychological", "family_relations"]),
    ("t23-fr-18", "fr", """
Témoignage recueilli par {PER:Hind}, paire éducatrice. « Je m'appelle {PER:Karima}, j'ai trente ans. Je
travaille le soir {LOC:boulevard Zerktouni}. Un brigadier, {PER:Bouchaib}, m'arrêtait devant le {LOC:café Le
Zénith}, {LOC:rue Ibnou Mounir}. Il prenait deux cents dirhams, parfois tout ce que j'avais gagné, et
menaçait de m'emmener au commissariat pour racolage. Ma copine {PER:Latifa} m'a dit qu'on pouvait refuser.
Avec {PER:Hind}, on a noté les dates, les heures, le numéro de la voiture. Maintenant je loge à {LOC:Oulfa},
à la {LOC:résidence Al Manar, immeuble 12}, et je travaille la journée au {LOC:salon Yasmine}, {LOC:quartier
Bourgogne}. Le brigadier {PER:Bouchaib} a été muté. {PER:Latifa} dit que c'est grâce à nos dates. »
""", ["police_harassment", "violence_economic"]),
    ("t23-fr-19", "fr", """
{PER:Gloria Osagie} a été amenée à Bruxelles par une « madam », Mama {PER:Joy}. Elle travaillait en
vitrine {LOC:rue d'Aerschot}, derrière la gare du Nord, et dormait au {LOC:14 rue de la Prairie,
rez-de-chaussée}, avec {PER:Faith} et {PER:Ivie}. Mama {PER:Joy}, qui habitait {LOC:rue des Plantes}, disait
que la dette était de trente-cinq mille euros et menaçait sa mère au Nigeria. Une éducatrice,
{PER:Marie-Laure}, l'a rencontrée à la {LOC:friterie Chez Eddy}, {LOC:place Liedts}, et l'a orientée vers
un centre spécialisé pour les victimes de traite. Elle a obtenu un titre de séjour ; numéro de registre
national : {ID:91.04.17-233.08}. Elle vit aujourd'hui dans le {LOC:quartier Brabant} et suit une formation.
{PER:Faith} est rentrée au pays ; {PER:Ivie} a disparu.
""", ["trafficking", "civil_documents"]),
    ("t23-fr-20", "fr", """
Comité de sélection – formation pâtisserie. |
Présents : Mme {PER:Cazals} (cheffe de la {LOC:pâtisserie Les Délices de Rangueil}), M. {PER:Tournier},
{PER:Leïla Benhamou} (association). |
Candidate 1 : {PER:Jennifer}, 27 ans, hébergée à l'{LOC:hôtel Le Capitole}, {LOC:rue Riquet}. Motivée, a
déjà travaillé en cuisine au {LOC:restaurant La Cantine du Faubourg}. Retenue. |
Candidate 2 : {PER:Oumou}, 35 ans, vit à {LOC:Empalot}, {LOC:résidence Les Pins, bât. 3}. Horaires
difficiles avec ses enfants ; Mme {PER:Cazals} propose les après-midi. Retenue. |
Candidate 3 : {PER:Paula}, 22 ans, vit dans un squat à la {LOC:Reynerie}. Préfère la coiffure ; orientée
vers {PER:Leïla}. |
Stage au laboratoire, {LOC:18 avenue de l'URSS}, à partir du 5 janvier, avec un contrat rémunéré.
""", ["vocational_training", "income_employment"]),
    ("t23-fr-21", "fr", """
Je m'appelle {PER:Ewa}. |
J'ai marché des années {LOC:rue Saint-Denis}, |
j'ai compté les pavés de la {LOC:place de la République}, |
j'ai dormi sur un banc du {LOC:square Villemin}. |
Personne ne savait mon nom, |
sauf {PER:Bogdan}, qui le criait quand il avait bu. |
Un jour, {PER:Agnieszka}, de l'accueil de jour, |
m'a prise par le bras jusqu'au {LOC:café Le Zorba}, {LOC:rue du Faubourg-du-Temple}. |
À l'hôpital Saint-Louis, la docteure {PER:Hamel} |
m'a écoutée sans regarder sa montre. |
J'avais envie de mourir ; |
maintenant j'ai envie de voir le printemps. |
{PER:Agnieszka} et {PER:Marta} viennent le jeudi |
dans ma chambre au {LOC:12 passage Ramponeau, 2e étage}, à {LOC:Ménilmontant}. |
Je ne dis plus que je suis seule. |
{PER:Ewa}
""", ["mental_health", "social_isolation"]),
    ("t23-fr-22", "fr", """
Audience du 18 novembre, tribunal judiciaire de Lille. {PER:Sofia Petrova} témoigne contre {PER:Gheorghe
Lupu}. Elle raconte qu'il l'a frappée dans l'appartement du {LOC:6 rue Jacquemars-Giélée, 1er étage}, puis
devant le {LOC:bar L'Estaminet}, {LOC:place Philippe-Lebon}. Son avocate, Maître {PER:Delattre}, produit le
certificat du CHU et le procès-verbal n° {ID:2026/008842}. Le témoin, {PER:Dimitri}, barman du {LOC:bar
L'Estaminet}, confirme les coups. {PER:Lupu} nie tout. Le tribunal le condamne à dix-huit mois, dont six
ferme, avec interdiction de paraître dans le {LOC:Vieux-Lille} et à {LOC:Saint-Maurice Pellevoisin}, où elle
habite. À la sortie, {PER:Sofia} est allée boire un thé avec {PER:Dimitri} et sa sœur {PER:Nadia}. Elle a dit
qu'elle ne se sentait plus au point de départ.
""", ["violence_physical", "legal_support"]),
    ("t23-fr-23", "fr", """
Ma petite {PER:Inaya}, quand tu es née, à la maternité Arnaud-de-Villeneuve, nous vivions à la
{LOC:Paillade}, au {LOC:12 rue de Tipasa, 11e étage}. Ton père, {PER:Yacine}, n'a pas voulu te reconnaître,
et je n'avais pas de papiers. C'est {PER:Maïté}, l'assistante sociale, qui m'a aidée à faire enregistrer ta
naissance, acte n° {ID:0348/2019}, puis à demander ma carte de séjour. On fêtait chaque papier obtenu au
{LOC:café Le Mistral}, {LOC:place de la Canourgue}. Ta marraine, {PER:Rita}, habitait {LOC:avenue de
Barcelone} et te gardait quand j'allais à la préfecture. Aujourd'hui nous habitons aux {LOC:Beaux-Arts}, tu as
ta carte d'identité, {PER:Inaya}, et ton grand-père {PER:Mokhtar} t'a enfin vue l'été dernier à Oran. Je
t'aime. Ta maman, {PER:Souad}
""", ["civil_documents", "family_relations"]),
    ("t23-fr-24", "fr", """
{PER:Aurélie}, 26 ans, agressée en juin. « Je suis montée dans la voiture d'un client {LOC:quai du Havre}. Il
m'a emmenée sur le {LOC:parking Saint-Marc} et m'a violée. Je me suis enfuie jusqu'au {LOC:bar Le Bellevue},
{LOC:place Saint-Marc}. La serveuse, {PER:Jess}, m'a prêté son téléphone et j'ai appelé {PER:Maxime}, mon
éducateur. L'unité médico-judiciaire du CHU Charles-Nicolle a fait les prélèvements. Maître {PER:Lefebvre} a
déposé plainte avec moi, dossier n° {ID:2026-R-03318}. Le client s'appelle {PER:Franck M.} ; il a été
retrouvé grâce à sa plaque. Mon amie {PER:Priscilla}, qui travaille {LOC:rue Saint-Julien}, m'a hébergée
trois nuits. J'habite toujours à {LOC:Grammont}, mais je ne vais plus {LOC:quai du Havre}. {PER:Jess} passe
me voir le lundi. »
""", ["violence_sexual", "legal_support"]),
    ("t23-fr-25", "fr", """
{PER:Dragana} et ses deux enfants ont été expulsés du {LOC:7 rue Pollak, 3e étage}, sans jugement : le
bailleur, M. {PER:Orsini}, avait changé les serrures. Ils ont dormi une semaine dans la voiture, sur le
{LOC:parking du Prado}, puis dans un mobil-home au {LOC:camping Le Mas de la Mer}, à l'{LOC:Estaque}.
{PER:Dragana} a rencontré {PER:Sophie} et {PER:Malik}, de l'équipe logement, au {LOC:bar des Sept Coins},
{LOC:rue Sainte-Françoise}. Grâce au recours DALO, elle a obtenu un T3 à la {LOC:résidence Les Flamants},
{LOC:bâtiment B2, 14 avenue Alexandre-Ansaldi}. Son fils, {PER:Luka}, a repris l'école. Sa fille,
{PER:Mila}, a dit en entrant : « Enfin une porte à nous. »
""", ["housing", "family_relations"]),
    ("t23-fr-26", "fr", """
Journal de {PER:Soukaina}, éducatrice paire à Tanger. |
Lundi soir : tournée au {LOC:Souk Dakhel}, puis {LOC:boulevard Pasteur}, devant l'{LOC:hôtel Al Andalous}.
J'ai distribué des préservatifs à {PER:Hanane}, {PER:Wafae} et {PER:Mounia}. {PER:Mounia} n'en voulait pas,
son client régulier refuse ; on a parlé de la façon de négocier. |
Mardi : à {LOC:Beni Makada}, {LOC:hay Al Mers}, {PER:Hanane} m'a présenté sa voisine {PER:Salma}, 19 ans. Je
lui ai expliqué le traitement d'urgence après un rapport à risque et où le demander. |
Mercredi : permanence au local ; {PER:Wafae} est venue chercher du lubrifiant pour tout son groupe. Le soir,
thé à la menthe avec {PER:Hanane} au {LOC:café Nejma}.
""", ["hiv_prevention", "peer_support"]),
    ("t23-fr-27", "fr", """
Q : {PER:Martine}, vous vivez avec le VIH depuis vingt ans ? |
R : Oui. Je l'ai appris en 2006 à l'hôpital Saint-André. Je travaillais alors {LOC:quai de Paludate}, près
des boîtes de nuit. |
Q : Comment l'avez-vous dit à vos enfants ? |
R : À ma fille {PER:Chloé} d'abord, au {LOC:café La Fabrique}, {LOC:place du Parlement}. Mon fils
{PER:Kévin} l'a su plus tard ; il m'en a voulu un an. |
Q : Et aujourd'hui ? |
R : Je prends mon traitement tous les matins ; ma charge virale est indétectable. La médiatrice, {PER:Awa
Sy}, m'a beaucoup aidée. {PER:Kévin} vient déjeuner le dimanche chez moi, à {LOC:Caudéran}, au {LOC:9 allée
des Acacias, appartement 3}. {PER:Chloé} habite à {LOC:Saint-Seurin}. Mon petit-fils, {PER:Nathan}, ne sait
pas encore. |
Q : Merci, {PER:Martine}.
""", ["hiv_care", "family_relations"]),
    ("t23-fr-28", "fr", """
Madame, Monsieur, je m'appelle {PER:Fatoumata Keïta}. Le 2 septembre, j'ai visité un studio au {LOC:21 rue
de Strasbourg, 4e étage}, à Nantes, proposé par l'agence Foncia. Le propriétaire, M. {PER:Guérin}, m'a reçue
ensuite au {LOC:café du Commerce}, {LOC:place du Commerce}. Quand il a appris par une voisine, Mme
{PER:Tessier}, que j'avais été vue {LOC:quai de la Fosse}, il a dit qu'il ne louait pas « à ces filles-là ».
Mon accompagnatrice, {PER:Anne-Sophie}, était témoin. M. {PER:Guérin} ne m'a jamais rappelée. Je vis toujours
en foyer, à la {LOC:résidence Jules-Verne}, dans le quartier de la {LOC:Bottière}, et mon fils {PER:Ibrahim}
attend une chambre à lui. Je demande que l'agence retire cette annonce et rappelle la loi à son client.
{PER:Fatoumata Keïta}, {PHONE:02 61 91 37 50}
""", ["stigma_discrimination", "housing"]),
]

FRENCH_SMS = [
    ("t23-sms-01", "fr", """
{PER:sonia}: t ou ma belle |
{PER:kelly}: chez moi a {LOC:st michel}, jsuis creuvée |
{PER:sonia}: le camion du depistage est {LOC:place de la victoire} jusqu a 20h |
{PER:kelly}: {PER:rachel} y est allee hier, c rapide ? |
{PER:sonia}: oui 15 min, c {PER:marion} qui fait les trod. rdv {LOC:cours victor hugo} devant le {LOC:snack
chez momo} a 18h30 ? |
{PER:kelly}: ok. apres on passe voir {PER:jade} a la {LOC:residence les iris, bat c} |
{PER:sonia}: elle est plus la bas, elle vit a la {LOC:benauge} maintenant chez son copain |
{PER:kelly}: ah ok. pas la gare hein jy vais plus |
{PER:sonia}: non non. a toute ma belle, et ramene ta carte vitale |
""", ["hiv_sti_testing", "peer_support"]),
    ("t23-sms-02", "fr", """
- il ma frappee encore, je suis partie |
- t ou la ? |
- a la {LOC:guillotiere}, au {LOC:kebab antalya} {LOC:rue de marseille} |
- bouge pas. {PER:nadia} arrive, elle est {LOC:place gabriel peri} |
- jai rien, ni sac ni tel, cest le tel de {PER:ahmed} du kebab |
- ok. on temmene a l {LOC:hotel des facultes} {LOC:rue sebastien gryphe}, le 115 a dit oui pour 3 nuits |
- et {PER:tony} ? il sait que je suis la |
- il connait pas cet hotel. {PER:nadia} dort avec toi ce soir. demain on voit mme {PER:perrin} pour le foyer |
- merci {PER:nadia} |
- cest {PER:lucie} pas {PER:nadia} mdr. courage ma grande |
""", ["violence_physical", "housing"]),
    ("t23-sms-03", "fr", """
Rappel automatique : votre RDV PrEP est lundi à 10h. Répondez OUI pour confirmer. |
{PER:yasmine}: oui |
{PER:yasmine}: {PER:karima} tu viens avec moi ? |
{PER:karima}: oui jte prends en bas de chez toi {LOC:bd national}, jsuis a la {LOC:belle de mai} chez tata
{PER:fatna} {LOC:rue loubon} |
{PER:yasmine}: ok devant le {LOC:tabac le national} a 9h15 |
{PER:karima}: apres on mange au {LOC:resto le ksar} {LOC:cours belsunce} |
{PER:yasmine}: vas y. {PER:rania} vient aussi, elle a fini son tpe |
{PER:karima}: elle est ou {PER:rania} maintenant |
{PER:yasmine}: toujours a {LOC:felix pyat, bat 3} |
Rappel automatique : RDV confirmé. En cas d'urgence, appelez le 15. |
""", ["hiv_prevention", "access_to_care"]),
    ("t23-sms-04", "fr", """
{PER:jessy}: les keufs sont {LOC:rue saint denis} devant l {LOC:hotel de la paix}, ils controlent tout le
monde |
{PER:lola}: {PER:bichette} s est fait embarquer |
{PER:jessy}: ils lui ont pris ses sous ?? |
{PER:lola}: 200 balles. le gros la, celui quon appelle {PER:bouledogue} |
{PER:jessy}: viens au {LOC:cafe le sully} {LOC:bd de strasbourg} |
{PER:lola}: non jsuis a {LOC:chateau rouge} je rentre |
{PER:jessy}: appelle {PER:mathilde} de lasso demain, elle note tout pour la plainte |
{PER:lola}: son num ? |
{PER:jessy}: {PHONE:06 39 98 20 61} |
{PER:lola}: ok. {PER:bichette} sort demain matin, je vais l attendre devant le commissariat. on se voit
{LOC:square saint laurent} apres |
""", ["police_harassment", "violence_economic"]),
    ("t23-sms-05", "fr", """
{PER:maeva}: distrib de colis ce soir {LOC:place arnaud bernard} |
{PER:precious}: a quelle heure |
{PER:maeva}: 19h. apportez des sacs, y a des legumes |
{PER:gift}: jsuis a {LOC:bagatelle} je peux pas venir, plus de ticket de bus et le frigo est vide |
{PER:maeva}: {PER:gift} je te depose ton colis. tu es toujours au {LOC:17 rue de la faourette, 2e etage} ? |
{PER:gift}: oui merci. {PER:ama} a faim aussi, elle est au {LOC:squat des arenes} |
{PER:precious}: je prends pour {PER:ama}, je passe par {LOC:saint cyprien} |
{PER:maeva}: top. on se retrouve apres au {LOC:cafe chez francis} ? |
{PER:precious}: ok a toute |
""", ["food_security", "peer_support"]),
    ("t23-sms-06", "fr", """
{PER:aïssata}: maman jai eu mon diplome d aide soignante !!! |
{PER:mariama}: ma fille je suis tellement fiere. on fete ca ou |
{PER:aïssata}: au {LOC:resto la teranga} {LOC:rue des postes}, au {LOC:faubourg de bethune} |
{PER:mariama}: jinvite tonton {PER:seydou} et {PER:binta} |
{PER:aïssata}: et papa ? |
{PER:mariama}: ton pere habite plus {LOC:rue d arras}, il est a {LOC:hellemmes} maintenant |
{PER:aïssata}: je lui ecris. il ma dit bravo hier, on se parle de nouveau |
{PER:mariama}: alors il vient. samedi 13h. {PER:binta} amene le gateau de la {LOC:patisserie chez kader},
{LOC:place de la nouvelle aventure} |
{PER:aïssata}: je taime maman |
""", ["family_relations", "vocational_training"]),
]

ENGLISH = [
    ("t23-en-01", "en", """
My name is {PER:Chantelle}. When {PER:Darren} threw me out of the flat on {LOC:Princess Road}, I had nowhere
to go. I slept two nights on a bench in {LOC:Hulme Park}. My friend {PER:Tasha} found me outside the {LOC:Grey
Mare pub} in {LOC:Longsight} and took me to her sister {PER:Kerry-Ann}'s place at {LOC:Flat 6, 41 Anson
Road}. My face was still swollen from his fists. The next morning {PER:Tasha} walked me to the Manchester
Royal Infirmary and then to the housing office. A worker called {PER:Priya} got me a room at the {LOC:Beacon
House hostel} on {LOC:Upper Brook Street}. Now I rent a room in {LOC:Levenshulme}, above the {LOC:Chai Corner
café}, a place of my own. {PER:Darren} doesn't know where I am. {PER:Tasha}, {PER:Kerry-Ann} and I have tea
together every Friday, and when one of us is low, the other two turn up.
""", ["housing", "violence_physical", "peer_support"]),
    ("t23-en-02", "en", """
Outreach note, {PER:Bex Dawson}, Tuesday. Met {PER:Ramona} and {PER:Ileana} on {LOC:Sweet Street}, near the
{LOC:Cross Keys pub}. {PER:Ramona} said PC {PER:Hargreaves} had stopped her twice by the {LOC:Crown Point car
park}, taken her phone and told her she would be arrested if she stayed. She did not know she could
complain. We sat in {LOC:Marie's Kitchen café} and went through her rights, step by step. {PER:Ileana} knows a
solicitor, Ms {PER:Okonjo}, whose office is on {LOC:Park Square East}; we booked a free appointment for
Thursday. Complaint logged with crime reference {ID:13260418775}. {PER:Ramona} now stays with {PER:Ileana} in
{LOC:Beeston}, at {LOC:Flat 2, 9 Tempest Road}. Both said they felt less alone knowing what the police can
and cannot do.
""", ["police_harassment", "legal_support", "rights_awareness"]),
    ("t23-en-03", "en", """
{PER:Hanh}, 24, from Vietnam, was brought to London by a man she knew as Uncle {PER:Tuan}. She was told she
owed him twenty thousand pounds for the journey. She worked twelve hours a day in the {LOC:Lucky Nails salon}
on {LOC:Mare Street}, in {LOC:Hackney}, and slept above the {LOC:Golden Lotus massage parlour} in
{LOC:Dalston}. Another worker, {PER:Linh}, gave her the number of a charity. After the police raid,
{PER:Hanh} received a positive reasonable-grounds decision, reference {ID:118402/26}, and her first
identity papers. Her caseworker, {PER:Grace Adeyemi}, meets her at the {LOC:Pelican café} on {LOC:Kingsland
Road}. Uncle {PER:Tuan} was arrested at {LOC:Flat B, 14 Amhurst Road}. {PER:Linh} has left the salon too;
{PER:Hanh} calls her every week.
""", ["trafficking", "civil_documents"]),
    ("t23-en-04", "en", """
I'm {PER:Shona}. For ten years I drank in the {LOC:Thistle Arms} on {LOC:Bridge Street}, and worked the
streets in {LOC:Anderston} to pay for it. My pal {PER:Mags} was there with me, and a man called {PER:Big Tam}
sold us valium from his car in the {LOC:St Enoch car park}. I ended up at the Royal Infirmary with my liver
in bits. The nurse there, {PER:Fiona}, sent me to the addiction team in the {LOC:Gorbals}. My worker,
{PER:Callum}, sees me every Tuesday at the {LOC:Wee Cuppa café} on {LOC:Cathcart Road}. I'm sober eight
months. {PER:Mags} is not, yet, but she comes to the group with me. My daughter {PER:Ailsa} lets me see the
wean in {LOC:Pollokshields} now. I still feel the pull when I pass the {LOC:Thistle Arms}, but I keep
walking, and I'm not back to square one.
""", ["addiction", "family_relations"]),
    ("t23-en-05", "en", """
Helpline sheet, caller 14. Name given: {PER:Shabnam}. Lives in {LOC:Sparkbrook}, {LOC:Flat 12, Ladypool
Court, 88 Stratford Road}. Works from a room above the {LOC:Taj Mahal takeaway} on {LOC:Ladypool Road}.
Worried after a condom broke with a client last week. Never tested for HIV or anything else. Her friend
{PER:Rukhsana} goes to the clinic at Heartlands, but {PER:Shabnam} is afraid of being seen there by her
brother-in-law, {PER:Imran}. Advised the Whittall Street Clinic in town, or a postal kit. She will meet our
outreach worker {PER:Jodie} at the {LOC:Old Crown} in {LOC:Digbeth} on Thursday at noon and go to the clinic
with her. Call-back number: {PHONE:0121 496 0731}. {PER:Jodie} to text her the way. {PER:Rukhsana} may come
too.
""", ["hiv_sti_testing", "access_to_care"]),
    ("t23-en-06", "en", """
{PER:Keziah} runs a food stall now. Three years ago she was selling sex on {LOC:Stapleton Road}, in
{LOC:Easton}, and living in a caravan at the {LOC:Riverside caravan site}. Her mentor, {PER:Ruth Ellery}, got
her onto a catering course at the college, and a small grant paid for her first gas ring. Now she sells
patties at {LOC:St Nicholas Market} under a sign that says Auntie {PER:Kez}. Her son {PER:Malachi} helps on
Saturdays. Her old friend {PER:Dionne} still works {LOC:Stapleton Road} and comes by for a free patty.
{PER:Ruth} eats there every Friday. "I feel like somebody now," {PER:Keziah} says. She rents a room on
{LOC:Brook Road} in {LOC:Montpelier}, above the {LOC:Bell pub}, and pays every penny herself.
""", ["income_employment", "self_esteem", "vocational_training"]),
    ("t23-en-07", "en", """
From: {PER:Niamh Costello} <{EMAIL:n.costello@merseyadvocacy.example}> |
To: DC {PER:Ahmed} |
Subject: statement of {PER:Leanne} |
Dear DC {PER:Ahmed}, |
{PER:Leanne} has asked me to send you the following. On 3 May she was raped by a man calling himself
{PER:Stevie} in a room at the {LOC:Mersey View guesthouse} on {LOC:Lime Street}, across from Lime Street
station. They had first met in the {LOC:Crown pub} near {LOC:Williamson Square}. She went to the SARC the
next day. Her friend {PER:Siobhan}, who lives at {LOC:Flat 5, 22 Seel Street}, can confirm what {PER:Leanne}
told her that night. {PER:Leanne} now sees a counsellor and would like to be interviewed at her home in
{LOC:Anfield}, not at the station. Crime reference {ID:LC-26-0598712}. |
Regards, |
{PER:Niamh}
""", ["violence_sexual", "legal_support"]),
    ("t23-en-08", "en", """
{PER:Sian} left {PER:Gareth} with her two boys, {PER:Rhys} and {PER:Dylan}, after he pushed her down the
stairs. They stayed first at the {LOC:Ty Croeso hostel} in {LOC:Splott}, then in a flat at {LOC:Flat 3, 17
Clifton Street}, in {LOC:Adamsdown}. The family court gave her residence of the boys; {PER:Gareth} sees them
every other Saturday and hands them back in the car park of the Tesco on {LOC:Newport Road}. Her
solicitor, Mrs {PER:Pritchard}, also got her child maintenance. {PER:Sian} now works mornings at the {LOC:Pen
y Bont café} on {LOC:Albany Road}, in {LOC:Roath}. {PER:Rhys} says their new home is the best place in the
world.
""", ["family_law", "housing"]),
    ("t23-en-09", "en", """
Drop-in group, Wednesday, back room of the {LOC:Kirkgate café} on {LOC:Leith Walk}. |
Present: {PER:Morag}, {PER:Ewa K.}, {PER:Nomsa}, {PER:Jolene}; facilitator {PER:Alison Reid}. |
{PER:Nomsa} said she had not spoken to anyone for a week in her room in {LOC:Pilton}. {PER:Jolene} offered to
meet her at the bus stop on {LOC:Ferry Road} on Wednesdays and walk in with her through the park. |
{PER:Morag} brought shortbread from the {LOC:Cherry Tree bakery} in {LOC:Leith}. |
{PER:Ewa K.} talked about spending Christmas alone; the group will meet on the 25th at {PER:Morag}'s flat,
{LOC:4F2, 19 Easter Road}, and everyone brings one dish. |
Next week: {PER:Alison Reid} away; {PER:Jolene} leads.
""", ["peer_support", "social_isolation"]),
    ("t23-en-10", "en", """
I'm {PER:Orla}. When the receptionist at my surgery on the {LOC:Falls Road} read out "HIV clinic" in the
waiting room, half of {LOC:Twinbrook} knew by Friday. A woman I'd known for years, {PER:Bernie}, wouldn't
let her kids play with mine. I stopped going to the {LOC:Rock Bar}. Even my sister {PER:Dearbhla} asked if
she could catch it from a cup. My consultant at the Royal Victoria, Dr {PER:Nwosu}, said I had done nothing
wrong. My peer mentor, {PER:Clodagh}, took me for coffee at the {LOC:Bobbin café} on {LOC:Botanic Avenue}
and told me her own story. Now I take my pills every morning and my viral load is undetectable. My son
{PER:Cian} knows. {PER:Bernie} apologised last month, outside the {LOC:Rock Bar}.
""", ["stigma_discrimination", "hiv_care"]),
    ("t23-en-11", "en", """
{PER:Ngozi} cleaned and cooked for Mrs {PER:Hall}, who ran the {LOC:Tyne View guest house} on {LOC:Osborne
Road} in {LOC:Jesmond}. For two years {PER:Hall} paid her nothing and kept her wages "for the room", and
took the money clients gave her too. A regular at the guest house, Mr {PER:Forster}, warned the peer worker
{PER:Adaeze}, whom he knew from the {LOC:Bigg Market}. {PER:Adaeze} met {PER:Ngozi} at the {LOC:Quayside Bean
café} and helped her leave with her bag and her passport. She now works paid shifts at the {LOC:Ship Inn} in
{LOC:Ouseburn} and rents a room in {LOC:Heaton}, at {LOC:Flat 1, 63 Chillingham Road}. Her first wages
bought school shoes for her daughter {PER:Chiamaka}.
""", ["violence_economic", "income_employment"]),
    ("t23-en-12", "en", """
Referral form |
Client: {PER:Bogdana Ivanova} |
Address: {LOC:Flat 9, Kelvin House, 210 Infirmary Road} |
Phone: {PHONE:07700 900318} |
Place of birth: Varna |
Referred by: {PER:Helen Marsh}, outreach |
Reason: about 14 weeks pregnant, no GP, no antenatal care so far. Works from the {LOC:Sunset sauna} on
{LOC:London Road}. |
Notes: {PER:Bogdana} wants to keep the baby. Her partner, {PER:Vasil}, is supportive. Interpreter needed
(Bulgarian); {PER:Desislava} from the {LOC:Sharrow} women's group has offered. GP registration requested at
Dr {PER:Qureshi}'s practice on {LOC:Abbeydale Road}. First antenatal appointment booked at the Jessop Wing.
Meeting point before appointments: the {LOC:Sheaf View pub} on {LOC:Gleadless Road}. {PER:Helen} will go
with her. |
""", ["reproductive_health", "access_to_care"]),
    ("t23-en-13", "en", """
{PER:Amira} and her three children lived on food parcels for a whole winter. The nearest food bank was in a
church hall on {LOC:Alfreton Road}, in {LOC:Radford}, and {PER:Amira} walked there with the pram, past the
{LOC:Old Angel} and the {LOC:Suds launderette}, because she could not pay the bus. They live at {LOC:Flat 4, 12 Hartley Road}. Her
neighbour, {PER:Pat}, shared soup on the worst nights. At the community kitchen in {LOC:Hyson Green},
volunteer {PER:Sunita} signed her up for vouchers. Her eldest, {PER:Yusuf}, stopped hiding at lunchtime. Her
mother, {PER:Fatima}, sent what she could from Khartoum. Now {PER:Amira} volunteers at the kitchen on
Mondays, and the children play with {PER:Pat}'s grandchildren on the {LOC:Forest Recreation Ground}. "We are
not hungry any more," {PER:Yusuf} says.
""", ["food_security", "family_relations"]),
    ("t23-en-14", "en", """
Night log, {PER:Marisol} and {PER:Dee}. |
22:00 {LOC:Caledonian Road}, outside the {LOC:Hope and Anchor}: {PER:Kasia} and {PER:Renata}, condoms and
lube. |
22:40 {LOC:Bethnal Green Road}: nobody out, rain. |
23:15 {LOC:Shacklewell Lane}: {PER:Thandi}, new, asked about PrEP; {PER:Dee} explained where to get it free
and how to take it. |
00:10 {LOC:Finsbury Park}, by the {LOC:Twelve Pins}: {PER:Kasia} again, said {PER:Renata} went with a client
to the {LOC:Northern Lights hostel} on {LOC:Seven Sisters Road}; we left a pack for her at the desk. Walked
{PER:Thandi} to Manor House station. |
01:00 end. {PER:Marisol} to call {PER:Thandi} on Friday.
""", ["hiv_prevention", "peer_support"]),
    ("t23-en-15", "en", """
{PER:Fadumo}, from Somalia, waited four years for her papers. Her solicitor, Ms {PER:Kaur}, at an office on
{LOC:Oxford Road}, sent letter after letter. Home Office reference {ID:F1284403}. She lived in asylum
housing at {LOC:Flat 7, 19 Birchfields Road}, in {LOC:Rusholme}, and walked every day along the {LOC:Curry
Mile} to see her friend {PER:Hodan}, who worked at the {LOC:Sanaa salon} on {LOC:Wilmslow Road}. When the
letter finally came, {PER:Fadumo} ran to the salon, and {PER:Hodan} and the owner, Mrs {PER:Farah}, cried
with her. Her residence permit card number is {ID:ZU7391482}. Her daughter, {PER:Ilhan}, can now apply to
join her.
""", ["civil_documents", "legal_support"]),
    ("t23-en-16", "en", """
Voice note left for {PER:Jas}, 11.40 pm: |
"{PER:Jas}, it's {PER:Rosie}. He's been at it again, calling me a dirty whore in front of the kids, saying
he'll tell my mum what I do. I'm at the {LOC:Royal Oak} on {LOC:Kirkstall Road}. I've no one else. I don't
see {PER:Michelle} any more since we left {LOC:Armley}. {PER:Craig} took my phone, so I'm ringing from the
bar. The kids are at my sister {PER:Leanne}'s in {LOC:Bramley}. Can you come and get me? I'll wait at the bus
stop opposite the {LOC:Cardigan Arms}. {PER:Craig} doesn't know your address on {LOC:Burley Road}, does he?
I'm that tired, {PER:Jas}."
""", ["violence_psychological", "social_isolation"]),
    ("t23-en-17", "en", """
{PER:Lavinia}, 31, was brought to Glasgow by her cousin's husband, {PER:Marian}. He kept six women in a
flat at {LOC:3/2, 144 Allison Street} and drove them each night to the {LOC:Blue Lagoon sauna} on
{LOC:Pollokshaws Road}. He took everything they earned and said they still owed him for the flights. One of
the women, {PER:Florentina}, escaped to a friend's in {LOC:Shawlands} and called the police. The flat was
raided in March. {PER:Lavinia} stayed first in a refuge and met her support worker, {PER:Morven}, every week
at the {LOC:Bluebell café} in {LOC:Strathbungo}. {PER:Marian} is on remand. {PER:Florentina} and
{PER:Lavinia} have shared a flat in {LOC:Partick} since June.
""", ["trafficking", "housing"]),
    ("t23-en-18", "en", """
Dear little {PER:Tamsin}, |
you are sixteen and sitting on the wall outside the {LOC:Three Kings} in {LOC:Clerkenwell}. You think
{PER:Lee} loves you. He will take you to flats on the {LOC:Aylesbury estate}, in {LOC:Peckham} and {LOC:Deptford}, and to a hotel on
{LOC:Old Kent Road} called the {LOC:Thames Lodge}. You will stop eating. You will want to die. Then a woman
called {PER:Yvonne} will sit next to you on a bench in {LOC:Burgess Park}, and she will not leave. Dr
{PER:Adebayo} will listen to you at the Maudsley. You will leave {PER:Lee} at twenty-two. Your friend
{PER:Gemma} will teach you to laugh again at the {LOC:Blue Door café} on {LOC:Lordship Lane}. You are not
rubbish. You never were. |
Love, {PER:Tamsin}, 38
""", ["mental_health", "self_esteem"]),
    ("t23-en-19", "en", """
Presenter: {PER:Aisha}, you're a peer mentor now. How did it start? |
{PER:Aisha}: I was diagnosed in 2015, when I was working in {LOC:Balsall Heath} and living on {LOC:Edward
Road}. |
Presenter: Where did you find support? |
{PER:Aisha}: At a women's group that met above {LOC:Mr Singh's sweet centre} on {LOC:Stoney Lane}.
{PER:Beatrice} ran it. She took me to my first appointment at the Queen Elizabeth and sat with me. |
Presenter: And now? |
{PER:Aisha}: Now I meet new women at the café in {LOC:Kings Heath Park}. {PER:Beatrice} retired to
{LOC:Handsworth}. Last week I sat with {PER:Zodwa} while she took her first pill. |
Presenter: {PER:Aisha}, thank you. |
""", ["hiv_care", "peer_support"]),
    ("t23-en-20", "en", """
{PER:Charlie}, 29, a trans woman, describes the night of 14 February. "I was waiting on {LOC:Portland
Square}, in {LOC:St Pauls}. Two officers pulled up. One of them, PC {PER:Miles}, called me 'it', searched my
bag, took my hormones and said he'd throw them in the harbour. His colleague, PC {PER:Dunn}, laughed. He'd
done it before, outside the {LOC:Star and Garter}. My friend {PER:Roxy} filmed it from the window of her
flat, {LOC:Flat 2, 7 Brunswick Square}. Afterwards we went for chips at {LOC:Ahmed's Fish Bar} on
{LOC:Ashley Road}. My outreach worker, {PER:Eleni}, sent the film to the Independent Office for Police
Conduct. Complaint reference {ID:2026/017734}. PC {PER:Miles} is suspended. {PER:Roxy} and I moved to
{LOC:Bedminster}."
""", ["police_harassment", "stigma_discrimination"]),
    ("t23-en-21", "en", """
Granby Street Medical Practice |
Dear Dr {PER:Mensah}, |
I saw Ms {PER:Abebe} ({PER:Tigist}), 33, who lives at {LOC:Flat 11, Princes Park Mansions} in {LOC:Toxteth},
with symptoms of pelvic infection. Tests for gonorrhoea and chlamydia were positive and I started treatment
today. She works at the {LOC:Paradise sauna} on {LOC:Duke Street} and would rather not be seen near
{LOC:Lodge Lane}. Her partner, {PER:Dawit}, should also be treated. She was accompanied by her peer support
worker, {PER:Mercy}, whom she met at the drop-in in {LOC:Sefton Park}. {PER:Tigist} prefers to be called on
{PHONE:07700 900562}. |
Yours sincerely, |
Dr {PER:Harriet Lowe}
""", ["sti_care", "access_to_care"]),
    ("t23-en-22", "en", """
Session notes, rights workshop, back room of the {LOC:Lord Nelson} in {LOC:Sneinton}. Facilitator:
{PER:Kirsty Boyle}. Seven women came, among them {PER:Maria}, {PER:Dorota}, {PER:Faith} and {PER:Kim}. We
covered what to do if stopped by police, how to report a dangerous client anonymously, and tenancy rights.
{PER:Dorota} had been told by her landlord on {LOC:Carlton Road} that she could be thrown out without
notice; she learned that he needs a court order. {PER:Maria} shared how she got her deposit back from a flat
at {LOC:Flat 2, 30 Sneinton Dale}. {PER:Faith} asked where the nearest free legal advice was, and we gave her
the law centre's details. {PER:Kim}, who lives in {LOC:St Ann's}, said she felt braver. Next session at the
{LOC:Lord Nelson}, same time.
""", ["rights_awareness", "peer_support"]),
]

ENGLISH_SMS = [
    ("t23-sms-07", "en", """
{PER:tash}: where r u |
{PER:jade}: at the {LOC:horse and jockey} in {LOC:withington} |
{PER:tash}: {PER:gaz} is looking for u, he was outside sainsburys shouting |
{PER:jade}: he said hes gonna smash my face in if i dont give him the money |
{PER:jade}: can i come to urs |
{PER:tash}: yeh {LOC:flat 9, 22 ladybarn lane}, buzz twice |
{PER:jade}: is {PER:ellie} there |
{PER:tash}: no shes at her mums in {LOC:whalley range} |
{PER:jade}: ok getting the 50 from the stop outside the {LOC:friendship inn} |
{PER:tash}: text me when ur on {LOC:mauldeth rd}, ill come down |
{PER:jade}: ok love u |
""", ["violence_psychological", "peer_support"]),
    ("t23-sms-08", "en", """
{PER:bibi}: clinic van at {LOC:arnold circus} tonight 7pm |
{PER:tia}: is it the one that does hiv tests |
{PER:bibi}: yes + syphilis, results in 15 min. nurse {PER:ola} is on |
{PER:nkechi}: can i come after work, i finish at the {LOC:eastern kebab house} on {LOC:brick lane} at 8 |
{PER:bibi}: ye its there till 9 |
{PER:tia}: ill bring {PER:rosa}, she never had a test |
{PER:nkechi}: meet at the {LOC:pride of spitalfields} first? |
{PER:tia}: no too many ppl see us. meet at the bench in {LOC:altab ali park} |
{PER:bibi}: ok then we walk to the van together |
{PER:nkechi}: got my result. negative!! |
{PER:tia}: {PER:rosa} too, shes crying lol |
""", ["hiv_sti_testing", "peer_support"]),
    ("t23-sms-09", "en", """
- landlord changed the locks on {LOC:cross flatts grove} |
- what?? where are u |
- at the door now, all my stuff is inside |
- whats the full address again |
- {LOC:47 cross flatts grove, top floor} |
- ok ringing {PER:deb} at the housing team, she knows him |
- he says i owe 2 months, i dont, i have the receipts |
- where will u sleep if |
- {PER:kayleigh} says i can go hers in {LOC:beeston hill}, or theres a bed at the {LOC:park lane hostel} |
- {PER:deb} says its an illegal eviction, dont leave, shes coming with pc {PER:shah} |
- ok waiting outside the {LOC:greyhound pub} |
- {PER:deb} here. locks back on by 6pm. {PER:kayleigh} bringing chips |
""", ["housing"]),
    ("t23-sms-10", "en", """
{PER:kirsty}: u ok hen? |
{PER:leanne}: been clean 3 weeks today |
{PER:kirsty}: so proud of u!!! where r u |
{PER:leanne}: at {LOC:sandy's cafe} on {LOC:dumbarton rd} |
{PER:kirsty}: is {PER:rab} still dealing outside the {LOC:dolphin bar}? |
{PER:leanne}: aye so i walk round by {LOC:kelvingrove park} now |
{PER:kirsty}: meeting tonight in {LOC:partick}, {PER:gillian} is chairing |
{PER:leanne}: cant, my methadone pickup at the boots on {LOC:byres rd} |
{PER:kirsty}: after then. ill get u at the stop on {LOC:crow rd} |
{PER:leanne}: ok. tell {PER:gillian} thanks for the call yesterday |
{PER:kirsty}: {PER:gillian} says ur a legend |
""", ["addiction", "peer_support"]),
]

STORIES = FRENCH + FRENCH_SMS + ENGLISH + ENGLISH_SMS


def main(out: Path = OUT) -> None:
    """Write the set to *out* (the committed JSONL file by default) and read it back."""
    write_set(STORIES, out, ROWS, PREFIX, set(THEMES))


if __name__ == "__main__":
    main()
