"""Ingest stage: lesson segmentation - a pull quote repeating a sentence of the text it is set in.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that lifts one
sentence of a lesson into a box in quotation marks, set among the lesson's paragraphs ("Services worked
with individuals rather than with the family as a whole." printed again, quoted, after the sentence).
The box says again what the text already says: never a lesson nor part of one. A paragraph that is a
quotation, whole, whose words are printed in another paragraph of its section (between the same
headings), is set aside.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# A paragraph in quotation marks from end to end: straight or curly, double or single.
QUOTED = re.compile(r"^\s*[\"“‘'](?P<words>[^\"“”]{12,}?)[\"”’']\s*$")


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


def _repeated(blocks: list[Block], index: int) -> bool:
    """blocks[index] is a quotation whose words another paragraph of its section prints."""
    match = QUOTED.match(blocks[index].text) if blocks[index].kind == "para" else None
    if match is None:
        return False
    words = _words(match.group("words"))
    start = index
    while start > 0 and blocks[start - 1].kind != "heading":
        start -= 1
    end = index + 1
    while end < len(blocks) and blocks[end].kind != "heading":
        end += 1
    return any(
        other != index and blocks[other].kind in ("para", "item") and words in _words(blocks[other].text)
        for other in range(start, end)
    )


def without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """Blocks less the pull quotes that repeat a sentence of their section's text."""
    return [block for index, block in enumerate(blocks) if not _repeated(blocks, index)]
