"""Web stage: finding one lesson or review in the catalog, and theme statistics.

Shared by the pages and the API, so both say the same thing about a record.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ingest.records import Review
from nlp.records import LessonAnalysis
from search_app.catalog.store import Catalog
from search_app.search.contract import IndexedLesson, SearchBackend, SearchRequest
from search_app.search.index_records import index_records
from search_app.search.labels import ThemeBook
from search_app.web.facets_view import HISTOGRAM_STEPS

MAX_ID_CHARS = 200
TREND_YEARS = 30


@dataclass(frozen=True)
class LessonDetail:
    indexed: IndexedLesson
    analysis: LessonAnalysis


def find_review(catalog: Catalog, review_id: str) -> Review | None:
    """The review and its sections; its lessons are read as indexed_lessons."""
    if not review_id or len(review_id) > MAX_ID_CHARS:
        return None
    return catalog.review(review_id, with_lessons=False)


def find_lesson(catalog: Catalog, lesson_id: str) -> LessonDetail | None:
    """The lesson with its review's fields, and its tags: one read of each."""
    if not lesson_id or len(lesson_id) > MAX_ID_CHARS:
        return None
    indexed = next(index_records(catalog, lesson_ids=[lesson_id]), None)
    if indexed is None:
        return None
    return LessonDetail(indexed, LessonAnalysis(catalog.tags(lesson_id), indexed.age_bands, indexed.agencies))


def review_lessons(
    catalog: Catalog, review: Review, start: int = 0, count: int | None = None
) -> list[tuple[IndexedLesson, LessonAnalysis]]:
    """The review's lessons in order (`count` of them from `start`, or all)."""
    chosen = itertools.islice(index_records(catalog, [review.id]), start, None if count is None else start + count)
    return [(i, LessonAnalysis(catalog.tags(i.id), i.age_bands, i.agencies)) for i in chosen]


def unpaged_review_ids(catalog: Catalog) -> frozenset[str]:
    """Reviews whose documents have no pages (HTML, Word, text): cited by section."""
    from search_app.web.review_text import is_unpaged

    return frozenset(review_id for review_id, path in catalog.review_sources() if is_unpaged(path))


@dataclass(frozen=True)
class TrendBar:
    year: int
    count: int
    height: int


@dataclass(frozen=True)
class ThemeStats:
    total_lessons: int
    counts: dict[str, int]
    years: tuple[int, ...]
    by_year: dict[str, dict[int, int]]

    def trend(self, theme_id: str) -> list[TrendBar]:
        per_year = self.by_year.get(theme_id, {})
        peak = max(per_year.values(), default=0) or 1
        return [
            TrendBar(
                y, per_year.get(y, 0), 0 if not per_year.get(y) else max(1, round(HISTOGRAM_STEPS * per_year[y] / peak))
            )
            for y in self.years
        ]


def theme_stats(backend: SearchBackend, themes: ThemeBook) -> ThemeStats:
    """Lessons per theme over the whole index, and per theme per year (recent years)."""
    facet_size = max(100, len(themes.themes) + 50)
    overall = backend.search(SearchRequest(per_page=1, facets=("theme", "year"), facet_size=facet_size))
    counts = {c.value: c.count for c in overall.facets.get("theme", ())}
    years = sorted(int(c.value) for c in overall.facets.get("year", ()) if c.value.isdigit())
    years = years[-TREND_YEARS:]
    if years:
        years = list(range(years[0], years[-1] + 1))
    by_year: dict[str, dict[int, int]] = {}
    for year in years:
        result = backend.search(
            SearchRequest(
                per_page=1,
                filters={"year": (str(year),)},
                facets=("theme",),
                facet_size=facet_size,
            )
        )
        for c in result.facets.get("theme", ()):
            by_year.setdefault(c.value, {})[year] = c.count
    return ThemeStats(overall.total, counts, tuple(years), by_year)
