"""`lessons reindex` run by run: nothing changed, a changed taxonomy, a stale lock, the run log,
`lessons status` and what the web app shows about runs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_pipeline import SMALL_FILES, TAXONOMY, catalog_state, copy_reviews, index_state, make_settings

from search_app.catalog.store import Catalog
from search_app.pipeline.lock import LOCK_NAME, RunLock
from search_app.pipeline.run import run_pipeline
from search_app.pipeline.runlog import recent_runs, service_status
from search_app.web import create_app


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """Two small reviews, indexed once; tests copy the data folder before changing it."""
    root = tmp_path_factory.mktemp("runs")
    corpus = copy_reviews(root / "corpus", SMALL_FILES[:2])
    settings = make_settings(root / "data", corpus)
    report = run_pipeline(settings)
    assert report.exit_code == 0, report.message
    return settings


def _copy(settings, target: Path, **extra):
    import shutil

    shutil.copytree(settings.data_dir, target)
    return make_settings(target, settings.corpus[0], **extra)


def test_a_second_run_with_nothing_changed_changes_nothing(indexed, tmp_path):
    settings = _copy(indexed, tmp_path / "data")
    catalog_before, index_before = catalog_state(settings), index_state(settings)
    generation = (settings.index_dir / "CURRENT").read_text()

    report = run_pipeline(settings)
    assert report.exit_code == 0 and not report.changed_anything
    assert report.files_unchanged == 2 and report.index_action == "none"
    assert catalog_state(settings) == catalog_before
    assert index_state(settings) == index_before
    assert (settings.index_dir / "CURRENT").read_text() == generation, "the index was switched for nothing"
    assert report.ended - report.started < 2.0


def test_a_changed_taxonomy_retags_every_lesson_on_the_next_run(indexed, tmp_path):
    settings = _copy(indexed, tmp_path / "data")
    with Catalog(settings.catalog) as catalog:
        rows = catalog.db.execute("SELECT id, text, tagger_version FROM lessons ORDER BY id").fetchall()
        old_version = rows[0]["tagger_version"]
        tagged = {
            r[0] for r in catalog.db.execute("SELECT lesson_id FROM tags WHERE theme = 'multi.information_sharing'")
        }
    # A new phrase: the longest word of a lesson the theme does not tag yet.
    target = next(r for r in rows if r["id"] not in tagged)
    word = max((w.strip(".,;:()'\"").lower() for w in target["text"].split()), key=len)
    assert word.isalpha() and len(word) > 6

    taxonomy = tmp_path / "taxonomy.yaml"
    text = TAXONOMY.read_text(encoding="utf-8")
    current = re.search(r'^version: "([^"]+)"', text, re.MULTILINE).group(1)
    bumped = f"{current}.1"
    text = text.replace(f'version: "{current}"', f'version: "{bumped}"', 1)
    anchor = "  - id: multi.information_sharing\n"
    head, tail = text.split(anchor, 1)
    tail = tail.replace("    phrases:\n", f"    phrases:\n      - {word}\n", 1)
    taxonomy.write_text(head + anchor + tail, encoding="utf-8")
    changed = settings.replace(taxonomy=taxonomy)

    report = run_pipeline(changed)
    assert report.exit_code == 0, report.message
    assert report.lessons_retagged == len(rows)
    assert report.tagger_version.startswith(f"taxonomy {bumped}") and report.tagger_version != old_version
    assert report.index_action == "rebuilt"
    with Catalog(changed.catalog) as catalog:
        versions = {r[0] for r in catalog.db.execute("SELECT DISTINCT tagger_version FROM lessons")}
        assert versions == {report.tagger_version}
        assert "multi.information_sharing" in catalog.analysis(target["id"]).theme_ids
    count, hits = index_state(changed, query=word)
    assert target["id"] in hits

    again = run_pipeline(changed)
    assert again.lessons_retagged == 0 and not again.changed_anything, "re-tagged twice"


def test_a_lock_left_by_a_dead_run_is_taken_over_and_reported(indexed, tmp_path):
    settings = _copy(indexed, tmp_path / "data")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    started = time.time() - 3600
    (settings.data_dir / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "started": started, "command": "reindex"}))

    report = run_pipeline(settings)
    assert report.exit_code == 0
    assert report.stale_lock == {"pid": dead.pid, "started": started, "command": "reindex"}
    assert (settings.data_dir / LOCK_NAME).read_text() == "", "a clean end leaves an empty lock file"
    assert recent_runs(settings.data_dir, 1)[0].record["stale_lock"]["pid"] == dead.pid


def test_a_held_lock_makes_a_run_exit_with_code_3_and_log_it(indexed, tmp_path):
    settings = _copy(indexed, tmp_path / "data")
    with RunLock(settings.data_dir, "reindex"):
        report = run_pipeline(settings)
        assert recent_runs(settings.data_dir, 5)[0].outcome.startswith("skipped")
    assert report.exit_code == 3 and "already running" in report.message
    assert not report.changed_anything


def test_a_broken_taxonomy_is_exit_code_2_with_a_message(indexed, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: [\n", encoding="utf-8")
    settings = _copy(indexed, tmp_path / "data", taxonomy=str(broken))
    report = run_pipeline(settings)
    assert report.exit_code == 2 and report.message
    assert recent_runs(settings.data_dir, 1)[0].outcome == "could not run"


def test_status_healthz_and_footer_report_the_runs(indexed, tmp_path):
    from click.testing import CliRunner

    from search_app.cli import main

    settings = _copy(indexed, tmp_path / "data")
    (settings.corpus[0] / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    try:
        report = run_pipeline(settings)
    finally:
        (settings.corpus[0] / "broken.pdf").unlink()
    assert report.exit_code == 1 and [Path(e.path).name for e in report.failed] == ["broken.pdf"]

    result = CliRunner().invoke(
        main,
        ["--data-dir", str(settings.data_dir), "status", "--json"],
        env={"LESSONS_CORPUS": str(settings.corpus[0])},
    )
    assert result.exit_code == 0, result.output
    status = json.loads(result.output)
    assert status["runs"][0]["exit_code"] == 1 and status["runs"][0]["files"]["failed"] == 1
    assert [Path(f["path"]).name for f in status["failures"]] == ["broken.pdf"]
    assert status["service"]["last_run"]["outcome"] == "finished with failed documents"

    client = create_app(settings).test_client()
    health = client.get("/healthz").get_json()
    assert health["status"] == "ok" and health["last_run"]["exit_code"] == 1
    first_run = recent_runs(settings.data_dir, 100)[-1]
    assert health["index_updated_at"] == service_status(settings.data_dir)["index_updated_at"]
    assert 0 <= health["index_age_seconds"] <= time.time() - first_run.started + 5
    page = client.get("/").get_data(as_text=True)
    assert "Reviews last updated" in page


def test_retagging_never_splits_a_review_between_batches(indexed, tmp_path):
    """The theme model reads each lesson's review context, so a batch holds whole reviews."""
    from nlp.tagger import Tagger
    from search_app.pipeline.retag import retag_stale

    settings = _copy(indexed, tmp_path / "data")
    real = Tagger.load(settings.taxonomy, None)
    calls: list[list[str]] = []

    class RecordingTagger:
        version = "a version no lesson has"

        def analyze_many(self, texts, kinds=None, reviews=None):
            calls.append(list(reviews))
            return real.analyze_many(texts, kinds, reviews)

    with Catalog(settings.catalog) as catalog:
        per_review = dict(catalog.db.execute("SELECT review_id, count(*) FROM lessons GROUP BY review_id").fetchall())
        assert len(per_review) == 2 and min(per_review.values()) > 1
        done = retag_stale(catalog, RecordingTagger(), batch=1)
        assert done == sum(per_review.values())
        assert len(calls) == 2, "one review per batch when a batch holds fewer lessons than a review"
        for reviews in calls:
            (review,) = set(reviews)
            assert len(reviews) == per_review[review]
        assert {r[0] for r in catalog.db.execute("SELECT DISTINCT tagger_version FROM lessons")} == {
            RecordingTagger.version
        }


def test_status_and_review_page_show_a_documents_extraction_warnings(indexed, tmp_path):
    from click.testing import CliRunner

    from search_app.cli import main

    settings = _copy(indexed, tmp_path / "data")
    notice = settings.corpus[0] / "notice.html"
    notice.write_text(
        "<html><body><main><h1>Serious Case Review: Child V</h1>"
        "<p>Anytown Safeguarding Children Partnership. Published: 4 May 2021.</p>"
        "<h2>Introduction</h2><p>The report will be published later this year.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    try:
        report = run_pipeline(settings)
    finally:
        notice.unlink()
    assert report.exit_code == 0, report.message

    result = CliRunner().invoke(
        main,
        ["--data-dir", str(settings.data_dir), "status", "--json"],
        env={"LESSONS_CORPUS": str(settings.corpus[0])},
    )
    assert result.exit_code == 0, result.output
    warned = json.loads(result.output)["warnings"]
    assert [(Path(w["path"]).name, w["warnings"]) for w in warned] == [("notice.html", ["no lessons found"])]
    text = (
        CliRunner()
        .invoke(main, ["--data-dir", str(settings.data_dir), "status"], env={"LESSONS_CORPUS": str(settings.corpus[0])})
        .output
    )
    assert "Files with warnings (1)" in text and "notice.html  no lessons found" in text

    with Catalog(settings.catalog) as catalog:
        review_id = catalog.db.execute("SELECT review_id FROM files WHERE path LIKE '%notice.html'").fetchone()[0]
    page = create_app(settings).test_client().get(f"/reviews/{review_id}").get_data(as_text=True)
    assert "Needs a look" in page and "no lessons found" in page
