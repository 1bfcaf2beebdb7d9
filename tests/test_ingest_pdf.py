"""Ingest tests: PDF text, cleaning and structure on real PDFs made with reportlab."""

from __future__ import annotations

import pytest
from test_ingest_support import dejavu_available, make_review_pdf, use_dejavu

from ingest import EXTRACTOR_VERSION, extract_review
from ingest.block_cues import join_lines
from ingest.blocks import build_blocks
from ingest.clean import normalise, normalise_pages, remove_furniture
from ingest.pdf_text import read_pdf

PROSE = (
    "The health visitor completed the new birth visit and recorded that the home was warm and "
    "clean, but the father was not present and was not spoken to about his history. "
)


def _text_of(review_or_blocks):
    return "\n".join(b.text for b in review_or_blocks)


def _blocks(path, max_pages=100):
    pages, _ = read_pdf(path, max_pages)
    return build_blocks(remove_furniture(normalise_pages(pages)))


def test_pages_are_counted_and_lessons_carry_physical_pages(tmp_path):
    items = [
        ("title", "Serious Case Review: Child T"),
        ("pagebreak", None),
        ("h1", "1. Introduction"),
        ("p", PROSE * 3),
        ("pagebreak", None),
        ("h1", "2. Findings"),
        ("bold", "Finding 1: Fathers were not seen"),
        ("p", PROSE),
        ("pagebreak", None),
        ("bold", "Finding 2: Records were not shared"),
        ("p", PROSE),
    ]
    review = extract_review(make_review_pdf(tmp_path / "t.pdf", items))
    assert review.page_count == 4
    assert [(l.label, l.page_start, l.page_end) for l in review.lessons] == [("Finding 1", 3, 3), ("Finding 2", 4, 4)]
    assert review.extractor_version == EXTRACTOR_VERSION


def test_running_headers_footers_page_numbers_and_markings_are_removed(tmp_path):
    items = [("h1", "Introduction")] + [("p", PROSE)] * 4
    for n in range(3):
        items += [("pagebreak", None), ("h1", f"Part {n + 2}"), ("p", PROSE * 2)]
    path = make_review_pdf(
        tmp_path / "f.pdf", items, header="Anytown Safeguarding Children Partnership - Child T", marking="OFFICIAL"
    )
    text = _text_of(_blocks(path))
    assert "Page 1 of 4" not in text and "Page 3 of 4" not in text
    assert "OFFICIAL" not in text
    assert "Anytown Safeguarding Children Partnership - Child T" not in text
    assert "new birth visit" in text  # the body is kept


def test_ligatures_soft_hyphens_and_odd_spaces_are_normalised():
    assert normalise("\ufb01ndings of the re\ufb02ective \u00a0 session") == "findings of the reflective session"
    assert normalise("safe\u00adguarding\u200b") == "safeguarding"
    assert normalise("(cid:127) a bullet") == "\u2022 a bullet"


def test_words_hyphenated_across_lines_are_joined(tmp_path):
    items = [
        ("h1", "Analysis"),
        ("p", "The review considered the safe-<br/>guarding arrangements and the well-<br/>being of the child."),
    ]
    text = _text_of(_blocks(make_review_pdf(tmp_path / "h.pdf", items)))
    assert "safeguarding arrangements" in text
    assert "well-being of the child" in text
    assert join_lines("the assess-", "ment was late") == "the assessment was late"
    assert join_lines("non-", "accidental injury") == "non-accidental injury"
    assert join_lines("Child T was seen -", "Monday") == "Child T was seen - Monday"


@pytest.mark.skipif(not dejavu_available(), reason="DejaVu fonts are not installed")
def test_ligature_glyphs_in_an_embedded_font_become_letters(tmp_path):
    use_dejavu()
    items = [("h1", "Findings"), ("p", "The sta\ufb00 re\ufb02ected on the \ufb01rst o\ufb03cial referral.")]
    path = make_review_pdf(tmp_path / "lig.pdf", items, font="DejaVuSans")
    text = _text_of(_blocks(path))
    assert "The staff reflected on the first official referral." in text


def test_two_columns_are_read_column_by_column(tmp_path):
    left = [f"Left paragraph {n}: " + PROSE for n in range(1, 8)]
    right = [f"Right paragraph {n}: " + PROSE for n in range(1, 8)]
    items = [("h1", "Learning")] + [("p", t) for t in left + right]
    path = make_review_pdf(tmp_path / "two.pdf", items, columns=2)
    pages, _ = read_pdf(path, 10)
    assert any(line.x0 > pages[0].width / 2 for line in pages[0].lines)  # really two columns
    blocks = [b for b in _blocks(path) if b.kind == "para"]
    order = [b.text.split(":")[0] for b in blocks]
    expected = [f"Left paragraph {n}" for n in range(1, 8)] + [f"Right paragraph {n}" for n in range(1, 8)]
    assert [o for o in order if o in expected] == [e for e in expected if e in order]
    assert len([o for o in order if o in expected]) >= 10
    for block in blocks:  # no paragraph mixes lines of both columns
        assert not ("Left paragraph" in block.text and "Right paragraph" in block.text)


def test_headings_become_sections_with_levels_and_pages(tmp_path):
    items = [
        ("title", "Local Child Safeguarding Practice Review: Child M"),
        ("pagebreak", None),
        ("h1", "1. Introduction"),
        ("p", PROSE),
        ("h2", "1.1 Scope of the review"),
        ("p", PROSE),
        ("pagebreak", None),
        ("h1", "2. Analysis"),
        ("p", PROSE * 2),
    ]
    review = extract_review(make_review_pdf(tmp_path / "s.pdf", items))
    by_heading = {s.heading: s for s in review.sections}
    assert by_heading["1. Introduction"].level < by_heading["1.1 Scope of the review"].level
    assert (by_heading["1. Introduction"].page_start, by_heading["1. Introduction"].page_end) == (2, 2)
    assert by_heading["2. Analysis"].page_start == 3
    assert "new birth visit" not in " ".join(by_heading)  # body text is not a heading


def test_review_id_is_the_content_hash(tmp_path):
    import hashlib

    path = make_review_pdf(tmp_path / "id.pdf", [("h1", "Findings"), ("p", PROSE)])
    review = extract_review(path)
    assert review.id == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    assert extract_review(path) == review  # the same file gives the same record
