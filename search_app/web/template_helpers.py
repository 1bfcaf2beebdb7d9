"""Web stage: the filters and names the templates use."""

from __future__ import annotations

import re

from flask import Flask, g

from search_app.web import presenters, services
from search_app.web.facets_view import checkbox

SERVICE_NAME = "Safeguarding Lessons"

# Characters XML 1.0 forbids; a stray one in a lesson would break the feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def _unpaged() -> frozenset[str]:
    """The reviews without pages, read once per request."""
    if "unpaged_reviews" not in g:
        from search_app.web.lookup import unpaged_review_ids

        g.unpaged_reviews = unpaged_review_ids(services.catalog())
    return g.unpaged_reviews


def source_place(lesson, review_id: str | None = None) -> presenters.SourcePlace:
    review_id = review_id or lesson.review_id
    return presenters.source_place(lesson, review_id, review_id not in _unpaged())


def citation(lesson) -> str:
    return presenters.citation(lesson, lesson.review_id not in _unpaged())


def install(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        kind_label=presenters.kind_label,
        review_type_label=presenters.review_type_label,
        citation=citation,
        lesson_heading=presenters.lesson_heading,
        agency_label=lambda agency_id: services.themes().agency_label(agency_id),
        age_band_label=presenters.age_band_label,
        theme_label=lambda theme_id: services.themes().theme_label(theme_id),
        group_label=lambda group_id: services.themes().group_label(group_id),
        thousands=lambda n: f"{n:,}",
        xml_safe=xml_safe,
    )
    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        document_url=presenters.document_url,
        page_words=presenters.page_words,
        source_place=source_place,
        checkbox=checkbox,
        value_label=lambda facet, value: presenters.value_label(facet, value, services.themes()),
    )
