"""Orchestration: extract documents in worker processes, with a real time limit per file.

`extract_files` runs `ingest.extract_review` on each file in a small pool of
worker processes, one file at a time per worker, and yields each file's
Review, or an IngestError when it cannot be read. A file that takes longer
than the time limit is abandoned: its worker is killed and replaced, the
file is reported with stage "timeout", and the other files go on. A worker
that dies (out of memory, a crash in a native library) is reported the
same way, with stage "worker", and replaced.

(`concurrent.futures.ProcessPoolExecutor` cannot do this: a running task
cannot be cancelled, and one dead worker breaks the whole pool.)
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ingest import IngestFailure, extract_review
from ingest.records import IngestError, Review

STAGE_TIMEOUT = "timeout"
STAGE_WORKER = "worker"


def extract_one(path: str, max_pages: int, max_bytes: int) -> Review | IngestError:
    """Extract one file; never raises (a bug on one file must not stop the run)."""
    try:
        return extract_review(Path(path), max_pages=max_pages, max_bytes=max_bytes)
    except IngestFailure as exc:
        return IngestError(path, exc.stage, exc.reason)
    except Exception as exc:
        return IngestError(path, "extract", f"{type(exc).__name__}: {exc}")


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the run that started it dies
    (kill -9 included), so no orphan goes on reading a long document."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere an orphan stops at its next message, when the pipe is closed


def _worker_main(conn, inherited, max_pages: int, max_bytes: int) -> None:
    """A worker: read a path, send back its result, until told to stop or orphaned."""
    _die_with_parent()
    # A forked child holds copies of the parent's pipe ends (its own and the
    # other workers'); closed here, so each pipe ends when the parent does.
    for other in inherited:
        other.close()
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if path is None:
            return
        result = extract_one(path, max_pages, max_bytes)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return
        except Exception as exc:  # a result that cannot be pickled
            conn.send(IngestError(path, "extract", f"result could not be returned: {exc}"))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: multiprocessing.connection.Connection
    path: str | None = None
    deadline: float = 0.0


def _context():
    # fork: workers start in milliseconds with ingest already imported.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _Pool:
    def __init__(self, size: int, max_pages: int, max_bytes: int):
        self._ctx = _context()
        self._args = (max_pages, max_bytes)
        self.workers: list[_Worker] = []
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        parent_end, child_end = self._ctx.Pipe()
        inherited = [w.conn for w in self.workers if not w.conn.closed] + [parent_end]
        process = self._ctx.Process(target=_worker_main, args=(child_end, inherited, *self._args), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def replace(self, worker: _Worker) -> int | None:
        """Kill a worker (if still running) and start a fresh one; return the old exit code."""
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()
        return worker.process.exitcode

    def close(self) -> None:
        for worker in self.workers:
            try:
                if worker.path is None:
                    worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(1 if worker.path is None else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(5)
            worker.conn.close()


def extract_files(
    paths: Sequence[str],
    workers: int,
    timeout: float,
    max_pages: int = 1000,
    max_bytes: int = 200_000_000,
) -> Iterator[tuple[str, Review | IngestError]]:
    """Yield (path, Review or IngestError) for every path, in the order they finish."""
    pending = list(paths)
    if not pending:
        return
    pool = _Pool(max(1, min(workers, len(pending))), max_pages, max_bytes)
    pending.reverse()  # pop() from the end keeps the caller's order
    try:
        busy = 0
        while pending or busy:
            for worker in pool.workers:
                if worker.path is None and pending:
                    worker.path = pending.pop()
                    worker.deadline = time.monotonic() + timeout
                    worker.conn.send(worker.path)
                    busy += 1
            active = [w for w in pool.workers if w.path is not None]
            wait_for = max(0.0, min(w.deadline for w in active) - time.monotonic())
            ready = multiprocessing.connection.wait([w.conn for w in active], timeout=wait_for)
            for worker in active:
                path = worker.path
                if worker.conn in ready:
                    try:
                        result = worker.conn.recv()
                    except (EOFError, OSError):
                        code = pool.replace(worker)
                        busy -= 1
                        yield path, IngestError(path, STAGE_WORKER, f"the worker process died ({_exit_words(code)})")
                        continue
                    worker.path = None
                    busy -= 1
                    yield path, result
                elif time.monotonic() >= worker.deadline:
                    pool.replace(worker)
                    busy -= 1
                    yield path, IngestError(
                        path, STAGE_TIMEOUT, f"took longer than {timeout:g} s (file_timeout) and was abandoned"
                    )
    finally:
        pool.close()


def _exit_words(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        return f"killed by signal {-code}"
    return f"exit code {code}"
