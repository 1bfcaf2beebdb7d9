"""Orchestration: documents → ingest → tag → catalog → search index.

Each stage is a plain function of its input; this module only runs them in
order and records every file's outcome in the catalog, so that a bad
document is listed with its reason and the run goes on.
"""

from __future__ import annotations

import concurrent.futures as futures
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ingest import IngestFailure, discover, extract_review
from ingest.records import (
    STATUS_OK,
    STATUS_WARNINGS,
    IngestError,
    Review,
    SourceFile,
)
from nlp.tagger import Tagger
from search_app.catalog import Catalog
from search_app.index import open_backend
from search_app.settings import Settings


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)
    warnings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lessons_indexed: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def _extract_one(path: str, max_pages: int, max_bytes: int) -> Review | IngestError:
    """Run in a worker process: extract one file, never raise."""
    try:
        return extract_review(Path(path), max_pages=max_pages, max_bytes=max_bytes)
    except IngestFailure as exc:
        return IngestError(path, exc.stage, exc.reason)
    except Exception as exc:  # a bug or a library crash on one file must not stop the run
        return IngestError(path, "extract", f"{type(exc).__name__}: {exc}")


def _extract_all(
    sources: list[SourceFile], settings: Settings
) -> Iterable[tuple[SourceFile, Review | IngestError]]:
    """Extract files, in parallel when there is more than one and more than one worker."""
    workers = min(settings.ingest_workers, len(sources))
    if workers <= 1:
        for s in sources:
            yield s, _extract_one(s.path, settings.max_pages, settings.max_bytes)
        return
    # Largest files first, so one big document does not finish the run alone.
    ordered = sorted(sources, key=lambda s: -s.size)
    with futures.ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = {
            pool.submit(_extract_one, s.path, settings.max_pages, settings.max_bytes): s
            for s in ordered
        }
        for job in futures.as_completed(jobs):
            source = jobs[job]
            try:
                yield source, job.result(timeout=settings.file_timeout)
            except Exception as exc:  # the worker died (memory, signal)
                yield source, IngestError(source.path, "extract", f"worker failed: {exc}")


def ingest_paths(
    settings: Settings,
    paths: Iterable[Path],
    retry_failed: bool = False,
    on_file: Callable[[str, str], None] | None = None,
    update_index: bool = True,
) -> IngestReport:
    """Bring the catalog (and the index) up to date with the files under `paths`.

    Unchanged files are skipped; changed files replace their review; files
    that were catalogued under these paths but are gone are removed.
    `on_file(path, outcome)` is called once per file for progress display.
    """
    report = IngestReport()
    paths = [Path(p) for p in paths]
    found = discover(paths)
    tagger = Tagger.load(settings.taxonomy, settings.model)
    touched_reviews: set[str] = set()
    dropped_reviews: set[str] = set()
    with Catalog(settings.catalog) as catalog:
        todo: list[SourceFile] = []
        for source in found:
            state = catalog.file_state(source.path)
            if state is not None and state["sha256"] == source.sha256:
                if state["status"] == "failed" and retry_failed:
                    todo.append(source)
                    continue
                if (state["size"], state["mtime"]) != (source.size, source.mtime):
                    catalog.touch_file(source)
                report.unchanged.append(source.path)
                _notify(on_file, source.path, "unchanged")
                continue
            todo.append(source)

        for source, outcome in _extract_all(todo, settings):
            if isinstance(outcome, IngestError):
                catalog.record_failure(source, outcome)
                report.failed.append(outcome)
                _notify(on_file, source.path, "failed")
                continue
            review = outcome
            analyses = dict(
                zip(
                    (lesson.ordinal for lesson in review.lessons),
                    tagger.analyze_many(lesson.text for lesson in review.lessons),
                )
            )
            status = STATUS_WARNINGS if review.warnings else STATUS_OK
            was_known = catalog.file_state(source.path) is not None
            dropped = catalog.put_review(source, review, analyses, status, tagger.version)
            if dropped:
                dropped_reviews.add(dropped)
            touched_reviews.add(review.id)
            (report.changed if was_known else report.added).append(source.path)
            if review.warnings:
                report.warnings[source.path] = review.warnings
            _notify(on_file, source.path, "changed" if was_known else "added")

        seen = {s.path for s in found}
        for row in catalog.files():
            if row["path"] not in seen and _is_under(row["path"], paths):
                dropped = catalog.remove_file(row["path"])
                if dropped:
                    dropped_reviews.add(dropped)
                report.removed.append(row["path"])
                _notify(on_file, row["path"], "removed")

        if update_index and (touched_reviews or dropped_reviews):
            backend = open_backend(settings)
            try:
                for review_id in dropped_reviews | touched_reviews:
                    backend.delete_review(review_id)
                report.lessons_indexed = backend.index_lessons(
                    catalog.indexed_lessons(sorted(touched_reviews))
                )
            finally:
                backend.close()
    return report


def rebuild_index(settings: Settings) -> int:
    """Rebuild the search index from the catalog and switch to it atomically."""
    with Catalog(settings.catalog) as catalog:
        backend = open_backend(settings)
        try:
            return backend.rebuild(catalog.indexed_lessons())
        finally:
            backend.close()


def _notify(on_file: Callable[[str, str], None] | None, path: str, outcome: str) -> None:
    if on_file is not None:
        on_file(path, outcome)


def _is_under(path: str, roots: list[Path]) -> bool:
    resolved = os.path.abspath(path)
    for root in roots:
        root_s = os.path.abspath(root)
        if resolved == root_s or resolved.startswith(root_s.rstrip(os.sep) + os.sep):
            return True
    return False
