"""Benchmarks: built search indexes, cached per scale and engine, and the raw engine.

A Tantivy index (built through the project's backend, so it is exactly what
the app serves) and a SQLite FTS5 reference are built once per scale and
kept under the cache folder, keyed by the lessons' cache key and the index
schema version. `RawTantivy` opens the same index with the tantivy package
alone, for the raw-engine reference query.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import tantivy

from bench import fts5
from bench.queries import to_tantivy
from bench.scale import Sources, lessons_file, read_lessons
from search_app.search import open_backend
from search_app.search.analysis import ANALYZER_NAME, build_text_analyzer
from search_app.search.contract import FACETS
from search_app.search.tantivy import schema as ts

_MARKER = "bench-built.json"


def tantivy_index(n: int, cache: Path, sources: Sources, settings) -> Path:
    """The index folder (the backend's index root) holding the n-lesson scale."""
    root = cache / "indexes" / f"tantivy-{n}-{sources.key}-schema{ts.SCHEMA_VERSION}"
    marker = root / _MARKER
    if marker.is_file() and json.loads(marker.read_text())["count"] == n:
        return root
    shutil.rmtree(root, ignore_errors=True)
    # Built without lesson vectors: the full model would take an hour per
    # 100,000 lessons (bench.search_cpu --semantic makes those its queries read).
    backend = open_backend(settings.replace(backend="tantivy", index_dir=root, semantic=False))
    try:
        count = backend.rebuild(read_lessons(lessons_file(n, cache, sources)))
    finally:
        backend.close()
    marker.write_text(json.dumps({"count": count}))
    return root


def fts5_database(n: int, cache: Path, sources: Sources) -> Path:
    path = cache / "indexes" / f"fts5-{n}-{sources.key}.sqlite3"
    marker = path.with_suffix(".built")
    if marker.is_file() and path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fts5.build(path, read_lessons(lessons_file(n, cache, sources)))
    marker.write_text(str(n))
    return path


def elasticsearch_unreachable(settings) -> str:
    """Why no Elasticsearch (or OpenSearch) node answers at the settings'
    es_url with their credentials ('' when one does)."""
    from search_app.search.contract import SearchError
    from search_app.search.elastic.client import ConnectionOptions, EngineConnection

    connection = EngineConnection(ConnectionOptions.from_settings(settings))
    try:
        connection.call(lambda c: c.cluster.health(), "read the cluster health")
        return ""
    except SearchError as exc:
        return f"no Elasticsearch node usable at {settings.es_url} ({exc})"
    finally:
        connection.close()


class RawTantivy:
    """The serving index opened with the tantivy package alone (no project query code)."""

    TEXT_FIELDS = [name for name, _ in ts.TEXT_FIELDS]
    FACET_FIELDS = [f.field for f in FACETS]

    def __init__(self, index_root: Path):
        generation = (index_root / "CURRENT").read_text(encoding="utf-8").strip()
        self.index = tantivy.Index.open(str(index_root / generation))
        # The index's own analyzer must be registered to parse queries on its fields.
        self.index.register_tokenizer(ANALYZER_NAME, build_text_analyzer())
        self.aggregations = {f: {"terms": {"field": f, "size": 100}} for f in self.FACET_FIELDS}

    def search_page(self, query: str, per_page: int = 20) -> int:
        """Top hits with their stored documents, the count and every facet's counts."""
        return self.search_parsed(self.index.parse_query(to_tantivy(query), self.TEXT_FIELDS), per_page)

    def search_parsed(self, parsed: tantivy.Query, per_page: int = 20) -> int:
        """The same for a query already made (`search_page`'s, or the app's own
        compiled query, which matches the lessons the app's search matches)."""
        searcher = self.index.searcher()
        found = searcher.search(parsed, per_page, count=True)
        for _, address in found.hits:
            searcher.doc(address)
        searcher.aggregate(parsed, self.aggregations)
        return found.count
