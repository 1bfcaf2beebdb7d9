"""Benchmarks, briefing stage: seconds to make a PDF thematic briefing.

At each scale (1,000 and 10,000 lessons of the scaled-up corpus, see
bench/scale.py) a real catalog (SQLite) and a real Tantivy index are built
from the same lessons, then the briefing of every lesson is made through the
public path (`build_briefing`: the search paged through the SearchBackend
contract, the catalog's reviews, figures, clustering, chart) and rendered
to PDF by WeasyPrint, with everything a board paper holds (named groups,
Annex A listing every lesson not quoted, the themes' practice notes and
questions, recurrence over time). Each figure is the median, min and max of `runs`
(at least 3). Side by side, from the same runs: fetching the lessons alone
through the contract (the floor of any briefing), making the briefing
without rendering, and rendering the HTML it is drawn from.

    python -m bench.briefing_bench [--quick] [--runs 3] [--output FILE]

`run(quick)` returns the stage's result as the harness writes it
({"status", "figures", "notes", ...}); `measure(...)` returns the StageResult,
for a stage module of the harness (`bench/stages/`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from pathlib import Path

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.figures import LOWER, Figure, Runs, StageResult
from bench.scale import lessons_file, load_sources, read_lessons
from ingest.records import STATUS_OK, Lesson, Review, SourceFile
from nlp.records import SOURCE_MODEL, LessonAnalysis, Tag
from search_app.catalog.store import Catalog
from search_app.search.contract import IndexedLesson
from search_app.search.index_records import index_records

SCALES = (1_000, 10_000)
QUICK_SCALES = (1_000,)
# A briefing's links name the service's public address (never a loopback one).
LINKS = "https://lessons.example.org/reviews/{review_id}/document"
BUDGET_S = 5.0  # a 1,000-lesson PDF briefing must take less than this (median)
MADE_ON = dt.date(2025, 1, 1)
REF_FETCH = "fetch every lesson through the SearchBackend contract"
REF_BUILD = "make the briefing, no rendering (search, catalog, figures, clusters, chart)"
REF_HTML = "render the HTML the PDF is drawn from"
# CPU seconds of the same runs: on a shared machine the wall clock also counts the time
# spent waiting for a core, which this does not.
REF_CPU = "CPU time of the same runs (make and render to PDF)"


def _catalog_from(lessons: list[IndexedLesson], catalog: Catalog) -> int:
    """Store the scaled lessons as reviews in a real catalog; returns the number of reviews."""
    by_review: dict[str, list[IndexedLesson]] = defaultdict(list)
    for lesson in lessons:
        by_review[lesson.review_id].append(lesson)
    for review_id, items in by_review.items():
        first = items[0]
        review = Review(
            id=review_id,
            source_path=f"bench/{review_id}.pdf",
            title=first.review_title,
            review_type=first.review_type,
            area=first.area,
            region=first.region,
            published=first.published,
            child=first.child,
            page_count=max(l.page_end for l in items),
            lessons=tuple(
                Lesson(l.ordinal, l.kind, l.label, l.text, l.section, l.page_start, l.page_end, l.agency_lead)
                for l in items
            ),
        )
        analyses = {
            l.ordinal: LessonAnalysis(
                tags=tuple(Tag(t, t.split(".")[0], 1.0, SOURCE_MODEL) for t in l.themes),
                age_bands=l.age_bands,
                agencies=l.agencies,
            )
            for l in items
        }
        catalog.put_review(SourceFile(review.source_path, 0, 0.0, review_id), review, analyses, STATUS_OK)
    return len(by_review)


def _pdf_pages(pdf: bytes) -> int:
    from pdfminer.pdfpage import PDFPage

    return sum(1 for _ in PDFPage.get_pages(io.BytesIO(pdf)))


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _measure_scale(n: int, runs: int, cache: Path, settings, result: StageResult) -> None:
    from search_app.briefing import BriefingSpec, build_briefing, taxonomy_themes, taxonomy_version
    from search_app.briefing.rendering import render_html, render_pdf
    from search_app.briefing.selection import fetch_lessons
    from search_app.search import open_backend
    from search_app.search.labels import ThemeBook

    sources = load_sources(
        Path(settings.corpus[0]) if settings.corpus else PROJECT_ROOT / "corpus", Path(settings.taxonomy)
    )
    lessons = list(read_lessons(lessons_file(n, cache, sources)))
    themes = ThemeBook.load(settings.taxonomy)
    version = taxonomy_version(settings.taxonomy)
    notes = taxonomy_themes(settings.taxonomy)
    spec = BriefingSpec()  # every lesson of the scale
    with tempfile.TemporaryDirectory(prefix=f"bench-briefing-{n}-") as tmp:
        local = settings.replace(
            data_dir=Path(tmp), catalog=Path(tmp) / "catalog.sqlite3", index_dir=Path(tmp) / "index", backend="tantivy"
        )
        with Catalog(local.catalog) as catalog:
            reviews = _catalog_from(lessons, catalog)
            backend = open_backend(local)
            try:
                backend.rebuild(index_records(catalog))

                def make():
                    return build_briefing(backend, catalog, themes, spec, LINKS, version, MADE_ON, taxonomy=notes)

                make()  # warm caches and lazy imports, untimed
                ours, fetch, build, html_render, cpu = [], [], [], [], []
                for _ in range(runs):
                    fetch.append(_timed(lambda: fetch_lessons(backend, spec))[0])
                    start, start_cpu = time.perf_counter(), time.process_time()
                    build_s, briefing = _timed(make)
                    pdf_s, pdf = _timed(lambda: render_pdf(briefing))
                    ours.append(time.perf_counter() - start)
                    cpu.append(time.process_time() - start_cpu)
                    build.append(build_s)
                    html_render.append(_timed(lambda: render_html(briefing))[0])
            finally:
                backend.close()
    result.add(
        Figure(
            f"briefing.pdf.{n}",
            f"PDF briefing of every lesson ({n:,} lessons)",
            "s",
            LOWER,
            Runs("ours", tuple(ours)),
            (
                Runs(REF_FETCH, tuple(fetch)),
                Runs(REF_BUILD, tuple(build)),
                Runs(REF_HTML, tuple(html_render)),
                Runs(REF_CPU, tuple(cpu)),
            ),
            {
                "lessons": briefing.figures.lessons,
                "reviews": reviews,
                "learning_groups": len(briefing.learning),
                "recommendation_groups": len(briefing.recommendations),
                "practice_themes": len(briefing.themes),
                "annexed_lessons": sum(len(c.others) for c in briefing.learning + briefing.recommendations),
                "pdf_pages": _pdf_pages(pdf),
                "pdf_bytes": len(pdf),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "cores": os.cpu_count(),
                **({"budget_s": BUDGET_S} if n == 1_000 else {}),
            },
        )
    )


def measure(quick: bool, runs: int = 3, cache_dir: Path = DEFAULT_CACHE, settings=None) -> StageResult:
    """The briefing figures at 1,000 lessons (quick) or 1,000 and 10,000 lessons."""
    if settings is None:
        from search_app.settings import Settings

        settings = Settings.load()
    result = StageResult("briefing")
    for n in QUICK_SCALES if quick else SCALES:
        _measure_scale(n, max(3, runs), Path(cache_dir), settings, result)
    if quick:
        result.notes.append("quick run: 1,000 lessons only")
    return result


def run(quick: bool) -> dict:
    """Measure and return the result as the harness writes a stage (never raises)."""
    started = time.perf_counter()
    try:
        result = measure(quick)
        out = {"status": "ok", "figures": [f.to_json() for f in result.figures], "notes": result.notes}
    except Exception as exc:  # a broken benchmark is reported, like a broken stage
        traceback.print_exc()
        out = {"status": "error", "figures": [], "reason": f"{type(exc).__name__}: {exc}"}
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.briefing_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 lessons only.")
    parser.add_argument("--output", type=Path, help="Write the JSON result here too.")
    args = parser.parse_args(argv)
    out = run(args.quick)
    text = json.dumps(out, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0 if out["status"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
