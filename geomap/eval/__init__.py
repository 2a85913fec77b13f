"""Measuring geomap against gold data (incidents now; toponym resolution next)."""

from geomap.eval.incidents import (
    ArticleScore,
    IncidentScores,
    evaluate,
    load_gold,
    score_article,
    summarise,
)

__all__ = ("ArticleScore", "IncidentScores", "evaluate", "load_gold", "score_article", "summarise")
