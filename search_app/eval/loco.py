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

Run: `python -m search_app.eval.loco [--corpus corpus] [--output loco.json]
[--by-set | --train-model PATH | --judge | --check-experiment [--cache DIR] | --train-check PATH
[--inside-read yes|no]] [--add-model linear|boosted ...] [--add-choice safe|tolerance|f1 ...]
[--tolerance SHARE] [--leave-out-set N ...]`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.extract import read_blocks
from ingest.second_opinion import missed_runs, run_text
from ingest.second_opinion_model import BlockModel, Unit, document_units, fit
from search_app.eval.conventions import convention_gold
from search_app.eval.evaluation import MATCH_THRESHOLD, match_lessons, text_similarity

LABELS = ("start", "continuation", "other")
PREFIX_TOKENS = 6


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def gold_labels(units: list[Unit], gold_texts: list[str]) -> list[str]:
    """Each unit's label from the gold: it begins a gold lesson, lies inside one, or neither."""
    gold = [" ".join(_tokens(t)) for t in gold_texts]
    labels = []
    for unit in units:
        head = " ".join(_tokens(unit.text)[:PREFIX_TOKENS])
        if not head:
            labels.append("other")
        elif any(g.startswith(head) for g in gold):
            labels.append("start")
        elif any(f" {head}" in g for g in gold):
            labels.append("continuation")
        else:
            labels.append("other")
    return labels


def segment(units: list[Unit], labels: list[str]) -> list[str]:
    """Lesson texts from labelled units."""
    lessons: list[list[str]] = []
    open_lesson = False
    for unit, label in zip(units, labels):
        if label == "start" or (label == "continuation" and not open_lesson):
            lessons.append([unit.text])
            open_lesson = True
        elif label == "continuation":
            lessons[-1].append(unit.text)
        else:
            open_lesson = False
    return [" ".join(parts) for parts in lessons]


def keep_once(texts: list[str]) -> list[str]:
    """A lesson printed again (a summary or an appendix repeating the body) kept once: the last
    printing, since summaries come first."""
    kept: list[str] = []
    for text in reversed(texts):
        if not any(text_similarity(text, other) >= MATCH_THRESHOLD for other in kept):
            kept.append(text)
    return kept[::-1]


def _counts(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    matched = len(match_lessons(gold, found))
    return matched, len(found), len(gold)


def _figures(tp: int, extracted: int, gold: int) -> dict:
    return {
        "precision": round(tp / extracted, 4) if extracted else 0.0,
        "recall": round(tp / gold, 4) if gold else 0.0,
        "matched": tp,
        "extracted": extracted,
        "gold": gold,
    }


def leave_one_convention_out(corpus_dir: Path) -> dict:
    """Lesson precision and recall of the block classifier, each convention predicted by a model
    trained on all the others, beside the oracle (gold labels) and the rule-based extractor
    (in-sample: it was developed on every convention measured here)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ingest import extract_review

    docs = []  # (convention, units, labels, gold texts, rule texts)
    for part, reviews in convention_gold(corpus_dir).items():
        if part == "blind_held_out":
            continue  # the held-out judge is never trained or measured on here
        for g in reviews:
            raw = json.loads((g.document.parent.parent / "gold" / f"{g.stem}.json").read_text(encoding="utf-8"))
            texts = [l.text for l in g.lessons]
            units = document_units(read_blocks(g.document))
            if not units:
                continue  # a scanned document without OCR on this machine
            rules = [l.text for l in extract_review(g.document).lessons]
            docs.append((raw["convention"], units, gold_labels(units, texts), texts, rules))
    by_convention: dict[str, dict] = {}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for convention in sorted({d[0] for d in docs}):
        train = [d for d in docs if d[0] != convention]
        test = [d for d in docs if d[0] == convention]
        vectorizer = DictVectorizer()
        x = vectorizer.fit_transform([u.features for d in train for u in d[1]])
        y = [label for d in train for label in d[2]]
        model = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")
        model.fit(x, y)
        row = {}
        for name, labels_of in (
            ("classifier", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("classifier_kept_once", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("oracle", lambda d: d[2]),
            ("rules_in_sample", None),
        ):
            tp = extracted = gold = 0
            for d in test:
                found = d[4] if labels_of is None else segment(d[1], labels_of(d))
                if name == "classifier_kept_once":
                    found = keep_once(found)
                a, b, c = _counts(found, d[3])
                tp, extracted, gold = tp + a, extracted + b, gold + c
            row[name] = _figures(tp, extracted, gold)
            totals[name][0] += tp
            totals[name][1] += extracted
            totals[name][2] += gold
        by_convention[convention] = row
    return {
        "conventions": len(by_convention),
        "documents": len(docs),
        **{name: _figures(*counts) for name, counts in totals.items()},
        "by_convention": by_convention,
    }


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
}
BLIND_SECTION = re.compile(r"#\s*Blind held-out")
_RUN_OLD_EXTRACTOR = (
    "import json, sys\n"
    "from ingest import extract_review\n"
    "out = {}\n"
    "for path in sys.argv[1:]:\n"
    "    try:\n"
    "        out[path] = [l.text for l in extract_review(path).lessons]\n"
    "    except Exception:\n"
    "        out[path] = []\n"
    "print(json.dumps(out))\n"
)


def blind_sets(held_out_list: Path) -> list[tuple[str, ...]]:
    """The blind sets of heldout.txt in order: the ids under each comment line that opens with
    '# Blind held-out' (the first set's header names no number). The last is the judge."""
    sets: list[list[str]] = []
    if held_out_list.is_file():
        for line in held_out_list.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if BLIND_SECTION.match(stripped):
                sets.append([])
            elif stripped and not stripped.startswith("#") and sets:
                sets[-1].append(stripped)
    return [tuple(ids) for ids in sets]


@dataclass
class Doc:
    """A gold document as the classifier sees it."""

    stem: str
    path: Path
    convention: str  # "" for the sample corpus
    blind_set: int  # 1.. for a blind set's conventions, 0 otherwise
    units: list[Unit]
    labels: list[str]
    gold: list[str]


def gold_documents(corpus_dir: Path, include_judge: bool = False) -> list[Doc]:
    """Every gold document of the conventions corpus and the sample corpus, the blind judge's
    left out unless asked for."""
    from nlp.gold import load_review_gold

    sets = blind_sets(corpus_dir / "conventions" / "heldout.txt")
    set_of = {c: n for n, ids in enumerate(sets, 1) for c in ids}
    judge = len(sets) if sets else -1
    docs = []
    found = [(g, c) for part in convention_gold(corpus_dir).values() for g in part for c in [_convention(g)]]
    if (corpus_dir / "gold").is_dir():
        found += [(g, "") for g in load_review_gold(corpus_dir)]
    for g, convention in found:
        number = set_of.get(convention, 0)
        if number == judge and not include_judge:
            continue
        units = document_units(read_blocks(g.document))
        texts = [lesson.text for lesson in g.lessons]
        docs.append(Doc(g.stem, g.document, convention, number, units, gold_labels(units, texts), texts))
    return docs


def _convention(g) -> str:
    raw = json.loads((g.document.parent.parent / "gold" / f"{g.stem}.json").read_text(encoding="utf-8"))
    return str(raw.get("convention", ""))


def train_block_model(corpus_dir: Path) -> BlockModel:
    """The second opinion's model: fitted to every gold document but the blind judge's."""
    return fit([(d.units, d.labels) for d in gold_documents(corpus_dir) if d.units])


def run_at_commit(repo: Path, commit: str, script: str, arguments: list[str]) -> Any:
    """What `script` prints last (JSON) when run under the code of `commit`: its ingest, nlp and
    search_app exported by `git archive` into a scratch folder and run there."""
    import os
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", commit, "ingest", "nlp", "search_app", "taxonomy.yaml"],
            check=True,
            capture_output=True,
        )
        subprocess.run(["tar", "-x", "-C", scratch], input=archive.stdout, check=True)
        done = subprocess.run(
            [sys.executable, "-c", script, *arguments],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": scratch},
            cwd=scratch,
        )
    return json.loads(done.stdout.splitlines()[-1])


def first_contact_lessons(repo: Path, commit: str, documents: list[Path]) -> dict[str, list[str]]:
    """The lesson texts the extractor of `commit` gives each document, by path."""
    return run_at_commit(repo, commit, _RUN_OLD_EXTRACTOR, [str(d) for d in documents])


def leave_one_set_out(corpus_dir: Path, first_contact: dict[int, dict[str, list[str]]]) -> dict:
    """Each blind set but the judge predicted by a model trained without it: the classifier alone,
    the oracle (gold labels), the rules at first contact (`first_contact[set]`: lesson texts by
    document path) and the second opinion (those rules plus the classifier's additions)."""
    docs = gold_documents(corpus_dir)
    sets = sorted({d.blind_set for d in docs} - {0})
    names = ("rules_first_contact", "classifier", "classifier_kept_once", "oracle", "rules_plus_additions")
    by_set: dict[str, dict] = {}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for number in sets:
        model = fit([(d.units, d.labels) for d in docs if d.blind_set != number and d.units])
        rules = first_contact.get(number)
        row = {}
        for name in names:
            if rules is None and name in ("rules_first_contact", "rules_plus_additions"):
                continue
            tp = extracted = gold = 0
            for d in (d for d in docs if d.blind_set == number):
                p = model.probabilities(d.units)
                theirs = (rules or {}).get(str(d.path), [])
                if name == "rules_first_contact":
                    found = theirs
                elif name == "rules_plus_additions":
                    found = theirs + [run_text(r) for r in missed_runs(d.units, p, theirs)]
                elif name == "oracle":
                    found = segment(d.units, d.labels)
                else:
                    found = segment(d.units, [LABELS[int(i)] for i in p.argmax(axis=1)])
                    if name == "classifier_kept_once":
                        found = keep_once(found)
                a, b, c = _counts(found, d.gold)
                tp, extracted, gold = tp + a, extracted + b, gold + c
            row[name] = _figures(tp, extracted, gold)
            for i, v in enumerate((tp, extracted, gold)):
                totals[name][i] += v
        by_set[str(number)] = row
    return {"sets": len(by_set), **{n: _figures(*totals[n]) for n in names if n in totals}, "by_set": by_set}


def measure_blind_judge(corpus_dir: Path) -> dict:
    """Blind judge set, once per design: rules (this extractor without the second opinion), the
    classifier alone and rules plus the classifier's additions, trained on everything else."""
    from ingest.extract import extract_review

    model = train_block_model(corpus_dir)
    last = len(blind_sets(corpus_dir / "conventions" / "heldout.txt"))
    judge = [d for d in gold_documents(corpus_dir, include_judge=True) if d.blind_set == last]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for d in judge:
        rules = [lesson.text for lesson in extract_review(d.path, second_opinion=False).lessons]
        p = model.probabilities(d.units)
        predicted = [LABELS[int(i)] for i in p.argmax(axis=1)] if d.units else []
        for name, found in (
            ("rules", rules),
            ("classifier_kept_once", keep_once(segment(d.units, predicted))),
            ("rules_plus_additions", rules + [run_text(r) for r in missed_runs(d.units, p, rules)]),
        ):
            for i, v in enumerate(_counts(found, d.gold)):
                counts[name][i] += v
    return {"documents": len(judge), **{n: _figures(*c) for n, c in counts.items()}}


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
        from search_app.eval import check_experiment

        repo = Path(__file__).resolve().parents[2]
        leave_out = frozenset(args.leave_out_set)
        check_experiment.cache_first_contact(repo, args.corpus, args.cache, FIRST_CONTACT, leave_out)
        cases, models = check_experiment.build_cases(args.corpus, args.cache, leave_out)
        if args.train_check:
            if args.inside_read is None:
                from ingest.lesson_check import shipped_check

                shipped = shipped_check()
                inside_read = bool(shipped and shipped.inside_read)
            else:
                inside_read = args.inside_read == "yes"
            choice = args.add_choice[0] if args.add_choice else check_experiment.SHIPPED_ADD_CHOICE
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
            choices = tuple(args.add_choice or check_experiment.ADD_CHOICES)
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
