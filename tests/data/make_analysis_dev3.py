"""Generate tests/data/analysis_dev3.jsonl (formerly analysis_blind2.jsonl, "blind set 2").

Now the THIRD DEVELOPMENT SET: on 2026-12-01, after its first and only blind score (recorded in
tests/test_nlp_dev3.py), the engine was tuned on its misses, so it is no longer blind. What follows
describes how it was written.

Written on 2026-12-01 from the codebook (docs: shared/design/codebook.md) and
the PII labels alone, WITHOUT reading the analysis engine, its pattern lists,
its tests or its other evaluation sets. It is to be scored ONCE; never tune
the engine on it (if it is used for tuning, it stops being blind and a new
blind set must be written).

The 45 stories below are fictional (no real person): 22 French, 10 English,
8 in Arabic script (Modern Standard Arabic and Moroccan Darija) and 5 in
Darija/French written in Latin letters (SMS/WhatsApp register). Personal data
is marked inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE, EMAIL, ID);
this script strips the marks, computes character offsets (Python str
indices, i.e. code points) and checks that every span reads back exactly.

Marking conventions:
- PER: only the name, never the title or respect/kinship word before it
  (Mme, Madame, Mlle, M., Maître/Me, Dr, Docteur, Mrs, Mr, Ms, Sister, Auntie,
  Mama, Tata, Lalla, Hajja, Si, السيدة, لالة, الحاجة, الأستاذة, السي).
  Every occurrence of a name is marked, lowercase SMS names included.
- LOC: the cue word plus the name when a cue noun precedes it (quartier,
  rue, cours, quai, résidence, cité, derb, douar, hay, café, bar, hôtel, riad,
  حي، دوار، زنقة، شارع), without the article or preposition; a bare
  neighbourhood or village name is marked alone. Streets named after people
  are LOC, not PER. Large cities and countries are not marked.
- ID: only the number itself, not the cue (CIN, AGDREF, UNHCR, n°, numéro,
  number, رقم).
- Not PII (hard negatives, left unmarked): institutions named after people
  (hôpital Ibn Rochd, CHU Mohammed VI, lycée Victor Hugo, hôpital Hassan II,
  hôpital Pellegrin), cities and countries, organisations and services (ALCS,
  La CASE, POPPY, UNHCR, OFPRA, CNDA, CSSR, CIDAG), public service numbers
  (115), titles without a name.

Gold themes follow the codebook definitions: a theme is listed only when the
story describes the thing (lived, received, lost or gained), not when a word
merely appears, is negated, or concerns someone else.

Run:  python3 tests/data/make_analysis_dev3.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

LABELS = ("PER", "LOC", "PHONE", "EMAIL", "ID")
MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")

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

# (id, lang, marked text, gold themes)
STORIES: list[tuple[str, str, str, list[str]]] = [
    # ------------------------------------------------------------------ French
    ("b01", "fr",
     "{PER:Naïma}, 34 ans, vivait chez son frère dans le {LOC:quartier Sidi Youssef Ben Ali}, "
     "à Marrakech. Quand il a découvert son travail, il l'a frappée puis jetée dehors avec "
     "son sac, en criant devant les voisins qu'elle n'était plus sa sœur. Mme {PER:Rachidi}, "
     "une voisine, l'a hébergée trois semaines. À la clinique de l'ALCS, l'assistante sociale "
     "l'a aidée à refaire sa carte nationale, perdue ce soir-là : la nouvelle CIN, "
     "{ID:EE 482913}, est arrivée en mars. Aujourd'hui {PER:Naïma} loue une chambre avec une "
     "autre femme et dit qu'elle n'a plus honte de marcher la tête haute dans la rue.",
     ["violence_physical", "violence_psychological", "family_relations", "housing",
      "civil_documents", "self_esteem"]),

    ("b02", "fr",
     "Après le viol, {PER:Souad} ne voulait pas porter plainte : la dernière fois qu'elle "
     "était allée au commissariat, les policiers l'avaient gardée une nuit et lui avaient "
     "pris 500 dirhams pour la laisser partir. Cette fois, la paire-éducatrice l'a "
     "accompagnée chez Maître {PER:Benjelloun}, une avocate partenaire, qui a déposé la "
     "plainte avec elle. L'audience est fixée en juin et {PER:Souad} a laissé son numéro, le "
     "{PHONE:06 61 24 87 39}, pour être prévenue. Entre-temps, elle a vu la psychologue de la "
     "clinique deux fois ; elle dit que les cauchemars sont moins fréquents.",
     ["violence_sexual", "police_harassment", "violence_economic", "legal_support",
      "peer_support", "mental_health"]),

    ("b03", "fr",
     "{PER:Blessing} est arrivée à Bordeaux en 2022 depuis le Nigeria. Le réseau qui l'avait "
     "fait venir lui réclamait encore 30 000 euros et gardait son passeport. Avec l'équipe "
     "de POPPY, elle a rencontré la juriste de La CASE et déposé une demande de titre de "
     "séjour ; son récépissé porte le numéro AGDREF {ID:3304127856}. Mme {PER:Lacoste}, "
     "l'assistante sociale, lui écrit à {EMAIL:blessing.o22@gmail.com} pour les rendez-vous "
     "à la préfecture. Elle dort encore dans un centre d'hébergement d'urgence, mais pour la "
     "première fois elle a un papier à son nom.",
     ["trafficking", "civil_documents", "legal_support", "housing"]),

    ("b04", "fr",
     "En 2023, {PER:Latifa} a appris sa séropositivité au CIDAG de l'ALCS. Elle a attendu six "
     "mois avant de commencer le traitement : au service des maladies infectieuses du CHU "
     "Mohammed VI, une infirmière avait parlé fort de « ces femmes-là » devant toute la salle "
     "d'attente. C'est la médiatrice thérapeutique, {PER:Khadija}, qui l'a accompagnée à ses "
     "rendez-vous de suivi et qui l'appelle quand elle oublie ses comprimés. Sa charge virale "
     "est maintenant indétectable. Depuis l'été, {PER:Latifa} a recommencé à voir ses enfants "
     "chez sa mère le dimanche, ce qu'elle n'avait pas fait depuis trois ans.",
     ["hiv_sti_testing", "hiv_care", "stigma_discrimination", "family_relations"]),

    ("b05", "fr",
     "Depuis qu'elle a obtenu son diplôme de coiffure au centre de formation, {PER:Hayat} "
     "travaille trois jours par semaine dans le salon de M. {PER:Ouazzani}, {LOC:avenue Hassan II}. "
     "Elle est payée chaque samedi et met de côté un peu d'argent sur un compte ouvert à son "
     "nom. Son fils entre en seconde au lycée Victor Hugo de Marrakech et c'est elle qui a "
     "payé les fournitures. « Avant, je dépendais des clients ; maintenant c'est moi qui "
     "décide de mes horaires », explique-t-elle à l'animatrice.",
     ["vocational_training", "income_employment"]),

    ("b06", "fr",
     "{PER:Valentina}, femme trans d'origine colombienne, prenait la PrEP de façon irrégulière "
     "parce qu'elle n'avait pas de médecin et achetait les comprimés à une amie. Le Dr "
     "{PER:Marchand}, au CeGIDD, l'a reçue sans rendez-vous, a refait le dépistage du VIH et "
     "des hépatites et lui a prescrit la PrEP pour trois mois. Pendant la maraude, l'équipe lui "
     "a aussi laissé des préservatifs et du gel. Pour la première fois un médecin l'a appelée "
     "par son prénom choisi : elle dit s'être sentie digne et respectée. Elle a donné son "
     "portable, le {PHONE:+33 6 48 21 77 05}, à la médiatrice en santé.",
     ["hiv_prevention", "hiv_sti_testing", "access_to_care", "self_esteem"]),

    ("b07", "fr",
     "{PER:Sandrine} consommait de la cocaïne presque tous les soirs pour « tenir » au travail. "
     "Elle a commencé un suivi au CSAPA avec le Docteur {PER:Nguyen}, psychiatre, qui soigne "
     "aussi ses crises d'angoisse. Elle précise qu'elle n'a subi aucune violence cette année, "
     "mais qu'elle se sentait complètement seule dans son studio de la {LOC:rue Mouneyra}. Le "
     "groupe de parole du jeudi l'a aidée : elle y a retrouvé deux anciennes collègues du "
     "trottoir et elles s'appellent maintenant tous les soirs avant de sortir.",
     ["addiction", "mental_health", "social_isolation", "peer_support"]),

    ("b08", "fr",
     "Mlle {PER:Ikram} travaillait à l'{LOC:hôtel Les Palmiers}. Un soir, un client a refusé "
     "de la payer et l'a menacée de la dénoncer. Deux jours plus tard, des policiers l'ont "
     "arrêtée devant l'hôtel sans aucun motif et l'ont insultée pendant tout le trajet ; elle "
     "a passé la nuit au commissariat. L'éducatrice paire de la CSSR lui a ensuite expliqué "
     "ce que la police a le droit de faire ou non, et où s'adresser en cas d'abus. {PER:Ikram} "
     "dit qu'elle sait maintenant quoi répondre et qu'elle ne signe plus rien sans lire.",
     ["violence_economic", "violence_psychological", "police_harassment", "rights_awareness",
      "peer_support"]),

    ("b09", "fr",
     "{PER:Zineb} a fui le {LOC:douar Ait Bouzid} à seize ans, quand son père a voulu la marier "
     "de force à un homme de cinquante ans. Elle n'a plus aucun contact avec sa famille depuis. "
     "À Agadir, c'est Hajja {PER:Mina}, une ancienne travailleuse du sexe, qui l'a prise sous "
     "son aile et lui a présenté les autres femmes du quartier. Avec l'aide de l'ALCS, "
     "{PER:Zineb} a enfin pu faire inscrire sa fille à l'état civil et obtenir son acte de "
     "naissance ; la petite n'existait sur aucun registre.",
     ["violence_psychological", "family_relations", "peer_support", "civil_documents"]),

    ("b10", "fr",
     "{PER:Grace}, camerounaise, a été violée par trois hommes dans la forêt près de Nador, "
     "avant d'arriver à Rabat. À la clinique, la sage-femme lui a donné la contraception "
     "d'urgence et le traitement post-exposition, dans les délais. Tata {PER:Odile}, une "
     "compatriote, l'a ensuite accompagnée déposer sa demande d'asile ; son certificat porte "
     "le numéro UNHCR {ID:354-23C04417}. {PER:Grace} ne dort plus dehors : depuis un mois, elle "
     "partage une chambre à {LOC:Takadoum} avec deux autres femmes.",
     ["violence_sexual", "reproductive_health", "hiv_prevention", "civil_documents", "housing"]),

    ("b11", "fr",
     "Chaque mois, {PER:Hanane} envoyait presque tout ce qu'elle gagnait à sa mère, et son "
     "oncle, Si {PER:Abdelkader}, venait en plus lui prendre de l'argent en menaçant de tout "
     "raconter au quartier. Elle n'a plus pu payer le loyer et a été expulsée de sa chambre. "
     "Avec la conseillère de l'association, elle a fait un budget, obtenu un micro-crédit et "
     "elle vend aujourd'hui des msemen sur la {LOC:place Lalla Yeddouna}. Elle a coupé les "
     "ponts avec son oncle et ne rappelle sa mère qu'une fois par mois.",
     ["violence_economic", "violence_psychological", "housing", "income_employment",
      "family_relations"]),

    ("b12", "fr",
     "{PER:Meryem} est venue à la séance de sensibilisation sur les droits organisée au local "
     "de Tanger. On y a parlé de la plainte, du certificat médical et des recours contre les "
     "violences policières. Elle dit qu'elle n'a jamais eu de problème avec la police, mais "
     "qu'elle ignorait qu'un certificat médical pouvait être délivré gratuitement et vers qui "
     "se tourner. Depuis, elle a rejoint le groupe WhatsApp des paires et c'est elle qui "
     "répond aux nouvelles le soir. Numéro pour le groupe : {PHONE:07 71 35 02 68}.",
     ["rights_awareness", "peer_support"]),

    ("b13", "fr",
     "Enceinte de deux mois, {PER:Asmae} ne savait pas à qui en parler. Madame "
     "{PER:El Idrissi}, la sage-femme de la CSSR, lui a fait une échographie et lui a expliqué "
     "ses options sans la juger. {PER:Asmae} a décidé de garder l'enfant ; elle est suivie "
     "chaque mois et prend du fer. Son compagnon, qui l'accompagne à chaque consultation, a "
     "trouvé avec elle un petit appartement dans la {LOC:cité Dakhla}, où ils ont emménagé "
     "en novembre.",
     ["reproductive_health", "family_relations", "housing"]),

    ("b14", "fr",
     "Me {PER:Chraïbi} a obtenu pour {PER:Rachida} le divorce et une pension alimentaire de "
     "800 dirhams par mois pour ses deux enfants. Son ex-mari la battait et menaçait de lui "
     "enlever les enfants si elle partait. Le jugement lui confie la garde ; le dossier du "
     "tribunal de la famille porte le n° {ID:1612/2024}. {PER:Rachida} vit maintenant seule "
     "avec ses enfants, qui ont recommencé à passer les vacances chez leurs grands-parents, "
     "et elle dit qu'elle dort enfin sans avoir peur.",
     ["family_law", "legal_support", "violence_physical", "violence_psychological",
      "family_relations"]),

    ("b15", "fr",
     "Pendant une tournée de l'unité mobile à {LOC:Anza}, {PER:Fatiha} a accepté le test rapide "
     "de l'hépatite C. Positif. La paire-éducatrice l'a orientée vers le Dr {PER:Amrani}, qui "
     "consulte à l'hôpital Hassan II d'Agadir, pour le bilan complet. Elle avait aussi des "
     "brûlures depuis des semaines : à la clinique, on lui a diagnostiqué une chlamydia, "
     "traitée le jour même. « Personne ne m'avait jamais examinée comme ça », dit-elle.",
     ["hiv_sti_testing", "access_to_care", "sti_care", "peer_support"]),

    ("b16", "fr",
     "{PER:Kiara} a été refusée deux fois à l'accueil d'un cabinet médical du "
     "{LOC:cours de la Marne}, parce que le prénom inscrit sur son titre de séjour (n° "
     "{ID:3300981274}) ne correspondait pas à son apparence ; la secrétaire a ri. Avec la "
     "médiatrice de POPPY, elle a trouvé une médecin généraliste, Mme {PER:Dupuy-Larrieu}, "
     "qui la suit maintenant pour son traitement hormonal et son VIH. Elle prend ses "
     "antirétroviraux sans interruption depuis octobre.",
     ["stigma_discrimination", "access_to_care", "hiv_care"]),

    ("b17", "fr",
     "Pendant le ramadan, {PER:Aïcha} n'avait plus rien : pas de clients, pas de quoi manger. "
     "Elle a passé plusieurs jours avec du pain et du thé. L'association lui a remis des "
     "paniers alimentaires trois semaines de suite et des bons d'achat pour le souk. Mama "
     "{PER:Zohra}, la doyenne des travailleuses du {LOC:derb Sidi Bouloukat}, a organisé une "
     "collecte entre les filles pour payer sa bouteille de gaz. {PER:Aïcha} dit qu'elle s'est "
     "sentie moins seule, qu'avant elle ne parlait à personne.",
     ["food_security", "peer_support", "social_isolation"]),

    ("b18", "fr",
     "Son compagnon enfermait {PER:Leïla} à clé dans l'appartement de la "
     "{LOC:résidence Les Aubiers} quand il partait, et lui confisquait son téléphone. Un jour, "
     "elle a réussi à appeler le 115 depuis chez une voisine. Elle a été mise à l'abri dans un "
     "centre d'hébergement d'urgence. M. {PER:Garnier}, le travailleur social, l'a aidée à "
     "déposer plainte et à demander une ordonnance de protection au juge. On peut le joindre "
     "au {PHONE:07 82 14 60 93} ou à {EMAIL:j.garnier@lacase-asso.fr}.",
     ["violence_physical", "housing", "legal_support"]),

    ("b19", "fr",
     "{PER:Nadia}, originaire d'{LOC:Imi n'Zgart}, croyait partir travailler comme serveuse. "
     "L'homme qui l'a recrutée à Béni Mellal l'a logée avec quatre autres filles au "
     "{LOC:riad Dar Yasmine} et lui a annoncé qu'elle lui devait 20 000 dirhams pour le voyage "
     "et la chambre. Les clients le payaient directement, elle ne voyait jamais l'argent. "
     "Après huit mois, une paire-éducatrice l'a abordée au hammam et lui a glissé le numéro de "
     "la cellule d'écoute. Aujourd'hui {PER:Nadia} a repris contact avec sa sœur et suit une "
     "formation en pâtisserie.",
     ["trafficking", "violence_economic", "peer_support", "family_relations",
      "vocational_training"]),

    ("b20", "fr",
     "Tout le monde l'appelle {PER:Mimi}. Il y a deux ans, elle ne sortait presque plus de sa "
     "chambre de la {LOC:rue Bab Doukkala}, elle ne voyait personne et avait honte d'elle-même "
     "après tout ce qu'elle avait vécu. Aujourd'hui elle est paire-éducatrice à la CSSR : elle "
     "anime l'atelier du mardi et accompagne les nouvelles à leur premier rendez-vous. « Je "
     "suis fière de moi, pour la première fois de ma vie. » Sa collègue {PER:Bouchra} dit que "
     "{PER:Mimi} a changé de voix, qu'elle parle fort maintenant.",
     ["self_esteem", "peer_support", "social_isolation"]),

    ("b21", "fr",
     "{PER:Siham} a été rouée de coups par un client à la sortie du {LOC:bar Le Balcon}, à "
     "Casablanca. Aux urgences de l'hôpital Ibn Rochd, le Dr {PER:Bennis} lui a établi un "
     "certificat médical de 25 jours d'incapacité. L'assistante sociale de l'ALCS l'a aidée à "
     "porter plainte ; le récépissé porte le numéro {ID:2025/3318}. Le client a été convoqué. "
     "{PER:Siham} garde une cicatrice au front, mais elle dit avoir appris qu'elle avait des "
     "droits, comme n'importe quelle citoyenne.",
     ["violence_physical", "access_to_care", "legal_support", "rights_awareness"]),

    ("b22", "fr",
     "Tata {PER:Rose}, comme l'appellent les filles du {LOC:quai de Paludate}, a soixante ans "
     "et travaille encore. Elle est venue à POPPY pour la première fois en mars, pour un "
     "frottis : elle n'en avait jamais fait. La gynécologue a trouvé une lésion et l'a orientée "
     "vers l'hôpital Pellegrin, où elle a été opérée. Sa demande d'asile a été rejetée par "
     "l'OFPRA ; l'avocate a fait un recours devant la CNDA, dossier n° {ID:24019876}. Elle dit "
     "qu'elle a peur d'être renvoyée au Cameroun, mais qu'en France, au moins, elle est soignée.",
     ["reproductive_health", "access_to_care", "legal_support", "civil_documents"]),

    # ----------------------------------------------------------------- English
    ("b23", "en",
     "{PER:Precious} came to Rabat from Nigeria in 2021. The woman who paid for her journey, "
     "whom everyone called Mama {PER:Esohe}, told her she owed 40,000 euros and took her "
     "passport. For two years {PER:Precious} worked in an apartment in {LOC:Hay Nahda} and "
     "handed over every dirham she earned. Sister {PER:Joy}, a peer educator from Ghana, met "
     "her during an outreach night and went with her to register with UNHCR; her asylum "
     "certificate number is {ID:354-21C08812}. She now sleeps at a shelter run by nuns and "
     "says she can finally think about next year.",
     ["trafficking", "violence_economic", "peer_support", "civil_documents", "housing"]),

    ("b24", "en",
     "A condom broke with a client and {PER:Sophie} panicked. She called the clinic hotline at "
     "two in the morning and a few hours later the nurse started her on PEP for 28 days. She "
     "was tested for HIV at the start and again six weeks later: both negative. She had never "
     "heard of PrEP before; now she takes it every day. Her landlord, Mr {PER:Haddad}, had been "
     "asking questions about her visitors, so she asked the clinic to send reminders only by "
     "text to {PHONE:+212 6 63 09 41 27}.",
     ["hiv_prevention", "hiv_sti_testing"]),

    ("b25", "en",
     "Last winter {PER:Rania} stopped eating and told her roommate she wanted to die. The peer "
     "educator, Auntie {PER:Malika}, sat with her all night in her room in {LOC:Derb Ghallef} "
     "and took her to the clinic psychologist the next day. Ms {PER:Berrada}, the psychologist, "
     "has seen her every week since. {PER:Rania} says the sessions helped her understand that "
     "the way her life went was not her fault. She now goes to the women's group on Saturdays "
     "and no longer spends whole days alone with the curtains closed.",
     ["mental_health", "peer_support", "social_isolation"]),

    ("b26", "en",
     "{PER:Yasmine} is a trans woman from Algeria living in Bordeaux. One night a man stole her "
     "phone and all the money she had earned. When she went to report it, the officer at the "
     "desk said he could not take a complaint \"for that kind of work\" and kept calling her "
     "monsieur. The mediator from POPPY went back with her the next day and the complaint was "
     "recorded under number {ID:2025/00417}. {PER:Yasmine} has since joined the trans support "
     "group, where she met Dr {PER:Laurent}, a volunteer GP who now follows her. Invitations go "
     "to {EMAIL:yasmine.dz33@outlook.fr}.",
     ["violence_economic", "stigma_discrimination", "legal_support", "peer_support",
      "access_to_care"]),

    ("b27", "en",
     "{PER:Hafsa} finished the six-month sewing course at the vocational centre in March. With "
     "a small loan from a micro-credit association she bought a second-hand machine and now "
     "makes djellabas for women in {LOC:Hay Mohammadi}. She has not needed to work at night "
     "since May. \"When a neighbour pays me, she looks at me like a woman who works, not like "
     "a sinner. I hold my head up now,\" she told the facilitator.",
     ["vocational_training", "income_employment", "self_esteem"]),

    ("b28", "en",
     "For six years {PER:Samira}'s mother refused to speak to her. When {PER:Samira} tested "
     "HIV-positive, she thought she would never go home to {LOC:Douar Lamhamid} again. The "
     "therapeutic mediator helped her prepare what to say, and in August she travelled there "
     "with her cousin {PER:Younes}. Her mother cried and held her. {PER:Samira} now takes her "
     "treatment openly at the family table and her viral load is undetectable. Mrs "
     "{PER:Tahiri}, the social worker, says she has started talking about the future.",
     ["family_relations", "violence_psychological", "hiv_sti_testing", "hiv_care"]),

    ("b29", "en",
     "Police raided the café where {PER:Wafae} waits for clients, the {LOC:Café Nakhla} near the "
     "bus station. She was taken in without any charge, held for two days and released only "
     "after a friend paid an officer 1,000 dirhams. Her phone was never returned. The "
     "association's paralegal, Mr {PER:Skalli}, advised her on how to get a copy of the "
     "arrest record, and she has since attended two workshops on her rights. Her new number "
     "is {PHONE:0661-482-905}.",
     ["police_harassment", "violence_economic", "legal_support", "rights_awareness"]),

    ("b30", "en",
     "{PER:Kelly} started drinking heavily after her brother died. She would arrive at the "
     "drop-in centre already drunk at noon. The nurse never lectured her; she offered coffee, a "
     "shower and, twice a month, a talk with the addiction counsellor. {PER:Kelly} refused the "
     "HIV test she was offered and said she would think about it. She now drinks only at "
     "weekends and has joined the gardening project at the centre. Her case worker, "
     "{PER:Marion}, has noticed that she comes on time.",
     ["addiction"]),

    ("b31", "en",
     "{PER:Aminata}, from Côte d'Ivoire, was raped by four men in an unfinished building in "
     "{LOC:Boukhalef}, outside Tangier. She waited five days before coming to the clinic, too "
     "late for PEP. Lalla {PER:Fatna}, the nurse, did the HIV and syphilis tests and a "
     "pregnancy test, which was positive. {PER:Aminata} decided to keep the baby and was "
     "referred to a gynaecologist at the public hospital. She has nightmares every night and "
     "now sees the psychiatrist once a month.",
     ["violence_sexual", "hiv_sti_testing", "reproductive_health", "access_to_care",
      "mental_health"]),

    ("b32", "en",
     "{PER:Loubna}'s son is four and had no birth certificate because his father refused to "
     "recognise him. With Ms {PER:Alaoui}, the association's lawyer, {PER:Loubna} went to court "
     "to establish paternity, and a DNA test was ordered in May. Meanwhile the boy was entered "
     "in the civil register so that he could start preschool. {PER:Loubna}'s own ID card, "
     "{ID:BK629144}, had expired, and it was renewed at the same time. \"Now my son exists on "
     "paper,\" she says.",
     ["civil_documents", "family_law", "legal_support", "family_relations"]),

    # ------------------------------------------------------------ Arabic script
    ("b33", "ar",
     "قالت لنا: اسمي {PER:نجاة}، عمري ثلاثون سنة، وكنت أعمل في {LOC:حي الداوديات} بمراكش. "
     "أوقفتني الشرطة ثلاث مرات في شهر واحد، وفي كل مرة كانوا يأخذون مني المال لكي يتركوني "
     "أذهب، دون محضر ودون أي سبب. بعد أن تعرفت على المثقفة النظيرة في الجمعية، فهمت "
     "أن من حقي أن أرفض، وأنه يمكنني الاتصال بخلية الاستماع في أي وقت. اليوم أشارك في "
     "ورشات التوعية بالحقوق مع نساء أخريات، وأشعر أنني أقوى وأنني أستحق الاحترام.",
     ["police_harassment", "violence_economic", "peer_support", "rights_awareness",
      "self_esteem"]),

    ("b34", "ar",
     "سميتي {PER:حليمة}، جيت من {LOC:دوار أولاد عياد} ملي خوتي عرفو شنو كنخدم. قالو ليا "
     "ما بقيتيش ختنا، وإلا رجعتي غادي نقتلوك. بت جوج ليالي فالمحطة ديال الكيران. الحاجة "
     "{PER:رقية}، مرا كبيرة كانت خدامة معانا من قبل، داتني لدارها وعطاتني بيت. دابا كنخلص "
     "الكرا ديالي بوحدي، وكنمشي للجمعية كل نهار الخميس نتلاقى مع البنات ونهضرو على "
     "المشاكل ديالنا. قالت بلي أول مرة حسات براسها ماشي بوحدها فهاد الدنيا.",
     ["violence_psychological", "family_relations", "housing", "peer_support",
      "social_isolation"]),

    ("b35", "ar",
     "رافقت السيدة {PER:سعاد}، المثقفة النظيرة، صديقتها {PER:مليكة} إلى مركز الكشف المجهول "
     "والمجاني في {LOC:شارع محمد الخامس}. كانت {PER:مليكة} خائفة جدا من نتيجة التحليل، "
     "وتبين أنها حاملة لفيروس نقص المناعة البشرية. بدأت العلاج بمضادات الفيروسات القهقرية "
     "بعد أسبوعين، وهي الآن تأخذ دواءها كل يوم دون انقطاع وتحضر مواعيد المتابعة. تقول إنها "
     "لم تكن لتتحمل الخبر لولا أن {PER:سعاد} بقيت بجانبها طوال ذلك اليوم.",
     ["hiv_sti_testing", "hiv_care", "peer_support"]),

    ("b36", "ar",
     "{PER:سناء} دارت تكوين فالحلاقة ستة د الشهور عند لالة {PER:خديجة} في {LOC:زنقة الحرية}. "
     "دابا خدامة فواحد الصالون وكتاخد الخلصة ديالها كل سيمانة، وما بقاتش محتاجة تخرج "
     "بالليل. المساعدة الاجتماعية عاونتها حتى دارت البطاقة الوطنية لأول مرة، رقمها "
     "{ID:JB 245871}. قالت لينا: أول مرة فحياتي عندي ورقة مكتوب فيها سميتي، وكنحس براسي "
     "فخورة قدام الناس. ومن بعد باغية تحل صالون صغير ديالها فالحومة.",
     ["vocational_training", "income_employment", "civil_documents", "self_esteem"]),

    ("b37", "ar",
     "تعرضت {PER:وفاء} للاغتصاب من طرف زبون في شقة في {LOC:حي المسيرة}. في قسم المستعجلات "
     "بمستشفى ابن رشد حصلت على شهادة طبية وعلى العلاج الوقائي بعد التعرض للفيروس. ساعدتها "
     "المحامية الأستاذة {PER:الإدريسي} على تقديم شكاية لدى النيابة العامة، ورقم الملف هو "
     "{ID:2025/2103/87}. تقول {PER:وفاء} إنها كانت تظن أن لا أحد سيصدقها، لكن وكيل الملك "
     "استمع إليها حتى النهاية. ما زالت القضية جارية، وهي تنتظر موعد الجلسة المقبلة بصبر.",
     ["violence_sexual", "access_to_care", "hiv_prevention", "legal_support"]),

    ("b38", "ar",
     "{PER:كريمة} كان عندها الحريق والوجع تحت الكرش من شهور، وما بغاتش تمشي للسبيطار حيت "
     "كتحشم. المثقفة النظيرة {PER:زهور} عيطات ليها وقنعاتها تجي للعيادة. الطبيبة شافتها "
     "لأول مرة، لقات عندها تعفن وعطاتها الدوا. ودارت حتى اللولب باش ما تحملش دابا. "
     "{PER:كريمة} عطات النمرة ديالها {PHONE:0655 31 78 02} باش يعيطو ليها نهار الموعد الجاي. "
     "قالت بلي الطبيبة كانت زوينة معاها وما حشماتهاش.",
     ["sti_care", "reproductive_health", "access_to_care", "peer_support"]),

    ("b39", "ar",
     "وصلت {PER:ماري} من غينيا إلى المغرب سنة 2022، وتعيش مع ابنتها في غرفة صغيرة في "
     "{LOC:حي التقدم} بالرباط. خلال الشتاء الماضي لم يكن لديهما ما تأكلانه لأيام، فصارت "
     "تحصل من الجمعية على قفة غذائية كل شهر. وبمساعدة المساعدة الاجتماعية سجلت طلب اللجوء "
     "لدى المفوضية السامية للأمم المتحدة لشؤون اللاجئين، ورقم شهادتها {ID:354-22C01976}. "
     "تقول إن الورقة لا تطعم أحدا، لكنها تحميها من الترحيل.",
     ["food_security", "civil_documents"]),

    ("b40", "ar",
     "{PER:فتيحة} كان راجلها كياخد ليها الفلوس اللي كتجيب، وإلا ما عطاتهوش كيضربها. واحد "
     "النهار سد عليها فالدار يومين بلا ماكلة. ملي هربت، السي {PER:عبد الرحيم}، الجار ديالها، "
     "وصلها للجمعية في {LOC:شارع الزرقطوني}. دابا كتشوف الطبيبة النفسانية كل جوج سيمانات، "
     "وقالت لينا: وليت كنعس بلا كوابيس. المساعدة الاجتماعية كتواصل معاها فالإيميل "
     "{EMAIL:fatiha.m1987@gmail.com}. وكتقول بلي رجعات كتضحك من جديد، ووليات كتخرج مع صحاباتها بلا خوف.",
     ["violence_economic", "violence_physical", "mental_health"]),

    # ------------------------------------------- Darija/French in Latin letters
    ("b41", "ary",
     "salam moi c {PER:sabrina}, jsuis passee hier 3la la clinique. wach 3rafti, lbare7 "
     "lbolice chedouni f {LOC:hay salam} w khdaw menni 300dh bach ykhaliwni nmchi. "
     "l'educatrice paire {PER:nawal} mchat m3aya 3nd l'avocate dyal l'association w dert "
     "plainte, daba kantsna lconvocation. 3ayto liya 3la {PHONE:0612345870} ila kan chi jdid. "
     "merci bzaf 3la kolchi, daba 3reft les droits dyali w ma b9itch nkhaf",
     ["police_harassment", "violence_economic", "legal_support", "peer_support",
      "rights_awareness"]),

    ("b42", "ary",
     "coucou c {PER:lili}, dert test vih w syphilis lyoum f la caravane, kolchi negatif "
     "hamdoulah. tbiba 3tatni la prep, ghadi nbda nakhodha kol nhar. {PER:mina} s7abti f "
     "lkhedma dart m3aya test, hya li jabetni. 3afak siftou liya lwra9a dyal rdv 3la whatsapp "
     "{PHONE:+212 7 01 22 45 96}. w ra ma3endich cin daba, tsr9at liya f tobis, ghadi ndir "
     "wa7da jdida simana jaya",
     ["hiv_sti_testing", "hiv_prevention", "peer_support", "civil_documents"]),

    ("b43", "ary",
     "bjr madame, c {PER:tina}. jvoulais dire merci pr hier. le foyer m'a donne une chambre pr "
     "1 mois, jdors plus dans la voiture. j'ai deja vu la psy 2 fois, ca m'aide vraiment, "
     "jpleure moins. par contre l'ancien proprio me doit tjr la caution et repond pas. jpeux "
     "passer a poppy demain vers 16h? mon nouveau num c {PHONE:07 58 44 19 23}. bisous a "
     "{PER:steph} et a toute l'equipe",
     ["housing", "mental_health"]),

    ("b44", "ary",
     "note rapide: {PER:houda} 3aytat lbare7, bba dyalha bgha yzewejha b sif l wa7d rajel "
     "kbir f {LOC:douar tlat ouled ali}, w galiha ila ma qbeltich ghadi nakhod lik weldek. "
     "l'assistante sociale 3tatha rdv m3a maitre {PER:lahlou} l'avocate, hdrat m3aha 3la "
     "l7adana dyal lwld w 3la chno t9der tdir. hajja {PER:fatna} mn {LOC:derb dbagh} kat3awnha "
     "w katchouf lih lwld mli katmchi l rdv.",
     ["violence_psychological", "family_relations", "family_law", "legal_support"]),

    ("b45", "ary",
     "{PER:zina} (smitha l7a9i9ia {PER:zineb}) dkhlat l groupe de parole mn chhar 3, kanet ma "
     "kathdar m3a 7ta wa7ed w ma katkhrejch mn darha. daba hya li katsta9bel lbnat jdad w "
     "katdir latay l kolchi. galt lina: \"wlit kan7ess b rasi insana\". bdat projet sghir dyal "
     "l7alwa b micro-credit, katbi3 f {LOC:hay lmassira}, ra9m dossier {ID:MC 2025-0388}. kol sbt katjib m3aha chi 7aja "
     "l lbnat dyal lgroupe.",
     ["peer_support", "social_isolation", "self_esteem", "income_employment"]),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``{LABEL:text}`` marks; return plain text and its PII spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        label, span_text = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(span_text),
                      "label": label, "text": span_text})
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed mark left in: {text[:80]!r}")
    return text, spans


def build() -> list[dict]:
    rows = []
    seen = set()
    for sid, lang, marked, themes in STORIES:
        if sid in seen:
            raise ValueError(f"duplicate id {sid}")
        seen.add(sid)
        unknown = set(themes) - THEMES
        if unknown:
            raise ValueError(f"{sid}: unknown themes {sorted(unknown)}")
        if len(set(themes)) != len(themes):
            raise ValueError(f"{sid}: duplicate theme")
        text, spans = parse(marked)
        for sp in spans:
            if sp["label"] not in LABELS:
                raise ValueError(f"{sid}: bad label {sp['label']}")
            if text[sp["start"]:sp["end"]] != sp["text"]:
                raise ValueError(f"{sid}: span does not read back: {sp}")
            if sp["text"] != sp["text"].strip():
                raise ValueError(f"{sid}: span has outer whitespace: {sp}")
        words = len(text.split())
        if not 60 <= words <= 160:
            raise ValueError(f"{sid}: {words} words, expected 60-160")
        rows.append({"id": sid, "lang": lang, "text": text,
                     "themes": sorted(themes), "pii": spans})
    return rows


def main() -> None:
    rows = build()
    out = Path(__file__).with_name("analysis_dev3.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
