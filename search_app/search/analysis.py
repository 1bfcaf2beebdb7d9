"""Search stage: the one definition of how lesson text is analysed.

Text is analysed here, once, for both search engines, so a word is cut,
folded and stemmed the same way in the embedded Tantivy index and in
Elasticsearch. The Tantivy engine registers the analyzer built here; the
Elasticsearch engine indexes the tokens made here (`token_runs`), re-split
on spaces by the cluster's built-in `whitespace` analyzer, and sends query
words as tokens made here too, so the cluster needs no analysis module:

1. tokenizer: runs of Unicode letters and digits, joined by inner
   apostrophes (`[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*`), so
   "non-accidental" gives "non", "accidental", "s.47" gives "s", "47" and
   "child's" stays one word (the stemmer then drops the possessive, so
   "child's", "childs" and "child" meet);
2. lowercase;
3. ASCII folding ("naïve" -> "naive"; Tantivy's filter is a port of Lucene's);
4. tokens of MAX_TOKEN_BYTES bytes or more are dropped;
5. English Snowball (Porter2) stemming (Tantivy's `stemmer("english")`).

No stop words: phrases such as "voice of the child" must match exactly.

Query-time expansion data lives beside it, in `search_app.search.synonyms`:
`SPELLING_VARIANTS`, sets of British and American spellings, and
`SynonymTable`, which joins them with the taxonomy's synonym sets and answers
"what else means this?" for the query expansion in `search_app.search.query`.

`analyze(text)` is the reference implementation (it runs the Tantivy
analyzer), used wherever query words are compared with each other.
"""

from __future__ import annotations

import functools
from pathlib import Path

import tantivy

ANALYZER_NAME = "lessons_en"
TOKEN_PATTERN = r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*"
# Tokens of this many UTF-8 bytes or more are dropped (leaving a gap).
MAX_TOKEN_BYTES = 40
STEMMER_LANGUAGE = "english"


def build_text_analyzer() -> tantivy.TextAnalyzer:
    """The analysis definition as a Tantivy TextAnalyzer (register as ANALYZER_NAME)."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(TOKEN_PATTERN))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES))
        .filter(tantivy.Filter.stemmer(STEMMER_LANGUAGE))
        .build()
    )


@functools.lru_cache(maxsize=1)
def _analyzer() -> tantivy.TextAnalyzer:
    return build_text_analyzer()


@functools.lru_cache(maxsize=4096)
def analyze(text: str) -> tuple[str, ...]:
    """The tokens the indexes hold for `text` (lower-cased, folded, stemmed)."""
    return tuple(_analyzer().analyze(text))


def analyzed_spans(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """(token, position, start, end) for each token of `text`: what `analyze`
    gives, with each token's word position (a dropped, too long word leaves
    a gap) and its character offsets in `text`."""
    return tuple(
        (t.text, t.position, t.char_offset_from, t.char_offset_to) for t in _analyzer().pre_tokenize(text).tokens
    )


def token_runs(text: str) -> tuple[str, ...]:
    """The analysed tokens of `text` as runs of adjacent positions, each run
    one space-separated string: how the Elasticsearch engine indexes text
    (the tokens re-split by the built-in `whitespace` analyzer; the values of
    a multi-valued field lie far apart, so a phrase never matches across a
    dropped word, as in the Tantivy index)."""
    runs: list[list[str]] = []
    last = None
    for token, position, _, _ in analyzed_spans(text):
        if last is None or position != last + 1:
            runs.append([])
        runs[-1].append(token)
        last = position
    return tuple(" ".join(run) for run in runs)


# Abbreviations expand from a query word typed in any case, because users
# type "nai" as often as "NAI" -- unless the lower-case form is an English
# word ("SEND", "SMART", "MASH", "IT"): those expand only when typed as
# written. (The tagger, by contrast, matches abbreviations in documents
# case-sensitively; the index is lower-cased, so only the query side can
# tell "DA" from "da".)
_SHORT_ENGLISH_WORDS = frozenset(
    "a all am an and are as at be but by can do for go he if in is it me my no not of on or pan so to up us we".split()
)


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English word forms from spaCy's lemma lookup table (spacy-lookups-data)."""
    import gzip
    import json

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
    except OSError:
        return _SHORT_ENGLISH_WORDS
    return frozenset(table) | frozenset(table.values()) | _SHORT_ENGLISH_WORDS


def is_case_sensitive_abbreviation(term: str) -> bool:
    """An abbreviation that must be typed as written to expand (see above)."""
    return " " not in term and any(c.isupper() for c in term) and term.lower() in _english_words()
