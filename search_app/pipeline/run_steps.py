"""Pipeline stage: the steps of one run with the lock held (scan, ingest, delete,
retag, index), as search_app/pipeline/run.py's docstring tells them."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest import EXTRACTOR_VERSION
from ingest.discover import display_path
from ingest.records import STATUS_OK, STATUS_WARNINGS, IngestError, SourceFile
from search_app.catalog.store import Catalog, CatalogError
from search_app.pipeline import retag
from search_app.pipeline.changes import ChangeSet, scan
from search_app.pipeline.extract_pool import extract_files
from search_app.search import open_backend
from search_app.search.contract import SearchError
from search_app.search.index_records import index_records
from search_app.settings import Settings

log = logging.getLogger("search_app.pipeline.run")  # the run's log lines keep the logger name they had

META_INDEX_PENDING = "pipeline.index_pending"
STAGE_LINK = "link"
STAGE_STORE = "store"

StageHook = Callable[[str, str, "int | None"], None]  # (stage, detail, files to come)
FileHook = Callable[[str, str], None]  # (path, outcome)


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
