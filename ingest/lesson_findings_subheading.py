"""Ingest stage: lesson segmentation, the walk's steps for a chapter whose paragraphs are numbered
("3.1", "3.2", ...) and whose findings stand under an unnumbered "Findings" sub-heading inside it
("3. Analysis and findings" ... "Findings" over "3.4", "3.5"): each numbered paragraph under the
sub-heading is a finding labelled by its number, and the chapter's numbered paragraphs before the
sub-heading are its narrative, never lessons.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.lesson_cues import heading_number

if TYPE_CHECKING:
    from ingest.lesson_helpers import _Zone
    from ingest.lesson_walk import LessonWalk

# An unnumbered sub-heading that names the findings and nothing else: "Findings", "Key findings".
FINDINGS_SUBHEADING = re.compile(r"^\W*(?:the\s+)?(?:key\s+|main\s+)?findings\W*$", re.IGNORECASE)


def _chapter(w: LessonWalk) -> _Zone | None:
    """The numbered findings chapter in force ("3. Analysis and findings"), or None."""
    for z in reversed(w.stack):
        if z.barrier:
            return None
        if z.kind == "finding" and heading_number(z.heading):
            return z
    return None


def _in_chapter(w: LessonWalk, chapter: _Zone) -> bool:
    """Whether the block's paragraph number continues the chapter's ("3.4" in "3. ...")."""
    outer = heading_number(chapter.heading).rstrip(".")
    return w.number is not None and w.number.group("num").startswith(outer + ".")


def findings_under_subheading(w: LessonWalk) -> bool:
    """A numbered paragraph under the chapter's "Findings" sub-heading: a finding labelled by its number."""
    z = w.zone()
    chapter = _chapter(w)
    if (
        z is None
        or chapter is None
        or z is chapter
        or heading_number(z.heading)
        or not FINDINGS_SUBHEADING.match(z.heading)
        or not _in_chapter(w, chapter)
    ):
        return False
    number = w.number
    assert number is not None
    w.current = w.start("finding", number.group("num"), w.text[number.end() :], w.block)
    return True


def narrative_before_findings(w: LessonWalk) -> bool:
    """A numbered paragraph of the chapter before its "Findings" sub-heading: narrative, never a lesson."""
    chapter = _chapter(w)
    if chapter is None or w.zone() is not chapter or not _in_chapter(w, chapter) or w.block.kind != "para":
        return False
    for block in w.blocks[w.index + 1 :]:
        if block.kind != "heading":
            continue
        if block.level and chapter.level and block.level <= chapter.level:
            return False  # the chapter ends with no findings sub-heading
        if FINDINGS_SUBHEADING.match(block.text):
            w.current = None
            return True
    return False
