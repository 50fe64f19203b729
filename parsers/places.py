"""Places, demonyms and agencies mapped to ISO 3166-1 alpha-2 codes.

Used to decide which country a figure is about: the sentence first, then the article.
Agencies count as places ("Supreme People's Court" is China, "SPF" is Singapore).
"""
from __future__ import annotations

import re

_PLACES: dict[str, tuple[str, ...]] = {
    "CN": ("China", "Chinese", "PRC", "Beijing", "Shanghai", "Guangdong", "Guangzhou", "Shenzhen",
           "Zhuhai", "Jiangsu", "Zhejiang", "Yunnan", "Fujian", "Sichuan", "Hubei", "Hunan", "Henan",
           "Shandong", "Xinjiang", "Chongqing", "Tianjin", "Wuhan", "Hangzhou", "Nanjing",
           "Supreme People's Court", "Supreme People's Procuratorate", "Ministry of Public Security",
           "National People's Congress", "Xinhua", "procuratorates?", "people's courts?", "SPC", "SPP", "MPS"),
    "HK": ("Hong Kong", "Hongkongers?"),
    "MO": ("Macau", "Macao"),
    "TW": ("Taiwan", "Taiwanese", "Taipei"),
    "SG": ("Singapore", "Singaporeans?", "SPF", "Singapore Police Force", "Anti-Scam Centre", "MHA"),
    "MY": ("Malaysia", "Malaysians?", "Kuala Lumpur", "Bukit Aman", "PDRM", "Sabah", "Sarawak", "Johor", "Penang"),
    "IN": ("India", "Indians?", "New Delhi", "Delhi", "Mumbai", "Bengaluru", "Bangalore", "Kolkata",
           "Hyderabad", "Chennai", "Pune", "Gujarat", "Maharashtra", "Karnataka", "Kerala", "Uttar Pradesh",
           "CBI", "I4C", "NCRB", "Lok Sabha", "Rajya Sabha"),
    "MM": ("Myanmar", "Burma", "Burmese", "Myawaddy", "Kokang", "Shwe Kokko", "KK Park", "Karen", "Shan State", "Laukkaing"),
    "TH": ("Thailand", "Thai", "Bangkok", "Mae Sot", "Tak province"),
    "KH": ("Cambodia", "Cambodian", "Phnom Penh", "Sihanoukville"),
    "LA": ("Laos", "Lao", "Laotian", "Golden Triangle Special Economic Zone", "Bokeo"),
    "PH": ("Philippines", "Philippine", "Filipinos?", "Manila", "PAOCC", "POGOs?"),
    "VN": ("Vietnam", "Viet Nam", "Vietnamese", "Hanoi", "Ho Chi Minh City"),
    "ID": ("Indonesia", "Indonesians?", "Jakarta"),
    "JP": ("Japan", "Japanese", "Tokyo"),
    "KR": ("South Korea", "South Koreans?", "Korean", "Seoul"),
    "US": ("United States", "U\\.S\\.", "US", "USA", "America", "Americans?", "FBI", "Department of Justice",
           "Justice Department", "DOJ", "Washington", "New York", "California", "Texas", "Florida", "IC3", "FTC"),
    "GB": ("United Kingdom", "Britain", "British", "UK", "England", "London", "Scotland Yard", "Action Fraud"),
    "AU": ("Australia", "Australians?", "Sydney", "Melbourne"),
    "CA": ("Canada", "Canadians?", "Toronto"),
    "PK": ("Pakistan", "Pakistanis?", "Islamabad", "Karachi", "Lahore"),
    "BD": ("Bangladesh", "Bangladeshis?", "Dhaka"),
    "NP": ("Nepal", "Nepali", "Kathmandu"),
    "LK": ("Sri Lanka", "Sri Lankans?", "Colombo"),
    "AE": ("United Arab Emirates", "UAE", "Dubai", "Abu Dhabi"),
    "NG": ("Nigeria", "Nigerians?", "Lagos"),
    "DE": ("Germany", "Germans?", "Berlin"),
    "FR": ("France", "French", "Paris"),
    "ES": ("Spain", "Spanish", "Madrid"),
    "IT": ("Italy", "Italians?", "Rome"),
    "NL": ("Netherlands", "Dutch", "Amsterdam"),
    "RU": ("Russia", "Russians?", "Moscow"),
}

# Nationalities written as nouns after a count: "83 Chinese", "two Indians", "one American".
DEMONYMS = ("Chinese", "Indians?", "Americans?", "Laotians?", "Lao", "Thais?", "Vietnamese", "Malaysians?",
            "Filipinos?", "Filipinas?", "Indonesians?", "Taiwanese", "Burmese", "Myanmar nationals", "Cambodians?",
            "Koreans?", "South Koreans?", "Japanese", "Singaporeans?", "Pakistanis?", "Bangladeshis?", "Nepalis?",
            "Sri Lankans?", "Nigerians?", "Kenyans?", "Ugandans?", "Ethiopians?", "Africans?", "Europeans?",
            "Britons?", "Australians?", "Canadians?", "Russians?", "Ukrainians?", "Turks?", "Brazilians?",
            "Mexicans?", "Hongkongers?", "Macanese", "Mongolians?", "Kazakhs?", "Uzbeks?", "foreigners?",
            "expatriates?", "locals?")
DEMONYM_RE = re.compile(r"(?:" + "|".join(DEMONYMS) + r")(?![\w'])")

PLACE_RE = re.compile(
    r"(?<![\w.])(" + "|".join(f"(?P<{code}>{'|'.join(names)})" for code, names in _PLACES.items()) + r")(?![\w'])"
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})
# Datelines open a story with its place in capitals: "BEIJING –", "SINGAPORE -", "NEW DELHI:".
DATELINE_RE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Za-z. ]+)?\s*[–—:-]\s")


def places_in(text: str) -> tuple[tuple[int, str], ...]:
    """Every (position, country code) named in ``text``, in order."""
    found = []
    for match in PLACE_RE.finditer(text.translate(_QUOTES)):
        code = next(k for k, v in match.groupdict().items() if v)
        found.append((match.start(), code))
    return tuple(found)


def dateline_country(text: str) -> str | None:
    """The country of a story's dateline ("BEIJING – ..." -> "CN"), if it has one."""
    match = DATELINE_RE.match(text)
    if not match:
        return None
    place = match.group(1).strip().title()
    hits = places_in(place)
    return hits[0][1] if hits else None
