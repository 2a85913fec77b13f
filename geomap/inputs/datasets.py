"""Event datasets as input: ACLED CSV exports and UCDP GED CSV, read as incidents.

Their rows are already coded events, so no text processing runs: each row
becomes an `Incident` carrying its dataset's name and its own values, and is
drawn on the same map as the incidents geomap extracts.  A CSV that is
neither is refused with the columns each dataset would need.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from geomap.errors import InputError
from geomap.export.actor_types import ActorType, interaction
from geomap.export.countries import find_country
from geomap.inputs.dates import parse_date
from geomap.model import Incident, Place

__all__ = ("ACLED", "DATASETS", "MAX_DATASET_BYTES", "UCDP_GED", "Dataset", "read_dataset")

#: ACLED's whole-world export is about 1 GB; a file is read into memory once.
MAX_DATASET_BYTES = 2_000_000_000


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _code(text: str) -> str:
    """An ACLED inter value as its number ("1"; newer exports write "State forces")."""
    if text.strip().isdigit():
        return text.strip()
    kind, _ = ActorType.parse(text)
    return str(int(kind)) if kind is not None else ""


@dataclass(frozen=True, slots=True)
class Dataset:
    """How one dataset's CSV rows become incidents."""

    name: str
    #: Columns that identify the dataset, and those a row needs.
    signature: frozenset[str]
    required: tuple[str, ...]
    to_incident: Callable[[Mapping[str, str]], Incident]

    def missing(self, header: set[str]) -> list[str]:
        """Required columns absent from ``header``."""
        return [c for c in self.required if c not in header]


def _place(
    row_id: str, name: str, lat: str, lon: str, feature_type: str, country: str, admin1: str
) -> Place:
    y, x = _number(lat), _number(lon)
    if y is None or x is None:
        raise ValueError(f"field 'latitude'/'longitude': not a coordinate ({lat!r}, {lon!r})")
    found = find_country(country)
    return Place(
        id=row_id,
        name=name.strip() or admin1.strip() or country.strip() or row_id,
        lat=y,
        lon=x,
        feature_type=feature_type,
        country=found.iso2 if found else "",
        admin1=admin1.strip(),
        source=row_id,
    )


def _acled(row: Mapping[str, str]) -> Incident:
    event_id = row["event_id_cnty"].strip()
    precision = int(_number(row.get("geo_precision", "")) or 1)
    place = _place(
        f"acled:{event_id}",
        row.get("location", ""),
        row["latitude"],
        row["longitude"],
        "admin1" if precision == 3 else "town",
        row.get("iso", "").strip() or row["country"],
        row.get("admin1", ""),
    )
    inter1, inter2 = _code(row.get("inter1", "")), _code(row.get("inter2", ""))
    pair = interaction(int(inter1) if inter1 else None, int(inter2) if inter2 else None)
    record = {k: (v or "").strip() for k, v in row.items() if k}
    record |= {"inter1": inter1, "inter2": inter2, "interaction": str(pair or "")}
    fatalities = _number(row.get("fatalities", ""))
    return Incident(
        event_date=parse_date(row["event_date"]),
        event_type=row["event_type"].strip(),
        sub_event_type=row.get("sub_event_type", "").strip(),
        actor1=row["actor1"].strip(),
        actor2=row.get("actor2", "").strip(),
        place=place,
        geo_precision=min(max(precision, 1), 3),
        fatalities=int(fatalities) if fatalities is not None else None,
        notes=(row.get("notes", "").strip() or f"ACLED event {event_id}",),
        article=f"ACLED:{event_id}",
        source_title=f"ACLED {event_id}: {row.get('source', '').strip()}".rstrip(": "),
        date_precision=min(max(int(_number(row.get("time_precision", "")) or 1), 1), 3),
        location=row.get("location", "").strip(),
        dataset=ACLED.name,
        record=tuple(record.items()),
    )


#: UCDP ``where_prec`` (1 exact … 7 international waters) → ACLED precision and feature type.
_UCDP_WHERE = {
    "1": (1, "town"),
    "2": (2, "town"),
    "3": (2, "admin2"),
    "4": (3, "admin1"),
    "5": (3, "region"),
    "6": (3, "country"),
    "7": (3, "sea"),
}
#: UCDP ``date_prec`` (1 exact day … 5 more than a month) → ACLED time precision.
_UCDP_DATE = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}
#: UCDP type_of_violence 3 is one-sided violence: violence against civilians in ACLED's terms.
_ONE_SIDED = "3"


def _ucdp(row: Mapping[str, str]) -> Incident:
    event_id = row["id"].strip()
    precision, feature_type = _UCDP_WHERE.get(row.get("where_prec", "").strip(), (3, "region"))
    place = _place(
        f"ucdp:{event_id}",
        row.get("where_coordinates", "") or row.get("adm_2", "") or row.get("adm_1", ""),
        row["latitude"],
        row["longitude"],
        feature_type,
        row["country"],
        row.get("adm_1", ""),
    )
    one_sided = row.get("type_of_violence", "").strip() == _ONE_SIDED
    best = _number(row["best"])
    notes = row.get("source_headline", "").strip() or row.get("where_description", "").strip()
    record = {"disorder_type": "Political violence", "admin2": row.get("adm_2", "").strip()}
    if place.country == "":
        record["country"] = row["country"].strip()
    return Incident(
        event_date=parse_date(row["date_start"]),
        event_type="Violence against civilians" if one_sided else "",
        sub_event_type="",
        actor1=row["side_a"].strip(),
        actor2=row["side_b"].strip(),
        place=place,
        geo_precision=precision,
        fatalities=int(best) if best is not None else None,
        notes=(notes or f"UCDP GED event {event_id}",),
        article=f"UCDP:{event_id}",
        source_title=f"UCDP GED {event_id}: {row.get('dyad_name', '').strip()}".rstrip(": "),
        date_precision=_UCDP_DATE.get(row.get("date_prec", "").strip(), 3),
        location=place.name,
        dataset=UCDP_GED.name,
        record=tuple(record.items()),
    )


ACLED = Dataset(
    "ACLED",
    frozenset({"event_id_cnty", "sub_event_type", "inter1", "geo_precision"}),
    ("event_id_cnty", "event_date", "event_type", "actor1", "country", "latitude", "longitude"),
    _acled,
)
UCDP_GED = Dataset(
    "UCDP GED",
    frozenset({"type_of_violence", "side_a", "side_b", "where_prec", "date_start"}),
    ("id", "date_start", "side_a", "side_b", "country", "latitude", "longitude", "best"),
    _ucdp,
)
DATASETS = (ACLED, UCDP_GED)


def _which(header: set[str], path: Path) -> Dataset:
    for dataset in DATASETS:
        if dataset.signature & header:
            missing = dataset.missing(header)
            if missing:
                raise InputError(
                    f"looks like a {dataset.name} CSV but lacks the column(s) {', '.join(missing)}",
                    path=str(path),
                    line=1,
                )
            return dataset
    wanted = "; ".join(f"{d.name} needs {', '.join(d.missing(header))}" for d in DATASETS)
    raise InputError(
        f"a CSV must be an ACLED export or UCDP GED; this one is neither ({wanted})",
        path=str(path),
        line=1,
    )


def read_dataset(path: Path) -> Iterator[Incident | InputError]:
    """Yield each row's incident, or the `InputError` naming its line.

    A bad row never stops the rest of the file.
    """
    from geomap.inputs.encoding import decode_text, read_limited

    try:
        text = decode_text(read_limited(path, MAX_DATASET_BYTES, "a dataset"), path=str(path))
    except InputError as exc:
        yield exc
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {(c or "").strip().lstrip("\ufeff") for c in reader.fieldnames or ()}
    try:
        dataset = _which(header, path)
    except InputError as exc:
        yield exc
        return
    for row in reader:
        clean = {(k or "").strip().lstrip("\ufeff"): (v or "") for k, v in row.items()}
        try:
            yield dataset.to_incident(clean)
        except (KeyError, ValueError) as exc:
            yield InputError(f"{dataset.name} row: {exc}", path=str(path), line=reader.line_num)
