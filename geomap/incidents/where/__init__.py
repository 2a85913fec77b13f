"""Where it happened: why each place is in the text ("Tehran-backed", "visiting Moscow").

Rules read the syntax around one name.  `ROLE_RULES` asks them in
precedence order: names fused into words or inside noun phrases
(``names``), then names as a verb's arguments (``verbs``), then the places
of the people named (``people``), then names after a preposition
(``preps``).  The first rule that answers gives the `Role`; only
``INCIDENT`` and ``NEAR`` places can locate an incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents.rules import RuleSet
from geomap.incidents.where.context import MentionContext
from geomap.incidents.where.names import NAME_RULES
from geomap.incidents.where.people import PEOPLE_RULES
from geomap.incidents.where.preps import PREPOSITION_RULES
from geomap.incidents.where.verbs import ARGUMENT_RULES
from geomap.vocab import Role

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ("ROLE_RULES", "MentionContext", "mention_role")

ROLE_RULES: RuleSet[MentionContext, Role] = RuleSet.chain(
    "where: role of a place", NAME_RULES, ARGUMENT_RULES, PEOPLE_RULES, PREPOSITION_RULES
)


def mention_role(span: Span, *, caption: bool, adjectival: bool, feature_type: str = "") -> Role:
    """Role of one mention, given its spaCy span and whether it sits in a caption."""
    context = MentionContext(span, caption, adjectival, feature_type)
    return ROLE_RULES.decide(context) or Role.CONTEXT
