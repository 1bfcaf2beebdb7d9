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

This module holds the model (`ThemeModel`, its constants) and the
combination; training it is nlp/model_training.py (`train`, `tune_policy`),
its files nlp/model_files.py (`save_model`, `load_model`, `read_header`).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import sklearn
from sklearn.pipeline import FeatureUnion

from nlp.features import FastTfidf
from nlp.model_features import RULE_SCALE, rule_features
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
