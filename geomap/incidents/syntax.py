"""Small readers of the dependency parse shared by the incident rules."""

from __future__ import annotations

from typing import Any

__all__ = ("lemma", "subtree_text")


def lemma(token: Any) -> str:
    """Lower-case lemma, falling back to the text when the model gives none."""
    return (token.lemma_ or token.text).lower()


def subtree_text(token: Any) -> str:
    """The words a token heads, as they stand in the text."""
    tokens = list(token.subtree)
    return token.doc[tokens[0].i : tokens[-1].i + 1].text
