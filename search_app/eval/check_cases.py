"""Evaluation, the learned check's data: each blind set's first-contact lessons, cached, made into cases.

The rules of each set's first-contact commit (search_app.eval.loco.FIRST_CONTACT)
are run once on the set's documents and their lessons cached; the current rules
give the development data. build_cases matches both to the gold and adds the
second opinion's proposals: one DocCase per document, the rows the check's keep
and add models learn from (search_app/eval/check_experiment.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.layout import Block
from ingest.lesson_check import Candidate, candidates, lesson_features
from ingest.records import Lesson
from ingest.second_opinion import add_missed
from ingest.second_opinion_model import BlockModel, fit, shipped_model
from search_app.eval.extraction import match_lessons
from search_app.eval.loco import FIRST_CONTACT
from search_app.eval.loco_blind import blind_sets, gold_documents, run_at_commit

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
