"""Search stage: derived, rebuildable indexes behind one SearchBackend contract.

`open_backend(settings)` returns the engine the settings choose; everything
outside this package speaks only the contract in `contract.py`.
"""

from __future__ import annotations

from search_app.search.contract import (
    FACETS,
    FACETS_BY_NAME,
    FacetCount,
    IndexedLesson,
    SearchBackend,
    SearchError,
    SearchHit,
    SearchRequest,
    SearchResult,
)
from search_app.settings import Settings

__all__ = [
    "FACETS",
    "FACETS_BY_NAME",
    "FacetCount",
    "IndexedLesson",
    "SearchBackend",
    "SearchError",
    "SearchHit",
    "SearchRequest",
    "SearchResult",
    "open_backend",
]


def open_backend(settings: Settings) -> SearchBackend:
    """The search engine the settings choose, opened on its serving index."""
    if settings.backend == "elasticsearch":
        from search_app.search.elastic.backend import ElasticBackend

        return ElasticBackend.from_settings(settings)
    from search_app.search.tantivy.backend import TantivyBackend

    return TantivyBackend.from_settings(settings)
