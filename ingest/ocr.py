"""Ingest stage: OCR of PDF pages that have no text layer.

Only pages with no text at all are read by OCR; pages that have text never
are. Two engines, chosen by the `ocr_engine` setting:

- `tesseract`: the page is rendered (`pdftoppm -r 300`) and read by the
  tesseract command (both from the system's packages). Its TSV output gives
  each line's box, so OCRed lines get positions and a size estimate (from the
  line height).
- `rapidocr`: pypdfium2 and RapidOCR, both installed by pip with the rest of
  the project (`ingest.ocr_rapid`), so OCR works on a machine without root.

`auto` (the default) takes Tesseract when it is installed, as it reads a page
about four times faster and found every lesson of the held-out scans where
RapidOCR missed some (README, "OCR"), and RapidOCR otherwise. Either
way the lines go through the same layout analysis as PDF text: reading
order, table rows, headings by size. When no engine can run, the caller
records a warning instead.

Tesseract's page image (8 MB a page) goes in a `lessons-ocr-*` folder under
the folder the caller names (the pipeline's DATA_DIR/tmp, emptied at the
start of each run, so a worker killed mid-page leaves nothing behind for
long), and the two tools are killed by the kernel when the process that
started them dies. RapidOCR runs inside the worker and writes no file.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from statistics import median

from ingest.layout import PageLayout, TextLine
from ingest.limits import die_with_parent
from ingest.reading_order import LineBox, order_boxes

OCR_TIMEOUT = 120  # seconds per page
DPI = 300
_POINTS = 72 / DPI

TESSERACT = "tesseract"
RAPIDOCR = "rapidocr"
ENGINES = (TESSERACT, RAPIDOCR)
AUTO = "auto"

# Shared by the ingest failure, the run summary and `make run`: one wording, one command.
OCR_MISSING = "OCR is not installed"
TESSERACT_INSTALL_COMMAND = "sudo apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils"
PIP_INSTALL_COMMAND = ".venv/bin/pip install rapidocr-onnxruntime pypdfium2"


def install_command(choice: str = AUTO) -> str:
    """The one command that installs the OCR `choice` asks for. Under `auto` the
    pip engine failed to load (no wheels for this platform or Python), so the
    system's Tesseract is the way left."""
    return PIP_INSTALL_COMMAND if choice == RAPIDOCR else TESSERACT_INSTALL_COMMAND


def tesseract_available() -> bool:
    return bool(shutil.which("pdftoppm") and shutil.which("tesseract"))


def ocr_engine(choice: str = AUTO) -> str | None:
    """The engine that `choice` (auto, tesseract or rapidocr) gives on this
    machine now, or None when it is not installed."""
    if choice not in (AUTO, *ENGINES):
        raise ValueError(f"OCR engine must be one of auto, {', '.join(ENGINES)}; not {choice!r}")
    if choice in (AUTO, TESSERACT) and tesseract_available():
        return TESSERACT
    if choice in (AUTO, RAPIDOCR):
        from ingest import ocr_rapid

        if ocr_rapid.available():
            return RAPIDOCR
    return None


def ocr_available(choice: str = AUTO) -> bool:
    return ocr_engine(choice) is not None


def why_missing(choice: str = AUTO) -> str:
    """What stops the OCR `choice` asks for, with the one command that installs it."""
    reason = install_command(choice)
    if choice != TESSERACT:
        from ingest import ocr_rapid

        error = ocr_rapid.load_error()
        if error:
            reason = f"RapidOCR could not load: {error}; install OCR with: {reason}"
    return reason


def ocr_page(pdf: Path, number: int, scratch: Path | None = None, engine: str = TESSERACT) -> PageLayout | None:
    """The text of one page read by `engine` (one that `ocr_engine` gave), or
    None when OCR could not run.

    Temporary files go under `scratch` (default the system's temporary folder)."""
    if engine == RAPIDOCR:
        from ingest import ocr_rapid

        return ocr_rapid.ocr_page(pdf, number)
    return _tesseract_page(pdf, number, scratch)


def _tesseract_page(pdf: Path, number: int, scratch: Path | None) -> PageLayout | None:
    if scratch is not None:
        Path(scratch).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lessons-ocr-", dir=scratch) as tmp:
        stem = Path(tmp) / "page"
        # Uncompressed greyscale (PGM): writing PNG costs more than the OCR itself.
        image = Path(str(stem) + ".pgm")
        try:
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(DPI),
                    "-gray",
                    "-f",
                    str(number),
                    "-l",
                    str(number),
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ],
                check=True,
                capture_output=True,
                timeout=OCR_TIMEOUT,
                preexec_fn=die_with_parent,
            )
            result = subprocess.run(
                ["tesseract", str(image), "-", "--dpi", str(DPI), "--psm", "3", "tsv"],
                check=True,
                capture_output=True,
                timeout=OCR_TIMEOUT,
                # One thread: tesseract's OpenMP threads slow it down on a busy machine
                # and the ingest already runs one worker per core.
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                preexec_fn=die_with_parent,
            )
            width_px, height_px = _pgm_size(image)
        except (OSError, ValueError, subprocess.SubprocessError):
            return None
    width, height = width_px * _POINTS, height_px * _POINTS
    boxes = _line_boxes(result.stdout.decode("utf-8", errors="replace"), height)
    return PageLayout(number, tuple(order_boxes(boxes, width, height)), width, height, ocr=True)


def _pgm_size(path: Path) -> tuple[int, int]:
    """Width and height from a binary PGM header ("P5 <width> <height> <max>")."""
    with open(path, "rb") as handle:
        fields = handle.read(64).split()
    if not fields or fields[0] != b"P5":
        raise ValueError("not a PGM image")
    return int(fields[1]), int(fields[2])


def _line_boxes(tsv: str, page_height: float) -> list[LineBox]:
    """One box per OCR line, in points from the top-left corner."""
    words: dict[tuple[int, int, int], list[dict]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        try:
            if float(row.get("conf") or -1) < 0:
                continue
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
            words.setdefault(key, []).append(
                {k: int(row[k]) for k in ("left", "top", "width", "height")} | {"text": row["text"].strip()}
            )
        except (KeyError, ValueError):
            continue
    boxes: list[LineBox] = []
    for key in sorted(words):
        line_words = sorted(words[key], key=lambda w: w["left"])
        x0 = min(w["left"] for w in line_words) * _POINTS
        x1 = max(w["left"] + w["width"] for w in line_words) * _POINTS
        top = min(w["top"] for w in line_words) * _POINTS
        bottom = max(w["top"] + w["height"] for w in line_words) * _POINTS
        # Capital height is about 0.7 of the font size; words with ascenders set the line box.
        size = round(median(w["height"] for w in line_words) * _POINTS / 0.72 * 2) / 2
        text = mend_marker(" ".join(w["text"] for w in line_words))
        line = TextLine(text=text, size=size, x0=x0, x1=x1, top=top, bottom=bottom)
        boxes.append(LineBox(x0=x0, x1=x1, top=top, bottom=bottom, lines=[line]))
    return snap_sizes(mend_sequence(boxes))


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s")
_GARBLED = re.compile(r"^[^\s\d]{1,3}\s+(?=[A-Z][a-z])")


def mend_sequence(boxes: list[LineBox]) -> list[LineBox]:
    """A list number OCR read as a word ("me Children's social care ..." between "1. ..." and "3. ..."):
    a line starting a sentence at the numbered lines' column, with a short token where the number
    between theirs should be, after a line that ended its sentence, is read back as that number."""
    from dataclasses import replace

    numbered = [(i, int(found.group(1))) for i, b in enumerate(boxes) if (found := _NUMBERED.match(b.lines[0].text))]
    for (i, n), (j, after) in zip(numbered, numbered[1:]):
        if after != n + 2:
            continue
        column = boxes[i].x0
        for k in range(i + 1, j):
            line = boxes[k].lines[0]
            garbled = _GARBLED.match(line.text)
            if (
                garbled
                and abs(boxes[k].x0 - column) <= 4
                and boxes[k - 1].lines[0].text.rstrip().endswith((".", ";", ":"))
            ):
                boxes[k].lines[0] = replace(line, text=f"{n + 1}. {line.text[garbled.end() :]}")
                break
    return boxes


# A list marker or coded label OCR misread at the start of a line: a one read as a letter
# ("l. The ...", "Al. Grooming ..."), a full stop read as a letter or a comma ("2s The ...",
# "2, The ...", "2s GP practices ..."), a "1." read as "i" before a capitalised word.
_MISREAD_MARKERS = (
    (re.compile(r"^[lI|](?=[.)]\s)"), "1"),
    (re.compile(r"^([A-Z])[lI|](?=[.:]\s+[A-Z])"), r"\g<1>1"),
    # (the word after may be in capitals: "2s GP practices ...")
    (re.compile(r"^(\d{1,2})[s,;](?=\s+[A-Z](?:[a-z]|[A-Z]+\s+[a-z]))"), r"\1."),
    (re.compile(r"^i(?=\s+[A-Z][a-z])"), "1."),
    # a table rule or the first letter's stem read as a bar after the marker: "1. |The ..."
    (re.compile(r"^(\d{1,2}[.)])\s*[|!](?=[A-Z][a-z])"), r"\1 "),
)


def mend_marker(text: str) -> str:
    """An OCR line's text with a misread list marker at its start read back (see _MISREAD_MARKERS)."""
    for pattern, replacement in _MISREAD_MARKERS:
        text = pattern.sub(replacement, text, count=1)
    return text


def snap_sizes(boxes: list[LineBox]) -> list[LineBox]:
    """Line heights wobble with the letters in them: body lines get one size."""
    from dataclasses import replace

    sizes = [box.lines[0].size for box in boxes]
    if not sizes:
        return boxes
    body = median(sizes)
    for box in boxes:
        line = box.lines[0]
        if 0.7 * body <= line.size <= 1.3 * body:
            box.lines[0] = replace(line, size=body)
    return boxes
