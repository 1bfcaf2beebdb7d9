"""Ingest stage: PDF text, page by page, with font size, weight and position.

One pdfminer.six pass over the document (PDFPageAggregator with LAParams)
gives each page's text boxes and lines; this module keeps, for every line,
its font size, whether it is bold and where it sits, and puts the lines in
reading order (ingest/reading_order.py: two-column pages column by column,
table rows cell by cell).
"""

from __future__ import annotations

import functools
import logging
import re
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
from ingest.reading_order import LineBox, order_boxes

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
        sizes: dict[float, int] = {}
        bold = 0
        visible = 0
        lead_end = -1  # pieces before this index are the line's opening bold run
        words: list[tuple[int, float]] = []
        offset = 0
        weights: list[bool | None] = []  # each piece bold, plain, or None (a space: neither)
        after_space = True  # the line's start or a space before: a visible glyph here opens a word
        font, font_bold = None, False  # the last font asked about: a line's glyphs mostly share one
        for char in line:
            glyph = char.get_text()
            if isinstance(char, LTChar) and not glyph.isspace():
                if after_space:
                    words.append((offset, float(char.x0)))
                if char.fontname is not font:
                    font, font_bold = char.fontname, _bold_font(char.fontname)
                if visible == 0 and _SYMBOL_FONT.search(font):
                    glyph = "\u2022"  # a Wingdings/ZapfDingbats/Symbol bullet opening the line
                visible += 1
                size = round(char.size * 2) / 2
                sizes[size] = sizes.get(size, 0) + 1
                if font_bold:
                    bold += 1
                    weights.append(True)
                else:
                    weights.append(False)
                    if lead_end < 0:
                        lead_end = len(pieces)
                after_space = False
            else:
                weights.append(None)
                after_space = glyph.isspace()
            pieces.append(glyph)
            offset += len(glyph)
        text = "".join(pieces).rstrip("\n")
        lead = "".join(pieces[:lead_end]).strip() if lead_end > 0 and bold >= 2 else ""
        if not text.strip():
            continue
        size = max(sizes, key=sizes.__getitem__) if sizes else 0.0  # the commonest, the first of equals
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
