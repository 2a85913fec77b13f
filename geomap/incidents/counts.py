"""Which numbers count people: number words, and the numbers that count something else.

`parse_number` reads "six", "1,200" or "twenty-one"; `NOT_A_COUNT` lists, as
named rules, the numbers that count no one: ages, years, distances, durations,
clock times and numbers inside names.  `geomap.incidents.how_many` reads the
dead with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.geoparse.nlp import PLACE_LABELS
from geomap.incidents.lexicon import CLOCK_WORDS, DEATH_WORDS, MEASURE_UNITS, WEEKDAYS
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import QUOTE_MARKS
from geomap.incidents.syntax import lemma as _lemma
from geomap.incidents.victims import singular_victim

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("COLLECTIVE", "NOT_A_COUNT", "NUMBER_WORDS", "parse_number")

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
        "another": 1,
        "single": 1,
        "both": 2,
        "several": 3,
    }
)


#: Count words that stand as nouns ("killed dozens of civilians");
#: words of a vague crowd of people ("scores of"), read as a count only for want of one.
COLLECTIVE = frozenset({"dozens", "dozen", "scores", "hundreds"})


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


NOT_A_COUNT: RuleSet[Token, bool] = RuleSet("how many: a number that counts no one")


@NOT_A_COUNT
def indefinite_article(token: Token) -> bool | None:
    """Form: "a"/"an" counts one victim only as a killed subject or object.

    Example: "A general had been killed." (one) / "An attack killed six." (not one);
    "shelling killed another civilian" is one more.
    """
    return True if token.lower_ in ("a", "an", "another") and not singular_victim(token) else None


@NOT_A_COUNT
def an_age(token: Token) -> bool | None:
    """An age describes a victim; it does not count them.

    Example: "A 64-year-old man was shot dead."
    """
    after = token.doc[token.i + 1 : token.i + 3].text.lower()
    ages = ("-year", "- year", "year-old", "-month", "years old")
    return True if after.startswith(ages) else None


@NOT_A_COUNT
def a_year(token: Token) -> bool | None:
    """A year dates; it never counts the dead.

    Example: "In 2003, a horse was killed in the town."  A bare number the NER
    calls a date is still the dead of a killing ("strike kills 18, medics say").
    """
    value = parse_number(token.text)
    four_digits = len(token.text) == 4 and token.text.isdigit()
    if value is not None and 1900 <= value <= 2100 and four_digits:
        return True
    if token.ent_type_ == "DATE" and not _the_killed(token):
        return True
    return None


def _the_killed(token: Token) -> bool:
    """A bare number the NER took for a date, as a killing's object or subject ("kills 18")."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    killed = token.dep_ in ("dobj", "nsubj", "nsubjpass") and _lemma(token.head) in DEATH_WORDS
    return alone and killed


@NOT_A_COUNT
def a_measure(token: Token) -> bool | None:
    """A number of kilometres, hours or dollars counts no one.

    Example: "The convoy was hit about 55 kilometres from the town."
    """
    if _lemma(token.head) in MEASURE_UNITS:
        return True
    # "12 Hour Terror Leaves 11 Dead", "a 12-hour siege": the unit right after the number
    after = [t for t in token.doc[token.i + 1 : token.i + 3] if t.text != "-"][:1]
    return True if after and _lemma(after[0]) in MEASURE_UNITS else None


@NOT_A_COUNT
def a_place_name(token: Token) -> bool | None:
    """A number after a capitalised word of a place's name is part of the name.

    Example: "A drone hit the Tower 22 outpost, killing three soldiers."
    """
    before = token.doc[token.i - 1] if token.i else None
    named = before is not None and before.pos_ == "PROPN" and before.is_title
    return True if named and token.ent_type_ in PLACE_LABELS else None


@NOT_A_COUNT
def a_quoted_name(token: Token) -> bool | None:
    """A number inside a short quoted name is a nickname, not a count.

    Example: "Three men were shot dead with 'El 20' at a bar."
    """
    doc = token.doc
    before = doc[max(0, token.i - 2) : token.i]
    after = doc[token.i + 1 : token.i + 3]
    opened = [t for t in before if t.text in QUOTE_MARKS]
    if not opened or not any(t.text in QUOTE_MARKS for t in after):
        return None
    inside = doc[opened[-1].i + 1 : token.i]
    return True if any(t.is_title for t in inside) else None


@NOT_A_COUNT
def a_whole_s_toll(token: Token) -> bool | None:
    """The toll of a wave the event is part of counts the whole wave.

    Example: "A strike killed two, part of a barrage that killed 41 in the land."
    """
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "relcl":
        return None
    whole = verb.head  # "a barrage that killed 41"
    holder = whole.head.head if whole.dep_ == "pobj" and whole.head.lower_ == "of" else whole
    return True if holder.lower_ in ("part", "one") else None


@NOT_A_COUNT
def a_time_of_day(token: Token) -> bool | None:
    """A clock time dates the event; it never counts the dead.

    Example: "A man was killed around 5 p.m. in the market."
    """
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    clock = {token.head.lower_, after.lower_ if after is not None else ""}
    return True if clock & CLOCK_WORDS else None


#: Words of a time of day a bracketed day of the month may follow ("Thursday night (27)").
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening", "dawn", "noon"})


@NOT_A_COUNT
def a_day_in_brackets(token: Token) -> bool | None:
    """A day of the month in brackets after a weekday dates the event (Brazilian press).

    Example: "A guard was shot dead on Friday night (14) in Santos."
    """
    doc = token.doc
    if not (
        2 <= token.i < len(doc) - 1
        and doc[token.i - 1].text == "("
        and doc[token.i + 1].text == ")"
    ):
        return None
    before = doc[token.i - 2]
    day = (
        before.lower_ in WEEKDAYS
        or before.lower_ in _DAY_PARTS
        or before.ent_type_ in ("DATE", "TIME")
    )
    value = parse_number(token.text)
    return True if day and token.text.isdigit() and value is not None and 1 <= value <= 31 else None
