"""Named rules, grouped by the question they answer.

Each question module (``what``, ``when``, ``who``, ``where``, ``how_many``)
keeps its rules as plain functions registered, in order, on a `RuleSet`, the
way spaCy keeps ``syntax_iterators`` in a name → function table.  A rule
answers ``None`` when it does not apply, so the first rule that answers
decides and the order is the precedence.  Every rule's docstring carries an
``Example:`` sentence, and ``tests/incidents/test_rules.py`` checks that each
registered rule has a test case whose id is its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

__all__ = ("RuleSet",)

C = TypeVar("C")
R = TypeVar("R")


class RuleSet(Generic[C, R]):
    """An ordered, named set of rules answering one question about a context ``C``."""

    #: Every rule set ever made, for discovery by the meta-tests.
    registry: dict[str, RuleSet] = {}  # type: ignore[type-arg]

    def __init__(self, question: str, *, register: bool = True) -> None:
        self.question = question
        self.rules: list[Callable[[C], R | None]] = []
        if register:
            RuleSet.registry[question] = self

    @classmethod
    def chain(cls, question: str, *parts: RuleSet[C, R]) -> RuleSet[C, R]:
        """One rule set asking ``parts`` in order (a question whose rules span modules)."""
        chained: RuleSet[C, R] = cls(question, register=False)
        for part in parts:
            chained.rules.extend(part.rules)
        return chained

    def __call__(self, rule: Callable[[C], R | None]) -> Callable[[C], R | None]:
        """Register ``rule`` after the rules registered before it."""
        if any(r.__name__ == rule.__name__ for r in self.rules):
            raise ValueError(f"{self.question}: rule {rule.__name__!r} registered twice")
        self.rules.append(rule)
        return rule

    def __iter__(self) -> Iterator[Callable[[C], R | None]]:
        return iter(self.rules)

    @property
    def names(self) -> tuple[str, ...]:
        """The rules' names, in order."""
        return tuple(rule.__name__ for rule in self.rules)

    def decide(self, context: C) -> R | None:
        """The first rule's answer that is not ``None``."""
        for rule in self.rules:
            answer = rule(context)
            if answer is not None:
                return answer
        return None

    def why(self, context: C) -> tuple[str, R] | None:
        """The deciding rule's name with its answer (for debugging and tests)."""
        for rule in self.rules:
            answer = rule(context)
            if answer is not None:
                return rule.__name__, answer
        return None
