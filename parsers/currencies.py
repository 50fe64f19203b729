"""Currencies: the marks written before a number and the names after it, what a bare "$" is in each country's story,
and the country each currency tells of."""
from __future__ import annotations

# Currency marks written before a number.  "$" alone is decided by the country of the story.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "S$": "SGD", "SGD": "SGD", "HK$": "HKD",
    "HKD": "HKD", "NT$": "TWD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "RM": "MYR",
    "MYR": "MYR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "₹": "INR", "RMB": "CNY",
    "CNY": "CNY", "¥": "CNY", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "₱": "PHP",
    "PHP": "PHP", "฿": "THB", "THB": "THB", "Bt": "THB", "₩": "KRW", "KRW": "KRW", "JPY": "JPY", "₦": "NGN",
    "NGN": "NGN",
    "NZ$": "NZD", "Rp": "IDR", "IDR": "IDR", "₫": "VND", "VND": "VND", "AUD": "AUD", "CAD": "CAD", "CHF": "CHF",
    "ZAR": "ZAR", "KSh": "KES", "Ksh": "KES", "KES": "KES", "R$": "BRL", "BRL": "BRL", "Tk": "BDT", "Tk.": "BDT",
    "Taka": "BDT", "BDT": "BDT", "MOP$": "MOP", "MOP": "MOP", "Dh": "AED", "Dhs": "AED", "AED": "AED", "PKR": "PKR",
    "GH¢": "GHS", "GH₵": "GHS", "GHS": "GHS", "J$": "JMD", "JMD": "JMD", "TT$": "TTD", "TTD": "TTD",
    "USh": "UGX", "UGX": "UGX", "TSh": "TZS", "TZS": "TZS", "MK": "MWK", "MWK": "MWK", "ZMW": "ZMW",
    "Kshs": "KES", "KShs": "KES", "Kshs.": "KES", "Shs": "KES", "Shs.": "KES",  # (a bare "Shs" by the story's country)
    "QR": "QAR", "KD": "KWD", "RO": "OMR", "R.O.": "OMR", "BD": "BHD", "SR": "SAR", "E£": "EGP",
    "Php": "PHP", "PhP": "PHP",  # (as Philippine, Saudi and Egyptian papers write them: "Php 1.2 billion", "SR1.2m")
    "G$": "GYD", "BZ$": "BZD", "BDS$": "BBD", "Bds$": "BBD", "EC$": "XCD", "FJ$": "FJD", "F$": "FJD", "SI$": "SBD",
    "WS$": "WST",
    "N$": "NAD", "L$": "LRD", "B$": "BND", "BND": "BND", "CI$": "KYD", "KYD": "KYD",
    "Rwf": "RWF", "RWF": "RWF", "FRw": "RWF", "Frw": "RWF", "Ush": "UGX", "Tsh": "TZS",
    "Nu": "BTN", "Nu.": "BTN",  # Bhutan's ngultrum ("Nu 21.5 million")
    "$": "$",
}
# ISO 4217 codes written before a number in capitals ("CZK 2.9 billion", "NOK 420 million"), beside the marks above
# (looked for right before the digits found, not scanned for); not the codes that are English words or names in
# capitals ("TRY", "MAD", "GEL", "BOB", "PEN", "COP" of COP26).
CODES_BEFORE = frozenset(("CZK", "NOK", "SEK", "DKK", "PLN", "HUF", "RON", "BGN", "RSD", "UAH", "RUB", "KZT", "UZS",
                          "BYN", "ILS", "EGP", "JOD", "MXN", "ARS", "CLP", "UYU", "DOP", "GTQ", "HNL", "NIO", "PYG",
                          "ETB", "XOF", "XAF", "RWF", "BWP", "MZN", "MWK", "NAD", "FJD", "PGK", "TWD", "NZD", "LKR",
                          "NPR", "MMK", "KHR", "LAK", "MOP", "QAR", "SAR", "KWD", "OMR", "BHD", "MDL", "BAM", "ISK",
                          # smaller economies' codes ("MVR 3.8 million", "WST 1,200"); not TOP or CUP, words in capitals
                          "MVR", "WST", "SBD", "VUV", "BTN", "AFN", "MNT", "TJS", "KGS", "AZN", "TND", "DZD", "LYD",
                          "IQD", "SDG", "CDF", "MGA", "MUR", "SCR", "BBD", "BSD", "BZD", "GYD", "HTG", "VES", "AOA",
                          "ZMW", "MWK", "KES", "TZS", "UGX", "GHS", "NGN", "ZAR", "XCD", "KYD", "SRD")) - \
    set(CURRENCY_PREFIXES)
# Currency names written after a number ("2.5 billion yuan", "36 million U.S. dollars").
CURRENCY_SUFFIXES: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "RMB": "CNY", "U.S. dollars": "USD", "US dollars": "USD",
    "USD": "USD", "Singapore dollars": "SGD", "Hong Kong dollars": "HKD", "HKD": "HKD",
    "SGD": "SGD", "ringgit": "MYR", "rupees": "INR", "rupee": "INR", "baht": "THB",
    "pesos": "PHP", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "kip": "LAK", "dong": "VND",
    "won": "KRW", "yen": "JPY", "riel": "KHR", "kyat": "MMK", "naira": "NGN", "rupiah": "IDR", "taka": "BDT",
    "Nepali rupees": "NPR", "Nepalese rupees": "NPR", "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR",
    "Indian rupees": "INR", "dirhams": "AED", "UAE dirhams": "AED", "Emirati dirhams": "AED", "Swiss francs": "CHF",
    "Australian dollars": "AUD",
    "Canadian dollars": "CAD",
    "Taiwan dollars": "TWD", "NT dollars": "TWD", "rand": "ZAR", "reais": "BRL", "patacas": "MOP", "pataca": "MOP",
    "lira": "TRY", "liras": "TRY", "Turkish lira": "TRY", "Turkish liras": "TRY", "cedis": "GHS", "cedi": "GHS",
    "shillings": "KES", "shilling": "KES", "Kenyan shillings": "KES", "Ugandan shillings": "UGX",
    "Tanzanian shillings": "TZS", "tenge": "KZT", "lari": "GEL", "zlotys": "PLN", "zloty": "PLN", "złoty": "PLN",
    "Egyptian pounds": "EGP",
    "riyals": "SAR", "Saudi riyals": "SAR", "Qatari riyals": "QAR", "roubles": "RUB", "rubles": "RUB",
    "Belarusian rubles": "BYN", "Belarusian roubles": "BYN",
    "hryvnias": "UAH", "hryvnia": "UAH", "forints": "HUF", "kronor": "SEK", "Swedish kronor": "SEK",
    "Norwegian kroner": "NOK", "Danish kroner": "DKK", "koruna": "CZK", "Czech crowns": "CZK", "lei": "RON",
    "Romanian lei": "RON", "Moldovan lei": "MDL", "convertible marks": "BAM", "Bosnian marks": "BAM",
    "marks": "BAM",  # (with a scale only: "3.2 million marks"; a bare "85 marks" is an exam's, see parsers.numbers)
    "soles": "PEN", "Moroccan dirhams": "MAD", "Kuwaiti dinars": "KWD", "Jordanian dinars": "JOD",
    "soums": "UZS", "soum": "UZS", "soms": "KGS", "Kyrgyz soms": "KGS", "somoni": "TJS", "tugriks": "MNT", "tugrik": "MNT", "togrog": "MNT",
    "Iraqi dinars": "IQD", "Tunisian dinars": "TND",
    "Jamaican dollars": "JMD", "Trinidad and Tobago dollars": "TTD", "kwacha": "ZMW", "Malawi kwacha": "MWK",
    "Malawian kwacha": "MWK", "Zambian kwacha": "ZMW", "kina": "PGK",
    "kroner": "NOK", "birr": "ETB", "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL", "colones": "CRC",
    "córdobas": "NIO", "cordobas": "NIO", "guaraníes": "PYG", "guaranis": "PYG", "bolivianos": "BOB", "pula": "BWP",
    "meticais": "MZN", "CFA francs": "XOF",
    "FCFA": "XOF", "F CFA": "XOF",  # (as francophone Africa writes the CFA franc: "450,000 FCFA")
    "CFP francs": "XPF", "Pacific francs": "XPF", "Rwandan francs": "RWF",
    "Congolese francs": "CDF",
    "Omani rials": "OMR", "rials": "OMR", "Bahraini dinars": "BHD", "Serbian dinars": "RSD", "Algerian dinars": "DZD",
    "dinars": "KWD", "crowns": "CZK", "francs": "CHF",
    "Kyrgyz som": "KGS", "Azerbaijani manat": "AZN", "manats": "AZN", "drams": "AMD", "dram": "AMD", "leva": "BGN",
    "Mauritian rupees": "MUR",
    "rufiyaa": "MVR", "ariary": "MGA",
    "tala": "WST", "pa'anga": "TOP", "vatu": "VUV", "leones": "SLE", "dalasi": "GMD", "Guyana dollars": "GYD",
    "Guyanese dollars": "GYD", "Belize dollars": "BZD", "Bahamian dollars": "BSD", "Barbados dollars": "BBD",
    "Fiji dollars": "FJD", "Fijian dollars": "FJD", "Solomon Islands dollars": "SBD", "East Caribbean dollars": "XCD",
    "Namibian dollars": "NAD", "Liberian dollars": "LRD", "Cayman Islands dollars": "KYD", "Cayman dollars": "KYD",
    "Surinamese dollars": "SRD", "Suriname dollars": "SRD",
    "Central African CFA francs": "XAF", "West African CFA francs": "XOF",
    # the currencies of the smaller economies, by name
    "ngultrum": "BTN", "afghanis": "AFN", "Syrian pounds": "SYP", "lek": "ALL", "leks": "ALL", "denars": "MKD",
    "kwanzas": "AOA", "kwanza": "AOA", "ZiG": "ZWG", "Libyan dinars": "LYD", "bolívares": "VES", "bolivares": "VES",
    "gourdes": "HTG", "Guinean francs": "GNF", "Sudanese pounds": "SDG", "Lebanese pounds": "LBP",
    "Yemeni rials": "YER", "Turkmen manat": "TMT", "maloti": "LSL", "Seychelles rupees": "SCR",
    "Burundian francs": "BIF",
    "Brunei dollars": "BND", "emalangeni": "SZL", "lilangeni": "SZL",
    "Icelandic kronur": "ISK", "Icelandic krónur": "ISK", "krónur": "ISK", "kronur": "ISK",
    # the pesos of each country by name (a bare "pesos" is the story's country's: CURRENCY_BY_STORY)
    "Philippine pesos": "PHP", "Mexican pesos": "MXN", "Colombian pesos": "COP", "Argentine pesos": "ARS",
    "Argentinian pesos": "ARS", "Chilean pesos": "CLP", "Dominican pesos": "DOP", "Uruguayan pesos": "UYU",
    "Cuban pesos": "CUP",
    "dollars": "$",
    # the ISO codes written before a sum are written after it too, as official English has them ("14,200 billion VND")
    **{code: code for code in CODES_BEFORE | {mark for mark, code in CURRENCY_PREFIXES.items() if mark == code}},
}
# What a bare "$" (or "dollars") means, by the country of the story.
DOLLAR_BY_COUNTRY: dict[str, str] = {
    "SG": "SGD", "HK": "HKD", "US": "USD", "AU": "AUD", "CA": "CAD", "TW": "TWD", "NZ": "NZD",
    "GY": "GYD", "BZ": "BZD", "BN": "BND", "BS": "BSD", "BB": "BBD", "FJ": "FJD", "SB": "SBD", "NA": "NAD", "LR": "LRD",
    "KY": "KYD", "LC": "XCD", "GD": "XCD", "AG": "XCD", "DM": "XCD", "KN": "XCD", "VC": "XCD", "AI": "XCD", "MS": "XCD",
    "KI": "AUD", "TV": "AUD", "NR": "AUD",  # (Kiribati, Tuvalu and Nauru pay in Australian dollars)
}
# Marks several countries write, read as one currency unless the story is another country's: unit -> (how the
# sum is written, on lower-cased text; the currency by country).  "Rs" and "rupees" are India's, but Pakistan's,
# Sri Lanka's and Nepal's in their stories; "Sh" is Kenya's shilling, but Tanzania's and Uganda's; "¥" is China's,
# but Japan's.
CURRENCY_BY_STORY: dict[str, tuple[str, dict[str, str]]] = {
    "INR": (r"^rs|rupee", {"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}),
    "KES": (r"^sh|shilling", {"TZ": "TZS", "UG": "UGX"}),
    "CNY": (r"^¥", {"JP": "JPY"}),
    "ZMW": (r"^k\s?\d|kwacha", {"MW": "MWK", "PG": "PGK", "MM": "MMK"}),  # (Myanmar's kyat: "K 4.6 billion")
    "BYN": (r"^br", {"ET": "ETB"}),  # Ethiopia's birr is written "Br" too
    "NOK": (r"(?<!norwegian )kroner", {"DK": "DKK"}),
    "RON": (r"(?<!romanian )\blei\b", {"MD": "MDL"}),
    "OMR": (r"(?<!omani )rials", {"IR": "IRR", "YE": "YER"}),
    "AED": (r"dirham", {"MA": "MAD"}),
    # the crown in English: the Czech koruna, but Sweden's, Norway's, Denmark's and Iceland's in their stories
    "CZK": (r"(?<!czech )crowns", {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}),
    # a bare dinar is the story's country's: Algeria's, Tunisia's, Iraq's, ... (Kuwait's when none is known)
    "KWD": (r"(?<!kuwaiti )dinars", {"DZ": "DZD", "TN": "TND", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "LY": "LYD",
                                    "RS": "RSD"}),
    # the franc of the central African states ("12 million CFA francs" in a Chadian story, and the lower end of a
    # range of them), not the west's
    "XOF": (r"", {"CM": "XAF", "TD": "XAF", "CF": "XAF", "CG": "XAF", "GA": "XAF", "GQ": "XAF"}),
    # a bare rouble is Russia's, but Belarus's in a Belarusian story
    "RUB": (r"(?<!russian )r(?:o)?ubles", {"BY": "BYN"}),
    # a bare franc is the Swiss one, but the story's country's where it has its own or the CFA franc
    "CHF": (r"(?<!swiss )(?<!cfa )francs", {"RW": "RWF", "BI": "BIF", "CD": "CDF", "GN": "GNF", "DJ": "DJF",
                                            "KM": "KMF", "BJ": "XOF", "BF": "XOF", "CI": "XOF", "GW": "XOF",
                                            "ML": "XOF", "NE": "XOF", "SN": "XOF", "TG": "XOF", "CM": "XAF",
                                            "TD": "XAF", "CF": "XAF", "CG": "XAF", "GA": "XAF", "GQ": "XAF"}),
    # a bare "pounds" (not "£") is the story's country's where it has its own: Egypt's, Sudan's, Lebanon's, Syria's
    "GBP": (r"^(?!£)", {"EG": "EGP", "SD": "SDG", "SS": "SSP", "LB": "LBP", "SY": "SYP"}),
    # ("P54 million": the Philippine peso's mark, and the pula's in a Botswanan story)
    "PHP": (r"peso|^p\d", {"MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "DO": "DOP", "UY": "UYU", "CU": "CUP",
                           "BW": "BWP"}),
}
# Currencies of one country: an article that names no place is about the country whose money it counts
# ("Vietnamese lose VND12 trillion to online scams"); dollars, euros and pounds say too little.
COUNTRY_BY_CURRENCY: dict[str, str] = {
    "CNY": "CN", "HKD": "HK", "TWD": "TW", "SGD": "SG", "MYR": "MY", "INR": "IN", "THB": "TH", "PHP": "PH",
    "IDR": "ID", "VND": "VN", "KRW": "KR", "JPY": "JP", "NGN": "NG", "LAK": "LA", "KHR": "KH", "MMK": "MM",
    "BDT": "BD", "AUD": "AU", "CAD": "CA", "NZD": "NZ", "ZAR": "ZA", "KES": "KE", "BRL": "BR", "MOP": "MO",
    "AED": "AE", "PKR": "PK", "TRY": "TR", "GHS": "GH", "PLN": "PL", "EGP": "EG", "SAR": "SA", "QAR": "QA",
    "RUB": "RU", "BYN": "BY", "UAH": "UA", "HUF": "HU", "SEK": "SE", "NOK": "NO", "DKK": "DK", "CZK": "CZ", "RON": "RO",
    "PEN": "PE", "MAD": "MA", "KWD": "KW", "JOD": "JO", "KZT": "KZ", "GEL": "GE", "UZS": "UZ", "TJS": "TJ",
    "MNT": "MN", "IQD": "IQ", "TND": "TN", "JMD": "JM", "TTD": "TT", "UGX": "UG", "TZS": "TZ", "MWK": "MW",
    "ZMW": "ZM", "PGK": "PG", "ETB": "ET", "GTQ": "GT", "HNL": "HN", "CRC": "CR", "NIO": "NI", "PYG": "PY",
    "BOB": "BO", "BWP": "BW", "MZN": "MZ", "RWF": "RW", "CDF": "CD", "OMR": "OM", "BHD": "BH", "RSD": "RS",
    "DZD": "DZ", "KGS": "KG", "AZN": "AZ", "AMD": "AM", "BGN": "BG", "MUR": "MU", "MVR": "MV", "MGA": "MG",
    "GYD": "GY", "BZD": "BZ", "BSD": "BS", "BBD": "BB", "FJD": "FJ", "SBD": "SB", "TOP": "TO", "WST": "WS",
    "VUV": "VU", "NAD": "NA", "LRD": "LR", "SLE": "SL", "GMD": "GM", "MDL": "MD", "BAM": "BA", "IRR": "IR",
    "BND": "BN", "ISK": "IS", "SZL": "SZ", "YER": "YE", "KYD": "KY", "BTN": "BT", "AFN": "AF", "SYP": "SY",
    "ALL": "AL", "MKD": "MK", "AOA": "AO", "ZWG": "ZW", "LYD": "LY", "VES": "VE", "HTG": "HT", "GNF": "GN", "SDG": "SD",
    "LBP": "LB", "TMT": "TM", "LSL": "LS", "SCR": "SC", "BIF": "BI", "SRD": "SR", "XPF": "PF",
}
