"""Apply ``reviews.tsv`` to a build's incidents frame, on every build.

Corrections are applied in file order to the frame the extractor produced
(ids from `geomap.review.ids`), so they survive every rebuild.  A correction
whose incident no longer exists (the article changed, an earlier line
rejected or merged it) is reported, never silently dropped; so is a move to
a gazetteer id that no longer exists.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geomap.model import Place
from geomap.review.store import FILE_NAME, Action, Review, parse_point, read_reviews

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = (
    "COMMAND_ATTR",
    "ReviewReport",
    "apply_for_build",
    "apply_review_file",
    "apply_reviews",
    "geo_precision_of",
    "reviews_path",
)

#: Frame attribute holding the ``geomap review …`` prefix the map's popups offer to copy.
COMMAND_ATTR = "review_command"
#: Actor of an added incident when no ``set actor1`` line names one.
UNNAMED_ACTOR = "Unidentified armed group"

PlaceOf = Callable[[str], Place | None]
#: The ISO2 country and admin1 name at (lat, lon) ("" where unknown).
AdminsAt = Callable[[float, float], tuple[str, str]]
Row = dict[str, Any]


@dataclass(slots=True)
class ReviewReport:
    """What a build did with the review file: applied lines and the ones it could not apply."""

    path: Path | None = None
    applied: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the build's output."""
        return f"{self.path}: {self.applied} correction(s) applied, {len(self.problems)} not"


def reviews_path(inputs: Sequence[Path]) -> Path:
    """``reviews.tsv`` beside the corpus: in the first input folder, or beside the first file."""
    first = Path(inputs[0]) if inputs else Path("examples")
    return (first if first.is_dir() or not first.suffix else first.parent) / FILE_NAME


def geo_precision_of(place: Place) -> int:
    """ACLED precision of an incident placed on ``place``: 3 country/province, 2 area, 1 site."""
    if place.feature_type in ("country", "admin1"):
        return 3
    return 2 if place.is_area else 1


class _Applier:
    """The rows by id and what happened to each id, while the lines are applied."""

    def __init__(
        self, rows: list[Row], place_of: PlaceOf, path: Path | str, admins_at: AdminsAt | None
    ):
        self.rows: dict[str, Row] = {r["incident_id"]: r for r in rows}
        self.gone: dict[str, str] = {}  # id -> why it left the frame
        self.place_of = place_of
        self.admins_at = admins_at or (lambda _lat, _lon: ("", ""))
        self.path = path
        self.report = ReviewReport()

    def problem(self, review: Review, message: str) -> None:
        self.report.problems.append(
            f"{self.path}:{review.line}: {review.action.value} {review.incident}: {message}; "
            "correction not applied"
        )

    def target(self, review: Review) -> Row | None:
        row = self.rows.get(review.incident)
        if row is None:
            why = self.gone.get(
                review.incident, "no longer exists (its article or sentence changed?)"
            )
            self.problem(review, f"incident {why}")
        return row

    def apply(self, review: Review, reviews: list[Review]) -> None:
        if review.action is Action.ADD:
            self.add(review, reviews)
            return
        row = self.target(review)
        if row is None:
            return
        if review.action is Action.REJECT:
            del self.rows[review.incident]
            self.gone[review.incident] = f"was rejected at line {review.line}"
        elif review.action is Action.MERGE:
            into = self.rows.get(review.value)
            if into is None:
                self.problem(review, f"the incident to merge into, {review.value}, does not exist")
                return
            _merge(row, into)
            _mark(into, review)
            del self.rows[review.incident]
            self.gone[review.incident] = f"was merged into {review.value} at line {review.line}"
        elif review.action is Action.MOVE:
            if not self.move(row, review):
                return
        else:
            _set(row, review.field, review.value)
        _mark(row, review)
        self.report.applied += 1

    def move(self, row: Row, review: Review) -> bool:
        from geomap.frame import location_columns

        if review.field == "point":
            lat, lon, precision, radius = parse_point(review.value)
            country, admin1 = self.admins_at(lat, lon)
            row.update(
                country=country,
                admin1=admin1,
                latitude=lat,
                longitude=lon,
                geo_precision=precision,
                uncertainty_km=radius if precision > 1 else 0.0,
                area_wkt=None,
                place_id="",
            )
            return True
        place = self.place_of(review.value)
        if place is None:
            self.problem(review, f"no gazetteer place has id {review.value!r}")
            return False
        row.update(location_columns(place, geo_precision_of(place)))
        return True

    def add(self, review: Review, reviews: list[Review]) -> None:
        if review.incident in self.rows:
            self.problem(review, "the extractor finds this incident now; later lines apply to it")
            return
        mine = [r for r in reviews if r.incident == review.incident and r.line > review.line]
        move = next((r for r in mine if r.action is Action.MOVE), None)
        if move is None:
            self.problem(review, "an added incident needs a place (a move line after it)")
            return
        source = next((r for r in self.rows.values() if r["article"] == review.field), {})
        row: Row = {
            "incident_id": review.incident,
            "event_date": None,
            "date_precision": 1,
            "event_type": "",
            "sub_event_type": "",
            "actor1": UNNAMED_ACTOR,
            "actor2": "",
            "location": "",
            "fatalities": None,
            "notes": review.value,
            "article": review.field,
            "source_title": source.get("source_title", ""),
            "source_url": source.get("source_url", ""),
            "reviewed": True,
            "review": "",
        }
        if not self.move(row, move):
            return
        self.rows[review.incident] = row
        _mark(row, review)
        self.report.applied += 1


def _merge(row: Row, into: Row) -> None:
    """Fold ``row`` into ``into``: both sentences, the larger known death toll."""
    notes = into["notes"].split("\n")
    into["notes"] = "\n".join(notes + [n for n in row["notes"].split("\n") if n not in notes])
    tolls = [t for t in (row["fatalities"], into["fatalities"]) if t is not None]
    into["fatalities"] = max(tolls) if tolls else None


def _set(row: Row, name: str, value: str) -> None:
    if name == "fatalities":
        row[name] = int(value) if value else None
    elif name == "event_date":
        row.update(event_date=value, date_precision=1)
    else:
        row[name] = value


def _mark(row: Row, review: Review) -> None:
    row["reviewed"] = True
    row["review"] = "\n".join(filter(None, (row.get("review") or "", review.describe())))


def _rows(frame: gpd.GeoDataFrame) -> list[Row]:
    import pandas as pd

    records = frame.drop(columns=frame.geometry.name).to_dict("records")
    return [{k: (None if v is pd.NA else v) for k, v in r.items()} for r in records]


def apply_reviews(
    frame: gpd.GeoDataFrame,
    reviews: list[Review],
    place_of: PlaceOf,
    path: Path | str = FILE_NAME,
    admins_at: AdminsAt | None = None,
) -> tuple[gpd.GeoDataFrame, ReviewReport]:
    """Return the corrected frame (``reviewed``/``review`` columns set) and the report.

    A move to a gazetteer place takes the place's country and admin1; a
    move to a point takes those ``admins_at`` finds there (empty without it).
    """
    from geomap.frame import incidents_from_rows

    if not reviews:
        return frame, ReviewReport()
    applier = _Applier(_rows(frame), place_of, path, admins_at)
    for review in reviews:
        applier.apply(review, reviews)
    return incidents_from_rows(list(applier.rows.values())), applier.report


def apply_review_file(
    frame: gpd.GeoDataFrame, path: Path, place_of: PlaceOf, admins_at: AdminsAt | None = None
) -> tuple[gpd.GeoDataFrame, ReviewReport]:
    """The build's hook: apply ``path`` (if it exists) and name it in the frame's attrs.

    Raises `geomap.errors.ReviewError` when a line cannot be read: a build
    must not publish a map with a correction silently left out.
    """
    corrected, report = apply_reviews(frame, read_reviews(path), place_of, path, admins_at)
    report.path = path
    corrected.attrs[COMMAND_ATTR] = f"geomap review --file {shlex.quote(str(path))}"
    return corrected, report


def apply_for_build(
    frame: gpd.GeoDataFrame, inputs: Sequence[Path], path: Path | None, gazetteer: Any
) -> tuple[gpd.GeoDataFrame, ReviewReport]:
    """`apply_review_file` for `geomap.build.build`: default file, the gazetteer's places/shapes."""
    from geomap.export.admins import AdminLocator

    locator = AdminLocator(gazetteer)

    def admins_at(lat: float, lon: float) -> tuple[str, str]:
        found = locator.at(lat, lon, 3)
        return found.country, found.admin1

    place_of = getattr(gazetteer, "get", lambda _id: None)
    return apply_review_file(frame, path or reviews_path(inputs), place_of, admins_at)
