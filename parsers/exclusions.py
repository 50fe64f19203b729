"""What is no crime or enforcement figure, though it is a number: GUIDE.md's "not metrics".

Ages ("Fan Weiqiu, 62,"), durations and dates, law sections, phone numbers, ranks, ratios ("one
in five"), penalties written in a law ("fined up to $500,000"), and sums that are no crime's money
(a budget, a rule's threshold).  Pure functions on the words before and after a number.
"""
from __future__ import annotations

import re

from parsers.numbers import WRITTEN_SUM, NumberMention
from parsers.scan import lowered
from parsers.time_words import WEEKDAY
from parsers.vocab import BRAND, CASE_NOUNS, SCALE_WORDS

_I = re.IGNORECASE
# "one in five victims": a ratio, neither of whose numbers counts anything.
# (Single spaces, so that the quick checks before them in not_a_metric are exact.)
_PEOPLE_AFTER = re.compile(r"\s*(?:people|persons|individuals|cases)", _I)

# The patterns below without IGNORECASE run on lower-cased text (positions kept): about twice as fast.
_NOT_METRIC_BEFORE = re.compile(
    r"(?:\b(?:section|sections|sec\.?|article|articles|clause|rule|no\.|number|aged|age|ages|between|"
    r"helpline|hotline|dial|call|tel\.?|phone|page|chapter|grade|level|class|phase|category|vol\.?|"
    r"aged (?:below|under|over|above)|(?:younger|older) than|(?:under|over|above|below) the age of|"
    r"(?<!\w\w\ws )top|rank(?:ed)?|pm|am|covid|g)\s*[-–]?\s*$)|"
    r"\bage[ds]? (?:between |from )?\d+(?:, \d+)* (?:and|to) $|"
    r"\bage[ds]? \d+(?:, \d+)*, $|"  # "aged 19, 24 and 30"
    r"\b(?:sections|articles|clauses|rules) \d+\w*(?:\(\d+\))?(?:, \d+\w*(?:\(\d+\))?)*,? (?:and|to) $")  # "Sections
    # 308 and 318" (the quick check knows "and" and "to")
# Every match of _NOT_METRIC_BEFORE ends with one of these (the one-letter "g" is checked as a word).
_NOT_METRIC_ENDS = ("section", "sections", "sec", "sec.", "article", "articles", "clause", "rule", "no.", "number",
                    "below", "under", "over", "above",
                    "age", "aged", "ages", "between", "helpline", "hotline", "dial", "call", "tel", "tel.", "phone",
                    "page", "chapter", "grade", "level", "class", "phase", "category", "vol", "vol.", "top", "rank",
                    "ranked",
                    "of", "pm", "am", "covid", "and", "to", "than", ",")
_NAMED_UNIT_BEFORE = re.compile(r"\b(?:Region|Zone|District|Division|Sector|Precinct|Ward|Battalion|Brigade|Squadron) $")
_AFTER_REACH = 40  # characters after a figure that can say it is not one ("-year-old", "per cent of GDP")
_NOT_METRIC_AFTER = re.compile(
    r"^(?:-| )?(?:years?(?![- ]on[- ]year)|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|"
    r"year-old|years? old|-year-old|-month|-day|-hour|-strong|-storey|-page|th\b|st\b|nd\b|rd\b|"
    # "a five-member panel" (not "a 1,200-member gambling ring": its members are counted)
    r"-member(?!\s+(?:[\w-]+\s+){0,2}?(?:gang|ring|syndicate|network|cartel|crew|cell|offshoot|faction|clan|mob|"
    r"outfit|militia)s?\b)|"
    r"am\b|pm\b|a\.m\.|p\.m\.|o'clock|times\b|-fold|fold\b|of (?:them|these|those) (?:is|was)|strokes\b|lashes\b|"
    r"(?:km|kilometres|kilometers|miles|metres|meters)\b|"  # "from 2,800 km away": a distance
    r"(?:hectares|acres|square (?:kilo)?(?:metres|meters|miles)|sq km|km2)\b|"  # "4,100 hectares of forest": an area
    r"mm\b|-?(?:calibre|caliber)\b|"  # "a 9mm handgun": a gun's calibre
    r"-\d+-\d|"  # "1800-255-0000": a phone number
    r"(?:to|and|or|-|–)\s*\d+\s*(?:years?|months?|weeks?|days?|hours?)\b|"  # "terms of five to 24 years"
    r"per (?:lakh|100,000|100 000|1,000|thousand|million)\b|"  # "4.8 per lakh population": a rate
    r"per cent of (?:gdp|the population)|and under\b|or over\b|"
    r"(?:[\w-]+ ){0,2}?(?:hotline|helpline)\b)")  # "the 165 anti-fraud hotline": a phone number
_PENALTY_RE = re.compile(r"\b(?:maximum|max\.|fines?|fined|penalt(?:y|ies)|punishable|liable(?! for)|imprisonment|"
                         r"jail term)\b")

# (not what seizures or antiquities are "valued at": their worth is a figure of the crime)
_VALUATION_BEFORE = re.compile(r"\b(?:valu(?:ing|ed|es) (?:the|it|its) (?:company|firm|start-?up|business|group)? ?at|"
                               r"valuation of)\s+(?:about |some |nearly |more than |over )?$", re.IGNORECASE)
_WHICH_CLAUSE = re.compile(r"\b(?:through|in|from|into|by|to) which\b")


# A sum and then another order in its own clause (on lower-cased text)
_ANOTHER_ACT_AFTER_SUM = re.compile(r"\d[\d,.]*(?: ?(?:million|billion|m|bn|crore|lakh))?(?: [a-z]{2,9})?,?\s+and\s+"
                                   r"(?:the\s+(?:court|judge|tribunal)\s+)?(?:also\s+)?"
                                   r"(?:ordered|confiscated|seized|forfeited|froze|recovered)\b")


def _last_penalty(tail: str) -> int | None:
    """Where the last penalty word of ``tail`` ends, if it has one."""
    found = None
    for found in _PENALTY_RE.finditer(tail):
        pass
    return found.end() if found else None


# A population held at a moment: "318 young people were held in youth detention centres each night", "places for
# 27,000 offenders at any one time" ("night" within 110 characters, or "at any " within 120, in every match)
_HELD_AT_A_TIME = re.compile(r"[^.;]{0,50}\b(?:held|detained|locked up|in custody|in detention|behind bars)\b[^.;]{0,60}"
                             r"\b(?:each|every|per|a) night\b|\s+(?:[\w-]{1,20}\s+){0,4}?at any (?:one|given) time\b",
                             re.IGNORECASE)
_POPULATION_QUALIFIER = r"(?:about |some |nearly |almost |more than |over |just over |around |roughly |an estimated )?"
# (and the size it had before: "the elephant population has fallen to around 1,500 from more than 15,000")
# ("the tiger population has nearly tripled to 355")
_POPULATION_BEFORE = re.compile(r"\bpopulation (?:(?:has |had |have )?(?:nearly |almost |more than )?(?:reached|"
                                r"risen to|rose to|fallen to|fell to|grown to|grew to|dropped to|declined to|shrunk to|"
                                r"shrank to|recovered to|rebounded to|"
                                r"(?:doubled|tripled|quadrupled|halved) to)|stood at|"
                                r"was|is|of|"
                                r"totall?ed|numbered)\s+" + _POPULATION_QUALIFIER +
                                r"(?:an? (?:record|new high|all-time high|high) of |a record )?"
                                r"(?:[\d,.]+(?: million| thousand)? from " + _POPULATION_QUALIFIER + r")?$")
_STAFF_OR_DISPLACED_BEFORE = re.compile(r"\b(?:hir(?:ed|es|ing)|displac(?:ed|es|ing))\s+(?:about |some |"
                                        r"more than |over |"
                                        r"nearly |another |an additional |at least |an estimated )?$")
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*$")
# (not a revenue agency's name: "HM Revenue and Customs recovered £1.3bn")
_SPENDING_BEFORE = re.compile(r"\b(?:budgets?|budgeted|allocat\w*|funding|grants?|salar\w*|wages|"
                              # (nor "the lost tax revenue at 480 million euros": the crime's cost)
                              r"(?<!lost )(?<!lost tax )revenues?(?! and customs| service| authority| department| "
                              r"agency| board)|invest|"
                              r"spend|spends|spending|spent|set aside|earmark\w*|"
                              r"jobs? (?:paying|offering|that pa(?:y|ys|id))|"
                              r"pa(?:id|ys?|ying) (?:the |his |her |their )?(?:callers|workers|employees|staff|recruits)|"
                              r"(?:be|been|were|was|get|gets|got|getting) paid|"
                              r"(?:people|students|youths?|mules|holders|owners|recruits|they|who) (?:are |were )?paid"
                              # (not "their owners paid fines totalling 1.9 billion pesos": a penalty paid)
                              r"(?! (?:fines?|penalties|compensation|restitution|ransoms?|bribes?)\b)|"
                              r"pa(?:id|ys|ying) them|(?:net |pre-tax |quarterly |annual )?(?:profits?|revenues?|earnings|"
                              r"turnover) of|"
                              r"cost (?:the )?(?:government|state|taxpayers?|authorities|country)|"
                              r"(?:cost|price)s? of|costing|"
                              r"(?:firm|start-?up|company|fintech|labs)\s+(?:has\s+|have\s+)?rais(?:es|ed|ing)|"
                              r"(?:prize|jackpot|winnings) (?:money )?of|"
                              r"rent(?:ed|ing|s)? (?:out )?(?:their|his|her|its) (?:bank )?accounts?)"  # a mule's rent
                              r"\b[^.;]{0,25}$")  # on lower-cased text
OVERPAID_AFTER = re.compile(r" more than (?:its|the|their) (?:market |actual |real |fair )?(?:value|price|cost)\b")
_SUM_SCALE = r"(?:\s*(?:" + "|".join(sorted(map(re.escape, SCALE_WORDS), key=len, reverse=True)) + r")\b)?"
_SUM_RANGE_BEFORE = re.compile(WRITTEN_SUM + _SUM_SCALE + r"\s*(?:to|-|–|and)\s*$")  # on lower-cased text
_SUM_RANGE_AFTER = re.compile(r"\s*(?:to|and|-|–)\s*" + WRITTEN_SUM + _SUM_SCALE)  # the upper end after a lower one
_SHOW_WORDS = ("box office", "theat", "opening weekend", "grossed")
_SHOW_BUSINESS = re.compile(r"\b(?:box office|theaters|theatres|opening weekend|grossed)\b")
_THRESHOLD_BEFORE = re.compile(r"\b(?:transfers?|transactions?|withdrawals?|payments?)\s+(?:above|over|exceeding|below|"
                               r"under|of (?:more|less) than|(?:larger|greater|bigger|smaller) than)\s+$")  # lower-cased
_THRESHOLD_WORDS = ("transfer", "transaction", "withdrawal", "payment")  # a quick test before _THRESHOLD_BEFORE
# A crime heading its clause as what cost the sum: "Fraud and error in the benefits system cost taxpayers an estimated
# £7.4 billion" (not "The deportations of scam workers have cost the government P38 million")
_CRIME_COST = re.compile(r"(?:^|[,;:—–]\s+)(?:the\s+)?(?:(?!of\b)[\w,-]+\s+){0,5}?"
                         r"(?:fraud|frauds|scams?|thefts?|crimes?|threats|attacks|corruption|graft|bribery|smuggl\w*|"
                         # ("Corruption cost the country ...")
                         r"embezzlement|evasion|flows)\b[^.;]{0,140}\bcost(?:s|ing)?\b|"
                         # "a payroll fraud that cost the government K4.2 billion"
                         # (or a few words later: "a carousel fraud in the trade of laptops that cost the state")
                         r"\b(?:fraud|frauds|scams?|thefts?|embezzlement|schemes?)(?:\s+[\w,-]+){0,8}?\s+"
                         r"(?:that|which)\s+(?:had\s+)?cost\b")
_LOST_REVENUE_AFTER = re.compile(r"\s+(?:in|of) (?:lost|unpaid|evaded|forgone|uncollected) "
                                 r"(?:revenues?|duties|duty|taxes|tax|excise|royalties)\b", re.IGNORECASE)
# The harm a crime did to a public purse: "Damage to the state budget in investigated cases: €38 million" (lower-cased)
_DAMAGE_TO_PURSE = re.compile(r"\b(?:damages?|loss(?:es)?|harm)\s+(?:caused\s+)?to\s+(?:the\s+)?(?:state\s+|public\s+|"
                              r"national\s+)?(?:budgets?|treasury|exchequer|public purse)\b")
_SPENDING_WORDS = ("budget", "allocat", "funding", "grant", "salar", "wages", "revenue", "cost", "price", "spend",
                   "spent", "job", "invest", "rent", "paid", "pay", "set aside", "earmark", "rais", "profit",
                   "earnings", "turnover", "prize", "jackpot", "winnings")
# What a sum spent is for, after it: "S$120 million will go to the Anti-Scam Command" (on lower-cased text).
_SPENT_ON_AFTER = re.compile(r"\s+(?:(?:will|would|is to|is set to|are to) (?:go to|be spent|be allocated|be used to|fund)|"
                             r"(?:set aside|earmarked|allocated|budgeted) for|"  # "S$420 million set aside for ..."
                             r"to (?:make|build|produce)|"
                             # "commits A$150 million to fight scams"
                             r"to (?:fight|combat|tackle|counter|crack down on)\b|"
                             # "£260 million extra funding", "an extra £260 million next year to recruit officers"
                             r"(?:extra |additional |more |new )?(?:funding|budget|grants?)\b|"
                             r"(?:next year |this year |a year )?to (?:recruit|hire|train|equip|pay for)\b|"
                             r"(?:off|from) (?:its |the |their )?(?:\w+ )?market (?:value|capitali[sz]ation|cap)|"
                             r"in (?:a |its |the )?(?:new |latest )?(?:funding|financing|investment|series [a-e]|seed)|"
                             # a civil court's award: "pay $318 million in patent case"
                             r"in (?:a |the )?(?:patent|civil|libel|defamation|copyright) (?:case|suit|lawsuit|trial|"
                             r"dispute|battle)|"
                             r"(?:net |quarterly |annual |half-year |full-year )?(?:profit|revenue|earnings|turnover))\b")
# A change of a sum the sentence spends: "will spend S$1.9 billion on the police next year, up 7 per cent".
_PRIZE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:prize|jackpot|winnings|lottery)\b")  # on lower-cased text
_PER_UNIT_AFTER = re.compile(r"\s+(?:a|an|per|each|(?:for )?every)\s+"
                             r"(?:gram|kilo\w*|pill|tablet|dose|ounce|kg|g|hour|hectare|acre)\b", re.IGNORECASE)  # ("2 pesos for every kilogram": a levy's rate; "2 euros an hour": a wage)
# A fee or a wage paid to someone taking part, by the unit of work: "promised S$500 for each account", "paid 25,000
# pesos a month" (not a sum lost "per case", which is an average of the crime's sums).
_FEE_BEFORE = re.compile(r"\b(?:promis(?:ed|ing|es)|offer(?:ed|ing|s)?|paid(?: [a-z]+){0,2}|earn(?:ed|s|ing)?|"
                         r"receiv(?:ed|es|ing)|fetch(?:ed|es)?|sold for|charg(?:e|ed|es|ing)(?: [a-z]+){0,2}|"
                         # "sold the paper for Rs 3 lakh to Rs 5 lakh per candidate": a price
                         r"(?:hired|recruited) for|sold\s+(?:[\w'-]+\s+){0,6}?for|"
                         r"(?:took|received|got|for|demanding) payments of|"
                         r"(?:candidates|customers|buyers|clients|applicants|students) for)\s+"
                         r"(?:about\s+|around\s+|up to\s+|as much as\s+|as little as\s+|only\s+|just\s+|between\s+)?"
                         r"(?:\S*\d[\d,.]*\s+(?:to|and)\s+)?$", re.IGNORECASE)  # (a range's upper end too)
_FEE_AFTER = re.compile(r"\s+(?:each\b|(?:for each|for every|per|a|an)\s+(?!case|victim)[a-z]|"
                        # a smuggler's fare: "had each paid €2,500 to be taken to Serbia", "for the crossing"
                        r"(?:to be (?:taken|brought|smuggled|transported|driven|ferried|moved|carried|flown)|"
                        r"for (?:the|their|a) (?:sea |boat |border )?(?:journey|crossing|passage|trip|voyage|ride))\b)")
_GUIDELINE_BEFORE = re.compile(r"\b(?:under|in) (?:the )?(?:[\w']+ ){0,3}guidelines?\b", re.IGNORECASE)
_DENOMINATION_AFTER = re.compile(r"\s+(?:currency |bank ?)?(?:notes?|bills?|banknotes?|coins?|denominations?)\b")
_PRICE_OF_WORK_AFTER = re.compile(r"\s+(?:job|contract|project|tender)s?\b")
# A step in a life, then the age it was taken at, told bare: "He joined the force at 19."
_AGE_AT_BEFORE = re.compile(r"\b(?:joined|joining|entered|left|leaving|quit|started|began|recruited|married|retired|"
                            r"emigrated|dropped out)\b[^.;,]{0,40}\bat $")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;)]|and\b|$)")
_PEOPLE_OF_AGE_BEFORE = re.compile(r"\b(?:(?:people|persons|adults|Americans|Australians|Britons|citizens|residents|"
                                   r"victims|users|customers|women|men|those|anyone|seniors|suspects|detainees|"
                                   r"offenders|children|minors|kids|boys|girls|teenagers|teens|youths|youngsters|"
                                   r"juveniles)"  # ("160 children under 15")
                                   r"(?:\s+(?:were|are|was|is))?|"
                                   r"(?:arrested|detained|charged|convicted|held|caught|indicted|rescued|freed|"
                                   r"trafficked) (?:were|are|was|is)|"
                                   r"\d+%,? (?:were|are)|"  # "62% were under 30": an age
                                   r"\b\d[\d,]*(?:\s+of\s+(?:them|whom|the\s+\w+))?\s+(?:were|are)|"  # "214 were under 25"
                                   r"\bwho\s+[a-z]+\s+(?:were|are))\s+(?:aged\s+)?"  # "those who died were under 25"
                                   r"(?:over|under|above)\s+$")  # ("40% of those arrested were under 25", "One in
# four of those arrested was under 25", "most of the victims were over 60")
_A_FEE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:fee|charge|deposit)\b")
_PRICE_BEFORE = re.compile(r"\bprices?\b[^.;]{0,80}$")  # "the street price of cocaine has fallen to"
_SPENT_SUM_BEFORE = re.compile(r"\b(?:budgets?|spend|spends|spending|allocat\w*|funding|profits?|revenues?|earnings)\b"
                               r"[^.;]{0,30}?" + WRITTEN_SUM)
_APPLIED_AFTER = re.compile(r"\s+(?:were|was|have been|had been)\s+(?:\w+\s+)?"
                            r"(?:collected|imposed|paid|levied|recovered)\b|"
                            # "ordered that Rs 62 lakh recovered during the investigation be returned": another sum
                            r"\s+(?:recovered|seized|frozen|confiscated|forfeited)\b")
# "fined 14 people who lent their bank accounts to scam syndicates a total of HK$2.3 million": a fine imposed
_FINED_A_TOTAL = re.compile(r"\bfine[sd] (?:[\w,'-]+ ){1,12}?a (?:total|combined) (?:of )?$")
_PENALTY_APPLIED = re.compile(r"\b(?:was|were|been|got) (?:\w+ )?(?:fined|ordered)|\b(?:paid|imposed|collected|levied)\b|"
                              r"\b[Ff]ines issued\b|"
                              # "CBP has issued penalties of $87 million": penalties handed out
                              r"\b(?:issued|handed down|handed out|slapped) (?:\w+ )?(?:penalt(?:y|ies)|fines)\b|"
                              r"\bfined (?:[\w,-]+ ){1,5}?a total of\b|"
                              r"\bfined (?:them|him|her|it|each|all|the)\b|"
                              # "MAS fines two banks S$4.3 million": a fine imposed on someone named
                              r"\bfine[sd] (?!of\b|up\b|not\b|for\b|ranging\b|starting\b)(?:[\w.'-]+ ){1,4}$|"
                              r"(?<!be )(?<!being )\bfined\s+$")  # a court's fine, not a law's maximum


def _ends_like_not_a_metric(tail: str) -> bool:
    """A quick test that ``tail`` ends with a word of ``_NOT_METRIC_BEFORE`` (the regex decides)."""
    core = tail.rstrip().rstrip("-–").rstrip()
    if core.endswith(_NOT_METRIC_ENDS):
        return True
    return core[-1:] == "g" and not (core[-2:-1].isalnum() or core[-2:-1] == "_")  # "G" alone, as in "G-20"


_STREET_AFTER = re.compile(r" (?:[A-Z][\w'-]*\.? ){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|"
                           r"Drive|Highway|Way|Place|Court)(?!\w)")  # an address's house number
_CALL_AT = re.compile(r"\b(?:call|calling|dial|dialling|text|sms|whatsapp|hotline|helpline)\b[^.;,]{0,60}\b(?:at|on)\s+$")


_INCIDENTS_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{CASE_NOUNS})\b")  # crimes counted, no ages
_SURVEY_BEFORE = re.compile(r"\b(?:(?:a |an |the )?(?:survey|poll)s? of|surveyed|polled)\s+"
                            r"(?:about |some |nearly |more than |over )?$", re.IGNORECASE)
_PRIOR_RECORD_AFTER = re.compile(r"\s+(?:prior|previous|earlier|past) (?:arrests|convictions|offences|offenses)\b")
# (and "demanded ransoms of up to $1 million": a ceiling)
_STAKE_BEFORE = re.compile(r"\b(?:bets?|wagers?|stakes?) of (?:up to |as much as |about |around |some )?$|"
                           r"\bransoms? (?:demands? (?:of )?|of )(?:up to |as much as )$|"  # ("ransom demands up to")
                           # "told they had won prizes of up to US$2.5 million": a scam's lure
                           r"\b(?:prizes?|winnings|jackpots?) (?:of|worth) (?:up to |about |some |as much as )?$")
# One of these is in every _STAKE_BEFORE match.
_STAKE_WORDS = ("bet", "wager", "stake", "ransom", "priz", "winning", "jackpot")
_CARRY_LIMIT_BEFORE = re.compile(r"\b(?:carry|carrying|keep|keeping|withdraw|withdrawing|bring|bringing|take|taking)\s+"
                                 r"(?:no more than|not more than)\s+$", re.IGNORECASE)
_EACH_PRICE_BEFORE = re.compile(r"(?:\b[Ee]ach (?:[\w-]+ ){0,2}(?:fetched|fetches|sold for|sells for|went for|"
                                # "Each cover costs the council about Rs 9,500 to replace": one thing's price
                                r"costs?(?: (?:the|a|an|its|their|his|her) [\w-]+(?: [\w-]+)?)?)|"
                                r"\bcharg(?:ed|es|ing) (?:each|every) (?:[\w-]+ ){0,3}|"
                                # "sold each card for 300 pesos": one card's price
                                r"\b(?:sold|sells|selling|bought|buys|buying|rented|rents) (?:each|every) [\w-]+ for (?:about |"
                                r"around |some |up to |as little as )?|"
                                # "cash envelopes worth between Rp 50,000 and Rp 200,000": what one held
                                r"\benvelopes (?:each )?(?:worth|containing|holding|stuffed with)|"
                                # "46 donors were each paid between Rs 5 lakh and Rs 6 lakh": what one was paid
                                r"\b(?:were|was) each (?:paid|given|offered|promised)\s+(?:between\s+)?|"
                                # "the dogs could each sell for up to £2,800": a price
                                r"\beach (?:sell|sells|sold|fetch|fetches|fetched|go|goes|went|retail|retails) for|"
                                # "A genuine bottle sells for about Sh1,500": a price told in the present tense (not
                                # "scams cost")
                                r"\b(?:sells? for|retails? (?:for|at)|(?:is|are) priced at))"
                                r"\s*(?:about |around |roughly |some |nearly |up to |as much as |more than |over |"
                                r"less than |under |between |from )?"
                                r"(?:\S*\d[\d,.]*\s+(?:to|and)\s+)?$")  # ("charged each migrant $1,500": a price)
_BUSINESS_RESULT_BEFORE = re.compile(r"\b(?:(?:headline|net|pre-tax|operating|quarterly|annual|half-year|"
                                     r"full-year) (?:earnings|profits?|income|revenues?)|(?:earnings|profits?|"
                                     r"revenues?) (?:per share )?(?:rose|fell|grew|climbed|jumped|dropped|declined|"
                                     r"increased|decreased))\b[^,;.]{0,30}$", re.IGNORECASE)
_PRODUCTION_BEFORE = re.compile(r"\b(?:could|would|might) have (?:produced|yielded)\b[^.;]{0,80}$|"
                                r"\bproduction\b[^.;]{0,50}\bworth\b[^.;]{0,20}$", re.IGNORECASE)
_MARKET_SIZE_BEFORE = re.compile(r"\bmarket (?:for [\w -]{1,40}?)?(?:software|tools|products|services|solutions|"
                                 r"industry|technology|systems)?\b[^.;]{0,60}\b"
                                 r"(?:reach|worth|valued at|grow|be worth)\b[^.;]{0,40}$", re.IGNORECASE)
_DEFINED_AS = re.compile(r"\b(?:in which|where|when|defined as|meaning|with at least)\s+$")
_IF_CLAUSE = re.compile(r"[\"“]?(?:Even )?[Ii]f\b[^,;]*$")  # a figure in a sentence's opening if-clause


_PLACED_SUBJECT_TOPS = re.compile(r"\b[a-z]{3,}s\s+(?:in|across|at)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+top\s*$")


_DURATION_FROM_BEFORE = re.compile(r"\b(?:from|between) [\w-]+ (?:years?|months?|weeks?|days?|hours?) (?:to|and) $")


# Letters glued to a number that make a name of it, not a unit ("5G", "3D", "2FA"; not "5KG", "450g of heroin")
_GLUED_NAME = re.compile(r"(?!(?:KGS?|LBS?|MT|BN|MN|PC|PCT|CR|M|K|B|T|L)\b)(?:[A-Z]{1,3}|[gd])\b(?!\s+of\b)")


_BRAND_BEFORE = re.compile(rf"\b{BRAND} \Z")  # a brand right before a number: its model number (\Z: not before a
# line break, which "$" would pass)


_WEEKDAY_BRACKET = re.compile(rf"\b{WEEKDAY} \($", re.IGNORECASE)  # "on Wednesday (12)": a day of the month


def not_a_metric(before: str, after: str, mention: NumberMention) -> bool:
    """Whether the words around a count say it is an age, a duration, a date, a section or a rank (a ratio such
    as "one in five" is one share, read by :func:`parsers.numbers.find_numbers`)."""
    if after[:1].isalpha() and _GLUED_NAME.match(after):
        return True  # "the 5G network", "a 3D printer", "2FA codes": a name the digit is part of
    last = before[-20:-1].rsplit(" ", 1)[-1] if before.endswith(" ") else ""
    if last[1:] != last[1:].lower() and _BRAND_BEFORE.search(before[-20:]):  # (a capital inside the last word)
        return True  # "1,250 iPhone 16 units", "PlayStation 5 consoles": a model number, part of the name
    if before.endswith((" over ", " under ", " above ")) and not mention.currency and not mention.percent and \
            _PEOPLE_OF_AGE_BEFORE.search(before[-40:]) and not _PEOPLE_AFTER.match(after) and \
            not _INCIDENTS_AFTER.match(after):  # (nor "charged 11 men over 34 ram raids": what they did)
        return True  # "Americans over 60 lost $4.9 billion": an age (not "arrested over 60 people")
    if ("survey" in before[-30:] or "poll" in before[-30:]) and _SURVEY_BEFORE.search(before[-30:]):
        return True  # "A survey of 2,000 adults": the people asked, no figure of crime
    if before.endswith((" to ", " and ")) and _DURATION_FROM_BEFORE.search(before[-40:]):
        return True  # "cutting his prison term from nine years to seven": the upper end of a span of time
    if ("night" in after[:110] or "at any " in after[:120]) and _HELD_AT_A_TIME.match(after):
        return True  # "An average of 318 young people were held in youth detention centres each night", "places for
        # 27,000 offenders at any one time": a population held (GUIDE.md leaves population sizes out), no arrests
    if before.endswith(" at ") and _AGE_AT_BEFORE.search(before[-60:]) and _CLAUSE_END_AFTER.match(after):
        return True  # "he joined the force at 19", "left school at 15 and joined the gang at 16": an age
    if before.endswith(" ") and before[-2:-1].isalpha() and _NAMED_UNIT_BEFORE.search(before[-20:]):
        return True  # "Police of Provincial Police Region 5 arrested ...": a unit's name, its number part of it
    if before.endswith("day (") and after[:1] == ")" and _WEEKDAY_BRACKET.search(before[-13:]):
        return True  # "on Wednesday (12)": a day of the month
    if _PRIOR_RECORD_AFTER.match(after):
        return True  # "repeat offenders with more than 10 prior arrests": a record each carries, no count
    if ("earnings" in before[-80:] or "profit" in before[-80:] or "revenue" in before[-80:] or
            "income" in before[-80:]) and _BUSINESS_RESULT_BEFORE.search(before[-80:]):
        return True  # "The bank's headline earnings rose 21% to R13.6 billion": a firm's results, no crime figure
    if after.startswith(" or more ") and _DEFINED_AS.search(before[-40:]):
        return True  # "incidents in which four or more people are shot": a definition's threshold, no figure
    if before[:3] in ("If ", "if ") or before[:8] == "Even if " or before[1:4] == "If ":
        if _IF_CLAUSE.match(before):  # "If even one in ten victims stays silent, ...": a supposition, no figure
            return True
    if mention.spelled and before[-3:].lower() == "no " and mention.raw.lower() == "one":  # "No one was arrested"
        return True
    if before[-6:].lower() == "every ":  # "for every 100,000 people", "Every HK$1 recovered": a rate's unit, no figure
        return True
    if mention.currency or mention.percent:
        return False
    if ("hir" in before[-25:] or "displac" in before[-30:]) and _STAFF_OR_DISPLACED_BEFORE.search(before[-30:]):
        return True  # "had hired 120 more fraud analysts": staff taken on; "displaced more than 180,000": a storm's
        # or a conflict's homeless, no crime figure (GUIDE.md lists no such measure)
    if "population" in before[-90:] and _POPULATION_BEFORE.search(before, max(0, len(before) - 90)):
        return True  # "Brazil's prison population reached 888,000": a population's size (GUIDE.md: not labelled)
    tail = lowered(before[-25:])
    if _ends_like_not_a_metric(tail) and _NOT_METRIC_BEFORE.search(tail) and not _PEOPLE_AFTER.match(after) and \
            not (tail.endswith("top ") and _PLACED_SUBJECT_TOPS.search(lowered(before[-60:]))):
        return True  # (but "Fly-tipping incidents in England top 1.1 million": a verb, its subject placed)
    if _NOT_METRIC_AFTER.match(lowered(after[:_AFTER_REACH])):
        return True
    if before.endswith((" at ", " on ")) and _CALL_AT.search(lowered(before[-80:])):
        return True  # "call the National Scam Response Centre at 997": a phone number
    if before[-1:] == "(" and before[-2:-1].isalnum() and after[:1] == ")":  # "section 318(4)": a sub-clause
        return True
    if after[:1] == "s" and not after[1:2].isalnum() and mention.value % 10 == 0:  # "in their teens or 20s", "the
        return True  # 1990s": a decade of life or of a century
    if mention.raw[:1] == "0" and mention.raw[1:2].isdigit():  # "03-2266 2222", "019": a phone number or a code
        return True
    if after[:1] == " " and after[1:2].isupper() and _STREET_AFTER.match(after):  # "a bar at 1200 Elm Street"
        return True
    if after[:1] == "," and after[1:2].isspace() and _NAME_COMMA.search(before[-40:]):  # "Fan Weiqiu, 62,"
        return True
    if before.endswith(("one of ", "One of ")) and _RIVALS_AFTER.match(after):
        return True  # "the Kavač clan, one of two rival groups": how many there are, no count of a crackdown
    if before[-1:] == " " and before.endswith(_NAMED_BY_NUMBER):
        return True  # "the Barrio 18 gang", "in Zone 18", "on Route 9": part of a name
    return before[-1:] == " " and _is_model_name(before[before.rfind(" ", 0, len(before) - 1) + 1:-1])


_RIVALS_AFTER = re.compile(r"\s+(?:rival|main|major|largest|biggest|warring|competing|feuding)\b")
# Capitalised words a number names a place, road or gang with (case kept)
_NAMED_BY_NUMBER = tuple(f"{word} " for word in ("Barrio", "Calle", "Zone", "Zona", "Route", "Highway", "Terminal",
                                                  "Pier", "Gate", "Sector", "Ward", "Berth", "Platform"))


def _is_model_name(word: str) -> bool:
    """A word in camel case ("iPhone", "PlayStation"): the number after it is a model's, no count."""
    return word[:1].isalpha() and word.isalpha() and not (word.islower() or word.isupper() or word.istitle())


_BULLETS = ("•", "·", "*", "-", "–", "—", "▪", "◦")


def list_lead(previous: str, sentence: str) -> str:
    """The sentence the next one reads as its context: a list's lead ("The states with the highest losses were:")
    for each of its items (a bullet's, or a label's: "2024: 1.12 billion pills"), else ``sentence``."""
    item = sentence.startswith(_BULLETS) or bool(_LABELLED_ITEM.match(sentence))
    return previous if item and previous.rstrip().endswith(":") else sentence


_LABELLED_ITEM = re.compile(r"[\w .'-]{1,30}(?::|\s[—–])\s")  # "2024: ", "Maharashtra: ", "1. North Sumatra — "


def introduces_penalties(previous: str, sentence: str) -> bool:
    """Whether ``sentence`` is an item of a list of penalties written in a law, introduced by ``previous``
    ("The new maximum penalty ... will be the greater of:" then "• $10 million; or")."""
    return sentence.startswith(_BULLETS) and previous.rstrip().endswith(":") and \
        bool(_PENALTY_RE.search(lowered(previous))) and not _PENALTY_APPLIED.search(previous)


def spending_change(before: str) -> bool:
    """Whether a bare change follows a sum the authorities spend ("will spend S$1.9 billion ..., up 7 per cent")."""
    window = lowered(before[-120:])
    return any(map(window.__contains__, _SPENDING_WORDS)) and bool(_SPENT_SUM_BEFORE.search(window) or
                                                                    _BUDGET_CHANGES.search(window)) and \
        not ("to " in window and _DAMAGE_TO_PURSE.search(window))


_BUDGET_REACHES = re.compile(r"\bbudgets?\b(?:[^.;]|\.(?=\d)){0,50}\bto\s+(?:about\s+|nearly\s+|some\s+)?$")
# "The force's total budget will rise 4.2 per cent": a budget's own change (on lower-cased text)
_BUDGET_CHANGES = re.compile(r"\b(?:budgets?|funding|spending|allocations?)\s+(?:will |would |is set to |is to )?"
                             r"(?:rise|rises|rose|increase[sd]?|grow|grows|grew|fall|falls|fell|drop|drops|dropped|"
                             r"climb|climbs|climbed|jump|jumps|jumped)(?: by)?\s+(?:about |nearly |some )?$")


_BAIL_BEFORE = re.compile(r"\b(?:bail|bond|surety)(?: of| set at| amount of| totall?ing)?\s+(?:about |some )?$")


def no_crime_sum(before: str, qualifier: str, after: str = "") -> bool:
    """Whether a sum is a penalty written in a law, what the authorities spend or a rule's threshold:
    "fined up to $500,000", "a budget of $45 million", "S$120 million will go to ...", "block transfers above
    $5,000"."""
    tail = lowered(before[-40:])
    lower_end = _SUM_RANGE_BEFORE.search(tail) if tail.endswith((" to ", "-", "–", " and ")) else None
    if lower_end:  # "for Rs 10,000 to Rs 50,000 a month": the upper end is read as its lower end is
        before = before[:len(before) - len(tail) + lower_end.start()]
    if after[:1] == " " and _SPENT_ON_AFTER.match(lowered(after[:40])):
        return True
    if "valu" in before[-40:] and _VALUATION_BEFORE.search(before[-40:]):
        return True  # "valuing the company at US$400 million": a firm's worth, no crime's sum
    if ("produc" in before[-120:] or "yield" in before[-120:]) and _PRODUCTION_BEFORE.search(before[-120:]):
        return True  # "the destroyed crop could have produced 4,200 tonnes worth $126 million": no sum that was
        # lost, seized or made (nor "the network's annual production at 18 tonnes, worth about C$90 million")
    if "market" in before[-120:] and _MARKET_SIZE_BEFORE.search(before[-120:]):
        return True  # "the market for fraud-detection software will reach US$9.4 billion": a trade's size
    if after.startswith(" in damages") and "recover" not in before[-50:].lower():  # a civil court's award ("pay RM4.5
        return True  # million in damages to 212 homebuyers"; criminal courts order compensation or restitution), not
        # what the state recovered ("recover 1.9 trillion soums in damages" from bribe-takers)
    if _PRIZE_AFTER.match(lowered(after[:40])):  # "claimed a $5.2 million Toto Group 1 prize": a lottery's
        return True
    if _PRICE_OF_WORK_AFTER.match(after):
        return True  # "during the £2,000 job", "a $2 million contract": the price of a piece of work
    if any(map(tail.__contains__, _STAKE_WORDS)) and _STAKE_BEFORE.search(tail):
        return True  # "fights with bets of up to $50,000": what one bet was, no sum lost, seized or made; a prize a
        # scam promised
    if before.endswith(("a ", "A ")) and _A_FEE_AFTER.match(after):
        return True  # "asking them to pay a $1.99 redelivery fee": a scam's lure, no sum lost
    upper = _SUM_RANGE_AFTER.match(lowered(after[:40])) if after[:4] in (" to ", " - ", " – ") or \
        after[:5] == " and " else None
    if _FEE_AFTER.match(after[upper.end():] if upper else after) and _FEE_BEFORE.search(before[-60:]):
        return True  # "was promised S$500 for each account he handed over", "paid 25,000 pesos a month": a fee, a wage;
        # "had each paid €2,500 to be taken to Serbia": a smuggler's fare
    if _EACH_PRICE_BEFORE.search(before[-60:]):
        return True  # "Each account fetched between NT$5,000 and NT$18,000": a price
    if before.endswith("than ") and _CARRY_LIMIT_BEFORE.search(before[-40:]):
        return True  # "advises ... carrying no more than €100 in cash": a piece of advice, no sum of a crime
    if "guideline" in before[-160:] and _GUIDELINE_BEFORE.search(before[-160:]):
        return True  # "Under the sentencing guidelines, a fraud causing a loss of more than £520,000 ...": a threshold
    if _DENOMINATION_AFTER.match(after[upper.end():] if upper else after):
        return True  # "Fake Rs 500 notes", "The €20 and €50 notes" (the lower of a pair, told before the upper's
        # noun): a banknote's face value, no sum
    if _PER_UNIT_AFTER.match(after) or "price" in before[-90:] and _PRICE_BEFORE.search(before[-90:]):
        return True  # "fallen to about A$250 a gram, from A$300": a street price, no sum of a crime
    if before.endswith(("including ", "of which ")) and spending_change(before):
        return True  # "will allocate RM19 billion to the police, including RM1 billion for vehicles": a part of it
    if qualifier == "at_most" and _PENALTY_RE.search(lowered(before[-130:])):
        return True  # "fines ... starting at £1,000 for a first offence and rising to as much as £10,000"
    penalty = _last_penalty(lowered(before[-80:]))
    if penalty is not None and _ANOTHER_ACT_AFTER_SUM.search(lowered(before[-80:]), penalty):
        penalty = None  # "fined each defendant BD100,000 and ordered the confiscation of BD1.4 million", "fined them
        # 86 million yuan and confiscated 210 million yuan": the fine's sum came before, and this one is another order's
    if penalty is not None and not _PENALTY_APPLIED.search(before[-60:]) and not _APPLIED_AFTER.match(after) and \
            not _FINED_A_TOTAL.search(before[-120:]) and \
            not _WHICH_CLAUSE.search(lowered(before[-80:]), penalty):  # ("Fines of Rs 86 crore were collected from
        return True  # offenders": imposed; "fined $12,000 for ... his bank account, through which $486,000 from 37
        # victims passed": the account's sum, in a clause of its own)
    low = lowered(before)
    if any(map(low.__contains__, _SHOW_WORDS)) and _SHOW_BUSINESS.search(low):
        return True  # "'The Scam' tops box office with $48 million": a film's takings
    window = lowered(before[-50:])
    if ("bail" in tail or "bond" in tail or "surety" in tail) and _BAIL_BEFORE.search(tail):
        return True  # "released on a bond of Sh500,000 each", "posted bail of $50,000": a court's security, no sum of a
        # crime
    if "budget" in before[-80:] and _BUDGET_REACHES.search(lowered(before[-80:])):
        return True  # "the total budget will rise 4.2 per cent to £3.9 billion": what the budget reaches
    if after.startswith(" more than ") and OVERPAID_AFTER.match(after):  # "cost the state Bt48 million more than its
        return False  # market value": a graft's loss, no spending
    if "cost" in window and _LOST_REVENUE_AFTER.match(after):  # "costing the country about GH¢2.6 billion in lost
        return False  # revenue": what a crime took from the state
    if "cost" in window and _CRIME_COST.search(lowered(before)):  # "Fraud and error ... cost taxpayers £7.4bn",
        return False  # "threats ... forced evacuations that cost districts $28 million": what the crime cost
    if "to " in before[-120:] and _DAMAGE_TO_PURSE.search(lowered(before[-120:])):
        return False  # "Damage to the state budget ...: €38 million": what the crimes took, no spending
    return bool(any(map(window.__contains__, _SPENDING_WORDS)) and _SPENDING_BEFORE.search(window) or
                any(map(window.__contains__, _THRESHOLD_WORDS)) and _THRESHOLD_BEFORE.search(window))
