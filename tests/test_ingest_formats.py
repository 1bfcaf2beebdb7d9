"""Ingest tests: plain text, HTML, Word and scanned (OCR) reviews."""

from __future__ import annotations

import shutil

import pytest
from test_ingest_support import dejavu_available

from ingest import extract_review

FINDING = "Safer sleep advice had been given to the mother by the midwife and the health visitor."


def test_text_file_pages_split_on_form_feeds(tmp_path):
    page1 = (
        "Leeds Safeguarding Children Partnership\n\nLocal Child Safeguarding Practice Review: Baby M\n"
        "==================================================\n\nIndependent Reviewer: Siobhan Carter\n"
        "Publication date: 18 March 2021\n\n1 INTRODUCTION\n\n1.1   Baby M died at the age of 10 weeks. The family\n"
        "      were known to universal services.\n\nPage 1 of 2\n"
    )
    page2 = (
        "4 FINDINGS\n\nFinding 1: Safer sleep\n" + FINDING + "\n\nRecommendation 1\n----------------\n\n"
        "The Partnership should adopt a safer sleep assess-\nment tool.\n\nPage 2 of 2\n"
    )
    path = tmp_path / "baby_m.txt"
    path.write_text(page1 + "\f" + page2, encoding="utf-8")
    review = extract_review(path)
    assert review.page_count == 2
    assert (review.title, review.area, review.region) == (
        "Local Child Safeguarding Practice Review: Baby M",
        "Leeds",
        "Yorkshire and the Humber",
    )
    assert (review.child, review.child_age, review.author, review.published) == (
        "Baby M",
        "10 weeks",
        "Siobhan Carter",
        "2021-03-18",
    )
    assert [(l.kind, l.label, l.text, l.page_start) for l in review.lessons] == [
        ("finding", "Finding 1", f"Safer sleep {FINDING}", 2),
        ("recommendation", "Recommendation 1", "The Partnership should adopt a safer sleep assessment tool.", 2),
    ]
    assert not any("Page 2 of 2" in l.text for l in review.lessons)


def test_html_headings_lists_and_tables(tmp_path):
    path = tmp_path / "child_k.html"
    path.write_text(
        """<!DOCTYPE html><html><head><title>Child K</title><style>h1{color:red}</style></head><body>
        <header><nav><a href="/">Home</a> Recommendations</nav><p>Home &gt; Case reviews</p></header>
        <main><p>Croydon Safeguarding Children Partnership</p>
        <h1>Local Child Safeguarding Practice Review: Child K</h1>
        <p>Author: Amanda Okafor</p><p>Published: September 2022</p>
        <h2>Learning</h2><h3>Learning point 1</h3><p>The children were present during nine incidents.</p>
        <h2>Good practice</h2><ul><li>The IDVA built a trusting relationship with the mother.</li></ul>
        <h2>Recommendations</h2>
        <table><tr><th>Ref</th><th>Recommendation</th><th>Lead agency</th></tr>
        <tr><td>R1</td><td>Police should describe what the children saw.</td><td>Police</td></tr></table>
        </main><footer>Contact us</footer></body></html>""",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert (review.title, review.area, review.region, review.published, review.author) == (
        "Local Child Safeguarding Practice Review: Child K",
        "Croydon",
        "London",
        "2022-09",
        "Amanda Okafor",
    )
    assert [(l.kind, l.label, l.text, l.agency, l.page_start) for l in review.lessons] == [
        ("learning_point", "Learning point 1", "The children were present during nine incidents.", "", 1),
        ("good_practice", "", "The IDVA built a trusting relationship with the mother.", "", 1),
        ("recommendation", "R1", "Police should describe what the children saw.", "Police", 1),
    ]
    assert [s.heading for s in review.sections][:2] == ["Local Child Safeguarding Practice Review: Child K", "Learning"]


def test_docx_heading_styles_lists_tables_and_one_page(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("Learning from Baby O", style="Title")
    document.add_paragraph("Suffolk Safeguarding Partnership - September 2024")
    document.add_heading("What happened", level=1)
    document.add_paragraph("Baby O was 6 weeks when he was admitted to hospital.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Messages for practitioners", level=1)
    document.add_paragraph("Every piece of information about the father came from the mother.", style="List Bullet")
    document.add_heading("Recommendations", level=1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Lead agency")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1", "The ICB should run a campaign for fathers.", "ICB")):
        cell.text = text
    path = tmp_path / "baby_o.docx"
    document.save(str(path))
    review = extract_review(path)
    assert (review.title, review.child, review.child_age, review.area, review.review_type) == (
        "Learning from Baby O",  # the title as printed, whole (corpus/README.md)
        "Baby O",
        "6 weeks",
        "Suffolk",
        "briefing",
    )
    assert review.page_count == 1  # Word documents are not paginated until printed
    assert [(l.kind, l.label, l.text, l.agency, l.page_start) for l in review.lessons] == [
        ("learning_point", "", "Every piece of information about the father came from the mother.", "", 1),
        ("recommendation", "1", "The ICB should run a campaign for fathers.", "ICB", 1),
    ]


@pytest.mark.skipif(not (shutil.which("tesseract") and shutil.which("pdftoppm")), reason="OCR tools not installed")
@pytest.mark.skipif(not dejavu_available(), reason="DejaVu fonts are not installed")
def test_scanned_pages_are_read_by_ocr_and_text_pages_are_not(tmp_path):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = A4
    image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    draw.text((120, 150), "4 Findings", font=big, fill=0)
    draw.text((120, 260), "Finding 1: Missing episodes as a warning sign", font=font, fill=0)
    draw.text((120, 320), "Child L was reported missing twenty-three times in", font=font, fill=0)
    draw.text((120, 362), "eight months and the pattern was never analysed.", font=font, fill=0)
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(72, height - 120, "Serious Case Review: Child L")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, height - 160, "Rotherham Safeguarding Children Board")
    pdf.showPage()
    pdf.drawImage(ImageReader(image), 0, 0, width, height)
    pdf.showPage()
    pdf.save()
    review = extract_review(path)
    assert review.ocr_pages == (2,)
    assert "OCR used on pages 2" in review.warnings
    [lesson] = review.lessons
    assert (lesson.kind, lesson.label, lesson.page_start) == ("finding", "Finding 1", 2)
    assert "reported missing" in lesson.text and "never analysed" in lesson.text
    assert review.title == "Serious Case Review: Child L" and review.area == "Rotherham"
