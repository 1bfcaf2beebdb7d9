"""Benchmarks: where the time of one /api/search request goes, part by part.

    python -m bench.search_profile [--scale 100000] [--runs 3] [--output FILE]

On the harness's cached Tantivy index of the scaled-up corpus (bench/scale.py,
bench/indexes.py), every query of the benchmark's list (bench/queries.py) is
asked of `/api/search` (every facet, the app's result cache emptied before
each request; Flask test client, no network) while the parts of the request
are timed by wrapping the functions that do them (a wrapper costs well under
a microsecond; a part's time includes the parts called inside it):

- params: reading the URL into a SearchRequest;
- parse, plan: the query parsed, then planned with the lexicon (tags,
  synonyms, units) into the engine-neutral scoring tree;
- compile: that tree turned into tantivy queries;
- rank: the engine's top hits with the count of every match;
- draw: the page's stored documents read and decoded, snippets made;
- facets: every facet counted (engine aggregations and reading the buckets);
  with counting threads, `facets (wait)` is the time the request waited for them;
- counts, doc freqs: the extra engine counts the search flow asks for
  (fallback, related lessons, feedback, suggestions);
- feedback: the words of the first hits weighed for re-ranking;
- suggest: "Did you mean" suggestions;
- present: hits and facets turned into JSON-ready dicts;
- json: the response body serialised;
- search (whole): the backend call, including the parts above it holds.

Beside them, the raw engine on the same index and queries (bench.indexes.RawTantivy)
is timed in the same run, and the CPU per request of the same queries asked
again of the API (`request again CPU`: answered from the app's caches), and
of the search page, new (`page CPU`) and again (`page again CPU`). Each figure is the median over runs of the mean
per request (wall clock; `request CPU` and `raw engine CPU` are the process's
CPU time, every thread, per request: steadier on a shared machine, and what
bounds throughput); the JSON has the per-run values.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.indexes import RawTantivy, tantivy_index
from bench.queries import query_list
from bench.scale import load_sources
from search_app.settings import Settings

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results" / "search_profile.json"


class Timer:
    """Time spent per part, summed over the requests of one run (main thread
    and counting threads apart: a part on another thread overlaps the request)."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self._depth = threading.local()

    def wrap(self, owner, attribute: str, part: str, outermost: bool = True) -> None:
        original = getattr(owner, attribute)
        timer = self

        def timed(*args, **kwargs):
            depth = getattr(timer._depth, part, 0)
            if outermost and depth:
                return original(*args, **kwargs)
            setattr(timer._depth, part, depth + 1)
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                name = part if threading.current_thread() is threading.main_thread() else f"{part} (thread)"
                timer.totals[name] += time.perf_counter() - start
                setattr(timer._depth, part, depth)

        setattr(owner, attribute, timed)


def _instrument(timer: Timer) -> None:
    from search_app.search import flow, present, suggest
    from search_app.search.tantivy import backend, facets
    from search_app.search.tantivy import schema as ts
    from search_app.web import api, params, services

    timer.wrap(api, "parse_search_args", "params")
    timer.wrap(backend, "parse", "parse")
    timer.wrap(flow.SearchFlow, "plan", "plan")
    timer.wrap(ts, "compile_plan", "compile")
    timer.wrap(backend, "rank_page", "rank")
    timer.wrap(backend, "draw_hits", "draw")
    timer.wrap(facets, "count_group", "facets")
    timer.wrap(facets.FacetCounting, "result", "facets (wait)")
    timer.wrap(flow, "feedback_weights", "feedback")
    timer.wrap(suggest.Suggester, "suggest", "suggest")
    timer.wrap(api, "result_json", "present")
    timer.wrap(present, "hit_json", "present", outermost=True)
    timer.wrap(api, "json_body", "json")
    timer.wrap(services.Services, "search", "search (whole)")

    # The flow's extra engine counts are closures made per search: time them
    # through the wrappers the flow puts around them.
    def timed_factory(name: str, part: str):
        make = getattr(flow, name)

        def factory(inner):
            timed_inner = _timed_callable(timer, inner, part)
            return make(timed_inner)

        setattr(flow, name, factory)

    timed_factory("_counted_once", "counts")
    timed_factory("_doc_freqs_once", "doc freqs")
    del params


def _timed_callable(timer: Timer, call, part: str):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            timer.totals[part] += time.perf_counter() - start

    return timed


def measure(n: int, cache: Path, runs: int) -> dict:
    from search_app.web import create_app, services
    from search_app.web.serving.gunicorn_app import freeze_loaded_objects

    settings = Settings.load()
    sources = load_sources(PROJECT_ROOT / "corpus", settings.taxonomy)
    root = tantivy_index(n, cache, sources, settings)
    texts = [q.text for q in query_list(sources.theme_phrases)]
    raw = RawTantivy(root)
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        app_settings = settings.replace(
            backend="tantivy", index_dir=root, data_dir=Path(tmp), catalog=Path(tmp) / "catalog.sqlite3"
        )
        app = create_app(app_settings, {"TESTING": True})
        client = app.test_client()
        caches = app.extensions[services.EXTENSION_KEY]
        timer = Timer()

        def request(text: str) -> None:
            caches.clear_result_caches()
            response = client.get("/api/search", query_string={"q": text})
            if response.status_code != 200:
                raise RuntimeError(f"/api/search?q={text!r} answered {response.status_code}")
            response.get_data()

        for text in texts:  # warm lazy loads, uninstrumented
            request(text)
            raw.search_page(text)
        # As a production worker does after its warm-up (serving.gunicorn_app.warm_up_worker).
        freeze_loaded_objects()
        _instrument(timer)
        per_run: list[dict[str, float]] = []
        for _ in range(runs):
            timer.totals.clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            for text in texts:
                request(text)
            whole, whole_cpu = time.perf_counter() - start, time.process_time() - start_cpu
            raw_start, raw_cpu = time.perf_counter(), time.process_time()
            for text in texts:
                raw.search_page(text)
            raw_whole, raw_cpu = time.perf_counter() - raw_start, time.process_time() - raw_cpu
            row = {part: seconds * 1000.0 / len(texts) for part, seconds in timer.totals.items()}
            row["request (whole)"] = whole * 1000.0 / len(texts)
            row["raw engine"] = raw_whole * 1000.0 / len(texts)
            # CPU time of the whole process (every thread): steadier than the
            # wall clock on a shared machine, and what bounds throughput.
            row["request CPU"] = whole_cpu * 1000.0 / len(texts)
            row["raw engine CPU"] = raw_cpu * 1000.0 / len(texts)
            # Beside the API: the search page (HTML), a new search and the
            # same search again, and the API's answer given again.
            for part, path, fresh in (
                ("page CPU", "/", True),
                ("page again CPU", "/", False),
                ("request again CPU", "/api/search", False),
            ):
                row[part] = _cpu_per_request(client, caches, path, texts, fresh)
            per_run.append(row)
    parts = sorted({p for row in per_run for p in row})
    return {
        "lessons": n,
        "queries": len(texts),
        "runs": runs,
        "ms_per_request": {p: round(statistics.median(row.get(p, 0.0) for row in per_run), 3) for p in parts},
        "per_run": per_run,
    }


def _cpu_per_request(client, caches, path: str, texts: list[str], fresh: bool) -> float:
    """CPU ms (every thread) per GET of `path` for each query: with the result
    cache emptied first (`fresh`), or after one untimed round (answered from
    the caches)."""
    if not fresh:
        for text in texts:
            client.get(path, query_string={"q": text}).get_data()
    start = time.process_time()
    for text in texts:
        if fresh:
            caches.clear_result_caches()
        response = client.get(path, query_string={"q": text})
        if response.status_code != 200:
            raise RuntimeError(f"{path}?q={text!r} answered {response.status_code}")
        response.get_data()
    return (time.process_time() - start) * 1000.0 / len(texts)


ORDER = (
    "request (whole)",
    "params",
    "search (whole)",
    "parse",
    "plan",
    "compile",
    "rank",
    "draw",
    "facets",
    "facets (thread)",
    "facets (wait)",
    "counts",
    "doc freqs",
    "feedback",
    "suggest",
    "present",
    "json",
    "raw engine",
    "request CPU",
    "raw engine CPU",
    "request again CPU",
    "page CPU",
    "page again CPU",
)


def _table(result: dict) -> str:
    ms = result["ms_per_request"]
    lines = [
        f"{result['lessons']:,} lessons, {result['queries']} queries, median of {result['runs']} runs",
        f"{'part':22} {'ms/request':>10}",
    ]
    for part in ORDER + tuple(p for p in ms if p not in ORDER):
        if part in ms:
            lines.append(f"{part:22} {ms[part]:10.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_profile", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if args.runs < 3:
        parser.error("--runs must be at least 3")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with contextlib.redirect_stdout(sys.stderr):
        result = measure(args.scale, args.cache_dir, args.runs)
    print(_table(result))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1))
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
