"""Benchmarks smoke test: `python -m bench --quick` runs every stage and writes its JSON.

No thresholds here: a shared CI machine cannot judge speed. This checks the
harness works end to end on the real code (real PDFs, tagger, Tantivy index,
Flask app, SQLite FTS5) and that every stage reports numeric figures.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("ingest", "tagging", "indexing", "search")


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def test_quick_benchmark_writes_every_stage(tmp_path):
    output = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--output", str(output), "--cache-dir", str(tmp_path / "cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,  # a guard against a hang, not a speed check: under -n auto it shares the cores
    )
    assert output.is_file(), proc.stderr[-3000:]
    results = json.loads(output.read_text())
    assert results["mode"] == "quick"
    assert results["machine"]["cores"] >= 1 and results["machine"]["python"]

    for stage in STAGES:
        report = results["stages"][stage]
        assert report["status"] == "ok", (stage, report.get("reason"), proc.stderr[-3000:])
        assert _is_number(report["memory_peak_mib"]) and report["memory_peak_mib"] > 0
        measured = [f for f in report["figures"] if f["measured"]]
        assert measured, f"{stage} measured nothing"
        for figure in measured:
            assert len(figure["runs"]) >= 3, figure["id"]
            for key in ("median", "min", "max"):
                assert _is_number(figure[key]), (figure["id"], key)
            assert figure["min"] <= figure["median"] <= figure["max"], figure["id"]
            assert figure["references"], f"{figure['id']} has no side-by-side reference"
            for ref in figure["references"]:
                assert _is_number(ref["median"]) and _is_number(ref["ratio"]), (figure["id"], ref["label"])
        for figure in report["figures"]:
            if not figure["measured"]:
                assert figure["reason"], f"{figure['id']} not measured without a reason"

    ids = {f["id"] for s in results["stages"].values() for f in s["figures"]}
    assert {
        "ingest.one_process",
        "ingest.all_cores",
        "tagging.analyze_many",
        "indexing.rebuild.tantivy.1000",
        "search.api.p95.all.1000",
        "search.backend.p95.broad.1000",
        "search.backend.p95.selective.1000",
    } <= ids
    assert {t["id"] for t in results["targets"]} >= {"ingest_overhead", "api_p95_100k"}
    assert output.with_suffix(".png").is_file()
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_scale_up_is_reproducible_and_uses_real_facet_values(tmp_path):
    from bench.scale import generate, lessons_file, load_sources, read_lessons
    from ingest.records import LESSON_KINDS, REVIEW_TYPES
    from nlp.records import AGE_BANDS

    sources = load_sources(ROOT / "corpus", ROOT / "taxonomy.yaml")
    first = list(generate(300, sources))
    assert first == list(generate(300, sources))
    assert list(generate(120, sources)) == first[:120]  # a smaller scale is a prefix

    path = lessons_file(300, tmp_path, sources)
    assert lessons_file(300, tmp_path, sources) == path  # cached, not made again
    lessons = list(read_lessons(path))
    assert len(lessons) == 300 and len({l.id for l in lessons}) == 300
    for lesson in lessons:
        assert lesson.review_type in REVIEW_TYPES and lesson.kind in LESSON_KINDS
        assert set(lesson.age_bands) <= set(AGE_BANDS) and lesson.age_bands
        assert lesson.themes and set(lesson.themes) <= set(sources.theme_phrases)
        assert lesson.theme_groups == tuple(sorted({t.split(".")[0] for t in lesson.themes}))
        assert 2008 <= lesson.year <= 2025 and lesson.published.startswith(str(lesson.year))
    # Skewed, varied facets: several areas and review types, no single text repeated throughout.
    assert len({l.area for l in lessons}) >= 10 and len({l.review_type for l in lessons}) >= 3
    assert len({l.text for l in lessons}) >= 290
