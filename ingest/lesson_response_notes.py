"""Ingest stage: lesson segmentation - the notes a partnership sets under each labelled lesson.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A version of a report
that answers each lesson in place: "Finding 1: title" and its paragraph, then run-in paragraphs
"Response: Accepted. ..." and "Progress: A practitioner briefing has been delivered ...". The notes
answer the lesson and are no part of it nor lessons: paragraphs opening with a response's field name
(lesson_patterns.RESPONSE_FIELD, "Partnership response:", "Progress update:") under a labelled
lesson's heading, after its text.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_inner import labelled_kind
from ingest.lesson_patterns import NOTE_DATE

# "Response: Accepted.", "Partnership response: ...", "Progress update: ...", "Action taken: ...", "Update March 2024: ...".
NOTE = re.compile(
    r"^(?:(?:the\s+)?(?:partnership|board|lscb|lscp|agency|agencies|management)['’]?s?\s+)?"
    r"(?:response|progress(?:\s+update)?|update|comments?|action\s+taken|status)" + NOTE_DATE + r"\s*:\s+\S",
    re.I,
)


def without_response_notes(blocks: list[Block]) -> list[Block]:
    """Blocks less the response and progress notes set after a labelled lesson's text."""
    kept: list[Block] = []
    labelled = False  # the nearest heading above is a lesson's label ("Finding 1: ...")
    for block in blocks:
        if block.kind == "heading":
            labelled = bool(labelled_kind(block))
        elif labelled and block.kind == "para" and NOTE.match(block.text.strip()) and kept and kept[-1].kind == "para":
            continue
        kept.append(block)
    return kept
