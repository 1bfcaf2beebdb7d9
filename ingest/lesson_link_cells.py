"""Ingest stage: lesson segmentation, a table cell that only links its row to other lessons.

A recommendations table may carry a column naming the learning each recommendation answers
("No. | Recommendation | Learning | Lead agency", its cells "Learning 2", "L1, L3", "Finding 4"):
the cell is a cross-reference to lessons recorded elsewhere, never a lesson of its own.
"""

from __future__ import annotations

import re

_REF = r"(?:[A-Z]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})?[a-z]?"
LINK_CELL = re.compile(
    r"^(?:see\s+)?(?:(?:key\s+)?(?:learning(?:\s+points?)?|findings?|lessons?|themes?|recommendations?)\s*)?"
    rf"{_REF}(?:\s*(?:,|;|/|&|and|\+)\s*(?:(?:learning(?:\s+points?)?|findings?|lessons?|themes?)\s*)?{_REF})*\.?$",
    re.I,
)


def link_cell(cell: str) -> bool:
    """Whether a table cell only names other lessons by their labels ("Learning 2", "L1, L3")."""
    return bool(LINK_CELL.match(cell.strip()))
