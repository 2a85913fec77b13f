"""The written HTML: escaping, one layer per actor, inlined assets, no fetches."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest

from geomap.render import build_map, write_map
from geomap.render.data import build_payload
from geomap.render.escape import html_text, script_json
from geomap.render.sample import HOSTILE
from geomap.render.wire import decode_payload, encode_payload

# Elements and CSS that make a browser fetch: none may point at the network.
FETCHING = [
    re.compile(
        r"<(?:script|img|iframe|source|audio|video|embed|input)\b[^>]*\ssrc\s*=\s*['\"]?"
        r"(?:https?:)?//",
        re.I,
    ),
    re.compile(r"<link\b[^>]*\shref\s*=\s*['\"]?(?:https?:)?//", re.I),
    re.compile(r"url\(\s*['\"]?(?:https?:)?//", re.I),
    re.compile(r"@import\s+['\"]?(?:url\()?\s*['\"]?(?:https?:)?//", re.I),
]


def data_block(html: str) -> dict:
    """Decode the map's data block (plain or gzip+base64 JSON)."""
    match = re.search(
        r'<script type="application/json" id="geomap-data" '
        r'data-encoding="([^"]+)">(.*?)</script>',
        html,
        re.S,
    )
    assert match, "data block missing"
    encoding, text = match.groups()
    deferred = re.search(r'id="geomap-data-text" data-encoding="[^"]+">(.*?)</script>', html, re.S)
    return decode_payload(text, encoding, deferred and deferred.group(1))


def test_no_network_fetch(hostile_html):
    for pattern in FETCHING:
        assert not pattern.search(hostile_html), pattern.pattern


@pytest.mark.parametrize(
    "needle",
    [
        "/* leaflet.js */",
        "/* incidents.js */",
        "/* Control.FullScreen.js */",
        "/* topojson-client.min.js */",
        'id="geomap-asset-countries-50m"',
        "/* runtime.js */",
    ],
)
def test_assets_inlined_once(hostile_html, needle):
    assert hostile_html.count(needle) == 1


@pytest.mark.parametrize(
    "cdn",
    ["cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "bootstrapcdn", "fontawesome"],
)
def test_folium_cdn_links_removed(hostile_html, cdn):
    assert cdn not in hostile_html


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raw(hostile_html, text):
    # Strings containing markup or Jinja openers must only appear escaped.
    if re.search(r"[<>]|\{[{%#]", text):
        assert text not in hostile_html


def test_only_expected_script_tags(hostile_html):
    # Every <script> open tag is one we wrote: inline code or a JSON data island.
    tags = re.findall(r"<script\b[^>]*>", hostile_html, re.I)
    assert all(t in ("<script>",) or 'type="application/json"' in t for t in tags), set(tags)


def test_title_escaped_and_not_evaluated(hostile_html, hostile_title):
    assert f"<title>{html_text(hostile_title)}</title>" in hostile_html
    assert "49" not in re.search(r"<title>(.*?)</title>", hostile_html).group(1)


def test_data_round_trips_hostile_strings(hostile_html, hostile_frames):
    data = data_block(hostile_html)
    strings = set(data["s"])
    for text in HOSTILE:
        assert text in strings
    assert set(data["actors"]) == set(hostile_frames[0]["actor1"])


def test_one_layer_per_actor_with_count(frames, tmp_path):
    incidents, places = frames
    html = write_map(incidents, places, tmp_path / "m.html").read_text(encoding="utf-8")
    expected = incidents["actor1"].value_counts()
    labels = re.findall(r'"([^"]*) \\u003cspan class=\\"gm-count\\"\\u003e\((\d+)\)', html)
    counts = {name: int(n) for name, n in labels if name != "Mentioned places"}
    assert counts == expected.to_dict()
    assert html.count("new geomap.ActorLayer(") == len(expected)


def test_payload_counts_and_nullable_fatalities(frames):
    incidents, places = frames
    payload = build_payload(incidents, places, "t")
    assert sum(payload["counts"]) == len(incidents)
    fat = payload["i"]["f"]
    assert fat.count(None) == int(incidents["fatalities"].isna().sum())
    assert len(payload["p"]["lat"]) == len(places)


@pytest.mark.parametrize("threshold,encoding", [(10**9, "json"), (0, "gzip+base64")])
def test_encodings_round_trip(frames, threshold, encoding):
    payload = build_payload(*frames, "t")
    wire = encode_payload(payload, threshold)
    assert wire.encoding == encoding
    assert (wire.deferred is None) == (encoding == "json")  # ids and notes come after
    assert decode_payload(wire.text, wire.encoding, wire.deferred) == json.loads(
        json.dumps(payload)
    )


@pytest.mark.parametrize("notes", [["caf\u00e9 \U0001f600 x", "", "\u2028y\u0130"], ["plain"] * 3])
def test_deferred_texts_round_trip_any_unicode(frames, notes):
    """Ids and notes go in the deferred block as UTF-8 with UTF-16 lengths: nothing shifts."""
    incidents = frames[0].iloc[:3].copy()
    incidents["notes"] = notes
    payload = build_payload(incidents, frames[1], "t")
    wire = encode_payload(payload, 0)
    decoded = decode_payload(wire.text, wire.encoding, wire.deferred)
    assert decoded["i"]["nt"] == notes
    assert decoded["i"]["id"] == payload["i"]["id"]
    assert decode_payload(wire.text, wire.encoding)["i"].get("nt") is None  # not in the main block


@pytest.mark.parametrize("value", [*HOSTILE, "\u2028", "a{{b}}{%c%}{#d#}"])
def test_script_json_is_inert_and_lossless(value):
    text = script_json({"k": value})
    assert not re.search(r"[<>&\u2028\u2029]|\{[{%#]", text)
    assert json.loads(text) == {"k": value}


def test_empty_frames_render(tmp_path):
    empty = gpd.GeoDataFrame({"actor1": [], "geometry": []}, geometry="geometry", crs=4326)
    html = write_map(empty, empty, tmp_path / "e.html").read_text(encoding="utf-8")
    block = data_block(html)
    assert block["i"]["sp"] == [] and block["spots"] == {"lat": [], "lon": []}


def test_rows_without_location_are_left_off(frames):
    incidents, places = frames
    broken = incidents.copy()
    broken.loc[broken.index[:3], "geometry"] = None
    broken.loc[broken.index[:3], ["latitude", "longitude"]] = float("nan")
    assert sum(build_payload(broken, places, "t")["counts"]) == len(incidents) - 3


def test_same_input_same_file(frames, tmp_path):
    first = write_map(*frames, tmp_path / "a.html").read_bytes()
    assert write_map(*frames, tmp_path / "b.html").read_bytes() == first


def test_build_map_without_basemap_skips_world(frames):
    html = build_map(*frames, basemap=False).get_root().render()
    assert "geomap-asset-countries-50m" not in html
    assert "tile.openstreetmap.org" in html  # the online option stays


def test_compact_block_re_expands_to_the_rows(frames):
    """Coordinates per spot and title/URL per article still give every row its own."""
    incidents, places = frames
    payload = build_payload(incidents, places, "t")
    block, strings = payload["i"], payload["s"]
    lat = [payload["spots"]["lat"][k] for k in block["sp"]]
    assert lat == pytest.approx(incidents["latitude"].round(5).tolist())
    urls = dict(zip(payload["arts"]["art"], payload["arts"]["url"], strict=True))
    assert [strings[urls[a]] for a in block["art"]] == incidents["source_url"].tolist()
    assert block["id"] == incidents["incident_id"].tolist()
    assert block["nt"] == incidents["notes"].tolist()


def test_articles_with_several_titles_keep_them_per_row(frames):
    incidents, places = frames
    mixed = incidents.copy()
    mixed.loc[mixed.index[1], "article"] = mixed.loc[mixed.index[0], "article"]
    mixed.loc[mixed.index[1], "source_title"] = "another title"
    block = build_payload(mixed, places, "t")
    assert block["arts"] is None
    assert block["s"][block["i"]["tt"][1]] == "another title"
