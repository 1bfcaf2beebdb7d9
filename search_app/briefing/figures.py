"""Briefing stage: the figures of a briefing, counted from its lessons.

Counted from the very lessons the briefing quotes (not from facet counts),
so every number in it can be checked against the list of lessons: reviews
and lessons by year, by review type, region and child age band, by kind of
lesson, and the themes that most often occur with the selection.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from nlp.records import AGE_BANDS
from search_app.briefing.records import Count, Figures, YearCount
from search_app.search.contract import IndexedLesson

RECOMMENDATION = "recommendation"
CO_THEMES_SHOWN = 10
NOT_STATED = "Not stated"


def is_recommendation(lesson: IndexedLesson) -> bool:
    return lesson.kind == RECOMMENDATION


def breakdown(
    lessons: Sequence[IndexedLesson],
    values_of: Callable[[IndexedLesson], Iterable[str]],
    label_of: Callable[[str], str],
    missing: str | None = NOT_STATED,
    order: Sequence[str] = (),
) -> tuple[Count, ...]:
    """Lessons and reviews per value: in `order` when given (for values with a
    natural order, like age bands), else most lessons first, then by label.

    A lesson with several values counts once under each; a lesson with none
    counts under `missing` (left out when `missing` is None)."""
    lesson_counts: dict[str, int] = defaultdict(int)
    reviews: dict[str, set[str]] = defaultdict(set)
    for lesson in lessons:
        values = [v for v in dict.fromkeys(values_of(lesson)) if v]
        if not values and missing is not None:
            values = [""]
        for value in values:
            lesson_counts[value] += 1
            reviews[value].add(lesson.review_id)
    rows = [
        Count(value, label_of(value) if value else missing or "", n, len(reviews[value]))
        for value, n in lesson_counts.items()
    ]
    # "Not stated" goes last whatever its size: it is not a category.
    rank = {value: i for i, value in enumerate(order)}
    rows.sort(
        key=lambda c: (c.value == "", rank.get(c.value, len(rank)), -c.lessons, -c.reviews, c.label.lower(), c.value)
    )
    return tuple(rows)


def by_year(lessons: Sequence[IndexedLesson]) -> tuple[tuple[YearCount, ...], int]:
    """Lessons and reviews for every year from the first to the last, and the undated lessons."""
    lesson_counts: dict[int, int] = defaultdict(int)
    reviews: dict[int, set[str]] = defaultdict(set)
    undated = 0
    for lesson in lessons:
        if lesson.year is None:
            undated += 1
            continue
        lesson_counts[lesson.year] += 1
        reviews[lesson.year].add(lesson.review_id)
    if not lesson_counts:
        return (), undated
    first, last = min(lesson_counts), max(lesson_counts)
    return tuple(
        YearCount(y, lesson_counts.get(y, 0), len(reviews.get(y, ()))) for y in range(first, last + 1)
    ), undated


def count_figures(
    lessons: Sequence[IndexedLesson],
    selected_themes: Iterable[str],
    label: Callable[[str, str], str],
) -> Figures:
    """All the figures of a briefing. `label(facet, value)` names a value for a reader."""
    selected = set(selected_themes)
    years, undated = by_year(lessons)
    co_themes = breakdown(
        lessons,
        lambda l: (t for t in l.themes if t not in selected),
        lambda v: label("theme", v),
        missing=None,
    )[:CO_THEMES_SHOWN]
    return Figures(
        reviews=len({l.review_id for l in lessons}),
        lessons=len(lessons),
        learning_lessons=sum(1 for l in lessons if not is_recommendation(l)),
        recommendations=sum(1 for l in lessons if is_recommendation(l)),
        by_year=years,
        undated_lessons=undated,
        by_review_type=breakdown(lessons, lambda l: (l.review_type,), lambda v: label("review_type", v)),
        by_region=breakdown(lessons, lambda l: (l.region,), lambda v: v),
        by_age_band=breakdown(lessons, lambda l: l.age_bands, lambda v: label("age_band", v), order=AGE_BANDS),
        by_kind=breakdown(lessons, lambda l: (l.kind,), lambda v: label("kind", v)),
        co_themes=co_themes,
    )
