"""Ingest stage, lessons: table rows keyed by an earlier lesson's label, read after the walk (ingest/lessons.py).

A recent review may follow its findings with a table that takes each finding in turn by its label alone
("Finding 2") and sets beside it what the partnership will measure ("How will we know?", "Evidence of
impact") or the national theme it links to ("Panel national theme"). Such a row restates no lesson and
makes none: it points back at the lesson printed under that label. A finding or a learning point read
from a row whose first cell is only a label another lesson printed earlier already carries is left out.
A row keyed by a finding that asks something of the partners (a Recommendation column) is a lesson of
its own and stays.
"""

from __future__ import annotations

from ingest.block_cues import LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_placing import renumbered, tokens
from ingest.records import Lesson

# The kinds a row keyed by an earlier label is read as when it only points back at that lesson.
POINTING_KINDS = frozenset({"finding", "learning_point"})


def _label_only(cell: str) -> str:
    """The label a cell holds and nothing else ("Finding 2"), in words only; "" for any other cell."""
    label = LESSON_LABEL.match(cell.strip())
    if label is None or label.end() < len(cell.strip().rstrip(" .:")):
        return ""
    return tokens(cell)


def _keyed_row(lesson: Lesson, blocks: list[Block]) -> str:
    """The label alone in the first cell of the table row the lesson was read from ("" when none)."""
    probe = " ".join(tokens(lesson.text).split()[:8])
    for block in blocks:
        if block.kind == "row" and len(block.cells) >= 2 and probe and probe in tokens(" ".join(block.cells[1:])):
            return _label_only(block.cells[0])
    return ""


def without_keyed_rows(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons without the rows that point back at an earlier lesson by its label."""
    seen: set[str] = set()
    kept: list[Lesson] = []
    for lesson in lessons:
        label = tokens(lesson.label)
        if lesson.kind in POINTING_KINDS and label in seen and _keyed_row(lesson, blocks) == label:
            continue
        if label:
            seen.add(label)
        kept.append(lesson)
    return renumbered(kept) if len(kept) < len(lessons) else lessons


def keyed_rows(blocks: list[Block], lessons: list[Lesson]) -> frozenset[int]:
    """The ids of the table rows whose first cell is only a label one of `lessons` carries: rows the
    second opinion (ingest/second_opinion.py) never reads as lessons either."""
    labels = {tokens(lesson.label) for lesson in lessons if lesson.label}
    return frozenset(
        id(block)
        for block in blocks
        if block.kind == "row" and len(block.cells) >= 2 and _label_only(block.cells[0]) in labels - {""}
    )
