"""Adjectival and demonym forms of countries ("Syrian", "Iranian-backed").

They name a country without saying anything happened there, so the geoparser
keeps them as adjectival mentions of the country and the incident stage never
uses them as a location.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = (
    "CONTINENT_DEMONYMS",
    "DEMONYMS",
    "country_demonym",
    "demonym_continent",
    "demonym_country",
    "demonym_place",
)

#: Lower-case demonym → ISO 3166-1 alpha-2, for the countries news writes about.
#: Plural forms are derived.  Continents ("European") name no country.
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "bahraini": "BH",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "beninese": "BJ",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "burmese": "MM",
    "burundian": "BI",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "chadian": "TD",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "djiboutian": "DJ",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "emirati": "AE",
    "eritrean": "ER",
    "estonian": "EE",
    "ethiopian": "ET",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "gabonese": "GA",
    "gambian": "GM",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "guatemalan": "GT",
    "guinean": "GN",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "icelandic": "IS",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "ivorian": "CI",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kosovar": "XK",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "laotian": "LA",
    "latvian": "LV",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "lithuanian": "LT",
    "malagasy": "MG",
    "malawian": "MW",
    "malaysian": "MY",
    "malian": "ML",
    "maltese": "MT",
    "mauritanian": "MR",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nepalese": "NP",
    "nepali": "NP",
    "new zealand": "NZ",
    "nicaraguan": "NI",
    "nigerian": "NG",
    "nigerien": "NE",
    "north korean": "KP",
    "norwegian": "NO",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "rwandan": "RW",
    "salvadoran": "SV",
    "saudi": "SA",
    "senegalese": "SN",
    "serbian": "RS",
    "sierra leonean": "SL",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "south african": "ZA",
    "south korean": "KR",
    "south sudanese": "SS",
    "spanish": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "togolese": "TG",
    "tunisian": "TN",
    "turkish": "TR",
    "turkmen": "TM",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uruguayan": "UY",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "yemeni": "YE",
    "yemenite": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
}


def demonym_country(word: str) -> str | None:
    """Return the ISO2 code a demonym names, or ``None`` ("Syrians" → SY)."""
    key = word.strip().lower().replace("’", "'")
    if key.startswith("non-"):
        key = key[4:]
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key.endswith("s") and key[:-1] in DEMONYMS:
        return DEMONYMS[key[:-1]]
    return None


#: Lower-case adjective → the continent it names ("European" → Europe).  A
#: compound ("African-American") names people of a country and is no key.
CONTINENT_DEMONYMS: dict[str, str] = {
    "african": "Africa",
    "asian": "Asia",
    "european": "Europe",
    "north american": "North America",
    "south american": "South America",
}


def demonym_continent(word: str) -> str | None:
    """Return the continent an adjective names, or ``None`` ("Europeans" → Europe)."""
    key = word.strip().lower()
    return CONTINENT_DEMONYMS.get(key) or CONTINENT_DEMONYMS.get(key.removesuffix("s"))


@lru_cache(maxsize=8192)
def demonym_place(word: str) -> tuple[str | None, str | None]:
    """(country code, continent) an adjective names: at most one is set."""
    code = demonym_country(word)
    return code, None if code else demonym_continent(word)


def country_demonym(code: str) -> str | None:
    """The demonym of a country code ("SD" → "sudanese"), or ``None``."""
    for word, country in DEMONYMS.items():
        if country == code and " " not in word:
            return word
    return None
