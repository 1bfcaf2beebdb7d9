"""Ingest stage: lesson segmentation - a list item's stem completed by the numbered parts under it.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A recommendation set
as a lettered or numbered item whose sentence stops on a colon ("(c) The police and children's social
care should agree a joint protocol ..., which should set out:") over parts numbered at the next level
down, in roman numerals ("(i) who records the names ...;", "(ii) the time within which ..."), that
complete its sentence. The parts are the stem's, not lessons of their own: joined into the stem's item
without their numerals. Parts complete a sentence when they open in lower case; two parts at least.

A numbered finding's stem is completed so too: "1. <title>. The review found that:" (an item, a paragraph,
or a line plain text sets as a heading) over lettered parts "(a) ...; and", "(b) ..." opening in lower
case, or parts a list sets further in without their letters: one item, the letters dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

# A roman numeral printed before a part: "(i)", "ii)", "iii." (lower case, as a list's third level).
PART = re.compile(r"^\s*\(?(?P<numeral>[ivx]{1,4})[.)]\s+(?=[a-z])")


def _parts(blocks: list[Block], start: int) -> int:
    """The index after the roman-numbered parts completing blocks[start - 1]; start when fewer than two."""
    end = start
    while end < len(blocks) and blocks[end].kind in ("item", "para") and PART.match(blocks[end].text):
        end += 1
    return end if end - start >= 2 else start


# A numbered stem whose sentence goes on in the parts after it: "1. Title. The review found that:".
NUMBERED_STEM = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S.*\bthat:$")
# A stem's colon with a footnote's marker run on to it ("... seek assurance that:1"): the marker is no part.
STEM_END = re.compile(r"\bthat:(\d{1,2})?$")
# A footnote's note printed between two parts (a page's foot): its number, then its words.
FOOTNOTE = re.compile(r"^\s*\d{1,2}\s+\S")
# A letter printed before a part: "(a)", "b)".
LETTER = re.compile(r"^\s*\(?[a-h]\)\s+(?=[a-z])")


def _lettered_parts(blocks: list[Block], start: int) -> int:
    """The index after the lettered parts (or parts set further in, opening in lower case) completing the
    numbered stem blocks[start - 1]; start when fewer than two."""
    stem = blocks[start - 1]
    stem_text = _unmarked(stem.text.rstrip())
    if stem.kind not in ("item", "para", "heading") or not (
        NUMBERED_STEM.match(stem_text) or (stem.number.isdigit() and stem_text.endswith("that:"))
    ):
        return start
    end = start
    while end < len(blocks) and blocks[end].kind in ("item", "para"):
        part = blocks[end]
        if end > start and _note_between(blocks, end, stem):
            end += 1
            continue
        if not (
            LETTER.match(part.text) or (part.kind == "item" and part.x0 > stem.x0 + 10 and part.text[:1].islower())
        ):
            break
        end += 1
    return end if end - start >= 2 else start


def _unmarked(text: str) -> str:
    """A stem's text less a footnote marker run on to its closing colon."""
    return STEM_END.sub("that:", text)


def _note_between(blocks: list[Block], at: int, stem: Block) -> bool:
    """Whether blocks[at] is a footnote printed between two lettered parts: a numbered note in type smaller
    than the stem's, a lettered part after it."""
    note = blocks[at]
    after = blocks[at + 1] if at + 1 < len(blocks) else None
    return (
        note.kind == "para"
        and bool(note.size and stem.size)
        and note.size < stem.size - 1
        and FOOTNOTE.match(note.text) is not None
        and after is not None
        and LETTER.match(after.text) is not None
    )


def completed_stems(blocks: list[Block]) -> list[Block]:
    """Blocks with an item's stem ending on a colon joined to the roman-numbered parts that complete it (a
    numbered stem to its lettered parts)."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = _parts(blocks, index + 1) if block.kind == "item" and block.text.rstrip().endswith(":") else index + 1
        lettered = _lettered_parts(blocks, index + 1) if end == index + 1 else index + 1
        if lettered > index + 1:
            parts = [
                LETTER.sub("", b.text, count=1)
                for at, b in enumerate(blocks[index + 1 : lettered], index + 1)
                if not _note_between(blocks, at, block)
            ]
            text = " ".join([_unmarked(block.text.rstrip()), *parts])
            page_end = max(b.page_end for b in blocks[index:lettered])
            kept.append(replace(block, kind="item", level=0, text=text, page_end=page_end))
            index = lettered
            continue
        if end > index + 1:
            parts = [PART.sub("", b.text, count=1) for b in blocks[index + 1 : end]]
            text = " ".join([block.text.rstrip(), *parts])
            kept.append(replace(block, text=text, page_end=max(b.page_end for b in blocks[index:end])))
            index = end
            continue
        kept.append(block)
        index += 1
    return kept
