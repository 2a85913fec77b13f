"""Abbreviations of states after a town: AP-style US ones ("HAMMOND, Ind."), Mexican ones.

The Associated Press abbreviates most state names after a town ("Bethel,
Vt.", "Charleston, W.Va."); the gazetteer knows the states by their names, so
an abbreviation is read as the full name before lookup.  Only the dotted AP
forms are listed: two-letter postal codes ("IN", "OR") are English words.
"""

from __future__ import annotations

__all__ = ("AP_STATES", "MX_STATES", "abbreviated_state", "expand_state")

AP_STATES: dict[str, str] = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nebr.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Mex.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Oreg.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W. Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin",
    "Wyo.": "Wyoming",
}


def expand_state(name: str) -> str:
    """The state an AP abbreviation stands for, else ``name`` unchanged.

    Only the dotted form counts: "Pa" without its dot is a town in Burkina Faso.
    """
    return AP_STATES.get(name.strip(), name)


#: The common abbreviations of Mexico's states, as its press writes them after a
#: town ("Yuriria, Gto.", "Mexicali BC", "Chetumal, QRoo"), by the state's name.
MX_STATES: dict[str, str] = {
    "Ags": "Aguascalientes",
    "BC": "Baja California",
    "BCS": "Baja California Sur",
    "Camp": "Campeche",
    "CDMX": "Ciudad de México",
    "Chih": "Chihuahua",
    "Chis": "Chiapas",
    "Coah": "Coahuila",
    "Col": "Colima",
    "Dgo": "Durango",
    "Edomex": "Estado de México",
    "Gro": "Guerrero",
    "Gto": "Guanajuato",
    "Hgo": "Hidalgo",
    "Jal": "Jalisco",
    "Mich": "Michoacán",
    "Mor": "Morelos",
    "Nay": "Nayarit",
    "NL": "Nuevo León",
    "Oax": "Oaxaca",
    "Pue": "Puebla",
    "Qro": "Querétaro",
    "QRoo": "Quintana Roo",
    "Sin": "Sinaloa",
    "SLP": "San Luis Potosí",
    "Son": "Sonora",
    "Tab": "Tabasco",
    "Tamps": "Tamaulipas",
    "Tlax": "Tlaxcala",
    "Ver": "Veracruz",
    "Yuc": "Yucatán",
    "Zac": "Zacatecas",
}
_MX_KEYS = {key.casefold(): state for key, state in MX_STATES.items()}


def abbreviated_state(word: str) -> str | None:
    """The state a Mexican abbreviation after a town stands for ("Q. Roo." is Quintana Roo).

    Dots and spaces aside, as the press writes them either way; capitals
    aside too, as a headline may set the whole line in them.
    """
    return _MX_KEYS.get(word.replace(".", "").replace(" ", "").casefold())
