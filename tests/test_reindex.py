"""`lessons reindex` under stress: searches during a re-index, kill -9 at each stage, two runs at once.

Everything is real: the corpus files, `lessons reindex` as a subprocess,
the web app served over loopback by a real HTTP server in a thread, the
Tantivy index generations on disk. Bounded: a handful of small files, at
most a few hundred searches, every wait with a timeout.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from test_pipeline import (
    LATER_FILES,
    PROJECT_ROOT,
    QUERY,
    SMALL_FILES,
    catalog_state,
    cli_env,
    copy_reviews,
    index_state,
    lessons_cli,
    make_settings,
    make_slow_pdf,
)
from werkzeug.serving import make_server

from search_app.pipeline.run import run_pipeline
from search_app.web import create_app


def _copy_data(source, target: Path, corpus: Path):
    shutil.copytree(source.data_dir, target)
    return make_settings(target, corpus)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """A corpus indexed once (the 'before' data folder), then changed: two
    files added, one deleted, one edited; and the state an uninterrupted
    run reaches from 'before' (the reference)."""
    root = tmp_path_factory.mktemp("reindex")
    corpus = copy_reviews(root / "corpus", SMALL_FILES)
    before = make_settings(root / "before", corpus)
    first = run_pipeline(before)
    assert first.exit_code == 0, first.message
    before_index = index_state(before)

    copy_reviews(corpus, LATER_FILES)
    (corpus / SMALL_FILES[2]).unlink()
    edited = corpus / SMALL_FILES[0]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n\nAppendix: a note added after publication.\n", encoding="utf-8"
    )

    reference = _copy_data(before, root / "reference", corpus)
    done = run_pipeline(reference)
    assert done.exit_code == 0 and done.files_new and done.files_deleted and done.files_changed
    return {
        "root": root,
        "corpus": corpus,
        "before": before,
        "before_index": before_index,
        "reference_catalog": catalog_state(reference),
        "reference_index": index_state(reference),
    }


def _start_reindex(settings, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        lessons_cli(settings, "reindex", *args),
        env=cli_env(settings),
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_at(proc: subprocess.Popen, seen, limit: float = 120) -> list[str]:
    """Read the run's stderr until `seen(line)`, then SIGKILL it; return the lines read."""
    lines = []
    deadline = time.monotonic() + limit
    for line in proc.stderr:
        lines.append(line.rstrip("\n"))
        if seen(line) or time.monotonic() > deadline:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.communicate(timeout=30)  # reap it and close the pipes
    return lines


STAGE_MARKERS = {
    "before any file is stored": lambda line: line.startswith("[ingest]"),
    "after the first file is stored": lambda line: line.split()[:1] in (["new"], ["changed"]),
    "while the index is rebuilt": lambda line: line.startswith("[index]"),
}


@pytest.mark.parametrize("moment", list(STAGE_MARKERS))
def test_a_run_killed_at_any_stage_leaves_search_working_and_the_next_run_finishes(scenario, moment, tmp_path):
    settings = _copy_data(scenario["before"], tmp_path / "data", scenario["corpus"])
    proc = _start_reindex(settings)
    lines = _kill_at(proc, STAGE_MARKERS[moment])
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, lines)

    count, hits = index_state(settings)
    assert hits, "search found nothing after the kill"
    assert (count, hits) in (scenario["before_index"], scenario["reference_index"]), "a half-built index is serving"

    report = run_pipeline(settings)
    assert report.exit_code == 0, report.message
    assert report.stale_lock and report.stale_lock["pid"] == proc.pid
    assert catalog_state(settings) == scenario["reference_catalog"]
    assert index_state(settings) == scenario["reference_index"]
    runs = [json.loads(line) for line in (settings.data_dir / "runs.jsonl").read_text().splitlines()]
    killed = [r for r in runs if r["pid"] == proc.pid]
    assert [r["event"] for r in killed] == ["start"], "the killed run has a start line and no end line"


def test_searches_during_a_reindex_all_answer_with_the_old_or_the_new_results(scenario, tmp_path):
    settings = _copy_data(scenario["before"], tmp_path / "data", scenario["corpus"])
    app = create_app(settings)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    url = f"http://127.0.0.1:{server.server_port}/api/search?q={QUERY}&per_page=100&facet=theme"
    allowed = {
        len(scenario["before_index"][1]): scenario["before_index"][1],
        len(scenario["reference_index"][1]): scenario["reference_index"][1],
    }
    answers: list[tuple[int, int, list[str]]] = []
    problems: list[str] = []
    stop = threading.Event()

    def search_continuously() -> None:
        while not stop.is_set() and len(answers) < 2000:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    data = json.load(response)
                    answers.append((response.status, data["total"], sorted(r["id"] for r in data["results"])))
            except Exception as exc:  # recorded, then the test fails on it
                problems.append(repr(exc))
            time.sleep(0.01)

    searcher = threading.Thread(target=search_continuously)
    try:
        searcher.start()
        time.sleep(0.3)
        result = subprocess.run(
            lessons_cli(settings, "reindex"),
            env=cli_env(settings),
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        time.sleep(0.5)
    finally:
        stop.set()
        searcher.join(30)
        server.shutdown()
    assert result.returncode == 0, result.stderr
    assert not problems, problems[:3]
    assert len(answers) >= 20, "too few searches ran during the re-index to tell anything"
    for status, total, ids in answers:
        assert status == 200 and total > 0 and ids
        assert allowed.get(total) == ids, f"a partial result set: {total} hits"
    assert answers[0][2] == scenario["before_index"][1]
    assert answers[-1][2] == scenario["reference_index"][1], "the server did not switch to the new index"


def test_two_runs_started_together_one_runs_one_exits_with_code_3(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    make_slow_pdf(corpus / "long-review.pdf", pages=40)  # keeps the first run busy for seconds
    settings = make_settings(tmp_path / "data", corpus, file_timeout=300)
    first, second = _start_reindex(settings), _start_reindex(settings)
    outputs = [proc.communicate(timeout=240) for proc in (first, second)]
    codes = sorted((proc.returncode, err) for proc, (_, err) in zip((first, second), outputs))
    (ran, ran_err), (refused, refused_err) = codes
    assert (ran, refused) == (0, 3), (ran_err[-2000:], refused_err[-2000:])
    assert "already running" in refused_err and "reindex.lock" in refused_err
    assert "pid" in refused_err
    runs = [json.loads(line) for line in (settings.data_dir / "runs.jsonl").read_text().splitlines()]
    assert sorted(r["exit_code"] for r in runs if r["event"] == "end") == [0, 3]
