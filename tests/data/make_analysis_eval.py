"""Build analysis_eval.jsonl from the fictional stories below.

All stories, names, places, numbers and addresses are FICTIONAL, written for
this project. Personal data is marked inline as {LABEL:text}; offsets are
computed here. Gold themes follow the codebook definitions (codebook.md).
Run: python tests/data/make_analysis_eval.py
"""
import json
import re
from pathlib import Path

MARK = re.compile(r"\{(PER|LOC|PHONE|EMAIL|ID):([^{}]+)\}")

STORIES = [
# ---------------- French ----------------
("fr01", "fr", "violence_physical legal_support mental_health peer_support",
 "Je m'appelle {PER:Samira}. Un client m'a frappée avec une ceinture derrière le {LOC:café Atlas} et je suis restée deux jours sans pouvoir marcher. C'est la paire-éducatrice {PER:Hasna} qui m'a trouvée et m'a amenée voir l'avocate de l'association. Nous avons déposé une plainte, le dossier n° {ID:2023/481} est au tribunal. La psychologue m'aide à dormir la nuit, je fais moins de cauchemars. Vous pouvez me joindre au {PHONE:06 61 23 45 78}."),
("fr02", "fr", "violence_sexual hiv_prevention hiv_sti_testing reproductive_health access_to_care",
 "Ma voisine {PER:Latifa} raconte : elle a été violée par deux hommes près de la gare routière. Le lendemain, elle est venue à la clinique, on l'a orientée vers les urgences pour prendre le traitement post-exposition dans les 72 heures. Elle a aussi reçu la pilule du lendemain. Trois mois plus tard, elle a refait le dépistage du VIH et de la syphilis : tout était négatif. Elle dit que sans l'équipe elle n'aurait jamais su que ce traitement existait."),
("fr03", "fr", "civil_documents family_relations legal_support",
 "Mon fils a sept ans et il n'existait pas pour l'administration. L'assistante sociale {PER:Mme Tazi} m'a aidée à faire l'inscription à l'état civil et à obtenir son acte de naissance. Moi-même je n'avais pas de carte d'identité ; maintenant j'ai ma CIN {ID:JB482913}. L'avocat a préparé le dossier pour le juge. Aujourd'hui mon fils va enfin pouvoir être inscrit à l'école comme les autres enfants."),
("fr04", "fr", "police_harassment violence_economic rights_awareness",
 "Chaque semaine les policiers passaient au {LOC:bar Le Phare} et nous demandaient de l'argent, sinon c'était la garde à vue. Une fois ils m'ont arrêtée sans raison et gardée toute la nuit au commissariat. Pendant les séances de sensibilisation à la clinique, j'ai appris mes droits et ce que dit la loi. Maintenant je sais que je peux refuser de payer et à qui m'adresser."),
("fr05", "fr", "vocational_training income_employment self_esteem",
 "{PER:Nadia} a suivi la formation en coiffure pendant neuf mois avec deux autres survivantes. Elle a obtenu son diplôme en juin et travaille maintenant dans un salon du {LOC:quartier Hay Mohammadi}. Elle gagne son propre salaire et dit qu'elle se sent fière : « Pour la première fois je me sens capable, ma valeur ne se limite pas à mon corps. » Son numéro pour les rendez-vous : {PHONE:+212 661-234567}."),
("fr06", "fr", "violence_psychological family_law family_relations legal_support",
 "Mon mari me menaçait de me prendre mes enfants si je parlais. Il m'insultait devant ma famille. Avec l'aide de l'avocate, j'ai demandé le divorce et la pension alimentaire. Le juge m'a donné la garde des deux enfants. Aujourd'hui je vis avec eux chez ma sœur {PER:Karima}, et ils vont bien. Ce qui compte le plus pour moi, c'est que mes enfants ne voient plus leur mère pleurer dans la cuisine. Je dors enfin sans crainte."),
("fr07", "fr", "hiv_care mental_health peer_support self_esteem",
 "Je vis avec le VIH depuis 2015. J'avais arrêté mon traitement ARV parce que j'avais honte et je me cachais. La médiatrice thérapeutique {PER:Rachida} m'a accompagnée chaque mois ; ma charge virale est redevenue indétectable. Dans le groupe de parole j'ai rencontré d'autres femmes comme moi. Je ne suis plus déprimée, je relève la tête. Ce changement est important parce que je peux de nouveau penser à l'avenir et aider les nouvelles."),
("fr08", "fr", "addiction mental_health access_to_care",
 "{PER:Zineb} buvait beaucoup d'alcool et prenait du karkoubi pour supporter les nuits. L'intervenante l'a orientée vers le centre d'addictologie de la ville, où un médecin la suit. Elle a aussi vu le psychiatre deux fois. Elle dit qu'elle consomme beaucoup moins et qu'elle se sent plus calme. Contact de sa référente : {EMAIL:referente.souss@exemple.ma}. Pour elle, le plus important est d'avoir retrouvé le contrôle de ses journées."),
("fr09", "fr", "housing violence_physical food_security",
 "Mon frère m'a jetée dehors à coups de poing quand il a su ce que je faisais. J'ai dormi dans la rue pendant une semaine avec mon bébé. L'association nous a trouvé une place dans un foyer d'hébergement d'urgence et nous a donné des paniers alimentaires et des bons d'achat. Maintenant je loue une petite chambre {LOC:derb Sidi Bouloukate}. Ce qui a changé, c'est que mon bébé dort au chaud."),
("fr10", "fr", "trafficking violence_economic civil_documents",
 "{PER:Awa} est arrivée de Côte d'Ivoire avec la promesse d'un travail de coiffeuse. À son arrivée, un homme appelé {PER:Joseph} a gardé son passeport et lui a dit qu'elle avait une dette de 30 000 dirhams à rembourser. Elle devait lui donner tout l'argent gagné avec les clients. Grâce à l'équipe, elle a récupéré ses papiers et déposé une demande de titre de séjour, référence {ID:TS-2024-0917}."),
("fr11", "fr", "sti_care access_to_care stigma_discrimination",
 "J'avais des pertes et des douleurs depuis des semaines. À l'hôpital public, l'infirmière m'a regardée avec mépris et on a refusé de me soigner quand j'ai dit mon travail. À la clinique de l'association, j'ai eu une consultation IST, le médecin m'a donné des antibiotiques et je suis guérie. Là-bas personne ne m'a jugée. Pour moi le changement, c'est de ne plus avoir peur d'aller me faire soigner."),
("fr12", "fr", "social_isolation peer_support mental_health self_esteem",
 "Avant, j'étais seule, je ne parlais à personne, je restais enfermée dans ma chambre à pleurer. Mon amie {PER:Bouchra} m'a emmenée aux séances d'auto-support le jeudi. Là j'ai trouvé une vraie solidarité entre nous, les filles. Je me suis fait des amies et je me sens beaucoup mieux dans ma tête. Ce changement compte parce que je n'ai plus honte de sortir de chez moi."),
("fr13", "fr", "violence_sexual violence_physical legal_support self_esteem",
 "{PER:Meryem} a été enlevée par un client qui l'a séquestrée trois jours dans un appartement de la {LOC:résidence Al Manar}. Il l'a violée plusieurs fois. Elle a pu s'enfuir et a porté plainte avec le certificat médical. Le procès a eu lieu en mars ; l'homme a été condamné à cinq ans. Le numéro de l'affaire est le {ID:1187/2024}. Elle dit que la décision du juge lui a rendu sa dignité."),
("fr14", "fr", "reproductive_health access_to_care",
 "Je suis tombée enceinte sans le vouloir. À la clinique, la sage-femme m'a fait une échographie et m'a expliqué toutes les possibilités. J'ai été suivie pendant toute la grossesse et j'ai accouché à l'hôpital. Après l'accouchement, j'ai choisi un implant contraceptif. C'était ma première vraie consultation gynécologique. Ce changement est important pour moi parce que j'ai pu décider seule pour mon corps, sans qu'on me juge."),
("fr15", "fr", "income_employment family_relations self_esteem",
 "Avec le microcrédit, {PER:Fatima Zahra} a lancé un petit commerce de msemen et de harira devant le {LOC:marché Bab Doukkala}. Elle vend tous les matins et paie seule l'école de sa fille. Sa mère, qui ne lui parlait plus depuis dix ans, est venue la voir et elles se sont réconciliées. Elle dit : « Je suis fière de moi. »"),
("fr16", "fr", "hiv_prevention peer_support hiv_sti_testing",
 "La paire éducatrice {PER:Siham} passe tous les soirs dans les bars du centre avec des préservatifs et du gel lubrifiant. C'est elle qui m'a parlé de la PrEP. Avant, je ne savais pas que ça existait. J'ai fait un test rapide du VIH à l'unité mobile, puis j'ai commencé la PrEP. Je la prends tous les jours. Écrivez-lui : {EMAIL:siham.pe@mail-exemple.org} ou {PHONE:0661 98 76 54}."),
("fr17", "fr", "violence_psychological family_relations social_isolation",
 "Mes parents m'ont mariée de force à seize ans à un homme de cinquante ans. Quand je suis partie, toute ma famille m'a rejetée. Mon père a dit que je n'étais plus sa fille. Pendant des années je n'avais personne. Aujourd'hui ma tante {PER:Malika} m'appelle de nouveau, et je vois mon petit frère en cachette. Ce qui compte pour moi, c'est de ne plus être coupée de tous les miens."),
("fr18", "fr", "violence_economic police_harassment",
 "Un client a refusé de payer et m'a volé mon téléphone. Quand je suis allée au poste, le policier m'a menacée de m'arrêter moi au lieu de lui. Il m'a pris 200 dirhams pour me laisser partir. Mon numéro a changé, c'est maintenant le {PHONE:07 12 45 78 90}. Ce qui a changé depuis, c'est que je connais une association qui peut m'accompagner si cela recommence."),
("fr19", "fr", "legal_support",
 "Je n'ai jamais porté plainte contre mon ancien patron, j'avais trop peur. Maintenant que je connais l'avocate {PER:Maître Idrissi}, je vais la voir chaque mois pour des conseils juridiques sur mon contrat et mes démarches. Elle m'explique chaque papier avant que je signe. Ce changement est important pour moi parce que je ne signe plus rien sans comprendre. Avant, on profitait de moi parce que je ne savais pas lire les contrats."),
("fr20", "fr", "hiv_sti_testing access_to_care rights_awareness",
 "Je n'avais jamais été frappée, mais je ne connaissais rien à la santé. Une amie m'a amenée à la CSSR pour un premier bilan. J'ai fait le dépistage de l'hépatite B et C et du VIH. Pendant l'atelier j'ai appris que j'ai le droit d'être soignée sans donner mon vrai nom. Maintenant je sais où aller si j'ai un problème."),
("fr21", "fr", "vocational_training self_esteem peer_support",
 "La formation en pâtisserie a changé ma façon de me voir. Je me lève le matin avec un but. Les filles de la promotion sont devenues une famille, on s'entraide pour les recettes et pour la vie. J'ai repris confiance en moi. Mon projet : ouvrir une boutique {LOC:rue Ibn Toumert}. Ce changement compte parce que je ne dépends plus de personne pour décider de ma vie."),
("fr22", "fr", "violence_physical mental_health housing",
 "Le propriétaire de la chambre m'a battue parce que j'avais deux mois de loyer de retard, puis il m'a mise dehors avec mes affaires. J'ai eu une crise d'angoisse et je ne dormais plus. La psychologue de l'association m'a reçue trois fois. Une bénévole, {PER:Mme Berrada}, m'a hébergée chez elle le temps que je retrouve un logement. Ce qui a changé, c'est que je sais qu'il existe des gens prêts à m'aider."),
("fr23", "fr", "stigma_discrimination mental_health hiv_care rights_awareness",
 "Quand mes voisins ont appris que j'étais séropositive, ils ont commencé à m'éviter et à me traiter de malade. Même au hammam on m'a refusé l'entrée. J'étais très déprimée. Le soutien psychologique et mon traitement m'aident à tenir. {PER:Houda}, ma médiatrice, dit que la discrimination est une violence aussi. Pour moi le plus important est d'avoir compris que je n'ai rien fait de mal et que j'ai le droit d'être respectée."),
("fr24", "fr", "violence_sexual reproductive_health hiv_prevention peer_support",
 "Un homme m'a forcée à avoir un rapport sans préservatif en me menaçant avec un couteau dans sa voiture, près de l'{LOC:hôtel Les Palmiers}. Je suis venue le jour même. On m'a donné la contraception d'urgence et le TPE. Je n'ai pas raconté tout de suite, mais l'infirmière a été douce avec moi. Ce changement est important parce que je sais maintenant qu'il faut venir vite, et je le dis aux autres filles."),
("fr25", "fr", "family_law civil_documents family_relations",
 "Le père de ma fille refusait de la reconnaître. Avec l'accompagnement de l'association, nous avons fait une action en reconnaissance de paternité avec un test ADN. Le tribunal a tranché en ma faveur et ma fille porte maintenant le nom de son père sur son acte de naissance. Il verse une pension chaque mois. Dossier suivi sous le n° {ID:88/2025} ; je reste joignable au {PHONE:00212 6 70 11 22 33}."),
("fr26", "fr", "food_security family_relations income_employment",
 "Pendant le confinement je n'avais plus de clients et mes enfants avaient faim. La paire-éducatrice nous a apporté des colis alimentaires chaque semaine. Ensuite j'ai trouvé un emploi de femme de ménage chez {PER:Mme Lahlou} et maintenant je peux nourrir mes enfants moi-même. Ce changement compte beaucoup pour moi : je ne dois plus demander de l'aide à chaque fin de mois, et mes enfants mangent trois repas par jour."),
("fr27", "fr", "rights_awareness legal_support self_esteem",
 "Avant, je pensais qu'une travailleuse du sexe n'avait aucun droit. Pendant les séances d'information, j'ai découvert qu'on peut porter plainte après un viol, même pour nous. Quand un client a cassé mes affaires, je suis allée au tribunal avec la juriste {PER:Sanaa El Amrani}. Je me suis sentie respectée pour la première fois. Mon mail : {EMAIL:s.amrani.pro@exemple.fr}. Ce qui a changé, c'est que je n'ai plus peur."),
("fr28", "fr", "violence_physical legal_support",
 "À Bordeaux, {PER:Leïla} s'est fait agresser dans le hall de son immeuble {LOC:avenue Thiers}. Elle a eu deux côtes cassées. L'association l'a accompagnée pour déposer plainte ; le numéro de procès-verbal est {ID:PV 2024-00781}. Elle a demandé qu'on l'appelle au {PHONE:+33 6 45 12 78 90} plutôt qu'à la maison. Elle explique que ce qui compte pour elle, c'est d'avoir été crue et accompagnée du début à la fin."),
# ---------------- English ----------------
("en01", "en", "violence_physical violence_sexual mental_health access_to_care",
 "My name is {PER:Grace Okafor}. A client beat me and raped me in a room above the {LOC:Blue Moon Bar}. I did not want to go to a hospital. The peer educator took me to the clinic, where a doctor examined me and gave me medicine. For months I had nightmares. The psychologist helped me understand that it was not my fault."),
("en02", "en", "hiv_prevention hiv_sti_testing peer_support",
 "My friend {PER:Amina} told me about PrEP during an outreach night. I got tested for HIV and syphilis the same week, both negative, and started PrEP. Now I always carry condoms and lube from the van. You can text me on {PHONE:+212 670 55 44 33}. This change matters to me because I no longer live in fear of getting infected every time I work. I tell the other girls about it too."),
("en03", "en", "police_harassment violence_economic legal_support",
 "Officers stopped me outside the {LOC:Hotel Miramar} and took all the money I had, saying they would arrest me otherwise. This happened three times. The lawyer from the association helped me file a complaint; the file number is {ID:2024/233}. I still receive calls on {PHONE:0655 12 34 56} from a number I do not know. What changed is that I no longer hide when I see a patrol car."),
("en04", "en", "civil_documents family_relations",
 "{PER:Fatou} had no identity card and her daughter had no birth certificate, so the little girl could not go to school. The social worker helped her register the child and apply for her national ID, number {ID:CD745120}. Her daughter started school in September and her mother came to visit for the first time in years. {PER:Fatou} says this is the most important change because her daughter now exists on paper."),
("en05", "en", "vocational_training income_employment self_esteem family_relations",
 "I finished a sewing course in May. Now I work in a workshop and earn a salary every month. I never thought I could have a real job. I feel proud when I walk home. My boss, {PER:Mrs Haddad}, says I am the fastest in the team. This change is important because my children see their mother leave for work every morning like other mothers."),
("en06", "en", "violence_psychological family_relations family_law",
 "My husband threatened to take my children away if I left him. He insulted me every day. I asked for a divorce and custody of the children, and the court also ordered child support. Now we live in peace with my son and daughter. The most significant change for me is that my children no longer hear shouting at home. I can sleep again."),
("en07", "en", "addiction mental_health peer_support",
 "{PER:Joy} used to drink every night and used cannabis to forget. In the support group she met other women who had stopped. She went to the addiction centre and now she is sober for six months. She says she feels calmer and less anxious. Email: {EMAIL:joy.recovery@example.org}. She says the most important change is that she remembers her days again."),
("en08", "en", "housing food_security",
 "After my landlord evicted me, I slept at the bus station for five nights. The association found me a bed in a shelter and gave me food vouchers. Last month I moved into a small flat near {LOC:Derb Ghallef} with another woman. This matters to me because I can lock my door at night and keep my things safe. I am starting to feel like a normal person again."),
("en09", "en", "trafficking violence_economic",
 "{PER:Blessing} was promised a job in a restaurant. Instead a man called {PER:Victor} took her passport and sold her to a network that kept all her earnings. She was told she owed a debt of five thousand euros. She escaped with the help of a client and reached the association; her case reference is {ID:TR-77/2023}. She says the change is that she decides for herself now."),
("en10", "en", "stigma_discrimination sti_care access_to_care",
 "At the public hospital the nurse refused to treat me when she understood I was a sex worker. At the clinic I was treated for an STI and I got antibiotics. Nobody judged me there. The doctor, {PER:Dr Benjelloun}, even gave me his direct line {PHONE:05 24 43 21 00}. This change is important because I stopped waiting until I was very sick before seeing someone."),
("en11", "en", "social_isolation peer_support self_esteem",
 "I was so lonely. I had nobody to talk to and I stayed inside for weeks. Then my neighbour {PER:Salma} brought me to the talking group. Now I have friends, and I help new girls feel less alone. I feel that I am worth something. The change that matters most is that I want to get up in the morning again and see people."),
("en12", "en", "reproductive_health hiv_sti_testing",
 "{PER:Mariam} was pregnant and afraid. At the clinic she had a pregnancy check-up with the midwife and an HIV test, which was negative. After the birth she chose contraception so she could decide when to have another baby. This change matters to her because she felt respected by the staff and decided for her own body. She now brings her friends to the clinic for their own check-ups and answers their questions."),
("en13", "en", "hiv_care mental_health stigma_discrimination",
 "I have been living with HIV for ten years. My family rejected me when they found out. The therapeutic mediation at the clinic helped me adhere to my treatment and my viral load is now undetectable. I was depressed for a long time; now I feel better. This matters because I can plan for the future and I take my pills every day without shame."),
("en14", "en", "rights_awareness legal_support",
 "In the awareness sessions we learned about our rights and the law on violence against women. I did not know I could go to court. When a man attacked my friend, I knew where to go: we went together to see a lawyer. Write to the group at {EMAIL:rights.group@example.net}. This change is important because I am not afraid of the system anymore and I can help other women."),
("en15", "en", "violence_sexual legal_support",
 "I was never beaten, but one night a client forced me to have sex without a condom. At first I did not file a complaint because I was ashamed. Later, with {PER:Ms Alaoui} from the legal team, I pressed charges. My ID is {ID:BK 93120} and my number is {PHONE:+33 7 81 22 33 44}. What matters to me is that I finally spoke."),
("en16", "en", "income_employment family_relations",
 "Thanks to a micro-credit, {PER:Kadiatou} opened a small stall selling cakes near {LOC:Jemaa Square}. With her income she pays the rent and her son's school fees. She calls her mother every Sunday. This change matters because she no longer depends on men for money and she can decide how to spend what she earns. Her son is proud of her little business and helps her on Saturdays when there is no school."),
]


def parse(marked: str):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        label, val = m.group(1), m.group(2)
        spans.append({"start": out_len, "end": out_len + len(val), "label": label, "text": val})
        text.append(val)
        out_len += len(val)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def build():
    rows = []
    for sid, lang, themes, marked in STORIES:
        text, spans = parse(marked)
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"], (sid, s)
        n_words = len(text.split())
        assert 40 <= n_words <= 250, (sid, n_words)
        rows.append({"id": sid, "lang": lang, "text": text, "themes": sorted(themes.split()), "pii": spans})
    return rows


if __name__ == "__main__":
    out = Path(__file__).with_name("analysis_eval.jsonl")
    rows = build()
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} stories to {out}")
