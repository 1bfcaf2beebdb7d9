"""Ingest stage: lesson segmentation, the walk's steps for lessons set apart from the narrative: stated
lessons, bold sentences, sidebars, side heads, display numerals, paired lines, myths and realities, updates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.lesson_cues import PARA_NUMBER, kind_of_label, numbered_under, strip_number
from ingest.lesson_helpers import (
    _after_cue,
    _display_numeral,
    _emphasised,
    _paired_lines,
    _sidebar,
)
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import (
    ASSENT_PARA,
    LABEL,
    MYTH,
    REALITY,
    UPDATE_PARA,
)
from ingest.lesson_statements import stated_lesson
from ingest.lesson_tables import (
    PSEUDONYM_CELL,
    item_kind,
    side_head,
)
from ingest.lesson_text_cues import title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def stated_lesson_para(w: LessonWalk) -> bool:
    """A narrative paragraph that states its lesson ("The second learning point is that ...")."""
    stated = stated_lesson(w.block.text) if w.block.kind in ("para", "item") and w.zone() is None else None
    if (
        stated is not None
        and not any(NOT_LESSON_HEADING.search(s.heading) for s in w.stack)
        and not (w.current is not None and w.current.open and w.current.parts)
    ):
        # "The second learning point is that ...", "6.2 The final finding was that ..." among narrative
        # paragraphs: the paragraph states its lesson; the narrative around it is none.
        w.start_whole(stated[0], stated[1], stated[2], w.block)
        w.current = None
        return True
    return False


def emphasised_sentences(w: LessonWalk) -> bool:
    """Bold sentences inside a narrative paragraph: the lesson, the narrative around them not."""
    emphasised = _emphasised(w.block) if w.block.kind == "para" else []
    z = w.zone()
    if (
        emphasised
        and (z is None or z.kind in ("finding", "learning_point", "good_practice"))
        and not any(NOT_LESSON_HEADING.search(s.heading) for s in w.stack)
    ):
        # A learning point set in bold inside a narrative paragraph: the bold sentences are the
        # lesson, the narrative around them is not.
        for run in emphasised:
            w.start(item_kind(z.kind) if z is not None else "learning_point", "", run, w.block).open = False
        w.current = None
        return True
    return False


def sidebar_box(w: LessonWalk) -> bool:
    """A shaded box set beside the paragraph it draws on (a layout table)."""
    sidebar = _sidebar(w.block)
    if sidebar is not None:
        # A shaded "Key learning" box set beside the paragraph it draws on (a layout table): the
        # box's text is the lesson, the paragraph beside it narrative. A box whose text the reader
        # set apart below its title takes the next paragraph, in the box's column.
        box_cue, boxed = sidebar
        if (
            not boxed
            and w.following is not None
            and w.following.kind == "para"
            and w.margin
            and w.following.x0 > w.margin + 15
        ):
            boxed, w.skip_next = w.following.text, w.following
        zone_kind = z.kind if (z := w.zone()) else None
        kind = kind_of_label(box_cue, zone_kind) if box_cue else zone_kind or "learning_point"
        w.current = w.start(kind, "", boxed, w.block) if boxed else None
        if w.current is not None:
            w.current.heading_only = False
            w.current.open = False
            if not box_cue:  # a box headed by its own title
                w.current.title = w.block.side_title.strip()
        return True
    return False


def side_headed(w: LessonWalk) -> bool:
    """A label or heading set in a column beside its text."""
    # a first column the header names the agency's ("Agency | Good practice identified") heads nothing
    # nor does a child's pseudonym beside the column the header names the lessons' ("Child | Good practice
    # identified"): the case the row's lesson was seen in
    columns = w.table_columns
    side = (
        side_head(w.block)
        if not (
            columns is not None
            and (columns.agency == 0 or (columns.text and w.block.cells and PSEUDONYM_CELL.match(w.block.cells[0])))
        )
        else None
    )
    if side is not None and (side[0] or w.zone() is not None):
        # A label or heading set in a column beside its text ("Finding 1" / "Hidden men" | "The ..."):
        # the same lesson as a heading above its text, known by position.
        side_label, side_title, side_text = side
        match = LABEL.match(side_label) if side_label else None
        kind = (
            kind_of_label(match.group("word"), z.kind if (z := w.zone()) else None)
            if match
            else item_kind(z.kind if (z := w.zone()) else None)
        )
        printed = (
            f"{match.group('word').strip()[:1].upper()}{match.group('word').strip()[1:].lower()} {match.group('num')}"
            if match
            else ""
        )
        if not side_label and any(
            b is not None and b.kind == "row" and b.cells and b.cells[0].strip() == side_title
            for b in (w.block_before, w.following)
        ):
            # The same theme cell on rows in a row (a cell spanning them, repeated by the reader):
            # the theme groups the rows, each row's text its own lesson.
            w.current = w.start(kind, "", side_text, w.block)
            w.current.open = False
            w.current.row = True
            return True
        w.current = w.start(kind, printed, f"{side_title} {side_text}".strip(), w.block)
        w.current.title = side_title
        w.current.heading_only = False
        w.current.row = w.block.kind == "row"
        return True
    return False


def display_numeral(w: LessonWalk) -> bool:
    """A large numeral on its own line labelling the key message under it."""
    if (
        _display_numeral(w.block, w.body_size)
        and w.following is not None
        and w.following.kind == "heading"
        and (z := w.zone()) is not None
        and z.kind in ("finding", "learning_point", "good_practice", "recommendation")
    ):
        # A key message under a large numeral on its own line, its title and text below: the
        # numeral labels the lesson, and is never the end of the lesson before.
        w.current = w.start(item_kind(z.kind), w.block.text.strip(), "", w.block)
        return True
    return False


def paired_lines(w: LessonWalk) -> bool:
    """A question over its answer, an issue over its learning: one lesson."""
    paired = _paired_lines(w.block, w.following) if w.block.kind in ("para", "heading") else None
    if paired is not None:
        # "Q1 What did the review find about ...?" over "A. The ...": the question and its answer are
        # one finding, titled by the question; "Issue: title" over "Learning: text" one learning point.
        pair_label, pair_title, pair_kind = paired
        assert w.following is not None
        z = w.zone()
        pair_kind = pair_kind or (item_kind(z.kind) if z is not None and z.kind != "recommendation" else "finding")
        w.current = w.start(pair_kind, pair_label, pair_title, w.block)
        w.current.add(_after_cue(w.following.text), w.following)
        w.current.title = pair_title
        w.current.open = False
        w.skip_next = w.following
        return True
    return False


def myth(w: LessonWalk) -> bool:
    """A myth set against the review's finding: never a lesson."""
    if w.block.kind == "para" and MYTH.match(w.block.text):
        w.current = None  # a belief set against the review's finding: never a lesson
        return True
    return False


def reality_after_myth(w: LessonWalk) -> bool:
    """The reality set against a myth: the learning."""
    reality = REALITY.match(w.block.text) if w.block.kind == "para" else None
    if reality and w.block_before is not None and MYTH.match(w.block_before.text):
        # "Myth: ..." then "Reality: ...": what the review found is the learning.
        z = w.zone()
        kind = item_kind(z.kind) if z is not None and z.kind != "recommendation" else "learning_point"
        w.start(kind, "", w.block.text[reality.end() :], w.block).open = False
        w.current = None
        return True
    return False


def update_or_assent(w: LessonWalk) -> bool:
    """A progress update or the report's record of its own approval."""
    if w.block.kind == "para" and (UPDATE_PARA.match(w.block.text) or ASSENT_PARA.match(w.block.text)):
        # "Update: training has been delivered ..." under a recommendation: its progress, not a lesson;
        # "The addendum was agreed by the Board in May 2014." closing a part: the report's own record.
        if w.current is not None:
            w.current.open = False
        return True
    return False


def numbered_subheading(w: LessonWalk) -> bool:
    """A numbered title ("5.1 Title") on a line of its own in body type, read as a heading; never consumes the block."""
    if (
        w.block.kind == "para"
        and (z := w.zone()) is not None
        and z.kind in ("finding", "learning_point", "good_practice")
        and numbered_under(w.block.text, z.heading)
        and title_line(strip_number(w.block.text))
        and w.following is not None
        and w.following.kind == "para"
        and not PARA_NUMBER.match(w.following.text)
        and not title_line(w.following.text)
    ):
        # "5.1 Title" on a line of its own over its text, in type no different from the body's (a
        # scan, a plain layout): the numbered sub-heading of "5. Findings", read as the heading it is.
        w.block = replace(w.block, kind="heading", level=(z.level or 1) + 1)
    return False
