"""Colours and labels of the map: every role and type the model knows has one."""


def test_every_mention_role_has_a_colour():
    from geomap.model import MENTION_ROLES
    from geomap.render.style import ROLE_COLOURS

    assert set(ROLE_COLOURS) == set(MENTION_ROLES)
