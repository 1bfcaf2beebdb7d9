"""Serving stage: structured logs, one JSON object a line, each carrying the request id.

- `JsonFormatter` (python-json-logger's, with our field names) turns any
  log record into JSON: time, level, logger, message, the record's extra
  fields, request_id and client when logged inside a request, the
  exception's traceback when there is one.
- `configure_app_logging(level)` sends the app's own loggers to standard
  error through it.
- `JsonGunicornLogger` is gunicorn's logger class for production: its error
  log uses the same formatter, and its access log writes one JSON line per
  request (method, path, status, bytes, duration, client, request id, user
  agent). The query string is left out on purpose: searches can name
  children and families, which do not belong in a log file.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

from gunicorn.glogging import Logger as GunicornLogger
from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter

from search_app.web.serving.request_context import (
    ENVIRON_CLIENT_IP,
    ENVIRON_REQUEST_ID,
    client_ip,
    request_id,
)


class JsonFormatter(_LibraryJsonFormatter):
    """A log record as one line of JSON (python-json-logger), with the
    request's id and client added when it is logged inside a request."""

    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger", "exc_info": "exception"},
            json_ensure_ascii=False,
            json_default=str,
        )

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z"

    def add_fields(self, log_record: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]) -> None:
        super().add_fields(log_record, record, message_dict)
        log_record["level"] = record.levelname.lower()
        for key, value in (("request_id", request_id()), ("client", client_ip())):
            if value and not log_record.get(key):
                log_record[key] = value


def configure_app_logging(level: int = logging.INFO) -> None:
    """The app's loggers (search_app.*, ingest, nlp) write JSON lines to standard error."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_lessons_json", False):
            root.removeHandler(old)
    handler._lessons_json = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


class JsonGunicornLogger(GunicornLogger):
    """gunicorn's error and access logs as JSON lines."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for logger in (self.error_log, self.access_log):
            for handler in logger.handlers:
                handler.setFormatter(JsonFormatter())

    def access(self, resp, req, environ, request_time) -> None:
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.logconfig_dict or self.cfg.syslog):
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        extra = {
            "event": "access",
            "method": environ.get("REQUEST_METHOD", ""),
            "path": environ.get("PATH_INFO", ""),
            "status": int(status) if str(status).isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 2),
            "client": environ.get(ENVIRON_CLIENT_IP) or environ.get("REMOTE_ADDR", ""),
            "request_id": environ.get(ENVIRON_REQUEST_ID, ""),
            "user_agent": environ.get("HTTP_USER_AGENT", "")[:200],
        }
        try:
            self.access_log.info("%s %s %s", extra["method"], extra["path"], extra["status"], extra=extra)
        except Exception:  # a log line must never break a response
            self.error("access log line could not be written")
