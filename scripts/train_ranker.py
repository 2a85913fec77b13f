"""Fit the resolver's ranker weights (geomap/geoparse/ranker.json) on development data.

Usage::

    .venv/bin/python scripts/train_ranker.py ../shared/data/geoparsing/GWN.xml \\
        ../shared/data/geoparsing/lgl.xml

Only the first 70 % (file order) of each corpus's eligible toponyms — the
split Mordecai3 trained on, see `geomap.eval.geoparse.scored_toponyms` — is
read; the last 30 %, which ``geomap eval geoparse`` scores, is never seen.
Each gold toponym whose gold GeoNames record is among the candidates that
pass the resolver's filters is one example: the candidates' feature vectors
and which one is gold.  The weights maximise the gold candidate's softmax
probability (a conditional logit) with a small L2 pull toward the hand-set
weights, by plain gradient descent: deterministic, seconds, numpy only.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from geomap.build import default_geoparser
from geomap.eval.corpora import read_corpus
from geomap.eval.geoparse import DEV_SHARE, scored_toponyms
from geomap.geoparse.ranker import DEFAULT_WEIGHTS, FEATURES, WEIGHTS_FILE, Ranker
from geomap.model import Place

OUT = Path(__file__).resolve().parents[1] / "geomap" / "geoparse" / WEIGHTS_FILE
L2 = 0.01
STEPS = 4000
RATE = 0.5


class Recorder:
    """A ranker that ranks with the hand-set weights and keeps every feature row it saw."""

    def __init__(self) -> None:
        self.ranker = Ranker.from_mapping(DEFAULT_WEIGHTS)
        self.rows: dict[tuple[int, int], list[tuple[Sequence[float], Place]]] = {}

    def rank(self, span, rows):  # noqa: D102 - the Ranker interface
        self.rows[span] = list(rows)
        return self.ranker.rank(span, rows)


def examples(corpus: Path, geoparser, recorder: Recorder) -> list[tuple[np.ndarray, int]]:
    """(feature matrix, gold row) for each development toponym with its gold among the rows."""
    out = []
    _, split = scored_toponyms(read_corpus(corpus), geoparser, dev=True)
    for _, doc, found, wanted in split:
        recorder.rows.clear()
        geoparser.resolve_spans(doc, [(t.start, t.end) for t in found])
        for toponym in found[wanted]:
            rows = recorder.rows.get((toponym.start, toponym.end), [])
            gold = [i for i, (_, p) in enumerate(rows) if p.geonames_id == toponym.geonames_id]
            if gold and len(rows) > 1:
                out.append((np.array([f for f, _ in rows], dtype=float), gold[0]))
    return out


def fit(data: list[tuple[np.ndarray, int]], start: np.ndarray) -> np.ndarray:
    """Conditional-logit weights by gradient descent from ``start``."""
    x = np.vstack([m for m, _ in data])
    sizes = np.array([len(m) for m, _ in data])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(data)), sizes)
    gold = np.zeros(len(x))
    gold[offsets + np.array([g for _, g in data])] = 1.0
    w = start.copy()
    for _ in range(STEPS):
        s = x @ w
        s -= np.maximum.reduceat(s, offsets)[group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, offsets)[group]
        grad = x.T @ (p - gold) / len(data) + L2 * (w - start)
        w -= RATE * grad
    return w


def accuracy(data: list[tuple[np.ndarray, int]], w: np.ndarray) -> float:
    """Share of examples whose gold row scores highest."""
    return float(np.mean([int(np.argmax(m @ w)) == g for m, g in data]))


def main() -> None:
    """Read the corpora, fit, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    recorder = Recorder()
    geoparser = default_geoparser()
    geoparser.ranker = recorder
    data = []
    for corpus in args.corpora:
        found = examples(corpus, geoparser, recorder)
        print(f"{corpus.name}: {len(found)} development examples")
        data += found
    start = np.array(Ranker.from_mapping(DEFAULT_WEIGHTS).weights)
    weights = fit(data, start)
    before, after = accuracy(data, start), accuracy(data, weights)
    print(f"development accuracy: hand-set {before:.3f}, fitted {after:.3f}")
    payload = {
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)},
        "trained_on": [
            f"{c.name}: first {DEV_SHARE:.0%} of the eligible toponyms (file order)"
            for c in args.corpora
        ],
        "examples": len(data),
        "command": "python scripts/train_ranker.py " + " ".join(str(c) for c in args.corpora),
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
