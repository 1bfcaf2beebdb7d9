"""Tagging stage: scoring the theme model, cross-validated by review.

`cross_validate_by_review` is what `lessons train` and `lessons eval --part
themes` report: grouped k-fold, each fold's model trained on other reviews
than the ones it is scored on, with its threshold tuned inside the
training folds only; the rule and review-context features of a held-out
lesson come from the rules, never from its gold themes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sklearn.model_selection import GroupKFold

from nlp.classifier import MAX_MODEL_TAGS, THRESHOLD, ModelError, combine_sets
from nlp.model_training import train


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
    protected: Sequence[Iterable[str]] | None = None,
    make_embedder: Callable[[list[str]], object] | None = None,
) -> CrossValidation:
    """Grouped k-fold: each fold's model never saw any lesson of the reviews it is scored on.

    `reviews[i]` names the review of lesson i. The rule tags of each lesson
    are `rule_tags`, or, given a `taxonomy` file instead, what the rules of
    that taxonomy find (given `kinds`, the lessons' kinds, as the Tagger
    uses them). With rule tags, each fold's model has the rule and
    review-context features (nlp/model_features.py: a held-out lesson's
    context is the rules' themes of the other held-out lessons of its
    review, as ingest tags a review at once), the rules alone and the
    combination (`combine_tags`' policy) are scored on the same folds, and
    the result iterates over the combined predictions; without, over the
    model's.

    With `tune` (the default), each fold's model tunes its threshold by an
    inner cross-validation on that fold's training reviews only (see
    `train`), so the scores stay an estimate on unseen reviews.
    `protected[i]`: the rule themes of lesson i no veto drops (from its kind).
    `make_embedder`, when given, makes each fold's lesson-vector embedder from
    that fold's training texts (see `train`).
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
        test_texts = [texts[i] for i in test_idx]
        try:
            model = train(
                [texts[i] for i in train_idx],
                [gold[i] for i in train_idx],
                threshold=threshold,
                groups=[reviews[i] for i in train_idx],
                rule_tags=[rules[i] for i in train_idx] if rules is not None else None,
                tune=tune,
                make_embedder=make_embedder,
            )
        except ModelError:
            model = None
        if model is not None:
            probs = model.predict_proba(
                test_texts,
                rule_tags=[rules[i] for i in test_idx] if rules is not None else None,
                groups=[reviews[i] for i in test_idx],
            )
            for i, p in zip(test_idx, probs):
                ranked = sorted(((v, t) for t, v in p.items() if v >= model.threshold_of(t)), reverse=True)
                model_pred[i] = {t for _, t in ranked[:MAX_MODEL_TAGS]}
        if rules is not None:
            test_rules = [rules[i] for i in test_idx]
            if model is None:
                sets = test_rules
            else:
                sets = combine_sets(
                    model,
                    test_texts,
                    test_rules,
                    [reviews[i] for i in test_idx],
                    [protected[i] for i in test_idx] if protected is not None else None,
                )
            for i, predicted in zip(test_idx, sets):
                combined_pred[i] = set(predicted)
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
