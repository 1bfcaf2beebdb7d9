"""Ingest stage: OCR installed by pip alone, for machines without Tesseract.

pypdfium2 renders the page (its own bundled pdfium, no Poppler) and
RapidOCR reads it with the ONNX detection and recognition models its wheel
ships (`rapidocr-onnxruntime`, run by onnxruntime on the CPU): nothing is
downloaded at run time and nothing needs root. `ingest.ocr` uses it when
Tesseract is not installed.

Its recognition model was trained mostly on Chinese and often runs English
words together ("Thereviewwascommissioned"); it gives each character's box,
and `ingest.ocr_spacing` puts the spaces back from those and the words'
likelihood. Each line's box becomes a LineBox in points, with a size estimated
from the line height, and goes through the same layout analysis as PDF text.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from ingest.layout import PageLayout, TextLine
from ingest.ocr import mend_marker, mend_sequence, snap_sizes
from ingest.ocr_spacing import respace
from ingest.reading_order import LineBox, order_boxes

# RapidOCR shrinks a page image to 2000 pixels on its longer side before
# detection; rendering at that size directly saves a resampling.
LONG_SIDE_PX = 2000
# The detection box (widened by the model's unclip ratio) is about this many
# times the font size: measured on the sample scans (31 px type, 40 px boxes);
# used only when the ink cannot be measured.
BOX_TO_FONT = 1.3
# A line's ink, from the top of its capitals and ascenders to its baseline, is
# about this many times the type size; a row of pixels carries ink when more than
# INK_ROW of it is darker than INK_LEVEL (speckle stays below that).
INK_TO_FONT = 0.75
INK_LEVEL = 128
INK_ROW = 0.02


def available() -> bool:
    """True when the packages load (they are in setup.cfg; a platform without
    wheels for them, or a Python they do not support, has no pip OCR)."""
    return not load_error()


def load_error() -> str:
    """Why the packages do not load ("" when they do), for the failure a user reads."""
    try:
        _modules()
    except Exception as exc:  # ImportError, or a native library that will not load (libGL.so.1)
        return f"{type(exc).__name__}: {exc}"
    return ""


@functools.cache
def _modules():
    import numpy
    import pypdfium2
    from rapidocr_onnxruntime import RapidOCR

    return numpy, pypdfium2, RapidOCR


@functools.cache
def _engine():
    """The models, loaded once per process (each ingest worker is one process)."""
    _, _, rapid_ocr = _modules()
    # One thread: the ingest already runs one worker per core.
    return rapid_ocr(intra_op_num_threads=1, inter_op_num_threads=1)


def ocr_page(pdf: Path, number: int) -> PageLayout | None:
    """The text of page `number` (from 1) read by RapidOCR, or None when it could not run."""
    try:
        numpy, pdfium, _ = _modules()
        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[number - 1]
            width, height = page.get_size()  # points
            scale = LONG_SIDE_PX / max(width, height, 1.0)
            image = page.render(scale=scale, grayscale=True).to_numpy()
        finally:
            document.close()
        grey = image if image.ndim == 2 else image[..., 0]
        if image.ndim == 2:  # the models take three channels
            image = numpy.stack([image] * 3, axis=-1)
        result, _ = _engine()(image, return_word_box=True)
    except Exception:  # a page pdfium cannot render, a model error: the caller warns
        return None
    boxes = line_boxes(result or [], 1 / scale, grey)
    return PageLayout(number, tuple(order_boxes(boxes, width, height)), width, height, ocr=True)


def _ink_height(grey, polygon) -> int:
    """Pixel rows from the top of the line's ink (capitals, ascenders) down to its
    baseline (the foot of its densest rows, so descenders do not count), inside
    the line's box: this follows the type size where the box does not (the
    detector widens a box by an amount that depends on its length)."""
    xs = [int(p[0]) for p in polygon]
    ys = [int(p[1]) for p in polygon]
    crop = grey[max(min(ys), 0) : max(ys), max(min(xs), 0) : max(xs)]
    if crop.size == 0:
        return 0
    rows = (crop < INK_LEVEL).mean(axis=1)
    inked = [i for i, share in enumerate(rows) if share > INK_ROW]
    if not inked:
        return 0
    dense = [i for i, share in enumerate(rows) if share >= 0.5 * rows.max()]
    return max(dense[-1] - inked[0] + 1, 0)


def line_boxes(result: list, points_per_px: float, grey=None) -> list[LineBox]:
    """One LineBox per recognised line of RapidOCR's result, in points; `grey`
    is the page image the result came from, for the lines' type sizes."""
    boxes = []
    for item in result:
        polygon, text = item[0], item[1]
        chars = item[3] if len(item) > 3 else []
        # Without the word table (spacy-lookups-data), the text stays as the model read it.
        with contextlib.suppress(OSError, ValueError, ImportError):
            if len(chars) == len(text):
                text = respace(text, [(min(p[0] for p in box), max(p[0] for p in box)) for box in chars])
        text = mend_marker(text.strip())
        if not text:
            continue
        xs = [p[0] * points_per_px for p in polygon]
        ys = [p[1] * points_per_px for p in polygon]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        ink = _ink_height(grey, polygon) if grey is not None else 0
        height = ink * points_per_px / INK_TO_FONT if ink else (bottom - top) / BOX_TO_FONT
        size = round(height * 2) / 2
        line = TextLine(text=text, size=size, x0=x0, x1=x1, top=top, bottom=bottom)
        boxes.append(LineBox(x0=x0, x1=x1, top=top, bottom=bottom, lines=[line]))
    return snap_sizes(mend_sequence(boxes))
