"""Command line for thematic briefings: `lessons brief [search] --format F -o FILE`.

The search is given as on `lessons search` (theme, group, years, facets,
query); the briefing holds every matching lesson. Speaks only the
SearchBackend contract and the Catalog, through search_app.briefing.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import click

from search_app.briefing import (
    FORMATS,
    BriefingError,
    BriefingSpec,
    link_template_for,
    make_briefing,
    render,
)
from search_app.catalog.store import CatalogError
from search_app.search import FACETS_BY_NAME, SearchError
from search_app.settings import Settings

# (option, facet name) of the filters a briefing can be made from.
_FILTER_OPTIONS = (
    ("theme", "theme"),
    ("group", "group"),
    ("review_type", "review_type"),
    ("area", "area"),
    ("region", "region"),
    ("age_band", "age_band"),
    ("agency", "agency"),
    ("kind", "kind"),
)


def _with_filter_options(command):
    for option, facet in reversed(_FILTER_OPTIONS):
        label = FACETS_BY_NAME[facet].label.lower()
        command = click.option(
            "--" + option.replace("_", "-"),
            option,
            multiple=True,
            help=f"Only lessons with this {label} (repeat for any of several).",
        )(command)
    return command


def _format_of(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"htm": "html", "markdown": "md"}.get(suffix, suffix) if suffix in (*FORMATS, "htm", "markdown") else "pdf"


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (a failed run never leaves half a briefing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    partial.write_bytes(data)
    partial.replace(path)


@click.command()
@_with_filter_options
@click.option(
    "--query", "-q", default="", help='Search words, as on the search page ("quoted phrases", -exclusion, OR).'
)
@click.option("--from", "year_from", type=int, help="Only reviews published in or after this year.")
@click.option("--to", "year_to", type=int, help="Only reviews published in or before this year.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: from the file name's extension, else pdf).",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: briefing.FORMAT)."
)
@click.option("--title", default="", help="The briefing's title (default: made from the themes and filters).")
@click.option(
    "--for", "prepared_for", default="", help="Who the briefing is for, e.g. the safeguarding partnership's name."
)
@click.option("--purpose", default="", help="Why the briefing was made, in a sentence or two (printed on the cover).")
@click.option(
    "--base-url",
    help="Public address of this service, for the links to the review documents (default: the public_url setting; none: no links).",
)
@click.option(
    "--date",
    "made_on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date to print as the day the briefing was made (default: today).",
)
@click.pass_obj
def brief(
    settings: Settings,
    query,
    year_from,
    year_to,
    fmt,
    output,
    title,
    prepared_for,
    purpose,
    base_url,
    made_on,
    **facet_values,
) -> None:
    """Make a thematic briefing (PDF, Word, HTML, Markdown or CSV) from a search.

    For example, what reviews since 2019 have taught about non-accidental
    injury in babies:

        lessons brief --theme harm.nai_infant --from 2019 --to 2025 -o nai.pdf \
            --for "Anyshire Safeguarding Children Partnership"

    The briefing holds every matching lesson: figures by year, review type,
    region and child age band; the learning and the recommendations grouped
    by what they say, named by theme and shared phrase, the most recurrent
    first with the years they recurred in, quotes cited to the review and
    page and every other lesson in an annex; what each theme means for
    practice with questions for reflection; and the list of source reviews.
    Links to the review documents use the public_url setting (or
    --base-url); without one the briefing carries none.
    """
    if year_from is not None and year_to is not None and year_from > year_to:
        raise click.UsageError("--from must be the same as or before --to")
    fmt = _format_of(fmt, output)
    output = output or Path(f"briefing.{fmt}")
    spec = BriefingSpec(
        query=query.strip(),
        filters={facet: tuple(facet_values[option]) for option, facet in _FILTER_OPTIONS if facet_values[option]},
        year_from=year_from,
        year_to=year_to,
        title=title.strip(),
        prepared_for=prepared_for.strip(),
        purpose=purpose.strip(),
    )
    if base_url is not None:
        settings = settings.replace(public_url=base_url)
    _, link_notice = link_template_for(settings.public_url)
    if link_notice:
        click.echo(f"warning: {link_notice}", err=True)
    try:
        briefing = make_briefing(settings, spec, made_on=made_on.date() if made_on else dt.date.today())
        data = render(briefing, fmt)
        _write_atomically(output, data)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from exc
    except (SearchError, CatalogError) as exc:
        raise click.ClickException(f"cannot make the briefing: {exc}") from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    f = briefing.figures
    click.echo(
        f"wrote {output} ({fmt}): {f.lessons} lessons from {f.reviews} reviews; "
        f"{len(briefing.learning)} groups of learning, "
        f"{len(briefing.recommendations)} of recommendations"
    )


COMMANDS = (brief,)
