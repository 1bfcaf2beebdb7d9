"""Ingest stage: lesson segmentation - a closing remark on a section's lessons as a whole.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A section of lessons
in plain paragraphs that ends on a paragraph speaking of them all together: "These areas of learning
were tested with practitioners at the learning event, who recognised them.", "None of this learning
is new.", "All of these findings were shared with the Board.". It points back at the lessons above it
and is none of them: the section's last paragraph, after two paragraphs at least, opening with a word
that gathers what came before ("These", "This", "All of these", "None of this") and the lessons' name.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# "These areas of learning ...", "None of this learning ...", "All these findings ...": the lessons as a whole.
REMARK = re.compile(
    r"^(?:these|this|all(?:\s+of)?\s+these|none\s+of\s+(?:this|these)|each\s+of\s+these)\s+"
    r"(?:(?:areas?|pieces?|points?|themes?)\s+of\s+)?(?:learning|lessons?|findings?|learning\s+points?)\b",
    re.I,
)


def _remark(blocks: list[Block], index: int) -> bool:
    block = blocks[index]
    if block.kind != "para" or not REMARK.match(block.text.strip()) or index < 2:
        return False
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (after is None or after.kind == "heading") and blocks[index - 1].kind == blocks[index - 2].kind == "para"


def without_closing_remarks(blocks: list[Block]) -> list[Block]:
    """Blocks less the paragraph closing a section of lessons that remarks on them all."""
    return [block for index, block in enumerate(blocks) if not _remark(blocks, index)]
