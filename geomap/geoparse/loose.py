"""Adjectives of countries and continents inside other names: `loose_demonyms`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from geomap.geoparse.demonyms import demonym_place
from geomap.geoparse.recognize import Inside

__all__ = ("loose_demonyms",)


#: Entity labels whose words are a place's own name ("Indian Ocean", "South Africa").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def loose_demonyms(doc: Any) -> Iterator[Inside]:
    """Adjectives of countries and continents wherever they stand.

    The NER tags a demonym alone as a nationality, but not inside another
    name ("Chinese Human Rights Defenders") or a compound ("Syrian-Turkish
    border", "anti-Russian"), where it still names its country.  Words of a
    place's own name are left alone.
    """
    index = 0
    while index < len(doc):
        if not doc[index].text[:1].isupper():  # most words: no span built, nothing looked up
            index += 1
            continue
        for size in (2, 1):  # "Sri Lankan" before "Lankan"
            span = doc[index : index + size]
            if len(span) < size:
                continue
            if any(t.ent_type_ in _PLACE_ENTS for t in span):
                continue
            code, continent = demonym_place(span.text)
            if code or continent:
                yield Inside(index, index + size, country_code=code, continent=continent)
                index += size - 1
                break
        index += 1
