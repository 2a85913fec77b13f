"""Places the NER took for numbers: a currency's country, a town read as a date.

The small model folds "US" into "15 billion US dollars" (money) and takes
some unfamiliar town names for dates ("the base in Turbat").  The place is
still named: a well-known one is cut out as a toponym.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from typing import Any

from geomap.geoparse.recognize import Inside, Known

__all__ = ("named_as_dates", "named_in_amounts")


def named_in_amounts(doc: Any, known: Known) -> Iterator[Inside]:
    """Well-known places that name a currency inside an amount ("15 billion US dollars").

    The NER takes the whole amount as money; the country in it is still named.
    """
    for ent in doc.ents:
        if ent.label_ != "MONEY":
            continue
        index = ent.start
        while index < ent.end:
            for stop in range(min(ent.end, index + 2), index, -1):  # "Hong Kong" before "Hong"
                words = doc[index:stop]
                if words.text[:1].isupper() and words.text.replace(" ", "").isalpha():
                    if known(words.text):
                        yield Inside(index, stop)
                        index = stop - 1
                        break
            index += 1


#: Words of the calendar, which a date entity rightly holds ("in March", "on Sunday").
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)


def named_as_dates(doc: Any, known: Known) -> Iterator[Inside]:
    """Form: "the base in Turbat": a well-known place after "in", tagged as a date.

    The small model takes some unfamiliar names for dates; a word of the
    calendar ("in March", a town too) is left a date.
    """
    for ent in doc.ents:
        after = ent.start and doc[ent.start - 1].lower_ in ("in", "near", "at")
        if ent.label_ == "DATE" and len(ent) == 1 and after and ent.text.isalpha():
            if ent.text.lower() not in _CALENDAR and known(ent.text):
                yield Inside(ent.start, ent.end)
