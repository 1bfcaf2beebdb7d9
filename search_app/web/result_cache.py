"""Web stage: search results the app keeps per index generation.

Three things are worth keeping, and all are only valid for the index
generation they were computed on:

- the landing search (no query, no filter): every lesson matches, so its
  facet counts are the most expensive of all, and it is the page most
  often opened;
- the whole results of recent searches: the same request again (a reload,
  the page and its JSON twin, back and forward) is answered without the
  engine;
- the facet counts of recent searches: they do not depend on the page or
  the sort, so paging through results or re-sorting them asks the engine
  for the hits only.

The serving generation (`SearchBackend.version()`) is looked up at most
once per VERSION_CHECK_SECONDS, so a switch to a rebuilt index is seen
within that time, and before any whole result of a search is given again;
entries also expire after ENTRY_SECONDS.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Hashable

from cachetools import TTLCache

from search_app.search.contract import SearchBackend, SearchRequest, SearchResult

VERSION_CHECK_SECONDS = 1.0
ENTRY_SECONDS = 300.0
MAX_FACET_ENTRIES = 512
MAX_RESULT_ENTRIES = 256
MAX_LANDING_ENTRIES = 64


def _facet_key(request: SearchRequest) -> Hashable:
    """What facet counts depend on: the query, the filters and which facets.
    The values of one filter are a set (any of them will do)."""
    filters = tuple(sorted((name, tuple(sorted(set(values)))) for name, values in request.filters.items() if values))
    return (request.query, filters, request.year_from, request.year_to, tuple(request.facets), request.facet_size)


def _result_key(request: SearchRequest) -> Hashable:
    """What a whole result depends on: the facet key, the sort and the page."""
    return (_facet_key(request), request.sort, request.page, request.per_page)


def is_landing(request: SearchRequest) -> bool:
    return (
        not request.query.strip()
        and not any(request.filters.values())
        and request.year_from is None
        and request.year_to is None
    )


class ResultCache:
    """Landing results and facet counts, valid for one index generation.

    The tables are cachetools' TTL caches (least recently used first out,
    entries expire after ENTRY_SECONDS); one lock guards them, since
    cachetools' caches are not thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._version: str | None = None
        self._checked_at = float("-inf")
        self._landing: TTLCache = TTLCache(MAX_LANDING_ENTRIES, ENTRY_SECONDS, timer=clock)
        self._results: TTLCache = TTLCache(MAX_RESULT_ENTRIES, ENTRY_SECONDS, timer=clock)
        self._facets: TTLCache = TTLCache(MAX_FACET_ENTRIES, ENTRY_SECONDS, timer=clock)

    def clear(self) -> None:
        with self._lock:
            self._clear_tables()
            self._version = None
            self._checked_at = float("-inf")

    def _clear_tables(self) -> None:
        self._landing.clear()
        self._results.clear()
        self._facets.clear()

    def forget_searches(self) -> None:
        """Drop the results and facet counts of searches, keeping the landing results."""
        with self._lock:
            self._results.clear()
            self._facets.clear()

    def _check_version(self, backend: SearchBackend, now_or_later: bool = False) -> bool:
        """Forget everything when the serving generation changed; True when it
        did not. Asked at most once per VERSION_CHECK_SECONDS, or now."""
        now = self._clock()
        if not now_or_later and now - self._checked_at < VERSION_CHECK_SECONDS:
            return True
        version = backend.version()
        with self._lock:
            same = version == self._version
            if not same:
                self._clear_tables()
                self._version = version
            self._checked_at = now
        return same

    def _get(self, table: TTLCache, key: Hashable):
        with self._lock:
            return table.get(key)

    def _put(self, table: TTLCache, key: Hashable, value) -> None:
        with self._lock:
            table[key] = value

    def search(self, backend: SearchBackend, request: SearchRequest) -> SearchResult:
        """`backend.search(request)`, answered in part or whole from what is kept."""
        self._check_version(backend)
        key = _result_key(request)
        if is_landing(request):
            cached = self._get(self._landing, key)
            if cached is None:
                cached = backend.search(request)
                self._put(self._landing, key, cached)
            return cached
        cached = self._get(self._results, key)
        # A whole result is given again only from the generation now serving
        # (for the embedded engine that costs a stat of its pointer file), so
        # a search made right after a switch never shows the old matches.
        if cached is not None and self._check_version(backend, now_or_later=True):
            return cached
        result = self._search_counting_once(backend, request)
        self._put(self._results, key, result)
        return result

    def _search_counting_once(self, backend: SearchBackend, request: SearchRequest) -> SearchResult:
        """The engine's answer, with facet counts kept from an earlier page or sort."""
        if not request.facets:
            return backend.search(request)
        key = _facet_key(request)
        facets = self._get(self._facets, key)
        if facets is None:
            result = backend.search(request)
            self._put(self._facets, key, dict(result.facets))
            return result
        result = backend.search(dataclasses.replace(request, facets=()))
        return dataclasses.replace(result, facets={name: facets.get(name, ()) for name in request.facets})
