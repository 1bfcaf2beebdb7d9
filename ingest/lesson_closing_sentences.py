"""Ingest stage: lesson segmentation - paragraphs of analysis whose closing sentence says what they are.

Runs after the passes over lessons marked inline (ingest/lesson_inline.py). An analysis may state its
lessons in ordinary paragraphs with no label, heading or bold lead-in, each told from the narrative
around it only by its last sentence:
- the learning drawn from what the paragraph tells ("... What this tells us is that ...", "The lesson
  for the wider system is that ...", "What this shows is that ..."): the learning point is the whole
  paragraph, the account it draws on included (a lead-in followed by more sentences opens the lesson
  instead: ingest/lesson_inline.py);
- a verdict that what the paragraph tells was good practice ("This was good practice.", "The review
  panel recognised this as good practice."), the paragraph unnumbered: good practice, the whole
  paragraph with its verdict (a numbered paragraph is labelled by its number, the verdict left out: the
  walk in ingest/lessons.py).
The narrative paragraphs between them are never lessons.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER
from ingest.lesson_placing import NOT_LESSONS, place, renumbered, sections, tokens
from ingest.records import Lesson

# The opener of a paragraph's closing sentence that draws its learning: "What this tells us is that",
# "What this shows is that", "The lesson for the wider system is that", "The learning here is that".
CLOSING_LEARNING = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?P<cue>"
    r"What\s+(?:this|that|it|these\s+\w+)\s+(?:tells|told|shows|showed|teaches|taught|demonstrates|demonstrated|"
    r"illustrates|illustrated|means|meant|suggests|suggested)(?:\s+(?:us|the\s+review|the\s+panel))?\s+(?:is|was)\s+that|"
    r"(?:The|Our|One)\s+(?:(?:key|main|central|wider|important|clear|overarching|principal)\s+)?(?:learning|lesson)"
    r"(?:\s+point)?(?:\s+[a-z']+){0,5}\s+(?:is|was)\s+that"
    r")\s+(?P<rest>[^.!?]*[.!?])[\"'\u201d\u2019]?\s*$"
)
# The closing verdict that what a paragraph tells was good practice: "This was good practice.", "This is
# an example of positive practice.", "The review panel recognised this as good practice."
CLOSING_VERDICT = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?:"
    r"(?:this|that|it)\s+(?:was|is|represents|represented|shows|showed|demonstrates|demonstrated)\s+"
    r"(?:(?:an?\s+)?(?:\w+\s+)?examples?\s+of\s+)?|"
    r"(?:the\s+)?(?:review(?:\s+panel)?|panel|reviewers?|authors?|partnership|we)\s+"
    r"(?:recognised|recognized|recognises|recognizes|regarded|regards|considered|considers|saw|sees|judged|"
    r"judges|identified|identifies|noted|notes|acknowledged|acknowledges)\s+(?:this|that|it)\s+as\s+(?:an?\s+(?:\w+\s+)?examples?\s+of\s+)?"
    r")(?:(?:very|particularly|especially|notably)\s+)?"
    r"(?:good|positive|notable|effective|excellent|strong|best)\s+practice\s*[.!]\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[A-Z\"'\u201c\u2018]")


def _numbered(block: Block) -> bool:
    return bool(block.number or PARA_NUMBER.match(block.text) or ITEM_NUMBER.match(block.text))


def _closed_paragraphs(blocks: list[Block], closing: re.Pattern[str]) -> list[tuple[int, Block, str]]:
    """The unnumbered paragraphs outside the sections that are never lessons whose last sentence matches
    `closing`, with at least one whole sentence of their own before it."""
    return [
        (index, block, heading)
        for index, block, heading in sections(blocks)
        if block.kind == "para"
        and not NOT_LESSONS.search(heading)
        and not _numbered(block)
        and (m := closing.search(block.text))
        and _SENTENCE_END.search(block.text[: m.start() + 2])
        and len(block.text[: m.start()].split()) >= 8
    ]


def _whole(lessons: list[Lesson], blocks: list[Block], found: list[tuple[int, Block, str]], kind: str) -> list[Lesson]:
    """Each paragraph found made one lesson of `kind`, whole; the lessons read from a part of it replaced,
    a paragraph already inside a longer lesson left to it."""
    added = False
    for index, block, heading in found:
        whole = tokens(block.text)
        if any(whole in tokens(lesson.text) for lesson in lessons):
            continue
        lessons = [lesson for lesson in lessons if not (tokens(lesson.text) and tokens(lesson.text) in whole)]
        new = Lesson(0, kind, "", block.text.strip(), heading, block.page_start, block.page_end)
        lessons = place(lessons, new, index, blocks)
        added = True
    return renumbered(lessons) if added else lessons


def closing_sentences(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with the paragraphs closed by drawn learning (learning points) and by a verdict of good
    practice (good practice) read whole."""
    lessons = _whole(lessons, blocks, _closed_paragraphs(blocks, CLOSING_LEARNING), "learning_point")
    return _whole(lessons, blocks, _closed_paragraphs(blocks, CLOSING_VERDICT), "good_practice")
