"""Evaluation: a learned check on the rules' lessons, trained on their first-contact mistakes.

The rules (ingest/lessons.py) meet each blind set of conventions once before
any rule is written for it (search_app.eval.loco.FIRST_CONTACT). What they
gave there, matched to the gold, says which of their lessons were right and
which were extras on layouts they had never seen; the second opinion's
proposals (ingest/second_opinion.py), at any sureness, in sections the rules
left empty, say which missed gold lessons a block classifier could have added. This module
asks whether a model of those two can do better than the rules plus the
current additions, honestly: each blind set is left out in turn, the check
is fitted on the other sets' first-contact output and its operating point
chosen on them alone (by leaving each training set out in turn inside them),
then applied to the left-out set's first-contact output.

Lines per set, pooled over sets:
- rules_first_contact: the first-contact commit's rules (its second opinion off
  where it had one);
- rules_plus_additions: those rules and the current second opinion (THRESHOLD,
  sections the rules left empty), its block model fitted without the set;
- checked_f1_point: the rules less the lessons the check is sure are extras,
  plus the proposals it is sure match a missed lesson (replacing the second
  opinion's), at the operating point with the best F1 on the training sets;
- checked_safe_point: the same at the least sure point that drops no right
  lesson and adds no extra on the development data (every gold document's
  lessons as the rules give them now, where they are right by construction;
  the left-out set's documents excluded);
- shipped_path: ingest.lesson_check.check_lessons at the safe point, run on the
  rules plus the second opinion, as ingest/extract.py runs it;
- checked_safe_point_inside_read, shipped_path_inside_read: the same two with the
  check proposing inside the sections the rules read too (CheckModel.inside_read),
  fitted and its safe point chosen on those proposals as well;
- checked_{choice}_inside_read, shipped_path_{choice}_inside_read: those two with the add
  point chosen another way (ADD_CHOICES), the drop point still the safe one: "tolerance", the
  least sure point adding at most TOLERANCE extras per gold lesson of the development data
  (the safe point is set by the development data's single surest extra, so it only rises as
  that data grows); "f1", the best pooled F1 over the training sets' first contacts.

The features are generic only (ingest/lesson_check.py): a lesson's length,
kind, label shape, title, its section heading's words, position, whether it
ends a list, directive and narrative words, dates, quotation and question
marks, how many lessons share its section, the kind of the block it starts
in; a proposal's sureness, length, block kind and heading words.

A known soft spot: the proposals of a training set are scored by a block model
fitted without that set but with the left-out set's gold (one block model per
set, not one per pair), which can only flatter the additions a little.

Run: `python -m search_app.eval.loco --check-experiment [--cache DIR] [--add-choice ...]
[--leave-out-set N]`; `--train-check PATH` fits the shipped check (its add point by
SHIPPED_ADD_CHOICE unless `--add-choice` names another).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.layout import Block
from ingest.lesson_check import (
    Candidate,
    CheckModel,
    LinearCheck,
    RowScorer,
    candidates,
    check_lessons,
    fit_linear,
    lesson_features,
)
from ingest.records import Lesson
from ingest.second_opinion import add_missed
from ingest.second_opinion_model import BlockModel, fit, shipped_model
from search_app.eval.evaluation import match_lessons
from search_app.eval.loco import FIRST_CONTACT, _figures, blind_sets, gold_documents, run_at_commit
from search_app.eval.loco import _counts as _matched_counts

DROP_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 1.01)
ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.01)


_RUN_OLD_RULES = r"""
import inspect, json, sys
from ingest import extract_review
rules_only = "second_opinion" in inspect.signature(extract_review).parameters
out = {}
for path in sys.argv[1:]:
    try:
        r = extract_review(path, second_opinion=False) if rules_only else extract_review(path)
        out[path] = {"page_count": getattr(r, "page_count", 0), "lessons": [
            {"text": l.text, "kind": l.kind, "label": l.label, "title": getattr(l, "title", ""),
             "section": l.section, "page_start": l.page_start, "page_end": l.page_end} for l in r.lessons]}
    except Exception as e:
        out[path] = {"page_count": 0, "lessons": [], "error": repr(e)}
print(json.dumps({"rules_only": rules_only, "docs": out}))
"""


def measured_documents(corpus_dir: Path, leave_out: frozenset[int] = frozenset()) -> list:
    """Every gold document but those of a blind set not yet measured: the last set of heldout.txt
    (the judge) is left out unless its first contact is on record (FIRST_CONTACT), for then it
    has been measured once and is training data like the sets before it. `leave_out`: blind sets
    kept out as well (a set measured once whose rules are still being written: the current rules
    are not right on it by construction, so it is neither development data nor a fold yet)."""
    judge = len(blind_sets(corpus_dir / "conventions" / "heldout.txt"))
    docs = gold_documents(corpus_dir, include_judge=judge in FIRST_CONTACT)
    return [d for d in docs if d.blind_set not in leave_out]


def cache_first_contact(
    repo: Path, corpus_dir: Path, cache: Path, commits: dict[int, str], leave_out: frozenset[int] = frozenset()
) -> None:
    """Each blind set's first-contact rule lessons with their fields, written to cache/set{N}.json
    unless there already: the commit's code exported by `git archive` and run on the set's
    documents with its second opinion off (commits before it had none)."""
    import os
    import subprocess
    import sys

    cache.mkdir(parents=True, exist_ok=True)
    docs = measured_documents(corpus_dir, leave_out)  # never a judge not yet measured
    for number, commit in commits.items():
        target = cache / f"set{number}.json"
        paths = [str(d.path) for d in docs if d.blind_set == number]
        if target.is_file() or not paths:
            continue
        data = run_at_commit(repo, commit, _RUN_OLD_RULES, paths)
        target.write_text(json.dumps({**data, "commit": commit}), encoding="utf-8")
    target = cache / "current.json"
    if not target.is_file():
        done = subprocess.run(
            [sys.executable, "-c", _RUN_CURRENT_RULES, *(str(d.path) for d in docs)],
            check=True,
            capture_output=True,
            text=True,
            cwd=str(repo),
            env={**os.environ, "PYTHONPATH": str(repo)},
        )
        target.write_text(done.stdout.splitlines()[-1], encoding="utf-8")


_RUN_CURRENT_RULES = """
import json, sys
from ingest import extract_review
out = {}
for path in sys.argv[1:]:
    try:
        r = extract_review(path, second_opinion=False)
        out[path] = {"page_count": r.page_count, "lessons": [
            {"text": l.text, "kind": l.kind, "label": l.label, "title": l.title,
             "section": l.section, "page_start": l.page_start, "page_end": l.page_end} for l in r.lessons]}
    except Exception as e:
        out[path] = {"page_count": 0, "lessons": [], "error": repr(e)}
print(json.dumps({"docs": out}))
"""


def _lessons(entries: list[dict]) -> list[Lesson]:
    return [
        Lesson(n, e["kind"], e["label"], e["text"], e["section"], e["page_start"], e["page_end"], title=e["title"])
        for n, e in enumerate(entries, 1)
    ]


def _blocks(units) -> list[Block]:
    seen: dict[int, Block] = {}
    for unit in units:
        if unit.block is not None and id(unit.block) not in seen:
            seen[id(unit.block)] = unit.block
    return list(seen.values())


@dataclass
class DocCase:
    """One gold document: its rules' lessons (at first contact for a blind set, as they stand now
    for the development data), labelled right or extra, and the proposals outside them."""

    blind_set: int  # 0: development conventions and sample corpus
    first_contact: bool
    gold: list[str]
    page_count: int
    blocks: list[Block]
    rules: list[Lesson]
    rule_features: list[dict]
    rule_labels: list[int]  # 1: matched a gold lesson, 0: an extra
    with_additions: list[Lesson] = field(default_factory=list)  # the rules and the second opinion
    candidates: list[Candidate] = field(default_factory=list)
    candidate_labels: list[int] = field(default_factory=list)  # 1: matches a gold lesson the rules missed
    missed: list[str] = field(default_factory=list)  # the gold lessons the rules missed


def _case(d, number: int, first_contact: bool, entry: dict, model: BlockModel) -> DocCase:
    rules = _lessons(entry["lessons"])
    texts = [lesson.text for lesson in rules]
    matched = match_lessons(d.gold, texts)
    blocks = _blocks(d.units)
    case = DocCase(
        number,
        first_contact,
        d.gold,
        entry["page_count"] or 1,
        blocks,
        rules,
        lesson_features(rules, d.units, entry["page_count"] or 1),
        [int(i in matched) for i in range(len(texts))],
    )
    if d.units:
        case.with_additions = add_missed(blocks, rules, model)
        # every proposal, inside the sections the rules read too: proposals_in() narrows them
        case.candidates = candidates(d.units, model.probabilities(d.units), texts, inside_read=True)
        case.missed = [g for i, g in enumerate(d.gold) if i not in set(matched.values())]
        case.candidate_labels = _labels(case.missed, case.candidates)
    else:
        case.with_additions = rules
    return case


def _labels(missed: list[str], found: list[Candidate]) -> list[int]:
    hits = match_lessons(missed, [c.text for c in found])
    return [int(i in hits) for i in range(len(found))]


def proposals_in(cases: list[DocCase], inside_read: bool) -> list[DocCase]:
    """The cases with the proposals a check of `inside_read` sees: every one, or (False, as shipped
    until ingest-1.18) only those in sections the rules left empty, labelled again among themselves."""
    if inside_read:
        return cases
    out = []
    for case in cases:
        found = [c for c in case.candidates if not c.features["section_read"]]
        out.append(replace(case, candidates=found, candidate_labels=_labels(case.missed, found)))
    return out


def _corpus_path(path) -> str:
    """A document's path from its corpus folder on ("corpus/conventions/..."): a cache written in
    another checkout of the repository still names the same documents."""
    text = str(path).replace("\\", "/")
    return text[text.rfind("/corpus/") + 1 :] if "/corpus/" in text else text


def _by_corpus_path(docs: dict) -> dict:
    return {_corpus_path(path): entry for path, entry in docs.items()}


def build_cases(
    corpus_dir: Path, cache: Path, leave_out: frozenset[int] = frozenset()
) -> tuple[list[DocCase], dict[int, BlockModel]]:
    """The table: each blind set's first-contact rule lessons (cache/set{N}.json) and the
    development data's current rule lessons (cache/current.json, every gold document), each with
    the proposals of a block model fitted without its set (the development data's: the shipped
    block model), and the block models by set; the blind sets of `leave_out` are in neither."""
    docs = measured_documents(corpus_dir, leave_out)  # never a judge not yet measured
    sets = sorted({d.blind_set for d in docs} - {0})
    current = _by_corpus_path(json.loads((cache / "current.json").read_text(encoding="utf-8"))["docs"])
    empty = {"page_count": 0, "lessons": []}
    cases = []
    models = {}
    for number in sets:
        first = _by_corpus_path(json.loads((cache / f"set{number}.json").read_text(encoding="utf-8"))["docs"])
        models[number] = fit([(d.units, d.labels) for d in docs if d.blind_set != number and d.units])
        for d in (d for d in docs if d.blind_set == number):
            cases.append(_case(d, number, True, first.get(_corpus_path(d.path), empty), models[number]))
    # the development data's proposals come from the block model extraction runs with
    models[0] = shipped_model() or fit([(d.units, d.labels) for d in docs if d.units])
    for d in docs:
        # in sample: every document's lessons as the rules give them now (right by construction)
        cases.append(_case(d, d.blind_set, False, current.get(_corpus_path(d.path), empty), models[0]))
    return cases, models


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


def _score(cases: list[DocCase], outputs: list[list[str]]) -> tuple[int, int, int]:
    tp = extracted = gold = 0
    for case, found in zip(cases, outputs):
        a, b, c = _matched_counts(found, case.gold)
        tp, extracted, gold = tp + a, extracted + b, gold + c
    return tp, extracted, gold


NAMES = (
    "rules_first_contact",
    "rules_plus_additions",
    "checked_f1_point",
    "checked_safe_point",
    "shipped_path",
    "checked_safe_point_inside_read",
    "shipped_path_inside_read",
)


def _fold(cases: list[DocCase], number: int) -> tuple[list[DocCase], list[DocCase], list[DocCase]]:
    """A fold's training first contacts, test first contacts and development data (every
    document's current rule lessons but the left-out set's)."""
    blind = [c for c in cases if c.first_contact]
    train = [c for c in blind if c.blind_set != number]
    test = [c for c in blind if c.blind_set == number]
    return train, test, [c for c in cases if not c.first_contact and c.blind_set != number]


def choice_names(choices: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of the add choices but the safe one: the check and today's path, both proposing
    inside read sections (as shipped), at each choice's add point."""
    return tuple(
        f"{line}_{choice}_inside_read" for choice in choices if choice != "safe" for line in ("checked", "shipped_path")
    )


def leave_one_set_out(
    cases: list[DocCase],
    models: dict[int, BlockModel],
    add_model: str = "linear",
    choices: tuple[str, ...] = ("safe",),
    tolerance: float = TOLERANCE,
) -> dict:
    """Each blind set's lines (see the module's docstring) and the pooled figures, for the check
    proposing only in sections the rules left empty and (the lines ending "_inside_read") for the
    check proposing inside the sections they read too, each fitted and its safe point chosen on
    the proposals it sees. `add_model`: the add model's kind (ADD_MODELS). `choices`: the ways of
    choosing the add point measured (ADD_CHOICES) beside the safe one, for the check proposing
    inside read sections, its drop point the safe one: lines "checked_{choice}_inside_read" and
    "shipped_path_{choice}_inside_read", the points "{choice}_point_inside_read"."""
    names = NAMES + choice_names(choices)
    outside, inside = proposals_in(cases, False), proposals_in(cases, True)
    blind = [c for c in outside if c.first_contact]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_set = {}
    for number in sorted({c.blind_set for c in blind}):
        outputs: dict[str, list[list[str]]] = defaultdict(list)
        row: dict = {}
        for variant, suffix in ((outside, ""), (inside, "_inside_read")):
            train, test, development = _fold(variant, number)
            keep, add = _models(train, add_model)
            safe_drop, safe_add = safe_point(development, keep, add)
            check = CheckModel(keep, add, safe_drop, safe_add, inside_read=bool(suffix))
            row["safe_point" + suffix] = [safe_drop, safe_add]
            if not suffix:
                drop, add_at = choose_point(train, add_model)
                row["f1_point"] = [drop, add_at]
            others = {}
            if suffix:
                predictions = inner_predictions(train, add_model) if "f1" in choices else None
                for choice in (c for c in choices if c != "safe"):
                    at = add_point(choice, development, add, (safe_drop, safe_add), predictions, tolerance)
                    others[choice] = replace(check, add_at=at)
                    row[f"{choice}_point{suffix}"] = [safe_drop, at]
            for c in test:
                pk, pa = _predict(c, keep, add)
                texts = [lesson.text for lesson in c.rules]
                kept = [t for t, p in zip(texts, pk) if 1 - p < safe_drop]
                outputs["checked_safe_point" + suffix].append(
                    kept + [k.text for k, p in zip(c.candidates, pa) if p >= safe_add]
                )
                shipped = check_lessons(c.blocks, c.with_additions, c.page_count, check, models[number])
                outputs["shipped_path" + suffix].append([lesson.text for lesson in shipped])
                for choice, other in others.items():
                    outputs[f"checked_{choice}{suffix}"].append(
                        kept + [k.text for k, p in zip(c.candidates, pa) if p >= other.add_at]
                    )
                    shipped = check_lessons(c.blocks, c.with_additions, c.page_count, other, models[number])
                    outputs[f"shipped_path_{choice}{suffix}"].append([lesson.text for lesson in shipped])
                if not suffix:
                    outputs["rules_first_contact"].append(texts)
                    outputs["rules_plus_additions"].append([lesson.text for lesson in c.with_additions])
                    kept = [t for t, p in zip(texts, pk) if 1 - p < drop]
                    outputs["checked_f1_point"].append(kept + [k.text for k, p in zip(c.candidates, pa) if p >= add_at])
        test = _fold(outside, number)[1]
        for name in names:
            counts = _score(test, outputs[name])
            row[name] = _figures(*counts)
            for i, v in enumerate(counts):
                totals[name][i] += v
        by_set[str(number)] = row
    return {
        "sets": len(by_set),
        "add_model": add_model,
        "add_choices": list(choices),
        "tolerance": tolerance,
        "rule_lessons": sum(len(c.rules) for c in blind),
        "rule_extras": sum(len(c.rules) - sum(c.rule_labels) for c in blind),
        "candidates": sum(len(c.candidates) for c in blind),
        "candidates_matching_missed": sum(sum(c.candidate_labels) for c in blind),
        "candidates_inside_read": sum(len(c.candidates) for c in inside if c.first_contact),
        "candidates_inside_read_matching_missed": sum(sum(c.candidate_labels) for c in inside if c.first_contact),
        **{n: _figures(*totals[n]) for n in names},
        "by_set": by_set,
    }


def train_check(
    cases: list[DocCase], inside_read: bool = False, choice: str = SHIPPED_ADD_CHOICE, tolerance: float = TOLERANCE
) -> CheckModel:
    """The shipped check: fitted to every blind set's first contact, its drop point the safe one on
    the development data (every document's current rule lessons), its add point by `choice`
    (ADD_CHOICES; docs/lesson-check.md says which ships and why); `inside_read`: proposing
    inside the sections the rules read too."""
    cases = proposals_in(cases, inside_read)
    blind = [c for c in cases if c.first_contact]
    development = [c for c in cases if not c.first_contact]
    keep, add = _models(blind)
    safe = safe_point(development, keep, add)
    predictions = inner_predictions(blind) if choice == "f1" else None
    add_at = add_point(choice, development, add, safe, predictions, tolerance)
    return CheckModel(keep, add, safe[0], add_at, inside_read=inside_read)


def markdown_table(report: dict) -> str:
    """The report as a markdown table: recall / precision per set and pooled, and the points."""
    names = NAMES + choice_names(tuple(report.get("add_choices", ("safe",))))
    points = ["f1_point", "safe_point", "safe_point_inside_read"] + [
        f"{c}_point_inside_read" for c in report.get("add_choices", ()) if c != "safe"
    ]
    lines = [
        "| set | " + " | ".join(f"{n} R / P" for n in names) + " | " + " | ".join(points) + " |",
        "|---" * (len(names) + len(points) + 1) + "|",
    ]
    for number, row in report["by_set"].items():
        cells = [f"{row[n]['recall']:.3f} / {row[n]['precision']:.3f}" for n in names]
        shown = [" / ".join(f"{v:.3g}" for v in row[k]) for k in points]
        lines.append(f"| {number} | " + " | ".join(cells) + " | " + " | ".join(shown) + " |")
    cells = [f"**{report[n]['recall']:.3f} / {report[n]['precision']:.3f}**" for n in names]
    lines.append("| pooled | " + " | ".join(cells) + " |" + " |" * len(points))
    return "\n".join(lines)
