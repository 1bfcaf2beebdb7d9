"""Web stage: the app's handles on the search engine, the catalog and the taxonomy.

The search backend is opened once per process and shared by every request
thread; the SQLite catalog is opened per request (a connection belongs to
one thread) and closed when the request ends. The taxonomy is read once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app, g

from search_app.catalog.store import Catalog, CatalogError
from search_app.search import open_backend
from search_app.search.contract import SearchBackend, SearchError, SearchRequest, SearchResult
from search_app.settings import Settings
from search_app.web.result_cache import ResultCache

log = logging.getLogger(__name__)

EXTENSION_KEY = "search_app.services"


class CatalogUnavailable(Exception):
    """The catalog file is missing or unusable; shown to the user as a 503."""


@dataclass(frozen=True)
class ThemeInfo:
    id: str
    group: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class GroupInfo:
    id: str
    label: str
    themes: tuple[ThemeInfo, ...]


class ThemeBook:
    """The taxonomy as the pages need it: labels, groups and their order."""

    def __init__(self, groups: tuple[GroupInfo, ...], error: str = "", agencies: dict[str, str] | None = None):
        self.groups = groups
        self.error = error
        self._agencies = dict(agencies or {})
        self._themes = {t.id: t for grp in groups for t in grp.themes}
        self._groups = {grp.id: grp for grp in groups}

    @classmethod
    def load(cls, path: Path) -> "ThemeBook":
        """Read the taxonomy; a missing or broken file gives an empty book and a reason."""
        try:
            from nlp.taxonomy import load_taxonomy

            taxonomy = load_taxonomy(path)
        except Exception as exc:  # the pages still work, with theme ids for labels
            log.warning("taxonomy %s could not be read: %s", path, exc)
            return cls((), error=f"The theme list could not be read ({exc}).")
        return cls(_groups_of(taxonomy), agencies={a.id: a.label for a in getattr(taxonomy, "agencies", ())})

    @property
    def themes(self) -> list[ThemeInfo]:
        return list(self._themes.values())

    def theme(self, theme_id: str) -> ThemeInfo:
        known = self._themes.get(theme_id)
        if known is not None:
            return known
        group = theme_id.split(".", 1)[0] if "." in theme_id else ""
        return ThemeInfo(theme_id, group, _humanise(theme_id.split(".")[-1]))

    def theme_label(self, theme_id: str) -> str:
        return self.theme(theme_id).label

    def group_label(self, group_id: str) -> str:
        known = self._groups.get(group_id)
        return known.label if known is not None else _humanise(group_id)

    def knows_theme(self, theme_id: str) -> bool:
        return theme_id in self._themes

    def agency_label(self, agency_id: str) -> str:
        """"Children's social care" for `childrens_social_care`: codes are for JSON only."""
        return self._agencies.get(agency_id) or _humanise(agency_id)

    def group_order(self) -> list[str]:
        return [grp.id for grp in self.groups]


def _humanise(identifier: str) -> str:
    text = identifier.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else identifier


def _groups_of(taxonomy) -> tuple[GroupInfo, ...]:
    """Turn a Taxonomy (groups and themes) into the book's groups, keeping file order."""
    raw_groups = taxonomy.groups
    if isinstance(raw_groups, dict):
        raw_groups = list(raw_groups.values())
    raw_themes = taxonomy.themes
    if isinstance(raw_themes, dict):
        raw_themes = list(raw_themes.values())
    by_group: dict[str, list[ThemeInfo]] = {}
    for theme in raw_themes:
        info = ThemeInfo(
            id=theme.id,
            group=theme.group,
            label=getattr(theme, "label", "") or _humanise(theme.id.split(".")[-1]),
            description=getattr(theme, "description", "") or "",
        )
        by_group.setdefault(info.group, []).append(info)
    groups: list[GroupInfo] = []
    seen: set[str] = set()
    for group in raw_groups:
        group_id = group if isinstance(group, str) else group.id
        label = _humanise(group_id) if isinstance(group, str) else (
            getattr(group, "label", "") or _humanise(group_id)
        )
        groups.append(GroupInfo(group_id, label, tuple(by_group.get(group_id, ()))))
        seen.add(group_id)
    for group_id, themes in by_group.items():
        if group_id not in seen:
            groups.append(GroupInfo(group_id, _humanise(group_id), tuple(themes)))
    return tuple(groups)


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
        if self._themes is None:
            self._themes = ThemeBook.load(self.settings.taxonomy)
        return self._themes

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
