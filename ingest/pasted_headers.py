"""Ingest stage: a running header pasted inside a paragraph, read out of it.

Runs where pages are normalised (`ingest.clean.normalise_pages`), on the lines of each page after the
pages are split, before furniture is removed. A text copy of a PDF sometimes pastes each page's number
and running header into the paragraph that breaks across the page ("... and no one 4 SILP review: Child P |
Final report | May 2021 asked them ..."); the text reader takes its " | " fields for a table row's cells, so
the row's first cell ends with the page number and the header's first field and its last cell opens with
the header's last field. Such a row is known by its repeating further on, with the same fields and a rising
page number each time; a table's rows (cells that differ, no page number before a shared closing) are never
read so. The row goes back to one line of the paragraph, the header's fields kept with the page's chrome (as
a running header on its own line is kept for the metadata by `ingest.clean.removed_lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.layout import PageLayout, TextLine

_SENTENCE_END = re.compile(r"[.!?:]['\")\]]?$")


@dataclass(frozen=True)
class _Row:
    page: int  # index in the pages
    first: int  # index of the row's first line in the page's lines
    last: int  # index of its last line
    cells: tuple[str, ...]
    after: str = ""  # the line after the row, when outside a table (a last cell the reader left apart)


def _rows(pages: list[PageLayout]) -> list[_Row]:
    out = []
    for p, page in enumerate(pages):
        if page.positional:
            continue  # a PDF's own page: its header is set apart by position, never pasted inside a line
        i = 0
        lines = page.lines
        while i < len(lines):
            row = lines[i].row
            j = i
            while row and j + 1 < len(lines) and lines[j + 1].row == row:
                j += 1
            if row and j > i:
                cells = tuple(line.text.strip(" |") for line in lines[i : j + 1])
                after = lines[j + 1].text if j + 1 < len(lines) and not lines[j + 1].row else ""
                out.append(_Row(p, i, j, cells, after))
            i = j + 1
    return out


def _shared_lead(word_lists: list[list[str]]) -> int:
    """How many words every list opens with alike."""
    n = 0
    while all(len(w) > n for w in word_lists) and len({w[n] for w in word_lists}) == 1:
        n += 1
    return n


def _common_prefix(texts: list[str]) -> str:
    words = [t.split() for t in texts]
    return " ".join(words[0][: _shared_lead(words)])


def _common_suffix(texts: list[str]) -> str:
    backwards = [t.split()[::-1] for t in texts]
    return " ".join(backwards[0][: _shared_lead(backwards)][::-1])


def _header_rows(rows: list[_Row]) -> dict[tuple[int, int], tuple[str, str, str, int]]:
    """The rows that are a running header pasted into a paragraph: (page, first line) -> (text before the
    page number, the header's fields, text after the header, the index of the row's last line)."""
    found: dict[tuple[int, int], tuple[str, str, str, int]] = {}
    for size in sorted({len(r.cells) for r in rows}):
        group = [r for r in rows if len(r.cells) == size]
        if len(group) < 2 or (size > 2 and any(r.cells[1:-1] != group[0].cells[1:-1] for r in group)):
            continue
        head = _common_suffix([r.cells[0] for r in group])
        tail = _common_prefix([r.cells[-1] for r in group])
        if not head or not tail or len(head) + len(tail) < 8:
            continue
        # A row whose last cell the reader left on the next line ("... | Final report |" / "May 2021 asked").
        broken = [
            replace(r, cells=(*r.cells, r.after), last=r.last + 1)
            for r in rows
            if len(r.cells) == size - 1 and r.cells[1:] == group[0].cells[1:-1] and r.after.startswith(tail + " ")
        ]
        pattern = re.compile(r"^(?P<body>.*?)\s*\b(?P<num>\d{1,3})\s+" + re.escape(head) + "$")
        parts = []
        for r in sorted([*group, *broken], key=lambda r: (r.page, r.first)):
            m = pattern.match(" ".join(r.cells[0].split()))
            if not m:
                break
            after = " ".join(r.cells[-1].split())[len(tail) :].strip()
            parts.append((r, m["body"], int(m["num"]), after))
        numbers = [num for _, _, num, _ in parts]
        if len(parts) != len(group) + len(broken) or numbers != sorted(set(numbers)):
            continue  # a page number each time, rising through the document
        if not any(body and after for _, body, _, after in parts):
            continue  # text on both sides of the header somewhere: it was pasted inside a paragraph
        fields = " | ".join((head, *group[0].cells[1:-1], tail))
        for r, body, _, after in parts:
            found[(r.page, r.first)] = (body, fields, after, r.last)
    return found


def rejoin_pasted_headers(pages: list[PageLayout]) -> list[PageLayout]:
    """The pages with each running header pasted inside a paragraph taken out of it."""
    rows = _rows(pages)
    found = _header_rows(rows) if len(rows) >= 2 else {}
    if not found:
        return pages
    out = []
    for p, page in enumerate(pages):
        lines: list[TextLine] = []
        chrome = [page.chrome] if page.chrome else []
        i = 0
        while i < len(page.lines):
            if (p, i) not in found:
                lines.append(page.lines[i])
                i += 1
                continue
            body, fields, after, last = found[(p, i)]
            line = page.lines[i]
            text = " ".join(part for part in (body, after) if part)
            # The paragraph goes on across the header unless the row opens the page's text or follows
            # a sentence's end.
            gap = line.gap_before and (not lines or bool(_SENTENCE_END.search(lines[-1].text)))
            if text:
                lines.append(replace(line, text=text, row=0, cell=0, gap_before=gap))
            if fields not in chrome:
                chrome.append(fields)
            i = last + 1
        out.append(replace(page, lines=tuple(lines), chrome="\n".join(chrome)))
    return out
