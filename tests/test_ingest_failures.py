"""Ingest tests: files that cannot be read give IngestFailure with a stage and a reason, never another exception."""

from __future__ import annotations

import pytest
from test_ingest_support import make_review_pdf

from ingest import IngestFailure, discover, extract_review

PROSE = "The school nurse shared the concern with the designated safeguarding lead the same day. "


def _failure(path, **limits) -> IngestFailure:
    with pytest.raises(IngestFailure) as caught:
        extract_review(path, **limits)
    failure = caught.value
    assert failure.stage and failure.reason
    return failure


@pytest.fixture
def good_pdf(tmp_path):
    items = [("h1", "Findings"), ("p", PROSE * 20), ("pagebreak", None), ("p", PROSE * 20)]
    return make_review_pdf(tmp_path / "good.pdf", items)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    failure = _failure(path)
    assert failure.stage == "open" and "empty" in failure.reason


def test_not_really_a_pdf(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_text("Dear colleague, please find the review attached.\n")
    failure = _failure(path)
    assert failure.stage == "open" and "not a PDF" in failure.reason


def test_truncated_pdf(tmp_path, good_pdf):
    data = good_pdf.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    failure = _failure(path)
    assert failure.stage == "parse" and "truncated" in failure.reason


def test_garbage_after_the_header(tmp_path):
    path = tmp_path / "noise.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    failure = _failure(path)
    assert failure.stage == "parse"


def test_encrypted_pdf(tmp_path):
    path = make_review_pdf(tmp_path / "locked.pdf", [("h1", "Findings"), ("p", PROSE)], encrypt="secret-password")
    assert b"/Encrypt" in path.read_bytes()
    failure = _failure(path)
    assert failure.stage == "open" and "encrypted" in failure.reason


def test_pdf_over_the_page_limit(good_pdf):
    failure = _failure(good_pdf, max_pages=1)
    assert failure.stage == "open" and "limit of 1" in failure.reason


def test_file_over_the_byte_limit(good_pdf):
    failure = _failure(good_pdf, max_bytes=100)
    assert failure.stage == "open" and "limit of 100" in failure.reason


def test_pdf_with_no_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 200, 200)
    pdf.showPage()
    pdf.save()
    failure = _failure(path)
    assert failure.stage == "text" and "no text" in failure.reason


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    assert _failure(path).stage == "open"


def test_damaged_docx(tmp_path):
    path = tmp_path / "review.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    assert _failure(path).stage == "open"


def test_failure_survives_a_worker_process_boundary():
    import pickle

    failure = pickle.loads(pickle.dumps(IngestFailure("parse", "corrupt PDF")))
    assert (failure.stage, failure.reason) == ("parse", "corrupt PDF")


def test_discover_keeps_documents_and_skips_sidecars_hidden_files_and_gold(tmp_path, good_pdf):
    reviews = tmp_path / "corpus" / "reviews"
    gold = tmp_path / "corpus" / "gold"
    reviews.mkdir(parents=True)
    gold.mkdir()
    (reviews / "a.pdf").write_bytes(good_pdf.read_bytes())
    (reviews / "a.meta.yaml").write_text("area: Leeds\n")
    (reviews / "b.TXT").write_text("Findings\n")
    (reviews / "c.html").write_text("<h1>Review</h1>")
    (reviews / ".hidden.pdf").write_bytes(b"%PDF-1.4")
    (reviews / "notes.md").write_text("notes")
    (gold / "a.json").write_text("{}")
    found = discover([tmp_path / "corpus", reviews / "a.pdf"])
    names = [f.path.rsplit("/", 1)[-1] for f in found]
    assert names == ["a.pdf", "b.TXT", "c.html"]
    first = found[0]
    assert first.path == str((reviews / "a.pdf").resolve())
    assert first.size == good_pdf.stat().st_size and first.mtime > 0
    import hashlib

    assert first.sha256 == hashlib.sha256(good_pdf.read_bytes()).hexdigest()


def test_damaged_bytes_give_a_review_or_a_failure_never_another_exception(tmp_path, good_pdf):
    import random

    data = good_pdf.read_bytes()
    rng = random.Random(7)
    outcomes = set()
    for n in range(25):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged{n}.pdf"
        path.write_bytes(bytes(damaged))
        try:
            review = extract_review(path)
            outcomes.add("review")
            assert review.page_count >= 1
        except IngestFailure as failure:
            outcomes.add(failure.stage)
            assert failure.reason
    assert outcomes  # every one of them ended in a record or a clear failure


def _maliciously_deep_pdf(depth: int) -> bytes:
    """A one-page PDF whose page resources hold arrays nested `depth` deep."""
    nested = "[" * depth + "]" * depth
    stream = "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        f"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
        f"/Deep {nested} >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_maliciously_deep_pdf_fails_cleanly_or_reads(tmp_path):
    path = tmp_path / "deep.pdf"
    path.write_bytes(_maliciously_deep_pdf(200_000))
    try:
        review = extract_review(path)
    except IngestFailure as failure:
        assert failure.stage and failure.reason
    else:
        assert review.page_count == 1
