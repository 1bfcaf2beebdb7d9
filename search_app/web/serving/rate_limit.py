"""Serving stage: per-client rate limiting of the API and exports (token buckets).

Each client address has a bucket of `burst` tokens that refills at `rate`
tokens a minute; a request takes one token or is refused with 429, a
Retry-After header and the API's JSON error. The buckets live in a small
SQLite file, so every worker process of the web server shares them: with
four workers a client gets the configured rate, not four times it. Pages
for people, static files and /healthz are not limited (a proxy in front
limits connections if needed).
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LIMITED_PREFIXES = ("/api/", "/search.", "/briefing")
_PRUNE_EVERY = 1000


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int = 0  # whole seconds until a token is back (when refused)
    remaining: int = 0


class TokenBuckets:
    """Token buckets keyed by client, stored in one SQLite file shared by processes."""

    def __init__(self, path: Path, per_minute: int, burst: int):
        if per_minute <= 0:
            raise ValueError("rate_limit must be positive to limit anything")
        self.path = Path(path)
        self.rate = per_minute / 60.0  # tokens a second
        self.capacity = max(1, burst)
        self._local = threading.local()
        self._calls = 0
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS buckets "
                       "(client TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=OFF")  # losing buckets in a crash only forgives clients
        return db

    def _db(self) -> sqlite3.Connection:
        # One connection per thread and per process (a forked worker opens its own).
        owner = (os.getpid(), threading.get_ident())
        if getattr(self._local, "owner", None) != owner:
            self._local.db = self._connect()
            self._local.owner = owner
        return self._local.db

    def take(self, client: str, now: float | None = None) -> Decision:
        """Take one token from `client`'s bucket."""
        now = time.time() if now is None else now
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT tokens, updated FROM buckets WHERE client = ?", (client,)).fetchone()
            tokens = self.capacity if row is None else min(
                self.capacity, row[0] + max(0.0, now - row[1]) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            db.execute("INSERT INTO buckets (client, tokens, updated) VALUES (?, ?, ?) "
                       "ON CONFLICT(client) DO UPDATE SET tokens = excluded.tokens, "
                       "updated = excluded.updated", (client, tokens, now))
            self._calls += 1
            if self._calls % _PRUNE_EVERY == 0:
                # A bucket untouched long enough to be full again holds nothing worth keeping.
                db.execute("DELETE FROM buckets WHERE updated < ?", (now - self.capacity / self.rate,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if allowed:
            return Decision(True, remaining=int(tokens))
        return Decision(False, retry_after=max(1, math.ceil((1.0 - tokens) / self.rate)))


def is_limited_path(path: str) -> bool:
    return path.startswith(LIMITED_PREFIXES)
