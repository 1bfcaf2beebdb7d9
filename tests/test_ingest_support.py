"""Ingest tests: builders of real review PDFs (reportlab) shared by the ingest tests.

`make_review_pdf` lays out a list of ("h1" | "h2" | "p" | "bullet" | "bold" |
"table" | "pagebreak", content) items in one or two columns, with a running
header and a "Page N of M" footer on every page, as real reviews are printed.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H1 = ParagraphStyle(
    "h1", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8, spaceAfter=8
)
H2 = ParagraphStyle(
    "h2", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=6
)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6)
TITLE = ParagraphStyle("title", parent=H1, fontSize=24, leading=30, spaceAfter=20)


FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def dejavu_available() -> bool:
    return (FONT_DIR / "DejaVuSans.ttf").is_file() and (FONT_DIR / "DejaVuSans-Bold.ttf").is_file()


def use_dejavu() -> None:
    """Switch the body styles to an embedded TrueType font that has ligature glyphs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def _flowables(items, font=None):
    out = []
    body = ParagraphStyle("tt", parent=BODY, fontName=font) if font else BODY
    for kind, content in items:
        if kind == "title":
            out.append(Paragraph(content, TITLE))
        elif kind == "h1":
            out.append(Paragraph(content, H1))
        elif kind == "h2":
            out.append(Paragraph(content, H2))
        elif kind == "p":
            out.append(Paragraph(content, body))
        elif kind == "bold":
            out.append(Paragraph(content, BOLD))
        elif kind == "bullet":
            out.append(Paragraph(content, BULLET, bulletText="\u2022"))
        elif kind == "space":
            out.append(Spacer(1, content))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(str(cell), BODY) for cell in row] for row in content]
            table = Table(rows, colWidths=[1.2 * cm, 10.5 * cm, 4.5 * cm])
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            )
            out.append(table)
        else:
            raise ValueError(kind)
    return out


def make_review_pdf(
    path: Path,
    items,
    header: str = "Anytown Safeguarding Children Partnership - Child T",
    footer: bool = True,
    marking: str = "OFFICIAL",
    columns: int = 1,
    encrypt: str | None = None,
    font: str | None = None,
) -> Path:
    """Write a review PDF and return its path."""
    width, height = A4
    margin = 2 * cm

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(margin, height - 1.2 * cm, header)
        if marking:
            canvas.drawRightString(width - margin, height - 1.2 * cm, marking)
        if footer:
            canvas.drawCentredString(width / 2, 1.0 * cm, f"Page {doc.page} of {doc.total_pages}")
        canvas.restoreState()

    class Doc(BaseDocTemplate):
        total_pages = 0

    doc = Doc(
        str(path),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        encrypt=encrypt,
    )
    if columns == 2:
        gap = 0.8 * cm
        col = (width - 2 * margin - gap) / 2
        frames = [
            Frame(margin, margin, col, height - 2 * margin, id="left"),
            Frame(margin + col + gap, margin, col, height - 2 * margin, id="right"),
        ]
    else:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
    # Two passes so "Page N of M" knows M.
    probe = Doc(str(path), pagesize=A4)
    probe.addPageTemplates([PageTemplate(id="page", frames=[Frame(f.x1, f.y1, f.width, f.height) for f in frames])])
    probe.build(_flowables(items, font))
    Doc.total_pages = probe.page
    doc.build(_flowables(items, font))
    return path


def test_builder_writes_a_pdf(tmp_path):
    path = make_review_pdf(tmp_path / "r.pdf", [("h1", "Introduction"), ("p", "Some text.")])
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
