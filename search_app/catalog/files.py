"""Catalog stage: every file's ingest outcome (its row in `files`): read, failed,
touched, removed with the review only it held."""

from __future__ import annotations

import json
import sqlite3
import time

from ingest.records import STATUS_FAILED, IngestError, SourceFile
from search_app.catalog.connection import CatalogConnection, db_path, os_path


def _file_row(row: sqlite3.Row) -> dict:
    record = dict(zip(row.keys(), row))
    record["path"] = os_path(record["path"])
    return record


class FileRecords(CatalogConnection):
    """The `files` table: each file's size, hash, status and review."""

    # --- files -------------------------------------------------------------

    def file_state(self, path: str) -> dict | None:
        row = self.db.execute("SELECT * FROM files WHERE path = ?", (db_path(path),)).fetchone()
        return None if row is None else _file_row(row)

    def files(self) -> list[dict]:
        return [_file_row(r) for r in self.db.execute("SELECT * FROM files ORDER BY path")]

    def warned(self) -> list[dict]:
        """Files read with warnings (no lessons, lessons only from a contents page, an odd year ...)."""
        return [
            _file_row(r)
            for r in self.db.execute(
                "SELECT * FROM files WHERE status != ? AND warnings != '[]' ORDER BY path", (STATUS_FAILED,)
            )
        ]

    def read_by_ocr(self) -> list[dict]:
        """The reviews with pages read by OCR: source path, engine and page numbers."""
        return [
            {"path": os_path(r["source_path"]), "engine": r["ocr_engine"], "pages": json.loads(r["ocr_pages"])}
            for r in self.db.execute(
                "SELECT source_path, ocr_engine, ocr_pages FROM reviews WHERE ocr_pages != '[]' ORDER BY source_path"
            )
        ]

    def failures(self) -> list[dict]:
        return [
            _file_row(r)
            for r in self.db.execute("SELECT * FROM files WHERE status = ? ORDER BY path", (STATUS_FAILED,))
        ]

    def outdated_files(self, extractor_version: str) -> list[dict]:
        """Files read well by another extractor version than `extractor_version`."""
        return [
            _file_row(r)
            for r in self.db.execute(
                "SELECT * FROM files WHERE status != ? AND extractor_version != ?", (STATUS_FAILED, extractor_version)
            )
        ]

    def record_failure(self, source: SourceFile, error: IngestError) -> None:
        """Record a failed file; a review it had before stays until the file is fixed."""
        with self.db:
            self.db.execute(
                "INSERT INTO files (path, size, mtime, sha256, review_id, status, stage, "
                "reason, warnings, extractor_version, ingested_at) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, '[]', '', ?) "
                "ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime=excluded.mtime, "
                "sha256=excluded.sha256, status=excluded.status, stage=excluded.stage, "
                "reason=excluded.reason, ingested_at=excluded.ingested_at",
                (
                    db_path(source.path),
                    source.size,
                    source.mtime,
                    source.sha256,
                    STATUS_FAILED,
                    error.stage,
                    error.reason,
                    time.time(),
                ),
            )

    def touch_file(self, source: SourceFile) -> None:
        """Note a new size/mtime for a file whose content (hash) did not change."""
        with self.db:
            self.db.execute(
                "UPDATE files SET size = ?, mtime = ? WHERE path = ?",
                (source.size, source.mtime, db_path(source.path)),
            )

    def remove_file(self, path: str) -> str | None:
        """Forget a deleted file; drop its review if no other file holds it.

        Returns the id of the review dropped, if any."""
        with self.db:
            row = self.file_state(path)
            self.db.execute("DELETE FROM files WHERE path = ?", (db_path(path),))
            if row is None or row["review_id"] is None:
                return None
            return self._drop_orphan_review(row["review_id"])

    def _drop_orphan_review(self, review_id: str) -> str | None:
        still_used = self.db.execute("SELECT 1 FROM files WHERE review_id = ? LIMIT 1", (review_id,)).fetchone()
        if still_used:
            return None
        self.db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
        return review_id
