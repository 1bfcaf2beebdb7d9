"""Ingest stage: lesson segmentation, the walk's steps for text carried on: scanned bullets, sentences, cells
and items carried over a page break, a second row beside a theme cell, lists a sentence announces, contents.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.block_cues import BULLET
from ingest.lesson_around import own_review_agency, own_review_announcement
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER
from ingest.lesson_helpers import (
    _ungroup,
)
from ingest.lesson_intro_cues import announced_kind
from ingest.lesson_other_sections import CONTENTS, contents_line
from ingest.lesson_text_cues import title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def unmarked_bullet(w: LessonWalk) -> bool:
    """A paragraph of a scanned list whose bullet the OCR lost, read as an item; never consumes the block."""
    if (
        w.block.kind == "para"
        and w.block_before is not None
        and w.block_before.kind == "item"
        and not ITEM_NUMBER.match(w.block_before.text)
        and not PARA_NUMBER.match(w.block_before.text)
        and w.zone() is not None
        and w.block.text[:1].isupper()
        and w.block_before.text.rstrip().endswith((".", "!", "?"))
        and w.margin
        and w.block.x0 > w.margin + 8
        and (
            (
                w.block.page_start > w.block_before.page_start
                and w.block_before.x0 + 8 < w.block.x0 < w.block_before.x0 + 30
            )
            or (any(b is w.block_before for b in w.unmarked) and abs(w.block.x0 - w.block_before.x0) < 3)
        )
    ):
        # A bulleted list carried over a page of a scan whose markers the OCR lost: each paragraph
        # set in the list's text column, past the margin, is an item of the list.
        w.block = replace(w.block, kind="item")
        w.previous = w.block
        w.unmarked.append(w.block)
    return False


def sentence_over_page(w: LessonWalk) -> bool:
    """A lesson's sentence carried over a page break past the running header."""
    if (
        w.block.kind == "para"
        and w.block.text[:1].islower()
        and w.drafts
        and (last := w.drafts[-1]).parts
        and not last.parts[-1].rstrip().endswith((".", "!", "?", ":", ";"))
        and w.block.page_start > last.page_end
        and w.index >= 2
        and w.blocks[w.index - 1].page_start == w.block.page_start
        and title_line(w.blocks[w.index - 1].text)
        and w.blocks[w.index - 2].page_end == last.page_end
    ):
        # A lesson's sentence carried over a page break past the running header at the top of the
        # next page ("... after the decision had" / header / "been made."): it goes on.
        last.add(w.block.text, w.block)
        w.current = last
        return True
    return False


def cell_over_page(w: LessonWalk) -> bool:
    """The rest of a table cell broken across a page."""
    if (
        w.block_before is not None
        and w.block_before.kind == "row"
        and w.block.kind == "para"
        and w.current is not None
        and (
            (
                w.block.page_start > w.block_before.page_end
                and (w.block.text[:1].islower() or (w.margin and w.block.x0 > w.margin + 15))
            )
            or (w.block.text[:1].islower() and w.margin and w.block.x0 > w.margin + 15)
        )
    ):
        # The rest of a table cell broken across a page, alone at the top of the next page: it goes
        # on in lower case, or starts in the cell's column rather than at the margin. On the same
        # page (a row the reader split) it must do both.
        w.current.add(w.block.text, w.block)
        return True
    return False


def item_over_page(w: LessonWalk) -> bool:
    """The rest of a numbered item carried over a page break."""
    if (
        w.block_before is not None
        and w.block_before.kind == "item"
        and ITEM_NUMBER.match(w.block_before.text)
        and w.block.kind == "para"
        and w.current is not None
        and w.current.parts
        and w.block.page_start > w.block_before.page_end
        and w.block_before.x0
        and w.block.x0 > w.block_before.x0 + 15
    ):
        # The rest of a numbered item carried over a page break, set in the item's text column
        # past its number rather than at the margin: it goes on.
        w.current.add(w.block.text, w.block)
        return True
    return False


def second_row_beside_theme(w: LessonWalk) -> bool:
    """A second row beside a theme cell spanning both: a lesson of its own."""
    if (
        w.block_before is not None
        and w.block_before.kind == "row"
        and len(w.block_before.cells) == 2
        and w.block.kind == "para"
        and w.current is not None
        and w.current.row
        and w.current.title
        and w.block.page_start == w.block_before.page_end
        and w.block.text[:1].isupper()
        and w.margin
        and w.block.x0 > w.margin + 15
    ):
        # A second row beside a theme cell spanning both (the theme printed once, on the first
        # row): a lesson of its own, and the theme groups the rows rather than titling one.
        _ungroup(w.current)
        w.current = w.start(w.current.kind, "", w.block.text, w.block, w.current.agency)
        w.current.open = False
        w.current.row = True
        return True
    return False


def announced_list(w: LessonWalk) -> bool:
    """A sentence announcing the kind of the items after it, and those items."""
    if w.block.kind != "item":
        announced = announced_kind(w.block.text) if w.block.kind == "para" else None
        # (an agency's own review's recommendations are lessons even under a section that holds none)
        barred = any(z.barrier for z in w.stack) and not own_review_announcement(w.block.text)
        w.listed = announced if announced and not barred else None
        if (
            w.listed
            and w.current is not None
            and w.listed != w.current.kind
            and (z := w.zone()) is not None
            and w.listed != z.kind
        ):
            # "What needs to change:" after a finding's text: it announces other lessons, ending this one
            w.current = None
            return True
    elif w.listed and (
        (z := w.zone()) is None
        or (z.kind != w.listed and w.listed in ("recommendation", "good_practice") and not z.summary)
        # "From these findings the review draws the following learning:" under "Key findings and learning"
        or (z.kind == "finding" and w.listed == "learning_point" and not z.summary)
    ):
        # "... the review identified learning including:" then bullets, outside any lesson section;
        # inside one, recommendations or good practice it announces ("The review made these
        # recommendations to the partnership:" under "Learning from case reviews").
        match = ITEM_NUMBER.match(w.block.text)
        body = w.block.text[match.end() :] if match else BULLET.sub("", w.block.text)
        # "The Police IMR made the following recommendations:": that agency's own review's recommendations
        agency = own_review_agency(w.blocks, w.index, w.section()) if w.listed == "recommendation" else ""
        w.start(w.listed, match.group("num") if match else "", body, w.block, agency).open = False
        w.current = None
        return True
    return False


def contents(w: LessonWalk) -> bool:
    """A contents page: it lists lessons, it never is one."""
    if contents_line(w.block) or (w.block.kind != "heading" and any(CONTENTS.match(z.heading) for z in w.stack)):
        w.current = None  # a contents page lists lessons; it never is one
        return True
    return False
