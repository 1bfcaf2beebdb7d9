"""Tagging stage, offline (bench.theme_methods): first stages out of fold, and how probabilities become tags.

A first stage gives each outer fold's probabilities of its test lessons and,
by inner folds over its training reviews, of its training lessons (cached by
name); a Policy (threshold, veto, cap) tuned inside the training reviews
turns them into theme sets. The other learners fit per-theme scikit-learn
estimators over the same features as the model.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from bench.theme_dev import INNER_FOLDS, Dev, outer_folds
from nlp import classifier, model_training

# ---------------------------------------------------------------- first stage, out of fold


class Lookup:
    """An embedder over precomputed vectors (the experiment's cache), by text."""

    def __init__(self, texts: Sequence[str], vectors: np.ndarray):
        self.rows = {t: i for i, t in enumerate(texts)}
        self.vectors = vectors

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.vectors[[self.rows[t] for t in texts]]


@dataclass
class Stage:
    """One outer fold's first stage: the themes, out-of-fold probabilities of
    its training lessons (inner folds by review) and probabilities of its
    test lessons (the model fitted on all its training lessons)."""

    themes: tuple[str, ...]
    train_idx: np.ndarray
    test_idx: np.ndarray
    inner: np.ndarray  # (train, themes)
    test: np.ndarray  # (test, themes)
    inner_fold: np.ndarray  # inner fold number of each training lesson


def fold_themes(dev: Dev, idx: np.ndarray) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for i in idx:
        for t in dev.gold[i]:
            counts[t] = counts.get(t, 0) + 1
    return tuple(sorted(t for t, n in counts.items() if classifier.MIN_POSITIVES <= n < len(idx)))


def fit_probs(dev: Dev, fit_idx, apply_idx, themes, c: float, embedder=None, fit=None) -> np.ndarray:
    """model_training._fit on fit_idx (text, rule and context features), probabilities on apply_idx."""
    fit = fit or model_training._fit
    fitted = fit(
        [dev.texts[i] for i in fit_idx],
        [dev.gold[i] for i in fit_idx],
        themes,
        c,
        [dev.rules[i] for i in fit_idx],
        [dev.reviews[i] for i in fit_idx],
        embedder,
    )
    return fitted.probabilities(
        [dev.texts[i] for i in apply_idx], [dev.rules[i] for i in apply_idx], [dev.reviews[i] for i in apply_idx]
    )


def first_stage(
    dev: Dev, name: str, cache: Path, c: float = classifier.C, embedder=None, fit=None, make_embedder=None
) -> list[Stage]:
    """Each outer fold's Stage, cached by name. `make_embedder(texts)`, when
    given, makes each outer fold's embedder from its training texts (as
    `train` does with lesson_vectors=static)."""
    path = cache / f"stage-{dev.key}-{name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    stages = []
    for train_idx, test_idx in outer_folds(dev):
        if make_embedder is not None:
            embedder = make_embedder([dev.texts[i] for i in train_idx])
        themes = fold_themes(dev, train_idx)
        test = fit_probs(dev, train_idx, test_idx, themes, c, embedder, fit)
        inner = np.zeros((len(train_idx), len(themes)))
        inner_fold = np.zeros(len(train_idx), dtype=int)
        groups = [dev.reviews[i] for i in train_idx]
        for k, (a, b) in enumerate(GroupKFold(n_splits=INNER_FOLDS).split(train_idx, groups=groups)):
            inner[b] = fit_probs(dev, train_idx[a], train_idx[b], themes, c, embedder, fit)
            inner_fold[b] = k
        stages.append(Stage(themes, train_idx, test_idx, inner, test, inner_fold))
        print(f"  first stage {name}: fold {len(stages)} done", flush=True)
    path.write_bytes(pickle.dumps(stages))
    return stages


# ---------------------------------------------------------------- decisions


def bools(sets: Sequence[set[str]], themes: Sequence[str]) -> np.ndarray:
    return np.array([[t in s for t in themes] for s in sets], dtype=bool).reshape(len(sets), len(themes))


@dataclass
class Policy:
    """How probabilities become tags: rule tags kept unless below `veto`; the
    model adds themes at or above their threshold, at most `cap` a lesson."""

    threshold: np.ndarray  # (themes,)
    veto: float
    cap: int = classifier.MAX_MODEL_TAGS
    keep_rules: bool = True  # False: a rule tag stands or falls by the probability like any theme


def predict_sets(P: np.ndarray, R: np.ndarray, policy: Policy) -> np.ndarray:
    """(lessons x themes) decisions for the model's themes."""
    if policy.keep_rules:
        kept = R & (policy.veto <= P)
        candidates = np.where(R, -1.0, P)
    else:
        kept = np.zeros_like(R)
        candidates = P
    order = np.argsort(-candidates, axis=1, kind="stable")[:, : policy.cap]
    in_top = np.zeros(P.shape, dtype=bool)
    np.put_along_axis(in_top, order, True, axis=1)
    return kept | (in_top & (candidates >= policy.threshold[None, :]))


def micro_f1(predicted: np.ndarray, G: np.ndarray, extra: tuple[int, int, int]) -> float:
    """`extra`: (tp, fp, gold) outside these columns (rule tags of themes the model lacks)."""
    tp = int((predicted & G).sum()) + extra[0]
    fp = int((predicted & ~G).sum()) + extra[1]
    return 2 * tp / (tp + fp + int(G.sum()) + extra[2]) if tp else 0.0


def outside(dev: Dev, idx, themes) -> tuple[int, int, int]:
    known = set(themes)
    tp = fp = gold = 0
    for i in idx:
        r = dev.rules[i] - known
        tp += len(r & dev.gold[i])
        fp += len(r - dev.gold[i])
        gold += len(dev.gold[i] - known)
    return tp, fp, gold


THRESHOLDS = np.array(classifier.THRESHOLD_GRID)
VETOES = classifier.VETO_GRID


def tune_policy(
    P,
    G,
    R,
    extra,
    keep_rules: bool = True,
    per_theme: int = 0,
    cap: int = classifier.MAX_MODEL_TAGS,
    vetoes=VETOES,
    thresholds=THRESHOLDS,
) -> Policy:
    """Today's grid (one threshold, one veto) on out-of-fold probabilities; with
    `per_theme` > 0, each theme with at least that many gold lessons then gets
    the threshold of its own best F1 (others keep the shared one)."""
    best = (-1.0, None)
    for veto in vetoes if keep_rules else (0.0,):
        for t in thresholds:
            pol = Policy(np.full(P.shape[1], t), veto, cap, keep_rules)
            f = micro_f1(predict_sets(P, R, pol), G, extra)
            if f >= best[0]:
                best = (f, pol)
    pol = best[1]
    if per_theme:
        for j in np.flatnonzero(G.sum(axis=0) >= per_theme):
            scores = []
            for t in thresholds:
                trial = Policy(pol.threshold.copy(), pol.veto, cap, keep_rules)
                trial.threshold[j] = t
                scores.append(micro_f1(predict_sets(P, R, trial), G, extra))
            pol.threshold[j] = thresholds[int(np.argmax(scores))]
    return pol


def to_sets(dev: Dev, idx, themes, decisions: np.ndarray) -> list[set[str]]:
    known = set(themes)
    out = []
    for row, i in enumerate(idx):
        s = (dev.rules[i] - known) | dev.protected[i] | {themes[j] for j in np.flatnonzero(decisions[row])}
        out.append(s)
    return out


def run_policy(dev: Dev, stages: list[Stage], scores=None, **tune) -> list[set[str]]:
    """Out-of-fold predictions: for each fold, the policy tuned on its inner
    probabilities, applied to its test probabilities. `scores(stage)`, when
    given, returns (inner, test) scores to use instead of the first stage's."""
    predicted: list[set[str]] = [set() for _ in dev.texts]
    for st in stages:
        inner, test = scores(st) if scores else (st.inner, st.test)
        G = bools([dev.gold[i] for i in st.train_idx], st.themes)
        R = bools([dev.rules[i] for i in st.train_idx], st.themes)
        pol = tune_policy(inner, G, R, outside(dev, st.train_idx, st.themes), **tune)
        Rt = bools([dev.rules[i] for i in st.test_idx], st.themes)
        for i, s in zip(st.test_idx, to_sets(dev, st.test_idx, st.themes, predict_sets(test, Rt, pol))):
            predicted[i] = s
    return predicted


# ---------------------------------------------------------------- other learners over the same features


class _Learned:
    """A first stage of per-theme scikit-learn estimators over the model's
    features (TF-IDF words and chars, rule and review-context block, vectors);
    `probabilities` gives the sigmoid of each estimator's decision function
    (the recalibration puts them on one scale)."""

    def __init__(self, make, texts, label_sets, themes, c, rule_sets, groups, embedder):
        self.vectorizer = model_training._vectorizer()
        self.rule_themes = tuple(sorted(set().union(*rule_sets)))
        self.embedder = embedder
        x = self._features(texts, rule_sets, groups, fit=True)
        self.models = []
        for theme in themes:
            y = np.array([theme in ls for ls in label_sets], dtype=int)
            self.models.append(make().fit(x, y) if y.min() != y.max() else float(y.max()))

    def _features(self, texts, rule_sets, groups, fit=False):
        import scipy.sparse as sp

        from nlp.model_features import rule_features

        x = self.vectorizer.fit_transform(texts) if fit else self.vectorizer.transform(texts)
        block = rule_features(rule_sets, groups, {t: i for i, t in enumerate(self.rule_themes)}, len(texts))
        parts = [x, sp.csr_matrix(block)]
        if self.embedder is not None:
            parts.append(sp.csr_matrix(self.embedder.embed(texts)))
        return sp.hstack(parts, format="csr")

    def probabilities(self, texts, rule_sets, groups):
        x = self._features(texts, rule_sets, groups)
        cols = []
        for m in self.models:
            cols.append(np.full(len(texts), 10.0 if m else -10.0) if isinstance(m, float) else m.decision_function(x))
        return model_training._sigmoid(np.column_stack(cols))


def learner(make):
    """A `fit` for first_stage from an estimator factory."""
    return lambda *args: _Learned(make, *args)


LEARNERS = {
    "linearsvc": lambda: __import__("sklearn.svm", fromlist=["LinearSVC"]).LinearSVC(
        C=0.5, class_weight="balanced", random_state=0
    ),
    "sgd-modified-huber": lambda: __import__("sklearn.linear_model", fromlist=["SGDClassifier"]).SGDClassifier(
        loss="modified_huber", alpha=2e-5, class_weight="balanced", random_state=0, max_iter=50, tol=1e-4
    ),
    "ridge": lambda: __import__("sklearn.linear_model", fromlist=["RidgeClassifier"]).RidgeClassifier(
        alpha=1.0, class_weight="balanced", solver="sparse_cg"
    ),
}
