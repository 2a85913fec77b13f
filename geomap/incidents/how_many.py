"""How many were killed: "killed six fighters", "at least 12 dead", "zero casualties".

Unknown stays unknown (``None``), never 0: only an explicit statement such as
"no casualties" gives 0 (or an event told only by its wounded,
`geomap.incidents.tolls.wounded_only`).  Numbers attached to the wounded are not deaths, nor
are the numbers `geomap.incidents.counts.NOT_A_COUNT` says count something else
(ages, years, distances and durations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from geomap.incidents.bodies import told_to_death
from geomap.incidents.counts import COLLECTIVE, NOT_A_COUNT, NUMBER_WORDS, parse_number
from geomap.incidents.lexicon import DEATH_WORDS, REPORTING_VERBS, WOUND_WORDS
from geomap.incidents.syntax import lemma as _lemma
from geomap.incidents.victims import lost_life, one_body, one_pronoun, one_victim, shot_dead

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ("fatalities_in", "own_count")

#: Verbs that report a toll in their complement ("reported killed", "feared dead").
_TELLING = REPORTING_VERBS | {"fear", "believe", "presume", "confirm", "leave", "find"}
_ZERO = re.compile(
    r"\b(?:zero|no)\s+(?:casualties|fatalities|deaths|dead|injuries|one was killed"
    r"|lives were lost)\b"
    r"|\bno one was (?:killed|hurt|injured)\b|\bnobody was (?:killed|hurt)\b"
    # "killing no one but wounding two", "the blast killed nobody"
    r"|\b(?:killing|killed|kills|kill) (?:no one|no-one|nobody)\b"
    r"|\bwithout casualties\b",
    re.I,
)


def fatalities_in(tokens: Iterable[Token]) -> int | None:
    """Deaths stated in a span or token list, or ``None`` when it states none."""
    tokens = list(tokens)
    if _ZERO.search(" ".join(token.text for token in tokens)):
        return 0
    best: int | None = None
    counted: dict[int, int] = {}  # the deaths each clause's subject counts
    for token in tokens:
        if _tens_of(token):
            continue  # "Forty" of "Forty-five": its units word counts
        if one_victim(token) or one_body(token) or one_pronoun(token):
            best = max(best or 0, 1 + _conjoined_victims(token))
            continue
        if (
            token.like_num
            or token.lower_ in NUMBER_WORDS
            and (token.dep_ in ("nummod", "det") or token.lower_ in COLLECTIVE)
        ):
            value = _value(token)
            if value is None or value > 100_000 or NOT_A_COUNT.decide(token):
                continue
            if _is_death_count(token):
                best = max(best or 0, value + _conjoined_victims(token))
                if token.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    counted[token.head.head.i] = value
    return max(best or 0, _in_turn(counted, tokens)) if best is not None else None


def _in_turn(counted: dict[int, int], tokens: list[Token]) -> int:
    """Form: "Two soldiers were martyred and three terrorists killed": each clause's dead, summed.

    Only clauses joined by "and" or "while" count, each with its own number of dead:
    "killing 14 rebels, while three soldiers were martyred" are 17.
    """
    verbs = [t for t in tokens if t.i in counted]
    pairs = {(v.i, _went_on_from(v, verbs)) for v in verbs}
    joined = {i for pair in pairs if pair[1] is not None for i in pair}
    return sum(counted[i] for i in joined if i is not None)


def _went_on_from(verb: Token, verbs: list[Token]) -> int | None:
    """The counted clause a clause goes on from: by "and", or by "while" ("while 3 died").

    A "while" clause may hang off the sentence's main verb, beside the killing it
    goes on from ("repelled the assault, killing 14, while 3 were martyred").
    """
    if verb.dep_ == "conj" and verb.head in verbs:
        return verb.head.i
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or not marks & {"while", "whereas"}:
        return None
    told = [v for v in verbs if v != verb and (v == verb.head or v.head == verb.head)]
    return told[0].i if told else None


def own_count(place: Token) -> tuple[int, int] | None:
    """The count a place's own phrase gives it, in a toll told place by place: (its word, value).

    Example: "Gunmen killed five villagers in Kauru and two in Bakin Kogi": five
    at Kauru, two at Bakin Kogi, not seven shared evenly ("five in X and Y" share
    one count, and the caller shares it).
    """
    node = place
    for _ in range(_PLACE_TO_COUNT):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in ("in", "at", "near"):
            owner = head.head
            numbers = [owner] if owner.pos_ == "NUM" else []
            counted = [owner, *(c for c in owner.children if c.dep_ == "dobj")]  # "killing one
            numbers += [c for n in counted for c in n.children if c.dep_ == "nummod"]  # in X"
            values = [(n.i, _value(n)) for n in numbers if n.like_num or n.lower_ in NUMBER_WORDS]
            return next(((i, v) for i, v in values if v is not None), None)
        if head.i == node.i:
            return None
        node = head
    return None


#: From a place's name to its preposition: "in [Kaduna state's [Kauru area]]".
_PLACE_TO_COUNT = 3


def _tens_of(token: Token) -> bool:
    """Whether the word is the tens of a hyphenated number ("Forty" of "Forty-five").

    "Rudaw - Eleven fighters were killed": a source credit before a hyphen is no tens.
    """
    after = token.nbor(1) if token.i + 2 < len(token.doc) else None
    tens = token.like_num or token.lower_ in NUMBER_WORDS
    return tens and after is not None and after.text == "-" and token.head.i == token.i + 2


def _value(token: Token) -> int | None:
    """A number's value, with the tens split off by the tokenizer ("Forty-five")."""
    first = token.doc[token.i - 2] if token.i >= 2 else None
    if first is not None and token.nbor(-1).text == "-" and _tens_of(first):
        return parse_number(f"{first.text}-{token.text}")
    return parse_number(token.text)


#: What marks a singular noun before "and N others" as one more person ("his driver").
_ONE_PERSON_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
#: ... and what counts one victim after "and" ("the driver" may be one of those counted).
_ONE_MORE = _ONE_PERSON_DETERMINERS - {"the"}


def _conjoined_victims(token: Token) -> int:
    """Form: "killed seven employees and a Jordanian officer": the victims after "and".

    And the ones before: "shot dead a village chief and his two sons" are three, as are
    "killing his driver and two bodyguards"; "a councillor and his wife" are two; and
    every person of a longer coordination counts: "killed the police chief, his deputy
    and three bodyguards" are five, "the governor and four of his guards" five.
    """
    noun = token.head if token.dep_ in ("nummod", "det") else token
    if noun.pos_ not in ("NOUN", "PROPN", "NUM") or noun is token and noun.pos_ != "NUM":
        return 0
    after = noun.doc[noun.right_edge.i + 1 : noun.right_edge.i + 2]
    if after and _lemma(after[0]) in REPORTING_VERBS:
        return 0  # "killing 17 civilians, two residents and a nurse told Reuters": the sources
    first = noun
    while first.dep_ == "conj":
        first = first.head
    counts = [_persons(other, before=other.i <= noun.i) for other in _conjuncts(first)]
    if len(counts) > 2 and counts[0] == sum(counts[1:]):
        return counts[0] - _persons(noun, before=True)  # "five people, three soldiers and two …"
    return sum(counts) - _persons(noun, before=True)


def _conjuncts(first: Token) -> list[Token]:
    """The nouns of a coordination, from its first ("the chief, his deputy and three guards")."""
    found = [first]
    for child in first.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM"):  # "three Afghans"
            found += _conjuncts(child)
    return found


def _persons(noun: Token, *, before: bool) -> int:
    """The people one conjunct counts: its number, or one for a singular with a determiner.

    "the driver" after others may be one of those counted; before them, it is one more.
    """
    if noun.pos_ == "NUM":  # "the governor and four of his guards"
        return _value(noun) or 0
    if before and noun.ent_type_ == "PERSON":  # "Mayor Ruiz and four other people"
        return 1
    one = _ONE_PERSON_DETERMINERS if before else _ONE_MORE
    counts = [c for c in noun.children if c.dep_ in ("nummod", "det", "poss")]
    values = [_value(c) for c in counts if c.dep_ == "nummod"]
    if any(v is not None for v in values):
        return next(v for v in values if v is not None)
    return int(noun.tag_ == "NN" and any(c.lower_ in one for c in counts))


def _among_the_dead(head: Token, node: Token) -> bool:
    """Form: "Among the dead were nine members of one family": the count is of the dead.

    As in "Among those killed were two journalists" and "Those killed included three
    officers"; "among the wounded" counts no deaths.
    """
    if _lemma(head) not in ("be", "include"):
        return False
    for child in head.children:
        if child.i == node.i:
            continue
        named = [c for c in child.children if c.dep_ == "pobj"] if child.lower_ == "among" else []
        named += [child] if child.dep_ == "nsubj" else []
        for noun in named:
            if _lemma(noun) in DEATH_WORDS or any(
                c.dep_ == "acl" and _lemma(c) in DEATH_WORDS for c in noun.children
            ):
                return True
    return False


def toll_put_at(verb: Token, prep: Token) -> bool:
    """Form: "put the death toll at 52", "placed the toll at 12": the count the toll is put at.

    Example: "The monitor put the death toll at 52."
    """
    if prep.lower_ != "at" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and _lemma(c) == "toll" for c in verb.children)


def number_of_dead(noun: Token) -> bool:
    """Form: "The number of deaths from the riot rose to 118": a toll told as a number.

    Example: "The number of dead in the attack on Zoquital rose to 12."
    """
    return _lemma(noun) == "number" and any(
        p.lower_ == "of" and any(_lemma(o) in DEATH_WORDS for o in p.children)
        for p in noun.children
    )


def _is_death_count(token: Token) -> bool:
    """Walk up from the number: a kill word before a wound word means deaths."""
    if any(_lemma(c) in DEATH_WORDS and c.dep_ in ("acl", "amod") for c in token.children):
        return True  # "Sinaloa: 3 killed in …": in a headline the count heads its verb
    counted = token.head if token.dep_ == "nummod" else token
    told = {_lemma(c) for c in counted.children if c.dep_ == "acl"}
    if told & WOUND_WORDS and not told & DEATH_WORDS:
        return False  # "one was killed and 20 others injured", "Five killed, 20 injured"
    node = token
    for _ in range(4):  # a count sits within a phrase or two of its verb
        head = node.head
        if node.lower_ in ("wounded", "injured") or _the_killers(node):
            return False
        # "thirteen soldiers were reported killed": the report's complement tells the deaths
        told = ("amod", "acl", "nsubj", *(("xcomp", "oprd") if _lemma(head) in _TELLING else ()))
        for child in head.children:
            dead = _lemma(child) in DEATH_WORDS or number_of_dead(child)
            if child.i != node.i and dead and child.dep_ in told:
                return True
        if _among_the_dead(head, node) or toll_put_at(head, node):
            return True
        lemma = _lemma(head)
        if lemma in WOUND_WORDS:
            return False
        if shot_dead(head):
            return True  # "three Palestinians were shot dead"
        if lemma in DEATH_WORDS or told_to_death(head) or lost_life(head):
            return True  # "hacking 14 people to death", "five lost their lives"
        if head.pos_ in ("VERB", "AUX") and head.i != node.i:
            return False  # "damaging dozens of homes": another verb's object
        if head.i == node.i:
            break
        node = head
    return False


def _the_killers(node: Token) -> bool:
    """Form: "shot dead by two men": the count after "by" counts the killers, not the dead.

    Example: "A guard was shot dead by two men on a motorcycle." (one dead)
    """
    return node.dep_ == "agent" or node.dep_ == "pobj" and node.head.dep_ == "agent"
