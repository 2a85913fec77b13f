"""Name normalisation: spelling variants as rules, not per-place lists.

Every gazetteer name is stored under two keys:

``normalize(name)``
    the *exact* key: case-folded, diacritics and apostrophes (' ’ ʿ ʾ `)
    dropped, hyphens and punctuation turned into single spaces.  "Deir
    ez-Zor", "DEIR EZ ZOR" and "Deir ez‑Zor" all give ``"deir ez zor"``.
``skeleton(name)``
    a looser consonant skeleton that folds the transliteration families of
    Arabic and Slavic names: articles (al-, el-, ad-, ar-, as-, ash-, az-,
    …) and "Abu"/"Albu" prefixes are dropped, ``kh→h``, ``sh→s``, ``q→k``,
    ``ou→u``, a final ``-ah`` loses its ``h``, vowels (incl. ``w``/``y``)
    after the first letter are removed and doubled letters collapse.  So
    "Deir ez-Zor", "Dayr az Zawr" and "Deir Al Zor" share ``"drzr"``;
    "Abu Kamal", "Albu Kamal" and "Al Bukamal" share ``"bkml"``; "Kyiv" and
    "Kiev" share ``"kv"``.

A lookup tries the exact key first and the skeleton second, and scores a
skeleton match lower (see :mod:`geomap.gazetteer.ranking`).  Renames that no
rule can bridge (Bakhmut/Artemivsk, Mykolaiv/Nikolaev) come from aliases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = (
    "ARTICLES",
    "normalize",
    "skeleton",
    "skeleton_key",
    "loose_key",
    "is_latin",
    "ascii_fold",
    "one_edit_keys",
)

# Apostrophes, ʿayn/hamza marks, backticks and dots vanish: "Dar'a" = "Dara",
# "U.K." = "UK".
_DROP = dict.fromkeys(map(ord, "'’‘ʿʾʻʼ`´′.\u02bf\u02be"), None)
# Latin letters that NFKD does not decompose into base + combining mark.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ŀ": "l",
        "ə": "a",
        "Ə": "A",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2010-\u205f]")

#: Arabic definite-article spellings (assimilated forms included) and
#: prefixes that transliterations keep or drop at will.
ARTICLES: frozenset[str] = frozenset(
    "al el il ul ad ar as ash az at an ath adh ed er es esh ez et en ud ur us uz".split()
)
_ABU = frozenset({"abu", "albu", "abou", "abo", "bou", "bu"})
_DIGRAPHS = (
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("zh", "z"),
    ("ch", "c"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
)
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")


def ascii_fold(text: str) -> str:
    """Return ``text`` with diacritics removed, keeping case and punctuation.

    Used for display variants (spaCy patterns) where "Ḩalab" must also be
    findable as "Halab".
    """
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Return the exact lookup key of a place name.

    Case, diacritics, apostrophes and ʿayn, dots, hyphens and runs of
    punctuation or whitespace are not significant; letters and digits are.
    Memoised: a lookup compares the query with every alias of every
    candidate, the same few thousand names again and again.
    """
    text = ascii_fold(name.translate(_DROP)).casefold()
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def _fold_token(token: str) -> str:
    # Arabic tāʾ marbūṭa: Hodeidah/Hodeida, Raqqah/Raqqa.
    if len(token) > 3 and token[-1] == "h" and token[-2] in "aeiou":
        token = token[:-1]
    return token


def skeleton(name: str) -> str:
    """Return the loose key folding transliteration families of ``name``.

    ``name`` may be raw or already normalised.  Never empty for a non-empty
    name: a name that is nothing but an article keeps its letters.
    """
    return skeleton_key(normalize(name))


def loose_key(key: str) -> str:
    """Fold articles, prefixes and digraphs of a normalised key, keeping vowels.

    The step before :func:`skeleton_key`; comparing loose keys tells how
    close two names sharing a skeleton really are ("rasain" ~ "rasayn").
    """
    tokens = key.split()
    kept = [t for t in tokens if t not in ARTICLES] or tokens
    text = "".join("bu" if t in _ABU else _fold_token(t) for t in kept)
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    return text or key.replace(" ", "")


def skeleton_key(key: str) -> str:
    """Return the skeleton of an already normalised key (skips re-normalising)."""
    text = loose_key(key)
    if not text:
        return ""
    head, tail = text[0], _VOWELS.sub("", text[1:])
    return _DOUBLES.sub(r"\1", head + tail)


def is_latin(name: str) -> bool:
    """Whether ``name`` is written in Latin script (diacritics allowed).

    Arabic, Cyrillic or CJK alternates cannot match English news text and
    would only add noise to the index and the spaCy patterns.
    """
    return _NON_LATIN.search(name) is None


_KEY_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def one_edit_keys(key: str) -> set[str]:
    """Every exact key one slip of the keyboard from ``key``.

    A letter left out, typed wrong, added, or two swapped: "zoqitlan" gives
    "zoquitlan" among some 600 others, the key itself not among them.
    """
    cuts = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    keys = {a + b[1:] for a, b in cuts if b}
    keys |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    keys |= {a + c + b[1:] for a, b in cuts if b for c in _KEY_LETTERS}
    keys |= {a + c + b for a, b in cuts for c in _KEY_LETTERS}
    keys.discard(key)
    return {k for k in keys if k.strip() == k and "  " not in k}
