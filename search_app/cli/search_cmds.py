"""Command line for searching: `lessons search QUERY [filters] [--json]`.

Speaks only the SearchBackend contract, so it works with either engine.
"""

from __future__ import annotations

import json
import sys

import click

from nlp.taxonomy import TaxonomyError
from search_app.search import FACETS_BY_NAME, SearchError, SearchRequest, open_backend
from search_app.search.contract import MAX_PER_PAGE, SORTS, SearchResult
from search_app.search.labels import ThemeBook
from search_app.search.present import Links, citation, result_json
from search_app.settings import Settings

# (option, facet name) for the facet filters the command offers.
_FILTER_OPTIONS = (
    ("theme", "theme"),
    ("group", "group"),
    ("review_type", "review_type"),
    ("area", "area"),
    ("region", "region"),
    ("kind", "kind"),
    ("age_band", "age_band"),
    ("agency", "agency"),
)


def _filter_option(option: str, facet: str):
    flag = "--" + option.replace("_", "-")
    label = FACETS_BY_NAME[facet].label.lower()
    return click.option(
        flag, option, multiple=True, help=f"Only lessons with this {label} (repeat for any of several)."
    )


def _with_filter_options(command):
    for option, facet in reversed(_FILTER_OPTIONS):
        command = _filter_option(option, facet)(command)
    return command


@click.command()
@click.argument("query", required=False, default="")
@_with_filter_options
@click.option("--from", "year_from", type=int, help="Only reviews published in or after this year.")
@click.option("--to", "year_to", type=int, help="Only reviews published in or before this year.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True, help="Order of the results.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Page of results.")
@click.option(
    "--per-page",
    type=click.IntRange(1, MAX_PER_PAGE),
    default=None,
    help="Results per page (default: the page_size setting).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_obj
def search(settings: Settings, query, year_from, year_to, sort, page, per_page, as_json, **facet_values) -> None:
    """Search the lessons: words (all must match), "quoted phrases", -exclusion, OR.

    An empty QUERY lists every lesson (newest first). Exit code 2 when the
    index cannot be searched.
    """
    filters = {facet: tuple(facet_values[option]) for option, facet in _FILTER_OPTIONS if facet_values[option]}
    request = SearchRequest(
        query=query,
        filters=filters,
        year_from=year_from,
        year_to=year_to,
        sort=sort,
        page=page,
        per_page=per_page or settings.page_size,
    )
    try:
        backend = open_backend(settings)
        try:
            if not backend.version():
                raise SearchError(
                    f"there is no search index yet ({settings.backend}); "
                    "run `lessons ingest` or `lessons index --rebuild` first"
                )
            result = backend.search(request)
        finally:
            backend.close()
    except SearchError as exc:
        click.echo(f"Error: cannot search: {exc}", err=True)
        sys.exit(2)
    if as_json:
        try:
            themes = ThemeBook.load(settings.taxonomy)
        except (OSError, TaxonomyError) as exc:
            click.echo(f"Error: the theme list could not be read: {exc}", err=True)
            sys.exit(2)
        click.echo(json.dumps(result_to_json(request, result, themes), ensure_ascii=False, indent=2))
    else:
        _print_readable(request, result)


def result_to_json(request: SearchRequest, result: SearchResult, themes: ThemeBook) -> dict:
    """The JSON form of a search result (the CLI's `--json` output): the API's
    form, with the lessons under `hits` and theme ids under `themes`."""
    return result_json(request, result, themes, Links(), hits_key="hits", theme_objects=False)


def _print_readable(request: SearchRequest, result: SearchResult) -> None:
    for notice in result.notices:
        click.echo(f"Note: {notice}")
    if result.understood_query and result.understood_query != request.query.strip():
        click.echo(f"Searched for: {result.understood_query}")
    first = request.offset + 1
    last = request.offset + len(result.hits)
    if not result.hits:
        click.echo(f"No lessons found ({result.total} in all).")
        return
    click.echo(f"Lessons {first}-{last} of {result.total}:")
    for number, hit in enumerate(result.hits, start=first):
        lesson = hit.lesson
        click.echo("")
        click.echo(f"{number}. {lesson.label or lesson.kind}: {_plain(hit.snippet_html)}")
        click.echo(f"   {citation(lesson)}")


def _plain(snippet_html: str) -> str:
    """The snippet as terminal text: marks become brackets, entities decoded."""
    import html

    return html.unescape(snippet_html.replace("<mark>", "[").replace("</mark>", "]"))


COMMANDS = (search,)
