"""Benchmarks: CPU time of one search beside the raw engine's, per query.

    python -m bench.search_cpu [--scale 100000] [--tries 5] [--cold] [--output FILE]

On the harness's cached Tantivy index of the scaled-up corpus, every query
of the benchmark's list is asked of the backend (`SearchBackend.search`,
every facet, counted on the calling thread) and of the raw engine
(bench.indexes.RawTantivy: top 20, documents, count, facet aggregations),
alternately, `--tries` times each; a query's figure is the least CPU time
of the calling thread over its tries. A third column, `raw_same_matches`,
is the raw engine doing the same work on the app's own compiled query
(compiled untimed): it matches the lessons the app's search matches (tags
as well as words, many more than the words alone), so the ratio to it is
what the app adds over tantivy answering the same search with plain terms
aggregations; the issue's targets are judged against the words-only raw
engine. On a machine shared with other work
the wall clock measures the other work as much as ours (bench/README.md);
the least CPU time of a thread is what the search itself costs, and what
bounds throughput when every core is busy. The table gives the mean, p50
and p95 over the queries and the ratios to the raw engine.

A query asked again finds its plan, its compiled tantivy query and its
lessons' decoded documents kept by the process; with `--cold` everything a
process keeps between searches (`_forget_kept`) is dropped before each try,
so each figure is what a query nobody asked before costs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from pathlib import Path

import tantivy

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.indexes import RawTantivy, tantivy_index
from bench.queries import query_list
from bench.scale import load_sources
from search_app.search.contract import SearchRequest
from search_app.search.tantivy.backend import TantivyBackend
from search_app.settings import Settings

DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results" / "search_cpu.json"


def _forget_kept(backend: TantivyBackend) -> None:
    """Drop what the process keeps between searches: the flow's plans, the
    serving generation's compiled queries, parsed filters and decoded
    lessons, the snippets' word table, the words of the texts shown and the
    snippets made."""
    from search_app.search import snippets

    backend._search_flow()._plan.cache_clear()
    generation = backend._serving()
    if generation is not None:
        generation.compiled.cache_clear()
        generation.parsed_filter.cache_clear()
        generation.documents = type(generation.documents)()
    snippets._WORD_HITS.clear()
    snippets._TEXT_WORDS.clear()
    snippets._SHOWN_ONCE.clear()
    snippets._SNIPPETS.clear()
    from search_app.search.semantic import query_vector

    query_vector.cache_clear()  # a new query's sentence vector (with --semantic)


def _vectors_for_first_matches(backend: TantivyBackend, meaning, texts: list[str]) -> None:
    """Make the vectors of the lessons each query re-ranks (its first `top`
    matches), untimed: the scaled index is built without lesson vectors
    (bench.indexes), and those are the only ones a search reads."""
    from search_app.search.semantic import lesson_text

    for text in texts:
        result = backend.search(SearchRequest(query=text, per_page=meaning.spec.top, facets=()))
        meaning.store.ensure([lesson_text(h.lesson) for h in result.hits[: meaning.spec.top]])


def _least_cpu_ms(call, tries: int, before=None) -> float:
    best = float("inf")
    for _ in range(tries):
        if before is not None:
            before()
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
    return best * 1000.0


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "mean": round(statistics.mean(ordered), 3),
        "p50": round(statistics.median(ordered), 3),
        "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
    }


def _compiled(backend: TantivyBackend, text: str):
    """The app's compiled query for `text` (its strict plan, as a first search runs it)."""
    from search_app.search.query import parse
    from search_app.search.tantivy import schema as ts

    generation = backend._serving()
    assert generation is not None, "the harness's index is built"
    plan = backend._search_flow().plan(parse(text))
    return tantivy.Query.all_query() if plan.is_empty else ts.compile_plan(plan.strict, generation.schema)


def measure(n: int, cache: Path, tries: int, cold: bool = False, semantic: bool = False) -> dict:
    settings = Settings.load()
    sources = load_sources(PROJECT_ROOT / "corpus", settings.taxonomy)
    root = tantivy_index(n, cache, sources, settings)
    texts = [q.text for q in query_list(sources.theme_phrases)]
    meaning = None
    if semantic:
        from search_app.search.semantic import reranker_for

        meaning = reranker_for(settings.replace(vectors=cache / "vectors.sqlite3"))
    backend = TantivyBackend(root, settings.taxonomy, parallel_facets=False, semantic=meaning)
    if meaning is not None:
        _vectors_for_first_matches(backend, meaning, texts)
    raw = RawTantivy(root)
    try:
        for text in texts:  # lazy loads, untimed
            backend.search(SearchRequest(query=text))
            raw.search_page(text)
        ours, reference, same = [], [], []
        for text in texts:
            forget = (lambda: _forget_kept(backend)) if cold else None
            compiled = _compiled(backend, text)
            ours.append(_least_cpu_ms(lambda: backend.search(SearchRequest(query=text)), tries, forget))
            reference.append(_least_cpu_ms(lambda: raw.search_page(text), tries))
            same.append(_least_cpu_ms(lambda: raw.search_parsed(compiled), tries))
    finally:
        backend.close()
    backend_ms, raw_ms, same_ms = _summary(ours), _summary(reference), _summary(same)
    return {
        "lessons": n,
        "queries": len(texts),
        "tries": tries,
        "cold": cold,
        "semantic": semantic,
        "backend_cpu_ms": backend_ms,
        "raw_engine_cpu_ms": raw_ms,
        "ratio": {k: round(backend_ms[k] / raw_ms[k], 2) for k in backend_ms},
        "raw_same_matches_cpu_ms": same_ms,
        "ratio_same_matches": {k: round(backend_ms[k] / same_ms[k], 2) for k in backend_ms},
        "per_query": [
            {"query": text, "backend_cpu_ms": round(o, 3), "raw_engine_cpu_ms": round(r, 3), "raw_same_ms": round(m, 3)}
            for text, o, r, m in zip(texts, ours, reference, same)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_cpu", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--tries", type=int, default=5)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--cold", action="store_true", help="drop what the process keeps before each try")
    parser.add_argument(
        "--semantic", action="store_true", help="with the meaning re-rank (the query's sentence vector) as the app runs"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if args.tries < 3:
        parser.error("--tries must be at least 3")
    with contextlib.redirect_stdout(sys.stderr):
        result = measure(args.scale, args.cache_dir, args.tries, args.cold, args.semantic)
    kept = "nothing kept between tries" if args.cold else "what the process keeps kept"
    print(f"{result['lessons']:,} lessons, {result['queries']} queries, least CPU of {result['tries']} tries ({kept})")
    for name in ("backend_cpu_ms", "raw_engine_cpu_ms", "ratio", "raw_same_matches_cpu_ms", "ratio_same_matches"):
        row = result[name]
        print(f"{name:23} mean {row['mean']:7.3f}  p50 {row['p50']:7.3f}  p95 {row['p95']:7.3f}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1))
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
