"""Word lists the place finder and the resolver rely on, written for this project.

Kept apart from the code so that a reader can see (and extend) the vocabulary in one place.
"""

from __future__ import annotations

# Words naming an administrative unit's type: "Mandera County", "Kharkiv oblast",
# "Sujawal District". Stripped to reach the unit's own name, and a hint that the mention is an
# administrative unit rather than the town of the same name.
ADMIN_WORDS: frozenset[str] = frozenset(
    """
    county counties province provinces governorate governorates state region regions oblast
    district districts department departement prefecture municipality raion rayon division
    subcounty sub-county constituency ward muhafazah muhafazat wilaya wilayah vilayet
    krai kray okrug territory parish canton commune communes locality lga emirate
    mintaqat mintaqah qada kaza subdistrict sub-district nahiya nahia tehsil taluk
    """.split()
)
# Words that make a unit level explicit: the first set means admin-1, the second admin-2.
ADMIN1_WORDS: frozenset[str] = frozenset(
    "province governorate state oblast region wilaya wilayah muhafazah vilayet krai emirate".split()
)
ADMIN2_WORDS: frozenset[str] = frozenset(
    "district raion rayon subcounty sub-county constituency lga tehsil qada kaza".split()
)

# Qualifiers that put the event near, not in, a place (ACLED geo_precision 2, UCDP 2).
NEAR_WORDS: frozenset[str] = frozenset(
    """
    near nearby outside outskirts edge edges vicinity around surroundings environs close
    """.split()
)

# Compass words to a bearing in degrees (0 = north, clockwise).
DIRECTIONS: dict[str, float] = {
    "north": 0.0, "northern": 0.0,
    "northeast": 45.0, "northeastern": 45.0, "north-east": 45.0, "north-eastern": 45.0,
    "east": 90.0, "eastern": 90.0,
    "southeast": 135.0, "southeastern": 135.0, "south-east": 135.0, "south-eastern": 135.0,
    "south": 180.0, "southern": 180.0,
    "southwest": 225.0, "southwestern": 225.0, "south-west": 225.0, "south-western": 225.0,
    "west": 270.0, "western": 270.0,
    "northwest": 315.0, "northwestern": 315.0, "north-west": 315.0, "north-western": 315.0,
    "central": -1.0, "centre": -1.0, "center": -1.0,
}  # fmt: skip

# AP-style and postal abbreviations of US states ("Gary, Ind.", "Franklin, Tenn.", "Roy, UT").
# Postal codes come from the gazetteer (ISO 3166-2); these are the AP forms.
AP_STATES: dict[str, str] = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO",
    "conn": "CT", "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS",
    "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI",
    "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE",
    "nev": "NV", "n h": "NH", "n j": "NJ", "n m": "NM", "n y": "NY", "n c": "NC", "n d": "ND",
    "okla": "OK", "ore": "OR", "pa": "PA", "penn": "PA", "r i": "RI", "s c": "SC",
    "s d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA",
    "w va": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY", "d c": "DC",
}  # fmt: skip

# Country adjectives, for actor origins ("Iranian-backed militias") and country context
# ("Kenyan police"). Keys are name keys; values ISO alpha-2.
DEMONYMS: dict[str, str] = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "american": "US", "angolan": "AO",
    "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
    "azerbaijani": "AZ", "azeri": "AZ", "bahraini": "BH", "bangladeshi": "BD",
    "belarusian": "BY", "beninese": "BJ", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR",
    "british": "GB", "burkinabe": "BF", "burmese": "MM", "burundian": "BI",
    "cambodian": "KH", "cameroonian": "CM", "canadian": "CA", "central african": "CF",
    "chadian": "TD", "chilean": "CL", "chinese": "CN", "colombian": "CO", "congolese": "CD",
    "cuban": "CU", "djiboutian": "DJ", "dutch": "NL", "ecuadorian": "EC", "egyptian": "EG",
    "emirati": "AE", "eritrean": "ER", "ethiopian": "ET", "french": "FR", "gabonese": "GA",
    "gambian": "GM", "georgian": "GE", "german": "DE", "ghanaian": "GH", "greek": "GR",
    "guatemalan": "GT", "guinean": "GN", "haitian": "HT", "honduran": "HN", "hungarian": "HU",
    "indian": "IN", "indonesian": "ID", "iranian": "IR", "iraqi": "IQ", "irish": "IE",
    "israeli": "IL", "italian": "IT", "ivorian": "CI", "jamaican": "JM", "japanese": "JP",
    "jordanian": "JO", "kazakh": "KZ", "kenyan": "KE", "kosovar": "XK", "kurdish": "IQ",
    "kuwaiti": "KW", "kyrgyz": "KG", "lebanese": "LB", "liberian": "LR", "libyan": "LY",
    "malagasy": "MG", "malawian": "MW", "malaysian": "MY", "malian": "ML",
    "mauritanian": "MR", "mexican": "MX", "moldovan": "MD", "mongolian": "MN",
    "moroccan": "MA", "mozambican": "MZ", "namibian": "NA", "nepalese": "NP", "nepali": "NP",
    "nicaraguan": "NI", "nigerian": "NG", "nigerien": "NE", "north korean": "KP",
    "omani": "OM", "pakistani": "PK", "palestinian": "PS", "panamanian": "PA",
    "paraguayan": "PY", "peruvian": "PE", "philippine": "PH", "filipino": "PH",
    "polish": "PL", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW",
    "saudi": "SA", "senegalese": "SN", "serbian": "RS", "sierra leonean": "SL",
    "somali": "SO", "south african": "ZA", "south korean": "KR", "south sudanese": "SS",
    "spanish": "ES", "sri lankan": "LK", "sudanese": "SD", "swedish": "SE", "syrian": "SY",
    "taiwanese": "TW", "tajik": "TJ", "tanzanian": "TZ", "thai": "TH", "togolese": "TG",
    "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ugandan": "UG", "ukrainian": "UA",
    "uruguayan": "UY", "uzbek": "UZ", "venezuelan": "VE", "vietnamese": "VN",
    "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW",
}  # fmt: skip

# Capitalised words that open sentences or name things other than places, and that
# cities500 happens to hold as village names ("Police", "Monday", "Mission"). A span made only
# of these is never a place candidate unless NER tagged it GPE/LOC.
NOT_PLACES: frozenset[str] = frozenset(
    """
    a an the on in at of and or but for to from by with as after before during since
    police army military forces force government officials official security troops
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    president minister governor mayor chief general sheriff captain officer sergeant
    mr mrs ms dr st saint says said according update updated breaking news video photo
    home school church mosque hospital university court prison camp market village town
    city county state district province region street road avenue highway
    north south east west northern southern eastern western central
    one two three four five six seven eight nine ten first second third
    no yes more most some many several dozens hundreds unknown unidentified suspected
    people man men woman women child children boy girl victim victims suspect suspects
    fire shooting attack attacks clash clashes protest protesters rally riot strike
    islamic state al shabaab boko haram taliban hamas hezbollah isis isil
    copyright all rights reserved posted read more share comments email print
    """.split()
)

# World regions: not places an event can be coded to ("across east Africa").
REGIONS: frozenset[str] = frozenset(
    {
        "africa", "east africa", "west africa", "north africa", "southern africa",
        "central africa", "horn of africa", "sub saharan africa", "middle east", "near east",
        "sahel", "maghreb", "levant", "europe", "eastern europe", "western europe", "asia",
        "central asia", "south asia", "southeast asia", "east asia", "latin america",
        "south america", "central america", "north america", "caribbean", "caucasus",
        "balkans", "gulf", "the gulf", "arab world", "west", "the west",
    }
)  # fmt: skip

# Water bodies and airspace (UCDP where_prec 7). Approximate centres, written for this project.
WATER: dict[str, tuple[str, float, float]] = {
    "red sea": ("Red Sea", 20.0, 38.5),
    "black sea": ("Black Sea", 43.4, 34.3),
    "sea of azov": ("Sea of Azov", 46.0, 36.5),
    "gulf of aden": ("Gulf of Aden", 12.5, 48.0),
    "bab el mandeb": ("Bab el-Mandeb", 12.6, 43.3),
    "bab al mandab": ("Bab el-Mandeb", 12.6, 43.3),
    "mediterranean": ("Mediterranean Sea", 35.0, 18.0),
    "mediterranean sea": ("Mediterranean Sea", 35.0, 18.0),
    "persian gulf": ("Persian Gulf", 26.5, 52.0),
    "arabian sea": ("Arabian Sea", 15.0, 65.0),
    "strait of hormuz": ("Strait of Hormuz", 26.6, 56.3),
    "gulf of oman": ("Gulf of Oman", 24.5, 58.5),
    "caspian sea": ("Caspian Sea", 42.0, 50.5),
    "south china sea": ("South China Sea", 12.0, 113.0),
    "gulf of guinea": ("Gulf of Guinea", 2.0, 3.0),
    "lake chad": ("Lake Chad", 13.3, 14.1),
    "lake victoria": ("Lake Victoria", -1.0, 33.0),
    "gulf of mexico": ("Gulf of Mexico", 25.0, -90.0),
    "indian ocean": ("Indian Ocean", -10.0, 75.0),
}

# Verbs of saying: a place right before one is where a statement came from ("Washington said").
SAYING_VERBS: frozenset[str] = frozenset(
    """
    said says say stated announced claimed warned denied accused urged told reported added
    confirmed condemned insisted responded blamed threatened vowed demanded called
    """.split()
)
