"""First-run tests: what `make run` ingests from corpus/, and scanned documents
when OCR is missing (listed with the command that installs it, never "ok" on a
re-run, read by the first run that finds OCR installed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ingest import discover
from search_app.catalog.store import Catalog
from tests.test_pipeline import cli_env, lessons_cli, make_settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT / "corpus"
OCR = bool(shutil.which("tesseract") and shutil.which("pdftoppm"))


def test_ingesting_the_corpus_folder_finds_only_the_sample_reviews():
    found = [Path(f.path) for f in discover([CORPUS])]
    reviews = sorted(p for p in (CORPUS / "reviews").iterdir() if p.suffix in (".pdf", ".txt", ".html", ".docx"))
    assert sorted(found) == reviews
    assert len(found) == 43
    assert not any("conventions" in p.parts or p.parent == CORPUS for p in found)


def scanned_pdf(path: Path) -> Path:
    """A one-page PDF that is only an image of text, as a scanner makes."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = _font(40)
    draw.text((120, 150), "Findings", font=_font(56), fill=0)
    draw.text((120, 280), "Finding 1: Missing episodes were a warning sign", font=font, fill=0)
    draw.text((120, 350), "Child L went missing many times and no one", font=font, fill=0)
    draw.text((120, 410), "looked at the pattern of the episodes.", font=font, fill=0)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(image), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    return path


def _font(size: int):
    from PIL import ImageFont

    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if os.path.exists(candidate):
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def test_a_scanned_document_waits_for_ocr_is_listed_every_run_and_is_read_once_ocr_is_there(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(CORPUS / "reviews" / "lcspr_2020_sunderland_child_b.txt", corpus)
    scanned_pdf(corpus / "scan.pdf")
    settings = make_settings(tmp_path / "data", corpus)
    empty_bin = str(tmp_path / "empty-bin")  # neither tesseract nor pdftoppm
    # Tesseract asked for and missing: no OCR at all.
    no_ocr = cli_env(settings, PATH=empty_bin, LESSONS_OCR_ENGINE="tesseract")

    def ingest(env):
        return subprocess.run(
            lessons_cli(settings, "ingest", str(corpus)),
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    first = ingest(no_ocr)
    assert first.returncode == 1, first.stderr
    assert "scan.pdf  [ocr]" in first.stderr
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils" in first.stderr
    assert "lcspr_2020_sunderland_child_b.txt" in first.stderr  # the rest is ingested and served

    again = ingest(no_ocr)
    assert again.returncode == 1, again.stderr
    assert "ingest: ok" not in again.stderr
    assert "scan.pdf  [ocr]" in again.stderr and "(before; unchanged since)" in again.stderr
    assert "failed 1" in again.stderr

    # OCR appears: the default setting finds the engine pip installed (still no Tesseract on PATH),
    # and the next run reads the document without being asked.
    require_rapidocr()
    with_ocr = ingest(cli_env(settings, PATH=empty_bin))
    assert with_ocr.returncode == 0, with_ocr.stderr
    assert "ingest: ok" in with_ocr.stderr
    with Catalog(settings.catalog) as catalog:
        assert not catalog.failures()
        texts = [row["text"] for row in catalog.db.execute("SELECT text FROM lessons")]
        [read] = catalog.read_by_ocr()
    assert any("warning sign" in t.lower() or "pattern" in t.lower() for t in texts), texts
    assert (Path(read["path"]).name, read["engine"], read["pages"]) == ("scan.pdf", "rapidocr", [1])
    status = subprocess.run(
        lessons_cli(settings, "status", "--json"), env=cli_env(settings), capture_output=True, text=True, timeout=120
    )
    assert status.returncode == 0, status.stderr
    [ocr] = json.loads(status.stdout)["ocr"]
    assert (Path(ocr["path"]).name, ocr["engine"], ocr["pages"]) == ("scan.pdf", "rapidocr", [1])
    assert json.loads(status.stdout)["failures"] == []


def test_tesseract_is_preferred_when_installed_and_the_first_run_to_find_it_reads_what_waited(tmp_path):
    if not OCR:
        if os.environ.get("CI") == "true":
            pytest.fail("OCR tools missing under CI (tests/setup-system.sh installs them)")
        pytest.skip("OCR tools (tesseract, pdftoppm) not installed: sudo apt-get install tesseract-ocr poppler-utils")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    scanned_pdf(corpus / "scan.pdf")
    settings = make_settings(tmp_path / "data", corpus)
    waiting = subprocess.run(
        lessons_cli(settings, "ingest", str(corpus)),
        env=cli_env(settings, PATH=str(tmp_path / "empty-bin"), LESSONS_OCR_ENGINE="tesseract"),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert waiting.returncode == 1 and "scan.pdf  [ocr]" in waiting.stderr, waiting.stderr
    with_ocr = subprocess.run(
        lessons_cli(settings, "ingest", str(corpus)),
        env=cli_env(settings),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert with_ocr.returncode == 0, with_ocr.stderr
    with Catalog(settings.catalog) as catalog:
        assert not catalog.failures()
        [read] = catalog.read_by_ocr()
    assert read["engine"] == "tesseract"


def require_rapidocr() -> None:
    from ingest.ocr_rapid import available

    if available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("rapidocr-onnxruntime and pypdfium2 are install requirements (setup.cfg) and must load under CI")
    pytest.skip("RapidOCR not installed: .venv/bin/pip install -e .")
