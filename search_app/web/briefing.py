"""Web stage: `/briefing`, the thematic briefing of the current search.

Takes exactly the search page's parameters (q, theme, group, facets, from,
to) plus `format` (pdf, docx, html, md or csv; html when absent) and the
cover's `title`, `for` (the partnership) and `purpose`, and answers the
briefing of every matching lesson. Its links to the review documents are
under the configured public_url, never the address the request came
to (a briefing travels); without one it carries none. A bad format or bad search
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
    link_template_for,
    render,
    taxonomy_themes,
    taxonomy_version,
)
from search_app.web import services
from search_app.web.errors import error_response
from search_app.web.params import parse_search_args

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
COVER_PARAMS = {"title": 200, "for": 200, "purpose": 600}  # cover fields and their longest length


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
    cover = {name: " ".join(request.args.get(name, "").split()) for name in COVER_PARAMS}
    for name, longest in COVER_PARAMS.items():
        if len(cover[name]) > longest:
            return error_response(400, f"The briefing's “{name}” can be at most {longest} characters.")
    spec = BriefingSpec(
        query=args.query,
        filters=dict(args.request.filters),
        year_from=args.request.year_from,
        year_to=args.request.year_to,
        title=cover["title"],
        prepared_for=cover["for"],
        purpose=cover["purpose"],
    )
    settings = services.services().settings
    link_template, link_notice = link_template_for(settings.public_url)
    try:
        made = build_briefing(
            services.backend(),
            services.catalog(),
            services.themes(),
            spec,
            link_template,
            taxonomy_version(settings.taxonomy),
            taxonomy=taxonomy_themes(settings.taxonomy),
            notices=(link_notice,) if link_notice else (),
        )
    except BriefingError as exc:
        return error_response(400, str(exc))
    response = Response(render(made, fmt), content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "html" else "attachment"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{_filename(made.title, fmt)}"'
    if fmt == "html":
        response.headers["Content-Security-Policy"] = HTML_POLICY
    return response
