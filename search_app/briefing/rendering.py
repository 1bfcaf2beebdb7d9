"""Briefing stage: a Briefing as HTML, PDF, Markdown or CSV (DOCX: `docx_render`).

HTML and PDF come from the same Jinja2 template (templates/briefing/),
the PDF drawn by WeasyPrint as a tagged PDF (headings, alt text) at A4.
Every output depends only on the Briefing, so the same briefing gives the
same bytes (HTML, Markdown, CSV) or the same text (PDF, DOCX).
"""

from __future__ import annotations

import base64
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from search_app.briefing.records import Briefing, BriefLesson, Count
from search_app.briefing.selection import date_in_words
from search_app.search.labels import kind_label, review_type_label
from search_app.search.present import csv_cells, lesson_cells

SERVICE_NAME = "Safeguarding Lessons"
TEMPLATES = Path(__file__).resolve().parent / "templates"
SUMMARY_SHOWN = 5  # groups named in the summary
STUBBORN_YEARS = 3  # a group whose reviews span this many years of publication is called out

FORMATS = ("pdf", "docx", "html", "md", "csv")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}

CSV_COLUMNS = (
    "lesson_id",
    "part",
    "group",
    "group_label",
    "source",
    "review_id",
    "review_title",
    "review_type",
    "area",
    "region",
    "year",
    "published",
    "kind",
    "label",
    "title",
    "section",
    "page_start",
    "page_end",
    "themes",
    "age_bands",
    "agencies",
    "text",
    "citation",
    "document_url",
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: object) -> str:
    """Text that Markdown shows as it is (no emphasis, links or headings)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    return "\\" + escaped if escaped[:1] in ("-", "+", "=") else escaped


def quote_heading(quote: BriefLesson) -> str:
    """ "Finding 3" or "Recommendation", how the lesson is introduced under its quote."""
    kind = kind_label(quote.lesson.kind)
    label = quote.lesson.label
    if not label:
        return kind
    return label if label.lower().startswith(kind.lower().split()[0]) else f"{kind} {label}"


def lesson_heading(item: BriefLesson) -> str:
    """The lesson's heading: its label and the title the review prints ("Finding 2:
    Fathers left out"), or the label alone; no closing full stop."""
    head = quote_heading(item)
    title = item.title.strip().rstrip(".:;")
    if title and title.lower() not in head.lower():
        head = f"{head}: {title}"
    return head.rstrip(".:;")


def cover_facts(b: Briefing) -> list[tuple[str, str]]:
    """The cover's facts in plain words: who it is for, why, what, from what, when."""
    f = b.figures
    years = [y.year for y in f.by_year]
    span = (
        f"published {years[0]}–{years[-1]}"
        if len(years) > 1
        else f"published in {years[0]}"
        if years
        else "of unknown date"
    )
    rows = []
    if b.prepared_for:
        rows.append(("Prepared for", b.prepared_for))
    if b.purpose:
        rows.append(("Purpose", b.purpose))
    rows += [
        ("Subject", b.scope + "."),
        (
            "Based on",
            f"{f.lessons} lesson{'' if f.lessons == 1 else 's'} from {f.reviews} "
            f"published case review{'' if f.reviews == 1 else 's'} ({span}).",
        ),
        ("Date", date_in_words(b.made_on)),
    ]
    return rows


@dataclass(frozen=True)
class RecurrenceRow:
    part: str
    number: int
    label: str
    reviews: int
    years: str
    strip: tuple[bool, ...]  # one per year of the briefing's span: did the group recur then (■ or □)


def recurrence_rows(b: Briefing) -> list[RecurrenceRow]:
    """Each group and the years it recurred in, over the briefing's span of years."""
    span = [y.year for y in b.figures.by_year]
    rows = []
    for part, clusters in (("Learning", b.learning), ("Recommendations", b.recommendations)):
        for c in clusters:
            present = set(c.years)
            rows.append(
                RecurrenceRow(
                    part, c.number, c.label, c.review_count, c.years_in_words, tuple(y in present for y in span)
                )
            )
    return rows


def stubborn_words(b: Briefing) -> str:
    """How many groups of learning recurred over several years, counted."""
    stubborn = [c for c in b.learning if len(c.years) >= STUBBORN_YEARS]
    n, total = len(stubborn), len(b.learning)
    if not n:
        return f"No group of learning recurred in reviews from {STUBBORN_YEARS} or more different years."
    counted = (
        ("The group" if total == 1 else "Both groups" if total == 2 else f"All {total} groups")
        if n == total
        else f"{n} of the {total} groups"
    )
    return (
        f"{counted} of learning recurred in reviews from {STUBBORN_YEARS} or more different "
        f"years: " + "; ".join(f"{c.label} ({c.years_in_words})" for c in stubborn) + "."
    )


def group_terms(b: Briefing) -> list[tuple[str, str]]:
    rows = []
    for part, clusters in (("Learning", b.learning), ("Recommendations", b.recommendations)):
        for c in clusters:
            rows.append((f"{part} {c.number}. {c.label}", ", ".join(c.terms) or "(none)"))
    return rows


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(review_type_label=review_type_label, kind_label=kind_label, md=md_escape)
    env.globals.update(service_name=SERVICE_NAME, quote_heading=quote_heading, lesson_heading=lesson_heading)
    env.filters.update(date_words=date_in_words)
    return env


_ENV = _environment()


def key_figures(b: Briefing) -> list[tuple[str, str]]:
    f = b.figures
    years = [y.year for y in f.by_year]
    rows = [
        ("Reviews", str(f.reviews)),
        ("Lessons", str(f.lessons)),
        ("Findings, learning points and good practice", str(f.learning_lessons)),
        ("Recommendations", str(f.recommendations)),
        (
            "Years of publication",
            f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "unknown"),
        ),
        ("Groups of similar learning", str(len(b.learning))),
        ("Groups of similar recommendations", str(len(b.recommendations))),
    ]
    return rows


def breakdowns(b: Briefing) -> list[tuple[str, tuple[Count, ...], str]]:
    """(caption, rows, first column heading) of each breakdown table, empty ones left out."""
    f = b.figures
    tables = [
        ("Lessons and reviews by review type", f.by_review_type, "Review type"),
        ("Lessons and reviews by region", f.by_region, "Region"),
        ("Lessons and reviews by child age band", f.by_age_band, "Child age band"),
        ("Lessons by kind", f.by_kind, "Kind of lesson"),
        ("Themes that most often occur with this selection", f.co_themes, "Theme"),
    ]
    return [t for t in tables if t[1]]


def corpus_words(b: Briefing) -> str:
    """The technical line on what the briefing was made from (Annex B)."""
    c = b.corpus
    return (
        f"A catalog of {c.reviews_in_catalog} reviews and {c.lessons_in_catalog} lessons; "
        f"{c.backend} index {c.index_version}; taxonomy {c.taxonomy_version}."
    )


def context(b: Briefing, for_pdf: bool = False) -> dict[str, Any]:
    return {
        "b": b,
        "for_pdf": for_pdf,
        "cover_facts": cover_facts(b),
        "key_figures": key_figures(b),
        "breakdowns": breakdowns(b),
        "corpus_words": corpus_words(b),
        "recurrence_rows": recurrence_rows(b),
        "stubborn_words": stubborn_words(b),
        "group_terms": group_terms(b),
        "sources_by_number": b.source_by_number,
        "summary_shown": SUMMARY_SHOWN,
        "chart_svg_b64": base64.b64encode(b.chart.svg.encode("utf-8")).decode("ascii") if b.chart else "",
    }


def render_html(b: Briefing, for_pdf: bool = False) -> str:
    """The briefing as a web page; `for_pdf`: the page WeasyPrint draws (Annex A's
    headings in plain type, which halves the time its thousand lines take)."""
    return _ENV.get_template("briefing/briefing.html").render(context(b, for_pdf))


def render_markdown(b: Briefing) -> str:
    return _ENV.get_template("briefing/briefing.md").render(context(b))


def render_pdf(b: Briefing) -> bytes:
    """The HTML drawn at A4 by WeasyPrint, as a tagged PDF (structure and alt text)."""
    from weasyprint import HTML

    return HTML(string=render_html(b, for_pdf=True)).write_pdf(pdf_tags=True)


def csv_row(b: Briefing, item: BriefLesson, group_labels: dict[tuple[str, int], str]) -> list[str]:
    """The lesson's columns as every CSV of lessons has them, with its place in
    the briefing, its review as numbered in the source list and its short citation."""
    return csv_cells(
        {
            **lesson_cells(item.lesson),
            "part": item.section,
            "group": item.cluster or "",
            "group_label": group_labels.get((item.section, item.cluster), ""),
            "source": item.source,
            "review_title": b.source_by_number[item.source].title,
            "citation": item.citation,
            "document_url": item.url,
        },
        CSV_COLUMNS,
    )


def render_csv(b: Briefing) -> str:
    """Every lesson of the briefing, one per row, with its group and citation."""
    group_labels = {("learning", c.number): c.label for c in b.learning}
    group_labels.update({("recommendations", c.number): c.label for c in b.recommendations})
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item in b.lessons:
        writer.writerow(csv_row(b, item, group_labels))
    return out.getvalue()


def render(b: Briefing, fmt: str) -> bytes:
    """The briefing in one of FORMATS, as bytes."""
    if fmt == "pdf":
        return render_pdf(b)
    if fmt == "docx":
        from search_app.briefing.docx_render import render_docx

        return render_docx(b)
    if fmt == "html":
        return render_html(b).encode("utf-8")
    if fmt == "md":
        return render_markdown(b).encode("utf-8")
    if fmt == "csv":
        return render_csv(b).encode("utf-8")
    raise ValueError(f"unknown briefing format {fmt!r}; choose one of {', '.join(FORMATS)}")
