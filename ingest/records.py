"""Ingest stage: the records that ingest produces.

Every later stage (tagging, the catalog, the indexes, the web app) imports
these from here. They are frozen: a stage never edits another stage's output,
it makes a new record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REVIEW_TYPES = ("SCR", "LCSPR", "national", "thematic", "briefing", "other")
LESSON_KINDS = ("finding", "learning_point", "recommendation", "good_practice")

# Outcome of one file's ingest, recorded in the catalog (Aleph's habit:
# failures are listed and retried, never lost).
STATUS_OK = "ok"
STATUS_WARNINGS = "ok_with_warnings"
STATUS_FAILED = "failed"


@dataclass(frozen=True)
class Section:
    """A heading of the review with the pages its section covers."""

    heading: str
    level: int
    page_start: int
    page_end: int


@dataclass(frozen=True)
class Lesson:
    """One finding, learning point, recommendation or piece of good practice.

    `ordinal` is the lesson's position in its review (1-based); the lesson id
    is the review id and the ordinal.
    """

    ordinal: int
    kind: str
    label: str
    text: str
    section: str
    page_start: int
    page_end: int
    agency: str = ""
    title: str = ""  # the heading the document prints for this lesson ("Bruising in a non-mobile baby"), if any

    def lesson_id(self, review_id: str) -> str:
        return make_lesson_id(review_id, self.ordinal)


@dataclass(frozen=True)
class Review:
    """A review document with its metadata, sections and lessons."""

    id: str
    source_path: str
    title: str
    review_type: str
    area: str = ""
    region: str = ""
    published: str = ""  # ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)
    child: str = ""
    child_age: str = ""
    author: str = ""
    page_count: int = 0
    extractor_version: str = ""
    sections: tuple[Section, ...] = ()
    lessons: tuple[Lesson, ...] = ()
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    ocr_engine: str = ""  # the OCR engine that read `ocr_pages` (ingest.ocr.ENGINES); "" when none did

    @property
    def year(self) -> int | None:
        head = self.published[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class IngestError:
    """A file that could not be ingested: which file, at which stage, and why."""

    path: str
    stage: str
    reason: str


@dataclass(frozen=True)
class SourceFile:
    """A file found by discovery, with what incremental ingest compares."""

    path: str
    size: int
    mtime: float
    sha256: str = field(default="", compare=False)


def make_lesson_id(review_id: str, ordinal: int) -> str:
    return f"{review_id}-{ordinal:03d}"
