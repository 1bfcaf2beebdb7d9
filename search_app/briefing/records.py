"""Briefing stage: the records a thematic briefing is made of.

A briefing is built once from a search (`builder.make_briefing`) into these
frozen records; every format (HTML, PDF, DOCX, Markdown, CSV) is rendered
from the same `Briefing`, so the formats cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from search_app.search.contract import IndexedLesson


@dataclass(frozen=True)
class BriefingSpec:
    """The search a briefing is made from: query, facet filters and years.

    `filters` uses the facet names of the SearchBackend contract ("theme",
    "group", "area", "review_type", "age_band", ...), OR within a facet and
    AND across facets, exactly as the search page does."""

    query: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None

    def values(self, facet: str) -> tuple[str, ...]:
        return tuple(self.filters.get(facet, ()))


@dataclass(frozen=True)
class CorpusInfo:
    """What the briefing was made from."""

    reviews_in_catalog: int
    lessons_in_catalog: int
    backend: str
    index_version: str
    taxonomy_version: str


@dataclass(frozen=True)
class SourceReview:
    """One review the briefing draws on; `number` is its place in the source list."""

    number: int
    review_id: str
    title: str
    review_type: str
    area: str
    region: str
    year: int | None
    published: str
    child: str
    author: str
    page_count: int
    url: str
    lesson_count: int


@dataclass(frozen=True)
class BriefLesson:
    """A selected lesson with its place in the briefing."""

    lesson: IndexedLesson
    source: int  # SourceReview.number
    url: str  # the review document, opened at the lesson's first page
    section: str = ""  # "learning" or "recommendations"
    cluster: int = 0  # Cluster.number within its section (0: not clustered)

    @property
    def pages(self) -> str:
        start, end = self.lesson.page_start, self.lesson.page_end
        return f"pp. {start}–{end}" if end and end != start else f"p. {start}"

    @property
    def citation(self) -> str:
        """Short citation pointing into the source list, e.g. "[3], p. 12"."""
        return f"[{self.source}], {self.pages}"


@dataclass(frozen=True)
class Cluster:
    """Similar lessons across reviews, with a generated label and quotes."""

    number: int
    label: str
    terms: tuple[str, ...]
    lessons: tuple[BriefLesson, ...]  # every member, closest to the centre first
    quotes: tuple[BriefLesson, ...]  # the representatives quoted in full
    review_count: int
    years: tuple[int, ...]  # distinct years of publication, ascending
    sources: tuple[int, ...]  # source numbers, ascending

    @property
    def size(self) -> int:
        return len(self.lessons)

    @property
    def others(self) -> tuple[BriefLesson, ...]:
        """The members not quoted in full, closest to the centre first."""
        quoted = {q.lesson.id for q in self.quotes}
        return tuple(m for m in self.lessons if m.lesson.id not in quoted)

    @property
    def recurrence(self) -> str:
        """"in 5 reviews across 4 years (2019–2024)" in words."""
        reviews = f"{self.review_count} review{'' if self.review_count == 1 else 's'}"
        if not self.years:
            return f"in {reviews}"
        span = str(self.years[0]) if len(self.years) == 1 else f"{self.years[0]}–{self.years[-1]}"
        n = len(self.years)
        return f"in {reviews} across {n} year{'' if n == 1 else 's'} ({span})"


@dataclass(frozen=True)
class Count:
    """One row of a breakdown: a value, its label, lessons and reviews."""

    value: str
    label: str
    lessons: int
    reviews: int


@dataclass(frozen=True)
class YearCount:
    year: int
    lessons: int
    reviews: int


@dataclass(frozen=True)
class Figures:
    reviews: int
    lessons: int
    learning_lessons: int
    recommendations: int
    by_year: tuple[YearCount, ...]  # every year from the first to the last, zeros included
    undated_lessons: int
    by_review_type: tuple[Count, ...]
    by_region: tuple[Count, ...]
    by_age_band: tuple[Count, ...]
    by_kind: tuple[Count, ...]
    co_themes: tuple[Count, ...]  # themes that most often occur with the selection


@dataclass(frozen=True)
class Chart:
    """The lessons-and-reviews-by-year chart in the forms the renderers need."""

    svg: str
    png: bytes
    alt: str


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    scope: str
    made_on: str  # ISO date; the only thing that differs between two makings
    spec: BriefingSpec
    corpus: CorpusInfo
    method: tuple[str, ...]  # how the lessons were selected and grouped, paragraph by paragraph
    figures: Figures
    chart: Chart | None
    learning: tuple[Cluster, ...]
    recommendations: tuple[Cluster, ...]
    sources: tuple[SourceReview, ...]
    lessons: tuple[BriefLesson, ...]  # every selected lesson, in source order
    notices: tuple[str, ...] = ()

    @property
    def source_by_number(self) -> dict[int, SourceReview]:
        return {s.number: s for s in self.sources}
