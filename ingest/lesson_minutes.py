"""Ingest stage: a meeting's minutes recording the lessons it agreed read as those lessons, before the walk.

Minutes of a review panel record each draft lesson as the panel decided on
it: "3.2 Learning point 1 was agreed as drafted: “...”", "3.3 Learning point 2
was agreed with an amendment. The draft read only “...”. The panel ... agreed:
“...”", "3.5 The panel did not agree draft learning point 4: “...”". The lesson
is the wording agreed, the last quotation of its minute, under its label; a
superseded draft is no part of it, a point not agreed no lesson, and the other
minutes of the item (who presented the drafts) none either. A scanned copy keeps
no type: its agenda items' headings ("5. Timescales", "Actions"), read as list
items or paragraphs, are set back as headings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.block_cues import LESSON_LABEL
from ingest.layout import Block

MINUTE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+")
# "Learning point 1 was agreed as drafted:", "Recommendation 2 was approved with an amendment."
AGREED = re.compile(
    r"^(?:draft\s+)?(?P<label>(?:[\w-]+\s+){0,2}?[\w-]+\s+\d{1,2})\s+(?:was|were|is)\s+(?:agreed|approved|accepted|endorsed)\b",
    re.I,
)
# "The panel did not agree draft learning point 4:", "Learning point 5 was not agreed", "... was rejected"
REJECTED = re.compile(
    r"\b(?:did\s+not|does\s+not|could\s+not)\s+(?:agree|accept|approve|support)\s+(?:the\s+)?(?:draft\s+)?(?P<label>[\w-]+(?:\s+[\w-]+)?\s+\d{1,2})\b|"
    r"^(?:draft\s+)?(?P<label2>[\w-]+(?:\s+[\w-]+)?\s+\d{1,2})\s+(?:was|were)\s+(?:not\s+(?:agreed|accepted|approved)|rejected|removed)\b",
    re.I,
)
QUOTED = re.compile(r"[\"“](?P<text>[^\"“”]{12,})[\"”]")
MIN_AGREED = 2  # minutes recording two agreed lessons or more


def _label(words: str) -> bool:
    match = LESSON_LABEL.match(words)
    return match is not None and match.end() >= len(words.rstrip())


def _agreed(block: Block) -> tuple[str, str] | None:
    """(label, agreed wording) of a minute recording a lesson agreed, or None."""
    if block.kind not in ("para", "item"):
        return None
    text = MINUTE_NUMBER.sub("", block.text, count=1)
    match = AGREED.match(text)
    quotes = list(QUOTED.finditer(text))
    if match is None or not _label(match.group("label")) or not quotes:
        return None
    return match.group("label"), quotes[-1].group("text").strip()


def _rejected(block: Block) -> bool:
    if block.kind not in ("para", "item"):
        return False
    match = REJECTED.search(MINUTE_NUMBER.sub("", block.text, count=1))
    return match is not None and _label(match.group("label") or match.group("label2"))


def _item(block: Block) -> str:
    """The agenda item a numbered minute belongs to ("3" of "3.2"), or ""."""
    match = MINUTE_NUMBER.match(block.text) if block.kind in ("para", "item") else None
    return match.group().strip().split(".")[0] if match else ""


# an agenda item's heading read as a list item or a paragraph: "5. Timescales", "Actions"
AGENDA_HEADING = re.compile(r"^(?:\d{1,2}\.\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}$")


def _agenda_heading(blocks: list[Block], index: int) -> bool:
    """Whether a block of the minutes is an agenda item's heading its format did not mark: a short line
    of words with no stop, numbered as an item or alone, over a paragraph of the minutes."""
    block = blocks[index]
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        block.kind in ("para", "item")
        and (block.kind == "item" or not block.number)
        and AGENDA_HEADING.match(block.text.strip()) is not None
        and (block.kind == "item" or len(block.text.split()) <= 3)
        and after is not None
        and after.kind == "para"
    )


def agreed_minutes(blocks: list[Block]) -> list[Block]:
    """Minutes recording at least two lessons agreed: each such minute as its label and the wording
    agreed, the points not agreed and the same item's other numbered minutes set aside."""
    if sum(1 for block in blocks if _agreed(block)) < MIN_AGREED:
        return blocks
    items = {_item(block) for block in blocks if _agreed(block)} - {""}
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if _agenda_heading(blocks, index):
            # a scan keeps no type: "4. Draft recommendations", "Actions" read back as the headings they are
            out.append(replace(block, kind="heading", level=1, number=""))
            continue
        agreed = _agreed(block)
        if agreed is not None:
            label, text = agreed
            out.append(replace(block, kind="para", text=f"{label}: {text}", lead="", emphasis=(), number=""))
        elif not _rejected(block) and _item(block) not in items:
            out.append(block)
    return out
