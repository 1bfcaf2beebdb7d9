"""Benchmarks: `python -m bench` runs every stage, prints a table, writes JSON and a chart.

    python -m bench                  # full run -> bench/results/latest.json (+ .png)
    python -m bench --quick          # reduced run (CI smoke) -> bench/results/quick.json
    python -m bench --only search    # one stage -> bench/results/only-search.json
    python -m bench --output FILE    # write the JSON (and FILE.png) elsewhere

Each stage runs in its own process (its memory peak is its own); see
bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import time
from pathlib import Path

from bench import report
from bench.config import BENCH_DIR, DEFAULT_CACHE, DEFAULT_OUTPUT, BenchConfig
from bench.machine import describe_machine
from bench.runner import STAGES, run_stage
from bench.targets import judge


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="Reduced run, under two minutes.")
    parser.add_argument("--only", choices=STAGES, action="append", help="Run only this stage (repeatable).")
    parser.add_argument("--output", type=Path, help="JSON results file; the chart goes beside it (.png).")
    parser.add_argument("--runs", type=int, default=3, help="Runs per figure (at least 3; default 3).")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help="Where generated lessons and built indexes are kept (default bench/cache).",
    )
    parser.add_argument(
        "--scales",
        help="Comma-separated numbers of lessons for search and indexing "
        "(default 1000,10000,100000,1000000; quick: 1000).",
    )
    args = parser.parse_args(argv)
    if args.scales:
        try:
            args.scales = tuple(int(s) for s in args.scales.split(",") if s.strip())
        except ValueError:
            parser.error("--scales takes numbers separated by commas, e.g. 1000,10000")
    if args.runs < 3:
        parser.error("--runs must be at least 3 (each figure is a median, min and max over runs)")
    return args


def _default_output(args: argparse.Namespace) -> Path:
    if args.only:
        return BENCH_DIR / "results" / f"only-{'-'.join(args.only)}.json"
    if args.quick:
        return BENCH_DIR / "results" / "quick.json"
    return DEFAULT_OUTPUT


def _with_sources_snapshot(config: BenchConfig) -> BenchConfig:
    """Freeze the scale-up's inputs for the whole run (see scale.save_snapshot)."""
    from bench.scale import ScaleInputError, load_sources, save_snapshot

    try:
        sources = load_sources(Path(config.corpus_dir), Path(config.taxonomy))
    except (ScaleInputError, OSError, ValueError) as exc:  # the stages report it themselves
        print(f"bench: cannot read the scale-up's inputs: {exc}", file=sys.stderr)
        return config
    save_snapshot(sources, config.cache)
    return dataclasses.replace(config, sources_key=sources.key)


def main(argv: list[str] | None = None) -> int:
    from search_app.settings import Settings

    args = _parse(argv)
    try:
        settings = Settings.load()
    except (ValueError, KeyError) as exc:
        print(f"bench: bad LESSONS_* setting: {exc}", file=sys.stderr)
        return 2
    stages = [s for s in STAGES if not args.only or s in args.only]
    config = BenchConfig.make(args.quick, args.runs, args.cache_dir, settings, args.scales, tuple(stages))
    output = args.output or _default_output(args)
    started = time.perf_counter()
    results: dict = {
        "mode": "quick" if args.quick else "full",
        "stages_run": stages,
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "runs": args.runs,
        "machine": describe_machine(),
        "config": {k: v for k, v in vars(config).items() if k not in ("cache_dir",)},
        "stages": {},
    }
    if set(stages) - {"ingest"}:
        config = _with_sources_snapshot(config)
        print("bench: preparing the scaled-up lessons and cached indexes ...", file=sys.stderr, flush=True)
        results["prepare"] = run_stage("prepare", config, timeout=None)
        if results["prepare"]["status"] != "ok":
            print(f"bench: prepare failed: {results['prepare'].get('reason')}", file=sys.stderr)
    for stage in stages:
        print(f"bench: {stage} ...", file=sys.stderr, flush=True)
        results["stages"][stage] = run_stage(stage, config, timeout=300 if args.quick else None)
        status = results["stages"][stage]
        print(
            f"bench: {stage} {status['status']} in {status.get('seconds')} s"
            + (f" ({status['reason']})" if status.get("reason") else ""),
            file=sys.stderr,
            flush=True,
        )
    results["duration_s"] = round(time.perf_counter() - started, 1)
    figures = {f["id"]: f for s in results["stages"].values() for f in s["figures"]}
    results["targets"] = judge(figures)
    report.write_json(results, output)
    chart = output.with_suffix(".png")
    if report.write_chart(results, chart):
        results["chart"] = str(chart)
        report.write_json(results, output)
    report.print_table(results, sys.stdout)
    print(f"\nresults: {output}" + (f", chart: {chart}" if results.get("chart") else ""))
    return 0 if all(s["status"] == "ok" for s in results["stages"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
