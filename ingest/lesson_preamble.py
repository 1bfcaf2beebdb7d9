"""Ingest stage (part of the lesson walk, lessons.py): a lesson section's one-sentence preamble.

A findings or learning section whose lessons each sit under a sub-heading of their own (their titles)
may open with one sentence saying what follows ("Reading the year's reviews, we see these themes again
and again."): it introduces the titled lessons and is none of them.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_text_cues import title_line

MAX_WORDS = 30  # a preamble is one short sentence; a longer paragraph may well be a lesson of its own


def preamble_to_titled(blocks: list[Block], index: int) -> bool:
    """Whether blocks[index] is a one-sentence paragraph straight under a section heading, followed by
    at least two deeper sub-headings (lesson titles, no section cue) each over text of its own."""
    block = blocks[index]
    if block.kind != "para" or index == 0 or blocks[index - 1].kind != "heading":
        return False
    text = block.text.strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s]
    if len(sentences) != 1 or len(text.split()) > MAX_WORDS or not text.endswith("."):
        return False
    level = blocks[index - 1].level or 2
    titled = 0
    title_level = level + 1
    captioned = False
    position = index + 1
    while position < len(blocks):
        sub = blocks[position]
        if sub.kind != "heading":
            if titled == 0:
                return False  # the sentence is followed by more text before any sub-heading
            position += 1
            continue
        if (sub.level or 2) <= level:
            break
        if (
            titled
            and zone_kind(sub.text) is not None
            and (blocks[position - 1].kind == "heading" or (sub.level or 2) > title_level or captioned)
        ):
            # a titled part's own caption under its title ("Police" then "What went well"), or a later
            # one of the parts so captioned ("Areas of strength" ... "Areas for development" under "Police")
            captioned = True
            position += 1
            continue
        under = blocks[position + 1] if position + 1 < len(blocks) else None
        if (
            zone_kind(sub.text) is not None
            or NOT_LESSON_HEADING.search(sub.text)
            or not title_line(sub.text)
            or under is None
            or not (under.kind in ("para", "item") or _part_caption(under, blocks, position + 1))
        ):
            return False
        titled += 1
        title_level = sub.level or 2
        position += 1
    return titled >= 2


def _part_caption(block: Block, blocks: list[Block], index: int) -> bool:
    """Whether a heading straight under a sub-heading captions a part of its text ("What went well" under
    "Police"), text following it."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        block.kind == "heading"
        and zone_kind(block.text) is not None
        and after is not None
        and after.kind in ("para", "item")
    )
