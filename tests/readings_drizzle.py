"""Readings the held-out batches from the five-hundred-and-sixteenth on (``tests/generalisation/``) showed missing,
each from sentences written for this test.  The earlier batches' are in ``readings_thunder.py`` and the modules
before it."""
from __future__ import annotations

import datetime as dt

# Each batch's readings, fields and subjects are tables; ``test_metrics_readings.py`` runs them all.
# The five-hundred-and-sixteenth batch of held-out articles.
_READINGS_516 = [
    # people identified "as likely victims" are victims, whatever verb stands before them; people who "had been
    # promised jobs" were lured, and are victims too
    ("Police identified 40 men as likely victims of forced labour in 2026.", [(40, "victims")]),
    ("Police rescued 50 women from a farm in 2026. Twenty-two of the women had been promised jobs in hotels.",
     [(50, "rescued"), (22, "victims")]),
]

# The five-hundred-and-seventeenth batch of held-out articles.
_READINGS_517 = [
    # drugs the police burned were taken out of use, as seized drugs are; drug dens shut down, named in quotes, are
    # sites raided; a part of a total told by its rank ("28 of ministerial rank") is counted as the total is
    ("Police arrested 300 people for drug offences in 2026. Officers also burned 40 kilograms of cannabis and shut "
     'down 12 "ghettos" where it was sold.', [(300, "arrests"), (40, "seizures"), (12, "groups")]),
    ("Courts convicted 410 officials of bribery in 2025, among them 17 of ministerial or equivalent rank.",
     [(410, "convictions"), (17, "convictions")]),
    # (a headline in title case burns them too)
    ("Police Burned 40 Kilograms of Cannabis in 2026", [(40, "seizures")]),
]

# The five-hundred-and-eighteenth batch of held-out articles.
_FIELDS_518 = [
    # sums in Surinamese dollars
    ("PARAMARIBO — Police recovered 250,000 Surinamese dollars stolen in the robbery.", "unit", ["SRD"],
     dt.date(2026, 8, 11)),
    # a year after "up from" a quantity dates the earlier end only, whatever its unit
    ("Officers seized 2.4 tonnes of cannabis in 2025, up from 1.9 tonnes in 2024.", "period", ["2025", "2024"],
     dt.date(2026, 1, 20)),
    ("Customs opened 210 smuggling cases in 2025. Officers seized 900,000 litres of diesel during the year, up from "
     "700,000 litres in 2024.", "period", ["2025", "2025", "2024"], dt.date(2026, 1, 20)),
]

# The five-hundred-and-nineteenth batch of held-out articles.
_SUBJECTS_519 = [
    # blackmail named as the crime counted is the figure's own, whatever kind of crime the agency's name says
    ("The Federal Cyber Crime Agency registered 640 cases of online blackmail in 2026 and arrested 210 suspects.",
     ["other", "other"]),
]

# The five-hundred-and-twentieth batch of held-out articles.
_READINGS_520 = [
    # a part told in the words of the part before it, its noun left out
    ("Police recorded 96 hate crimes in 2025. Muslims were the targets in 40 of the cases, and Jews in 12, the report "
     "said.", [(96, "cases"), (40, "cases"), (12, "cases")]),
]
_SUBJECTS_520 = [
    # a bulleted list of results whose crimes are named in later items: the items before are crime overall's
    ("Police results for 2025:\n- Arrests: 12,400\n- Guns seized: 840\n- Heroin seized: 96 kg\n- Trafficking victims "
     "freed: 31", ["other", "other", "drugs", "human_trafficking"]),
]

# The five-hundred-and-twenty-first batch of held-out articles.
_READINGS_521 = [
    # illegal currency exchange points shut are sites raided
    ("Police closed 45 illegal currency exchange points in 2025.", [(45, "groups")]),
]

# The five-hundred-and-twenty-third batch of held-out articles.
_READINGS_523 = [
    # handsets the police had blocked are blocked device numbers (GUIDE.md: "other"), even beside accounts frozen
    ("The cyber cell had 800 mobile handsets used by fraudsters blocked in 2025 and had 1,200 bank accounts frozen.",
     [(800, "other"), (1_200, "accounts")]),
]
_FIELDS_523 = [
    # a sum a court ordered repaid is a penalty set now: no span of the crime the article dates
    ("A court convicted a former mayor of graft over projects worth 20 million pesos between 2017 and 2019. The court "
     "also ordered him to return 12 million pesos.", "period", ["2017/2019", None], dt.date(2026, 5, 16)),
]

# The five-hundred-and-twenty-fifth batch of held-out articles.
_READINGS_525 = [
    # cannabis plantations dismantled are sites raided
    ("Police dismantled 9 cannabis plantations in 2025 and seized 4,100 plants.", [(9, "groups"), (4_100, "seizures")]),
]

# The five-hundred-and-twenty-sixth batch of held-out articles.
_FIELDS_526 = [
    # "N percent fewer <noun> than": a fall, of that noun
    ("Customs seized 90,000 counterfeit items worth 2 million euros in 2025, 12 percent fewer items than in 2024.",
     "value", [90_000, 2_000_000, -12], dt.date(2026, 2, 2)),
    ("Customs seized 90,000 counterfeit items worth 2 million euros in 2025, 12 percent fewer items than in 2024.",
     "measure", ["seizures", "money", "seizures"], dt.date(2026, 2, 2)),
]

# The five-hundred-and-twenty-seventh batch of held-out articles.
_READINGS_527 = [
    # "stock theft" is livestock's, no share price: its change is a crime's
    ("Stock theft cases rose 11 percent to 2,300 in 2025.", [(11, "cases"), (2_300, "cases")]),
]

# The five-hundred-and-twenty-ninth batch of held-out articles.
_SUBJECTS_529 = [
    # the crime a count of cases is told for, up to three words after "for", outweighs "criminal cases"
    ("Prosecutors opened 40 criminal cases for running illegal gambling in 2025.", ["gambling"]),
]

# The five-hundred-and-thirty-second batch of held-out articles.
_FIELDS_532 = [
    # a bare rouble in a Belarusian story is Belarus's
    ("MINSK — Belarusian victims lost 12 million rubles to phone scams in 2025, police said.", "unit", ["BYN"],
     dt.date(2026, 1, 16)),
]

# The five-hundred-and-thirty-third batch of held-out articles.
_READINGS_533 = [
    # undeclared cash found on travellers is a customs offence: its cases and sums are crime figures
    ("Undeclared cash at airports\nCustoms officers found undeclared cash on travellers in 900 cases in 2025, a total "
     "of €8 million.", [(900, "cases"), (8_000_000, "money")]),
]

# The five-hundred-and-thirty-fourth batch of held-out articles.
_READINGS_534 = [
    # "N percent more than" right after a sum is the sum's change, not the change of the count before it
    ("Police handled 9,000 cases of online fraud in 2025, with victims losing 60 million euros, 5 percent more than "
     "in 2024.", [(9_000, "cases"), (60_000_000, "money"), (5, "money")]),
]

# The five-hundred-and-thirty-fifth batch of held-out articles.
_SUBJECTS_535 = [
    # assault rifles are weapons seized, no assault
    ("Coast guards seized 300 assault rifles from a boat in September 2026.", ["other"]),
]

# The five-hundred-and-thirty-sixth batch of held-out articles.
_READINGS_536 = [
    # a crime done "on N occasions" is a count of crimes; scrapyards raided are sites raided
    ("Thieves stole copper cable from the railway on 640 occasions in 2025. Police raided 12 scrapyards.",
     [(640, "cases"), (12, "groups")]),
]

# The five-hundred-and-thirty-seventh batch of held-out articles.
_READINGS_537 = [
    # things of a kind no vocabulary names, seized right after the verb; not "seized 41 so far this year"
    ("Police seized 12,000 kites and 900 rolls of string in February 2026.", [(12_000, "seizures"), (900, "seizures")]),
    ("Customs confiscated 310 hookahs at the border in 2026.", [(310, "seizures")]),
]

# The five-hundred-and-thirty-ninth batch of held-out articles.
_READINGS_539 = [
    # reports passed on to prosecutors are cases still (GUIDE.md: cases prosecuted count cases)
    ("The unit received 300 suspicious transaction reports in 2025 and passed 21 of them to prosecutors.",
     [(300, "cases"), (21, "cases")]),
]

# The five-hundred-and-fortieth batch of held-out articles.
_READINGS_540 = [
    # wire snares removed are things taken out of use; a kind no vocabulary names, seized with "seizes"
    ("Rangers arrested 40 poachers and removed 2,300 wire snares in 2025.", [(40, "arrests"), (2_300, "seizures")]),
    ("Customs seizes 80 dried fish maws bound for Hong Kong", [(80, "seizures")]),
]

# The five-hundred-and-forty-second batch of held-out articles.
_READINGS_542 = [
    # a part of the homicide victims counted before is of the dead; "were under 25" after a count is an age
    ("Peru recorded 980 homicide victims in 2025. Of them, 160 were under 25.", [(980, "deaths"), (160, "deaths")]),
    ("Peru recorded 980 homicide victims in 2025. Guns were used in 61 percent of the killings, and 160 of the "
     "victims were teenagers.", [(980, "deaths"), (61, "cases"), (160, "deaths")]),
]
_FIELDS_542 = [
    # a year a headline says a level "remains above" is the one compared with, no period of the article's figures
    ("Killings fall but remain above 2021 level\nPeru recorded 980 homicide victims in 2025, down from 1,040 in 2024. "
     "Guns were used in 61 percent of the killings, and 160 of the victims were teenagers.", "period",
     ["2025", "2024", "2025", "2025"], dt.date(2026, 4, 21)),
]

# The five-hundred-and-forty-third batch of held-out articles.
_READINGS_543 = [
    # "were convicted offenders" says who a part of the deported were, no conviction; cars kept from being shipped
    # abroad are seized
    ("Austria deported 9,000 people in 2025. Of those deported, 2,100 were sent to other EU countries, and 640 were "
     "convicted offenders flown home.", [(9_000, "deported"), (2_100, "deported"), (640, "deported")]),
    ("Customs stopped 90 stolen cars from being smuggled abroad in 2025.", [(90, "seizures")]),
]
_FIELDS_543 = [
    # "the Dublin rules" are the EU's asylum rules, no Irish place; the value of the seized goods told next keeps the
    # month of the seizure
    ("BERLIN — German police deported 3,000 people under the Dublin rules in 2025.", "geo", ["DE"],
     dt.date(2026, 2, 6)),
    ("Customs seized 20 kilograms of gold at the airport in April. The gold was worth about 1.5 billion CFA francs.",
     "period", ["2026-04", "2026-04"], dt.date(2026, 5, 11)),
]

# The five-hundred-and-forty-fifth batch of held-out articles.
_READINGS_545 = [
    # a quantity seized right after the verb, "used by" whoever it served, is still seized
    ("Troops raided illegal mines in March 2026 and seized 5,000 litres of fuel used by the miners.", [(5_000, "seizures")]),
]

# The five-hundred-and-forty-sixth batch of held-out articles.
_FIELDS_546 = [
    # "the 12 months to September 30, 2026": the window by month, its year no period of its own; a share "of the value
    # seized" is of a sum
    ("WASHINGTON — CBP made 9,000 seizures of counterfeit goods in the 12 months to September 30, 2026, with a value "
     "of $1.1 billion.", "period", ["2025-10/2026-09", "2025-10/2026-09"], dt.date(2026, 10, 28)),
    ("CBP seized counterfeit goods worth $1.1 billion in 2026. Watches made up 40 percent of the value seized.",
     "measure", ["money", "money"], dt.date(2026, 10, 28)),
]

# The five-hundred-and-forty-ninth batch of held-out articles.
_READINGS_549 = [
    # "N were recorded" after a count is more of that count
    ("Police recorded 30,100 burglaries in 2025. In 2023, 34,800 were recorded.", [(30_100, "cases"), (34_800, "cases")]),
]

# The five-hundred-and-fiftieth batch of held-out articles.
_SUBJECTS_550 = [
    # the name of the report in an "according to" aside says nothing of the figure's crime
    ("Police recorded 200 kidnapping cases in 2025, according to the national police annual crime report, and 180 "
     "victims were rescued.", ["human_trafficking", "human_trafficking"]),
]

# The five-hundred-and-fifty-first batch of held-out articles.
_READINGS_551 = [
    # general practitioners and physicians are people
    ("Police charged 9 people, including three general practitioners, with selling fake sick notes.",
     [(9, "prosecutions"), (3, "prosecutions")]),
]
_SUBJECTS_551 = [
    # migrants caught crossing are a migration figure, beside the smugglers arrested
    ("Police arrested 40 people smugglers in 2025, and 2,100 migrants were caught crossing the border.",
     ["human_trafficking", "other"]),
]

# The five-hundred-and-fifty-second batch of held-out articles.
_READINGS_552 = [
    # vehicles impounded are enforcement news of their own
    ("The transport office impounded 5,100 unregistered vans in 2025.", [(5_100, "seizures")]),
]

# The five-hundred-and-fifty-third batch of held-out articles.
_FIELDS_553 = [
    # Thailand's fiscal year begins in October and is named by the year it ends in, written before or after "fiscal"
    ("BANGKOK — Thai authorities opened 900 cases of illegal forest encroachment in the 2025 fiscal year. Some 300 people were "
     "charged.", "period", ["2024-10/2025-09", "2024-10/2025-09"], dt.date(2026, 10, 16)),
]

# The five-hundred-and-fifty-fifth batch of held-out articles.
_READINGS_555 = [
    # summonses issued to motorists are notices of an offence ("other"); a part of the vehicles seized is seized
    ("Road transport officers seized 300 vehicles in 2026 and issued summonses to 4,000 motorists. Of the vehicles "
     "seized, 120 were motorcycles.", [(300, "seizures"), (4_000, "other"), (120, "seizures")]),
]
_FIELDS_555 = [
    # an operation over Hari Raya (Eid al-Fitr) is of the feast's month
    ("KUALA LUMPUR — Police arrested 900 drunk drivers during an operation over Hari Raya Aidilfitri.", "period",
     ["2026-03"], dt.date(2026, 4, 6)),
]

# The five-hundred-and-fifty-sixth batch of held-out articles.
_READINGS_556 = [
    # exporters are people; cannabis storefronts raided are sites raided
    ("Police raided 30 illegal cannabis storefronts in 2025 and charged nine exporters.", [(30, "groups"), (9, "prosecutions")]),
]

# The five-hundred-and-fifty-seventh batch of held-out articles.
_READINGS_557 = [
    # people "named suspects" are suspects, as people named as suspects are
    ("Customs foiled 40 smuggling attempts in 2025, and 55 people were named suspects.", [(40, "other"), (55, "suspects")]),
]

# The five-hundred-and-fifty-ninth batch of held-out articles.
_READINGS_559 = [
    # children found employed illegally are child labour's victims; a part "of the children" counts them too
    ("Labor inspectors found 900 children employed illegally in 2025. Of the children, 120 "
     "were working in meatpacking plants.", [(900, "victims"), (120, "victims")]),
]

# The five-hundred-and-sixtieth batch of held-out articles.
_READINGS_560 = [
    # people were "the target of violence" a number of times: a count of crimes; notices of suspicion served on
    # people make them suspects
    ("Police officers were the target of violence or threats 8,000 times in 2025.", [(8_000, "cases")]),
    ("The anti-corruption bureau served notices of suspicion on 400 people in 2025.", [(400, "suspects")]),
]

# The five-hundred-and-sixty-first batch of held-out articles.
_READINGS_561 = [
    # what one thing was sold for is its price, no sum of the crime's
    ("Police seized 9,000 SIM cards sold to scam syndicates in May 2026. The suspects sold each card for 250 pesos.",
     [(9_000, "seizures")]),
]

# The five-hundred-and-sixty-fifth batch of held-out articles.
_FIELDS_565 = [
    # CFP francs are French Polynesia's; the value the seized drug "would have sold for" keeps the seizure's month
    ("PAPEETE — Customs seized 5 kilograms of methamphetamine at the airport in September. The drug, known locally as "
     "ice, would have sold for about 600 million CFP francs.", "unit", ["kg", "XPF"], dt.date(2026, 10, 9)),
    ("PAPEETE — Customs seized 5 kilograms of methamphetamine at the airport in September. The drug, known locally as "
     "ice, would have sold for about 600 million CFP francs.", "period", ["2026-09", "2026-09"], dt.date(2026, 10, 9)),
]

# The five-hundred-and-sixty-sixth batch of held-out articles.
_READINGS_566 = [
    # paua and abalone taken illegally are seized things
    ("Fisheries officers seized 2,000 paua taken illegally in 2025 and prosecuted 20 poachers.",
     [(2_000, "seizures"), (20, "prosecutions")]),
]
_FIELDS_566 = [
    # "from 2,540 a year earlier": the earlier end's own year, shifted once; a country where the gangs are "based" is
    # no country of the arrests
    ("GENEVA — Burglaries in the canton dropped to 2,310 in 2025 from 2,540 a year earlier. Officers arrested 186 "
     "burglars, most of them members of gangs based across the border in France.", "period", ["2025", "2024", "2025"],
     dt.date(2026, 2, 10)),
    ("Geneva burglaries fall\nGENEVA — Burglaries in the canton dropped to 2,310 in 2025 from 2,540 a year earlier. "
     "Officers arrested 186 burglars, most of them members of gangs based across the border in France.", "geo",
     ["CH", "CH", "CH"],
     dt.date(2026, 2, 10)),
]

# The five-hundred-and-sixty-seventh batch of held-out articles.
_SUBJECTS_567 = [
    # workers freed from illegal gangmasters were exploited for their labour: trafficking's
    ("Carabinieri freed 300 farm workers from exploitation by illegal gangmasters in 2025.", ["human_trafficking"]),
]

# The five-hundred-and-sixty-eighth batch of held-out articles.
_READINGS_568 = [
    # ancient coins recovered are antiquities, no currency
    ("Police recovered 700 looted antiquities in 2025, including 150 ancient coins.", [(700, "seizures"), (150, "seizures")]),
]

# The five-hundred-and-seventy-first batch of held-out articles.
_READINGS_571 = [
    # people banned from stadiums are sanctioned ("other"), whatever noun names them
    ("Argentina bans 900 football hooligans from stadiums\nPolice arrested 40 fans at matches in 2026.",
     [(900, "other"), (40, "arrests")]),
    ("The ministry has banned 900 members of violent football supporters' groups from attending matches. Police "
     "arrested 40 fans in 2026.", [(900, "other"), (40, "arrests")]),
]

# The five-hundred-and-seventy-second batch of held-out articles.
_READINGS_572 = [
    # people the police fined are given penalty notices ("other"), no court's sentence
    ("Police fined 3,000 foreign drivers for speeding in 2025.", [(3_000, "other")]),
]

# The five-hundred-and-seventy-third batch of held-out articles.
_READINGS_573 = [
    # boats apprehended for illegal fishing are seized
    ("The coast guard apprehended 200 boats for illegal fishing in 2025, including 30 foreign vessels.",
     [(200, "seizures"), (30, "seizures")]),
]


# All of this module's tables, run by the tests of ``test_metrics_readings.py``.
READINGS = [*_READINGS_516, *_READINGS_517, *_READINGS_520, *_READINGS_521, *_READINGS_523, *_READINGS_525,
            *_READINGS_527, *_READINGS_533, *_READINGS_534, *_READINGS_536, *_READINGS_537, *_READINGS_539,
            *_READINGS_540, *_READINGS_542, *_READINGS_543, *_READINGS_545, *_READINGS_549, *_READINGS_551,
            *_READINGS_552, *_READINGS_555, *_READINGS_556, *_READINGS_557, *_READINGS_559, *_READINGS_560,
            *_READINGS_561, *_READINGS_566, *_READINGS_568, *_READINGS_571, *_READINGS_572, *_READINGS_573]
FIELDS = [*_FIELDS_518, *_FIELDS_523, *_FIELDS_526, *_FIELDS_532, *_FIELDS_542, *_FIELDS_543, *_FIELDS_546,
          *_FIELDS_553, *_FIELDS_555, *_FIELDS_565, *_FIELDS_566]
SUBJECTS = [*_SUBJECTS_519, *_SUBJECTS_520, *_SUBJECTS_529, *_SUBJECTS_535, *_SUBJECTS_550, *_SUBJECTS_551,
            *_SUBJECTS_567]
