"""Another geoparser's stored output, scored end to end exactly as geomap is.

Gritta et al. ("What's missing in geographical parsing?", LRE 2018) and
EUPEG (Wang & Hu, Transactions in GIS 2019) keep each system's output on
GeoWebNews and LGL as text: one line per article, in corpus order, entries
separated by ``||``, each ``ID,,NAME,,LAT,,LON,,START,,END``.  Reading those
files puts CLAVIN or the Edinburgh Geoparser beside geomap on the very
articles, matching and metrics of ``geomap eval geoparse --protocol
end-to-end``, rather than beside figures computed some other way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geomap.errors import InputError
from geomap.eval.corpora import GoldDocument
from geomap.eval.geoparse import Found, GeoparseScores, end_to_end_split, score_found
from geomap.model import Place

__all__ = ("StoredOutput", "read_stored", "score_stored")

#: How far a system's offsets may drift from ours (characters it counts otherwise).
_DRIFT = 20


@dataclass
class StoredOutput:
    """The resolved names of each article, and one line per entry that could not be read."""

    names: dict[int, list[Found]]
    problems: list[str] = field(default_factory=list)
    realigned: int = 0


def read_stored(path: Path, documents: Sequence[GoldDocument]) -> StoredOutput:
    """Read a stored output against the corpus it was run on.

    An entry without coordinates is a name the system found but left
    unresolved, as geomap's unresolved mentions are.  Offsets that drift
    (the Edinburgh Geoparser counts some characters otherwise) are moved to
    the nearest occurrence of the name; an entry that cannot be read is
    reported with its line and field and left out.
    """
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", path=str(path)) from None
    if len(lines) < len(documents) or any(line.strip() for line in lines[len(documents) :]):
        count = len(lines) - (lines[-1] == "")
        raise InputError(
            f"has {count} lines for a corpus of {len(documents)} articles: "
            "one line per article, in corpus order, is expected",
            path=str(path),
        )
    out = StoredOutput({})
    kept = lines[: len(documents)]
    for number, (line, document) in enumerate(zip(kept, documents, strict=True), start=1):
        names: list[Found] = []
        for entry in filter(str.strip, line.split("||")):
            read = _entry(entry, document.text, out)
            if isinstance(read, str):
                out.problems.append(f"{path}:{number}: {read}")
            elif read is not None:
                names.append(read)
        out.names[document.index] = names
    return out


def _entry(entry: str, text: str, out: StoredOutput) -> Found | str | None:
    """One entry as a resolved name; None when unresolved; a message when unreadable."""
    fields = entry.split(",,")
    if len(fields) != 6:
        return f"entry {entry[:40]!r}: {len(fields)} fields, not ID,,NAME,,LAT,,LON,,START,,END"
    _, name, lat, lon, start, end = fields
    try:
        begin = int(start)
        int(end)
    except ValueError:
        return f"entry {name!r}: field START or END is not a whole number"
    if not (lat.strip() and lon.strip()):
        return None
    try:
        point = (float(lat), float(lon))
        at = _aligned(text, name, begin)
        if at is None:
            return f"entry {name!r}: field START: the name is not within {_DRIFT} characters"
        place = Place(f"stored:{at}", name, *point, "town")
    except ValueError as exc:
        return f"entry {name!r}: field LAT/LON: {exc}"
    out.realigned += at != begin
    return at, at + len(name), place


def _aligned(text: str, name: str, start: int) -> int | None:
    """Where the name stands: at ``start``, else its nearest occurrence within the drift."""
    if text[start : start + len(name)] == name:
        return start
    near = range(max(start - _DRIFT, 0), start + _DRIFT + 1)
    return min(
        (i for i in near if text[i : i + len(name)] == name),
        default=None,
        key=lambda i: abs(i - start),
    )


def score_stored(
    documents: Sequence[GoldDocument], path: Path, dev: bool = False
) -> tuple[GeoparseScores, StoredOutput]:
    """Score a stored output on geomap's end-to-end split of ``documents``."""
    stored = read_stored(path, documents)
    scored = end_to_end_split(documents, dev)
    names = [stored.names[d.index] for d in scored]
    scores = score_found(scored, names)
    scores.system = path.name
    return scores, stored
