"""Ingest stage: a closing page of tiles repeating the lessons set aside, before the walk.

A report may close with "Learning on a page": a table of tiles, two or three to a row, each headed by a
lesson's own heading ("Learning 1: Professional curiosity") over the lesson's first sentence or two.
Every word of it is printed earlier in the report, so the tiles are never lessons and never second
copies. A run of table rows is such a page when one of its cells repeats an earlier heading word for
word and every other cell's words are found earlier (a heading's or a paragraph's); it goes.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.words import word_line

MIN_CELLS = 2  # tiles stand side by side


def _repeats_earlier(run: list[Block], headings: set[str], before: str) -> bool:
    cells = [word_line(c) for row in run for c in row.cells if word_line(c)]
    if not cells or not any(c in headings for c in cells):
        return False
    return all(c in headings or f" {c} " in before for c in cells)


def without_repeated_tiles(blocks: list[Block]) -> list[Block]:
    """Blocks less every run of table rows whose cells only repeat headings and sentences printed
    before them, one cell at least a heading word for word ("Learning on a page")."""
    out: list[Block] = []
    headings: set[str] = set()
    said: list[str] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "row" or len(block.cells) < MIN_CELLS:
            if block.kind == "heading":
                headings.add(word_line(block.text))
            if block.kind in ("heading", "para", "item"):
                said.append(word_line(block.text))
            out.append(block)
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "row" and len(blocks[end].cells) >= MIN_CELLS:
            end += 1
        run = blocks[index:end]
        if not _repeats_earlier(run, headings, " " + " ".join(said) + " "):
            out.extend(run)
            said.extend(word_line(c) for row in run for c in row.cells)
        index = end
    return out
