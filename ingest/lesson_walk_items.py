"""Ingest stage: lesson segmentation, the walk's steps inside a lesson section for table rows, numbered
paragraphs and list items.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.block_cues import BULLET
from ingest.lesson_agency_groups import stated_heading
from ingest.lesson_chapters import _asks_the_board
from ingest.lesson_cues import CODE_KINDS, ITEM_NUMBER, PARA_NUMBER, heading_number
from ingest.lesson_drafts import (
    DIRECTIVE,
    Draft,
)
from ingest.lesson_helpers import _heads_bullets
from ingest.lesson_intro_cues import ANNOUNCES, COUNTS
from ingest.lesson_lettered_labels import lettered_label
from ingest.lesson_patterns import (
    BARE_NUMBER,
    MARGIN_CODE,
)
from ingest.lesson_tables import (
    item_kind,
    row_lesson,
)
from ingest.lesson_text_cues import dash_title, numbered_title, title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def _next_in_zone(drafts: list[Draft], zone: int, number: str) -> bool:
    """Whether `number` follows the last numbered lesson of the section ("3" after "2")."""
    last = next((d.label for d in reversed(drafts) if d.zone == zone and d.label.isdigit()), "")
    return bool(last) and number.isdigit() and int(number) == int(last) + 1


def zone_row(w: LessonWalk) -> bool:
    """A table row inside a lesson section."""
    if w.block.kind == "row":
        draft, w.table_columns = row_lesson(w.block, w.z, w.table_columns, w.current, w.start)
        w.current = draft
        return True
    return False


def read_text(w: LessonWalk) -> bool:
    """Reads the block's text, its number and whether it is an item; never consumes the block."""
    w.text = w.block.text
    # "4.2 ...", "1a. ...", or a bare number before a sentence ("1 The Partnership should ...").
    w.number = PARA_NUMBER.match(w.text) or (
        (BARE_NUMBER.match(w.text) or MARGIN_CODE.match(w.text)) if w.block.kind == "para" else None
    )
    w.item = w.block.kind == "item"
    return False


def titled_bullet(w: LessonWalk) -> bool:
    """A bullet title over bullets set further in."""
    if (
        w.item
        and w.block.x0 > 0
        and w.z.kind != "recommendation"
        and not ITEM_NUMBER.match(w.text)
        and title_line(BULLET.sub("", w.text))
        and w.following is not None
        and w.following.kind == "item"
        and w.following.x0 > w.block.x0 + 10
    ):
        # "• Hidden men" over bullets set further in: one lesson, its title and its sub-bullets.
        w.current = w.start(item_kind(w.z.kind), "", BULLET.sub("", w.text), w.block)
        w.current.title = BULLET.sub("", w.text).strip()
        w.current.headed = w.current.item = w.current.sub_items = True
        w.current.indent = w.block.x0
        return True
    return False


def numbered_title_item(w: LessonWalk) -> bool:
    """A numbered title ("1. Curiosity about who lives in the home") over bullets."""
    titled = numbered_title(w.text) if w.item or w.block.kind == "para" else None
    if titled and w.z.kind != "recommendation":
        # "1. Curiosity about who lives in the home" over bullets: one lesson, its title and its bullets.
        w.current = w.start(item_kind(w.z.kind), titled[0], titled[1], w.block)
        w.current.title = titled[1]
        w.current.headed = w.current.item = w.current.sub_items = True
        return True
    return False


def list_item(w: LessonWalk) -> bool:
    """A list item inside a lesson section."""
    if w.item:
        # "1.2 text": an item numbered to two levels (Word's "%1.%2") is labelled as a numbered paragraph is
        match = ITEM_NUMBER.match(w.text) or PARA_NUMBER.match(w.text)
        printed = match.group("num") if match else ""
        body = w.text[match.end() :] if match else BULLET.sub("", w.text)
        if (
            w.current is not None
            and w.current.open
            and w.current.sub_items
            and not match
            and (not w.current.indent or w.block.x0 > w.current.indent + 10)
        ):
            w.current.add(body, w.block)
            return True
        if w.current is not None and w.current.open and w.current.stem and match and not match.group("num").isdigit():
            w.current.add(body, w.block)  # "a) adopt ...;" under "1. The Partnership should:": the stem's part
            return True
        if w.current is not None and w.current.item and w.current.label and not match and body[:1].islower():
            # "1. The Partnership should ..." then "- agree the change with ...": the item's parts.
            w.current.add(body, w.block)
            return True
        if (
            w.current is not None
            and w.current.open
            and w.current.kind == "finding"
            and w.z.kind == "finding"
            and not w.current.item
            # "3. ..." after the narrative under finding "2. ...": the next finding, not the narrative's
            and not (w.current.plain and match and _next_in_zone(w.drafts, w.current.zone, match.group("num")))
        ):
            w.current.add(w.text, w.block)  # bullets inside a finding belong to it
            return True
        if w.current is not None and _heads_bullets(w.current) and not match:
            w.current.add(body, w.block)  # "Learning 2: title" over bullets (a slide): its text is every bullet
            return True
        if w.text.rstrip().endswith(":") and len(w.text) < 200:
            if match and match.group("num").isdigit() and DIRECTIVE.search(body):
                # "1. The Partnership should:" over lettered parts: one lesson, its stem and all its parts.
                w.current = w.start(item_kind(w.z.kind), printed, body, w.block)
                w.current.item = w.current.stem = True
                return True
            w.current = None
            return True
        if body.rstrip().endswith("?") and not _asks_the_board(w.z):
            w.current = None  # a question put to the reader ("How do you ...?") is never a lesson
            return True
        if w.z.kind == "recommendation":
            printed = lettered_label(w.introduced, w.text) or printed  # "(a)" under "5.2.1 ...:": "5.2.1(a)"
        w.current = w.start(item_kind(w.z.kind), printed, body, w.block)
        w.current.item = True  # a list of findings: each item is one
        if w.z.kind != "recommendation":
            w.current.title = dash_title(body)  # "Fathers left out – Practitioners did not ..."
        if (
            w.z.kind in ("finding", "learning_point")
            and w.block.bold
            and w.following is not None
            and w.following.kind == "para"
            and not w.following.bold
            and w.following.size
            and w.following.size < w.block.size - 0.5
            and stated_heading(w.text)
        ):
            w.current.open = False  # a sentence heading read as a list item: the narrative under it is evidence
        return True
    return False


def finding_part(w: LessonWalk) -> bool:
    """Paragraphs numbered under the finding headed "1. Title" ("1.1 ...", "1.2 ..."): its parts."""
    if (
        w.number
        and w.current is not None
        and w.current.open
        # a finding's parts; learning numbered under a theme ("4.1.1", "4.1.2") is a lesson each
        and w.current.kind == w.z.kind == "finding"
        and (w.current.headed or w.current.item)
        and (w.current.label or w.current.number)
        and w.number.group("num").startswith((w.current.label or w.current.number).rstrip(".") + ".")
    ):
        # "1.1 ...", "1.2 ..." under the finding headed "1. Title": its paragraphs, their numbers off the text
        if not w.current.title and len(w.current.parts) == 1 and title_line(w.current.parts[0]):
            w.current.title = w.current.parts[0].strip().rstrip(" .:")  # a list item's title over them
            w.current.headed = True
        w.current.add(w.text[w.number.end() :], w.block)
        return True
    return False


def numbered_introduction(w: LessonWalk) -> bool:
    """A numbered paragraph introducing the recommendations after it."""
    if w.number and (COUNTS.match(w.text[w.number.end() :]) or ANNOUNCES.search(w.text[w.number.end() :])):
        w.current = None  # "ES6 The review makes the following recommendations ...": it introduces them
        return True
    # "4.1 The overview report makes the following recommendations. Each agency's own IMR recommendations are
    # set out in the action plan.": the count, then a sentence on where others are, asking nothing
    first, _, rest = w.text[w.number.end() :].strip().partition(". ") if w.number else ("", "", "")
    if rest and COUNTS.match(first + ".") and not re.search(r"\b(?:should|must|needs?\s+to)\b", rest, re.I):
        w.current = None
        return True
    return False


def _numbered_finding(w: LessonWalk) -> bool:
    """A paragraph numbered under its findings section's own number ("3.2" under "3. Findings"), with no
    finding open above it but one opened by a paragraph numbered so: each such paragraph is a finding
    (a labelled finding's numbered paragraphs stay its text)."""
    z = w.zone()
    outer = heading_number(z.heading).rstrip(".") if z is not None else ""
    if z is None or not outer or w.number is None or not w.number.group("num").startswith(outer + "."):
        return False
    return w.current is None or (w.current.zone == z.serial and w.current.label.startswith(outer + "."))


def numbered_lesson(w: LessonWalk) -> bool:
    """A numbered paragraph: a lesson labelled by its number."""
    if w.number and (
        w.z.kind != "finding"
        or (w.outline and w.number.group("num").startswith(w.outline + "."))
        # "F2 The assessment was closed ...": a code whose letters name a kind of lesson
        or re.sub(r"\d+$", "", w.number.group("num")) in CODE_KINDS
        or _numbered_finding(w)
    ):
        w.current = w.start(item_kind(w.z.kind), w.number.group("num"), w.text[w.number.end() :], w.block)
        return True
    return False
