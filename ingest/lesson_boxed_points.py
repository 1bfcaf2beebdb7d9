"""Ingest stage: lesson segmentation - a block pass over lessons boxed under the sub-section that names them.

An analysis sub-section headed by its issue ("3.2 Curiosity about who lives in the home"), a paragraph or
two of narrative, then a box captioned by the lesson's kind alone ("Learning point 1", "Learning point",
"Finding 2") holding the lesson: the box is the lesson, labelled by its caption and titled by the
sub-section's heading (as a labelled heading over a box captioned "The finding"); the narrative between is
never part of it. Plain text runs the caption into the box's first line ("Learning point Some key decisions
..."). The pass rewrites the sub-section as the labelled heading the walk already reads ("Learning point 1:
Curiosity about who lives in the home") over the box's text, the narrative between left out. Run by
`reshaped` (ingest/lesson_passes.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import PARA_NUMBER, zone_kind
from ingest.lesson_other_sections import NOT_LESSON_HEADING
from ingest.lesson_patterns import LABEL
from ingest.records import Lesson

# The kind of lesson a box's caption names ("Learning point", "Key finding", "Lesson learnt").
_KIND = r"(?:key\s+)?(?:learning\s+point|finding|lesson\s+learn(?:ed|t))"
# A box's caption naming only the kind of lesson it holds, with or without its number.
_CAPTION = rf"{_KIND}(?:\s+(?P<number>\d{{1,2}}))?"
BOX_CAPTION = re.compile(rf"^(?P<caption>{_CAPTION})\s*:?$", re.I)
# The caption run into the box's first line where plain text cannot set it apart (no colon: "Learning point
# 2: ..." opening a paragraph of the narrative is a run-in cue, no box).
RUN_IN_BOX_CAPTION = re.compile(rf"^(?P<caption>{_CAPTION})\s+(?=(?-i:[A-Z])[a-z]*\s)", re.I)

# At most this many paragraphs of narrative between the sub-section's heading and its box.
_MAX_NARRATIVE = 3


def _issue_heading(block: Block) -> bool:
    """A sub-section heading naming an issue: no lesson's label nor a caption itself, a few words, and
    no heading of a part that holds no lessons ("Chronology of key events") nor of the lessons' own."""
    text = block.text.strip()
    return (
        block.kind == "heading"
        and 2 <= len(text.split()) <= 14
        and not LABEL.match(text)
        and not BOX_CAPTION.match(text)
        and not text.endswith((".", "?", ":"))
        and not NOT_LESSON_HEADING.search(text)
        # a heading naming the kind of lessons under it ("What we learned") heads their section, no issue
        and not zone_kind(text)
    )


def _title(heading: str) -> str:
    number = PARA_NUMBER.match(heading)
    return heading[number.end() :].strip() if number else heading.strip()


def _caption(blocks: list[Block], at: int) -> tuple[str, str, int] | None:
    """The caption at `at` as (caption, the box's text, blocks used), or None."""
    block = blocks[at]
    whole = BOX_CAPTION.match(block.text.strip()) if block.kind in ("heading", "para") else None
    if whole and at + 1 < len(blocks) and blocks[at + 1].kind == "para":
        return whole.group("caption"), blocks[at + 1].text, 2
    run_in = RUN_IN_BOX_CAPTION.match(block.text) if block.kind == "para" else None
    if run_in and len(block.text) > run_in.end() + 40:
        return run_in.group("caption"), block.text[run_in.end() :], 1
    return None


def boxed_points(blocks: list[Block]) -> list[Block]:
    """Blocks with each sub-section heading, its narrative and its captioned box rewritten as the
    box's labelled heading over the box's text."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        found = None
        if _issue_heading(block):
            for gap in range(1, _MAX_NARRATIVE + 1):
                at = index + gap
                if at >= len(blocks):
                    break
                found = _caption(blocks, at)
                if found:
                    break
                if blocks[at].kind != "para":
                    break
        if found is None:
            kept.append(block)
            index += 1
            continue
        caption, text, used = found
        box = blocks[at + used - 1]
        caption = caption[0].upper() + caption[1:]
        kept.append(replace(block, text=f"{caption}: {_title(block.text)}", lead="", emphasis=()))
        kept.append(replace(box, kind="para", text=text, lead="", emphasis=(), page_start=blocks[at].page_start))
        index = at + used
    return kept


# The section the pass above gives an unnumbered box ("Learning point: Coercive control was not recognised"),
# which the walk reads as a heading over an unlabelled lesson.
_UNNUMBERED_SECTION = re.compile(rf"^(?P<caption>{_KIND}): (?P<title>\S.*)$", re.I)


def titled_boxes(lessons: list[Lesson]) -> list[Lesson]:
    """Lessons of unnumbered boxes the pass above rewrote, labelled by their caption and titled by their
    sub-section's heading, the title opening the text (as a labelled heading's lesson). In a lesson section
    the walk takes the rewritten heading as the lesson's title; outside one, as the section it sits under."""
    done: list[Lesson] = []
    for lesson in lessons:
        titled = _UNNUMBERED_SECTION.match(lesson.title) if not lesson.label else None
        if titled and lesson.text.startswith(lesson.title + " "):
            title = titled.group("title")
            rest = lesson.text[len(lesson.title) + 1 :]
            lesson = replace(lesson, label=titled.group("caption"), title=title, text=f"{title} {rest}")
        under = _UNNUMBERED_SECTION.match(lesson.section)
        if under and not lesson.label and not lesson.title and not lesson.text.startswith(under.group("title")):
            title = under.group("title")
            lesson = replace(lesson, label=under.group("caption"), title=title, text=f"{title} {lesson.text}")
        done.append(lesson)
    return done
