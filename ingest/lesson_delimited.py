"""Lesson segmentation, before the walk: records printed one a paragraph with their fields separated by
" | " (a register or log exported as text into a web page or document) made table rows.

A header paragraph naming the fields ("Ref | Review | Type | Status | Published | Key learning") over
paragraphs with as many fields is a table: its paragraphs become rows with cells, so the table rules
read the lesson column as they read any table's.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block

SEPARATOR = " | "


def _cells(block: Block) -> list[str]:
    return [cell.strip() for cell in block.text.split(SEPARATOR)] if block.kind == "para" else []


def delimited_rows(blocks: list[Block]) -> list[Block]:
    """The blocks, a run of " | "-separated paragraphs (three fields or more, a header and at least two
    records with as many fields) made rows."""
    out = list(blocks)
    index = 0
    while index < len(out):
        header = _cells(out[index])
        width = len(header)
        end = index + 1
        while end < len(out) and len(_cells(out[end])) == width:
            end += 1
        if width >= 3 and end - index >= 3 and all(cell and len(cell) <= 40 for cell in header):
            for at in range(index, end):
                cells = tuple(_cells(out[at]))
                out[at] = replace(out[at], kind="row", cells=cells, text=SEPARATOR.join(cells))
            index = end
        else:
            index += 1
    return out
