"""Ingest stage, reading plain text: a numbered paragraph carried on past a page break.

A text file's numbered paragraph ("5.3    Strategy discussions were held ...") prints its wrapped
lines at its text's column, the number hanging left of them. When the page breaks inside it, the rest
opens the next page below the page's running header ("Serious Case Review: Child J", a blank line),
indented at that same column ("       Health professionals who knew ..."), though the sentence before
the break was whole. overleaf_lines finds those lines so the reader carries the paragraph on over the
page, each line keeping its own page.
"""

from __future__ import annotations

import re

# A numbered paragraph's first line: the number, then the text at its column ("5.3    Strategy ...").
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]{0,2}\d{1,2}[.)]?)\s+(?=\S)")
# A line opening an item of its own: a bullet, a number or a letter.
_ITEM = re.compile(r"^\s*(?:[*•·–-]|\d+(?:\.\d+)*[.)]?|[a-z][.)])\s")


def _paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) indexes of the runs of non-blank lines."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate(lines + [""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs


def _hanging_column(lines: list[str]) -> int | None:
    """The column a page's last numbered paragraph sets its text at, under at most two short footer lines
    ("Page 2 of 3"); None when the page ends otherwise."""
    runs = _paragraphs(lines)
    if (
        runs
        and runs[-1][1] - runs[-1][0] < 2
        and all(len(line.strip()) <= 40 for line in lines[runs[-1][0] : runs[-1][1] + 1])
    ):
        runs = runs[:-1]  # the footer
    if not runs:
        return None
    first, last = runs[-1]
    found = _NUMBERED.match(lines[first])
    if found is None or "|" in lines[first]:
        return None
    column = found.end()
    wrapped = lines[first + 1 : last + 1]
    if any(len(line) - len(line.lstrip()) != column for line in wrapped):
        return None
    return column


def overleaf_lines(chunks: list[str]) -> set[tuple[int, int]]:
    """(page index, line index) of each line opening a page's text, below its running header, that carries
    on the numbered paragraph the page before ended on: indented at that paragraph's text column."""
    carried: set[tuple[int, int]] = set()
    for number in range(1, len(chunks)):
        column = _hanging_column(chunks[number - 1].split("\n"))
        if column is None:
            continue
        lines = chunks[number].split("\n")
        runs = _paragraphs(lines)
        # the running header: one or two short lines at the margin, apart from the text
        if runs and runs[0][1] - runs[0][0] < 2 and not lines[runs[0][0]][:1].isspace():
            runs = runs[1:]
        if not runs:
            continue
        first = runs[0][0]
        line = lines[first]
        if len(line) - len(line.lstrip()) == column and not _ITEM.match(line) and line.strip()[:1].isupper():
            carried.add((number, first))
    return carried
