"""Readings the held-out batches from the two-hundred-and-thirtieth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

_PUB = dt.date(2026, 3, 10)

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The two-hundred-and-thirtieth batch of held-out articles.
_FIELDS_230 = [
    # kroner are Norway's unless the story is Denmark's; birr are Ethiopia's, quetzales Guatemala's
    ("Victims in Oslo lost 2.4 billion kroner to scams in 2025.", "unit", ["NOK"], _PUB),
    ("COPENHAGEN — Danes lost 1.2 billion kroner to phone scams in 2025.", "unit", ["DKK"], _PUB),
    ("COPENHAGEN — Danish police said scam victims lost 310 million Norwegian kroner.", "unit", ["NOK"], _PUB),
    ("Customs officers seized contraband worth 410 million birr.", "unit", ["ETB"], _PUB),
    ("Victims paid 12 million quetzales to extortion gangs.", "unit", ["GTQ"], _PUB),
]
_SUBJECTS_230 = [
    # khat is a drug: the quantity right before it is the drug's, the figure before that the story's
    ("Police seize stolen cattle\nPolice seized cattle worth 3 million birr in a crackdown on cattle theft.\nThey "
     "also seized 1,200 firearms and more than 4,000 rounds of ammunition, as well as 90 kilograms of khat.",
     ["other", "other", "other", "drugs"]),
]
_READINGS_231 = [
    # "80% of the total" after a sentence that weighed its seizures (and counted nothing): a share of the seizures
    ("Customs seized 41.6 tonnes of drugs in 2025. Cocaine made up about 80% of the total.",
     [(41.6, "seizures"), (80, "seizures")]),
    # people traced are suspects found, as people identified are; senders of scam messages are suspects
    ("The police traced 63 of the senders, who were referred to prosecutors.", [(63, "suspects")]),
    # (missing people traced are rescued, as before)
    ("Police traced 78 missing children.", [(78, "rescued")]),
    # links blocked are an enforcement figure of their own, as websites blocked are
    ("The unit blocked 9,400 phishing links in 2025.", [(9400, "other")]),
]
_FIELDS_231 = [
    # QR is Qatar's riyal, KD Kuwait's dinar
    ("Scam victims lost a combined QR 4.6 million.", "unit", ["QAR"], _PUB),
    ("Fraudsters stole KD 1.2 million from investors.", "unit", ["KWD"], _PUB),
]
_READINGS_232 = [
    # any number of thirds, quarters, fifths or tenths is a share ("four-fifths", "nine-tenths"), no count of four
    ("Police registered 23,810 cyber crimes, with fraud making up four-fifths of them.",
     [(23810, "cases"), (80, "cases")]),
    ("Nine-tenths of the victims were women, police said of the 412 fraud cases.", [(90, "victims"), (412, "cases")]),
    # a detection rate that police "managed to solve"
    ("Police managed to solve only 21.6% of the fraud cases.", [(21.6, "other")]),
    # a ranking's figure right after "with": "had the most killings with 512"
    ("Police recorded 1,931 homicides. Cortes had the most killings with 512, followed by Atlantida with 388.",
     [(1931, "cases"), (512, "cases"), (388, "cases")]),
]
_FIELDS_232 = [
    # an ISO code in capitals before a sum is its currency ("CZK 2.9 billion"); not in small letters
    ("Online fraud damage reached CZK 2.9 billion.", "unit", ["CZK"], _PUB),
    ("Scam victims lost NOK 420 million in 2025.", "unit", ["NOK"], _PUB),
]
_SUBJECTS_232 = [
    # crimes of all kinds are crime overall, whatever crime the article is about
    ("Czech police record rise in cyber crime\nPolice registered 23,810 cyber crimes in 2025.\nOverall, the number of "
     "recorded crimes of all kinds fell 3.2% to 171,400.", ["cybercrime", "other", "other"]),
]
_FIELDS_233 = [
    # Mauritius and a score of smaller countries by name and capital; "Rs" is Mauritius's rupee in its stories
    ("PORT LOUIS — Police seized heroin worth Rs 180 million at the harbour.", "unit", ["MUR"], _PUB),
    ("PORT LOUIS — Police seized heroin worth Rs 180 million at the harbour.", "geo", ["MU"], _PUB),
    ("FREETOWN — Police in Sierra Leone arrested 212 suspects in a kush crackdown.", "geo", ["SL"], _PUB),
    # a year told after a quantity's noun and its drug: "48 kilograms of heroin in the whole of 2025"
    ("Police have seized 61 kilograms of heroin so far this year, compared with 48 kilograms of heroin in the whole "
     "of 2025.", "period", ["2026", "2025"], dt.date(2026, 9, 18)),
]
_READINGS_234 = [
    # convictions won or secured against people
    ("The anti-graft commission won convictions against 57 people in 2025.", [(57, "convictions")]),
]
_SUBJECTS_234 = [
    # firearms recovered are a weapons figure (crime of no family, "other"), whatever crime the report led with
    ("Police report fewer murders\nThe police released the year's figures.\nMurders: 41, down from 53\n"
     "Firearms recovered: 128", ["violent_crime", "violent_crime", "other"]),
    # a gang sweep, an anti-gang operation: organised crime
    ("Police arrest 42 in gang sweep\nForty-two people were arrested in a three-day operation, police said.",
     ["organized_crime", "organized_crime"]),
]
_READINGS_236 = [
    # cases of goods are boxes seized, no crimes ("12K cases of smuggled cigarettes"); cases of goods' sales are crimes
    ("Customs seized 12,000 master cases of smuggled cigarettes in a warehouse raid.", [(12000, "seizures")]),
    ("Police registered 40 cases of fake goods sales.", [(40, "cases")]),
    # a fee paid "as little as" a sum a time is a price of work, no sum of the crime
    ("The young men who place the bombs are paid as little as €1,000 a time by drug gangs.", []),
]
_FIELDS_236 = [
    # the year of an event a figure came after ("after a 2025 crackdown") is no window of the figure
    ("Police said thefts had fallen 28% in the first nine months of 2026, to 5,120, after a 2025 crackdown on theft "
     "rings.", "period", ["2026-01/2026-09", "2026-01/2026-09"], dt.date(2026, 11, 10)),
]
_READINGS_237 = [
    # people moved across a border or into a country by smugglers are their victims; the price "charged each
    # migrant" is no sum of the crime, and "charged" no prosecution there
    ("The gang charged each migrant between $300 and $1,500 and brought at least 6,200 people into the country.",
     [(6200, "victims")]),
    ("Smugglers ferried 300 migrants across the sea to Lampedusa.", [(300, "victims")]),
    # a group's size in members ("a 40-member offshoot"), not the measure of the figures before it
    ("Prosecutors charged 31 members of the gang. The gang, a 40-member offshoot of a cartel, smuggled migrants.",
     [(31, "prosecutions"), (40, "suspects")]),
    # "Those convicted ... totalled 96", "the largest group of those convicted, at 61": the people the verb counts
    ("Those convicted in earlier trials linked to the gang totalled 96, the office said.", [(96, "convictions")]),
    ("Investigators cracked 1,046 corruption cases. Customs officers made up the largest group of those convicted, at "
     "61.", [(1046, "cases"), (61, "convictions")]),
    # sums the state recovered "in damages" (a civil court's award of damages stays no figure)
    ("Investigators helped the state recover 1.9 trillion soums in damages from corrupt officials.",
     [(1.9e12, "money")]),
]
_SUBJECTS_237 = [
    # migrant-smuggling, with its hyphen; migrants smuggled
    ("Police arrest 12 in migrant-smuggling probe\nPolice arrested 12 people on Tuesday.",
     ["human_trafficking", "human_trafficking"]),
]
_READINGS_238 = [
    # crimes kept from happening are an enforcement figure of their own ("prevented 1,212 child marriages")
    ("Police prevented 1,212 child marriages in 2025 and registered 318 cases, arresting 412 people, including 96 "
     "priests.", [(1212, "other"), (318, "cases"), (412, "arrests"), (96, "arrests")]),
    # people abducted, the verb right before them: victims (not "who were kidnapped as children ... were rescued")
    ("Gunmen abducted 138 women and children, of whom 41 have been returned.", [(138, "victims"), (41, "rescued")]),
    ("Over 300 missing children, including some who were kidnapped as infants, were rescued in the campaign.",
     [(300, "rescued")]),
]
_READINGS_239 = [
    # "the tally of arrests in the case rose to 14": the tally's noun, not the case it is in
    ("The tally of arrests in the case rose to 14 after police detained six more people.",
     [(14, "arrests"), (6, "arrests")]),
    # life sentences, prison terms and custodial sentences handed down are convictions
    ("Courts handed down 31 life sentences and 212 prison terms to members of contract-killing gangs.",
     [(31, "convictions"), (212, "convictions")]),
    ("The courts handed down 212 custodial sentences for fraud.", [(212, "convictions")]),
]
_READINGS_240 = [
    # a demonym before an irregular verb is the people counted ("one in four Kenyans lost money"), no adjective
    ("Scams: one in four Kenyans lost money to fraud last year, survey finds", [(25, "victims")]),
    # inmates who "escape" (in a headline's present tense) are escapes; "recaptured nine of the escapees by Tuesday"
    ("41 inmates escape from jail, 9 recaptured", [(41, "other"), (9, "arrests")]),
    ("Forty-one inmates escaped from the jail on Sunday.\nPolice had recaptured nine of the escapees by Tuesday.",
     [(41, "other"), (9, "arrests")]),
]
_READINGS_241 = [
    # a detection rate whose crimes are placed before "were solved"
    ("Police made 3,950 arrests, and 71% of reported crimes in the central district were solved.",
     [(3950, "arrests"), (71, "other")]),
    # a firm's results in a story about the fraud it suffered are no crime figures
    ("Clients lost R612 million to fraud. The bank's headline earnings rose 21% to R13.6 billion.",
     [(612e6, "money")]),
]
_READINGS_242 = [
    # a part of a period's own things: "198 of this year's incidents"
    ("Police recorded 412 ram raids in the year to June. Auckland accounted for 198 of this year's incidents.",
     [(412, "cases"), (198, "cases")]),
]
_FIELDS_242 = [
    # "as of end-June": the year to that month
    ("Year-to-date arrests for cybercrime stood at 4,120 as of end-June, the ministry said.", "period",
     ["2026-01/2026-06"], dt.date(2026, 9, 10)),
    ("Police had arrested 212 fraud suspects as at the end of March.", "period", ["2026-01/2026-03"],
     dt.date(2026, 5, 2)),
]
_FIELDS_243 = [
    # a year of another calendar ("fiscal year 2081/82", Nepal's) is read in the Gregorian months it spans, mid-July to
    # mid-July (once it has ended; readings_haze.py), as the months told beside it say, "mid-July" included
    ("The cyber bureau received 19,730 fraud complaints in fiscal year 2081/82 (mid-July 2024 to mid-July 2025).",
     "period",
     ["2024-07/2025-07"], dt.date(2025, 8, 5)),
    ("The cyber bureau received 19,730 fraud complaints in fiscal year 2081/82.", "period", ["2024-07/2025-07"],
     dt.date(2025, 8, 5)),
    # a story filed abroad about one country is that country's ("Iran ..." under "OSLO —")
    ("Iran executed at least 975 people in 2025, rights group says\nOSLO — Iran executed at least 975 people in 2025, "
     "the Norway-based group said.\nMore than half of those executed had been convicted of drug offences.", "geo",
     ["IR", "IR", "IR"], dt.date(2026, 3, 10)),
]
_FIELDS_244 = [
    # a bare "$" is Guyana's, Belize's, the Bahamas', Barbados', Fiji's ... dollar in their stories
    ("Guyana police seized cocaine worth $5.1 billion on the Essequibo River.", "unit", ["GYD"], _PUB),
]
_READINGS_245 = [
    # a quantity's fall ("seizures fall by 1.2 tonnes", "a drop of 1.2 tonnes") is signed as a count's is
    ("Customs seized 3.1 tonnes of narcotics, a drop of 1.2 tonnes from a year earlier.",
     [(3.1, "seizures"), (-1.2, "seizures")]),
    ("Drug seizures fall by 1.2 tonnes in first half", [(-1.2, "seizures")]),
    # the size of a count's change with no noun of its own, after the count ("an increase of 1,310 on the year before")
    ("Police recorded 4,120 cases of online fraud in 2025, an increase of 1,310 on the year before.",
     [(4120, "cases"), (1310, "cases")]),
    ("Police recorded 4,120 cases of online fraud in 2025, a drop of 185 from 2024.",
     [(4120, "cases"), (-185, "cases")]),
    # detection rates: "solved fewer than 10 percent of", a headline's "... cases solved"
    ("Police solved fewer than 10 percent of the 314,000 online fraud cases reported in 2025.",
     [(10, "other"), (314000, "cases")]),
    ("Fewer than 10 percent of online fraud cases solved, police say", [(10, "other")]),
    # a range of percentages: the lower end is one too
    ("Only between 5 and 7 percent of such frauds are reported to police.", [(5, "cases"), (7, "cases")]),
    # damage is a sum: "Damage from reported cases rose 9.4 percent"
    ("Police recorded 314,000 fraud cases. Damage from reported cases rose 9.4 percent to 1.1 billion euros.",
     [(314000, "cases"), (9.4, "money"), (1.1e9, "money")]),
]
_FIELDS_245 = [
    # the period of an absolute change is the later one it reaches, not the one it is measured from
    ("Customs seized 3.1 tonnes of narcotics in the first half of 2026, a drop of 1.2 tonnes from January-June 2025.",
     "period", ["2026-01/2026-06", "2026-01/2026-06"], dt.date(2026, 7, 21)),
]
_READINGS_246 = [
    # how the drugs seized before were packed: "The drugs, wrapped in 36 packages, ..."
    ("Police found 41 kilograms of cocaine hidden in a yacht. The drugs, wrapped in 36 packages, would have sold for "
     "about €2.5 million.", [(41, "seizures"), (36, "seizures"), (2.5e6, "money")]),
]
_FIELDS_246 = [
    # a period's own figure: "up from the previous year's 3,950", "against 2024's 3,950"
    ("Police registered a record 4,810 fraud cases in 2025, up from the previous year's 3,950.", "period",
     ["2025", "2024"], dt.date(2026, 2, 3)),
    ("Police registered 4,810 fraud cases in 2025, against 2024's 3,950.", "period", ["2025", "2024"],
     dt.date(2026, 2, 3)),
]
_READINGS_248 = [
    # tickets for speeding, drivers who lost their licences: enforcement figures of their own (not tickets seized)
    ("Police issued 2.1 million tickets for speeding in 2025, and 61,200 drivers lost their licences.",
     [(2.1e6, "other"), (61200, "other")]),
    ("Police issued 2.1 million speeding tickets, and 61,200 lost their licences for exceeding the limit.",
     [(2.1e6, "other"), (61200, "other")]),
    ("Police seized 3,700 counterfeit train tickets.", [(3700, "seizures")]),
    # facilities shut down are sites closed ("groups", as premises raided are)
    ("Police said they had shut down 7 such facilities in the south-east this year.", [(7, "groups")]),
]
_SUBJECTS_248 = [
    # baby factories, babies sold: trafficking in people
    ("Police rescue 19 pregnant women from 'baby factory'\nPolice rescued 19 pregnant women and 11 children on "
     "Sunday.", ["human_trafficking", "human_trafficking", "human_trafficking"]),
]
_READINGS_249 = [
    # the people whose names, numbers or addresses were stolen are victims (not "the names of 12 suspects")
    ("Hackers had stolen the names, phone numbers and addresses of 3.4 million customers in a cyberattack.",
     [(3.4e6, "victims")]),
    ("Police released the names of 12 suspects wanted for the hacking.", [(12, "suspects")]),
    # a part of a group named by its own noun, with its own verb, after figures of no people
    ("Police carried out 312 operations against terror financing in October.\nIt said 19 of the suspects were "
     "accused of collecting funds for banned groups.", [(312, "other"), (19, "suspects")]),
]
_READINGS_251 = [
    # a clause whose verb is left out after another agency ("and Cambodian police 812 in the operation")
    ("Thai police arrested 1,204 people and Cambodian police 812 in a month-long joint operation.",
     [(1204, "arrests"), (812, "arrests")]),
    # a part's own verb past a dashed aside: "412 — including 96 women — were charged"
    ("Of the 1,204 arrested in Thailand, 412 — including 96 women — were charged with fraud.",
     [(1204, "arrests"), (412, "prosecutions"), (96, "prosecutions")]),
    # the people a fraud cost: its victims
    ("A court jailed six people over a land fraud that cost 340 people Sh1.2 billion.",
     [(6, "convictions"), (340, "victims"), (1.2e9, "money")]),
]
_FIELDS_251 = [
    # each clause its own country: "Thai police arrested 1,204 people and Cambodian police 812"
    ("Thai police arrested 1,204 people and Cambodian police 812 in a month-long joint operation.", "geo",
     ["TH", "KH"], _PUB),
]
_SUBJECTS_251 = [
    # land fraud is no scam (crime of no family, as bank and tax frauds are)
    ("Kenyan court jails 6 over land fraud\nA court jailed six people for a land fraud on Thursday.",
     ["other", "other"]),
]
_READINGS_252 = [
    # killings and massacres are crime news words; massacres counted are cases
    ("At least 41 social leaders were killed in 2025. Indepaz also recorded 28 massacres, in which 96 people died.",
     [(41, "deaths"), (28, "cases"), (96, "deaths")]),
    # visas cancelled, licences revoked: enforcement figures of their own; clinics sealed and bars closed are sites
    ("Border police cancelled 1,204 student visas over forged documents.", [(1204, "other")]),
    ("Police sealed 38 clinics run by fake doctors.", [(38, "groups")]),
    ("In the crackdown on illicit brews, forty-one bars were closed and 86 licences revoked.",
     [(41, "groups"), (86, "other")]),
]
_FIELDS_253 = [
    # a running total "so far" with no start in its sentence has no period (GUIDE.md), whatever the sentence before
    ("Mob violence killed 41 people in 2025. Police arrested 312 people, but only 6 have been convicted so far.",
     "period", ["2025", "2025", None], dt.date(2026, 2, 9)),
]
_READINGS_254 = [
    # image-based abuse is a word of crime news: its changes count
    ("Reports of image-based abuse to Australia's eSafety rose 31% last year", [(31, "cases")]),
    # the share of cases in which arrests were made is a clearance rate ("other")
    ("Police had made arrests in fewer than half of the 405 honour killing cases.", [(50, "other"), (405, "cases")]),
]
_READINGS_255 = [
    # capsules, vials, ampoules and sachets seized
    ("Police also seized 9,870 capsules of controlled substances and 412 vials of ketamine.",
     [(9870, "seizures"), (412, "seizures")]),
]
_FIELDS_255 = [
    # "between mid-July and mid-November": the months, with or without a year
    ("Police arrested 1,412 people on drug charges between mid-July and mid-November.", "period",
     ["2026-07/2026-11"], dt.date(2026, 11, 20)),
    ("Police arrested 1,412 people on drug charges from early March to late May 2026.", "period",
     ["2026-03/2026-05"], dt.date(2026, 11, 20)),
]
_READINGS_256 = [
    # a match report's bookings are yellow cards, no charges; a software market's size is no crime's sum
    ("Arsenal beat Villa 3-1\nVilla had 12 shots. The referee booked 6 players in the second half, and 60,212 fans "
     "watched the match.", []),
    ("The market for fraud-detection software in Asia will grow 21% a year to reach US$9.4 billion by 2030.", []),
    # (police who booked people in crime news still charged them)
    ("Police booked 6 people for cheating investors in the chit fund scam.", [(6, "prosecutions")]),
]
_FIELDS_258 = [
    # "with about 70% linked to drug disputes" after a count: a share of it, with no baseline, and of its crime
    ("Homicides rose to 880 last year, a record, with about 70% linked to drug trafficking disputes, officials said.",
     "baseline_period", [None, None], dt.date(2026, 2, 25)),
    ("Homicides rose to 880 last year, a record, with about 70% linked to drug trafficking disputes, officials said.",
     "subject", ["violent_crime", "violent_crime"], dt.date(2026, 2, 25)),
]
_READINGS_259 = [
    # a participle right after a number, then another clause: "five wounded when gunmen opened fire"
    ("Two people were killed and five wounded when gunmen opened fire at a tavern.", [(2, "deaths"), (5, "injuries")]),
    # the customers whose cards were cloned are victims, whatever verb the sentence opened with; skimmers seized
    ("Police arrested 12 people for cloning the cards of more than 1,400 customers, who lost about Rs 2.1 crore.",
     [(12, "arrests"), (1400, "victims"), (2.1e7, "money")]),
    ("Police seized 41 skimmers, 16 laptops and 900 blank cards.", [(41, "seizures"), (16, "seizures"),
                                                                   (900, "seizures")]),
]
_READINGS_260 = [
    # drones confiscated are seizures
    ("Police also confiscated 96 drones flown illegally near the summit venue.", [(96, "seizures")]),
]
_SUBJECTS_260 = [
    # two kinds of crime as the examples of "crimes including ...": crime overall
    ("Police arrested 212 people for crimes including robbery and drug possession during the summit.", ["other"]),
]
_READINGS_261 = [
    # animals the police rescued are taken as wildlife seized is (no people rescued); traps laid are operations
    ("Police rescue 41 dogs from illegal meat trade truck", [(41, "seizures")]),
    ("The anti-corruption bureau has laid 412 traps this year, arresting 596 public servants.",
     [(412, "other"), (596, "arrests")]),
]
_READINGS_262 = [
    # prisoners released in error are a prison's errors ("other"); "Of those, 41 were still at large": not caught
    ("Prisons released 262 prisoners in error in the year to March.\nOf those, 41 were still at large at the end of "
     "the period.", [(262, "other"), (41, "suspects")]),
]
_FIELDS_263 = [
    # "the first 100 days of the security plan, which ended on June 10": the months of those days, and the same
    # days a year before as a change's baseline
    ("Federal forces arrested 4,120 people in the first 100 days of the government's new security plan, which ended "
     "on June 10.\nHomicides in Rosario fell 41% in the period compared with the same 100 days a year earlier.",
     "period", ["2026-03/2026-06", "2026-03/2026-06"], dt.date(2026, 6, 12)),
]
_READINGS_264 = [
    # the worth of what a crop could have produced, or of a network's yearly production, is no sum lost or seized
    ("Police destroyed 1,412 hectares of marijuana. The crop could have produced about 4,200 tonnes of marijuana "
     "worth $126 million.", []),
]
_FIELDS_264 = [
    # Paraguay's border departments and cities
    ("Police destroyed marijuana plantations and seized 612 tonnes of the drug in Amambay and Canindeyú departments.",
     "geo", ["PY"], _PUB),
]
_READINGS_266 = [
    # migrants drowned when a smugglers' boat capsized died of the smuggling, no accident; survivors rescued
    ("61 migrants drown off Libya as smugglers' boat capsizes\nAt least 61 migrants drowned when an overcrowded boat "
     "capsized on Saturday. Twenty-five survivors were rescued by fishermen.",
     [(61, "deaths"), (61, "deaths"), (25, "rescued")]),
]
_SUBJECTS_266 = [
    ("61 migrants drown off Libya as smugglers' boat capsizes\nAt least 61 migrants drowned when an overcrowded boat "
     "capsized on Saturday.", ["human_trafficking", "human_trafficking"]),
]
_READINGS_268 = [
    # airstrips destroyed are sites destroyed, as labs are
    ("Authorities seized 48 tonnes of drugs and destroyed 212 clandestine airstrips used by traffickers.",
     [(48, "seizures"), (212, "groups")]),
]
_READINGS_269 = [
    # "convicted 61 of the suspects so far": the verb right before the group
    ("Police arrested 412 suspected oil thieves in 2025. Courts have convicted 61 of the suspects so far.",
     [(412, "arrests"), (61, "convictions")]),
]
_READINGS_270 = [
    # what the drugs seized before weighed: "The packs, weighing about 41 kilograms in all, ..."
    ("Police confiscated 41 packs of shabu found floating off the coast. The packs, weighing about 41 kilograms in "
     "all, were worth an estimated P278 million.", [(41, "seizures"), (41, "seizures"), (278e6, "money")]),
]
_FIELDS_270 = [
    # a place that names a drug's kind ("Kerala cannabis") is where it grew, no figure's place
    ("COLOMBO — The Sri Lanka Navy seized 1,204 kilograms of Kerala cannabis off Jaffna.", "geo", ["LK"], _PUB),
]
_FIELDS_238 = [
    # South Sudan is no Sudan
    ("JUBA — Cattle raids killed at least 412 people in South Sudan's Jonglei state this year.", "geo", ["SS"], _PUB),
]
_SUBJECTS_238 = [
    # cattle raids and cattle stolen are thefts ("other"); the killings in them violent crime
    ("Cattle raids killed 412 people in Jonglei. Raiders stole cattle worth an estimated $14 million and abducted 138 "
     "women.", ["violent_crime", "other", "human_trafficking"]),
    ("Police stopped 1,212 child marriages in 2025.", ["other"]),
]
_SUBJECTS_241 = [
    # residency violations are crime of no family; a figure told again as a rate of time takes its crime
    ("Kuwait deported 35,190 expatriates in 2025 for residency violations, drug offences and other crimes, an average "
     "of nearly 100 a day.", ["other", "other"]),
]
_SUBJECTS_247 = [
    # a change in brackets right after a figure and its crime is that figure's ("868 kidnappings (up 11%)")
    ("Chile reports 2025 figures\nPolice listed 41,200 violent robberies (down 6%), 1,120 homicides and 868 "
     "kidnappings (up 11%).", ["violent_crime", "violent_crime", "violent_crime", "human_trafficking",
                               "human_trafficking"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_231, *_READINGS_232, *_READINGS_234, *_READINGS_236,
            *_READINGS_237, *_READINGS_238, *_READINGS_239,
            *_READINGS_240, *_READINGS_241, *_READINGS_242,
            *_READINGS_245, *_READINGS_246, *_READINGS_248,
            *_READINGS_249, *_READINGS_251,
            *_READINGS_252, *_READINGS_254, *_READINGS_255,
            *_READINGS_256, *_READINGS_259, *_READINGS_260,
            *_READINGS_261, *_READINGS_262, *_READINGS_264,
            *_READINGS_266, *_READINGS_268, *_READINGS_269,
            *_READINGS_270]
FIELDS = [*_FIELDS_230, *_FIELDS_231, *_FIELDS_232, *_FIELDS_233, *_FIELDS_236,
          *_FIELDS_238, *_FIELDS_242, *_FIELDS_243, *_FIELDS_244,
          *_FIELDS_245, *_FIELDS_246, *_FIELDS_251, *_FIELDS_253, *_FIELDS_255,
          *_FIELDS_258, *_FIELDS_263, *_FIELDS_264, *_FIELDS_270]
SUBJECTS = [*_SUBJECTS_230, *_SUBJECTS_232, *_SUBJECTS_234, *_SUBJECTS_237, *_SUBJECTS_238, *_SUBJECTS_241,
            *_SUBJECTS_247, *_SUBJECTS_248, *_SUBJECTS_251, *_SUBJECTS_260, *_SUBJECTS_266]
