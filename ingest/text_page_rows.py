"""Ingest stage, reading plain text: a table row carried over a page break.

A text file's table prints each row as "1 | text | agency", its cells wrapping
onto indented lines. When the page breaks inside a row, the rest of its last cell
("Adult" / "Page 2 of 3" / form feed / "    Social Care") opens the next page,
indented, before the page's own text - or below the page's running header
("Page 3 of 4" / form feed / "Local Child Safeguarding Practice Review: Child D" /
blank / "    Care | 6 months"). carry_rows moves those indented lines back to the row
they belong to, above the page's footer, before the pages are read, each marked
with CARRIED after its indent: the reader gives the row the later page as its end,
so each line keeps its own page.
"""

from __future__ import annotations

import re
from re import Pattern

# The end of a cell's sentence: the row printed whole.
_ENDED = re.compile(r"[.!?:;]\s*$")
# Set after the indent of a line carried back to the page before (the reader takes it off again).
CARRIED = "\ue000"
# A list item printed indented: a bullet or a number opens it, never a cell's rest.
_ITEM = re.compile(r"^\s*(?:[*•·–-]|\d+[.)]|[a-z][.)])\s")


def carry_rows(chunks: list[str], row: Pattern[str]) -> list[str]:
    """The pages (`chunks` of text between form feeds) with the indented lines opening a page moved to the
    end of the table row (`row` finds one) the page before broke off, above that page's footer lines."""
    pages = [chunk.split("\n") for chunk in chunks]
    for number in range(1, len(pages)):
        before, after = pages[number - 1], pages[number]
        start, carried = _opening_rest(after)
        end = _row_end(before, row) if carried else None
        if end is None:
            continue
        moved = [_marked(line) for line in after[start : start + carried]]
        pages[number - 1] = before[: end + 1] + moved + before[end + 1 :]
        pages[number] = after[:start] + after[start + carried :]
    return ["\n".join(lines) for lines in pages]


def _marked(line: str) -> str:
    indent = len(line) - len(line.lstrip())
    return line[:indent] + CARRIED + line[indent:]


def _opening_rest(lines: list[str]) -> tuple[int, int]:
    """Where the indented lines opening the page start, below a running header of one or two short lines
    at the margin if it prints one, and how many there are before a blank line (0: the page opens
    otherwise); they may hold the row's last cells whole ("    children are known. | Hastings Borough
    Council")."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    header = start
    while header < len(lines) and lines[header].strip() and not lines[header][:1].isspace():
        header += 1
    if 0 < header - start <= 2 and all(len(line) <= 80 and "|" not in line for line in lines[start:header]):
        start = next((i for i in range(header, len(lines)) if lines[i].strip()), len(lines))
    count = 0
    for line in lines[start:]:
        if not line.strip():
            break
        if not line[:1].isspace() or line.lstrip().startswith("|") or _ITEM.match(line):
            return start, 0
        count += 1
    return start, count


def _row_end(lines: list[str], row: Pattern[str]) -> int | None:
    """The index of the last line of the table row that ends the page, under at most two short footer lines
    ("Page 2 of 3"); None if the page does not end in a row broken off mid-cell."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None
    footer = []
    i = filled[-1]
    while i >= 0 and lines[i].strip():
        footer.append(i)
        i -= 1
    if len(footer) > 2 or any(len(lines[j].strip()) > 40 or "|" in lines[j] for j in footer):
        return None
    end = max((j for j in filled if j < i), default=None)
    if end is None or _ENDED.search(lines[end]):
        return None
    first = end
    while first > 0 and lines[first - 1].strip():
        first -= 1
    if not row.search(lines[first]) or lines[first][:1].isspace():
        return None
    return end
