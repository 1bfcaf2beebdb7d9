"""Benchmarks, re-index stage: what the nightly `lessons reindex` costs when nothing changed.

    from bench import reindex_bench
    result = reindex_bench.run(quick=False)   # {"status", "figures", "notes", "params"}
    python -m bench.reindex_bench [--quick]   # prints the figures as JSON

On a scratch copy of the sample corpus (corpus/reviews; --quick: a few small
files) ingested once, each figure is taken three times (median, min, max):

- `reindex.noop.in_process`: seconds of `run_pipeline` (lock, scan, version
  checks, index check, run log) with nothing changed. Target: under 2 s.
  Reference: `ingest.discover` over the same folder (walking and hashing
  every file, what a scan that trusted no timestamps would cost).
- `reindex.noop.cli`: seconds of the whole `lessons reindex` command with
  nothing changed, process start and imports included. Reference: the same
  interpreter importing `search_app.cli` and exiting (the floor any command
  pays).
- `reindex.rebuild_from_catalog`: seconds to build a new index generation
  from the catalog and switch to it, what a run pays when anything changed.
  Reference: reading the same lessons from the catalog alone.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import LOWER, Figure, Runs, timed

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT / "corpus" / "reviews"
RUNS = 3
QUICK_FILES = (
    "lcspr_2020_sunderland_child_b.txt",
    "briefing_2024_bristol_lily.html",
    "nspcc_2010_leicester_child_n.pdf",
    "briefing_2025_hull_child_y.pdf",
)
REF_DISCOVER = "ingest.discover over the corpus (walk and hash every file)"
REF_IMPORT = "python -c 'import search_app.cli' (process start and imports)"
REF_CATALOG_READ = "reading the lessons from the catalog alone"
NOOP_TARGET_SECONDS = 2.0


def _corpus(folder: Path, quick: bool) -> Path:
    folder.mkdir(parents=True)
    names = QUICK_FILES if quick else [p.name for p in CORPUS.iterdir() if p.is_file()]
    for name in names:
        shutil.copy2(CORPUS / name, folder / name)
        sidecar = CORPUS / (Path(name).stem + ".meta.yaml")
        if sidecar.exists():
            shutil.copy2(sidecar, folder / sidecar.name)
    return folder


def _cli_seconds(argv: list[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}... exited with {proc.returncode}: {proc.stderr[-500:]}")
    return seconds


def stage_result(config, settings):
    """The harness's stage interface (`bench/stages/<stage>.py: run(config, settings)`)."""
    from bench.figures import StageResult

    result = StageResult("reindex")
    result.figures, result.notes = _measure(config.quick)
    return result


def run(quick: bool) -> dict:
    """Measure the three figures; returns the stage's JSON (status, figures, notes, params)."""
    try:
        figures, notes = _measure(quick)
    except RuntimeError as exc:
        return {"status": "error", "reason": str(exc), "figures": []}
    return {"status": "ok", "figures": [f.to_json() for f in figures], "notes": notes, "params": figures[0].params}


def _measure(quick: bool) -> tuple[list[Figure], list[str]]:
    from ingest import discover
    from search_app.catalog.store import Catalog
    from search_app.pipeline.run import rebuild_from_catalog, run_pipeline
    from search_app.search.index_records import index_records
    from search_app.settings import Settings

    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-reindex-") as scratch:
        root = Path(scratch)
        corpus = _corpus(root / "corpus", quick)
        settings = Settings.load(
            {"data_dir": str(root / "data"), "corpus": str(corpus), "taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")}
        )
        first = run_pipeline(settings)
        if first.exit_code not in (0, 1):
            raise RuntimeError(f"the first run could not run: {first.message}")
        notes.append(
            f"first run (ingest of {len(first.files_new)} files): {first.ended - first.started:.1f} s, "
            f"{len(first.failed)} failed"
        )
        with Catalog(settings.catalog) as catalog:
            lessons = catalog.stats()["lessons"]

        noop, scans = [], []
        for _ in range(RUNS):
            report = run_pipeline(settings)
            if report.changed_anything:
                raise RuntimeError("a run with nothing changed changed something")
            noop.append(report.ended - report.started)
            scans.append(timed(lambda: discover([corpus])))

        cli = [
            sys.executable,
            "-c",
            "import sys; from search_app.cli import main; sys.exit(main())",
            "--data-dir",
            str(settings.data_dir),
            "--taxonomy",
            str(settings.taxonomy),
            "reindex",
            "--quiet",
        ]
        env_corpus = ["env", f"LESSONS_CORPUS={corpus}"]
        cli_runs, import_runs = [], []
        for _ in range(RUNS):
            cli_runs.append(_cli_seconds(env_corpus + cli))
            import_runs.append(_cli_seconds([sys.executable, "-c", "import search_app.cli"]))

        rebuilds, reads = [], []
        for _ in range(RUNS):
            rebuilds.append(timed(lambda: rebuild_from_catalog(settings, command="bench")))
            with Catalog(settings.catalog) as catalog:
                reads.append(timed(lambda: sum(1 for _ in index_records(catalog))))

    params = {"files": len(first.files_new), "lessons": lessons, "quick": quick}
    figures = [
        Figure(
            "reindex.noop.in_process",
            "lessons reindex with nothing changed (run_pipeline)",
            "s",
            LOWER,
            Runs("ours", tuple(noop)),
            (Runs(REF_DISCOVER, tuple(scans)),),
            params,
        ),
        Figure(
            "reindex.noop.cli",
            "lessons reindex with nothing changed (whole command)",
            "s",
            LOWER,
            Runs("ours", tuple(cli_runs)),
            (Runs(REF_IMPORT, tuple(import_runs)),),
            params,
        ),
        Figure(
            "reindex.rebuild_from_catalog",
            "new index generation from the catalog, switched",
            "s",
            LOWER,
            Runs("ours", tuple(rebuilds)),
            (Runs(REF_CATALOG_READ, tuple(reads)),),
            params,
        ),
    ]
    noop_median = figures[0].median
    notes.append(
        f"target: a run with nothing changed under {NOOP_TARGET_SECONDS:g} s: "
        f"{'met' if noop_median < NOOP_TARGET_SECONDS else 'NOT met'} ({noop_median:.3f} s in process, "
        f"{figures[1].median:.2f} s as a command)"
    )
    return figures, notes


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv[1:]), indent=2))
