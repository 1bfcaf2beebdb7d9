"""Catalog stage: the reviews with their sections and lessons, and the tagger's
analysis of each lesson: each review written in one transaction, read back as the
records ingest and the tagger made, and the lessons to tag again."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping

from ingest.records import (
    STATUS_FAILED,
    Lesson,
    Review,
    Section,
    SourceFile,
    make_lesson_id,
)
from nlp.records import Evidence, LessonAnalysis, Tag
from search_app.catalog.connection import db_path, os_path
from search_app.catalog.files import FileRecords


class ReviewRecords(FileRecords):
    """The `reviews`, `sections`, `lessons` and `tags` tables."""

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
