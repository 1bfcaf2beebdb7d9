"""Serving stage: the app under gunicorn, configured in code (`lessons serve --production`).

`gunicorn_options(settings)` is the configuration a gunicorn.conf.py would
hold: gthread workers (processes x threads), the app preloaded in the master
so the workers share its memory and its rate-limit buckets, bounded request
lines and headers, JSON access and error logs on standard output and error,
a graceful stop on SIGTERM (workers finish the requests they have, for up to
GRACEFUL_TIMEOUT seconds), and X-Forwarded-Proto believed only from the
trusted proxies. The search backend is opened in each worker after the
fork, never in the master.
"""

from __future__ import annotations

import gc
import os
from typing import Any

from gunicorn.app.base import BaseApplication

from search_app.web.serving.json_logging import JsonGunicornLogger, configure_app_logging
from search_app.web.serving.request_context import parse_networks
from search_app.settings import Settings

GRACEFUL_TIMEOUT = 30
WORKER_TIMEOUT = 60  # a worker silent this long is restarted
KEEPALIVE = 5
MAX_WORKERS = 12
# gunicorn's hard maximum: a longer request line (a very long search URL) is refused.
LIMIT_REQUEST_LINE = 8190


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
        "worker_class": "gthread",
        "preload_app": True,
        "timeout": WORKER_TIMEOUT,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": KEEPALIVE,
        "limit_request_line": LIMIT_REQUEST_LINE,
        "limit_request_fields": 100,
        "limit_request_field_size": 8190,
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
    """Open the search backend, read the taxonomy and run one search (which
    loads the lexicon and the analyzers) before the worker's first request;
    then freeze what is loaded out of the garbage collector's sight."""
    from search_app.search.contract import SearchError, SearchRequest
    from search_app.web import services

    app = worker.wsgi
    with app.app_context():
        try:
            services.backend().version()
            services.backend().search(SearchRequest(query="child", per_page=1, facets=()))
        except SearchError as exc:  # answered as 503s until the index can be used
            worker.log.warning("search index not usable yet: %s", exc)
        services.themes()
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

    def __init__(self, settings: Settings, options: dict[str, Any]):
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if value is not None and key in self.cfg.settings:
                self.cfg.set(key, value)

    def load(self):
        from search_app.web import create_app

        return create_app(self.settings)


def run(settings: Settings, workers: int | None = None, threads: int | None = None) -> None:
    """Serve until SIGTERM or SIGINT (graceful) or SIGQUIT (immediate)."""
    configure_app_logging()
    LessonsApplication(settings, gunicorn_options(settings, workers, threads)).run()
