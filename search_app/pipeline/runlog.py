"""Orchestration: the run log, DATA_DIR/runs.jsonl, and what it says about the service.

Every pipeline run (`lessons reindex`, `lessons ingest`, `lessons index
--rebuild`) appends a "start" line when it has taken the run lock and an
"end" line when it finishes, each one JSON object written with a single
append, so concurrent writers never interleave and a crash loses at most
the end line. A start without an end is a run that was killed (or is
still running: the lock file says which).

`recent_runs` merges the two lines of each run; `service_status` gives the
web app's footer and /healthz what they show: when the index last changed
and how the last run ended.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from search_app.pipeline.lock import LOCK_NAME, read_holder

RUNLOG_NAME = "runs.jsonl"
_TAIL_BYTES = 512 * 1024  # enough for hundreds of runs; older lines are not read

OUTCOME_RUNNING = "running"
OUTCOME_INTERRUPTED = "interrupted (killed or crashed)"


class RunOutcome(IntEnum):
    """How a run ended; its value is the exit code of `lessons reindex` and `lessons ingest`."""

    OK = 0
    FAILED_DOCUMENTS = 1  # done, but some documents failed (listed)
    ERROR = 2  # could not run: an unusable catalog, taxonomy or search engine
    BUSY = 3  # another run held the lock; nothing was done

    @property
    def words(self) -> str:
        return _WORDS[self]

    @classmethod
    def words_for(cls, exit_code: int) -> str:
        try:
            return cls(exit_code).words
        except ValueError:
            return f"exit code {exit_code}"


_WORDS = {
    RunOutcome.OK: "ok",
    RunOutcome.FAILED_DOCUMENTS: "finished with failed documents",
    RunOutcome.ERROR: "could not run",
    RunOutcome.BUSY: "skipped: another run held the lock",
}


def runlog_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / RUNLOG_NAME


def append_record(data_dir: Path | str, record: dict[str, Any]) -> None:
    """Append one JSON line with one write(2) on an O_APPEND file, then fsync."""
    path = runlog_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class RunSummary:
    """One run as the log tells it (its start and end lines merged)."""

    run_id: str
    command: str
    pid: int
    started: float
    ended: float | None
    exit_code: int | None
    outcome: str
    record: dict[str, Any] = field(default_factory=dict)  # the end line (or the start line)

    @property
    def finished(self) -> bool:
        return self.exit_code is not None


def _read_tail(path: Path) -> list[dict[str, Any]]:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - _TAIL_BYTES))
            data = handle.read()
    except OSError:
        return []
    lines = data.split(b"\n")
    if size > _TAIL_BYTES:
        lines = lines[1:]  # the first line read is probably cut
    records = []
    for raw in lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            continue  # a torn line from a full disk; the others still count
        if isinstance(record, dict) and "run_id" in record:
            records.append(record)
    return records


def recent_runs(data_dir: Path | str, limit: int = 10) -> list[RunSummary]:
    """The last `limit` runs, newest first."""
    data_dir = Path(data_dir)
    merged: dict[str, dict[str, Any]] = {}
    for record in _read_tail(runlog_path(data_dir)):
        entry = merged.setdefault(record["run_id"], {})
        entry.update(record)
    holder = read_holder(data_dir / LOCK_NAME)
    runs = []
    for run_id, record in merged.items():
        exit_code = record.get("exit_code") if record.get("event") == "end" else None
        if exit_code is not None:
            outcome = RunOutcome.words_for(exit_code)
        elif holder is not None and holder.pid == record.get("pid") and holder.alive:
            outcome = OUTCOME_RUNNING
        else:
            outcome = OUTCOME_INTERRUPTED
        runs.append(
            RunSummary(
                run_id=run_id,
                command=record.get("command", ""),
                pid=int(record.get("pid", 0)),
                started=float(record.get("started", 0)),
                ended=record.get("ended"),
                exit_code=exit_code,
                outcome=outcome,
                record=record,
            )
        )
    runs.sort(key=lambda r: r.started, reverse=True)
    return runs[:limit]


_CACHE: dict[str, tuple[tuple, list[RunSummary]]] = {}
_CACHE_SECONDS = 30  # a killed run changes no file; "running" turns "interrupted" within this


def _runs_cached(data_dir: Path) -> list[RunSummary]:
    """recent_runs, read again only when the log or the lock file changed (web pages call this)."""
    key: list = [int(time.monotonic() // _CACHE_SECONDS)]
    for name in (RUNLOG_NAME, LOCK_NAME):
        try:
            st = os.stat(data_dir / name)
            key.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            key.append(None)
    cached = _CACHE.get(str(data_dir))
    if cached is not None and cached[0] == tuple(key):
        return cached[1]
    runs = recent_runs(data_dir, limit=1000)
    _CACHE[str(data_dir)] = (tuple(key), runs)
    return runs


def service_status(data_dir: Path | str, now: float | None = None) -> dict[str, Any]:
    """What the web app shows: when the index last changed and the last run's outcome.

    `index_updated_at` is the end of the last run that switched the search
    index; runs skipped because another run held the lock are not "last
    runs" (the run that held it is).
    """
    now = time.time() if now is None else now
    runs = _runs_cached(Path(data_dir))
    last = next((r for r in runs if r.exit_code != RunOutcome.BUSY), None)
    updated = next((r for r in runs if r.record.get("index_updated_at")), None)
    updated_at = updated.record["index_updated_at"] if updated else None
    return {
        "index_updated_at": _iso(updated_at),
        "index_age_seconds": round(now - updated_at) if updated_at else None,
        "last_run": None
        if last is None
        else {
            "command": last.command,
            "started": _iso(last.started),
            "ended": _iso(last.ended),
            "exit_code": last.exit_code,
            "outcome": last.outcome,
            "files_failed": len(last.record.get("failed", [])) if last.finished else None,
        },
    }


def last_updated_words(data_dir: Path | str) -> str:
    """For a page footer: "12 March 2025 at 02:14", or "" when the index was never updated."""
    updated = _runs_cached(Path(data_dir))
    stamp = next((r.record["index_updated_at"] for r in updated if r.record.get("index_updated_at")), None)
    if not stamp:
        return ""
    moment = time.localtime(stamp)
    return f"{moment.tm_mday} {time.strftime('%B %Y at %H:%M', moment)}"


def _iso(stamp: float | None) -> str | None:
    if not stamp:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(stamp))
