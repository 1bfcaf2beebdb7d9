"""Ingest stage: lesson segmentation, a walk step for record tables: one small two-column table per lesson.

A record table prints one lesson's fields down its rows, each row a field's name beside its value. It
opens on a header row naming the record: "Ref. | R1" (the label alone) or "Finding 2 | Transfer between
areas" (a labelled lesson's title). Its rows then say what each value is: the lesson ("Recommendation",
"What we found", "Recommendation 2"), its lead ("Lead agency", "Lead"), or only what tracks or supports it
("By when", "How will we know?", "Evidence from this case"), never a lesson. The record runs until a
block that is not such a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.block_cues import LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_cues import kind_of_label
from ingest.lesson_table_columns import AGENCY_HEADER, TEXT_HEADER, _named_kind
from ingest.lesson_text_cues import title_line

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk

# The name of a record's reference field: "Ref.", "Reference", "No.", "Number".
REFERENCE_FIELD = re.compile(r"^(?:ref(?:erence)?|no|number)\.?:?$", re.I)
# A reference's value: "R1", "3", "LP2", "1.4".
REFERENCE_VALUE = re.compile(r"^(?:[A-Z]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})?\.?$")


@dataclass
class Record:
    """The record a record table's header row names: its label, and the title of the lesson it labels."""

    label: str
    title: str = ""
    title_kind: str = ""  # the kind of lesson the header's label names (its title is that lesson's)


def _pair(block: Block) -> tuple[str, str] | None:
    """A row's two cells, both filled; None for any other block."""
    if block.kind != "row" or len(block.cells) != 2:
        return None
    name, value = (c.strip() for c in block.cells)
    return (name, value) if name and value else None


def _run_together(block: Block) -> tuple[str, str] | None:
    """A heading's label and the words after it ("Finding 2 Transfer between areas", "Ref. R1")."""
    if block.kind != "heading":
        return None
    text = block.text.strip()
    label = LESSON_LABEL.match(text)
    if label is not None:
        return label.group(0).strip(" .:-–"), text[label.end() :].strip(" .:-–")
    reference = re.match(r"(?P<name>\S+)\s+(?P<value>\S+)$", text)
    return (reference.group("name"), reference.group("value")) if reference else None


def _whole_label(cell: str) -> re.Match[str] | None:
    """A field's name that is a lesson's label alone ("Recommendation 2"), read back together when a narrow
    column broke its word ("Recomm endation 2")."""
    for name in (cell, re.sub(r"(?<=[a-z])\s(?=[a-z]+\s+\d)", "", cell)):
        label = LESSON_LABEL.match(name)
        if label is not None and label.end() >= len(name.rstrip(" .:")):
            return label
    return None


def _field_name(cell: str) -> bool:
    """Whether a cell reads as a field's name: a few words, no sentence."""
    return 1 <= len(cell.split()) <= 6 and not cell.rstrip("?").endswith((".", ";", ",")) and cell[:1].isupper()


def _header(block: Block) -> Record | None:
    """The record a header row names: "Ref. | R1", or "Finding 2 | Transfer between areas" (a shaded header
    row may read as a heading, its cells run together: "Finding 2 Transfer between areas")."""
    pair = _pair(block) or _run_together(block)
    if pair is None:
        return None
    name, value = pair
    if REFERENCE_FIELD.match(name) and REFERENCE_VALUE.match(value):
        return Record(value.rstrip("."))
    label = LESSON_LABEL.match(name)
    if label is not None and label.end() >= len(name.rstrip(" .:")) and title_line(value) and len(value) < 90:
        return Record(name.rstrip(" .:"), value, kind_of_label(label.group("word")))
    return None


def _opens_record(w: LessonWalk, record: Record) -> bool:
    """Whether the row after a header row is a field of the record: a field's name beside a sentence."""
    after = _pair(w.following) if w.following is not None else None
    return (
        after is not None
        and _field_name(after[0])
        and _header(w.following) is None  # type: ignore[arg-type]
        and (TEXT_HEADER.search(after[0]) is not None or LESSON_LABEL.match(after[0]) is not None)
    )


def record_table_row(w: LessonWalk) -> bool:
    """A row of a record table: its header, its lesson, its lead, or a field that is never a lesson."""
    if w.record is not None and _pair(w.block) is None:
        w.record = None
    header = _header(w.block)
    if header is not None and _opens_record(w, header):
        w.record = header
        w.current = None
        return True
    pair = _pair(w.block)
    if w.record is None or pair is None or not _field_name(pair[0]):
        return False
    name, value = pair
    record = w.record
    label = _whole_label(name)
    if label is not None:
        # "Recommendation 2 | ...": a lesson labelled in its own field
        kind, printed = kind_of_label(label.group("word")), label.string.rstrip(" .:")
    elif TEXT_HEADER.search(name) and not AGENCY_HEADER.search(name):
        # "Recommendation | ...", "What we found | ...": the record's lesson, labelled by its header
        kind, printed = _named_kind(name.lower()), record.label
    elif AGENCY_HEADER.search(name):
        if w.current is not None and not w.current.agency and w.current.kind != "good_practice":
            w.current.agency = value.strip(" .")
        return True
    else:
        return True  # "By when", "How will we know?", "Evidence from this case": the record's, never a lesson
    titled = bool(record.title) and kind == record.title_kind
    text = f"{record.title} {value}" if titled else value
    w.start_whole(kind, printed, text, w.block)
    if titled:
        w.current.title = record.title  # type: ignore[union-attr]
    return True
