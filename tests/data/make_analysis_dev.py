"""Generate tests/data/analysis_dev.jsonl, a development set (formerly "held-out").

It was written blind, but the engine was tuned on it after its first score, so
it is development material now, not a blind measure.

The 40 stories below are fictional, written without reference to the analysis
engine's pattern lists or its own evaluation set. Personal data is marked
inline as ``{LABEL:text}`` (LABEL in PER, LOC, PHONE, EMAIL, ID); this script
strips the marks, computes character offsets and checks that every span reads
back exactly. Gold themes follow the codebook definitions: a theme is listed
only when the story describes the thing (lived, received, lost or gained), not
when a word merely appears, is negated, or concerns someone else.

Run:  python tests/data/make_analysis_dev.py
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
    ("h01", "fr",
     "{PER:Fatima-Zahra} raconte qu'un client l'a emmenée de force dans un appartement "
     "du {LOC:quartier Daoudiate} et l'a gardée enfermée deux jours. Il l'a giflée, lui a "
     "cogné la tête contre le mur et lui a pris tout ce qu'elle avait gagné dans la semaine. "
     "Quand elle est arrivée à la CSSR, l'infirmière l'a examinée, on lui a fait le test du "
     "VIH et de la syphilis, négatifs tous les deux, et le médecin lui a donné le traitement "
     "post-exposition, dans les délais. Elle dit que sans la paire-éducatrice, {PER:Hanane}, "
     "elle ne serait jamais venue : « hchouma, j'avais honte de raconter ». Elle n'a pas voulu "
     "aller à la police. Aujourd'hui elle revient chaque semaine au groupe de parole et dit "
     "qu'elle n'a plus de cauchemars, qu'elle va mieux dans sa tête.",
     ["violence_physical", "violence_economic", "hiv_sti_testing", "hiv_prevention",
      "peer_support", "mental_health", "access_to_care"]),

    ("h02", "fr",
     "{PER:Mme Ionela Dragomir}, suivie à POPPY depuis mars, a été agressée sexuellement par "
     "un homme qui se faisait passer pour un client, près du {LOC:quai de Paludate}. Avec la "
     "juriste de la permanence, elle a déposé plainte au commissariat ; un avocat, "
     "{PER:Maître Lefebvre}, suit l'affaire ({ID:procédure n° 24/00731}). Elle a voulu tout "
     "abandonner plusieurs fois. La psychologue la reçoit tous les quinze jours et elle dit que "
     "les crises d'angoisse sont moins fortes qu'en hiver. Elle a aussi eu son tout premier "
     "rendez-vous chez une gynécologue, qui lui a prescrit une pilule. Elle demande qu'on la "
     "rappelle au {PHONE:06 00 41 27 83} plutôt que de lui écrire.",
     ["violence_sexual", "legal_support", "mental_health", "reproductive_health",
      "access_to_care"]),

    ("h03", "fr",
     "Elle s'appelle {PER:Khadija} mais tout le monde l'appelle « {PER:Kiki} ». Sa famille a "
     "coupé les ponts quand ils ont appris ce qu'elle faisait ; son frère l'a traitée de tous les "
     "noms devant les voisins du {LOC:douar Ouled Hassoun} et lui a dit de ne plus jamais revenir. "
     "Pendant des mois elle a dormi chez des copines, parfois dans la rue. L'assistante sociale "
     "lui a trouvé une place dans un foyer d'urgence et elle reçoit un panier alimentaire chaque "
     "mois. « Daba ana mertaha », dit-elle en riant : maintenant elle est tranquille. Elle a "
     "commencé une formation en coiffure et rêve d'ouvrir un petit salon.",
     ["violence_psychological", "family_relations", "housing", "food_security",
      "vocational_training"]),

    ("h04", "fr",
     "{PER:Luana}, femme trans brésilienne, raconte qu'à la pharmacie de la "
     "{LOC:rue de la Benauge} on a refusé de lui délivrer son traitement, le pharmacien "
     "répétant que l'ordonnance « n'était pas à son nom » et qu'il ne servait pas « ce genre de "
     "personne ». Elle a failli arrêter la PrEP. Avec la médiatrice paire, elle est allée dans "
     "une autre officine et n'a plus sauté une prise depuis. Elle a refait ses tests VIH et "
     "hépatites en mai : tout est négatif. Elle dit qu'elle se sent plus forte, qu'elle ose "
     "maintenant se présenter au guichet sans baisser les yeux.",
     ["stigma_discrimination", "hiv_prevention", "hiv_sti_testing", "peer_support",
      "self_esteem"]),

    ("h05", "fr",
     "Lors de l'entretien, {PER:Naima} explique qu'elle a été embarquée trois fois l'an dernier "
     "devant le {LOC:café Zitoun}. Les agents lui confisquaient son téléphone et exigeaient "
     "200 dirhams pour la relâcher ; une fois ils l'ont laissée au poste toute la nuit, sans "
     "motif. Depuis les séances de sensibilisation sur les droits, elle sait qu'elle n'est pas "
     "obligée de payer et ce qu'elle peut répondre. Elle a noté le numéro de l'avocate de "
     "l'association « au cas où », mais ne l'a jamais appelée et n'a pas porté plainte. Elle dit "
     "seulement qu'elle ne tremble plus quand elle voit une voiture de patrouille.",
     ["police_harassment", "violence_economic", "rights_awareness"]),

    ("h06", "fr",
     "{PER:Samira B.} a appris sa séropositivité il y a deux ans, lors d'un dépistage à la "
     "clinique. Au début elle prenait ses comprimés un jour sur deux, en cachette de son mari. "
     "La médiatrice thérapeutique, {PER:Mme Alaoui}, l'a aidée à caler la prise sur le repas du "
     "soir et à trouver les mots pour en parler à son mari, qui l'a bien pris. Aujourd'hui sa "
     "charge virale est indétectable. « J'ai compris que je peux vivre longtemps et voir grandir "
     "ma fille. » Elle participe au groupe d'auto-support des femmes séropositives, le mardi.",
     ["hiv_sti_testing", "hiv_care", "family_relations", "peer_support"]),

    ("h07", "fr",
     "{PER:Sandrine}, 41 ans, fume du crack depuis dix ans. Au début elle passait au local "
     "surtout pour le matériel : pipes, embouts, préservatifs, gel. Cet hiver elle a accepté de "
     "voir l'addictologue du CSAPA et elle dit qu'elle consomme beaucoup moins, « deux fois par "
     "semaine au lieu de tous les jours ». Après trois ans dehors, elle a obtenu une chambre "
     "dans une pension de famille à {LOC:Bacalan}. L'équipe garde le contact par SMS au "
     "{PHONE:+33 6 00 58 14 09}. Elle aimerait un jour retrouver un emploi dans le ménage, "
     "mais « pas tout de suite ».",
     ["addiction", "hiv_prevention", "housing"]),

    ("h08", "fr",
     "{PER:Rachida} a été mariée à 16 ans, contre son gré, à un homme choisi par son père. Son "
     "mari la battait et a fini par la jeter dehors avec le bébé, en pleine nuit. Avec l'aide "
     "de la juriste de l'ALCS, elle a demandé le divorce et une pension alimentaire ; le "
     "jugement a été rendu en janvier ({ID:dossier n° 1405/2023}). Il ne verse toujours rien, "
     "mais elle a obtenu la garde de son fils, qui vit avec elle. Elle dit que c'est la "
     "première fois qu'elle s'est sentie « quelqu'un » devant un juge.",
     ["violence_psychological", "violence_physical", "family_law", "legal_support",
      "self_esteem", "family_relations"]),

    ("h09", "fr",
     "{PER:Blessing} est arrivée il y a huit mois. Elle n'avait encore jamais vu de médecin en "
     "France. Lors d'une tournée de nuit sur le {LOC:quai de Brienne}, l'infirmière lui a proposé "
     "un TROD, puis un bilan complet à la permanence médicale : on lui a découvert une "
     "chlamydia, soignée le jour même. Elle a fini par confier qu'une « madame » lui réclame "
     "encore 30 000 euros pour le voyage et qu'elle doit lui remettre presque tout ce qu'elle "
     "gagne. La juriste a commencé avec elle une demande de titre de séjour en tant que victime "
     "de traite.",
     ["access_to_care", "hiv_sti_testing", "sti_care", "trafficking", "violence_economic",
      "civil_documents", "legal_support"]),

    ("h10", "fr",
     "J'ai fait la formation en pâtisserie, neuf mois. « Bezzaf de travail, mais j'ai tenu. » "
     "Maintenant je vends des msemen et des gâteaux aux voisines et à une épicerie du "
     "{LOC:quartier Beni Makada}, je gagne à peu près 1 500 dirhams par mois, assez pour ne plus "
     "sortir tous les soirs. J'ai encadré mon certificat dans le salon, je le montre à tout le "
     "monde. Les commandes, on me les passe au {PHONE:06 00 73 21 45}. — Propos de "
     "{PER:Zineb}, recueillis par l'animatrice.",
     ["vocational_training", "income_employment", "self_esteem"]),

    ("h11", "fr",
     "Entretien avec {PER:Mlle Sabrina Haddad}. Elle insiste : aucun client ne l'a jamais "
     "frappée, « ils savent que j'ai des amis ». Ce qui a changé, pour elle, c'est de ne plus "
     "être seule. Avant, elle restait chez elle entre deux rendez-vous, sans parler à personne "
     "pendant des jours. Depuis qu'elle vient au café-discussion du jeudi, elle a des copines, "
     "elles s'appellent, se dépannent quand l'une d'elles est à court d'argent. Elle n'a pas "
     "voulu faire le dépistage ce jour-là, elle le fera « une autre fois ».",
     ["social_isolation", "peer_support"]),

    ("h12", "fr",
     "{PER:Houda} a un garçon de quatre ans qui n'avait jamais été déclaré, le père ayant "
     "disparu avant la naissance. Après une séance d'information sur les droits des mères "
     "célibataires, elle a compris qu'elle pouvait faire la démarche seule. Le travailleur "
     "social l'a accompagnée au bureau d'état civil de l'arrondissement "
     "{LOC:Sidi Youssef Ben Ali} : son fils a maintenant un acte de naissance. Elle a aussi "
     "déposé sa première demande de carte nationale, et a reçu sa CIN n° {ID:EE600317} en "
     "avril. Pour la joindre : {PHONE:0600917264}.",
     ["civil_documents", "rights_awareness", "family_relations"]),

    ("h13", "fr",
     "{PER:Meryem}, 19 ans, a été violée par trois hommes après une soirée dans une villa "
     "près de {LOC:Tamraght}. Une amie l'a conduite à la clinique le lendemain matin. Elle a "
     "reçu le traitement d'urgence contre le VIH, la contraception d'urgence, et un test de "
     "grossesse trois semaines plus tard, négatif. Elle ne voulait pas parler ; c'est à la "
     "quatrième séance avec la psychologue qu'elle a pu raconter. Elle fait encore des "
     "cauchemars, mais recommence à sortir. Elle n'a pas déposé plainte : elle ne veut pas que "
     "sa famille l'apprenne.",
     ["violence_sexual", "hiv_prevention", "reproductive_health", "mental_health",
      "access_to_care"]),

    ("h14", "fr",
     "{PER:Jessica} travaille surtout via des annonces en ligne. Un client est parti sans "
     "payer et, quand elle a réclamé son dû, il a menacé de publier ses photos. Depuis il lui "
     "envoie des messages d'injures depuis l'adresse {EMAIL:beaugosse33@example.com}. Avec la "
     "maraude numérique, elle a appris à faire des captures d'écran et à bloquer les comptes. "
     "Elle a vu l'avocate de la permanence, qui l'aide à rédiger une plainte pour harcèlement. "
     "Elle dit qu'elle a repris confiance en elle et qu'elle refuse maintenant ceux qui "
     "marchandent.",
     ["violence_economic", "violence_psychological", "legal_support", "self_esteem"]),

    ("h15", "fr",
     "{PER:Aicha Ouhammou} vient d'un petit village, {LOC:Tighedouine}. Elle n'était jamais "
     "entrée dans un centre de santé. L'unité mobile s'est installée un jour de souk ; elle a "
     "accepté le test rapide de la syphilis, qui est revenu positif. L'équipe l'a adressée au "
     "dispensaire pour des injections de pénicilline, et le contrôle de juin était bon. Elle "
     "dit qu'elle a été bien reçue et qu'elle reviendra avec sa voisine. Elle a laissé son "
     "numéro, {PHONE:+212 6 00 18 44 02}, pour qu'on lui rappelle ses rendez-vous.",
     ["hiv_sti_testing", "sti_care", "access_to_care"]),

    ("h16", "fr",
     "{PER:Desislava}, 23 ans, a été amenée de Bulgarie par un « petit ami » qui gardait son "
     "passeport et encaissait tout ce qu'elle gagnait. Elle travaillait dans un appartement de "
     "la {LOC:rue Kléber} avec deux autres filles, sans avoir le droit de sortir seule. C'est la "
     "médiatrice interculturelle, qui parle bulgare, qui a tout débloqué. Elle a été mise à "
     "l'abri dans un hébergement sécurisé et une plainte a été déposée ({ID:PV 2024/118734}). "
     "Elle a obtenu une nouvelle carte d'identité au consulat. La semaine dernière, elle a "
     "appelé sa mère pour la première fois depuis un an.",
     ["trafficking", "violence_economic", "violence_physical", "housing", "legal_support",
      "civil_documents", "family_relations"]),

    ("h17", "fr",
     "{PER:Manon} est passée à la permanence médicale pour un retard de règles. Le test était "
     "positif. Elle ne voulait pas garder la grossesse ; la médecin lui a expliqué les options "
     "et l'a orientée vers le centre d'orthogénie pour une IVG médicamenteuse, faite dans les "
     "dix jours. Elle a ensuite choisi un implant. Elle dit qu'elle a été écoutée sans jugement, "
     "ce qui ne lui était jamais arrivé avec son ancien médecin traitant, qui lui faisait la "
     "morale sur son métier à chaque visite.",
     ["reproductive_health", "access_to_care", "stigma_discrimination"]),

    ("h18", "fr",
     "{PER:Loubna} a tenté de se suicider l'hiver dernier, peu après la mort de sa mère. "
     "« Kont mkhnouqa », dit-elle : j'étouffais. L'éducatrice paire qui la connaît depuis des "
     "années est venue la chercher chez elle et l'a accompagnée aux urgences. Elle voit "
     "maintenant une psychiatre une fois par mois et suit un traitement. Elle ne boit plus "
     "d'alcool depuis trois mois. Elle dit que le groupe du mercredi l'a sauvée, parce que les "
     "autres femmes l'appelaient tous les jours.",
     ["mental_health", "peer_support", "addiction", "access_to_care"]),

    ("h19", "fr",
     "Pour {PER:Hayat}, le plus important, c'est d'avoir été reçue correctement au "
     "commissariat. Un client l'avait frappée à coups de ceinture et lui avait pris l'argent "
     "de la soirée. Avant, dit-elle, elle n'y serait jamais allée : la dernière fois, un agent "
     "l'avait insultée et menacée de la mettre en cellule. Cette fois, l'assistante sociale de "
     "l'ALCS l'accompagnait et elle avait son certificat médical. Sa plainte a été enregistrée "
     "({ID:n° 7781/PJ/24}). « J'ai appris que j'avais le droit de porter plainte, comme tout "
     "le monde. »",
     ["violence_physical", "violence_economic", "police_harassment", "legal_support",
      "rights_awareness"]),

    ("h20", "fr",
     "Grâce à un micro-crédit de 5 000 dirhams obtenu par l'association partenaire, "
     "{PER:Malika} a acheté une machine à coudre. Elle fait des retouches chez elle, "
     "{LOC:derb Lahna}, et une boutique du marché lui confie ses ourlets. Elle rembourse chaque "
     "mois sans retard. Elle prête sa machine à deux anciennes collègues quand elles en ont "
     "besoin. Elle dit : « mes enfants voient que leur mère travaille, je n'ai plus honte devant "
     "eux ». Elle voudrait une page pour ses clientes, l'adresse est déjà prête : "
     "{EMAIL:malika.retouches@example.org}.",
     ["income_employment", "peer_support", "self_esteem", "family_relations"]),

    ("h21", "fr",
     "{PER:Josiane}, 63 ans, travaille encore dans sa camionnette, au {LOC:parking du Lac}. "
     "Elle vit seule ; ses enfants ne lui adressent plus la parole depuis qu'ils ont découvert "
     "son activité, et sa fille lui a dit qu'elle n'était plus sa mère. Elle répétait qu'elle "
     "n'avait personne à qui parler. L'équipe de la tournée de jour passe la voir chaque "
     "mardi ; en décembre, elle est venue pour la première fois au repas partagé du local. Elle "
     "dit qu'elle y a « retrouvé une famille » parmi les filles. Son dossier au local : "
     "{ID:POP-2023-0415}.",
     ["social_isolation", "family_relations", "violence_psychological", "peer_support"]),

    ("h22", "fr",
     "{PER:Grace Okafor} vit avec le VIH depuis 2015. À l'hôpital, raconte-t-elle, une "
     "aide-soignante refusait d'entrer dans sa chambre et enfilait deux paires de gants pour "
     "poser son plateau. Après ça, elle a arrêté son traitement pendant six mois. Avec le "
     "médecin de POPPY et une médiatrice en santé, elle a repris ses antirétroviraux et ne "
     "manque plus ses consultations de suivi. Elle préfère qu'on lui écrive : "
     "{EMAIL:grace.o.bdx@example.org}.",
     ["hiv_care", "stigma_discrimination"]),

    ("h23", "fr",
     "Pendant le ramadan, je n'avais plus rien pour nourrir mes trois enfants, les clients ne "
     "venaient plus. « Makaynch l'flouss, walou. » L'agente de santé communautaire m'a apporté "
     "de la farine, de l'huile, du sucre, et ensuite des bons d'achat tous les mois jusqu'à "
     "l'été. Pour la première fois quelqu'un a frappé à ma porte pour m'aider et pas pour me "
     "réclamer quelque chose. — {PER:Saida}, {LOC:Hay Massira}.",
     ["food_security", "family_relations", "income_employment"]),

    ("h24", "fr",
     "Pendant quatre ans, le compagnon de {PER:Nadia} l'a forcée à avoir des rapports quand il "
     "rentrait ivre, et menaçait de lui enlever les enfants si elle partait. Elle a fini par "
     "appeler le 115 et a été hébergée avec ses deux filles dans un appartement relais. Elle a "
     "commencé une thérapie avec la psychologue de POPPY : « je mets enfin des mots ». Le juge "
     "aux affaires familiales lui a confié la garde provisoire des petites. Elle tient à ce "
     "qu'on note son nouveau numéro, {PHONE:06.00.92.17.36}, l'ancien étant connu de lui.",
     ["violence_sexual", "violence_psychological", "housing", "mental_health", "family_law",
      "legal_support", "family_relations"]),

    # ----------------------------------------------------------------- English
    ("h25", "en",
     "{PER:Souad} told us her husband used to hit her whenever she came home late, and one "
     "night he dragged her out of the house by the hair and locked the door behind her. She "
     "spent two nights on the floor of a neighbour's shop in {LOC:Hay Mohammadi}. The team "
     "found her a bed in a women's emergency shelter, and the legal aid worker helped her file "
     "for divorce (case {ID:2024/0387}). What changed most, she says, is that she now feels she "
     "deserves respect.",
     ["violence_physical", "housing", "legal_support", "family_law", "self_esteem"]),

    ("h26", "en",
     "{PER:Peace}, who works on {LOC:rue Carle Vernet} at night, had never heard of PrEP until "
     "a peer worker from her own community explained it during the evening outreach. She "
     "started in March and takes it every day. She also insists on condoms now, even when a "
     "client offers more money, and says she feels proud of standing her ground. She has "
     "joined a WhatsApp group of Nigerian women who warn each other about dangerous clients. "
     "Best reached on {PHONE:+33 6 00 27 65 18}.",
     ["hiv_prevention", "peer_support", "self_esteem"]),

    ("h27", "en",
     "{PER:Nawal} laughed when we asked about the police: she has never had trouble with them, "
     "she says, and has never needed a lawyer. What mattered to her was the literacy class. At "
     "34 she learned to read and write, and now she reads her own prescriptions and the "
     "reminders the clinic sends. She is proud to sign her name instead of pressing her thumb "
     "on the ink pad. Her teacher, {PER:Mr. Idrissi}, says she is the most regular in the "
     "group.",
     ["vocational_training", "self_esteem"]),

    ("h28", "en",
     "{PER:Alex}, a trans man who finds clients online, came to the drop-in after a weekend of "
     "chemsex. He had taken GHB and blacked out for several hours. The nurse went through the "
     "risks of mixing substances, gave him a kit with syringes and sterile water, and checked "
     "whether PEP was still possible; it was too late, the exposure was over 72 hours old. He "
     "did an HIV and syphilis test that day. Since then he has been seeing the addiction "
     "counsellor every two weeks. 'I didn't think anyone would talk to me without lecturing.'",
     ["addiction", "hiv_prevention", "hiv_sti_testing"]),

    ("h29", "en",
     "Every Friday night the same two officers would stop {PER:Latifa} and her friends outside "
     "the {LOC:Hotel Les Amandiers} and take 100 or 200 dirhams from each of them. If they "
     "refused, they were driven to the station and held until morning. After the rights "
     "workshop at the clinic, the women decided to go together, with the peer educator, to see "
     "the association's lawyer, who wrote to the prefecture. {PER:Latifa} says the stops have "
     "become rare, and that standing together with the others made her feel stronger.",
     ["police_harassment", "violence_economic", "rights_awareness", "peer_support",
      "legal_support", "self_esteem"]),

    ("h30", "en",
     "{PER:Karima} found out she was HIV-positive at a pregnancy check-up at the clinic. She "
     "thought for a while of leaving the baby with her sister. The doctor started her on "
     "treatment straight away so the baby would not be infected, and her daughter was born "
     "negative. She now goes every three months for her viral load and says she has never "
     "missed a pill. Her mother still does not know, but her sister does, and helps her with "
     "the little one.",
     ["hiv_sti_testing", "hiv_care", "reproductive_health", "family_relations",
      "access_to_care"]),

    ("h31", "en",
     "{PER:Mrs. Petrova} lost her studio on {LOC:cours de la Somme} when the landlord found out "
     "what she did for a living: he changed the locks while she was out and told the neighbours. "
     "For three weeks she slept in her car. The social worker got her a hotel room through the "
     "emergency housing line and gave her supermarket vouchers so she could eat. She is now on "
     "the waiting list for social housing, file {ID:33-HLM-004512}. She asked us to call her on "
     "{PHONE:+33600145522}.",
     ["housing", "food_security", "stigma_discrimination"]),

    ("h32", "en",
     "{PER:Imane} was raped by a man who had paid for one hour and then would not let her leave "
     "the flat until morning. She came to the CSSR two days later, still in time for "
     "post-exposure treatment. With the support of the lawyer, {PER:Ms. Berrada}, she filed a "
     "complaint; the man was identified from his phone and the hearing is set for next month. "
     "She says she was scared of being prosecuted herself. She gave an address for the "
     "follow-up: {EMAIL:imane.k@example.org}.",
     ["violence_sexual", "violence_physical", "hiv_prevention", "legal_support",
      "access_to_care"]),

    ("h33", "en",
     "{PER:Yasmine} comes mostly for the Thursday sewing circle, which is not a course, just a "
     "place where the women chat while mending clothes. She was clear that she has no health "
     "problem and did not want a test that day. She talked a lot about her cousin who studies "
     "law, and about a friend who was beaten by a client last year ('not me, thank God'). The "
     "change she named was simple: she now leaves the house every week and has people to sit "
     "with. 'Before, my only company was the television.'",
     ["social_isolation", "peer_support"]),

    ("h34", "en",
     "{PER:Ms. Chen Mei}, 52, had been living in France for eleven years without papers. With "
     "the lawyer from the monthly legal clinic, she applied for a residence permit on "
     "humanitarian grounds; after two refusals, she was granted a one-year card in October "
     "(prefecture reference {ID:AGDREF 3312045678}). She says she can finally open a bank "
     "account and stop hiding when she sees a uniform. Her niece set up an address for her "
     "paperwork: {EMAIL:chen.mei52@example.com}.",
     ["civil_documents", "legal_support"]),

    ("h35", "en",
     "{PER:Hasna}, known as '{PER:Hasnaoui}' on the street, had pain and discharge for months "
     "and was treating herself with pills bought at the market. A peer educator persuaded her "
     "to come to the clinic, where she was diagnosed with gonorrhoea and treated together with "
     "her regular partner. The midwife also talked with her about contraception and she chose "
     "an IUD. She now brings other women from {LOC:Derb Dabachi} to the clinic herself. Phone: "
     "{PHONE:+212 600-553172}.",
     ["sti_care", "reproductive_health", "peer_support", "access_to_care"]),

    ("h36", "en",
     "I finished the beauty and hairdressing course in June and a salon in {LOC:Talborjt} hired "
     "me. It is the first payslip of my life. I still see a few regulars at the weekend because "
     "the pay is low, and that is my choice. What changed? When I walk down the street now I "
     "hold my head up. My boss, {PER:Mme Naciri}, doesn't know about before, and I want it to "
     "stay that way. -- {PER:Ilham}, interviewed in Agadir.",
     ["vocational_training", "income_employment", "self_esteem"]),

    ("h37", "en",
     "A client called {PER:Omar} (she only knows his first name) picked {PER:Bouchra} up near "
     "{LOC:Bab Doukkala} and drove her to a farm outside the city, where he kept her for three "
     "days. After she got away he kept calling, threatening to tell her family everything and "
     "to take her son from her. She changed her SIM card; her new number is "
     "{PHONE:06 00 84 30 11}. The psychologist is helping her with the panic attacks. She did "
     "not want to go to court, but the association's lawyer advised her on how to keep a record "
     "of the threats, just in case.",
     ["violence_physical", "violence_psychological", "mental_health", "legal_support"]),

    ("h38", "en",
     "{PER:Siham} used to send almost everything she earned to her family, and her brothers "
     "came every month to take whatever was left. When she said she wanted to keep some money "
     "to rent a room, her older brother called her a disgrace and said she no longer had a "
     "family. They have not spoken since. With the social worker she opened a savings account "
     "in her own name ('my money is mine now') and she rents a room in {LOC:Hay Salam}. She "
     "says she feels lonely on feast days, but free. ID card {ID:JB600218}.",
     ["violence_economic", "violence_psychological", "family_relations", "housing",
      "social_isolation", "income_employment"]),

    ("h39", "en",
     "{PER:Aminata Diallo} had been refused at a pharmacy counter twice, the pharmacist saying "
     "he 'did not serve people like her'. After that she kept away from every health service. "
     "She came to a testing day in the {LOC:Saint-Michel} neighbourhood because a friend from "
     "her church was there. She was tested for HIV and hepatitis B and C, all negative, got her "
     "first hepatitis B vaccine dose and an appointment with a GP. Case ref {ID:PPY-0778}.",
     ["stigma_discrimination", "hiv_sti_testing", "access_to_care"]),

    ("h40", "en",
     "At the monthly awareness session on violence, {PER:Rabia} learned that what her boyfriend "
     "did to her, making her sleep with his friends, was rape. 'I thought it was normal, part of "
     "the life.' She now knows she can come to the clinic within 72 hours and where to call. "
     "She left him in the spring. She has not filed a complaint and does not plan to. She "
     "passes on what she learned to the other girls who work at the {LOC:Café Andalous}.",
     ["rights_awareness", "violence_sexual", "peer_support"]),
]


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``{LABEL:text}`` marks; return the plain text and its spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0  # position in marked
    length = 0  # length of plain text so far
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        label, span_text = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(span_text),
                      "label": label, "text": span_text})
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans


def build() -> list[dict]:
    rows = []
    seen = set()
    for sid, lang, marked, themes in STORIES:
        assert sid not in seen, sid
        seen.add(sid)
        assert lang in ("fr", "en"), sid
        text, spans = parse(marked)
        assert "{" not in text and "}" not in text, f"{sid}: stray brace"
        for s in spans:
            assert s["label"] in LABELS
            assert text[s["start"]:s["end"]] == s["text"], (sid, s)
        unknown = set(themes) - THEMES
        assert not unknown, (sid, unknown)
        assert len(set(themes)) == len(themes), sid
        words = len(text.split())
        assert 60 <= words <= 220, (sid, words)
        rows.append({"id": sid, "lang": lang, "text": text,
                     "themes": sorted(themes), "pii": spans})
    assert sum(r["lang"] == "fr" for r in rows) == 24
    assert sum(r["lang"] == "en" for r in rows) == 16
    return rows


def main() -> None:
    rows = build()
    out = Path(__file__).with_name("analysis_dev.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} stories to {out}")


if __name__ == "__main__":
    main()
