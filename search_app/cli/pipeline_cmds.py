"""Command line for the pipeline: `lessons reindex`, `lessons ingest`, `lessons index`, `lessons status`.

Exit codes of the commands that run the pipeline: 0 all done, 1 done but
some documents failed (listed), 2 could not run, 3 another run holds the
lock (nothing was done).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ingest.discover import display_path
from search_app.catalog.store import Catalog, CatalogError
from search_app.pipeline.run import RunReport, rebuild_from_catalog, run_pipeline
from search_app.pipeline.runlog import RunOutcome, recent_runs, service_status
from search_app.pipeline.summary import ago, failures_list, ocr_list, run_summary, runs_table, warnings_list
from search_app.settings import Settings

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar  # where click's own annotations import it from


class _Progress:
    """Stage lines on stderr; per file, a progress bar on a terminal or one line each otherwise."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.bar: ProgressBar[str] | None = None
        self.ok = self.failed = 0

    def stage(self, name: str, detail: str, total: int | None) -> None:
        self._close_bar()
        if not self.quiet:
            click.echo(f"[{name}] {detail}", err=True)
        if name == "ingest" and total and self.tty and not self.quiet:
            self.bar = click.progressbar(
                length=total,
                label=self._label(),
                file=sys.stderr,
                show_pos=True,
                item_show_func=lambda p: display_path(Path(p).name) if p else "",
            )
            self.bar.__enter__()

    def _label(self) -> str:
        return f"ok {self.ok} failed {self.failed}"

    def file(self, path: str, outcome: str) -> None:
        if outcome == "failed":
            self.failed += 1
        elif outcome in ("new", "changed"):
            self.ok += 1
        if self.bar is not None:
            self.bar.label = self._label()
            self.bar.update(1, path)
        elif not self.quiet:
            click.echo(f"{outcome:>9}  {display_path(path)}  (ok {self.ok}, failed {self.failed})", err=True)

    def _close_bar(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def done(self, report: RunReport) -> None:
        self._close_bar()
        for line in run_summary(report):
            click.echo(line, err=True)


def _finish(report: RunReport, progress: _Progress) -> None:
    progress.done(report)
    sys.exit(report.exit_code)


@click.command()
@click.option(
    "--full",
    is_flag=True,
    help="Rebuild the whole index from the catalog (and re-tag lessons if the taxonomy or model changed, as every run does).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
@click.pass_obj
def reindex(settings: Settings, full: bool, quiet: bool) -> None:
    """Bring the catalog and the search index up to date with the corpus folders.

    Finds new, changed and deleted files (size, time, content hash), ingests
    and tags only those, re-tags lessons when the taxonomy or model changed,
    and switches the search to a freshly built index. Safe to run at any
    time: one run at a time (a second exits with code 3), and a run killed
    half-way is finished by the next. Exit codes: 0 ok, 1 some documents
    failed (listed), 2 could not run, 3 another run holds the lock.
    """
    progress = _Progress(quiet)
    report = run_pipeline(settings, command="reindex", full=full, on_stage=progress.stage, on_file=progress.file)
    _finish(report, progress)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--retry-failed", is_flag=True, help="Try again files that failed before, even if unchanged.")
@click.option("--workers", type=int, help="Worker processes (default: one per core).")
@click.option(
    "--no-index", is_flag=True, help="Update the catalog only; leave the search index alone (the next run updates it)."
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
@click.pass_obj
def ingest(settings: Settings, paths, retry_failed, workers, no_index, quiet) -> None:
    """Ingest review documents (files or folders; default: the corpus folders).

    Each file is extracted (in parallel, each within the file_timeout
    setting), its lessons tagged, and the review stored once in the
    catalog, keyed by content hash; unchanged files are skipped, deleted
    ones removed. Files that fail are recorded with the reason and the run
    goes on. Exit codes as for `lessons reindex`.
    """
    if workers is not None:
        settings = settings.replace(workers=workers)
    roots = list(paths) or list(settings.corpus)
    progress = _Progress(quiet)
    report = run_pipeline(
        settings,
        roots,
        command="ingest",
        retry_failed=retry_failed,
        update_index=not no_index,
        retag_lessons=False,
        on_stage=progress.stage,
        on_file=progress.file,
    )
    _finish(report, progress)


@click.command()
@click.option("--rebuild", is_flag=True, required=True, help="Rebuild the whole index from the catalog.")
@click.pass_obj
def index(settings: Settings, rebuild: bool) -> None:
    """Rebuild the search index from the catalog, then switch to it atomically."""
    report = rebuild_from_catalog(settings)
    if report.exit_code == 0:
        click.echo(f"indexed {report.index_lessons} lessons ({settings.backend})")
        return
    click.echo(f"lessons index: {report.message}", err=True)
    sys.exit(report.exit_code)


@click.command()
@click.option(
    "--runs",
    "run_count",
    type=click.IntRange(1, 1000),
    default=5,
    show_default=True,
    help="How many recent runs to show.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_obj
def status(settings: Settings, run_count: int, as_json: bool) -> None:
    """Show what the catalog holds, the last runs, and the files that failed, with reasons."""
    stats, failures, warned, ocr_read = None, [], [], []
    if Path(settings.catalog).is_file():
        try:
            with Catalog(settings.catalog) as catalog:
                stats = catalog.stats()
                failures = [dict(row) for row in catalog.failures()]
                warned = [dict(row) for row in catalog.warned()]
                ocr_read = catalog.read_by_ocr()
        except CatalogError as exc:
            click.echo(f"lessons status: {exc}", err=True)
            sys.exit(RunOutcome.ERROR)
    runs = recent_runs(settings.data_dir, run_count)
    service = service_status(settings.data_dir)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "catalog": str(settings.catalog),
                    "stats": stats,
                    "service": service,
                    "runs": [{**r.record, "outcome": r.outcome} for r in runs],
                    "failures": [
                        {"path": display_path(f["path"]), **{k: f[k] for k in ("stage", "reason", "ingested_at")}}
                        for f in failures
                    ],
                    "warnings": [
                        {"path": display_path(w["path"]), "warnings": json.loads(w["warnings"])} for w in warned
                    ],
                    "ocr": [{**r, "path": display_path(r["path"])} for r in ocr_read],
                },
                indent=2,
            )
        )
        return
    if stats is None:
        click.echo(f"catalog {settings.catalog}: not created yet (run `lessons reindex`)")
    else:
        click.echo(
            f"catalog {settings.catalog}: {stats['reviews']} reviews, {stats['lessons']} lessons, "
            f"{stats['files']} files ({stats['failed']} failed)"
        )
    updated = service["index_updated_at"]
    click.echo(
        f"index last updated: {updated or 'never'}" + (f" ({ago(service['index_age_seconds'])})" if updated else "")
    )
    click.echo(f"Last runs (newest first, log {Path(settings.data_dir) / 'runs.jsonl'}):")
    for line in runs_table(runs):
        click.echo(line)
    for line in failures_list(failures):
        click.echo(line)
    for line in warnings_list(warned):
        click.echo(line)
    for line in ocr_list(ocr_read):
        click.echo(line)


COMMANDS = (reindex, ingest, index, status)
