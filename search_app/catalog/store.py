"""Catalog stage: the SQLite file that is the one source of truth.

It holds every file's ingest outcome, every review with its sections and
lessons, and the tagger's analysis of each lesson. Search indexes are derived
from it and can always be rebuilt from it; nothing else must never be lost.

A review is written in one transaction, so a crash leaves either the old
records or the new ones, never a mixture.

A path is data: a file name that is not valid UTF-8 (a Latin-1 `Review_caf\xe9.txt`)
is stored as its bytes (a BLOB in the path column) and given back as the
surrogate-escaped str Python's `os` functions take, so it is kept exactly.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ingest.records import (
    STATUS_FAILED,
    IngestError,
    Lesson,
    Review,
    Section,
    SourceFile,
    make_lesson_id,
)
from nlp.records import Evidence, LessonAnalysis, Tag

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


def _file_row(row: sqlite3.Row) -> dict:
    record = dict(zip(row.keys(), row))
    record["path"] = os_path(record["path"])
    return record


class CatalogError(Exception):
    """The catalog file cannot be used (corrupt, or from a newer version)."""


class Catalog:
    """The SQLite catalog. Open one per thread or process."""

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

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

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

    # --- reviews -----------------------------------------------------------

    def put_review(
        self,
        source: SourceFile,
        review: Review,
        analyses: Mapping[int, LessonAnalysis],
        status: str,
        tagger_version: str = "",
    ) -> str | None:
        """Store a review and its lessons' analyses for `source`, in one transaction.

        Returns the id of a review this file held before and no longer holds
        (a changed file), so the caller can remove it from the index."""
        now = time.time()
        with self.db:
            previous = self.file_state(source.path)
            self.db.execute("DELETE FROM reviews WHERE id = ?", (review.id,))
            self.db.execute(
                "INSERT INTO reviews VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    review.id,
                    db_path(review.source_path),
                    review.title,
                    review.review_type,
                    review.area,
                    review.region,
                    review.published,
                    review.year,
                    review.child,
                    review.child_age,
                    review.author,
                    review.page_count,
                    review.extractor_version,
                    json.dumps(list(review.warnings)),
                    json.dumps(list(review.ocr_pages)),
                    now,
                    review.ocr_engine,
                ),
            )
            self.db.executemany(
                "INSERT INTO sections VALUES (?,?,?,?,?,?)",
                [
                    (review.id, i, s.heading, s.level, s.page_start, s.page_end)
                    for i, s in enumerate(review.sections, 1)
                ],
            )
            for lesson in review.lessons:
                self._insert_lesson(review.id, lesson, analyses.get(lesson.ordinal), tagger_version)
            self.db.execute(
                "INSERT INTO files VALUES (?,?,?,?,?,?,'','',?,?,?) "
                "ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime=excluded.mtime, "
                "sha256=excluded.sha256, review_id=excluded.review_id, status=excluded.status, "
                "stage='', reason='', warnings=excluded.warnings, "
                "extractor_version=excluded.extractor_version, ingested_at=excluded.ingested_at",
                (
                    db_path(source.path),
                    source.size,
                    source.mtime,
                    source.sha256,
                    review.id,
                    status,
                    json.dumps(list(review.warnings)),
                    review.extractor_version,
                    now,
                ),
            )
            if previous is not None and previous["review_id"] not in (None, review.id):
                return self._drop_orphan_review(previous["review_id"])
        return None

    def _insert_lesson(
        self, review_id: str, lesson: Lesson, analysis: LessonAnalysis | None, tagger_version: str
    ) -> None:
        analysis = analysis or LessonAnalysis()
        lesson_id = make_lesson_id(review_id, lesson.ordinal)
        self.db.execute(
            "INSERT INTO lessons (id, review_id, ordinal, kind, label, text, section, page_start, page_end, "
            "agency, age_bands, agencies, tagger_version, title) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                lesson_id,
                review_id,
                lesson.ordinal,
                lesson.kind,
                lesson.label,
                lesson.text,
                lesson.section,
                lesson.page_start,
                lesson.page_end,
                lesson.agency,
                json.dumps(list(analysis.age_bands)),
                json.dumps(list(analysis.agencies)),
                tagger_version,
                lesson.title,
            ),
        )
        self._insert_tags(lesson_id, analysis.tags)

    def _insert_tags(self, lesson_id: str, tags: Iterable[Tag]) -> None:
        self.db.executemany(
            "INSERT INTO tags VALUES (?,?,?,?,?,?)",
            [
                (
                    lesson_id,
                    t.theme,
                    t.group,
                    t.confidence,
                    t.source,
                    json.dumps([[e.text, e.start, e.end] for e in t.evidence]),
                )
                for t in tags
            ],
        )

    def set_analysis(self, lesson_id: str, analysis: LessonAnalysis, tagger_version: str) -> None:
        """Replace one lesson's tags, age bands and agencies (re-tagging)."""
        self.db.execute("DELETE FROM tags WHERE lesson_id = ?", (lesson_id,))
        self.db.execute(
            "UPDATE lessons SET age_bands = ?, agencies = ?, tagger_version = ? WHERE id = ?",
            (json.dumps(list(analysis.age_bands)), json.dumps(list(analysis.agencies)), tagger_version, lesson_id),
        )
        self._insert_tags(lesson_id, analysis.tags)

    def review_list(self) -> list[dict]:
        """Every review with its lesson count, newest first (the reviews page)."""
        rows = self.db.execute(
            "SELECT r.id, r.source_path, r.title, r.review_type, r.area, r.region, r.year, r.published, "
            "r.child, (SELECT count(*) FROM lessons l WHERE l.review_id = r.id) AS lessons "
            "FROM reviews r ORDER BY r.year IS NULL, r.year DESC, r.title"
        )
        return [{**dict(zip(row.keys(), row)), "source_path": os_path(row["source_path"])} for row in rows]

    def review_sources(self) -> list[tuple[str, str]]:
        """(review id, source path) of every review."""
        return [(row[0], os_path(row[1])) for row in self.db.execute("SELECT id, source_path FROM reviews")]

    def review_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM reviews ORDER BY id")]

    def lesson_count(self, review_id: str) -> int:
        """How many lessons the review has."""
        return self.db.execute("SELECT count(*) FROM lessons WHERE review_id = ?", (review_id,)).fetchone()[0]

    def review(self, review_id: str, with_lessons: bool = True) -> Review | None:
        """The review with its sections, and its lessons unless `with_lessons`
        is false (for a caller that reads them as indexed_lessons)."""
        row = self.db.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            return None
        sections = tuple(
            Section(r["heading"], r["level"], r["page_start"], r["page_end"])
            for r in self.db.execute("SELECT * FROM sections WHERE review_id = ? ORDER BY ordinal", (review_id,))
        )
        lessons = tuple(
            Lesson(
                r["ordinal"],
                r["kind"],
                r["label"],
                r["text"],
                r["section"],
                r["page_start"],
                r["page_end"],
                r["agency"],
                r["title"],
            )
            for r in (
                self.db.execute("SELECT * FROM lessons WHERE review_id = ? ORDER BY ordinal", (review_id,))
                if with_lessons
                else ()
            )
        )
        return Review(
            id=row["id"],
            source_path=os_path(row["source_path"]),
            title=row["title"],
            review_type=row["review_type"],
            area=row["area"],
            region=row["region"],
            published=row["published"],
            child=row["child"],
            child_age=row["child_age"],
            author=row["author"],
            page_count=row["page_count"],
            extractor_version=row["extractor_version"],
            sections=sections,
            lessons=lessons,
            warnings=tuple(json.loads(row["warnings"])),
            ocr_pages=tuple(json.loads(row["ocr_pages"])),
            ocr_engine=row["ocr_engine"],
        )

    def analysis(self, lesson_id: str) -> LessonAnalysis:
        row = self.db.execute("SELECT age_bands, agencies FROM lessons WHERE id = ?", (lesson_id,)).fetchone()
        if row is None:
            return LessonAnalysis()
        return LessonAnalysis(
            tags=self.tags(lesson_id),
            age_bands=tuple(json.loads(row["age_bands"])),
            agencies=tuple(json.loads(row["agencies"])),
        )

    def tags(self, lesson_id: str) -> tuple[Tag, ...]:
        """A lesson's tags, most confident first."""
        return tuple(
            Tag(
                r["theme"],
                r["theme_group"],
                r["confidence"],
                r["source"],
                tuple(Evidence(t, s, e) for t, s, e in json.loads(r["evidence"])),
            )
            for r in self.db.execute(
                "SELECT * FROM tags WHERE lesson_id = ? ORDER BY confidence DESC, theme",
                (lesson_id,),
            )
        )

    def lesson_rows(
        self, review_ids: Iterable[str] | None = None, lesson_ids: Iterable[str] | None = None
    ) -> Iterator[sqlite3.Row]:
        """Every lesson (or those of `review_ids`, or those with `lesson_ids`) with its
        review's fields and its themes and theme groups (sorted, joined by \x1f), in review order."""
        sql = (
            "SELECT l.*, r.title AS review_title, r.review_type, r.area, r.region, r.year, "
            "r.published, r.child, r.child_age AS review_child_age, "
            "(SELECT group_concat(theme, char(31)) FROM "
            "  (SELECT theme FROM tags t WHERE t.lesson_id = l.id ORDER BY theme)) AS themes, "
            "(SELECT group_concat(theme_group, char(31)) FROM "
            "  (SELECT DISTINCT theme_group FROM tags t WHERE t.lesson_id = l.id "
            "   ORDER BY theme_group)) AS theme_groups "
            "FROM lessons l JOIN reviews r ON r.id = l.review_id"
        )
        params: list[str] = []
        for column, wanted in (("l.review_id", review_ids), ("l.id", lesson_ids)):
            if wanted is not None:
                ids = list(wanted)
                if not ids:
                    return
                sql += f" {'AND' if params else 'WHERE'} {column} IN ({','.join('?' * len(ids))})"
                params += ids
        sql += " ORDER BY l.review_id, l.ordinal"
        yield from self.db.execute(sql, params)

    def stale_lesson_count(self, tagger_version: str) -> int:
        """Lessons tagged by another tagger version than `tagger_version`."""
        return self.db.execute("SELECT count(*) FROM lessons WHERE tagger_version != ?", (tagger_version,)).fetchone()[
            0
        ]

    def stale_reviews(self, tagger_version: str) -> Iterator[tuple[str, int]]:
        """(review id, lessons) of each review with a lesson tagged by another version, by id."""
        for row in self.db.execute(
            "SELECT review_id, count(*) FROM lessons WHERE tagger_version != ? GROUP BY review_id ORDER BY review_id",
            (tagger_version,),
        ):
            yield row[0], row[1]

    def lessons_to_tag(self, review_ids: list[str]) -> list[sqlite3.Row]:
        """id, review_id, text and kind of every lesson of these reviews, by lesson id."""
        marks = ",".join("?" * len(review_ids))
        return self.db.execute(
            f"SELECT id, review_id, text, kind FROM lessons WHERE review_id IN ({marks}) ORDER BY id",
            review_ids,
        ).fetchall()

    def lesson_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM lessons")}

    def stats(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "files": one("SELECT count(*) FROM files"),
            "failed": one(f"SELECT count(*) FROM files WHERE status = '{STATUS_FAILED}'"),
            "reviews": one("SELECT count(*) FROM reviews"),
            "lessons": one("SELECT count(*) FROM lessons"),
        }

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
