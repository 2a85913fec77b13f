"""Where a narrative's next event happens when its sentence names no place.

Long-form reporting tells an attack step by step: "When the bus neared the
stop in the town of X, he walked to the front.  When it stopped he shot the
driver."  The shooting's sentence names no place; the one before brought
the story there.  Only a place reached by a verb of arrival counts, and only
in the same paragraph: a place merely named before ("he had moved to Y") is
not where the story now stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.incidents.headings import new_line
from geomap.incidents.syntax import lemma, mention_span
from geomap.incidents.what import find_triggers

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from geomap.model import Mention

__all__ = ("REACHING", "reached_scene")

#: Verbs of coming to a place.
REACHING = frozenset({"reach", "near", "approach", "arrive", "enter", "pull"})


def reached_scene(
    sentences: Sequence[Span], number: int, doc: Doc, mentions: Sequence[tuple[int, Mention]]
) -> list[int]:
    """The places the sentence before reached, for a placeless event sentence ``number``.

    Example: "As the convoy approached the village of Zoquital, the drivers
    slowed down.  Moments later gunmen opened fire on the lead truck."
    ``mentions`` are the earlier sentence's (index, mention) pairs that may
    locate an event; the indices of those the arrival verb governs are returned.
    """
    if new_line(list(sentences), number, doc.text) or find_triggers(sentences[number - 1]):
        return []  # another paragraph, or an event of its own there
    before = sentences[number - 1]
    verbs = [t for t in before if t.pos_ == "VERB" and lemma(t) in REACHING]
    return [
        index
        for index, mention in mentions
        if any(verb.is_ancestor(mention_span(doc, mention).root) for verb in verbs)
    ]
