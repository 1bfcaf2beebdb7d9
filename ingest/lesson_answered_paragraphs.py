"""Ingest stage: lesson segmentation - numbered conclusions each answered by a recommendation after it.

Runs after the passes over a finding's paragraph going on into another kind
(ingest/lesson_embedded_kinds.py). A section of the report that is no lesson section by its heading
("2. Conclusions") may still hold the review's findings: numbered paragraphs ("2.1 The written
agreement ...", "2.2 ...") each followed by an unnumbered paragraph "The review recommends that <agency>
should <action>." (a recommendation the walk reads: ingest/lesson_walk_narrative.py). When every
numbered paragraph of such a section is answered by such a recommendation, and there are at least two,
the numbered paragraphs are findings, labelled by their numbers. Paragraphs of narrative numbered among
others without a recommendation after each are left as they are.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_cues import PARA_NUMBER
from ingest.lesson_patterns import REPORTED
from ingest.lesson_placing import NOT_LESSONS, covered, place, renumbered, sections
from ingest.records import Lesson


def _recommends(block: Block) -> bool:
    reported = REPORTED.match(block.text) if block.kind == "para" else None
    return reported is not None and reported.group("verb").lower().startswith("recommend")


def _answered(run: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """The numbered paragraphs of one section's blocks, when each is answered by a recommendation before
    the next numbered paragraph (none otherwise)."""
    numbered: list[tuple[int, Block]] = []
    answered = True
    for index, block in run:
        if block.kind == "para" and PARA_NUMBER.match(block.text):
            if numbered and not answered:
                return []
            numbered.append((index, block))
            answered = False
        elif _recommends(block):
            answered = True
        elif block.kind != "para":
            return []
    return numbered if numbered and answered and len(numbered) >= 2 else []


def answered_paragraphs(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with the numbered paragraphs each answered by a recommendation read as findings."""
    by_section: dict[str, list[tuple[int, Block]]] = {}
    order: list[str] = []
    for index, block, heading in sections(blocks):
        if heading not in by_section:
            order.append(heading)
        by_section.setdefault(heading, []).append((index, block))
    added = False
    for heading in order:
        if NOT_LESSONS.search(heading):
            continue
        for index, block in _answered(by_section[heading]):
            number = PARA_NUMBER.match(block.text)
            if number is None or covered(block.text[number.end() :], lessons):
                continue
            text = block.text[number.end() :].strip()
            new = Lesson(0, "finding", number.group("num"), text, heading, block.page_start, block.page_end)
            lessons = place(lessons, new, index, blocks)
            added = True
    return renumbered(lessons) if added else lessons
