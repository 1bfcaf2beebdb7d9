"""Web stage: the filters and names the templates use."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask

from search_app.search import labels, present
from search_app.web import services
from search_app.web.facets_view import checkbox, checkboxes
from search_app.web.kept_urls import kept_url_for, lesson_url

SERVICE_NAME = "Safeguarding Lessons"

# Characters XML 1.0 forbids; a stray one in a lesson would break the feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: object) -> str:
    return _NOT_XML.sub("", str(value))


@dataclass(frozen=True)
class SourcePlace:
    """Where a lesson is in its source: the link and the words for it."""

    url: str
    words: str


def source_place(lesson) -> SourcePlace:
    """A PDF opens at the page; a document without pages opens as a page of
    its own text at the lesson ("section ‘Learning’")."""
    paged = lesson.review_id not in services.unpaged_reviews()
    return SourcePlace(services.links(external=False).source(lesson, paged), present.place_words(lesson, paged))


def citation(lesson) -> str:
    return present.citation(lesson, lesson.review_id not in services.unpaged_reviews())


def install(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        kind_label=labels.kind_label,
        review_type_label=labels.review_type_label,
        citation=citation,
        lesson_heading=present.lesson_heading,
        agency_label=lambda agency_id: services.themes().agency_label(agency_id),
        age_band_label=labels.age_band_label,
        theme_label=lambda theme_id: services.themes().theme_label(theme_id),
        group_label=lambda group_id: services.themes().group_label(group_id),
        thousands=lambda n: f"{n:,}",
        xml_safe=xml_safe,
    )
    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        document_url=lambda review_id, page=None: services.links(external=False).document(review_id, page),
        page_words=present.page_words,
        source_place=source_place,
        checkbox=checkbox,
        checkboxes=checkboxes,
        value_label=lambda facet, value: labels.value_label(facet, value, services.themes()),
        # Flask's url_for, each URL built once (search_app.web.kept_urls).
        url_for=kept_url_for,
        lesson_url=lesson_url,
    )
