"""Web stage: `/briefing`, the thematic briefing of the current search.

Takes exactly the search page's parameters (q, theme, group, facets, from,
to) plus `format` (pdf, docx, html, md or csv; html when absent) and
answers the briefing of every matching lesson. A bad format or bad search
parameters are a 400 with a message, a search with no lessons too; the
briefing itself speaks only the SearchBackend contract and the Catalog.
"""

from __future__ import annotations

import datetime as dt
import re

from flask import Blueprint, Response, request

from search_app.briefing import (
    CONTENT_TYPES,
    FORMATS,
    BriefingError,
    BriefingSpec,
    build_briefing,
    render,
    taxonomy_version,
)
from search_app.web import services
from search_app.web.errors import error_response
from search_app.web.params import parse_search_args
from search_app.web.presenters import public_url_for

bp = Blueprint("briefing", __name__)

FORMAT_PARAM = "format"
DEFAULT_FORMAT = "html"
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word", "html": "web page", "md": "Markdown", "csv": "CSV"}
# The HTML briefing is a document of its own: its one stylesheet is inline and
# its chart a data: image. It may show itself and nothing else.
HTML_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
_PLACEHOLDER = "REVIEWIDPLACEHOLDER"


def _filename(title: str, fmt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.split(":")[0].lower()).strip("-")[:60] or "briefing"
    return f"briefing-{slug}-{dt.date.today().isoformat()}.{fmt}"


@bp.get("/briefing")
def briefing():
    fmt = (request.args.get(FORMAT_PARAM) or DEFAULT_FORMAT).strip().lower()
    if fmt not in FORMATS:
        choices = ", ".join(FORMATS)
        return error_response(400, f"A briefing can be made as {choices}; “{fmt[:20]}” is not one of them.")
    args = parse_search_args(request.args, facets=())
    if args.errors:
        return error_response(400, "; ".join(e.message for e in args.errors))
    spec = BriefingSpec(
        query=args.query,
        filters=dict(args.request.filters),
        year_from=args.request.year_from,
        year_to=args.request.year_to,
    )
    link_template = public_url_for("documents.document", review_id=_PLACEHOLDER).replace(
        _PLACEHOLDER, "{review_id}"
    )
    settings = services.services().settings
    try:
        made = build_briefing(
            services.backend(), services.catalog(), services.themes(), spec, link_template,
            taxonomy_version(settings.taxonomy),
        )
    except BriefingError as exc:
        return error_response(400, str(exc))
    response = Response(render(made, fmt), content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "html" else "attachment"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{_filename(made.title, fmt)}"'
    if fmt == "html":
        response.headers["Content-Security-Policy"] = HTML_POLICY
    return response
