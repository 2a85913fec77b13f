import pytest

import geomap
from geomap import errors

SUBCLASSES = [
    getattr(errors, name)
    for name in errors.__all__
    if isinstance(getattr(errors, name), type) and getattr(errors, name) is not errors.GeomapError
]


@pytest.mark.parametrize("cls", SUBCLASSES, ids=lambda c: c.__name__)
def test_every_error_is_a_geomap_error_and_exported(cls):
    assert issubclass(cls, errors.GeomapError)
    assert getattr(geomap, cls.__name__) is cls
    assert cls.__doc__ and "raised" in cls.__doc__.lower() or cls.__doc__


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (errors.InputError, ValueError),
        (errors.GazetteerEntryError, ValueError),
        (errors.GazetteerLockError, TimeoutError),
    ],
)
def test_errors_inherit_the_builtin_callers_catch(cls, builtin):
    assert issubclass(cls, builtin)


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({}, "bad thing"),
        ({"path": "a.txt"}, "a.txt: bad thing"),
        ({"path": "a.jsonl", "line": 3}, "a.jsonl:3: bad thing"),
    ],
)
def test_input_error_says_where(kwargs, text):
    assert str(errors.InputError("bad thing", **kwargs)) == text
