"""Ingest stage: lesson segmentation - a recommendations section's heading printed as a plain line.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A scan (or plain text)
may lose a heading's look: "Issues for the Board" comes out in body type, a paragraph among the last
finding's paragraphs, and the questions under it are read as that finding's. A short line of a few
words with no sentence's closing stop, naming a section of recommendations ("Issues for the Board",
"Recommendations", "Questions for the Partnership") and followed by a paragraph or a list, is read as
the heading it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_patterns import LABEL

# A line of a few words, capitalised, without a stop, colon or question mark closing it.
SHORT_LINE = re.compile(r"^[A-Z][\w'’ -]{2,60}$")
MAX_WORDS = 6


def section_lines(blocks: list[Block]) -> list[Block]:
    """Blocks with a recommendations section's heading set as a plain line read as a heading."""
    kept: list[Block] = []
    level = 1  # the level of the last heading naming no lesson ("Findings"): the section's, a sibling's
    lesson_level = 0  # the level of the last lesson's own heading ("Finding 2: ..."), while under it
    printed = Counter(b.text.strip().lower() for b in blocks if b.kind in ("para", "heading"))
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if (
            block.kind == "heading"
            and lesson_level
            and block.level == lesson_level
            and not LABEL.match(text)
            and zone_kind(text) == "recommendation"
            and printed[text.lower()] > 1
            and _boxed(blocks, index, lesson_level, True)
        ):
            # the same box read as a heading at its lesson's level (a plain-text line): inside the lesson
            kept.append(replace(block, level=lesson_level + 1))
            continue
        if block.kind == "heading" and block.level and not LABEL.match(block.text):
            level = block.level
            lesson_level = 0
        elif block.kind == "heading" and block.level:
            lesson_level = block.level
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind == "para"
            and SHORT_LINE.match(text)
            and len(text.split()) <= MAX_WORDS
            and after is not None
            and after.kind in ("para", "item")
            and zone_kind(text) == "recommendation"
        ):
            boxed = lesson_level and _boxed(blocks, index, lesson_level, printed[text.lower()] > 1)
            block = replace(block, kind="heading", level=lesson_level + 1 if boxed else level)
        kept.append(block)
    return kept


def _boxed(blocks: list[Block], index: int, lesson_level: int, repeated: bool) -> bool:
    """The line closes a lesson of its own (each finding ending with its "Issues for the Board to
    consider"): it recurs under other lessons, or the next heading is the next lesson's, a sibling."""
    if repeated:
        return True
    for after in blocks[index + 1 :]:
        if after.kind == "heading" and after.level:
            return after.level == lesson_level and bool(LABEL.match(after.text))
    return False
