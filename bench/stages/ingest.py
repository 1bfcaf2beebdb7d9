"""Benchmarks, ingest stage: pages per second through extract_review on the corpus PDFs.

PDFs with a text layer are measured apart from scanned ones (pages with no
text, which ingest OCRs): raw text extraction has nothing to do on a scan,
so the comparison below is made on text PDFs only, and the scans get their
own figure beside ours on text PDFs.

Side by side, on the same files in the same run: raw pdfminer.six text
extraction with the LAParams the ingest package uses (so the difference is
the cost of our own stages: cleaning, structure, metadata, lessons), and
pypdfium2 (a native engine: the speed limit). Each in one process, and on
all cores with a multiprocessing pool over files (largest first).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from pathlib import Path

from bench.config import BenchConfig
from bench.figures import (
    HIGHER,
    REF_ONE_PROCESS,
    REF_PDFIUM,
    REF_PDFMINER,
    REF_TEXT_PDFS,
    Figure,
    Runs,
    StageResult,
    not_measured,
)

try:  # the LAParams ingest really uses, so the raw reference does the same layout work
    from ingest.pdf_text import LAPARAMS
except ImportError:  # pragma: no cover - only if ingest stops exposing them
    from pdfminer.layout import LAParams

    LAPARAMS = LAParams()

_MAX_PAGES = 1000
_MAX_BYTES = 200_000_000
_MIN_TEXT_CHARS = 20  # a page with less text than this is a scan


def _ours(path: str) -> int:
    from ingest import extract_review

    extract_review(Path(path), max_pages=_MAX_PAGES, max_bytes=_MAX_BYTES)
    return 1


def _pdfminer(path: str) -> int:
    from pdfminer.high_level import extract_text

    return len(extract_text(path, laparams=LAPARAMS))


def _pdfium(path: str) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        chars = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return chars
    finally:
        pdf.close()


def _pages_and_text(path: Path) -> tuple[int, int]:
    """(pages, pages with almost no text layer, which ingest must OCR)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        bare = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            bare += len(textpage.get_text_range().strip()) < _MIN_TEXT_CHARS
            textpage.close()
            page.close()
        return len(pdf), bare
    finally:
        pdf.close()


def _one_process(fn: Callable[[str], int], files: list[str]) -> float:
    start = time.perf_counter()
    for path in files:
        fn(path)
    return time.perf_counter() - start


def _all_cores(fn: Callable[[str], int], files: list[str], workers: int) -> float:
    # Pool start-up is inside the timing: the pipeline pays it on every run too.
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for _ in pool.imap_unordered(fn, files, chunksize=1):
            pass
    return time.perf_counter() - start


def pick_files(corpus_dir: Path, limit: int) -> tuple[list[Path], list[Path], dict[Path, int]]:
    """(text PDFs, scanned PDFs, pages of each), largest first.

    `limit` > 0 keeps the smallest few text PDFs and no scans (quick runs)."""
    files = sorted((corpus_dir / "reviews").glob("*.pdf"), key=lambda p: -p.stat().st_size)
    counts = {p: _pages_and_text(p) for p in files}
    text = [p for p in files if counts[p][1] == 0]
    scanned = [p for p in files if counts[p][1] > 0]
    if limit:
        text, scanned = text[-limit:], []
    return text, scanned, {p: counts[p][0] for p in files}


def _scanned_figure(scanned: list[Path], pages_of: dict[Path, int], one_text: list[float], runs: int) -> Figure:
    pages = sum(pages_of[p] for p in scanned)
    label = "extract_review on scanned PDFs (OCR), one process"
    if not scanned:
        return not_measured(
            "ingest.scanned", label, "pages/s", HIGHER, "no scanned PDF in this run (quick runs take text PDFs only)"
        )
    values = [pages / _one_process(_ours, [str(p) for p in scanned]) for _ in range(runs)]
    return Figure(
        "ingest.scanned",
        label,
        "pages/s",
        HIGHER,
        Runs("ours", tuple(values)),
        (Runs(REF_TEXT_PDFS, tuple(one_text)),),
        {"files": len(scanned), "pages": pages, "names": [p.name for p in scanned]},
    )


def run(config: BenchConfig, settings) -> StageResult:
    result = StageResult("ingest")
    files, scanned, pages_of = pick_files(Path(config.corpus_dir), config.ingest_files)
    if not files:
        raise FileNotFoundError(f"no text PDFs under {Path(config.corpus_dir) / 'reviews'}")
    paths = [str(p) for p in files]
    pages = sum(pages_of[p] for p in files)
    workers = os.cpu_count() or 1
    params = {
        "files": len(files),
        "pages": pages,
        "workers": workers,
        "laparams": repr(LAPARAMS),
        "scanned_files_apart": [p.name for p in scanned],
    }
    for path in paths[:1]:  # warm imports and caches once, untimed
        _ours(path), _pdfminer(path), _pdfium(path)

    methods = (("ours", _ours), (REF_PDFMINER, _pdfminer), (REF_PDFIUM, _pdfium))
    one: dict[str, list[float]] = {name: [] for name, _ in methods}
    many: dict[str, list[float]] = {name: [] for name, _ in methods}
    for _ in range(config.runs):
        for name, fn in methods:  # interleaved, so drift on a shared machine hits all alike
            one[name].append(pages / _one_process(fn, paths))
            many[name].append(pages / _all_cores(fn, paths, workers))

    result.add(
        Figure(
            "ingest.one_process",
            "extract_review on the corpus PDFs, one process",
            "pages/s",
            HIGHER,
            Runs("ours", tuple(one["ours"])),
            (Runs(REF_PDFMINER, tuple(one[REF_PDFMINER])), Runs(REF_PDFIUM, tuple(one[REF_PDFIUM]))),
            params,
        )
    )
    result.add(
        Figure(
            "ingest.all_cores",
            f"extract_review on the corpus PDFs, pool of {workers}",
            "pages/s",
            HIGHER,
            Runs("ours", tuple(many["ours"])),
            (
                Runs(REF_ONE_PROCESS, tuple(one["ours"])),
                Runs(REF_PDFMINER, tuple(many[REF_PDFMINER])),
                Runs(REF_PDFIUM, tuple(many[REF_PDFIUM])),
            ),
            params,
        )
    )
    result.add(_scanned_figure(scanned, pages_of, one["ours"], config.runs))
    if workers == 1:
        result.notes.append("one core only: the all-cores figure equals one process plus pool cost")
    return result
