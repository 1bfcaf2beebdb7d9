"""Pipeline tests: real corpus files through ingest, tagging, the catalog and a Tantivy index.

The helpers at the top (a small corpus copied from corpus/reviews, the
catalog's state as comparable data, running `lessons` as a subprocess) are
imported by tests/test_reindex*.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from search_app.catalog.store import Catalog
from search_app.pipeline import RunError, ingest_paths, rebuild_index
from search_app.pipeline.extract_pool import STAGE_TIMEOUT, STAGE_WORKER, extract_files
from search_app.pipeline.run import run_pipeline
from search_app.search import SearchRequest, open_backend
from search_app.settings import PROJECT_ROOT, Settings

REVIEWS = PROJECT_ROOT / "corpus" / "reviews"
TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"
# Small files of each format, so a test ingests in seconds.
SMALL_FILES = (
    "lcspr_2020_sunderland_child_b.txt",
    "briefing_2024_bristol_lily.html",
    "nspcc_2010_leicester_child_n.pdf",
)
LATER_FILES = ("briefing_2025_hull_child_y.pdf", "briefing_2022_brighton_child_e.html")
QUERY = "health"


def copy_reviews(folder: Path, names) -> Path:
    """Copy corpus documents (and their sidecars) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(REVIEWS / name, folder / name)
        sidecar = REVIEWS / (Path(name).stem + ".meta.yaml")
        if sidecar.exists():
            shutil.copy2(sidecar, folder / sidecar.name)
    return folder


def make_settings(root: Path, corpus: Path, **extra) -> Settings:
    values = {"data_dir": str(root), "corpus": str(corpus), "taxonomy": str(TAXONOMY), "workers": 2, **extra}
    return Settings.load(values, environ={})


def make_slow_pdf(path: Path, pages: int = 40) -> Path:
    """A real, valid PDF that takes pdfminer.six seconds to read (many full pages)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(pages):
        y = 780
        for i in range(45):
            pdf.drawString(60, y, f"Paragraph {n}.{i}: the health visitor saw the family at home and wrote it down.")
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


def catalog_state(settings: Settings) -> dict:
    """What the catalog holds, comparable across data folders (no timestamps)."""
    with Catalog(settings.catalog) as catalog:
        db = catalog.db
        return {
            "files": sorted(
                (Path(r["path"]).name, r["sha256"], r["review_id"], r["status"], r["stage"])
                for r in db.execute("SELECT * FROM files")
            ),
            "reviews": sorted(
                tuple(r) for r in db.execute("SELECT id, title, review_type, area, published FROM reviews")
            ),
            "lessons": sorted(
                tuple(r) for r in db.execute("SELECT id, kind, label, text, tagger_version FROM lessons")
            ),
            "tags": sorted(tuple(r) for r in db.execute("SELECT lesson_id, theme, confidence, source FROM tags")),
        }


def index_state(settings: Settings, query: str = QUERY) -> tuple[int, list[str]]:
    """(lessons in the index, ids of every lesson matching `query`)."""
    backend = open_backend(settings)
    try:
        result = backend.search(SearchRequest(query=query, per_page=1000, facets=()))
        return backend.count(), sorted(h.lesson.id for h in result.hits)
    finally:
        backend.close()


def lessons_cli(settings: Settings, *args: str) -> list[str]:
    """The argv of `lessons` with these settings (the data folder as a flag, the rest as LESSONS_*)."""
    code = "import sys; from search_app.cli import main; sys.exit(main())"
    return [
        sys.executable,
        "-c",
        code,
        "--data-dir",
        str(settings.data_dir),
        "--taxonomy",
        str(settings.taxonomy),
        *args,
    ]


def cli_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONS_")}
    env.update(
        LESSONS_CORPUS=":".join(str(p) for p in settings.corpus),
        LESSONS_WORKERS=str(settings.workers),
        LESSONS_FILE_TIMEOUT=str(settings.file_timeout),
        LESSONS_MODEL=str(settings.model),
        PYTHONPATH=str(PROJECT_ROOT),
        **extra,
    )
    return env


def run_cli(settings: Settings, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        lessons_cli(settings, *args),
        env=cli_env(settings),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# ---------------------------------------------------------------- tests


def test_ingest_then_search_then_ingest_again_changes_nothing(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES)
    settings = make_settings(tmp_path / "data", corpus)

    report = ingest_paths(settings, [corpus])
    assert report.ok and len(report.added) == 3 and not report.changed
    state = catalog_state(settings)
    assert len(state["reviews"]) == 3 and len(state["lessons"]) == report.lessons_indexed > 3
    assert any(tags for tags in state["tags"]), "the tagger tagged nothing"
    count, hits = index_state(settings)
    assert count == len(state["lessons"]) and hits, "a search for a common word found nothing"
    with Catalog(settings.catalog) as catalog:
        assert {lesson_id.rsplit("-", 1)[0] for lesson_id in hits} <= set(catalog.review_ids())

    version = open_backend(settings).version()
    again = ingest_paths(settings, [corpus])
    assert (again.added, again.changed, again.removed, again.failed) == ((), (), (), ())
    assert sorted(again.unchanged) == sorted(str(p) for p in corpus.iterdir() if not p.name.endswith(".yaml"))
    assert again.index_action == "none" and again.lessons_indexed == 0
    assert catalog_state(settings) == state
    assert open_backend(settings).version() == version, "an unchanged run switched the index"


def test_bad_files_are_recorded_with_reasons_and_the_run_goes_on(tmp_path):
    from test_ingest_support import make_review_pdf  # the ingest tests' real PDF builder

    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    (corpus / "empty.pdf").write_bytes(b"")
    (corpus / "not-a-pdf.pdf").write_text("Dear colleague, this is a letter, not a PDF.\n")
    make_review_pdf(
        corpus / "locked.pdf",
        [("h1", "Findings"), ("p", "The health visitor did not refer.")],
        encrypt="secret-password",
    )
    settings = make_settings(tmp_path / "data", corpus)

    result = run_cli(settings, "ingest")
    assert result.returncode == 1, result.stderr
    with Catalog(settings.catalog) as catalog:
        failures = {Path(r["path"]).name: (r["stage"], r["reason"]) for r in catalog.failures()}
        assert catalog.stats()["reviews"] == 1
    assert set(failures) == {"empty.pdf", "not-a-pdf.pdf", "locked.pdf"}
    assert "empty" in failures["empty.pdf"][1]
    assert "encrypted" in failures["locked.pdf"][1]
    assert all(reason for _, reason in failures.values())
    for name in failures:
        assert f"FAILED    {corpus / name}" in result.stderr
    assert "Traceback" not in result.stderr

    status = run_cli(settings, "status")
    assert status.returncode == 0, status.stderr
    assert "Current failures (3)" in status.stdout and "encrypted" in status.stdout
    assert "finished with failed documents" in status.stdout

    # Unchanged failures are not tried again unless asked; fixed ones are.
    (corpus / "empty.pdf").unlink()
    shutil.copy2(REVIEWS / LATER_FILES[0], corpus / "not-a-pdf.pdf")
    retried = ingest_paths(settings, [corpus], retry_failed=True)
    assert [Path(p).name for p in retried.changed] == ["not-a-pdf.pdf"]
    assert {Path(e.path).name for e in retried.failed} == {"locked.pdf"}
    assert [Path(p).name for p in retried.removed] == ["empty.pdf"]
    with Catalog(settings.catalog) as catalog:
        assert [Path(r["path"]).name for r in catalog.failures()] == ["locked.pdf"]
        assert catalog.stats()["reviews"] == 2


def test_a_deleted_file_leaves_the_catalog_and_the_index(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:2])
    settings = make_settings(tmp_path / "data", corpus)
    ingest_paths(settings, [corpus])
    with Catalog(settings.catalog) as catalog:
        gone = catalog.file_state(str(corpus / SMALL_FILES[0]))["review_id"]
    (corpus / SMALL_FILES[0]).unlink()

    report = ingest_paths(settings, [corpus])
    assert report.removed == (str(corpus / SMALL_FILES[0]),)
    with Catalog(settings.catalog) as catalog:
        assert gone not in catalog.review_ids() and catalog.stats()["reviews"] == 1
        lessons = catalog.stats()["lessons"]
    count, hits = index_state(settings)
    assert count == lessons
    assert not [h for h in hits if h.startswith(gone)]
    assert rebuild_index(settings) == lessons


def test_a_file_over_the_time_limit_is_abandoned_and_the_run_goes_on(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    make_slow_pdf(corpus / "very-long-review.pdf", pages=40)
    settings = make_settings(tmp_path / "data", corpus, file_timeout=1)

    started = time.monotonic()
    report = run_pipeline(settings)
    assert time.monotonic() - started < 30
    assert report.exit_code == 1
    assert [(Path(e.path).name, e.stage) for e in report.failed] == [("very-long-review.pdf", STAGE_TIMEOUT)]
    assert "file_timeout" in report.failed[0].reason
    assert [Path(p).name for p in report.files_new] == ["lcspr_2020_sunderland_child_b.txt", "very-long-review.pdf"]
    with Catalog(settings.catalog) as catalog:
        assert catalog.stats()["reviews"] == 1
        assert catalog.failures()[0]["stage"] == STAGE_TIMEOUT


def test_a_worker_that_dies_is_reported_and_replaced(tmp_path):
    import multiprocessing
    import signal
    import threading

    slow = make_slow_pdf(tmp_path / "slow.pdf", pages=40)
    small = REVIEWS / SMALL_FILES[0]

    def kill_workers() -> None:
        time.sleep(0.5)
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_workers)
    killer.start()
    results = dict(extract_files([str(slow), str(small)], workers=1, timeout=120))
    killer.join()
    assert results[str(slow)].stage == STAGE_WORKER
    assert "signal 9" in results[str(slow)].reason
    assert results[str(small)].lessons, "the replacement worker did not extract the next file"
    assert not multiprocessing.active_children()


def test_ingest_refuses_to_run_while_another_run_holds_the_lock(tmp_path):
    from search_app.pipeline.lock import RunLock

    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    settings = make_settings(tmp_path / "data", corpus)
    with RunLock(settings.data_dir, "reindex"), pytest.raises(RunError) as raised:
        ingest_paths(settings, [corpus])
    assert raised.value.exit_code == 3 and "already running" in str(raised.value)
    assert not Path(settings.catalog).exists(), "a refused run touched the catalog"
