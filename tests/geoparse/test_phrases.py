"""The phrase ruler gives exactly the entities spaCy's EntityRuler gives."""

from __future__ import annotations

import itertools

import pytest

from geomap.geoparse.phrases import PhraseRuler, ruler_phrases

#: Overlapping names, names under two labels, hyphens and lower-case forms.
NAMES = [
    ("Gaza", "GPE"),
    ("Gaza", "LOC"),
    ("Gaza Strip", "GPE"),
    ("Gaza Strip", "LOC"),
    ("Gaza City", "GPE"),
    ("Sinai", "LOC"),
    ("North Sinai", "GPE"),
    ("North Sinai", "LOC"),
    ("White Nile", "LOC"),
    ("White Nile", "GPE"),
    ("Nile", "LOC"),
    ("Al Tanf", "GPE"),
    ("Al Tanf Garrison", "FAC"),
    ("Garrison Road", "FAC"),
    ("Deir ez-Zor", "GPE"),
    ("ez-Zor", "GPE"),
    ("kharkiv", "GPE"),
    ("St. Louis", "GPE"),
    ("Bay", "LOC"),
    ("Red Sea", "LOC"),
    ("Red Sea", "GPE"),
    ("Red Sea Hills", "GPE"),
]

SENTENCES = [
    "Shelling hit the Gaza Strip and Gaza City on Monday.",
    "Troops moved from North Sinai into Sinai and on to Gaza.",
    "Drones struck Al Tanf Garrison Road near Al Tanf.",
    "Fighting in Deir ez-Zor spread to ez-Zor, Kharkiv and kharkiv.",
    "Boats sank on the White Nile, the Nile and the Red Sea Hills.",
    "The bay of St. Louis and Bay Street flooded.",
    "Gaza Gaza Strip Strip Gaza City City North Sinai Sinai.",
    "",
]
#: Filler words that move each name to many token positions: which of two
#: labels the ruler picks for a name depends on where it stands.
FILLER = "a quiet day passed in the town before".split()


def _texts() -> list[str]:
    moved = [
        f"{' '.join(FILLER[:n])} {name} and {other} were hit."
        for n in range(len(FILLER) + 1)
        for name, other in itertools.permutations(("Gaza Strip", "Red Sea", "Gaza"), 2)
    ]
    return SENTENCES + moved


def _entity_ruler(nlp, names):
    from spacy.pipeline import EntityRuler

    ruler = EntityRuler(nlp, phrase_matcher_attr="ORTH", validate=False)
    ruler.add_patterns([{"label": label, "pattern": p} for label, p in ruler_phrases(names)])
    return ruler


def _phrase_ruler(nlp, names, cache_dir=None):
    ruler = PhraseRuler()
    ruler.load(nlp, ruler_phrases(names), cache_dir)
    return ruler


def _ents(ruler, nlp, text):
    return [(e.start, e.end, e.label_) for e in ruler(nlp.make_doc(text)).ents]


@pytest.fixture(scope="module")
def rulers(nlp):
    return _entity_ruler(nlp, NAMES), _phrase_ruler(nlp, NAMES)


@pytest.mark.parametrize("text", _texts())
def test_the_same_entities_as_the_entity_ruler(nlp, rulers, text):
    reference, ours = rulers
    assert _ents(ours, nlp, text) == _ents(reference, nlp, text)


def test_the_longest_name_wins_and_labels_follow_the_names(nlp, rulers):
    _, ours = rulers
    found = {(nlp.make_doc(t)[a:b].text, label) for t in SENTENCES for a, b, label in
             _ents(ours, nlp, t)}  # fmt: skip
    assert ("Al Tanf Garrison", "FAC") in found
    assert ("Gaza City", "GPE") in found
    assert ("Kharkiv", "GPE") in found  # the title-cased form of a lower-case name
    assert ("kharkiv", "GPE") not in found  # lower case never fires
    assert ("Bay", "LOC") in found and not any(name == "bay" for name, _ in found)
    assert not any(name == "Garrison Road" for name, _ in found)  # overlaps a longer, earlier one


def test_entities_already_set_are_kept(nlp, rulers):
    from spacy.tokens import Span

    reference, ours = rulers
    text = "Gaza Strip residents fled to Gaza."
    results = []
    for ruler in (reference, ours):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, 1, 2, label="ORG")]  # "Strip" already an entity
        results.append([(e.start, e.end, e.label_) for e in ruler(doc).ents])
    assert results[0] == results[1]
    assert (1, 2, "ORG") in results[1]


def test_kept_tables_are_reused_and_refreshed(nlp, tmp_path):
    first = _phrase_ruler(nlp, NAMES, tmp_path)
    (kept,) = tmp_path.glob("phrase-ruler-*.pickle")
    stamp = kept.stat().st_mtime_ns
    again = _phrase_ruler(nlp, NAMES, tmp_path)
    assert kept.stat().st_mtime_ns == stamp  # read, not rewritten
    assert again.phrases == first.phrases
    other = _phrase_ruler(nlp, [("Kharkiv", "GPE")], tmp_path)  # other names: re-tokenized
    assert other.phrases == {("Kharkiv",): ("GPE",)}


@pytest.mark.slow
def test_the_full_pipeline_finds_the_same_entities(full_gazetteer):
    """The gazetteer's ~18,000 names through the whole pipeline, NER included."""
    from geomap.geoparse.nlp import load_nlp
    from geomap.geoparse.phrases import FACTORY

    names = list(full_gazetteer.ruler_names())
    ours = load_nlp(names)
    reference = load_nlp()
    ruler = reference.add_pipe(
        "entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "validate": False}
    )
    ruler.add_patterns([{"label": label, "pattern": p} for label, p in ruler_phrases(names)])
    assert FACTORY in ours.pipe_names
    texts = [*_texts(), *_GAZETTEER_SENTENCES]
    for mine, theirs in zip(ours.pipe(texts), reference.pipe(texts), strict=True):
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [
            (e.start, e.end, e.label_) for e in theirs.ents
        ]


_GAZETTEER_SENTENCES = [
    "An airstrike on a school in Khan Younis killed 12 people, officials in Gaza said.",
    "Gunmen attacked a convoy between Gao and Menaka in northern Mali on Friday.",
    "Russian missiles hit Odesa, Kharkiv and the Dnipro region overnight.",
    "Clashes erupted in Tripoli and Benghazi as militias fought over the port.",
    "Al-Shabaab fighters raided a base near Mogadishu and the Lower Shabelle town of Afgoye.",
    "The Houthis fired drones at ships in the Red Sea and the Gulf of Aden.",
    "Police in Lagos State said bandits kidnapped 20 villagers in Zamfara.",
    "Protesters marched through Khartoum, Omdurman and Port Sudan demanding peace.",
    "Fighting near Goma in North Kivu displaced thousands towards Rwanda.",
    "A car bomb exploded in Kabul's Dasht-e-Barchi district, and Helmand saw airstrikes.",
]


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Ten", False), ("Seven Sisters", True), ("Region", False), ("Tenno", True)],
    ids=["ruler_phrases-number_word", "a-number-in-a-name", "ruler_phrases-area_word", "a-name"],
)
def test_a_number_or_area_word_alone_is_no_place_name(name, kept):
    """In "Ten people were killed", "Ten" is no alias of a Sri Lankan province."""
    assert bool(ruler_phrases([(name, "GPE")])) is kept
