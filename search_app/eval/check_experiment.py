"""Evaluation: a learned check on the rules' lessons, trained on their first-contact mistakes.

The rules (ingest/lessons.py) meet each blind set of conventions once before
any rule is written for it (search_app.eval.loco.FIRST_CONTACT). What they
gave there, matched to the gold, says which of their lessons were right and
which were extras on layouts they had never seen; the second opinion's
proposals (ingest/second_opinion.py), at any sureness and in any section, say
which missed gold lessons a block classifier could have added. This module
asks whether a model of those two can do better than the rules plus the
current additions, honestly: each blind set is left out in turn, the check
is fitted on the other sets' first-contact output and its operating point
chosen on them alone (by leaving each training set out in turn inside them),
then applied to the left-out set's first-contact output.

Three lines per set, pooled over sets:
- rules_first_contact: the first-contact commit's rules (its second opinion off
  where it had one);
- rules_plus_additions: those rules and the current second opinion (THRESHOLD,
  sections the rules left empty), its block model fitted without the set;
- checked: the rules less the lessons the check is sure are extras, plus the
  proposals the check is sure match a missed lesson.

The features are generic only: a lesson's length, kind, label shape, title,
its section heading's words, position, whether it ends a list, directive and
narrative words, dates, quotation and question marks, how many lessons share
its section, the kind of the block it starts in; a proposal's sureness,
length, block kind, heading words, whether the rules read its section.

A known soft spot: the proposals of a training set are scored by a block model
fitted without that set but with the left-out set's gold (one block model per
set, not one per pair), which can only flatter the additions a little.

Run: `python -m search_app.eval.loco --check-experiment [--cache DIR]`.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.blocks import LESSON_LABEL
from ingest.second_opinion import (
    DIRECTIVE,
    MIN_WORDS,
    NARRATIVE,
    THRESHOLD,
    Unit,
    _head,
    _inside,
    _tokens,
    fit,
    proposals,
)
from search_app.eval.evaluation import match_lessons

DATE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
                  r"October|November|December)\b")
QUOTE = re.compile(r"[\"“”‘’]")
DROP_GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01)
ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


def _bucket(n: float) -> int:
    return min(int(math.log2(n + 1)), 8)


def _label_shape(label: str) -> str:
    if not label:
        return "none"
    shape = re.sub(r"\d+", "9", label.lower())
    shape = re.sub(r"\b[ivx]+\b", "r", shape)
    return " ".join(shape.split()[:2])


def _text_features(text: str) -> dict:
    words = text.split()
    return {
        f"words={_bucket(len(words))}": 1,
        "directive": int(bool(DIRECTIVE.search(text))),
        "narrative": min(len(NARRATIVE.findall(text)), 3),
        "date": int(bool(DATE.search(text))),
        "quote": int(bool(QUOTE.search(text))),
        "question": int("?" in text),
        "ends_stop": int(text.rstrip().endswith(".")),
        "first_person": int(bool(re.search(r"\b(?:I|we|my|our)\b", text))),
    }


def _words(prefix: str, text: str, limit: int = 12) -> dict:
    return {f"{prefix}:{w}": 1 for w in _tokens(text)[:limit] if not w.isdigit()}


def _block_kind(unit: Unit | None) -> str:
    if unit is None:
        return "none"
    return next((k[5:] for k in unit.features if k.startswith("kind=")), "none")


def lesson_features(lessons: list[dict], units: list[Unit], page_count: int) -> list[dict]:
    """Each rule lesson's generic features (lessons as dicts: text, kind, label, title, section,
    page_start)."""
    share: dict[str, int] = defaultdict(int)
    for lesson in lessons:
        share[lesson["section"]] += 1
    heads = [(_head(u.text), u) for u in units if _head(u.text)]
    rows = []
    for i, lesson in enumerate(lessons):
        text = lesson["text"]
        words = " ".join(_tokens(text))
        block = next((u for h, u in heads if h in words), None)
        nxt = lessons[i + 1] if i + 1 < len(lessons) else None
        f = {
            **_text_features(text),
            f"kind={lesson['kind']}": 1,
            f"label={_label_shape(lesson['label'])}": 1,
            "label_in_text": int(bool(LESSON_LABEL.match(text))),
            "title": int(bool(lesson.get("title"))),
            **_words("h", lesson["section"]),
            "no_section": int(not lesson["section"]),
            f"position={min(int(5 * i / max(len(lessons), 1)), 4)}": 1,
            f"page={min(int(5 * (lesson['page_start'] - 1) / max(page_count, 1)), 4)}": 1,
            "first": int(i == 0),
            "ends_list": int(nxt is None or nxt["section"] != lesson["section"]),
            f"share={_bucket(share[lesson['section']])}": 1,
            f"lessons={_bucket(len(lessons))}": 1,
            f"block={_block_kind(block)}": 1,
            "block_bold": int(bool(block and block.block and block.block.bold)),
            "block_contents": int(bool(block and block.features.get("contents"))),
            **_words("w", text, 3),
        }
        rows.append(f)
    return rows


@dataclass
class Candidate:
    """A proposal of the block classifier outside the rules' lessons."""

    text: str
    features: dict
    current: bool  # the shipped second opinion would add it
    label: int = 0  # it matches a gold lesson the rules missed


def candidates(units: list[Unit], p: np.ndarray, rule_texts: list[str]) -> list[Candidate]:
    """Every proposal at any sureness and in any section, with features."""
    normal = [" ".join(_tokens(t)) for t in rule_texts]
    joined = "\n".join(normal)
    heads = [_head(t) for t in normal if t]
    covered = [_inside(u, joined, heads) for u in units]
    above: list[tuple[int, ...]] = []
    chain: list[tuple[int, int]] = []
    for i, unit in enumerate(units):
        if unit.block is not None and unit.block.kind == "heading":
            level = unit.block.level or 2
            while chain and chain[-1][0] >= level:
                chain.pop()
            chain.append((level, i))
        above.append(tuple(position for _, position in chain))
    spoken_for = {h for i, c in enumerate(covered) if c for h in above[i]}
    found = []
    for proposal in proposals(units, p, covered):
        run = units[proposal.first : proposal.last + 1]
        text = " ".join(u.text for u in run if u.text)
        nearest = above[proposal.first][-1] if above[proposal.first] else -1
        read = nearest in spoken_for or (nearest == -1 and any(covered))
        n_words = len(text.split())
        first = run[0]
        f = {
            **_text_features(text),
            "sureness": proposal.sureness,
            f"sure>={min(int(proposal.sureness * 10), 9)}": 1,
            "section_read": int(read),
            "rules_silent": int(not any(covered)),
            f"units={_bucket(len(run))}": 1,
            "short": int(n_words < MIN_WORDS),
            **{k: v for k, v in first.features.items() if k.startswith(("kind=", "level=", "label", "numbered", "bullet"))},
            "bold": first.features.get("bold", 0),
            **_words("h", first.headings[-1] if first.headings else ""),
        }
        current = not read and proposal.sureness >= THRESHOLD and n_words >= MIN_WORDS
        found.append(Candidate(text, f, current))
    return found


@dataclass
class DocCase:
    """One blind document's first contact: rule lessons with features and labels, candidates."""

    blind_set: int
    gold: list[str]
    rules: list[str]
    rule_features: list[dict]
    rule_labels: list[int]  # 1: matched a gold lesson, 0: an extra
    candidates: list[Candidate] = field(default_factory=list)


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


def cache_first_contact(repo: Path, corpus_dir: Path, cache: Path, commits: dict[int, str]) -> None:
    """Each blind set's first-contact rule lessons with their fields, written to cache/set{N}.json
    unless there already: the commit's code exported by `git archive` and run on the set's
    documents with its second opinion off (commits before it had none)."""
    import os
    import subprocess
    import sys
    import tempfile

    from search_app.eval.loco import gold_documents

    cache.mkdir(parents=True, exist_ok=True)
    docs = gold_documents(corpus_dir, include_judge=True)
    for number, commit in commits.items():
        target = cache / f"set{number}.json"
        paths = [str(d.path) for d in docs if d.blind_set == number]
        if target.is_file() or not paths:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            archive = subprocess.run(
                ["git", "-C", str(repo), "archive", commit, "ingest", "nlp", "search_app", "taxonomy.yaml"],
                check=True,
                capture_output=True,
            )
            subprocess.run(["tar", "-x", "-C", scratch], input=archive.stdout, check=True)
            done = subprocess.run(
                [sys.executable, "-c", _RUN_OLD_RULES, *paths],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": scratch},
                cwd=scratch,
            )
        data = json.loads(done.stdout.splitlines()[-1])
        target.write_text(json.dumps({**data, "commit": commit}), encoding="utf-8")


def build_cases(corpus_dir: Path, cache: Path) -> list[DocCase]:
    """The table: each blind set's first-contact rule lessons (cached by set in `cache` as
    set{N}.json: {"docs": {path: {"page_count", "lessons": [...]}}}) and the candidates of a
    block model fitted without that set."""
    from search_app.eval.loco import gold_documents

    docs = gold_documents(corpus_dir, include_judge=True)
    sets = sorted({d.blind_set for d in docs} - {0})
    cases = []
    for number in sets:
        first = json.loads((cache / f"set{number}.json").read_text(encoding="utf-8"))["docs"]
        model = fit([(d.units, d.labels) for d in docs if d.blind_set != number and d.units])
        for d in (d for d in docs if d.blind_set == number):
            entry = first.get(str(d.path), {"page_count": 0, "lessons": []})
            lessons = entry["lessons"]
            texts = [lesson["text"] for lesson in lessons]
            matched = match_lessons(d.gold, texts)
            missed = [g for i, g in enumerate(d.gold) if i not in set(matched.values())]
            case = DocCase(
                number,
                d.gold,
                texts,
                lesson_features(lessons, d.units, entry["page_count"] or 1),
                [int(i in matched) for i in range(len(texts))],
            )
            if d.units:
                case.candidates = candidates(d.units, model.probabilities(d.units), texts)
                hits = match_lessons(missed, [c.text for c in case.candidates])
                for i in hits:
                    case.candidates[i].label = 1
            cases.append(case)
    return cases


def _fit(rows: list[dict], labels: list[int]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    if len(set(labels)) < 2:
        return None
    model = make_pipeline(DictVectorizer(), LogisticRegression(max_iter=3000, C=0.5, class_weight="balanced"))
    model.fit(rows, labels)
    return model


def _proba(model, rows: list[dict], default: float) -> list[float]:
    if model is None or not rows:
        return [default] * len(rows)
    return list(model.predict_proba(rows)[:, 1])


def _models(cases: list[DocCase]):
    keep = _fit([f for c in cases for f in c.rule_features], [y for c in cases for y in c.rule_labels])
    add = _fit([k.features for c in cases for k in c.candidates], [k.label for c in cases for k in c.candidates])
    return keep, add


def _output(case: DocCase, p_keep: list[float], p_add: list[float], drop: float, add: float) -> list[str]:
    kept = [t for t, p in zip(case.rules, p_keep) if 1 - p < drop]
    return kept + [k.text for k, p in zip(case.candidates, p_add) if p >= add]


def _score(cases: list[DocCase], outputs: list[list[str]]) -> tuple[int, int, int]:
    tp = extracted = gold = 0
    for case, found in zip(cases, outputs):
        tp += len(match_lessons(case.gold, found))
        extracted += len(found)
        gold += len(case.gold)
    return tp, extracted, gold


def _quick(case: DocCase, p_keep, p_add, drop, add) -> tuple[int, int]:
    """(right, extracted) from the labels, without matching again (for the grid search)."""
    right = extracted = 0
    for y, p in zip(case.rule_labels, p_keep):
        if 1 - p < drop:
            right, extracted = right + y, extracted + 1
    for k, p in zip(case.candidates, p_add):
        if p >= add:
            right, extracted = right + k.label, extracted + 1
    return right, extracted


def choose_point(train: list[DocCase]) -> tuple[float, float]:
    """The drop and add thresholds with the best F1 over the training sets, each predicted by a
    check fitted without it (the left-out set never seen)."""
    predictions = []
    for number in sorted({c.blind_set for c in train}):
        inner = [c for c in train if c.blind_set != number]
        keep, add = _models(inner)
        for c in (c for c in train if c.blind_set == number):
            predictions.append(
                (c, _proba(keep, c.rule_features, 1.0), _proba(add, [k.features for k in c.candidates], 0.0))
            )
    gold = sum(len(c.gold) for c in train)
    best = (-1.0, 1.01, 1.01)
    for drop in DROP_GRID:
        for add_at in ADD_GRID:
            right = extracted = 0
            for c, pk, pa in predictions:
                r, e = _quick(c, pk, pa, drop, add_at)
                right, extracted = right + r, extracted + e
            f1 = 2 * right / (extracted + gold) if extracted + gold else 0.0
            if f1 > best[0] + 1e-9:
                best = (f1, drop, add_at)
    return best[1], best[2]


def _figures(tp: int, extracted: int, gold: int) -> dict:
    return {
        "precision": round(tp / extracted, 4) if extracted else 0.0,
        "recall": round(tp / gold, 4) if gold else 0.0,
        "matched": tp,
        "extracted": extracted,
        "gold": gold,
    }


def leave_one_set_out(cases: list[DocCase]) -> dict:
    """Each blind set's three lines (see the module's docstring), and the pooled figures."""
    names = ("rules_first_contact", "rules_plus_additions", "checked", "rules_filtered_only")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_set = {}
    for number in sorted({c.blind_set for c in cases}):
        train = [c for c in cases if c.blind_set != number]
        test = [c for c in cases if c.blind_set == number]
        drop, add_at = choose_point(train)
        keep, add = _models(train)
        outputs: dict[str, list[list[str]]] = defaultdict(list)
        dropped_right = 0
        for c in test:
            pk = _proba(keep, c.rule_features, 1.0)
            pa = _proba(add, [k.features for k in c.candidates], 0.0)
            outputs["rules_first_contact"].append(c.rules)
            outputs["rules_plus_additions"].append(c.rules + [k.text for k in c.candidates if k.current])
            outputs["checked"].append(_output(c, pk, pa, drop, add_at))
            outputs["rules_filtered_only"].append(_output(c, pk, [0.0] * len(c.candidates), drop, 1.01))
            dropped_right += sum(1 for y, p in zip(c.rule_labels, pk) if y and 1 - p >= drop)
        row: dict = {"drop_at": drop, "add_at": add_at, "right_rule_lessons_dropped": dropped_right}
        for name in names:
            counts = _score(test, outputs[name])
            row[name] = _figures(*counts)
            for i, v in enumerate(counts):
                totals[name][i] += v
        by_set[str(number)] = row
    return {
        "sets": len(by_set),
        "rule_lessons": sum(len(c.rules) for c in cases),
        "rule_extras": sum(len(c.rules) - sum(c.rule_labels) for c in cases),
        "candidates": sum(len(c.candidates) for c in cases),
        "candidates_matching_missed": sum(k.label for c in cases for k in c.candidates),
        **{n: _figures(*totals[n]) for n in names},
        "by_set": by_set,
    }


def markdown_table(report: dict) -> str:
    """The report as a markdown table: recall / precision per set and pooled."""
    names = ("rules_first_contact", "rules_plus_additions", "checked", "rules_filtered_only")
    lines = [
        "| set | " + " | ".join(f"{n} R / P" for n in names) + " | drop at | add at | right dropped |",
        "|---" * (len(names) + 4) + "|",
    ]
    for number, row in report["by_set"].items():
        cells = [f"{row[n]['recall']:.3f} / {row[n]['precision']:.3f}" for n in names]
        lines.append(
            f"| {number} | " + " | ".join(cells) + f" | {row['drop_at']} | {row['add_at']} | "
            f"{row['right_rule_lessons_dropped']} |"
        )
    cells = [f"**{report[n]['recall']:.3f} / {report[n]['precision']:.3f}**" for n in names]
    lines.append("| pooled | " + " | ".join(cells) + " | | | |")
    return "\n".join(lines)
