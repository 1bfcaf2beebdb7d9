"""Serving stage: what the web app needs to run in production.

    serving.install(app, settings)      # called by create_app: request ids,
                                        # caching headers, rate limiting
    serving.run_production(settings)    # `lessons serve --production` (gunicorn)

Modules: `request_context` (client address behind trusted proxies, request
ids), `json_logging` (JSON log lines), `caching` (fingerprinted static URLs,
ETags tied to the index version), `rate_limit` (token buckets shared by the
worker processes), `gunicorn_app` (the gunicorn configuration built in code).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from flask import Flask, Response, g, request

from search_app.settings import Settings
from search_app.web.serving import caching, request_context
from search_app.web.serving.rate_limit import TokenBuckets, is_limited_path

__all__ = ["install", "run_production", "ServingConfigError"]


class ServingConfigError(ValueError):
    """A serving setting that cannot be used (said in words for the command line)."""


def install(app: Flask, settings: Settings) -> None:
    """Add request ids, client addresses, rate limiting and caching headers to `app`."""
    try:
        trusted = request_context.parse_networks(settings.trusted_proxies)
    except ValueError as exc:
        raise ServingConfigError(str(exc)) from exc
    request_context.install(app, trusted)
    if settings.rate_limit > 0:
        _install_rate_limit(app, _shared_buckets(settings))
    from search_app.web import services

    caching.install(app, lambda: app.extensions[services.EXTENSION_KEY].backend().version())


def _shared_buckets(settings: Settings) -> TokenBuckets:
    # Made before gunicorn forks its workers (the app is preloaded), so they share it.
    folder = Path(tempfile.mkdtemp(prefix="lessons-ratelimit-"))
    owner = os.getpid()
    atexit.register(lambda: os.getpid() == owner and shutil.rmtree(folder, ignore_errors=True))
    return TokenBuckets(folder / "buckets.sqlite3", settings.rate_limit, settings.rate_burst)


def _install_rate_limit(app: Flask, buckets: TokenBuckets) -> None:
    from search_app.web.errors import error_response

    @app.before_request
    def _limit_rate() -> Response | None:
        if not is_limited_path(request.path):
            return None
        decision = buckets.take(g.get("client_ip") or request.remote_addr or "")
        if decision.allowed:
            return None
        response = app.make_response(error_response(
            429, f"Too many requests from your address: try again in {decision.retry_after} "
                 f"seconds. (The limit is {buckets.capacity} requests at once, then "
                 f"{round(buckets.rate * 60)} a minute.)"))
        response.headers["Retry-After"] = str(decision.retry_after)
        return response


def run_production(settings: Settings, **options) -> None:
    """Run the app under gunicorn until it is stopped (see gunicorn_app.run)."""
    from search_app.web.serving.gunicorn_app import run

    run(settings, **options)
