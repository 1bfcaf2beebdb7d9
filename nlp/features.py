"""Tagging stage: the theme model's TF-IDF features, without scikit-learn's analyzers.

scikit-learn's TfidfVectorizer makes every word and character n-gram of
every text in Python; for the theme model's char_wb 3-5 grams that was most
of the tagger's time (about half a millisecond a lesson). `FastTfidf`
computes the same matrix from the fitted vectorizers' vocabularies and idf
weights:

- word n-grams: the tokens of each distinct word found once and kept (the
  default token pattern never crosses a space), longer n-grams looked up by
  their words' columns in one C-level `map` per length;
- char_wb n-grams never cross a word, so a text's n-gram counts are the sum
  of its words' counts: the columns of each distinct word are computed once
  and kept (a bounded cache), and the batch's counts are one sparse product
  (texts x words) @ (words x n-grams), so Python touches each word of a text
  once, not each of its ten or so n-grams;
- counts, sublinear tf, idf and the L2 norm for a whole batch at once in
  numpy and scipy.

The result equals `FeatureUnion.transform` of the same vectorizers
(tests/test_nlp_classifier.py compares them on the gold lessons). A union
with settings this does not reproduce (another analyzer, stop words,
accent stripping, a custom tokenizer...) is not taken: `FastTfidf.of`
returns None and the model uses scikit-learn's transform.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, repeat

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import normalize

DEFAULT_TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # scikit-learn's
WORD_CACHE_LIMIT = 200_000  # distinct words whose char n-gram columns are kept


def _plain_tfidf(vectorizer) -> bool:
    """A TfidfVectorizer with the settings whose output FastTfidf reproduces."""
    return (
        type(vectorizer) is TfidfVectorizer
        and hasattr(vectorizer, "idf_")
        and vectorizer.input == "content"
        and vectorizer.lowercase
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and not vectorizer.strip_accents
        and vectorizer.stop_words is None
        and not vectorizer.binary
        and vectorizer.norm == "l2"
        and vectorizer.use_idf
        and vectorizer.dtype in (np.float64, float)
        and vectorizer.analyzer in ("word", "char_wb")
    )


class _CharColumns(dict):
    """word -> its char_wb n-gram columns (repeated as often as the n-gram occurs)."""

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int]):
        super().__init__()
        self.vocabulary = vocabulary
        self.min_n, self.max_n = ngram_range

    def __missing__(self, word: str) -> tuple[int, ...]:
        # scikit-learn's _char_wb_ngrams, for one word
        padded = " " + word + " "
        grams = []
        for n in range(self.min_n, self.max_n + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a short word counts once
                break
        vocabulary = self.vocabulary
        columns = tuple(vocabulary[g] for g in grams if g in vocabulary)
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        self[word] = columns
        return columns


class _WordColumns(dict):
    """word -> the unigram column of each token in it (-1 where not in the vocabulary)."""

    def __init__(self, vocabulary: dict[str, int], token_re: re.Pattern):
        super().__init__()
        self.vocabulary = vocabulary
        self.token_re = token_re

    def __missing__(self, word: str) -> tuple[int, ...]:
        get = self.vocabulary.get
        columns = tuple(get(token, -1) for token in self.token_re.findall(word))
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        self[word] = columns
        return columns


class _Numbering(dict):
    """Numbers keys in order of first lookup."""

    def __missing__(self, key) -> int:
        self[key] = number = len(self)
        return number


class _Block:
    """One vectorizer of the union: its columns of a lower-cased text."""

    def __init__(self, vectorizer: TfidfVectorizer):
        self.vocabulary = dict(vectorizer.vocabulary_)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.sublinear = bool(vectorizer.sublinear_tf)
        self.min_n, self.max_n = vectorizer.ngram_range
        self.char = vectorizer.analyzer == "char_wb"
        self.idf_squared = self.idf * self.idf
        if self.char:
            self.words = _CharColumns(self.vocabulary, vectorizer.ngram_range)
        else:
            self.ngram_columns = self._ngram_columns()
            self.token_re = re.compile(vectorizer.token_pattern)
            # The default pattern's tokens never hold a space, so a text's tokens
            # are its whitespace-separated words' tokens, one after another: with
            # n-grams looked up by unigram columns, each distinct word's columns
            # are found once and kept, like the char n-grams'.
            self.word_columns = None
            if vectorizer.token_pattern == DEFAULT_TOKEN_PATTERN and self.ngram_columns is not None:
                self.word_columns = _WordColumns(self.vocabulary, re.compile(r"\w\w+"))

    def _ngram_columns(self) -> dict[tuple[int, ...], int] | None:
        """Longer n-grams keyed on their words' unigram columns, when every one
        of them is made of words in the vocabulary (as when unigrams are in
        the vocabulary and no document frequency cut removed any): a tuple
        of two ints is found faster than a joined string is made and found."""
        if self.min_n != 1:
            return None
        found = {}
        for gram, column in self.vocabulary.items():
            words = gram.split(" ")
            if len(words) > 1:
                ids = tuple(self.vocabulary.get(w, -1) for w in words)
                if -1 in ids:
                    return None
                found[ids] = column
        return found

    def columns(self, lower: str, words: list[str], numbering: _Numbering) -> list[int]:
        """Word blocks: the column of each n-gram of the text (-1 where not in the
        vocabulary). Char blocks: the number of each word of the text in `numbering`.
        `words` is lower.split()."""
        if self.char:
            return list(map(numbering.__getitem__, words))
        get = self.vocabulary.get
        if self.ngram_columns is not None:
            if self.word_columns is not None:
                found = list(chain.from_iterable(map(self.word_columns.__getitem__, words)))
            else:
                found = list(map(get, self.token_re.findall(lower), repeat(-1)))
            unigrams = len(found)
            get_ngram = self.ngram_columns.get
            for n in range(2, self.max_n + 1):
                found.extend(map(get_ngram, zip(*(found[i:unigrams] for i in range(n))), repeat(-1)))
            return found
        tokens = self.token_re.findall(lower)
        found = []
        for n in range(self.min_n, self.max_n + 1):
            grams = tokens if n == 1 else map(" ".join, zip(*(tokens[i:] for i in range(n))))
            found.extend(map(get, grams, repeat(-1)))
        return found

    def term_frequencies(self, columns: list[int], lengths: list[int], numbering: _Numbering) -> sp.csr_matrix:
        """The block's term frequencies (sublinear when the vectorizer's are),
        from what `columns` gave for each text.

        Each row's entries come in an order that depends on that text alone
        (the batch's words are numbered in sorted order, and a word's
        n-grams always come in one order), so its sums (norm, product with
        the weights) add in one order whatever the batch: a text scores the
        same alone or among others. Sorting every row's columns would do the
        same at twice the cost of the rest."""
        cols = np.array(columns, dtype=np.int64)
        rows = np.repeat(np.arange(len(lengths)), lengths)
        if self.char:
            words = list(numbering)
            order = sorted(range(len(words)), key=words.__getitem__)
            renumber = np.empty(len(words), dtype=np.int64)
            renumber[order] = np.arange(len(words))
            per_word = [self.words[words[i]] for i in order]
            word_ngrams = sp.csr_matrix(
                (
                    np.ones(sum(map(len, per_word))),
                    np.fromiter(chain.from_iterable(per_word), dtype=np.int64),
                    np.concatenate(([0], np.cumsum([len(c) for c in per_word], dtype=np.int64))),
                ),
                shape=(len(per_word), len(self.idf)),
            )
            text_words = sp.csr_matrix(
                (np.ones(len(cols)), (rows, renumber[cols])), shape=(len(lengths), len(per_word)), dtype=np.float64
            )
            text_words.sort_indices()
            tf = sp.csr_matrix(text_words @ word_ngrams)  # a sparse product sums the n-grams' counts
        else:
            known = cols >= 0
            tf = sp.csr_matrix(  # building from (row, column) pairs sums the counts
                (np.ones(int(known.sum())), (rows[known], cols[known])),
                shape=(len(lengths), len(self.idf)),
                dtype=np.float64,
            )
            tf.sort_indices()
        if self.sublinear:
            np.log(tf.data, tf.data)
            tf.data += 1.0
        return tf

    def tfidf(self, tf: sp.csr_matrix) -> sp.csr_matrix:
        """The block's rows as the vectorizer gives them: tf * idf, L2-normalised."""
        tf = tf.copy()
        tf.data *= self.idf[tf.indices]
        return normalize(tf, norm="l2", copy=False)

    def dot(self, tf: sp.csr_matrix, scaled_weights: np.ndarray) -> np.ndarray:
        """tfidf(tf) @ weights, as (tf @ scaled_weights) / norms, where
        scaled_weights = idf * weights (row by row): no tf-idf matrix is made."""
        norms = np.sqrt(tf.multiply(tf) @ self.idf_squared)
        norms[norms == 0.0] = 1.0  # an empty row stays zero, as normalize leaves it
        return (tf @ scaled_weights) / norms[:, None]


class FastTfidf:
    """The fitted union's transform, computed from its vocabularies and idf weights."""

    def __init__(self, blocks: list[_Block]):
        self.blocks = blocks
        # the weights last given to dot, and each block's rows of them times its idf
        self._scaled: tuple[np.ndarray, list[np.ndarray]] | None = None

    @classmethod
    def of(cls, union) -> FastTfidf | None:
        """For a fitted FeatureUnion of TfidfVectorizers it reproduces, else None."""
        if not isinstance(union, FeatureUnion) or union.transformer_weights:
            return None
        vectorizers = [v for _, v in union.transformer_list]
        if not vectorizers or not all(_plain_tfidf(v) for v in vectorizers):
            return None
        return cls([_Block(v) for v in vectorizers])

    def _term_frequencies(self, texts: Sequence[str]) -> list[sp.csr_matrix]:
        columns: list[list[int]] = [[] for _ in self.blocks]
        lengths: list[list[int]] = [[] for _ in self.blocks]
        numberings = [_Numbering() for _ in self.blocks]  # the batch's distinct words
        work = list(zip(self.blocks, columns, lengths, numberings))
        for text in texts:
            lower = text.lower()
            words = lower.split()
            for block, found, sizes, numbering in work:
                cols = block.columns(lower, words, numbering)
                found.extend(cols)
                sizes.append(len(cols))
        return [b.term_frequencies(c, n, w) for b, c, n, w in work]

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The union's feature matrix of the texts."""
        tfs = self._term_frequencies(texts)
        return sp.hstack([b.tfidf(tf) for b, tf in zip(self.blocks, tfs)], format="csr")

    def dot(self, texts: Sequence[str], weights: np.ndarray) -> np.ndarray:
        """transform(texts) @ weights, block by block (no feature matrix is built)."""
        if self._scaled is None or self._scaled[0] is not weights:
            scaled, start = [], 0
            for block in self.blocks:
                scaled.append(block.idf[:, None] * weights[start : start + len(block.idf)])
                start += len(block.idf)
            self._scaled = (weights, scaled)
        total = np.zeros((len(texts), weights.shape[1]))
        for block, tf, block_weights in zip(self.blocks, self._term_frequencies(texts), self._scaled[1]):
            total += block.dot(tf, block_weights)
        return total
