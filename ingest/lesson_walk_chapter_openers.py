"""Ingest stage: lesson segmentation, a walk step: a chapter opener's bare number.

A report may open each chapter on a page of its own holding only the chapter's number in large type
("2") and its heading ("What we found"), a Word copy printing the number as a heading of its own. The
bare number is never a lesson's label, title or text: the heading after it names the chapter, and the
chapter's numbered lessons ("2.1 title") carry their own numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk

# A chapter's number alone: "2", "3.", "Chapter 3" is a heading with words and is read as one.
BARE_NUMBER = re.compile(r"^\d{1,2}\.?$")


def chapter_number(w: LessonWalk) -> bool:
    """A heading holding only a number, the chapter's heading after it: set aside."""
    after = w.following if w.following is not None else None
    return (
        w.block.kind == "heading"
        and BARE_NUMBER.match(w.block.text.strip()) is not None
        and after is not None
        and after.kind == "heading"
        and not BARE_NUMBER.match(after.text.strip())
        and re.search(r"[A-Za-z]", after.text) is not None
        and not re.match(r"^\d", after.text.strip())
    )
