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

This module is the table of methods and the command; the pieces are in
theme_dev.py (the data, folds, a row), theme_stages.py (first stages and
decisions), theme_second_stage.py (stacking, kNN, recalibration) and
theme_sentences.py (per-sentence vectors, the MLP).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench.theme_dev import WEAK, Dev, _with_vectors, load_dev, outer_folds, report
from bench.theme_second_stage import knn_extra, recalibrated, stacked
from bench.theme_sentences import _mlp, _pooled, stage_extra
from bench.theme_stages import (
    LEARNERS,
    Lookup,
    Stage,  # noqa: F401  first stages cached before the split were pickled as __main__.Stage
    first_stage,
    learner,
    run_policy,
)

# ---------------------------------------------------------------- today's method


def method_today(dev: Dev) -> list[set[str]]:
    """Today's `lessons eval` development figure: cross_validate_by_review as it is."""
    from nlp.model_evaluation import cross_validate_by_review

    cv = cross_validate_by_review(dev.texts, dev.gold, dev.reviews, rule_tags=dev.rules, protected=dev.protected)
    return [set(p) for p in cv]


# ---------------------------------------------------------------- the table


def _tfidf(dev, cache):
    return first_stage(dev, "tfidf", cache)


def _sentence(dev, cache):
    _with_vectors(dev, cache)
    return first_stage(dev, "tfidf+sentence", cache, embedder=Lookup(dev.texts, dev.vectors["sentence"]))


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
