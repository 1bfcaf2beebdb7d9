"""Ingest stage: lesson segmentation - placing a pass's new lessons among the walk's.

The passes after the walk (ingest/lesson_inline.py, ingest/lesson_section_cues.py) find lessons the
walk could not see block by block; these helpers tell whether a text is already inside a lesson, find
the block a text comes from, insert a new lesson in document order and renumber the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.records import Lesson
from ingest.words import word_line

# Sections whose paragraphs are never lessons however they are worded.
NOT_LESSONS = re.compile(
    r"\b(?:contents|introduction|terms\s+of\s+reference|methodology|method|scope|glossary|summary|foreword|"
    r"acknowledg\w*|chronology)\b",
    re.I,
)


def tokens(text: str) -> str:
    return word_line(text)


def renumbered(lessons: list[Lesson]) -> list[Lesson]:
    return [replace(lesson, ordinal=n) for n, lesson in enumerate(lessons, 1)]


def covered(text: str, lessons: list[Lesson]) -> bool:
    """Whether the words opening `text` are already inside one of the lessons."""
    probe = tokens(text)[:80]
    return any(probe and probe in tokens(lesson.text) for lesson in lessons)


def first_block(text: str, blocks: list[Block]) -> int:
    """The index of the first block whose words hold the words opening `text` (-1: none does)."""
    probe = " ".join(tokens(text).split()[:8])
    return next((i for i, block in enumerate(blocks) if probe and probe in tokens(block.text)), -1)


def place(lessons: list[Lesson], new: Lesson, at_block: int, blocks: list[Block]) -> list[Lesson]:
    """`new` (read from blocks[at_block]) inserted among `lessons` in document order."""
    for i, lesson in enumerate(lessons):
        where = first_block(lesson.text, blocks)
        if where < 0 and lesson.title and lesson.text.startswith(lesson.title):
            # a titled lesson's text opens with its heading, which is a block of its own
            where = first_block(lesson.text[len(lesson.title) :], blocks)
        if where > at_block or (where < 0 and lesson.page_start > new.page_start):
            return lessons[:i] + [new] + lessons[i:]
    return lessons + [new]


def sections(blocks: list[Block]) -> list[tuple[int, Block, str]]:
    """Each block that is no heading, with its index and the heading it sits under (the nearest before it)."""
    out: list[tuple[int, Block, str]] = []
    heading = ""
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            heading = block.text
            continue
        out.append((index, block, heading))
    return out
