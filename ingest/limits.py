"""Ingest stage: the limits every document is held to, and the process hygiene of a worker.

A hostile or broken file must cost bounded time, memory and output: the
limits below are checked while a document is read (bytes, pages, text,
Word package size and element count, lessons) and refuse it with the reason
recorded, or cut a field that is too long and say so in the warnings. The
pipeline builds them from the settings; the defaults fit any real review
with a wide margin.
"""

from __future__ import annotations

import ctypes
import signal
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-document limits (see the settings of the same names)."""

    max_pages: int = 1000
    max_bytes: int = 200_000_000
    max_text_chars: int = 5_000_000  # text of one document, after extraction
    max_lessons: int = 2000  # lessons of one review
    max_title_chars: int = 300
    max_field_chars: int = 200  # area, author, child, child_age, ...
    max_lesson_chars: int = 20_000
    docx_max_unzipped_bytes: int = 200_000_000  # every part of a Word package, decompressed
    docx_max_elements: int = 2_000_000  # XML elements of a Word package
    worker_memory_mb: int = 2048  # more than a worker had when it started; 0: no cap


def die_with_parent() -> None:
    """Linux: have the kernel SIGKILL this process when its parent dies (kill -9
    included). Used in each extract worker and, through `preexec_fn`, in each
    OCR tool it starts, so a killed worker leaves no orphan behind.

    One prctl(2) call through ctypes: neither pebble nor subprocess offers it,
    and a package (python-prctl) for one call would need a C build."""
    # No import and no allocation here: it runs between fork and exec.
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _prctl():
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not Linux: an orphan stops when its pipe is closed
        return None


_PRCTL = _prctl()
