"""An event's own toll among the counts its sentence gives.

A sentence may give a running total and the event's share of it: "at least
nine Palestinians had been killed so far, four of them in an air strike on
a car" — the strike killed four; the nine are the whole operation's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.bodies import disappeared_person
from geomap.incidents.counts import NUMBER_WORDS, parse_number
from geomap.incidents.how_many import fatalities_in
from geomap.incidents.lexicon import DEATH_WORDS, WOUND_WORDS
from geomap.incidents.syntax import lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from geomap.incidents.drafts import Draft
    from geomap.incidents.what import Trigger

__all__ = ("event_toll", "raise_toll", "wounded_only")

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


#: A toll told again, higher: "By Sunday, the toll had risen to 32".
_RISEN = re.compile(
    r"\b(?:death )?toll\b(?P<gap>[^.;]{0,30}?)\b(?:has |had )?"
    r"(?:risen|rose|climbed|jumped|increased|reached|grown|grew)\s+to\s+"
    r"(?:at least\s+|more than\s+|over\s+)?(?P<count>[\d,]+|[a-z-]+)\b",
    re.I,
)

#: A toll told again, exactly: "Officials later put the death toll at 46", "the toll stood at 46".
_PUT_AT = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|placing)\s+the\s+(?:death\s+)?toll"
    r"|(?:death )?toll\b(?P<gap>[^.;]{0,30}?)\b(?:stood|stands|now stands))"
    r"\s+at\s+(?:at least\s+|more than\s+|over\s+)?(?P<count>[\d,]+|[a-z-]+)\b",
    re.I,
)

#: A toll of a war or a period, not of one event.
_WHOLE = re.compile(
    r"\b(?:war|conflict|insurgency|offensive|fighting|violence|year|month|week|since|overall)\b",
    re.I,
)


def raise_toll(told: Draft | None, sentence: str) -> None:
    """Form: "the toll had risen to 32": the event just told killed more than first said.

    Example: "Bombers struck Gwoza, killing 18 … By Sunday, the toll had risen to 32."
    So does a toll put at a number after a vague one: "killing scores … Officials put
    the death toll at 40" (40, not the 20 "scores" reads).
    """
    found = _RISEN.search(sentence) or _PUT_AT.search(sentence)
    if found is None or _WHOLE.search(found["gap"] or ""):
        return  # "the toll from the war has risen to 40,000": not the event's
    count = parse_number(found["count"])
    if told is not None and count is not None and count > (told.fatalities or 0):
        told.fatalities = count


def wounded_only(drafts: Sequence[Draft], sentences: Sequence[Span]) -> None:
    """An event whose every sentence tells the hurt and none the dead killed no one: 0.

    Example: "A bomb went off near the market in Kano, wounding three traders."
    ACLED codes such an event 0 dead; a death told without a count ("the strikes
    killed civilians") stays unknown.
    """
    for draft in drafts:
        if draft.fatalities is not None:
            continue
        lemmas = {lemma(t) for k in draft.sentences for t in sentences[k]}
        if lemmas & WOUND_WORDS and not lemmas & DEATH_WORDS:
            draft.fatalities = 0
