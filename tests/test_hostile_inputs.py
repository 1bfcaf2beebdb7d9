"""Hostile and odd inputs to the pipeline: each test makes the bad input itself,
runs the real pipeline on it beside good documents, and checks that the bad
one is refused or read with its reason recorded and nothing else is lost.

The big inputs of the probes are scaled down with the limit they meet (a
60 MB text file becomes 300 KB under a 50,000-character limit), so the tests
stay fast and exercise the same code.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from test_pipeline import (
    REVIEWS,
    SMALL_FILES,
    cli_env,
    copy_reviews,
    lessons_cli,
    make_settings,
    run_cli,
)

from search_app.catalog.store import Catalog
from search_app.pipeline.run import run_pipeline
from search_app.search import SearchRequest, open_backend

GOOD_TEXT = REVIEWS / "lcspr_2020_sunderland_child_b.txt"


def _state(settings):
    with Catalog(settings.catalog) as catalog:
        stats = catalog.stats()
        files = {Path(r["path"]).name: (r["status"], r["stage"], r["reason"]) for r in catalog.files()}
        check = catalog.db.execute("PRAGMA integrity_check").fetchone()[0]
    return stats, files, check


def _indexed(settings) -> int:
    return open_backend(settings).count()


def _good_ones_all_there(settings, names) -> None:
    stats, files, check = _state(settings)
    assert check == "ok"
    for name in names:
        assert files[name][0] != "failed", (name, files[name])
    assert _indexed(settings) == stats["lessons"], "the index does not hold every catalogued lesson"


# --- 1. a file name that is not UTF-8 ----------------------------------------------


def test_a_latin1_file_name_is_ingested_kept_exactly_and_shown_readably(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES)
    raw = os.fsencode(corpus) + b"/Review_caf\xe9.txt"
    shutil.copy2(REVIEWS / "scr_2015_bromley_child_f.txt", raw)
    settings = make_settings(tmp_path / "data", corpus)
    latin1 = os.fsdecode(raw)

    report = run_pipeline(settings)
    assert report.exit_code == 0, (report.message, report.failed)
    assert latin1 in report.added and len(report.added) == 4
    stats, files, check = _state(settings)
    assert check == "ok" and stats["reviews"] == 4 and stats["failed"] == 0
    assert report.lessons_added == stats["lessons"] > 0, "the summary must tell what was committed"
    with Catalog(settings.catalog) as catalog:
        assert latin1 in [r["path"] for r in catalog.files()], "the path was not kept exactly"
        [review_id] = [r["review_id"] for r in catalog.files() if r["path"] == latin1]
        assert catalog.review(review_id).source_path == latin1
    assert _indexed(settings) == stats["lessons"]
    log = [json.loads(line) for line in (settings.data_dir / "runs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert log[-1]["exit_code"] == 0

    again = run_pipeline(settings)
    assert again.exit_code == 0 and not again.changed_anything and latin1 in again.unchanged

    status = run_cli(settings, "status")
    assert status.returncode == 0, status.stderr
    extracted = run_cli(settings, "extract", "--json", "--no-themes", latin1)
    assert extracted.returncode == 0, extracted.stderr
    record = json.loads(extracted.stdout)
    assert record["file"].endswith("Review_caf\\xe9.txt") and record["lessons"]
    # The file is deleted: the catalog forgets it like any other.
    os.unlink(raw)
    gone = run_pipeline(settings)
    assert gone.exit_code == 0 and gone.removed == (latin1,)
    assert _state(settings)[0]["reviews"] == 3


def test_a_latin1_file_that_fails_is_recorded_and_listed_readably(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    raw = os.fsencode(corpus) + b"/Empty_caf\xe9.pdf"
    with open(raw, "wb"):
        pass
    settings = make_settings(tmp_path / "data", corpus)
    report = run_pipeline(settings)
    assert report.exit_code == 1
    assert [os.fsencode(e.path) for e in report.failed] == [raw]
    stats, files, _ = _state(settings)
    assert stats["reviews"] == 1 and stats["failed"] == 1
    status = run_cli(settings, "status")
    assert status.returncode == 0, status.stderr
    assert "Empty_caf\\xe9.pdf" in status.stdout

    # Unchanged, it is not tried again, and the run log lists it as still failed, readably.
    again = run_pipeline(settings)
    assert again.exit_code == 1 and not again.failed
    assert [os.fsencode(e.path) for e in again.still_failed] == [raw]
    last = json.loads((settings.data_dir / "runs.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert [f["path"] for f in last["still_failed"]] == [os.fsencode(raw).decode("utf-8", "backslashreplace")]


# --- 2. links out of the corpus, and loops --------------------------------------------


def test_links_outside_the_corpus_and_loops_are_refused_with_reasons(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Serious Case Review: Child Z\n\nLearning point 1: the secret password is swordfish.\n")
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "loop_a.txt").symlink_to(corpus / "loop_b.txt")
    (corpus / "loop_b.txt").symlink_to(corpus / "loop_a.txt")
    (corpus / "dangling.pdf").symlink_to(tmp_path / "nothing-here.pdf")
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy2(REVIEWS / SMALL_FILES[1], shared / SMALL_FILES[1])
    (corpus / "from-shared.html").symlink_to(shared / SMALL_FILES[1])
    settings = make_settings(tmp_path / "data", corpus, link_roots=str(shared))

    report = run_pipeline(settings)
    assert report.exit_code == 1
    failed = {Path(e.path).name: (e.stage, e.reason) for e in report.failed}
    assert set(failed) == {"x.txt", "loop_a.txt", "loop_b.txt", "dangling.pdf"}
    assert failed["x.txt"][0] == "link" and "outside the corpus" in failed["x.txt"][1]
    assert "loop" in failed["loop_a.txt"][1] and "loop" in failed["loop_b.txt"][1]
    stats, files, _ = _state(settings)
    assert files["from-shared.html"][0] != "failed", "a link into link_roots is followed"
    assert stats["reviews"] == 2
    with Catalog(settings.catalog) as catalog:
        texts = " ".join(r["text"] for r in catalog.db.execute("SELECT text FROM lessons"))
        titles = " ".join(r["title"] for r in catalog.db.execute("SELECT title FROM reviews"))
    assert "swordfish" not in texts and "Child Z" not in titles
    _good_ones_all_there(settings, [SMALL_FILES[0], "from-shared.html"])

    # Refused links stay listed as failures; an unchanged one is not retried every
    # night, and the run is never "ok" while they are there.
    again = run_pipeline(settings)
    assert again.exit_code == 1 and not again.failed
    assert {Path(e.path).name for e in again.still_failed} == {"x.txt", "loop_a.txt", "loop_b.txt", "dangling.pdf"}
    assert _state(settings)[0]["failed"] == 4

    # Without link_roots, the same link is refused too.
    strict = make_settings(tmp_path / "data2", corpus)
    report = run_pipeline(strict)
    assert "from-shared.html" in {Path(e.path).name for e in report.failed}


# --- 3. limits per document ------------------------------------------------------------


def _tiny_lines_pdf(path: Path, lines: int = 1000) -> Path:
    """One page of `lines` lines in 0.3-point type, 0.8 points apart: each line
    its own block of the cover's largest type, all joined into the title (the
    probe's 4,000 lines gave 485,778 characters; these 1,000 give 44,888)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 0.3)
    for n in range(lines):
        pdf.drawString(20, 830 - n * 0.8, f"Line {n} of the cover page about the family")
    pdf.showPage()
    pdf.save()
    return path


def test_a_page_of_thousands_of_tiny_lines_gives_a_bounded_title(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    _tiny_lines_pdf(corpus / "tiny-lines.pdf")
    settings = make_settings(tmp_path / "data", corpus)
    report = run_pipeline(settings)
    assert report.exit_code == 0, report.failed
    with Catalog(settings.catalog) as catalog:
        longest = catalog.db.execute("SELECT max(length(title)) FROM reviews").fetchone()[0]
        row = catalog.file_state(str(corpus / "tiny-lines.pdf"))
    assert longest <= settings.max_title_chars
    warnings = json.loads(row["warnings"])
    assert any("title was" in w and "max_title_chars" in w for w in warnings), warnings
    _good_ones_all_there(settings, [SMALL_FILES[0], "tiny-lines.pdf"])
    hits = open_backend(settings).search(SearchRequest(query="", per_page=100))
    assert hits.hits and all(len(h.lesson.review_title) <= settings.max_title_chars for h in hits.hits)
    assert len(json.dumps([h.lesson.review_title for h in hits.hits])) < 100 * (settings.max_title_chars + 10)


def test_text_and_lessons_over_the_limits_are_refused_with_the_reason(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:2])
    para = (
        "Learning point {n}: the health visitor did not share what she knew about visit {n} with the school nurse.\n\n"
    )
    # The probe's 60 MB file, scaled: 300 KB against a 50,000-character limit.
    (corpus / "huge.txt").write_text(
        "Serious Case Review: Child H\n\n" + "".join(para.format(n=n) for n in range(3300))
    )
    # Many lessons in little text: 60 against a limit of 40.
    (corpus / "many.txt").write_text(
        "Serious Case Review: Child M\n\nLearning points\n\n" + "".join(para.format(n=n) for n in range(60))
    )
    settings = make_settings(tmp_path / "data", corpus, max_text_chars=50_000, max_lessons=40)
    started = time.monotonic()
    report = run_pipeline(settings)
    assert time.monotonic() - started < 120
    failed = {Path(e.path).name: (e.stage, e.reason) for e in report.failed}
    assert failed["huge.txt"][0] == "limits" and "max_text_chars" in failed["huge.txt"][1]
    assert failed["many.txt"][0] == "limits" and "max_lessons" in failed["many.txt"][1]
    _good_ones_all_there(settings, SMALL_FILES[:2])
    assert _state(settings)[0]["reviews"] == 2

    # Raising the limit is all it takes: retried, both are read.
    roomy = make_settings(tmp_path / "data", corpus, max_text_chars=1_000_000, max_lessons=5000)
    retried = run_pipeline(roomy, retry_failed=True)
    assert not retried.failed and _state(roomy)[0]["reviews"] == 4


# --- 4. Word bombs and the worker memory cap -------------------------------------------


def _docx(path: Path, body: bytes, extra: dict[str, bytes] | None = None) -> Path:
    """A real Word package (from python-docx) with its body replaced and parts added."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("placeholder")
    doc.save(str(path))
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    head, _, rest = parts["word/document.xml"].partition(b"<w:body>")
    parts["word/document.xml"] = head + b"<w:body>" + body + b"</w:body></w:document>"
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_word_bombs_are_refused_before_parsing(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES)
    para = b"<w:p><w:r><w:t>Learning point: share information.</w:t></w:r></w:p>"
    # Decompressed size: a 40 MB part in a package of a few dozen KB, against a 10 MB limit.
    _docx(corpus / "size-bomb.docx", para, {"word/bomb.xml": b"<a>" + b" " * 40_000_000 + b"</a>"})
    # Element count: 400,000 empty paragraphs (74 KB compressed in the probe had 8.4 million), limit 100,000.
    _docx(corpus / "element-bomb.docx", b"<w:p/>" * 400_000)
    assert (corpus / "size-bomb.docx").stat().st_size < 200_000
    settings = make_settings(tmp_path / "data", corpus, docx_max_unzipped_bytes=10_000_000, docx_max_elements=100_000)
    started = time.monotonic()
    report = run_pipeline(settings)
    took = time.monotonic() - started
    failed = {Path(e.path).name: (e.stage, e.reason) for e in report.failed}
    assert failed["size-bomb.docx"][0] == "limits" and "docx_max_unzipped_bytes" in failed["size-bomb.docx"][1]
    assert failed["element-bomb.docx"][0] == "limits" and "docx_max_elements" in failed["element-bomb.docx"][1]
    assert took < 60
    _good_ones_all_there(settings, SMALL_FILES)


def test_a_document_over_the_worker_memory_cap_fails_alone(tmp_path):
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:2])
    para = (
        "Learning point {n}: the health visitor did not share what she knew about visit {n} with the school nurse.\n\n"
    )
    (corpus / "hungry.txt").write_text(
        "Serious Case Review: Child Q\n\n" + "".join(para.format(n=n) for n in range(60000))
    )
    settings = make_settings(tmp_path / "data", corpus)
    # A fresh `lessons reindex`, as at night: the cap is what a worker may add to what it was forked with.
    result = subprocess.run(
        lessons_cli(settings, "reindex", "--quiet"),
        capture_output=True,
        text=True,
        timeout=300,
        env=cli_env(
            settings, LESSONS_WORKER_MEMORY_MB="30", LESSONS_MAX_TEXT_CHARS="100000000", LESSONS_MAX_LESSONS="1000000"
        ),
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    stats, files, _ = _state(settings)
    assert files["hungry.txt"][:2] in (("failed", "memory"), ("failed", "worker")), files["hungry.txt"]
    assert "worker_memory_mb" in files["hungry.txt"][2] or "died" in files["hungry.txt"][2]
    assert stats["reviews"] == 2
    _good_ones_all_there(settings, SMALL_FILES[:2])


# --- 8. OCR: a killed run leaves no tool running and no temporary files for long ---------


def _ocr_tools_running(marker: str) -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if marker in cmdline and ("tesseract" in cmdline or "pdftoppm" in cmdline):
            found.append(f"{pid}: {cmdline}")
    return found


def _scanned_pdf(path: Path, pages: int) -> Path:
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        image = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        for row in range(40):
            draw.text((100, 100 + row * 38), f"Page {n} line {row}: the school nurse was not told.", fill=0)
        pdf.drawImage(ImageReader(image), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
    return path


def _require_ocr_tools() -> None:
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        if os.environ.get("CI") == "true":
            pytest.fail("tesseract and pdftoppm are required under CI (tests/setup-system.sh installs them)")
        pytest.skip("OCR tools not installed: run tests/setup-system.sh (or `make test`)")


def test_a_run_killed_during_ocr_leaves_no_tool_running_and_the_next_run_cleans_up(tmp_path):
    _require_ocr_tools()
    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:1])
    _scanned_pdf(corpus / "scanned.pdf", pages=8)
    settings = make_settings(tmp_path / "data", corpus)
    scratch = settings.scratch_dir
    run = subprocess.Popen(
        lessons_cli(settings, "reindex", "--quiet"),
        env=cli_env(settings),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not _ocr_tools_running(str(scratch)):
            assert run.poll() is None, "the run ended before OCR started"
            assert time.monotonic() < deadline, "OCR never started"
            time.sleep(0.05)
        assert list(scratch.glob("lessons-ocr-*")), "OCR's temporary files are not under the data folder"
        os.kill(run.pid, signal.SIGKILL)
        run.wait(10)
    finally:
        if run.poll() is None:
            run.kill()
    deadline = time.monotonic() + 10
    while _ocr_tools_running(str(scratch)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _ocr_tools_running(str(scratch)) == [], "an OCR tool outlived the run that started it"

    # The next run empties the scratch folder, then does the work (a short timeout: OCR is abandoned).
    quick = make_settings(tmp_path / "data", corpus, file_timeout=3)
    report = run_pipeline(quick)
    assert not list(scratch.glob("lessons-ocr-*")) or report.failed
    assert _ocr_tools_running(str(scratch)) == []
    _good_ones_all_there(quick, [SMALL_FILES[0]])
    failed = {Path(e.path).name: e.stage for e in report.failed}
    assert failed.get("scanned.pdf") in (None, "timeout")
    # What a timed-out worker left is removed at the next start.
    run_pipeline(quick)
    assert not list(scratch.glob("lessons-ocr-*"))


# --- an unexpected error in a run ------------------------------------------------------


def test_an_unexpected_error_stops_the_run_with_its_traceback_logged_and_the_index_kept(tmp_path):
    import sqlite3

    corpus = copy_reviews(tmp_path / "corpus", SMALL_FILES[:2])
    settings = make_settings(tmp_path / "data", corpus)
    assert run_pipeline(settings).exit_code == 0
    serving = (settings.index_dir / "CURRENT").read_text()
    indexed = _indexed(settings)
    # A row no program of ours writes (edited by hand): the index build meets it.
    db = sqlite3.connect(settings.catalog)
    db.execute("UPDATE lessons SET age_bands = 'not json' WHERE rowid = (SELECT min(rowid) FROM lessons)")
    db.commit()
    db.close()

    # A new file is committed before the index build fails: the report says so.
    copy_reviews(corpus, SMALL_FILES[2:3])
    stopped = run_pipeline(settings)
    assert stopped.exit_code == 2 and "JSONDecodeError" in stopped.message
    with Catalog(settings.catalog) as catalog:
        [row] = [r for r in catalog.files() if Path(r["path"]).name == SMALL_FILES[2]]
        committed = catalog.db.execute(
            "SELECT count(*) FROM lessons WHERE review_id = ?", (row["review_id"],)
        ).fetchone()[0]
    assert committed > 0 and stopped.lessons_added == committed
    from search_app.pipeline.summary import run_summary

    assert any(f"added {committed}" in line for line in run_summary(stopped))

    result = run_cli(settings, "index", "--rebuild")
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "JSONDecodeError" in result.stderr
    assert "stopped by an unexpected error" in result.stderr
    end = json.loads((settings.data_dir / "runs.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert end["event"] == "end" and end["exit_code"] == 2 and "JSONDecodeError" in end["message"]
    assert (settings.index_dir / "CURRENT").read_text() == serving and _indexed(settings) == indexed
