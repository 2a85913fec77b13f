"""The gazetteer's names as entities before the NER: a plain-Python phrase ruler.

spaCy's ``EntityRuler`` builds a ``Doc`` (and lexemes) for each of the
~18,000 names on every start, most of a second of a one-article build.
Matching on token texts needs none of that: `PhraseRuler` keeps the names
as tuples of token texts and reproduces the ruler's results exactly, match
order and tie-breaking included (tests/geoparse/test_phrases.py compares the
two).  Only the tokenisation of the names needs spaCy; the finished tables
are kept between processes beside the gazetteer index.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.atomic import atomic_write, read_kept

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ("FACTORY", "PhraseRuler", "register", "ruler_phrases")

#: The spaCy factory name of `PhraseRuler`.
FACTORY = "geomap_phrases"
#: Cells of a fresh hash map in spaCy's ``PhraseMatcher`` (preshed's initial size).
_MAP_CELLS = 8


def ruler_phrases(ruler_names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, phrase) pairs for the ruler: each name as written and title-cased, once.

    A number word is never a place's name in English text: "Ten people were
    killed" is not Teṉ, a Tamil name of Sri Lanka's Southern Province.  Nor
    is the word for an area alone: "the Kurdistan Region" is not "Region",
    an alias of the Philippines' Calabarzon.
    """
    from spacy.lang.en.lex_attrs import like_num

    from geomap.geoparse.spelling import ADMIN_WORDS

    phrases: dict[tuple[str, str], None] = {}
    for name, label in ruler_names:
        for form in dict.fromkeys((name, name.title() if name.islower() else name)):
            form = form.strip()
            generic = like_num(form) or form.casefold() in ADMIN_WORDS
            if len(form) >= 3 and form[0].isupper() and not generic:
                phrases[(label, form)] = None
    return list(phrases)


class PhraseRuler:
    """Mark the given phrases as entities, as spaCy's ``EntityRuler`` would.

    Matching is on token texts (the ruler's ``phrase_matcher_attr="ORTH"``),
    case-sensitive.  Every occurrence of every phrase is a candidate; the
    longest win, then the earliest, and a candidate overlapping one already
    taken or a token that already has an entity type is dropped.  A phrase
    with several labels takes the label the ruler would: its matches are
    ordered as ``PhraseMatcher`` reports them and de-duplicated through the
    same set, whose order breaks the tie.
    """

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.longest: dict[str, int] = {}

    def load(
        self, nlp: Language, phrases: Sequence[tuple[str, str]], cache_dir: Path | None
    ) -> None:
        """Fill this (empty) ruler with (label, phrase) pairs tokenized by ``nlp``.

        Tokenizing tens of thousands of names costs about a second, so the
        finished tables are kept in ``cache_dir``, checked against a digest
        of the very phrases: a changed gazetteer is tokenized afresh.
        """
        import spacy

        digest = hashlib.sha1("\0".join(f"{x}\1{y}" for x, y in phrases).encode()).hexdigest()
        path = None
        if cache_dir is not None:
            model = hashlib.sha1(f"{nlp.meta.get('name')}|{spacy.__version__}".encode())
            path = Path(cache_dir) / f"phrase-ruler-{model.hexdigest()[:16]}.pickle"
        kept = read_kept(path)
        if isinstance(kept, tuple) and len(kept) == 3 and kept[0] == digest:
            self.phrases, self.longest = kept[1], kept[2]
            return
        texts = (text for _, text in phrases)
        self.add(phrases, [tuple(t.text for t in doc) for doc in nlp.tokenizer.pipe(texts)])
        if path is not None:
            atomic_write(path, pickle.dumps((digest, self.phrases, self.longest), protocol=5))

    def add(self, phrases: Sequence[tuple[str, str]], tokens: Sequence[tuple[str, ...]]) -> None:
        """Add (label, phrase) pairs with the token texts of each phrase."""
        labels: dict[tuple[str, ...], dict[str, None]] = {}
        for (label, _), words in zip(phrases, tokens, strict=True):
            if words:
                labels.setdefault(words, {})[label] = None
        # The ruler adds each label's phrases in turn, so a phrase's labels
        # enter its map in the order the labels first appear.
        rank = {label: i for i, label in enumerate(dict.fromkeys(x for x, _ in phrases))}
        for words, found in labels.items():
            known = self.phrases.get(words, ())
            new = sorted((x for x in found if x not in known), key=rank.__getitem__)
            self.phrases[words] = known + tuple(new)
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(label id, start, end) of every phrase occurrence, in the ruler's order."""
        strings = doc.vocab.strings
        words = [token.text for token in doc]
        found = []
        for start, word in enumerate(words):
            reach = self.longest.get(word)
            if reach is None:  # no phrase starts with this word
                continue
            for end in range(start + 1, min(start + reach, len(words)) + 1):
                labels = self.phrases.get(tuple(words[start:end]))
                if labels:
                    found += [(key, start, end) for key in _map_order([strings[x] for x in labels])]
        return sorted(set(found), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        """Set the phrases' entities on ``doc`` (before the NER); return it."""
        from spacy.tokens import Span

        if not self.phrases:
            return doc
        entities = list(doc.ents)
        new_entities = []
        seen: set[int] = set()
        typed = doc.to_array("ENT_TYPE")  # entity types set before: never overwritten
        for key, start, end in self.matches(doc):
            if typed[start:end].any():
                continue
            if start not in seen and end - 1 not in seen:
                new_entities.append(Span(doc, start, end, label=key))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen.update(range(start, end))
        doc.ents = entities + new_entities
        return doc


def _map_order(keys: list[int]) -> list[int]:
    """``keys`` in the order preshed's hash map of a phrase iterates them.

    Each key sits in cell ``key % 8`` or, taken, the next free one; the map
    is read cell by cell.  This is the order ``PhraseMatcher`` reports the
    labels of one phrase in, which decides the label a tie gets.
    """
    if len(keys) == 1:
        return keys
    cells: dict[int, int] = {}
    for key in keys:
        cell = key % _MAP_CELLS
        while cell in cells:
            cell = (cell + 1) % _MAP_CELLS
        cells[cell] = key
    return [cells[cell] for cell in sorted(cells)]


def register() -> None:
    """Make `PhraseRuler` a spaCy factory (``nlp.add_pipe(FACTORY)``)."""
    from spacy.language import Language

    if FACTORY not in Language.factories:
        Language.factory(FACTORY, func=lambda nlp, name: PhraseRuler())
