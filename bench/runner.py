"""Benchmarks: run one stage in its own process, so its memory peak is its own.

The parent calls `run_stage(stage, config)`; the child (`python -m
bench.runner STAGE CONFIG OUT`) runs the stage module's `run(config,
settings)` and writes its figures, notes and peak resident memory
(getrusage maxrss of the stage process and, apart, of its worker processes)
as JSON. A stage that fails is reported with its reason; the others go on.
"""

from __future__ import annotations

import importlib
import json
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench.config import PROJECT_ROOT, BenchConfig

STAGES = ("ingest", "tagging", "indexing", "search", "briefing", "reindex", "load")


def run_stage(stage: str, config: BenchConfig, timeout: float | None = None) -> dict:
    """Run one stage in a subprocess; returns its result dict (never raises for a stage failure)."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{stage}-") as tmp:
        config_path, out_path = Path(tmp) / "config.json", Path(tmp) / "out.json"
        config_path.write_text(config.to_json(), encoding="utf-8")
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "bench.runner", stage, str(config_path), str(out_path)],
                cwd=PROJECT_ROOT,
                timeout=timeout,
                stdout=subprocess.PIPE,
                text=True,
            )
        except subprocess.TimeoutExpired:
            return {"status": "error", "reason": f"timed out after {timeout:.0f} s", "figures": []}
        seconds = time.perf_counter() - started
        if out_path.is_file():
            result = json.loads(out_path.read_text(encoding="utf-8"))
        else:
            result = {
                "status": "error",
                "figures": [],
                "reason": f"stage process exited with {proc.returncode} and wrote nothing",
            }
        result["seconds"] = round(seconds, 1)
        return result


def _child(stage: str, config_path: Path, out_path: Path) -> int:
    from search_app.settings import Settings

    config = BenchConfig.from_json(config_path.read_text(encoding="utf-8"))
    out: dict
    try:
        settings = Settings.load(
            {"taxonomy": config.taxonomy, "model": config.model, "es_url": config.es_url, "corpus": config.corpus_dir}
        )
        module = importlib.import_module(f"bench.stages.{stage}")
        result = module.run(config, settings)
        out = {
            "status": "ok",
            "figures": [f.to_json() for f in result.figures],
            "notes": result.notes,
        }
    except ModuleNotFoundError as exc:
        out = {"status": "error", "figures": [], "reason": f"a module this stage needs is missing: {exc.name}"}
    except Exception as exc:  # a broken stage is reported; the other stages still run
        traceback.print_exc()
        out = {"status": "error", "figures": [], "reason": f"{type(exc).__name__}: {exc}"}
    # ru_maxrss is in KiB on Linux.
    out["memory_peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["workers_memory_peak_mib"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    out_path.write_text(json.dumps(out), encoding="utf-8")
    return 0 if out["status"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
