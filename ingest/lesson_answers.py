"""Ingest stage: lesson segmentation - what the review and the partners say happened to each lesson.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that answers
each lesson where it is printed sets a paragraph after the lesson's own text that says what became of
it: the reason for the partners' decision ("Reason: ..."), action already taken ("Since the review, the
CCG has introduced ...", "The review was told that children's social care has already delivered ..."),
why no recommendation follows ("The review makes no recommendation about this, because ...", "No
recommendation is made here.") or that it repeats an earlier review's ("Repeat recommendation: this was
also recommendation 4 of ..."). Such a paragraph is never part of the lesson above it nor a lesson. (The
decision printed in a labelled lesson's heading, "Recommendation 2 – partially accepted", is read with
its label: lesson_patterns.STATUS.)
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_inner import labelled_kind

# A paragraph saying what became of the lesson above it (the module's docstring has the kinds).
ANSWER = re.compile(
    r"^(?:"
    # a field: "Reason: ...", "Reasons for the decision: ...", "Repeat recommendation: ..."
    r"(?:reasons?(?:\s+for\s+(?:the|this)\s+decision)?|rationale|repeat(?:ed)?\s+recommendation)\s*:\s+\S"
    # action taken since: "Since the review, ...", "Since these events, ..."
    r"|since\s+(?:the|this)\s+(?:review|events?|incidents?)\b[^,.]{0,40},"
    r"|since\s+these\s+events\b[^,.]{0,40},"
    # "The review was told that ... has already ...", "The review has been told that ... now ..."
    r"|the\s+(?:review|panel|partnership)\s+(?:was|were|has\s+been|have\s+been)\s+(?:told|informed|assured)\s+that\b"
    r"[^.]*\b(?:already|since|now|has\s+(?:introduced|changed|delivered|completed))\b"
    # why no recommendation: "The review makes no recommendation ...", "No recommendation is made here."
    r"|(?:the|this)\s+review\s+(?:makes|has\s+made|does\s+not\s+make)\s+no\s+(?:further\s+)?recommendations?\b"
    r"|(?:the|this)\s+review\s+does\s+not\s+make\s+(?:a|any)\s+recommendations?\b"
    r"|no\s+(?:further\s+|separate\s+)?recommendations?\s+(?:is|are)\s+made\b"
    r")",
    re.I,
)


def without_answers_to_lessons(blocks: list[Block]) -> list[Block]:
    """Blocks less the paragraphs that answer the lesson above them: after a labelled lesson's own
    paragraph, or after a lesson's list item."""
    kept: list[Block] = []
    labelled = False  # the nearest heading above is a lesson's label ("Finding 1: ...")
    for block in blocks:
        if block.kind == "heading":
            labelled = bool(labelled_kind(block))
        elif (
            block.kind == "para"
            and kept
            and ((labelled and kept[-1].kind == "para") or kept[-1].kind == "item")
            and ANSWER.match(block.text.strip())
        ):
            continue
        kept.append(block)
    return kept
