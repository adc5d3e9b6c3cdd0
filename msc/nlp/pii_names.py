"""Gazetteers for personal-data detection: common first names by origin,
well-known neighbourhoods, and countries / nationalities (not personal data).

Plain data, folded at import by pii.py. The name lists are general lists of
common given names in the communities the programmes serve (Maghreb and Arabic,
France, West and Central Africa, Eastern Europe, Latin America and Iberia,
English-speaking countries, East Asia); nicknames are caught by context rules.
"""

NAMES_MAGHREB = """
abla achraf adam adel adil afaf ahlam ahmed aicha aisha aziza akram ali alia alya amal amale amina amine amira
ammar anas anissa anouar aouatif arij asmae asmaa asma assia atika ayoub ayman aziz azzedine badia badr bahia
basma batoul bilal bouchaib bouchra boutaina brahim chafik chafika chahid chaimae chaima chakib chama charaf
chadia chouaib chorouk dalila dina dounia douae driss ezzahra fadwa fadila fadma faical fairouz faiza fahd
farah farid farida fatiha fatim fatima fatimazahra fatna fayrouz fouad ghali ghita ghizlane habib habiba hafida
hafsa hajar hajiba hakim hakima halima hamid hamida hamza hanae hanane hanaa hassan hassania hasna hatim hayat
hicham hind hiba houda houria houssam hussein ibrahim ibtissam idriss ihsane ihssane ikram ilham ilyas imad imane
iman ismail issam jalal jamal jamila jawad jihane kamal kamilia karim karima kawtar kaoutar kenza khadija khadidja
khalid khaoula khalil kheira lahcen lamia latifa layla leila lina loubna lotfi mahmoud majda malak malika manal
maria marouane maryam meriem meryam meryem mehdi mina mohamed mohammed mohcine mokhtar mouad mouna mounia mounir
mourad moussa mustapha mostafa nabil nabila nada nadia nadir nadira nafissa naima najat najia najib najwa naoual
nawal nezha nisrine noha nora noura nour nouhaila noureddine omar oumaima ouafae ouiam ouissal rabab rabia rachid
rachida radia rahma rajae rajaa rania rachida redouane rida reda rim rkia saad saadia sabah sabrina safaa safae
safia saida said salah salim salima salma salwa samia samir samira sanaa sanae sara sarah siham sihame slimane
soufiane soukaina souad soumaya soumia sofia sofiane tarik taoufik touria wafae wafaa walid widad wiam yahya
yamina yasmine yasmina yassine yassir younes yousra youssef youssra zahra zakaria zakia zineb zina zohra
zoubida zaina zahira zoulikha zouhair abdelali abdelaziz abdelhak abdelkader abdellah abdelilah abdelmajid
abdeslam abderrahim abderrahmane abdou aboubakr amir anouar houcine lahoucine mbarka mimoun tariq jalila
zhor zhour itto yetto tamou hnia khadouj fettouma zahia yamna hadda touda dahbia rkiya mimouna
fatiha fatna hlima zoubida aziza lalla-aicha ghizlan hajiba kenza nezha hayate ilhame bouchra
"""
NAMES_FRENCH = """
adele adeline adrienne agathe agnes alexandra alexia alice aline alix amandine amelie anais anne annabelle
annie anne-marie annick antoinette apolline ariane armelle arlette audrey aurelie axelle beatrice benedicte
berangere bernadette brigitte capucine carine carole caroline cecile celine chantal charlene charlotte chloe
christelle christiane christine claire clarisse claudine clemence clementine coline colette coralie corinne
danielle delphine denise diane dominique edith elisa elise elodie eloise emilie emma estelle eugenie eva
evelyne fabienne fanny florence francine francoise frederique gaelle genevieve georgette geraldine ghislaine
gisele helene henriette hortense huguette ines irene isabelle jacqueline jeanne jeannine jocelyne josephine
josette josiane julia julie juliette justine karine laetitia laure laurence lea leonie lili lilou lina lise
louise lucie lucienne ludivine lydie madeleine maelle magali manon marcelle margaux margot marianne marie
marie-claire marie-france marie-laure marine marion marlene martine mathilde maud maryse melanie melissa
michele micheline mireille monique morgane muriel murielle myriam nadege nadine nathalie nicole noemie oceane
odette odile pascale patricia paulette pauline perrine raymonde regine rosine roxane sabine salome sandrine
sarah severine sidonie simone solange solene sophie stephanie suzanne sylvie sylviane tiphaine valentine
valerie vanessa veronique virginie viviane yvette yvonne zoe alain alexandre andre antoine arnaud bernard
bruno cedric christian christophe claude clement cyril damien david denis didier dominique emmanuel eric
fabien fabrice florian francis francois franck frederic gabriel gerard gilles guillaume herve hugo jacques
jean jean-claude jean-luc jean-marc jean-pierre jerome joel jonathan julien kevin laurent loic louis luc lucas
marc marcel mathieu matthieu maxime michel nicolas olivier pascal patrick paul philippe pierre quentin remi
rene richard robert romain sebastien serge stephane sylvain theo thierry thomas vincent xavier yann yannick
yves
"""
NAMES_AFRICA = """
abena abiola adaeze adama adaobi adeola adesuwa adjoa afia afua aissata aissatou ajoke akosua akua ama amara
aminata amaka aramide awa ayo ayodele ayomide bintou binta bisi blessing bolanle bunmi chiamaka chidinma chinwe
chioma chinyere chinonso comfort coumba deborah djeneba efua ekene esosa eseosa ese ebere ebun efe eniola
fanta fatou fatoumata folake funke funmi funmilayo gift ifeoma ifeyinwa ijeoma kadiatou kadi khady kiné kine
kemi kehinde lola mariama mariam mame maimouna marietou mbalia ndeye ngozi nafi nafissatou nkechi nneka
nnenna obiageli ogechi oluchi oluwaseun omolara omotola oumou oumy osas osaro ramata rokhaya rokia salimata
seynabou sokhna taiwo temitope titi tolu tope uche uju yetunde yewande zainab adjoua affoue akissi amenan
aya brou ahou n'guessan estelle grace-divine esperance divine nadege aurore clarisse sandrine odile mamadou
moussa ibrahima seydou ousmane abdoulaye cheikh modou babacar lamine souleymane boubacar aliou amadou chukwu
emeka chinedu ikenna nnamdi obinna olumide tunde segun kunle yaw kwame kofi kojo kwabena ekow osagie osaze
eghosa efosa uyi nosa osamudiamen
"""
NAMES_EAST_EUROPE = """
adelina adriana alexandra alina alla anastasia anca andreea angela anna antonia bianca bogdana camelia
carmen claudia cristina dana daniela daria denisa desislava diana doina elena elisaveta emilia ekaterina
eva florentina gabriela galina georgiana gergana hristina ileana ilinca ioana ionela irina iulia ivana
iveta jana katarina katya kristina larisa lavinia ludmila lyudmila madalina magdalena margarita maria mariana
marina marta milena mihaela mirela monika nadezhda natalia natalya nataliya nikoleta nina oana oksana olena
olga paulina petra polina radka raluca roksana rositsa ruxandra sabina silvia simona snezhana sofia sonia
stefania stela svetlana tamara tatiana teodora valentina vanya vasilica vera veselina victoria viktoria
violeta yana yulia yuliya zlata zoya zornitsa aleksandar andrei bogdan costel dimitar dmitri florin georgi
grigore igor ion ionut ivan marian mihai nikolai petar sergei stefan vasile viktor vladimir yuri alketa
blerina elira entela ermira eriona fatjona klodiana mirjeta valbona
"""
# Short forms and pet names the women use for each other in messages (not also common words).
NAMES_SHORT = """
simo moha hamoudi mouh hmida fati fatou fatiz khadi khadouja zouzou souka soso nounou rosy steph stephy
nath nathou cathy vivi sandy jess jessy becky vicky nanou lili lulu lou loulou mimi nini ninou titi kiki fifi
jojo doudou nadou samy sami yaya zaza dounia noussa najou hanou bibi lolita manu nico seb vava
mira mirou nadège nadege ilyes amira chacha wiwi babi
"""
NAMES_LATIN = """
adriana alejandra alessandra alicia ana andrea angelica antonella beatriz bianca camila carla carolina
catalina cecilia clara claudia cristina daniela diana dolores elena eliana emilia esperanza estefania
fabiana fernanda flavia florencia gabriela gisela graciela guadalupe ines isabel isadora jimena josefa
juana juliana karina larissa leticia lorena luana luciana lucia luisa luz manuela marcela margarita
mariana maribel marisol marta mercedes milagros monica natalia nayeli noelia paola patricia paula pilar
priscila rafaela raquel renata rocio rosa rosario sandra silvana sofia soledad susana tatiana valeria
vanesa veronica viviana ximena yolanda thais thaina tainara jessica keila kelly suelen taynara andressa
bruna daiane fabiola gleice jaqueline joana kaline mayara michele monique nathalia rayssa roberta
alejandro andres antonio carlos diego eduardo fernando francisco gustavo javier jorge jose juan luis
manuel miguel pablo pedro rafael ricardo roberto sergio joao paulo thiago
"""
NAMES_ENGLISH = """
abigail alex alexis alison amanda amber amy andrea angela anna ashley barbara betty beverly brenda brittany
caroline carol catherine charlotte cheryl christina christine cindy claire courtney crystal cynthia danielle
debbie deborah debra denise diana diane donna dorothy elizabeth ellen emily emma erin evelyn frances
gloria hannah heather helen holly jackie jacqueline janet janice jasmine jean jennifer jenny jessica
joan joanne joyce judith judy julia julie karen kate katherine kathleen kathy kayla kelly kimberly kim
kristen laura lauren leslie linda lisa lori louise lucy madison margaret maria marilyn martha mary megan
melanie melissa michelle nancy natalie nicole olivia pamela patricia paula rachel rebecca rita ruth sally
samantha sandra sara sarah sharon shirley sophia stephanie susan tammy teresa tiffany tina tracy valerie
vanessa victoria wendy sam sammy charlie jo jamie jordan taylor morgan casey riley robin kris chris
andrew anthony benjamin brian charles christopher daniel david edward george james jason jeffrey john
joseph joshua kevin mark matthew michael paul peter richard robert ryan scott steven thomas timothy william
tony jack tom mike jake luke ben dan nick
"""
NAMES_ASIA = """
mei li lin ling xiu xiao hua hui jing juan lan yan yun yu ying fang hong wei min qing zhen ping na lei
jia xin yan-li thi thu thuy lan anh linh hoa huong mai ngoc phuong trang nguyen kim hana yuki
"""
# Names that are also ordinary words (or nicknames equal to words): only in name contexts.
WORD_NAMES = """
grace joy faith patience mercy precious blessing hope rose charity gift favour favor peace victoire prudence
constance will mark warda chance destiny princess lovely
divine esperance aurore aimee desiree fleur violette marguerite olive pierre claude michel dominique
happiness goodness goodluck innocent beauty promise success marvellous miracle wisdom
bella belle ange angel star dolly candy coco lulu sissi baby nana mimi
"""

# Well-known neighbourhoods and districts of the cities where the programmes work.
NEIGHBOURHOODS = """
gueliz, hivernage, mellah, mhamid, azli, sidi ghanem, riad zitoun, mouassine, semlalia, targa, amerchich,
harti, assif, issil, sidi mimoun, kennaria, dar el bacha, riad laarous, arset el maach, bab ighli, bab aylan,
sidi moumen, ain sebaa, derb sultan, derb ghallef, maarif, bourgogne, sidi belyout, ain chock, ain diab, anfa,
oulfa, hay hassani, sbata, sidi bernoussi, bernoussi, lissasfa, derb omar, mers sultan, hay moulay rachid,
sidi maarouf, californie, belvedere, roches noires, derb milan, founty, anza, bensergao, tikiouine, tilila,
lkhiam, hay dakhla, ihchach, casabarata, mesnana, souani, marshan, boukhalef, dradeb, msallah, iberia,
malabata, takaddoum, yacoub el mansour, akkari, hay riad, agdal, souissi, youssoufia, douar kora, diour jamaa,
chartrons, capucins, bastide, belcier, grand parc, meriadeck, nansouty, caudéran, cauderan, les aubiers,
saint-seurin, saint-augustin, la victoire, belleville, barbes, barbès, pigalle, goutte d'or, chateau rouge,
château rouge, la chapelle, stalingrad, porte de la chapelle, bois de boulogne, bois de vincennes, noailles,
belsunce, la joliette, castellane, la plaine, canebiere, canebière, les réformés
"""

# Countries and nationalities (fr + en): not personal data.
COUNTRIES = """
afghanistan afrique du sud albanie algerie allemagne angola arabie saoudite argentine armenie australie autriche
belgique benin bolivie bosnie bresil bulgarie burkina faso burundi cameroun canada cap-vert centrafrique chili
chine chypre colombie comores congo coree cote d'ivoire croatie cuba danemark djibouti egypte emirats equateur
erythree espagne estonie ethiopie finlande gabon gambie georgie ghana grece guatemala guinee guinee-bissau
guinee equatoriale haiti honduras hongrie inde indonesie irak iran irlande islande israel italie jamaique japon
jordanie kazakhstan kenya kosovo koweit liban liberia libye lituanie luxembourg macedoine madagascar malaisie
malawi mali malte maroc maurice mauritanie mexique moldavie mongolie montenegro mozambique namibie nepal
nicaragua niger nigeria norvege ouganda ouzbekistan pakistan palestine panama paraguay pays-bas perou
philippines pologne portugal qatar republique dominicaine roumanie royaume-uni russie rwanda salvador senegal
serbie sierra leone slovaquie slovenie somalie soudan sri lanka suede suisse syrie tanzanie tchad tchequie
thailande togo tunisie turquie ukraine uruguay venezuela vietnam yemen zambie zimbabwe
albania algeria angola argentina armenia australia austria belgium benin bolivia bosnia brazil bulgaria
burkina faso cameroon cape verde central african republic chad chile china colombia comoros croatia cyprus
czech republic denmark dominican republic ecuador egypt eritrea estonia ethiopia finland gambia georgia
germany ghana greece guinea haiti hungary india indonesia iraq ireland italy ivory coast jamaica japan jordan
kenya kosovo lebanon liberia libya lithuania madagascar malaysia mexico moldova morocco mozambique netherlands
nigeria norway pakistan peru philippines poland romania russia rwanda senegal serbia sierra leone somalia
south africa sudan sweden switzerland syria tanzania togo tunisia turkey uganda ukraine united kingdom
united states venezuela vietnam yemen zambia zimbabwe
"""
NATIONALITIES = """
marocaine marocain algerienne algerien tunisienne tunisien senegalaise senegalais ivoirienne ivoirien
camerounaise camerounais nigeriane nigerian nigeriane congolaise congolais guineenne guineen malienne
malien bulgare roumaine roumain russe ukrainienne ukrainien albanaise albanais chinoise chinois bresilienne
bresilien colombienne colombien peruvienne equatorienne espagnole espagnol francaise francais
moroccan algerian tunisian senegalese ivorian cameroonian nigerian congolese guinean malian bulgarian
romanian russian ukrainian albanian chinese brazilian colombian peruvian spanish french ghanaian
syrienne syrien erythreenne erythreen ethiopienne ethiopien soudanaise soudanais somalienne somalien
syrian eritrean ethiopian sudanese somali filipina filipino
"""

# First names of the lists above that are also common French or English words (in the lemma tables of
# spacy-lookups-data, or frequent in its English word probabilities): in lowercase, a name only after a strong cue.
COMMON_WORD_NAMES = set("""
alla anas blessing caroline christian claire comfort crystal divine dolores donna gift gilles hua jack lamine
lei lise luis maria marianne marie marina marine mark martine min mina morgane moussa na osas pascale ping
radia rida rim rosa said tope valentine violeta""".split())
