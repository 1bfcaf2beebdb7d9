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


@dataclass(frozen=True)
class El:
    kind: str  # cover, title, h1, h2, p, runin, bullet, num, header, row, box, toc, small, pagebreak, twocol
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

    def lesson(self, kind: str, label: str, text: str, themes, agency: str = "", title: str = "") -> int:
        self.lessons.append(ConvLesson(kind, label, normalise(text), tuple(themes), agency, title=normalise(title)))
        return len(self.lessons) - 1

    def add(self, kind: str, text: str = "", keys=(), label: str = "", cells=(), bold_label: bool = True) -> None:
        if isinstance(keys, int):
            keys = (keys,)
        self.elements.append(El(kind, normalise(text), tuple(keys), label, tuple(normalise(c) for c in cells), bold_label))


# --- PDF -------------------------------------------------------------------


def _spec(doc: ConvDoc) -> ReviewSpec:
    m = doc.meta
    return ReviewSpec(name=doc.name, fmt="pdf", layout="", title=m["title"], partnership="", area=m["area"],
                      region=m["region"], review_type=m["review_type"], published=m["published"],
                      published_printed="", child=m["child"], child_age=m["child_age"], sex="f",
                      author=m["author"], scenario="", draw="")


def write_pdf(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

    from .pdf_layouts import BODY_W, Story
    from .pdf_render import Look, build_pdf, markup, para, raw_para, tag

    look = Look(header_left=doc.header, header_right=doc.marking, footer=doc.footer)

    def make(ctx):
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
                f = para(e.text, s.st["body" if e.kind == "p" else "small"], look)
                f.lesson_keys = list(e.keys)
                s.flow.append(f)
            elif e.kind == "runin":
                label = f"<b>{markup(e.label, look)}</b>" if e.bold_label else markup(e.label, look)
                f = raw_para(f"{label} {markup(e.text, look)}", s.st["body"])
                f.lesson_keys = list(e.keys)
                s.flow.append(f)
            elif e.kind == "bullet":
                s.bullet(e.text, key, bullet=e.label or "\u2022")
            elif e.kind == "num":
                s.numbered(e.label, e.text, key)
            elif e.kind in ("header", "row"):
                n = len(e.cells)
                widths = _widths(n, BODY_W)
                if e.kind == "header":
                    s.table_header(list(e.cells), widths)
                else:
                    s.table_row(list(e.cells), widths, key)
            elif e.kind == "box":
                s.box(e.label, e.text, key)
        if toc_slot is not None:
            pages = ctx.toc_pages if ctx else {}
            rows = [[para(h, s.st["cell"], look), para(str(pages.get(h, "")), s.st["cell"], look)]
                    for h in toc_entries]
            table = Table(rows, colWidths=[BODY_W - 60, 60])
            table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            s.flow[toc_slot] = table
        return s.flow

    result = build_pdf(make, look, doc.meta["title"], doc.meta["author"])
    return result.data, result.lesson_pages


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
    out = ["<!DOCTYPE html>", '<html lang="en">', '<head><meta charset="utf-8">',
           f"<title>{esc(doc.meta['title'])}</title></head>", "<body>",
           '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>'
           '<li><a href="/reviews">Case reviews</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
           '<p class="breadcrumb">Home &gt; Professionals &gt; Case reviews</p></header>', "<main>"]
    open_list = ""
    in_table = False
    for e in doc.elements:
        want_list = "ul" if e.kind == "bullet" else "ol" if e.kind == "num" and e.label.rstrip(".)").isdigit() else ""
        if open_list and want_list != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if in_table and e.kind != "row":
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
        elif e.kind == "p":
            out.append(f"<p>{t}</p>")
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
                    out.append("<ol>")
                    open_list = "ol"
                out.append(f"<li>{t}</li>")
            else:
                out.append(f"<p>{esc(e.label)} {t}</p>")
        elif e.kind == "header":
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in e.cells) + "</tr></thead><tbody>")
            in_table = True
        elif e.kind == "row":
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in e.cells) + "</tr>")
        elif e.kind == "box":
            out.append(f'<div class="box"><h4>{esc(e.label)}</h4><p>{t}</p></div>')
    if open_list:
        out.append(f"</{open_list}>")
    if in_table:
        out.append("</tbody></table>")
    out += ["</main>", '<footer><p>We use cookies to make this site work. <a href="/cookies">Cookie settings</a></p>'
            "<p>Accessibility statement | Privacy notice</p></footer>", "</body></html>", ""]
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
        if e.kind != "row":
            table = None if e.kind != "header" else table
        if e.kind == "title":
            d.add_heading(e.text, level=0)
        elif e.kind == "h1":
            d.add_heading(e.text, level=1)
        elif e.kind == "h2":
            d.add_heading(e.text, level=2)
        elif e.kind in ("p", "cover", "small"):
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
        elif e.kind == "row" and table is not None:
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
    if e.kind == "bullet":
        marker = (e.label or "*") + " "
        return textwrap.wrap(e.text, width, initial_indent="  " + marker, subsequent_indent="  " + " " * len(marker))
    if e.kind == "num":
        return textwrap.wrap(e.text, width, initial_indent=f"{e.label:<7}", subsequent_indent=" " * 7)
    if e.kind == "runin":
        return textwrap.wrap(f"{e.label} {e.text}", width)
    if e.kind == "box":
        return [e.label] + textwrap.wrap(e.text, width)
    if e.kind in ("header", "row"):
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


def write_scan(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """Page images only, through the sample corpus's scanner."""
    from .blocks import Block, BlockStory
    from .writers import write_scan as scan

    story = BlockStory.__new__(BlockStory)
    story.spec = _spec(doc)
    blocks = []
    kinds = {"title": "title", "h1": "h1", "h2": "h2", "p": "p", "cover": "p", "small": "p", "bullet": "bullet",
             "num": "num", "row": "row", "header": "header"}
    for e in doc.elements:
        if e.kind not in kinds:
            continue
        if len(e.keys) > 1:
            raise ValueError(f"{doc.name}: a scanned page element carries one lesson at most")
        key = e.keys[0] if e.keys else None
        blocks.append(Block(kinds[e.kind], e.text, key, e.label, e.cells))
    story.blocks = blocks
    return scan(story)


WRITERS = {"pdf": write_pdf, "scan": write_scan, "html": write_html, "docx": write_docx, "txt": write_txt}
EXTENSIONS = {"pdf": ".pdf", "scan": ".pdf", "html": ".html", "docx": ".docx", "txt": ".txt"}


def render(doc: ConvDoc) -> bytes:
    """The document's bytes; fills in every lesson's pages."""
    data, pages = WRITERS[doc.fmt](doc)
    for key, lesson in enumerate(doc.lessons):
        if key not in pages:
            raise RuntimeError(f"{doc.name}: lesson {key} has no page")
        lesson.page_start, lesson.page_end = pages[key]
    return data


def rng_for(name: str) -> random.Random:
    return random.Random("conventions:" + name)
