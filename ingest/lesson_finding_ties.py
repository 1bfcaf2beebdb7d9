"""Ingest stage: lesson segmentation - the clause tying a recommendation to the finding it answers.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that opens
each recommendation by naming the finding behind it, before a colon: "5.1 In the light of Finding 1,
the review recommends: The LSCB should ...", "Arising from Finding 2: Adult mental health crisis
teams should ...", "To address Findings 2 and 3, the review recommends: ...". The clause points back
at a lesson already stated; the recommendation is what follows the colon. The clause is set aside
where it names a finding (learning point, theme) by number after words of its own (two at least, not
a label's "Key finding 1:"), holds no sentence of its own and the
words after it ask something of someone (lesson_patterns.ASKS); a paragraph number before it stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import ASKS

# "In the light of Finding 1, the review recommends:", "Arising from Findings 2 and 3:" after an optional "5.1".
TIE = re.compile(
    r"^(?P<num>\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?"
    r"(?P<clause>[A-Z][a-z]*(?:[\s,]+[A-Za-z'’]+){1,12}?[\s,]+(?:findings?|learning(?:\s+points?)?|themes?)\s+"
    r"\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*\b[^:.!?;]{0,60}):\s+(?=(?-i:[A-Z]))",
    re.I,
)
# Words that open a label rather than a tie: "Key finding 1:", "Main learning point 2:" name a lesson of their own.
LABEL_WORDS = re.compile(r"^(?:key|main|new|further|additional|emerging|overall|summary)\b", re.I)


def _untied(text: str) -> str:
    """The text without a tie to a finding before its ask, or the text as it was."""
    match = TIE.match(text)
    if match is None or LABEL_WORDS.match(match.group("clause")) or not ASKS.search(text[match.end() :]):
        return text
    return (match.group("num") or "") + text[match.end() :]


def without_finding_ties(blocks: list[Block]) -> list[Block]:
    """Blocks with each recommendation's opening tie to a finding ("Arising from Finding 2:") set aside."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind in ("para", "item"):
            text = _untied(block.text)
            if text != block.text:
                block = replace(block, text=text, lead="")
        elif block.kind == "row" and block.cells:
            cells = tuple(_untied(cell) for cell in block.cells)
            if cells != block.cells:
                block = replace(block, cells=cells, text=" | ".join(cells))
        kept.append(block)
    return kept
