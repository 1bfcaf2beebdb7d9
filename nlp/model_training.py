"""Tagging stage: training the theme model (nlp/classifier.py holds the model).

Training data are the theme-gold lessons (nlp/gold.py). Themes
with fewer than MIN_POSITIVES examples get no model: too few to learn
from, and the rules still cover them.

`train` fits one logistic regression per theme over the features that
nlp/classifier.py's docstring lists and, when given the lessons' reviews,
picks the threshold, the veto and each theme's calibration by an inner
cross-validation grouped by review (`tune_policy`; the policy they serve
is in nlp/classifier.py's docstring).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from nlp.classifier import (
    CALIBRATE,
    CALIBRATION_C,
    CHAR_NGRAMS,
    EMBEDDING_SCALE,
    INNER_FOLDS,
    MAX_MODEL_TAGS,
    MIN_POSITIVES,
    THRESHOLD,
    THRESHOLD_GRID,
    VETO_GRID,
    C,
    ModelError,
    ThemeModel,
)
from nlp.model_features import CONTEXT_SCALE, RULE_SCALE, context_shares, rule_features, rule_matrix


def _vectorizer() -> FeatureUnion:
    parts = [("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True))]
    if CHAR_NGRAMS:
        parts.append(("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)))
    return FeatureUnion(parts)


def _data_hash(texts: Sequence[str], labels: Sequence[Iterable[str]]) -> str:
    h = hashlib.sha256()
    for text, themes in zip(texts, labels):
        h.update(json.dumps([text, sorted(themes)]).encode("utf-8"))
    return h.hexdigest()[:10]


@dataclass
class _Fitted:
    vectorizer: FeatureUnion
    weights: np.ndarray  # over the text features
    bias: np.ndarray
    rule_themes: tuple[str, ...]
    rule_weights: np.ndarray | None  # over the [rule | context] block
    embedder: object | None = None
    embedding_weights: np.ndarray | None = None  # over the scaled lesson vectors

    def scores(self, texts: list[str], rule_tags, groups) -> np.ndarray:
        scores = np.asarray(self.vectorizer.transform(texts) @ self.weights) + self.bias
        if self.embedding_weights is not None:
            scores += EMBEDDING_SCALE * (self.embedder.embed(texts) @ self.embedding_weights)  # type: ignore[attr-defined]
        if self.rule_weights is not None:
            columns = {t: i for i, t in enumerate(self.rule_themes)}
            scores += rule_features(rule_tags, groups, columns, len(texts)) @ self.rule_weights
        return scores

    def probabilities(self, texts: list[str], rule_tags, groups) -> np.ndarray:
        return _sigmoid(self.scores(texts, rule_tags, groups))

    def calibrated(self, calibration: np.ndarray, themes: Sequence[str]) -> _Fitted:
        """The same model with each theme's calibration (`_calibrate`) folded
        into its weights: score' = a * score + b * rule tag + c * review
        context + d, so tagging costs nothing more."""
        a, b, c, d = calibration.T
        rule_weights = None if self.rule_weights is None else self.rule_weights * a
        if rule_weights is not None:
            n = len(self.rule_themes)
            for j, theme in enumerate(themes):
                if theme in self.rule_themes:
                    i = self.rule_themes.index(theme)
                    rule_weights[i, j] += b[j] / RULE_SCALE
                    rule_weights[n + i, j] += c[j] / CONTEXT_SCALE
        return _Fitted(
            self.vectorizer,
            np.ascontiguousarray(self.weights * a),
            self.bias * a + d,
            self.rule_themes,
            rule_weights,
            self.embedder,
            None if self.embedding_weights is None else np.ascontiguousarray(self.embedding_weights * a),
        )


def _sigmoid(scores: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-scores))


def _fit(
    texts: list[str],
    label_sets: list[set[str]],
    themes: tuple[str, ...],
    c: float,
    rule_sets: list[set[str]] | None,
    groups: Sequence[object] | None,
    embedder: object | None = None,
) -> _Fitted:
    """Vectorizer, stacked weights and biases of one classifier per theme.

    With `rule_sets` the rule and context block (nlp/model_features.py)
    joins the text features; its columns are the themes the rules found in
    these lessons. With `embedder`, the lesson vectors (times
    EMBEDDING_SCALE) join them last."""
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform(texts)
    n_text = x.shape[1]
    rule_themes: tuple[str, ...] = ()
    if rule_sets is not None:
        rule_themes = tuple(sorted(set().union(*rule_sets)))
        block = rule_features(rule_sets, groups, {t: i for i, t in enumerate(rule_themes)}, len(texts))
        x = sp.hstack([x, sp.csr_matrix(block)], format="csr")
    n_before_vectors = x.shape[1]
    if embedder is not None:
        vectors = EMBEDDING_SCALE * embedder.embed(texts)  # type: ignore[attr-defined]
        x = sp.hstack([x, sp.csr_matrix(vectors)], format="csr")
    weights = np.zeros((x.shape[1], len(themes)))
    bias = np.zeros(len(themes))
    for j, theme in enumerate(themes):
        y = np.array([theme in ls for ls in label_sets], dtype=int)
        if y.min() == y.max():  # an inner fold may hold no example of a theme
            bias[j] = -10.0 if y.max() == 0 else 10.0
            continue
        # dual liblinear: far faster when features outnumber lessons, as here
        # random_state: liblinear's dual solver visits the lessons in a random order; fixed, training repeats
        clf = LogisticRegression(
            C=c, class_weight="balanced", solver="liblinear", dual=True, max_iter=1000, random_state=0
        )
        clf.fit(x, y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    rule_weights = weights[n_text:n_before_vectors] if rule_sets is not None else None
    return _Fitted(
        vectorizer,
        np.ascontiguousarray(weights[:n_text]),
        bias,
        rule_themes,
        None if rule_weights is None else np.ascontiguousarray(rule_weights),
        embedder,
        np.ascontiguousarray(weights[n_before_vectors:]) if embedder is not None else None,
    )


@dataclass
class Tuning:
    """What the inner cross-validation chose: the threshold, the veto and each
    theme's calibration ((themes, 4): a, b, c, d; None when not calibrated)."""

    threshold: float
    veto: float
    calibration: np.ndarray | None = None


def inner_scores(
    texts: list[str],
    label_sets: list[set[str]],
    themes: tuple[str, ...],
    groups: Sequence[str],
    rule_sets: list[set[str]] | None,
    c: float,
    embedder: object | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Out-of-fold linear scores (texts x themes) of the training lessons, by an
    inner cross-validation grouped by review, and each lesson's inner fold;
    None when there are too few reviews to split."""
    n_groups = len(set(groups))
    if n_groups < 2:
        return None
    scores = np.zeros((len(texts), len(themes)))
    folds = np.zeros(len(texts), dtype=int)
    splits = GroupKFold(n_splits=min(INNER_FOLDS, n_groups)).split(texts, groups=list(groups))
    for k, (fit_idx, held_idx) in enumerate(splits):
        fitted = _fit(
            [texts[i] for i in fit_idx],
            [label_sets[i] for i in fit_idx],
            themes,
            c,
            [rule_sets[i] for i in fit_idx] if rule_sets is not None else None,
            [groups[i] for i in fit_idx],
            embedder,
        )
        scores[held_idx] = fitted.scores(
            [texts[i] for i in held_idx],
            [rule_sets[i] for i in held_idx] if rule_sets is not None else None,
            [groups[i] for i in held_idx],
        )
        folds[held_idx] = k
    return scores, folds


def _calibration_inputs(
    scores: np.ndarray, themes: Sequence[str], rule_sets: list[set[str]] | None, groups: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Per theme, the rule tag and the review context (texts x themes each),
    unscaled: what `_Fitted.calibrated` folds back through the rule block."""
    if rule_sets is None:
        zeros = np.zeros(scores.shape)
        return zeros, zeros
    found = rule_matrix(rule_sets, {t: j for j, t in enumerate(themes)})
    return found, context_shares(found, list(groups))


def _calibrate(
    scores: np.ndarray, gold: np.ndarray, ruled: np.ndarray, context: np.ndarray, rows: np.ndarray | None = None
) -> np.ndarray:
    """Each theme's calibration (a, b, c, d), a logistic regression of its gold
    over (its out-of-fold score, its rule tag, its review context), fitted on
    `rows` (all when None); (1, 0, 0, 0), no change, for a theme without both
    classes there. Learnt per theme, it puts every theme's probabilities on
    one scale, so that one threshold suits them all."""
    rows = np.arange(len(scores)) if rows is None else rows
    calibration = np.tile([1.0, 0.0, 0.0, 0.0], (scores.shape[1], 1))
    for j in range(scores.shape[1]):
        y = gold[rows, j]
        if y.min() == y.max():
            continue
        x = np.stack([scores[rows, j], ruled[rows, j], context[rows, j]], axis=1)
        clf = LogisticRegression(C=CALIBRATION_C, solver="liblinear").fit(x, y)
        calibration[j, :3] = clf.coef_[0]
        calibration[j, 3] = clf.intercept_[0]
    return calibration


def _apply_calibration(calibration: np.ndarray, scores: np.ndarray, ruled: np.ndarray, context: np.ndarray):
    a, b, c, d = calibration.T
    return a * scores + b * ruled + c * context + d


def tune_policy(
    texts: list[str],
    label_sets: list[set[str]],
    themes: tuple[str, ...],
    groups: Sequence[str],
    rule_sets: list[set[str]] | None,
    default: float,
    c: float,
    embedder: object | None = None,
    calibrate: bool = CALIBRATE,
) -> Tuning:
    """The threshold, the veto and (with `calibrate`) the per-theme calibration,
    from an inner cross-validation grouped by review on the lessons given
    (the training lessons).

    The calibration is learnt on the inner out-of-fold scores; the threshold
    and veto are then chosen on calibrated scores that are themselves out of
    fold (each inner fold's scores calibrated by the other folds' fit), as
    the pair in THRESHOLD_GRID x VETO_GRID with the best micro-F1 of "rule
    tags not vetoed plus at most MAX_MODEL_TAGS model additions" (ties: the
    higher threshold, then the higher veto). (`default`, no veto, no
    calibration) when there are too few reviews to split.
    """
    inner = inner_scores(texts, label_sets, themes, groups, rule_sets, c, embedder)
    if inner is None:
        return Tuning(default, 0.0)
    scores, folds = inner
    gold = np.array([[t in ls for t in themes] for ls in label_sets], dtype=bool).reshape(len(texts), len(themes))
    calibration = None
    if calibrate:
        ruled_f, context = _calibration_inputs(scores, themes, rule_sets, groups)
        calibrated = scores.copy()
        for k in np.unique(folds):
            fit_rows, held = np.flatnonzero(folds != k), folds == k
            part = _calibrate(scores, gold, ruled_f, context, fit_rows)
            calibrated[held] = _apply_calibration(part, scores[held], ruled_f[held], context[held])
        calibration = _calibrate(scores, gold, ruled_f, context)
        scores = calibrated
    threshold, veto = _choose(_sigmoid(scores), gold, themes, label_sets, rule_sets, default)
    return Tuning(threshold, veto, calibration)


def _choose(
    probs: np.ndarray,
    gold: np.ndarray,
    themes: tuple[str, ...],
    label_sets: list[set[str]],
    rule_sets: list[set[str]] | None,
    default: float,
) -> tuple[float, float]:
    """The (threshold, veto) of the best micro-F1 on out-of-fold probabilities."""
    ruled = (
        np.array([[t in r for t in themes] for r in rule_sets])
        if rule_sets is not None
        else np.zeros(probs.shape, dtype=bool)
    )
    # rule tags of themes without a model count too: they are in every prediction alike
    always_tp = sum(len(r & ls) for r, ls in zip(rule_sets or [], label_sets)) - int((ruled & gold).sum())
    always_fp = sum(len(r - ls) for r, ls in zip(rule_sets or [], label_sets)) - int((ruled & ~gold).sum())
    total_gold = sum(len(ls) for ls in label_sets)
    candidates = np.where(ruled, -1.0, probs)
    top = np.argsort(-candidates, axis=1, kind="stable")[:, :MAX_MODEL_TAGS]
    in_top = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(in_top, top, True, axis=1)
    best = (-1.0, default, 0.0)
    for veto in VETO_GRID:
        kept = ruled & (probs >= veto)
        for t in THRESHOLD_GRID:
            predicted = kept | (in_top & (candidates >= t))
            tp = int((predicted & gold).sum()) + always_tp
            fp = int((predicted & ~gold).sum()) + always_fp
            f1 = 2 * tp / (tp + fp + total_gold) if tp else 0.0
            if f1 >= best[0]:
                best = (f1, t, veto)
    return best[1], best[2]


def train(
    texts: Sequence[str],
    labels: Sequence[Iterable[str]],
    taxonomy_version: str = "",
    threshold: float = THRESHOLD,
    c: float = C,
    groups: Sequence[str] | None = None,
    rule_tags: Sequence[Iterable[str]] | None = None,
    tune: bool = True,
    embedder: object | None = None,
    make_embedder: Callable[[list[str]], object] | None = None,
    calibrate: bool = CALIBRATE,
) -> ThemeModel:
    """Fit one classifier per theme with at least MIN_POSITIVES examples.

    `labels[i]` are the theme ids of `texts[i]`; `rule_tags[i]`, when
    given, the themes the rules found in it (they become features, see
    nlp/model_features.py); `groups[i]`, the review of lesson i (the
    review-context features, and, with `tune`, the inner cross-validation
    that picks the threshold, `tune_policy`). `embedder` (anything with
    `.embed(texts)` giving an (n, d) array), or `make_embedder(texts)` called
    on the training texts, adds the lesson vectors to the features and is
    saved with the model (nlp/embeddings.py). Raises ModelError when no
    theme has enough examples.
    """
    texts = list(texts)
    if make_embedder is not None:
        embedder = make_embedder(texts)
    label_sets = [set(ls) for ls in labels]
    if len(texts) != len(label_sets):
        raise ModelError(f"{len(texts)} texts but {len(label_sets)} label sets")
    rule_sets = [set(r) for r in rule_tags] if rule_tags is not None else None
    if rule_sets is not None and len(rule_sets) != len(texts):
        raise ModelError(f"{len(texts)} texts but {len(rule_sets)} rule tag sets")
    if groups is not None and len(groups) != len(texts):
        raise ModelError(f"{len(texts)} texts but {len(groups)} review names")
    counts: dict[str, int] = {}
    for ls in label_sets:
        for theme in ls:
            counts[theme] = counts.get(theme, 0) + 1
    themes = tuple(sorted(t for t, n in counts.items() if MIN_POSITIVES <= n < len(texts)))
    if not themes:
        raise ModelError(f"no theme has {MIN_POSITIVES} or more training examples among {len(texts)} lessons")
    fitted = _fit(texts, label_sets, themes, c, rule_sets, groups, embedder)
    veto = 0.0
    calibration = None
    if groups is not None and tune:
        tuning = tune_policy(texts, label_sets, themes, groups, rule_sets, threshold, c, embedder, calibrate)
        threshold, veto, calibration = tuning.threshold, tuning.veto, tuning.calibration
        if calibration is not None:
            fitted = fitted.calibrated(calibration, themes)
    return ThemeModel(
        themes=themes,
        vectorizer=fitted.vectorizer,
        weights=fitted.weights,
        bias=fitted.bias,
        threshold=threshold,
        veto=veto,
        trained_on=len(texts),
        data_hash=_data_hash(texts, label_sets),
        taxonomy_version=taxonomy_version,
        rule_themes=fitted.rule_themes,
        rule_weights=fitted.rule_weights,
        embedder=embedder,
        embedding_weights=fitted.embedding_weights,
        embedding_scale=EMBEDDING_SCALE,
        calibration=calibration,
    )
