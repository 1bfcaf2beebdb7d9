"""Ingest stage: lesson segmentation, the walk's step for a theme heading that only organises an analysis.

"Analysis by theme" may set each theme under a labelled heading ("Theme 2: Working with the family")
over analysis paragraphs that end in the theme's own run-in lesson ("Recommendation 2: Agencies should
..."). The lesson is that run-in paragraph; the theme heading and its analysis are never a finding (a theme
heading over its analysis alone, with no lesson of its own inside, stays a finding: ingest/lesson_walk_labels.py).

A review may set questions for the partnership in place of recommendations, after each learning theme: a
plain heading naming the theme over its paragraphs, then "Questions for the partnership" over the questions.
The theme heading and its paragraphs are then one learning point, titled by the heading (the questions
after it are the recommendations, ingest/lesson_cues.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.lesson_cues import kind_of_label, strip_number, zone_kind
from ingest.lesson_helpers import _Zone
from ingest.lesson_other_sections import NOT_LESSON_HEADING
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


# A sub-heading over the questions a review sets in place of recommendations: "Questions for the partnership",
# "Questions for the Board", "Questions for the safeguarding partners".
QUESTIONS_FOR_PARTNERS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?questions?\s+for\s+(?:the\s+)?(?:(?:local\s+)?safeguarding\s+)?"
    r"(?:board|partnership|partners|lscb|lscp|scp)\W*$",
    re.I,
)


def _paragraphs_then_questions(w: LessonWalk) -> bool:
    """Whether the heading in hand is over paragraphs only, then a sub-heading over questions for the
    partnership."""
    for paragraphs, block in enumerate(w.blocks[w.index + 1 :]):
        if block.kind == "heading":
            return paragraphs > 0 and block.level > w.block.level and bool(QUESTIONS_FOR_PARTNERS.match(block.text))
        if block.kind != "para":
            return False
    return False


def plain_heading_outside_lessons(w: LessonWalk) -> bool:
    """Whether the block in hand is a plain numbered-level heading (no label, not the cover's or the
    first heading, no section kind of its own, not a part that never holds lessons) outside any lesson
    section."""
    level = w.block.level
    return not (
        w.label is not None
        or w.block.kind != "heading"
        or not level
        or w.block is w.cover_title
        or w.block is w.first_heading
        or any(z.kind or z.barrier for z in w.stack if z.level < level)
        or zone_kind(w.block.text) is not None
        or NOT_LESSON_HEADING.search(w.block.text)
    )


def open_headed_lesson(w: LessonWalk, kind: str) -> None:
    """Open a lesson of this kind titled by the heading in hand, as a section at the heading's level."""
    level = w.block.level
    while w.stack and w.stack[-1].level >= level:
        w.stack.pop()
    title = strip_number(w.block.text).rstrip(" .:")
    w.stack.append(_Zone(kind, level, w.block.text, page=w.block.page_start))
    w.owner = None
    w.current = w.start(kind, "", title, w.block)
    w.current.title = title
    w.current.headed = True


def theme_over_questions(w: LessonWalk) -> bool:
    """A plain heading outside any lesson section, over paragraphs and then "Questions for the
    partnership": a learning point titled by the heading."""
    if not plain_heading_outside_lessons(w) or not _paragraphs_then_questions(w):
        return False
    open_headed_lesson(w, "learning_point")
    return True
