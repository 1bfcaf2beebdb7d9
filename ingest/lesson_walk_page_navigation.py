"""Ingest stage: lesson segmentation, a walk step: a page's list of links to its own sections.

A web page (or a report printed from one) may open with a list of links to its own sections ("Jump to:",
"On this page", "In this section": "Summary", "Key findings", "Recommendations", "Download the report",
"Related reviews"). Each entry repeats, word for word, a heading printed further down at the rank of the section it
sits in or above (a list of a section's own lesson titles, "At a glance", names headings inside it); it is
never a lesson, however the section it sits in reads its items. Nor is the line of links a web page closes with
("Print this page | Share this page", "© <partnership> | Privacy | Cookies | Accessibility"), whatever list
or table it follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.lesson_placing import tokens

if TYPE_CHECKING:
    from ingest.lesson_walk import LessonWalk

# One of a web page's own links, or its copyright: never a lesson's words.
_CHROME_LINK = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b).*|print(?:\s+this\s+page)?|share(?:\s+this\s+page)?(?:\s*:.*)?|"
    r"privacy(?:\s+(?:policy|notice))?|cookies?(?:\s+(?:policy|settings))?|accessibility(?:\s+statement)?|"
    r"contact(?:\s+us)?|terms(?:\s+(?:and\s+conditions|of\s+use))?|site\s*map|feedback|facebook|x|twitter|"
    r"linkedin|email|back\s+to\s+top|top\s+of\s+page|freedom\s+of\s+information|disclaimer)$",
    re.I,
)
# A link's words: short, with no sentence's full stop.
_MAX_WORDS = 6


def section_link(w: LessonWalk) -> bool:
    """A list item that only names a section the page heads further down: set aside."""
    block = w.block
    if block.kind != "item" or block.text.rstrip().endswith((".", ":", ";")):
        return False
    key = tokens(block.text)
    if not key or len(key.split()) > _MAX_WORDS:
        return False
    # A link names a section beside the lesson section in force (or outside any), never a heading inside it:
    # a list of the section's own lesson titles ("At a glance") is read by the steps for lessons' lists.
    zone = w.zone()
    deepest = zone.level if zone is not None else 99
    return any(
        later.kind == "heading" and later.level <= deepest and tokens(later.text) == key
        for later in w.blocks[w.index + 1 :]
    )


def page_links(w: LessonWalk) -> bool:
    """A line of a web page's own links ("Print this page | Share this page", "© ... | Privacy | Cookies"):
    set aside."""
    block = w.block
    if block.kind not in ("row", "para", "item"):
        return False
    parts = [c.strip() for c in block.cells] if block.kind == "row" else [p.strip() for p in block.text.split("|")]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(_CHROME_LINK.match(p) for p in parts)
