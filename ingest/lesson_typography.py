"""Ingest stage: lesson segmentation - display typography read back as text.

Passes run before the walk (ingest/lessons.py, through lesson_passes.pruned) that undo what a
page's display type does to the words a text layer gives:

- a drop capital, the paragraph's first letter printed apart and large ("S" over "ervices
  worked ..."): joined back to its word;
- a heading in letter-spaced capitals ("F I N D I N G 2", "R E C O M M E N D A T I O N S"):
  its letters closed up into words ("FINDING 2"), so its label and section are known;
- dot leaders running from a recommendation's text to its lead agency at the right ("... every
  conference. ............ GP practices"): the agency set before the text as its lead ("GP
  practices: ..."), as the walk reads a named lead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# A paragraph's first letter printed apart, large: one capital alone in its block.
DROP_CAPITAL = re.compile(r"^[A-Z]$")
# Letter-spaced capitals: four or more single letters apart, perhaps with a number after them.
LETTER_SPACED = re.compile(r"^(?:[A-Z]\s){3,}[A-Z](?:\s+\d{1,2}(?:\s\d)?)?$")

# A lesson's text, dot leaders, and a name at the right: "... conference. ............ GP practices".
LEADERS = re.compile(
    r"^(?P<num>\(?\d{1,2}[.)]\s+)?(?P<text>\S.*?[.!?]['’”)]?)\s*(?:\.\s?){4,}\s*(?P<who>[A-Z][^.:;!?\d]{1,60}?)\s*$",
    re.S,
)


def joined_drop_capitals(blocks: list[Block]) -> list[Block]:
    """Blocks with a capital printed apart (a drop capital) joined to the paragraph after it when that
    paragraph opens with the rest of the word ("S" then "ervices worked ..." -> "Services worked ...")."""
    kept: list[Block] = []
    skip = False
    for index, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind in ("para", "heading")
            and DROP_CAPITAL.match(block.text.strip())
            and after is not None
            and after.kind == "para"
            and after.text[:1].islower()
        ):
            kept.append(replace(after, text=block.text.strip() + after.text, page_start=block.page_start))
            skip = True
            continue
        kept.append(block)
    return kept


def closed_letter_spacing(blocks: list[Block]) -> list[Block]:
    """Blocks with a heading (or a short line) in letter-spaced capitals closed up: "F I N D I N G 2"
    -> "FINDING 2", "R E C O M M E N D A T I O N S" -> "RECOMMENDATIONS"."""
    return [replace(b, text=_closed(b.text.strip())) if LETTER_SPACED.match(b.text.strip()) else b for b in blocks]


def _closed(text: str) -> str:
    letters = re.match(r"^((?:[A-Z]\s)*[A-Z])(.*)$", text)
    assert letters is not None
    number = letters.group(2).replace(" ", "")
    return letters.group(1).replace(" ", "") + (f" {number}" if number else "")


def leaders_to_lead(blocks: list[Block]) -> list[Block]:
    """Blocks with a list item's dot leaders to a name at the right read as that name's lead before the
    text ("1. Police should ... ........ Police" -> "1. Police: Police should ...")."""
    kept: list[Block] = []
    for block in blocks:
        led = LEADERS.match(block.text.strip()) if block.kind == "item" else None
        if led is not None and len(led.group("who").split()) <= 6:
            text = f"{led.group('num') or ''}{led.group('who').strip()}: {led.group('text')}"
            block = replace(block, text=text)
        kept.append(block)
    return kept
