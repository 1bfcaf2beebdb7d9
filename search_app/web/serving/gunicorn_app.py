"""Serving stage: the app under gunicorn, configured in code (`lessons serve --production`).

`gunicorn_options(settings)` is the configuration a gunicorn.conf.py would
hold: gthread workers (processes x threads), the app preloaded in the master
so the workers share its memory and its rate-limit buckets, bounded request
lines and headers, JSON access and error logs on standard output and error,
a graceful stop on SIGTERM (workers finish the requests they have, for up to
GRACEFUL_TIMEOUT seconds), and X-Forwarded-Proto believed only from the
trusted proxies. The search backend is opened in each worker after the
fork, never in the master.

A request line longer than LIMIT_REQUEST_LINE (8190 bytes, gunicorn's
maximum; nginx in deploy/ allows the same) or a header over its limit is
refused by gunicorn before the app sees it, as is a request line or header
it cannot parse; `JsonErrorWorker` answers those in the API's documented form, {"error": {"status": 414, "message": ...}},
with the security headers, instead of gunicorn's HTML page.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable
from typing import Any

from gunicorn import util
from gunicorn.app.base import BaseApplication
from gunicorn.http.errors import (
    InvalidHeader,
    InvalidHeaderName,
    InvalidHTTPVersion,
    InvalidRequestLine,
    InvalidRequestMethod,
    InvalidResponseHeader,
    InvalidResponseHeaderName,
    LimitRequestHeaders,
    LimitRequestLine,
)
from gunicorn.workers.gthread import ThreadWorker

from search_app.settings import Settings
from search_app.web.serving.json_logging import JsonGunicornLogger, configure_app_logging
from search_app.web.serving.request_context import parse_networks

GRACEFUL_TIMEOUT = 30
WORKER_TIMEOUT = 60  # a worker silent this long is restarted
KEEPALIVE = 5
MAX_WORKERS = 12
# gunicorn's hard maximum (0 would mean no limit at all): a longer request line
# (a very long search URL) is refused with a JSON 414.
LIMIT_REQUEST_LINE = 8190
LIMIT_REQUEST_FIELD_SIZE = 8190

_REFUSALS = {
    LimitRequestLine: (
        414,
        "URI Too Long",
        f"The address is longer than this service accepts ({LIMIT_REQUEST_LINE} characters). "
        "Use fewer words or filters, or ask for the results as a download.",
    ),
    LimitRequestHeaders: (
        431,
        "Request Header Fields Too Large",
        "The request's headers are larger than this service accepts.",
    ),
    (InvalidRequestLine, InvalidRequestMethod, InvalidHTTPVersion, InvalidHeader, InvalidHeaderName): (
        400,
        "Bad Request",
        "The request could not be understood. Check the address and try again.",
    ),
}
_APP_FAULTS = (InvalidResponseHeader, InvalidResponseHeaderName)  # gunicorn answers these 500


class JsonErrorWorker(ThreadWorker):
    """gthread worker whose refusals of over-long requests are JSON errors with the security headers."""

    def handle_error(self, req, client, addr, exc):
        for kind, (status, reason, message) in _REFUSALS.items():  # noqa: B007 (read after the break)
            if isinstance(exc, kind) and not isinstance(exc, _APP_FAULTS):
                break
        else:
            return super().handle_error(req, client, addr, exc)
        from search_app.web.security import ALL_HEADERS

        self.log.warning("refused a request from %s: %s", (addr or ("",))[0], exc)
        body = json.dumps({"error": {"status": status, "message": message}}).encode("utf-8")
        head = [
            f"HTTP/1.1 {status} {reason}",
            "Connection: close",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
            *(f"{k}: {v}" for k, v in ALL_HEADERS.items()),
        ]
        try:
            util.write_nonblock(client, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        except OSError:
            self.log.debug("could not send the refusal")


def default_workers(cores: int | None = None) -> int:
    """2 per core plus 1 (gunicorn's rule for mixed CPU and I/O work), at most MAX_WORKERS."""
    cores = cores or os.cpu_count() or 1
    return min(MAX_WORKERS, 2 * cores + 1)


def gunicorn_options(settings: Settings, workers: int | None = None, threads: int | None = None) -> dict[str, Any]:
    networks = parse_networks(settings.trusted_proxies)
    shm = "/dev/shm"
    return {
        "bind": [f"[{settings.host}]:{settings.port}" if ":" in settings.host else f"{settings.host}:{settings.port}"],
        "workers": workers or settings.web_workers or default_workers(),
        "threads": max(1, threads or settings.web_threads),
        "worker_class": JsonErrorWorker,
        "preload_app": True,
        "timeout": WORKER_TIMEOUT,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": KEEPALIVE,
        "limit_request_line": LIMIT_REQUEST_LINE,
        "limit_request_fields": 100,
        "limit_request_field_size": LIMIT_REQUEST_FIELD_SIZE,
        "forwarded_allow_ips": ",".join(str(n) for n in networks),
        "proxy_allow_ips": "",
        "logger_class": JsonGunicornLogger,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "info",
        "worker_tmp_dir": shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None,
        "proc_name": "lessons-web",
        # No control socket: one fixed path per user would clash between servers.
        "control_socket_disable": True,
        "post_worker_init": warm_up_worker,
    }


def warm_up_worker(worker) -> None:
    """Run the app's warm-up (open the search backend, read the taxonomy, run
    one search, which loads the lexicon and the analyzers) before the
    worker's first request; then freeze what is loaded out of the garbage
    collector's sight."""
    from search_app.search.contract import SearchError
    from search_app.web.serving import WARM_UP_KEY

    app = worker.wsgi
    warm_up = app.extensions.get(WARM_UP_KEY)
    if warm_up is None:
        return
    with app.app_context():
        try:
            warm_up()
        except SearchError as exc:  # answered as 503s until the index can be used
            worker.log.warning("search not usable yet: %s", exc)
    freeze_loaded_objects()


def freeze_loaded_objects() -> None:
    """Move every object alive now (the app, the lexicon, the taxonomy, the
    analyzers: a quarter of a million of them once a search has run) to the
    garbage collector's permanent generation. They live as long as the
    process; without this each full collection walks them all again, about
    150 ms of CPU every hundred or so searches at 100,000 lessons, during
    which the worker's threads wait (bench/README.md)."""
    gc.collect()
    gc.freeze()


class LessonsApplication(BaseApplication):
    """gunicorn running the Flask app built from one Settings object."""

    def __init__(self, settings: Settings, app_factory: Callable[[Settings], Any], options: dict[str, Any]):
        self.settings = settings
        self.app_factory = app_factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if value is not None and key in self.cfg.settings:
                self.cfg.set(key, value)

    def load(self):
        return self.app_factory(self.settings)


def run(
    settings: Settings, app_factory: Callable[[Settings], Any], workers: int | None = None, threads: int | None = None
) -> None:
    """Serve until SIGTERM or SIGINT (graceful) or SIGQUIT (immediate)."""
    configure_app_logging()
    LessonsApplication(settings, app_factory, gunicorn_options(settings, workers, threads)).run()
