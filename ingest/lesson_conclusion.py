"""Ingest stage: lesson segmentation - the lessons a conclusion counts out in paragraphs of its own.

Runs after the passes over paragraphs closed by what they are (ingest/lesson_closing_sentences.py). A
review with no section of learning may state it only in its conclusion: an opening paragraph that
counts what stands out ("... Three things stand out.", "Two lessons emerge."), then that many
paragraphs, each one lesson (a learning point, no label, the paragraph whole), then what closes the
report (thanks to the family and the practitioners): the opening and the close are never lessons, and
the count tells where the lessons end.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_placing import place, renumbered, tokens
from ingest.records import Lesson

CONCLUSION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:overall\s+)?conclusions?|concluding\s+(?:remarks|comments|thoughts)|"
    r"in\s+conclusion|summary\s+and\s+conclusions?)\W*$",
    re.I,
)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBER = r"(two|three|four|five|six|[2-6])"
_THINGS = r"(?:\w+\s+){0,2}(?:things|matters|issues|themes|points|lessons|messages|features|factors|areas|concerns)"
# The sentence closing the opening paragraph that counts what follows: "Three things stand out.", "Two
# lessons emerge from this.", "There are three lessons for the partnership.", "The review draws three lessons."
COUNTED = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:"
    rf"{_NUMBER}\s+{_THINGS}\s+(?:stand\s+out|stood\s+out|emerge[sd]?|are\s+(?:clear|striking|notable)|were\s+(?:clear|striking))|"
    rf"(?:there\s+are|the\s+review\s+(?:draws|has\s+drawn|identifies|highlights))\s+{_NUMBER}\s+{_THINGS}"
    r")[^.!?:]{0,60}[.:]\s*$",
    re.I,
)
MIN_WORDS = 8  # a lesson's paragraph is a statement, never a line


def counted_in_conclusion(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with the paragraphs a conclusion's opening counts out read as learning points, whole; the
    lessons read from a part of one replaced."""
    added = False
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not CONCLUSION.match(block.text):
            continue
        opening = blocks[index + 1] if index + 1 < len(blocks) else None
        m = COUNTED.search(opening.text) if opening is not None and opening.kind == "para" else None
        if m is None:
            continue
        said = next(g for g in m.groups() if g)
        n = _COUNT.get(said.lower()) or int(said)
        counted = blocks[index + 2 : index + 2 + n]
        if len(counted) < n or any(b.kind not in ("para", "item") or len(b.text.split()) < MIN_WORDS for b in counted):
            continue
        for offset, paragraph in enumerate(counted):
            whole = tokens(paragraph.text)
            if any(lesson.kind == "learning_point" and tokens(lesson.text) == whole for lesson in lessons):
                continue
            lessons = [lesson for lesson in lessons if not (tokens(lesson.text) and tokens(lesson.text) in whole)]
            new = Lesson(
                0, "learning_point", "", paragraph.text.strip(), block.text, paragraph.page_start, paragraph.page_end
            )
            lessons = place(lessons, new, index + 2 + offset, blocks)
            added = True
    return renumbered(lessons) if added else lessons
