"""Benchmarks, OCR: how well and how fast each OCR engine reads the scanned sample reviews.

For each engine installed here (`ingest.ocr.ENGINES`: Tesseract, RapidOCR)
and each sample review with no text layer (corpus/reviews), it measures:

- character accuracy: 1 - (edit distance / gold length) between the page
  text the engine read and the text the corpus generator printed on those
  pages (corpus/generator, rebuilt from its fixed seeds), both with runs of
  whitespace made one space and the "Page N of M" footers left out; word
  accuracy the same over words, which counts a missing space as an error;
- the lessons extraction finds from what the engine read, against the
  review's gold (corpus/gold), matched as `lessons eval` matches them:
  precision and recall per document;
- seconds per page, one process (RapidOCR's model loading counted apart).

The two scanned sample reviews are what the RapidOCR word spacing was tuned
on: their figures are a regression check. The held-out counterpart is the
scanned documents of the held-out conventions (corpus/conventions/heldout:
C30, C47), never read while tuning, for which only the lessons are scored
(their printed text is not rebuilt here).

    python -m bench.ocr_bench [--engine rapidocr] [--output bench/results/ocr.json]

Needs rapidfuzz (the `bench` extra) for the edit distance.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from bench.config import PROJECT_ROOT
from ingest.extract import extract_review
from ingest.failure import IngestFailure
from ingest.ocr import ENGINES, RAPIDOCR, TESSERACT, ocr_engine, ocr_page
from ingest.pdf_text import read_pdf
from nlp.gold import load_review_gold
from search_app.eval.extraction import score_extraction

CORPUS = PROJECT_ROOT / "corpus"
OUTPUT = PROJECT_ROOT / "bench" / "results" / "ocr.json"
FOOTER = re.compile(r"^page \d+ of \d+$", re.IGNORECASE)


def scanned_reviews(folder: Path = CORPUS / "reviews") -> list[Path]:
    """The review documents in `folder` whose every page is an image."""
    found = []
    for path in sorted(folder.glob("*.pdf")):
        pages, image_only = read_pdf(path, 1000)
        if pages and len(image_only) == len(pages):
            found.append(path)
    return found


def printed_text(name: str) -> str:
    """What the corpus generator printed on the pages of sample review `name`
    (the lines its scan writer draws), footers left out."""
    sys.path.insert(0, str(CORPUS))
    try:
        from generator.bank import POOLS
        from generator.blocks import build_blocks
        from generator.model import Allocator, personalise
        from generator.specs import SPECS
    finally:
        sys.path.remove(str(CORPUS))
    allocator = Allocator(POOLS)
    for spec in SPECS:
        plan = personalise(allocator.plan(spec.draw), spec)  # every spec draws, as generate.py does
        if spec.name != name:
            continue
        parts = []
        for block in build_blocks(spec, plan).blocks:
            if block.kind == "header":
                continue  # the scan writer prints no running header
            if block.kind == "row":
                parts.append(f"{block.cells[0]}. {block.cells[1]} Lead agency: {block.cells[2]}.")
            elif block.kind == "num":
                parts.append(f"{block.number} {block.text}")
            elif block.kind == "bullet":
                parts.append(f"\u2022 {block.text}")
            else:
                parts.append(block.text)
        return _norm(" ".join(parts))
    raise KeyError(name)


def _norm(text: str) -> str:
    return " ".join(text.split())


def read_text(path: Path, engine: str) -> tuple[str, int, float]:
    """The text `engine` reads on every page, the page count and the seconds taken."""
    pages, _ = read_pdf(path, 1000)
    texts = []
    started = time.perf_counter()
    for page in pages:
        layout = ocr_page(path, page.number, None, engine)
        lines = layout.lines if layout is not None else ()
        texts.extend(line.text for line in lines if not FOOTER.match(line.text.strip()))
    return _norm(" ".join(texts)), len(pages), time.perf_counter() - started


def accuracy(found: str, gold: str) -> dict[str, float]:
    from rapidfuzz.distance import Levenshtein

    words_found, words_gold = found.split(), gold.split()
    return {
        "characters": round(1 - Levenshtein.distance(found, gold) / max(len(gold), 1), 4),
        "words": round(1 - Levenshtein.distance(words_found, words_gold) / max(len(words_gold), 1), 4),
    }


def warm_up(engine: str, path: Path) -> float:
    """Seconds to load the engine (RapidOCR's models load once per process)."""
    started = time.perf_counter()
    if engine == RAPIDOCR:
        from ingest import ocr_rapid

        ocr_rapid._engine()
    return time.perf_counter() - started


def run(engines: list[str]) -> dict:
    gold = {g.document.name: g for g in load_review_gold(CORPUS)}
    docs = scanned_reviews()
    result: dict = {"documents": [d.name for d in docs], "engines": {}}
    for engine in engines:
        if ocr_engine(engine) != engine:
            result["engines"][engine] = {"status": "not installed"}
            continue
        per_doc = {}
        load_seconds = warm_up(engine, docs[0])
        pages_total = seconds_total = 0.0
        for doc in docs:
            text, pages, seconds = read_text(doc, engine)
            pages_total += pages
            seconds_total += seconds
            try:
                review = extract_review(doc, ocr=engine)
            except IngestFailure as exc:
                review = exc
            scores = score_extraction([(gold[doc.name], review)])
            per_doc[doc.name] = {
                "accuracy": accuracy(text, printed_text(doc.stem)),
                "lessons": scores["lessons"],
                "pages": pages,
                "seconds_per_page": round(seconds / pages, 2),
                "engine_used": getattr(review, "ocr_engine", ""),
            }
        result["engines"][engine] = {
            "status": "measured",
            "model_load_seconds": round(load_seconds, 2),
            "seconds_per_page": round(seconds_total / max(pages_total, 1), 2),
            "documents": per_doc,
            "held_out": held_out(engine),
        }
    return result


def held_out(engine: str) -> dict:
    """Lessons found on the held-out scanned conventions (corpus/conventions/heldout),
    scored only: their text was never read while tuning."""
    folder = CORPUS / "conventions" / "heldout"
    gold = {g.document.name: g for g in load_review_gold(folder)}
    outcomes = []
    for doc in scanned_reviews(folder / "reviews"):
        try:
            outcomes.append((gold[doc.name], extract_review(doc, ocr=engine)))
        except IngestFailure as exc:
            outcomes.append((gold[doc.name], exc))
    scores = score_extraction(outcomes)
    return {
        "lessons": scores["lessons"],
        "documents": {
            row["file"]: {k: row[k] for k in ("gold", "extracted", "matched")} for row in scores["per_review"]
        },
        "failures": scores["failures"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", action="append", choices=ENGINES, help="Measure only this engine (repeatable).")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    result = run(args.engine or [TESSERACT, RAPIDOCR])
    for engine, figures in result["engines"].items():
        if figures["status"] != "measured":
            print(f"{engine:10} {figures['status']}")
            continue
        print(f"{engine:10} {figures['seconds_per_page']:.1f} s/page (models {figures['model_load_seconds']:.1f} s)")
        for name, doc in figures["documents"].items():
            acc, lessons = doc["accuracy"], doc["lessons"]
            print(
                f"  {name:36} characters {acc['characters']:.3f}  words {acc['words']:.3f}  "
                f"lessons P {lessons['precision']:.3f} R {lessons['recall']:.3f} "
                f"({lessons['matched']}/{lessons['gold']} gold, {lessons['extracted']} found)"
            )
        held = figures["held_out"]
        lessons = held["lessons"]
        print(
            f"  held-out scanned conventions ({len(held['documents'])} documents): lessons P {lessons['precision']:.3f} "
            f"R {lessons['recall']:.3f} ({lessons['matched']}/{lessons['gold']} gold, {lessons['extracted']} found)"
        )
        for name, doc in held["documents"].items():
            print(f"    {name:34} {doc['matched']}/{doc['gold']} gold, {doc['extracted']} found")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
