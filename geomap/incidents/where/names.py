"""Role rules for names fused into other words or inside a noun phrase.

"Tehran-backed", "Britain-based", "Iranian drones", "Russia's ministry",
"US troops", "Mogadishu's Lido Beach", and a headline's "Tijuana: …".
"""

from __future__ import annotations

from geomap.geoparse.nlp import PLACE_LABELS
from geomap.geoparse.recognize import LOCAL
from geomap.geoparse.roads import DASHES, ROAD_WORDS
from geomap.incidents import lexicon as lx
from geomap.incidents.misparsed import verb_lemma
from geomap.incidents.rules import RuleSet
from geomap.incidents.syntax import children, lemma
from geomap.incidents.where.context import MentionContext
from geomap.vocab import Role

__all__ = (
    "NAME_RULES",
    "in_caption",
    "origin_affix",
    "affiliation_affix",
    "demonym",
    "headline_place",
    "possessive_container",
    "water_descriptor",
    "possessive_owner",
    "nationality_modifier",
    "event_modifier",
    "toll_modifier",
    "target_modifier",
    "local_body_modifier",
    "victim_modifier",
    "name_modifier",
)

NAME_RULES: RuleSet[MentionContext, Role] = RuleSet("where: names in words or noun phrases")


@NAME_RULES
def in_caption(c: MentionContext) -> Role | None:
    """A photo caption tells another moment than the story's.

    Example: "Smoke rises over Gaza City. Photo: AFP"
    """
    return Role.CAPTION if c.caption else None


def _affixed(c: MentionContext, affixes: frozenset[str]) -> bool:
    after = c.span.doc[c.span.end : c.span.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in affixes:
        return True
    return c.span.root.dep_ == "npadvmod" and c.span.root.head.lower_ in affixes


@NAME_RULES
def origin_affix(c: MentionContext) -> Role | None:
    """Form: "X-based", "X-born": where someone comes from.

    Example: "The Britain-based monitor reported the deaths."
    """
    return Role.ORIGIN if _affixed(c, lx.ORIGIN_AFFIXES) else None


@NAME_RULES
def affiliation_affix(c: MentionContext) -> Role | None:
    """Form: "X-backed", "X-made": an actor's sponsor or a weapon's maker.

    Example: "Tehran-backed militias fired drones at the base."
    """
    return Role.AFFILIATION if _affixed(c, lx.AFFILIATION_AFFIXES) else None


@NAME_RULES
def demonym(c: MentionContext) -> Role | None:
    """An adjective of nationality names an actor's country, not a place.

    Example: "Iranian drones struck the port."
    """
    return Role.AFFILIATION if c.adjectival else None


#: The longest opening "Town, State:" a headline names (in tokens).
_HEADING_TOKENS = 6


@NAME_RULES
def headline_place(c: MentionContext) -> Role | None:
    """A place opening a headline before a colon or dash is where it happened.

    Example: "Tijuana: two men shot dead outside a bar".  Not when the words after
    it name a scene of their own: "Saba: jets launch raids on Sanaa" quotes the
    agency (or the town it speaks from), and the raids were on Sanaa.
    """
    span, sentence = c.span, c.span.sent
    # "Ciudad Juárez, Chihuahua: …": the opening names, joined by commas, before the colon
    for token in sentence[: _HEADING_TOKENS + 1]:
        if token.text in (":", "—", "–") or _spaced_hyphen(token):  # "Chetumal, QRoo - …"
            if token.i < span.end or _scene_after(sentence, token.i):
                return None
            return Role.INCIDENT
        if not (_heading_word(token) or span.start <= token.i < span.end):
            return None
    return None


def _scene_after(sentence, colon: int) -> bool:
    """Whether a headline names a place in "on/in/at X" after its opening colon.

    A part of a town ("in Colonia Zacatecas", "in the Centro neighbourhood") is
    the heading town's own: the heading stays the scene.
    """
    return any(
        t.ent_type_ in PLACE_LABELS
        and t.dep_ == "pobj"
        and t.head.lower_ in ("on", "in", "at")
        and not any(w.lower_ in lx.TOWN_PARTS for w in t.subtree)
        for t in sentence
        if t.i > colon
    )


def _spaced_hyphen(token) -> bool:
    """A hyphen standing as a dash between words ("X - two shot"), not inside "Al-Bab"."""
    before = token.nbor(-1) if token.i else None
    return token.text == "-" and bool(token.whitespace_) and bool(before and before.whitespace_)


def _heading_word(token) -> bool:
    """A word of a headline's opening noun phrase: a name, a noun, "," or "/"; no verb."""
    if token.text in (",", "/"):
        return True
    if token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON"):
        return False
    return (
        token.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM")
        or token.ent_type_ != ""
        or token.is_title
    )


@NAME_RULES
def possessive_container(c: MentionContext) -> Role | None:
    """Form: "X's Y" with Y a place: X contains the scene.

    Example: "Shells fell on Mogadishu's Lido Beach."
    """
    root = c.span.root
    if root.dep_ == "poss" and root.head.ent_type_ in PLACE_LABELS:
        return Role.INCIDENT
    return None


@NAME_RULES
def water_descriptor(c: MentionContext) -> Role | None:
    """A sea or river before a noun describes it.

    Example: "Jets struck the Red Sea port of Hodeidah."
    """
    if c.span.root.dep_ in ("compound", "nmod") and c.feature_type in lx.WATER:
        return Role.CONTEXT
    return None


@NAME_RULES
def possessive_owner(c: MentionContext) -> Role | None:
    """Form: "X's army", "X's decision": the place stands for its state or group.

    Example: "Russia's defence ministry said the drones were downed."
    (Not "in Dera Ismail Khan's Kulachi tehsil": a place's part.)
    """
    root = c.span.root
    owned = root.head
    while owned.dep_ == "compound" and owned.head.i != owned.i:
        owned = owned.head  # "X's Kulachi tehsil": the phrase's head noun tells
    if root.dep_ == "poss" and owned.lower_ not in lx.PLACE_NOUNS | lx.DIRECTIONS:
        return Role.AFFILIATION if root.head.ent_type_ in ("ORG", "NORP", "") else Role.ACTOR
    return None


@NAME_RULES
def nationality_modifier(c: MentionContext) -> Role | None:
    """A country before a noun is a nationality ("US troops", "the Saudi Hospital").

    Example: "US troops were deployed to the area."
    """
    if c.span.root.dep_ in ("compound", "nmod", "amod") and c.feature_type == "country":
        return Role.AFFILIATION
    return None


@NAME_RULES
def event_modifier(c: MentionContext) -> Role | None:
    """A place before an event noun is where the event happened ("the X attack" recalls one).

    Example: "Three fighters killed in Zinder airstrike"
    """
    root = c.span.root
    head = root.head
    if head.left_edge.lower_ in lx.DEFINITE:
        return None  # "The El Paso shooting preceded another": an event told before
    if root.dep_ in ("compound", "nmod") and (
        head.lower_ in lx.NOUN_TRIGGERS or lemma(head) in lx.NOUN_TRIGGERS.keys() | lx.ATTACK_NOUNS
    ):
        return Role.INCIDENT
    return None


@NAME_RULES
def toll_modifier(c: MentionContext) -> Role | None:
    """A place before what killed or left the dead is where they died.

    Example: "Kherson violence leaves 11 dead"
    """
    root = c.span.root
    subject = root.head
    if root.dep_ not in ("compound", "nmod") or subject.dep_ != "nsubj":
        return None
    verb = verb_lemma(subject.head)
    left_dead = verb == "leave" and any(
        child.lower_ in lx.LEFT_TOLL for child in subject.head.children
    )
    return Role.INCIDENT if left_dead or verb in lx.KILLING_VERBS else None


@NAME_RULES
def target_modifier(c: MentionContext) -> Role | None:
    """A place before what a violent verb strikes is where it was struck.

    Example: "Gunmen shoot and kill Kherson shopkeeper"
    """
    root = c.span.root
    target = root.head
    if root.dep_ not in ("compound", "nmod") or target.dep_ not in ("dobj", "nsubjpass"):
        return None
    violent = lx.TARGETING_VERBS | lx.KILLING_VERBS | lx.STRONG_TRIGGERS
    return Role.INCIDENT if verb_lemma(target.head) in violent else None


@NAME_RULES
def victim_modifier(c: MentionContext) -> Role | None:
    """A place before a victim a violent participle describes is where it befell them.

    Example: "Kherson policeman executed, two banners left"
    """
    root = c.span.root
    if root.dep_ not in ("compound", "nmod", "amod") or c.feature_type == "country":
        return None  # "Iraqi soldiers killed": a nationality
    violent = lx.TARGETING_VERBS | lx.KILLING_VERBS | lx.STRONG_TRIGGERS
    victim = root.head
    told = [v for v in victim.children if v.dep_ == "acl" and v.tag_ == "VBN"]
    verb = victim.head
    if victim.dep_ == "nsubj" and verb.tag_ in ("VBN", "VBD") and not children(verb, "dobj"):
        told.append(verb)  # a headline's passive without its auxiliary
    return Role.INCIDENT if any(verb_lemma(v) in violent for v in told) else None


@NAME_RULES
def local_body_modifier(c: MentionContext) -> Role | None:
    """A town before its own police acting in the event is where they acted.

    Example: "Kherson police find four bodies inside a cave"
    """
    root = c.span.root
    body = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or body.lower_ not in LOCAL:
        return None
    if body.dep_ != "nsubj" or c.feature_type in ("country", "admin1"):
        return None  # "Mexican police": a nationality; "Sonora police": a state's force
    return Role.INCIDENT if verb_lemma(body.head) in lx.VERB_TRIGGERS else None


@NAME_RULES
def road_end(c: MentionContext) -> Role | None:
    """Form: "on the Kidal-Gao road": near its first end; the far end only names the road.

    Example: "Four soldiers were killed in an ambush on the Kidal-Gao road."
    """
    span, doc = c.span, c.span.doc
    road = next((t for t in doc[span.end : span.end + 8] if t.lower_ in ROAD_WORDS), None)
    between = doc[span.end : road.i] if road is not None else []
    if road is None or any(t.is_punct and t.text not in DASHES for t in between):
        return None
    if span.start >= 2 and doc[span.start - 1].text in DASHES and doc[span.start - 2].is_title:
        return Role.CONTEXT
    if not between or between[0].text not in DASHES:
        return None
    # "on the Maiduguri-Konduga road, a few kilometres before Konduga": placed by the far end
    far, rest = doc[span.end + 1 : road.i].text, doc[road.i + 1 : span.sent.end].text
    return Role.CONTEXT if far in rest else Role.NEAR


@NAME_RULES
def name_modifier(c: MentionContext) -> Role | None:
    """A place modifying a noun that is not a place noun names an institution.

    Example: "Kherson officials reported the strike."  Not a name after a
    preposition the parser left without its object (`MentionContext.dangling_prep`).
    """
    if c.dangling_prep is not None:
        return None
    root = c.span.root
    if c.node is not root and c.node.dep_ == "pobj" and root.ent_type_ in PLACE_LABELS:
        return None  # "in an Acapulco bar": the phrase is a place
    if c.feature_type and root.head.pos_ == "PROPN" and root.head.dep_ == "pobj":
        return None  # "in Nogales Sonora": a town before its state
    doc, end = c.span.doc, c.span.end
    if end < len(doc) and doc[end].lower_ in lx.PLACE_NOUNS or c.kind is not None:
        # "Shells target Aleppo city", "the capital Damascus", "the city of Manbij":
        # a place with its kind, however the parser hung it
        return None
    if root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ not in lx.PLACE_NOUNS:
        return Role.ACTOR
    return None
