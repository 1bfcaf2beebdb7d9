"""Briefing stage: which lessons a briefing holds, and the search in words.

The lessons are every result of the search, fetched through the
SearchBackend contract page by page; the reviews' details (author, pages,
source) come from the Catalog. Nothing here knows which engine answers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from search_app.briefing.records import BriefingSpec
from search_app.search.contract import FACETS, IndexedLesson, SearchBackend, SearchRequest
from search_app.search.labels import ThemeBook, value_label

# Results per round trip while paging through a search.
FETCH_PAGE_SIZE = 100
# The facets that describe a selection in words, in the order they are named.
_WORDED_FACETS = ("area", "region", "review_type", "age_band", "agency", "kind", "year")


class BriefingError(Exception):
    """A briefing that cannot be made (bad search, nothing matched); the message is for the user."""


def search_request(spec: BriefingSpec, page: int = 1) -> SearchRequest:
    """The contract request for one page of the briefing's search (sorted oldest first)."""
    return SearchRequest(
        query=spec.query,
        filters={name: tuple(values) for name, values in spec.filters.items() if values},
        year_from=spec.year_from,
        year_to=spec.year_to,
        sort="date_asc",
        page=page,
        per_page=FETCH_PAGE_SIZE,
        facets=(),
    )


def fetch_lessons(backend: SearchBackend, spec: BriefingSpec) -> tuple[tuple[IndexedLesson, ...], tuple[str, ...]]:
    """Every lesson the search matches, in a stable order, and the query parser's notices.

    The order is (year, review id, ordinal), whatever order the engine gave,
    so the same index and search always give the same list."""
    request = search_request(spec)
    result = backend.search(request)
    notices = tuple(result.notices)
    found: dict[str, IndexedLesson] = {}
    page = 1
    while True:
        for hit in result.hits:
            found.setdefault(hit.lesson.id, hit.lesson)
        if not result.hits or page * FETCH_PAGE_SIZE >= result.total:
            break
        page += 1
        result = backend.search(dataclasses.replace(request, page=page))
    ordered = sorted(found.values(), key=lambda l: (l.year or 0, l.review_id, l.ordinal))
    return tuple(ordered), notices


def _quoted(labels: Iterable[str]) -> str:
    items = [f"‘{label}’" for label in labels]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _either(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def years_in_words(year_from: int | None, year_to: int | None) -> str:
    if year_from is not None and year_to is not None:
        if year_from == year_to:
            return f"reviews published in {year_from}"
        return f"reviews published {year_from}–{year_to}"
    if year_from is not None:
        return f"reviews published from {year_from}"
    if year_to is not None:
        return f"reviews published up to {year_to}"
    return "reviews of any year"


def describe_scope(spec: BriefingSpec, themes: ThemeBook) -> str:
    """The search in words, e.g. "Lessons tagged ‘Non-accidental injury in babies
    and non-mobile infants’, reviews published 2019–2025"."""
    parts: list[str] = []
    theme_ids, group_ids = spec.values("theme"), spec.values("group")
    if theme_ids:
        head = f"Lessons tagged {_quoted(themes.theme_label(t) for t in theme_ids)}"
        if group_ids:
            head += f" in the theme group {_quoted(themes.group_label(g) for g in group_ids)}"
    elif group_ids:
        head = f"Lessons in the theme group {_quoted(themes.group_label(g) for g in group_ids)}"
    else:
        head = "All lessons"
    if spec.query:
        head += f" matching the search “{spec.query}”"
    parts.append(head)
    parts.append(years_in_words(spec.year_from, spec.year_to))
    labels = {f.name: f.label for f in FACETS}
    for name in _WORDED_FACETS:
        values = spec.values(name)
        if values:
            shown = [value_label(name, v, themes) for v in values]
            parts.append(f"{labels[name].lower()}: {_either(shown)}")
    return ", ".join(parts)


_QUERY_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_MONTHS = ("January February March April May June July August September October November December").split()


def query_in_words(query: str) -> str:
    """The search words as a reader says them: quotes, exclusions and field
    prefixes dropped, OR as "or" ('"safer sleep" OR co-sleeping -adult' gives
    "safer sleep or co-sleeping")."""
    alternatives: list[list[str]] = [[]]
    for token in _QUERY_TOKEN.findall(query):
        if token == "OR":
            alternatives.append([])
            continue
        if token.startswith("-") and len(token) > 1:
            continue
        word = token.split(":", 1)[-1].strip('"()*')
        if word:
            alternatives[-1].append(word)
    return " or ".join(" ".join(a) for a in alternatives if a)


def date_in_words(iso: str) -> str:
    """ "5 December 2026" from "2026-12-05" (the date as given when it is not ISO)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _dominant_theme(lessons: Sequence[IndexedLesson]) -> str:
    """The theme at least half the lessons carry (the most common), or ""."""
    counts = Counter(t for l in lessons for t in set(l.themes))
    if not counts:
        return ""
    theme, n = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0]
    return theme if n * 2 >= len(lessons) else ""


def briefing_title(spec: BriefingSpec, themes: ThemeBook, lessons: Sequence[IndexedLesson] = ()) -> str:
    """A readable title from the themes and filters, e.g. "Non-accidental injury in
    babies and non-mobile infants: learning from case reviews, 2019–2025".

    The topic is the selected theme(s), else the theme group, else the search
    words in plain words, else the theme most of the lessons carry; the areas
    and years chosen follow."""
    theme_ids, group_ids = spec.values("theme"), spec.values("group")
    topic = ""
    if len(theme_ids) == 1:
        topic = themes.theme_label(theme_ids[0])
    elif theme_ids:
        topic = " and ".join(themes.theme_label(t) for t in theme_ids[:2]) + (
            " and other themes" if len(theme_ids) > 2 else ""
        )
    elif len(group_ids) == 1:
        topic = themes.group_label(group_ids[0])
    if not topic and spec.query:
        words = query_in_words(spec.query)
        topic = words[:1].upper() + words[1:]
    if not topic and lessons:
        dominant = _dominant_theme(lessons)
        topic = themes.theme_label(dominant) if dominant else ""
    title = f"{topic}: learning from case reviews" if topic else "Learning from case reviews"
    areas = spec.values("area")
    if 1 <= len(areas) <= 2:
        title += " in " + " and ".join(areas)
    if spec.year_from is not None and spec.year_to is not None:
        title += f", {spec.year_from}" if spec.year_from == spec.year_to else f", {spec.year_from}–{spec.year_to}"
    elif spec.year_from is not None:
        title += f", {spec.year_from} onwards"
    elif spec.year_to is not None:
        title += f", up to {spec.year_to}"
    return title
