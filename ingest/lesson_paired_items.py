"""Ingest stage: lesson segmentation - list items each carried on in one plain paragraph.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped), before a numbered
item's further paragraphs are joined (ingest/lesson_joins.py). A list printed in pairs: each item
(a bullet, or "1."-"4.") holding the first half of a lesson and one plain paragraph after it holding
the rest, then perhaps a closing paragraph on the list as a whole ("None of this learning is new.",
"More detail on each point is given in ..."). The pairs' rhythm says how much text each item owns:
every item takes the one paragraph after it, the last item too, and what follows the last pair is no
part of it. A list of two or more items of one sort (all bullets, or numbered in order), every item
followed by exactly one paragraph that reads as more of it (lesson_joins.could_go_on).
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_joins import could_go_on, item_number


def _same_list(first: Block, block: Block) -> bool:
    """An item of the list `first` opens: a bullet after a bullet, or the next number after a number."""
    if block.kind != "item":
        return False
    return not item_number(block) if not item_number(first) else True


def _pairs(blocks: list[Block], start: int) -> int:
    """How many item-and-paragraph pairs run from blocks[start]; 0 when fewer than two."""
    count = 0
    index = start
    while index + 1 < len(blocks):
        item, rest = blocks[index], blocks[index + 1]
        if not _same_list(blocks[start], item) or not could_go_on(item, rest):
            break
        number = item_number(item)
        if number and count and number != str(int(item_number(blocks[start])) + count):
            break
        count += 1
        index += 2
        if index < len(blocks) and blocks[index].kind == "para":
            # a second paragraph after the item: a closing paragraph when the list ends there, else no rhythm
            end = index
            while end < len(blocks) and blocks[end].kind == "para":
                end += 1
            if end < len(blocks) and _same_list(blocks[start], blocks[end]):
                return 0
            break
    return count if count >= 2 else 0


def paired_items(blocks: list[Block]) -> list[Block]:
    """Blocks with each item of a list printed in item-and-paragraph pairs joined to its paragraph."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        before = blocks[index - 1] if index else None
        count = _pairs(blocks, index) if block.kind == "item" and (before is None or before.kind != "item") else 0
        if not count:
            kept.append(block)
            index += 1
            continue
        for item, rest in zip(blocks[index : index + 2 * count : 2], blocks[index + 1 : index + 2 * count : 2]):
            kept.append(replace(item, text=f"{item.text} {rest.text}", page_end=max(item.page_end, rest.page_end)))
        index += 2 * count
    return kept
