"""Lesson segmentation, a table whose column names each row's kind: "No. | Type | Summary".

A summary table may list a review's findings, learning, good practice and recommendations together, one
a row, with a column headed "Type" (or "Kind", "Category", "Type of lesson") whose cell names the row's
kind ("Finding", "Learning", "Good practice", "Recommendation") beside the column holding its text
("Summary", "Description", "Detail"). Every row naming a kind is a lesson of that kind, wherever the
table stands (under a heading that names no kind of lesson, as "Summary of the review", too); the kind
cell is never part of its text. Read by the table rows' reader, ingest/lesson_tables.py, which asks
this module which header cell names the kinds and which kind a row's cell names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.lesson_table_columns import Columns

# The header of the column naming each row's kind: "Type", "Kind", "Category", "Type of lesson".
KIND_HEADER = re.compile(
    r"^(?:type|kind|category)(?:\s+of\s+(?:lesson|learning|item|entry|point|issue|message))?\s*:?$", re.I
)

# The header of the column beside it holding each row's text.
TEXT_BESIDE_KIND = re.compile(
    r"^(?:(?:brief\s+|short\s+)?summary|description|details?|text|content|what\s+the\s+review\s+(?:says|found)|"
    r"(?:lesson|learning|item|point|message)\s+(?:text|summary|description))$",
    re.I,
)

# A kind cell's words and the kind each names ("Key finding", "Learning point", "Good practice").
_CELL_KINDS = (
    (re.compile(r"^(?:key\s+|main\s+)?findings?$", re.I), "finding"),
    (re.compile(r"^(?:key\s+)?(?:learning(?:\s+points?)?|lessons?(?:\s+learn(?:ed|t))?)$", re.I), "learning_point"),
    (re.compile(r"^(?:good|positive|notable|effective)\s+practice$|^strengths?$", re.I), "good_practice"),
    (re.compile(r"^recommendations?$", re.I), "recommendation"),
)


def kind_column(lowered: list[str]) -> int | None:
    """The index of a header row's cell naming the kind of each row ("Type"), when the row has one."""
    return next((i for i, c in enumerate(lowered) if KIND_HEADER.match(c.strip())), None)


def text_beside_kind(lowered: list[str], kinds: int) -> int | None:
    """The column holding each row's text in a table with a kind column: the one headed "Summary"
    ("Description", "Detail"), or None when no header names it."""
    return next((i for i, c in enumerate(lowered) if i != kinds and TEXT_BESIDE_KIND.match(c.strip())), None)


def cell_kind(cell: str) -> str | None:
    """The kind of lesson a kind cell names ("Good practice": good_practice), or None."""
    words = re.sub(r"\s+", " ", cell.strip(" .:*")).strip()
    return next((kind for pattern, kind in _CELL_KINDS if pattern.match(words)), None)


def row_kind(cells: list[str], columns: Columns | None) -> str | None:
    """The kind a row's kind cell names, in a table with a kind column ("No. | Type | Summary"), or None."""
    if columns is None or columns.kinds is None:
        return None
    at = columns.at(columns.kinds, len(cells))
    return cell_kind(cells[at]) if at is not None and 0 <= at < len(cells) else None
