"""Catalog stage: the catalog file itself: its tables (`SCHEMA_VERSION`, the
migrations of older files), how a path is stored, opening it (read-only for the
web app), transactions, and its meta values. The records it holds are read and
written by search_app/catalog/files.py and reviews.py; `Catalog`
(search_app/catalog/store.py) is all of them."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

SCHEMA_VERSION = 3
# What each older schema lacks, added in place when a writer opens it (`lessons reindex`).
_MIGRATIONS = {
    2: ("ALTER TABLE lessons ADD COLUMN title TEXT NOT NULL DEFAULT ''",),
    3: ("ALTER TABLE reviews ADD COLUMN ocr_engine TEXT NOT NULL DEFAULT ''",),
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime REAL NOT NULL,
    sha256 TEXT NOT NULL,
    review_id TEXT,
    status TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '[]',
    extractor_version TEXT NOT NULL DEFAULT '',
    ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS reviews (
    id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL,
    title TEXT NOT NULL,
    review_type TEXT NOT NULL,
    area TEXT NOT NULL,
    region TEXT NOT NULL,
    published TEXT NOT NULL,
    year INTEGER,
    child TEXT NOT NULL,
    child_age TEXT NOT NULL,
    author TEXT NOT NULL,
    page_count INTEGER NOT NULL,
    extractor_version TEXT NOT NULL,
    warnings TEXT NOT NULL,
    ocr_pages TEXT NOT NULL,
    ingested_at REAL NOT NULL,
    ocr_engine TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS sections (
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    heading TEXT NOT NULL,
    level INTEGER NOT NULL,
    page_start INTEGER NOT NULL,
    page_end INTEGER NOT NULL,
    PRIMARY KEY (review_id, ordinal)
);
CREATE TABLE IF NOT EXISTS lessons (
    id TEXT PRIMARY KEY,
    review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL,
    page_start INTEGER NOT NULL,
    page_end INTEGER NOT NULL,
    agency TEXT NOT NULL,
    age_bands TEXT NOT NULL DEFAULT '[]',
    agencies TEXT NOT NULL DEFAULT '[]',
    tagger_version TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS lessons_review ON lessons(review_id, ordinal);
CREATE TABLE IF NOT EXISTS tags (
    lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    theme_group TEXT NOT NULL,
    confidence REAL NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (lesson_id, theme)
);
CREATE INDEX IF NOT EXISTS tags_theme ON tags(theme);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def db_path(path: str) -> str | bytes:
    """A path as the catalog stores it: text when it is valid UTF-8, else its bytes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def os_path(value: str | bytes) -> str:
    """A stored path as the str Python's `os` functions take (surrogate-escaped if need be)."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


class CatalogError(Exception):
    """The catalog file cannot be used (corrupt, or from a newer version)."""


class CatalogConnection:
    """The open catalog file: its connection, transactions and meta values."""

    def __init__(self, path: Path | str, read_only: bool = False):
        """Open (or, unless read_only, create) the catalog at `path`.

        A read-only catalog never writes: the web app opens it this way, so
        serving can neither change nor migrate the source of truth.
        """
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.is_file():
            raise CatalogError(f"no catalog at {self.path}; run `lessons ingest` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if read_only:
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
            else:
                self.db = sqlite3.connect(self.path, timeout=30)
            self.db.row_factory = sqlite3.Row
            # The version is checked before anything is written, so a catalog
            # from a newer program is refused with its bytes untouched.
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CatalogError(f"{self.path} is not a usable catalog: {exc}") from exc
        if version > SCHEMA_VERSION:
            raise CatalogError(
                f"{self.path} was written by a newer version (schema {version}, "
                f"this program knows {SCHEMA_VERSION}); upgrade the program."
            )
        if read_only:
            if version < SCHEMA_VERSION:
                raise CatalogError(
                    f"{self.path} is from an older version (schema {version}); run `lessons reindex` once to upgrade it"
                )
            return
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            with self.db:
                self._migrate(version)
                self.db.executescript(_SCHEMA)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise CatalogError(f"{self.path} is not a usable catalog: {exc}") from exc

    def _migrate(self, version: int) -> None:
        """Bring a catalog written by an older schema up to this one, keeping its rows."""
        if not version or not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'lessons'").fetchone():
            return  # a new file: the schema creates everything
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS.get(step, ()):
                self.db.execute(statement)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # --- meta --------------------------------------------------------------

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def delete_meta(self, key: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM meta WHERE key = ?", (key,))

    def set_meta_values(self, values: Mapping[str, str]) -> None:
        """Set several meta keys in one transaction."""
        with self.db:
            self.db.executemany(
                "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
