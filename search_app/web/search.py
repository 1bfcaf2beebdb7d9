"""Web stage: the search page `/`, with every bit of its state in the URL.

One query box, results with their citations, facets with counts, active
filters as removable chips, sort, pagination, and links to the .csv, .json
and .atom twins of exactly this search.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, render_template, request

from search_app.search.contract import SORTS, SearchResult
from search_app.web import services
from search_app.web.facets_view import PANEL_FACETS, build_panels, build_theme_groups, build_year_bars
from search_app.web.params import SearchArgs, facet_label, parse_search_args
from search_app.search.labels import value_label
from search_app.search.present import page_count

bp = Blueprint("search", __name__)

SORT_LABELS = {"relevance": "Most relevant", "date": "Newest first", "date_asc": "Oldest first"}
assert set(SORT_LABELS) == set(SORTS), "every sort needs a label"


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None for an ellipsis
    qs: str = ""
    current: bool = False


@dataclass(frozen=True)
class Pagination:
    page: int
    pages: int
    previous_qs: str | None
    next_qs: str | None
    links: tuple[PageLink, ...]
    first_shown: int
    last_shown: int


def paginate(args: SearchArgs, result: SearchResult) -> Pagination:
    req = args.request
    pages = page_count(result.total, req.per_page)
    page = req.page
    wanted = {1, pages, page - 1, page, page + 1}
    links: list[PageLink] = []
    previous_number = 0
    for number in sorted(n for n in wanted if 1 <= n <= pages):
        if number - previous_number > 1:
            links.append(PageLink(None))
        links.append(PageLink(number, args.query_string(page=number), number == page))
        previous_number = number
    first_shown = req.offset + 1 if result.hits else 0
    return Pagination(
        page=page,
        pages=pages,
        previous_qs=args.query_string(page=page - 1) if page > 1 else None,
        next_qs=args.query_string(page=page + 1) if page < pages else None,
        links=tuple(links),
        first_shown=first_shown,
        last_shown=req.offset + len(result.hits),
    )


# The facets the page draws (theme groups, the year histogram, the panels);
# counting others (e.g. theme group) would cost the engine for nothing.
PAGE_FACETS = ("theme", "year", *PANEL_FACETS)


def search_args() -> SearchArgs:
    return parse_search_args(request.args, services.services().settings.page_size, facets=PAGE_FACETS)


@bp.get("/")
def index():
    args = search_args()
    themes = services.themes()
    result = services.search(args.request)
    pagination = paginate(args, result)
    beyond_last = bool(result.total) and not result.hits and args.request.page > 1
    return render_template(
        "search.html",
        args=args,
        result=result,
        pagination=pagination,
        beyond_last=beyond_last,
        last_page_qs=args.query_string(page=pagination.pages),
        theme_groups=build_theme_groups(result.facets, args, themes),
        panels=build_panels(result.facets, args, themes),
        year_bars=build_year_bars(result.facets, args),
        chips=[
            (facet_label(name), value_label(name, value, themes), qs)
            for name, value, qs in args.active_filters()
        ],
        sort_labels=SORT_LABELS,
        state_qs=args.query_string(),
        state_pairs=args.state_pairs(),
    )

