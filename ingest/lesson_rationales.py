"""Ingest stage: lesson segmentation - the rationale printed after a recommendation.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that follows
each recommendation with a run-in paragraph saying why it is made: "1. Children's social care should
...", then "Why this recommendation: This recommendation responds to Finding 1. ...". The rationale
points back at a finding for the reader; it is never part of the recommendation nor a lesson of its
own. It is set aside where its cue names the recommendation ("Why this recommendation:", "Why we make
this recommendation:", "Rationale for this recommendation:", "Reasons for the recommendation:") or is a
bare "Rationale:", and the block before it asks something of someone (lesson_patterns.ASKS). A scan
may run the rationale on into the recommendation's block ("... with a 'think family' prompt. Why this
recommendation: ..."): there the recommendation keeps the words before the cue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import ASKS

_CUE = (
    r"(?:why\s+(?:this|we\s+(?:make|made)\s+this)\s+recommendation|"
    r"(?:rationale|reasons?)\s+for\s+(?:this|the)\s+recommendation|rationale)\s*:\s+(?=(?-i:[A-Z]))"
)
# A rationale opening a block, or run on after the recommendation's last sentence.
OPENING = re.compile(r"^" + _CUE, re.I)
RUN_ON = re.compile(r"(?<=[.!?])\s+" + _CUE, re.I)


def without_rationales(blocks: list[Block]) -> list[Block]:
    """Blocks less the rationale after each recommendation (its own block, or run on into it)."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind not in ("para", "item"):
            kept.append(block)
            continue
        # (the cheap match first: the recommendation before is searched only under a rationale's cue)
        if OPENING.match(block.text) and kept and kept[-1].kind in ("para", "item") and ASKS.search(kept[-1].text):
            continue  # "Why this recommendation: ..." after the recommendation
        run_on = RUN_ON.search(block.text)
        if run_on and ASKS.search(block.text[: run_on.start()]):
            block = replace(block, text=block.text[: run_on.start()])
        kept.append(block)
    return kept
