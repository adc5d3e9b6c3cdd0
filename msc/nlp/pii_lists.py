"""Word lists for personal-data detection (folded: lower-case, no accents)."""

# Large cities, regions and countries: they do not single a person out.
BIG_PLACES = {w for line in """marrakech|marrakesh|casablanca|casa|rabat|fes|fez|tanger|tangier|tangiers|agadir|meknes|oujda|kenitra|tetouan|safi|el jadida|nador|beni mellal|taza|khouribga|settat|essaouira|ouarzazate|laayoune|dakhla|mohammedia|sale|temara|inezgane|taroudant|tiznit|errachidia|larache|al hoceima|berkane|guelmim|chefchaouen|ifrane|paris|marseille|lyon|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|toulon|grenoble|dijon|angers|nimes|saint-etienne|le havre|clermont-ferrand|perpignan|metz|besancon|orleans|rouen|mulhouse|caen|nancy|avignon|poitiers|la rochelle|pau|bayonne|limoges|tours|amiens|seine-saint-denis|bruxelles|brussels|london|londres|madrid|maroc|morocco|france|espagne|spain|algerie|algeria|tunisie|tunisia|senegal|cote d'ivoire|ivory coast|mali|guinee|guinea|cameroun|cameroon|nigeria|congo|rdc|belgique|belgium|italie|italy|allemagne|germany|europe|afrique|africa|libye|libya|egypte|egypt|mauritanie|mauritania|syrie|syria|turquie|turkey|emirats|dubai|arabie saoudite|saudi arabia|qatar|royaume-uni|uk|angleterre|england|etats-unis|usa|canada|portugal|suisse|pays-bas|gabon|niger|sud|nord|souss-massa|souss|marrakech-safi|tanger-tetouan-al hoceima|ile-de-france|nouvelle-aquitaine|occitanie|gironde|provence|afrique subsaharienne|sahara""".split("|") for w in [line.strip()]}

# The organisation's own services and common capitalised non-names.
NOT_PERSONAL = set("""alcs cssr cidag chams coalition plus coalition frieda msf oim hcr onu onusida unaids fonds mondial
global fund ministere association clinique aides planning familial cegidd caarud csapa pmi samu social vih hiv ist sti
sida aids prep tpe pep arv cin dieu allah god inch'allah inchallah hamdoullah ramadan aid eid lundi mardi mercredi jeudi
vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre monday
tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december whatsapp facebook instagram tiktok internet covid b.haraje haraje croix-rouge red cross police
gendarmerie tribunal hopital mme madame monsieur mr mrs ms dr docteur docteure je j'ai elle il nous vous ils elles
on mais et puis alors quand depuis grace aujourd'hui maintenant apres avant ensuite enfin i she he we they my her
his the when then now today after before since but and so thanks grace merci oui non yes no cnss amo ramed caf
pole emploi ofii prefecture securite sociale cpam cmu ame ofpra french francais francaise arabe darija amazigh
marocaine marocain english anglais europeenne africaine subsaharienne""".split())

# Organisations named like a venue ("les Restos du Cœur"): a charity, not a place (a pattern of the raw text).
ORG_VENUES = r"(?i:\b(?:restos?|restaurants?)[ ]+du[ ]+c(?:œ|oe)ur\b)"

# Common first names in the communities served (Maghreb, West Africa, France, English).
FIRST_NAMES = set("""
aicha aïcha aisha amal amina aminata asmae asma assia atika awa aya badia bahia basma batoul bouchra chaima chama
chadia dalila dounia douae fadma fadila faiza fanta farah fatiha fatim fatima fatoumata fatna ghizlane habiba hafsa
hajar hakima halima hanane hasna hayat hind houda ibtissam ihssane ikram ilham imane iman jamila kaoutar karima
khadija khadidja latifa leila leïla loubna malika mariam mariama meriem meryem mina mouna mounia nabila nadia
nadira naima naïma najat najia nawal nezha nisrine noura nour nora ouafae oumaima rabia rachida rajae rania rkia
saadia sabah safaa safae saida salma samira sanae sara sarah siham soukaina souad soumia sofia touria wafae wafaa
widad yamina yasmine yasmina yousra yasmin zahra zakia zineb zina zohra zoubida zaina khaoula hamida jamal
ahmed ali brahim hassan hicham karim khalid mohamed mohammed mustapha mostafa omar rachid said samir youssef
yassine abdel abdellah abdelkader adil aziz driss hamid mehdi nabil noureddine redouane rida tarik younes
aminata binta coumba kadiatou mariam oumou rokia salimata mamadou moussa ibrahim seydou
marie sophie julie camille lea chloe manon sandrine nathalie isabelle valerie celine christine catherine
sylvie martine monique nadine patricia veronique stephanie aurelie emilie laura pauline claire anne lucie
jeanne louise alice lina ines jade emma chantal brigitte josiane francoise mireille
jean pierre paul jacques michel philippe nicolas thomas julien antoine eric laurent stephane olivier
mary jennifer linda elizabeth susan jessica karen nancy lisa betty sandra ashley kimberly donna michelle
carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela helen anna brenda
samantha katherine christine debra rachel carolyn janet maria heather diane julie olivia sophia ella
chloe grace lily jane kate lucy sally tina joy precious blessing esther ruth patience mercy faith
john james robert michael william david richard joseph charles daniel mark steven kevin brian george
peter tony jack tom mike
""".split())
FIRST_NAMES |= {"fatou", "awa", "adama", "khady", "ndeye", "aissatou", "rokhaya", "oumou", "nafi", "maimouna",
                "chioma", "ngozi", "adaeze", "folake", "funmi", "nneka", "esperance", "divine", "mireille"}
# Also common words ("Grâce à", "joy", "hope"): names only in a name-like context.
AMBIGUOUS_NAMES = {"grace", "joy", "faith", "patience", "mercy", "precious", "blessing", "hope", "rose", "charity",
                   "gift", "favour", "favor", "peace", "victoire", "prudence", "constance", "nancy", "mark", "will",
                   "amal", "iman", "sabah", "nour", "hayat", "houda", "safaa", "warda", "yasmine"}
FIRST_NAMES -= AMBIGUOUS_NAMES - {"amal", "iman", "sabah", "nour", "hayat", "houda", "safaa", "yasmine"}


# ---- broader gazetteers (pii_names.py): names by origin, countries, neighbourhoods
# (imported here, below the short lists, because this half of the module is built from them: E402 on purpose)
from spacy.lang.en.stop_words import STOP_WORDS as _EN_STOP  # noqa: E402 (see above)
from spacy.lang.fr.stop_words import STOP_WORDS as _FR_STOP  # noqa: E402 (see above)
from unidecode import unidecode as _unidecode  # noqa: E402 (see above)

from . import pii_names as _n  # noqa: E402 (see above)


def _words(block: str) -> set[str]:
    return {_unidecode(w).lower() for w in block.split()}


# Country words that are also given names stay out of the "not personal" places.
_COUNTRY_NAMES_TOO = {"maurice", "israel", "jordan", "georgia", "salvador", "chad", "kenya", "victoria"}
NATIONALITIES = _words(_n.NATIONALITIES)


def _french_forms(base: str) -> set[str]:
    """A French nationality's masculine, feminine and plural forms from its masculine ("haïtien" -> "haïtienne")."""
    if base.endswith(("ien", "éen")):
        fem = base + "ne"
    elif base.endswith("e"):
        fem = base
    else:
        fem = base + "e"
    return {_unidecode(w).lower() for w in (base, fem, base if base.endswith("s") else base + "s", fem + "s")}


# Nationalities of the countries the people served come from, in French (masculine) and English.
NATIONALITIES |= {f for w in """haïtien géorgien dominicain comorien malgache burkinabé capverdien cap-verdien mongol
srilankais sri-lankais togolais béninois nigérien tchadien centrafricain gabonais congolais angolais mozambicain
rwandais burundais ougandais kényan tanzanien somalien soudanais érythréen éthiopien djiboutien mauritanien libyen
égyptien libanais jordanien irakien iranien afghan pakistanais bangladais indien népalais chinois vietnamien
thaïlandais philippin indonésien russe ukrainien biélorusse moldave roumain bulgare albanais kosovar serbe croate
bosnien macédonien arménien azerbaïdjanais colombien vénézuélien péruvien équatorien bolivien brésilien argentin
chilien paraguayen cubain mexicain guatémaltèque hondurien salvadorien jamaïcain ghanéen nigérian camerounais
sénégalais malien guinéen ivoirien sierra-léonais libérien gambien marocain algérien tunisien syrien palestinien
yéménite saoudien turc portugais espagnol italien polonais tchèque slovaque hongrois""".split() for f in _french_forms(w)}
NATIONALITIES |= {"turque", "turques", "grec", "grecque", "grecs", "grecques", "thai", "thaie"}
NATIONALITIES |= _words("""haitian georgian dominican comorian malagasy burkinabe cape-verdean mongolian sri-lankan
togolese beninese nigerien chadian gabonese congolese angolan rwandan burundian ugandan kenyan tanzanian somali sudanese
eritrean ethiopian mauritanian libyan egyptian lebanese jordanian iraqi iranian afghan pakistani bangladeshi indian
nepali chinese vietnamese thai filipino filipina indonesian russian ukrainian belarusian moldovan romanian bulgarian
albanian kosovar serbian croatian bosnian greek turkish armenian colombian venezuelan peruvian ecuadorian bolivian
brazilian argentinian chilean cuban mexican jamaican ghanaian nigerian cameroonian senegalese malian guinean ivorian
liberian gambian moroccan algerian tunisian syrian palestinian yemeni""")
COUNTRIES = (_words(_n.COUNTRIES) | NATIONALITIES) - _COUNTRY_NAMES_TOO
BIG_PLACES |= COUNTRIES
# Big cities abroad that the people served come from (not personal data on their own).
BIG_PLACES |= set("""abidjan dakar bamako conakry yaounde douala kinshasa brazzaville lagos abuja accra lome cotonou
niamey ouagadougou nouakchott alger oran tunis tripoli cairo beyrouth damas istanbul lima bogota caracas
quito belem manaus recife fortaleza brasilia mexico
madrid barcelone barcelona seville rome roma naples napoli turin bruxelles anvers amsterdam berlin
geneve
alep aleppo homs hama idlib lattaquie latakia damascus asmara addis-abeba khartoum mogadiscio mogadishu
zhejiang fujian guangdong wenzhou shanghai pekin manille cebu mindanao luzon""".split()) | {"sao paulo", "rio de janeiro", "buenos aires", "new york", "le caire"}
# (cities of several words are written whole: their words alone, "de", "le", "new", "paulo", are not places)
# Capitals and large cities of the world, in French and English (a city alone is not personal data); cities that
# are also common first names (Sofia, Santiago, Victoria, Adelaide, Florence) are left out.
BIG_PLACES |= {w.replace("_", " ") for w in """lisbonne lisbon porto varsovie warsaw cracovie krakow prague vienne vienna
budapest bucarest bucharest sofia_bulgaria belgrade zagreb ljubljana sarajevo tirana skopje athenes athens thessalonique
kiev kyiv kharkiv odessa moscou moscow minsk chisinau riga vilnius tallinn helsinki stockholm oslo copenhague
copenhagen dublin edimbourg edinburgh glasgow manchester birmingham liverpool leeds bristol cardiff belfast lisburn
luxembourg zurich berne bern bale basel lausanne milan milano venise venice florence_italie bologne bologna genes
genoa palerme palermo catane catania bari cagliari valence_espagne bilbao malaga grenade granada saragosse zaragoza
almeria murcie murcia alicante cordoue cordoba la_haye the_hague rotterdam anvers antwerp liege gand ghent
charleroi cologne koln munich hambourg hamburg francfort frankfurt stuttgart dusseldorf
ankara izmir tbilissi tbilisi erevan yerevan bakou baku teheran tehran bagdad baghdad amman jerusalem
ryad riyad riyadh djeddah jeddah la_mecque mecca doha abou_dabi abu_dhabi koweit_city mascate muscat
karachi lahore islamabad kaboul kabul new_delhi delhi bombay mumbai calcutta kolkata dacca dhaka colombo
katmandou kathmandu bangkok hanoi ho_chi_minh saigon phnom_penh vientiane rangoun yangon kuala_lumpur singapour
singapore jakarta manila pekin beijing shanghai canton guangzhou shenzhen hong_kong taipei seoul seoul tokyo
osaka oulan-bator ulaanbaatar nairobi mombasa kampala kigali bujumbura dar_es_salaam dodoma lusaka harare
maputo luanda windhoek gaborone johannesburg pretoria le_cap cape_town durban antananarivo tananarive
moroni port-louis djibouti asmara addis_abeba addis_ababa juba ndjamena n'djamena bangui libreville malabo
sao_tome bissau banjul freetown monrovia yamoussoukro bouake porto-novo kano ibadan port_harcourt kumasi
pointe-noire lubumbashi goma bukavu kisangani mbuji-mayi
port-au-prince cap-haitien santo_domingo la_havane havana kingston_jamaica panama san_jose managua tegucigalpa
guatemala san_salvador mexico_city bogota medellin cali barranquilla caracas maracaibo quito guayaquil
la_paz asuncion montevideo santiago_du_chili rosario cordoba_argentine salvador_de_bahia belo_horizonte
washington chicago los_angeles miami houston montreal toronto quebec ottawa vancouver""".split()}
# Towns and communes of a metropolitan area count as towns (the labelling convention): not personal data on
# their own; their quartiers, streets and residences are. Suburbs of the cities where the people served live,
# and towns on the routes they travel (Morocco, Algeria, Libya, West Africa, Spain, Italy, Romania).
BIG_PLACES |= {w.replace("_", " ") for w in """merignac pessac talence begles lormont cenon floirac bassens
villenave-d'ornon le_bouscat bruges eysines blanquefort gradignan saint-medard-en-jalles le_haillan ambares-et-lagrave
saint-denis montreuil aubervilliers bobigny creteil nanterre argenteuil vitry-sur-seine ivry-sur-seine pantin bondy
sarcelles clichy clichy-sous-bois saint-ouen boulogne-billancourt colombes asnieres noisy-le-grand aulnay-sous-bois
villeurbanne venissieux vaulx-en-velin bron aubagne vitrolles la_ciotat blagnac colomiers rezé saint-herblain
sale temara skhirat mohammedia ain_harrouda bouskoura berrechid tit_mellil inezgane ait_melloul dcheira ben_guerir
sidi_slimane sidi_kacem ksar_el_kebir asilah martil mdiq m'diq fnideq castillejos selouane beni_ansar zaio midelt azrou
sefrou guercif taourirt jerada tinghir zagora tiflet khemisset el_kelaa_des_sraghna youssoufia oued_zem fkih_ben_salah
maghnia tlemcen tamanrasset annaba constantine setif bechar ghardaia sabha zuwara zawiya misrata sfax gabes
agadez gao tombouctou kayes sikasso mopti bobo-dioulasso kumasi ibadan kano enugu onitsha warri port_harcourt
benin_city edo uyo calabar abeokuta yopougon abobo cocody treichville adjame marcory koumassi port-bouet
attecoube bouake daloa san-pedro korhogo thies kaolack ziguinchor touba bafoussam bamenda garoua kindia kankan
labe nzerekore freetown monrovia bangui ndjamena
ceuta melilla almeria algeciras tarifa malaga cadiz huelva murcia valence valencia bilbao
lampedusa palerme palermo catane catania castel_volturno caserta milan milano turin torino florence bologne bologna
bucarest bucuresti constanta iasi craiova timisoara cluj cluj-napoca galati braila brasov ploiesti
sofia plovdiv varna kiev kyiv kharkiv odessa odesa
burgas ruse sliven stara_zagora pleven shumen dobrich haskovo pazardzhik tirana durres shkoder vlore elbasan fier korce
chisinau balti skopje belgrade kinshasa lubumbashi santo_domingo santiago_de_los_caballeros punta_cana puerto_plata
lima arequipa trujillo chiclayo iquitos bogota medellin cali barranquilla caracas maracaibo manila cebu davao
agen perigueux mont-de-marsan angouleme niort cahors montauban auch tarbes foix albi rodez carcassonne arcachon
libourne dax biarritz bergerac villeneuve-sur-lot marmande""".split()}
# Words heading case notes, forms and transcripts ("Fiche d'écoute", "Bénéficiaire :", "Allô ?"): capitalised
# at the start of a line or sentence, never a person.
NOT_PERSONAL |= set("""fiche beneficiaire beneficiaires juriste juristes allo alo entretien objet motif suivi synthese
signalement observation observations orientation accompagnement compte-rendu rendu transcription note notes
question reponse consultation permanence accueil ecoute appeler appelle appelez rappeler contacter tel telephone
portable fixe pr mlle mademoiselle maitre professeur professeure sergent sergeant inspecteur inspector officer
capitaine captain commissaire lieutenant adjudant bonjour bonsoir coucou salut bisous bises hello passeport passport
beijos besos abrazos xoxo
recepisse carte titre lettre message vocal maman papa orange inwi sfr bouygues lebara lycamobile wafacash matricule
identifiant attestation dossier recours plainte certificat
dieu seigneur allah jesus lord god rabbi
flat apartment appartement appt unit block room chambre suite floor etage batiment bat escalier
hajja hadja haja hadj lalla tantie tata khalti al-amana attawfiq fondep inmaa ardi albaraka microcredit
adie brouillon adresse""".split())
NOT_PERSONAL |= {"al amana"}
# Associations and services of the field, and shop chains, named in French or English stories: not people, not
# places of a person ("the Secours populaire", "the parking of Carrefour").
NOT_PERSONAL |= {w.replace("_", " ") for w in """cimade secours emmaus restos coallia adoma acceptess acceptess-t gisti
anafe comede france_terre_d'asile forum_refugies habitat_et_humanisme samusocial amicale_du_nid mouvement_du_nid
carrefour auchan lidl aldi intermarche monoprix franprix marjane acima bim primark ikea decathlon
mcdonald's mcdonalds kfc caritas secours_catholique armee_du_salut salvation_army trussell autres_regards cabiria
griselidis strass bus_des_femmes paloma arcat roses_d'acier les_roses_d'acier fondation_scelles""".split()}
# Mountains and regions (not personal on their own; "Atlas" alone names cafés and hotels too).
BIG_PLACES |= {w.replace("_", " ") for w in """anti-atlas haut-atlas moyen-atlas haut_atlas moyen_atlas rif
sahel darfour darfur kabylie casamance sahara_occidental oriental tafilalet drâa draa""".split()}
# Medicines (antiretrovirals, PrEP, substitution, common drugs): capitalised brand names are not people.
NOT_PERSONAL |= set("""dolutegravir biktarvy truvada descovy tivicay triumeq genvoya stribild atripla odefsey
juluca dovato symtuza efavirenz tenofovir emtricitabine lamivudine zidovudine nevirapine abacavir raltegravir
isentress darunavir prezista kaletra lopinavir ritonavir cabotegravir apretude vocabria rilpivirine methadone
methadona subutex buprenorphine suboxone naloxone narcan paracetamol doliprane dafalgan efferalgan ibuprofene
ibuprofen advil amoxicilline amoxicillin augmentin tramadol lyrica pregabaline rivotril xanax valium lexomil
seresta prozac zoloft sertraline fluoxetine paroxetine deroxat norlevo ellaone cytotec misoprostol""".split())
NEIGHBOURHOODS = {_unidecode(w).strip().lower() for w in _n.NEIGHBOURHOODS.replace("\n", " ").split(",") if w.strip()}
_STOP = {_unidecode(w).lower() for w in _FR_STOP | _EN_STOP}
WORD_NAMES = _words(_n.WORD_NAMES) - NOT_PERSONAL
AMBIGUOUS_NAMES |= WORD_NAMES
_ALL_NAMES = set()
for _block in (_n.NAMES_SHORT, _n.NAMES_MAGHREB, _n.NAMES_FRENCH, _n.NAMES_AFRICA, _n.NAMES_EAST_EUROPE, _n.NAMES_LATIN,
               _n.NAMES_ENGLISH, _n.NAMES_ASIA):
    _ALL_NAMES |= _words(_block)
# A gazetteer hit anywhere in the text: never a stop word, place, month or service name.
FIRST_NAMES |= _ALL_NAMES
FIRST_NAMES -= _STOP | BIG_PLACES | NOT_PERSONAL | WORD_NAMES | {"florence", "ange"}
FIRST_NAMES -= AMBIGUOUS_NAMES - {"amal", "iman", "sabah", "nour", "hayat", "houda", "safaa", "yasmine"}
