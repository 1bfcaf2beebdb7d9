"""Benchmarks, preparation (not a measured stage): make the cached scales and indexes.

Run before the search stage in its own process, so that generating lessons
and building the cached indexes does not count in the search stage's time
or memory peak.
"""

from __future__ import annotations

from pathlib import Path

from bench.config import BenchConfig
from bench.figures import StageResult
from bench.indexes import fts5_database, tantivy_index
from bench.scale import lessons_file, load_sources


def run(config: BenchConfig, settings) -> StageResult:
    result = StageResult("prepare")
    sources = load_sources(Path(config.corpus_dir), Path(config.taxonomy))
    lessons_file(1_000 if config.tagging_texts <= 1_000 else 10_000, config.cache, sources)
    for n in sorted(set(config.search_scales) | set(config.index_scales)):
        lessons_file(n, config.cache, sources)
        if n in config.search_scales:
            tantivy_index(n, config.cache, sources, settings)
            if n not in config.embedded_only_scales:
                fts5_database(n, config.cache, sources)
        result.notes.append(f"{n:,} lessons ready (key {sources.key})")
    return result
