"""Named samples shared by the tests: places, a stub gazetteer, articles.

Coordinates are rounded public positions of well-known places; the stub lets
geoparse and incident tests run without building the full gazetteer.
"""

from __future__ import annotations

import unicodedata

from geomap.model import Candidate, Place


def _place(pid, name, lat, lon, ftype, country, admin1="", aliases=(), population=0):
    return Place(
        id=pid,
        name=name,
        lat=lat,
        lon=lon,
        feature_type=ftype,
        country=country,
        admin1=admin1,
        aliases=tuple(aliases),
        population=population,
        source="tests/samples.py",
    )


SYRIA = _place("c:SY", "Syria", 35.0, 38.5, "country", "SY")
IRAQ = _place("c:IQ", "Iraq", 33.0, 44.0, "country", "IQ")
IRAN = _place("c:IR", "Iran", 32.0, 53.0, "country", "IR", aliases=("Islamic Republic of Iran",))
RUSSIA = _place("c:RU", "Russia", 60.0, 90.0, "country", "RU")
UK = _place("c:GB", "United Kingdom", 54.0, -2.0, "country", "GB", aliases=("Britain", "UK"))
USA = _place("c:US", "United States", 39.8, -98.6, "country", "US", aliases=("US", "U.S."))
UKRAINE = _place("c:UA", "Ukraine", 49.0, 32.0, "country", "UA")
MALI = _place("c:ML", "Mali", 17.0, -4.0, "country", "ML")
SUDAN = _place("c:SD", "Sudan", 15.0, 30.0, "country", "SD")
SOMALIA = _place("c:SO", "Somalia", 6.0, 46.0, "country", "SO")
YEMEN = _place("c:YE", "Yemen", 15.5, 47.5, "country", "YE")
ISRAEL = _place("c:IL", "Israel", 31.5, 34.8, "country", "IL")
PALESTINE = _place("c:PS", "Palestine", 31.9, 35.2, "country", "PS")
DEIR_EZ_ZOR_GOV = _place(
    "a:SY.DY",
    "Deir ez-Zor Governorate",
    35.0,
    40.5,
    "admin1",
    "SY",
    aliases=("Deir Al Zor", "Deir ez-Zor", "Dayr az Zawr", "Deir Al Zor province"),
)
DEIR_EZ_ZOR = _place(
    "p:deir",
    "Deir ez-Zor",
    35.336,
    40.141,
    "city",
    "SY",
    "Deir ez-Zor Governorate",
    ("Deir Al Zor", "Dayr az Zawr"),
    300_000,
)
AL_TANF = _place(
    "cur:sy-al-tanf-garrison",
    "Al Tanf Garrison",
    33.49,
    38.62,
    "base",
    "SY",
    "Homs Governorate",
    ("Al Tanf", "At Tanf Garrison"),
)
ABU_KAMAL = _place(
    "p:abukamal",
    "Abu Kamal",
    34.45,
    40.92,
    "city",
    "SY",
    "Deir ez-Zor Governorate",
    ("Al Bukamal", "Albu Kamal"),
    50_000,
)
BAGHOUZ = _place(
    "cur:sy-baghouz",
    "Baghouz",
    34.45,
    40.96,
    "village",
    "SY",
    "Deir ez-Zor Governorate",
    ("Al Baghuz",),
)
EUPHRATES = _place(
    "cur:euphrates", "Euphrates", 35.0, 40.4, "river", "SY", aliases=("Euphrates River",)
)
MOSCOW = _place("p:moscow", "Moscow", 55.75, 37.62, "city", "RU", population=12_000_000)
DAMASCUS = _place("p:damascus", "Damascus", 33.51, 36.29, "city", "SY", population=2_000_000)
TEHRAN = _place("p:tehran", "Tehran", 35.69, 51.39, "city", "IR", population=8_000_000)
KHARKIV = _place(
    "p:kharkiv", "Kharkiv", 49.99, 36.23, "city", "UA", "Kharkiv Oblast", ("Kharkov",), 1_400_000
)
KHERSON = _place("p:kherson", "Kherson", 46.64, 32.61, "city", "UA", "Kherson Oblast", (), 280_000)
KYIV = _place("p:kyiv", "Kyiv", 50.45, 30.52, "city", "UA", "Kyiv", ("Kiev",), 2_900_000)
GAO = _place("p:gao", "Gao", 16.27, -0.04, "city", "ML", "Gao", (), 86_000)
EL_FASHER = _place(
    "p:fasher",
    "El Fasher",
    13.63,
    25.35,
    "city",
    "SD",
    "North Darfur",
    ("Al-Fashir", "El-Fasher"),
    250_000,
)
MOGADISHU = _place("p:mogadishu", "Mogadishu", 2.04, 45.34, "city", "SO", "Banaadir", (), 2_500_000)
HODEIDAH = _place(
    "p:hodeidah", "Hodeidah", 14.80, 42.95, "city", "YE", "Al Hudaydah", ("Al Hudaydah",), 400_000
)
JENIN = _place("p:jenin", "Jenin", 32.46, 35.30, "city", "PS", "West Bank", (), 40_000)
KHAN_YOUNIS = _place(
    "p:khanyounis",
    "Khan Younis",
    31.34,
    34.31,
    "city",
    "PS",
    "Gaza Strip",
    ("Khan Yunis",),
    200_000,
)
GENEVA = _place("p:geneva", "Geneva", 46.20, 6.14, "city", "CH", population=180_000)
LONDON = _place("p:london", "London", 51.51, -0.13, "city", "GB", population=8_900_000)
BAGHDAD = _place("p:baghdad", "Baghdad", 33.34, 44.40, "city", "IQ", population=7_000_000)
JORDAN = _place("c:JO", "Jordan", 31.0, 36.5, "country", "JO")
TOWER_22 = _place("cur:jo-tower-22", "Tower 22", 33.32, 38.69, "base", "JO")
DNIPRO = _place(
    "p:dnipro", "Dnipro", 48.45, 34.98, "city", "UA", "Dnipropetrovsk Oblast", (), 980_000
)
DNIPRO_RIVER = _place("cur:river-dnipro", "Dnipro", 48.2, 35.0, "river", "UA", aliases=("Dnieper",))
TULKARM = _place("p:tulkarm", "Tulkarm", 32.31, 35.03, "city", "PS", "West Bank", (), 50_000)
RED_SEA = _place("cur:sea-red-sea", "Red Sea", 20.0, 38.5, "sea", "YE")
#: A coarse outline of the Red Sea, for the tests of containment by outline.
RED_SEA_OUTLINE = (
    "POLYGON ((32.55 29.95, 37.3 19.6, 43.3 12.6, 42.95 14.8, 39.15 21.5, 34.4 27.9, 32.55 29.95))"
)
BEIRUT = _place("p:beirut", "Beirut", 33.89, 35.50, "city", "LB", population=1_900_000)
GAZA_CITY = _place("p:gaza", "Gaza", 31.50, 34.47, "city", "PS", "Gaza", ("Gaza City",), 590_000)
RAFAH = _place("p:rafah", "Rafah", 31.30, 34.25, "city", "PS", "Rafah", (), 170_000)

ALL_PLACES = [v for v in list(globals().values()) if isinstance(v, Place)]


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("-", " ").replace("'", "").split())


class StubGazetteer:
    """A tiny in-memory gazetteer with the interface the geoparser needs."""

    def __init__(self, places=None):
        self.places = list(places or ALL_PLACES)
        self.index: dict[str, list[Place]] = {}
        for place in self.places:
            for name in (place.name, *place.aliases):
                self.index.setdefault(_key(name), []).append(place)

    def lookup(self, name, *, country=None, near=None, limit=10):
        found = self.index.get(_key(name), [])
        ranked = sorted(found, key=lambda p: (p.feature_type == "admin1", -p.population))
        if country:
            ranked = [p for p in ranked if p.country == country] or ranked
        return [Candidate(p, 1.0 - 0.1 * i, name) for i, p in enumerate(ranked[:limit])]

    def one_edit(self, name):
        from geomap.gazetteer.normalize import one_edit_keys

        named = {_key(n): n for p in self.places for n in (p.name, *p.aliases)}
        keys = one_edit_keys(_key(name))
        return [Candidate(p, 1.0, named[k]) for k in sorted(keys) for p in self.index.get(k, [])]

    def get(self, place_id):
        return next((p for p in self.places if p.id == place_id), None)

    def country(self, code):
        return next(
            (p for p in self.places if p.feature_type == "country" and p.country == code), None
        )

    def ruler_names(self):
        names = []
        for place in self.places:
            if place.feature_type in ("base", "village", "river", "admin1", "city", "country"):
                label = (
                    "FAC"
                    if place.feature_type == "base"
                    else ("LOC" if place.feature_type == "river" else "GPE")
                )
                names += [(n, label) for n in (place.name, *place.aliases)]
        return names


def eventually(check, timeout: float = 10.0, interval: float = 0.05):
    """Return ``check()`` once it is truthy, polling for up to ``timeout`` seconds.

    Browser and subprocess tests wait on a condition, never a fixed sleep, so a
    loaded CI machine is slower but not flaky.  The last value is returned
    (falsy on timeout) so the caller's assert shows what was seen.
    """
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def strike_incident(place=None, precision=1, fatalities=2, **changes):
    """An air-strike incident (at Al Tanf by default); ``changes`` replace any field."""
    from dataclasses import replace
    from datetime import date

    from geomap.model import Incident

    base = Incident(
        event_date=date(2022, 8, 15),
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Iran-backed militias",
        actor2="US forces",
        place=place or AL_TANF,
        geo_precision=precision,
        fatalities=fatalities,
        notes=("First sentence.", "Second sentence."),
        article="a.txt",
        source_title="T",
    )
    return replace(base, **changes)


def _box(west, south, east, north):
    ring = [(west, south), (east, south), (east, north), (west, north), (west, south)]
    return "POLYGON ((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"


#: Invented rectangles standing for shapes: countries, provinces and districts
#: around AL_TANF (Syria) and KHARKIV (Ukraine); not real borders.
BOX_COUNTRIES = {"SY": _box(36, 32, 42, 37), "UA": _box(30, 45, 40, 52)}
BOX_AREAS = [
    _place("adm1:box-homs", "Homs Governorate", 34.0, 37.5, "admin1", "SY"),
    _place("adm1:box-kharkiv", "Kharkiv Oblast", 49.5, 36.5, "admin1", "UA"),
    _place("adm2:box-tanf", "Al-Tanf District", 33.5, 38.5, "admin2", "SY"),
]
BOX_OUTLINES = {
    "adm1:box-homs": _box(36, 32, 39, 35.5),
    "adm1:box-kharkiv": _box(35, 49, 38, 51),
    "adm2:box-tanf": _box(38, 33, 39, 34),
}


class ShapesGazetteer(StubGazetteer):
    """The stub with shapes: ``contains`` over `BOX_COUNTRIES`, ``areas`` over `BOX_AREAS`."""

    def areas(self, countries, feature_type="admin1"):
        from dataclasses import replace

        return [
            replace(p, geometry=BOX_OUTLINES[p.id])
            for p in BOX_AREAS
            if p.feature_type == feature_type and p.country in countries
        ]

    def contains(self, country, lat, lon, tolerance_km=25.0):
        from shapely import Point, wkt

        shape = BOX_COUNTRIES.get(country)
        if shape is None:
            return False
        return wkt.loads(shape).distance(Point(lon, lat)) * 111 <= tolerance_km
