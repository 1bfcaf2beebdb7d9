"""Briefing stage: a Briefing as a Word document (python-docx).

Real headings (Title, Heading 1 for the parts, Heading 2 for each group),
the figures as Word tables with header rows, the chart as a PNG with its
alt text, and the source reviews as a numbered list with links. The
document's core properties carry the date the briefing was made, so two
makings of one briefing differ only there.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from search_app.briefing.records import Briefing, Cluster
from search_app.briefing.rendering import (
    ALSO_SHOWN,
    SERVICE_NAME,
    SUMMARY_SHOWN,
    breakdowns,
    corpus_words,
    key_figures,
    quote_heading,
)
from search_app.search.labels import review_type_label

LINK_COLOUR = RGBColor(0x1D, 0x70, 0xB8)
GREY = RGBColor(0x50, 0x5A, 0x5F)


def _hyperlink(paragraph, url: str, text: str) -> None:
    """A clickable link run (python-docx has no API for one)."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(LINK_COLOUR))
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _table(doc, header: tuple[str, ...], rows: list[tuple[str, ...]], caption: str) -> None:
    doc.add_paragraph(caption, style="Caption")
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Light List Accent 1"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    # Repeat the header row on every page the table runs onto.
    tr_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_props.append(repeat)
    for row in rows:
        cells = table.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, row)):
            cell.text = text
            if i > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()


def _picture(doc, png: bytes, alt: str) -> None:
    doc.add_picture(io.BytesIO(png), width=Cm(16))
    # Alt text lives on the drawing's docPr element.
    inline = doc.paragraphs[-1].runs[-1]._r.xpath(".//wp:docPr")
    for props in inline:
        props.set("descr", alt)
        props.set("title", "Lessons and reviews by year")


def _cluster(doc, b: Briefing, cluster: Cluster, noun: str) -> None:
    doc.add_heading(f"{cluster.number}. {cluster.label}", level=2)
    plural = "" if cluster.size == 1 else "s"
    sources = ", ".join(f"[{n}]" for n in cluster.sources)
    doc.add_paragraph().add_run(
        f"{cluster.size} {noun}{plural} {cluster.recurrence}; sources {sources}."
    ).bold = True
    by_number = b.source_by_number
    for quote in cluster.quotes:
        source = by_number[quote.source]
        doc.add_paragraph(quote.lesson.text, style="Quote")
        where = ", ".join(str(p) for p in (source.area, source.year) if p)
        cite = doc.add_paragraph()
        run = cite.add_run(f"{quote_heading(quote)}, [{quote.source}] {source.title}"
                           + (f", {where}" if where else "") + ", ")
        run.font.size = Pt(9)
        run.font.color.rgb = GREY
        _hyperlink(cite, quote.url, quote.pages)
    others = cluster.others
    if others:
        shown = "; ".join(o.citation for o in others[:ALSO_SHOWN])
        more = (f"; and {len(others) - ALSO_SHOWN} more (listed in the CSV of this briefing)"
                if len(others) > ALSO_SHOWN else "")
        run = doc.add_paragraph().add_run(f"Also in this group: {shown}{more}.")
        run.font.size = Pt(9)


def render_docx(b: Briefing) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    made = dt.datetime.fromisoformat(b.made_on)
    props = doc.core_properties
    props.title, props.subject, props.author = b.title, b.scope, SERVICE_NAME
    props.keywords, props.language = "case reviews, safeguarding, learning", "en-GB"
    props.created = props.modified = made
    props.last_modified_by, props.revision = SERVICE_NAME, 1

    doc.add_heading(b.title, level=0)
    doc.add_paragraph(b.subtitle, style="Subtitle")
    for label, value in (("Scope", b.scope + "."), ("Made on", b.made_on),
                         ("Made from", corpus_words(b)),
                         ("Selection", "Every matching lesson, grouped by similarity; see "
                                       "About this briefing.")):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)

    f = b.figures
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        f"{f.lessons} lesson{'' if f.lessons == 1 else 's'} from {f.reviews} "
        f"review{'' if f.reviews == 1 else 's'} match this search: {f.learning_lessons} "
        f"finding{'' if f.learning_lessons == 1 else 's'}, learning points and good practice, "
        f"and {f.recommendations} recommendation{'' if f.recommendations == 1 else 's'}."
    )
    if b.learning:
        doc.add_paragraph("The learning that recurs across most reviews:")
        for c in b.learning[:SUMMARY_SHOWN]:
            doc.add_paragraph(
                f"{c.label}: {c.size} lesson{'' if c.size == 1 else 's'} {c.recurrence}",
                style="List Bullet",
            )

    doc.add_heading("Figures", level=1)
    _table(doc, ("Key figures", "Number"), key_figures(b), "Key figures")
    if b.chart:
        _picture(doc, b.chart.png, b.chart.alt)
        doc.add_paragraph("Lessons and reviews by year of publication.", style="Caption")
    _table(doc, ("Year of publication", "Lessons", "Reviews"),
           [(str(y.year), str(y.lessons), str(y.reviews)) for y in f.by_year],
           "Lessons and reviews by year")
    for title, rows, first_column in breakdowns(b):
        _table(doc, (first_column, "Lessons", "Reviews"),
               [(r.label, str(r.lessons), str(r.reviews)) for r in rows], title)

    doc.add_heading("Key learning", level=1)
    if b.learning:
        doc.add_paragraph("Findings, learning points and good practice, grouped by similarity; "
                          "the groups that recur in most reviews come first.")
        for c in b.learning:
            _cluster(doc, b, c, "lesson")
    else:
        doc.add_paragraph("No findings, learning points or good practice match this search.")

    doc.add_heading("Recommendations", level=1)
    if b.recommendations:
        doc.add_paragraph("Recommendations the reviews made, grouped the same way.")
        for c in b.recommendations:
            _cluster(doc, b, c, "recommendation")
    else:
        doc.add_paragraph("No recommendations match this search.")

    doc.add_heading("Source reviews", level=1)
    for s in b.sources:
        p = doc.add_paragraph()
        p.add_run(f"[{s.number}] ")
        p.add_run(s.title).bold = True
        details = [review_type_label(s.review_type)]
        if s.area:
            details.append(s.area + (f" ({s.region})" if s.region else ""))
        if s.published:
            details.append(f"published {s.published}")
        tail = ". " + ", ".join(details) + "."
        if s.author:
            tail += f" {s.author}."
        if s.page_count:
            tail += f" {s.page_count} page{'' if s.page_count == 1 else 's'}."
        tail += f" {s.lesson_count} lesson{'' if s.lesson_count == 1 else 's'} in this briefing. "
        p.add_run(tail)
        _hyperlink(p, s.url, s.url)

    doc.add_heading("About this briefing", level=1)
    for paragraph in b.method:
        doc.add_paragraph(paragraph)
    for notice in b.notices:
        doc.add_paragraph(notice, style="List Bullet")
    doc.add_paragraph(f"Please cite as: {SERVICE_NAME} ({b.made_on[:4]}) {b.title}. {b.scope}.")

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
