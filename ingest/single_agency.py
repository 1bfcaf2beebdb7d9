"""Ingest stage: one agency's summary of its own learning for a review, read after lesson
segmentation (ingest/lessons.py).

A document titled for one agency's own learning ("Police: summary of single-agency learning from the
review of Child X", "Single-agency learning summary - Health visiting") speaks only of that agency:
each of its lessons is that agency's, and what it lists as its areas for development or improvement
is its learning, not findings about others.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.records import Lesson

OWN_LEARNING = re.compile(
    r"^(?P<agency>[A-Z][\w'’&,. ]{1,60}?)\s*[:\-–]\s*(?:(?:a|the)\s+)?(?:summary\s+of\s+(?:its\s+|our\s+)?)?"
    r"single[- ]agency\s+(?:learning|review|findings)\b|"
    r"^single[- ]agency\s+(?:learning|review)\s+(?:summary|report)\s*[:\-–]\s*(?P<named>[A-Z][\w'’&,. ]{1,60}?)\s*$",
    re.I,
)
AREAS = re.compile(r"\bareas?\s+(?:for|of)\s+(?:development|improvement)\b", re.I)


def own_agency(blocks: list[Block]) -> str:
    """The agency a document's title says it is the single-agency learning of, or ""."""
    for block in blocks[:12]:
        if block.kind == "heading" and block.page_start == 1 and (match := OWN_LEARNING.match(block.text.strip())):
            agency = (match.group("agency") or match.group("named")).strip()
            # a title set in capitals ("POLICE: SUMMARY OF ..."): the agency in sentence case, a short
            # single word ("MASH", "CAMHS") taken for the initials it most likely is
            if block.text.isupper() and (" " in agency or len(agency) > 5):
                agency = agency[:1] + agency[1:].lower()
            return agency
    return ""


def own_learning(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons, in a single agency's summary of its own learning, each with that agency, and
    its areas for development read as learning points."""
    agency = own_agency(blocks)
    if not agency:
        return lessons
    return [
        replace(
            lesson,
            agency=lesson.agency or agency,
            kind="learning_point" if lesson.kind == "finding" and AREAS.search(lesson.section) else lesson.kind,
        )
        for lesson in lessons
    ]
