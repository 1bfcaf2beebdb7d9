"""Ingest tests: OCR installed by pip alone (RapidOCR, pypdfium2) reads a real
scanned PDF on a machine without Tesseract, the engine is chosen and recorded,
and the spaces its model leaves out are put back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest import IngestFailure, extract_review
from ingest.ocr import RAPIDOCR, TESSERACT, ocr_engine, tesseract_available
from ingest.ocr_rapid import available as rapidocr_available
from ingest.ocr_spacing import respace

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _require_rapidocr() -> None:
    if rapidocr_available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("rapidocr-onnxruntime and pypdfium2 are install requirements (setup.cfg) and must load under CI")
    pytest.skip("RapidOCR not installed: .venv/bin/pip install -e .")


def _font(name: str, size: int):
    from PIL import ImageFont

    path = DEJAVU / f"{name}.ttf"
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("DejaVu fonts missing under CI (tests/setup-system.sh installs fonts-dejavu-core)")
        pytest.skip("DejaVu fonts are not installed: sudo apt-get install fonts-dejavu-core")
    return ImageFont.truetype(str(path), size)


def scanned_review(path: Path) -> Path:
    """A two-page PDF as a scanner makes it: page 1 has a text layer, page 2 is only an image of text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = A4
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    body, bold = _font("DejaVuSans", 30), _font("DejaVuSans-Bold", 46)
    draw.text((120, 150), "4 Findings", font=bold, fill=0)
    draw.text((120, 260), "Finding 1: Missing episodes as a warning sign", font=body, fill=0)
    draw.text((120, 320), "Child L was reported missing twenty-three times in", font=body, fill=0)
    draw.text((120, 362), "eight months and the pattern was never analysed.", font=body, fill=0)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, height - 120, "Serious Case Review: Child L")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, height - 160, "Rotherham Safeguarding Children Board")
    pdf.showPage()
    pdf.drawImage(ImageReader(image), 0, 0, width, height)
    pdf.showPage()
    pdf.save()
    return path


def test_without_tesseract_on_path_the_pip_engine_reads_a_scanned_page(tmp_path, monkeypatch):
    _require_rapidocr()
    path = scanned_review(tmp_path / "scan.pdf")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # neither tesseract nor pdftoppm
    assert not tesseract_available()
    assert ocr_engine("auto") == RAPIDOCR
    assert ocr_engine(TESSERACT) is None

    review = extract_review(path)  # the default: auto

    assert (review.ocr_pages, review.ocr_engine) == ((2,), RAPIDOCR)
    assert "OCR used on pages 2" in review.warnings
    [lesson] = review.lessons
    assert (lesson.kind, lesson.label, lesson.page_start) == ("finding", "Finding 1", 2)
    words = lesson.text.lower().split()
    for word in ("reported", "missing", "twenty-three", "pattern", "never", "analysed."):
        assert word in words, lesson.text
    assert review.title == "Serious Case Review: Child L" and review.area == "Rotherham"


def test_a_forced_engine_that_is_missing_leaves_the_scanned_pages_waiting_with_its_install_command(
    tmp_path, monkeypatch
):
    from tests.test_first_run import scanned_pdf

    path = scanned_review(tmp_path / "scan.pdf")
    monkeypatch.setenv("PATH", str(tmp_path))
    review = extract_review(path, ocr=TESSERACT)
    # Page 1 has text, so the review is read; page 2 waits for OCR, which a later run retries.
    assert review.ocr_pages == () and review.ocr_engine == ""
    assert any("have no text layer and OCR is not installed" in w for w in review.warnings), review.warnings

    with pytest.raises(IngestFailure) as failure:
        extract_review(scanned_pdf(tmp_path / "all-scanned.pdf"), ocr=TESSERACT)
    assert failure.value.stage == "ocr"
    assert "OCR is not installed (sudo apt-get install tesseract-ocr" in failure.value.reason


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="OCR engine must be one of"):
        ocr_engine("ocrmypdf")


def test_text_pages_are_never_ocred_and_record_no_engine(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "text.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 700, "Serious Case Review: Child M")
    pdf.drawString(72, 660, "Finding 1: The school's concerns were not shared with the GP.")
    pdf.showPage()
    pdf.save()
    review = extract_review(path, ocr=RAPIDOCR)
    assert review.ocr_pages == () and review.ocr_engine == ""


@pytest.mark.parametrize(
    ("run", "spaced"),
    [
        # No gap information (every character touches the next): the words decide.
        ("thereviewwascommissionedbythepartnership", "the review was commissioned by the partnership"),
        ("thefatherdidnotattendanymeeting", "the father did not attend any meeting"),
        # A comma, or a full stop before a capital, is followed by a space in English.
        ("time.The", "time. The"),
        ("family,and", "family, and"),
        # A number after a lower-case word; not inside a code such as C47.
        ("October2011", "October 2011"),
        ("C47", "C47"),
        # Numbers and names the dictionary knows are left whole.
        ("1.2", "1.2"),
        ("Rotherham", "Rotherham"),
    ],
)
def test_the_spaces_the_model_leaves_out_are_put_back_from_the_words(run, spaced):
    spans = [(float(i * 10), float(i * 10 + 10)) for i in range(len(run))]
    assert respace(run, spans) == spaced


def test_a_wide_gap_makes_a_space_the_words_alone_would_not():
    text = "Lis"  # "Lis" is a word the dictionary knows; the gap after "L" says "L is"
    touching = [(0.0, 10.0), (10.0, 20.0), (20.0, 30.0)]
    gapped = [(0.0, 10.0), (22.0, 32.0), (32.0, 42.0)]
    assert respace(text, touching) == "Lis"
    assert respace(text, gapped) == "L is"


def test_spans_that_do_not_match_the_text_leave_it_as_it_is():
    assert respace("thereview", [(0.0, 1.0)]) == "thereview"


def test_lessons_extract_json_says_which_engine_read_which_pages(tmp_path):
    import json
    import subprocess

    from tests.test_pipeline import PROJECT_ROOT, cli_env, lessons_cli, make_settings

    _require_rapidocr()
    path = scanned_review(tmp_path / "scan.pdf")
    settings = make_settings(tmp_path / "data", tmp_path)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    result = subprocess.run(
        lessons_cli(settings, "extract", "--json", "--no-themes", str(path)),
        env=cli_env(settings, PATH=str(empty)),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["ocr"] == {"engine": "rapidocr", "pages": [2]}
    assert [lesson["label"] for lesson in record["lessons"]] == ["Finding 1"]

    forced = subprocess.run(
        lessons_cli(settings, "extract", "--json", "--no-themes", str(path)),
        env=cli_env(settings, PATH=str(empty), LESSONS_OCR_ENGINE="tesseract"),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert forced.returncode == 0, forced.stderr
    assert "ocr" not in json.loads(forced.stdout)  # no page was read by OCR: the key is left out


def test_when_no_engine_loads_the_failure_says_why_and_names_the_command(tmp_path, monkeypatch):
    import sys

    from ingest import ocr_rapid
    from tests.test_first_run import scanned_pdf

    path = scanned_pdf(tmp_path / "scan.pdf")
    monkeypatch.setenv("PATH", str(tmp_path))  # no Tesseract
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # the package is not installed
    ocr_rapid._modules.cache_clear()
    try:
        assert ocr_engine("auto") is None
        with pytest.raises(IngestFailure) as failure:
            extract_review(path)
    finally:
        ocr_rapid._modules.cache_clear()
    assert failure.value.stage == "ocr"
    assert "OCR is not installed (RapidOCR could not load: ModuleNotFoundError" in failure.value.reason
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils" in failure.value.reason
