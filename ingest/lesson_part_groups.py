"""Ingest stage: a lesson's group heading over its lettered parts left out, after the lesson walk and
before the drafts are finished.

A report may split one numbered lesson into lettered parts, each its own lesson: a heading
"Recommendation 3: each agency's own practice" and a sentence saying it is in two parts, then
"Recommendation 3a (Children's Social Care): ..." and "Recommendation 3b (Police): ...". The heading
names the parts' common theme; what it asks is asked by its parts. A draft is left out where a later
draft of its kind in the same section carries its label, ending in a number, with a letter after it
("3a", "3(b)", "3.c") and its own text, its title aside, asks nothing of anyone (lesson_patterns.ASKS).
"""

from __future__ import annotations

import re

from ingest.lesson_drafts import Draft
from ingest.lesson_patterns import ASKS


def _parted(draft: Draft, later: list[Draft]) -> bool:
    """Whether a later draft of the same kind and section is a lettered part of `draft`'s label."""
    if not draft.label[-1:].isdigit():
        return False  # a number's parts: "ii" after "i" is a numeral of its own
    part = re.compile(re.escape(draft.label) + r"\s*(?:[a-z]|\([a-z]\)|\.[a-z])", re.I)
    return any(d.kind == draft.kind and d.zone == draft.zone and part.fullmatch(d.label) for d in later)


def without_part_groups(drafts: list[Draft]) -> list[Draft]:
    """The drafts less a group heading whose lettered parts follow it and which asks nothing itself."""
    kept: list[Draft] = []
    for index, draft in enumerate(drafts):
        own = [p for p in draft.parts if p.strip() != draft.title.strip()]
        if _parted(draft, drafts[index + 1 :]) and not any(ASKS.search(p) for p in own):
            continue
        kept.append(draft)
    return kept
