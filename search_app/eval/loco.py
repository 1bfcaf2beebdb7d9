"""Evaluation: leave-one-convention-out figures for lesson segmentation.

The question this answers: which method will hold on review documents laid
out in a convention nobody has seen? The rule-based extractor (ingest/) has
no fitted parameters, so its leave-one-convention-out figure is its
in-sample figure and predicts nothing; its honest figure is the one it got
on conventions at first contact (blind held-out sets). A learned method can
be measured honestly by leaving each convention out of its training.

The learned method measured here is a block classifier (its features in
ingest/second_opinion.py): every block of a
document (paragraph, heading, list item, table row; an NSPCC-style inline
list split at its cues) is labelled from the gold as the start of a lesson,
its continuation or neither, and a logistic regression learns the label
from generic features only: the block's layout (kind, level, bold, length,
numbering, punctuation), its first words, the words of the headings above
it, its neighbours, and cue words. The extractor's own decisions are not
features: they were written with every convention in view, and would leak
the left-out convention into its own test. Segmentation then follows the
predicted labels (start opens a lesson, continuation extends it, other
closes it), and the lessons are matched to the gold by text as `lessons
eval` does; "classifier_kept_once" also keeps a lesson printed twice (a
summary repeating the body) once. The oracle line segments with the gold labels: the ceiling of
a block-level method (lessons that share one paragraph, or one table cell
among several, are out of its reach).

Leaving one convention out flatters a learned method: a blind set's
conventions share an author. `--by-set` leaves each blind set (but the
judge, the last one) out of the training in turn and sets the classifier
beside the rules as they stood when that set was first met: the extractor of
each set's first-contact commit (FIRST_CONTACT) is exported by `git archive`
and run on the set's documents. It also measures the second opinion
(ingest/second_opinion.py): those rules plus the classifier's lessons where
they found none, the honest test of a stage meant for layouts the rules were
never written for. `--train-model PATH` fits the second opinion's shipped
model to every gold document but the judge's; `--judge` measures the judge
set, once per design, at the very end.

`--check-experiment` measures the learned check on the lessons (ingest/lesson_check.py,
search_app/eval/check_experiment.py) leaving each blind set out, proposing only in sections the
rules left empty and inside the sections they read too; `--train-check PATH [--inside-read yes|no]` fits
it to every blind set's first contact (docs/lesson-check.md has the figures).

This module is the command and FIRST_CONTACT; the measurements are in loco_conventions.py
(leaving each convention out), loco_blind.py (leaving each blind set out, the judge) and
check_experiment.py with check_cases.py and check_points.py (the learned check).

Run: `python -m search_app.eval.loco [--corpus corpus] [--output loco.json]
[--by-set | --train-model PATH | --judge | --check-experiment [--cache DIR] | --train-check PATH
[--inside-read yes|no]] [--add-model linear|boosted ...] [--add-choice safe|tolerance|f1 ...]
[--tolerance SHARE] [--leave-out-set N ...]`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from search_app.eval.loco_blind import (
    first_contact_lessons,
    gold_documents,
    leave_one_set_out,
    measure_blind_judge,
    train_block_model,
)
from search_app.eval.loco_conventions import leave_one_convention_out

# The commits whose extractor met each blind set first (before any rule was written for it): the
# rules' mistakes on layouts they were never written for, the honest ground for a second opinion.
FIRST_CONTACT = {
    1: "1274df4",
    2: "d39306b",
    3: "6305208",
    4: "baa8bff",
    5: "916626f",
    6: "4d68427",
    7: "bc36504",
    8: "f445bb4",
    9: "7e55046",
    10: "fdac649",
    11: "ed9c3ed",
    12: "13de517",
    13: "04d60ca",
    14: "e1c8bff",
    15: "b715e0b",
    16: "bd49468",
    17: "e27180e",
    18: "6ca3bba",
    19: "ef4fa7a",
    20: "b868f2a",
    21: "fa4e18c",
    22: "d08ab5f",
    23: "c0a2e59",
    24: "bcfd32f",
    25: "6e1c98e",
    26: "d3e7c8d",
    27: "47dbbb2",
    28: "84c339a",
    29: "1ba4efc",
    30: "6685665",
    31: "17427c3",
    32: "2e0b7cd",
    33: "51187a2",
    34: "7ce44ae",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "corpus")
    parser.add_argument("--output", type=Path, default=Path("loco.json"))
    parser.add_argument(
        "--by-set",
        action="store_true",
        help="leave each blind set (but the judge) out in turn, beside the rules at that set's first contact",
    )
    parser.add_argument(
        "--first-contact",
        action="append",
        default=[],
        metavar="SET=COMMIT",
        help=f"the commit whose extractor met a blind set first (default {FIRST_CONTACT})",
    )
    parser.add_argument(
        "--train-model", type=Path, metavar="PATH", help="fit the second opinion's model, write it to PATH"
    )
    parser.add_argument(
        "--judge", action="store_true", help="measure the blind judge set (only once per design, at the very end)"
    )
    parser.add_argument(
        "--check-experiment",
        action="store_true",
        help="a learned check on the rules' first-contact lessons, each blind set left out (check_experiment.py)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/filt"),
        help="folder caching each blind set's first-contact rule lessons (--check-experiment)",
    )
    parser.add_argument(
        "--train-check",
        type=Path,
        metavar="PATH",
        help="fit the lesson check (ingest/lesson_check.py) to every blind set's first contact, write it to PATH",
    )
    parser.add_argument(
        "--inside-read",
        choices=("yes", "no"),
        help="--train-check: whether the check proposes inside the sections the rules read too (default: as "
        "the shipped check does; --check-experiment measures both)",
    )
    parser.add_argument(
        "--add-model",
        choices=("linear", "boosted"),
        nargs="+",
        default=["linear"],
        help="--check-experiment: the add model, a logistic regression (shipped) or gradient-boosted trees; "
        "several: each measured on the same cases",
    )
    parser.add_argument(
        "--add-choice",
        choices=("safe", "tolerance", "f1"),
        nargs="+",
        help="how the check's add point is chosen, its drop point the safe one: no extra on the development "
        "data (safe), at most --tolerance extras per development gold lesson (tolerance), the best pooled F1 "
        "over the training sets' first contacts (f1). --check-experiment measures each named (default: all) "
        "beside the safe point; --train-check fits with the first (default: the shipped choice)",
    )
    parser.add_argument(
        "--tolerance",
        type=float,
        default=0.001,
        help="--add-choice tolerance: extras allowed per development gold lesson (default 0.001)",
    )
    parser.add_argument(
        "--leave-out-set",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="--check-experiment, --train-check: keep blind set N out of the folds and the development data "
        "(a set measured once whose rules are still being written)",
    )
    args = parser.parse_args()
    if args.check_experiment or args.train_check:
        from search_app.eval import check_cases, check_experiment, check_points

        repo = Path(__file__).resolve().parents[2]
        leave_out = frozenset(args.leave_out_set)
        check_cases.cache_first_contact(repo, args.corpus, args.cache, FIRST_CONTACT, leave_out)
        cases, models = check_cases.build_cases(args.corpus, args.cache, leave_out)
        if args.train_check:
            if args.inside_read is None:
                from ingest.lesson_check import shipped_check

                shipped = shipped_check()
                inside_read = bool(shipped and shipped.inside_read)
            else:
                inside_read = args.inside_read == "yes"
            choice = args.add_choice[0] if args.add_choice else check_points.SHIPPED_ADD_CHOICE
            check = check_experiment.train_check(cases, inside_read, choice, args.tolerance)
            args.train_check.write_text(check.to_json() + "\n", encoding="utf-8")
            print(
                f"check written to {args.train_check} (drop at {check.drop_at}, add at {check.add_at} "
                f"chosen {choice}, inside read sections: {check.inside_read})"
            )
            if not args.check_experiment:
                return
        reports = {}
        for add_model in args.add_model:
            choices = tuple(args.add_choice or check_points.ADD_CHOICES)
            reports[add_model] = check_experiment.leave_one_set_out(cases, models, add_model, choices, args.tolerance)
            print(f"add model: {add_model}")
            print(check_experiment.markdown_table(reports[add_model]), flush=True)
        report = reports[args.add_model[0]] if len(reports) == 1 else reports
        args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"report written to {args.output}")
        return
    if args.train_model:
        model = train_block_model(args.corpus)
        args.train_model.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"model of {len(model.vocabulary)} features written to {args.train_model}")
        return
    if args.judge:
        report = measure_blind_judge(args.corpus)
    elif args.by_set:
        commits = {**FIRST_CONTACT, **{int(k): v for k, v in (x.split("=", 1) for x in args.first_contact)}}
        docs = gold_documents(args.corpus)
        repo = Path(__file__).resolve().parents[2]
        first = {}
        for number, commit in commits.items():
            paths = [d.path for d in docs if d.blind_set == number]
            if paths:
                first[number] = first_contact_lessons(repo, commit, paths)
        report = leave_one_set_out(args.corpus, first)
    else:
        report = leave_one_convention_out(args.corpus)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, f in report.items():
        if isinstance(f, dict) and "precision" in f:
            print(
                f"  {name:22} lessons precision {f['precision']:.3f}  recall {f['recall']:.3f}  "
                f"({f['matched']}/{f['gold']} gold, {f['extracted']} extracted)"
            )
    print(f"report written to {args.output}")


if __name__ == "__main__":
    main()
