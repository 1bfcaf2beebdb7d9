"""Benchmarks, briefing stage: time to make a PDF briefing over 1,000 and 10,000 lessons."""

from pathlib import Path

from bench.briefing_bench import measure


def run(config, settings):
    return measure(config.quick, config.runs, Path(config.cache_dir), settings)
