"""Orchestration: documents → ingest → tag → catalog → search index.

The public entry points of the pipeline:

    ingest_paths(settings, paths)   bring the catalog and index up to date with these files
    rebuild_index(settings)         rebuild the index from the catalog, switch atomically
    run_pipeline(settings, ...)     the nightly run (`lessons reindex`), see search_app.pipeline.run

Each run holds the data folder's run lock, records every file's outcome in
the catalog (a bad document is listed with its reason and the run goes
on) and appends what it did to DATA_DIR/runs.jsonl.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ingest.records import IngestError
from search_app.pipeline.run import (
    EXIT_BUSY,
    EXIT_ERROR,
    RunError,
    RunReport,
    rebuild_from_catalog,
    run_pipeline,
)
from search_app.settings import Settings

__all__ = ["IngestReport", "RunError", "RunReport", "ingest_paths", "rebuild_index", "run_pipeline"]


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
    run: RunReport | None = None

    @property
    def ok(self) -> bool:
        return not self.failed


def _raise_if_not_run(report: RunReport) -> None:
    if report.exit_code in (EXIT_BUSY, EXIT_ERROR):
        raise RunError(report.message, report.exit_code)


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
    `on_file(path, outcome)` is called once per file ingested or removed.
    Raises RunError when the run could not be done (another run holds the
    lock, the catalog or the search engine is unusable)."""
    report = run_pipeline(
        settings, [Path(p) for p in paths], command="ingest", retry_failed=retry_failed,
        update_index=update_index, retag_lessons=False, on_file=on_file,
    )
    _raise_if_not_run(report)
    failed_paths = {e.path for e in report.failed}
    return IngestReport(
        added=[p for p in report.files_new if p not in failed_paths],
        changed=[p for p in report.files_changed if p not in failed_paths],
        unchanged=list(report.unchanged_paths),
        removed=list(report.files_deleted),
        failed=list(report.failed),
        warnings=dict(report.warnings),
        lessons_indexed=report.index_lessons or 0,
        run=report,
    )


def rebuild_index(settings: Settings) -> int:
    """Rebuild the search index from the catalog and switch to it atomically.

    Returns the number of lessons indexed; raises RunError when it could not."""
    report = rebuild_from_catalog(settings)
    _raise_if_not_run(report)
    return report.index_lessons or 0
