"""The actor registry: many surface forms, one actor.

"US Central Command", "US forces" and "American warplanes" are one actor on
the map; "Tehran-backed groups" and "Iranian-backed militias" another.  The
registry is a text file users can extend (``actors.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from geomap.errors import InputError
from geomap.geoparse.demonyms import demonym_country

__all__ = ("UNIDENTIFIED", "Actor", "ActorRegistry", "local_alias")

#: actor1 of an incident whose text names no attacker (ACLED: "Unidentified Armed Group").
UNIDENTIFIED = "Unidentified armed group"


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor with the patterns that name it."""

    name: str
    affiliation: str
    patterns: tuple[re.Pattern[str], ...]
    #: ACLED actor type ("state:RU", "rebel", "political militia", …; "" unknown),
    #: read by the exports for ``inter1``/``inter2`` (`geomap.export.actor_types`).
    actor_type: str = ""


class ActorRegistry:
    """Normalise actor phrases to canonical actors."""

    def __init__(self, actors: list[Actor]):
        self.actors = actors

    @classmethod
    def from_file(cls, path: Path) -> ActorRegistry:
        """Read a registry TSV; errors name the file, line and field."""
        actors = []
        header_seen = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            fields = line.split("\t")
            if len(fields) not in (3, 4):
                raise InputError(
                    "expected 3 or 4 tab-separated fields (name, affiliation, patterns[, type]), "
                    f"got {len(fields)}",
                    path=str(path),
                    line=number,
                )
            name, affiliation, raw, actor_type = (f.strip() for f in (*fields, "")[:4])
            try:
                patterns = tuple(
                    re.compile(p.strip(), re.I if p.strip() != r"\bIS\b" else 0)
                    for p in raw.split(" || ")
                )
            except re.error as exc:
                raise InputError(
                    f"field 'patterns': bad regular expression ({exc})", path=str(path), line=number
                ) from exc
            actors.append(Actor(name, affiliation, patterns, actor_type))
        return cls(actors)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> ActorRegistry:
        """The registry shipped with geomap."""
        with resources.as_file(resources.files("geomap.incidents") / "actors.tsv") as path:
            return cls.from_file(path)

    def names_group(self, name: str) -> bool:
        """Whether a whole name is an actor's ("Hamas"), not just a phrase containing one."""
        return any(p.fullmatch(name) for actor in self.actors for p in actor.patterns)

    def match(self, phrase: str, home: str = "") -> Actor | None:
        """Return the actor named in ``phrase``: the earliest match, then the longest.

        The head of a noun phrase comes first ("Somali troops, backed by
        Turkish drones" names Somali troops); a named actor beats the generic
        "gunmen"/"militants" ("militants from JNIM" names JNIM), and a named
        group beats its sponsor's label ("the Iran-backed Hezbollah group" is
        Hezbollah) unless it is only the sponsor ("groups affiliated with
        Iran's Revolutionary Guard" are the Iran-backed militias).  A name two
        countries' groups share goes to the group of the story's ``home``
        (a demonym): `local_alias`.
        """
        country = (demonym_country(home) or "") if home else ""
        found: list[tuple[tuple[bool, bool, int, int, bool], int, int, Actor]] = []
        for actor in self.actors:
            for pattern in actor.patterns:
                hit = pattern.search(phrase)
                if hit:
                    named = not actor.name.startswith("Unidentified")
                    specific = named and not actor.name.endswith(("militias", "group"))
                    local = local_alias(actor, country)
                    key = (named, specific, -hit.start(), hit.end() - hit.start(), local)
                    found.append((key, hit.start(), hit.end(), actor))
        if not found:
            return None
        key, start, end, best = max(found, key=lambda item: item[0])
        for other_key, other_start, other_end, other in found:
            if other_key[0] and not other_key[1] and other_start <= start < other_end:
                return other  # the named group sits inside its sponsor's phrase
        return best


def local_alias(actor: Actor, country: str) -> bool:
    """Whether ``actor`` is at home in ``country`` (ISO2), by its registry type ("rebel:SO").

    Example: "The army killed 30 Khawarij near Jowhar": Somalia's government calls
    al-Shabaab so, Pakistan's the TTP; in a Somali story the name is al-Shabaab's.
    """
    return bool(country) and actor.actor_type.partition(":")[2].strip().upper() == country
