"""Ingest stage: lesson segmentation - display typography read back as text.

Passes run before the walk (ingest/lessons.py, through lesson_passes.pruned) that undo what a
page's display type does to the words a text layer gives:

- a drop capital, the paragraph's first letter printed apart and large ("S" over "ervices
  worked ..."): joined back to its word;
- a heading in letter-spaced capitals ("F I N D I N G 2", "R E C O M M E N D A T I O N S"):
  its letters closed up into words ("FINDING 2"), so its label and section are known;
- dot leaders running from a recommendation's text to its lead agency at the right ("... every
  conference. ............ GP practices"): the agency set before the text as its lead ("GP
  practices: ..."), as the walk reads a named lead;
- a kicker, the lesson's label set small above its heading ("KEY LEARNING 2" over "Case
  closure without the child being seen"), which the reader gives as a paragraph: made a
  heading at the level of the one under it, as a label printed as a heading over its title
  is read;
- a list's numbers printed alone, each on a line of its own over its paragraph (often in a
  circle, "1" or "①"): joined to the paragraph as its list number ("1. Police should ...");
- a heading set wholly in quotation marks ("“Thinking about the whole family”"): read without
  them, so the lesson's title and text are the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import LABEL

# A paragraph's first letter printed apart, large: one capital alone in its block.
DROP_CAPITAL = re.compile(r"^[A-Z]$")
# Letter-spaced capitals: four or more single letters apart, perhaps with a number after them.
LETTER_SPACED = re.compile(r"^(?:[A-Z]\s){3,}[A-Z](?:\s+\d{1,2}(?:\s\d)?)?$")

# A lesson's text, dot leaders, and a name at the right: "... conference. ............ GP practices".
LEADERS = re.compile(
    r"^(?P<num>\(?\d{1,2}[.)]\s+)?(?P<text>\S.*?[.!?]['’”)]?)\s*(?:\.\s?){4,}\s*(?P<who>[A-Z][^.:;!?\d]{1,60}?)\s*$",
    re.S,
)


def joined_drop_capitals(blocks: list[Block]) -> list[Block]:
    """Blocks with a capital printed apart (a drop capital) joined to the paragraph after it when that
    paragraph opens with the rest of the word ("S" then "ervices worked ..." -> "Services worked ...")."""
    kept: list[Block] = []
    skip = False
    for index, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind in ("para", "heading")
            and DROP_CAPITAL.match(block.text.strip())
            and after is not None
            and after.kind == "para"
            and after.text[:1].islower()
        ):
            kept.append(replace(after, text=block.text.strip() + after.text, page_start=block.page_start))
            skip = True
            continue
        kept.append(block)
    return kept


def closed_letter_spacing(blocks: list[Block]) -> list[Block]:
    """Blocks with a heading (or a short line) in letter-spaced capitals closed up: "F I N D I N G 2"
    -> "FINDING 2", "R E C O M M E N D A T I O N S" -> "RECOMMENDATIONS"."""
    return [replace(b, text=_closed(b.text.strip())) if LETTER_SPACED.match(b.text.strip()) else b for b in blocks]


def _closed(text: str) -> str:
    letters = re.match(r"^((?:[A-Z]\s)*[A-Z])(.*)$", text)
    assert letters is not None
    number = letters.group(2).replace(" ", "")
    return letters.group(1).replace(" ", "") + (f" {number}" if number else "")


def leaders_to_lead(blocks: list[Block]) -> list[Block]:
    """Blocks with a list item's dot leaders to a name at the right read as that name's lead before the
    text ("1. Police should ... ........ Police" -> "1. Police: Police should ...")."""
    kept: list[Block] = []
    for block in blocks:
        led = LEADERS.match(block.text.strip()) if block.kind == "item" else None
        if led is not None and len(led.group("who").split()) <= 6:
            text = f"{led.group('num') or ''}{led.group('who').strip()}: {led.group('text')}"
            block = replace(block, text=text)
        kept.append(block)
    return kept


def _label_alone(text: str) -> bool:
    """A lesson label with nothing after it: "KEY LEARNING 2", "Finding 3"."""
    match = LABEL.match(text.strip())
    return match is not None and match.group("num") is not None and not text.strip()[match.end() :].strip()


def _title_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text.split()) <= 12 and text[:1].isupper() and not text.endswith((".", ":", ";", "!", "?"))


def kickers_over_headings(blocks: list[Block]) -> list[Block]:
    """Blocks with a paragraph that is a lesson's label alone, straight above a heading (a kicker set
    in small type over it), made a heading at the level of the one under it."""
    kept = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        after = blocks[index + 1]
        if (
            block.kind == "para"
            and after.kind == "heading"
            and _label_alone(block.text)
            and not _label_alone(after.text)
        ):
            kept[index] = replace(block, kind="heading", level=after.level, lead="", emphasis=())
        elif (
            block.kind == "para"
            and after.kind == "para"
            and index + 2 < len(blocks)
            and blocks[index + 2].kind == "para"
            and _label_alone(block.text)
            and _title_line(after.text)
        ):
            # a scan that set neither apart as headings: the label over its title line, over the text
            kept[index] = replace(block, kind="heading", level=3, lead="", emphasis=())
            kept[index + 1] = replace(after, kind="heading", level=3, lead="", emphasis=())
    return kept


# A number printed alone on its line, perhaps in a circle: "1", "①", "❷".
_CIRCLED = {
    **{chr(0x2460 + n): n + 1 for n in range(20)},
    **{chr(base + n): n + 1 for base in (0x2776, 0x2780, 0x278A) for n in range(10)},
}
BARE_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2}|[" + "".join(_CIRCLED) + r"])\s*$")


def _bare_number(block: Block) -> int | None:
    match = BARE_NUMBER.match(block.text) if block.kind in ("para", "heading") else None
    if match is None:
        return None
    num = match.group("num")
    return _CIRCLED[num] if num in _CIRCLED else int(num)


def numbers_over_paragraphs(blocks: list[Block]) -> list[Block]:
    """Blocks with each number printed alone over a paragraph joined to it as its list number, where at
    least two such numbers follow one another in sequence ("1" / paragraph / "2" / paragraph)."""
    numbered: dict[int, int] = {}  # index of the number -> its value
    index = 0
    while index < len(blocks) - 1:
        run: list[tuple[int, int]] = []
        at = index
        while at < len(blocks) - 1:
            number = _bare_number(blocks[at])
            after = blocks[at + 1]
            if number is None or after.kind != "para" or not after.text[:1].isupper():
                break
            if run and number != run[-1][1] + 1:
                break
            run.append((at, number))
            at += 2
        if len(run) >= 2:
            numbered.update(run)
            index = at
        else:
            index += 1
    if not numbered:
        return blocks
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if index in numbered:
            continue
        if index - 1 in numbered:
            block = replace(
                block, kind="item", text=f"{numbered[index - 1]}. {block.text}", page_start=blocks[index - 1].page_start
            )
        kept.append(block)
    return kept


# A heading wholly inside one pair of quotation marks, none within: "“Thinking about the whole family”".
QUOTED_HEADING = re.compile(r"^\s*[\"“‘'](?P<inner>[^\"“”]*[A-Za-z][^\"“”]*?)[\"”’']\s*$")


def unquoted_headings(blocks: list[Block]) -> list[Block]:
    """Blocks with a heading printed wholly in quotation marks read without them."""
    kept = []
    for block in blocks:
        quoted = QUOTED_HEADING.match(block.text) if block.kind == "heading" else None
        if quoted is not None and quoted.group("inner").strip():
            block = replace(block, text=quoted.group("inner").strip())
        kept.append(block)
    return kept
