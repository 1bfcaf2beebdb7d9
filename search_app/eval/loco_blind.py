"""Evaluation, leave one blind set out: the blind sets, the rules at their first contact, the judge.

The blind sets of heldout.txt, each set's gold documents as the block
classifier sees them, the rules of an earlier commit run on them
(run_at_commit), the classifier and the second opinion left out of each
set in turn beside those rules, and the judge set measured once
(search_app/eval/loco.py says why, and runs them).
"""

from __future__ import annotations

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
from search_app.eval.loco_conventions import LABELS, _counts, _figures, gold_labels, keep_once, segment

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
