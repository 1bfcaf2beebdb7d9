"""Pipeline stage: one run at a time per data folder (the run lock).

The lock is `filelock.FileLock` on DATA_DIR/reindex.lock: an flock the
kernel drops when the process ends, however it ends (even kill -9), so a
lock is never left "stuck", and the file stays in place on release (a
waiter always locks the same inode). While it holds the lock, a run writes
its pid, start time and command into the file and clears them on a clean
release; a record found when the lock is taken therefore names a run that
died without releasing it, and the new holder reports it as stale.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = "reindex.lock"


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or held) the run lock."""

    pid: int
    started: float
    command: str = ""

    @property
    def alive(self) -> bool:
        return pid_alive(self.pid)

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.started)) if self.started else "?"
        what = f"`lessons {self.command}`" if self.command else "a run"
        return f"{what} (pid {self.pid}, started {when})"


class LockBusy(Exception):
    """Another run holds the lock."""

    def __init__(self, path: Path, holder: LockHolder | None):
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "another run"
        super().__init__(f"{who} is already running (lock {path}); this run exits without doing anything")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def read_holder(path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not text:
        return None
    try:
        data = json.loads(text)
        return LockHolder(int(data["pid"]), float(data.get("started", 0)), str(data.get("command", "")))
    except (ValueError, KeyError, TypeError):
        return None


def _wait_for_holder(path: Path, patience: float = 1.0) -> LockHolder | None:
    """The holder of a busy lock; it writes its record just after taking the
    lock, so a run that lost the race by microseconds waits a moment for it."""
    deadline = time.monotonic() + patience
    while True:
        holder = read_holder(path)
        if holder is not None or time.monotonic() >= deadline:
            return holder
        time.sleep(0.02)


class RunLock:
    """The exclusive run lock of a data folder. Use as a context manager.

    with RunLock(settings.data_dir, "reindex") as lock:
        lock.stale   # the holder a crashed run left behind, or None
    """

    def __init__(self, data_dir: Path | str, command: str = ""):
        self.path = Path(data_dir) / LOCK_NAME
        self.command = command
        self.stale: LockHolder | None = None
        self._lock: FileLock | None = None

    def acquire(self) -> RunLock:
        """Take the lock now or raise LockBusy; never waits."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise LockBusy(self.path, _wait_for_holder(self.path)) from None
        left_over = read_holder(self.path)
        if left_over is not None and left_over.pid != os.getpid():
            self.stale = left_over
        record = json.dumps({"pid": os.getpid(), "started": time.time(), "command": self.command})
        try:
            _write(self.path, record + "\n")
        except BaseException:
            lock.release()
            raise
        self._lock = lock
        return self

    def release(self) -> None:
        if self._lock is None:
            return
        try:
            # A clean end leaves nothing to call stale. Not synced: if a crash
            # loses this, the next run only reports a stale lock.
            _write(self.path, "", sync=False)
        finally:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _write(path: Path, text: str, sync: bool = True) -> None:
    """Replace the lock file's content in place (never the file: the flock is on its inode)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8"), 0)
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)
