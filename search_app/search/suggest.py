"""Search stage: "Did you mean" for queries that found nothing or little.

Engine-neutral: a backend hands in a function that counts, for analysed
tokens, how many lessons hold each in their text (`doc_freqs`), and gets
back other queries to offer:
- the query with each word that no lesson holds replaced by the closest
  word that lessons do hold (English words and the taxonomy's words, one
  or two edits away, the most common in the lessons first);
- taxonomy terms (theme labels, phrases, abbreviations) close to the query
  or to one of its words.
"""

from __future__ import annotations

import difflib
import functools
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence

from search_app.search.analysis import _english_words, analyze
from search_app.search.query import And, Node, Not, Or, ParsedQuery, Term

DocFreqs = Callable[[Sequence[str]], Mapping[str, int]]
MAX_SUGGESTIONS = 4
_LETTERS = string.ascii_lowercase


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        | {a + c + b for a, b in splits for c in _LETTERS}
    )


class Suggester:
    """Suggestions from a vocabulary of words and a list of taxonomy terms."""

    def __init__(self, taxonomy_terms: Iterable[str] = (), words: Iterable[str] | None = None) -> None:
        self.terms = tuple(dict.fromkeys(t for t in taxonomy_terms if t.strip()))
        term_words = {w.lower() for t in self.terms for w in t.replace("-", " ").split() if w.isalpha()}
        vocabulary = set(_english_words() if words is None else words) | term_words
        self.vocabulary = frozenset(w for w in vocabulary if w.isalpha() and len(w) > 2)
        self._lower_terms = {t.lower(): t for t in self.terms}

    @functools.lru_cache(maxsize=1024)  # noqa: B019 (one suggester per process: the cache is bounded)
    def _near_words(self, word: str) -> tuple[str, ...]:
        """Known words one edit from `word`, else close by letters (two edits or so)."""
        one = sorted(_edits1(word) & self.vocabulary)
        if one:
            return tuple(one)
        bucket = [w for w in self.vocabulary if w[0] == word[0] and abs(len(w) - len(word)) <= 2]
        return tuple(difflib.get_close_matches(word, bucket, n=8, cutoff=0.8))

    def corrections(self, words: Sequence[str], doc_freqs: DocFreqs) -> dict[str, str]:
        """{word as typed: closest word the lessons hold} for words no lesson holds."""
        tokens = {w: analyze(w) for w in words}
        counts = doc_freqs(sorted({t for ts in tokens.values() for t in ts}))
        fixes: dict[str, str] = {}
        for word, analysed in tokens.items():
            lower = word.lower()
            if len(analysed) != 1 or counts.get(analysed[0], 0) > 0 or not lower.isalpha() or len(lower) < 4:
                continue
            candidates = [c for c in self._near_words(lower) if analyze(c)]
            if not candidates:
                continue
            found = doc_freqs(sorted({analyze(c)[0] for c in candidates}))
            scored = [(found.get(analyze(c)[0], 0), c) for c in candidates]
            best = max(
                (s for s in scored if s[0] > 0), key=lambda s: (s[0], -abs(len(s[1]) - len(lower)), s[1]), default=None
            )
            if best is not None:
                fixes[word] = best[1]
        return fixes

    def respelt(self, parsed: ParsedQuery, query: str, doc_freqs: DocFreqs) -> tuple[str, ...]:
        """The query with its words that no lesson holds respelt, or nothing."""
        fixes = self.corrections(_positive_words(parsed.node), doc_freqs)
        if not fixes:
            return ()
        return (self._corrected(query, fixes),)

    def _corrected(self, query: str, fixes: Mapping[str, str]) -> str:
        for word, fix in fixes.items():
            query = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", fix, query)
        return " ".join(query.split())

    def suggest(self, parsed: ParsedQuery, query: str, doc_freqs: DocFreqs) -> tuple[str, ...]:
        words = [w for w in _positive_words(parsed.node)]
        if not words:
            return ()
        out: list[str] = []
        fixes = self.corrections(words, doc_freqs)
        if fixes:
            out.append(self._corrected(query, fixes))
        lowered = " ".join(fixes.get(w, w) for w in words).lower()
        for term in difflib.get_close_matches(lowered, list(self._lower_terms), n=3, cutoff=0.75):
            out.append(self._lower_terms[term])
        for word in words:
            for term in difflib.get_close_matches(
                fixes.get(word, word).lower(), list(self._lower_terms), n=2, cutoff=0.8
            ):
                out.append(self._lower_terms[term])
        query_key = analyze(query)
        unique: list[str] = []
        for s in out:
            if analyze(s) != query_key and s not in unique:
                unique.append(s)
        return tuple(unique[:MAX_SUGGESTIONS])


def _positive_words(node: Node) -> list[str]:
    if isinstance(node, Term):
        return [node.text]
    if isinstance(node, (And, Or)):
        return [w for c in node.children for w in _positive_words(c)]
    if isinstance(node, Not):
        return []
    return [w for w in node.text.split()]  # a phrase: its words
