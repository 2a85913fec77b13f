"""Who did it, to whom, and when: the arguments of an event trigger.

Read from the dependency parse, so that "drones launched by Iranian-backed
militias struck Al Tanf Garrison, which is used by US forces" gives the
militias as actor1 and US forces as actor2, and a date that belongs to a
reporting verb ("the monitor said on Wednesday") is not the event's date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from geomap.geoparse.demonyms import demonym_country
from geomap.incidents.actors import Actor, ActorRegistry
from geomap.incidents.syntax import lemma as _lemma
from geomap.incidents.syntax import subtree_text
from geomap.incidents.triggers import Trigger, clause_anchors, clause_of
from geomap.incidents.when import EventDate, resolve_date

__all__ = ("actors_of", "date_of", "subtree_text")

_REPORTING = frozenset(
    {
        "say",
        "report",
        "tell",
        "announce",
        "claim",
        "state",
        "confirm",
        "add",
        "describe",
        "call",
        "quote",
        "publish",
        "post",
        "deny",
    }
)
_CIVILIANS = re.compile(
    r"\b(civilians?|residents?|people|children|women|villagers|worshippers|farmers|"
    r"displaced|passers-by|families|patients|students|journalists|aid workers|man|men|woman|"
    r"boys?|girls?|teenagers?|teens?|child|baby|babies|elderly|shepherds?|traders?|"
    r"medics?|paramedics?|doctors?|nurses?|teachers?|worshippers?|pilgrims?|refugees?)\b",
    re.I,
)
UNIDENTIFIED = "Unidentified armed group"
_PERPETRATE = frozenset(
    {
        "carry",
        "conduct",
        "launch",
        "stage",
        "mount",
        "perpetrate",
        "unleash",
        "execute",
        "commit",
        "claim",
        "intensify",
        "step",
        "continue",
        "begin",
        "resume",
        "order",
        "make",
    }
)
_POSSESSIVE = re.compile(r"['’]s\b")
_STATE_FORCES = re.compile(
    r"\b(army|military|armed forces|government forces|troops|soldiers|warplanes|air force|"
    r"government (?:artillery|jets|aircraft|drones|tanks|shelling))\b",
    re.I,
)
#: "its forces", "their troops" belong to the speaker; "their vehicle" does not.
_FORCE_NOUNS = frozenset(
    {
        "force",
        "troop",
        "army",
        "military",
        "unit",
        "soldier",
        "fighter",
        "jet",
        "warplane",
        "drone",
        "artillery",
        "aircraft",
        "navy",
        "militia",
        "militant",
        "brigade",
    }
)
_BARE_DATES = frozenset({"overnight", "yesterday", "today", "tonight"})
#: Clauses that say what caused a passive event: "killed when …", "wounded as …".
_CAUSE_MARKS = frozenset({"when", "as", "after", "while"})
#: A capitalised demonym at most three words before a weapon or force noun.
_ARMED_DEMONYM = re.compile(
    r"\b([A-Z][a-z]+)(?:\s+[a-z-]+){0,3}?\s+(?:bombs?|missiles?|shells?|shelling|artillery|"
    r"jets?|warplanes?|planes?|aircraft|drones?|rockets?|troops|forces|soldiers|strikes?|"
    r"air ?strikes?|fire|tanks?|gunboats?|navy|helicopters?|gunships?|units|defenders)\b"
)


def _children(token: Any, *deps: str) -> list[Any]:
    return [child for child in token.children if child.dep_ in deps]


def _prep_objects(token: Any, *words: str) -> list[str]:
    found = []
    for prep in _children(token, "prep", "agent"):
        if prep.lower_ in words:
            found.extend(subtree_text(obj) for obj in _children(prep, "pobj"))
    return found


def _antecedent(subject: Any) -> str:
    """Resolve "it", "they" or "its forces" to the speaker ("Russia said its forces…")."""
    pronoun = subject.lower_ in ("it", "they", "we")
    owner = _lemma(subject) in _FORCE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children
    )
    if not (pronoun or owner):
        return subtree_text(subject)
    node = subject.head
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB" and (node.lemma_ or "").lower() in _REPORTING:
            speakers = _children(node, "nsubj")
            if speakers:
                return subtree_text(speakers[0])
    return subtree_text(subject)


def _agent_phrases(trigger: Trigger) -> list[str]:
    token = trigger.token
    if trigger.is_noun:
        phrases = [subtree_text(m) for m in _children(token, "compound", "amod", "poss", "nmod")]
        phrases += _prep_objects(token, "by", "from")
        verb = token.head
        if (
            token.dep_ in ("dobj", "obj")
            and verb.pos_ == "VERB"
            and (verb.lemma_ or "").lower() in _PERPETRATE
        ):
            # "the US military carried out strikes", not "Damascus condemned the strikes"
            phrases += [_antecedent(s) for s in _children(verb, "nsubj")]
        return phrases
    if _children(token, "nsubjpass", "auxpass"):
        agents = _prep_objects(token, "by")
        # "16 people were killed when Russian bombs slammed into …": the clause's subject.
        for clause in _children(token, "advcl"):
            if any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in clause.children):
                agents += [subtree_text(s) for s in _children(clause, "nsubj")]
        return agents
    subjects = _children(token, "nsubj")
    if not subjects and token.dep_ in ("conj", "advcl", "xcomp") and token.head.pos_ == "VERB":
        subjects = _children(token.head, "nsubj")
    phrases = [_antecedent(s) for s in subjects]
    if not subjects and token.dep_ in ("acl", "relcl"):
        # "Somali troops, backed by …, clashed": the parser hangs the verb on its subject.
        head = token.head
        phrases.append(token.doc[head.left_edge.i : head.i + 1].text)
    return phrases


def _target_phrases(trigger: Trigger) -> list[str]:
    token = trigger.token
    phrases = _prep_objects(token, "on", "against", "at", "targeting")
    if trigger.lemma in ("clash", "fight", "battle"):
        phrases += _prep_objects(token, "with")
    if trigger.is_noun:
        verb = token.head
        for clause in _children(verb, "advcl", "xcomp", "conj"):
            if clause.tag_ == "VBG":
                phrases += [subtree_text(o) for o in _children(clause, "dobj")]
        return phrases
    phrases += [subtree_text(o) for o in _children(token, "dobj", "nsubjpass")]
    # The parser sometimes makes the target a second subject after the verb.
    phrases += [subtree_text(o) for o in _children(token, "nsubj") if o.i > token.i]
    return phrases


def _match(registry: ActorRegistry, phrase: str) -> Actor | None:
    """Registry match; a demonym names that country's forces.

    A bare demonym ("a Russian assault"), or one before a weapon or a force
    ("Russian guided aerial bombs", "Saudi artillery shells").
    """
    found = registry.match(phrase)
    if found is None and phrase.strip() and len(phrase.split()) == 1 and phrase[0].isupper():
        found = registry.match(f"{phrase} forces")
    if found is None:
        armed = _ARMED_DEMONYM.search(phrase)
        if armed and demonym_country(armed.group(1)):
            found = _forces_of(registry, armed.group(1))
    return found


def _forces_of(registry: ActorRegistry, demonym: str) -> Actor:
    """A country's forces: the registry's actor, else "<Demonym> forces" as its own actor."""
    return registry.match(f"{demonym} forces") or Actor(
        f"{demonym[:1].upper()}{demonym[1:]} forces", "state", ()
    )


def _nationals(phrase: str) -> bool:
    """Whether the victims are people named by nationality ("one Palestinian")."""
    words = phrase.split()
    return 0 < len(words) <= 3 and demonym_country(words[-1]) is not None


def _named_before(trigger: Trigger, registry: ActorRegistry, home: str) -> str:
    """The actor named before an active trigger in its sentence, when the parse lost the subject.

    "Dozens of Israeli settlers, many of them masked, … set fire to cars": the
    parser gives "set" the subject "many of them".  Passive triggers are left
    alone: what precedes them is the victim ("Russian soldiers were killed").
    """
    token = trigger.token
    if trigger.is_noun:
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        if not modifiers:
            return ""
        text = token.doc[min(c.i for c in modifiers) : token.i + 1].text  # "Government shelling"
    else:
        if _children(token, "nsubjpass", "auxpass"):
            return ""
        text = token.doc[token.sent.start : token.i].text
    found = _match(registry, text) or _home_forces(registry, text, home)
    return found.name if found else ""


def _home_forces(registry: ActorRegistry, phrase: str, home: str) -> Actor | None:
    """The home country's forces for "the army", "government artillery", "the Air Force"."""
    state = _STATE_FORCES.search(phrase)
    if not (home and state):
        return None
    return registry.match(f"{home} {state.group(0)}") or registry.match(f"{home} forces")


def actors_of(trigger: Trigger, registry: ActorRegistry, home: str = "") -> tuple[str, str]:
    """Normalised (actor1, actor2); actor2 is "" when the text does not say.

    ``home`` is the demonym of the country the article is about: "the army"
    or "government forces" in a report from Sudan are Sudan's.
    """
    actor1 = ""
    for phrase in _agent_phrases(trigger):
        # "Russia's defence ministry" speaks for Russia's forces.
        found = (
            _match(registry, phrase)
            or _match(registry, _POSSESSIVE.sub("", phrase))
            or _home_forces(registry, phrase, home)
        )
        if found:
            actor1 = found.name
            break
    if not actor1:
        actor1 = _named_before(trigger, registry, home)
    actor2 = ""
    for phrase in _target_phrases(trigger):
        found = _match(registry, phrase)
        if found and found.name != actor1:
            actor2 = found.name
            break
        if _CIVILIANS.search(phrase) or _nationals(phrase):
            actor2 = "Civilians"
            break
    return actor1, actor2


def _attached_to(ent: Any, trigger: Trigger, others: frozenset[int]) -> bool:
    """Whether a date entity modifies the trigger's own clause.

    Not a reporting verb's ("the monitor said on Wednesday"), and not another
    event's ("in response to an August 15 attack").
    """
    target = trigger.token
    anchors = clause_anchors(trigger)
    node = ent.root
    for _ in range(8):
        if node.i in anchors:
            return True
        if node.i in others:
            return False
        if node.dep_ == "relcl" and node.i != ent.root.i:
            return False  # "Wad Madani, which the RSF has held since last December"
        if node.lower_ == "since" or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        ):
            return False  # "since cross-border fire began a month ago": a period's start
        if node.pos_ == "VERB" and (node.lemma_ or "").lower() in _REPORTING:
            # "…cars in Turmus Ayya on Saturday night, residents told AFP": a trailing
            # attribution; "the monitor on Wednesday said …": the report's own date.
            speakers = [c.i for c in node.children if c.dep_ == "nsubj"]
            trailing = node.i > target.i and speakers and ent.end <= min(speakers)
            return bool(trailing) and ent.start > target.i
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _reporting_head(trigger: Trigger) -> Any | None:
    """The reporting verb whose reported clause ("said that …") holds the trigger."""
    node = clause_of(trigger)
    for _ in range(3):
        if node.dep_ != "ccomp" or node.head.i == node.i:
            return None
        node = node.head
        if (node.lemma_ or "").lower() in _REPORTING:
            return node
    return None


def date_of(
    trigger: Trigger, sentence: Any, published: date | None, others: frozenset[int] = frozenset()
) -> EventDate | None:
    """The event date of a trigger from the DATE entities of its sentence.

    ``others`` are the token indices of the sentence's other triggers.
    """
    spans = [ent for ent in sentence.ents if ent.label_ in ("DATE", "TIME")]
    # The small model does not always tag "overnight" or "yesterday" as dates;
    # "overnight into Tuesday" is Tuesday's, so the phrase is read whole.
    doc = sentence.doc
    for token in sentence:
        if token.lower_ not in _BARE_DATES:
            continue
        own = next((s for s in spans if s.start == token.i), None)
        end = own.end if own is not None else token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in ("into", "to"):
            joined = next((s for s in spans if s.start == end + 1), None)
            if joined is not None:
                spans.remove(joined)
                end = joined.end
        if own is not None:
            spans.remove(own)
        spans.insert(0, doc[token.i : end])
    # "the night of 5 March": the model tags only "March"; take the day number back.
    spans = [
        doc[span.start - 1 : span.end]
        if span.start > sentence.start and doc[span.start - 1].like_num
        else span
        for span in spans
    ]
    for span in spans:
        if not _attached_to(span, trigger, others):
            continue
        resolved = resolve_date(span.text, published)
        if resolved and resolved[0] is not None:
            return resolved
    # "The army said yesterday that its drones had struck …": the claim's day.
    speaker = _reporting_head(trigger)
    if speaker is not None:
        for span in spans:
            if span.root.head.i == speaker.i and span.root.i < trigger.token.i:
                resolved = resolve_date(span.text, published)
                if resolved and resolved[0] is not None:
                    return resolved
    # "in April 2023, when fighting erupted in Khartoum": the clause hangs on its date.
    node = trigger.token
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        for ent in sentence.ents:
            if ent.label_ == "DATE" and ent.start <= node.i < ent.end:
                resolved = resolve_date(ent.text, published)
                return resolved if resolved and resolved[0] is not None else None
    return None
