"""Command line for the pipeline: `lessons ingest`, `lessons index`, `lessons status`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from search_app.catalog import Catalog, CatalogError
from search_app.index.contract import SearchError
from search_app.pipeline import ingest_paths, rebuild_index
from search_app.settings import Settings


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--retry-failed", is_flag=True, help="Try again files that failed before, even if unchanged.")
@click.option("--workers", type=int, help="Worker processes (default: one per core).")
@click.option("--no-index", is_flag=True, help="Update the catalog only; leave the search index alone.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
@click.pass_obj
def ingest(settings: Settings, paths, retry_failed, workers, no_index, quiet) -> None:
    """Ingest review documents (files or folders; default: the corpus folders).

    Each file is extracted, its lessons tagged, and the review stored once in
    the catalog, keyed by content hash; unchanged files are skipped. Files
    that fail are recorded with the reason and the run goes on. Exit code 1
    when any file failed.
    """
    if workers is not None:
        settings = settings.replace(workers=workers)
    roots = list(paths) or list(settings.corpus)

    def progress(path: str, outcome: str) -> None:
        if not quiet:
            click.echo(f"{outcome:>9}  {path}", err=True)

    try:
        report = ingest_paths(
            settings, roots, retry_failed=retry_failed, on_file=progress, update_index=not no_index
        )
    except (CatalogError, SearchError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"added {len(report.added)}, changed {len(report.changed)}, "
        f"unchanged {len(report.unchanged)}, removed {len(report.removed)}, "
        f"failed {len(report.failed)}; lessons indexed {report.lessons_indexed}"
    )
    for error in report.failed:
        click.echo(f"FAILED {error.path} [{error.stage}] {error.reason}", err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@click.option("--rebuild", is_flag=True, required=True, help="Rebuild the whole index from the catalog.")
@click.pass_obj
def index(settings: Settings, rebuild: bool) -> None:
    """Rebuild the search index from the catalog, then switch to it atomically."""
    try:
        count = rebuild_index(settings)
    except (CatalogError, SearchError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"indexed {count} lessons ({settings.backend})")


@click.command()
@click.pass_obj
def status(settings: Settings) -> None:
    """Show what the catalog holds and list the files that failed, with reasons."""
    try:
        with Catalog(settings.catalog) as catalog:
            stats = catalog.stats()
            failures = catalog.failures()
    except CatalogError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"catalog {settings.catalog}: {stats['reviews']} reviews, {stats['lessons']} lessons, "
        f"{stats['files']} files ({stats['failed']} failed)"
    )
    for row in failures:
        click.echo(f"FAILED {row['path']} [{row['stage']}] {row['reason']}")


COMMANDS = (ingest, index, status)
