"""Ingest stage: PDF text, page by page, with font size, weight and position.

One pdfminer.six pass over the document (PDFPageAggregator with LAParams)
gives each page's text boxes and lines; this module keeps, for every line,
its font size, whether it is bold and where it sits, and puts the lines in
reading order: two-column pages column by column, table rows cell by cell.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTFigure, LTImage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException, PSException
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from ingest.failure import IngestFailure
from ingest.layout import PageLayout, TextLine
from ingest.pdf_glyphs import attach_glyphs, loose_glyphs

# boxes_flow=None: we order boxes ourselves (columns, table rows), and
# skipping pdfminer's own ordering roughly doubles its speed on long documents.
LAPARAMS = LAParams(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=None)

_SYMBOL_FONT = re.compile(r"dingbat|wingding|symbol|webding", re.IGNORECASE)
_BOLD_MARKS = ("bold", "black", "heavy", "semibold", "demi")


@functools.cache
def _bold_font(fontname: str) -> bool:
    """Whether a font's name marks it bold (asked once per font, not once per character)."""
    name = fontname.lower()
    return any(mark in name for mark in _BOLD_MARKS)


# pdfminer logs a warning for every odd object in a damaged file; the outcome
# we need is the exception (or the text), not the log noise.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass
class LineBox:
    """A group of lines laid out together (a pdfminer text box, an OCR line)."""

    x0: float
    x1: float
    top: float
    bottom: float
    lines: list[TextLine]


def read_pdf(path: Path, max_pages: int) -> tuple[list[PageLayout], list[int]]:
    """Read a PDF into pages of ordered lines.

    Returns the pages and the numbers of the pages that have no text layer
    but do hold an image (the OCR candidates). Raises IngestFailure.
    """
    with open(path, "rb") as handle:
        head = handle.read(1024)
        if b"%PDF-" not in head:
            raise IngestFailure("open", "not a PDF file (no %PDF- header)")
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        truncated = b"%%EOF" not in handle.read()
        handle.seek(0)
        damage = "truncated PDF (no end-of-file marker)" if truncated else "corrupt PDF"
        try:
            document = _open_document(handle)
            page_count = _declared_page_count(document)
            if page_count > max_pages:
                raise IngestFailure("open", f"{page_count} pages, more than the limit of {max_pages}")
            pages, image_only = _read_pages(document, max_pages)
            if page_count and len(pages) < page_count:
                raise IngestFailure("parse", f"{damage}: {len(pages)} of {page_count} pages readable")
            return pages, image_only
        except IngestFailure:
            raise
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise IngestFailure("open", f"encrypted PDF: cannot decrypt ({type(exc).__name__})") from exc
        except (PDFException, PSException) as exc:
            raise IngestFailure("parse", f"{damage}: {type(exc).__name__}: {exc}") from exc
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            AssertionError,
            OverflowError,
            ZeroDivisionError,
        ) as exc:
            # pdfminer lets plain Python errors escape on damaged object streams.
            raise IngestFailure("parse", f"{damage}: {type(exc).__name__}: {exc}") from exc
        except RecursionError as exc:
            raise IngestFailure("parse", f"{damage}: object graph nests too deep") from exc
        except Exception as exc:  # struct.error, zlib.error and kin from damaged streams
            raise IngestFailure("parse", f"{damage}: {type(exc).__name__}: {exc}") from exc


def _open_document(handle) -> PDFDocument:
    parser = PDFParser(handle)
    # An empty user password opens files with owner-only restrictions: those are readable.
    return PDFDocument(parser, password="")


def _declared_page_count(document: PDFDocument) -> int:
    try:
        pages = resolve1(document.catalog.get("Pages"))
        return int(resolve1(pages.get("Count", 0)))
    except Exception:  # an odd page tree: let the page walk find out
        return 0


def _read_pages(document: PDFDocument, max_pages: int) -> tuple[list[PageLayout], list[int]]:
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAPARAMS)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[PageLayout] = []
    image_only: list[int] = []
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            raise IngestFailure("open", f"more than the limit of {max_pages} pages")
        interpreter.process_page(page)
        layout = device.get_result()
        width = float(layout.width)
        height = float(layout.height)
        boxes = [_box(item, height) for item in layout if isinstance(item, LTTextBox)]
        boxes = [b for b in boxes if b.lines]
        attach_glyphs(boxes, loose_glyphs(layout, height))
        if not boxes and _has_image(layout):
            image_only.append(number)
        lines = order_boxes(boxes, width, height)
        pages.append(PageLayout(number, tuple(lines), width, height))
    if not pages:
        raise IngestFailure("parse", "the PDF has no pages")
    return pages, image_only


def _has_image(layout) -> bool:
    stack = list(layout)
    while stack:
        item = stack.pop()
        if isinstance(item, LTImage):
            return True
        if isinstance(item, LTFigure):
            stack.extend(item)
    return False


def _bold_runs(pieces: list[str], weights: list[bool | None]) -> tuple[tuple[str, bool, bool], ...]:
    """The line's bold runs of words: (text, opens the line, closes the line)."""
    marks = [w for w in weights if w is not None]
    if not marks or not any(marks):
        return ()
    runs = []
    start = None
    for index, weight in enumerate([*weights, False]):
        if weight and start is None:
            start = index
        elif weight is False and start is not None:
            runs.append((start, index))
            start = None
    first = next(i for i, w in enumerate(weights) if w is not None)
    last = max(i for i, w in enumerate(weights) if w is not None)
    out = []
    for a, b in runs:
        text = "".join(pieces[a:b]).strip()
        end = max(i for i in range(a, b) if weights[i] is not None)
        if sum(1 for c in text if c.isalpha()) >= 2:
            out.append((re.sub(r"\s+", " ", text), a == first, end == last))
    return tuple(out)


def _box(item: LTTextBox, page_height: float) -> LineBox:
    lines = []
    for line in item:
        if not isinstance(line, LTTextLine):
            continue
        pieces: list[str] = []
        sizes: Counter = Counter()
        bold = 0
        visible = 0
        lead_end = -1  # pieces before this index are the line's opening bold run
        words: list[tuple[int, float]] = []
        offset = 0
        weights: list[bool | None] = []  # each piece bold, plain, or None (a space: neither)
        for char in line:
            glyph = char.get_text()
            if isinstance(char, LTChar) and not glyph.isspace():
                if not pieces or pieces[-1].isspace():
                    words.append((offset, float(char.x0)))
                if visible == 0 and _SYMBOL_FONT.search(char.fontname):
                    glyph = "\u2022"  # a Wingdings/ZapfDingbats/Symbol bullet opening the line
                visible += 1
                sizes[round(char.size * 2) / 2] += 1
                if _bold_font(char.fontname):
                    bold += 1
                    weights.append(True)
                else:
                    weights.append(False)
                    if lead_end < 0:
                        lead_end = len(pieces)
            else:
                weights.append(None)
            pieces.append(glyph)
            offset += len(glyph)
        text = "".join(pieces).rstrip("\n")
        lead = "".join(pieces[:lead_end]).strip() if lead_end > 0 and bold >= 2 else ""
        if not text.strip():
            continue
        size = sizes.most_common(1)[0][0] if sizes else 0.0
        lines.append(
            TextLine(
                text=text,
                size=size,
                bold=visible > 0 and bold >= 0.6 * visible,
                lead=lead if len(lead) >= 2 and any(c.isalpha() for c in lead) else "",
                emphasis=_bold_runs(pieces, weights),
                x0=float(line.x0),
                x1=float(line.x1),
                top=page_height - float(line.y1),
                bottom=page_height - float(line.y0),
                words=tuple(words),
            )
        )
    lines.sort(key=lambda l: (round(l.top, 1), l.x0))
    return LineBox(
        x0=float(item.x0),
        x1=float(item.x1),
        top=page_height - float(item.y1),
        bottom=page_height - float(item.y0),
        lines=lines,
    )


def order_boxes(boxes: list[LineBox], width: float, height: float) -> list[TextLine]:
    """Put a page's boxes in reading order and flatten them to lines."""
    if not boxes:
        return []
    if _is_two_columns(boxes, width, height):
        return _order_columns(boxes, width)
    return _order_rows(boxes)


def _line_count(boxes: list[LineBox]) -> int:
    return sum(len(b.lines) for b in boxes)


def _is_two_columns(boxes: list[LineBox], width: float, height: float) -> bool:
    # Running headers and footers sit outside the columns.
    boxes = [b for b in boxes if b.top > 0.09 * height and b.bottom < 0.91 * height]
    mid = width / 2
    slack = 0.03 * width
    left = [b for b in boxes if b.x1 <= mid + slack]
    right = [b for b in boxes if b.x0 >= mid - slack]
    if not left or not right:
        return False
    if _line_count(left) < 3 or _line_count(right) < 3:
        return False
    # Real columns hold wide paragraphs; a table's number or agency column is narrow.
    if max(b.x1 - b.x0 for b in left) < 0.28 * width or max(b.x1 - b.x0 for b in right) < 0.28 * width:
        return False
    # Table cells line up row by row; the paragraphs of two columns rarely do.
    aligned = sum(1 for l in left for r in right if abs(l.top - r.top) < 1.5)
    if aligned > max(2, 0.5 * min(len(left), len(right))):
        return False
    return any(l.top < r.bottom and r.top < l.bottom for l in left for r in right)


def _order_columns(boxes: list[LineBox], width: float) -> list[TextLine]:
    mid = width / 2
    slack = 0.03 * width
    spanning = sorted(
        (b for b in boxes if not (b.x1 <= mid + slack or b.x0 >= mid - slack)),
        key=lambda b: b.top,
    )
    rest = [b for b in boxes if b not in spanning]
    ordered: list[LineBox] = []
    upper = float("-inf")
    for cut in spanning + [None]:
        lower = cut.top if cut is not None else float("inf")
        band = [b for b in rest if upper <= b.top < lower]
        ordered += sorted((b for b in band if b.x1 <= mid + slack), key=lambda b: b.top)
        ordered += sorted((b for b in band if not b.x1 <= mid + slack), key=lambda b: b.top)
        if cut is not None:
            ordered.append(cut)
            upper = cut.top
    lines: list[TextLine] = []
    for box in ordered:
        lines.extend(box.lines)
    return lines


def _order_rows(boxes: list[LineBox]) -> list[TextLine]:
    """Top to bottom; boxes side by side form a table row, read left to right."""
    boxes = sorted(boxes, key=lambda b: (b.top, b.x0))
    rows: list[list[LineBox]] = []
    for box in boxes:
        if rows:
            row = rows[-1]
            top = min(b.top for b in row)
            bottom = max(b.bottom for b in row)
            overlap = min(bottom, box.bottom) - max(top, box.top)
            smaller = min(bottom - top, box.bottom - box.top) or 1.0
            beside = all(box.x0 >= b.x1 - 2 or box.x1 <= b.x0 + 2 for b in row)
            if beside and overlap >= 0.5 * smaller:
                row.append(box)
                continue
            # A cell merged down over several rows (a recommendation beside the rows of its actions):
            # a box under a row's cell but still inside the merged cell's height stays in that row.
            tall = [b for b in row if b.bottom - b.top > 2 * smaller]
            if (
                len(row) > 1
                and tall
                and box.bottom <= max(b.bottom for b in tall) + 2
                and all(box.x0 >= b.x1 - 2 or box.x1 <= b.x0 + 2 for b in tall)
            ):
                row.append(box)
                continue
        rows.append([box])
    lines: list[TextLine] = []
    row_id = 0
    grid: list[float] = []  # the left edges of the columns of the table being read (its fullest row)
    for row in rows:
        if len(row) == 1:
            lines.extend(row[0].lines)
            grid = []
            continue
        row_id += 1
        # Boxes stacked in one column of the row are one cell, read top to bottom.
        columns: list[list[LineBox]] = []
        for box in sorted(row, key=lambda b: (b.x0, b.top)):
            if columns and box.x0 < max(b.x1 for b in columns[-1]) - 2:
                columns[-1].append(box)
            else:
                columns.append([box])
        edges = [min(b.x0 for b in column) for column in columns]
        if len(edges) >= len(grid):
            grid = edges
            places = list(range(len(columns)))
        else:
            # A row with empty cells (under cells merged down from the row above): each cell keeps
            # the index of the table column it stands in, so "Action" stays the Action column.
            places = _places(edges, grid)
        for cell, column in zip(places, columns):
            # The next table column, when this row leaves it empty: a line reaching into it is two cells.
            following = grid[cell + 1] if cell + 1 < len(grid) and cell + 1 not in places else None
            for box in sorted(column, key=lambda b: b.top):
                for line in box.lines:
                    for part, index in _split_at(line, following, cell):
                        lines.append(_with_cell(part, row_id, index))
    return lines


def _split_at(line: TextLine, edge: float | None, cell: int) -> list[tuple[TextLine, int]]:
    """A line set across two table columns ("All partner agencies March 2022" over Lead and By
    when, the gap between them too narrow for the layout analysis) cut where the next column
    starts; any other line whole."""
    from dataclasses import replace

    if edge is None or line.x1 <= edge + 2:
        return [(line, cell)]
    cut = next(((offset, x0) for offset, x0 in line.words if offset and x0 >= edge - 2), None)
    if cut is None:
        return [(line, cell)]
    offset, x0 = cut
    left, right = line.text[:offset].rstrip(), line.text[offset:].strip()
    if not left or not right:
        return [(line, cell)]
    return [
        (replace(line, text=left, x1=x0, words=tuple(w for w in line.words if w[0] < offset)), cell),
        (replace(line, text=right, x0=x0, lead="", words=()), cell + 1),
    ]


def _places(edges: list[float], grid: list[float]) -> list[int]:
    """The grid column each left edge stands in, in order; plain 0..n-1 when they do not line up."""
    places: list[int] = []
    for edge in edges:
        nearest = min(range(len(grid)), key=lambda i: abs(grid[i] - edge))
        if abs(grid[nearest] - edge) > 6 or (places and nearest <= places[-1]):
            return list(range(len(edges)))
        places.append(nearest)
    return places


def _with_cell(line: TextLine, row: int, cell: int) -> TextLine:
    from dataclasses import replace

    return replace(line, row=row, cell=cell)
