"""Tagging stage, offline (bench.theme_methods): second stages over a first stage's scores.

Stacking (a second model per theme over every theme's logits), kNN label
transfer, and per-theme recalibration (a theme's own logit, its rule tag and
the review's context), each fitted inside the outer fold's training reviews.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from bench.theme_dev import Dev
from bench.theme_stages import Stage, bools

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
