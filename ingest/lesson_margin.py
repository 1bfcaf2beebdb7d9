"""Ingest stage: line numbers in the margin taken off before the lesson walk.

A draft or a legal copy numbers every line in its margin; the readers give
such lines as two-cell rows ("12 | text") or, where the number sits close,
paragraphs opening with it ("13 The family ..."). Where the numbers run one
after another through the document, they are taken off and the lines
between two headings joined into one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

LINE_NUMBER = re.compile(r"^\d{1,4}$")
# a numbered line the reader did not set apart as a row: "12 The family moved ..."
NUMBERED_TEXT = re.compile(r"^(?P<n>\d{1,4})\s+(?P<text>\S.*)$", re.S)


def _line_number(block: Block) -> int | None:
    if (
        block.kind == "row"
        and len(block.cells) == 2
        and LINE_NUMBER.match(block.cells[0].strip())
        and block.cells[1].strip()
    ):
        return int(block.cells[0])
    return None


def _numbered_lines(blocks: list[Block]) -> dict[int, str]:
    """{index: text} of the margin's numbered lines, where at least five (three of them set apart as
    "12 | text" rows) are numbered one after another through the document; {} otherwise. A paragraph
    opening with the next number ("13 The family ...") is one of them."""
    found: dict[int, str] = {}
    expected: int | None = None
    rows = 0
    for index, block in enumerate(blocks):
        number = _line_number(block)
        if number is not None:
            if expected is not None and number != expected:
                return {}
            found[index], expected, rows = block.cells[1].strip(), number + 1, rows + 1
        elif (
            expected is not None
            and block.kind == "para"
            and (m := NUMBERED_TEXT.match(block.text))
            and int(m.group("n")) == expected
        ):
            found[index], expected = m.group("text").strip(), expected + 1
    return found if len(found) >= 5 and rows >= 3 else {}


def without_line_numbers(blocks: list[Block]) -> list[Block]:
    """The margin's numbered lines as paragraphs, their numbers off, the lines between two headings
    joined into one."""
    numbered = _numbered_lines(blocks)
    if not numbered:
        return blocks
    out: list[Block] = []
    joining = False
    for index, block in enumerate(blocks):
        if index not in numbered:
            out.append(block)
            joining = False
            continue
        text = numbered[index]
        if joining:
            last = out[-1]
            out[-1] = replace(last, text=f"{last.text} {text}", page_end=block.page_end)
        else:
            out.append(replace(block, kind="para", text=text, cells=()))
            joining = True
    return out
