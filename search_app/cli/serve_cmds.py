"""Command line for the web app: `lessons serve` (development) and `lessons serve --production` (gunicorn)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from search_app.settings import Settings, setting_help


@click.command()
@click.option("--host", help=setting_help("host"))
@click.option("--port", type=click.IntRange(1, 65535), help=setting_help("port"))
@click.option("--debug", is_flag=True, help="Reload on code changes and show debugging pages. Never in production.")
@click.option(
    "--production",
    is_flag=True,
    help="Run under gunicorn: several worker processes, JSON logs, graceful stop on SIGTERM.",
)
@click.option("--workers", type=click.IntRange(1, 64), help="With --production: " + setting_help("web_workers"))
@click.option("--threads", type=click.IntRange(1, 64), help="With --production: " + setting_help("web_threads"))
@click.pass_obj
def serve(
    settings: Settings,
    host: str | None,
    port: int | None,
    debug: bool,
    production: bool,
    workers: int | None,
    threads: int | None,
) -> None:
    """Run the search web app and JSON API (Flask's development server, or gunicorn with --production)."""
    if host:
        settings = settings.replace(host=host)
    if port:
        settings = settings.replace(port=port)
    if production and debug:
        raise click.UsageError("--debug is for development only and cannot be used with --production.")
    if (workers or threads) and not production:
        raise click.UsageError("--workers and --threads apply to --production only.")
    problem = catalog_problem(settings.catalog)
    if problem:
        raise click.ClickException(problem)

    from search_app.web.serving import ServingConfigError
    from search_app.web.serving.request_context import parse_networks

    try:
        parse_networks(settings.trusted_proxies)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc

    from search_app.web import create_app

    try:
        if production:
            _check_gunicorn()
            from search_app.web.serving import run_production

            run_production(settings, create_app, workers=workers, threads=threads)
            return
        app = create_app(settings)
    except ServingConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Serving on http://{settings.host}:{settings.port}/ (Ctrl+C to stop)", err=True)
    app.run(host=settings.host, port=settings.port, debug=debug, use_reloader=debug, threaded=True)


def catalog_problem(path: Path) -> str:
    """Why the catalog at `path` cannot be served ('' when it can, or does not exist yet).

    Read-only: a corrupt catalog or one from a newer version is reported and
    left exactly as it is, never rebuilt or migrated by the web server.
    """
    from search_app.catalog.store import SCHEMA_VERSION

    path = Path(path)
    if not path.exists():
        return ""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            check = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return (
            f"The catalog {path} cannot be read ({exc}). It was left untouched; restore it "
            "from a backup, or move it away and run `lessons reindex` to build a new one."
        )
    if version > SCHEMA_VERSION:
        return (
            f"The catalog {path} was written by a newer version of this program (schema "
            f"{version}; this one knows {SCHEMA_VERSION}). Upgrade the program; the catalog "
            "was left untouched."
        )
    if check != "ok":
        return (
            f"The catalog {path} is damaged ({check}). It was left untouched; restore it "
            "from a backup, or move it away and run `lessons reindex` to build a new one."
        )
    return ""


def _check_gunicorn() -> None:
    try:
        import gunicorn  # noqa: F401
    except ImportError as exc:
        raise click.ClickException("--production needs gunicorn: install it with `pip install gunicorn`.") from exc


COMMANDS = (serve,)
