"""Web stage: the search page `/`, with every bit of its state in the URL.

One query box, results with their citations, facets with counts, active
filters as removable chips, sort, pagination, and links to the .csv, .json
and .atom twins of exactly this search.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from flask import Blueprint, current_app, render_template, request
from markupsafe import Markup, escape

from search_app.pipeline.runlog import last_updated_words
from search_app.search.contract import SORTS, SearchResult
from search_app.search.labels import value_label
from search_app.search.present import page_count
from search_app.search.ranking import RESULT_NOTICES
from search_app.web import services
from search_app.web.facets_view import PANEL_FACETS, build_panels, build_theme_groups, build_year_bars
from search_app.web.params import SearchArgs, facet_label, parse_search_args
from search_app.web.response_memo import ResponseMemo

bp = Blueprint("search", __name__)
_MEMO_KEY = "search_app.search_pages"

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


def without_unknown_themes(args: SearchArgs, themes) -> SearchArgs:
    """A theme the taxonomy no longer has (an old bookmark) is left out of the
    search, and the page says so, rather than finding nothing without a word."""
    chosen = args.request.filters.get("theme", ())
    if not chosen:
        return args
    unknown = [t for t in chosen if not themes.knows_theme(t)]
    if not unknown:
        return args
    filters = {k: v for k, v in args.request.filters.items() if k != "theme"}
    kept = tuple(t for t in chosen if themes.knows_theme(t))
    if kept:
        filters["theme"] = kept
    said = tuple(
        f"There is no theme ‘{t}’ (it may have been renamed or removed), so it was left out of the search."
        for t in unknown
    )
    return dataclasses.replace(
        args, request=dataclasses.replace(args.request, filters=filters), notices=args.notices + said
    )


@bp.get("/")
def index():
    themes = services.themes()
    args = without_unknown_themes(search_args(), themes)
    result = services.search(args.request)
    # A result given again by the result cache is sent with the page drawn
    # for it (drawing a page of results and some 200 facet values costs
    # about 5 ms). The page shows the URL's parameters (as typed, errors and
    # all), the result, the address the site is served under and the
    # footer's "last updated"; nothing else.
    memo = current_app.extensions.get(_MEMO_KEY) or current_app.extensions.setdefault(_MEMO_KEY, ResponseMemo())
    key = (request.query_string, request.script_root, last_updated_words(services.services().settings.data_dir))
    body = memo.get(result, key)
    if body is None:
        body = _page(args, result, themes).encode("utf-8")
        memo.put(result, key, body)
    return current_app.response_class(body, mimetype="text/html")


def _page(args: SearchArgs, result: SearchResult, themes) -> str:
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
        chips=[(facet_label(name), value_label(name, value, themes), qs) for name, value, qs in args.active_filters()],
        sort_labels=SORT_LABELS,
        state_qs=args.query_string(),
        state_pairs=args.state_pairs(),
        theme_tags=theme_tags,
        **notices_of(args, result),
    )


def theme_tags(lesson, query_themes, args: SearchArgs) -> Markup:
    """A found lesson's themes as links that add each to the search, those
    the search names or signals marked (Python, not a template macro: a
    page draws a hundred of them)."""
    if not lesson.themes:
        return Markup("")
    themes = services.themes()
    items = ['<ul class="theme-tags" aria-label="Themes">\n']
    for theme_id in lesson.themes:
        href, label = escape(args.with_value("theme", theme_id)), escape(themes.theme_label(theme_id))
        if theme_id in query_themes:
            items.append(
                f'  <li><a class="theme-tag theme-tag--matched" href="?{href}" title="Your search names this theme '
                f'or one of its signs">{label}<span class="visually-hidden"> (matches your search)</span></a></li>\n'
            )
        else:
            items.append(f'  <li><a class="theme-tag" href="?{href}">{label}</a></li>\n')
    items.append("</ul>\n")
    return Markup("".join(items))


def notices_of(args: SearchArgs, result: SearchResult) -> dict:
    """What was changed in the search (a long query cut, a stray quote dropped)
    apart from what the page says about the results (few had all the words):
    "We changed your search" only heads real changes, and "We searched for"
    shows only when that differs from what was typed."""
    changed = list(args.notices) + [n for n in result.notices if n not in RESULT_NOTICES]
    about = [n for n in result.notices if n in RESULT_NOTICES]
    understood = result.understood_query if changed and _words(result.understood_query) != _words(args.query) else ""
    return {"changed_notices": changed, "result_notices": about, "understood_query": understood}


def _words(text: str) -> str:
    return " ".join((text or "").split()).lower()
