"""Vocabularies of crime and enforcement reporting, kept apart from the code that uses them.

The words here come from how enforcement figures are reported in general (police, courts,
prosecutors, regulators), never from one article.  Patterns are regular-expression
fragments matched case-insensitively on word boundaries.
"""
from __future__ import annotations

from parsers.crime_vocab import FORGED_PAPERS

NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
}
MULTIPLIER_WORDS = frozenset({"hundred", "thousand", "dozen"})

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "mil": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "bil": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12,  # "Rs 1.2 lakh crore": a lakh of crores
}

# A brand written in camel case, which a model number may follow: "iPhone 16", "PlayStation 5", "iPhones"
BRAND = r"(?:i[A-Z][a-z]+|[A-Z][a-z]+[A-Z][a-z]+)"

# A rate per head of population: "162 offences per 100,000 people", "8.1 per lakh population".
PER_HEAD = r"per (?:lakh|100,000|100 000|10,000|10 000|1,000|thousand|million|capita|head)"

QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"more than|over|exceed(?:ing|ed|s)?|in excess of|at least|upwards of|no fewer than|no less than|not less than|"
     r"not fewer than|a minimum of|topped|tops|top|above|surpass(?:ing|ed|es)?|cross(?:ed|es|ing)?|north of",
     "at_least"),
    (r"up to|as many as|as much as|as high as|fewer than|less than|under|at most|no more than|not more than|"
     r"a maximum of", "at_most"),
    (r"some|about|around|approximately|nearly|almost|roughly|an estimated|estimated|close to|an approximate|"
     r"approx\.?|circa|roughly|just under|just over|estimated at|(?:just )?shy of|in the region of|more or less",
     "approx"),
)

# Measures from the counted noun.  People nouns are decided by the verb (PEOPLE_VERBS).
_SENT_ON_TO_PROSECUTE = (r"(?=(?: of [\w -]{1,40}?)? to (?:the )?(?:dpp|director of public prosecutions|"
                         r"national prosecuting authority|prosecutors?|prosecution|courts?)\b)")
CASE_NOUNS = (r"cases?|firs?|complaints?|reports?|incidents?|crimes?|offences?|offenses?|trials|"
              r"investigations?|probes?|frauds?|scams?|thefts|burglaries|larcenies|robberies|heists|murders|homicides|"
              r"killings|facts(?= of (?:[\w-]+ ){0,2}(?:fraud|theft|crime|crimes|extortion|corruption|bribery|"
              r"violence|robbery|robberies|drug))|"  # translated reports' "facts of internet fraud": cases
              r"assaults|attacks|cyberattacks|cyber-attacks|ram[- ]raids|smash-and-grab raids|smash-and-grabs|"
              r"break-ins|violations|felonies|misdemeanou?rs|infractions|dockets|case dockets|case files|"
              r"criminal files|cybercrimes|cyber-crimes|"
              # "referred 31 files to the Director of Public Prosecutions", "12 matters of suspected insider trading to
              # the National Prosecuting Authority": cases sent on to be prosecuted
              + "|".join(noun + _SENT_ON_TO_PROSECUTE for noun in ("files", "matters")) + "|"
              r"carjackings|hijackings|extortions|abductions|stabbings|shootings|arsons|"
              r"kidnappings|rapes|break-ins|muggings|snatchings|chain-snatchings|claims|fixed matches|"
              r"femicides|feminicides|disappearances|it crimes|it-crimes|massacres|assassinations|"
              r"manipulated matches|rigged matches|suspicious matches|atm attacks|atm blasts|breaches(?= of)|"
              r"(?:bomb |hoax |death )?threats|illegal taps|allegations|detonations|explosions|bombings|sightings|"
              r"schemes|pyramids|staged (?:crashes|collisions|accidents)|enforcement actions|child marriages|lynchings|"
              r"phishing attempts|scam attempts|fraud attempts|data breaches|data leaks|laser strikes|laser attacks|"
     r"criminal proceedings|"
              r"escapes|jailbreaks|jail breaks|prison breaks|breakouts")  # reported ones (foiled
# ones are "other")
# Migrants, as figures of migration name them ("intercepted 41,300 migrants", "found 96 stowaways")
# A figure set right: "The correct figure is 1,412", "The correct figure is 1.1 tonnes"
CORRECTED_FIGURE = r"(?:correct|corrected|revised|right|actual) (?:figure|number|total|amount|weight) (?:is|was)"
# Where people are referred to be charged: "sent to prosecutors", "referred ... to the public prosecutor's office"
TO_PROSECUTORS = r"to (?:the )?(?:prosecutors|prosecution|public prosecutor'?s?(?: office)?)\b"
MIGRANT_NOUNS = r"(?:(?:undocumented|irregular|illegal|would-be|foreign)\s+)?(?:migrants|asylum[- ]seekers|stowaways)"
PEOPLE_NOUNS = (r"people|persons?|individuals?|suspects?|men|women|man|woman|females?|males?|children|minors|members|"
                r"babies|newborns|infants|civilians|juveniles|juvenile offenders|delinquents|"
                # one of them, told alone: "One teacher died", "one child was rescued"
                + "".join(rf"{one}(?=\s+(?:was|is|has|had|died|remains|remained)\b)|" for one in (
                    "teacher", "student", "pupil", "child", "boy", "girl", "villager", "passenger", "driver", "tourist",
                    "journalist", "farmer", "worker", "resident", "migrant", "prisoner", "inmate", "nurse", "doctor")) +
                r"boys|girls|prisoners|inmates|convicts|borrowers|debtors|lenders|"
                r"drink[- ]drivers|drunk[- ]drivers|drug[- ]drivers|"
                r"others|nationals|citizens|residents|workers|employees|accused|defendants|criminals|"
                r"offenders|fugitives|culprits|perpetrators|aggressors|fraudsters|scammers|mules|money mules|stooges|"
                r"couriers|pilots|boat pilots|boatmen|skippers|freight forwarders|forwarders|clearing agents|"
                r"droppers|senders|participants|"
                r"money couriers|violators|ringleaders|masterminds|kingpins|bosses|recruiters|motorists|drivers|users|"
                r"kidnappers|abductors|robbers|dacoits|gunmen|attackers|assailants|militants|bandits|pirates|"
                # the doers of crimes by name ("arrested 41 pickpockets"), and people the police meet
                r"hitmen|hit men|lookouts|drug runners|scalpers|illegal loggers|illegal miners|squatters|hawkers|"
                # (and those who dig or pan for gold with no licence: "arrested 2,104 illegal gold panners")
                r"illegal (?:gold |sand |coal |diamond )?(?:miners|panners)|gold panners|zama zamas|galamseyers|"
                r"fare dodgers|fare-dodgers|fare evaders|"
                r"pickpockets|shoplifters|carjackers|hooligans|bikers|insurgents|rebels|separatists|jihadists|"
                r"extremists|cultists|snatchers|chain snatchers|phone snatchers|cybercriminals|money launderers|pimps|"
                r"paedophiles|pedophiles|child predators|predators|groomers|stalkers|arsonists|vandals|counterfeiters|"
                r"forgers|impostors|imposters|con artists|conmen|con men|swindlers|embezzlers|bribe-takers|escapees|"
                r"absconders|parolees|beggars|asylum seekers|stowaways|"
                r"subjects|"  # official English for suspects: "2,310 cases with 3,870 subjects"
                r"crew members|crewmen|crew|seafarers|sailors|"
                r"co-defendants|co-accused|co-conspirators|"
                r"traffickers|smugglers|gamblers|hackers|migrants|detainees|captives|hostages|"
                r"youths?|teenagers|students|villagers|passengers|travell?ers|staff|operators|recruits|drivers|riders|"
                r"schoolchildren|pupils|schoolgirls|schoolboys|worshippers|churchgoers|"
                r"vendors|"
                r"traders|exporters|importers|candidates|farmers|fishermen|journalists|activists|doctors|physicians|"
                r"practitioners|nurses|aides|caregivers|carers|"
                r"teachers|tourists|voters|"
                r"homebuyers|buyers|homeowners|home owners|householders|flat owners|property owners|"
                r"owners|account owners|holders|account holders|recruiters|handlers|brokers|middlemen|contractors|"
                r"executives|managers|directors|accountants|lawyers|bankers|chairpersons|chairmen|chairwomen|"
                r"treasurers|businessmen|businesswomen|businesspeople|business people|entrepreneurs|"
                r"lawmakers|legislators|mayors|governors|councillors|councilors|magistrates|"
                r"complainants|victims?|foreigners?|civil servants|public servants|investors|customers|clients|"
                r"depositors|shoppers|consumers|retirees|pensioners|seniors|elderly people|membership|abusers|donors|"
                r"drug abusers|drug users|addicts|"
                r"tenants|renters|homebuyers|applicants|jobseekers|job seekers|employers|landlords|returnees|evacuees|"
                r"households|heads(?! of (?:cattle|livestock))|"
                r"users|holders|account holders|ringleaders|masterminds|bosses|kingpins|founders?|co-founders?|"
                r"couriers|peddlers|growers|cultivators|priests|clerics|imams|monks|pastors|survivors|"
                r"dealers|pushers|thieves|robbers|burglars|attackers|gunmen|illegal immigrants|immigrants|"
                r"overstayers|leaders|doctors|physicians|practitioners|nurses|pharmacists|lawyers|executives|managers|"
                r"directors|accountants|"
                r"brokers|vendors|sellers|buyers|traders|exporters|importers|recruiters|organi[sz]ers|accomplices|associates|"
                r"henchmen|"
                r"militants|rioters|looters|yobs|thugs|drug barons|barons|drug lords|"
                r"pirates|poachers|rustlers|touts|loan sharks|extortionists|"
                r"personalities|high-value targets|high value targets|"  # (the Philippines' drug war: "HVTs")
                r"ones|fans|candidates|players|athletes|footballers|referees|jockeys|labou?rers|patients|"
                r"customers|clients|subscribers|adults|mothers|fathers|parents|relatives|"
                r"supporters|protesters|demonstrators|guards|security guards|bodyguards|bookies|bookmakers|punters|"
                r"stewards|bouncers|doormen|"
                r"of them|of whom")
NOUN_MEASURES: tuple[tuple[str, str], ...] = (
    (r"arrests?(?! warrants?)|detentions?|apprehensions?", "arrests"),  # ("issued 54 arrest warrants": no one caught)
    (r"convictions?|death sentences|executions|life sentences|prison sentences|jail sentences|custodial sentences|"
     r"suspended sentences|life terms|prison terms|jail terms|custodial terms", "convictions"),
    (r"indictments|prosecutions", "prosecutions"),  # people indicted (GUIDE.md), as convictions are people convicted
    # "19,125 referrals of potential victims": the people referred as victims
    (r"referrals of (?:potential |possible |suspected )?(?:victims|survivors)", "victims"),
    (r"deaths|death(?! (?:sentences?|penalt\w*|row|threats?)\b)|fatalities|suicides|toll|lives|bodies",  # "The toll was
    "deaths"),  # 24% higher", "claimed more than 60 lives"
    (r"injuries", "injuries"),  # "Firecracker-related injuries reached 236"
    (r"deportations|removals|expulsions|extraditions", "deported"),  # "ICE removals rise to 312,000"
    (r"(?:bank |mule |online |social[- ]media |whatsapp |telegram )?accounts?|sim cards?|sims|skype ids?|"
     r"bank cards?|phone cards?|debit cards?|credit cards?|mobile numbers|phone numbers|"
     r"phone lines|telephone lines|mobile lines|sim lines|mobile connections|phone connections|sim connections|"
     r"telephone connections|e-wallets?|e-wallet accounts|digital wallets|mobile wallets", "accounts"),
    (r"gangs?|syndicates?|networks?|botnets?|rings?|cells|scam cent(?:re|er)s?|compounds?|dens?|hubs?|"
     r"criminal groups?|groups?|organi[sz]ations?|call cent(?:re|er)s?|scam farms?|cartels?|factories|"
     r"labs|laboratories|sawmills|farms|plantations|grow[- ]operations|grow[- ]ops|grow[- ]houses|"  # drug labs, farms raided
     r"sites|premises|locations|hideouts|parks|shops|exchange shops|outlets|storefronts|dispensaries|camps|"
     r"county lines|drug lines|deal lines|"
     # where drugs are sold on the street: "dismantled about 1,200 drug-dealing spots" ("points de deal")
     r"(?:drug[- ])?dealing (?:spots|points)|drug[- ]selling (?:spots|points)|drug spots|drug markets|"
     r"facilities|baby factories|clinics|pharmacies|bars|brothels|spas|massage parlou?rs|karaoke bars|nightclubs|"
     # (illegal mining's pits, illicit liquor's distilleries and stolen oil's refineries destroyed)
     r"airstrips|landing strips|pits|mining pits|mine shafts|illegal mines|distilleries|stills|refineries|"
     r"guesthouses|venues|gaming halls|betting shops|slot parlou?rs|ghettos|scrapyards|scrap yards|junkyards|"
     r"exchangers|(?:currency |money )?exchange (?:points|offices|booths|bureaus)|"
     r"dealing lines|cent(?:re|"
     r"er)s", "groups"),  # UK drug-dealing networks
    (CASE_NOUNS, "cases"),
    (r"(?:\w+ )?operations|raids|crackdowns|campaigns|checks|inspections|inspection rounds|patrols|searches|tip-offs|"
     r"interdictions|interceptions|boardings|protection orders|restraining orders|domestic violence orders|"
     r"(?:migrant |border )?encounters|"  # a border agency's count of migrants stopped or turned back
     r"irregular entries|illegal entries|irregular crossings|illegal crossings|irregular border crossings|"  # migration
     r"traps|sting operations|stings|decoy operations|"
     r"breath tests|alcohol tests|drug tests|roadside tests|"
     r"search warrants|arrest warrants|warrants|phone calls|calls|callouts|call-outs|(?:clandestine |mass )?graves|"
     r"messages|text messages|texts|sms|"
     r"websites|web pages|phishing sites|scam sites|fake sites|fraudulent sites|online gambling sites|"
     r"online betting sites|domains|domain names|urls|links|transactions|transfers|suspicious payments|"
     r"fraudulent payments|withdrawals|payment requests|payment (?:channels|gateways)|"
     r"imeis?|imei numbers|(?:\w+ )?apps|applications|platforms|ads|advertisements|adverts|listings|arrivals|"
     r"posts|videos|channels|"
     # GUIDE.md: blocked device numbers (IMEIs) are "other"
     r"summonses|citations|challans|e-challans|penalty notices|fixed penalty notices|penalty fares|fines|warnings|"
     r"warning messages|"
     r"red notices|yellow notices|wanted notices|diffusions|"  # Interpol's notices for the wanted and missing
     r"(?:criminal |penalty )?infringement notices|"
     r"speeding tickets|traffic tickets|parking tickets|penalty tickets|"
     r"visas|student visas|work visas|work permits|residence permits|"
     r"licen[cs]es(?= (?:were |had been |have been )?(?:revoked|suspended|cancell?ed|withdrawn))|"
     r"tickets(?= for (?:speeding|traffic|parking|driving|drink|drunk|jaywalking|littering))|"
     r"entities|alerts|illegal (?:power |electricity |water |gas )?connections|"
     # migrants' crossings of a border ("crossings through the jungle fell 93%"), not the border posts themselves
     + "".join(f"{kind} (?:border )?crossings|" for kind in ("illegal", "irregular", "unauthori[sz]ed", "unlawful",
                                                            "migrant")) + r"crossings(?= (?:through|of|into) )|"
     r"(?<!phishing )(?<!scam )(?<!fraud )attempts", "other"),
)
# Nouns whose counts GUIDE.md leaves out: flights, officials, countries, types of crime, ...
UNCOUNTED_NOUNS = (r"typologies|flights?|aircraft|planes|jets|buses|officials?|officers?|policem[ae]n|gendarmes?|reservists|"
                   r"agents?|judges|magistrates|"
                   r"ministers|lawmakers|personnel|troops|soldiers?|witnesses|"
                   # "two deadly attacks": incidents GUIDE.md leaves uncounted
                   r"theaters|theatres|cinemas|screens|attacks|"
                   r"countries|provinces|states|cities|"
                   r"districts|nationalities|types|categories|kinds|crime types|items|articles|chapters|"
                   r"sections|clauses|times|years?|months?|weeks?|days?|hours?|minutes?|laws?|bills?|charge|count|"
                   r"agencies|forces|departments|teams|units|stations|police (?:cent(?:re|er)s|posts|booths)|meetings|"
                   r"sessions|pages|rounds|steps|"
                   # prosecutors' offices that bring cases, not offices raided or seized
                   r"(?:u\.s\. )?attorneys?'?s?'? offices|prosecutors?'?s?'? offices|field offices|"
                   r"languages|platforms|banks|measures|cameras|charges|counts|areas|border areas|regions|zones|"
                   r"villages|towns|municipalities|floors|rooms|points|entry points|checkpoints|"
                   r"crossings")  # GUIDE.md: charges, not people
# Wild animals, seized alive or dead, or counted as killed by poachers ("Poachers killed 352 rhinos": "other")
ANIMALS = (r"rhinos|rhinoceroses|elephants|pangolins|tigers|lions|leopards|gorillas|chimpanzees|orangutans|bears|"
           r"turtles|tortoises|sharks|parrots|songbirds|monkeys|primates|animals|dogs|cats|puppies|snakes|lizards|"
           r"birds|reptiles|amphibians|frogs|geckos|iguanas|chameleons|pythons|crocodiles|alligators|tarantulas|"
           r"scorpions|eels|macaws|cockatoos|falcons|owls|hornbills|carcasses")
SEIZURE_NOUNS = (r"seizures|hauls?|companies|kg|kilogram(?:me)?s?|kilos?|tonnes?|tons?|grams?|pounds|lbs?|litres?|"
                 r"liters?|doses|pills|tablets|capsules|vials|ampoules|sachets|skimmers|skimming devices|drones|"
                 r"(?:marijuana |cannabis |poppy |coca |opium )?plants|"
                 r"(?:mobile |cell |smart)?phones?|handsets?|laptops?|computers?|desktops?|ipads?|tablets?|printers|"
                 r"drives|servers?|routers?|modems?|terminals|receivers|antennas|dishes|vehicles?|cars?|motorcycles?|"
                 r"boats?|speedboats?|vessels?|ships?|tankers?|trawlers?|rafts?|(?:river )?barges?|dredg(?:es|ers)|"
                 r"aircraft|planes|"
                 r"pirogues|dinghies|canoes|skiffs|dhows|trawlers|"
                 r"helicopters?|gateways|kits|"
                 r"(?:outboard )?engines|(?:outboard )?motors|"
                 r"(?:shipping )?containers|truckloads|lorryloads|carloads|boatloads|pods|e-vaporisers|e-vaporizers|"
                 r"vaporisers|vapes|e-cigarettes|"
                 r"(?:counterfeit |fake )?(?:bank ?)?notes|banknotes|currency notes|jerrycans|fakes|counterfeits|"
                 r"packs|sachets|bales|crates|rolls|joints|wraps|(?:water )?pumps|booklets|(?:rubber )?stamps|seals|"
                 r"trucks?|lorries|vans?|weapons?|guns?|excavators?|bulldozers?|tractors?|generators?|chainsaws?|"
                 r"sticks|(?:memory |computer )?chips|semiconductors|insignia|patches|paraphernalia|"
                 r"firearms?|pistols?|rifles?|handguns?|shotguns?|revolvers?|bullets|ammunition|rounds(?= of\b)|"
                 r"cartridges|knives|blades|"
                 r"machetes|swords|crossbows|"
                 r"passports?|devices?|packets?|packages?|bags?|sacks?|units(?= of\b)|"
                 r"bottles?|cartons?|boxes|cigarettes|bricks|bundles|cards?|documents?|machines?|bank ?books|passbooks|"
                 r"cheque ?books|check ?books|pieces|tusks|logs|timber logs|objects|(?:e-)?bikes|bicycles|scooters|motorbikes|blots|blotters|"
                 r"degrees|certificates|diplomas|transcripts|mark ?sheets|(?:rhino )?horns|pelts|skins|"
                 r"heads? of (?:stolen |rustled |smuggled )?(?:cattle|livestock)|cattle|cows|goats|sheep|"
                 rf"camels|livestock|{ANIMALS}|"
                 r"antiquities|artefacts|artifacts|relics|paintings|artworks|sculptures|statues|shipments|consignments|parcels|"
                 r"(?:ancient|antique|old|roman|byzantine|ottoman|gold|silver) coins|"  # (not bank coins: a currency)
                 r"equipment|gold bars?|watches|luxury \w+|properties|houses|homes|addresses|"
                 r"televisions|television sets|tv sets|tvs|fridges|refrigerators|air conditioners|appliances|"
                 r"residences|warehouses|apartments|flats|buildings|"
                 r"offices|plots|(?:condominium|condo|apartment|housing|residential) units|condominiums|condos|"
                 r"(?:flight |air |plane )?tickets?|counterfeit \w+|fake (?:goods|products|items|\w+ bags)|"
                 r"goods|cheques|sarees|saris|garments|bales of cloth|(?:wire )?snares|(?:fishing )?nets(?! \d)|"
                 r"abalone|paua|sea cucumbers|eggs|"
                 r"(?:stolen|forged|altered|fake|counterfeit|bad) checks")  # seized with a seizure verb only
SEIZURE_VERBS = (r"seiz\w*|confiscat\w*|recover\w*|uncover\w*|found|find|finds|finding|intercept\w*|discover\w*|"
                 r"detect|detected|detects|detecting|"
                 r"returned|repatriated|handed back|"
                 r"impound\w*|haul|hauled in|netted|nets|netting|yielded|removed|dismantled|took possession|restrain\w*|"
                 r"unearth\w*|dug up|captured|capturing|"
                 # "arrested 5 suspects together with evidence of 1.2 million yaba pills", "Evidence secured includes"
                 r"with evidence of|evidence secured|secured as evidence|"
                 # goods kept from leaving: "stopped 214 stolen cars from being shipped abroad", "stop 214 stolen cars
                 # bound for export"
                 r"stop(?:s|ped)?(?= (?:about |some |more than |nearly )?[\d,]+ (?:[\w-]+ ){1,3}?(?:from being|bound for))|"
                 # what people caught were carrying: "customs officers stopped 17 couriers carrying 14.6 kg of cocaine"
                 r"(?:stop(?:s|ped)?|caught) (?:about |some |more than |nearly )?[\d,]+ (?:[\w-]+ ){0,3}?carrying|"
                 r"forfeit\w*|uproot\w*|eradicat\w*|withdrawn from circulation|"  # drug crops uprooted, fake notes
                 # what they carried: "foiled an attempt to smuggle", "thwarted attempts to smuggle 3,712 kg of qat"
                 r"(?:foil|thwart)(?:ed|s|ing)? (?:on \w+day )?(?:an? |the )?"
                 r"(?:smuggling of|bids? to smuggle|attempts? to smuggle)|"
                 # "took 9,300 knives off the streets", "taken 4,600 tonnes of pesticides off the market"
                 r"off the streets?|off the market|off the shelves|surrendered|handed in|turned in|brought in|"
                 r"attach(?:ed|es|ing)|"  # India's Enforcement Directorate "attaches" property
                 r"froze|frozen|freez(?:e|es|ing)|"  # assets frozen: "frozen assets ... include 64 plots of land"
                 # things detained or apprehended ("detained 11 vessels", "apprehended 412 boats for illegal
                 # fishing") are seized
                 r"detained|detaining|apprehended")

# The measures that count people: a people noun takes no total of things ("seized 38 cars. Of the 27 suspects, ...").
PEOPLE_MEASURES = frozenset({"arrests", "prosecutions", "convictions", "deaths", "injuries", "victims", "rescued",
                             "deported", "suspects"})

# Verbs that decide the measure of a people count, before ("charging 39 suspects") or after
# ("39 suspects were charged").
PEOPLE_VERBS: tuple[tuple[str, str], ...] = (
    (r"kill(?:ed|ing|s)?|dead|died|murder(?:ed|ing)|slain|lost their lives|perished|deaths of|lynched|"
     r"drown(?:ed|s)?|martyred|gunned down|"  # (security forces' dead, as official English has them)
     r"hacked to death|stabbed to death|beaten to death|bludgeoned to death|burned to death|burnt to death|"
     r"battered to death|strangled to death|clubbed to death", "deaths"),  # not "murders fell"
    (r"injur(?:ed|ing|es|y)|wound(?:ed|ing|s)?|hurt|shot(?! dead| and killed| to death)|stabbed|"
     r"treated for (?:\w+ )?injuries|hospitali[sz]ed|in hospital|being treated|receiving treatment|"
     r"suffered (?:\w+ )?injuries|sustained (?:\w+ )?injuries", "injuries"),  # "Three officers suffered minor injuries"
    (r"arrest(?:ed|ing|s)?(?! warrants?)|detain(?:ed|ing|s)?|apprehend(?:ed|ing|s)?|nab(?:bed|bing|s)?|"
     r"collar(?:ed|ing|s)?|nick(?:ed|ing)|"  # regional and tabloid English: "collared 14", "nicked 312 yobs"
     r"recaptur(?:ed|ing|es)|re-arrested|rearrested|"
     r"(?<!being )held(?! captive| hostage| against| criminally| in (?:the )?"
     r"(?:scam |fraud )?(?:compounds|centres|centers|camps))|holds?(?! captive| hostage)|"
     # custody named as whole words ("in police custody", "remain in BI custody"): a stem of "in " would be tried
     # all over a text
     r"caught(?! up in)|catching|captured|rounded up|round up|taken into custody|in custody|in police custody|"
     r"in judicial custody|in immigration custody|in protective custody|"
     r"in pre-trial custody|in pretrial custody|in federal custody|in military custody|in ice custody|"
     r"in preventive custody|in remand custody|in bi custody|in cbp custody|in fbi custody|in nca custody|"
     r"in immigration detention|into custody|in detention|picked up|"
     r"busted|netted|nets|netting|"
     r"approved the arrest of|detention of|detentions of|"
     r"approved arrests? of|detainees|taken to (?:the )?(?:\w+ )?police station|taken in|held for questioning|"
     r"brought in for questioning|for further questioning|remand orders? (?:for|against)|remand(?:ed|s)?|"
     r"being held (?:at|in) (?:[\w-]+ ){0,3}?(?:detention|custody|jails?|prisons?|cells?)\b|"
     # held until they are sent home: detained (not "awaiting deportation" alone, the deportation to come)
     r"being held pending (?:deportation|extradition)|held pending (?:deportation|extradition)", "arrests"),
    # (not the price a smuggler "charged each migrant", "charging each of them thousands of euros")
    (r"charg(?:ed|ing|es|e)(?! (?:each|every)\b)|charge-?sheeted|booked|books|book|"
     r"booking|indict(?:ed|ing|s)?|prosecut(?:ed|ing|es|e)|"
     r"brought to trial|put on trial|"
     # translated reports: "held criminally liable", "brought to criminal responsibility", "taken action against"
     r"held criminally (?:liable|responsible)|brought to criminal responsibility|taken action against|"
     # New Zealand's police "proceed against" offenders: charge them or take them to court
     r"proceeded against|proceeding against|proceeds against|"
     r"arraign(?:ed|ing|s)?|"
     r"initiated (?:lawsuits|prosecutions?|public prosecutions?) against|"
     r"lodged (?:public )?prosecutions? against|instituted (?:public )?prosecutions? against|"
     r"fil(?:ed|es|ing) (?:a |an )?(?:criminal |graft |fraud |corruption |bribery )?"
     r"(?:charges|cases|raps|complaints|prosecutions?|public prosecutions?|indictments|"
     r"charge ?sheets?) "
     r"(?:against|vs\.?)|raps (?:filed )?(?:against|vs\.?)|cases against|sued|to prosecution|for prosecution|to prosecutors|"
     # "reported 1,270 people to judicial authorities" (whole words: a stem of "to " would be tried everywhere)
     r"to judicial authorities|to the judicial authorities|"
     # "referred 611 people to the Public Prosecution", "referred 2,876 suspects to the prosecution in 1,954 cases"
     r"to the public prosecution|to the prosecution|to the public prosecutor|to public prosecutors|"
     r"to the prosecutor's office|to the prosecutor-general|"
     r"sent to court|brought to court|taken to court|brought before (?:a |the )?court|committed to trial",
     "prosecutions"),
    (r"convict(?:ed|ing|s)?|convictions? of|convictions? against|"
     r"punish(?:ed|es|ing)?|sentenc(?:ed|ing|es|e)|jail(?:ed|s)?|"
     r"found guilty|executed|(?<!found )hanged|imprisoned|pleaded guilty|pled guilty|sent to (?:prison|jail)|"
     r"upheld (?:\w+ )?(?:prison|jail) (?:terms|sentences) for|"
     r"handed (?:\w+ )?(?:(?:prison|jail) (?:terms|sentences)|convictions|sentences) to|"
     r"gave (?:\w+ )?(?:(?:prison|jail) (?:terms|sentences)|convictions|sentences) to|"
     + "|".join(rf"{verb} (?:\w+ ){{0,2}}?(?:prison |jail |life |death )?(?:terms|sentences)"
                for verb in ("received", "receiving", "got", "given")),
     "convictions"),
    (r"rescu(?:ed|ing|es)|(?<!to )rescue|freed(?! up\b)|frees(?! up\b)|repatriat(?:ed|ing|es|e)|"
     r"evacuat(?:ed|ing|es|e)|returned|saved|"
     r"liberated|(?<!to )(?<!toll-)(?<=\s)free(?=\s*$| [\d(]| (?:about|some|more|over|nearly|at least|up to|"
     r"another)\b)|"
     r"brought (?:back|home)|arrive back|arrived back|sent home|flown home|returns home|return home|returning home|"
     r"extracted|repatriation of|"
     r"return of|rescue of|release of|evacuation of|facilitated the (?:return|repatriation)|"
     r"expected to return|due to return|scheduled to return|set to return|await(?:ing|s)? repatriation|"
     r"released (?:by|from)|safeguarded|from harm|to safety|reunited|located alive|found alive|"
     # hostages let go: "27 of those abducted had been released after their families paid"
     r"released unharmed|released after (?:a |the )?ransom|"
     r"released after (?:their |his |her )?(?:famil(?:y|ies)|relatives) paid|"
     r"from the (?:water|sea|waves|rubble|wreckage)|out of the (?:water|sea|waves|rubble|wreckage)|"
     # found and given back: "Four of the children have been traced and returned to their mothers"
     + "|".join(f"{found} and (?:returned|reunited|handed back|rescued)"
                for found in ("traced", "located", "found", "tracked down", "identified")), "rescued"),
    # ("pulled 112 survivors from the water")
    (r"deport(?:ed|ing|s)?|expel(?:led|ling|s)?|extradit(?:ed|ing|es|e)|hand(?:ed|s|ing)? over(?! (?:their|his|"
     r"her|its|our)\b)|transferred to|"
     r"sent back(?: to)?|left (?:the country|cambodia|laos|myanmar|thailand|the philippines)|deportation of|"
     r"extradition of|handover of|await(?:ing|s)? (?:deportation|extradition)|facing (?:deportation|extradition)|"
     r"pending (?:deportation|extradition)", "deported"),
    (r"(?<!conspiracy to )defraud(?:ed|ing|s)?|(?<!conspiracy to )cheat(?:ed|ing|s)?|"  # (the offence)
     r"dup(?:ed|ing|es)|scammed|trafficked|smuggled|trick(?:ed|ing)|"
     r"fell victim|fallen victim|falling victim|lur(?:ed|ing)|conning|fleecing|deceiv(?:ed|ing)|"
     r"swindl(?:ed|ing|es)|conned|fleeced|bilked|extorted|targeting|exploited|"
     r"affected|victimi[sz]ed|targeted|taken hostage|threatened|contacted|"
     # those who paid a fraudster: "4 of whom also sent him money"
     r"sent (?:him|her|them|the (?:scammers?|fraudsters?|gang)) (?:money|cash|funds|payments)|sent money|"
     r"were kidnapped|was kidnapped|been kidnapped|were abducted|was abducted|been abducted|"  # (not "abducted women")
     r"were sold|was sold|been sold|"  # ("14 babies were sold": people traded)
     # right before the figure: "abducted 138 women and children" (not "who were kidnapped as children")
     r"abduct(?:ed|ing)(?=\s+(?:(?:about|some|more than|at least|over|nearly)\s+)?$)|"
     r"kidnap(?:ped|ping)(?=\s+(?:(?:about|some|more than|at least|over|nearly)\s+)?$)|"
     r"cost(?:ing)?(?=\s+(?:(?:about|some|more than|at least|over|nearly)\s+)?$)|"  # "a fraud that cost 340 families"
     r"intimidated|underpaid|(?<=listed as )missing|(?<=reported )missing|(?<=went )missing|(?<=gone )missing|"
     r"being held|held captive|held hostage|held against their will|trapped|enslaved|"
     r"forced to work|victims of|caught up in|lost (?:money|their (?:\w+ )?(?:savings|money|funds|deposits))|"
     r"invested|"  # "by then at least 3,100 people have invested" (in a scheme the story tells of)
     # "4.1 million retirees had money deducted from their pensions without their consent"
     + "".join(rf"had {what} (?:unlawfully |illegally |wrongly )?(?:deducted|taken|stolen|withdrawn)|"
               for what in ("money", "savings", "funds", "cash")) +
     "".join(rf"{verb} as (?:(?:potential|possible|likely|human|trafficking) )*victims|"
               for verb in ("identified", "screened", "confirmed", "verified", "classified", "assessed")) +
     r"recogni[sz]ed as (?:[\w-]+ ){0,3}?victims|"
     r"held in (?:the )?(?:scam |fraud )?(?:compounds|centres|centers|camps)|"
     r"lodged (?:police )?(?:reports|complaints)|reported losses|reported a loss|reported losing|"
     r"reported fraud(?! cases)|reported frauds|reported a fraud|reported scams(?! cases)|reported a scam|"
     r"reported being scammed|reported being defrauded|reported being cheated|"
     # "130,000 people are living in conditions of modern slavery": held in it, its victims
     r"living in (?:conditions of )?(?:modern )?slavery|held in (?:modern )?slavery|in modern slavery|"
     # "1.1 million households experienced housebreaking": the people a crime was done to
     r"experienced (?:an? |at least one )?(?:[\w-]+ )?(?:housebreaking|burglar\w*|thefts?|robber\w*|frauds?|crimes?|"
     r"break-ins?|violence|assaults?|scams?)\b|"
     # "the 36,200 people who lodged reports", "the 9,870 people who reported losses": the complainants
     + "|".join(rf"{verb} (?:the )?(?:personal |bank |card )?(?:details|data|information|savings|identities) of"
                for verb in ("stole", "steal", "stealing", "stolen")), "victims"),
    (r"involv(?:e|ed|ing|es)|suspected|accused|investigat(?:ed|ing|e)|questioned|quizzed|interrogated|"
     r"under probe|under investigation|"
     r"at large|(?<=were )reported for|(?<=was )reported for|"
     r"face questioning|faced questioning|facing questioning|"
     r"on the run|still wanted|wanted (?:by|in|for)|wanted(?=\s*(?:[.,;]|$))|"
     r"being (?:sought|hunted)|sought by (?:police|investigators)|"
     r"employ(?:ed|ing|s)|a fugitive|fugitives|"
     r"working (?:in|for|at) (?:[\w-]+ ){0,2}?(?:scam|fraud|gambling|call[- ]cent)\w*|"
     r"believed to have (?:fled|escaped)|thought to have (?:fled|escaped)|fled (?:abroad|overseas|the country|"
     r"the scene|(?:across|over) the border|into)|"
     r"escaped (?:arrest|capture)|evaded arrest|managed to (?:flee|escape)|"
     r"believed to be (?:living |hiding |staying )?(?:abroad|overseas)|"
     r"abscond(?:ed|ing)|released after (?:being )?question(?:ing|ed)|released under investigation|"
     r"identified|identification of|traced|tracked down|"
     r"found(?: working| living| staying| hiding)?(?: on| at| in| inside|(?=\s*$))|"
     r"linked to|"
     # "2,100 civil servants had obtained their jobs with forged certificates": what they did, no one caught yet
     + "|".join(rf"{verb} (?:forged|fake|false|fraudulent|bogus) (?:[\w-]+ )?{FORGED_PAPERS}"
                for verb in ("used", "using", "submitted", "presented", "held")) + "|"
     r"obtained (?:[\w-]+ ){1,5}?(?:with|using) (?:forged|fake|false|fraudulent|bogus)|"
     # "named 1,120 people as suspects" (whole words: a stem of "as " would be tried all over a text)
     r"as suspects|as key suspects|as fraud suspects|as scam suspects|as drug suspects|as prime suspects|"
     r"as possible suspects|as potential suspects|as criminal suspects|as main suspects|"
     r"named (?:as )?suspects|declared suspects|"
     # Ukraine's and other post-Soviet prosecutors' formal step: "served notices of suspicion on 960 people", "318
     # participants were served notices of suspicion"
     r"served (?:with )?notices? of suspicion|"
     r"notices? of suspicion (?:on|to)|"  # ("83 people were named suspects", Indonesia's
     # "tersangka"); "Criminal proceedings have been opened against 46 people": investigated, no one charged yet
     + "|".join(f"{what} (?:have been |has been |were |was |had been )?(?:opened|launched|initiated|instituted) against"
                for what in ("proceedings", "criminal proceedings", "criminal cases", "investigations")) + "|"
     r"warrants? (?:\w+ ){0,3}?(?:for|against)", "suspects"),  # "Arrest warrants have been issued for 21": not caught
    # GUIDE.md: interceptions and people kept from falling victim are "other" enforcement figures; so are people
    # warned rather than charged.
    (r"intercept(?:ed|ing)?|stopped|turned back|offload(?:ed|ing)?|prevented|helping prevent|helped prevent|"
     r"help prevent|acquitted|"
     r"exonerated|found not guilty|released on bail|granted bail|released under judicial (?:control|supervision)|"
     r"avoid being defrauded|avoid being cheated|avoid being scammed|avoid losses|avoid losing|"
     r"given (?:\w+ )?warnings?|let off with (?:\w+ )?warnings?|issued (?:with )?(?:\w+ )?warnings?|"
     # "64 people were given visitation zone bans", "612 drivers given roadside licence suspensions"
     r"given (?:\w+ ){0,3}(?:bans|suspensions)|handed (?:\w+ ){0,3}(?:bans|suspensions)|"
     # "civil actions against 3,400 mules", "checked 42,000 people"
     r"actions? against|actions?, including [\w ]{1,30}, against|checked|screened|"
     # officers disciplined: "dismissed 38 officers", "suspended 40 more" (not a suspended sentence)
     r"dismissed|sacked|demoted|disciplined|reprimanded|interdicted|suspended(?! (?:sentences?|jail|prison)\b)|"
     # candidates disqualified, people fines were imposed on ("Fines ... were imposed on 410 individuals")
     r"disqualified|imposed on|levied on|"
     # candidates whose exam results were cancelled for cheating
     r"cancel(?:led|ed|s)? (?:the )?(?:exam |examination )?results of|"
     # "issued summonses to 9,860 motorists": notices of an offence, as summonses counted are (GUIDE.md: "other")
     # (and warnings delivered: "delivered warning notices to 1,800 people believed to be resellers")
     r"issued (?:traffic )?(?:summonses|summons|tickets|notices|warning notices|warning letters) to|"
     r"served (?:summonses|summons|notices|warning notices|warning letters) to|"
     r"sent (?:warning notices|warning letters|cease-and-desist letters) to|"
     r"delivered (?:warning notices|warning letters|cease-and-desist letters) to|"
     r"cautioned|given (?:a |police )?cautions?|counsell?ed|"  # (UK: a caution instead of a charge)
     # drivers who lost their licences or were banned from driving: an enforcement figure of its own
     r"lost their (?:driving |driver's |drivers' )?licen[cs]es|"
     r"had their (?:driving )?licen[cs]es (?:revoked|suspended)|"
     r"banned from driving|disqualified from driving|"
     # "barred 890 of them from entering", "banned from keeping animals", "9,800 drug users were sent to
     # rehabilitation centres"
     # ("Argentina bans 1,860 football hooligans from stadiums"; not "New bans prevent groups of more than six")
     r"barred|debarred|banned from|banned|banning|bans(?= (?:about |some |more than |over |nearly )?$)|sanctioned|"
     r"sent to rehab\w*|sent for rehab\w*|referred to rehab\w*|admitted to rehab\w*|"
     r"sent to treatment|sent to drug treatment|"
     # offenders on licence sent back to prison for breaching it: no new arrest, an enforcement figure of its own
     r"recalled|"
     # "Courts ordered electronic tagging of 3,410 aggressors": a court's measure on them, no arrest or sentence
     r"electronic tagging of|electronic monitoring of|tagging of|electronically tagged|"
     r"fitted with (?:electronic )?tags|"
     # "Another 1,930 drivers were fined for speeding": fines the police hand out, no court's sentence
     r"were fined|been fined|penali[sz]ed",
     "other"),
)
# Default measure of a people noun that no verb decides.
NOUN_DEFAULTS: tuple[tuple[str, str], ...] = (
    (r"suspects?|accused|fraudsters|scammers|mules|money mules|stooges|criminals|offenders|perpetrators|culprits|"
     r"senders|"
     r"members|violators|ringleaders|masterminds|kingpins|bosses|recruiters|kidnappers|abductors|robbers|gunmen|"
     r"attackers|assailants|militants|bandits|pirates|"
     r"associates|membership|traffickers|smugglers|"
     r"hitmen|hit men|lookouts|drug runners|scalpers|illegal loggers|illegal miners|pickpockets|shoplifters|"
     r"illegal (?:gold |sand |coal |diamond )?(?:miners|panners)|gold panners|zama zamas|galamseyers|"
     r"carjackers|hooligans|insurgents|rebels|separatists|jihadists|extremists|cultists|snatchers|chain snatchers|"
     r"phone snatchers|cybercriminals|money launderers|pimps|paedophiles|pedophiles|child predators|predators|groomers|"
     r"stalkers|arsonists|vandals|counterfeiters|forgers|impostors|imposters|con artists|conmen|con men|swindlers|"
     r"embezzlers|bribe-takers|escapees|absconders|subjects", "suspects"),
    (r"victims?|complainants|investors|depositors|seniors|donors", "victims"),  # (an organ racket's donors)
    (r"detainees|captives", "arrests"),
    (r"returnees|evacuees", "rescued"),
    (r"fugitives", "suspects"),  # "three remain fugitives": not caught
    (r"defendants", "prosecutions"),
)

# Verbs and nouns of change, for signed percentages and absolute changes.
# "made up 64 per cent of the total", "rounded up", "set up": no rise.
RISE_WORDS = (r"(?<!made )(?<!make )(?<!makes )(?<!making )(?<!rounded )(?<!round )(?<!set )(?<!picked )up|rose|"
              r"rises?|rising|risen|increas(?:e|ed|es|ing)|surg(?:e|es|ed|ing)|"
              r"jump(?:ed|s)?|climb(?:ed|s)?|grew|grows?|growth|soar(?:s|ed|ing)?|spik(?:e|es|ed)|higher|"
              r"(?:sky)?rocket(?:ed|s)|balloon(?:ed|s)|swell(?:ed|s)|escalat(?:ed|es)|leapt|leap(?:ed|s)|"
              r"rebound(?:ed|s)|mushroom(?:ed|s)|more(?! than\b)")
# "handed down sentences", "cracked down", "shut down 48 compounds": no fall.
FALL_WORDS = (r"(?<!handed )(?<!hand )(?<!hands )(?<!cracked )(?<!cracking )(?<!crack )(?<!clamped )(?<!shut )"
              r"(?<!shutting )(?<!took )(?<!taken )(?<!taking )(?<!tracked )(?<!hunted )(?<!broke )(?<!broken )down|"
              r"fell|fall(?:s|en|ing)?|drop(?:ped|s)?|declin(?:e|ed|es|ing)|"
              r"decreas(?:e|ed|es|ing)|dip(?:s|ped)?|plung(?:es|ed)|plummet(?:s|ed)|lower|reduc(?:ed|tion)|gone down|"
              r"went down|shrank|slump(?:s|ed)?|eas(?:es|ed)|contracted|tumbl(?:es|ed)|sank|sinks|retreat(?:s|ed)|"
              r"cut by|less(?! than\b)")  # (headlines' present tense too: "falls", "rises", "dips", "soars", "slumps")
