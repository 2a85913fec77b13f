"""Where a story was filed, and its photo captions: text that tells another place or moment.

A wire dateline ("KYIV, Ukraine (AP) —") names where the story was filed, a
caption ("Smoke rises over the city. Photo: AFP") another moment; both are
found by their form before the NER reads the text, so the NER's misses
(a town in capitals) are recovered and the incidents never take them for
the story's scene.
"""

from __future__ import annotations

import re

from geomap.inputs.dates import MONTHS

__all__ = (
    "CAPTION",
    "DATELINE",
    "caption_spans",
    "colon_leads",
    "dateline_places",
    "dateline_spans",
    "is_caption_line",
)


#: A wire agency, or a broadcaster's call letters ("(CNN)", "(WMBF)").
_AGENCY = r"\((?:AP|AFP|Reuters|UPI|APP|dpa|Xinhua|Anadolu|AA|Al Jazeera|RFE/RL|[A-Z]{2,5})\)"
#: Any other agency's name in brackets ("(Pajhwok)", "(Bernama)"): a dateline
#: only when a colon or a dash closes it.
_NAMED_AGENCY = r"\([A-Z][A-Za-z]{2,15}(?:[ \t][A-Z][A-Za-z]{1,15})?\)[ \t]*(?::|—|–|-{1,3})"
#: A month and its day ("June 9", "Jan. 18").
_MONTH_DAY = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?[ \t]+\d{1,2}"
_OPENING = r"(?m)(?:^|(?<=[.!?\d”\"]\s)|(?<=[.!?\d”\"]\s\s))[ \t]*"
#: Capital letters, with the accented ones of the Latin alphabets ("MEDELLÍN", "SÃO PAULO").
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐĞİŁŃŘŞŠŚŽŹŻ"
_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]"
_CAPITALS = rf"(?P<place>{_WORD}{{2,}}(?:[ \t]+{_WORD}*){{0,3}})"
#: A wire dateline opening a paragraph, or a sentence when a feed ran the
#: headline into the story: "KYIV, Ukraine (AP) — ", "GAO, Mali, May 3 (Reuters) - ",
#: "… in debt. MANSFIELD — The City Council".  ``place`` is the town in capitals,
#: ``state`` the first name after it.
DATELINE = re.compile(
    _OPENING
    + _CAPITALS
    + r"(?:,[ \t]*(?P<state>[A-Z][\w'’.\- ]{1,40}?))?(?:,[ \t]*[A-Z][\w'’.\- ]{1,40}?)?"
    r"(?:[ \t]*"
    + _AGENCY
    + r"[ \t]*(?:—|–|-{1,3}|\ufffd)?|[ \t]*"
    + _NAMED_AGENCY
    + r"|[ \t]*(?:—|–|-{1,3}))[ \t]*"
)
#: A place in capitals before a colon: a dateline in the press of South Asia
#: ("NEW DELHI: The court ruled"), a headline's topic elsewhere ("VERACRUZ: 14
#: bodies found").  A place name either way, but not surely where a story was filed.
_COLON_LEAD = re.compile(_OPENING + _CAPITALS + r":(?=[ \t])")


#: A dateline in title case opening a paragraph, as African papers write it:
#: "Maiduguri — Insurgents on Saturday killed …" (a dash, not a hyphen).
_TITLE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][a-z'’.\-]+(?:[ \t]+[A-Z][a-z'’.\-]+){0,2})[ \t]+[—–][ \t]+"
)


#: ... or before its agency, as Indian wires write it: "Imphal, Jan 18 (PTI)".
_AGENCY_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][a-z'’.\-]+(?:[ \t]+[A-Z][a-z'’.\-]+){0,2})"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*" + _AGENCY + r"[ \t]*[:—–-]*[ \t]*"
)
#: ... or with its date and a colon, as Indian papers write it: "Jammu, June 9: ".
_DATED_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][a-z'’.\-]+(?:[ \t]+[A-Z][a-z'’.\-]+){0,2}),[ \t]*"
    + _MONTH_DAY
    + r"[ \t]*:[ \t]*"
)
_TITLE_DATELINES = (_TITLE_DATELINE, _AGENCY_DATELINE, _DATED_DATELINE)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of wire datelines: where a story was filed, not where it happened."""
    spans = [match.span() for match in DATELINE.finditer(text)]
    return spans + [m.span() for pattern in _TITLE_DATELINES for m in pattern.finditer(text)]


def colon_leads(text: str) -> list[tuple[int, int]]:
    """Character spans of the places in capitals before a colon ("QUETTA: …")."""
    return [match.span("place") for match in _COLON_LEAD.finditer(text)]


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the place names of datelines ("COLUMBUS" and "Ohio").

    The NER misses most of them: a town in capitals before a dash, or a colon.
    """
    spans = []
    for match in DATELINE.finditer(text):
        spans.append(match.span("place"))
        if match.group("state"):
            start = match.start("state")
            spans.append((start, start + len(match.group("state").rstrip())))
    spans += [m.span("place") for pattern in _TITLE_DATELINES for m in pattern.finditer(text)]
    return spans + colon_leads(text)


#: A photo caption or credit line ("Smoke rises over the city. Photo: AFP").
CAPTION = re.compile(
    r"\b(REUTERS|AFP|AP|ANADOLU|EPA|GETTY|XINHUA)\s*/|\bvia Getty Images\b|\bAP Photo\b|"
    r"\b(File )?[Pp]hoto(graph)?\s*(:|by\b)|\bPhotograph:|\(Photo\b|\bImage:|\bPicture:",
)


def is_caption_line(line: str) -> bool:
    """A photo caption or credit line: not part of the story's events."""
    return bool(CAPTION.search(line))


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of caption lines: they tell another moment than the story."""
    spans, offset = [], 0
    for line in text.split("\n"):
        if is_caption_line(line):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans
