"""Ingest stage (between the rules and the learned stages, extract.py): practice guidance issued after a review.

Guidance a partnership issues after a review ("Multi-agency practice guidance: neglect", "Practice
guidance: babies under one") carries the review's learning in a section the rules read, and for the rest
its own procedure: numbered steps for practitioners, escalation, contacts. The learned stages propose
lessons where the rules were silent, which in guidance is that procedure; once the rules have found the
review's learning in it, they are not asked.
"""

from __future__ import annotations

import re

from ingest.layout import Block

GUIDANCE_TITLE = re.compile(
    r"^\W*(?:(?:multi|inter)[-\s]agency\s+|partnership\s+)?(?:practice\s+|safeguarding\s+)?guidance\s*(?:[:\-–—]|for\b|on\b)",
    re.I,
)
COVER_BLOCKS = 4  # the title is among the first blocks of the cover (a partnership's name may come first)


def guidance_with_learning(blocks: list[Block], rule_lessons: int) -> bool:
    """Whether the document is practice guidance (its cover's title says so) in which the rules found lessons."""
    cover = [b for b in blocks[:COVER_BLOCKS] if b.page_start == 1 and b.kind == "heading"]
    return rule_lessons > 0 and any(GUIDANCE_TITLE.match(b.text) for b in cover)
