"""Ingest stage: the positioned text every document reader produces.

Readers (PDF, OCR, plain text, HTML, DOCX) all turn a document into pages
of TextLines; cleaning, structure and lesson segmentation work on those,
whatever the format was. These records are internal to ingest.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextLine:
    """One line of text on a page, with what layout analysis needs.

    Coordinates are points from the top-left corner of the page. `style_level`
    is a heading level the format states itself (HTML h2, a DOCX "Heading 2"
    style); 0 means the format says nothing and font size decides. `row`
    groups the cells of one table row (0: not in a table); `cell` is the
    column index inside that row.
    """

    text: str
    size: float = 10.0
    bold: bool = False
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    style_level: int = 0
    row: int = 0
    cell: int = 0
    gap_before: bool = False  # a paragraph break precedes this line (text formats)
    # The line carries on, past a page break, the paragraph the page before ended on; on a text row's cell, the
    # row's rest was printed on the next page (text formats).
    overleaf: bool = False
    list_item: bool = False  # the format marks the line as a list item
    lead: str = ""  # a bold run opening the line before plain text: a run-in heading or label
    # The bold runs set inside a line of otherwise plain text: (text, opens the line, closes the line),
    # so a run carried over a line break is joined again in its paragraph.
    emphasis: tuple[tuple[str, bool, bool], ...] = ()
    # Where each word starts: (offset in text, x0), for PDF lines, so a line that runs across
    # two table columns can be cut where the second column starts.
    words: tuple[tuple[int, float], ...] = ()
    # The number a browser draws before an ordered list's item (<ol><li>: "3", "b", "iv"), which is no
    # part of the text: read as the label of a lesson the item opens, never as its words.
    number: str = ""


@dataclass(frozen=True)
class PageLayout:
    """The lines of one page in reading order. `number` counts from 1."""

    number: int
    lines: tuple[TextLine, ...]
    width: float = 0.0
    height: float = 0.0
    ocr: bool = False
    positional: bool = True  # coordinates are real (PDF), not made up (text formats)
    styled: bool = False  # the format marks its own headings (HTML, DOCX): no guessing from plain lines
    # A web page's site chrome, never read for lessons: its <title>, header, footer and logos' alt text,
    # one piece a line (the partnership may be named nowhere else).
    chrome: str = ""


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or table row after cleaning.

    `cells` holds the texts of a table row's columns, left to right.
    """

    kind: str  # "heading", "para", "item", "row"
    text: str
    page_start: int
    page_end: int
    level: int = 0
    size: float = 0.0
    bold: bool = False
    cells: tuple[str, ...] = field(default=())
    lead: str = ""  # the bold run opening the block before plain text ("Key finding 1.", a run-in heading)
    # Bold runs inside a paragraph of plain text (a learning point set in bold in the narrative).
    emphasis: tuple[str, ...] = ()
    x0: float = 0.0  # where its first line starts on the page (0 for formats without coordinates)
    number: str = ""  # the list number drawn before it and not printed in its text (TextLine.number)
    # A two-cell row's bold title opening its last cell over that cell's text (a sidebar headed by its title).
    side_title: str = ""
