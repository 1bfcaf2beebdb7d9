"""Ingest stage: plain text documents as pages of lines, and what the readers of the unpositioned formats share.

Text, HTML (ingest.formats_html) and Word (ingest.formats_docx) carry no
coordinates, so lines get `positional=False` pages and what structure the
format itself states: blank lines between paragraphs, Markdown and setext
headings and " | " table rows (text), h1-h4, list items and table cells
(HTML), heading and list styles and tables (DOCX). Form feeds split a text
file into pages; HTML and DOCX are not paginated (where a Word page ends
depends on the printer), so each is one page. Here too: decoding bytes to
text, and the bold runs opening or set in a line that HTML and Word share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ingest.failure import IngestFailure
from ingest.layout import PageLayout, TextLine
from ingest.text_overleaf import overleaf_lines
from ingest.text_page_rows import CARRIED, carry_rows
from ingest.text_repair import repair_text

TABLE_ROW = re.compile(r"\S \| +(?:\| +)*\S")  # "No. | Recommendation | Lead agency", "R1.1 |  | text" (a cell empty)
# " | text | agency": a row whose first cell is empty (a cell printed once, on the row above, for both)
EMPTY_FIRST_CELL = re.compile(r"^ {1,2}\| +\S")
SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,}|_{3,}|\*{3,}|~{3,})$")


def _wrapped_row(lines: list[str], index: int) -> bool:
    """A table row whose first cell wrapped before its first " | ": the indented lines under it
    (up to a blank line) carry the cell separators."""
    if not lines[index].strip() or (lines[index][:1].isspace() and not EMPTY_FIRST_CELL.match(lines[index])):
        return False
    following = []
    for line in lines[index + 1 :]:
        if not line.strip() or not line[:1].isspace():
            break
        following.append(line)
    return any(TABLE_ROW.search(line) for line in following)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else Windows-1252, else Latin-1.

    Kept by hand rather than charset-normalizer: on British review text it
    measurably guesses wrong. Measured with charset-normalizer 3.5 on
    Windows-1252 samples: "cost \u00a340" was read as cp1250 ("cost \u014140"),
    "Na\u00efve" as "Na\u010fve", and a 100 KB page as cp1250 too. A review written
    in Word on Windows is cp1252 when it is not UTF-8; trying the two in
    that order is both exact and instant.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


ATX_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*$")


QUOTED = re.compile(r"^>+ ?", re.MULTILINE)
MAILING_HEADING = re.compile(r"^\*\*\s+(?=\S)((?:(?!\*\*).)+)$")


def _unquoted(text: str) -> str:
    """A forwarded e-mail's quoted message ("> " opening every line of the original) as its own text:
    the marks are taken off where the quoted lines are a good part of the file."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(1 for line in lines if line.startswith(">"))
    if quoted < 5 or quoted < 0.3 * len(lines):
        return text
    return QUOTED.sub("", text)


def read_text(path: Path) -> list[PageLayout]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise IngestFailure("open", "binary content in a text file")
    text = _unquoted(repair_text(decode_text(data).replace("\r\n", "\n").replace("\r", "\n")))
    pages = []
    row_id = 0
    # a row broken off by a page break: its last cell's rest opening the next page goes back to it
    chunks = carry_rows(text.split("\f"), TABLE_ROW)
    overleaf = overleaf_lines(chunks)  # a numbered paragraph's rest opening the next page
    for number, chunk in enumerate(chunks, start=1):
        lines: list[TextLine] = []
        blank = True
        row_parts: list[str] = []  # the lines of a "1 | text | agency" table row, wrapped
        row_overleaf = False  # that row's rest was printed on the next page (text_page_rows.CARRIED)
        empty_first = False  # that row opened " | text": its first cell empty
        raw_lines = chunk.split("\n") + [""]
        for index, raw in enumerate(raw_lines):
            if row_parts and raw.strip() and raw[:1].isspace():
                row_overleaf = row_overleaf or CARRIED in raw  # the row's rest printed on the next page
                row_parts.append(raw.strip().replace(CARRIED, ""))  # an indented line carries on the row
                continue
            raw = raw.replace(CARRIED, "")
            if (
                row_parts
                and raw.strip()
                and not TABLE_ROW.search(raw)
                and not row_parts[-1].rstrip().endswith((".", "!", "?", ":", ";", "|", "-"))
            ):
                # "2017/01 | Child K | ... | Practitioners wanted the" / "family to succeed ...": the last
                # cell's sentence wrapped onto unindented lines (an export one record a line)
                row_parts.append(raw.strip())
                continue
            if row_parts:
                row_id += 1
                joined = " ".join(row_parts)
                if empty_first and joined.startswith("| "):
                    joined = joined[2:]  # the row's first cell empty (EMPTY_FIRST_CELL)
                cells = [c.strip() for c in joined.split(" | ")]
                lines += [
                    TextLine(text=c, size=0.0, gap_before=True, row=row_id, cell=i, overleaf=row_overleaf)
                    for i, c in enumerate(cells)
                    if c
                ]
                row_parts, row_overleaf = [], False
                blank = True
            if (TABLE_ROW.search(raw) or _wrapped_row(raw_lines, index)) and (
                not raw[:1].isspace() or EMPTY_FIRST_CELL.match(raw)
            ):
                row_parts = [raw.strip()]
                empty_first = raw[:1].isspace()
                continue
            if not raw.strip():
                blank = True
                continue
            underline = SETEXT_UNDERLINE.match(raw.strip())
            if underline and lines and not blank:
                # "Title\n=====" (level 1) or "Heading\n-----" (level 2)
                level = 1 if raw.strip()[0] == "=" else 2
                lines[-1] = replace(lines[-1], style_level=level)
                continue
            if underline:
                continue
            atx = ATX_HEADING.match(raw.strip())
            if atx:
                # "## Findings": a heading marked the way Markdown marks one, its level the number of #.
                lines.append(TextLine(text=atx.group(2), size=0.0, gap_before=True, style_level=len(atx.group(1))))
                blank = True
                continue
            marked = MAILING_HEADING.match(raw.strip())
            if marked:
                # "** Key learning": an e-mail bulletin's text version marks its headings with an unclosed "**".
                lines.append(TextLine(text=marked.group(1), size=0.0, gap_before=True, style_level=2))
                blank = True
                continue
            line, lead = _markdown_strong(raw.strip())
            carried = (number - 1, index) in overleaf
            lines.append(TextLine(text=line, size=0.0, gap_before=blank and not carried, lead=lead, overleaf=carried))
            blank = False
        pages.append(PageLayout(number, tuple(lines), positional=False))
    # A trailing form feed leaves an empty last page that was never printed.
    while len(pages) > 1 and not pages[-1].lines:
        pages.pop()
    return pages


STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _markdown_strong(text: str) -> tuple[str, str]:
    """A plain-text line without Markdown's strong marks ("**Finding 1: Hidden men** The ..."), and
    the strong run it opens with, as a bold run opening a line is read in the other formats."""
    opening = STRONG.match(text)
    lead = opening.group(2).strip() if opening and text[opening.end() :].strip() else ""
    return STRONG.sub(r"\2", text), lead


def _emphasis(parts: list[tuple[str, bool]]) -> tuple[tuple[str, bool, bool], ...]:
    """The bold runs among a line's pieces of text: (text, opens the line, closes the line)."""
    words = [(text, bold) for text, bold in parts if text.strip()]
    if not any(bold for _, bold in words):
        return ()
    runs: list[list] = []
    for index, (text, bold) in enumerate(words):
        if not bold:
            continue
        if runs and runs[-1][2] == index - 1:
            runs[-1][0] += text
            runs[-1][2] = index
        else:
            runs.append([text, index, index])
    out = []
    for text, first, last in runs:
        joined = re.sub(r"\s+", " ", text).strip()
        if sum(1 for c in joined if c.isalpha()) >= 2:
            out.append((joined, first == 0, last == len(words) - 1))
    return tuple(out)


def _lead(parts: list[tuple[str, bool]]) -> str:
    """The bold pieces opening a paragraph when plain text follows them ("<b>Key finding 1.</b> The ...")."""
    lead = []
    for text, bold in parts:
        if not bold:
            break
        lead.append(text)
    if not lead or len(lead) == len(parts):
        return ""
    return re.sub(r"\s+", " ", "".join(lead)).strip()
