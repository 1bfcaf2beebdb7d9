"""Ingest stage: a learned check on the lessons, run after the rules and the second opinion.

The rules (lessons.py) and the second opinion (second_opinion.py) were written
or fitted with every convention in view; on layouts they have never seen they
give extras (narrative, actions, notes taken for lessons) and miss lessons.
This check learns from their own first contacts: the lessons the rules of
each blind set's first-contact commit gave there, matched to the gold
(search_app.eval.loco --train-check). Two logistic regressions over generic
features only:
- keep: is a lesson right, from its length, kind, label shape, title, its
  section heading's words, its place in the document, whether it ends a list,
  directive and narrative words, dates, quotation and question marks, how many
  lessons share its section and the kind of block it starts in. A lesson the
  check is at least DROP_AT sure is an extra is dropped;
- add: does a proposal of the block classifier (a run opened by a start, at
  any sureness, under a heading whose section the lessons left empty, as the
  second opinion's, and with `inside_read` in the sections they read too, but
  for text a lesson already holds and an unlabelled paragraph beside labelled
  lessons, and never in a part that tells or weighs the case beside lessons
  marked under their own headings: second_opinion_parts.py) match a lesson the rules missed, from its sureness, length, block
  kind, heading words, place beside the lessons and first words. A proposal
  at least ADD_AT sure is added.

Its two operating points are in the weights file (`lesson_check.json` beside
this module): they were set so that the check drops no right lesson and adds
no extra on the development data (the sample corpus, the development
conventions and the blind sets as the rules read them now), where the rules
are right by construction. How much it gains on layouts never seen, measured
leaving each blind set out: docs/lesson-check.md.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from ingest.block_cues import LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_parts import parted_out
from ingest.records import Lesson
from ingest.second_opinion import (
    MIN_WORDS,
    THRESHOLD,
    ScoredUnits,
    _head,
    coverage,
    in_document_order,
    proposals,
    proposed_lesson,
    run_text,
    score_units,
)
from ingest.second_opinion_model import DIRECTIVE, NARRATIVE, BlockModel, Unit, _words
from ingest.words import word_tokens

CHECK_PATH = Path(__file__).with_name("lesson_check.json")
DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
QUOTE = re.compile(r"[\"“”‘’]")
FIRST_PERSON = re.compile(r"\b(?:I|we|my|our)\b")


def _bucket(n: float) -> int:
    return min(int(math.log2(n + 1)), 8)


def _label_shape(label: str) -> str:
    """A label's shape: "Finding 3" gives "finding 9", "(iv)" gives "(r)", none gives "none"."""
    if not label:
        return "none"
    shape = re.sub(r"\d+", "9", label.lower())
    shape = re.sub(r"\b[ivx]+\b", "r", shape)
    return " ".join(shape.split()[:2])


def text_features(text: str) -> dict:
    """What the words of a lesson or a proposal say, whatever its layout."""
    return {
        f"words={_bucket(len(text.split()))}": 1,
        "directive": int(bool(DIRECTIVE.search(text))),
        "narrative": min(len(NARRATIVE.findall(text)), 3),
        "date": int(bool(DATE.search(text))),
        "quote": int(bool(QUOTE.search(text))),
        "question": int("?" in text),
        "ends_stop": int(text.rstrip().endswith(".")),
        "first_person": int(bool(FIRST_PERSON.search(text))),
    }


def _block_kind(unit: Unit | None) -> str:
    if unit is None:
        return "none"
    return next((k[5:] for k in unit.features if k.startswith("kind=")), "none")


def lesson_features(lessons: list[Lesson], units: list[Unit], page_count: int) -> list[dict]:
    """Each lesson's generic features, in order."""
    share: dict[str, int] = {}
    for lesson in lessons:
        share[lesson.section] = share.get(lesson.section, 0) + 1
    heads = [(_head(u.text), u) for u in units if _head(u.text)]
    rows = []
    for i, lesson in enumerate(lessons):
        words = " ".join(word_tokens(lesson.text))
        block = next((u for h, u in heads if h in words), None)
        after = lessons[i + 1] if i + 1 < len(lessons) else None
        rows.append(
            {
                **text_features(lesson.text),
                f"kind={lesson.kind}": 1,
                f"label={_label_shape(lesson.label)}": 1,
                "label_in_text": int(bool(LESSON_LABEL.match(lesson.text))),
                "title": int(bool(lesson.title)),
                **_words("h", lesson.section),
                "no_section": int(not lesson.section),
                f"position={min(int(5 * i / max(len(lessons), 1)), 4)}": 1,
                f"page={min(int(5 * (lesson.page_start - 1) / max(page_count, 1)), 4)}": 1,
                "first": int(i == 0),
                "ends_list": int(after is None or after.section != lesson.section),
                f"share={_bucket(share[lesson.section])}": 1,
                f"lessons={_bucket(len(lessons))}": 1,
                f"block={_block_kind(block)}": 1,
                "block_bold": int(bool(block and block.block and block.block.bold)),
                "block_contents": int(bool(block and block.features.get("contents"))),
                **_words("w", lesson.text, 3),
            }
        )
    return rows


@dataclass(frozen=True)
class Candidate:
    """A proposal of the block classifier outside the lessons: its units and features."""

    run: tuple[Unit, ...]
    first: int  # its first unit's position
    features: dict
    current: bool  # the second opinion adds it as it stands (sure, long enough, in a section left empty)

    @property
    def text(self) -> str:
        return run_text(self.run)


def _gap(covered: list[bool], first: int, last: int) -> int:
    """How many units lie between a run and the nearest unit a lesson holds (99: none does)."""
    before = next((first - i for i in range(first - 1, -1, -1) if covered[i]), 99)
    after = next((i - last for i in range(last + 1, len(covered)) if covered[i]), 99)
    return min(before, after)


def _labelled(unit: Unit) -> bool:
    return bool(unit.features.get("label") or unit.features.get("numbered"))


def _aside_from_labelled(where, units: list[Unit], first: int) -> bool:
    """Whether the unit at `first` carries no label or number while every lesson of its section
    opens on one: the paragraph introducing or closing the section's list ("Child Q's injuries
    were not predictable ..." before R1, R2), not an item of it."""
    if _labelled(units[first]):
        return False

    def section(i: int) -> int:
        return where.above[i][-1] if where.above[i] else -1

    # the lessons' first units in the section: a covered unit after an uncovered one, or labelled
    starts = [
        u
        for i, u in enumerate(units)
        if where.covered[i] and section(i) == section(first) and (i == 0 or not where.covered[i - 1] or _labelled(u))
    ]
    return bool(starts) and all(_labelled(u) for u in starts)


def _held(text: str, lessons: str) -> bool:
    """Whether a lesson already holds a proposal's words, a label of its own aside ("A. The school
    nurse weighed ..." folded into its question's finding)."""
    words = word_tokens(text)
    return any(" ".join(words[skip : skip + 6]) in lessons for skip in (0, 1) if len(words) > skip + 3)


def candidates(units: list[Unit], p: np.ndarray, lesson_texts: list[str], inside_read: bool = False) -> list[Candidate]:
    """Every proposal outside the lessons (texts), at any sureness, in sections the lessons left
    empty; with `inside_read` in the sections they read too, but for a proposal a lesson already
    holds and an unlabelled paragraph beside a section's labelled lessons (docs/lesson-check.md)."""
    where = coverage(units, lesson_texts)
    covered = where.covered
    joined = "\n".join(" ".join(word_tokens(text)) for text in lesson_texts)
    found = []
    for proposal in proposals(units, p, covered):
        run = tuple(units[proposal.first : proposal.last + 1])
        text = run_text(run)
        read = where.section_read(proposal.first)
        if where.told[proposal.first]:
            continue  # the case told or weighed beside lessons marked in their own sections (second_opinion_parts)
        if read and not inside_read:
            # What the rules leave inside a section they read is narrative, a chronology's entries or
            # text they already hold under another label ("A." answers): measured, adding there
            # gave extras on rule-class documents.
            continue
        if read and (_held(text, joined) or _aside_from_labelled(where, units, proposal.first)):
            # measured on the rule-class documents: an answer the rules folded into its question's
            # finding, a conclusion opening a list of R1, R2 ... are never missed lessons
            continue
        first = run[0]
        features = {
            **text_features(text),
            "sureness": proposal.sureness,
            f"sure>={min(int(proposal.sureness * 10), 9)}": 1,
            "section_read": int(read),
            "rules_silent": int(not any(covered)),
            f"gap={_bucket(_gap(covered, proposal.first, proposal.last))}": 1,
            f"rule_lessons={_bucket(len(lesson_texts))}": 1,
            **_words("w", text, 3),
            f"units={_bucket(len(run))}": 1,
            "short": int(len(text.split()) < MIN_WORDS),
            **{
                k: v
                for k, v in first.features.items()
                if k.startswith(("kind=", "level=", "label", "numbered", "bullet"))
            },
            "bold": first.features.get("bold", 0),
            **_words("h", first.headings[-1] if first.headings else ""),
        }
        current = not read and proposal.sureness >= THRESHOLD and len(text.split()) >= MIN_WORDS
        found.append(Candidate(run, proposal.first, features, current))
    return found


@dataclass(frozen=True)
class LinearCheck:
    """A binary logistic regression over named features: P(yes) for each row."""

    weights: dict[str, float]
    intercept: float

    def probabilities(self, rows: list[dict]) -> list[float]:
        out = []
        for row in rows:
            score = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in row.items() if v)
            out.append(1.0 / (1.0 + math.exp(-max(min(score, 50.0), -50.0))))
        return out


class RowScorer(Protocol):
    """An add model: P(yes) for each row of named features (LinearCheck ships; the check
    experiment also tries others)."""

    def probabilities(self, rows: list[dict]) -> list[float]: ...


@dataclass(frozen=True)
class CheckModel:
    """The check: keep (is a lesson right) and add (does a proposal match a missed lesson), with
    the sureness each needs to act."""

    keep: LinearCheck
    add: RowScorer
    drop_at: float  # drop a lesson when P(extra) >= this
    add_at: float  # add a proposal when P(match) >= this
    inside_read: bool = False  # propose inside the sections the lessons read too, not only in those left empty

    def to_json(self) -> str:
        if not isinstance(self.add, LinearCheck):
            raise TypeError(f"only a linear add model has a weights file, not {type(self.add).__name__}")
        return json.dumps(
            {
                "format": 1,
                "drop_at": self.drop_at,
                "add_at": self.add_at,
                "inside_read": self.inside_read,
                **{
                    name: {
                        "intercept": round(m.intercept, 6),
                        "weights": {k: round(v, 6) for k, v in sorted(m.weights.items())},
                    }
                    for name, m in (("keep", self.keep), ("add", self.add))
                },
            },
            indent=0,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> CheckModel:
        data = json.loads(text)
        keep, add = (LinearCheck(dict(data[n]["weights"]), float(data[n]["intercept"])) for n in ("keep", "add"))
        return cls(
            keep,
            add,
            drop_at=float(data["drop_at"]),
            add_at=float(data["add_at"]),
            inside_read=bool(data.get("inside_read", False)),
        )


def fit_linear(rows: list[dict], labels: list[int]) -> LinearCheck:
    """A balanced logistic regression (scikit-learn, at training only); a constant without two labels."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        return LinearCheck({}, 50.0 if labels and labels[0] else -50.0)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(max_iter=3000, C=0.5, class_weight="balanced")
    model.fit(x, labels)
    return LinearCheck(
        {str(k): float(model.coef_[0][i]) for k, i in vectorizer.vocabulary_.items()}, float(model.intercept_[0])
    )


@functools.cache
def shipped_check() -> CheckModel | None:
    """The check shipped beside this module, or None without one (the lessons then stand)."""
    if not CHECK_PATH.is_file():
        return None
    return CheckModel.from_json(CHECK_PATH.read_text(encoding="utf-8"))


def check_lessons(
    blocks: list[Block],
    lessons: list[Lesson],
    page_count: int,
    check: CheckModel | None = None,
    block_model: BlockModel | None = None,
    scored: ScoredUnits | None = None,
) -> list[Lesson]:
    """The lessons less those the check is sure are extras, with the proposals it is sure match a
    missed lesson added, in document order, numbered again from 1. `scored`: the units and the
    block model's probabilities, when already computed with the same block model."""
    check = check or shipped_check()
    scored = scored or score_units(blocks, block_model)
    units = scored.units
    if check is None or scored.p is None:
        return lessons
    p_keep = check.keep.probabilities(lesson_features(lessons, units, page_count))
    kept = [lesson for lesson, p in zip(lessons, p_keep) if 1 - p < check.drop_at]
    found = candidates(units, scored.p, [lesson.text for lesson in lessons], inside_read=check.inside_read)
    p_add = check.add.probabilities([c.features for c in found])
    parted = parted_out(blocks)
    added = [
        (candidate.first, lesson)
        for candidate, p in zip(found, p_add)
        if p >= check.add_at and (lesson := proposed_lesson(candidate.run, parted)) is not None
    ]
    if len(kept) == len(lessons) and not added:
        return lessons
    return in_document_order(units, kept, added)
