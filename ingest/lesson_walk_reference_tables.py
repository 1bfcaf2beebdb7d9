"""Ingest stage: lesson segmentation, a walk step: reference tables printed among the lessons.

A review may print, between two lessons, a table that only helps the reader: a glossary ("Terms used in
this section" over "Term | Meaning", "Abbreviation | In full") or a summary of the agencies' contacts
("Table 1: ..." over "Date | Agency | Contact"). Its header row names only such columns; its rows are
never lessons nor part of the lesson before it, which may go on after the table. A chronology whose
comment column states learning ("Date | Agency | Event | Learning") names a further column and is read by
`chronology_row` instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.layout import Block

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk

# A glossary's columns: the word and what it stands for.
_GLOSSARY_TERM = re.compile(r"^(?:terms?|abbreviations?|acronyms?|initials|word)$")
_GLOSSARY_MEANING = re.compile(r"^(?:meanings?|definitions?|explanation|in full|full name|stands for|description)$")
# A summary of contacts: dated, then the agency and what happened.
_CONTACT_DATE = re.compile(r"^(?:dates?|date of contact|when)$")
_CONTACT_OTHER = re.compile(
    r"^(?:agency|agencies|organisation|service|contact|contacts|events?|what happened|details?|"
    r"description|summary|source|time|type of contact|outcome)$"
)


def _cell(text: str) -> str:
    return re.sub(r"[^a-z ]", "", text.lower()).strip()


def reference_header(block: Block) -> bool:
    """Whether a row is the header of a glossary or of a summary of contacts (only such columns named)."""
    if block.kind != "row" or len(block.cells) < 2:
        return False
    cells = [_cell(c) for c in block.cells]
    if _GLOSSARY_TERM.match(cells[0]) and len(cells) == 2 and _GLOSSARY_MEANING.match(cells[1]):
        return True
    return bool(_CONTACT_DATE.match(cells[0]) and all(_CONTACT_OTHER.match(c) for c in cells[1:]))


def reference_table_row(w: LessonWalk) -> bool:
    """A row of a glossary or of a summary of contacts (its header's row included): set aside."""
    if w.block.kind != "row":
        return False
    start = w.index
    while start > 0 and w.blocks[start - 1].kind == "row":
        start -= 1
    return reference_header(w.blocks[start])
