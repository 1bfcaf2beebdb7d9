"""Ingest stage: lesson segmentation, the walk's steps for lessons among narrative, outside any lesson
section: cited recommendations, inline lists, reported findings, run-in cues, good practice in passing,
tables with a lesson column.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.block_cues import BULLET
from ingest.layout import Block
from ingest.lesson_around import answers_to_questions
from ingest.lesson_chapters import _agency_chapter
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER, inline_lists, kind_of_label, split_items
from ingest.lesson_drafts import (
    cited_recommendation,
)
from ingest.lesson_helpers import _continues, _heads_bullets, _reported_kind, _Zone
from ingest.lesson_kind_cells import row_kind
from ingest.lesson_other_sections import EARLIER_REVIEW_RECOMMENDATIONS, NOT_LESSON_HEADING
from ingest.lesson_patterns import (
    CUE_PREFIX,
    FRONT_MATTER,
    POSITIVE_CLOSING,
    PRACTICE_VERDICT,
    REPORTED,
    RUNIN_CUE,
)
from ingest.lesson_table_columns import header_columns
from ingest.lesson_tables import row_lesson
from ingest.lesson_text_cues import title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


# A heading closed by the date of the events under it ("Significant event 2: July 2017", "Episode 3 - 12.05.2019"):
# a caption of the episode analysed, never a theme titling the lesson drawn from it.
DATED_CAPTION = re.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|"
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|\b(?:19|20)\d{2})\W*$",
    re.I,
)


def _service(cue: re.Match[str]) -> str:
    """The service a run-in cue names in brackets ("Good practice (School):"), or ""."""
    return (cue.groupdict().get("service") or "").strip()


def _practice_verdict(block: Block) -> tuple[str, str] | None:
    """(number, text) of a numbered paragraph of narrative closed by a verdict that it was good
    practice ("4.4 The midwife ... This was good practice."), the verdict left out; None otherwise."""
    if block.kind not in ("para", "item"):
        return None
    numbered = PARA_NUMBER.match(block.text) or (ITEM_NUMBER.match(block.text) if block.kind == "item" else None)
    verdict = PRACTICE_VERDICT.search(block.text)
    if verdict is None or (numbered is None and not block.number):
        return None
    start = numbered.end() if numbered else 0
    text = block.text[start : verdict.start()].strip()
    if len(text.split()) < 6:
        return None
    return (numbered.group("num") if numbered else block.number.rstrip(".)")), text


def recommendation_cited(w: LessonWalk) -> bool:
    """A conclusion ending in the recommendation it leads to."""
    cited = cited_recommendation(w.block.text) if w.block.kind == "para" else None
    if cited is not None:
        # A conclusion that ends in the recommendation it leads to: the finding, then the recommendation.
        number, finding, recommendation = cited
        for kind, printed, text in (
            ("finding", "", finding),
            ("recommendation", f"Recommendation {number}", recommendation),
        ):
            if text:
                draft = w.start(kind, printed, text, w.block)
                draft.open = False
                draft.cited = int(number)
        w.current = None
        return True
    return False


def lessons_listed_inline(w: LessonWalk) -> bool:
    """Lessons listed inline ("Learning includes: a; b; c")."""
    lists = inline_lists(w.block.text)
    if lists:
        for kind, items in lists:
            for piece in split_items(items):
                w.start(kind, "", piece, w.block).open = False
        w.current = None
        return True
    return False


def reported_in_narrative(w: LessonWalk) -> bool:
    """A paragraph among narrative opening "The review found that ...": a finding."""
    # a paragraph numbered to two or three levels ("4.1.3 The review finds that ...") reports the same
    paragraph = PARA_NUMBER.match(w.block.text) if w.block.kind == "para" else None
    reporting = w.block.text[paragraph.end() :] if paragraph else w.block.text
    reported = REPORTED.match(reporting) if w.block.kind == "para" else None
    if (
        reported is not None
        and w.zone() is None
        and not FRONT_MATTER.search(w.section())
        and not NOT_LESSON_HEADING.search(w.section())
    ):
        # "The review found that the case was ..." opening a paragraph among narrative: a finding
        # (or, "The review recommends that ...", a recommendation), its text after the cue.
        number = paragraph.group("num") if paragraph else ""
        w.start_whole(_reported_kind(reported), number, reporting[reported.end() :], w.block)
        return True
    return False


def run_in_cue(w: LessonWalk) -> bool:
    """A run-in cue ("Learning: ..."), perhaps after a paragraph number, and the theme over it."""
    runin = RUNIN_CUE.search(w.block.text) if w.block.kind == "para" else None
    if runin is None and w.block.kind == "para" and w.zone() is None:
        runin = CUE_PREFIX.match(w.block.text)  # the narrative before it set apart as a paragraph of its own
    whole = w.block.text
    if (
        w.block.kind == "row"
        and len(w.block.cells) == 2
        and re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?", w.block.cells[0].strip())
    ):
        whole = f"{w.block.cells[0].strip()} {w.block.cells[1].strip()}"  # a hanging paragraph number set as a column
    numbered = PARA_NUMBER.match(whole) if w.block.kind in ("para", "row") and runin is None else None
    if numbered is not None:
        # "4.2.3 Learning: Services worked ..." closing a numbered analysis: a lesson labelled by its number.
        runin = CUE_PREFIX.match(whole[numbered.end() :])
    if runin is not None and not FRONT_MATTER.search(w.section()):
        after = numbered.end() + runin.end() if numbered else runin.end()
        z = w.zone()
        w.current = w.start(
            kind_of_label(runin.group("cue"), z.kind if z else None),
            numbered.group("num") if numbered else "",
            whole[after:],
            w.block,
            _service(runin),
        )
        w.current.heading_only = False
        w.current.open = False
        theme = w.stack[-1] if len(w.stack) >= 2 and w.block.kind == "para" and not numbered else None
        if (
            theme is not None
            and z is None
            and theme.kind is None
            and not theme.barrier
            and theme.serial not in w.run_in_themes
            and theme.heading != (w.cover_title.text if w.cover_title else None)
            and title_line(theme.heading)
            and not NOT_LESSON_HEADING.search(theme.heading)
            and w.current.kind in ("finding", "learning_point")
            and not _agency_chapter(theme.heading)
            and not DATED_CAPTION.search(theme.heading)
        ):
            # A theme's sub-heading over what practitioners said and a run-in "Finding: ..." paragraph
            # (no lesson section above): the theme titles that finding. (An agency's sub-heading over
            # its part of the story, "Midwifery", names who acted; it titles no lesson.)
            w.run_in_themes.add(theme.serial)
            w.current.title = theme.heading.rstrip(" .:")
            w.current.parts = [w.current.title, *w.current.parts]
            w.current.headed = True
        return True
    return False


def praised_in_passing(w: LessonWalk) -> bool:
    """Good practice acknowledged in passing ("It is positive that ...")."""
    praised = POSITIVE_CLOSING.search(w.block.text) if w.block.kind == "para" and w.zone() is None else None
    if praised is not None and not FRONT_MATTER.search(w.section()) and not NOT_LESSON_HEADING.search(w.section()):
        # "... the case was closed. It is positive that the lead professional ...": good practice
        # acknowledged in passing, that sentence alone; the narrative before it never a lesson.
        w.start_whole("good_practice", "", praised.group("sentence"), w.block)
        return True
    return False


def practice_verdict(w: LessonWalk) -> bool:
    """A numbered paragraph closed by a verdict that it was good practice."""
    verdict = _practice_verdict(w.block) if w.zone() is None and not FRONT_MATTER.search(w.section()) else None
    if verdict is not None:
        # "4.2 The consultant insisted on a skeletal survey ... This was good practice.": the numbered
        # paragraph the verdict closes is good practice, labelled by its number, less the verdict.
        w.start_whole("good_practice", verdict[0], verdict[1], w.block)
        return True
    return False


def outside_zone(w: LessonWalk) -> bool:
    """Outside any lesson section: tables with a lesson column, and a lesson's further paragraphs."""
    z = w.zone()
    if z is None and w.block.kind == "row":
        # Outside any lesson section, a table whose header names a lesson column ("Practice
        # episode | What happened | Learning") gives that column's lessons.
        header = header_columns([c.strip().lower() for c in w.block.cells])
        if header is not None:
            # an earlier review's recommendations with their progress ("Earlier recommendation | Progress",
            # or under such a heading): another review's, never this one's lessons
            earlier = any(EARLIER_REVIEW_RECOMMENDATIONS.search(text) for text in [*w.block.cells, w.section()])
            # the answers to the review's own questions, its learning set out after them: analysis
            answers = answers_to_questions([c.strip() for c in w.block.cells], w.blocks, w.index)
            w.table_columns = None if earlier or answers else header
            return True
        if w.table_columns is not None and w.table_columns.kind:
            w.current, w.table_columns = row_lesson(
                w.block, _Zone(w.table_columns.kind, 0, ""), w.table_columns, w.current, w.start
            )
            return True
        if w.table_columns is not None and w.table_columns.kinds is not None:
            # "No. | Type | Summary" under a heading naming no kind: each row whose Type cell names a kind is a
            # lesson of that kind (ingest/lesson_kind_cells.py); a row whose Type cell is empty (a row broken
            # over a page) goes on the row above, one naming no kind of lesson is none
            cells = [c.strip() for c in w.block.cells]
            kind = row_kind(cells, w.table_columns)
            at = w.table_columns.at(w.table_columns.kinds, len(cells))
            empty = at is not None and 0 <= at < len(cells) and not cells[at]
            if kind is None and empty and w.current is not None and w.current.row:
                kind = w.current.kind
            if kind is not None:
                w.current, w.table_columns = row_lesson(
                    w.block, _Zone(kind, 0, ""), w.table_columns, w.current, w.start
                )
            return True
    if z is None:
        # A labelled finding outside any lesson section still takes its paragraphs, but a box's
        # lesson ends where the type changes back to the body's or another box heading starts.
        if (
            w.current is not None
            and w.current.size
            and len(w.current.parts) >= 2
            and (abs(w.block.size - w.current.size) > 0.4 or title_line(w.block.text))
        ):
            w.current = None
        if (
            w.block.kind == "item"
            and w.current is not None
            and _heads_bullets(w.current)
            and not ITEM_NUMBER.match(w.block.text)
        ):
            w.current.add(BULLET.sub("", w.block.text), w.block)
            return True
        if (
            w.current is not None
            and w.current.open
            and w.block.kind == "para"
            and (
                w.current.kind == "finding"
                or _continues(w.current, w.block.text)
                # "Learning 2: title" heading a slide, its text the notes under it
                or (w.current.headed and w.current.label and w.current.parts == [w.current.title])
            )
        ):
            w.current.add(w.block.text, w.block)
        else:
            w.current = None
        return True
    w.z = z  # the lesson section the steps after this one read the block in
    return False
