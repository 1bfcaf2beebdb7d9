"""Web stage: the downloadable twins of a search: .csv, .json and an Atom feed.

The CSV and JSON exports hold every result of exactly the filtered search,
fetched from the backend page by page and streamed, so a large export needs
no more memory than one page. The Atom feed carries the newest matching
lessons, for following a theme.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from flask import Blueprint, Response, render_template, request, stream_with_context

from search_app.search.contract import SearchBackend, SearchHit, SearchRequest, SearchResult
from search_app.search.present import CSV_COLUMNS, csv_row, hit_json, lesson_json
from search_app.web import services
from search_app.web.errors import error_response
from search_app.web.params import WEB_MAX_PER_PAGE, SearchArgs, parse_search_args

bp = Blueprint("exports", __name__)

FEED_SIZE = 50
# Results fetched from the backend per round trip while an export streams.
EXPORT_PAGE_SIZE = WEB_MAX_PER_PAGE


def _export_args() -> SearchArgs:
    return parse_search_args(request.args, WEB_MAX_PER_PAGE, facets=())


def _problem(args: SearchArgs):
    return error_response(400, "; ".join(e.message for e in args.errors))


def all_hits(backend: SearchBackend, request_: SearchRequest, first: SearchResult) -> Iterator[SearchHit]:
    """Every hit of a search, page by page through the contract, starting with `first`."""
    result, page, seen = first, 1, 0
    while True:
        yield from result.hits
        seen += len(result.hits)
        if not result.hits or seen >= result.total:
            return
        page += 1
        result = backend.search(dataclasses.replace(request_, page=page))


def _first_page(args: SearchArgs) -> tuple[SearchBackend, SearchRequest, SearchResult]:
    # The first page is fetched before the response starts, so an engine
    # that is down still gets a proper 503 rather than a cut-off file.
    backend = services.backend()
    export_request = dataclasses.replace(args.request, page=1, per_page=EXPORT_PAGE_SIZE, facets=())
    return backend, export_request, backend.search(export_request)


def _filename(suffix: str, args: SearchArgs | None = None) -> str:
    """ "lessons-bruising-non-mobile-baby-20261205.csv": named after the search."""
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    words = []
    if args is not None:
        words = [args.query] + [v for values in args.request.filters.values() for v in values]
        for bound in (args.request.year_from, args.request.year_to):
            if bound:
                words.append(str(bound))
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-")[:60].rstrip("-")
    return f"lessons-{slug + '-' if slug else ''}{stamp}.{suffix}"


@bp.get("/search.csv")
def search_csv():
    args = _export_args()
    if args.errors:
        return _problem(args)
    backend, export_request, first = _first_page(args)
    links, themes = services.links(), services.themes()
    unpaged = services.unpaged_reviews()  # cited by section, not "page 1"

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        buffer.write("\ufeff")  # the byte-order mark: Excel then reads the file as UTF-8
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for hit in all_hits(backend, export_request, first):
            writer.writerow(csv_row(hit.lesson, links, themes, hit.lesson.review_id not in unpaged))
            if buffer.tell() > 64_000:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    response = Response(stream_with_context(rows()), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename("csv", args)}"'
    response.headers["X-Total-Count"] = str(first.total)
    return response


@bp.get("/search.json")
def search_json():
    args = _export_args()
    if args.errors:
        return _problem(args)
    backend, export_request, first = _first_page(args)
    themes, links = services.themes(), services.links()
    unpaged = services.unpaged_reviews()

    def body() -> Iterator[str]:
        head = {
            "query": args.query,
            "understood_query": first.understood_query,
            "notices": list(args.notices) + list(first.notices),
            "filters": {k: list(v) for k, v in args.request.filters.items()},
            "year_from": args.request.year_from,
            "year_to": args.request.year_to,
            "sort": args.request.sort,
            "total": first.total,
            "query_themes": [{"id": t, "label": themes.theme_label(t)} for t in first.query_themes],
        }
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "results": ['
        for i, hit in enumerate(all_hits(backend, export_request, first)):
            yield ("," if i else "") + json.dumps(
                hit_json(hit, themes, first, links, unpaged=unpaged), ensure_ascii=False
            )
        yield "]}"

    response = Response(stream_with_context(body()), mimetype="application/json")
    response.headers["X-Total-Count"] = str(first.total)
    return response


def atom_date(published: str) -> str:
    """An RFC 3339 timestamp for a review date given as YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = (published or "").split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return datetime(year, month, day, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, IndexError):
        return "1970-01-01T00:00:00Z"


@bp.get("/search.atom")
def search_atom():
    args = parse_search_args(request.args, FEED_SIZE, facets=())
    if args.errors:
        return _problem(args)
    feed_request = dataclasses.replace(args.request, sort="date", page=1, per_page=FEED_SIZE, facets=())
    result = services.backend().search(feed_request)
    themes, links = services.themes(), services.links()
    unpaged = services.unpaged_reviews()
    entries = [
        {**lesson_json(hit.lesson, themes, links, unpaged=unpaged), "updated": atom_date(hit.lesson.published)}
        for hit in result.hits
    ]
    updated = max((e["updated"] for e in entries), default="1970-01-01T00:00:00Z")
    query = args.query_string()
    xml = render_template(
        "feed.atom.xml",
        entries=entries,
        updated=updated,
        feed_id=services.public_url_for("exports.search_atom") + (f"?{query}" if query else ""),
        page_url=services.public_url_for("search.index") + (f"?{query}" if query else ""),
        title=_feed_title(args),
    )
    return Response(xml, mimetype="application/atom+xml")


def _feed_title(args: SearchArgs) -> str:
    themes = services.themes()
    bits = []
    if args.query:
        bits.append(f"“{args.query}”")
    bits += [themes.theme_label(t) for t in args.request.filters.get("theme", ())]
    return "Safeguarding lessons" + (": " + ", ".join(bits) if bits else "")
