"""Ingest stage: lesson segmentation - the reasons printed before a labelled recommendation.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that
explains each recommendation before making it, with no cue between the two: a "Recommendation N"
heading over a paragraph of reasons ("Practice in this area depended on individual workers ...")
and then the recommendation's own paragraph ("Schools should be reminded ..."). The reasons ask
nothing of anyone; the paragraph after them does (lesson_patterns.ASKS: "should", "must", "needs to"). The recommendation is
the asking paragraph alone, so the reasons are set aside: under a recommendation's label, two
paragraphs, the first with no ask in it, the second with one (an "Addressed to: ..." line is
never reasons).
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_inner import labelled_kind
from ingest.lesson_patterns import ADDRESSED_LINE, ASKS


def _reasons(blocks: list[Block], index: int) -> bool:
    """blocks[index] is a paragraph of reasons under a recommendation's label, before its ask."""
    if index < 1 or index + 1 >= len(blocks) or labelled_kind(blocks[index - 1]) != "recommendation":
        return False
    label, reasons, ask = blocks[index - 1], blocks[index], blocks[index + 1]
    after = blocks[index + 2] if index + 2 < len(blocks) else None
    return (
        label.kind == "heading"
        and reasons.kind == ask.kind == "para"
        and (after is None or after.kind == "heading")
        and ASKS.search(reasons.text) is None
        and not ADDRESSED_LINE.match(reasons.text.strip())  # the lesson's addressees, not reasons
        and ASKS.search(ask.text) is not None
    )


def without_reasons_first(blocks: list[Block]) -> list[Block]:
    """Blocks less the paragraph of reasons set between a recommendation's label and its ask."""
    return [block for index, block in enumerate(blocks) if not _reasons(blocks, index)]
