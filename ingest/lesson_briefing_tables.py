"""Ingest stage: a briefing laid out as a two-column table of its parts, read part by part, before the walk.

A "7-minute briefing" and its kin may print their parts as the rows of one table, the part's name in
the left cell ("3. What the review found", "What went well") and what it says in the right
("Section | Briefing" over them as the header, or no header at all). Read as rows, the part's name
would be a side head over a lesson of no kind; read as the reader reads it, each row is a heading
over its text, so the walk meets the part's name as a section of the briefing (a finding's, a
learning point's, good practice's, a recommendation's, or none: "What happened", "Questions to
consider") and its text as what that section says. A table is such a briefing when its left cells
are short names, no labelled lesson among them ("Finding 1", "R2"), two or more of them name lesson
sections of different kinds, and every right cell says something in sentences (a record's fields, "Lead |
Police", are no briefing); its header row, if any, is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_patterns import LABEL

# "3. What the review found", "(4) What we learned", "5 - What went well": the part's number before its name
PART_NUMBER = re.compile(r"^\(?\d{1,2}\)?\s*[.):–—-]?\s+(?=\S)")
MAX_NAME_WORDS = 8  # a part's name is a short line, never a sentence
MIN_PARTS = 3  # a briefing has a few parts; two rows may be any small table
MIN_SAID_WORDS = 4  # what a part says is a sentence or more
MIN_LESSON_KINDS = 2  # parts of two kinds of lesson at least: a table of one kind is a table of lessons


def _name(cell: str) -> str:
    return PART_NUMBER.sub("", " ".join(cell.split()), count=1)


def _part_name(cell: str) -> bool:
    """Whether a left cell reads as a briefing's part name: short, not a sentence, not a lesson's label."""
    name = _name(cell)
    return (
        bool(name)
        and len(name.split()) <= MAX_NAME_WORDS
        and not name.endswith((".", ";", ","))
        and not name[:1].islower()
        and LABEL.match(name) is None
    )


def _said(cell: str) -> bool:
    """Whether a right cell says something in sentences, as a briefing's part does (a record's field beside
    a name, "Lead | Police", or a date is no part)."""
    text = " ".join(cell.split())
    return len(text.split()) >= MIN_SAID_WORDS and text.endswith((".", "!", "?"))


def _header(row: Block) -> bool:
    """A header row over the parts ("Section | Briefing"): two short cells, neither a lesson section."""
    return all(len(c.split()) <= 3 and zone_kind(_name(c)) is None for c in row.cells)


def _briefing(rows: list[Block]) -> list[Block] | None:
    """The run's rows as part headings over their texts, when the run is a briefing's table of parts."""
    body = rows[1:] if _header(rows[0]) else rows
    if len(body) < MIN_PARTS or not all(_part_name(r.cells[0]) and _said(r.cells[1]) for r in body):
        return None
    kinds = {k for r in body if (k := zone_kind(_name(r.cells[0])))}
    if len(kinds) < MIN_LESSON_KINDS:
        return None
    out: list[Block] = []
    for row in body:
        bare = replace(row, cells=(), lead="", emphasis=())
        out.append(replace(bare, kind="heading", level=2, text=_name(row.cells[0]), bold=True))
        out.append(replace(bare, kind="para", level=0, text=" ".join(row.cells[1].split()), bold=False))
    return out


def briefing_tables(blocks: list[Block]) -> list[Block]:
    """Blocks with every run of two-column table rows that is a briefing's table of parts read as each
    part's name (its number dropped) as a heading over its text; other blocks as they are."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "row" or len(block.cells) != 2:
            out.append(block)
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "row" and len(blocks[end].cells) == 2:
            end += 1
        run = blocks[index:end]
        out.extend(_briefing(run) or run)
        index = end
    return out
