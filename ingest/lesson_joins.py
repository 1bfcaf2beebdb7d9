"""Ingest stage: lesson segmentation - one lesson printed as several blocks, joined before the walk.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped) for the lessons a
report prints in more than one block where the walk would read the later blocks as lessons of their
own, or as no part of the lesson:

- a labelled lesson's own numbered points: "Finding 2: title", its paragraph ending on a lead
  ("Practitioners described three reasons why practice fell short:") over points numbered
  "1."-"3." (an ordered list on a web page): the points are the finding's, joined into the lead's
  paragraph without their numbers (a lead announcing recommendations keeps its list);
- a lesson's box continued overleaf under its label again ("Learning point 2 (continued)"): the
  repeated label dropped and the text after it joined to the text before it;
- a numbered item that goes on in unnumbered paragraphs ("2. ...", a second paragraph, "This was
  the most important learning."): paragraphs between item N and item N+1 of the list, or set past
  the item's number in a PDF, are the item's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER
from ingest.lesson_drafts import DIRECTIVE
from ingest.lesson_inner import labelled_kind
from ingest.lesson_intro_cues import announced_kind
from ingest.lesson_patterns import FIELD_LINE, LABEL

# A label printed again over the rest of its lesson: "Learning point 2 (continued)", "Finding 3 - cont'd".
CONTINUED = re.compile(r"^\s*(?:\(\s*(?:continued|cont(?:['’]d|d)?\.?)\s*\)|[–—-]\s*continued\b)\s*", re.I)
# How a numbered item's last sentence ends, closed before a paragraph that carries the item on.
SENTENCE_END = (".", "!", "?", "”", "’", "'", '"', ")")


def item_number(block: Block) -> str:
    """The number of a numbered list item ("2." printed, or drawn by a web page's ordered list), or ""."""
    if block.kind != "item":
        return ""
    if block.number.isdigit():
        return block.number
    match = ITEM_NUMBER.match(block.text)
    return match.group("num") if match and match.group("num").isdigit() else ""


def _words(block: Block) -> str:
    """An item's text without its printed number."""
    match = ITEM_NUMBER.match(block.text) if not block.number else None
    return block.text[match.end() :] if match else block.text


def _joined(first: Block, more: list[Block], text: str) -> Block:
    return replace(first, text=text, page_end=max(b.page_end for b in (first, *more)))


def _points(blocks: list[Block], start: int) -> int:
    """The index after a run of items numbered 1, 2, 3 ... from blocks[start]; start when fewer than two."""
    end = start
    while end < len(blocks) and item_number(blocks[end]) == str(end - start + 1):
        end += 1
    return end if end - start >= 2 else start


def _own_points(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    owner = ""  # the kind of the labelled lesson in force
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "heading":
            owner = labelled_kind(block)
        end = _points(blocks, index + 1) if block.kind == "para" and block.text.rstrip().endswith(":") else index + 1
        if (
            owner in ("finding", "learning_point")
            and end > index + 1
            and announced_kind(block.text) != "recommendation"
            and not any(DIRECTIVE.search(_words(b)) for b in blocks[index + 1 : end])
        ):
            points = blocks[index + 1 : end]
            kept.append(_joined(block, points, " ".join([block.text, *(_words(b) for b in points)])))
            index = end
            continue
        kept.append(block)
        index += 1
    return kept


def _continued_labels(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    label = ""  # the label in force ("learning point 2")
    index = 0
    while index < len(blocks):
        block = blocks[index]
        match = LABEL.match(block.text) if block.kind in ("heading", "para") else None
        end = match.end() if match and match.group("num") else 0
        named = block.text[:end].strip().lower()
        again = CONTINUED.match(block.text[end:]) if named else None
        if again and label == named:
            # the label printed again: the lesson goes on, in the block after it or (plain text) run in
            after = blocks[index + 1] if index + 1 < len(blocks) else None
            rest = replace(block, kind="para", text=block.text[end + again.end() :], lead="")
            if not rest.text and after is not None and after.kind == "para":
                rest, index = after, index + 1
            if kept and kept[-1].kind == "para" and rest.text:
                kept[-1] = _joined(kept[-1], [rest], f"{kept[-1].text} {rest.text}")
            elif rest.text:
                kept.append(rest)
            index += 1
            continue
        if named:
            label = named
        elif block.kind == "heading":
            label = ""
        kept.append(block)
        index += 1
    return kept


def could_go_on(item: Block, block: Block) -> bool:
    """A paragraph after a list item, on its page, that reads as more of the item: the item's sentence
    closed, the paragraph whole sentences in the item's type, no number, label or field line of its own."""
    if block.kind != "para" or block.page_start != item.page_end or FIELD_LINE.match(block.text):
        return False  # on the item's page: a running header overleaf is no paragraph of it
    if not item.text.rstrip().endswith(SENTENCE_END) or not block.text[:1].isupper():
        return False  # the item's sentence left open, a note before its rest overleaf: read by the overleaf pass
    if not block.text.rstrip().endswith(SENTENCE_END):
        return False  # a lead-in ending in a colon, a line of furniture: no sentence of the item's
    if re.match(r"^\W?\d", block.text) or ITEM_NUMBER.match(block.text) or LABEL.match(block.text):
        return False  # "3.1 ..." under "3. Strengthening practice", a page's notes "1 Ofsted (2019) ...": no part of it
    return not (block.size and item.size and block.size < item.size - 1)  # in small type: a note or a caption


def _goes_on(item: Block, block: Block, next_item: Block | None) -> bool:
    """A paragraph after a numbered item that carries the item on: the next item in the list is the
    item's successor, or the paragraph is set past the item's number in a PDF."""
    if not could_go_on(item, block):
        return False
    if next_item is not None and item_number(next_item) == str(int(item_number(item)) + 1):
        return True
    return bool(item.x0) and block.x0 > item.x0 + 15


def _item_paragraphs(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        kept.append(block)
        index += 1
        if not item_number(block):
            continue
        end = index
        while end < len(blocks) and blocks[end].kind == "para":
            end += 1
        after = blocks[end] if end < len(blocks) else None
        more = blocks[index:end]
        if (
            more
            and after is not None
            and after.kind in ("item", "heading")
            and all(_goes_on(block, b, after) for b in more)
        ):
            kept[-1] = _joined(block, more, " ".join([block.text, *(b.text for b in more)]))
            index = end
    return kept


def joined_lesson_parts(blocks: list[Block]) -> list[Block]:
    """Blocks with a labelled lesson's own numbered points, its text continued under its label
    overleaf and a numbered item's further paragraphs joined into the block they go on from."""
    return _item_paragraphs(_continued_labels(_own_points(blocks)))
