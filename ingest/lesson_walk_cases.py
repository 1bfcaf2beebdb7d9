"""Ingest stage: lesson segmentation, the walk's step for a chapter per case in a review of several.

A review of several children may give each child's case a chapter headed by the child's pseudonym ("1.
Child A"): a paragraph summing up the case, the learning from it in the paragraphs after, then the
recommendations arising from it, announced ("Recommendations arising from Child A's case:") and listed.
The summary is never a lesson; the paragraphs between it and that announcement are the case's learning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lesson_cues import strip_number
from ingest.lesson_intro_cues import announced_kind
from ingest.lesson_tables import PSEUDONYM_CELL

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk


def case_chapter_learning(w: LessonWalk) -> bool:
    """A paragraph of a case's chapter after its summary and before the recommendations the chapter
    announces: learning from that case (no label)."""
    if w.block.kind != "para" or w.zone() is not None or not w.stack or w.block.text.rstrip().endswith(":"):
        return False
    if not PSEUDONYM_CELL.match(strip_number(w.stack[-1].heading).strip(" .:")):
        return False
    before = _chapter_blocks(w, -1)
    after = _chapter_blocks(w, 1)
    if not before or any(b.kind != "para" for b in before):
        return False  # the first paragraph sums up the case
    if not any(b.kind == "para" and announced_kind(b.text) == "recommendation" for b in after):
        return False
    w.start("learning_point", "", w.block.text, w.block).open = False
    w.current = None
    return True


def _chapter_blocks(w: LessonWalk, step: int) -> list:
    """The blocks of the chapter before the one in hand (step -1) or after it (step 1), up to its heading
    or the next."""
    found = []
    index = w.index + step
    while 0 <= index < len(w.blocks) and w.blocks[index].kind != "heading":
        found.append(w.blocks[index])
        index += step
    return found
