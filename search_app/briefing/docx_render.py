"""Briefing stage: a Briefing as a Word document (python-docx).

Real headings (Title, Heading 1 for the parts, Heading 2 for each group),
each kept with the paragraph that follows it (Word's "keep with next"), the
figures as Word tables with header rows, the chart as a PNG with its alt
text, and the source reviews as a numbered list with links. The document's
core properties carry the date the briefing was made, so two makings of one
briefing differ only there.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from search_app.briefing.records import Briefing, BriefLesson, Cluster
from search_app.briefing.rendering import (
    SERVICE_NAME,
    SUMMARY_SHOWN,
    breakdowns,
    cover_facts,
    group_terms,
    key_figures,
    lesson_heading,
    recurrence_rows,
    stubborn_words,
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


def _heading(doc, text: str, level: int):
    """A heading that Word keeps on one page with the paragraph after it."""
    heading = doc.add_heading(text, level=level)
    heading.paragraph_format.keep_with_next = True
    return heading


def _kept(paragraph):
    """Keep this paragraph with the next (a line that introduces what follows)."""
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _pages(paragraph, item: BriefLesson) -> None:
    if item.url:
        _hyperlink(paragraph, item.url, item.pages)
    else:
        paragraph.add_run(item.pages)


def _table(doc, header: tuple[str, ...], rows: Sequence[tuple[str, ...]], caption: str) -> None:
    _kept(doc.add_paragraph(caption, style="Caption"))
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
            if i > 0 and text.replace(",", "").isdigit():
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
    _heading(doc, f"{cluster.number}. {cluster.label}", 2)
    plural = "" if cluster.size == 1 else "s"
    sources = ", ".join(f"[{n}]" for n in cluster.sources)
    _kept(doc.add_paragraph()).add_run(
        f"{cluster.size} {noun}{plural} {cluster.recurrence}; sources {sources}."
    ).bold = True
    _kept(doc.add_paragraph(f"Recurred in {cluster.years_in_words}."))
    by_number = b.source_by_number
    for quote in cluster.quotes:
        source = by_number[quote.source]
        head = _kept(doc.add_paragraph(style="Quote"))
        head.add_run(lesson_heading(quote)).bold = True
        _kept(doc.add_paragraph(quote.body, style="Quote"))
        where = ", ".join(str(p) for p in (source.area, source.year) if p)
        cite = doc.add_paragraph()
        run = cite.add_run(f"[{quote.source}] {source.title}" + (f", {where}" if where else "") + ", ")
        run.font.size = Pt(9)
        run.font.color.rgb = GREY
        _pages(cite, quote)
    others = cluster.others
    if others:
        n = len(others)
        run = doc.add_paragraph().add_run(
            f"The other {n} {noun}{'' if n == 1 else 's'} of this group {'is' if n == 1 else 'are'} "
            f"listed in Annex A, each with {'its' if n == 1 else 'their'} heading and first sentence."
        )
        run.font.size = Pt(9)


def _annex_group(doc, cluster: Cluster, part: str) -> None:
    _heading(doc, f"{part} {cluster.number}. {cluster.label}", 2)
    if not cluster.others:
        doc.add_paragraph("All the lessons of this group are quoted in full above.")
    for item in cluster.others:
        p = doc.add_paragraph()
        p.add_run(lesson_heading(item) + ".").bold = True
        p.add_run(f" {item.first_sentence} [{item.source}], ")
        _pages(p, item)


def _notes(doc, heading: str, lines) -> None:
    _heading(doc, heading, 3)
    for line in lines:
        p = doc.add_paragraph(line.text, style="List Bullet")
        if line.source:
            run = p.add_run(f" ({line.source})")
            run.font.size = Pt(9)
            run.font.color.rgb = GREY


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
    props.title, props.subject, props.author = b.title, b.scope, b.prepared_for or SERVICE_NAME
    props.keywords, props.language = "case reviews, safeguarding, learning", "en-GB"
    props.created = props.modified = made
    props.last_modified_by, props.revision = SERVICE_NAME, 1

    _heading(doc, b.title, 0)
    _kept(doc.add_paragraph(b.subtitle, style="Subtitle"))
    for label, value in cover_facts(b):
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    doc.add_paragraph(
        "Every lesson on this subject is here: the learning grouped by what it says, quoted from "
        "the reviews with the page it is on, and the rest listed in Annex A. How this briefing was "
        "made says more."
    )

    f = b.figures
    _heading(doc, "Summary", 1)
    doc.add_paragraph(
        f"{f.lessons} lesson{'' if f.lessons == 1 else 's'} from {f.reviews} "
        f"review{'' if f.reviews == 1 else 's'}: {f.learning_lessons} "
        f"finding{'' if f.learning_lessons == 1 else 's'}, learning points and good practice, "
        f"and {f.recommendations} recommendation{'' if f.recommendations == 1 else 's'}."
    )
    if b.learning:
        _kept(doc.add_paragraph("The learning that recurs across most reviews:"))
        for c in b.learning[:SUMMARY_SHOWN]:
            doc.add_paragraph(
                f"{c.label}: {c.size} lesson{'' if c.size == 1 else 's'} {c.recurrence}",
                style="List Bullet",
            )
        doc.add_paragraph(stubborn_words(b))

    rows = recurrence_rows(b)
    if rows:
        _heading(doc, "Learning that recurs over time", 1)
        doc.add_paragraph(
            "The years of publication of the reviews each group's lessons come from. "
            "Learning that appears year after year has not yet changed practice."
        )
        _table(
            doc,
            ("Group", "Reviews", "Years"),
            [(f"{r.part} {r.number}. {r.label}", str(r.reviews), r.years) for r in rows],
            "Years each group recurred in",
        )

    _heading(doc, "Figures", 1)
    _table(doc, ("Key figures", "Number"), key_figures(b), "Key figures")
    if b.chart:
        _picture(doc, b.chart.png, b.chart.alt)
        doc.add_paragraph("Lessons and reviews by year of publication.", style="Caption")
    _table(
        doc,
        ("Year of publication", "Lessons", "Reviews"),
        [(str(y.year), str(y.lessons), str(y.reviews)) for y in f.by_year],
        "Lessons and reviews by year",
    )
    for title, table_rows, first_column in breakdowns(b):
        _table(
            doc,
            (first_column, "Lessons", "Reviews"),
            [(r.label, str(r.lessons), str(r.reviews)) for r in table_rows],
            title,
        )

    _heading(doc, "What the reviews found", 1)
    if b.learning:
        doc.add_paragraph(
            "Findings, learning points and good practice, grouped by what they say; "
            "the groups that recur in most reviews come first."
        )
        for c in b.learning:
            _cluster(doc, b, c, "lesson")
    else:
        doc.add_paragraph("No findings, learning points or good practice match this search.")

    _heading(doc, "What the reviews recommended", 1)
    if b.recommendations:
        doc.add_paragraph("Recommendations the reviews made, grouped the same way.")
        for c in b.recommendations:
            _cluster(doc, b, c, "recommendation")
    else:
        doc.add_paragraph("No recommendations match this search.")

    if b.themes:
        _heading(doc, "What this means for practice", 1)
        doc.add_paragraph(
            "For each theme this briefing covers: what it means for practice, and questions for "
            "practitioners and leaders to reflect on. These are written once for each theme, for "
            "every briefing on it, from the published guidance named; they are not drawn from the "
            "reviews above."
        )
        for t in b.themes:
            _heading(doc, t.label, 2)
            _kept(
                doc.add_paragraph(
                    f"{t.lessons} lesson{'' if t.lessons == 1 else 's'} of this briefing "
                    f"{'carries' if t.lessons == 1 else 'carry'} this theme."
                )
            )
            if t.practice:
                _notes(doc, "What this means for practice", t.practice)
            if t.questions:
                _notes(doc, "Questions for reflection", t.questions)

    _heading(doc, "Source reviews", 1)
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
        tail += f" {s.lesson_count} lesson{'' if s.lesson_count == 1 else 's'} in this briefing."
        p.add_run(tail)
        if s.url:
            p.add_run(" ")
            _hyperlink(p, s.url, s.url)

    _heading(doc, "How this briefing was made", 1)
    for paragraph in b.method:
        doc.add_paragraph(paragraph)
    for notice in b.notices:
        doc.add_paragraph(notice, style="List Bullet")
    doc.add_paragraph(f"Please cite as: {b.prepared_for or SERVICE_NAME} ({b.made_on[:4]}) {b.title}. {b.scope}.")

    _heading(doc, "Annex A: every lesson in each group", 1)
    doc.add_paragraph(
        "The lessons of each group not quoted in full above, each with its heading "
        "and first sentence, and where to read it."
    )
    for c in b.learning:
        _annex_group(doc, c, "Learning group")
    for c in b.recommendations:
        _annex_group(doc, c, "Recommendation group")

    _heading(doc, "Annex B: technical notes", 1)
    for paragraph in b.technical:
        doc.add_paragraph(paragraph)
    terms = group_terms(b)
    if terms:
        _table(doc, ("Group", "Words that set it apart"), terms, "The words that set each group apart")

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
