"""Ingest stage: lesson segmentation - block passes over a lesson's parts.

Passes run before the walk (ingest/lessons.py, through lesson_passes.reshaped) that drop
the parts a labelled lesson is printed with but that are no part of it, and put back a
table cell a reader left out:

- a lesson set out as its statement then sub-headed parts, the first the case's evidence
  ("Finding 2: title", its paragraph, "Evidence", "Why this matters"): the statement is
  the lesson, the sub-headed parts are neither its text nor lessons of their own;
- a learning point's "What this means for practice" bullets addressed to practitioners:
  how to apply that learning, never lessons nor part of it (under a finding the same
  heading announces learning points, and is left to the walk);
- a table's group cell printed once over the rows it spans (a merged "Theme" cell the
  reader gives only to the first row): the rows below it get it back, so each is one
  row of the same shape;
- a list item whose number the format draws and whose lead-in sentence opens lettered
  sub-items: its number put into its text, as a PDF prints it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_around import enquiry_answer_rows
from ingest.lesson_cues import kind_of_label
from ingest.lesson_patterns import ANALYSIS_HEADING, IMPLICATIONS_HEADING, LABEL
from ingest.lesson_publication_notes import publication_notes
from ingest.lesson_quoted_reviews import quoted_review_entries

# The sub-heading over the case's events that show a lesson: "Evidence", "Evidence from this case".
CASE_EVIDENCE = re.compile(
    r"^\W*(?:the\s+)?(?:evidence|what\s+happened)(?:\s+(?:from|in)\s+(?:this|the)\s+(?:case|review|family))?\W*$",
    re.I,
)
# A cell that labels a row: a number or a short code ("3", "4.", "R2", "HV1").
ROW_LABEL = re.compile(r"^(?:[A-Z]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})?\.?$")


def _labelled(block: Block) -> bool:
    label = LABEL.match(block.text) if block.kind == "heading" else None
    return label is not None and bool(label.group("num"))


def _part_heading(text: str) -> bool:
    """A sub-heading of a lesson's parts: its evidence or what it means ("Why it matters")."""
    return bool(CASE_EVIDENCE.match(text) or ANALYSIS_HEADING.match(text) or IMPLICATIONS_HEADING.match(text))


def without_case_evidence(blocks: list[Block]) -> list[Block]:
    """Blocks less the sub-headed parts of a labelled lesson from its "Evidence" sub-heading on, up
    to the next heading at the lesson's level or above (or the next labelled heading), when the
    lesson's statement stands between its heading and that sub-heading."""
    kept: list[Block] = []
    owner: Block | None = None  # the labelled heading in force
    stated = False  # a paragraph under it before any sub-heading
    dropping = False
    for block in blocks:
        if block.kind == "heading":
            # a plain text's sub-headings may stand at the lesson heading's level: only the parts' own
            # sub-headings ("Evidence", "Why it matters") carry on there
            part = bool(CASE_EVIDENCE.match(block.text)) if not dropping else _part_heading(block.text)
            below = owner is not None and (block.level > owner.level or (block.level == owner.level and part))
            if owner is not None and below and (dropping or (stated and part)):
                dropping = True
                continue
            if _labelled(block) or (owner is not None and block.level <= owner.level):
                owner, stated, dropping = (block if _labelled(block) else None), False, False
        elif dropping:
            continue
        elif owner is not None and block.kind == "para":
            stated = True
        kept.append(block)
    return kept


def without_practice_advice(blocks: list[Block]) -> list[Block]:
    """Blocks less a "What this means for practice" sub-heading under a labelled learning point and
    the unnumbered bullets under it: advice on applying the learning point, never lessons."""
    kept: list[Block] = []
    learning: Block | None = None  # the labelled learning point's heading in force
    advice = False
    for block in blocks:
        if block.kind == "heading":
            advice = False
            label = LABEL.match(block.text)
            if label is not None and label.group("num"):
                learning = block if kind_of_label(label.group("word")) == "learning_point" else None
            elif learning is not None and IMPLICATIONS_HEADING.search(block.text) and block.level >= learning.level:
                advice = True
                continue
            elif learning is not None and block.level <= learning.level:
                learning = None
        elif advice and block.kind == "item" and not block.number:
            continue
        else:
            advice = False
        kept.append(block)
    return kept


def spanned_group_cells(blocks: list[Block]) -> list[Block]:
    """Rows short of a table's first cells given back the cells of the row above them: a row
    whose first cell is a label ("2") where the full row above has its label one column in,
    after a group cell ("Information sharing | 1 | ...") the reader printed once."""
    kept: list[Block] = []
    full: Block | None = None  # the last row with every column
    for block in blocks:
        if block.kind != "row":
            if block.kind == "heading":
                full = None
            kept.append(block)
            continue
        cells = [c.strip() for c in block.cells]
        if full is not None and 2 <= len(cells) < len(full.cells):
            missing = len(full.cells) - len(cells)
            above = [c.strip() for c in full.cells]
            if (
                ROW_LABEL.match(cells[0])
                and ROW_LABEL.match(above[missing])
                and not any(ROW_LABEL.match(c) for c in above[:missing])
                and all(above[:missing])
            ):
                cells = above[:missing] + cells
                block = replace(block, cells=tuple(cells), text=" | ".join(cells))
        if full is None or len(cells) >= len(full.cells):
            full = block
        kept.append(block)
    return kept


# The first of a list's lettered sub-items: "a. that the change ...", "(a) ...".
FIRST_LETTER = re.compile(r"^\(?a[.)]\s+\S")


def numbered_lead_ins(blocks: list[Block]) -> list[Block]:
    """A list item whose number the format draws (an HTML or Word list's) and whose text ends in a
    lead-in ("... The partnership should seek assurance:") over lettered sub-items: its number put
    into its text, as a PDF or plain text prints it, so the walk reads the sub-items as its own and
    not as a list the item announces."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind == "item"
            and block.number.rstrip(".)").isdigit()
            and block.text.rstrip().endswith(":")
            and following is not None
            and following.kind == "item"
            and FIRST_LETTER.match(following.text)
        ):
            block = replace(block, text=f"{block.number.rstrip('.)')}. {block.text}", number="")
        kept.append(block)
    return kept


def parted_out(blocks: list[Block]) -> frozenset[int]:
    """The blocks (by id) the passes above drop as parts of a lesson that are no lessons, the lists
    quoting an earlier review's recommendations (ingest/lesson_quoted_reviews.py), a report's notes
    about its own publication (ingest/lesson_publication_notes.py) and the answers to its own key lines
    of enquiry (ingest/lesson_around.py): the learned stages propose none of them either."""
    kept = {id(b) for b in without_practice_advice(without_case_evidence(blocks))}
    dropped = frozenset(id(b) for b in blocks if id(b) not in kept)
    return dropped | quoted_review_entries(blocks) | publication_notes(blocks) | enquiry_answer_rows(blocks)


def lesson_parts(blocks: list[Block]) -> list[Block]:
    """Every pass above, in order."""
    return numbered_lead_ins(spanned_group_cells(without_practice_advice(without_case_evidence(blocks))))
