"""Fuzz settings: deterministic (the same examples every run), no example database.

``GEOMAP_FUZZ_SCALE`` multiplies every test's examples (e.g. 10 for a long
hunt before a release); the default keeps the suite near a minute.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("GEOMAP_FUZZ_SCALE", "1"))

settings.register_profile(
    "geomap-fuzz",
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("geomap-fuzz")


def examples(n: int) -> settings:
    """Settings running ``n`` examples (times ``GEOMAP_FUZZ_SCALE``)."""
    return settings(max_examples=max(1, int(n * SCALE)))
