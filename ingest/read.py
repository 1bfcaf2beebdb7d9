"""Ingest stage: read - a document's bytes and pages, by its format.

The file is refused when empty or over the byte limit; a PDF is read by
ingest/pdf_text.py and its pages without a text layer are OCR'd (ingest/ocr.py),
with a warning naming the pages; text, HTML and Word documents by
ingest/formats*.py, a text file refused early when surely over the character
limit and a Word package checked before it is parsed. Anything unreadable
raises IngestFailure with the stage and the reason.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ingest.failure import IngestFailure
from ingest.formats import decode_text, read_text
from ingest.formats_docx import check_docx_package, read_docx
from ingest.formats_html import read_html
from ingest.layout import PageLayout
from ingest.limits import Limits
from ingest.ocr import OCR_MISSING, ocr_engine, ocr_page
from ingest.pdf_text import read_pdf


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestFailure("open", f"cannot read the file: {exc.strerror or exc}") from exc
    if size == 0:
        raise IngestFailure("open", "empty file (0 bytes)")
    if size > max_bytes:
        raise IngestFailure("open", f"{size} bytes, more than the limit of {max_bytes}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestFailure("open", f"cannot read the file: {exc.strerror or exc}") from exc


def _refuse_long_text_early(data: bytes, limits: Limits) -> None:
    """Refuse a text file that is surely over max_text_chars before it is split into
    lines (which costs about 8 bytes of memory per byte of text): its characters
    other than whitespace are all kept, so more of them than the limit is enough."""
    if len(data) <= limits.max_text_chars:  # a character takes at least one byte
        return
    text = decode_text(data)
    kept = len(text) - sum(text.count(c) for c in " \t\n\r\f\v")
    if kept > limits.max_text_chars:
        raise IngestFailure(
            "limits",
            f"at least {kept} characters of text, more than the limit of {limits.max_text_chars} (max_text_chars)",
        )


def _read_pages(
    path: Path, data: bytes, limits: Limits, warnings: list[str], scratch: Path | None, ocr: str
) -> tuple[list[PageLayout], list[int], str]:
    """The pages, the numbers of those read by OCR and the OCR engine that read them ("" for none)."""
    max_pages = limits.max_pages
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pages, image_only = read_pdf(path, max_pages)
        return _ocr(path, pages, image_only, warnings, scratch, ocr)
    if suffix == ".txt":
        _refuse_long_text_early(data, limits)
        pages = read_text(path)
    elif suffix in (".html", ".htm"):
        pages = read_html(path)
    elif suffix == ".docx":
        if not data.startswith(b"PK"):
            raise IngestFailure("open", "not a Word document (no zip header)")
        check_docx_package(path, limits)
        pages = read_docx(path)
    else:
        raise IngestFailure("open", f"unsupported file type {suffix or '(none)'}")
    if len(pages) > max_pages:
        raise IngestFailure("open", f"{len(pages)} pages, more than the limit of {max_pages}")
    return pages, [], ""


def _ocr(
    path: Path, pages: list[PageLayout], image_only: list[int], warnings: list[str], scratch: Path | None, ocr: str
) -> tuple[list[PageLayout], list[int], str]:
    if not image_only:
        return pages, [], ""
    engine = ocr_engine(ocr)
    if engine is None:
        warnings.append(f"pages {_ranges(image_only)} have no text layer and {OCR_MISSING}")
        return pages, [], ""
    done = []
    by_number = {p.number: p for p in pages}
    for number in image_only:
        page = ocr_page(path, number, scratch, engine)
        if page is None or not page.lines:
            continue
        by_number[number] = replace(page, width=by_number[number].width, height=by_number[number].height)
        done.append(number)
    if done:
        warnings.append(f"OCR used on pages {_ranges(done)}")
    missing = [n for n in image_only if n not in done]
    if missing:
        warnings.append(f"OCR found no text on pages {_ranges(missing)}")
    return [by_number[n] for n in sorted(by_number)], done, engine if done else ""


def _ranges(numbers: list[int]) -> str:
    parts = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)
