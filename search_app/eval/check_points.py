"""Evaluation, the learned check's models and operating points: keep and add models, drop and add points.

The keep model (linear) and the add model (linear, or gradient-boosted trees for
the experiment) fitted on cases (search_app/eval/check_cases.py), and the ways
their drop and add points are chosen (ADD_CHOICES): the best F1 over the
training sets, the safe point, a tolerance of extras on the development data.
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.lesson_check import LinearCheck, RowScorer, fit_linear
from search_app.eval.check_cases import DocCase

DROP_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 1.01)
ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.01)


class BoostedCheck:
    """The add model as gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier) over
    the same named features, for the experiment only (it has no weights file): P(yes) for each row."""

    def __init__(self, rows: list[dict], labels: list[int]):
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.feature_extraction import DictVectorizer

        self.constant = None if len(set(labels)) > 1 else float(bool(labels and labels[0]))
        if self.constant is None:
            self.vectorizer = DictVectorizer()
            x = self.vectorizer.fit_transform(rows).toarray()
            self.model = HistGradientBoostingClassifier(
                max_iter=200, learning_rate=0.05, max_depth=4, class_weight="balanced", random_state=0
            )
            self.model.fit(x, labels)

    def probabilities(self, rows: list[dict]) -> list[float]:
        if self.constant is not None or not rows:
            return [self.constant or 0.0] * len(rows)
        return [float(p) for p in self.model.predict_proba(self.vectorizer.transform(rows).toarray())[:, 1]]


ADD_MODELS: dict[str, Callable[[list[dict], list[int]], RowScorer]] = {"linear": fit_linear, "boosted": BoostedCheck}


def _models(cases: list[DocCase], add_model: str = "linear") -> tuple[LinearCheck, RowScorer]:
    keep = fit_linear([f for c in cases for f in c.rule_features], [y for c in cases for y in c.rule_labels])
    add = ADD_MODELS[add_model](
        [k.features for c in cases for k in c.candidates], [y for c in cases for y in c.candidate_labels]
    )
    return keep, add


def _predict(case: DocCase, keep: LinearCheck, add: RowScorer) -> tuple[list[float], list[float]]:
    return keep.probabilities(case.rule_features), add.probabilities([k.features for k in case.candidates])


def _counts(case: DocCase, p_keep, p_add, drop: float, add_at: float) -> tuple[int, int, int, int]:
    """(right, extracted, right dropped, extras added) of the rules filtered plus the proposals
    added, from the labels (no matching again: for choosing operating points)."""
    right = extracted = dropped = extras = 0
    for y, p in zip(case.rule_labels, p_keep):
        if 1 - p < drop:
            right, extracted = right + y, extracted + 1
        else:
            dropped += y
    for y, p in zip(case.candidate_labels, p_add):
        if p >= add_at:
            right, extracted, extras = right + y, extracted + 1, extras + (1 - y)
    return right, extracted, dropped, extras


Prediction = tuple[DocCase, list[float], list[float]]


def inner_predictions(train: list[DocCase], add_model: str = "linear") -> list[Prediction]:
    """Each training set's cases with the keep and add probabilities of a check fitted on the other
    training sets (leaving one set out inside the training sets)."""
    predictions = []
    for number in sorted({c.blind_set for c in train}):
        keep, add = _models([c for c in train if c.blind_set != number], add_model)
        predictions += [(c, *_predict(c, keep, add)) for c in train if c.blind_set == number]
    return predictions


def _best_f1(predictions: list[Prediction], drops, adds) -> tuple[float, float]:
    gold = sum(len(c.gold) for c, _, _ in predictions)
    best = (-1.0, 1.01, 1.01)
    for drop in drops:
        for add_at in adds:
            right = extracted = 0
            for c, pk, pa in predictions:
                r, e, _, _ = _counts(c, pk, pa, drop, add_at)
                right, extracted = right + r, extracted + e
            f1 = 2 * right / (extracted + gold) if extracted + gold else 0.0
            if f1 > best[0] + 1e-9:
                best = (f1, drop, add_at)
    return best[1], best[2]


def choose_point(
    train: list[DocCase], add_model: str = "linear", predictions: list[Prediction] | None = None
) -> tuple[float, float]:
    """The drop and add points with the best F1 over the training sets' first contacts, each set
    predicted by a check fitted without it."""
    return _best_f1(predictions or inner_predictions(train, add_model), DROP_GRID, ADD_GRID)


# the add points tried by the best-F1 add choice: finer than ADD_GRID, where the safe points lie
F1_ADD_GRID = tuple(round(0.3 + 0.025 * i, 3) for i in range(28)) + (0.99, 1.01)


def f1_add_point(predictions: list[Prediction], drop_at: float) -> float:
    """The add point with the best pooled F1 over the training sets' first contacts (each predicted
    by a check fitted without it), the drop point held where it is (the safe one)."""
    return _best_f1(predictions, (drop_at,), F1_ADD_GRID)[1]


def safe_point(development: list[DocCase], keep: LinearCheck, add: RowScorer) -> tuple[float, float]:
    """The least sure points at which the check drops no right lesson and adds no extra on the
    development data (the rules' lessons as they stand now, right there by construction)."""
    drop_at = add_at = 0.0
    for c in development:
        pk, pa = _predict(c, keep, add)
        drop_at = max([drop_at] + [1 - p + 1e-6 for y, p in zip(c.rule_labels, pk) if y])
        add_at = max([add_at] + [p + 1e-6 for y, p in zip(c.candidate_labels, pa) if not y])
    return round(min(drop_at, 1.01), 6), round(min(add_at, 1.01), 6)


TOLERANCE = 0.001  # the tolerance choice: extras it may add per gold lesson of the development data


def tolerant_add_point(development: list[DocCase], add: RowScorer, tolerance: float = TOLERANCE) -> float:
    """The least sure add point at which the check adds at most `tolerance` extras per gold lesson
    of the development data (one per 1,000 by default): the safe point less its few outliers. The
    safe point is set by the single surest extra of the development data, so it can only rise as
    the data grows; a share of it grows with the data instead."""
    extras = sorted(
        (p for c in development for y, p in zip(c.candidate_labels, _add_probabilities(c, add)) if not y),
        reverse=True,
    )
    allowed = int(tolerance * sum(len(c.gold) for c in development))
    # at most `allowed` extras lie above the point; ties at it stay out
    return round(min(extras[allowed] + 1e-6, 1.01), 6) if len(extras) > allowed else 0.0


def _add_probabilities(case: DocCase, add: RowScorer) -> list[float]:
    return add.probabilities([k.features for k in case.candidates])


ADD_CHOICES = ("safe", "tolerance", "f1")  # how the add point is chosen (add_point)
SHIPPED_ADD_CHOICE = "safe"  # the choice --train-check makes unless told (docs/lesson-check.md)


def add_point(
    choice: str,
    development: list[DocCase],
    add: RowScorer,
    safe: tuple[float, float],
    predictions: list[Prediction] | None = None,
    tolerance: float = TOLERANCE,
) -> float:
    """The add point of a choice (ADD_CHOICES), the drop point being the safe one: "safe" adds no
    extra on the development data, "tolerance" at most `tolerance` extras per development gold
    lesson, "f1" the best pooled F1 over the training sets' first contacts (`predictions`)."""
    if choice == "safe":
        return safe[1]
    if choice == "tolerance":
        return tolerant_add_point(development, add, tolerance)
    if choice == "f1":
        if predictions is None:
            raise ValueError("the best-F1 add point needs the training sets' inner predictions")
        return f1_add_point(predictions, safe[0])
    raise ValueError(f"unknown add choice {choice!r}: one of {', '.join(ADD_CHOICES)}")
