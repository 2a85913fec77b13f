"""Title-Case headlines, given to the model in sentence case.

The small English model learned its tags on sentence-case text.  In a
headline like "Nine Die in Attack, Shootout in Monterrey" every capital looks
like a name: "Attack" becomes a place, "Die" a noun, and neither the event nor
its place is read.  A line written in Title Case is therefore parsed in
sentence case: a capitalised word is lowered when English knows it as a
common word (the lemmatizer's WordNet index, or a stop word) and the
gazetteer does not know it as a place name.  Names, acronyms, demonyms, months
and weekdays keep their capitals.  Only letters change case and every
replacement has the same length, so all offsets still point into the article.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geomap.geoparse.demonyms import demonym_country
from geomap.geoparse.spelling import primary

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ("Truecaser", "english_words", "is_title_case", "well_known_name")

#: A word: letters, hyphen-joined ("Al-Shabaab"); apostrophes split "Mexico's".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Title Case: at least this share of a line's content words is capitalised ...
TITLE_SHARE = 0.75
#: ... among at least this many content words (four letters or more) ...
MIN_CONTENT_WORDS = 3
#: ... on a line no longer than a headline.
MAX_HEADLINE_WORDS = 30
#: The longest place name looked up as one ("Playa del Carmen", "Ras al Ain").
_MAX_NAME_WORDS = 4
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if w
)


def is_title_case(line: str, stop_words: Collection[str] = ()) -> bool:
    """Whether a line is a headline in Title Case (not all capitals, not a sentence).

    Example: "Three Fighters Killed in Border Ambush" is; "Three fighters were
    killed in an ambush near the border." is not.
    """
    words = _WORD.findall(line)
    if len(words) > MAX_HEADLINE_WORDS:
        return False
    content = [w for w in words if len(w) >= 4 and w.lower() not in stop_words]
    if len(content) < MIN_CONTENT_WORDS or all(w.isupper() for w in content):
        return False
    return sum(w[0].isupper() for w in content) >= TITLE_SHARE * len(content)


@dataclass(frozen=True)
class Truecaser:
    """Lower the common words of Title-Case lines, keeping names.

    ``common``: whether a lower-case word is common English; ``names``: the
    gazetteer's place names as written (checked over up to four words);
    ``stop_words``: function words, always common.
    """

    common: Callable[[str], bool]
    names: Collection[str]
    stop_words: Collection[str] = ()
    #: Whether a well-known place bears the word as its own name ("Nice", "Acapulco"; not "Bar").
    well_known: Callable[[str], bool] = lambda _name: False

    def __call__(self, text: str) -> str:
        """The text with every Title-Case line in sentence case, same length."""
        lines = text.splitlines(keepends=True)
        titles = [is_title_case(line, self.stop_words) for line in lines]
        if not any(titles):
            return text
        return "".join(
            self._sentence_case(line) if title else line
            for line, title in zip(lines, titles, strict=True)
        )

    def _sentence_case(self, line: str) -> str:
        words = list(_WORD.finditer(line))
        keep = self._names(line, words)
        chars = list(line)
        for n, match in enumerate(words):
            word = match.group()
            if n == 0 or n in keep or not self._lowerable(word):
                continue
            chars[match.start() : match.end()] = word.lower()
        return "".join(chars)

    def _names(self, line: str, words: list[re.Match[str]]) -> set[int]:
        """Indexes of the words inside a gazetteer name, longest names first."""
        kept: set[int] = set()
        for size in range(_MAX_NAME_WORDS, 0, -1):
            for first in range(len(words) - size + 1):
                span = range(first, first + size)
                if kept.intersection(span):
                    continue
                name = line[words[first].start() : words[first + size - 1].end()]
                if name in self.names and (size > 1 or self._a_name(name)):
                    kept.update(span)
        return kept

    def _a_name(self, word: str) -> bool:
        """Whether a one-word gazetteer name keeps its capital on a Title-Case line.

        Capitals say nothing there ("Killed in Bar", "Found on Side of Highway"), so
        a common word stays a name only when a well-known place bears it ("Nice").
        """
        return not self.plain_word(word)

    def plain_word(self, word: str) -> bool:
        """A common word no well-known place bears as its own name ("Human"; not "Nice")."""
        return self.common_word(word) and not self.well_known(word)

    def common_word(self, word: str) -> bool:
        """Whether English knows the word, in lower case (a function word or a WordNet lemma)."""
        lower = word.lower()
        return lower in self.stop_words or self.common(lower)

    def _lowerable(self, word: str) -> bool:
        lower = word.lower()
        return (
            word[0].isupper()
            and not word.isupper()  # an acronym: "CJNG", "ISIS"
            and len(lower) == len(word)
            and lower not in _CALENDAR
            and demonym_country(word) is None
            and self.common_word(lower)
            and not self.well_known(word)  # English knows "Acapulco" too
        )


def english_words(nlp: Language) -> Callable[[str], bool]:
    """Whether a lower-case word is in the model's WordNet lemma index.

    Inflected forms are reduced with the lemmatizer's own exceptions and
    suffix rules ("bodies" → "body", "hung" → "hang").
    """
    lookups = nlp.get_pipe("lemmatizer").lookups
    index, rules, exceptions = (
        lookups.get_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc")
    )
    parts = ("noun", "verb", "adj", "adv")
    known = {pos: frozenset(index.get(pos, ())) for pos in parts}

    def common(word: str) -> bool:
        for pos in parts:
            forms = {word, *exceptions.get(pos, {}).get(word, ())}
            forms.update(
                word[: len(word) - len(old)] + new
                for old, new in rules.get(pos, ())
                if word.endswith(old)
            )
            if forms & known[pos]:
                return True
        return False

    return common


def well_known_name(gazetteer: Any, population: int) -> Callable[[str], bool]:
    """Whether a country, a continent or a city of ``population`` bears the name as its own."""

    @lru_cache(maxsize=4096)
    def known(name: str) -> bool:
        for candidate in gazetteer.lookup(name, limit=10):
            place = candidate.place
            if not primary(name, candidate):  # its own name, or the head of it: "Acapulco"
                continue
            if place.feature_type in ("country", "continent") or place.population >= population:
                return True
        return False

    return known
