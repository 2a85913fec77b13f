"""Fatality counts: "killed six fighters", "at least 12 dead", "zero casualties".

Unknown stays unknown (``None``), never 0: only an explicit statement such as
"no casualties" gives 0.  Numbers attached to the wounded are not deaths.
"""

from __future__ import annotations

import re
from typing import Any

from geomap.incidents.syntax import lemma as _lemma

__all__ = ("NUMBER_WORDS", "parse_number", "fatalities_in")

NUMBER_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a dozen": 12,
        "dozen": 12,
        "dozens": 12,
        "scores": 20,
        "hundreds": 100,
        "a": 1,
        "an": 1,
        "single": 1,
        "both": 2,
        "several": 3,
    }
)

_UNITS = frozenset(
    {
        "kilometre",
        "kilometer",
        "km",
        "mile",
        "metre",
        "meter",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "minute",
        "percent",
        "%",
        "time",
        "ton",
        "tonne",
        "dollar",
    }
)
#: Count words that stand as nouns: "killed dozens of civilians".
_COLLECTIVE = frozenset({"dozens", "dozen", "scores", "hundreds"})
_KILL = frozenset(
    {
        "kill",
        "dead",
        "death",
        "die",
        "fatality",
        "casualty",
        "toll",
        "life",
        "execute",
        "massacre",
        "body",
        "corpse",
        "slay",
        "eliminate",  # communiqués count enemy dead as "eliminated"/"neutralised"
        "neutralise",
        "neutralize",
    }
)
_WOUND = frozenset({"wound", "injure", "injury", "hurt", "wounded", "injured"})
_ZERO = re.compile(
    r"\b(?:zero|no)\s+(?:casualties|fatalities|deaths|dead|one was killed|lives were lost)\b"
    r"|\bno one was (?:killed|hurt|injured)\b|\bnobody was (?:killed|hurt)\b"
    r"|\bwithout casualties\b",
    re.I,
)


def parse_number(text: str) -> int | None:
    """Read "6", "1,200", "six", "twenty-one", "dozens" as an integer."""
    cleaned = text.strip().lower().replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    if cleaned in NUMBER_WORDS:
        return NUMBER_WORDS[cleaned]
    parts = re.split(r"[- ]", cleaned)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def fatalities_in(tokens: Any) -> int | None:
    """Deaths stated in a span or token list, or ``None`` when it states none."""
    tokens = list(tokens)
    if _ZERO.search(" ".join(token.text for token in tokens)):
        return 0
    best: int | None = None
    for token in tokens:
        if (
            token.like_num
            or token.lower_ in NUMBER_WORDS
            and (token.dep_ in ("nummod", "det") or token.lower_ in _COLLECTIVE)
        ):
            if token.lower_ in ("a", "an") and not _singular_victim(token):
                continue
            value = parse_number(token.text)
            if value is None or value > 100_000 or _age(token) or _year(token, value):
                continue
            if _is_death_count(token):
                best = max(best or 0, value)
    return best


def _year(token: Any, value: int) -> bool:
    """Whether the number is a year ("In 2003, a horse was killed"), not a count."""
    return token.ent_type_ == "DATE" or (
        1900 <= value <= 2100 and len(token.text) == 4 and token.text.isdigit()
    )


def _age(token: Any) -> bool:
    """Whether the number is an age ("a 64-year-old man"), not a count."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3].text.lower()
    return after.startswith(("-year", "- year", "year-old", "-month")) or after.startswith(
        "years old"
    )


def _singular_victim(token: Any) -> bool:
    """Whether "a"/"an" counts one victim ("a general had been killed")."""
    noun = token.head
    return noun.dep_ in ("nsubjpass", "dobj", "nsubj") and _lemma(noun.head) in _KILL


def _is_death_count(token: Any) -> bool:
    """Walk up from the number: a kill word before a wound word means deaths."""
    node = token
    if _lemma(token.head) in _UNITS:
        return False  # "about 55 kilometres", "for 12 hours"
    for _ in range(4):
        head = node.head
        if node.lower_ in ("wounded", "injured"):
            return False
        for child in head.children:
            if (
                child.i != node.i
                and _lemma(child) in _KILL
                and child.dep_ in ("amod", "acl", "nsubj")
            ):
                return True
        lemma = _lemma(head)
        if lemma in _WOUND:
            return False
        if lemma == "shoot" and any(c.lower_ == "dead" for c in head.children):
            return True  # "three Palestinians were shot dead"
        if lemma in _KILL:
            return True
        if head.pos_ in ("VERB", "AUX") and head.i != node.i:
            return False  # "damaging dozens of homes": another verb's object
        if head.i == node.i:
            break
        node = head
    return False
