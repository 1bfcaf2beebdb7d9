"""Orchestration: which documents are new, changed, unchanged or deleted since the catalog saw them.

A file whose size and modification time match the catalog's record is
unchanged without being read, so a nightly run over a large, mostly
unchanged folder reads only directory entries. A file whose size or time
differs is hashed: the same content hash means only its time changed (the
catalog is told, nothing is re-ingested); a different hash means it
changed. Files the catalog holds under the scanned folders that are no
longer there are deleted. A link the walk refuses (it points outside the
corpus folders, or in a loop) is recorded as a failed file with the reason.
A file that failed, or was read without some
pages, because OCR was not installed is tried again by the first run that
finds OCR installed, without being asked to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.discover import find_documents, hash_or_empty
from ingest.ocr import AUTO, OCR_MISSING, ocr_available
from ingest.records import STATUS_FAILED, SourceFile
from search_app.catalog.store import Catalog


@dataclass(frozen=True)
class ChangeSet:
    """What a scan found, compared with the catalog."""

    new: tuple[SourceFile, ...] = ()
    changed: tuple[SourceFile, ...] = ()
    retried: tuple[SourceFile, ...] = ()  # failed before, unchanged, tried again on request
    touched: tuple[SourceFile, ...] = ()  # same content, new size/mtime
    unchanged: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    refused: tuple[tuple[SourceFile, str], ...] = ()  # (file, why it must not be read)

    @property
    def to_ingest(self) -> tuple[SourceFile, ...]:
        return self.new + self.changed + self.retried

    @property
    def anything(self) -> bool:
        return bool(self.to_ingest or self.deleted or self.touched or self.refused)


def scan(
    catalog: Catalog,
    roots: Iterable[Path],
    retry_failed: bool = False,
    allowed: Iterable[Path] = (),
    ocr: str = AUTO,
) -> ChangeSet:
    """Compare the documents under `roots` with the catalog's records of them.

    Links may point into `roots` and `allowed` (the corpus folders, `link_roots`).
    `ocr` is the OCR engine setting: a document that waited for OCR is retried
    when it gives an engine."""
    roots = [Path(r) for r in roots]
    known = {row["path"]: row for row in catalog.files()}
    new, changed, retried, touched, unchanged, refused = [], [], [], [], [], []
    found: set[str] = set()
    ocr_now = None
    for item in find_documents(roots, allowed):
        path, st = item.path, item.stat
        found.add(path)
        row = known.get(path)
        if item.refused:
            if (
                row is not None
                and (row["size"], row["mtime"]) == (st.st_size, st.st_mtime)
                and row["status"] == STATUS_FAILED
                and row["reason"] == item.refused
                and not retry_failed
            ):
                unchanged.append(path)
            else:
                refused.append((SourceFile(path, st.st_size, st.st_mtime, ""), item.refused))
            continue
        if row is not None and (row["size"], row["mtime"]) == (st.st_size, st.st_mtime):
            if _waits_for_ocr(row):
                ocr_now = ocr_available(ocr) if ocr_now is None else ocr_now
                if ocr_now:
                    retried.append(SourceFile(path, st.st_size, st.st_mtime, row["sha256"]))
                    continue
            if retry_failed and row["status"] == STATUS_FAILED:
                retried.append(SourceFile(path, st.st_size, st.st_mtime, row["sha256"]))
            else:
                unchanged.append(path)
            continue
        source = SourceFile(path, st.st_size, st.st_mtime, hash_or_empty(path))
        if row is None:
            new.append(source)
        elif row["sha256"] and row["sha256"] == source.sha256:
            if retry_failed and row["status"] == STATUS_FAILED:
                retried.append(source)
            else:
                touched.append(source)
        else:
            changed.append(source)
    deleted = [p for p in known if p not in found and is_under(p, roots)]
    return ChangeSet(
        tuple(new),
        tuple(changed),
        tuple(retried),
        tuple(touched),
        tuple(unchanged),
        tuple(sorted(deleted)),
        tuple(refused),
    )


def _waits_for_ocr(row) -> bool:
    """Failed, or read with pages missing, only because OCR was not installed."""
    return OCR_MISSING in (row["reason"] or "") or OCR_MISSING in (row["warnings"] or "")


def is_under(path: str, roots: list[Path]) -> bool:
    resolved = os.path.abspath(path)
    for root in roots:
        root_s = os.path.abspath(root)
        if resolved == root_s or resolved.startswith(root_s.rstrip(os.sep) + os.sep):
            return True
    return False
