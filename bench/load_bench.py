"""Benchmarks, serving stage: the production web server under 50 concurrent clients.

    from bench import load_bench
    result = load_bench.run(quick=False)   # {"status", "figures", "notes", "params"}
    python -m bench.load_bench [--quick]   # prints the result as JSON

`lessons serve --production` (gunicorn, 2 per core plus 1 workers, 4
threads each) serves the scaled-up index (bench/scale.py: 100,000 lessons;
--quick: 1,000) on 127.0.0.1; wrk (Debian package `wrk`, script
tests/load/search.lua) keeps 50 connections busy for 60 s (--quick: 10 s)
with the benchmark's query list (bench/queries.py), half as /api/search and
half as the search page. Figures:

- `load.search.p95.N` / `load.search.p50.N`: latency under that load, ms.
  Reference: the same load on /healthz (the server stack, no search).
- `load.search.rps.N`: requests a second. Same reference.
- `load.search.errors.N`: socket errors and answers other than 200 (target 0).
- `load.search_uncached.rps.N` (and `.p50`, `.errors`): the same load with
  varied queries nobody asked before: each query of the list and each pair
  of a broad word with a selective query (`varied_queries`), more distinct
  requests than the app's result and facet caches hold, asked in turn, so
  every request reaches the engine. Reference: the raw engine alone
  (bench.indexes.RawTantivy: top 20, documents, count, facet aggregations)
  answering the same queries in one process per core for `RAW_SECONDS`.

The load is sent to loopback only; wrk stops by itself after its duration.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.figures import HIGHER, LOWER, Figure, Runs

CONNECTIONS = 50
FULL = {"lessons": 100_000, "seconds": 60}
QUICK = {"lessons": 1_000, "seconds": 10}
REF_HEALTH = "the same load on /healthz (server stack, no search)"
REF_RAW = "raw tantivy query (top 20 + docs + count + facet aggregations), one process per core"
RAW_SECONDS = {"full": 20, "quick": 5}


def run(quick: bool) -> dict:
    """Measure the figures; returns the stage's JSON (status, figures, notes, params)."""
    try:
        figures, notes, params = _measure(quick)
    except (RuntimeError, OSError) as exc:
        return {"status": "error", "reason": str(exc), "figures": []}
    return {"status": "ok", "figures": [f.to_json() for f in figures], "notes": notes, "params": params}


def _paths(texts) -> list[str]:
    paths = []
    for i, text in enumerate(texts):
        q = quote(text)
        paths.append(f"/api/search?q={q}" if i % 2 == 0 else f"/?q={q}")
    return paths


def varied_queries(queries) -> list[str]:
    """The query list, then each broad word joined to each selective query:
    more distinct searches than the app's caches keep (see result_cache)."""
    from bench.queries import BROAD

    broad = [q.text for q in queries if q.kind == BROAD]
    selective = [q.text for q in queries if q.kind != BROAD]
    return [q.text for q in queries] + [f"{b} {s}" for s in selective for b in broad]


def _raw_worker(args) -> int:
    """Queries the raw engine answers in `seconds`, going round `texts`."""
    import time

    from bench.indexes import RawTantivy

    root, texts, seconds, start = args
    raw = RawTantivy(Path(root))
    done, i = 0, start
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        raw.search_page(texts[i % len(texts)])
        i += 1
        done += 1
    return done


def raw_engine_rps(root: Path, texts: list[str], seconds: float) -> float:
    """Queries a second of the raw engine in one process per core."""
    import multiprocessing
    import os

    processes = os.cpu_count() or 1
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        done = pool.map(
            _raw_worker, [(str(root), texts, seconds, k * len(texts) // processes) for k in range(processes)]
        )
    return sum(done) / seconds


def _measure(quick: bool) -> tuple[list[Figure], list[str], dict]:
    sys.path.insert(0, str(PROJECT_ROOT))
    from bench.indexes import tantivy_index
    from bench.queries import query_list
    from bench.scale import load_sources
    from search_app.settings import Settings
    from tests.load.server import ProductionServer, settings_env
    from tests.load.wrk_runner import run_wrk

    plan = QUICK if quick else FULL
    n, seconds = plan["lessons"], plan["seconds"]
    taxonomy = PROJECT_ROOT / "taxonomy.yaml"
    sources = load_sources(PROJECT_ROOT / "corpus", taxonomy)
    with tempfile.TemporaryDirectory(prefix="bench-load-") as scratch:
        base = Settings.load({"data_dir": scratch, "taxonomy": str(taxonomy)}, environ={})
        root = tantivy_index(n, DEFAULT_CACHE, sources, base)
        settings = base.replace(index_dir=root)
        queries = query_list(sources.theme_phrases, quick=quick)
        paths = _paths([q.text for q in queries])
        varied = varied_queries(queries)
        with ProductionServer(settings_env(settings)) as server:
            run_wrk(server.url(""), paths, connections=CONNECTIONS, seconds=2)  # warm-up, not counted
            search = run_wrk(server.url(""), paths, connections=CONNECTIONS, seconds=seconds)
            health = run_wrk(server.url(""), ["/healthz"], connections=CONNECTIONS, seconds=max(5, seconds // 4))
            uncached = run_wrk(server.url(""), _paths(varied), connections=CONNECTIONS, seconds=seconds)
        raw_rps = raw_engine_rps(root, varied, RAW_SECONDS["quick" if quick else "full"])
        from search_app.web.serving.gunicorn_app import default_workers

        workers, threads = default_workers(), settings.web_threads
    params = {
        "lessons": n,
        "seconds": seconds,
        "connections": CONNECTIONS,
        "paths": len(paths),
        "varied_paths": len(varied),
        "server": "lessons serve --production",
        "workers": workers,
        "threads": threads,
        "quick": quick,
    }
    label = f"{n // 1000}k"

    def figure(
        key: str, text: str, unit: str, better: str, ours: float, ref: float, ref_label: str = REF_HEALTH
    ) -> Figure:
        return Figure(
            f"load.{key}.{label}" if key.startswith("search_uncached") else f"load.search.{key}.{label}",
            f"{text}, {CONNECTIONS} clients, {n:,} lessons",
            unit,
            better,
            Runs("ours", (ours,)),
            (Runs(ref_label, (ref,)),),
            params,
        )

    figures = [
        figure(
            "p95",
            "search page and API latency p95 under load",
            "ms",
            LOWER,
            search.latency_ms["p95"],
            health.latency_ms["p95"],
        ),
        figure(
            "p50",
            "search page and API latency p50 under load",
            "ms",
            LOWER,
            search.latency_ms["p50"],
            health.latency_ms["p50"],
        ),
        figure(
            "rps", "search requests a second", "req/s", HIGHER, search.requests_per_second, health.requests_per_second
        ),
        figure(
            "errors",
            "errors (socket errors and answers other than 200)",
            "count",
            LOWER,
            float(search.errors),
            float(health.errors),
        ),
        figure(
            "search_uncached.rps",
            "varied uncached searches a second",
            "req/s",
            HIGHER,
            uncached.requests_per_second,
            raw_rps,
            REF_RAW,
        ),
        figure(
            "search_uncached.p50",
            "varied uncached searches, latency p50 under load",
            "ms",
            LOWER,
            uncached.latency_ms["p50"],
            health.latency_ms["p50"],
        ),
        figure(
            "search_uncached.errors",
            "varied uncached searches, errors",
            "count",
            LOWER,
            float(uncached.errors),
            float(health.errors),
        ),
    ]
    errors = search.errors + uncached.errors
    notes = [
        f"search: {json.dumps(search.to_json())}",
        f"healthz: {json.dumps(health.to_json())}",
        f"uncached: {json.dumps(uncached.to_json())}",
        f"raw engine: {raw_rps:.1f} queries/s",
        f"target: zero errors: {'met' if errors == 0 else 'NOT met'}",
    ]
    return figures, notes, params


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv[1:]), indent=2))
