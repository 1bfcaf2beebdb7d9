"""Ingest stage: lesson segmentation, the walk's step for a finding closing a chapter of the case.

A serious case review may tell the case in chapters ("6. Key practice episode 1: May 2012") that each
close with the finding the episode shows: a plain sub-heading naming it over its paragraphs, then the
finding's own run-in recommendation ("Recommendation 1 All agencies should ..."). The sub-heading and
its paragraphs are one finding, titled by the sub-heading; the run-in recommendation after them is
read as any labelled paragraph is. (A labelled theme heading over its analysis is left to
ingest/lesson_walk_themes.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lesson_chapters import CHAPTER
from ingest.lesson_cues import kind_of_label, strip_number
from ingest.lesson_patterns import LABEL
from ingest.lesson_text_cues import title_line
from ingest.lesson_walk_themes import open_headed_lesson, plain_heading_outside_lessons

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def _paragraphs_then_recommendation(w: LessonWalk) -> bool:
    """Whether the heading in hand is over paragraphs only, then a paragraph opening with a
    recommendation's label and its text, then a heading or the end."""
    for n, block in enumerate(w.blocks[w.index + 1 :]):
        if block.kind != "para":
            return False
        label = LABEL.match(block.text)
        if label and kind_of_label(label.group("word"), None) == "recommendation":
            following = w.blocks[w.index + 2 + n] if w.index + 2 + n < len(w.blocks) else None
            return (
                n > 0 and bool(block.text[label.end() :].strip()) and (following is None or following.kind == "heading")
            )
    return False


def finding_closing_a_chapter(w: LessonWalk) -> bool:
    """A plain sub-heading under a chapter of the case ("Key practice episode 1"), outside any lesson
    section, over paragraphs and then a run-in recommendation: a finding titled by the heading."""
    if (
        not plain_heading_outside_lessons(w)
        or not any(CHAPTER.match(z.heading) for z in w.stack if z.level < w.block.level)
        or not title_line(strip_number(w.block.text))
        or not _paragraphs_then_recommendation(w)
    ):
        return False
    open_headed_lesson(w, "finding")
    return True
