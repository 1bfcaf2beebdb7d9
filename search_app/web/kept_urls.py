"""Web stage: the URLs the templates build, kept per process.

A search page builds some forty URLs (`url_for`: the header's and footer's
links, the form, the exports, each found lesson's link); building one walks
werkzeug's routing map and encodes its arguments, about 10 µs each, and
nearly all of them are the same on every page. A URL depends only on its
endpoint, its arguments and the address the site is served under (the
request's script root; this app uses no subdomains or host matching), so
each is built once by Flask and kept by the app. A lesson's link back to its search
(`lesson_url`) is the lesson's URL kept plus the query string of the
search, encoded once per search. Static files (fingerprinted, and the
fingerprint follows the file), relative endpoints and the special
arguments (`_external`, `_anchor`, ...) are always built by Flask.
Both stores are least-recently-used caches (cachetools) behind one lock:
about 0.5 µs a look-up, against about 10 µs to build a URL.
"""

from __future__ import annotations

import threading

from cachetools import LRUCache
from flask import current_app, has_request_context, request, url_for

from search_app.web.serving.caching import STATIC_ENDPOINT

KEPT = 20_000  # URLs kept, and back queries kept (a few MB at most)
_EXTENSION_KEY = "search_app.kept_urls"
_LOCK = threading.Lock()


def _kept() -> tuple[LRUCache, LRUCache]:
    """The app's kept URLs and kept back queries."""
    extensions = current_app.extensions
    kept = extensions.get(_EXTENSION_KEY)
    if kept is None:
        kept = extensions.setdefault(_EXTENSION_KEY, (LRUCache(maxsize=KEPT), LRUCache(maxsize=KEPT)))
    return kept


def kept_url_for(endpoint: str, **values) -> str:
    """What `flask.url_for(endpoint, **values)` gives, built once per process."""
    if (
        endpoint == STATIC_ENDPOINT
        or endpoint.startswith(".")
        or any(name[:1] == "_" for name in values)
        or not has_request_context()
    ):
        return url_for(endpoint, **values)
    urls = _kept()[0]
    key = (request.script_root, endpoint, *sorted(values.items()))
    try:
        with _LOCK:  # a look-up reorders the cache
            found = urls.get(key)
    except TypeError:  # an argument that cannot be a key (a list)
        return url_for(endpoint, **values)
    if found is None:
        found = url_for(endpoint, **values)
        with _LOCK:
            urls[key] = found
    return found


def lesson_url(lesson_id: str, back: str | None) -> str:
    """`url_for('lessons.lesson', lesson_id=lesson_id, back=back)`: the
    lesson's path, then `back` (a search's query string) as the query."""
    path = kept_url_for("lessons.lesson", lesson_id=lesson_id)
    if back is None:
        return path
    if not has_request_context():
        return url_for("lessons.lesson", lesson_id=lesson_id, back=back)
    queries = _kept()[1]
    key = (request.script_root, back)
    with _LOCK:
        query = queries.get(key)
    if query is None:
        whole = url_for("lessons.lesson", lesson_id=lesson_id, back=back)
        if not whole.startswith(path):  # cannot happen with werkzeug's building; built whole then
            return whole
        query = whole[len(path) :]
        with _LOCK:
            queries[key] = query
    return path + query
