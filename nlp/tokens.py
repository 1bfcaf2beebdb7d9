"""Tagging stage: the one tokenizer and lemma table every nlp module shares.

Phrases in taxonomy.yaml and lesson texts must be cut into tokens the same
way, or a phrase could never match; both go through `tokenizer()`.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer


@lru_cache(maxsize=1)
def blank_english() -> Language:
    """A blank English pipeline (tokenizer only); never downloads a model."""
    return spacy.blank("en")


def tokenizer() -> Tokenizer:
    return blank_english().tokenizer


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """spaCy's English lookup lemmas (spacy-lookups-data), lower-case forms only."""
    from spacy.util import load_language_data, registry

    # The raw table (spaCy's Lookups keep only hashes of the forms).
    table = load_language_data(registry.lookups.get("en")["lemma_lookup"])
    assert isinstance(table, dict), "spaCy's lemma lookup table is a mapping of forms to lemmas"
    return {form: lemma for form, lemma in table.items() if form == form.lower()}
