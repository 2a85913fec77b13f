"""Adjectival and demonym forms of countries ("Syrian", "Iranian-backed").

They name a country without saying anything happened there, so the geoparser
keeps them as adjectival mentions of the country and the incident stage never
uses them as a location.
"""

from __future__ import annotations

__all__ = ("DEMONYMS", "country_demonym", "demonym_country")

#: Lower-case demonym → ISO 3166-1 alpha-2.  Plural forms are derived.
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "algerian": "DZ",
    "american": "US",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "bahraini": "BH",
    "belarusian": "BY",
    "british": "GB",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "cameroonian": "CM",
    "chadian": "TD",
    "chinese": "CN",
    "congolese": "CD",
    "djiboutian": "DJ",
    "egyptian": "EG",
    "emirati": "AE",
    "eritrean": "ER",
    "ethiopian": "ET",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "indian": "IN",
    "iranian": "IR",
    "iraqi": "IQ",
    "israeli": "IL",
    "jordanian": "JO",
    "kenyan": "KE",
    "kuwaiti": "KW",
    "lebanese": "LB",
    "libyan": "LY",
    "malian": "ML",
    "mauritanian": "MR",
    "moroccan": "MA",
    "mozambican": "MZ",
    "nigerian": "NG",
    "nigerien": "NE",
    "north korean": "KP",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "qatari": "QA",
    "russian": "RU",
    "saudi": "SA",
    "somali": "SO",
    "south sudanese": "SS",
    "sudanese": "SD",
    "syrian": "SY",
    "tunisian": "TN",
    "turkish": "TR",
    "ugandan": "UG",
    "ukrainian": "UA",
    "yemeni": "YE",
    "yemenite": "YE",
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


def country_demonym(code: str) -> str | None:
    """The demonym of a country code ("SD" → "sudanese"), or ``None``."""
    for word, country in DEMONYMS.items():
        if country == code and " " not in word:
            return word
    return None
