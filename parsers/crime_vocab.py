"""Words of crime and enforcement news: which crime a figure is about, and whether a text tells of crime at all.

The crime families of GUIDE.md's closed list, each with the words reporting uses for it, and the words that only
crime and enforcement news uses (kept apart from :mod:`parsers.vocab`, the words of numbers, nouns and verbs).
Patterns are regular-expression fragments matched case-insensitively on word boundaries.
"""
from __future__ import annotations

# Crime subjects: the family whose word stands nearest the figure wins.
SUBJECT_TERMS: tuple[tuple[str, str], ...] = (
    (r"telecom(?:munications?)?s?(?: and online)?[- ]fraud|telco fraud|phone fraud|online fraud|cyber[- ]?frauds?|"
     r"internet fraud|wire fraud|scams?|scammers?|scamming|scam cent(?:re|er)s?|scam hubs?|digital arrests?|"
     r"investment fraud|romance fraud|fraudsters?|frauds?(?! against the (?:eu|european union)\b| in trade\b)|"
     r"fraudulent(?! (?:insurance )?claims)|money mules?|droppers|shock calls?|fake police(?: officer)? calls?|"
     r"ramp[- ]and[- ]dump|pump[- ]and[- ]dump|"  # share-price scams run on investors recruited online
     r"sim ?box(?:es| fraud)?|bypass fraud|"  # international calls rerouted through local SIM cards: a telco's fraud
     # messages and callers "posing as" banks or officials to steal details: a scam, whatever the word for it
     r"posing as (?:a |the )?(?:banks?|bank (?:staff|employees|officials|security)|couriers?|delivery (?:firms|companies)|"
     r"police(?: officers)?|tax officials)|smishing|vishing|quishing|wangiri|"
     r"mule (?:bank )?accounts?|"
     r"phishing|swindl\w*|"
     r"deception|defraud\w*|cheat\w*|dup(?:ed|es|ing)|conned|pogos?|offshore gaming|pig[- ]butchering|sim[- ]swap\w*|"
     r"call[- ]cent(?:re|er)s?|ponzi(?: schemes?)?|pyramid schemes?|"
     r"unregistered investment schemes?|illegal investment schemes?|fraudulent investment schemes?|"
     r"bogus investment (?:schemes?|platforms?|apps?|websites?|sites?)|"
     r"fake (?:investment|trading|crypto(?:currency)?) (?:schemes?|platforms?|apps?|websites?|sites?)|"
     # goods sold online that never come: "fake sales on Facebook", "bogus online sellers", "non-delivery scams"
     r"fake (?:online )?(?:sales|sellers|shops|listings)|bogus (?:online )?(?:sales|sellers|shops|listings)|"
     # GUIDE.md: money mules for scams are telecom fraud ("laundering S$1.2 million for a scam syndicate")
     r"launder\w*(?: [\w$.,]+){0,4} for (?:a |an |the )?(?:[\w-]+ )?(?:(?:scam|fraud|call[- ]cent(?:re|er))\w* "
     r"(?:syndicates?|rings?|gangs?|networks?|groups?)|scam(?:mer)?s\b|fraudsters\b|call[- ]cent(?:re|er)s\b)|"
     # laundering a scam's takings: "laundering $48 million stolen from 400 victims of romance scams"
     r"launder\w*(?: [\w$.,]+){0,4} (?:in |of )?(?:scam|fraud) proceeds|"
     r"launder\w*(?: [\w$.,]+){0,4} (?:stolen|taken|obtained) from (?:[\w,]+ ){0,5}?victims of (?:[\w-]+ ){0,6}?"
     r"(?:scams?|frauds?)\b|"
     r"helping (?:fraudsters|scammers) (?:to )?(?:move|launder|transfer|cash out|withdraw)",  # a mule's help
     "telecom_fraud"),
    (r"cyber ?crimes?|cybercriminals?|cyber-related (?:crimes?|offen[cs]es)|hack(?:ing|ers?)|information network|"
     r"cyber[- ]?attacks?|cyber ?security incidents?|cyber incidents?|website defacements?|"
     r"leaks? of (?:the )?personal data|"
     r"cyber ?violence|online violence|cyberbullying|cyberstalking|online insults?|online defamation|"
     # hoaxes and false information spread online (an electronic-information offence, no scam)
     r"online hoax(?:es)?|election hoax(?:es)?|hoaxes online|false information online|spreading false information|"
     r"spreading hoaxes|spreading fake news|"
     r"ransomware|denial-of-service|ddos|infring\w* (?:on )?(?:citizens'? )?personal information|"
     r"data breach(?:es)?|data leaks?|malicious attacks?|data theft|theft of data|"
     r"internet crimes?|cyber offences?|ic3|online crimes?|using the internet|computer misuse|computer crimes?|"
     r"high-tech crimes?|hi-tech crimes?|high technology crimes?|"  # (Vietnam's and China's word for them)
     r"(?<=\bit )crimes?|(?<=\bit-)crimes?|(?<=\bit-related )crimes?|information technology crimes?|"
     r"using (?:information|computer|digital) technolog(?:y|ies)|"  # "crimes committed using information technology"
     r"unauthori[sz]ed access|illegal access|"
     # complaints on a cybercrime portal (GUIDE.md: national cybercrime-portal totals are cybercrime)
     r"filed on the portal|registered on the portal|lodged on the portal|received on the portal|"
     r"complaints on (?:the )?(?:national )?portal|"
     r"filed on the national portal|registered on the national portal|lodged on the national portal|"
     r"through the (?:online|national) reporting (?:system|portal|platform)|"
     r"on the (?:online|national) reporting (?:system|portal|platform)|"
     # GUIDE.md: helping fraudsters (renting out cards, laundering for them) is assisting information-network crime
     # ("providing bank cards, payment accounts or technical help to fraud gangs")
     + "|".join(rf"{verb} (?:[\w-]+,? ){{0,6}}?(?:support|help|assistance|cards|accounts) to "
                r"(?:fraudsters|scammers|(?:fraud|scam) (?:gangs|rings|groups|syndicates))"
                for verb in ("offering", "providing", "giving", "lending", "selling", "renting")) + "|" +
     "|".join(rf"{verb} (?:fraudsters|scammers|such crimes)" for verb in ("helping", "assisting", "aiding")) + "|" +
     # "helping fraud gangs by renting out bank cards" (not "for helping fraud rings launder money": a mule's fraud)
     r"helping (?:(?:fraud|scam) (?:gangs|rings|groups|syndicates)|them|such crimes) by (?:renting|selling|lending|"
     r"providing|supplying)",
     "cybercrime"),
    (r"violent (?:[\w-]+ )?(?:thefts?|robber(?:y|ies))|"  # "violent car thefts": the violence names the crime
     r"violent|violence|homicides?|murders?|assaults?(?! rifles?\b| weapons?\b)|assaulted|stabbings?|shootings?|"
     r"outrage of modesty|molest\w*|femicides?|feminicides?|"  # (not "1,600 assault rifles": weapons seized)
     # (not "phishing attacks", "ransomware attacks": the cyber crime's, named before)
     r"(?<!phishing )(?<!ransomware )(?<!malware )(?<!ddos )(?<!hacking )(?<!cyber )attacks?|"
     r"hacked to death|stabbed to death|beaten to death|bludgeoned to death|burned to death|burnt to death|"
     r"battered to death|strangled to death|clubbed to death|lynch\w*|mob (?:justice|action|violence|attacks?|killings?)|"
     r"knife|killings?|manslaughter|rapes?|defilement|sexual crimes?|sexual offen[cs]es|sex offen[cs]es|"
     r"sexual assaults?|"
     r"robber(?:y|ies)|armed robber\w*|robbers|dacoit\w*|carjack\w*|(?<!account )hijack(?:ings?|ers?|ed|ing)\b(?! by pirates)|"
     r"tribal (?:fighting|violence|clashes|warfare)|communal clashes|ethnic clashes|"
     r"clash(?:es)? between rival [\w-]+|brawls?|hooligan\w*|"
     r"heinous crimes?|gun crimes?|firearms? incidents|gun incidents|shooting incidents|"
     r"dowry deaths?|dowry killings?|dowry murders?", "violent_crime"),
    (r"(?<!veterinary )drugs?|narcotics?|methamphetamine|meth|heroin|cocaine|fentanyl|cannabis|opium|opioids?|"
     r"oxycodone|"
     r"yaba|ketamine|overdoses?|marijuana|hashish|shabu|syabu|ecstasy|tramadol|captagon|kratom|khat|qat|kif|miraa|"
     r"ganja|dagga|mdma|mephedrone|"
     # more drugs by name (not "ice", "spice" or "crack" alone, which are words of other things too)
     r"nitazenes?|xylazine|tapentadol|pregabalin|codeine|kush|tusi|ghb|lsd|psilocybin|magic mushrooms|charas|bhang|"
     r"synthetic cannabinoids|coca leaves|coca paste|cocaine paste|drug precursors|precursor chemicals|amphetamines?|"
     r"crack cocaine|benzodiazepines|morphine|carfentanil|"
     r"controlled substances?|narcotic substances|psychotropic substances|illicit substances", "drugs"),
    (r"human trafficking|trafficking in persons|trafficked|"
     # babies and children sold: "a ring that sold newborn babies stolen from public hospitals"
     r"baby[- ]selling|baby[- ]trafficking|child[- ]selling|"
     r"sold (?:\w+ )?(?:babies|newborns|infants|children)|selling (?:\w+ )?(?:babies|newborns|infants|children)|"
     r"babies (?:were |had been |have been )?sold|newborns (?:were |had been |have been )?sold|"
     r"(?<!drug )(?<!wildlife )(?<!arms )(?<!gun )(?<!weapons )(?<!firearms )(?<!ivory )(?<!meth )(?<!methamphetamine )"
     r"(?<!antiquities )(?<!art )(?<!artefact )(?<!artifact )(?<!waste )(?<!timber )(?<!fuel )(?<!tobacco )"
     r"(?<!cigarette )(?<!gold )(?<!eel )(?<!pangolin )(?<!animal )(?<!bird )(?<!turtle )(?<!rhino horn )(?<!oil )"
     r"(?<!species )(?<!sandalwood )(?<!rosewood )(?<!coal )(?<!sand )"
     r"(?<!cocaine )(?<!heroin )(?<!fentanyl )(?<!narcotics )(?<!cannabis )(?<!opium )trafficking"
     r"(?! (?:of |in )?(?:drugs|heroin|cocaine|methamphetamine|meth|fentanyl|narcotics|cannabis|marijuana|opium|"
     r"weapons|arms|firearms|guns|wildlife|ivory|eels|animals|birds|timber|oil|fuel)\b"
     # (nor a weight of goods: "trafficking 1.2 tonnes of ivory", "trafficking 40 kg of heroin")
     r"| (?:of |in )?(?:about |some |more than |over |nearly )?[\d.,]+\s*(?:tonnes?|tons?|kg|kilo\w*|grams?|pounds)\b)|"
     r"people[- ]smuggling|human[- ]smuggling|migrant[- ]smuggling|smuggling (?:of )?(?:migrants|people|persons)|"
     r"smuggled (?:[\w-]+ )?(?:migrants|people|persons)|smugglers['’] (?:boats?|vessels?|dinghies|trucks?|lorries)|"
     r"migrants (?:being|were|had been) smuggled|persons (?:being|were|had been) smuggled|"
     r"organi[sz]ing illegal migration|organi[sz]ing irregular migration|"
     r"people[- ]smugglers?|human[- ]smugglers?|migrant[- ]smugglers?|"
     # those who organise crossings for others are smugglers: "suspected of organising illegal border crossings"
     r"organi[sz]ing illegal (?:border )?crossings|organi[sz]ed illegal (?:border )?crossings|"
     r"forced labou?r|child labou?r(?:ers)?|bonded labou?r(?:ers)?|forced begging|forced to beg|"
     r"labou?r exploitation|illegal gangmasters?|gangmasters|caporalato|"  # (farm workers exploited by gangmasters)
     r"organ trafficking|kidney trafficking|"
     r"kidney rackets?|organ rackets?|organ harvesting|sell(?:ing)? (?:their |his |her )?kidneys|"
     r"baby factor(?:y|ies)|baby (?:selling|trafficking)|child trafficking|sold babies|selling babies|"
     r"labou?r exploitation|exploitation of workers|exploited workers|"
     r"modern slavery|forced to work|forced to defraud|forced to scam|forced to commit|"
     r"forced prostitution|into prostitution|loverboys?|"
     r"(?<!dog )(?<!pet )abduct\w*|kidnap\w*|held for ransom|missing children|brothels?|"
     # people held by traffickers ("freed 107 migrants who had been held and tortured by traffickers")
     r"(?<=held by )traffickers|(?<=tortured by )traffickers|traffickers' (?:prisons?|camps?|warehouses?)|"
     r"sexual exploitation|surrogacy ring|illegal surrogacy|surrogate mothers", "human_trafficking"),
    (r"corruption|corrupt|bribery|bribes?|kickbacks?|graft|embezzlement|abuse of power|duty-related|duty crimes?|"
     r"vote[- ]buying|buying votes|vote[- ]rigging|"  # votes bought are bribes
     # cases brought against officials, of no crime named: "opened 412 criminal cases against officials"
     + "|".join(rf"{noun} against (?:\w+ )?(?:officials|civil servants|public servants)"
                for noun in ("criminal cases", "cases", "charges", "proceedings", "investigations")),
     "corruption"),
    # suspicious-transaction reports are what anti-money-laundering rules require
    # (not "the laundering of forest permits": papers or timber made to look legal, no money)
    (r"money laundering|laundered(?! (?:timber|wood|logs|permits))|"
     r"laundering(?! of (?:[\w-]+ )?(?:permits|licen[cs]es|documents|papers|timber|wood|logs))|money launderers?|"
     r"suspicious (?:matter|transaction|activity) reports?|"
     r"hawala|hundi|"
     r"underground bank(?:s|ing)?|illegal money transfers?|"
     # unlicensed exchangers move criminals' money: "shut down 112 illegal cryptocurrency exchangers"
     r"illegal (?:crypto(?:currency)? |currency )?exchangers|unlicensed (?:crypto(?:currency)? |currency )?exchangers",
     "money_laundering"),
    (r"gambling|betting|cockfighting|e-sabong|sabong|match[- ]fixing|spot[- ]fixing|fixed matches|placing bets|"
     r"fixing (?:of )?(?:[\w-]+ ){0,6}?(?:matches|games)|"  # "over suspected fixing of at least six league matches"
     r"placed bets|illegal bets|"
     r"casinos?(?![ -](?:zones?|compounds?|complex(?:es)?|hotels?))|gamble", "gambling"),  # not a
    # "casino zone" that houses scam compounds
    (r"organi[sz]ed crime|gang-related|triads?|mafia|underworld|criminal gangs?|cartels?|gang members?|gangsters?|"
     r"yakuza|gang patches|gang list|gang insignia|gang membership|anti-gang|gang sweeps?|gang crackdowns?|"
     r"camorra|'ndrangheta|ndrangheta|cosa nostra|sacra corona unita|mafia clans?|crime clans?|"
     # the criminal clans of Germany and the Balkans: "14 members of an Arab clan", "Kavač clan members" (not
     # Colombia's Clan del Golfo, a drug cartel)
     r"clan members|criminal clans?|clan criminality|members of (?:an? |the )?(?:[\w'’-]+ ){0,2}clans?\b(?! del)|"
     r"gang crime|gang criminality|"
     r"gang leaders?|gang bosses|mara salvatrucha|ms-13|barrio 18|criminal organi[sz]ations?", "organized_crime"),
    (r"overall crimes?|total (?:[\w-]+ )?crimes?|crimes? in total|crimes? overall|all crimes?|all offen[cs]es|"
     # a drive against crime of every kind: "1,200+ arrested in holiday anti-crime drive"
     r"anti-crime (?:drives?|operations?|campaigns?|crackdowns?|sweeps?|blitz(?:es)?)|"
     r"crimes of all (?:kinds|types)|all (?:kinds|types) of crimes?|"
     r"crimes? (?:were |was )?recorded|crimes? reported|crime figures?|crime rates?|"
     r"offen[cs]es (?:were|was) (?:recorded|reported)|"  # "Overall, 534,220 offences were reported"
     r"(?<=\d )crimes(?! (?:committed|linked|related|connected|of) )|"  # (not "574,000 crimes committed using IT",
     # nor "1,842 crimes of fraud": a kind named)
     r"crime (?:reports?|statistics|data|review)|crimes? against (?:women|children|minors|the elderly|senior citizens)|"
     # "Hong Kong crime up 4.1%" (not "violent crime fell": the adjective names the crime)
     + "".join(f"(?<!{kind} )" for kind in ("violent", "sexual", "property", "commercial", "cyber", "online",
                                            "internet", "organised", "organized", "drug", "computer", "financial",
                                            "-enabled", "-related", "economic", "gun", "knife", "youth", "serious",
                                            "street", "white-collar")) +
     r"crimes? (?:in (?:the )?[a-z]+(?: [a-z]+)? )?(?:(?:is|was|were) )?"
     r"(?:up|down|rose|fell|rises|falls|increased|decreased|dropped|jumped|climbed)\b|"
     # (not "Criminal cases were initiated against 1,022 persons": the people the article's crime is against)
     r"(?<!filed )(?<!file )(?<!filing )criminal cases"
     r"(?! (?:were |have been )?(?:initiated|opened|instituted) against)|"
     r"detection rates?|theft|thefts|larcen(?:y|ies)|burglar\w*|"
     r"break and enter|"
     r"break-ins?|breaking and entering|"
     r"electoral offen[cs]es|election offen[cs]es|electoral violations|election violations|snatchings?|"
     r"chain-snatch\w*|chain snatch\w*|phone snatch\w*|"
     # (not a ransomware gang "extorting at least $180 million in ransom payments": the cyber attack's)
     r"blackmail|extortion|extort(?:ed|ing|s)(?![^.]{0,40}\bransom)|extortionists?|extortioners?|sextortion|"
     r"commercial crimes?|rustlers?|rustling|"
     r"cattle theft|stock theft|gun ban|cartons of cigarettes|packs of cigarettes|cigarette cartons|"
     r"cigarettes seized|seized cigarettes|"
     r"cigarette smuggling|tobacco smuggling|"
     r"ram[- ]raids?|ram[- ]raiders?|ram[- ]raiding|"
     r"cattle raids?|cattle raiding|cattle raiders|stole (?:\w+ )?(?:cattle|livestock|goats|camels)|"
     r"looted|looting|antiquities trafficking|antiquities traffickers|counterfeit\w*|knock-offs|"
     r"vandal\w*|graffiti|criminal damage|dogfight\w*|dog[- ]fight\w*|animal fighting|animal cruelty|"
     # cheating in exams is no scam: "cancels results of 2,400 candidates over exam cheating"
     r"exam(?:ination)? cheating|cheating in (?:the )?(?:exams?|examinations?)|exam(?:ination)? malpractices?|"
     r"atm (?:blasting|attacks|explosions|bombings)|"
     r"escaped (?:inmates|prisoners|convicts)|inmates who escaped|prisoners who escaped|escapees|jailbreaks?|"
     r"prison breaks?|piracy|pirates?|pirate attacks?|"
     r"illegal lenders?|illegal lending|illegal online lenders?|illegal online lending|illegal loans?|loan sharks?|"
     r"loan-sharking|lending apps?|"
     r"ghost guns?|untraceable (?:guns|firearms)|privately made firearms|"
     r"firearms recovered|guns recovered|weapons recovered|"
     r"loose firearms|illegal (?:firearms|weapons)|illegal possession of (?:guns|firearms|weapons|ammunition)|"
     r"unlicen[sc]ed firearms|illegally held (?:firearms|guns|weapons|rifles)|"
     r"weapons trafficking|arms trafficking|firearms trafficking|gun trafficking|gun-running|"
     r"stop and search(?:es)?|stop-and-search(?:es)?|(?<=for )weapons|weapons offen[cs]es|"
     r"(?<!digital )(?<!mobile )(?<!online )(?<!internet )bank frauds?|loan frauds?|"
     r"elder (?:financial )?(?:abuse|exploitation)|(?<=financial )exploitation|"  # frauds against banks:
     r"waste trafficking|illegally dumped|illegal dumping|timber trafficking|fuel trafficking|tobacco trafficking|"
     r"cigarette trafficking|gold trafficking|"
     r"stolen (?:vehicles|cars|motorcycles|motorbikes|bikes|bicycles|goods|property|phones|mobile phones)|"
     r"livestock theft|poach\w*|wildlife crimes?|wildlife trafficking|rhino horns?|ivory(?! coast)|"
     r"illegal (?:gold |sand |coal )?mining|illegal miners|illegal mines|galamsey|wildcat mining|illegal logging|"
     r"health[- ]care fraud|healthcare fraud|medicare fraud|medicaid fraud|insurance fraud|tax fraud|benefits? fraud|"
     r"tax crimes?|tax offen[cs]es|tax evaders?|tax evasion|tax dodg\w*|"
     r"benefits system|welfare system|benefit claims|"
     r"vat fraud|vat carousel fraud|carousel fraud|customs fraud|excise fraud|subsidy fraud|procurement fraud|"
     # frauds on what buyers are sold: commerce's, no scam ("fraud in trade", "food fraud checks")
     r"fraud in trade|trade fraud|food fraud|wine fraud|labell?ing fraud|"
     r"dog theft|dog abduction|pet theft|pet abduction|economic crimes?|economic offen[cs]es|child marriages?|"
     r"child neglect|child abandonment|"
     r"illicit (?:brews?|alcohol|liquor)|illegal (?:alcohol|liquor)|bootleg (?:alcohol|liquor)|"
     r"fraud against the (?:eu|european union)(?:'s)? (?:budget|finances|financial interests)|"
     r"welfare fraud|false claims|fraudulent claims|dishonest claims|bogus claims|fake claims|"
     r"false insurance claims|fraudulent insurance claims|dishonest insurance claims|crash for cash|check[- ]fraud|"
     r"cheque[- ]fraud|mail theft|skimming|skimmers|land fraud|land frauds|property fraud|title fraud|"
     r"land grabbing|land grabs?|visa fraud|immigration fraud|document fraud|passport fraud|"
     r"test fraud|exam fraud|examination fraud|licen[cs]e fraud|"  # ("driving test fraud")
     r"immigration (?:warrants?|offen[cs]es|violations|charges|laws?|rules)|"
     r"national security|shoplifting|arrivals|forged|forgery|forgeries|crossing illegally|illegal crossings|"
     r"drunk[- ]driv(?:ing|ers?)|drink[- ]driv(?:ing|ers?)|driving under the influence|dui|dwi|impaired driving|"
     r"traffic offen[cs]es|traffic violations|traffic (?:fines|tickets|summonses)|motoring offen[cs]es|"
     r"illegal immigra\w*|irregular migra\w*|undocumented|"
     r"crimes in (?:the city|hong kong)|property crimes?|index crimes?|"
     r"immigration violations?|immigration offen[cs]es|immigration laws?|illegal aliens|overstay\w*|"
     r"residency violations?|residence violations?|visa violations?|violations|"
     # India's penal codes: the cases under them are all crimes (not "a case under the BNS and the IT Act")
     r"cases (?:registered |recorded )?under the (?:indian penal code|ipc|bharatiya nyaya sanhita|bns)\b|"
     r"wanted (?:persons|people|fugitives)|most wanted|"  # a manhunt for people wanted for any crime
     # child sexual abuse online is no trafficking, though "sexual exploitation" in it reads so
     r"child (?:sexual )?(?:exploitation|abuse)(?: material)?|child pornography|csam|online sexual exploitation|"
     + "|".join(rf"{kind} (?:liquor|alcohol|cigarettes|tobacco|goods)"
                for kind in ("illegal", "bootleg", "contraband", "counterfeit", "spurious", "illicit", "undeclared")) +
     "|smuggled (?:goods|items|products|merchandise)" +
     "|" +
     # fuel smuggled across a border ("a ring that smuggled Libyan fuel into Europe")
     r"fuel smuggl\w*|smuggl\w* (?:[\w-]+ )?(?:fuel|diesel|petrol|gasoline)|"
     r"hooch|" +  # (spurious liquor: "the death toll from spurious liquor rose to 42")
     # fake medicines and the drug regulator that seizes them are no narcotics
     "|".join(rf"{kind} (?:and [\w-]+ )?(?:medicines?|pharmaceuticals|drugs)"
              for kind in ("fake", "counterfeit", "substandard", "spurious", "falsified")) +
     r"|drugs? (?:regulator|controller)s?|"
     # medicines named by what they treat or do ("erectile dysfunction drugs", "slimming pills"): no narcotics
     r"erectile dysfunction (?:drugs|pills|medicines)|slimming (?:drugs|pills)|weight[- ]loss (?:drugs|pills)|"
     r"diet (?:drugs|pills)", "other"),
)

# Words of crime or enforcement: money and percentages count only in a sentence (or the one before) that has one.
ENFORCEMENT_TERMS = (
    r"police|gendarm\w*|impound\w*|courts?|prosecut\w*|procurator\w*|arrest\w*|crim\w+|fraud\w*|scam\w*|victims?|"
    r"seiz\w*|forfeit\w*|"
    r"border protection|border patrol|border force|border guards?|red notices|interpol|"
    r"immigration (?:officers|officials|authorities|agents|service)|"  # ("removed 41,000 people from the country")
    r"image-based abuse|intimate image abuse|child abuse|sexual abuse|domestic abuse|elder abuse|revenge porn|"
    r"frozen|freez\w*|launder\w*|suspicious|drugs?|traffick\w*|offen[cs]es?|offenders?|curfews?|breached|"
    r"suspects?|suspected|cases?|illegal|"
    r"gangs?|"
    r"syndicates?|"
    r"corrupt\w*|brib\w*|theft|thefts|stolen|stole|guilty|refund\w*|settlements?|robber\w*|loss|losses|lost|"
    r"defraud\w*|cheat\w*|deception|unregistered|false claims|at trial|"
    r"complaints?|investigat\w*|enforcement|confiscat\w*|recovered|fined|fines|penalt\w*|raid\w*|rescued|repatriat\w*|"
    r"returnees|"
    r"deport\w*|smuggl\w*|hack\w*|cyber\w*|ransom\w*|extort\w*|blackmail|detection|security|bust\w*|"
    r"evasion|evaded|evading|fly-tipping|fly tipping|illegal dumping|wage theft|phishing|"
    r"dismantl\w*|crackdowns?|gambl\w*|illicit|detain\w*|apprehen\w*|held|nabbed|caught|violat\w*|dup(?:ed|ing)|"
    r"jail\w*|prison\w*|convict\w*|sentenc\w*|"
    r"charg(?:ed|es|ing)|indict\w*|ponzi|probes?|probed|probing|attach(?:ed|es|ing)|block(?:ed|ing|s)?|mules?|"
    r"murder\w*|homicides?|kill\w*|shoot\w*|assault\w*|rapes?|defilement|burglar\w*|sextortion|violent deaths?|"
    r"violence|"
    r"kidnap\w*|captors?|hostages?|pira(?:cy|tes?|ted)|carjack\w*|stabb\w*|computer misuse|"
    r"loot\w*|counterfeit\w*|hoax\w*|bomb threats?|vandal\w*|graffiti|criminal damage|"
    r"cocaine|heroin|methamphetamine|meth|fentanyl|cannabis|marijuana|hashish|shabu|syabu|ecstasy|opium|ketamine")
# Papers that can be forged: people who used forged ones committed a forgery ("submitted fake degree certificates")
FORGED_PAPERS = r"(?:certificates|documents|papers|passports|degrees|diplomas|licen[cs]es|ids|id cards|visas|permits|" \
    r"qualifications)"
# Words only crime and enforcement news uses ("cases", "victims", "drugs", "losses" serve health and business news
# too): an article whose lead has none of them, and a sentence that has none, are not about crime.
CRIME_NEWS_TERMS = (
    r"police|policemen|gendarm\w*|thieves|stolen|border force|border guards?|coast ?guards?|"
    r"customs (?:officers|officials|agents)|"
    r"court|courts|judges?|prosecut\w*|procurator\w*|arrest\w*|crim\w+|fraud\w*|scam\w*|launder\w*|"
    r"killings|massacres?|assassinat\w*|slain|image-based abuse|intimate image abuse|revenge porn|"
    r"traffick\w*|smuggl\w*|suspects?|convict\w*|jail\w*|prison\w*|sentenced|illegal\w*|gangs?|syndicates?|"
    r"cartels?|corrupt\w*|brib\w*|theft|thefts|robber\w*|burglar\w*|murder\w*|homicides?|detain\w*|raid\w*|"
    r"seiz\w*|confiscat\w*|impound\w*|deport\w*|enforcement|offen[cs]es?|offenders?|indict\w*|extort\w*|ransom\w*|"
    r"hack\w*|cybercrime\w*|narcotics?|kidnap\w*|abduct\w*|repatriat\w*|pogos?|crackdowns?|racket\w*|sextortion|"
    r"cocaine|heroin|methamphetamine|"  # (not fentanyl, a word of overdose and health news too)
    r"attackers?|knife|knives|gunm[ae]n|stabb\w*|shootings?|carjack\w*|froze|frozen|freez\w*|defraud\w*|swindl\w*|"
    r"assaulted|vandal\w*|graffiti|"
    r"cheated|cheating|tax evasion|duty evasion|fare evasion|fare[- ]dodg\w*|fare evaders?|evaded|fly-tipping|"
    r"fly tipping|illegal dumping|wage theft|exam(?:ination)? malpractices?|"
    r"phishing|smishing|vishing|undeclared (?:cash|currency|foreign currency)|"  # (cash controls at borders)
    r"militants?|insurgents?|terroris\w*|bombings?|graft|anti-graft|embezzl\w*|discipline inspection|"
    r"intercept\w*|ponzi\w*|pyramid schemes?|charged with|charges? against|suspicious (?:matter|transaction|activity)|"
    r"detection rates?|mules?|gambling|casinos?|extradit\w*|fugitives?|investigators|complainants?|deception|"
    r"slavery|forced labou?r|unlicen[sc]ed|unregistered (?:firearms|guns|weapons)|"
    r"firearms? amnest(?:y|ies)|guns? amnest(?:y|ies)|weapons? amnest(?:y|ies)|"
    r"poach\w*|rustl\w*|counterfeit\w*|hoax\w*|bomb threats?|swatting|vote[- ]buying|vote[- ]rigging|"
    r"loot\w*|escaped|escapees|jailbreaks?|pira(?:cy|tes?|ted)|"
    r"(?<=child )exploitation|(?<=child )abuse|sexual (?:exploitation|abuse)|exploited children|"
    r"forced disappearances?|disappearances|missing persons|clandestine graves|mass graves|violent deaths?|"
    r"stowaways?|red notices|forgery|forgeries|forgers|laser strikes|laser attacks|" +
    "|".join(rf"{kind} (?:[\w-]+ )?{FORGED_PAPERS}" for kind in ("forged", "fake", "false", "bogus")))
