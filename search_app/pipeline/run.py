"""Orchestration: one pipeline run, safe to start at any time, twice at once, or after a crash.

    report = run_pipeline(settings)                 # `lessons reindex`
    report = run_pipeline(settings, full=True)      # `lessons reindex --full`
    report.exit_code   # 0 ok, 1 failed documents, 2 could not run, 3 another run holds the lock

A run takes the data folder's run lock (search_app.pipeline.lock), logs a start
line to DATA_DIR/runs.jsonl, then:

  scan     compare the corpus folders with the catalog (search_app.pipeline.changes)
  ingest   extract new and changed files in worker processes, tag their
           lessons, store each review in one catalog transaction
  delete   forget deleted files and drop their reviews
  retag    tag again lessons tagged by an older taxonomy or model
  index    build a new index generation from the catalog and switch to it

and logs an end line with what it did. The search index is never written
in place: when anything changed it is rebuilt from the catalog into a new
generation (Tantivy) or a new versioned index behind the alias
(Elasticsearch), and readers switch atomically. A catalog meta flag is set
before the first catalog write and cleared after the switch, so a run
killed in between leaves the old index serving and the next run rebuilds.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from ingest import EXTRACTOR_VERSION
from ingest.records import STATUS_OK, STATUS_WARNINGS, IngestError, Review, SourceFile
from search_app.pipeline import retag
from search_app.catalog.store import Catalog, CatalogError
from search_app.pipeline.changes import ChangeSet, scan
from search_app.pipeline.extract_pool import extract_files
from search_app.search import open_backend
from search_app.search.contract import SearchError
from search_app.pipeline.lock import LockBusy, RunLock
from search_app.pipeline.runlog import append_record
from search_app.settings import Settings

EXIT_OK, EXIT_FAILED_DOCUMENTS, EXIT_ERROR, EXIT_BUSY = 0, 1, 2, 3
META_INDEX_PENDING = "pipeline.index_pending"
_LOGGED_FAILURES = 200  # the catalog keeps them all; the log line stays short

StageHook = Callable[[str, str, "int | None"], None]  # (stage, detail, files to come)
FileHook = Callable[[str, str], None]  # (path, outcome)


class RunError(Exception):
    """A run that could not be done: another run holds the lock (exit code 3), or
    the catalog, the taxonomy or the search engine is unusable (exit code 2)."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class RunReport:
    """What one run did. `to_json()` is its end line in runs.jsonl."""

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
    def changed_anything(self) -> bool:
        return bool(self.files_new or self.files_changed or self.files_deleted or self.failed
                    or self.lessons_retagged or self.index_action != "none")

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "event": "end", "command": self.command, "pid": os.getpid(),
            "started": self.started, "ended": self.ended, "exit_code": self.exit_code,
            "message": self.message,
            "files": {"new": len(self.files_new), "changed": len(self.files_changed),
                      "deleted": len(self.files_deleted), "failed": len(self.failed),
                      "touched": self.files_touched, "unchanged": self.files_unchanged},
            "lessons": {"added": self.lessons_added, "removed": self.lessons_removed,
                        "retagged": self.lessons_retagged},
            "failed": [{"path": e.path, "stage": e.stage, "reason": e.reason}
                       for e in self.failed[:_LOGGED_FAILURES]],
            "still_failed": [{"path": e.path, "stage": e.stage, "reason": e.reason}
                             for e in self.still_failed[:_LOGGED_FAILURES]],
            "tagger_version": self.tagger_version,
            "index": {"action": self.index_action, "reason": self.index_reason,
                      "lessons": self.index_lessons},
            "index_updated_at": self.index_updated_at,
            "stale_lock": dict(self.stale_lock) if self.stale_lock else None,
            "durations": {k: round(v, 3) for k, v in self.durations.items()},
        }


class _Run:
    """The work of one run, with the lock held. Raises on what stops it."""

    def __init__(self, settings: Settings, roots: list[Path], full: bool, retry_failed: bool,
                 update_index: bool, retag_lessons: bool, on_stage: StageHook | None,
                 on_file: FileHook | None, run_id: str):
        self.settings, self.roots, self.full = settings, roots, full
        self.retry_failed, self.update_index, self.retag_lessons = retry_failed, update_index, retag_lessons
        self.on_stage, self.on_file, self.run_id = on_stage, on_file, run_id
        self.tagger = retag.TaggerHandle(settings)
        self.out: dict[str, Any] = {"durations": {}}
        self.failed: list[IngestError] = []
        self.warnings: dict[str, tuple[str, ...]] = {}
        self.pending_marked = False

    def partial(self) -> dict[str, Any]:
        """What was done before the run stopped."""
        return {**self.out, "failed": tuple(self.failed), "warnings": self.warnings}

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
            t = self.stage("scan", ", ".join(str(r) for r in self.roots) or "(no folders)")
            changes = scan(catalog, self.roots, self.retry_failed)
            changes = _with_outdated(catalog, changes)
            pending = catalog.get_meta(META_INDEX_PENDING)
            self.took("scan", t)
            self.out.update(files_new=tuple(s.path for s in changes.new),
                            files_changed=tuple(s.path for s in changes.changed + changes.retried),
                            files_deleted=changes.deleted, files_touched=len(changes.touched),
                            files_unchanged=len(changes.unchanged), unchanged_paths=changes.unchanged)

            before = _lesson_ids(catalog) if changes.anything else None
            for source in changes.touched:
                catalog.touch_file(source)
            if changes.to_ingest:
                self.ingest(catalog, changes.to_ingest)
            if changes.deleted:
                t = self.stage("delete", f"{len(changes.deleted)} files", len(changes.deleted))
                for path in changes.deleted:
                    self.mark_pending(catalog)
                    catalog.remove_file(path)
                    self.file(path, "deleted")
                self.took("delete", t)
            after = _lesson_ids(catalog) if before is not None else None
            if before is not None:
                self.out["lessons_added"] = len(after - before)
                self.out["lessons_removed"] = len(before - after)

            if self.retag_lessons and (self.full or retag.needs_version_check(catalog, self.settings)):
                self.retag(catalog)

            if self.update_index:
                reason = self.index_reason(catalog, pending, before, after)
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

    def ingest(self, catalog: Catalog, sources: tuple[SourceFile, ...]) -> None:
        t = self.stage("ingest", f"{len(sources)} files", len(sources))
        by_path = {s.path: s for s in sources}
        ordered = [s.path for s in sorted(sources, key=lambda s: (-s.size, s.path))]
        tag_seconds = 0.0
        for path, outcome in extract_files(ordered, self.settings.ingest_workers, self.settings.file_timeout,
                                           self.settings.max_pages, self.settings.max_bytes):
            source = by_path[path]
            if isinstance(outcome, IngestError):
                catalog.record_failure(source, outcome)
                self.failed.append(outcome)
                self.file(path, "failed")
                continue
            tagged = time.perf_counter()
            tagger = self.tagger.get()
            analyses = dict(zip((lesson.ordinal for lesson in outcome.lessons),
                                tagger.analyze_many([lesson.text for lesson in outcome.lessons],
                                                    kinds=[lesson.kind for lesson in outcome.lessons],
                                                    reviews=[path] * len(outcome.lessons))))
            tag_seconds += time.perf_counter() - tagged
            was_known = catalog.file_state(path) is not None
            self.mark_pending(catalog)
            status = STATUS_WARNINGS if outcome.warnings else STATUS_OK
            catalog.put_review(source, outcome, analyses, status, tagger.version)
            if outcome.warnings:
                self.warnings[path] = outcome.warnings
            self.file(path, "changed" if was_known else "new")
        self.took("ingest", t)
        self.out["durations"]["tag"] = tag_seconds

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
            indexed = _open_backend(self.settings).count()
        except SearchError as exc:
            return f"the index cannot be read ({exc})"
        in_catalog = catalog.stats()["lessons"]
        if indexed != in_catalog:
            return f"the index holds {indexed} lessons and the catalog {in_catalog}"
        return ""

    def rebuild(self, catalog: Catalog, reason: str) -> None:
        t = self.stage("index", f"rebuilding ({reason})")
        count = _open_backend(self.settings).rebuild(catalog.indexed_lessons())
        catalog.db.execute("DELETE FROM meta WHERE key = ?", (META_INDEX_PENDING,))
        catalog.db.commit()
        self.out.update(index_action="rebuilt", index_reason=reason, index_lessons=count,
                        index_updated_at=time.time())
        self.took("index", t)


def _still_failed(catalog: Catalog, changes: ChangeSet) -> tuple[IngestError, ...]:
    """Files under the scanned folders that failed before and were not tried again:
    a run over them is not "ok" until they are fixed."""
    unchanged = set(changes.unchanged)
    return tuple(IngestError(row["path"], row["stage"], row["reason"])
                 for row in catalog.failures() if row["path"] in unchanged)


def _with_outdated(catalog: Catalog, changes: ChangeSet) -> ChangeSet:
    """Unchanged files extracted by another extractor version are extracted again."""
    if not changes.unchanged:
        return changes
    outdated = {
        row["path"]: row for row in catalog.db.execute(
            "SELECT * FROM files WHERE status != 'failed' AND extractor_version != ?", (EXTRACTOR_VERSION,)
        )
    }
    again = [p for p in changes.unchanged if p in outdated]
    if not again:
        return changes
    sources = tuple(SourceFile(p, outdated[p]["size"], outdated[p]["mtime"], outdated[p]["sha256"]) for p in again)
    return ChangeSet(changes.new, changes.changed + sources, changes.retried, changes.touched,
                     tuple(p for p in changes.unchanged if p not in outdated), changes.deleted)


_BACKENDS: dict[tuple, Any] = {}


def _open_backend(settings: Settings):
    """One backend object per index per process. TantivyBackend names a new
    generation by the second, the pid and a per-object counter, so two
    objects rebuilding in the same second would pick the same name."""
    key = (settings.backend, str(settings.index_dir), settings.es_url, settings.es_index)
    backend = _BACKENDS.get(key)
    if backend is None:
        backend = _BACKENDS[key] = open_backend(settings)
    return backend


def _lesson_ids(catalog: Catalog) -> set[str]:
    return {row[0] for row in catalog.db.execute("SELECT id FROM lessons")}


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
    a held lock or an unusable catalog: the report's exit code and message
    say what happened, and the run log has a line for it."""
    roots = [Path(r) for r in (settings.corpus if roots is None else roots)]
    run_id, started = new_run_id(), time.time()

    def finish(exit_code: int, message: str = "", stale=None, **fields) -> RunReport:
        report = RunReport(run_id=run_id, command=command, started=started, ended=time.time(),
                           exit_code=exit_code, message=message, stale_lock=stale, **fields)
        try:
            append_record(settings.data_dir, report.to_json())
        except OSError:
            pass  # the report still reaches the caller and the terminal
        return report

    lock = RunLock(settings.data_dir, command)
    try:
        lock.acquire()
    except LockBusy as exc:
        return finish(EXIT_BUSY, str(exc))
    except OSError as exc:
        return finish(EXIT_ERROR, f"cannot use the data folder {settings.data_dir}: {exc}")
    stale = None
    if lock.stale is not None:
        stale = {"pid": lock.stale.pid, "started": lock.stale.started, "command": lock.stale.command}
    try:
        append_record(settings.data_dir, {
            "run_id": run_id, "event": "start", "command": command, "pid": os.getpid(),
            "started": started, "full": full, "roots": [str(r) for r in roots], "stale_lock": stale,
        })
        work = _Run(settings, roots, full, retry_failed, update_index, retag_lessons, on_stage, on_file, run_id)
        try:
            out = work.execute()
        except (CatalogError, SearchError, RunError, OSError) as exc:
            return finish(EXIT_ERROR, str(exc), stale, **work.partial())
        except Exception as exc:  # a taxonomy error or a bug: reported, never a traceback for the user
            return finish(EXIT_ERROR, f"{type(exc).__name__}: {exc}", stale, **work.partial())
        return finish(EXIT_FAILED_DOCUMENTS if out["failed"] or out.get("still_failed") else EXIT_OK,
                      "", stale, **out)
    finally:
        lock.release()


def rebuild_from_catalog(settings: Settings, command: str = "index") -> RunReport:
    """Rebuild the index from the catalog as it is (no scan, no re-tagging), under the lock."""
    return run_pipeline(settings, roots=[], command=command, full=True, retag_lessons=False)
