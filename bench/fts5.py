"""Benchmarks: the SQLite FTS5 reference (what a Datasette-style build would give).

The same lessons in one SQLite table, an external-content FTS5 index on the
title and text (porter stemming), multi-valued facets as JSON arrays. A
search page is what Datasette does: bm25 top 20 with a snippet, the total,
and one GROUP BY per facet over the matching rows (json_each for the
multi-valued ones). The FTS5 table drives every join (CROSS JOIN), which
pins the fast plan.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from search_app.search.contract import FACETS, IndexedLesson

_SINGLE = [f.field for f in FACETS if not f.multi_valued]
_MULTI = [f.field for f in FACETS if f.multi_valued]
_COLUMNS = (
    ["id", "review_id", "review_title", "text", "kind", "label", "published"]
    + [c for c in _SINGLE if c not in ("kind",)]
    + _MULTI
)


def _row(lesson: IndexedLesson) -> tuple:
    values = []
    for column in _COLUMNS:
        value = getattr(lesson, column)
        values.append(json.dumps(list(value)) if column in _MULTI else value)
    return tuple(values)


def connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -262144")
    return db


def build(path: Path, lessons: Iterable[IndexedLesson]) -> int:
    """A fresh database of `lessons` at `path` (replacing one there); returns the count."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = connect(path)
    with db:
        db.execute(f"CREATE TABLE lessons (rowid INTEGER PRIMARY KEY, {', '.join(_COLUMNS)})")
        db.execute(
            "CREATE VIRTUAL TABLE lessons_fts USING fts5(review_title, text, "
            "content='lessons', content_rowid='rowid', tokenize='porter unicode61')"
        )
        db.executemany(
            f"INSERT INTO lessons ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            (_row(lesson) for lesson in lessons),
        )
        db.execute("INSERT INTO lessons_fts(lessons_fts) VALUES ('rebuild')")
        for column in _SINGLE:
            db.execute(f"CREATE INDEX lessons_{column} ON lessons({column})")
    db.execute("INSERT INTO lessons_fts(lessons_fts) VALUES ('optimize')")
    count = db.execute("SELECT count(*) FROM lessons").fetchone()[0]
    db.close()
    return count


def search_page(db: sqlite3.Connection, match: str, per_page: int = 20) -> dict:
    """Top hits with snippets, the total, and every facet's counts over all matches."""
    hits = db.execute(
        "SELECT l.id, l.review_title, snippet(lessons_fts, 1, '<mark>', '</mark>', '…', 24) "
        "FROM lessons_fts CROSS JOIN lessons l ON l.rowid = lessons_fts.rowid "
        "WHERE lessons_fts MATCH ? ORDER BY bm25(lessons_fts, 2.0, 1.0) LIMIT ?",
        (match, per_page),
    ).fetchall()
    total = db.execute("SELECT count(*) FROM lessons_fts WHERE lessons_fts MATCH ?", (match,)).fetchone()[0]
    facets = {}
    for column in _SINGLE:
        facets[column] = db.execute(
            f"SELECT l.{column}, count(*) AS n FROM lessons_fts CROSS JOIN lessons l "
            f"ON l.rowid = lessons_fts.rowid WHERE lessons_fts MATCH ? "
            f"GROUP BY l.{column} ORDER BY n DESC LIMIT 100",
            (match,),
        ).fetchall()
    for column in _MULTI:
        facets[column] = db.execute(
            f"SELECT j.value, count(*) AS n FROM lessons_fts CROSS JOIN lessons l "
            f"ON l.rowid = lessons_fts.rowid, json_each(l.{column}) j "
            f"WHERE lessons_fts MATCH ? GROUP BY j.value ORDER BY n DESC LIMIT 100",
            (match,),
        ).fetchall()
    return {"hits": hits, "total": total, "facets": facets}
