"""Ingest stage: a table row whose other cells are empty, read back as a row of its table, before the walk.

A reader keeps only a row's filled cells, so a row with one cell filled comes out as a paragraph between
two rows of its table, where it is lost or taken for narrative. Two such rows are known by their table:
- under a header naming an Agency (or Lead) column, a row whose Agency cell is left empty below the row
  naming the agency for its group: its text opens a sentence of its own, like the text column's cells
  ("Agency | Single-agency recommendation" over "| All agencies should ...");
- under the header printed again over a page break, the rest of the cell the page broke, its other
  cells empty ("No. | Recommendation | Lead agency" repeated over "| professional differences ... |").
Either goes back into the table's text column (the longest of the row after it, a sentence), the other
cells empty, and the walk reads the empty cells as the table does: an empty Agency cell carries the
agency of the row above (ingest/lesson_tables.py), an empty number the lesson goes on. A paragraph in
other type than the rows (a footnote at the page's foot, a sidebar beside a layout table) is no row.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_table_columns import header_columns

SENTENCE_END = (".", "!", "?", ";", ":")
MIN_WORDS = 6  # a cell of the text column is a sentence or the part of one, never a name
SAME_TYPE = 0.5  # points: a row's cell is set in the type of the table's other cells


def _sentence(text: str) -> bool:
    return len(text.split()) >= MIN_WORDS and (text.rstrip().endswith(SENTENCE_END) or text[:1].islower())


def _text_column(row: Block) -> int | None:
    """The column of a row's text (its longest cell, a sentence), or None."""
    column = max(range(len(row.cells)), key=lambda i: len(row.cells[i]))
    return column if _sentence(row.cells[column]) else None


def _header(out: list[Block]) -> Block | None:
    """The first row of the table whose rows end `out` (its header, when it is one)."""
    index = len(out)
    while index and out[index - 1].kind == "row" and len(out[index - 1].cells) == len(out[-1].cells):
        index -= 1
    return out[index] if index < len(out) else None


def _empty_cell_row(block: Block, before: Block | None, after: Block | None, header: Block | None) -> bool:
    """Whether a paragraph between `before` and `after` is a row of their table with its other cells empty."""
    if (
        block.kind != "para"
        or before is None
        or after is None
        or header is None
        or before.kind != "row"
        or after.kind != "row"
        or len(before.cells) != len(after.cells)
        or len(after.cells) < 2
        or not _sentence(block.text)
        or not before.page_start <= block.page_start <= after.page_start
        or (block.size and after.size and abs(block.size - after.size) > SAME_TYPE)
    ):
        return False
    if before is not header and before.cells == header.cells:
        return True  # under the header repeated over a page break: the rest of the broken cell
    columns = header_columns([c.strip().lower() for c in header.cells])
    # an Agency cell left empty: the row's text opens a sentence of its own, as the rows around it do
    return columns is not None and columns.agency is not None and block.text[:1].isupper()


def rows_with_empty_cells(blocks: list[Block]) -> list[Block]:
    """Blocks with every paragraph that is a row of the table around it, its other cells empty (an Agency
    cell printed once for its group, a cell carried over a page under the repeated header), read as that row."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        before = out[-1] if out else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        header = _header(out) if before is not None and before.kind == "row" else None
        column = _text_column(after) if after is not None and after.kind == "row" and after.cells else None
        if column is None or after is None or not _empty_cell_row(block, before, after, header):
            out.append(block)
            continue
        cells = tuple(block.text if i == column else "" for i in range(len(after.cells)))
        out.append(replace(block, kind="row", text=block.text, cells=cells, lead=""))
    return out
