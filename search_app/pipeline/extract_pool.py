"""Pipeline stage: extract documents in worker processes, each file with a time and memory limit.

`extract_files` runs `ingest.extract_review` on each file in a pebble
`ProcessPool`, one file at a time per worker, and yields each file's Review,
or an IngestError when it cannot be read:

- a file that takes longer than the time limit is abandoned: pebble stops
  its worker and starts a new one; the file is reported with stage "timeout";
- a worker that dies (killed, a crash in a native library) is reported with
  stage "worker" and replaced;
- each worker's address space is capped (`worker_memory_mb` more than it
  had when forked): a document that needs more fails with stage "memory".

Whatever a worker starts (pdftoppm, tesseract) is killed by the kernel when
the worker dies (`ingest.ocr`), and a worker dies with the run that forked
it, so no orphan goes on reading a long document.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, as_completed
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from ingest import IngestFailure, extract_review
from ingest.limits import Limits, die_with_parent
from ingest.ocr import AUTO
from ingest.ocr_spacing import load_word_table
from ingest.records import IngestError, Review

STAGE_TIMEOUT = "timeout"
STAGE_WORKER = "worker"
STAGE_MEMORY = "memory"


def extract_one(path: str, limits: Limits, scratch: str | None = None, ocr: str = AUTO) -> Review | IngestError:
    """Extract one file; never raises (a bug on one file must not stop the run)."""
    try:
        return extract_review(Path(path), limits=limits, scratch=Path(scratch) if scratch else None, ocr=ocr)
    except IngestFailure as exc:
        return IngestError(path, exc.stage, exc.reason)
    except MemoryError:
        return IngestError(
            path,
            STAGE_MEMORY,
            f"needed more memory than a worker may use ({limits.worker_memory_mb} MB, worker_memory_mb)",
        )
    except Exception as exc:
        return IngestError(path, "extract", f"{type(exc).__name__}: {exc}")


def _start_worker(memory_mb: int) -> None:
    """In each new worker: die with the run, and cap the address space."""
    die_with_parent()
    if memory_mb > 0:
        with open("/proc/self/statm") as handle:  # size in pages, first field
            inherited = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = inherited + memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _context():
    # fork: workers start in milliseconds with ingest already imported.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_files(
    paths: Sequence[str],
    workers: int,
    timeout: float,
    limits: Limits | None = None,
    scratch: Path | None = None,
    ocr: str = AUTO,
) -> Iterator[tuple[str, Review | IngestError]]:
    """Yield (path, Review or IngestError) for every path, in the order they finish.

    `scratch` is the folder for temporary files (OCR page images); the
    system's temporary folder when None. `ocr` is the OCR engine setting."""
    if not paths:
        return
    # Imported here: a run with nothing to extract (most nightly runs) never pays for it.
    from pebble import ProcessExpired, ProcessPool

    limits = limits or Limits()
    memory_mb = limits.worker_memory_mb if os.path.exists("/proc/self/statm") else 0
    load_word_table()  # before the fork: shared by the workers, not counted against their cap
    pool = ProcessPool(
        max_workers=max(1, min(workers, len(paths))),
        initializer=_start_worker,
        initargs=(memory_mb,),
        context=_context(),
    )
    finished = False
    try:
        # Keyed as as_completed gives them back (pebble's ProcessFuture is a Future).
        futures: dict[Future[Review | IngestError], str] = {
            pool.schedule(extract_one, (path, limits, str(scratch) if scratch else None, ocr), timeout=timeout): path
            for path in paths
        }
        for future in as_completed(futures):
            path = futures[future]
            try:
                result = future.result()
            except FutureTimeout:
                result = IngestError(
                    path, STAGE_TIMEOUT, f"took longer than {timeout:g} s (file_timeout) and was abandoned"
                )
            except ProcessExpired as exc:
                result = IngestError(path, STAGE_WORKER, f"the worker process died ({_exit_words(exc.exitcode)})")
            except Exception as exc:  # a result that could not be sent back
                result = IngestError(path, "extract", f"result could not be returned: {type(exc).__name__}: {exc}")
            yield path, result
        finished = True
    finally:
        if finished:
            pool.close()
        else:
            pool.stop()
        pool.join()


def _exit_words(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        return f"killed by signal {-code}"
    return f"exit code {code}"
