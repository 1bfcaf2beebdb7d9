"""Ingest stage: a scanned numbered list whose later numbers the OCR misread, read before lesson
segmentation (ingest/lessons.py).

OCR reads "3." as "35" or "3," (the full stop taken for a digit or a comma) or "2." as letters ("Be"), and the item
then comes out as a paragraph with a wrong number or a stray word before its text. After an item
numbered n, a paragraph set at the list's left edge whose first token (at most three characters)
is not a word of the sentence and whose text asks something, as the items before it do, is item
n + 1. The first item's "1." read as a mark (":", "i,", "l.") is given back when the item after it is
numbered 2. A code label's "1" read as a letter ("Ri" for "R1") is given back when the next paragraph
carries the same code numbered 2.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

NUMBERED = re.compile(r"^(?P<num>\d{1,2})[.)]\s+(?=\S)")
# a stray token before a capitalised sentence: "35 The youth ...", "Be The Partnership ..."
STRAY = re.compile(r"^(?P<token>[\w]{1,3}[.,:)]?)\s+(?=[A-Z][a-z])")
ASKS = re.compile(r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to|will)\b", re.I)
EDGE = 3.0  # points either side of the list's left edge


def misread_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with the paragraphs that are a numbered list's items under misread numbers made items
    numbered in sequence."""
    kept: list[Block] = []
    number, edge, asks = 0, 0.0, False
    for block in blocks:
        numbered = NUMBERED.match(block.text) if block.kind == "item" else None
        if numbered is not None:
            number, edge, asks = int(numbered.group("num")), block.x0, bool(ASKS.search(block.text))
        elif number and block.kind == "para" and block.x0 and edge and abs(block.x0 - edge) <= EDGE:
            stray = STRAY.match(block.text)
            rest = block.text[stray.end() :] if stray else ""
            token = stray.group("token").rstrip(".,:)") if stray else ""
            following = str(number + 1)
            # "3," or "3:" for "3.", and "35" for "3." (its full stop read as a digit)
            misread = token == following or (
                token.isdigit() and len(token) == len(following) + 1 and token.startswith(following)
            )
            lettered = token.isalpha() and token[:1].isupper() and rest[:1].isupper()
            if stray and (misread or lettered) and asks and ASKS.search(rest.split(". ")[0]):
                number += 1
                block = replace(block, kind="item", text=f"{number}. {rest}")
            else:
                number = 0
        elif block.kind != "para" or not block.x0:
            number = 0
        kept.append(block)
    return kept


# A code label's "1" read as a letter ("Ri", "Rl", "RI", "R|"): the first of codes "R2", "R3" after it.
MISREAD_ONE = re.compile(r"^(?P<prefix>[A-Z]{1,3})[ilI|!](?=\s+[A-Z])")


# the first number of a list read as a mark or a letter like a one: ":", "i,", "l.", "1:", "|"
MISREAD_FIRST = re.compile(r"^(?P<token>[1lIi|!]?[.,:;)]|[lIi|!])\s+(?=[A-Z][a-z])")


def misread_first_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list's first item given back its number: a paragraph (or an item read as
    lettered) that asks something,
    opening with a mark read for "1." (MISREAD_FIRST), straight before an item numbered 2 at the same
    left edge, and after no numbered item of its own."""
    kept = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        following = blocks[i + 1]
        before = blocks[i - 1] if i else None
        # a paragraph, or an item the reader took for lettered ("l. The ..." before "2. ...")
        match = MISREAD_FIRST.match(block.text) if block.kind in ("para", "item") and block.x0 else None
        second = NUMBERED.match(following.text) if following.kind == "item" else None
        if (
            match
            and second is not None
            and second.group("num") == "2"
            and abs(following.x0 - block.x0) <= EDGE
            and not (before is not None and before.kind == "item" and NUMBERED.match(before.text))
            and ASKS.search(block.text[match.end() :].split(". ")[0])
        ):
            kept[i] = replace(block, kind="item", text=f"1. {block.text[match.end() :]}")
    return kept


def misread_code_ones(blocks: list[Block]) -> list[Block]:
    """Blocks with the first of a run of coded paragraphs ("R1 ...", "R2 ...") whose "1" the OCR
    read as a letter given its code back, when the next paragraph carries the same code numbered 2."""
    kept = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        match = MISREAD_ONE.match(block.text) if block.kind in ("para", "item") else None
        following = blocks[i + 1]
        if match and following.kind == block.kind and re.match(rf"{match.group('prefix')}2\s", following.text):
            kept[i] = replace(block, text=f"{match.group('prefix')}1{block.text[match.end() :]}")
    return kept


# the wrapped end of an item, then the next item's number read as a mark, run on in one line:
# "group. % The ICB should ...", "months. 3, Police should ..."
RUN_ON = re.compile(
    r"^(?P<tail>[a-z][^.!?]{0,100}[.!?])\s+(?P<mark>[^\w\s]{1,2}|\d{1,2}[.,:;)]?)\s+(?P<rest>[A-Z][a-z].*)$", re.S
)


def misread_run_on_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list's item run on after the wrapped end of the item before it, its number
    read as a mark ("group. % The ICB should ..."), parted again: the end joins the item numbered n
    before it, the rest is item n + 1, when both ask something."""
    kept: list[Block] = []
    for block in blocks:
        before = kept[-1] if kept else None
        numbered = NUMBERED.match(before.text) if before is not None and before.kind == "item" else None
        run_on = RUN_ON.match(block.text) if block.kind == "para" and numbered is not None else None
        if (
            before is not None
            and numbered is not None
            and run_on is not None
            and block.page_start == before.page_end
            and ASKS.search(before.text)
            and ASKS.search(run_on.group("rest").split(". ")[0])
            and not (
                (digits := run_on.group("mark").rstrip(".,:;)")).isdigit()
                and digits != str(int(numbered.group("num")) + 1)
            )
        ):
            kept[-1] = replace(before, text=f"{before.text} {run_on.group('tail')}")
            kept.append(replace(block, kind="item", text=f"{int(numbered.group('num')) + 1}. {run_on.group('rest')}"))
            continue
        kept.append(block)
    return kept
