"""Web stage: how records are shown: labels, citations and JSON/CSV shapes.

One place decides what a lesson looks like in the API, the exports and the
pages, so the twins of a page (.json, .csv) carry the same fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import url_for

from search_app.search.contract import FacetCount, IndexedLesson, SearchHit, SearchResult
from search_app.web.services import ThemeBook

KIND_LABELS = {
    "finding": "Finding",
    "learning_point": "Learning point",
    "recommendation": "Recommendation",
    "good_practice": "Good practice",
}
REVIEW_TYPE_LABELS = {
    "SCR": "Serious case review",
    "LCSPR": "Local child safeguarding practice review",
    "national": "National review",
    "thematic": "Thematic review",
    "briefing": "Briefing",
    "other": "Other review",
}
AGE_BAND_LABELS = {"unborn": "Unborn", "under 1": "Under 1"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def review_type_label(review_type: str) -> str:
    return REVIEW_TYPE_LABELS.get(review_type, review_type)


def value_label(facet: str, value: str, themes: ThemeBook) -> str:
    """How one facet value is shown to a reader."""
    if facet == "theme":
        return themes.theme_label(value)
    if facet == "group":
        return themes.group_label(value)
    if facet == "kind":
        return kind_label(value)
    if facet == "review_type":
        return review_type_label(value)
    if facet == "age_band":
        return age_band_label(value)
    if facet == "agency":
        return themes.agency_label(value)
    return value


def age_band_label(value: str) -> str:
    return AGE_BAND_LABELS.get(value, f"{value} years" if value[:1].isdigit() else value)


HEADING_WORDS = 12


def lesson_heading(lesson) -> str:
    """What a lesson is called where it is listed: its label as printed (a bare
    number gets its kind: "Recommendation 3.4") and its heading, or the first
    words of its text when it has none ("Finding 2: Fathers left out")."""
    label = (lesson.label or "").strip()
    kind = kind_label(lesson.kind)
    if not label:
        label = kind
    elif label[:1].isdigit() or (len(label) <= 4 and any(c.isdigit() for c in label)):
        label = f"{kind} {label}"
    name = (getattr(lesson, "title", "") or "").strip() or first_words(lesson.text)
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


def document_url(review_id: str, page: int | None = None, external: bool = False) -> str:
    url = url_for("documents.document", review_id=review_id, _external=external)
    return f"{url}#page={page}" if page else url


def citation(lesson: IndexedLesson, paged: bool = True) -> str:
    """"Review title, area, year, page N" (page range when a lesson spans pages;
    the section when its document has no pages)."""
    parts = [lesson.review_title]
    if lesson.area:
        parts.append(lesson.area)
    if lesson.year:
        parts.append(str(lesson.year))
    parts.append(page_words(lesson.page_start, lesson.page_end) if paged else section_words(lesson.section))
    return ", ".join(parts)


def section_words(section: str) -> str:
    return f"section ‘{section}’" if section else "in the text"


@dataclass(frozen=True)
class SourcePlace:
    """Where a lesson is in its source: the link and the words for it."""

    url: str
    words: str


def source_place(lesson, review_id: str, paged: bool, external: bool = False) -> SourcePlace:
    """A PDF opens at the page; a document without pages opens as a page of
    its own text at the lesson ("section ‘Learning’")."""
    if paged:
        return SourcePlace(document_url(review_id, lesson.page_start, external=external),
                           page_words(lesson.page_start, lesson.page_end))
    url = url_for("review_text.review_text", review_id=review_id, lesson=lesson.ordinal, _external=external)
    return SourcePlace(f"{url}#lesson-{lesson.ordinal}", section_words(lesson.section))


def page_words(start: int, end: int) -> str:
    if end and end != start:
        return f"pages {start}–{end}"
    return f"page {start}"


def lesson_json(lesson: IndexedLesson, themes: ThemeBook, external: bool = True,
                unpaged: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A lesson in the JSON API; `unpaged`: the reviews without pages, cited
    by section, whose `source_url` is the page of their text at the lesson."""
    paged = lesson.review_id not in unpaged
    place = source_place(lesson, lesson.review_id, paged, external)
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
        "themes": [{"id": t, "label": themes.theme_label(t)} for t in lesson.themes],
        "theme_groups": list(lesson.theme_groups),
        "age_bands": list(lesson.age_bands),
        "agencies": list(lesson.agencies),
        "citation": citation(lesson, paged),
        "url": url_for("lessons.lesson", lesson_id=lesson.id, _external=external),
        "document_url": document_url(lesson.review_id, lesson.page_start, external=external),
        "source_url": place.url,
    }


def hit_json(hit: SearchHit, themes: ThemeBook, result: SearchResult,
             unpaged: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A lesson found by `result`'s search, with its themes the query named
    or signalled (`matched_themes`)."""
    data = lesson_json(hit.lesson, themes, unpaged=unpaged)
    data["score"] = round(float(hit.score), 4)
    data["snippet_html"] = hit.snippet_html
    data["matched_themes"] = result.matched_themes(hit.lesson)
    return data


def facets_json(
    facets: dict[str, tuple[FacetCount, ...]], themes: ThemeBook
) -> dict[str, list[dict[str, Any]]]:
    return {
        name: [
            {"value": c.value, "label": value_label(name, c.value, themes), "count": c.count}
            for c in counts
        ]
        for name, counts in facets.items()
    }


CSV_COLUMNS = (
    "lesson_id", "review_id", "review_title", "review_type", "area", "region", "year",
    "published", "kind", "label", "section", "page_start", "page_end", "themes",
    "age_bands", "agencies", "text", "citation", "url", "document_url",
)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet runs a cell that starts like a formula; make it plain text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_row(lesson: IndexedLesson, themes: ThemeBook, paged: bool = True) -> list[str]:
    """One lesson as a spreadsheet row: labels where a person reads them (themes,
    agencies, kinds), never the codes, which only the JSON carries."""
    values = {
        "lesson_id": lesson.id,
        "review_id": lesson.review_id,
        "review_title": lesson.review_title,
        "review_type": review_type_label(lesson.review_type),
        "area": lesson.area,
        "region": lesson.region,
        "year": lesson.year,
        "published": lesson.published,
        "kind": kind_label(lesson.kind),
        "label": lesson.label,
        "section": lesson.section,
        "page_start": lesson.page_start,
        "page_end": lesson.page_end,
        "themes": "; ".join(themes.theme_label(t) for t in lesson.themes),
        "age_bands": "; ".join(age_band_label(a) for a in lesson.age_bands),
        "agencies": "; ".join(themes.agency_label(a) for a in lesson.agencies),
        "text": lesson.text,
        "citation": citation(lesson, paged),
        "url": url_for("lessons.lesson", lesson_id=lesson.id, _external=True),
        "document_url": document_url(lesson.review_id, lesson.page_start, external=True),
    }
    return [_cell(values[c]) for c in CSV_COLUMNS]
