"""Ingest stage: lesson segmentation, lessons a sentence or a cell states of itself.

Small tests the walk in ingest/lessons.py asks of a block where no section cue
says what it is:

- a paragraph that counts itself among the lessons ("The second learning point
  is that ..."), set among narrative paragraphs (one that reports what the review
  found, "4.1.3 The review finds that ...", is the walk's REPORTED rule).
"""

from __future__ import annotations

import re

_ORDINAL = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|\d{1,2}(?:st|nd|rd|th)"
# "The second learning point is that ...": a lesson that counts itself, its noun giving its kind.
_COUNTED = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+)?"
    rf"(?P<text>the\s+(?:{_ORDINAL})\s+(?P<noun>(?:key\s+)?(?:learning\s+point|lesson|finding|area\s+of\s+learning|"
    r"recommendation))\s+(?:is|was)\s+that\s+(?=\S).*)$",
    re.I | re.S,
)


def stated_lesson(text: str) -> tuple[str, str, str] | None:
    """(kind, label, text) of a paragraph that states a lesson in its opening words, or None."""
    text = text.strip()
    counted = _COUNTED.match(text)
    if counted is not None:
        noun = counted.group("noun").lower()
        kind = (
            "finding"
            if noun.endswith("finding")
            else "recommendation"
            if noun.startswith("recommendation")
            else "learning_point"
        )
        return kind, counted.group("num") or "", counted.group("text")
    return None
