"""Tagging stage: the scikit-learn theme model, for themes the phrases miss.

Features: TF-IDF of words (1-2 grams) and of character 3-5 grams within
words. One logistic regression per theme (class-balanced), so the outputs
are probabilities; at prediction the per-theme weights are stacked into one
matrix, so a batch costs one sparse product, not one call per theme.

Training data are gold lessons (corpus/gold/*.json: "lessons": [{"text",
"themes"}]). Themes with fewer than MIN_POSITIVES examples get no model:
too few to learn from, and the rules still cover them.

Combining rules and model (`combine_tags`), the policy:
- every rule tag is kept as it is (it has evidence a reader can check);
- the model adds a theme the rules did not find when its probability is at
  least that theme's threshold, at most MAX_MODEL_TAGS per lesson, highest
  first. Thresholds are tuned per theme when training is given the lessons'
  reviews (`groups`): an inner cross-validation grouped by review, on the
  training lessons only, picks for each theme the threshold with the best
  F1 of "rule tag or model above threshold" (THRESHOLD where a theme has
  fewer than MIN_TUNE_POSITIVES examples);
- a model tag has source "model", confidence = the probability, and no
  evidence.

Model files are pickles holding a small header (format, taxonomy version,
scikit-learn version) read before the model itself; `load_model` refuses a
file whose taxonomy or scikit-learn version differs, with a message saying
to retrain (`lessons train`). Pickles run code when loaded: load only model
files this project wrote.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from nlp.features import FastTfidf
from nlp.records import SOURCE_MODEL, Tag

FORMAT_VERSION = 1
THRESHOLD = 0.4  # best combined micro-F1 in grouped cross-validation on the gold corpus
MAX_MODEL_TAGS = 3
MODEL_BATCH = 4096  # texts per feature matrix at prediction
MIN_POSITIVES = 2
MIN_TUNE_POSITIVES = 3
INNER_FOLDS = 3
THRESHOLD_GRID = tuple(round(0.15 + 0.05 * i, 2) for i in range(15))  # 0.15 .. 0.85


class ModelError(Exception):
    """A model file that cannot be used (missing, damaged, or for other versions)."""


@dataclass
class ThemeModel:
    """Per-theme linear models over TF-IDF features, with stacked weights."""

    themes: tuple[str, ...]  # the themes that have a model, column order of weights
    vectorizer: FeatureUnion
    weights: np.ndarray  # (n_features, n_themes)
    bias: np.ndarray  # (n_themes,)
    threshold: float = THRESHOLD
    trained_on: int = 0  # number of lessons
    data_hash: str = ""
    sklearn_version: str = sklearn.__version__
    taxonomy_version: str = ""
    extra: dict = field(default_factory=dict)
    thresholds: dict = field(default_factory=dict)  # theme -> tuned threshold

    def threshold_of(self, theme: str) -> float:
        # getattr: models pickled before per-theme thresholds have none
        return getattr(self, "thresholds", {}).get(theme, self.threshold)

    @property
    def version(self) -> str:
        return f"model {self.data_hash} ({self.trained_on} lessons, {len(self.themes)} themes)"

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, theme id -> probability, for the themes the model knows."""
        if not texts:
            return []
        probs = 1.0 / (1.0 + np.exp(-self.scores(list(texts))))
        return [dict(zip(self.themes, row.tolist())) for row in probs]

    def above_thresholds(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, theme id -> probability for the themes at or above
        their threshold only: what `combine_tags` can add, without a
        dictionary of every theme for every text."""
        if not texts:
            return []
        thresholds = self.__dict__.get("_thresholds")
        if thresholds is None:
            thresholds = self.__dict__["_thresholds"] = np.array([self.threshold_of(t) for t in self.themes])
        texts = list(texts)
        found: list[dict[str, float]] = [{} for _ in texts]
        themes = self.themes
        for first in range(0, len(texts), MODEL_BATCH):  # bounded feature matrices
            probs = 1.0 / (1.0 + np.exp(-self.scores(texts[first:first + MODEL_BATCH])))
            rows, cols = np.nonzero(probs >= thresholds)
            for row, col, p in zip(rows.tolist(), cols.tolist(), probs[rows, cols].tolist()):
                found[first + row][themes[col]] = p
        return found

    def scores(self, texts: list[str]) -> np.ndarray:
        """Linear scores (texts x themes): features @ weights + bias.

        The features come from nlp/features.py (the same matrix as the
        vectorizer's transform, several times faster) when it reproduces
        this vectorizer, else from the vectorizer itself.
        """
        fast = self.__dict__.get("_fast")
        if fast is None:
            fast = self.__dict__["_fast"] = FastTfidf.of(self.vectorizer) or False
        if fast:
            return fast.dot(texts, self.weights) + self.bias
        return np.asarray(self.vectorizer.transform(texts) @ self.weights) + self.bias

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_fast", None)  # rebuilt from the vectorizer after loading
        state.pop("_thresholds", None)
        return state


def _vectorizer() -> FeatureUnion:
    return FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)),
    ])


def _data_hash(texts: Sequence[str], labels: Sequence[Iterable[str]]) -> str:
    h = hashlib.sha256()
    for text, themes in zip(texts, labels):
        h.update(json.dumps([text, sorted(themes)]).encode("utf-8"))
    return h.hexdigest()[:10]


def _fit(texts: list[str], label_sets: list[set[str]], themes: tuple[str, ...], c: float):
    """Vectorizer, stacked weights and biases of one classifier per theme."""
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform(texts)
    weights = np.zeros((x.shape[1], len(themes)))
    bias = np.zeros(len(themes))
    for j, theme in enumerate(themes):
        y = np.array([theme in ls for ls in label_sets], dtype=int)
        if y.min() == y.max():  # an inner fold may hold no example of a theme
            bias[j] = -10.0 if y.max() == 0 else 10.0
            continue
        # dual liblinear: far faster when features outnumber lessons, as here
        clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", dual=True, max_iter=1000)
        clf.fit(x, y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    return vectorizer, weights, bias


def _probabilities(vectorizer, weights, bias, texts: list[str]) -> np.ndarray:
    scores = np.asarray(vectorizer.transform(texts) @ weights) + bias
    return 1.0 / (1.0 + np.exp(-scores))


def tune_thresholds(
    texts: list[str],
    label_sets: list[set[str]],
    themes: tuple[str, ...],
    groups: Sequence[str],
    rule_sets: list[set[str]] | None,
    default: float,
    c: float,
) -> dict[str, float]:
    """Per-theme thresholds from an inner cross-validation grouped by review.

    Only the lessons given (the training lessons) are used. For each theme,
    the out-of-fold probabilities of these lessons decide the threshold with
    the best F1 of "rule tag or probability >= threshold" (ties: the higher
    threshold). Themes with fewer than MIN_TUNE_POSITIVES examples, or when
    there are too few reviews to split, keep `default`.
    """
    n_groups = len(set(groups))
    if n_groups < 2:
        return {}
    probs = np.zeros((len(texts), len(themes)))
    for fit_idx, held_idx in GroupKFold(n_splits=min(INNER_FOLDS, n_groups)).split(texts, groups=list(groups)):
        fitted = _fit([texts[i] for i in fit_idx], [label_sets[i] for i in fit_idx], themes, c)
        probs[held_idx] = _probabilities(*fitted, [texts[i] for i in held_idx])
    rules = rule_sets or [set() for _ in texts]
    thresholds: dict[str, float] = {}
    for j, theme in enumerate(themes):
        gold = np.array([theme in ls for ls in label_sets])
        if gold.sum() < MIN_TUNE_POSITIVES:
            continue
        ruled = np.array([theme in r for r in rules])
        best = (-1.0, default)
        for t in THRESHOLD_GRID:
            predicted = ruled | (probs[:, j] >= t)
            tp = int((predicted & gold).sum())
            f1 = 2 * tp / (int(predicted.sum()) + int(gold.sum())) if tp else 0.0
            if f1 >= best[0]:
                best = (f1, t)
        thresholds[theme] = best[1]
    return thresholds


def train(
    texts: Sequence[str],
    labels: Sequence[Iterable[str]],
    taxonomy_version: str = "",
    threshold: float = THRESHOLD,
    c: float = 4.0,
    groups: Sequence[str] | None = None,
    rule_tags: Sequence[Iterable[str]] | None = None,
) -> ThemeModel:
    """Fit one classifier per theme with at least MIN_POSITIVES examples.

    `labels[i]` are the theme ids of `texts[i]`. With `groups` (the review
    of each lesson) the per-theme thresholds are tuned by an inner
    cross-validation on these lessons (`tune_thresholds`), counting
    `rule_tags[i]` (the rules' themes of lesson i) as already found. Raises
    ModelError when no theme has enough examples.
    """
    texts = list(texts)
    label_sets = [set(ls) for ls in labels]
    if len(texts) != len(label_sets):
        raise ModelError(f"{len(texts)} texts but {len(label_sets)} label sets")
    counts: dict[str, int] = {}
    for ls in label_sets:
        for theme in ls:
            counts[theme] = counts.get(theme, 0) + 1
    themes = tuple(sorted(t for t, n in counts.items() if MIN_POSITIVES <= n < len(texts)))
    if not themes:
        raise ModelError(
            f"no theme has {MIN_POSITIVES} or more training examples among {len(texts)} lessons"
        )
    vectorizer, weights, bias = _fit(texts, label_sets, themes, c)
    thresholds = {}
    if groups is not None:
        if len(groups) != len(texts):
            raise ModelError(f"{len(texts)} texts but {len(groups)} review names")
        rule_sets = [set(r) for r in rule_tags] if rule_tags is not None else None
        thresholds = tune_thresholds(texts, label_sets, themes, groups, rule_sets, threshold, c)
    return ThemeModel(
        themes=themes, vectorizer=vectorizer, weights=weights, bias=bias,
        threshold=threshold, trained_on=len(texts),
        data_hash=_data_hash(texts, label_sets), taxonomy_version=taxonomy_version,
        thresholds=thresholds,
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
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        raise ModelError(f"{path} is not a theme model file of format {FORMAT_VERSION}")
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


def combine_tags(
    rule_tags: Sequence[Tag],
    probabilities: dict[str, float],
    model: ThemeModel,
    taxonomy,
    theme_order: dict[str, int] | None = None,
) -> tuple[Tag, ...]:
    """Rule tags, plus model tags for themes the rules missed (policy above)."""
    have = {t.theme for t in rule_tags}
    extra = sorted(
        ((p, theme) for theme, p in probabilities.items()
         if theme not in have and p >= model.threshold_of(theme) and theme in (theme_order or {theme: 0})),
        reverse=True,
    )[:MAX_MODEL_TAGS]
    tags = list(rule_tags) + [
        Tag(theme, taxonomy.group_of(theme), p, SOURCE_MODEL) for p, theme in extra
    ]
    if theme_order:
        tags.sort(key=lambda t: theme_order[t.theme])
    return tuple(tags)


# ---------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int  # gold theme assignments


@dataclass(frozen=True)
class CrossValidation:
    """Out-of-fold predictions and scores, on reviews the model was not trained on.

    Iterating (or indexing) gives each lesson's predicted theme set, in input
    order: rules + model when rule tags were available, else the model alone,
    so `zip(gold_sets, cv)` pairs gold with prediction.
    """

    folds: int
    lessons: int
    micro: Scores  # the model alone, over all (lesson, theme) decisions
    macro_f1: float  # the model alone: mean F1 over themes with gold examples
    per_theme: dict[str, Scores]  # the model alone
    rules_micro: Scores | None = None  # rule tags alone, when available
    combined_micro: Scores | None = None  # rules + model by combine_tags' policy
    predictions: tuple[frozenset[str], ...] = ()

    def __iter__(self):
        return iter(self.predictions)

    def __len__(self) -> int:
        return len(self.predictions)

    def __getitem__(self, index: int) -> frozenset[str]:
        return self.predictions[index]


def score_sets(gold: Sequence[set[str]], predicted: Sequence[set[str]]) -> tuple[Scores, dict[str, Scores]]:
    """Micro scores and per-theme scores of predicted theme sets against gold."""
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    for g, p in zip(gold, predicted):
        for theme in g | p:
            row = per.setdefault(theme, [0, 0, 0])
            if theme in g and theme in p:
                row[0] += 1
            elif theme in p:
                row[1] += 1
            else:
                row[2] += 1
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return _scores(tp, fp, fn), {t: _scores(*row) for t, row in sorted(per.items())}


def _scores(tp: int, fp: int, fn: int) -> Scores:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 4), round(recall, 4), round(f1, 4), tp + fn)


def cross_validate_by_review(
    texts: Sequence[str],
    labels: Sequence[Iterable[str]],
    reviews: Sequence[str],
    taxonomy: Path | str | None = None,
    n_splits: int = 5,
    rule_tags: Sequence[Iterable[str]] | None = None,
    threshold: float = THRESHOLD,
    kinds: Sequence[str | None] | None = None,
    tune: bool = True,
) -> CrossValidation:
    """Grouped k-fold: each fold's model never saw any lesson of the reviews it is scored on.

    `reviews[i]` names the review of lesson i. The rule tags of each lesson
    are `rule_tags`, or, given a `taxonomy` file instead, what the rules of
    that taxonomy find (given `kinds`, the lessons' kinds, as the Tagger
    uses them). With rule tags, the rules alone and the combination
    (rules kept, the model adds up to MAX_MODEL_TAGS missed themes) are
    scored on the same folds, and the result iterates over the combined
    predictions; without, over the model's.

    With `tune` (the default), each fold's model tunes its per-theme
    thresholds by an inner cross-validation on that fold's training reviews
    only (see `train`), so the scores stay an estimate on unseen reviews.
    """
    texts = list(texts)
    gold = [set(ls) for ls in labels]
    if rule_tags is None and taxonomy is not None:
        from nlp.tagger import Tagger

        rule_tags = [a.theme_ids for a in Tagger.load(taxonomy).analyze_many(texts, kinds)]
    rules = [set(r) for r in rule_tags] if rule_tags is not None else None
    n_groups = len(set(reviews))
    if n_groups < 2:
        raise ModelError("cross-validation by review needs lessons from at least two reviews")
    folds = min(n_splits, n_groups)
    model_pred: list[set[str]] = [set() for _ in texts]
    combined_pred: list[set[str]] = [set() for _ in texts]
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(texts, groups=list(reviews)):
        try:
            model = train(
                [texts[i] for i in train_idx], [gold[i] for i in train_idx], threshold=threshold,
                groups=[reviews[i] for i in train_idx] if tune else None,
                rule_tags=[rules[i] for i in train_idx] if rules is not None and tune else None,
            )
        except ModelError:
            model = None
        probs = model.predict_proba([texts[i] for i in test_idx]) if model else [{} for _ in test_idx]
        for i, p in zip(test_idx, probs):
            ranked = sorted(((v, t) for t, v in p.items() if v >= model.threshold_of(t)), reverse=True)
            model_pred[i] = {t for _, t in ranked[:MAX_MODEL_TAGS]}
            if rules is not None:
                missed = [t for _, t in ranked if t not in rules[i]][:MAX_MODEL_TAGS]
                combined_pred[i] = rules[i] | set(missed)
    micro, per_theme = score_sets(gold, model_pred)
    with_gold = [s for s in per_theme.values() if s.support]
    macro = round(sum(s.f1 for s in with_gold) / len(with_gold), 4) if with_gold else 0.0
    return CrossValidation(
        folds=folds,
        lessons=len(texts),
        micro=micro,
        macro_f1=macro,
        per_theme=per_theme,
        rules_micro=score_sets(gold, rules)[0] if rules is not None else None,
        combined_micro=score_sets(gold, combined_pred)[0] if rules is not None else None,
        predictions=tuple(frozenset(p) for p in (combined_pred if rules is not None else model_pred)),
    )


# ---------------------------------------------------------------- gold data


@dataclass(frozen=True)
class GoldLesson:
    review: str  # the gold file's base name
    text: str
    themes: tuple[str, ...]
    kind: str | None = None  # the lesson's kind, when the gold gives it


def gold_files(roots: Iterable[Path]) -> list[Path]:
    """corpus/gold/*.json under each corpus root (or the root itself if it is a gold folder)."""
    found: set[Path] = set()
    for root in map(Path, roots):
        folders = [root] if root.name == "gold" else [root / "gold"]
        if root.name == "reviews":
            folders.append(root.parent / "gold")
        for folder in folders:
            if folder.is_dir():
                found.update(folder.glob("*.json"))
    return sorted(found)


def read_gold(files: Iterable[Path], known_themes: set[str] | None = None) -> tuple[list[GoldLesson], list[str]]:
    """Gold lessons and a list of problems (unreadable files, unknown theme ids)."""
    lessons: list[GoldLesson] = []
    problems: list[str] = []
    for path in files:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            items = data["lessons"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"{path}: cannot read gold lessons ({type(exc).__name__}: {exc})")
            continue
        for n, item in enumerate(items):
            text = item.get("text") if isinstance(item, dict) else None
            themes = item.get("themes") if isinstance(item, dict) else None
            if not isinstance(text, str) or not text.strip() or not isinstance(themes, list):
                problems.append(f"{path}: lesson {n} has no text or no themes list")
                continue
            unknown = [t for t in themes if known_themes is not None and t not in known_themes]
            if unknown:
                problems.append(f"{path}: lesson {n}: unknown theme(s) {', '.join(map(str, unknown))} ignored")
            kept = tuple(t for t in themes if known_themes is None or t in known_themes)
            kind = item.get("kind") if isinstance(item.get("kind"), str) else None
            lessons.append(GoldLesson(Path(path).stem, text, kept, kind))
    return lessons, problems
