"""Search stage: the one written form of a found lesson.

The API, the `lessons search --json` command, the CSV and JSON exports, the
Atom feed and the briefings all write a lesson through this module, so they
carry the same fields under the same names. What each interface already
printed keeps its form (extend, never break): `themes` and `query_themes`
are lists of {id, label} in the web's JSON and lists of ids in the CLI's
(every lesson carries `theme_ids` in both), and a search's lessons are under
`results` in the API and under `hits` in the CLI. Links are full URLs on
the web and site paths from the CLI (`Links`). A lesson of a review whose
document has no pages (HTML, Word, text: `unpaged`) is cited by its section,
and its `source_url` is the page of the review's text at the lesson; a
PDF's is the document at the lesson's page. People read labels (the CSV),
programs codes (the JSON).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from search_app.search.contract import FacetCount, IndexedLesson, SearchHit, SearchRequest, SearchResult
from search_app.search.kept import ClearedWhenFull
from search_app.search.labels import ThemeBook, age_band_label, kind_label, review_type_label, value_label

LESSON_PATH = "/lessons/{lesson_id}"
DOCUMENT_PATH = "/reviews/{review_id}/document"
REVIEW_TEXT_PATH = "/reviews/{review_id}/text"
HEADING_WORDS = 12


@dataclass(frozen=True)
class Links:
    """Where a lesson and its review's document are on the site. `base` is
    the site's address; "" gives site-relative paths (the CLI's)."""

    base: str = ""

    def lesson(self, lesson_id: str) -> str:
        return self.base + LESSON_PATH.format(lesson_id=quote(lesson_id, safe=""))

    def document(self, review_id: str, page: int | None = None) -> str:
        url = self.base + DOCUMENT_PATH.format(review_id=quote(review_id, safe=""))
        return f"{url}#page={page}" if page else url

    def review_text(self, review_id: str, ordinal: int | None = None) -> str:
        """The page of a review's own text (a document without pages), at a lesson."""
        url = self.base + REVIEW_TEXT_PATH.format(review_id=quote(review_id, safe=""))
        return f"{url}?lesson={ordinal}#lesson-{ordinal}" if ordinal else url

    def source(self, lesson: IndexedLesson, paged: bool = True) -> str:
        """Where a lesson is in its source: a PDF at the page, or else the review's text page at the lesson."""
        if paged:
            return self.document(lesson.review_id, lesson.page_start)
        return self.review_text(lesson.review_id, lesson.ordinal)


def page_words(start: int, end: int) -> str:
    if end and end != start:
        return f"pages {start}–{end}"
    return f"page {start}"


def section_words(section: str) -> str:
    return f"section ‘{section}’" if section else "in the text"


def place_words(lesson: IndexedLesson, paged: bool = True) -> str:
    """ "page N" (or "pages N–M"), or the section when its document has no pages."""
    return page_words(lesson.page_start, lesson.page_end) if paged else section_words(lesson.section)


def citation(lesson: IndexedLesson, paged: bool = True) -> str:
    """ "Review title, area, year, page N" (page range when a lesson spans pages;
    the section when its document has no pages)."""
    parts = [lesson.review_title]
    if lesson.area:
        parts.append(lesson.area)
    if lesson.year:
        parts.append(str(lesson.year))
    parts.append(place_words(lesson, paged))
    return ", ".join(parts)


def lesson_heading(lesson: IndexedLesson) -> str:
    """What a lesson is called where it is listed: its label as printed (a bare
    number gets its kind: "Recommendation 3.4") and its heading, or the first
    words of its text when it has none ("Finding 2: Fathers left out")."""
    label = (lesson.label or "").strip()
    kind = kind_label(lesson.kind)
    if not label:
        label = kind
    elif label[:1].isdigit() or (len(label) <= 4 and any(c.isdigit() for c in label)):
        label = f"{kind} {label}"
    name = (lesson.title or "").strip() or first_words(lesson.text)
    return f"{label}: {name}" if name else label


def first_words(text: str, limit: int = HEADING_WORDS) -> str:
    """The start of `text` up to its first sentence end or `limit` words, with "…" when cut."""
    words = text.split()
    taken: list[str] = []
    for word in words[:limit]:
        taken.append(word)
        if word[-1:] in ".?!" and len(taken) >= 3:
            return " ".join(taken).rstrip(".")
    return " ".join(taken) + ("…" if len(words) > len(taken) else "")


def lesson_json(
    lesson: IndexedLesson,
    themes: ThemeBook,
    links: Links,
    theme_objects: bool = True,
    unpaged: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """A lesson's JSON form; `theme_objects=False` gives `themes` as ids (the CLI's form);
    `unpaged`: the reviews without pages, cited by section."""
    return _lesson_json(lesson, themes, links, theme_objects, lesson.review_id not in unpaged)


def _lesson_json(lesson: IndexedLesson, themes: ThemeBook, links: Links, theme_objects: bool, paged: bool):
    return {
        "id": lesson.id,
        "review_id": lesson.review_id,
        "ordinal": lesson.ordinal,
        "review_title": lesson.review_title,
        "review_type": lesson.review_type,
        "area": lesson.area,
        "region": lesson.region,
        "year": lesson.year,
        "published": lesson.published,
        "child": lesson.child,
        "kind": lesson.kind,
        "label": lesson.label,
        "title": lesson.title,
        "heading": lesson_heading(lesson),
        "section": lesson.section,
        "page_start": lesson.page_start,
        "page_end": lesson.page_end,
        "agency_lead": lesson.agency_lead,
        "text": lesson.text,
        "themes": (
            [{"id": t, "label": themes.theme_label(t)} for t in lesson.themes] if theme_objects else list(lesson.themes)
        ),
        "theme_ids": list(lesson.themes),
        "theme_groups": list(lesson.theme_groups),
        "age_bands": list(lesson.age_bands),
        "age_from_review": lesson.age_from_review,
        "agencies": list(lesson.agencies),
        "citation": citation(lesson, paged),
        "url": links.lesson(lesson.id),
        "document_url": links.document(lesson.review_id, lesson.page_start),
        "source_url": links.source(lesson, paged),
    }


def hit_json(
    hit: SearchHit,
    themes: ThemeBook,
    result: SearchResult,
    links: Links,
    theme_objects: bool = True,
    unpaged: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """A lesson found by `result`'s search, with its score, its snippet (HTML
    escaped, only <mark> added) and the themes the query named or signalled."""
    data = _LESSON_FORMS.get(hit.lesson, themes, links, theme_objects, hit.lesson.review_id not in unpaged)
    data["score"] = round(float(hit.score), 4)
    data["snippet_html"] = data["snippet"] = hit.snippet_html
    data["matched_themes"] = result.matched_themes(hit.lesson)
    return data


class _LessonForms:
    """The JSON forms of recently found lessons, each made once.

    A search engine hands out the same lesson object for as long as it keeps
    the lesson decoded (the Tantivy engine: per index generation), and the
    same lessons top many searches; a lesson's form (its heading, citation
    and links) costs several times a copy of it. An entry holds its lesson
    and its taxonomy and is used only for those very objects (and the same
    links and paging), so an id is never taken for another object's; a copy
    is handed out, so a caller may add keys to it (the nested lists are
    shared and must not be changed)."""

    SIZE = 4_096

    def __init__(self) -> None:
        self._forms: ClearedWhenFull[tuple, tuple[IndexedLesson, ThemeBook, dict[str, Any]]] = ClearedWhenFull(
            self.SIZE
        )
        self._lock = threading.Lock()

    def get(
        self, lesson: IndexedLesson, themes: ThemeBook, links: Links, theme_objects: bool, paged: bool
    ) -> dict[str, Any]:
        key = (id(lesson), id(themes), links.base, theme_objects, paged)
        entry = self._forms.get(key)
        if entry is not None and entry[0] is lesson and entry[1] is themes:
            return dict(entry[2])
        form = _lesson_json(lesson, themes, links, theme_objects, paged)
        with self._lock:
            self._forms.keep(key, (lesson, themes, form))
        return dict(form)


_LESSON_FORMS = _LessonForms()


def facets_json(facets: dict[str, tuple[FacetCount, ...]], themes: ThemeBook) -> dict[str, list[dict[str, Any]]]:
    return {
        name: [{"value": c.value, "label": value_label(name, c.value, themes), "count": c.count} for c in counts]
        for name, counts in facets.items()
    }


def result_json(
    request: SearchRequest,
    result: SearchResult,
    themes: ThemeBook,
    links: Links,
    *,
    hits_key: str = "results",
    notices: Iterable[str] = (),
    theme_objects: bool = True,
    unpaged: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """A page of search results: the request, the total, the lessons, facets,
    suggestions and related lessons; the lessons under `hits_key`."""
    hits = [hit_json(h, themes, result, links, theme_objects, unpaged) for h in result.hits]
    return {
        "query": request.query,
        "understood_query": result.understood_query,
        "notices": list(notices) + list(result.notices),
        "filters": {k: list(v) for k, v in request.filters.items()},
        "year_from": request.year_from,
        "year_to": request.year_to,
        "sort": request.sort,
        "page": request.page,
        "per_page": request.per_page,
        "pages": page_count(result.total, request.per_page),
        "total": result.total,
        hits_key: hits,
        "facets": facets_json(dict(result.facets), themes),
        "suggestions": list(result.suggestions),
        "related": [hit_json(h, themes, result, links, theme_objects, unpaged) for h in result.related],
        "query_themes": (
            [{"id": t, "label": themes.theme_label(t)} for t in result.query_themes]
            if theme_objects
            else list(result.query_themes)
        ),
    }


def page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


CSV_COLUMNS = (
    "lesson_id",
    "review_id",
    "review_title",
    "review_type",
    "area",
    "region",
    "year",
    "published",
    "kind",
    "label",
    "title",
    "section",
    "page_start",
    "page_end",
    "themes",
    "age_bands",
    "agencies",
    "text",
    "citation",
    "url",
    "document_url",
)


def lesson_cells(lesson: IndexedLesson, themes: ThemeBook | None = None) -> dict[str, Any]:
    """The lesson's own CSV columns, shared by every CSV that lists lessons.
    With `themes`, the values a person reads are labels (review type, kind,
    themes, age bands, agencies), not the codes only the JSON carries."""
    if themes is None:
        kind, review_type = lesson.kind, lesson.review_type
        theme_names, ages, agencies = lesson.themes, lesson.age_bands, lesson.agencies
    else:
        kind, review_type = kind_label(lesson.kind), review_type_label(lesson.review_type)
        theme_names = tuple(themes.theme_label(t) for t in lesson.themes)
        ages = tuple(age_band_label(a) for a in lesson.age_bands)
        agencies = tuple(themes.agency_label(a) for a in lesson.agencies)
    return {
        "lesson_id": lesson.id,
        "review_id": lesson.review_id,
        "review_title": lesson.review_title,
        "review_type": review_type,
        "area": lesson.area,
        "region": lesson.region,
        "year": lesson.year,
        "published": lesson.published,
        "kind": kind,
        "label": lesson.label,
        "title": lesson.title or "",
        "section": lesson.section,
        "page_start": lesson.page_start,
        "page_end": lesson.page_end,
        "themes": "; ".join(theme_names),
        "age_bands": "; ".join(ages),
        "agencies": "; ".join(agencies),
        "text": lesson.text,
    }


def csv_row(lesson: IndexedLesson, links: Links, themes: ThemeBook, paged: bool = True) -> list[str]:
    """One lesson as a spreadsheet row, with labels where a person reads them."""
    return csv_cells(
        {
            **lesson_cells(lesson, themes),
            "citation": citation(lesson, paged),
            "url": links.lesson(lesson.id),
            "document_url": links.document(lesson.review_id, lesson.page_start),
        },
        CSV_COLUMNS,
    )


def csv_cells(values: dict[str, Any], columns: Iterable[str]) -> list[str]:
    return [_cell(values[c]) for c in columns]


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet runs a cell that starts like a formula; make it plain text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
