"""Readings the held-out batches from the hundred-and-sixty-ninth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``test_metrics_readings.py`` and the
``readings_*`` modules beside it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The hundred-and-sixty-ninth batch of held-out articles.
_READINGS_169 = [
    # crew kidnapped or threatened are victims; logs seized; sawmills dismantled are sites (groups)
    ("Pirates boarded the tanker, and six crew members were kidnapped, 11 threatened and two injured.",
     [(6, "victims"), (11, "victims"), (2, "injuries")]),
    # "N of the incidents" counts incidents, whatever people a verb near it tells of
    ("Crew were taken hostage in 18 of the incidents, and four crew members were kidnapped.",
     [(18, "cases"), (4, "victims")]),
    ("Agents seized 12,000 illegally felled logs and dismantled 14 clandestine sawmills.",
     [(12000, "seizures"), (14, "groups")]),
    # officers dismissed or suspended are a disciplinary figure ("other"); allegations received are cases
    ("The force dismissed 27 officers over corruption.", [(27, "other")]),
    ("Nine police officers were suspended over bribery, and 12 officers were sacked for corruption.",
     [(9, "other"), (12, "other")]),
    ("The watchdog received 450 allegations of police corruption in 2025.", [(450, "cases")]),
]
_FIELDS_169 = [
    # an International Maritime Bureau report's totals are the world's, whatever its dateline
    ("Pirate attacks on ships rise\nKUALA LUMPUR — The International Maritime Bureau recorded 88 incidents of piracy against ships in the first "
     "half of 2026.", "geo", [None], dt.date(2026, 7, 10)),
]
_SUBJECTS_169 = [
    # piracy is its own crime ("other"), not the armed robbery it is told with; knife-enabled crime is violent
    ("The bureau recorded 88 incidents of piracy and armed robbery against ships.", ["other"]),
    ("Pirate attacks on ships rise to 104", ["other"]),
    ("Knife-enabled crime fell 4% to 48,000 offences.", ["violent_crime", "violent_crime"]),
]

# The hundred-and-seventieth batch.
_READINGS_170 = [
    # detonations and bombings are cases
    ("Police recorded 96 detonations in 2025, and the number of attempted bombings rose to 52.",
     [(96, "cases"), (52, "cases")]),
    # people still in hospital after a poisoning are its injured; injuries are counted by their noun, and fireworks'
    # are an accident's, no crime's
    ("The death toll from spurious liquor rose to 23, with 31 others still in hospital, police said.",
     [(23, "deaths"), (31, "injuries")]),
    ("Police arrested 80 people for selling illegal firecrackers. Firecracker-related injuries reached 190 as of "
     "Monday, 9% lower than a year ago.", [(80, "arrests")]),
    # forged degrees and certificates recovered are seizures; a price charged each is no figure
    ("Police recovered 2,600 forged university degrees and 410 certificates from the printing press.",
     [(2600, "seizures"), (410, "seizures")]),
    ("The gang sold fake degrees, charging between Rs 90,000 and Rs 300,000 each, police said after arresting four "
     "men.", [(4, "arrests")]),
    # a change of what prisons count reads in crime news ("Drone sightings over prisons up 43%")
    ("Drone sightings over prisons up 38%", [(38, "cases")]),
]
_SUBJECTS_170 = [
    # deaths from spurious liquor are a poisoning by illegal goods ("other"), not a violent crime
    ("Toll in hooch tragedy rises to 42\nThe death toll from spurious liquor rose to 42 on Friday, police said.",
     ["other", "other"]),
]

# The hundred-and-seventy-first batch.
_READINGS_171 = [
    # a level reached by a noun phrase after another count is the phrase's ("while complaints of extortion reached")
    ("Police arrested 1,800 people for extortion in 2025, while complaints of extortion reached 9,600.",
     [(1800, "arrests"), (9600, "cases")]),
    # companies raided are sites raided (groups)
    ("Tax inspectors filed 300 criminal complaints for tax fraud, and 44 companies were raided.",
     [(300, "cases"), (44, "groups")]),
]
_SUBJECTS_171 = [
    # stolen vehicles recovered are a theft's ("other"); "violent car thefts" are violent
    ("Police recovered 7,200 stolen vehicles in 2025, and violent car thefts fell 9% to 5,100.",
     ["other", "violent_crime", "violent_crime"]),
]

# The hundred-and-seventy-second batch.
_READINGS_172 = [
    # a gang's smash-and-grab raids are its crimes (cases), not police operations
    ("The gang stole watches worth £900,000 in nine smash-and-grab raids on jewellers.",
     [(900000, "money"), (9, "cases")]),
]
_SUBJECTS_172 = [
    # ghost guns recovered are illegal firearms ("other"), whatever killings the article ties them to
    ("Police recovered 870 ghost guns in 2025. Ghost guns were linked to 21 homicides.",
     ["other", "violent_crime"]),
]

# The hundred-and-seventy-third batch.
_READINGS_173 = [
    # a share of the people who reported losses is of victims, not of the losses
    ("Victims of romance fraud lost £40 million in 2025, with two-thirds of the 5,200 people who reported losses "
     "aged over 60.",
     [(40000000, "money"), (66.7, "victims"), (5200, "victims")]),
]
_FIELDS_173 = [
    # Libya's towns and people name it
    ("Libyan forces free 60 migrants\nBENGHAZI — Security forces freed 60 migrants held by traffickers, officials "
     "said.",
     "geo", ["LY", "LY"], dt.date(2026, 5, 18)),
]
_SUBJECTS_173 = [
    # people held by traffickers are trafficking's; irregular migrants caught are migration's ("other")
    ("Security forces freed 60 migrants who had been held and tortured by traffickers.", ["human_trafficking"]),
    ("The coast guard caught 31,000 irregular migrants in 2025 and detained 700 suspected people smugglers.",
     ["other", "human_trafficking"]),
]

# The hundred-and-seventy-fourth batch.
_READINGS_174 = [
    # objects and bikes recovered are seizures; people reported to judicial authorities are prosecuted
    ("Police recover 60,000 stolen objects\nOfficers recovered 3,100 stolen bikes and reported 940 people to judicial "
     "authorities for theft.", [(60000, "seizures"), (3100, "seizures"), (940, "prosecutions")]),
    # "only 4% of the cases were solved": a detection rate ("other")
    ("Police registered 52,000 bicycle thefts in 2025, but only 3% of the cases were solved.",
     [(52000, "cases"), (3, "other")]),
]

# The hundred-and-seventy-fifth batch.
_READINGS_175 = [
    # a list of labels and figures: each figure counts what its label names (not the item before it)
    ("Key figures for 2025: drug arrests, 28,100 (up 4%); loose firearms recovered, 9,300; wanted persons arrested, "
     "21,700.", [(28100, "arrests"), (4, "arrests"), (9300, "seizures"), (21700, "arrests")]),
    # "killed more than 5,600": a qualifier, no comparison; "The toll was 24% higher": deaths; callouts attended
    ("Gang violence killed more than 3,900 in Haiti last year", [(3900, "deaths")]),
    ("Police recorded 4,100 deaths in gang attacks in 2025. The toll was 18% higher than in 2024.",
     [(4100, "deaths"), (18, "deaths")]),
    ("Police attended 9,800 domestic violence callouts in July.", [(9800, "other")]),
    # "well below the 52,000 they logged in 2023": the count again
    ("Police recorded 47,000 shoplifting reports this year, well below the 52,000 they logged in 2023.",
     [(47000, "cases"), (52000, "cases")]),
]
_FIELDS_175 = [
    # a dateline at a UN seat is no story's country: the country the report is about is
    ("UN says 3,100 killed\nGENEVA — At least 3,100 people were killed in gang attacks in Haiti in 2025, the UN human "
     "rights office said.\nThe toll was 12% higher than in 2024.", "geo", ["HT", "HT", "HT"], dt.date(2026, 1, 29)),
]
_SUBJECTS_175 = [
    # people killed in gang-related violence are a violent crime's dead
    ("At least 3,100 people were killed in gang-related violence in 2025.", ["violent_crime"]),
]

# The hundred-and-seventy-sixth batch.
_READINGS_176 = [
    # people barred from entering or banned from keeping animals ("other"); botnets taken down; computers a malware
    # infected are no seizure
    ("Police caught 700 people suspected of illegal currency exchange and barred 450 of them from entering the city.",
     [(700, "arrests"), (450, "other")]),
    ("Police took down three botnets that had infected 1.6 million computers, and seized 120 servers.",
     [(3, "groups"), (1600000, "other"), (120, "seizures")]),
]
_FIELDS_176 = [
    # "last year" in a headline, then a year to March: the body's other figures are that year's
    ("Customs seized 900 million illicit cigarettes last year\nOfficers seized 900 million illicit cigarettes in the "
     "year to March 2026, the government said.\nOfficers also seized 2.1 million illegal vapes.", "period",
     ["2025", "2025-04/2026-03", "2025-04/2026-03"], dt.date(2026, 8, 20)),
    # an agency's name is no relative clause ("Center for Missing & Exploited Children"): its year dates the article
    ("NCMEC report\nThe National Center for Missing & Exploited Children received 18.1 million reports of child "
     "sexual exploitation in 2025.\nReports involving generative AI reached 41,000.", "period",
     ["2025", "2025"], dt.date(2026, 4, 2)),
]

# The hundred-and-seventy-seventh batch.
_READINGS_177 = [
    # a sum in a clause of its own after a fine imposed is no penalty: "through which $486,000 from 37 victims passed"
    ("A man was jailed and fined $9,000 for letting scammers use his bank account, through which $310,000 from 22 "
     "victims passed, police said.", [(9000, "money"), (310000, "money"), (22, "victims")]),
    # money committed to fight scams and a firm's valuation are no crime's sums; people sanctioned ("other")
    ("Government commits A$90 million to fight scams; losses fell 12% in 2025", [(-12, "money")]),
    ("The cybersecurity firm raised US$30 million, valuing the company at US$250 million, after scams rose 20%.",
     [(20, "cases")]),
    ("The Treasury also sanctioned 15 people linked to the money laundering network.", [(15, "other")]),
]

# The hundred-and-seventy-eighth batch.
_SUBJECTS_178 = [
    # trafficking in waste, fuel or tobacco is no people's trafficking ("other")
    ("Police seized 9,000 tonnes of illegally dumped waste in an investigation into a waste trafficking ring.",
     ["other"]),
    ("Officers arrested 40 people in a crackdown on fuel trafficking.", ["other"]),
]

# The hundred-and-seventy-ninth batch.
_READINGS_179 = [
    # femicides are cases; a population's size is no figure
    ("Police recorded 36,000 violent deaths in 2025. Femicides rose 2.4% to 1,380. The country's prison population "
     "reached 850,000.", [(36000, "deaths"), (2.4, "cases"), (1380, "cases")]),
    # people listed or reported missing are victims (and the most missing people too); disappearances reported are
    # cases; graves found ("other"); people located alive are rescued
    ("Police said 9,100 new disappearances were reported in 2025, and 2,700 people reported missing had been located "
     "alive. The state has the most missing people, with 12,300.",
     [(9100, "cases"), (2700, "rescued"), (12300, "victims")]),
    ("Search teams found 900 clandestine graves during the year, and prosecutors charged 300 people with forced "
     "disappearance.", [(900, "other"), (300, "prosecutions")]),
]
_FIELDS_179 = [
    # "the highest since the crime was defined in law in 2015": an event's year, no figure's period
    ("Femicides rose 2.4% to 1,380 in 2025, the highest since the crime was defined in law in 2015. Police killed "
     "4,900 people.", "period", ["2025", "2025", "2025"], dt.date(2026, 7, 16)),
]
_SUBJECTS_179 = [
    # stop and search and searches for weapons are "other", whatever drugs the article names
    ("Police carried out 410,000 stop and searches in the year to March. Searches for weapons rose 11% to 77,000, "
     "while searches for drugs made up 60% of the total.", ["other", "other", "other", "drugs"]),
]

# The hundred-and-eightieth batch.
_READINGS_180 = [
    # workers underpaid are victims
    ("Investigators believe the ring underpaid more than 300 workers by a total of A$4.1 million.",
     [(300, "victims"), (4100000, "money")]),
]
_FIELDS_180 = [
    # two countries' forces named together: their total has no one country
    ("Thai and Malaysian police seize 11 tonnes of kratom\nThai police seized 9.1 tonnes of kratom in March.", "geo",
     [None, "TH"], dt.date(2026, 4, 15)),
]
_SUBJECTS_180 = [
    # labour exploitation is trafficking's
    ("Police arrest a dozen in labour exploitation raids on farms", ["human_trafficking"]),
]

# The hundred-and-eighty-first batch.
_READINGS_181 = [
    # lawmakers and mayors among those arrested are people counted
    ("The commission arrested 61 people for bribery, among them three mayors and seven lawmakers.",
     [(61, "arrests"), (3, "arrests"), (7, "arrests")]),
]

# Known misses of earlier notes: holidays date what happened over them.
_FIELDS_HOLIDAYS = [
    # "over Thanksgiving week", "during the Songkran festival", "over the Lunar New Year holiday": their month; "over"
    # before a holiday is no comparison
    ("Police arrested 312 drunk drivers over Thanksgiving week.", "period", ["2026-11"], dt.date(2026, 12, 2)),
    ("Police arrested 1,200 people during the Songkran festival.", "period", ["2026-04"], dt.date(2026, 4, 20)),
    ("Officers arrested 86 people over the Lunar New Year holiday.", "period", ["2026-02"], dt.date(2026, 2, 25)),
    ("At least nine people were killed in shootings over the Fourth of July weekend, police said.", "period",
     ["2026-07"], dt.date(2026, 7, 6)),
    # "so far today" in a live report: the day of publication (a known miss of the last notes)
    ("Police have arrested 45 people so far today, the commissioner said.", "period", ["2026-06"], dt.date(2026, 6, 2)),
    # "a six-month firearms amnesty that ended on October 31": the months that end with that one
    ("People handed in 12,000 firearms during a six-month firearms amnesty that ended on October 31, police said.",
     "period", ["2026-05/2026-10"], dt.date(2026, 11, 18)),
    # (not "ahead of the Lunar New Year holiday": a day still to come)
    ("Police seized 30 kg of drugs ahead of the Lunar New Year holiday.", "period", [None], dt.date(2026, 2, 3)),
]

# The hundred-and-eighty-second batch.
_READINGS_182 = [
    # a revenue agency's name is no spending word
    ("HM Revenue and Customs recovered £900m through criminal tax investigations in 2025-26.", [(900000000, "money")]),
]
_FIELDS_182 = [
    # a date in figures: month first or day first, whichever falls nearest before publication
    ("At 2:30 a.m. on 03/05/2026, agents raided a scam hub and arrested 140 workers.", "period", ["2026-03"],
     dt.date(2026, 3, 6)),
    ("On 25/02/2026, police arrested 60 people in raids on scam call centres.", "period", ["2026-02"],
     dt.date(2026, 3, 6)),
]
_SUBJECTS_182 = [
    # frauds against banks and loan frauds are commercial crime ("other"), not a digital banking scam's
    ("Bank frauds worth Rs 80,000 crore reported in 2025-26", ["other"]),
    ("Losses from digital banking fraud rose 40% to R1.1 billion in 2025.", ["telecom_fraud", "telecom_fraud"]),
]

# The hundred-and-eighty-third batch.
_READINGS_183 = [
    # a fraction of a million is one number, not a share; pounds in cash are sterling, no weight
    ("Police found three-quarters of a million pounds in cash and arrested four men.", [(750000, "money"),
                                                                                      (4, "arrests")]),
    ("Prosecutors said the men stole a quarter of a million dollars from 19 victims of a fraud.",
     [(250000, "money"), (19, "victims")]),
    # "the lost tax revenue at 480 million euros": what the crime cost, no spending
    ("Customs seized 900 tonnes of smuggled cigarettes, estimating the lost tax revenue at 300 million euros.",
     [(900, "seizures"), (300000000, "money")]),
]

# The hundred-and-eighty-fourth batch.
_READINGS_184 = [
    # fugitives brought back from abroad are handed over (deported), not rescued
    ("Turkey brought back 120 fugitives from abroad in 2025", [(120, "deported")]),
]
_SUBJECTS_184 = [
    # elder financial exploitation is "other", whatever laundering reports the article counts
    ("Suspicious activity reports rose 8%. Reports tied to elder financial exploitation rose 31% to 212,000.",
     ["money_laundering", "other", "other"]),
]

# The hundred-and-eighty-fifth batch.
_FIELDS_185 = [
    # a bare "Q2" is the latest such quarter begun by publication; a headline's "Q3" over a fiscal quarter's months
    # stays the body's quarter
    ("Scam losses fall in Q3 2026\nAustralians lost A$52.1 million to scams in Q3 2026, down from A$60.4 million in "
     "Q2, the regulator said.", "period", ["2026-07/2026-09", "2026-04/2026-06"], dt.date(2026, 11, 4)),
    ("Murders down 5% in Q3, police statistics show\nThe country recorded 6,100 murders in the third quarter of the "
     "2025/26 financial year, from October to December 2025, a 5% decrease, police said.", "period",
     ["2025-10/2025-12", "2025-10/2025-12", "2025-10/2025-12"], dt.date(2026, 2, 20)),
]

# The hundred-and-eighty-sixth batch.
_FIELDS_186 = [
    # soums, somoni, tugriks and Iraqi and Tunisian dinars are currencies
    ("Victims of cyber fraud lost 900 billion soums in 2026, police said.", "unit", ["UZS"], dt.date(2026, 10, 22)),
    ("Police seized 2.5 million Iraqi dinars from the drug dealers.", "unit", ["IQD"], dt.date(2026, 10, 22)),
]

# The hundred-and-eighty-eighth batch.
_READINGS_188 = [
    # regional and tabloid verbs: booking and nabbing, collared, nicked; blades seized; fines handed out ("other")
    ("Police busted a fraud racket, booking 30 persons and nabbing 9 of them.", [(30, "prosecutions"),
                                                                                (9, "arrests")]),
    ("Cops collared 11 drug suspects in a buy-bust operation.", [(11, "arrests")]),
    ("Cops nicked 240 yobs in a crackdown on knife crime, seizing 33 blades. Officers also handed out 900 fines.",
     [(240, "arrests"), (33, "seizures"), (900, "other")]),
]

# The hundred-and-eighty-ninth batch.
_READINGS_189 = [
    # a betting site's members it took bets from are its players (suspects); members of the public are victims
    ("Police busted an illegal betting site that took 900 billion won in bets from 31,000 members.",
     [(900000000000, "money"), (31000, "suspects")]),
    ("The gang defrauded 120 members of the public of HK$9 million.", [(120, "victims"), (9000000, "money")]),
]

# The hundred-and-ninetieth batch.
_SUBJECTS_190 = [
    # sexual offences are violent; a total before a colon's list of crimes is crime overall, each part the crime it
    # is told for; "respectively" pairs the crimes named with the figures in turn
    ("Sexual offences fell 3% to 2,100 in 2025.", ["violent_crime", "violent_crime"]),
    ("Police arrested 900 people in an operation: 410 for drug offences, 250 for theft, 140 for assault and 100 for "
     "fraud.", ["other", "drugs", "other", "violent_crime", "telecom_fraud"]),
    ("Arrests for drug trafficking and human trafficking rose 6% and 11% respectively in 2025, to 38,000 and 540.",
     ["drugs", "human_trafficking", "drugs", "human_trafficking"]),
]

# The hundred-and-ninety-first batch.
_READINGS_191 = [
    # an area is no figure ("4,100 hectares of forest")
    ("Police seized 120 excavators and arrested 900 illegal miners. The miners had destroyed more than 3,000 hectares "
     "of forest.", [(120, "seizures"), (900, "arrests")]),
]
_SUBJECTS_191 = [
    # cockfighting, e-sabong, is gambling
    ("Police arrested 300 people in a crackdown on illegal online cockfighting, or e-sabong.", ["gambling"]),
]

# The hundred-and-ninety-second batch.
_READINGS_192 = [
    # "arrested 1,870 more": the verb's count; "a 90.3% conviction rate" is the rate, a share (no change)
    ("Since the start of the year, the agency has arrested 1,200 more human smugglers.", [(1200, "arrests")]),
]
_FIELDS_192 = [
    # "in the last quarter": the last quarter that ended before publication
    ("In the last quarter, the agency registered 510 cases of migrant smuggling.", "period", ["2026-01/2026-03"],
     dt.date(2026, 5, 12)),
    # a time opening the next clause, before its own figure, dates that figure only
    ("Since the start of the year, the agency has arrested 1,300 more human smugglers, and in the last quarter it "
     "registered 480 cases.", "period", ["2026-01/2026-05", "2026-01/2026-03"], dt.date(2026, 5, 12)),
    ("Its cases led to 1,200 convictions in 2025, a 91.5% conviction rate.", "baseline_period", [None, None],
     dt.date(2026, 5, 12)),
]

# The hundred-and-ninety-third batch.
_READINGS_193 = [
    # drug users sent to rehabilitation ("other")
    ("Police arrested 3,000 drug suspects, and another 700 drug users were sent to rehabilitation centres.",
     [(3000, "arrests"), (700, "other")]),
]

# The hundred-and-ninety-fourth batch.
_READINGS_194 = [
    # outcomes of arrests: released under investigation (suspects), cautioned ("other"), pleaded guilty (convictions)
    ("Police arrested 900 people. Of those arrested, 400 were charged, 150 were released under investigation and 60 "
     "were cautioned.\nIn court, 90 people pleaded guilty and 8 were acquitted.",
     [(900, "arrests"), (400, "prosecutions"), (150, "suspects"), (60, "other"), (90, "convictions"), (8, "other")]),
]
_FIELDS_194 = [
    # a running total in a relative clause after the figures ("that had laundered A$210 million since 2023") dates
    # only the clause's own figure
    ("Officers questioned 90 people and charged 30 after raids on remitters that police said had laundered A$150 "
     "million for drug syndicates since 2023.", "period", [None, None, "2023/2026"], dt.date(2026, 8, 13)),
]

# The hundred-and-ninety-fifth batch.
_READINGS_195 = [
    # "Another 64 are wanted": suspects; "1 in 10 containers inspected held drugs": a hit rate ("other")
    ("Police arrested a further 200 people in the scam probe. Another 40 are wanted.",
     [(200, "arrests"), (40, "suspects")]),
    ("Customs seized 3,000 kg of cocaine in March. Over 1 in 10 containers inspected in the month held drugs.",
     [(3000, "seizures"), (10, "other")]),
]

# The hundred-and-ninety-sixth batch.
_READINGS_196 = [
    # "an average of 5,200 complaints a day, or 19 lakh over the year": the total again
    ("The portal received an average of 5,200 complaints of cyber fraud a day in 2025, or 19 lakh over the year.",
     [(5200, "cases"), (1900000, "cases")]),
]

# The hundred-and-ninety-seventh batch.
_SUBJECTS_197 = [
    # IT crimes, and crimes committed using information technology, are cybercrime
    ("Russia registered 410,000 IT crimes in 2025, up 11%\nPolice registered 410,000 crimes committed using "
     "information technology in 2025, up 11% from the year before.", ["cybercrime"] * 4),
    ("Russia registered 410,000 IT crimes in 2025", ["cybercrime"]),  # ("IT crimes": no pronoun "it")
]

# The hundred-and-ninety-eighth batch.
_READINGS_198 = [
    # drug barons arrested; drug users counselled ("other"); violent deaths are enforcement words for a change
    ("The agency arrested 9,100 suspects, including 14 drug barons, and counselled 6,000 drug users.",
     [(9100, "arrests"), (14, "arrests"), (6000, "other")]),
    ("Violent deaths fall 12% in first half\nThe country recorded 4,100 violent deaths between January and June, down "
     "12%, the interior ministry said.", [(-12, "deaths"), (4100, "deaths"), (-12, "deaths")]),
]

# The hundred-and-ninety-ninth batch.
_READINGS_199 = [
    # officers disciplined or reprimanded ("other")
    ("The ministry disciplined 120 traffic police officers and prosecuted 21 for taking bribes.",
     [(120, "other"), (21, "prosecutions")]),
]

# A headline that names no crime takes, for a figure the body repeats, the crime the body names for it.
_SUBJECTS_HEADLINE = [
    ("Police arrest 5,210 in October operation\nPolice said 640 people were arrested for burglary in the first week. "
     "Overall, police arrested 5,210 people in October for drug offences.", ["drugs", "other", "drugs"]),
]

# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_169, *_READINGS_170, *_READINGS_171, *_READINGS_172, *_READINGS_173, *_READINGS_174,
            *_READINGS_175, *_READINGS_176, *_READINGS_177, *_READINGS_179,
            *_READINGS_180, *_READINGS_181, *_READINGS_182, *_READINGS_183,
            *_READINGS_184, *_READINGS_188, *_READINGS_189, *_READINGS_191, *_READINGS_192, *_READINGS_193,
            *_READINGS_194, *_READINGS_195, *_READINGS_196, *_READINGS_198, *_READINGS_199]
FIELDS = [*_FIELDS_169, *_FIELDS_173, *_FIELDS_175, *_FIELDS_176, *_FIELDS_179, *_FIELDS_180,
          *_FIELDS_182, *_FIELDS_185, *_FIELDS_186, *_FIELDS_192,
          *_FIELDS_194, *_FIELDS_HOLIDAYS]
SUBJECTS = [*_SUBJECTS_169, *_SUBJECTS_170, *_SUBJECTS_171, *_SUBJECTS_172, *_SUBJECTS_173, *_SUBJECTS_175,
            *_SUBJECTS_178, *_SUBJECTS_179, *_SUBJECTS_180, *_SUBJECTS_182,
            *_SUBJECTS_184, *_SUBJECTS_190, *_SUBJECTS_191,
            *_SUBJECTS_197, *_SUBJECTS_HEADLINE]
