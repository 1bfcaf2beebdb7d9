"""Ingest stage: lesson segmentation.

Walks a review's blocks with the heading they sit under and cuts out its
lessons: numbered findings ("Finding 1: ..." and the paragraphs after it),
learning points, lessons learnt, recommendations and considerations (as
lists, paragraphs or table rows with the lead agency), good practice,
messages for practitioners, and NSPCC-style "Learning includes: a; b; c".
Sections are known by their cue words, question headings ("What did we
learn?") included; a label or heading in a column beside its text (a side
head) or on the line above the title heads its lesson; table columns are
known by their header words (Recommendation, Lead, Action, Timescale, RAG).
A question over its answer and an issue over its learning are one lesson
each, titled by the question or the issue; the reality set against a myth
is learning, the myth never. Questions to the reader, immediate actions,
narrative around a list, words quoted with who said them, a form's blanks,
progress updates, a board paper's asks of its meeting and explainer boxes defining a term are never lessons.
A systems finding is its captioned box ("The finding"), never its type or evidence sections; a
chronology's dated rows give only their Learning cells; a key of agency codes gives the lead of
recommendations labelled by a code; a slide's bullets are its labelled lesson's text; lines linking
a lesson to priorities or procedures, and running headers between a paragraph's parts, are skipped. Table rows are read by ingest/lesson_tables.py; which drafts
are lessons (restatements in a summary or an appendix, a lesson printed
twice, introductions to a list) is decided by ingest/lesson_drafts.py.

This module runs the walk and finishes its drafts. The walk itself (its state, and the steps it tries on
each block, in order) is ingest/lesson_walk.py, its steps in the ingest/lesson_walk_*.py modules it names.
Its patterns are in ingest/lesson_patterns.py; the passes that reshape the blocks before the walk in
ingest/lesson_passes.py; the section state and the small tests the walk asks of blocks in
ingest/lesson_helpers.py and ingest/lesson_chapters.py; the final clean-up of its drafts into Lessons in
ingest/lesson_finish.py; the lessons a sentence or a cell states of itself in ingest/lesson_statements.py;
an erratum's corrections of
the lessons' agencies in ingest/lesson_errata.py; agencies printed as acronyms the review defines in
ingest/lesson_acronyms.py; a recommendation's "(MA)" / "(SA - Police)" scope marker in ingest/lesson_scope_markers.py;
a finding's paragraph going on into a recommendation or good practice in ingest/lesson_embedded_kinds.py; numbered
conclusions each answered by a recommendation in ingest/lesson_answered_paragraphs.py; a lesson's first words cut off
with an ellipsis in a list before it in ingest/lesson_truncated_copies.py; a table row keyed by an earlier
lesson's label in ingest/lesson_keyed_rows.py.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_acronyms import spelled_out_agencies
from ingest.lesson_answered_paragraphs import answered_paragraphs
from ingest.lesson_boxed_points import titled_boxes
from ingest.lesson_bracketed_agencies import bracketed_agencies
from ingest.lesson_chapters import _agency_development
from ingest.lesson_closing_sentences import closing_sentences
from ingest.lesson_conclusion import counted_in_conclusion
from ingest.lesson_embedded_kinds import embedded_kinds
from ingest.lesson_errata import corrected_agencies
from ingest.lesson_finish import finished
from ingest.lesson_inline import inline_lessons
from ingest.lesson_keyed_rows import without_keyed_rows
from ingest.lesson_part_groups import without_part_groups
from ingest.lesson_scope_markers import without_scope_markers
from ingest.lesson_truncated_copies import without_truncated_copies
from ingest.lesson_walk import LessonWalk
from ingest.lesson_withdrawn import without_withdrawn
from ingest.records import Lesson

__all__ = ["segment_lessons", "_agency_development"]


def segment_lessons(blocks: list[Block]) -> list[Lesson]:
    """The lessons of a review, in document order, numbered from 1."""
    walk = LessonWalk.over(blocks)
    drafts = without_part_groups(without_withdrawn(walk.run()))
    walked = walk.blocks
    lessons = closing_sentences(inline_lessons(finished(drafts, walk.codes, walked), walked), walked)
    lessons = answered_paragraphs(embedded_kinds(lessons, walked), walked)
    # An erratum's section is left out of the walk (ingest/lesson_publication_notes.py), so its corrections are
    # read from the blocks as given.
    lessons = corrected_agencies(counted_in_conclusion(lessons, walked), blocks)
    lessons = without_truncated_copies(
        spelled_out_agencies(bracketed_agencies(without_scope_markers(lessons), blocks), blocks)
    )
    lessons = titled_boxes(without_keyed_rows(lessons, walked))
    return lessons
