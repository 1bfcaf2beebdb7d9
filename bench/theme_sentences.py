"""Tagging stage, offline (bench.theme_methods): frozen sentence vectors per sentence, and an MLP first stage.

A lesson's sentences embedded apart and pooled (mean and max) beside its own
vector, a first stage over them, another first stage's scores as an input of
the recalibration, and a multi-label MLP over dense features.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import numpy as np

from bench.theme_dev import Dev, _with_vectors
from bench.theme_second_stage import logit
from bench.theme_stages import Lookup, Stage, first_stage
from nlp import model_training

# ---------------------------------------------------------------- frozen sentence vectors, per sentence (issue 18, fifth round)

SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9(\"'\u2018\u201c])")


def split_sentences(text: str) -> list[str]:
    """A lesson's sentences (a plain split at end punctuation before a capital)."""
    parts = [p.strip() for p in SENTENCE_END.split(text) if p.strip()]
    return parts or [text]


def pooled_vectors(dev: Dev, cache: Path) -> np.ndarray:
    """(lessons, 768): the normalised mean and the normalised max over the
    unit vectors of each lesson's sentences (cached by the dev key)."""
    path = cache / f"pooled-{dev.key}.npy"
    if path.is_file():
        return np.load(path)
    from nlp.embeddings import _normalised, embed_texts

    sentences, owner = [], []
    for i, text in enumerate(dev.texts):
        for s in split_sentences(text):
            sentences.append(s)
            owner.append(i)
    V = embed_texts(sentences)
    owner_a = np.array(owner)
    mean = np.zeros((len(dev), V.shape[1]), dtype=np.float32)
    top = np.full((len(dev), V.shape[1]), -np.inf, dtype=np.float32)
    np.add.at(mean, owner_a, V)
    np.maximum.at(top, owner_a, V)
    pooled = np.hstack([_normalised(mean), _normalised(top)])
    np.save(path, pooled)
    return pooled


def _with_pooled(dev, cache):
    _with_vectors(dev, cache)
    if "pooled" not in dev.vectors:
        dev.vectors["pooled"] = pooled_vectors(dev, cache)
        dev.vectors["lesson+pooled"] = np.hstack([dev.vectors["sentence"], dev.vectors["pooled"]])
    return dev


def _pooled(dev, cache):
    """First stage: TF-IDF + rule features + the lesson's vector + its sentences' mean and max."""
    _with_pooled(dev, cache)
    return first_stage(dev, "tfidf+lesson+pooled", cache, embedder=Lookup(dev.texts, dev.vectors["lesson+pooled"]))


def stage_extra(stages: list[Stage], transform=None):
    """`extras` for `recalibrated` from another first stage on the same outer
    folds: its inner and test scores (logits) for the fold asked."""
    by_fold = {tuple(st.test_idx[:3]): st for st in stages}

    def extra(st: Stage):
        other = by_fold[tuple(st.test_idx[:3])]
        assert other.themes == st.themes and np.array_equal(other.train_idx, st.train_idx)
        return logit(other.inner), logit(other.test)

    return extra


class _MLP:
    """A first stage of one multi-label MLP (scikit-learn MLPClassifier) over
    dense features: the TF-IDF reduced by TruncatedSVD, the rule and
    review-context block, and the frozen vectors `embedder` gives."""

    def __init__(
        self, texts, label_sets, themes, c, rule_sets, groups, embedder, hidden=(256,), alpha=1e-3, svd=256, epochs=40
    ):
        from sklearn.decomposition import TruncatedSVD
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier

        self.vectorizer = model_training._vectorizer()
        self.rule_themes = tuple(sorted(set().union(*rule_sets)))
        self.embedder = embedder
        self.svd = TruncatedSVD(svd, random_state=0)
        x = self._features(texts, rule_sets, groups, fit=True)
        self.mu, self.sd = x.mean(axis=0), x.std(axis=0)
        self.sd[self.sd < 1e-6] = 1.0  # a feature constant in training stays near 0, whatever it is later
        y = np.array([[t in ls for t in themes] for ls in label_sets], dtype=int)
        self.mlp = MLPClassifier(
            hidden_layer_sizes=hidden, alpha=alpha, max_iter=epochs, early_stopping=False, random_state=0
        )
        with warnings.catch_warnings():  # the epochs are a budget chosen, not a failure to converge
            warnings.simplefilter("ignore", ConvergenceWarning)
            self.mlp.fit((x - self.mu) / self.sd, y)

    def _features(self, texts, rule_sets, groups, fit=False):
        from nlp.model_features import rule_features

        x = self.vectorizer.fit_transform(texts) if fit else self.vectorizer.transform(texts)
        z = self.svd.fit_transform(x) if fit else self.svd.transform(x)
        block = rule_features(rule_sets, groups, {t: i for i, t in enumerate(self.rule_themes)}, len(texts))
        parts = [z, block]
        if self.embedder is not None:
            parts.append(self.embedder.embed(texts))
        return np.hstack(parts)

    def probabilities(self, texts, rule_sets, groups):
        x = self._features(texts, rule_sets, groups)
        return np.clip(self.mlp.predict_proba((x - self.mu) / self.sd), 1e-4, 1 - 1e-4)


def _mlp(dev, cache):
    _with_pooled(dev, cache)
    return first_stage(
        dev, "mlp-svd+lesson+pooled", cache, embedder=Lookup(dev.texts, dev.vectors["lesson+pooled"]), fit=_MLP
    )
