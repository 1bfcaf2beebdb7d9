"""Ingest stage: a margin note beside a paragraph set aside, before the walk.

A designed report may print a lesson's paragraph in the wide left cell of a layout table and, in a
shaded narrow cell beside it, a note headed "In short", "In brief" or "At a glance" that repeats the
paragraph's gist (its first sentence, most often). The readers give such a table as a two-cell row
("<paragraph> | In short <sentence>"), or, where the PDF reader sets the note's own text apart, a row
whose right cell is the note's heading alone followed by a smaller paragraph holding the repeated
words. Read as the reader reads it the row is the paragraph alone: the note is never a lesson, never
part of one, and never a second copy of one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.words import word_line

# The heading of a note that restates the paragraph beside it.
NOTE_HEADING = re.compile(
    r"^(?:in\s+(?:short|brief|summary|a\s+nutshell)|at\s+a\s+glance|the\s+short\s+version|key\s+(?:point|message))\b"
    r"\s*[:.\-–—]?\s*",
    re.I,
)
MIN_PARAGRAPH_WORDS = 12  # the left cell is a paragraph in sentences, not a field's value


def _restates(note: str, paragraph: str) -> bool:
    """Whether a note's words are the paragraph's own (empty: a note heading alone)."""
    said = word_line(note)
    return not said or said in word_line(paragraph)


def _noted_paragraph(block: Block) -> tuple[str, str] | None:
    """A row's paragraph and its note's text, when the row is a paragraph beside a note restating it."""
    if block.kind != "row" or len(block.cells) != 2:
        return None
    paragraph, note = (" ".join(c.split()) for c in block.cells)
    heading = NOTE_HEADING.match(note)
    if heading is None or len(paragraph.split()) < MIN_PARAGRAPH_WORDS or not paragraph.endswith((".", "!", "?")):
        return None
    rest = note[heading.end() :]
    return (paragraph, rest) if _restates(rest, paragraph) else None


def without_margin_notes(blocks: list[Block]) -> list[Block]:
    """Blocks with every paragraph printed beside a note restating it ("In short ...") read as the
    paragraph alone; a note's text the reader set apart after its row, when the note's heading stood
    alone in the row, goes with it."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        noted = _noted_paragraph(block)
        if noted is None:
            out.append(block)
            index += 1
            continue
        paragraph, rest = noted
        out.append(replace(block, kind="para", level=0, text=paragraph, cells=(), lead="", emphasis=()))
        index += 1
        after = blocks[index] if index < len(blocks) else None
        if (
            not rest
            and after is not None
            and after.kind == "para"
            and after.page_start == block.page_end
            and word_line(after.text)
            and _restates(after.text, paragraph)
        ):
            index += 1
    return out
