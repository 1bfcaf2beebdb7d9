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
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest import EXTRACTOR_VERSION
from ingest.discover import display_path
from ingest.records import STATUS_OK, STATUS_WARNINGS, IngestError, SourceFile
from nlp.taxonomy import TaxonomyError
from search_app.catalog.store import Catalog, CatalogError
from search_app.pipeline import retag
from search_app.pipeline.changes import ChangeSet, scan
from search_app.pipeline.extract_pool import extract_files
from search_app.pipeline.lock import LockBusy, RunLock
from search_app.pipeline.runlog import RunOutcome, append_record
from search_app.search import open_backend
from search_app.search.contract import SearchError
from search_app.search.index_records import index_records
from search_app.settings import Settings

log = logging.getLogger(__name__)

META_INDEX_PENDING = "pipeline.index_pending"
STAGE_LINK = "link"
STAGE_STORE = "store"
_LOGGED_FAILURES = 200  # the catalog keeps them all; the log line stays short

StageHook = Callable[[str, str, "int | None"], None]  # (stage, detail, files to come)
FileHook = Callable[[str, str], None]  # (path, outcome)


class RunError(Exception):
    """A run that could not be done: another run holds the lock (RunOutcome.BUSY), or
    the catalog, the taxonomy or the search engine is unusable (RunOutcome.ERROR)."""

    def __init__(self, message: str, exit_code: int = RunOutcome.ERROR):
        super().__init__(message)
        self.exit_code = int(exit_code)


@dataclass(frozen=True)
class RunReport:
    """What one run did. `to_json()` is its end line in runs.jsonl.

    Paths are as the operating system gives them; `display_path` shows one."""

    run_id: str
    command: str
    started: float
    ended: float
    exit_code: int
    message: str = ""
    files_new: tuple[str, ...] = ()
    files_changed: tuple[str, ...] = ()
    files_deleted: tuple[str, ...] = ()
    files_touched: int = 0
    files_unchanged: int = 0
    unchanged_paths: tuple[str, ...] = field(default=(), repr=False)  # not logged: can be long
    failed: tuple[IngestError, ...] = ()
    still_failed: tuple[IngestError, ...] = ()  # failed before, unchanged, not tried again
    warnings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    lessons_added: int = 0
    lessons_removed: int = 0
    lessons_retagged: int = 0
    tagger_version: str = ""
    index_action: str = "none"  # "none" or "rebuilt"
    index_reason: str = ""
    index_lessons: int | None = None
    index_updated_at: float | None = None
    stale_lock: Mapping[str, Any] | None = None
    durations: Mapping[str, float] = field(default_factory=dict)

    @property
    def outcome(self) -> RunOutcome:
        return RunOutcome(self.exit_code)

    @property
    def ran(self) -> bool:
        """False when the run could not be done (busy, or an unusable catalog or engine)."""
        return self.outcome not in (RunOutcome.BUSY, RunOutcome.ERROR)

    @property
    def ok(self) -> bool:
        return self.ran and not self.failed

    @property
    def added(self) -> tuple[str, ...]:
        """New files read well."""
        failed = {e.path for e in self.failed}
        return tuple(p for p in self.files_new if p not in failed)

    @property
    def changed(self) -> tuple[str, ...]:
        """Changed (or retried) files read well."""
        failed = {e.path for e in self.failed}
        return tuple(p for p in self.files_changed if p not in failed)

    @property
    def unchanged(self) -> tuple[str, ...]:
        return self.unchanged_paths

    @property
    def removed(self) -> tuple[str, ...]:
        return self.files_deleted

    @property
    def lessons_indexed(self) -> int:
        return self.index_lessons or 0

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.files_new
            or self.files_changed
            or self.files_deleted
            or self.failed
            or self.lessons_retagged
            or self.index_action != "none"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "event": "end",
            "command": self.command,
            "pid": os.getpid(),
            "started": self.started,
            "ended": self.ended,
            "exit_code": self.exit_code,
            "message": self.message,
            "files": {
                "new": len(self.files_new),
                "changed": len(self.files_changed),
                "deleted": len(self.files_deleted),
                "failed": len(self.failed),
                "touched": self.files_touched,
                "unchanged": self.files_unchanged,
            },
            "lessons": {
                "added": self.lessons_added,
                "removed": self.lessons_removed,
                "retagged": self.lessons_retagged,
            },
            "failed": [
                {"path": display_path(e.path), "stage": e.stage, "reason": e.reason}
                for e in self.failed[:_LOGGED_FAILURES]
            ],
            "still_failed": [
                {"path": e.path, "stage": e.stage, "reason": e.reason} for e in self.still_failed[:_LOGGED_FAILURES]
            ],
            "tagger_version": self.tagger_version,
            "index": {"action": self.index_action, "reason": self.index_reason, "lessons": self.index_lessons},
            "index_updated_at": self.index_updated_at,
            "stale_lock": dict(self.stale_lock) if self.stale_lock else None,
            "durations": {k: round(v, 3) for k, v in self.durations.items()},
        }


class _Run:
    """The work of one run, with the lock held. Raises on what stops it."""

    def __init__(
        self,
        settings: Settings,
        roots: list[Path],
        full: bool,
        retry_failed: bool,
        update_index: bool,
        retag_lessons: bool,
        on_stage: StageHook | None,
        on_file: FileHook | None,
        run_id: str,
    ):
        self.settings, self.roots, self.full = settings, roots, full
        self.retry_failed, self.update_index, self.retag_lessons = retry_failed, update_index, retag_lessons
        self.on_stage, self.on_file, self.run_id = on_stage, on_file, run_id
        self.tagger = retag.TaggerHandle(settings)
        self.out: dict[str, Any] = {"durations": {}}
        self.failed: list[IngestError] = []
        self.warnings: dict[str, tuple[str, ...]] = {}
        self.pending_marked = False
        self.before: set[str] | None = None  # lesson ids when the run started changing the catalog

    def partial(self) -> dict[str, Any]:
        """What was done before the run stopped, committed lessons included."""
        out = {**self.out, "failed": tuple(self.failed), "warnings": self.warnings}
        if self.before is not None and "lessons_added" not in out:
            try:
                with Catalog(self.settings.catalog) as catalog:
                    after = catalog.lesson_ids()
                out.update(lessons_added=len(after - self.before), lessons_removed=len(self.before - after))
            except (CatalogError, sqlite3.Error) as exc:
                log.warning("could not count the lessons committed before the run stopped: %s", exc)
        return out

    def stage(self, name: str, detail: str = "", total: int | None = None) -> float:
        if self.on_stage is not None:
            self.on_stage(name, detail, total)
        return time.perf_counter()

    def took(self, name: str, since: float) -> None:
        self.out["durations"][name] = self.out["durations"].get(name, 0.0) + time.perf_counter() - since

    def file(self, path: str, outcome: str) -> None:
        if self.on_file is not None:
            self.on_file(path, outcome)

    def execute(self) -> dict[str, Any]:
        with Catalog(self.settings.catalog) as catalog:
            t = self.stage("scan", ", ".join(display_path(r) for r in self.roots) or "(no folders)")
            allowed = list(self.settings.corpus) + list(self.settings.link_roots)
            changes = scan(catalog, self.roots, self.retry_failed, allowed, self.settings.ocr_engine)
            changes = _with_outdated(catalog, changes)
            pending = catalog.get_meta(META_INDEX_PENDING)
            self.took("scan", t)
            self.out.update(
                files_new=tuple(s.path for s in changes.new + tuple(r[0] for r in changes.refused)),
                files_changed=tuple(s.path for s in changes.changed + changes.retried),
                files_deleted=changes.deleted,
                files_touched=len(changes.touched),
                files_unchanged=len(changes.unchanged),
                unchanged_paths=changes.unchanged,
            )

            if changes.anything:
                self.before = catalog.lesson_ids()
            for source in changes.touched:
                catalog.touch_file(source)
            for source, reason in changes.refused:
                self.fail(catalog, source, IngestError(source.path, STAGE_LINK, reason))
            if changes.to_ingest:
                self.ingest(catalog, changes.to_ingest)
            if changes.deleted:
                t = self.stage("delete", f"{len(changes.deleted)} files", len(changes.deleted))
                for path in changes.deleted:
                    self.mark_pending(catalog)
                    catalog.remove_file(path)
                    self.file(path, "deleted")
                self.took("delete", t)
            after = catalog.lesson_ids() if self.before is not None else None
            if self.before is not None:
                assert after is not None, "read just above whenever before was"
                self.out["lessons_added"] = len(after - self.before)
                self.out["lessons_removed"] = len(self.before - after)

            if self.retag_lessons and (self.full or retag.needs_version_check(catalog, self.settings)):
                self.retag(catalog)

            if self.update_index:
                reason = self.index_reason(catalog, pending, self.before, after)
                if reason:
                    self.rebuild(catalog, reason)
            self.out["still_failed"] = _still_failed(catalog, changes)
        self.out["failed"] = tuple(self.failed)
        self.out["warnings"] = self.warnings
        return self.out

    def mark_pending(self, catalog: Catalog) -> None:
        """Before the first catalog write that the index must follow: note it, so
        a run killed before the index switch is finished by the next one."""
        if not self.pending_marked:
            catalog.set_meta(META_INDEX_PENDING, self.run_id)
            self.pending_marked = True

    def fail(self, catalog: Catalog, source: SourceFile, error: IngestError) -> None:
        catalog.record_failure(source, error)
        self.failed.append(error)
        self.file(source.path, "failed")

    def ingest(self, catalog: Catalog, sources: tuple[SourceFile, ...]) -> None:
        t = self.stage("ingest", f"{len(sources)} files", len(sources))
        by_path = {s.path: s for s in sources}
        ordered = [s.path for s in sorted(sources, key=lambda s: (-s.size, s.path))]
        self.out["durations"]["tag"] = 0.0
        scratch = self.settings.scratch_dir
        for path, outcome in extract_files(
            ordered,
            self.settings.ingest_workers,
            self.settings.file_timeout,
            self.settings.limits,
            scratch,
            self.settings.ocr_engine,
        ):
            source = by_path[path]
            if isinstance(outcome, IngestError):
                self.fail(catalog, source, outcome)
                continue
            try:
                was_known = self.store(catalog, source, outcome)
            except (sqlite3.OperationalError, OSError, CatalogError, SearchError):
                raise  # a full disk, a locked or broken catalog: every file would fail the same way
            except Exception as exc:  # this file's data met a bug: it fails alone, with its traceback logged
                log.exception("unexpected error storing %s", display_path(path))
                self.fail(catalog, source, IngestError(path, STAGE_STORE, f"{type(exc).__name__}: {exc}"))
                continue
            self.file(path, "changed" if was_known else "new")
        self.took("ingest", t)

    def store(self, catalog: Catalog, source: SourceFile, review) -> bool:
        """Tag a review's lessons and store it; True when the file was known before."""
        tagged = time.perf_counter()
        tagger = self.tagger.get()
        lessons = review.lessons
        analyses = dict(
            zip(
                (lesson.ordinal for lesson in lessons),
                tagger.analyze_many(
                    [lesson.text for lesson in lessons],
                    kinds=[lesson.kind for lesson in lessons],
                    reviews=[source.path] * len(lessons),
                ),
            )
        )
        self.out["durations"]["tag"] += time.perf_counter() - tagged
        was_known = catalog.file_state(source.path) is not None
        self.mark_pending(catalog)
        status = STATUS_WARNINGS if review.warnings else STATUS_OK
        catalog.put_review(source, review, analyses, status, tagger.version)
        if review.warnings:
            self.warnings[source.path] = review.warnings
        return was_known

    def retag(self, catalog: Catalog) -> None:
        t = self.stage("retag", "checking the taxonomy and model versions")
        tagger = self.tagger.get()
        version = tagger.version
        stale = retag.stale_lesson_count(catalog, version)
        if stale:
            self.mark_pending(catalog)
            self.stage("retag", f"{stale} lessons were tagged by another version; now {version}")
            self.out["lessons_retagged"] = retag.retag_stale(catalog, tagger)
        retag.record_checked(catalog, self.settings, version)
        self.out["tagger_version"] = version
        self.took("retag", t)

    def index_reason(self, catalog: Catalog, pending: str, before, after) -> str:
        """Why the index must be rebuilt now, or "" when it is up to date."""
        if self.full:
            return "a full run was asked for"
        if pending:
            return f"run {pending} changed the catalog but did not finish the index"
        if self.pending_marked or (before is not None and before != after):
            return "the catalog changed"
        try:
            with _backend(self.settings) as backend:
                indexed = backend.count()
        except SearchError as exc:
            return f"the index cannot be read ({exc})"
        in_catalog = catalog.stats()["lessons"]
        if indexed != in_catalog:
            return f"the index holds {indexed} lessons and the catalog {in_catalog}"
        return ""

    def rebuild(self, catalog: Catalog, reason: str) -> None:
        t = self.stage("index", f"rebuilding ({reason})")
        with _backend(self.settings) as backend:
            count = backend.rebuild(index_records(catalog))
        catalog.delete_meta(META_INDEX_PENDING)
        self.out.update(index_action="rebuilt", index_reason=reason, index_lessons=count, index_updated_at=time.time())
        self.took("index", t)


def _still_failed(catalog: Catalog, changes: ChangeSet) -> tuple[IngestError, ...]:
    """Files under the scanned folders that failed before and were not tried again:
    a run over them is not "ok" until they are fixed."""
    unchanged = set(changes.unchanged)
    return tuple(
        IngestError(row["path"], row["stage"], row["reason"]) for row in catalog.failures() if row["path"] in unchanged
    )


def _with_outdated(catalog: Catalog, changes: ChangeSet) -> ChangeSet:
    """Unchanged files extracted by another extractor version are extracted again."""
    if not changes.unchanged:
        return changes
    outdated = {row["path"]: row for row in catalog.outdated_files(EXTRACTOR_VERSION)}
    again = [p for p in changes.unchanged if p in outdated]
    if not again:
        return changes
    sources = tuple(SourceFile(p, outdated[p]["size"], outdated[p]["mtime"], outdated[p]["sha256"]) for p in again)
    return ChangeSet(
        changes.new,
        changes.changed + sources,
        changes.retried,
        changes.touched,
        tuple(p for p in changes.unchanged if p not in outdated),
        changes.deleted,
        changes.refused,
    )


@contextmanager
def _backend(settings: Settings):
    """The search backend for one step of a run, closed after it."""
    backend = open_backend(settings)
    try:
        yield backend
    finally:
        backend.close()


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
