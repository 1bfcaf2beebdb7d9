"""Command line for the web app: `lessons serve`."""

from __future__ import annotations

import click

from search_app.settings import Settings


@click.command()
@click.option("--host", help="Address to listen on (LESSONS_HOST; default 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (LESSONS_PORT; default 5000).")
@click.option("--debug", is_flag=True, help="Reload on code changes and show debugging pages. Never in production.")
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None, debug: bool) -> None:
    """Run the search web app and JSON API (Flask's development server)."""
    from search_app.web import create_app

    if host:
        settings = settings.replace(host=host)
    if port:
        settings = settings.replace(port=port)
    app = create_app(settings)
    click.echo(f"Serving on http://{settings.host}:{settings.port}/ (Ctrl+C to stop)", err=True)
    app.run(host=settings.host, port=settings.port, debug=debug, use_reloader=debug, threaded=True)


COMMANDS = (serve,)
