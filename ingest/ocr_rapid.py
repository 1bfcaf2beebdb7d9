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

import functools
from pathlib import Path

from ingest.layout import PageLayout, TextLine
from ingest.ocr import snap_sizes
from ingest.ocr_spacing import respace
from ingest.pdf_text import LineBox, order_boxes

# RapidOCR shrinks a page image to 2000 pixels on its longer side before
# detection; rendering at that size directly saves a resampling.
LONG_SIDE_PX = 2000
# The detection box (widened by the model's unclip ratio) is about this many
# times the font size: measured on the sample scans (31 px type, 40 px boxes).
BOX_TO_FONT = 1.3


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
        if image.ndim == 2:  # the models take three channels
            image = numpy.stack([image] * 3, axis=-1)
        result, _ = _engine()(image, return_word_box=True)
    except Exception:  # a page pdfium cannot render, a model error: the caller warns
        return None
    boxes = line_boxes(result or [], 1 / scale)
    return PageLayout(number, tuple(order_boxes(boxes, width, height)), width, height, ocr=True)


def line_boxes(result: list, points_per_px: float) -> list[LineBox]:
    """One LineBox per recognised line of RapidOCR's result, in points."""
    boxes = []
    for item in result:
        polygon, text = item[0], item[1]
        chars = item[3] if len(item) > 3 else []
        if len(chars) == len(text):
            text = respace(text, [(min(p[0] for p in box), max(p[0] for p in box)) for box in chars])
        text = text.strip()
        if not text:
            continue
        xs = [p[0] * points_per_px for p in polygon]
        ys = [p[1] * points_per_px for p in polygon]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        size = round((bottom - top) / BOX_TO_FONT * 2) / 2
        line = TextLine(text=text, size=size, x0=x0, x1=x1, top=top, bottom=bottom)
        boxes.append(LineBox(x0=x0, x1=x1, top=top, bottom=bottom, lines=[line]))
    return snap_sizes(boxes)
