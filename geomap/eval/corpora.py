"""Readers for the geoparsing corpora of Gritta et al. (GeoWebNews, LGL, TR-News).

GeoWebNews (``GWN.xml``) writes a toponym as ``extractedName``, ``start``,
``end``, ``geonamesID``, ``latitude`` and ``longitude``; LGL and TR-News write
``phrase``, ``start``, ``end`` and a ``gaztag`` with a ``geonameid`` attribute,
``lat`` and ``lon``.  Both become the same frozen `GoldDocument`, so the
scorer never knows which format it read.

Gritta, Pilehvar and Collier (2019), "A Pragmatic Guide to Geoparsing
Evaluation", Language Resources and Evaluation 54: 683–712.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError

__all__ = ("GoldDocument", "GoldToponym", "read_corpus")


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated toponym: its span, and its GeoNames record and point when it has them."""

    start: int
    end: int
    text: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def located(self) -> bool:
        """Whether the annotators gave the toponym a point."""
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One article and its gold toponyms, in file order."""

    index: int
    text: str
    toponyms: tuple[GoldToponym, ...]


def _number(text: str | None, kind: type) -> float | int | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        return None


def _gwn_toponym(node: ET.Element) -> GoldToponym:
    return GoldToponym(
        start=int(node.findtext("start") or 0),
        end=int(node.findtext("end") or 0),
        text=node.findtext("extractedName") or "",
        geonames_id=_number(node.findtext("geonamesID"), int),
        lat=_number(node.findtext("latitude"), float),
        lon=_number(node.findtext("longitude"), float),
    )


def _lgl_toponym(node: ET.Element) -> GoldToponym:
    tag = node.find("gaztag")
    found = tag is not None
    return GoldToponym(
        start=int(node.findtext("start") or 0),
        end=int(node.findtext("end") or 0),
        text=node.findtext("phrase") or "",
        geonames_id=_number(tag.get("geonameid"), int) if found else None,
        lat=_number(tag.findtext("lat"), float) if found else None,
        lon=_number(tag.findtext("lon"), float) if found else None,
    )


def read_corpus(path: Path) -> list[GoldDocument]:
    """Read a GeoWebNews, LGL or TR-News XML file.

    Raises ``InputError`` when the file is not XML or holds no article.
    """
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"cannot read the corpus: {exc}", path=str(path)) from exc
    documents = []
    for index, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            gwn = node.find("extractedName") is not None
            toponym = _gwn_toponym(node) if gwn else _lgl_toponym(node)
            if 0 <= toponym.start < toponym.end <= len(text):
                toponyms.append(toponym)
        documents.append(GoldDocument(index, text, tuple(toponyms)))
    if not documents:
        raise InputError(
            "no <article> found: expected GeoWebNews, LGL or TR-News XML", path=str(path)
        )
    return documents
