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
from ingest.lesson_cues import kind_of_label, strip_number, zone_kind
from ingest.lesson_helpers import _Zone
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import LABEL
from ingest.lesson_text_cues import title_line

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
    level = w.block.level
    if (
        w.label is not None
        or w.block.kind != "heading"
        or not level
        or w.block is w.cover_title
        or w.block is w.first_heading
        or any(z.kind or z.barrier for z in w.stack if z.level < level)
        or not any(CHAPTER.match(z.heading) for z in w.stack if z.level < level)
        or zone_kind(w.block.text) is not None
        or NOT_LESSON_HEADING.search(w.block.text)
        or not title_line(strip_number(w.block.text))
        or not _paragraphs_then_recommendation(w)
    ):
        return False
    while w.stack and w.stack[-1].level >= level:
        w.stack.pop()
    title = strip_number(w.block.text).rstrip(" .:")
    w.stack.append(_Zone("finding", level, w.block.text, page=w.block.page_start))
    w.owner = None
    w.current = w.start("finding", "", title, w.block)
    w.current.title = title
    w.current.headed = True
    return True
