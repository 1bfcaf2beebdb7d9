"""Tagging stage, offline: theme-model methods compared on the development gold.

    python -m bench.theme_methods                      # every method, a table
    python -m bench.theme_methods --method stack       # some (repeatable)
    python -m bench.theme_methods --corpus corpus --json /tmp/methods.json
    python -m bench.theme_methods --curve 0.25 --curve 0.5 --curve 0.75 --curve 1  # learning curve

Only the development part of the theme gold is read (`nlp.gold.is_held_out`
lessons are dropped before anything else is computed), cross-validated by
review: GroupKFold over reviews, the same outer folds as
`nlp.model_evaluation.cross_validate_by_review`, every threshold, veto and
second-stage weight chosen inside each fold's training reviews. A method
never sees a held-out lesson, so its figures may be read while tuning.
Re-runnable on a larger bank: everything is computed from the corpus
folder given.

Expensive pieces are cached under --cache (keyed by a hash of the dev
texts): the rule tags and the sentence vectors.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from nlp import classifier, model_training
from nlp.gold import is_held_out, read_theme_gold
from nlp.model_evaluation import score_sets

FOLDS = 5
INNER_FOLDS = classifier.INNER_FOLDS
MIN_SUPPORT = 5  # macro-F1 over themes with this many dev gold lessons (as `lessons eval`)
WEAK = (
    "assess.optimism_bias",
    "multi.record_keeping",
    "fam.young_parents",
    "assess.risk_assessment",
    "assess.professional_curiosity",
)


@dataclass
class Dev:
    """The development part of the theme gold, with the rules' tags."""

    texts: list[str]
    gold: list[set[str]]
    reviews: list[str]
    rules: list[set[str]]
    protected: list[set[str]]  # rule themes from the lesson's kind (never vetoed)
    key: str = ""
    vectors: dict = field(default_factory=dict)  # name -> (n, d) array, filled on demand

    def __len__(self) -> int:
        return len(self.texts)


def load_dev(corpus: Path, taxonomy: Path, cache: Path) -> Dev:
    from nlp.taxonomy import load_taxonomy

    tax = load_taxonomy(taxonomy)
    lessons, _ = read_theme_gold([corpus], {t.id for t in tax.themes})
    lessons = [l for l in lessons if not is_held_out(l.review)]  # development only, before anything else
    texts = [l.tagged_text for l in lessons]
    h = hashlib.sha256(taxonomy.read_bytes())
    for l in lessons:
        h.update(json.dumps([l.id, l.tagged_text, l.kind, sorted(l.themes)]).encode())
    key = h.hexdigest()[:12]
    path = cache / f"dev-{key}.pkl"
    if path.is_file():
        rules, protected = pickle.loads(path.read_bytes())
    else:
        from nlp.tagger import Tagger

        analyses = Tagger.load(taxonomy, None).analyze_many(texts, [l.kind for l in lessons])
        rules = [set(a.theme_ids) for a in analyses]
        protected = [{t.theme for t in a.tags if not t.evidence} for a in analyses]
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((rules, protected)))
    return Dev(texts, [set(l.themes) for l in lessons], [l.review for l in lessons], rules, protected, key)


def sentence_vectors(dev: Dev, cache: Path) -> np.ndarray:
    path = cache / f"sentence-{dev.key}.npy"
    if path.is_file():
        return np.load(path)
    from nlp.embeddings import embed_texts

    vectors = embed_texts(dev.texts)
    np.save(path, vectors)
    return vectors


def outer_folds(dev: Dev) -> list[tuple[np.ndarray, np.ndarray]]:
    """The folds `cross_validate_by_review` uses on the same lessons."""
    return list(GroupKFold(n_splits=FOLDS).split(dev.texts, groups=dev.reviews))


def report(name: str, dev: Dev, predicted: Sequence[set[str]], seconds: float) -> dict:
    micro, per = score_sets(dev.gold, predicted)
    macro_themes = [s for s in per.values() if s.support >= MIN_SUPPORT]
    macro = sum(s.f1 for s in macro_themes) / len(macro_themes)
    row = {
        "method": name,
        "precision": micro.precision,
        "recall": micro.recall,
        "micro_f1": micro.f1,
        "macro_f1": round(macro, 4),
        "weak": {t: per[t].f1 if t in per else 0.0 for t in WEAK},
        "below_0.60": sorted(t for t, s in per.items() if s.support >= 15 and s.f1 < 0.60),
        "seconds": round(seconds, 1),
        "per_theme": {
            t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.support} for t, s in per.items()
        },
    }
    print(
        f"{name:40s} P {micro.precision:.3f} R {micro.recall:.3f} micro {micro.f1:.3f} macro {macro:.3f} | "
        + " ".join(f"{row['weak'][t]:.2f}" for t in WEAK)
        + f" | <0.60: {len(row['below_0.60'])} | {seconds:.0f}s",
        flush=True,
    )
    return row


# ---------------------------------------------------------------- today's method


def method_today(dev: Dev) -> list[set[str]]:
    """Today's `lessons eval` development figure: cross_validate_by_review as it is."""
    from nlp.model_evaluation import cross_validate_by_review

    cv = cross_validate_by_review(dev.texts, dev.gold, dev.reviews, rule_tags=dev.rules, protected=dev.protected)
    return [set(p) for p in cv]


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


# ---------------------------------------------------------------- second stage (stacking)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def review_mean(x: np.ndarray, groups: Sequence[str]) -> np.ndarray:
    from nlp.model_features import context_shares

    return context_shares(x, list(groups))


def stack_features(dev: Dev, idx, themes, P: np.ndarray, blocks: Sequence[str], extra=None) -> np.ndarray:
    """The second stage's inputs for lessons idx: the first stage's scores of
    every theme, and the chosen blocks: "rules" (the rules' tags), "ctx" (the
    share of the review's other lessons the rules tag), "pctx" (the mean
    first-stage probability over the review's other lessons)."""
    parts = [logit(P)]
    groups = [dev.reviews[i] for i in idx]
    R = bools([dev.rules[i] for i in idx], themes).astype(float)
    if "rules" in blocks:
        parts.append(R)
    if "ctx" in blocks:
        parts.append(review_mean(R, groups))
    if "pctx" in blocks:
        parts.append(logit(review_mean(P, groups) + 1e-4))
    if extra is not None:
        parts.append(extra)
    return np.hstack(parts)


def fit_stack(Z: np.ndarray, G: np.ndarray, c: float, balanced: bool):
    from sklearn.linear_model import LogisticRegression

    W = np.zeros((Z.shape[1], G.shape[1]))
    b = np.zeros(G.shape[1])
    mu, sd = Z.mean(axis=0), Z.std(axis=0) + 1e-6
    Zs = (Z - mu) / sd
    for j in range(G.shape[1]):
        y = G[:, j]
        if y.min() == y.max():
            b[j] = -10.0 if not y.max() else 10.0
            continue
        clf = LogisticRegression(C=c, class_weight="balanced" if balanced else None, solver="liblinear", max_iter=200)
        clf.fit(Zs, y)
        W[:, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
    return lambda Zn: 1.0 / (1.0 + np.exp(-(((Zn - mu) / sd) @ W + b)))


def stacked(dev: Dev, blocks=("rules", "ctx"), c: float = 0.1, balanced: bool = True, extra=None):
    """`scores` for run_policy: the second stage's out-of-fold scores on the
    training lessons (inner folds again) and its scores on the test lessons.
    `extra(stage)`, when given, returns (inner, test) extra feature blocks."""

    def scores(st: Stage):
        ex_in, ex_te = extra(st) if extra else (None, None)
        Zi = stack_features(dev, st.train_idx, st.themes, st.inner, blocks, ex_in)
        Zt = stack_features(dev, st.test_idx, st.themes, st.test, blocks, ex_te)
        G = bools([dev.gold[i] for i in st.train_idx], st.themes)
        inner = np.zeros_like(st.inner)
        for k in np.unique(st.inner_fold):
            a, b = st.inner_fold != k, st.inner_fold == k
            inner[b] = fit_stack(Zi[a], G[a], c, balanced)(Zi[b])
        return inner, fit_stack(Zi, G, c, balanced)(Zt)

    return scores


# ---------------------------------------------------------------- kNN label transfer


def knn_scores(Q: np.ndarray, K: np.ndarray, GK: np.ndarray, k: int) -> np.ndarray:
    """For each query row, the similarity-weighted share of its k nearest key
    rows (cosine; rows are unit length) carrying each theme."""
    sims = Q @ K.T
    sims = sims.toarray() if hasattr(sims, "toarray") else np.asarray(sims)
    k = min(k, sims.shape[1])
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    w = np.maximum(np.take_along_axis(sims, top, axis=1), 0.0)
    out = np.einsum("qk,qkt->qt", w, GK[top].astype(float))
    return out / (w.sum(axis=1, keepdims=True) + 1e-9)


def knn_extra(dev: Dev, space: str, k: int = 10):
    """`extra` for `stacked`: the kNN block over sentence vectors ("sentence")
    or the TF-IDF of words ("tfidf"); a training lesson's neighbours come from
    the other inner folds, a test lesson's from all the training lessons."""

    def vectors(st: Stage):
        if space == "sentence":
            V = dev.vectors["sentence"]
            return V[st.train_idx], V[st.test_idx]
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        A = vec.fit_transform([dev.texts[i] for i in st.train_idx])
        return A, vec.transform([dev.texts[i] for i in st.test_idx])

    def extra(st: Stage):
        A, B = vectors(st)
        G = bools([dev.gold[i] for i in st.train_idx], st.themes)
        inner = np.zeros((len(st.train_idx), len(st.themes)))
        for f in np.unique(st.inner_fold):
            a, b = st.inner_fold != f, st.inner_fold == f
            inner[b] = knn_scores(A[b], A[a], G[a], k)
        return inner, knn_scores(B, A, G, k)

    return extra


# ---------------------------------------------------------------- per-theme recalibration


def recalibrated(dev: Dev, c: float = 1.0, extras: Sequence[Callable] = (), balanced: bool = False, co: int = 0):
    """`scores` for run_policy: per theme, a logistic regression over that
    theme's first-stage logit, its rule tag and its review context (and the
    theme's column of each `extras` block, e.g. kNN label transfer): a
    per-theme calibration learnt on the inner out-of-fold probabilities, so
    one shared threshold fits every theme. Linear in the first stage's score,
    so it folds into the model's weights at no tagging cost."""
    from sklearn.linear_model import LogisticRegression

    def scores(s: Stage):
        Gi = bools([dev.gold[i] for i in s.train_idx], s.themes)
        Ri = bools([dev.rules[i] for i in s.train_idx], s.themes).astype(float)
        Rt = bools([dev.rules[i] for i in s.test_idx], s.themes).astype(float)
        Ci = review_mean(Ri, [dev.reviews[i] for i in s.train_idx])
        Ct = review_mean(Rt, [dev.reviews[i] for i in s.test_idx])
        blocks_i, blocks_t = [logit(s.inner), Ri, Ci], [logit(s.test), Rt, Ct]
        if co:  # the logits of the themes whose gold co-occurs most with this one
            corr = np.nan_to_num(np.corrcoef(Gi.T.astype(float)), nan=-1.0)
            np.fill_diagonal(corr, -1.0)
            partners = np.argsort(-corr, axis=1)[:, :co]
        for ex in extras:
            a, b = ex(s)
            blocks_i.append(a)
            blocks_t.append(b)
        inner, test = s.inner.copy(), s.test.copy()
        cw = "balanced" if balanced else None
        for j in range(len(s.themes)):
            Zi = np.stack([b[:, j] for b in blocks_i], axis=1)
            Zt = np.stack([b[:, j] for b in blocks_t], axis=1)
            if co:
                Zi = np.hstack([Zi, blocks_i[0][:, partners[j]]])
                Zt = np.hstack([Zt, blocks_t[0][:, partners[j]]])
            y = Gi[:, j]
            if y.min() == y.max():
                continue
            for k in np.unique(s.inner_fold):
                a, b = s.inner_fold != k, s.inner_fold == k
                if y[a].min() != y[a].max():
                    m = LogisticRegression(C=c, solver="liblinear", class_weight=cw).fit(Zi[a], y[a])
                    inner[b, j] = m.predict_proba(Zi[b])[:, 1]
            test[:, j] = LogisticRegression(C=c, solver="liblinear", class_weight=cw).fit(Zi, y).predict_proba(Zt)[:, 1]
        return inner, test

    return scores


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


# ---------------------------------------------------------------- the table


def _tfidf(dev, cache):
    return first_stage(dev, "tfidf", cache)


def _sentence(dev, cache):
    _with_vectors(dev, cache)
    return first_stage(dev, "tfidf+sentence", cache, embedder=Lookup(dev.texts, dev.vectors["sentence"]))


def _with_vectors(dev, cache):
    """The development lessons with their sentence vectors, read from the cache once."""
    if "sentence" not in dev.vectors:
        dev.vectors["sentence"] = sentence_vectors(dev, cache)
    return dev


# name -> (what it is, function of (dev, cache) giving the out-of-fold predicted sets)
METHODS: dict[str, tuple[str, Callable]] = {
    "default": ("`lessons eval`'s development figure with the code as it is", lambda d, c: method_today(d)),
    "uncalibrated": (
        "TF-IDF + rule features (C=16), one threshold and veto (before format 5)",
        lambda d, c: run_policy(d, _tfidf(d, c)),
    ),
    "per-theme-thresholds": (
        "as uncalibrated, then each theme with >= 15 gold its own threshold (inner CV)",
        lambda d, c: run_policy(d, _tfidf(d, c), per_theme=15),
    ),
    "no-rule-keeping": (
        "rule tags only features; every theme by its probability (cap 5)",
        lambda d, c: run_policy(d, _tfidf(d, c), keep_rules=False, cap=5),
    ),
    "stack-all": (
        "second stage per theme over all themes' logits + rule tags + review context",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=stacked(d, ("rules", "ctx"), 0.1, balanced=False)),
    ),
    "stack-all-pctx": (
        "stack-all + the review's other lessons' mean probabilities",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=stacked(d, ("rules", "ctx", "pctx"), 0.1, balanced=False)),
    ),
    "stack-all-balanced": (
        "stack-all with class-balanced weights",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=stacked(d, ("rules", "ctx"), 0.1, balanced=True)),
    ),
    "calibrated": (
        "per-theme calibration (own logit, rule tag, review context), one threshold",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d)),
    ),
    "calibrated-per-theme-thresholds": (
        "calibrated, then per-theme thresholds for themes with >= 15 gold",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d), per_theme=15),
    ),
    "calibrated-cooccurring-3": (
        "calibrated + the logits of the 3 most co-occurring themes",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d, co=3)),
    ),
    "calibrated-cooccurring-8": (
        "calibrated + the logits of the 8 most co-occurring themes",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d, co=8)),
    ),
    "calibrated-knn-tfidf": (
        "calibrated + kNN label transfer (10 nearest by word TF-IDF)",
        lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d, extras=[knn_extra(d, "tfidf", 10)])),
    ),
    "calibrated-knn-sentence": (
        "calibrated + kNN label transfer (10 nearest by sentence vector)",
        lambda d, c: run_policy(
            _with_vectors(d, c), _tfidf(d, c), scores=recalibrated(d, extras=[knn_extra(d, "sentence", 10)])
        ),
    ),
    "sentence-uncalibrated": (
        "TF-IDF + sentence vectors (lesson_vectors=sentence), one threshold",
        lambda d, c: run_policy(d, _sentence(d, c)),
    ),
    "sentence-calibrated": (
        "TF-IDF + sentence vectors, calibrated",
        lambda d, c: run_policy(d, _sentence(d, c), scores=recalibrated(d)),
    ),
    "sentence-calibrated-knn": (
        "TF-IDF + sentence vectors, calibrated, + kNN by sentence vector",
        lambda d, c: run_policy(
            _with_vectors(d, c), _sentence(d, c), scores=recalibrated(d, extras=[knn_extra(d, "sentence", 10)])
        ),
    ),
}


def _static(dev, cache):
    from nlp.embeddings import distill

    return first_stage(dev, "tfidf+static", cache, make_embedder=distill)


METHODS["static-uncalibrated"] = (
    "TF-IDF + static vectors distilled from the sentence model (lesson_vectors=static)",
    lambda d, c: run_policy(d, _static(d, c)),
)
METHODS["static-calibrated"] = (
    "TF-IDF + static vectors, calibrated",
    lambda d, c: run_policy(d, _static(d, c), scores=recalibrated(d)),
)
for _c in (4.0, 64.0):
    METHODS[f"calibrated-C{_c:g}"] = (
        f"calibrated, the first stage's C={_c:g} (16 by default)",
        lambda d, cache, c=_c: run_policy(d, first_stage(d, f"tfidf-C{c:g}", cache, c=c), scores=recalibrated(d)),
    )
for _name in LEARNERS:
    METHODS[f"{_name}-calibrated"] = (
        f"{_name} per theme over the same features, calibrated",
        lambda d, c, n=_name: run_policy(d, first_stage(d, n, c, fit=learner(LEARNERS[n])), scores=recalibrated(d)),
    )


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


METHODS["pooled-calibrated"] = (
    "TF-IDF + the lesson's sentence vector + its sentences' mean and max vectors, calibrated",
    lambda d, c: run_policy(d, _pooled(d, c), scores=recalibrated(d)),
)
METHODS["pooled-calibrated-knn"] = (
    "pooled-calibrated + kNN label transfer by sentence vector",
    lambda d, c: run_policy(d, _pooled(d, c), scores=recalibrated(d, extras=[knn_extra(d, "sentence", 10)])),
)
METHODS["mlp-calibrated"] = (
    "an MLP (256 hidden, 40 epochs) over SVD-256 of the TF-IDF + rule block + lesson and pooled sentence vectors, calibrated",
    lambda d, c: run_policy(d, _mlp(d, c), scores=recalibrated(d)),
)
METHODS["calibrated+mlp"] = (
    "calibrated (TF-IDF) with the MLP's score as one more input of each theme's calibration",
    lambda d, c: run_policy(d, _tfidf(d, c), scores=recalibrated(d, extras=[stage_extra(_mlp(d, c))])),
)
METHODS["pooled-calibrated+mlp"] = (
    "pooled-calibrated with the MLP's score as one more calibration input",
    lambda d, c: run_policy(d, _pooled(d, c), scores=recalibrated(d, extras=[stage_extra(_mlp(d, c))])),
)


def learning_curve(dev: Dev, shares: Sequence[float], seed: int = 0) -> list[dict]:
    """The default model (`model_training.train` as `lessons eval` trains it, its
    policy tuned inside) on each outer fold, trained on a share of the fold's
    training reviews (nested: a smaller share's reviews are in every larger
    one), scored on the fold's test reviews as always."""
    from nlp.classifier import combine_sets
    from nlp.model_training import train

    rng = np.random.default_rng(seed)
    folds = outer_folds(dev)
    orders = []
    for train_idx, _ in folds:
        names = sorted({dev.reviews[i] for i in train_idx})
        rng.shuffle(names)
        orders.append(names)
    rows = []
    for share in shares:
        start = time.time()
        predicted: list[set[str]] = [set() for _ in dev.texts]
        n_train = 0
        for (train_idx, test_idx), names in zip(folds, orders):
            keep = set(names[: max(2, int(round(share * len(names))))])
            sub = [i for i in train_idx if dev.reviews[i] in keep]
            n_train += len(sub)
            model = train(
                [dev.texts[i] for i in sub],
                [dev.gold[i] for i in sub],
                groups=[dev.reviews[i] for i in sub],
                rule_tags=[dev.rules[i] for i in sub],
            )
            sets = combine_sets(
                model,
                [dev.texts[i] for i in test_idx],
                [dev.rules[i] for i in test_idx],
                [dev.reviews[i] for i in test_idx],
                [dev.protected[i] for i in test_idx],
            )
            for i, p in zip(test_idx, sets):
                predicted[i] = set(p)
        name = f"curve {share:.0%} ({n_train // len(folds)} training lessons a fold)"
        rows.append({**report(name, dev, predicted, time.time() - start), "share": share})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.theme_methods", description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", action="append", choices=sorted(METHODS), help="repeatable; default: all")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--taxonomy", type=Path, default=Path("taxonomy.yaml"))
    parser.add_argument("--cache", type=Path, default=Path("bench/cache/theme_methods"))
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument(
        "--curve", type=float, action="append", help="a learning curve instead: share of training reviews (repeatable)"
    )
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    dev = load_dev(args.corpus, args.taxonomy, args.cache)
    print(f"development part: {len(dev)} lessons, {len(set(dev.reviews))} reviews; weak themes: {', '.join(WEAK)}")
    if args.curve:
        rows = learning_curve(dev, args.curve)
        if args.json:
            args.json.write_text(json.dumps({"lessons": len(dev), "rows": rows}, indent=1))
        return 0
    rows = []
    for name in args.method or list(METHODS):
        start = time.time()
        rows.append(
            {**report(name, dev, METHODS[name][1](dev, args.cache), time.time() - start), "is": METHODS[name][0]}
        )
        if args.json:
            args.json.write_text(json.dumps({"lessons": len(dev), "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
