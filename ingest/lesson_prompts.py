"""Ingest stage, lesson segmentation: questions put to the reader after a lesson.

A finding or learning point may close with a lead-in and a list of questions for the reader to ask
themselves ("Practitioners may wish to consider:" over "How do I ...?", "When did I last ...?"). The
lead-in and its questions are a prompt for reflection: never a lesson, nor part of the lesson they
follow. ingest/lessons.py asks this module whether a paragraph opens such a prompt.
"""

from __future__ import annotations

from ingest.layout import Block

# A lead-in is a short sentence; a longer paragraph ending in a colon is narrative introducing a list.
_LEAD_IN_WORDS = 25


def reader_questions(blocks: list[Block], index: int) -> list[Block]:
    """The question items a paragraph ending in a colon introduces, when every item of the list after it
    is a question ("Practitioners may wish to consider:" / "How do I ...?" / "When did I ...?"); else []."""
    lead_in = blocks[index]
    text = lead_in.text.rstrip()
    if lead_in.kind != "para" or not text.endswith(":") or len(text.split()) > _LEAD_IN_WORDS:
        return []
    questions: list[Block] = []
    for block in blocks[index + 1 :]:
        if block.kind != "item":
            break
        if not block.text.rstrip().endswith("?"):
            return []
        questions.append(block)
    return questions
