"""Ingest stage: a briefing laid out as a grid of numbered panels read panel by panel, before the walk.

A "7-minute briefing" and its kin print their parts as the cells of a table,
each cell opened by its panel's number and heading ("4 – What went well: ...",
"5 – What we learned: ...", "6 – What needs to change: ..."), the title alone
in a cell of its own. Read row by row the panels would be one row's text; read
as the reader reads them, each panel is a heading over its text, so the walk
meets the panel's heading as a part of the briefing ("What we learned") and its
text as what the part says. A cell that is no panel (the title, the publisher's
line) is no part of the panel before it: it is kept as a heading of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# "4 – What went well: text", "5. What we learned - text", "(6) What needs to change: text"
PANEL = re.compile(
    r"^\(?(?P<number>\d{1,2})\)?\s*[.–—-]?\s+(?P<heading>[A-Z][^:.?!]{2,50}?)\s*[:–—]\s+(?P<text>\S.*)$", re.S
)
MIN_PANELS = 5  # a grid has most of its panels numbered; fewer may be a table of numbered items


def _panel(cell: str) -> re.Match[str] | None:
    return PANEL.match(" ".join(cell.split()))


def grid_panels(blocks: list[Block]) -> list[Block]:
    """Table rows of a grid of numbered panels (at least five panels over the table, each row with
    two or more cells) as each panel's heading over its text, in reading order, the other cells as
    headings of their own; a document with no such grid is returned as it is."""
    rows = [b for b in blocks if b.kind == "row" and len(b.cells) >= 2]
    numbers = [int(m.group("number")) for b in rows for c in b.cells if (m := _panel(c))]
    if len(numbers) < MIN_PANELS or sorted(numbers) != list(range(1, len(numbers) + 1)):
        return blocks
    out: list[Block] = []
    for block in blocks:
        if block.kind != "row" or len(block.cells) < 2 or not any(_panel(c) for c in block.cells):
            out.append(block)
            continue
        for cell in block.cells:
            text = " ".join(cell.split())
            if not text:
                continue
            match = _panel(cell)
            if match is None:
                out.append(replace(block, kind="heading", level=2, text=text, cells=(), lead="", emphasis=()))
                continue
            heading = match.group("heading").strip()
            out.append(replace(block, kind="heading", level=3, text=heading, cells=(), lead="", emphasis=()))
            out.append(replace(block, kind="para", text=match.group("text").strip(), cells=(), lead="", emphasis=()))
    return out
