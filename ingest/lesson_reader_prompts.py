"""Ingest stage: lesson segmentation - a prompt to the reader set after a lesson's text.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A learning review or a
briefing may close each learning point with a prompt for the reader's own practice, run in after a
cue and going on in the lower case of a clause: "Consider: whether you know who lives in the household",
"Think about: how you would escalate a concern". It is a reflective question, never a lesson nor part
of the one above it: the paragraph is dropped, with its remainder where a page break cut it in two.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# "Consider: whether ...", "Think about: how ...", "Ask yourself: when ...", "Reflect on: what ...".
PROMPT = re.compile(
    r"^\W*(?:consider|think\s+about|ask\s+yourself|reflect(?:\s+on)?|questions?\s+to\s+consider|points?\s+to\s+consider)"
    r"\s*[:\-–]\s*(?-i:[a-z])",
    re.I,
)


def without_reader_prompts(blocks: list[Block]) -> list[Block]:
    """Blocks less the prompts to the reader that close a lesson's text."""
    kept: list[Block] = []
    cut = False  # the prompt before ran on past the page's end without its closing stop
    for block in blocks:
        text = block.text.strip()
        if cut and block.kind == "para" and text[:1].islower():
            cut = not text.endswith((".", "?"))
            continue
        cut = False
        if block.kind in ("para", "item") and PROMPT.match(text):
            cut = not text.endswith((".", "?"))
            continue
        kept.append(block)
    return kept
