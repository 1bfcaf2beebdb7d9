"""Ingest stage: lesson segmentation - a cover's strapline, which names no lesson section.

A designed cover may set, directly under its title, a line in smaller type that says what the document
is ("Learning from a serious case review", "Lessons from a practice review"), over the cover's fields
(who wrote it, the date). Its words would name a section of learning, but it heads only the cover: the
strapline is no section, and the fields under it are never lessons. Known by where it stands, not by its
words: the second heading of a cover, set below the cover's first top heading, with nothing but short
lines (no sentence) after it before the next heading. Used by the walk's headings step
(ingest/lesson_walk_headings.py).
"""

from __future__ import annotations

from ingest.layout import Block

_COVER_LINE_WORDS = 12  # a cover's line (a name, a field, a date): no longer, and no sentence


def _cover_line(block: Block) -> bool:
    return len(block.text.split()) <= _COVER_LINE_WORDS and not block.text.rstrip().endswith((".", "!", "?"))


def cover_strapline(blocks: list[Block], index: int) -> bool:
    """Whether the heading at `index` is the strapline under the cover's title."""
    block = blocks[index]
    above = blocks[index - 1] if index else None
    if above is None or above.kind != "heading" or not 0 < above.level < (block.level or 9):
        return False
    if block.page_start != 1 or any(b.kind == "heading" and 0 < b.level <= above.level for b in blocks[: index - 1]):
        return False  # not the cover's first top heading
    if not all(b.page_start == 1 and _cover_line(b) for b in blocks[: index - 1]):
        return False
    after: list[Block] = []
    following = None  # the next heading: a section of the body, as high as the title
    for b in blocks[index + 1 :]:
        if b.kind == "heading":
            following = b
            break
        after.append(b)
    return (
        following is not None
        and 0 < following.level <= above.level
        and 0 < len(after) <= 3
        and all(_cover_line(b) for b in after)
    )
