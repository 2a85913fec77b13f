"""When a place may be read with nothing in the article to go by.

A name the NER missed is only a guess (`geomap.geoparse.guesses`): the
resolver keeps it inside the countries the article names, and outside them
only when the place is large or its own name is written exactly.
"""

from __future__ import annotations

from collections import Counter

from geomap.geoparse import spelling
from geomap.model import Candidate

__all__ = ("GUESS_POPULATION", "GUESS_TOWN_POPULATION", "guess_alone", "stands_alone")

#: With no country context at all, an untagged name is trusted only for a big place.
GUESS_POPULATION = 50_000
#: ... or a town of at least this size named exactly ("killed in Badiraguato").
GUESS_TOWN_POPULATION = 2_000


def guess_alone(query: str, candidate: Candidate) -> bool:
    """A guessed name with no other place to go by: a large place, or a town by its own name."""
    population = candidate.place.population
    return population >= GUESS_POPULATION or (
        population >= GUESS_TOWN_POPULATION and spelling.exact(query, candidate)
    )


def stands_alone(query: str, candidate: Candidate, context: Counter[str], foreign: bool) -> bool:
    """Whether a place may be read with nothing in the article to go by.

    Example: "Canadian-backed fighters killed in Zoquital area": the article
    names only the fighters' backer and no namesake lies there, so a large
    town of that very name stands on its own, as with no context at all.
    ``foreign``: no candidate of the name lies in a country the article names.
    """
    if not context:
        return guess_alone(query, candidate)
    return (
        foreign
        and candidate.place.population >= GUESS_POPULATION
        and spelling.same_name(query, candidate)
    )
