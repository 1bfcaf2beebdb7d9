"""Web stage: the app's handles on the search engine, the catalog and the taxonomy.

The search backend is opened once per process and shared by every request
thread; the SQLite catalog is opened per request (a connection belongs to
one thread) and closed when the request ends. The taxonomy is read once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from flask import Flask, current_app, g, request, url_for

from search_app.catalog.store import Catalog, CatalogError
from search_app.search import open_backend
from search_app.search.contract import (
    SearchBackend,
    SearchError,
    SearchRequest,
    SearchResult,
    TaxonomyUnreadable,
)
from search_app.search.labels import ThemeBook
from search_app.search.present import Links
from search_app.settings import Settings
from search_app.web.result_cache import ResultCache

log = logging.getLogger(__name__)

EXTENSION_KEY = "search_app.services"


class CatalogUnavailable(Exception):
    """The catalog file is missing or unusable; shown to the user as a 503."""


class Services:
    """Per-process state of one app: settings, the shared backend, the taxonomy."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._backend: SearchBackend | None = None
        self._lock = threading.Lock()
        self._themes: ThemeBook | None = None
        self.results = ResultCache()

    def backend(self) -> SearchBackend:
        """The search engine, opened on first use; SearchError if it cannot be."""
        backend = self._backend
        if backend is not None:
            return backend
        with self._lock:
            if self._backend is None:
                try:
                    self._backend = open_backend(self.settings)
                except SearchError:
                    raise
                except Exception as exc:  # a missing index or engine reported its own way
                    log.warning("search backend could not be opened: %s", exc)
                    raise SearchError(f"The search index could not be opened: {exc}") from exc
            return self._backend

    def search(self, request: SearchRequest) -> SearchResult:
        """A search through the per-generation result cache (see result_cache)."""
        return self.results.search(self.backend(), request)

    def clear_result_caches(self) -> None:
        self.results.clear()

    def themes(self) -> ThemeBook:
        """The taxonomy's labels; TaxonomyUnreadable (a 503) when it cannot be read,
        rather than pages that quietly show no themes."""
        if self._themes is None:
            from nlp.taxonomy import TaxonomyError

            try:
                self._themes = ThemeBook.load(self.settings.taxonomy)
            except (OSError, TaxonomyError) as exc:
                raise TaxonomyUnreadable(f"the theme list could not be read: {exc}") from exc
        return self._themes

    def warm_up(self) -> None:
        """Open the backend, read the taxonomy and run one search (which loads
        the lexicon and the analyzers) now, not on the first request."""
        self.themes()
        backend = self.backend()
        backend.version()
        backend.search(SearchRequest(query="child", per_page=1, facets=()))

    def close(self) -> None:
        with self._lock:
            if self._backend is not None:
                self._backend.close()
                self._backend = None


def install(app: Flask, settings: Settings) -> Services:
    services = Services(settings)
    app.extensions[EXTENSION_KEY] = services
    app.teardown_appcontext(_close_catalog)
    return services


def services() -> Services:
    return current_app.extensions[EXTENSION_KEY]


def backend() -> SearchBackend:
    return services().backend()


def search(request: SearchRequest) -> SearchResult:
    return services().search(request)


def themes() -> ThemeBook:
    return services().themes()


def links(external: bool = True) -> Links:
    """Addresses on this site: full URLs from the configured public address
    (`public_url`), never from the request's Host header, which a client
    chooses and a cache would then hand to everyone; or paths."""
    return Links(services().settings.base_url + request.script_root if external else request.script_root)


def public_url_for(endpoint: str, **values: Any) -> str:
    """An absolute URL of an endpoint, built from the configured public address."""
    return services().settings.base_url + url_for(endpoint, **values)


def unpaged_reviews() -> frozenset[str]:
    """The reviews without pages (cited by section), read once per request.
    An index served without its catalog has none: its lessons are cited by page."""
    if "unpaged_reviews" not in g:
        from search_app.web.lookup import unpaged_review_ids

        try:
            g.unpaged_reviews = unpaged_review_ids(catalog())
        except CatalogUnavailable:
            g.unpaged_reviews = frozenset()
    return g.unpaged_reviews


def catalog() -> Catalog:
    """The catalog for this request, opened on first use and closed at the end."""
    if "catalog" not in g:
        path = services().settings.catalog
        if not Path(path).is_file():
            raise CatalogUnavailable("No reviews have been added yet: the catalog does not exist.")
        try:
            g.catalog = Catalog(path, read_only=True)
        except CatalogError as exc:
            raise CatalogUnavailable(str(exc)) from exc
    return g.catalog


def _close_catalog(_exc: BaseException | None = None) -> None:
    opened = g.pop("catalog", None)
    if opened is not None:
        opened.close()
