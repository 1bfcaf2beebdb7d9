"""Tagging stage: the spaCy pipeline and its components."""

from __future__ import annotations

import pytest
import spacy

from nlp.components import Sentences
from nlp.pipeline import PIPE_NAMES, build_pipeline
from nlp.state import state_of
from nlp.taxonomy import load_taxonomy
from search_app.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(load_taxonomy(PROJECT_ROOT / "taxonomy.yaml"))


def test_pipeline_is_blank_english_with_our_components(nlp):
    assert nlp.lang == "en"
    assert tuple(nlp.pipe_names) == PIPE_NAMES
    assert nlp.meta.get("name") in (None, "pipeline")  # no trained model was loaded


def test_lemmas_kept_as_norms_agree_with_spacys_lookup_lemmatizer(nlp):
    reference = spacy.blank("en")
    reference.add_pipe("lemmatizer", config={"mode": "lookup"})
    reference.initialize()
    text = (
        "the babies were bruised and their injuries were missed ; fathers were not assessed , "
        "children went missing , neglected siblings slept on sofas and workers shared information"
    )
    ours = [t.norm_ for t in nlp(text)]
    theirs = [t.lemma_ for t in reference(text)]
    assert ours == theirs
    # ours are keyed on the lower-cased word, so capitals do not hide a lemma
    assert [t.norm_ for t in nlp("Children Injuries")] == ["child", "injury"]
    # words first seen after the pipeline was built get theirs too
    assert [t.norm_ for t in nlp("Zorblaxes overdosed")] == ["zorblaxes", "overdose"]


def test_tokenizer_special_cases_keep_their_split_but_take_the_lemma_as_norm(nlp):
    doc = nlp("They can't know; she's left.")
    assert [t.text for t in doc] == ["They", "ca", "n't", "know", ";", "she", "'s", "left", "."]
    # spaCy's own special cases say NORM "can" for "ca"; here NORM is the lemma of the word
    assert [t.norm_ for t in doc] == ["they", "ca", "not", "know", ";", "she", "have", "leave", "."]


def test_sentences_split_after_end_punctuation_and_keep_closing_quotes(nlp):
    text = 'He said "no." Then she left! Was it safe? Dr. Smith agreed (in part.) Later.'
    doc = nlp(text)
    assert state_of(doc).sent_ids is None  # no rule here needed them
    ids = Sentences(nlp.vocab).ids(doc)
    assert state_of(doc).sent_ids is ids
    sentences = [" ".join(t.text for t, i in zip(doc, ids) if i == n) for n in range(ids[-1] + 1)]
    assert sentences == [
        'He said " no . "',
        "Then she left !",
        "Was it safe ?",
        "Dr. Smith agreed ( in part . )",
        "Later .",
    ]


def test_negation_scope_stops_at_the_sentence_end(nlp):
    doc = nlp("There was no evidence of neglect. Domestic abuse was known to the police.")
    state = state_of(doc)
    assert state.sent_ids is not None  # the negation trigger needed them
    assert set(state.themes) >= {"fam.domestic_abuse"}
    assert "harm.neglect" not in state.themes


def test_a_doc_made_without_the_pipeline_tokenizer_still_works(nlp):
    doc = spacy.blank("en")("There was no evidence of neglect. NAI in a baby was missed.")
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert set(state_of(doc).themes) == {"harm.nai_infant"}


def test_each_match_records_its_phrase_and_offsets(nlp):
    text = "The GP and HV missed the co-sleeping risk."
    doc = nlp(text)
    state = state_of(doc)
    (hit,) = state.themes["harm.sudi_safer_sleep"]
    assert (hit.phrase, text[hit.start_char : hit.end_char], hit.abbreviation) == ("co-sleeping", "co-sleeping", False)
    assert {h.phrase for h in state.themes["agency.universal_health"]} == {"GP", "HV"}
    assert all(h.abbreviation for h in state.themes["agency.universal_health"])
    assert set(state.agencies) == {"gp", "health_visiting"}


def test_sentence_ends_from_the_matcher_equal_the_scan_over_the_words(nlp):
    matcher = nlp.get_pipe("lessons_matcher")
    texts = [
        'He said "no." Then she left! Was it safe? Dr. Smith agreed (in part.) Later.',
        "Wait... what?! Yes… fine.” “(a.) Then e.g. this ; and 3.5 kg. End",
        "?! ... .",
        "no end at all",
        "",
        "The baby was bruised. The GP did not ask. Nobody asked why!",
    ]
    for text in texts:
        scanned = Sentences(nlp.vocab).ids(nlp.make_doc(text))
        doc = nlp.make_doc(text)
        matched = Sentences(nlp.vocab, matcher).ids(matcher(doc))
        assert matched == scanned, text
    assert Sentences(nlp.vocab).ids(nlp.make_doc(texts[0]))[-1] == 4  # five sentences: not all zeros
