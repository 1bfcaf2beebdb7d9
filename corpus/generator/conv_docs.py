"""Corpus generator: documents of the conventions corpus, and their writers.

A convention document is a flat list of elements (cover lines, headings,
paragraphs, run-in labelled paragraphs, bullets, numbered items, table rows,
boxes, a contents page), each carrying the keys of the lessons it prints. The
writers turn it into a PDF (laid out by reportlab, pages recorded as each
piece is drawn), a scanned PDF (page images only), HTML, DOCX or plain text,
and report the pages of every lesson key.
"""

from __future__ import annotations

import html
import io
import random
import textwrap
from dataclasses import dataclass, field

from .model import GoldLesson, ReviewSpec, normalise


def _unsplit_class():
    from .pdf_render import TrackedParagraph

    class Unsplit(TrackedParagraph):
        """A paragraph that moves whole to the next page rather than split."""

        def split(self, availWidth, availHeight):
            return []

    return Unsplit


@dataclass(frozen=True)
class El:
    kind: str  # cover, title, h1, h2, p, runin, bullet, num, header, row, box, toc, small, pagebreak, twocol,
    # and (blind held-out conventions) h3, subbullet, metarow, keep, fnp, landscape, portrait, planrow, kperow,
    # sidehead
    text: str = ""
    keys: tuple[int, ...] = ()
    label: str = ""  # runin: the bold label; num: the number; bullet: the marker; box: the box heading
    cells: tuple[str, ...] = ()
    bold_label: bool = True


@dataclass
class ConvLesson(GoldLesson):
    title: str = ""

    def as_json(self) -> dict:
        out = super().as_json()
        if self.title:
            out["title"] = self.title
        return out


@dataclass
class ConvDoc:
    """One document of one convention, with its gold."""

    name: str
    convention: str
    fmt: str  # pdf, scan, html, docx, txt
    meta: dict  # the gold review fields
    elements: list[El] = field(default_factory=list)
    lessons: list[ConvLesson] = field(default_factory=list)
    header: str = ""
    marking: str = ""
    footer: str = "Page {x} of {y}"
    font: str = ""  # "", "times", "dejavu-serif", "dejavu-sans"
    ligatures: bool = False  # fi/fl ligature glyphs (DejaVu fonts only)
    hyphenate: bool = False  # body paragraphs break long words across line ends
    footnote_space: float = 0  # room at the foot of body pages for footnotes (fnp elements)
    watermark: str = ""  # a pale diagonal word on every body page of the PDF ("DRAFT")

    def lesson(self, kind: str, label: str, text: str, themes, agency: str = "", title: str = "") -> int:
        self.lessons.append(ConvLesson(kind, label, normalise(text), tuple(themes), agency, title=normalise(title)))
        return len(self.lessons) - 1

    def add(self, kind: str, text: str = "", keys=(), label: str = "", cells=(), bold_label: bool = True) -> None:
        if isinstance(keys, int):
            keys = (keys,)
        self.elements.append(
            El(kind, normalise(text), tuple(keys), label, tuple(normalise(c) for c in cells), bold_label)
        )


# --- PDF -------------------------------------------------------------------

# Element kinds and table column widths that later convention modules add (conv_blind2.py):
# PDF_KINDS[kind](element, story, look) returns flowables; COLUMN_WIDTHS[label] is
# (fractions of the frame width, whether the frame is a landscape page).
PDF_KINDS: dict = {}
COLUMN_WIDTHS: dict[str, tuple[tuple[float, ...], bool]] = {}


def _spec(doc: ConvDoc) -> ReviewSpec:
    m = doc.meta
    return ReviewSpec(
        name=doc.name,
        fmt="pdf",
        layout="",
        title=m["title"],
        partnership="",
        area=m["area"],
        region=m["region"],
        review_type=m["review_type"],
        published=m["published"],
        published_printed="",
        child=m["child"],
        child_age=m["child_age"],
        sex="f",
        author=m["author"],
        scenario="",
        draw="",
    )


def write_pdf(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    from reportlab.lib import colors
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

    from .pdf_layouts import BODY_W, Story
    from .pdf_render import (
        INNER_W,
        MARGIN,
        PAGE_H,
        Look,
        TrackedTable,
        build_pdf,
        markup,
        para,
        raw_para,
        register_fonts,
        tag,
    )

    look = Look(header_left=doc.header, header_right=doc.marking, footer=doc.footer, footnote_space=doc.footnote_space)
    if doc.font == "times":
        look.body_font, look.bold_font, look.size = "Times-Roman", "Times-Bold", 11
    elif doc.font.startswith("dejavu"):
        register_fonts()
        base = "DejaVuSerif" if doc.font == "dejavu-serif" else "DejaVuSans"
        look.body_font, look.bold_font, look.size = base, base + "-Bold", 9.5
    look.ligatures = doc.ligatures
    look.watermark = doc.watermark
    hyphen = INNER_W if doc.hyphenate else 0
    land_w = PAGE_H - 2 * MARGIN - 12

    _Unsplit = _unsplit_class()

    def make(ctx):
        look.footnotes = ctx.footnote_pages if ctx else {}
        s = Story(_spec(doc), look, ctx)
        toc_entries: list[str] = []
        toc_slot = None
        for e in doc.elements:
            key = e.keys[0] if len(e.keys) == 1 else None
            if e.kind == "cover":
                s.flow.append(para(e.text, s.st["cover"], look))
            elif e.kind == "title":
                s.flow.append(Spacer(1, 20))
                s.flow.append(para(e.text, s.st["title"], look))
                s.flow.append(Spacer(1, 20))
            elif e.kind == "pagebreak":
                s.flow.append(NextPageTemplate("body"))
                s.flow.append(PageBreak())
            elif e.kind == "twocol":
                s.flow.append(NextPageTemplate("twocol"))
                s.flow.append(PageBreak())
            elif e.kind == "toc":
                s.flow.append(para("Contents", s.st["h1"], look))
                toc_slot = len(s.flow)
                s.flow.append(Spacer(1, 1))
            elif e.kind in ("h1", "h2"):
                toc_entries.append(e.text)
                f = tag(para(e.text, s.st[e.kind], look), key, e.text)
                f.keepWithNext = True
                s.flow.append(f)
            elif e.kind in ("p", "small"):
                f = para(
                    e.text,
                    s.st["body" if e.kind == "p" else "small"],
                    look,
                    hyphen_width=hyphen if e.kind == "p" else 0,
                )
                f.lesson_keys = list(e.keys)
                s.flow.append(f)
            elif e.kind in ("keep", "fnp"):
                # One paragraph that never splits across pages: lessons sharing it, or a footnote
                # marker and its note, stay on one page.
                body = markup(e.text, look)
                if e.kind == "fnp":  # label: "n|sentence the marker follows|note text"
                    n, after, note = e.label.split("|", 2)
                    body = body.replace(markup(after, look), markup(after, look) + f"<super>{n}</super>", 1)
                f = _Unsplit(body, s.st["body"])
                f.lesson_keys = list(e.keys)
                f.lesson_key, f.toc_key = None, None
                if e.kind == "fnp":
                    f.footnote_lines = [f"{n} {note}"]
                s.flow.append(f)
            elif e.kind == "h3":
                f = para(e.text, s.st["body"].clone("h3", fontName=look.bold_font, spaceBefore=4), look)
                f.keepWithNext = True
                s.flow.append(f)
            elif e.kind == "subbullet":
                f = para(e.text, s.st["bullet"].clone("sub", leftIndent=48, bulletIndent=36), look, key=key)
                f.bulletText = e.label or "\u2013"
                s.flow.append(f)
            elif e.kind == "metarow":
                t = Table(
                    [[para(e.cells[0], s.st["cellb"], look), para(e.cells[1], s.st["cell"], look)]],
                    colWidths=[0.35 * BODY_W, 0.65 * BODY_W],
                )
                t.setStyle(
                    TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
                )
                s.flow.append(t)
            elif e.kind == "landscape":
                s.flow.append(NextPageTemplate("landscape"))
                s.flow.append(PageBreak())
            elif e.kind == "portrait":
                s.flow.append(NextPageTemplate("body"))
                s.flow.append(PageBreak())
            elif e.kind == "planrow":
                s.flow.append(tag(_plan_rows(e.cells, s.st, look, land_w), key))
            elif e.kind == "sidehead":  # cells: label, title, text; no rules drawn
                side = f'<font name="{look.bold_font}">{markup(e.cells[0], look)}</font>' + (
                    f"<br/>{markup(e.cells[1], look)}" if e.cells[1] else ""
                )
                t = TrackedTable(
                    [[raw_para(side, s.st["plain"]), para(e.cells[2], s.st["body"], look)]],
                    colWidths=[0.27 * BODY_W, 0.73 * BODY_W],
                    splitInRow=0,
                )
                t.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (0, 0), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                        ]
                    )
                )
                s.flow.append(tag(t, key))
            elif e.kind == "kperow":
                width = BODY_W
                cells = [para(c, s.st["cellb" if i == 0 else "cell"], look) for i, c in enumerate(e.cells)]
                t = TrackedTable([cells], colWidths=[0.2 * width, 0.4 * width, 0.4 * width], splitInRow=0)
                t.setStyle(
                    TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
                )
                s.flow.append(tag(t, key))
            elif e.kind == "runin":
                label = f"<b>{markup(e.label, look)}</b>" if e.bold_label else markup(e.label, look)
                f = raw_para(f"{label} {markup(e.text, look)}", s.st["body"])
                f.lesson_keys = list(e.keys)
                s.flow.append(f)
            elif e.kind == "bullet":
                s.bullet(e.text, key, bullet=e.label or "\u2022")
            elif e.kind == "num":
                s.numbered(e.label, e.text, key)
            elif e.kind in PDF_KINDS:  # kinds of later conventions, drawn by their own modules
                s.flow.extend(PDF_KINDS[e.kind](e, s, look))
            elif e.kind in ("header", "row"):
                n = len(e.cells)
                widths = (
                    [f * (land_w if COLUMN_WIDTHS[e.label][1] else BODY_W) for f in COLUMN_WIDTHS[e.label][0]]
                    if e.label in COLUMN_WIDTHS
                    else _plan_widths(land_w)
                    if e.label == "land"
                    else [f * BODY_W for f in (0.06, 0.32, 0.30, 0.13, 0.11, 0.08)]
                    if e.label == "plan"
                    else [0.3 * BODY_W, 0.7 * BODY_W]
                    if e.label == "side"
                    else [0.2 * BODY_W, 0.4 * BODY_W, 0.4 * BODY_W]
                    if e.label == "kpe"
                    else _widths(n, BODY_W)
                )
                if e.kind == "header":
                    s.table_header(list(e.cells), widths)
                else:
                    s.table_row(list(e.cells), widths, key)
            elif e.kind == "box":
                s.box(e.label, e.text, key)
        if toc_slot is not None:
            pages = ctx.toc_pages if ctx else {}
            rows = [[para(h, s.st["cell"], look), para(str(pages.get(h, "")), s.st["cell"], look)] for h in toc_entries]
            table = Table(rows, colWidths=[BODY_W - 60, 60])
            table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            s.flow[toc_slot] = table
        return s.flow

    result = build_pdf(make, look, doc.meta["title"], doc.meta["author"])
    return result.data, result.lesson_pages


def _plan_widths(total: float) -> list[float]:
    """No. / Recommendation / Action / Lead / By when / RAG on a landscape page."""
    return [f * total for f in (0.06, 0.34, 0.30, 0.14, 0.10, 0.06)]


def _plan_rows(cells: tuple[str, ...], st: dict, look, total: float):
    """One recommendation of a landscape action plan: its number, text, lead and RAG cells merged
    down over the rows of its actions. cells: no, recommendation, lead, rag, then action/date pairs."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    from .pdf_render import TrackedTable, para

    no, rec, lead, rag, *rest = cells
    actions = list(zip(rest[0::2], rest[1::2]))
    rows = []
    for i, (action, when) in enumerate(actions):
        first = i == 0
        rows.append(
            [
                para(no if first else "", st["cell"], look),
                para(rec if first else "", st["cell"], look),
                para(action, st["cell"], look),
                para(lead if first else "", st["cell"], look),
                para(when, st["cell"], look),
                para(rag if first else "", st["cell"], look),
            ]
        )
    t = TrackedTable(rows, colWidths=_plan_widths(total))
    last = len(rows) - 1
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for col in (0, 1, 3, 5):
        style.append(("SPAN", (col, 0), (col, last)))
    t.setStyle(TableStyle(style))
    return t


def _widths(n: int, total: float) -> list[float]:
    if n == 3:
        return [0.1 * total, 0.62 * total, 0.28 * total]
    if n == 2:
        return [0.12 * total, 0.88 * total]
    first = 0.36 * total
    rest = (total - first) / (n - 1)
    return [first] + [rest] * (n - 1)


# --- HTML, DOCX, TXT -------------------------------------------------------


def write_html(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(doc.meta['title'])}</title></head>",
        "<body>",
        '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>'
        '<li><a href="/reviews">Case reviews</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        '<p class="breadcrumb">Home &gt; Professionals &gt; Case reviews</p></header>',
        "<main>",
    ]
    open_list = ""
    in_table = False
    for e in doc.elements:
        want_list = "ul" if e.kind == "bullet" else "ol" if e.kind == "num" and e.label.rstrip(".)").isdigit() else ""
        if open_list and want_list != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if in_table and e.kind not in ("row", "kperow"):
            out.append("</tbody></table>")
            in_table = False
        t = esc(e.text)
        if e.kind in ("cover", "small"):
            out.append(f'<p class="{e.kind}">{t}</p>')
        elif e.kind == "title":
            out.append(f"<h1>{t}</h1>")
        elif e.kind == "h1":
            out.append(f"<h2>{t}</h2>")
        elif e.kind == "h2":
            out.append(f"<h3>{t}</h3>")
        elif e.kind == "h3":
            out.append(f"<h4>{t}</h4>")
        elif e.kind in ("p", "keep"):
            out.append(f"<p>{t}</p>")
        elif e.kind == "sidehead":
            side = f"<strong>{esc(e.cells[0])}</strong>" + (f"<br>{esc(e.cells[1])}" if e.cells[1] else "")
            out.append(
                f'<div class="row"><div class="side">{side}</div><div class="main"><p>{esc(e.cells[2])}</p></div></div>'
            )
        elif e.kind == "metarow":
            out.append(f'<table class="meta"><tr><th>{esc(e.cells[0])}</th><td>{esc(e.cells[1])}</td></tr></table>')
        elif e.kind == "subbullet":
            # a sub-item under a list item, set as the web page's indented paragraph with its marker
            marker = esc(e.label or "\u2013")
            out.append(f'<p class="sub">{marker} {t}</p>')
        elif e.kind == "runin":
            label = f"<strong>{esc(e.label)}</strong>" if e.bold_label else esc(e.label)
            out.append(f"<p>{label} {t}</p>")
        elif e.kind == "bullet":
            if not open_list:
                out.append("<ul>")
                open_list = "ul"
            out.append(f"<li>{t}</li>")
        elif e.kind == "num":
            if want_list == "ol":
                if not open_list:
                    # a list resumed after a caption or paragraph numbers on from where it stopped
                    first = int(e.label.rstrip(".)"))
                    out.append("<ol>" if first == 1 else f'<ol start="{first}">')
                    open_list = "ol"
                out.append(f"<li>{t}</li>")
            else:
                out.append(f"<p>{esc(e.label)} {t}</p>")
        elif e.kind == "header":
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in e.cells) + "</tr></thead><tbody>")
            in_table = True
        elif e.kind in ("row", "kperow"):
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in e.cells) + "</tr>")
        elif e.kind == "box":
            out.append(f'<div class="box"><h4>{esc(e.label)}</h4><p>{t}</p></div>')
        elif e.kind == "fold":  # an accordion panel: the title shows, the text opens under it
            out.append(
                f'<details class="accordion"><summary>{esc(e.label)}</summary>'
                f'<div class="panel"><p>{t}</p></div></details>'
            )
    if open_list:
        out.append(f"</{open_list}>")
    if in_table:
        out.append("</tbody></table>")
    out += [
        "</main>",
        '<footer><p>We use cookies to make this site work. <a href="/cookies">Cookie settings</a></p>'
        "<p>Accessibility statement | Privacy notice</p></footer>",
        "</body></html>",
        "",
    ]
    return "\n".join(out).encode("utf-8"), {k: (1, 1) for k in range(len(doc.lessons))}


def write_docx(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    import datetime

    import docx

    from .writers import _fixed_zip

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.core_properties.modified = datetime.datetime(2024, 1, 1)
    d.core_properties.title = doc.meta["title"]
    table = None
    for e in doc.elements:
        if e.kind not in ("row", "kperow", "planrow"):
            table = None if e.kind != "header" else table
        if e.kind == "title":
            d.add_heading(e.text, level=0)
        elif e.kind == "h1":
            d.add_heading(e.text, level=1)
        elif e.kind == "h2":
            d.add_heading(e.text, level=2)
        elif e.kind == "h3":
            d.add_heading(e.text, level=3)
        elif e.kind == "subbullet":
            d.add_paragraph(e.text, style="List Bullet 2")
        elif e.kind == "sidehead":
            side = d.add_table(rows=1, cols=2)
            label = side.rows[0].cells[0].paragraphs[0]
            label.add_run(e.cells[0]).bold = True
            if e.cells[1]:
                side.rows[0].cells[0].add_paragraph(e.cells[1])
            side.rows[0].cells[1].text = e.cells[2]
        elif e.kind == "metarow":
            meta = d.add_table(rows=1, cols=2)
            meta.rows[0].cells[0].text, meta.rows[0].cells[1].text = e.cells
        elif e.kind in ("landscape", "portrait"):
            from docx.enum.section import WD_ORIENT, WD_SECTION

            section = d.add_section(WD_SECTION.NEW_PAGE)
            wide = e.kind == "landscape"
            long_side, short_side = (
                max(section.page_width, section.page_height),
                min(section.page_width, section.page_height),
            )
            section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = (long_side, short_side) if wide else (short_side, long_side)
        elif e.kind == "planrow" and table is not None:
            no, rec, lead, rag, *rest = e.cells
            actions = list(zip(rest[0::2], rest[1::2]))
            rows = [table.add_row() for _ in actions]
            for row, (action, when) in zip(rows, actions):
                row.cells[2].text, row.cells[4].text = action, when
            for col, text in ((0, no), (1, rec), (3, lead), (5, rag)):
                merged = rows[0].cells[col].merge(rows[-1].cells[col]) if len(rows) > 1 else rows[0].cells[col]
                merged.text = text
        elif e.kind in ("p", "cover", "small", "keep"):
            d.add_paragraph(e.text)
        elif e.kind == "runin":
            p = d.add_paragraph()
            p.add_run(e.label).bold = e.bold_label
            p.add_run(" " + e.text)
        elif e.kind == "bullet":
            d.add_paragraph(e.text, style="List Bullet")
        elif e.kind == "num":
            d.add_paragraph(f"{e.label}\t{e.text}")
        elif e.kind == "box":
            p = d.add_paragraph()
            p.add_run(e.label).bold = True
            d.add_paragraph(e.text)
        elif e.kind == "header":
            table = d.add_table(rows=1, cols=len(e.cells))
            for cell, text in zip(table.rows[0].cells, e.cells):
                cell.text = text
        elif e.kind == "row" and table is None and e.label == "side":  # side heads: a table with no header
            table = d.add_table(rows=0, cols=len(e.cells))
            row = table.add_row()
            for cell, text in zip(row.cells, e.cells):
                cell.text = text
        elif e.kind in ("row", "kperow") and table is not None:
            row = table.add_row()
            for cell, text in zip(row.cells, e.cells):
                cell.text = text
        elif e.kind == "pagebreak":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue()), {k: (1, 1) for k in range(len(doc.lessons))}


def _txt_lines(e: El, width: int) -> list[str]:
    if e.kind == "title":
        return [e.text.upper(), "=" * min(len(e.text), width)]
    if e.kind == "h1":
        return [e.text.upper()]
    if e.kind == "h2":
        return [e.text, "-" * min(len(e.text), width)]
    if e.kind == "h3":
        return [e.text]
    if e.kind == "subbullet":
        marker = (e.label or "-") + " "
        return textwrap.wrap(
            e.text, width, initial_indent="        " + marker, subsequent_indent="        " + " " * len(marker)
        )
    if e.kind == "metarow":
        return [f"{e.cells[0]}: {e.cells[1]}"]
    if e.kind == "sidehead":
        return (
            [e.cells[0]]
            + ([e.cells[1]] if e.cells[1] else [])
            + textwrap.wrap(e.cells[2], width - 8, initial_indent="        ", subsequent_indent="        ")
        )
    if e.kind == "bullet":
        marker = (e.label or "*") + " "
        return textwrap.wrap(e.text, width, initial_indent="  " + marker, subsequent_indent="  " + " " * len(marker))
    if e.kind == "num":
        return textwrap.wrap(e.text, width, initial_indent=f"{e.label:<7}", subsequent_indent=" " * 7)
    if e.kind == "runin":
        return textwrap.wrap(f"{e.label} {e.text}", width)
    if e.kind == "box":
        return [e.label] + textwrap.wrap(e.text, width)
    if e.kind in ("header", "row", "kperow"):
        return textwrap.wrap(" | ".join(e.cells), width, subsequent_indent="    ")
    return textwrap.wrap(e.text, width)


def write_txt(doc: ConvDoc, width: int = 78, page_lines: int = 54) -> tuple[bytes, dict[int, tuple[int, int]]]:
    lines: list[tuple[str, tuple[int, ...]]] = []
    for e in doc.elements:
        if e.kind == "pagebreak":
            lines.append(("\f", ()))
            continue
        for line in _txt_lines(e, width):
            lines.append((line, e.keys))
        lines.append(("", ()))
    pages_text: list[list[str]] = [[]]
    key_pages: dict[int, list[int]] = {}
    body = page_lines - 4
    for line, keys in lines:
        if line == "\f" or len(pages_text[-1]) >= body:
            pages_text.append([])
            if line == "\f":
                continue
        pages_text[-1].append(line)
        for k in keys:
            key_pages.setdefault(k, []).append(len(pages_text))
    total = len(pages_text)
    out = []
    for n, page in enumerate(pages_text, 1):
        head = [doc.header, ""] if doc.header and n > 1 else []
        foot = ["", doc.footer.format(x=n, y=total)] if doc.footer else []
        out.append("\n".join(head + page + foot) + "\n")
    return "\f".join(out).encode("utf-8"), {k: (min(v), max(v)) for k, v in key_pages.items()}


def write_scan(doc: ConvDoc, typewriter: bool = False) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """Page images only, through the sample corpus's scanner."""
    from .blocks import Block, BlockStory
    from .writers import write_scan as scan

    story = BlockStory.__new__(BlockStory)
    story.spec = _spec(doc)
    blocks = []
    kinds = {
        "title": "title",
        "h1": "h1",
        "h2": "h2",
        "p": "p",
        "cover": "p",
        "small": "p",
        "bullet": "bullet",
        "num": "num",
        "row": "row",
        "header": "header",
    }
    for e in doc.elements:
        if e.kind not in kinds:
            continue
        if len(e.keys) > 1:
            raise ValueError(f"{doc.name}: a scanned page element carries one lesson at most")
        key = e.keys[0] if e.keys else None
        blocks.append(Block(kinds[e.kind], e.text, key, e.label, e.cells))
    story.blocks = blocks
    return scan(story, typewriter=typewriter)


WRITERS = {"pdf": write_pdf, "scan": write_scan, "html": write_html, "docx": write_docx, "txt": write_txt}
EXTENSIONS = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "txt": ".txt"}


def render(doc: ConvDoc) -> bytes:
    """The document's bytes; fills in every lesson's pages."""
    if doc.fmt != "html":  # an accordion panel prints as a heading and its paragraph off the web
        folded = []
        for e in doc.elements:
            folded += [El("h2", e.label, e.keys), El("p", e.text, e.keys)] if e.kind == "fold" else [e]
        doc.elements = folded
    data, pages = WRITERS[doc.fmt](doc)
    for key, lesson in enumerate(doc.lessons):
        if key not in pages:
            raise RuntimeError(f"{doc.name}: lesson {key} has no page")
        lesson.page_start, lesson.page_end = pages[key]
    return data


def rng_for(name: str) -> random.Random:
    return random.Random("conventions:" + name)
