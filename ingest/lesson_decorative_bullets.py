"""Ingest stage: Word's decorative bullets typed into the text, read as the points they mark.

A document whose list marks were typed as characters ("\u2756 ", "\u27a4 ") rather than
made by a list style keeps them at the head of its paragraphs. The usual
bullets ("\u2022", "\u25aa", "\u27a2") are read as list items as the blocks are built
(ingest/blocks.py); a decorative mark outside that set (a dingbat such as
"\u2756") is left in a paragraph's text. Where such marked paragraphs each
open a run of items (the sub-bullets under them), each is one point: the
marked sentence completed by its items, the glyph dropped, made one item
for the walk. Metadata reads the blocks as they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# A decorative mark opening a paragraph: a dingbat (U+2700-U+27BF), a geometric shape (U+25A0-U+25FF) or a
# miscellaneous symbol (U+2600-U+26FF), then a space
DECORATIVE_MARK = re.compile(r"^\s*[\u2600-\u27bf\u25a0-\u25ff]\s+(?=\S)")
MIN_POINTS = 2  # one marked paragraph may be a flourish; a run of them is a list


def _point(block: Block) -> bool:
    """A marked paragraph that is a sentence of its own (not a lead-in ending ":")."""
    return block.kind == "para" and bool(DECORATIVE_MARK.match(block.text)) and block.text.rstrip()[-1:] in ".!?"


def decorative_points(blocks: list[Block]) -> list[Block]:
    """The blocks with each decoratively marked paragraph and the items under it made one item."""
    opening = [i for i, b in enumerate(blocks) if _point(b) and i + 1 < len(blocks) and blocks[i + 1].kind == "item"]
    if len(opening) < MIN_POINTS:
        return blocks
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if index - 1 not in opening:
            out.append(block)
            continue
        parts = [DECORATIVE_MARK.sub("", block.text).strip()]
        last = block
        while index < len(blocks) and blocks[index].kind == "item":
            last = blocks[index]
            parts.append(last.text.strip())
            index += 1
        out.append(replace(block, kind="item", text=" ".join(parts), page_end=last.page_end))
    return out
