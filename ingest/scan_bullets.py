"""Ingest stage: a scanned bulleted list whose bullet marks the OCR lost, read before lesson
segmentation (ingest/lessons.py).

A scan may drop a list's bullets and leave its items as paragraphs set in the list's indented column.
Under a heading naming lessons ("Key findings"), a section whose every block is such a paragraph,
indented past the heading, is a list: each paragraph opening with a capital is an item, and one opening
in lower case (a wrapped line the OCR set apart, "concerns.") carries on the item before it.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import zone_kind

INDENT = 10.0  # points past the heading's left edge that set a paragraph in a list's column
EDGE = 4.0  # points either side of the column's left edge


def lost_bullets(blocks: list[Block]) -> list[Block]:
    """Blocks with the indented paragraphs under a lesson heading made the items they were."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if (
            block.kind != "heading"
            or not block.x0
            or zone_kind(block.text) not in ("finding", "learning_point", "good_practice")
        ):
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "para":
            end += 1
        run = blocks[index:end]
        column = run[0].x0 if run else 0.0
        if (
            len(run) < 2
            or column - block.x0 < INDENT
            or any(abs(b.x0 - column) > EDGE for b in run)
            or sum(b.text[:1].isupper() for b in run) < 2
            or not run[0].text[:1].isupper()
        ):
            continue
        for b in run:
            if b.text[:1].islower() and out[-1].kind == "item":
                last = out[-1]
                out[-1] = replace(last, text=f"{last.text} {b.text}", page_end=b.page_end)
            else:
                out.append(replace(b, kind="item"))
        index = end
    return out
