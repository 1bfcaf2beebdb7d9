"""Benchmarks, load stage: 50 concurrent clients against the production server (gunicorn)."""

from bench.figures import StageResult
from bench.load_bench import _measure


def run(config, settings):
    result = StageResult("load")
    figures, notes, params = _measure(config.quick)
    result.figures.extend(figures)
    result.notes.extend(notes + [f"params: {params}"])
    return result
