"""Benchmarks, indexing stage: lessons per second into each search backend.

Full rebuild: SearchBackend.rebuild of every lesson of a scale into a fresh
index (lessons already in memory, so only the engine's side is timed); the
pipeline always rebuilds, so there is no incremental figure. Side by side:
SQLite FTS5 building the same lessons. Elasticsearch is measured only when a
node answers at LESSONS_ES_URL.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench import fts5
from bench.config import BenchConfig
from bench.figures import (
    HIGHER,
    REF_FTS5_BUILD,
    Figure,
    Runs,
    StageResult,
    not_measured,
)
from bench.indexes import elasticsearch_unreachable
from bench.scale import lessons_file, read_lessons, sources_for
from search_app.search import open_backend


def _measure_engine(engine_settings, lessons, runs: int, fresh) -> list[float]:
    """Rebuild lessons/s per run, through the backend."""
    rebuild = []
    for run in range(runs):
        backend = open_backend(fresh(engine_settings, run))
        try:
            start = time.perf_counter()
            count = backend.rebuild(lessons)
            rebuild.append(count / (time.perf_counter() - start))
        finally:
            backend.close()
    return rebuild


def _measure_fts5(tmp: Path, lessons, runs: int) -> list[float]:
    rebuild = []
    for run in range(runs):
        path = tmp / f"fts5-{run}.sqlite3"
        start = time.perf_counter()
        count = fts5.build(path, lessons)
        rebuild.append(count / (time.perf_counter() - start))
        path.unlink()
    return rebuild


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
            params = {"lessons": n}
            ref_build = _measure_fts5(tmp, lessons, config.runs)
            engines = [("tantivy", fresh_tantivy, "")]
            engines.append(("elasticsearch", fresh_es, es_reason))
            for engine, fresh, reason in engines:
                if reason:
                    result.add(
                        not_measured(
                            f"indexing.rebuild.{engine}.{n}",
                            f"{engine} rebuild, {n:,} lessons",
                            "lessons/s",
                            HIGHER,
                            reason,
                            **params,
                        )
                    )
                    continue
                rebuild = _measure_engine(settings, lessons, config.runs, fresh)
                result.add(
                    Figure(
                        f"indexing.rebuild.{engine}.{n}",
                        f"{engine} full rebuild, {n:,} lessons",
                        "lessons/s",
                        HIGHER,
                        Runs("ours", tuple(rebuild)),
                        (Runs(REF_FTS5_BUILD, tuple(ref_build)),),
                        params,
                    )
                )
            del lessons
    return result
