"""Ingest stage: a table flattened into tab-separated lines, its last cell read as a lead agency.

Runs where pages are normalised (`ingest.clean.normalise_pages`), on the raw lines before spaces are
collapsed (the tabs and runs of spaces between cells are what mark them). A conversion that flattens a
recommendations table ("No.<tab>Recommendation<tab>Lead agency", then "1<tab>text ...<tab>agency", the
text copy's rows wrapped) leaves each row's last cell at the end of its text's last line. That cell is put
on a line of its own under the text as the field "Lead agency: <agency>", the form
`ingest.lesson_agency_lines` reads.
"""

from __future__ import annotations

import re

_CELL_GAP = re.compile(r"\t+| {2,}")
_AGENCY_HEADER = re.compile(
    r"^(?:lead\s+)?(?:agency|agencies|organisation|responsible(?:\s+agency)?|owner|lead)$", re.I
)
_ROW_END = re.compile(r"(?<=[.!?])(?:\t+| {2,})(?P<who>[A-Z][^\t.!?]{1,60}?)\s*$")


def bracket_table_agencies(lines: list[str]) -> list[str]:
    """The lines with each flattened row's last cell set under its text as "Lead agency: ..." (the two
    parted by a newline inside the line, which the caller splits into two lines)."""
    out = list(lines)
    inside = False
    for i, line in enumerate(lines):
        if "\f" in line:
            inside = False
        cells = [c.strip() for c in _CELL_GAP.split(line.strip()) if c.strip()]
        if len(cells) >= 3 and _AGENCY_HEADER.match(cells[-1]) and len(line) < 80:
            inside = True
            continue
        if not inside or not line.strip():
            continue
        row_end = _ROW_END.search(line)
        if row_end and len(row_end["who"].split()) <= 6:
            out[i] = line[: row_end.start()] + f"\nLead agency: {row_end['who'].strip()}"
        elif not _CELL_GAP.search(line.strip()) and len(line.strip()) < 60 and line.strip()[-1:].isalpha():
            inside = False  # a heading after the table
    return out
