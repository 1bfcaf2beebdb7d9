"""Ingest stage: lesson segmentation - a report's paragraph numbers taken off its labelled lessons.

A pass run before the walk (ingest/lessons.py, through lesson_passes.pruned). Many reports number
every paragraph ("1.1", "3.2", "4.2"), through the introduction and the background as well as the
learning, and head each lesson with its own label ("Learning point 1: Recording of decisions"). The
number is then where the paragraph stands in the report, never the lesson's label: under a labelled
heading its paragraph is the lesson's text, and the numbered paragraph that introduces the section
("4.1 Each point of learning is set out under its own heading.") is no lesson. The number may open
the paragraph ("4.2 Some key ..."), stand in a margin column beside it (a two-cell row "4.2 | Some
key ...") or be a paragraph of its own before it (a page's side column read first); it is taken off
in each case, and only in a section whose labelled headings have such numbered paragraphs under them,
in a report that numbers its other sections' paragraphs too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import LABEL

# A paragraph number to two or three levels: "4.2", "4.2.1".
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?$")
# A paragraph opened by its number: "4.2 Some key decisions ...".
NUMBERED_PARAGRAPH = re.compile(r"^(?P<num>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<text>\S.*)$", re.S)


def _labelled(block: Block) -> bool:
    if block.kind != "heading":
        return False
    match = LABEL.match(block.text)
    # titled after its label: "Learning point 1: Recording of decisions"
    return match is not None and re.match(r"\W*[A-Za-z]{2}", block.text[match.end() :]) is not None


def _numbered(block: Block) -> str | None:
    """The paragraph without its paragraph number ("" for a number printed as a paragraph of its own,
    apart from its text); None when it has no number."""
    if block.kind == "row" and len(block.cells) == 2 and PARAGRAPH_NUMBER.match(block.cells[0].strip()):
        return block.cells[1].strip() or None
    if block.kind != "para":
        return None
    if PARAGRAPH_NUMBER.match(block.text.strip()):
        return ""
    match = NUMBERED_PARAGRAPH.match(block.text)
    return match.group("text") if match else None


def _sections(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of each run of blocks, from the heading over a section's first labelled heading to
    the next heading that is no labelled one nor below it, whose labelled headings stand over numbered
    paragraphs."""
    spans = []
    index = 0
    while index < len(blocks):
        if not _labelled(blocks[index]):
            index += 1
            continue
        level = blocks[index].level
        start = index
        while start > 0 and not (blocks[start - 1].kind == "heading" and not _labelled(blocks[start - 1])):
            start -= 1
        end = index
        numbered_under = False
        while end < len(blocks):
            block = blocks[end]
            if (
                block.kind == "heading"
                and not _labelled(block)
                and (not level or not block.level or block.level <= level)
            ):
                break
            if _labelled(block) and end + 1 < len(blocks) and _numbered(blocks[end + 1]) is not None:
                numbered_under = True
            end += 1
        if numbered_under:
            spans.append((start, end))
        index = max(end, index + 1)
    return spans


def without_paragraph_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with the paragraph numbers taken off the paragraphs of sections headed by labelled
    lessons, where the report numbers its paragraphs elsewhere too."""
    spans = _sections(blocks)
    if not spans:
        return blocks
    inside = {i for start, end in spans for i in range(start, end)}
    if sum(1 for i in range(len(blocks)) if i not in inside and _numbered(blocks[i]) is not None) < 2:
        return blocks  # only the lessons' paragraphs are numbered: the numbers may be theirs
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        text = _numbered(block) if index in inside else None
        if text is None:
            kept.append(block)
        elif text:
            kept.append(replace(block, kind="para", text=text, cells=(), number=""))
        # a number printed apart from its paragraph (beside it, or the page's numbers read first) is dropped
    return kept
