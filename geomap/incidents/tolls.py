"""An event's own toll among the counts its sentence gives.

A sentence may give a running total and the event's share of it: "at least
nine Palestinians had been killed so far, four of them in an air strike on
a car" — the strike killed four; the nine are the whole operation's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.bodies import disappeared_person
from geomap.incidents.how_many import NUMBER_WORDS, fatalities_in, parse_number

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from geomap.incidents.what import Trigger

__all__ = ("event_toll",)

#: Pronouns a partitive count is "of": "four of them", "two of whom".
_PARTITIVE = frozenset({"them", "those", "whom"})


def event_toll(scope: Sequence[Token], group: Sequence[Trigger]) -> int | None:
    """The toll of the event ``group`` tells, from the tokens of its ``scope``.

    A person's disappearance told alone kills no one that is known: 0.
    """
    share = _share(scope, group)
    if share is not None:
        return share
    told = fatalities_in(scope)
    if told is None and all(disappeared_person(t.token) for t in group):
        return 0
    return told


def _share(scope: Sequence[Token], group: Sequence[Trigger]) -> int | None:
    """Form: "N of them in <this event>": the event's share of a total told before.

    Example: "nine people were killed, four of them in an air strike on a car".
    """
    events = {t.token.i for t in group if t.is_noun}
    for token in scope:
        if not (token.like_num or token.lower_ in NUMBER_WORDS):
            continue
        preps = [c for c in token.children if c.dep_ == "prep"]
        if not any(p.lower_ == "of" and {o.lower_ for o in p.children} & _PARTITIVE for p in preps):
            continue
        if any(o.i in events for p in preps for o in p.children):
            return parse_number(token.text)
    return None
