"""Serving stage: what the web app needs to run in production.

    serving.install(app, settings, index_version)  # called by create_app:
                                                   # request ids, caching headers
    serving.run_production(settings, create_app)   # `lessons serve --production`

Modules: `request_context` (client address behind trusted proxies, request
ids), `json_logging` (JSON log lines), `caching` (fingerprinted static URLs,
ETags tied to the index version), `gunicorn_app` (the gunicorn configuration
built in code). Serving never imports the web app: the app hands it what it
needs, so the dependency points one way (web -> serving).

Rate limiting is left to the proxy in front (deploy/nginx-lessons.conf,
`limit_req`): it counts per client address across every worker process,
which an in-process limiter (Flask-Limiter's memory storage) cannot do
without a Redis or Memcached server this service does not otherwise need.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from search_app.settings import Settings
from search_app.web.serving import caching, request_context

__all__ = ["install", "run_production", "ServingConfigError", "WARM_UP_KEY"]

# app.extensions[WARM_UP_KEY]: what a new worker calls before its first request.
WARM_UP_KEY = "search_app.warm_up"


class ServingConfigError(ValueError):
    """A serving setting that cannot be used (said in words for the command line)."""


def install(app: Flask, settings: Settings, index_version: Callable[[], str]) -> None:
    """Add request ids, client addresses and caching headers to `app`.
    `index_version()` gives the serving index version (SearchError when it cannot)."""
    try:
        trusted = request_context.parse_networks(settings.trusted_proxies)
    except ValueError as exc:
        raise ServingConfigError(str(exc)) from exc
    request_context.install(app, trusted)
    caching.install(app, index_version)


def run_production(settings: Settings, app_factory: Callable[[Settings], Flask], **options) -> None:
    """Run the app `app_factory(settings)` under gunicorn until it is stopped (see gunicorn_app.run)."""
    from search_app.web.serving.gunicorn_app import run

    run(settings, app_factory, **options)
