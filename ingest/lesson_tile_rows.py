"""Ingest stage: tiles set side by side in a layout table read tile by tile, before the walk.

A designed page may set its lessons as tiles two or three to a row: a row of headings ("Learning 1:
title" / "Learning 2: title", or a briefing's "3. Learning: title" / "4. Learning: title") over a row of
their texts, cell under cell. The readers give each row whole, so every heading comes before every
text; the reader of the page reads each column down, left tile before right. Each pair of rows whose
upper cells are short headings, one at least naming a lesson, and whose lower cells say something in
sentences is read as each column's heading over its text. When the headings number a briefing's
parts and some part is no lesson ("1. Background"), the numbers number the parts and are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_briefing_tables import PART_NUMBER
from ingest.lesson_cues import zone_kind
from ingest.lesson_patterns import LABEL

MAX_HEADING_WORDS = 12
MIN_TILES = 2


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def _heading(cell: str) -> bool:
    text = _clean(cell)
    return not text or (len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ";", ",")))


def _names_lesson(cell: str) -> bool:
    """Whether a tile's heading names one lesson: a label or a kind with the lesson's title after it
    ("Learning 2: title", "Learning: title"); a column's header naming a kind alone ("Recommendation") is none."""
    text = PART_NUMBER.sub("", _clean(cell), count=1)
    return ":" in text.rstrip(":") and (LABEL.match(text) is not None or zone_kind(text) is not None)


def _said(cell: str) -> bool:
    text = _clean(cell)
    return not text or (len(text.split()) >= 4 and text.endswith((".", "!", "?")))


def _tiles(head: Block, body: Block) -> bool:
    cells = len(head.cells)
    return (
        head.kind == body.kind == "row"
        and cells >= MIN_TILES
        and len(body.cells) == cells
        and all(_heading(c) for c in head.cells)
        and any(_clean(c) for c in head.cells)
        and all(_said(c) for c in body.cells)
        and any(_clean(c) for c in body.cells)
    )


def _runs(blocks: list[Block]) -> dict[int, list[int]]:
    """The runs of tile pairs, row pair after row pair, by the index of the first: each pair's heading row."""
    runs: dict[int, list[int]] = {}
    index = 0
    while index < len(blocks) - 1:
        run: list[int] = []
        while index < len(blocks) - 1 and _tiles(blocks[index], blocks[index + 1]):
            run.append(index)
            index += 2
        after = blocks[index] if index < len(blocks) else None
        if run and not (after is not None and after.kind == "row" and len(after.cells) == len(blocks[run[-1]].cells)):
            runs[run[0]] = run  # (a header over more rows than one is a table's, never tiles)
        else:
            index += 1
    return runs


def tile_rows(blocks: list[Block]) -> list[Block]:
    """Blocks with every run of rows of tile headings over rows of their texts, one heading at least
    naming a lesson, read column by column: each heading a heading over its text."""
    runs = _runs(blocks)
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        run = runs.get(index)
        heads = [_clean(c) for i in run or () for c in blocks[i].cells if _clean(c)]
        if not run or not any(_names_lesson(h) for h in heads):
            out.append(blocks[index])
            index += 1
            continue
        # "1. Background" beside "3. Learning: title": the numbers number a briefing's parts
        numbered = all(PART_NUMBER.match(h) for h in heads) and not all(_names_lesson(h) for h in heads)
        for at in run:
            head, body = blocks[at], blocks[at + 1]
            bare = replace(head, cells=(), lead="", emphasis=())
            for top, text in zip(head.cells, body.cells, strict=True):
                name = PART_NUMBER.sub("", _clean(top), count=1) if numbered else _clean(top)
                if name:
                    out.append(replace(bare, kind="heading", level=2, text=name, bold=True))
                if _clean(text):
                    out.append(replace(body, kind="para", level=0, text=_clean(text), cells=(), lead="", emphasis=()))
        index = run[-1] + 2
    return out
