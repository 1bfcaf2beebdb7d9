"""Benchmarks: one module per pipeline stage, each with `run(config, settings) -> StageResult`."""
