"""Benchmarks, search stage: latency of a full search page at each scale.

For every scale, on the same lessons and the same fixed query list:
/api/search through the Flask test client (no network) with every facet,
its result cache emptied before each request (and, apart, answered from
that cache);
the backend call alone (SearchBackend.search, every facet); the raw engine
(tantivy alone on the same index: top 20, documents, count, facet
aggregations); SQLite FTS5 with a GROUP BY per facet (Datasette-style).
p50 and p95 are taken over the queries of one run; each figure is the
median, min and max of that over runs. Broad queries (thousands of hits at
100k) are reported apart from selective ones.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench import fts5
from bench.config import BenchConfig
from bench.figures import (
    LOWER,
    REF_API_UNCACHED,
    REF_BACKEND,
    REF_FTS5,
    REF_RAW_ELASTICSEARCH,
    REF_RAW_ENGINE,
    Figure,
    Runs,
    StageResult,
    latencies_ms,
    not_measured,
    percentile,
)
from bench.indexes import RawTantivy, elasticsearch_unreachable, fts5_database, tantivy_index
from bench.queries import BROAD, CLASSES, Query, query_list, to_fts5
from bench.scale import sources_for
from search_app.search import open_backend
from search_app.search.analysis import token_runs
from search_app.search.contract import SearchRequest
from search_app.search.elastic.schema import SCHEMA_VERSION, token_field
from search_app.web.serving.gunicorn_app import freeze_loaded_objects

ALL = "all"
_API = "/api/search"


def _measure(
    methods: dict[str, Callable[[str], object]],
    queries: list[Query],
    runs: int,
    prepare: dict[str, Callable[[str], object]] | None = None,
) -> dict:
    """{method: [[ms per query] per run]}, methods interleaved within each run;
    `prepare[method]`, when given, is called untimed on every query just
    before that method's timed pass (e.g. to fill a cache the others empty)."""
    texts = [q.text for q in queries]
    prepare = prepare or {}
    for call in methods.values():  # warm caches and lazy loads, untimed
        for text in texts:
            call(text)
    # As a production worker does after its warm-up (serving.gunicorn_app.warm_up_worker).
    freeze_loaded_objects()
    out: dict[str, list[list[float]]] = {name: [] for name in methods}
    for _ in range(runs):
        for name, call in methods.items():
            if name in prepare:
                for text in texts:
                    prepare[name](text)
            out[name].append(latencies_ms(call, texts))
    return out


def _select(queries: list[Query], cls: str) -> list[int]:
    return [i for i, q in enumerate(queries) if cls == ALL or q.kind == cls]


def _runs(label: str, per_run: list[list[float]], idx: list[int], pct: float) -> Runs:
    return Runs(label, tuple(percentile([run[i] for i in idx], pct) for run in per_run))


def _api_caller(client, clear_cache: Callable[[], None] | None = None) -> Callable[[str], object]:
    """A /api/search request; with `clear_cache`, the app's result cache is emptied first,
    so the figure is what a query not seen before costs."""

    def call(text: str) -> object:
        if clear_cache is not None:
            clear_cache()
        response = client.get(_API, query_string={"q": text})
        if response.status_code != 200:
            raise RuntimeError(f"{_API}?q={text!r} answered {response.status_code}: {response.get_data(True)[:300]}")
        return response.get_json()["total"]

    return call


def _figures(
    result: StageResult, n: int, queries: list[Query], timings: dict, hits: list[int], engine: str = ""
) -> None:
    for cls in (ALL, *CLASSES):
        idx = _select(queries, cls)
        if not idx:
            continue
        params = {
            "lessons": n,
            "queries": len(idx),
            "median_hits": sorted(hits[i] for i in idx)[len(idx) // 2],
            "max_hits": max(hits[i] for i in idx),
        }
        for pct in (50, 95):
            refs_backend = [_runs(REF_RAW_ENGINE, timings["raw"], idx, pct)] if "raw" in timings else []
            if "fts5" in timings:
                refs_backend.append(_runs(REF_FTS5, timings["fts5"], idx, pct))
            if "raw_elasticsearch" in timings:
                refs_backend.append(_runs(REF_RAW_ELASTICSEARCH, timings["raw_elasticsearch"], idx, pct))
            if engine:
                result.add(
                    Figure(
                        f"search.backend_{engine}.p{pct}.{cls}.{n}",
                        f"{engine} backend call, p{pct}, {cls} queries, {n:,} lessons",
                        "ms",
                        LOWER,
                        _runs("ours", timings["backend"], idx, pct),
                        tuple(refs_backend),
                        params,
                    )
                )
                continue
            backend = _runs(REF_BACKEND, timings["backend"], idx, pct)
            result.add(
                Figure(
                    f"search.api.p{pct}.{cls}.{n}",
                    f"/api/search, every facet, p{pct}, {cls} queries, {n:,} lessons",
                    "ms",
                    LOWER,
                    _runs("ours", timings["api"], idx, pct),
                    (backend, *refs_backend),
                    params,
                )
            )
            result.add(
                Figure(
                    f"search.backend.p{pct}.{cls}.{n}",
                    f"backend call, every facet, p{pct}, {cls} queries, {n:,} lessons",
                    "ms",
                    LOWER,
                    Runs("ours", backend.values),
                    tuple(refs_backend),
                    params,
                )
            )


def _embedded(
    config: BenchConfig, settings, sources, queries: list[Query], n: int, result: StageResult, tmp: Path
) -> None:
    from search_app.web import create_app

    root = tantivy_index(n, config.cache, sources, settings)
    app_settings = settings.replace(backend="tantivy", index_dir=root, data_dir=tmp, catalog=tmp / "catalog.sqlite3")
    app = create_app(app_settings, {"TESTING": True})
    backend = open_backend(app_settings)
    raw = RawTantivy(root)
    app_services = app.extensions.get("search_app.services")
    clear = getattr(app_services, "clear_result_caches", None)
    methods: dict[str, Callable[[str], object]] = {
        "api": _api_caller(app.test_client(), clear),
        "backend": lambda text: backend.search(SearchRequest(query=text)),
        "raw": raw.search_page,
    }
    if n in config.embedded_only_scales:
        result.notes.append(f"{n:,} lessons: embedded engine only (no FTS5 reference)")
    else:
        db = fts5.connect(fts5_database(n, config.cache, sources))
        methods["fts5"] = lambda text: fts5.search_page(db, to_fts5(text))
    prepare = {}
    if clear is not None:
        # The uncached pass empties the cache before each request: fill it
        # again (untimed) so every timed request of this pass is a hit.
        methods["api_cached"] = prepare["api_cached"] = _api_caller(app.test_client())
    hits = [backend.search(SearchRequest(query=q.text)).total for q in queries]
    timings = _measure(methods, queries, config.runs, prepare)
    _figures(result, n, queries, timings, hits)
    if "api_cached" in timings:
        idx = _select(queries, ALL)
        for pct in (50, 95):
            result.add(
                Figure(
                    f"search.api_cached.p{pct}.{ALL}.{n}",
                    f"/api/search answered from the app's result cache (query seen before), p{pct}, {n:,} lessons",
                    "ms",
                    LOWER,
                    _runs("ours", timings["api_cached"], idx, pct),
                    (_runs(REF_API_UNCACHED, timings["api"], idx, pct),),
                    {"lessons": n, "queries": len(idx)},
                )
            )
    backend.close()


def _elasticsearch(config: BenchConfig, settings, sources, queries: list[Query], n: int, result: StageResult) -> None:
    from bench.scale import lessons_file, read_lessons

    es_settings = settings.replace(backend="elasticsearch", es_index=f"bench-lessons-{n}")
    backend = open_backend(es_settings)
    try:
        if backend.count() != n or not _current_schema(backend):
            backend.rebuild(read_lessons(lessons_file(n, config.cache, sources)))
        hits = [backend.search(SearchRequest(query=q.text)).total for q in queries]

        def raw(text: str):
            # The index holds analysed tokens (see search_app.search.elastic.schema).
            tokens = " ".join(token_runs(text))
            body = {"query": {"match": {token_field("text"): tokens}}, "size": 20, "track_total_hits": True}
            return backend.connection.call(lambda c: c.search(index=backend.alias, body=body), "raw search")

        timings = _measure(
            {"backend": lambda text: backend.search(SearchRequest(query=text)), "raw_elasticsearch": raw},
            queries,
            config.runs,
        )
        _figures(result, n, queries, timings, hits, engine="elasticsearch")
    finally:
        backend.close()


def _current_schema(backend) -> bool:
    """Whether the index kept from an earlier run has this version's mapping."""
    mappings = backend.connection.call(
        lambda c: c.indices.get_mapping(index=backend.alias), "read the mapping", missing={}
    )
    return all(
        m.get("mappings", {}).get("_meta", {}).get("schema_version") == SCHEMA_VERSION for m in mappings.values()
    )


def run(config: BenchConfig, settings) -> StageResult:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    result = StageResult("search")
    sources = sources_for(config)
    queries = query_list(sources.theme_phrases, quick=config.quick)
    es_reason = elasticsearch_unreachable(settings)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        for n in config.search_scales:
            _embedded(config, settings, sources, queries, n, result, Path(tmp))
            if n in config.embedded_only_scales:
                continue
            if es_reason:
                result.add(
                    not_measured(
                        f"search.backend_elasticsearch.p95.{ALL}.{n}",
                        f"elasticsearch backend call, p95, {n:,} lessons",
                        "ms",
                        LOWER,
                        es_reason,
                        lessons=n,
                    )
                )
            else:
                _elasticsearch(config, settings, sources, queries, n, result)
    result.notes.append("broad queries: " + ", ".join(q.text for q in queries if q.kind == BROAD))
    return result
