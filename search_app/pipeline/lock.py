"""Orchestration: one pipeline run at a time, per data folder.

A run holds an exclusive `fcntl.flock` on DATA_DIR/reindex.lock for its
whole life and writes its pid and start time into the file. The kernel
drops the lock when the process ends, however it ends (even kill -9), so a
lock is never left "stuck". The file's content is cleared on a clean
release; content found when the lock is taken therefore names a run that
died without releasing it, and the new holder reports it as stale.

The file itself is never deleted: deleting a lock file while another
process waits on it would let two runs hold "the" lock at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

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
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return _parse(text)


def _parse(text: str) -> LockHolder | None:
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
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        """Take the lock now or raise LockBusy; never waits."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockBusy(self.path, _wait_for_holder(self.path)) from None
        except BaseException:
            os.close(fd)
            raise
        left_over = _parse(_read_fd(fd))
        if left_over is not None and left_over.pid != os.getpid():
            self.stale = left_over
        record = json.dumps({"pid": os.getpid(), "started": time.time(), "command": self.command})
        os.ftruncate(fd, 0)
        os.pwrite(fd, (record + "\n").encode("utf-8"), 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)  # a clean end leaves nothing to call stale
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_fd(fd: int) -> str:
    chunks = []
    offset = 0
    while True:
        chunk = os.pread(fd, 4096, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace").strip()
