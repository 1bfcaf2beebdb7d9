"""Ingest stage: OCR of PDF pages that have no text layer.

Only pages with no text at all are rendered (`pdftoppm -r 300`) and read
with the tesseract command; pages that have text are never OCRed. When the
tools are missing, the caller records a warning instead.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.layout import PageLayout, TextLine

OCR_TIMEOUT = 120  # seconds per page


def ocr_available() -> bool:
    return bool(shutil.which("pdftoppm") and shutil.which("tesseract"))


def ocr_page(pdf: Path, number: int) -> PageLayout | None:
    """The text of one page read by OCR, or None when OCR could not run."""
    with tempfile.TemporaryDirectory(prefix="lessons-ocr-") as tmp:
        stem = Path(tmp) / "page"
        try:
            subprocess.run(
                ["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(number), "-l", str(number),
                 "-singlefile", str(pdf), str(stem)],
                check=True, capture_output=True, timeout=OCR_TIMEOUT,
            )
            result = subprocess.run(
                ["tesseract", str(stem) + ".png", "-", "--psm", "3"],
                check=True, capture_output=True, timeout=OCR_TIMEOUT,
            )
        except (OSError, subprocess.SubprocessError):
            return None
    text = result.stdout.decode("utf-8", errors="replace")
    lines = []
    blank = True
    for raw in text.splitlines():
        if not raw.strip():
            blank = True
            continue
        lines.append(TextLine(text=raw.strip(), size=0.0, gap_before=blank))
        blank = False
    return PageLayout(number, tuple(lines), ocr=True, positional=False)
