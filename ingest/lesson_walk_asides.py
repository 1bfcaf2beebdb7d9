"""Ingest stage: lesson segmentation, the walk's first steps: blocks set aside before any lesson rule
(keys of agency codes, running headers, cross-references, chronology and margin notes, footnotes, forms,
prompts, explainer boxes, companion steps, boxed captions).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.lesson_chapters import _asks_the_board
from ingest.lesson_cues import (
    DOCUMENT_TITLE,
    ITEM_NUMBER,
    kind_of_label,
)
from ingest.lesson_drafts import DIRECTIVE
from ingest.lesson_helpers import _bilingual_label, _chronology_learning, _footnote, _lead_among_fields
from ingest.lesson_lettered_labels import introduced_number
from ingest.lesson_patterns import (
    _STOPS,
    ATTRIBUTED_QUOTE,
    BOXED_CAPTION,
    BOXED_CAPTION_RUNIN,
    COMPANION,
    CROSS_REFERENCE,
    CUE_PREFIX,
    FORM_BLANK,
    PROMPT,
    READERSHIP,
)
from ingest.lesson_prompts import reader_questions
from ingest.lesson_statements import margin_note
from ingest.lesson_text_cues import explainer

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def agency_key_row(w: LessonWalk) -> bool:
    """A row of the key to the agency codes: what the codes stand for, never a lesson."""
    if id(w.block) in w.key_rows:
        w.current = None
        return True  # a key to the agency codes: what the codes stand for, never lessons
    return False


def begin_block(w: LessonWalk) -> bool:
    """Notes the block after this one and that the heading over it has text; skips a block already read
    with the one before it."""
    w.following = w.blocks[w.index + 1] if w.index + 1 < len(w.blocks) else None
    if w.block.kind != "heading" and w.stack:
        w.stack[-1].filled = True
    if w.skip_next is w.block:
        w.previous = w.block
        return True
    if w.block.kind != "item":
        w.introduced = introduced_number(w.block.text) if w.block.kind in ("para", "heading") else ""
    return False


def running_header(w: LessonWalk) -> bool:
    """A running header left between a paragraph and the rest of it on the next page."""
    if (
        w.block.kind == "para"
        and w.following is not None
        and w.following.kind == "para"
        and w.following.text[:1].islower()
        and not w.block.text.rstrip().endswith(_STOPS)
        and len(w.block.text.split()) <= 16
        and DOCUMENT_TITLE.search(w.block.text)
    ):
        return True  # a running header left between a paragraph and the rest of it on the next page
    return False


def cross_reference(w: LessonWalk) -> bool:
    """A line linking the lesson to priorities or procedures: where it sits, no part of it."""
    if w.block.kind in ("para", "row") and CROSS_REFERENCE.match(w.block.text):
        return True  # "Links to: Partnership priority 2 | Procedure: ...": where the lesson sits, no part of it
    return False


def recommendation_fields_row(w: LessonWalk) -> bool:
    """A one-row table of a recommendation's fields ("Type: ... | Lead: Police")."""
    if (
        w.block.kind == "row"
        and w.current is not None
        and w.current.kind == "recommendation"
        and (lead := _lead_among_fields(w.block.text))
    ):
        # "Type: Single agency | Lead: Police" read as a one-row table: the recommendation's fields
        w.current.agency = w.current.agency or lead.group("value").strip(" .")
        w.current.open = False
        return True
    return False


def chronology_row(w: LessonWalk) -> bool:
    """A chronology's row whose comment cell states learning, and the row's end broken over the page."""
    if w.block.kind == "row" and (noted := _chronology_learning(w.block)) is not None:
        # "March 2013 | Police | <event> | Learning: ...": a chronology's comment that states learning;
        # the date, the agency the event concerns and the event are never part of it.
        w.current = w.start("learning_point", "", noted, w.block)
        w.current.heading_only = False
        w.chronology_note = w.current
        return True
    if (
        w.block.kind == "row"
        and w.chronology_note is not None
        and w.current is w.chronology_note
        and len(w.block.cells) >= 2
        and w.block.cells[0].strip()[:1].islower()
        and w.block.cells[-1].strip()
    ):
        # the row broken over the page: its event's and its comment's ends, the comment's joining it
        w.chronology_note.add(w.block.cells[-1].strip(), w.block)
        return True
    w.chronology_note = None
    return False


def margin_note_row(w: LessonWalk) -> bool:
    """A note in a margin column ("Good practice: ...") beside the events it comments on."""
    in_margin = margin_note(w.block.cells, CUE_PREFIX) if w.block.kind == "row" and w.table_columns is None else None
    if in_margin is not None:
        # "Good practice: ..." in a margin column beside the events it comments on: the note is the
        # lesson, the narrative beside it never part of it.
        w.start_whole(kind_of_label(in_margin[0], z.kind if (z := w.zone()) else None), "", in_margin[1], w.block)
        w.current = None
        return True
    return False


def footnote(w: LessonWalk) -> bool:
    """A note in small type at a page's foot or after a paragraph."""
    if _footnote(w.block, w.body_size):
        return True  # notes in small type at a page's foot or after a paragraph: never a lesson's text
    return False


def bilingual_label(w: LessonWalk) -> bool:
    """A bilingual heading ("Canfyddiad 1 / Finding 1: title") read in English; never consumes the block."""
    if w.block.kind == "heading" and (english := _bilingual_label(w.block.text)):
        w.block = replace(w.block, text=english)  # "Canfyddiad 1 / Finding 1: title": the label read in English
    return False


def form_blank_quote_or_prompt(w: LessonWalk) -> bool:
    """A form's blank, a quotation with who said it, a prompt put to the reader."""
    if w.block.kind in ("para", "item") and (
        FORM_BLANK.search(w.block.text)
        or ATTRIBUTED_QUOTE.match(w.block.text)
        or PROMPT.match(w.block.text)
        or READERSHIP.match(w.block.text)
    ):
        # A form's line to fill in ("Date: ______"), a practitioner's words quoted with who said them,
        # a prompt put to the reader ("Talk about it: how ...?"): never a lesson nor part of one.
        w.current = None
        w.previous = w.block
        return True
    return False


def reader_questions_after(w: LessonWalk) -> bool:
    """Questions for the reader after a lesson ("Practitioners may wish to consider:")."""
    if (questions := reader_questions(w.blocks, w.index)) and not ((z := w.zone()) is not None and _asks_the_board(z)):
        # "Practitioners may wish to consider:" over question bullets after a lesson: a prompt for the
        # reader, never a lesson nor part of one; the lesson before it ends there.
        w.explained.update(id(question) for question in questions)
        w.current = None
        w.previous = w.block
        return True
    return False


# The caption of a box reminding the reader what to do, set after a lesson: "Remember", "Please remember".
REMINDER_CAPTION = re.compile(r"^\W*(?:please\s+)?remember\W*$", re.I)


def reminder_box(w: LessonWalk) -> bool:
    """A "Remember" box after a lesson: its caption and the line under it are skipped, never a lesson
    nor a lesson's title, and the lessons go on after the box in the section they were in."""
    if w.block.kind == "heading" and REMINDER_CAPTION.match(w.block.text):
        w.current = None
        if w.following is not None and w.following.kind == "para":
            w.skip_next = w.following
        return True
    return False


def explainer_box(w: LessonWalk) -> bool:
    """An explainer box defining a term, and its further paragraphs."""
    if w.block.kind in ("para", "heading") and (question := explainer(w.block.text)) is not None:
        # An explainer box set among the lessons: its question and the definition under it (or run in
        # after it, in plain text) are skipped, and the lesson before it goes on after the box.
        if w.block.text[question.end() :].strip():
            return True
        skip = w.following if w.following is not None and w.following.kind == "para" else None
        if skip is not None:
            w.skip_next = skip
            # the box's further paragraphs, set in its column apart from the margin
            for later in w.blocks[w.index + 2 :]:
                if not (later.kind == "para" and w.margin and skip.x0 > w.margin + 5 and abs(later.x0 - skip.x0) < 2):
                    break
                w.explained.add(id(later))
        return True
    if id(w.block) in w.explained:
        return True
    return False


def companion_heading(w: LessonWalk) -> bool:
    """A companion heading ("Suggested actions:") under a numbered lesson: the steps listed under it are skipped."""
    if (
        w.block.kind in ("para", "heading")
        and COMPANION.match(w.block.text)
        and w.drafts
        and (w.drafts[-1].label or w.drafts[-1].item)
    ):
        # "Suggested actions:" under "2. The Partnership should ...": the steps listed under it
        # serve the numbered lesson before; they are neither part of it nor lessons of their own.
        w.companion = True
        w.current = None
        w.previous = w.block
        return True
    return False


def boxed_caption(w: LessonWalk) -> bool:
    """A "Good practice example" box among a chronology's paragraphs, its caption apart or run in."""
    if (
        (
            (w.block.kind == "para" and w.block.bold)
            or (w.block.kind == "heading" and w.stack and w.block.level > w.stack[-1].level)
        )
        and w.following is not None
        and w.following.kind == "para"
        and (caption := BOXED_CAPTION.match(w.block.text))
        and w.zone() is None
        and w.stack
        and w.stack[-1].barrier
    ):
        # "Good practice example" boxed among a chronology's paragraphs (a caption under the section's
        # heading, not a section of its own): it heads the one paragraph in its box; the narrative
        # after the box is not part of it.
        w.start(kind_of_label(caption.group("cue")), "", w.following.text, w.following).open = False
        w.current = None
        w.skip_next = w.following
        w.previous = w.block
        return True
    if (
        w.block.kind == "para"
        and (caption := BOXED_CAPTION_RUNIN.match(w.block.text))
        and w.zone() is None
        and w.stack
        and w.stack[-1].barrier
    ):
        # The same box in plain text, its caption line run into the paragraph it heads.
        w.start(kind_of_label(caption.group("cue")), "", w.block.text[caption.end() :], w.block).open = False
        w.current = None
        w.previous = w.block
        return True
    return False


def companion_item(w: LessonWalk) -> bool:
    """The steps listed under a companion heading; then notes the block before this one."""
    if w.companion and w.block.kind == "item" and not ITEM_NUMBER.match(w.block.text):
        w.previous = w.block
        return True
    w.companion = False
    w.block_before, w.previous = w.previous, w.block
    return False


# A matrix's mark: "Yes", "No", "-", a tick or a cross, "N/A".
_MARK = re.compile(r"^(?:yes|no|y|n|-|–|—|✓|✔|✗|✘|x|n/?a)?$", re.I)


def marks_matrix_row(w: LessonWalk) -> bool:
    """A row of a matrix telling where each lesson was seen ("1. title | Yes | - | Yes | Yes" under "Finding |
    Child A | Child B | ..."): its first cell repeats a lesson printed before, its other cells are marks;
    never a lesson nor part of one."""
    cells = [c.strip() for c in w.block.cells] if w.block.kind == "row" else []
    if (
        len(cells) >= 3
        and cells[0]
        and len(cells[0].split()) <= 12  # a title or a label, not a lesson in full
        and not DIRECTIVE.search(cells[0])  # (a short recommendation beside "Accepted | Yes" is one)
        and all(_MARK.match(c) for c in cells[1:])
        and any(cells[1:])
    ):
        w.current = None
        return True
    return False
