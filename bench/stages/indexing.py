"""Benchmarks, indexing stage: lessons per second into each search backend.

Full rebuild: SearchBackend.rebuild of every lesson of a scale into a fresh
index (lessons already in memory, so only the engine's side is timed).
Incremental: one index_lessons call adding a batch of new lessons to the
built index. Side by side: SQLite FTS5 building the same lessons, and
inserting the same batch in one transaction. Elasticsearch is measured only
when a node answers at LESSONS_ES_URL.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from pathlib import Path

from bench import fts5
from bench.config import BenchConfig
from bench.figures import (
    HIGHER, REF_FTS5_BUILD, REF_FTS5_INSERT, Figure, Runs, StageResult, not_measured,
)
from bench.indexes import elasticsearch_unreachable
from bench.scale import lessons_file, read_lessons, sources_for
from search_app.search import open_backend


def _batch(lessons, size: int, tag: str):
    """`size` lessons that are new to the index (fresh ids and review ids)."""
    return [
        dataclasses.replace(l, id=f"{l.id}-{tag}", review_id=f"{l.review_id}-{tag}")
        for l in lessons[:size]
    ]


def _measure_engine(engine_settings, lessons, batch_size: int, runs: int, fresh) -> tuple[list, list]:
    """(rebuild lessons/s per run, incremental lessons/s per run) through the backend."""
    rebuild, incremental = [], []
    backend = None
    for run in range(runs):
        if backend is not None:
            backend.close()
        backend = open_backend(fresh(engine_settings, run))
        start = time.perf_counter()
        count = backend.rebuild(lessons)
        rebuild.append(count / (time.perf_counter() - start))
        batch = _batch(lessons, batch_size, f"inc{run}")
        start = time.perf_counter()
        added = backend.index_lessons(batch)
        incremental.append(added / (time.perf_counter() - start))
    if backend is not None:
        backend.close()
    return rebuild, incremental


def _measure_fts5(tmp: Path, lessons, batch_size: int, runs: int) -> tuple[list, list]:
    rebuild, incremental = [], []
    for run in range(runs):
        path = tmp / f"fts5-{run}.sqlite3"
        start = time.perf_counter()
        count = fts5.build(path, lessons)
        rebuild.append(count / (time.perf_counter() - start))
        db = fts5.connect(path)
        batch = _batch(lessons, batch_size, f"inc{run}")
        start = time.perf_counter()
        added = fts5.add(db, batch)
        incremental.append(added / (time.perf_counter() - start))
        db.close()
        path.unlink()
    return rebuild, incremental


def run(config: BenchConfig, settings) -> StageResult:
    result = StageResult("indexing")
    sources = sources_for(config)
    es_reason = elasticsearch_unreachable(settings)
    with tempfile.TemporaryDirectory(prefix="bench-indexing-") as tmp_name:
        tmp = Path(tmp_name)

        def fresh_tantivy(s, run):
            folder = tmp / f"tantivy-{run}"
            shutil.rmtree(tmp / f"tantivy-{run - 1}", ignore_errors=True)
            return s.replace(backend="tantivy", index_dir=folder)

        def fresh_es(s, run):
            return s.replace(backend="elasticsearch", es_index=f"bench-indexing-{n}")

        for n in config.index_scales:
            lessons = list(read_lessons(lessons_file(n, config.cache, sources)))
            batch_size = min(1_000, max(10, n // 10))
            params = {"lessons": n, "incremental_batch": batch_size}
            ref_build, ref_insert = _measure_fts5(tmp, lessons, batch_size, config.runs)
            engines = [("tantivy", fresh_tantivy, "")]
            engines.append(("elasticsearch", fresh_es, es_reason))
            for engine, fresh, reason in engines:
                if reason:
                    for mode in ("rebuild", "incremental"):
                        result.add(not_measured(
                            f"indexing.{mode}.{engine}.{n}", f"{engine} {mode}, {n:,} lessons",
                            "lessons/s", HIGHER, reason, **params))
                    continue
                rebuild, incremental = _measure_engine(settings, lessons, batch_size, config.runs, fresh)
                result.add(Figure(
                    f"indexing.rebuild.{engine}.{n}", f"{engine} full rebuild, {n:,} lessons",
                    "lessons/s", HIGHER, Runs("ours", tuple(rebuild)),
                    (Runs(REF_FTS5_BUILD, tuple(ref_build)),), params))
                result.add(Figure(
                    f"indexing.incremental.{engine}.{n}",
                    f"{engine} incremental, {batch_size:,} new lessons into {n:,}",
                    "lessons/s", HIGHER, Runs("ours", tuple(incremental)),
                    (Runs(REF_FTS5_INSERT, tuple(ref_insert)),), params))
            del lessons
    return result
