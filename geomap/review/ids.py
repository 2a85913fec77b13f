"""Stable incident ids: the handle a review line uses to find its incident again.

An id is a hash of what a rebuild does not change while the article stays
the same: the article id, its source sentence (normalised: Unicode NFKC,
case and runs of white space folded) and the place's name.  Gazetteer
renumbering, a better date or event type, or a new merge rule elsewhere in
the article leave it unchanged, so a correction keeps finding its incident.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ("ID_PATTERN", "normalise_sentence", "stable_id", "unique_ids")

#: Twelve hex digits, ``-N`` when one sentence tells several incidents at one place.
ID_PATTERN = re.compile(r"^[0-9a-f]{12}(-[1-9][0-9]*)?$")
_SPACE = re.compile(r"\s+")


def normalise_sentence(text: str) -> str:
    """Fold what an editor or a re-export changes without changing the sentence."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def stable_id(article: str, sentence: str, place: str) -> str:
    """Return the 12-hex-digit id of the incident an article's sentence tells at a place."""
    key = "\x1f".join((article.strip(), normalise_sentence(sentence), normalise_sentence(place)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def unique_ids(ids: Iterable[str]) -> list[str]:
    """Suffix repeats in order (``abc…``, ``abc…-2``), so every row keeps its own id.

    Extraction is deterministic, so the n-th incident of a sentence at a
    place is the same one on every rebuild.
    """
    seen: dict[str, int] = {}
    out = []
    for ident in ids:
        seen[ident] = seen.get(ident, 0) + 1
        out.append(ident if seen[ident] == 1 else f"{ident}-{seen[ident]}")
    return out
