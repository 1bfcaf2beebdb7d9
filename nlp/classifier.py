"""Tagging stage: the scikit-learn theme model, for themes the phrases miss.

Features: TF-IDF of words (1-2 grams) and of character 3-5 grams within
words; and, when the model is trained with the rules' tags, two small
blocks from the rules (nlp/model_features.py): which themes the rules found
in the lesson, and the share of the other lessons of the same review they
found each theme in (the review's subject); and, when trained with an
embedder (`lessons train` gives nlp.embeddings.distill), the lesson's
vector: what the lesson means where its words do not name the theme
(cross-validated on the development gold, docs/theme-scores.md). The
embedder is saved inside the model file, so tagging needs no other file. One logistic regression per
theme (class-balanced), so the outputs are probabilities; at prediction
the per-theme weights are stacked into matrices, so a batch costs a few
products, not one call per theme.

Training data are the theme-gold lessons (nlp/gold.py). Themes
with fewer than MIN_POSITIVES examples get no model: too few to learn
from, and the rules still cover them.

Combining rules and model (`combine_tags`), the policy:
- a rule tag is kept (it has evidence a reader can check) unless the model
  knows its theme and gives it a probability below the model's veto: the
  labelling guide (corpus/LABELLING.md) does not tag an agency named only
  as a recipient, a father only in the story, a theme only negated, and the
  rules' words alone cannot tell those mentions from the lesson's point.
  A tag from the lesson's kind (a good-practice lesson) is never vetoed;
- the model adds a theme the rules did not find when its probability is at
  least the model's threshold, at most MAX_MODEL_TAGS per lesson, highest
  first;
- the threshold and the veto are one for all themes: when training is given
  the lessons' reviews (`groups`), an inner cross-validation grouped by
  review, on the training lessons only, picks the pair from THRESHOLD_GRID
  and VETO_GRID with the best micro-F1 of the combination (THRESHOLD and no
  veto otherwise). Per-theme thresholds, chosen the same way for themes
  with 15 or more examples, were worse on the development gold (micro-F1
  0.695 against 0.704): they fit the examples of each theme;
- so that one threshold suits every theme, the same inner cross-validation
  calibrates each theme (`tune_policy`): a logistic regression of its gold
  over its out-of-fold score, its rule tag and its review context, four
  numbers a theme, learnt where per-theme thresholds overfit. The
  calibration is linear in the score, so it is folded into the weights
  (`_Fitted.calibrated`): tagging costs nothing more, and a model tag's
  strongest features are still its features times its (calibrated) weights.
  It lifted the weakest themes most on the development gold
  (docs/theme-scores.md; `python -m bench.theme_methods` compares methods);
- a model tag has source "model", confidence = the probability, and no
  evidence.

Model files are pickles holding a small header (format, taxonomy version,
scikit-learn version) read before the model itself; `load_model` refuses a
file whose format, taxonomy or scikit-learn version differs, with a
message saying to retrain (`lessons train`). Pickles run code when loaded:
load only model files this project wrote.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from nlp.features import FastTfidf
from nlp.model_features import CONTEXT_SCALE, RULE_SCALE, context_shares, rule_features, rule_matrix
from nlp.records import SOURCE_MODEL, Tag, make_tag

FORMAT_VERSION = 5  # 5: per-theme calibration folded into the weights; 4: lesson vectors among the features
THRESHOLD = 0.5  # when not tuned; grouped cross-validation picks 0.5-0.7 on the gold corpus
MAX_MODEL_TAGS = 3
EXPLAIN_FEATURES = 5  # features named for a model tag in `lessons tag`
MODEL_BATCH = 4096  # texts per feature matrix at prediction
MIN_POSITIVES = 2
INNER_FOLDS = 3
THRESHOLD_GRID = tuple(round(0.15 + 0.05 * i, 2) for i in range(15))  # 0.15 .. 0.85
VETO_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
C = 16.0  # inverse regularisation; chosen by cross-validation on the development gold (4 and 1 were worse)
EMBEDDING_SCALE = 1.0  # the lesson vector's weight beside the TF-IDF rows (both unit length)
CHAR_NGRAMS = True  # the char_wb 3-5 gram block of the text features
CALIBRATE = True  # per-theme calibration by the inner cross-validation (`tune_policy`)
CALIBRATION_C = 1.0  # its inverse regularisation (0.1 and 10 gave the same on the development gold)


class ModelError(Exception):
    """A model file that cannot be used (missing, damaged, or for other versions)."""


@dataclass
class ThemeModel:
    """Per-theme linear models over TF-IDF and rule features, with stacked weights."""

    themes: tuple[str, ...]  # the themes that have a model, column order of weights
    vectorizer: FeatureUnion
    weights: np.ndarray  # (n_text_features, n_themes)
    bias: np.ndarray  # (n_themes,)
    threshold: float = THRESHOLD
    veto: float = 0.0  # a rule tag of a theme the model knows is dropped below this probability
    trained_on: int = 0  # number of lessons
    data_hash: str = ""
    sklearn_version: str = sklearn.__version__
    taxonomy_version: str = ""
    thresholds: dict = field(default_factory=dict)  # theme -> threshold, where one differs from `threshold`
    rule_themes: tuple[str, ...] = ()  # the rule features' themes; () when trained without rule tags
    rule_weights: np.ndarray | None = None  # (2 * len(rule_themes), n_themes): [rule | context] block
    embedder: object | None = None  # gives lesson vectors: `.embed(texts)` -> (n, d); None: no vector features
    embedding_weights: np.ndarray | None = None  # (d, n_themes), for the vectors times embedding_scale
    embedding_scale: float = EMBEDDING_SCALE
    calibration: np.ndarray | None = None  # (n_themes, 4): each theme's a, b, c, d, already folded into the weights

    def threshold_of(self, theme: str) -> float:
        return self.thresholds.get(theme, self.threshold)

    @property
    def version(self) -> str:
        return f"model {self.data_hash} ({self.trained_on} lessons, {len(self.themes)} themes)"

    def predict_proba(
        self,
        texts: Sequence[str],
        rule_tags: Sequence[Iterable[str]] | None = None,
        groups: Sequence[object] | None = None,
    ) -> list[dict[str, float]]:
        """For each text, theme id -> probability, for the themes the model knows.

        `rule_tags[i]`: the themes the rules found in text i; `groups[i]`: its
        review (None: each text stands alone). See nlp/model_features.py."""
        if not texts:
            return []
        probs = 1.0 / (1.0 + np.exp(-self.scores(list(texts), rule_tags, groups)))
        return [dict(zip(self.themes, row.tolist())) for row in probs]

    def above_thresholds(
        self,
        texts: Sequence[str],
        rule_tags: Sequence[Iterable[str]] | None = None,
        groups: Sequence[object] | None = None,
    ) -> list[dict[str, float]]:
        """For each text, theme id -> probability for the themes at or above
        their threshold, and for the themes of its rule tags (which the veto
        may drop): all `combine_tags` needs, without a dictionary of every
        theme for every text. Arguments as `predict_proba`."""
        if not texts:
            return []
        thresholds = self.__dict__.get("_thresholds")
        if thresholds is None:
            thresholds = self.__dict__["_thresholds"] = np.array([self.threshold_of(t) for t in self.themes])
        texts = list(texts)
        found: list[dict[str, float]] = [{} for _ in texts]
        themes = self.themes
        context = self.context_scores(rule_tags, groups, len(texts))
        for first in range(0, len(texts), MODEL_BATCH):  # bounded feature matrices
            scores = self.scores(texts[first : first + MODEL_BATCH])
            if context is not None:
                scores += context[first : first + MODEL_BATCH]
            probs = 1.0 / (1.0 + np.exp(-scores))
            rows, cols = np.nonzero(probs >= thresholds)
            for row, col, p in zip(rows.tolist(), cols.tolist(), probs[rows, cols].tolist()):
                found[first + row][themes[col]] = p
            if rule_tags is not None and self.veto > 0:  # the rule tags' probabilities, for the veto
                column = self._theme_columns()
                for row in range(probs.shape[0]):
                    for theme in rule_tags[first + row]:
                        if theme in column:
                            found[first + row].setdefault(theme, float(probs[row, column[theme]]))
        return found

    def strongest_features(
        self,
        text: str,
        theme: str,
        rule_tags: Iterable[str] = (),
        k: int = EXPLAIN_FEATURES,
    ) -> list[tuple[str, float]]:
        """Why the model gives `text` the theme: the features that raise its score
        most, (name, contribution to the linear score), highest first, at most k:
        words and word pairs ("words: home visit"), character n-grams ("chars:
        negl"), the rules' own tags ("rule tag: harm.neglect") and, when the model
        has them, the lesson's vector as one feature ("lesson vector"). Each is
        the feature's value in this text times its weight for the theme; the
        review context is left out (it depends on the other lessons of a batch).
        Computed with scikit-learn for one text: for explaining, not for tagging."""
        column = self._theme_columns().get(theme)
        if column is None:
            return []
        names = self.__dict__.get("_feature_names")
        if names is None:
            names = self.__dict__["_feature_names"] = [
                n.replace("__", ": ", 1) for n in self.vectorizer.get_feature_names_out()
            ]
        row = self.vectorizer.transform([text]).tocsr()
        found = [
            (names[j], float(v * self.weights[j, column])) for j, v in zip(row.indices.tolist(), row.data.tolist())
        ]
        if self.rule_weights is not None:
            for t in rule_tags:
                if t in self.rule_themes:
                    i = self.rule_themes.index(t)
                    found.append((f"rule tag: {t}", float(RULE_SCALE * self.rule_weights[i, column])))
        if self.embedder is not None and self.embedding_weights is not None:
            vector = self.embedder.embed([text])[0]  # type: ignore[attr-defined]
            found.append(("lesson vector", float(self.embedding_scale * vector @ self.embedding_weights[:, column])))
        return sorted((f for f in found if f[1] > 0), key=lambda f: -f[1])[:k]

    def _theme_columns(self) -> dict[str, int]:
        columns = self.__dict__.get("_columns_by_theme")
        if columns is None:
            columns = self.__dict__["_columns_by_theme"] = {t: j for j, t in enumerate(self.themes)}
        return columns

    def context_scores(
        self, rule_tags: Sequence[Iterable[str]] | None, groups: Sequence[object] | None, n: int
    ) -> np.ndarray | None:
        """The rule and review-context part of the scores (texts x themes), None when it is zero."""
        if self.rule_weights is None or rule_tags is None:
            return None
        columns = self.__dict__.get("_rule_columns")
        if columns is None:
            columns = self.__dict__["_rule_columns"] = {t: i for i, t in enumerate(self.rule_themes)}
        return rule_features(rule_tags, groups, columns, n) @ self.rule_weights

    def scores(
        self,
        texts: list[str],
        rule_tags: Sequence[Iterable[str]] | None = None,
        groups: Sequence[object] | None = None,
    ) -> np.ndarray:
        """Linear scores (texts x themes): features @ weights + bias.

        The text features come from nlp/features.py (the same matrix as the
        vectorizer's transform, several times faster) when it reproduces
        this vectorizer, else from the vectorizer itself.
        """
        fast = self.__dict__.get("_fast")
        if fast is None:
            fast = self.__dict__["_fast"] = FastTfidf.of(self.vectorizer) or False
        if isinstance(fast, FastTfidf):
            scores = fast.dot(texts, self.weights) + self.bias
        else:
            scores = np.asarray(self.vectorizer.transform(texts) @ self.weights) + self.bias
        if self.embedder is not None and self.embedding_weights is not None:
            scores += self.embedding_scale * (self.embedder.embed(texts) @ self.embedding_weights)  # type: ignore[attr-defined]
        context = self.context_scores(rule_tags, groups, len(texts))
        return scores if context is None else scores + context

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for cached in ("_fast", "_thresholds", "_rule_columns", "_columns_by_theme", "_feature_names"):
            state.pop(cached, None)
        return state


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


# ---------------------------------------------------------------- files


def save_model(model: ThemeModel, path: Path | str, taxonomy_version: str) -> None:
    """Write the model with its header; `taxonomy_version` is Taxonomy.version."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    model.taxonomy_version = taxonomy_version
    header = {
        "format": FORMAT_VERSION,
        "taxonomy_version": taxonomy_version,
        "sklearn_version": sklearn.__version__,
        "model_version": model.version,
    }
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(header, fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # readers never see a half-written file


def read_header(path: Path | str) -> dict:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            header = pickle.load(fh)
    except FileNotFoundError:
        raise ModelError(f"no model file at {path}") from None
    except Exception as exc:  # any unpickling failure means the file is not ours
        raise ModelError(f"{path} is not a theme model file ({type(exc).__name__})") from None
    if not isinstance(header, dict) or "format" not in header:
        raise ModelError(f"{path} is not a theme model file")
    if header["format"] != FORMAT_VERSION:
        raise ModelError(
            f"model {path} has file format {header['format']}, this version reads format "
            f"{FORMAT_VERSION}; retrain it with `lessons train`"
        )
    return header


def load_model(path: Path | str, taxonomy_version: str) -> ThemeModel:
    """Load a model, refusing one made for another taxonomy or scikit-learn version."""
    path = Path(path)
    header = read_header(path)
    if header["taxonomy_version"] != taxonomy_version:
        raise ModelError(
            f"model {path} was trained for taxonomy {header['taxonomy_version']}, "
            f"but the taxonomy is now {taxonomy_version}; retrain it with `lessons train`"
        )
    if header["sklearn_version"] != sklearn.__version__:
        raise ModelError(
            f"model {path} was saved with scikit-learn {header['sklearn_version']}, "
            f"but {sklearn.__version__} is installed; retrain it with `lessons train`"
        )
    try:
        with path.open("rb") as fh:
            pickle.load(fh)
            model = pickle.load(fh)
    except Exception as exc:
        raise ModelError(f"{path}: cannot read the model ({type(exc).__name__}: {exc})") from None
    if not isinstance(model, ThemeModel):
        raise ModelError(f"{path} does not hold a theme model")
    return model


# ---------------------------------------------------------------- combining


def _decide(
    model: ThemeModel,
    rules: Iterable[str],
    protected: Iterable[str],
    probabilities: dict[str, float],
    known: Container[str] | None = None,
) -> tuple[set[str], list[tuple[float, str]]]:
    """The combination policy (module docstring) on theme ids: the rule themes
    kept (every `protected` one, and the others the model does not veto) and
    the model's additions, (probability, theme) highest first; `known`, when
    given, the only themes the model may add."""
    rules = set(rules)
    protected = set(protected)
    kept = {t for t in rules if t in protected or probabilities.get(t, 1.0) >= model.veto}
    added = sorted(
        (
            (p, theme)
            for theme, p in probabilities.items()
            if theme not in rules and p >= model.threshold_of(theme) and (known is None or theme in known)
        ),
        reverse=True,
    )[:MAX_MODEL_TAGS]
    return kept, added


def combine_tags(
    rule_tags: Sequence[Tag],
    probabilities: dict[str, float],
    model: ThemeModel,
    taxonomy,
    theme_order: dict[str, int] | None = None,
) -> tuple[Tag, ...]:
    """Rule tags the model does not veto, plus model tags for themes the rules
    missed (policy above). `probabilities`: what `above_thresholds` gives. A
    tag from the lesson's kind (no evidence) is never vetoed."""
    kept, added = _decide(
        model,
        (t.theme for t in rule_tags),
        (t.theme for t in rule_tags if not t.evidence),
        probabilities,
        theme_order or None,
    )
    tags = [t for t in rule_tags if t.theme in kept]
    tags += [make_tag(theme, taxonomy.group_of(theme), p, SOURCE_MODEL) for p, theme in added]
    if theme_order:
        tags.sort(key=lambda t: theme_order[t.theme])
    return tuple(tags)


def combine_sets(
    model: ThemeModel,
    texts: Sequence[str],
    rule_tags: Sequence[Iterable[str]],
    groups: Sequence[object] | None = None,
    protected: Sequence[Iterable[str]] | None = None,
) -> list[set[str]]:
    """Theme ids only, by `combine_tags`' policy (for evaluation, where no
    evidence is needed): `protected[i]`, the rule themes of lesson i that no
    veto drops (those from its kind)."""
    rules = [set(r) for r in rule_tags]
    combined = []
    for i, probs in enumerate(model.above_thresholds(texts, rules, groups)):
        kept, added = _decide(model, rules[i], protected[i] if protected is not None else (), probs)
        combined.append(kept | {t for _, t in added})
    return combined
