"""Ingest stage: boxes around a review's lessons that hold none, read before lesson segmentation
(ingest/lessons.py) and the second opinion (ingest/second_opinion.py).

A training handout's task for the room ("Exercise", "Group activity") whose caption is set as a
plain line, a box quoting statutory guidance or the law captioned by a plain line, and a box of the case's facts ("Child: ... Age: ... Review: ... Published: ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_other_sections import ACTIVITY_HEADING, NOT_LESSON_HEADING, STATUTE_BOX


def activity_captions(blocks: list[Block]) -> list[Block]:
    """Blocks with a plain line that captions a training task ("Exercise"), or a box quoting what statutory
    guidance or the law says ("What Working Together to Safeguard Children (2018) says", set as a line of
    body type inside a lesson), made a heading at the level of the heading above, so the task or the
    quotation under it is read as no lesson (NOT_LESSON_HEADING)."""
    kept: list[Block] = []
    level = 3
    for block in blocks:
        if block.kind == "heading":
            level = block.level or level
        elif block.kind == "para" and (
            (len(block.text) <= 40 and ACTIVITY_HEADING.match(block.text))
            or (len(block.text) <= 90 and STATUTE_BOX.match(block.text))
        ):
            block = replace(block, kind="heading", level=level, lead="")
        kept.append(block)
    return kept


# "Child: Child N." / "Age: 8 years." / "Independent reviewer: A. Name.": a field of a box of facts.
FACT_FIELD = re.compile(r"(?:^|(?<=[.;]\s))(?P<field>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})\s*:\s+")


def fact_box(text: str) -> bool:
    """Whether a text is only a run of "Field: value." facts about the case (at least three fields,
    each value short): a box of the review's particulars, never a lesson."""
    fields = list(FACT_FIELD.finditer(text.strip()))
    if len(fields) < 3 or fields[0].start() > 0:
        return False
    values = [text[a.end() : b.start()] for a, b in zip(fields, [*fields[1:], None]) if b is not None]
    values.append(text[fields[-1].end() :])
    return all(len(value.split()) <= 10 for value in values)


# "Published: May 2020", "Last updated 3 March 2021", "Date: 21/06/22": a line giving the page's date.
DATE_LINE = re.compile(
    r"^(?:(?:first\s+|date\s+)?published|(?:last\s+)?updated|date(?:\s+of\s+(?:publication|issue))?|issued|posted|"
    r"reviewed)(?:\s+on)?\s*[:\-–]?\s+(?=\S)(?P<date>.{3,30})$",
    re.I,
)
DATE_WORDS = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)


def date_line(text: str) -> bool:
    """Whether a line only gives a date the page was published or updated: never a lesson's title."""
    match = DATE_LINE.match(text.strip())
    return match is not None and bool(DATE_WORDS.search(match.group("date")))


def without_date_notes(blocks: list[Block]) -> list[Block]:
    """Blocks without the short notes opening with the date the document was published ("Published 8
    February 2022. The full report is on our website."): never a lesson nor the end of one."""
    return [
        block
        for block in blocks
        if not (block.kind == "para" and len(block.text) <= 200 and date_line(block.text.split(". ")[0].rstrip(".")))
    ]


def poster_title(blocks: list[Block], title: Block | None) -> list[Block]:
    """Blocks with a document's title, when it alone names the lessons ("Child AB: what we learned"
    over boxes each headed by a lesson's title), set again as a heading over them: just before the
    first heading after it, so the cover lines between (the partnership's name) are no lesson."""
    if title is None or not title_heads_lessons(title, blocks):
        return blocks
    at = blocks.index(title)
    first = next((i for i in range(at + 1, len(blocks)) if blocks[i].kind == "heading"), None)
    if first is None:
        return blocks
    return [*blocks[:first], replace(title, page_start=blocks[first].page_start), *blocks[first:]]


def title_heads_lessons(title: Block, blocks: list[Block]) -> bool:
    """Whether a document's title is the only heading that names its lessons ("Child AB: what we
    learned" over boxes each headed by a lesson's title, a poster): then the title heads them. A title
    over sections of its own ("What happened", "Key learning") heads none of them."""
    if zone_kind(title.text) is None:
        return False
    return not any(
        block is not title and (zone_kind(block.text) is not None or NOT_LESSON_HEADING.search(block.text))
        for block in blocks
        if block.kind == "heading"
    )


# A paragraph answering the lesson above it or instructing whoever presents it: "Our response: ...",
# "Partnership response: ...", "The Board's response: ...", "Trainer's note: ...", "Facilitator notes: ...".
ANSWER_OR_NOTE = re.compile(
    r"^(?:(?:our|(?:the\s+)?(?:partnership|partners|board|executive|committee|trust|agency)(?:['’]s|s['’])?|partnership|agency|board|"
    r"executive|management|single[- ]agency)\s+response|"
    r"(?:trainer|facilitator|presenter)(?:'?s|s')?\s+notes?|notes?\s+(?:for|to)\s+(?:the\s+)?(?:trainer|facilitator|presenter)s?)"
    r"\s*:\s+(?=\S)",
    re.I,
)


def without_answers(blocks: list[Block]) -> list[Block]:
    """Blocks without the paragraphs that answer a lesson or note how to present it ("Our response:
    ...", "Trainer's note: ..."): never a lesson nor part of one."""
    return [block for block in blocks if not (block.kind == "para" and ANSWER_OR_NOTE.match(block.text))]
