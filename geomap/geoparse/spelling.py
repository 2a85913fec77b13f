"""How a name in the text compares with a gazetteer name: exactly, or folded.

Transliterations disagree on articles, hyphens and doubled letters ("Al-Raqqah",
"Ar Raqqah"; "Deir Ezzor", "Deir ez-Zor"; "Bulo Burte", "Buulo Burte").  The
resolver trusts an exact name anywhere, a folded one with no other place to
go by, and a loose one only inside the article's countries.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from geomap.gazetteer.normalize import loose_key, normalize
from geomap.gazetteer.ranking import LONG_GENERICS, MATCH_EXACT, MATCH_EXACT_ALIAS
from geomap.model import Candidate

__all__ = (
    "ADMIN_WORDS",
    "SEAT_WORDS",
    "TOWN_WORDS",
    "area_base",
    "exact",
    "folded_same",
    "misspelt",
    "official_score",
    "primary",
    "same_letters",
    "same_name",
    "short_area",
    "short_official_name",
    "town_suffix",
)

#: Words for an administrative area after its name: "Bryansk region", "Saada Governorate".
ADMIN_WORDS = frozenset(
    {"province", "governorate", "region", "oblast", "district", "state", "county", "prefecture"}
    | {"department", "territory", "tehsil", "taluka", "upazila", "lga"}
)


#: Nigeria's second-level area, written out ("Konduga Local Government Area").
_LOCAL_GOVERNMENT = re.compile(
    r"\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in LONG_GENERICS) + r")$", re.I
)


def short_area(name: str) -> str:
    """An area's kind in its short form: "Konduga Local Government Area" is "Konduga LGA"."""
    return _LOCAL_GOVERNMENT.sub(" LGA", name)


def area_base(name: str) -> str:
    """An area's name without its kind ("Saada Governorate" is "Saada"); other names as written."""
    words = name.split()
    kind = len(words) > 1 and words[-1].lower() in ADMIN_WORDS
    return " ".join(words[:-1]) if kind else name


#: Words a headline writes after a town to say which it is: "Al-Raqqah City".
TOWN_WORDS = frozenset({"city", "town", "municipality"})
#: ... or the local unit around it, which no first- or second-level area is: "Shwebo Township".
SEAT_WORDS = frozenset({"township"})
#: A state's abbreviation after a town: capitals ("BC", "QR") or a short dotted word ("Mich.").
_ABBREVIATION = re.compile(r"[A-Z]{2,4}\.?|[A-Z][a-z]{1,4}\.")


def town_suffix(word: str) -> bool:
    """Whether a last word only says which town is meant ("Tijuana BC", "Uruapan Mich.")."""
    return bool(_ABBREVIATION.fullmatch(word)) or word.lower() in TOWN_WORDS | SEAT_WORDS


def exact(query: str, candidate: Candidate) -> bool:
    """Whether the query is the very name the candidate matched (case and accents aside)."""
    return not candidate.matched or normalize(query) == normalize(candidate.matched)


def _folded_keys(query: str, candidate: Candidate) -> tuple[str, str]:
    return loose_key(normalize(query)), loose_key(normalize(candidate.matched or ""))


def folded_same(query: str, candidate: Candidate) -> bool:
    """Equal once spelling folds ("Al-Raqqah" = "Ar Raqqah", "Deir Ezzor" = "Deir ez-Zor").

    Used with no other place to go by: articles fold, and so do the spaces
    and hyphens a transliteration puts around a fused article.
    """
    mine, theirs = _folded_keys(query, candidate)
    return mine == theirs or same_letters(query, candidate)


def same_letters(query: str, candidate: Candidate) -> bool:
    """The very letters of the candidate's name, only spaced or hyphenated otherwise.

    Example: "Shelling hit Deir Ezzor" names Deir ez-Zor: a transliteration's
    spacing, where a spelling folded alike ("Kan Gyi", "Changyi") may be another name.
    """
    letters = [re.sub(r"[^a-z]", "", normalize(n)) for n in (query, candidate.matched or "")]
    return len(letters[0]) >= 6 and letters[0] == letters[1]


def same_name(query: str, candidate: Candidate) -> bool:
    """Exact, or equal once Arabic articles fold ("Jisr al-Shughur" = "Jisr ash Shughur")."""
    if exact(query, candidate):
        return True
    mine, theirs = _folded_keys(query, candidate)
    # "Bulo Burte" / "Buulo Burte": one letter apart in a transliteration.
    return mine == theirs or SequenceMatcher(None, mine, theirs).ratio() >= 0.85


#: What joins the head of a long official name to its honorific ("León de los Aldama").
_HONORIFIC = re.compile(r"\s+(?:de|del)\s+")


def primary(query: str, candidate: Candidate) -> bool:
    """Whether the query is the place's own name, not one of its aliases.

    The head of a long official name is its own name too
    (`short_official_name`).
    """
    return normalize(query) == normalize(candidate.place.name) or short_official_name(
        query, candidate.place.name
    )


def short_official_name(query: str, name: str) -> bool:
    """Whether the query is how everyone shortens an official "X de Y" name.

    Example: "Two men shot dead in Zoquital" means the city officially named
    "Zoquital de los Reyes" as surely as a village named just "Zoquital".
    """
    head = _HONORIFIC.split(name, maxsplit=1)
    return len(head) == 2 and normalize(query) == normalize(head[0])


def official_score(query: str, candidate: Candidate) -> float:
    """The lookup's score, the head of a long official name matching as the name itself.

    Example: "A man was shot in Zoquital" matches "Zoquital de los Reyes"
    only by its alias "Zoquital", which the gazetteer scores below a village's
    own name; yet the head is how everyone names the city (`short_official_name`),
    so the two compete on what they are, not on how the index stores them.
    """
    if (
        exact(query, candidate)
        and normalize(query) != normalize(candidate.place.name)
        and short_official_name(query, candidate.place.name)
    ):
        return candidate.score + MATCH_EXACT - MATCH_EXACT_ALIAS
    return candidate.score


#: Shortest name trusted one letter off: a slip in "Cuidad Juarez", not another short name.
_MISSPELT_LENGTH = 8


def misspelt(query: str, candidate: Candidate) -> bool:
    """Whether the query is the candidate's name with one slip of the keyboard.

    Example: "Two men shot dead in Cuidad Zoquital" is Ciudad Zoquital:
    one letter typed wrong, left out, added, or two swapped.
    """
    mine, theirs = normalize(query), normalize(candidate.matched or "")
    return min(len(mine), len(theirs)) >= _MISSPELT_LENGTH and _one_edit(mine, theirs)


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1 or a == b:
        return False
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[first:] == b[first + 1 :]
    swapped = first + 1 < len(a) and a[first] == b[first + 1] and a[first + 1] == b[first]
    rest = first + 2 if swapped else first + 1
    return a[rest:] == b[rest:]
