"""Tagging stage: the spaCy pipeline built from the taxonomy.

`build_pipeline(taxonomy)` returns a `spacy.blank("en")` Language with the
components of nlp/matching.py, nlp/components.py and nlp/ages.py, in this order:

    lessons_matcher -> lessons_negation -> lessons_themes -> lessons_agencies
    -> lessons_ages

No statistical model is loaded or downloaded. Throughput: the tokenizer is
the floor. Lemmas cost nothing per Doc (each word's lemma is kept on its
vocabulary entry, as its NORM), one PhraseMatcher runs once per Doc and
every later component works on its matches; a second one, for the context
rules' cues and the sentence ends, and the sentence numbers run only for
the Docs whose negation or context rules need them. Tagger.analyze_many
calls the components directly over batches of Docs (bench/README.md has
where the time goes). Run it in one process: `n_process=2` costs more in
serialising Docs than it saves for a pipeline this cheap (spaCy issues
#5119, #11321); shard whole batches of texts across processes instead.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from nlp.ages import Ages
from nlp.components import Agencies, Negation, Sentences, Themes
from nlp.matching import LemmaNorms, Matcher
from nlp.state import KeepText
from nlp.taxonomy import Taxonomy

PIPE_NAMES = ("lessons_matcher", "lessons_negation", "lessons_themes", "lessons_agencies", "lessons_ages")

# Components are built from the taxonomy object, which is not a config value;
# each factory takes the instance prepared by build_pipeline from this slot.
_PENDING: dict[str, object] = {}


def _register(name: str) -> None:
    if name in Language.factories:
        return

    @Language.factory(name)
    def make(nlp: Language, name: str):
        return _PENDING.pop(name)


for _name in PIPE_NAMES:
    _register(_name)


def build_pipeline(taxonomy: Taxonomy) -> Language:
    """A fresh pipeline whose matchers hold the taxonomy's phrases."""
    nlp = spacy.blank("en")
    nlp.tokenizer = KeepText(nlp.tokenizer)
    matcher = Matcher(nlp, taxonomy, LemmaNorms(nlp))
    sentences = Sentences(nlp.vocab, matcher)
    components = {
        "lessons_matcher": matcher,
        "lessons_negation": Negation(sentences),
        "lessons_themes": Themes(matcher, taxonomy, sentences),
        "lessons_agencies": Agencies(matcher),
        "lessons_ages": Ages(),
    }
    for name in PIPE_NAMES:
        _PENDING[name] = components[name]
        nlp.add_pipe(name)
    return nlp
