"""AP-style abbreviations of US states, as wire datelines write them ("HAMMOND, Ind. (AP)").

The Associated Press abbreviates most state names after a town ("Bethel,
Vt.", "Charleston, W.Va."); the gazetteer knows the states by their names, so
an abbreviation is read as the full name before lookup.  Only the dotted AP
forms are listed: two-letter postal codes ("IN", "OR") are English words.
"""

from __future__ import annotations

__all__ = ("AP_STATES", "expand_state")

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
