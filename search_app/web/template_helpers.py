"""Web stage: the filters and names the templates use."""

from __future__ import annotations

import re

from flask import Flask

from search_app.web import presenters, services
from search_app.web.facets_view import checkbox

SERVICE_NAME = "Safeguarding Lessons"

# Characters XML 1.0 forbids; a stray one in a lesson would break the feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def install(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        kind_label=presenters.kind_label,
        review_type_label=presenters.review_type_label,
        citation=presenters.citation,
        theme_label=lambda theme_id: services.themes().theme_label(theme_id),
        group_label=lambda group_id: services.themes().group_label(group_id),
        thousands=lambda n: f"{n:,}",
        xml_safe=xml_safe,
    )
    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        document_url=presenters.document_url,
        public_url_for=presenters.public_url_for,
        page_words=presenters.page_words,
        checkbox=checkbox,
        value_label=lambda facet, value: presenters.value_label(facet, value, services.themes()),
    )
