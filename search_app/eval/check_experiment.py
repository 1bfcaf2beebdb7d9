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

The cases are made in check_cases.py; the models and operating points (ADD_CHOICES,
TOLERANCE, SHIPPED_ADD_CHOICE) are in check_points.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ingest.lesson_check import CheckModel, check_lessons
from ingest.second_opinion_model import BlockModel
from search_app.eval.check_cases import DocCase, proposals_in
from search_app.eval.check_points import (
    SHIPPED_ADD_CHOICE,
    TOLERANCE,
    _models,
    _predict,
    add_point,
    choose_point,
    inner_predictions,
    safe_point,
)
from search_app.eval.loco_conventions import _counts as _matched_counts
from search_app.eval.loco_conventions import _figures


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
