"""Ingest stage, lesson segmentation: questions put to the reader after a lesson.

A finding or learning point may close with a lead-in and a list of questions for the reader to ask
themselves ("Practitioners may wish to consider:" over "How do I ...?", "When did I last ...?"). The
lead-in and its questions are a prompt for reflection: never a lesson, nor part of the lesson they
follow. ingest/lessons.py asks this module whether a paragraph opens such a prompt. A box of such
questions under a small heading of its own ("Point to consider" over "How do you record ...?") is
dropped after the walk, whatever the heading's words.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lesson_placing import renumbered
from ingest.records import Lesson

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


# A question put to the reader in the second person: "How do you record ...?", "When did you last ...?"
_QUESTION_TO_YOU = re.compile(r"^[A-Z][^.!?]*\b(?:you|your|yours|yourself)\b[^.!?]*\?$")


def reader_prompt(lesson: Lesson) -> bool:
    """Whether a lesson is a box of questions for the reader ("Point to consider" over "How do you ...?"):
    an unlabelled text under a heading that names no kind, every sentence of it a question to "you"."""
    if lesson.label or not lesson.title or zone_kind(lesson.title):
        return False
    said = lesson.text[len(lesson.title) :].strip() if lesson.text.startswith(lesson.title) else lesson.text
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", said) if s]
    return bool(sentences) and all(_QUESTION_TO_YOU.match(s) for s in sentences)


def drop_reader_prompts(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons without the boxes of questions put to the reader (never lessons: prompts for reflection)."""
    kept = [lesson for lesson in lessons if not reader_prompt(lesson)]
    return renumbered(kept) if len(kept) < len(lessons) else lessons
