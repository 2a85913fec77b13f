"""Colours and labels of the map: every role and type the model knows has one."""


def test_every_mention_role_has_a_colour():
    from geomap.model import MENTION_ROLES
    from geomap.render.style import ROLE_COLOURS

    assert set(ROLE_COLOURS) == set(MENTION_ROLES)


def _lab(colour: str) -> tuple[float, float, float]:
    """sRGB hex → CIELAB (D65), for a perceptual distance between two colours."""
    rgb = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    r, g, b = (((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in rgb)
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_legend_colours_are_told_apart():
    """Different meanings never share a near-identical colour (CIE76 distance >= 20)."""
    import itertools
    import math

    from geomap.render.style import EVENT_COLOURS, OTHER_COLOUR, ROLE_COLOURS

    named = {
        **EVENT_COLOURS,
        "Other": OTHER_COLOUR,
        **{f"role {k}": v for k, v in ROLE_COLOURS.items()},
    }
    close = [
        (a, b, round(math.dist(_lab(ca), _lab(cb)), 1))
        for (a, ca), (b, cb) in itertools.combinations(named.items(), 2)
        if math.dist(_lab(ca), _lab(cb)) < 20
    ]
    assert close == []


def test_event_colours_cover_the_event_types():
    from geomap.render.style import EVENT_COLOURS
    from geomap.vocab import EventType

    assert set(EventType) <= set(EVENT_COLOURS)
