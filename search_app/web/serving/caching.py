"""Serving stage: HTTP caching that a re-index or a release invalidates.

Static assets: `url_for('static', filename=...)` (and the `static_url`
template global) add `?v=<content hash>` to the URL; a request whose `v` is
the file's current hash is cached for a year as immutable, any other (an old
page asking for an old hash, or no hash at all) must revalidate. A changed
file gets a new URL, so browsers and proxies never keep a stale one.

Search responses (pages, exports, API): a weak ETag made from the index
version now serving (`SearchBackend.version()`, which changes on every
switch), the release (a fingerprint of the app's code and templates), and
the request (path, query string, host and scheme, since API responses carry
absolute URLs). `If-None-Match` with that tag gets a 304 before any search
runs. `Last-Modified` is when this process first saw the serving version;
`If-Modified-Since` alone is not honoured, because one-second dates cannot
tell apart two switches in the same second (RFC 9110 lets a server ignore it).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

from flask import Flask, Response, g, request

from search_app.search.contract import SearchError

STATIC_ENDPOINT = "static"
VERSION_PARAM = "v"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, no-cache"
# Routes whose answer depends only on the request, the index and the catalog
# (which changes only in a run that also switches the index).
CACHEABLE_ENDPOINTS = frozenset(
    {
        "search.index",
        "exports.search_csv",
        "exports.search_json",
        "exports.search_atom",
        "lessons.lesson",
        "lessons.review",
        "lessons.themes",
        "api.api_search",
        "api.api_facets",
        "api.api_lesson",
        "api.api_review",
        "api.api_themes",
        "api.api_openapi",
        "briefing.briefing",
    }
)
_RELEASE_SUFFIXES = {".py", ".html", ".css", ".js", ".xml", ".md", ".yaml", ".json", ".svg"}


class StaticFingerprints:
    """Content hashes of static files, recomputed when a file changes.

    Ours, not a library's: Flask's static route has no content-hashed URLs,
    and Flask-Static-Digest hashes by copying the files at build time (a
    build step and a second copy of static/); here the hash is taken when a
    file is first linked and again whenever its size or time changes."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).resolve()
        self._known: dict[str, tuple[tuple[int, int], str]] = {}
        self._lock = threading.Lock()

    def of(self, filename: str) -> str | None:
        """The file's hash (12 hex digits), or None for a file outside the folder, missing,
        or a name no file can have (a null byte)."""
        try:
            path = (self.folder / filename).resolve()
            if self.folder not in path.parents:
                return None
            st = path.stat()
        except (OSError, ValueError):
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        with self._lock:
            known = self._known.get(filename)
            if known and known[0] == stamp:
                return known[1]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        with self._lock:
            self._known[filename] = (stamp, digest)
        return digest


def release_fingerprint(package_root: Path) -> str:
    """A hash of the app's code, templates and static files (names, sizes, times)."""
    h = hashlib.sha256()
    for path in sorted(package_root.rglob("*")):
        if path.suffix in _RELEASE_SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(package_root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


class VersionClock:
    """When this process first saw each index version (for Last-Modified)."""

    def __init__(self) -> None:
        self.started = time.time()
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_seen(self, version: str) -> float:
        with self._lock:
            if version not in self._seen:
                if len(self._seen) > 64:
                    self._seen.clear()
                self._seen[version] = time.time()
            return max(self.started, self._seen[version])


def search_etag(version: str, release: str) -> str:
    """The (opaque part of the) weak ETag of the current request's answer at index `version`."""
    h = hashlib.sha256()
    for part in (release, version, request.scheme, request.host, request.path, request.query_string.decode("latin-1")):
        h.update(part.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def install(app: Flask, backend_version) -> None:
    """`backend_version()` returns the serving index version (SearchError when it cannot)."""
    assert app.static_folder is not None, "create_app gives the app its static folder"
    fingerprints = StaticFingerprints(app.static_folder)
    release = release_fingerprint(Path(app.root_path).parent)
    clock = VersionClock()

    @app.url_defaults
    def _fingerprint_static(endpoint: str, values: dict) -> None:
        if endpoint == STATIC_ENDPOINT and "filename" in values and VERSION_PARAM not in values:
            digest = fingerprints.of(values["filename"])
            if digest:
                values[VERSION_PARAM] = digest

    @app.template_global()
    def static_url(filename: str) -> str:
        """The fingerprinted URL of a static file (what url_for('static', ...) gives)."""
        from flask import url_for

        return url_for(STATIC_ENDPOINT, filename=filename)

    @app.before_request
    def _not_modified() -> Response | None:
        if request.method not in ("GET", "HEAD") or request.endpoint not in CACHEABLE_ENDPOINTS:
            return None
        try:
            version = backend_version()
        except SearchError:
            return None  # the route answers 503 itself
        if not version:
            return None
        g.etag = search_etag(version, release)
        g.last_modified = clock.first_seen(version)
        # Weak comparison (RFC 9110 13.1.2), as werkzeug parses the header.
        if request.if_none_match.contains_weak(g.etag):
            return Response(status=304)
        return None

    @app.after_request
    def _cache_headers(response: Response) -> Response:
        if request.endpoint == STATIC_ENDPOINT:
            asked = request.args.get(VERSION_PARAM)
            current = fingerprints.of(request.view_args.get("filename", "")) if request.view_args else None
            fresh = response.status_code in (200, 304) and asked is not None and asked == current
            response.headers["Cache-Control"] = IMMUTABLE if fresh else REVALIDATE
            if not fresh:
                response.expires = None
        elif "etag" in g and response.status_code in (200, 304):
            response.set_etag(g.etag, weak=True)
            response.last_modified = g.last_modified
            response.headers["Cache-Control"] = REVALIDATE
        return response
