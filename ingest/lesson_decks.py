"""Ingest stage: slide decks and handouts read as the walk needs them, before it.

A deck's slide numbers ("Slide 4", "Slide 3 of 9", a page number run into
one: "2 Slide 3") and the presenter's notes under a slide ("Speaker notes:
...") are never lessons; on notes pages the "Notes" caption over the text
is no heading of its own. A deck or handout whose title names the learning
it gives ("Child D: learning from the review") holds that learning on its
slides: each slide's heading is set under the title, the agenda slide
("What we will cover") and the title slide's other lines left out, and the
title heads the slides' lessons as learning points, unless slides of the deck
are headed by the parts its lessons sit in, of two kinds or more ("What the review
found", "What will change"): then those parts head them and the title none. Metadata reads the blocks
as they were; only the walk sees these.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_other_sections import CONTENTS

# "Slide 4", "Slide 3 of 9", "Slide 2/7", "Slide 5." on a line of its own
SLIDE_NUMBER = re.compile(r"^\s*(?:\d{1,3}\s+)?slide\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*\.?\s*$", re.I)
# "Speaker notes: ...", "Notes for the speaker: ...", "Presenter's notes - ..."
SPEAKER_NOTES = re.compile(
    r"^\s*(?:(?:speaker|presenter|slide)(?:'?s|s')?\s+notes?|notes?\s+(?:for|to)\s+(?:the\s+)?speakers?)\s*[:\-\u2013]\s*\S",
    re.I,
)
# A notes page's caption over the presenter's notes that carry the slide's text: "Notes", "Speaker notes"
NOTES_CAPTION = re.compile(r"^\s*(?:(?:speaker|presenter)(?:'?s|s')?\s+)?notes\s*:?\s*$", re.I)


def _slide_number(block: Block) -> bool:
    return block.kind in ("para", "heading", "item") and bool(SLIDE_NUMBER.match(block.text))


def without_slide_furniture(blocks: list[Block]) -> list[Block]:
    """The blocks without slide numbers and speaker notes, and, in a deck (two slide numbers or more),
    without the "Notes" captions of its notes pages."""
    deck = sum(1 for block in blocks if _slide_number(block)) >= 2
    return [
        block
        for block in blocks
        if not _slide_number(block)
        and not (block.kind in ("para", "item", "heading") and SPEAKER_NOTES.match(block.text))
        and not (deck and block.kind == "heading" and NOTES_CAPTION.match(block.text))
    ]


# A briefing's own title naming the learning it gives: "Child D: learning from the review",
# "Baby T - lessons from the review", "Ruby: key messages for practitioners"
LEARNING_TITLE = re.compile(
    r"^[^:\-\u2013]{1,60}?\s*[:\-\u2013]\s*(?:(?:the\s+)?key\s+)?(?:learning|lessons(?:\s+learn[et]d?)?|messages)\s+"
    r"(?:from|for)\b",
    re.I,
)


def deck_under_title(blocks: list[Block], title: Block | None) -> tuple[list[Block], Block | None]:
    """A slide deck or handout (slides numbered "Slide 3", "Slide 3 of 9") whose title names the learning
    it gives: every slide's heading set under the title, its agenda slide ("What we will cover" and its
    entries, up to the next slide's number) and the title slide's other lines left out, and the
    title (it heads the slides' lessons as learning points). A deck whose slides are headed by the parts
    its lessons sit in ("What the review found", "What will change") loses its title slide's lines and
    agenda the same way, its headings are left as they are and the title heads no lesson (None). Other
    documents: the blocks as they were, and None."""
    if title is None and blocks and blocks[0].kind == "heading":
        title = blocks[0]  # a cover whose title the page's measures do not single out (a word processor's)
    if title is None or not LEARNING_TITLE.match(title.text) or sum(1 for block in blocks if _slide_number(block)) < 2:
        return blocks, None
    level = title.level or 1
    out: list[Block] = []
    after = agenda = cover = False
    for block in blocks:
        if block is title:
            after = cover = True
            out.append(block)
            continue
        if cover and block.kind != "heading" and not _slide_number(block):
            continue  # the title slide's lines under the title (the partnership, the date): no lesson
        elif agenda:
            agenda = not _slide_number(block)
            continue
        cover = False
        if after and block.kind == "heading" and CONTENTS.match(block.text):
            agenda = True
            continue
        if after and block.kind == "heading" and block.level and block.level <= level:
            block = replace(block, level=level + 1)
        out.append(block)
    parts = {zone_kind(block.text) for block in out if block.kind == "heading" and block is not title} - {None}
    if len(parts) >= 2:  # slides heading parts of two kinds or more ("What the review found", "What will change")
        return [b if b.kind != "heading" or b is title else _as_printed(b, blocks) for b in out], None
    return out, title


def _as_printed(block: Block, blocks: list[Block]) -> Block:
    """A slide's heading at the level it was printed at (before being set under the title)."""
    return next((b for b in blocks if b.text == block.text and b.page_start == block.page_start), block)
