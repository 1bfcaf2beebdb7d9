"""Lesson segmentation, a recommendations table grouped by agency: the full-width row naming an agency.

A table of recommendations ("No. | Recommendation | Timescale") may group its rows under rows that span
the whole table and name the agency asked to act ("Police", "All partner agencies", "LSCB"), the numbering
running on through the groups. A web page or a Word table keeps such a row as a row of one cell; a PDF
loses the table's lines and reads it as a short paragraph between the rows, a plain text as a heading. Either way the row is no
lesson: it is the lead agency of the recommendations under it, up to the next group row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lesson_agency_groups import agency_group_name

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def table_agency_group(w: LessonWalk) -> bool:
    """A row spanning a recommendations table (or the paragraph or heading a PDF or a plain text makes of
    it) that names an agency, between the table's rows: the lead agency of the rows under it."""
    columns = w.table_columns
    z = w.zone()
    if (
        z is None
        or z.kind != "recommendation"
        or columns is None
        or columns.text is None
        or columns.count < 2
        or w.following is None
        or w.following.kind != "row"
    ):
        return False
    if w.block.kind == "row":
        cells = [c.strip() for c in w.block.cells if c.strip()]
        if len(cells) != 1:
            return False
        text = cells[0]
    elif w.block.kind in ("para", "heading") and w.index and w.blocks[w.index - 1].kind == "row":
        text = w.block.text.strip()
    else:
        return False
    name = agency_group_name(text)
    if not name:
        return False
    z.agency = name
    w.agency_groups.add(id(z))
    w.current = None
    return True
