"""Pipeline stage: the run, safe to start at any time, twice at once, or after a crash.

    report = run_pipeline(settings)                 # `lessons reindex`
    report = run_pipeline(settings, full=True)      # `lessons reindex --full`
    report = ingest_paths(settings, paths)          # `lessons ingest PATH...` (raises RunError)
    count = rebuild_index(settings)                 # `lessons index --rebuild` (raises RunError)
    report.outcome     # RunOutcome: OK 0, FAILED_DOCUMENTS 1, ERROR 2 (could not run), BUSY 3

A run takes the data folder's run lock (search_app.pipeline.lock), empties
its scratch folder (DATA_DIR/tmp: what a killed run's OCR left), logs a
start line to DATA_DIR/runs.jsonl, then:

  scan     compare the corpus folders with the catalog (search_app.pipeline.changes);
           links out of the corpus folders, or in a loop, are recorded as failed
  ingest   extract new and changed files in worker processes (each with a
           time and memory limit), tag their lessons, store each review in
           one catalog transaction
  delete   forget deleted files and drop their reviews
  retag    tag again lessons tagged by an older taxonomy or model
  index    build a new index generation from the catalog and switch to it

and logs an end line with what it did. One file never stops the run: a
file that cannot be read, or that meets an unexpected error while it is
tagged or stored, is recorded as failed with its reason (and the error's
traceback goes to the log); only what stops every file (a full disk, an
unusable catalog, taxonomy or search engine) ends the run, and the report
still says what was committed before.

The search index is never written in place: when anything changed it is
rebuilt from the catalog into a new generation (Tantivy) or a new versioned
index behind the alias (Elasticsearch), and readers switch atomically. A
catalog meta flag is set before the first catalog write and cleared after
the switch, so a run killed in between leaves the old index serving and the
next run rebuilds.

This module holds the entry points and the lock, the start and end lines;
the steps are search_app/pipeline/run_steps.py, the report
search_app/pipeline/run_report.py.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from ingest.discover import display_path
from nlp.taxonomy import TaxonomyError
from search_app.catalog.store import CatalogError
from search_app.pipeline.lock import LockBusy, RunLock
from search_app.pipeline.run_report import RunError, RunReport
from search_app.pipeline.run_steps import META_INDEX_PENDING as META_INDEX_PENDING
from search_app.pipeline.run_steps import STAGE_LINK as STAGE_LINK
from search_app.pipeline.run_steps import STAGE_STORE as STAGE_STORE
from search_app.pipeline.run_steps import FileHook, StageHook, _Run
from search_app.pipeline.runlog import RunOutcome, append_record
from search_app.search.contract import SearchError
from search_app.settings import Settings

log = logging.getLogger(__name__)


def _empty_scratch(folder: Path) -> None:
    """Remove what a killed run left in the scratch folder (OCR page images)."""
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def new_run_id() -> str:
    return f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"


def run_pipeline(
    settings: Settings,
    roots: Iterable[Path] | None = None,
    *,
    command: str = "reindex",
    full: bool = False,
    retry_failed: bool = False,
    update_index: bool = True,
    retag_lessons: bool = True,
    on_stage: StageHook | None = None,
    on_file: FileHook | None = None,
) -> RunReport:
    """Bring the catalog and the index up to date with the files under `roots`.

    `roots` defaults to the corpus folders. Never raises for a bad document,
    a held lock or an unusable catalog: the report's outcome and message say
    what happened, and the run log has a line for it."""
    roots = [Path(r) for r in (settings.corpus if roots is None else roots)]
    run_id, started = new_run_id(), time.time()

    def finish(outcome: RunOutcome, message: str = "", stale=None, **fields) -> RunReport:
        report = RunReport(
            run_id=run_id,
            command=command,
            started=started,
            ended=time.time(),
            exit_code=int(outcome),
            message=message,
            stale_lock=stale,
            **fields,
        )
        try:
            append_record(settings.data_dir, report.to_json())
        except OSError as exc:
            log.warning("could not write the run log: %s", exc)  # the report still reaches the caller
        return report

    lock = RunLock(settings.data_dir, command)
    try:
        lock.acquire()
    except LockBusy as exc:
        return finish(RunOutcome.BUSY, str(exc))
    except OSError as exc:
        return finish(RunOutcome.ERROR, f"cannot use the data folder {settings.data_dir}: {exc}")
    stale = None
    if lock.stale is not None:
        stale = {"pid": lock.stale.pid, "started": lock.stale.started, "command": lock.stale.command}
    try:
        _empty_scratch(settings.scratch_dir)
        append_record(
            settings.data_dir,
            {
                "run_id": run_id,
                "event": "start",
                "command": command,
                "pid": os.getpid(),
                "started": started,
                "full": full,
                "roots": [display_path(r) for r in roots],
                "stale_lock": stale,
            },
        )
        work = _Run(settings, roots, full, retry_failed, update_index, retag_lessons, on_stage, on_file, run_id)
        try:
            out = work.execute()
        except (CatalogError, SearchError, RunError, TaxonomyError, OSError, sqlite3.OperationalError) as exc:
            # What the machine or the operator did (a full disk, a locked or broken catalog,
            # an engine down, a taxonomy that does not validate), not a bug: no traceback.
            return finish(RunOutcome.ERROR, str(exc), stale, **work.partial())
        except Exception as exc:  # a bug: the traceback goes to the log
            log.exception("run %s stopped by an unexpected error", run_id)
            return finish(RunOutcome.ERROR, f"{type(exc).__name__}: {exc}", stale, **work.partial())
        outcome = RunOutcome.FAILED_DOCUMENTS if out["failed"] or out.get("still_failed") else RunOutcome.OK
        return finish(outcome, "", stale, **out)
    finally:
        lock.release()


def rebuild_from_catalog(settings: Settings, command: str = "index") -> RunReport:
    """Rebuild the index from the catalog as it is (no scan, no re-tagging), under the lock."""
    return run_pipeline(settings, roots=[], command=command, full=True, retag_lessons=False)


def _raise_if_not_run(report: RunReport) -> RunReport:
    if not report.ran:
        raise RunError(report.message, report.exit_code)
    return report


def ingest_paths(
    settings: Settings,
    paths: Iterable[Path],
    retry_failed: bool = False,
    on_file: FileHook | None = None,
    update_index: bool = True,
) -> RunReport:
    """Bring the catalog (and the index) up to date with the files under `paths`.

    Unchanged files are skipped; changed files replace their review; files
    that were catalogued under these paths but are gone are removed.
    `on_file(path, outcome)` is called once per file ingested or removed.
    Raises RunError when the run could not be done (another run holds the
    lock, the catalog or the search engine is unusable)."""
    return _raise_if_not_run(
        run_pipeline(
            settings,
            [Path(p) for p in paths],
            command="ingest",
            retry_failed=retry_failed,
            update_index=update_index,
            retag_lessons=False,
            on_file=on_file,
        )
    )


def rebuild_index(settings: Settings) -> int:
    """Rebuild the search index from the catalog and switch to it atomically.

    Returns the number of lessons indexed; raises RunError when it could not."""
    return _raise_if_not_run(rebuild_from_catalog(settings)).lessons_indexed
