"""Reading a date phrase: "on Tuesday", "15 August", "last June", "ten years ago".

News dates events relative to the day it is published; ACLED codes the
resolved day with a precision: 1 = the day, 2 = within a week, 3 = the month.
Which phrase dates which event is `geomap.incidents.when`'s question.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geomap.incidents.counts import parse_number
from geomap.incidents.lexicon import WEEKDAYS
from geomap.inputs.dates import MONTHS

__all__ = (
    "HISTORY_DAYS",
    "NEWS_WINDOW_DAYS",
    "TODAY",
    "YESTERDAY",
    "EventDate",
    "feast_day",
    "in_figures",
    "resolve_date",
    "short_date",
    "tells_history",
)

#: Events dated this long before publication are history ("in 2014, IS seized
#: Mosul"), told as background: ACLED codes them from their own reports.
HISTORY_DAYS = 365
#: Events dated this long before publication are background of the story ("in
#: September, the group claimed an attack on …"): reports of their own code them.
NEWS_WINDOW_DAYS = 45

#: (date or None, precision)
EventDate = tuple[date | None, int]

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\.?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
#: A date in figures, as bulletins write it: "23/09/2024", "23.09.2024", "9/23/2024".
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
#: ... and as ISO 8601 writes it: "2024-09-23".
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
#: Words that make a weekday a feast's name ("Palm Sunday", "Good Friday").
_FEASTS = re.compile(
    r"\b(palm|easter|good|holy|ash|maundy|black|bloody|whit|orthodox)\s+"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


def feast_day(text: str) -> bool:
    """Whether the text names a feast or a day of history, not a day of the week.

    Example: "a strike killed 35 people on Palm Sunday": not the last Sunday.
    """
    return bool(_FEASTS.search(text))


def in_figures(text: str, *, after_on: bool = False) -> bool:
    """Whether the text is a date written in figures ("04/11/2023", "2023-11-04").

    Example: "On 04/11/2023, bandits killed four villagers in the village."
    After "on", a day and month with no year are one too ("on 14/03", "on 14.03").
    """
    short = after_on and bool(_SHORT_FIGURES.fullmatch(text))
    return bool(_NUMERIC.fullmatch(text) or _ISO.fullmatch(text)) or short


#: A day and a month in figures, with no year: "14/03", "14.03" (read only after "on").
_SHORT_FIGURES = re.compile(r"(\d{1,2})[/.](\d{1,2})")
#: A day of the month alone, as bulletins write it: "on the 3rd".
_ORDINAL_DAY = re.compile(r"(?:on )?the (\d{1,2})(?:st|nd|rd|th)")
#: How far back a date with no month or year may lie ("on the 3rd", "on 14/03").
_SHORT_DATE_DAYS = 62


def short_date(text: str, published: date | None) -> date | None:
    """Form: "on the 3rd", "on 14/03": a day told without its year, or its month.

    Example: "Troops conducted an operation on the 3rd near the town." The
    nearest such day not after publication, within two months; "14/03" reads
    day first, or month first when only that reads.
    """
    if published is None:
        return None
    readings = []
    if ordinal := _ORDINAL_DAY.fullmatch(text):
        day = int(ordinal.group(1))
        month = published.year * 12 + published.month - 1
        for back in (0, 1, 2):  # this month, or the ones before
            year, number = divmod(month - back, 12)
            readings.append((year, number + 1, day))
    elif figures := _SHORT_FIGURES.fullmatch(text):
        first, second = int(figures.group(1)), int(figures.group(2))
        for day, month in ((first, second), (second, first)):
            readings += [(published.year - back, month, day) for back in (0, 1)]
    found = []
    for year, month, day in readings:
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    near = [d for d in found if timedelta(0) <= published - d <= timedelta(_SHORT_DATE_DAYS)]
    return min(near, key=lambda d: published - d) if near else None


_MONTH_ONLY = re.compile(rf"\b(?:(last|this|early|late|mid|in)[- ]+)?({_MONTH_NAMES})\b", re.I)


def _before(published: date, month: int, day: int | None, year: int | None) -> date | None:
    """The latest date with this month/day not after publication (news looks back)."""
    candidate_year = year if year is not None else published.year
    try:
        found = date(candidate_year, month, day or 1)
    except ValueError:
        return None
    if year is None and found > published:
        try:
            found = date(candidate_year - 1, month, day or 1)
        except ValueError:
            return None
    return found


#: Days told relative to the day of writing: the publication day ...
TODAY = re.compile(r"\b(today|this morning|this afternoon|this evening|tonight)\b", re.I)
#: ... and the day before it.
YESTERDAY = re.compile(
    r"\b(yesterday|last night|overnight|the previous (?:night|day|evening))\b", re.I
)


def resolve_date(phrase: str, published: date | None) -> EventDate | None:
    """Resolve a date phrase; ``None`` when it names no event date.

    Without a publication date, only phrases with a year resolve.
    """
    text = phrase.strip().lower()
    if numeric := _numeric_date(text, published) or short_date(text, published):
        return numeric, 1
    if feast_day(text):
        return None
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    if year is None and published is not None and re.search(r"\blast year\b", text):
        year = published.year - 1  # "on April 26 last year", "in May last year"
    for pattern, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        match = pattern.search(text)
        if match:
            month_word, day_text = (
                (match.group(1), match.group(2))
                if order == "md"
                else (match.group(2), match.group(1))
            )
            day = int(day_text)
            if not 1 <= day <= 31:
                continue
            if published is None and year is None:
                return None
            anchor = published or date(year or 1, 12, 31)
            found = _before(anchor, MONTHS[month_word.rstrip(".")], day, year)
            return (found, 1) if found else None
    if published is None:
        if year is not None:
            month = _MONTH_ONLY.search(text)
            if month:
                return date(year, MONTHS[month.group(2)], 1), 3
            return date(year, 1, 1), 3
        return None
    for offset, word in enumerate(WEEKDAYS):
        if re.search(rf"\b{word}\b", text):
            back = (published.weekday() - offset) % 7
            if "last" in text.split() and back == 0:
                back = 7
            return published - timedelta(days=back), 1
    if TODAY.search(text):
        return published, 1
    if YESTERDAY.search(text):
        return published - timedelta(days=1), 1
    if re.search(r"\bday before yesterday\b", text):
        return published - timedelta(days=2), 1
    days = re.search(r"\b(\w+|\d+) (days?|weeks?) ago\b", text)
    count = _count(days.group(1)) if days else None
    if days and count is not None:  # "two days ago": that day; "two weeks ago": that week
        week = days.group(2).startswith("week")
        return published - timedelta(days=count * (7 if week else 1)), 2 if week else 1
    ago = re.search(r"\b(\w+|\d+) (years?|decades?|months?) ago\b", text)
    if ago:  # "ten years ago": history, dated to the year or month
        count = _count(ago.group(1))
        if count is not None:
            unit = ago.group(2)
            if unit.startswith("month"):
                months = published.year * 12 + published.month - 1 - count
                return date(months // 12, months % 12 + 1, 1), 3
            years = count * (10 if unit.startswith("decade") else 1)
            return date(published.year - years, 1, 1), 3
    if re.search(r"\bthe weekend\b|\b(this|last|past) weekend\b", text):
        # the latest Saturday before publication; precision 2: "within a week"
        back = (published.weekday() - 5) % 7 or 7
        return published - timedelta(days=back), 2
    if re.search(r"\b(last|this|past) week\b|\bdays ago\b|\bearlier this week\b", text):
        return published - timedelta(days=7 if "last" in text else 3), 2
    if re.search(r"\b(earlier|this) month\b", text):
        return published.replace(day=1), 3
    if re.search(r"\blast month\b", text):
        previous = published.replace(day=1) - timedelta(days=1)
        return previous.replace(day=1), 3
    month = _MONTH_ONLY.search(text)
    if month:
        found = _before(published, MONTHS[month.group(2)], None, year)
        if found and month.group(1) and month.group(1).lower() == "last" and year is None:
            if found.month == published.month and found.year == published.year:
                found = found.replace(year=found.year - 1)
        return (found, 3) if found else None
    return None


def _numeric_date(text: str, published: date | None) -> date | None:
    """A date in figures ("23/09/2024"), of its two readings the nearest before publication.

    Day first as most of the world writes it; month first when only that reads
    ("9/23/2024"); "04/09/2024" is 4 September in a report of late September.
    """
    if iso := _ISO.search(text):
        try:
            return date(*(int(g) for g in iso.groups()))
        except ValueError:
            return None
    found = _NUMERIC.search(text)
    if not found:
        return None
    first, second, year = (int(g) for g in found.groups())
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if published is not None:
        before = [d for d in readings if d <= published]
        readings = sorted(before, key=lambda d: published - d) or readings
    return readings[0] if readings else None


_MONTH_YEAR = re.compile(rf"\b(?:({_MONTH_NAMES})\.?,?\s+)?(19\d\d|20\d\d)\b", re.I)


def tells_history(text: str, published: date | None, days: int = HISTORY_DAYS) -> bool:
    """Whether the text names a time more than ``days`` before publication.

    "The insurgency, which began in 2009, has killed more than 40,000" and
    "the attack on Kramatorsk in April 2022, which killed 60" give tolls of
    other events: a sentence like this must not lend its numbers to the
    event being reported.  A bare year counts as its last day, so "in 2023"
    read in early 2024 is still recent.
    """
    if published is None:
        return False
    for match in _MONTH_YEAR.finditer(text):
        month = MONTHS.get(match.group(1).lower().rstrip(".")) if match.group(1) else 12
        year = int(match.group(2))
        if month is None or year > published.year:
            continue
        last_day = date(year, 12, 31) if month == 12 else date(year, month + 1, 1)
        if (published - last_day).days > days:
            return True
    return False


def _count(word: str) -> int | None:
    return 1 if word in ("a", "one") else parse_number(word)
