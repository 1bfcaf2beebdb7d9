"""Ingest stage: text pasted from a PDF a line a paragraph, joined back before the lesson walk.

A web page (or a document) whose body was pasted from a PDF keeps the PDF's
line ends as paragraph ends: every paragraph of the report is several, the
later ones opening mid-sentence in lower case, a word hyphenated at the
line end ("signifi-" / "cant"), and at each of the PDF's page ends its
"Page N of M" and the running header pasted inside the text. Where a
document reads so (several paragraphs left open and carried on in lower
case), the page lines are taken out and each paragraph carried on is joined
to the one before, mending the hyphenation as the lines of a PDF's
paragraph are (ingest/block_cues.py join_lines). Metadata reads the blocks as
they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.block_cues import join_lines
from ingest.layout import Block

PAGE_OF = re.compile(r"^\s*page\s+\d{1,4}\s+of\s+\d{1,4}\s*$", re.I)
MIN_BREAKS = 3  # one paragraph carried on in lower case may be a quirk; several are a pasted PDF
_TEXT_KINDS = ("para", "item")


def _open(block: Block) -> bool:
    """A paragraph or item left open: its last line ends no sentence nor clause."""
    return block.kind in _TEXT_KINDS and not block.text.rstrip().endswith((".", "!", "?", ":", ";", '"', "\u201d"))


def _carries_on(before: Block, block: Block) -> bool:
    return _open(before) and block.kind == "para" and block.text[:1].islower()


def _running_header(block: Block, headers: set[str]) -> bool:
    """A running header pasted beside a page number: a short unpunctuated line, "<title> | <status>"."""
    text = block.text.strip()
    return (
        block.kind == "para"
        and len(text.split()) <= 16
        and not text.endswith((".", "!", "?", ":", ";"))
        and (" | " in text or text in headers or any(text.startswith(h) for h in headers))
    )


def _without_page_lines(blocks: list[Block]) -> list[Block]:
    headers = {b.text.strip() for b in blocks if b.kind == "heading" and b.level == 1 and b.text.strip()}
    dropped: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != "para" or not PAGE_OF.match(block.text):
            continue
        dropped.add(index)
        for near in (index - 1, index + 1):
            if 0 <= near < len(blocks) and _running_header(blocks[near], headers):
                dropped.add(near)
    return [block for index, block in enumerate(blocks) if index not in dropped]


def joined_pasted_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with a pasted PDF's lines joined back into its paragraphs (see the module's docstring)."""
    if sum(_carries_on(a, b) for a, b in zip(blocks, blocks[1:])) < MIN_BREAKS:
        return blocks
    out: list[Block] = []
    for block in _without_page_lines(blocks):
        if out and _carries_on(out[-1], block):
            last = out[-1]
            out[-1] = replace(last, text=join_lines(last.text.rstrip(), block.text.strip()), page_end=block.page_end)
            continue
        out.append(block)
    return out
