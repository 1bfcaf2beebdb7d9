"""Benchmarks, re-index stage: a second `lessons reindex` with nothing changed."""

from bench.reindex_bench import stage_result as run  # noqa: F401
