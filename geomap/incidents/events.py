"""Which events a sentence tells: its triggers grouped, and each group's words.

A sentence often tells its own event and cites another: "in retaliation
for the attack on Tower 22 that killed three soldiers", "after shelling hit
Kherson".  The cited event keeps its own phrase (its place, date and toll);
"amid the fighting" only sets the scene.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from geomap.incidents.how_many import fatalities_in
from geomap.incidents.lexicon import (
    ARMED_CLASHES,
    DEFINITE,
    FIGHT_WORDS,
    HEADLINE_TOLL_NOUNS,
    KILL_TRIGGERS,
)
from geomap.incidents.syntax import (
    VERB_REACH,
    governing_verb,
    is_root,
    lemma,
    tells_occurrence,
    up,
)
from geomap.incidents.what import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = (
    "EventGroup",
    "another",
    "armed_clashes",
    "background",
    "cited_anchor",
    "definite",
    "event_groups",
    "event_scope",
    "told_apart",
    "told_where",
    "told_with_its_place",
    "toll_follows",
)


def background(trigger: Trigger) -> bool:
    """Whether the trigger only sets the scene ("amid the fighting", "during the war")."""
    for node in list(up(trigger.token, VERB_REACH + 1))[1:]:
        if node.lower_ in ("amid", "amidst", "during"):
            return True
        if node.pos_ == "VERB":
            return False
    return False


_SEPARATORS = frozenset({"after", "following", "since", "before"})
#: Verbs whose object is an earlier event the story compares with.
_FOLLOWING = frozenset({"follow", "precede", "mirror", "echo", "recall", "resemble"})
#: Words that compare the event with an earlier one ("worse than", "short of", "compared with").
_COMPARING = frozenset({"than", "like", "unlike"})
_COMPARED = frozenset({"short", "compared", "similar", "comparable", "reminiscent"})
_RESPONSE = frozenset({"response", "retaliation", "reprisal", "revenge", "reaction"})
#: What people are held to account for: "their role in", "convicted of", "a trial over".
_ACCOUNTS = frozenset(
    {"role", "sentence", "convict", "charge", "trial", "accuse", "guilty", "prosecute"}
    | {"jail", "imprison", "arrest", "detain", "indict", "acquit"}
)
_ACCOUNTED = frozenset({"in", "of", "for", "over"})
#: ... by a court: a verdict is about an earlier deed, never news of it.
_VERDICTS = frozenset(
    {"sentence", "convict", "trial", "guilty", "prosecute", "indict", "acquit", "jail"}
    | {"imprison", "verdict", "court"}
)


def cited_anchor(trigger: Trigger) -> tuple[Token | None, str]:
    """Where a cited earlier event's phrase starts, and how it is cited.

    "in response to an attack on X", "in retaliation for/against …" → ("response");
    "arrested over the attack" → ("account"); "sentenced for their role in a
    bombing", "convicted of the attack" → ("verdict");
    "after a drone attack on X killed 89", "following shelling of Y" →
    ("sequence"); "deadlier than the attack on X", "short of the strike on Y" →
    ("comparison").  ``(None, "")`` for the sentence's own event.
    """
    for node in up(trigger.token, VERB_REACH):
        if any(c.dep_ == "mark" and c.lower_ in _SEPARATORS for c in node.children):
            # a marked root has no main clause: "8 dead after gunmen attack a bar"
            return (None, "") if is_root(node) else (node, "sequence")
        if is_root(node):
            return None, ""
        head = node.head
        if head.lower_ in _SEPARATORS:
            return node, "sequence"
        if head.lower_ in ("to", "for", "against") and head.head.lower_ in _RESPONSE:
            return node, "response"
        if (
            node.i == trigger.token.i
            and head.lower_ in _ACCOUNTED
            and lemma(head.head) in _ACCOUNTS
        ):
            # "sentenced … for their role in a truck bombing in 2019": a verdict's deed
            judged = any(lemma(n) in _VERDICTS for n in up(head.head, 4))
            return node, "verdict" if judged else "account"
        if head.lower_ in _COMPARING or (
            head.lower_ in ("of", "to", "with") and head.head.lower_ in _COMPARED
        ):
            return node, "comparison"  # "short of the attack on X in 2022", "deadlier than"
        if node.dep_ == "dobj" and lemma(head) in _FOLLOWING:
            return node, "sequence"  # "the shooting followed four mass shootings in …"
    return None, ""


def event_scope(anchor: Token | None, anchors: list[Token], sentence: Span) -> list[Token]:
    """The tokens that speak of this event.

    A cited earlier event ("in retaliation for the attack on Tower 22 that
    killed three soldiers") owns its own phrase; the main event owns the rest.
    """
    if anchor is not None:
        return list(anchor.subtree)
    cited = {t.i for other in anchors for t in other.subtree}
    return [token for token in sentence if token.i not in cited]


class EventGroup(NamedTuple):
    """One event of a sentence: its triggers and the phrase it owns.

    ``anchor`` heads the event's own phrase (``None``: the rest of the
    sentence).  A ``cited`` event is background; an event coordinated with
    another ("…, and 27 were killed in X") has that one as its ``partner``;
    an ``aftermath`` is told only by what followed it (`told_by_aftermath`).
    """

    members: list[Trigger]
    anchor: Token | None = None
    cited: bool = False
    partner: Trigger | None = None
    aftermath: bool = False


def event_groups(triggers: list[Trigger]) -> list[EventGroup]:
    """Split a sentence's triggers into events."""
    main: list[Trigger] = []
    cited: dict[int, tuple[list[Trigger], Token, str]] = {}
    # "killed during a raid in Tulkarm": the raid is the event itself; "the visit
    # came amid a wave of attacks": with no event of its own, the scene is background.
    # "Death toll rises to 10 during attacks in X": a toll told over the scene is its event
    scene_only = all(background(t) for t in triggers) and not (
        triggers and fatalities_in(triggers[0].token.sent) is not None
    )
    for trigger in triggers:
        anchor, how = cited_anchor(trigger)
        if how == "verdict":
            continue  # "convicted six soldiers over the 2008 killing of 120": no news of it
        if anchor is None and scene_only and background(trigger):
            anchor, how = trigger.token, "scene"
        if anchor is None:
            main.append(trigger)
        else:
            cited.setdefault(anchor.i, ([], anchor, how))[0].append(trigger)
    groups = [EventGroup(members, anchor, True) for members, anchor, _ in cited.values()]
    if main and all(_told_by_deaths(t) for t in main):
        # "Five people were killed after shelling hit Kherson": the deaths are that event's.
        for members, anchor, how in cited.values():
            if how == "sequence" and not _fight_before_a_deed(main, members):
                groups.remove(EventGroup(members, anchor, True))
                return [EventGroup(main + members), *groups]
    if not main and len(cited) == 1 and told_by_aftermath(*cited.values()):
        members, anchor, _ = next(iter(cited.values()))
        return [EventGroup(members, anchor, True, aftermath=True)]
    apart = [(t, partner) for t in main if (partner := told_apart(t, main)) is not None]
    main = [t for t in main if all(t is not other for other, _ in apart)]
    groups = [EventGroup([t], t.token, False, partner) for t, partner in apart] + groups
    return ([EventGroup(main)] if main else []) + groups


#: What a clause may tell of its own event: where and when (a toll is a "count").
_DETAILS = {"GPE": "place", "LOC": "place", "FAC": "place", "DATE": "date"}


def told_apart(trigger: Trigger, main: list[Trigger]) -> Trigger | None:
    """Form: an event coordinated with another, each told with its own details.

    Example: "Four were killed at the market, and 27 were killed in Old Town
    on Friday": two killings, each with its own toll and place.  A conjunct
    that only goes on with the same event ("attacked a post and killed five")
    tells nothing of the kind the first told, and stays one event with it;
    so does a verb that shares the first one's subject ("was seized and
    killed in X").  Returns the first event's trigger, or ``None``.
    """
    token = trigger.token
    if token.dep_ != "conj":
        return None
    if not trigger.is_noun and not any(c.dep_.startswith("nsubj") for c in token.children):
        return None  # "was abducted and killed in X": one subject, one event
    # the first event: what the conjunct joins, or (parsed loosely) a trigger below it
    partner = next(
        (
            t
            for t in main
            if t.is_noun == trigger.is_noun
            and (t.token == token.head or (t.is_noun and token.head.is_ancestor(t.token)))
            and not token.is_ancestor(t.token)
            and t.token.i < token.i
        ),
        None,
    )
    if partner is None:
        return None
    own = _details(token)
    if own & {"place", "date"} and own & _details(partner.token, token):
        return partner
    return None


def _details(token: Token, cut: Token | None = None) -> set[str]:
    """The kinds of detail ``token``'s words tell, less the phrase ``cut`` heads."""
    skip = range(cut.left_edge.i, cut.right_edge.i + 1) if cut is not None else range(0)
    kinds = set()
    for node in token.subtree:
        if node.i in skip:
            continue
        if node.ent_type_ in _DETAILS:
            kinds.add(_DETAILS[node.ent_type_])
        elif node.like_num and node.ent_type_ not in ("TIME", "DATE"):
            kinds.add("count")
    return kinds


def _fight_before_a_deed(main: list[Trigger], cited: list[Trigger]) -> bool:
    """Form: "troops killed 45 civilians after clashes with militiamen": two events.

    A killing told with its killer is a deed of its own; the fight it
    followed is another event, not the deaths' cause, as it is in "five
    people were killed after clashes erupted".
    """
    return all(t.is_noun and t.lemma in FIGHT_WORDS for t in cited) and any(
        not t.is_noun and any(c.dep_ == "nsubj" for c in t.token.children) for t in main
    )


def told_by_aftermath(cited: tuple[list[Trigger], Token, str]) -> bool:
    """Form: a sentence whose only event is the one its main clause followed.

    Example: "Thousands fled their homes in Bokkos after gunmen killed 20
    villagers": the flight tells where the killing was; "a month after" marks
    an earlier event, background to the news.
    """
    _, anchor, how = cited
    return how == "sequence" and not any(
        c.dep_ == "npadvmod" for n in (anchor, *anchor.children) for c in n.children
    )


def _told_by_deaths(trigger: Trigger) -> bool:
    """Form: "were killed", "Two die", "One dead and two hurt": the dead, not how."""
    return (
        trigger.lemma in KILL_TRIGGERS | {"die"} | HEADLINE_TOLL_NOUNS
        or trigger.token.pos_ == "NUM"  # a headline headed by its toll
    )


def armed_clashes(trigger: Trigger) -> bool:
    """Form: a headline's "Clashes renewed in X": fighting, unless a clash "over" something.

    Ministers "clash over the budget"; clashes with no issue named are fighting.
    """
    token = trigger.token
    # "Fighting renews in X", "The fighting continues in X": the mass noun opening the line
    fighting = token.lower_ == "fighting" and token.left_edge.i == token.sent.start
    return (
        fighting or (trigger.is_noun and token.tag_ == "NNS" and trigger.lemma in ARMED_CLASHES)
    ) and not any(c.lower_ == "over" for c in token.subtree)


def another(group: tuple[Trigger, ...]) -> bool:
    """Form: "another attack": one more of the kind just told, in the story's place."""
    return any(t.is_noun and any(c.lower_ == "another" for c in t.token.children) for t in group)


def told_where(trigger: Trigger) -> bool:
    """Form: "The abduction took place on the road to X": the told event, placed.

    Also in a relative clause: "The attack, which occurred on Wednesday night, was
    confirmed by the police".
    """
    token = trigger.token
    if trigger.is_noun and any(
        c.dep_ == "relcl" and tells_occurrence(c) and any(w.dep_ == "nsubj" for w in c.children)
        for c in token.children
    ):
        return True
    return token.dep_ == "nsubj" and tells_occurrence(token.head)


def toll_follows(trigger: Trigger) -> bool:
    """Form: "The attack took place on Saturday in X. Six people were killed.": a deadly event.

    Example: "The shooting occurred late on Saturday in Zoquital. Five men
    were killed."  The sentence that places the event and the one that counts
    its dead come apart; a toll told right after makes the event violence.
    """
    sentence = trigger.token.sent
    doc = sentence.doc
    if not told_where(trigger) or sentence.end >= len(doc):
        return False
    return bool(fatalities_in(doc[sentence.end].sent))


def told_with_its_place(trigger: Trigger, starts: Iterable[int]) -> bool:
    """Form: "The assault on the prison in the capital came after …": placed in its own phrase.

    Only the subject of its clause, or what a group claims ("IS claimed the
    raid on X"): "condemned the attack on X" talks about an event, which may
    be one told long ago.
    """
    token = trigger.token
    if not trigger.is_noun:
        return False
    verb = governing_verb(token)
    if token.dep_ not in ("nsubj", "nsubjpass") and (verb is None or lemma(verb) != "claim"):
        return False
    first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return any(first <= start < last for start in starts)


def definite(trigger: Trigger) -> bool:
    """A noun with "the"/"this"/"that": an event the article has already told."""
    return trigger.is_noun and any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.token.children
    )
