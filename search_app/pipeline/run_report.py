"""Pipeline stage: what a run did (`RunReport`, its end line in the run log) and
what stops a run before it can start (`RunError`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ingest.discover import display_path
from ingest.records import IngestError
from search_app.pipeline.runlog import RunOutcome

_LOGGED_FAILURES = 200  # the catalog keeps them all; the log line stays short


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
                {"path": display_path(e.path), "stage": e.stage, "reason": e.reason}
                for e in self.still_failed[:_LOGGED_FAILURES]
            ],
            "tagger_version": self.tagger_version,
            "index": {"action": self.index_action, "reason": self.index_reason, "lessons": self.index_lessons},
            "index_updated_at": self.index_updated_at,
            "stale_lock": dict(self.stale_lock) if self.stale_lock else None,
            "durations": {k: round(v, 3) for k, v in self.durations.items()},
        }
