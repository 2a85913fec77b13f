"""The analyst's corrections: stable incident ids, ``reviews.tsv``, and applying it on build."""

from __future__ import annotations

from geomap.review.ids import stable_id
from geomap.review.store import Action, Review, append_reviews, make_review, read_reviews

__all__ = ("Action", "Review", "append_reviews", "make_review", "read_reviews", "stable_id")
