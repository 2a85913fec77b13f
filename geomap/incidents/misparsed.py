"""Event words the small parser mis-reads in headlines and telegraphic text.

spaCy's small English model was trained on running prose: in a headline it
takes "-ing" event words for verbs, "Forces shell areas" for a noun compound,
"Shot to death" for a base form with the lemma "shot", and "One dead and two
hurt" for a bare number.  Each helper recognises one such form so that
`geomap.incidents.what.find_triggers` reads the word as the reporter meant it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.incidents import lexicon as lx
from geomap.incidents.syntax import lemma

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = (
    "event_read_as_name",
    "gerund_noun",
    "misread_subject",
    "noun_read_as_verb",
    "subject_read_as_verb",
    "toll_headline",
    "verb_lemma",
    "verb_read_as_compound",
)


def verb_lemma(token: Token) -> str:
    """The lemma of a trigger verb, mending irregular past forms left as their own lemma.

    Example: "Shot to death on his doorstep" (tagged VB, lemma "shot").
    """
    word = lemma(token)
    return lx.IRREGULAR_PAST.get(word, word)


def gerund_noun(token: Token, headline: bool) -> bool:
    """An "-ing" event word the parser took for a verb, used as a noun (subject, object).

    A headline's "Shelling targets X" or "Bombing the countryside causes
    casualties" opens on it, object or not; "after shooting attack" has an
    event noun for its "object", so the "-ing" word names the attack's kind.
    """
    if token.tag_ != "VBG" or token.lower_ not in lx.NOUN_TRIGGERS:
        return False
    if headline and _opens(token):
        return True
    if _named_kind(token):
        return True  # "army shelling on X", "exchange of rocket shelling", "the 5th stoning"
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "pcomp"):
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "aux")]  # "after shelling the town"
    return all(c.dep_ == "dobj" and lemma(c) in lx.NOUN_TRIGGERS for c in objects)


def _named_kind(token: Token) -> bool:
    """An "-ing" event word with a determiner or a modifier before it and no object: a noun.

    Examples: "army shelling on three villages", "an exchange of mortar
    shelling", "carries out the 5th stoning".  A verb takes no determiner,
    and "troops were shelling" or "continued shelling the town" keep theirs.
    """
    if any(c.dep_ in ("dobj", "aux", "auxpass", "nsubj", "mark") for c in token.children):
        return False
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.is_quote and before.i > token.sent.start:
        before = token.doc[before.i - 1]  # the 5th “stoning”
    if before is None:
        return False
    determined = any(t.dep_ == "det" for t in token.doc[before.left_edge.i : token.i])
    return determined or before.pos_ in ("NOUN", "PROPN", "ADJ")


def toll_headline(token: Token) -> bool:
    """A verbless headline told by its dead.

    Examples: "40 casualties in X", "Human losses in X", "One dead and two
    injured after attack in X" (the parser heads the last with the number),
    "X: 7 dead, 4 wounded".
    """
    counted = any(c.dep_ == "nummod" for c in token.children)
    if token.dep_ in ("appos", "dep") and counted and lemma(token) in lx.HEADLINE_TOLL_NOUNS:
        return True  # "Celaya: 7 dead, 4 wounded": the toll hangs off the heading's place
    if token.pos_ == "NOUN" and lemma(token) in lx.HEADLINE_TOLL_NOUNS and _opens(token):
        # "Casualties in X city and aid convoys enter Y": the parser took it for a subject
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in token.children)
    if _more_told(token):
        return True
    if token.dep_ != "ROOT":
        return False
    if token.pos_ == "NUM":
        return any(c.dep_ == "amod" and lemma(c) in lx.HEADLINE_TOLL_NOUNS for c in token.children)
    if token.pos_ not in ("NOUN", "ADJ"):
        return False
    word = lemma(token)
    if word == "loss":
        return any(c.lower_ == "human" for c in token.children)
    return word in lx.HEADLINE_TOLL_NOUNS


def _more_told(token: Token) -> bool:
    """Form: "Factions withdraw and more casualties in X": a toll told further on.

    Counted or "more", and followed by where ("in", "at"), however attached.
    """
    if token.pos_ != "NOUN" or lemma(token) not in lx.HEADLINE_TOLL_NOUNS:
        return False
    if token.dep_ not in ("conj", "appos", "ROOT"):
        return False  # "the report counts more casualties in X than in Y": an object
    if not any(c.lower_ == "more" or c.dep_ == "nummod" for c in token.children):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    return after is not None and after.lower_ in ("in", "at")


def _opens(token: Token) -> bool:
    """Whether the token opens its sentence, quotation marks aside ("“Turkish” shelling …")."""
    words = [t for t in token.sent if not t.is_punct and not t.is_quote]
    if words and words[0].i == token.i:
        return True
    return len(words) > 1 and words[1].i == token.i and token.doc[token.i - 1].is_quote


def verb_read_as_compound(token: Token, headline: bool) -> bool:
    """A headline's verb the parser joined to its object as a noun compound.

    Only words that report violence on their own qualify, and only when the
    compound's head has a subject of its own, which a true compound never has.
    Example: "Turkish forces shell villages near the border".  When the
    subject too is read into the compound ("Warplanes bombard X city",
    "Gunmen kill singer in X"), the bare verb form after a plural or
    collective noun tells it, and then any trigger verb qualifies.
    """
    if not headline or token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return False
    word = lemma(token)
    if word not in lx.VERB_TRIGGERS:
        return False
    if _subject_read_into(token) or subject_read_as_verb(token):
        return True
    if word not in lx.STRONG_TRIGGERS:
        return False
    around = [*token.children, *token.head.children]
    return any(c.dep_ == "nsubj" and c.i < token.i for c in around)


def noun_read_as_verb(token: Token) -> str | None:
    """An event's plural noun the parser took for a verb: its noun lemma, else None.

    Only words that are never violent verbs ("airstrike", "blast", "skirmish")
    qualify, in the -s form, with no object: a verb use takes one ("the minister
    blasts critics").  Example: "Junta airstrikes on a village in Sagaing killed 20".
    """
    if token.pos_ != "VERB" or token.tag_ != "VBZ" or any(c.dep_ == "dobj" for c in token.children):
        return None
    word = token.lower_.removesuffix("es") if token.lower_.endswith("shes") else token.lower_[:-1]
    return word if word in lx.NOUN_TRIGGERS and word not in lx.VERB_TRIGGERS else None


#: Nouns for a group that takes a plural verb in a headline ("militia kill", "police shoot").
_COLLECTIVE = frozenset({"militia", "police", "junta", "regime", "gang"})


def _subject_read_into(token: Token) -> bool:
    """Whether a bare verb form follows its subject, both read as compounds ("Gunmen kill X")."""
    if token.lower_ != lemma(token) or token.i == token.sent.start:
        return False  # "kills", "strikes": a plural noun as likely as a verb
    before = token.doc[token.i - 1]
    subject = before.tag_ in ("NNS", "NNPS") or before.lower_ in _COLLECTIVE
    # "Taliban overrun district headquarters": a group's name, and a verb no noun shares
    subject |= before.is_title and lemma(token) not in lx.NOUN_TRIGGERS
    heads = (token.i, token.head.i, token.head.head.i)
    return subject and before.dep_ == "compound" and before.head.i in heads


def subject_read_as_verb(token: Token) -> bool:
    """Whether the subject before the compound was read as its verb ("The regime forces shell X").

    "forces" is a verb form too: the parser makes it the verb, the trigger a
    compound of its object; the subject ("regime") it leaves a subject of its own.
    """
    head = token.head
    verb = head.head
    return (
        head.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.i == token.i - 1
        and lemma(verb) in lx.FORCE_NOUNS
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def misread_subject(token: Token) -> Span | None:
    """The subject of a headline verb read as a compound, for the actor rules.

    Example: "Gunmen kill X", "The regime forces shell X", "Junta forces attack villages".
    """
    if token.dep_ != "compound":
        return None
    if subject_read_as_verb(token):
        verb = token.head.head
        return token.doc[verb.left_edge.i : verb.i + 1]
    if _subject_read_into(token):
        before = token.doc[token.i - 1]
        return token.doc[before.left_edge.i : token.i]
    # "Myanmar junta forces attack villages": the subject kept, hung on the compound
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    return token.doc[subject.left_edge.i : subject.i + 1] if subject is not None else None


def event_read_as_name(token: Token, headline: bool) -> bool:
    """A headline's opening event noun the tagger took for a proper noun.

    Example: "Massacre in San Francisco del Rincón" (tagged NNP, no entity).
    """
    return (
        headline
        and token.pos_ == "PROPN"
        and not token.ent_type_
        and token.lower_ in lx.NOUN_TRIGGERS
        and _opens(token)
    )
