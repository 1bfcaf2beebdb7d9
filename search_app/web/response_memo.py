"""Web stage: the body of a search answer (the /api/search JSON, the search
page's HTML), kept for the result it shows.

A search answered from the result cache (`search_app.web.result_cache`)
gives back the very SearchResult object it kept. Presenting that result's
hits and facets and serialising them cost several times the cache lookup
(at 100,000 lessons about 1.2 ms of the 1.6 ms a cached request took, see
bench/README.md), and drawing the search page from it several times more,
so the body made for a result is kept here, keyed by that object and by
everything else the body shows (the request echoed back, the notices, the
address the links name), and sent again while the result cache keeps giving
the same object. The API and the page keep their bodies apart.

An entry holds its result, and is used only when the result now served is
that very object, so a body is never sent for another result (a new search,
or a result cache emptied by an index switch, gives a new object).
"""

from __future__ import annotations

import threading
from collections.abc import Hashable

from cachetools import LRUCache

from search_app.search.contract import SearchResult

MAX_BODIES = 128


class ResponseMemo:
    """Bodies of recent answers, by (result object, what else the body shows)."""

    def __init__(self, size: int = MAX_BODIES) -> None:
        self._bodies: LRUCache = LRUCache(maxsize=size)
        self._lock = threading.Lock()

    def get(self, result: SearchResult, key: Hashable) -> bytes | None:
        with self._lock:
            entry = self._bodies.get((id(result), key))
        if entry is None or entry[0] is not result:
            return None
        return entry[1]

    def put(self, result: SearchResult, key: Hashable, body: bytes) -> None:
        with self._lock:
            self._bodies[(id(result), key)] = (result, body)

    def clear(self) -> None:
        with self._lock:
            self._bodies.clear()
