"""Ingest stage: lesson segmentation, the walk's step for a theme heading that only organises an analysis.

"Analysis by theme" may set each theme under a labelled heading ("Theme 2: Working with the family")
over analysis paragraphs that end in the theme's own run-in lesson ("Recommendation 2: Agencies should
..."). The lesson is that run-in paragraph; the theme heading and its analysis are never a finding (a theme
heading over its analysis alone, with no lesson of its own inside, stays a finding: ingest/lesson_walk_labels.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lesson_cues import kind_of_label
from ingest.lesson_patterns import LABEL, THEME_LABEL

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def _run_in_lesson_inside(w: LessonWalk) -> bool:
    """Whether a paragraph under the heading in hand, before the next heading as high, opens with a
    label of another kind ("Recommendation 2: ...")."""
    level = w.block.level
    for block in w.blocks[w.index + 1 :]:
        if block.kind == "heading" and (not block.level or block.level <= level):
            return False
        label = LABEL.match(block.text) if block.kind == "para" else None
        if label and block.text[label.end() :].strip() and not THEME_LABEL.match(label.group("word").strip()):
            return True
    return False


def theme_over_run_in_lesson(w: LessonWalk) -> bool:
    """A theme heading ("Theme 1: title") outside any lesson section whose analysis ends in a run-in
    labelled lesson: the heading closes the lesson before it and is no lesson itself."""
    if (
        w.label is None
        or w.block.kind != "heading"
        or not w.block.level
        or w.zone() is not None
        or not THEME_LABEL.match(w.label.group("word").strip())
        or w.label.group("word").strip().lower().startswith("learning")  # "Learning theme 2": its learning
        or kind_of_label(w.label.group("word"), None) != "learning_point"
        or not w.block.text[w.label.end() :].strip()
        or not _run_in_lesson_inside(w)
    ):
        return False
    while w.stack and (
        w.stack[-1].level > w.block.level or (w.stack[-1].level == w.block.level and not w.stack[-1].kind)
    ):
        w.stack.pop()
    w.current = None
    w.owner = None
    return True
