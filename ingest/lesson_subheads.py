"""Ingest stage: headings set in body type under a larger lesson-section heading, read as its sub-headings.

An infographic or a box grid titles each box with a short numbered line in the
body's type, bold ("1  Minor injuries"), under a section heading set large
("What we learned"). The number alone made such a line a top-level heading,
which closed the section it sits in; set smaller than the section's heading,
it is one of that section's sub-headings, each a lesson's title.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind


def body_type_subheadings(blocks: list[Block], body_size: float) -> list[Block]:
    """The blocks with each heading in body type (within half a point of the body's size, a section
    heading of a lesson kind set clearly larger above it, nothing but body-type headings and their text
    between) given the level below that section heading's."""
    if body_size <= 0:
        return blocks
    out: list[Block] = []
    section: Block | None = None
    for block in blocks:
        if block.kind == "heading":
            if block.size > body_size + 1.5:
                section = block if zone_kind(block.text) is not None else None
            elif (
                section is not None
                and 0 < block.size <= body_size + 0.5
                and block.level <= section.level
                and block.page_start == section.page_start
            ):
                block = replace(block, level=section.level + 1)
        out.append(block)
    return out
