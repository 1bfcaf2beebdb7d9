"""Ingest stage: what a paper or letter asks its meeting to decide set aside, before the walk.

A paper to a committee, or a chair's letter to a Board enclosing a review,
closes with what the meeting is asked to do: "The Committee is asked to:",
"At the meeting I shall ask the Board to:", then items finishing the sentence
with a decision on the paper ("1. note the findings ...", "(b) approve the
action plan ...", "receive a report on progress"). Those are the paper's own
business, never the review's lessons: the sentence and its items are set aside.
Items asking for a change in practice ("to consider: how ...") are left to the walk.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# The sentence putting the items to a meeting: "The Committee is asked to:", "I shall ask the Board to:",
# "Members are invited to:", "The Executive Group is recommended to:".
ASKED_OF_MEETING = re.compile(
    r"\b(?:board|committee|group|executive|members|partners|panel|meeting|forum)\b.{0,40}"
    r"\b(?:is|are|will\s+be|shall\s+be)\s+(?:asked|invited|requested|recommended)\s+to\s*:$|"
    r"\b(?:ask|invite|request|recommend)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:board|committee|group|executive|members|partners|panel|meeting)\s+to\s*:$",
    re.I,
)
# An item finishing that sentence with a decision on the paper: "note ...", "(a) accept ...", "2. approve ...".
DECISION = re.compile(
    r"^\s*(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*|[•\-–*]\s*)?"
    r"(?:note|accept|approve|agree|receive|endorse|ratify|sign\s+off|confirm|support|delegate|comment\s+on|discuss)\b"
)


def without_meeting_asks(blocks: list[Block]) -> list[Block]:
    """Blocks without a sentence asking a meeting to decide and the items after it, when every one of
    them opens, in lower case, with a decision on the paper ("note", "approve", "receive")."""
    dropped: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind not in ("para", "item") or not ASKED_OF_MEETING.search(block.text.strip()):
            continue
        end = index + 1
        # (a plain-text reader may take a short numbered line for a heading: "1. note the report;")
        while (
            end < len(blocks) and blocks[end].kind in ("para", "item", "heading") and DECISION.match(blocks[end].text)
        ):
            end += 1
        if end > index + 1:
            dropped.update(id(b) for b in blocks[index:end])
    return [b for b in blocks if id(b) not in dropped] if dropped else blocks
