"""Corpus generator: reportlab machinery that records where every lesson lands.

Lesson flowables carry a key; the document template's afterFlowable callback
records the physical page (1-based) each keyed flowable, or each piece of a
split one, is drawn on. Documents are built twice: the first pass counts the
pages ("Page x of y") and the pages of the headings (contents page), the
second draws the final file, and both passes must agree on every lesson page.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table

rl_config.invariant = 1

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PAGE_W, PAGE_H = A4
MARGIN = 22 * mm
BODY_W = PAGE_W - 2 * MARGIN
GUTTER = 8 * mm
COL_W = (BODY_W - GUTTER) / 2
FRAME_PADDING = 12  # reportlab Frame: 6pt each side
INNER_W = BODY_W - FRAME_PADDING

_fonts_registered = False


def register_fonts() -> None:
    global _fonts_registered
    if _fonts_registered:
        return
    for name, file in (
        ("DejaVuSerif", "DejaVuSerif.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    _fonts_registered = True


@dataclass
class Look:
    """Fonts and page furniture of one review."""

    body_font: str = "Helvetica"
    bold_font: str = "Helvetica-Bold"
    size: float = 10.5
    header_left: str = ""
    header_right: str = ""  # e.g. OFFICIAL
    footer: str = "Page {x} of {y}"
    footer_left: str = ""
    ligatures: bool = False
    justify: bool = False
    footnote_space: float = 0  # room kept at the foot of body pages for footnotes
    footnotes: dict = field(default_factory=dict)  # page -> footnote lines, from the first pass
    watermark: str = ""  # e.g. DRAFT, drawn large and pale across every body page


def styles(look: Look) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=look.body_font,
        fontSize=look.size,
        leading=look.size * 1.38,
        spaceAfter=5,
        alignment=TA_JUSTIFY if look.justify else TA_LEFT,
    )
    return {
        "body": base,
        "plain": ParagraphStyle("plain", parent=base, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=base, fontSize=look.size - 1.5, leading=(look.size - 1.5) * 1.3),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, alignment=TA_LEFT),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=look.bold_font,
            fontSize=look.size + 5,
            leading=(look.size + 5) * 1.25,
            spaceBefore=10,
            spaceAfter=8,
            alignment=TA_LEFT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=look.bold_font,
            fontSize=look.size + 1.5,
            leading=(look.size + 1.5) * 1.3,
            spaceBefore=8,
            spaceAfter=4,
            alignment=TA_LEFT,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=look.bold_font, fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=16
        ),
        "cover": ParagraphStyle("cover", parent=base, fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=8),
        "cell": ParagraphStyle(
            "cell", parent=base, fontSize=look.size - 1, leading=(look.size - 1) * 1.3, spaceAfter=0, alignment=TA_LEFT
        ),
        "cellb": ParagraphStyle(
            "cellb",
            parent=base,
            fontName=look.bold_font,
            fontSize=look.size - 1,
            leading=(look.size - 1) * 1.3,
            spaceAfter=0,
            alignment=TA_LEFT,
        ),
    }


def markup(text: str, look: Look) -> str:
    """Escape text for a Paragraph and apply the review's ligature glyphs."""
    out = escape(text)
    if look.ligatures:
        out = out.replace("fi", "\ufb01").replace("fl", "\ufb02")
    return out


def hyphenated_markup(text: str, look: Look, style: ParagraphStyle, width: float) -> str:
    """Break text into lines ourselves, splitting long words with a hyphen.

    reportlab wraps only at spaces; real reviews (set in word processors)
    often break words across line ends, which extraction must undo.
    """

    def w(s: str) -> float:
        return pdfmetrics.stringWidth(s, style.fontName, style.fontSize)

    lines: list[str] = []
    line = ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        trial = f"{line} {word}" if line else word
        if w(trial) <= width - 1:
            line = trial
            i += 1
            continue
        # Split a plain alphabetic word so its head fills the line.
        if word.isalpha() and len(word) >= 8 and line:
            for cut in range(len(word) - 4, 3, -1):
                head = f"{line} {word[:cut]}-"
                if w(head) <= width - 1:
                    lines.append(head)
                    words[i] = word[cut:]
                    line = ""
                    break
            else:
                lines.append(line)
                line = ""
            continue
        lines.append(line)
        line = ""
    if line:
        lines.append(line)
    return "<br/>".join(markup(part, look) for part in lines)


class TrackedParagraph(Paragraph):
    """A Paragraph whose pieces, if it splits across pages, keep its lesson key."""

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        for part in parts:
            part.lesson_key = getattr(self, "lesson_key", None)
            part.toc_key = None
        if parts:
            parts[0].toc_key = getattr(self, "toc_key", None)
        return parts


class TrackedTable(Table):
    """A Table whose rows may split across pages, each piece keeping its lesson key."""

    def split(self, availWidth, availHeight):
        parts = Table.split(self, availWidth, availHeight)
        for part in parts:
            part.lesson_key = getattr(self, "lesson_key", None)
            part.toc_key = None
        return parts


def tag(flowable, key=None, toc=None):
    flowable.lesson_key = key
    flowable.toc_key = toc
    return flowable


@dataclass
class PassResult:
    total_pages: int
    lesson_pages: dict[int, tuple[int, int]] = field(default_factory=dict)
    toc_pages: dict[str, int] = field(default_factory=dict)
    data: bytes = b""
    footnote_pages: dict[int, list[str]] = field(default_factory=dict)


class TrackingDoc(BaseDocTemplate):
    def __init__(self, buf, look: Look, total_pages: int, **kw):
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            invariant=1,
            **kw,
        )
        self.look = look
        self.total = total_pages
        self.lesson_pages: dict[int, list[int]] = {}
        self.toc_pages: dict[str, int] = {}
        self.footnote_pages: dict[int, list[str]] = {}
        full = Frame(MARGIN, MARGIN, BODY_W, PAGE_H - 2 * MARGIN, id="full")
        left = Frame(MARGIN, MARGIN, COL_W, PAGE_H - 2 * MARGIN, id="left")
        right = Frame(MARGIN + COL_W + GUTTER, MARGIN, COL_W, PAGE_H - 2 * MARGIN, id="right")
        self.addPageTemplates(
            [
                PageTemplate("cover", [full], onPage=self._cover_page),
                PageTemplate(
                    "body",
                    [
                        Frame(
                            MARGIN,
                            MARGIN + look.footnote_space,
                            BODY_W,
                            PAGE_H - 2 * MARGIN - look.footnote_space,
                            id="body",
                        )
                    ],
                    onPage=self._furniture,
                ),
                PageTemplate("twocol", [left, right], onPage=self._furniture),
                PageTemplate(
                    "landscape",
                    [Frame(MARGIN, MARGIN, PAGE_H - 2 * MARGIN, PAGE_W - 2 * MARGIN, id="land")],
                    onPage=self._furniture,
                    pagesize=landscape(A4),
                ),
            ]
        )

    def _cover_page(self, canv, doc):
        if self.look.header_right:
            canv.saveState()
            canv.setFont(self.look.bold_font, 9)
            canv.drawCentredString(PAGE_W / 2, PAGE_H - 12 * mm, self.look.header_right)
            canv.restoreState()

    def _furniture(self, canv, doc):
        look = self.look
        PAGE_W, PAGE_H = canv._pagesize  # portrait A4, or a landscape page
        canv.saveState()
        canv.setFont(look.body_font, 8.5)
        y_top = PAGE_H - 13 * mm
        if look.header_left:
            canv.drawString(MARGIN, y_top, look.header_left)
        if look.header_right:
            canv.setFont(look.bold_font, 8.5)
            canv.drawRightString(PAGE_W - MARGIN, y_top, look.header_right)
            canv.setFont(look.body_font, 8.5)
        if look.header_left or look.header_right:
            canv.setLineWidth(0.4)
            canv.line(MARGIN, y_top - 3, PAGE_W - MARGIN, y_top - 3)
        footer = look.footer.format(x=canv.getPageNumber(), y=self.total or "?")
        if footer:
            canv.drawCentredString(PAGE_W / 2, 11 * mm, footer)
        if look.footer_left:
            canv.drawString(MARGIN, 11 * mm, look.footer_left)
        if look.header_right and not look.header_left:
            canv.drawCentredString(PAGE_W / 2, 6 * mm, look.header_right)
        if look.watermark:
            canv.saveState()
            canv.setFillGray(0.85)
            canv.setFont(look.bold_font, 96)
            canv.translate(PAGE_W / 2, PAGE_H / 2)
            canv.rotate(45)
            canv.drawCentredString(0, -30, look.watermark)
            canv.restoreState()
        notes = look.footnotes.get(canv.getPageNumber(), [])
        if notes:
            y = MARGIN + look.footnote_space - 8
            canv.setLineWidth(0.4)
            canv.line(MARGIN, y + 4, MARGIN + 50 * mm, y + 4)
            canv.setFont(look.body_font, 7.5)
            for line in notes:
                y -= 9.5
                canv.drawString(MARGIN, y, line)
        canv.restoreState()

    def afterFlowable(self, flowable):
        page = self.page
        keys = list(getattr(flowable, "lesson_keys", ()))
        key = getattr(flowable, "lesson_key", None)
        if key is not None:
            keys.append(key)
        if keys and not _has_text(flowable):
            keys = []  # an empty piece left behind by a split table row
        for k in keys:
            self.lesson_pages.setdefault(k, []).append(page)
        for note in getattr(flowable, "footnote_lines", ()):
            self.footnote_pages.setdefault(page, []).append(note)
        toc = getattr(flowable, "toc_key", None)
        if toc and toc not in self.toc_pages:
            self.toc_pages[toc] = page


def _has_text(flowable) -> bool:
    if isinstance(flowable, Paragraph):
        if getattr(flowable, "label_only", False):
            return False
        if flowable.getPlainText().strip():
            return True
        # A piece of a split paragraph keeps its text only in its laid-out lines.
        lines = getattr(getattr(flowable, "blPara", None), "lines", ())
        return any(line[1] if isinstance(line, tuple) else getattr(line, "words", None) for line in lines)
    if isinstance(flowable, Table):
        for row in flowable._cellvalues:
            for cell in row:
                items = cell if isinstance(cell, (list, tuple)) else [cell]
                if any(_has_text(item) if hasattr(item, "wrap") else bool(str(item).strip()) for item in items):
                    return True
        return False
    return False  # spacers and other furniture carry no lesson text


def build_pdf(make_flowables: Callable[[PassResult | None], list], look: Look, title: str, author: str) -> PassResult:
    """Build twice; return the final bytes with the pages every lesson landed on."""
    results = []
    previous: PassResult | None = None
    for _ in range(2):
        buf = io.BytesIO()
        doc = TrackingDoc(
            buf,
            look,
            previous.total_pages if previous else 0,
            title=title,
            author=author,
            creator="Safeguarding Lessons sample corpus",
            producer="reportlab",
        )
        doc.build(make_flowables(previous))
        result = PassResult(
            total_pages=doc.page,
            lesson_pages={k: (min(v), max(v)) for k, v in doc.lesson_pages.items()},
            toc_pages=dict(doc.toc_pages),
            data=buf.getvalue(),
            footnote_pages={k: list(v) for k, v in doc.footnote_pages.items()},
        )
        results.append(result)
        previous = result
    first, final = results
    if (
        first.lesson_pages != final.lesson_pages
        or first.total_pages != final.total_pages
        or first.footnote_pages != final.footnote_pages
    ):
        raise RuntimeError(f"layout of {title!r} changed between passes")
    return final


def para(text: str, style: ParagraphStyle, look: Look, key=None, toc=None, hyphen_width: float = 0):
    body = hyphenated_markup(text, look, style, hyphen_width) if hyphen_width else markup(text, look)
    return tag(TrackedParagraph(body, style), key, toc)


def raw_para(markup_text: str, style: ParagraphStyle, key=None, toc=None):
    return tag(TrackedParagraph(markup_text, style), key, toc)
