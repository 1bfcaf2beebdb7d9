"""Benchmarks, web stage: server time of the search page and /api/search with every facet.

At each scale (10,000 and 100,000 lessons of the scaled-up corpus, see
bench/scale.py; the Tantivy index is the harness's cached one) the Flask app
serves the search page `/` and `/api/search` (every facet counted) through
the WSGI test client, no network: the time from the request to the last byte
of the body, which is the server's time (wall clock, and the process's CPU time beside it: on a
shared machine the CPU time is the steadier of the two). Four classes of request, reported
apart, p50 and p95 over the requests of a run, median, min and max over runs:

- landing: the search page with no query and no filter (every lesson matches);
- broad: common words of review writing (thousands of hits at 100,000);
- selective: taxonomy phrases, quoted phrases, -exclusions, OR;
- filtered: the broad queries with a theme, a review type and a year range.

The app keeps per index generation the results of the landing search and
the facet counts of recent searches (search_app/web/result_cache.py).
Every timed request except the landing page is made with those caches
emptied first, so the figures are those of a search nobody made before.

    python -m bench.web_bench [--scales 10000,100000] [--runs 3] [--output FILE] [--profile]

Targets at 100,000 lessons: /api/search p95 under 10 ms (broad queries
included); the HTML page p95 under 30 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.figures import percentile
from bench.indexes import tantivy_index
from bench.queries import BROAD, SELECTIVE, query_list
from bench.scale import load_sources
from search_app.settings import Settings

LANDING, FILTERED = "landing", "filtered"
CLASSES = (LANDING, BROAD, SELECTIVE, FILTERED)
ENDPOINTS = {"page": "/", "api": "/api/search"}
TARGETS_MS = {("api", 100_000): 10.0, ("page", 100_000): 30.0}
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results" / "web.json"


def _requests(client, queries) -> dict[str, list[dict]]:
    """The parameters of every request, by class (the filters are real facet values)."""
    landing = client.get("/api/search", query_string={"per_page": 1}).get_json()["facets"]
    theme = landing["theme"][0]["value"]
    review_type = landing["review_type"][0]["value"]
    years = sorted(int(c["value"]) for c in landing["year"])
    year_from = years[len(years) // 2]
    broad = [q.text for q in queries if q.kind == BROAD]
    return {
        LANDING: [{}] * 10,
        BROAD: [{"q": q} for q in broad],
        SELECTIVE: [{"q": q.text} for q in queries if q.kind == SELECTIVE],
        FILTERED: [{"q": q, "theme": theme, "review_type": review_type, "from": year_from} for q in broad],
    }


def _time_ms(client, url: str, clear) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one request, from the call to the body's last byte."""
    if clear is not None:
        clear()
    start, start_cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    body = response.get_data()
    elapsed, cpu = (time.perf_counter() - start) * 1000.0, (time.process_time() - start_cpu) * 1000.0
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {body[:300]!r}")
    return elapsed, cpu


def measure_scale(n: int, cache: Path, sources, settings: Settings, runs: int, profile: bool) -> dict:
    from search_app.web import create_app, services

    root = tantivy_index(n, cache, sources, settings)
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        app_settings = settings.replace(
            backend="tantivy", index_dir=root, data_dir=Path(tmp), catalog=Path(tmp) / "catalog.sqlite3"
        )
        app = create_app(app_settings)
        client = app.test_client()
        caches = app.extensions[services.EXTENSION_KEY]
        queries = query_list(sources.theme_phrases)
        requests = _requests(client, queries)
        urls = {
            (endpoint, cls): [path + ("?" + urlencode(p) if p else "") for p in params]
            for endpoint, path in ENDPOINTS.items()
            for cls, params in requests.items()
        }
        for url_list in urls.values():  # warm lazy loads and the OS page cache, untimed
            for url in url_list:
                _time_ms(client, url, None)
        samples: dict[tuple[str, str], list[list[float]]] = {key: [] for key in urls}
        cpu_samples: dict[tuple[str, str], list[list[float]]] = {key: [] for key in urls}
        for _ in range(runs):
            for (endpoint, cls), url_list in urls.items():
                clear = None if cls == LANDING else caches.results.forget_searches
                timings = [_time_ms(client, url, clear) for url in url_list]
                samples[(endpoint, cls)].append([wall for wall, _ in timings])
                cpu_samples[(endpoint, cls)].append([cpu for _, cpu in timings])
        if profile:
            _profile(client, urls[("page", BROAD)] + urls[("api", BROAD)], caches.results.forget_searches)
    out: dict = {"lessons": n, "figures": {}}
    for kind, table in (("", samples), ("cpu.", cpu_samples)):
        for (endpoint, cls), per_run in table.items():
            for pct in (50, 95):
                out["figures"][f"web.{kind}{endpoint}.p{pct}.{cls}.{n}"] = _summary(
                    [percentile(run, pct) for run in per_run], len(per_run[0])
                )
        for endpoint in ENDPOINTS:
            for pct in (50, 95):
                every_class = [
                    percentile([v for c in CLASSES for v in table[(endpoint, c)][r]], pct) for r in range(runs)
                ]
                out["figures"][f"web.{kind}{endpoint}.p{pct}.all.{n}"] = _summary(
                    every_class, sum(len(table[(endpoint, c)][0]) for c in CLASSES)
                )
    return out


def _summary(values: list[float], requests: int) -> dict:
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
        "requests": requests,
    }


def _profile(client, urls: list[str], clear) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        for url in urls:
            clear()
            client.get(url).get_data()
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(35)


def _table(results: list[dict]) -> str:
    lines = [f"{'figure':42} {'median ms':>10} {'min':>8} {'max':>8}  target"]
    for scale in results:
        for name, fig in scale["figures"].items():
            parts = name.split(".")
            if parts[1] == "cpu":
                parts = parts[1:]
            endpoint, pct, n = parts[1], parts[2], scale["lessons"]
            target = TARGETS_MS.get((endpoint, n)) if pct == "p95" else None
            verdict = ""
            if target is not None:
                verdict = f"< {target:g} {'ok' if fig['median'] < target else 'MISSED'}"
            lines.append(f"{name:42} {fig['median']:10.2f} {fig['min']:8.2f} {fig['max']:8.2f}  {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--scales", default="10000,100000", help="Comma-separated numbers of lessons.")
    parser.add_argument("--runs", type=int, default=3, help="Runs per figure (at least 3).")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--profile", action="store_true", help="Print a cProfile of broad requests.")
    args = parser.parse_args(argv)
    if args.runs < 3:
        parser.error("--runs must be at least 3")
    scales = tuple(int(s) for s in args.scales.split(",") if s.strip())
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    settings = Settings.load()
    sources = load_sources(PROJECT_ROOT / "corpus", settings.taxonomy)
    results = [measure_scale(n, args.cache_dir, sources, settings, args.runs, args.profile) for n in scales]
    print(_table(results))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "stage": "web",
                "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                # Other work on the machine slows the wall-clock figures, not the CPU ones.
                "load_average": [round(x, 2) for x in os.getloadavg()],
                "cpus": os.cpu_count(),
                "runs": args.runs,
                "targets_ms": {f"{e}.p95.{n}": t for (e, n), t in TARGETS_MS.items()},
                "scales": results,
            },
            indent=1,
        )
    )
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
