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


def run(quick: bool) -> dict:
    """Measure the figures; returns the stage's JSON (status, figures, notes, params)."""
    try:
        figures, notes, params = _measure(quick)
    except (RuntimeError, OSError) as exc:
        return {"status": "error", "reason": str(exc), "figures": []}
    return {"status": "ok", "figures": [f.to_json() for f in figures], "notes": notes, "params": params}


def _paths(queries) -> list[str]:
    paths = []
    for i, query in enumerate(queries):
        q = quote(query.text)
        paths.append(f"/api/search?q={q}" if i % 2 == 0 else f"/?q={q}")
    return paths


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
        paths = _paths(query_list(sources.theme_phrases, quick=quick))
        with ProductionServer(settings_env(settings)) as server:
            run_wrk(server.url(""), paths, connections=CONNECTIONS, seconds=2)  # warm-up, not counted
            search = run_wrk(server.url(""), paths, connections=CONNECTIONS, seconds=seconds)
            health = run_wrk(server.url(""), ["/healthz"], connections=CONNECTIONS, seconds=max(5, seconds // 4))
        from search_app.web.serving.gunicorn_app import default_workers

        workers, threads = default_workers(), settings.web_threads
    params = {"lessons": n, "seconds": seconds, "connections": CONNECTIONS, "paths": len(paths),
              "server": "lessons serve --production", "workers": workers, "threads": threads, "quick": quick}
    label = f"{n // 1000}k"

    def figure(key: str, text: str, unit: str, better: str, ours: float, ref: float) -> Figure:
        return Figure(f"load.search.{key}.{label}", f"{text}, {CONNECTIONS} clients, {n:,} lessons", unit, better,
                      Runs("ours", (ours,)), (Runs(REF_HEALTH, (ref,)),), params)

    figures = [
        figure("p95", "search page and API latency p95 under load", "ms", LOWER,
               search.latency_ms["p95"], health.latency_ms["p95"]),
        figure("p50", "search page and API latency p50 under load", "ms", LOWER,
               search.latency_ms["p50"], health.latency_ms["p50"]),
        figure("rps", "search requests a second", "req/s", HIGHER,
               search.requests_per_second, health.requests_per_second),
        figure("errors", "errors (socket errors and answers other than 200)", "count", LOWER,
               float(search.errors), float(health.errors)),
    ]
    notes = [f"search: {json.dumps(search.to_json())}", f"healthz: {json.dumps(health.to_json())}",
             f"target: zero errors: {'met' if search.errors == 0 else 'NOT met'}"]
    return figures, notes, params


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv[1:]), indent=2))
