"""Ingest tests: the metadata classes blind held-out set 20 (C529-C564) found the extractor missing, and its
lessons read as the introduction's, each on a document (or a scanned page's lines) the test lays out itself.

A publisher's imprint line ("Published by the X Partnership, <date>.") dating the review over the case's
dates and the day its final version was agreed; the child's age "then N" in apposition (the age now never);
a cover table's age at the incident as a bare number (years; the age at the report never); two writers each
named with their role ("X, Independent Reviewer, and Y, Independent Health Reviewer": both the author; a
person named after the writer with another post never); a scan's numbered section heading read as a list
item ("2. Practice with the family" after "1. Introduction": the section its lessons sit in). Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, SEEN, bare_review_of, findings_and_recommendations

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons

TITLE = "Local Child Safeguarding Practice Review: Child W"
_body = findings_and_recommendations


def _cover(doc, *lines) -> None:
    doc.add("cover", "Oldham Safeguarding Children Partnership")
    doc.add("title", TITLE)
    for line in lines:
        doc.add("cover", line)


# --- a publisher's imprint line ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("printed,published", [("14 July 2022", "2022-07-14"), ("July 2022", "2022-07")])
def test_the_imprint_lines_date_is_the_publication_over_the_cases_dates(tmp_path, fmt, printed, published):
    def build(doc):
        _cover(doc, "Report author: Sarah Finch", "Final version agreed by the safeguarding partners: 4 May 2022")
        doc.add("h1", "1. Introduction")
        doc.add(
            "p",
            "On 3 April 2021 Child W was injured at home. On 20 April 2021 the partners decided to hold a review "
            "under Working Together to Safeguard Children 2018. The review draws on the Serious Case Review about "
            "Child K, published by the Oldham Local Safeguarding Children Board in 2015.",
        )
        _body(doc)
        doc.add("p", f"Published by the Oldham Safeguarding Children Partnership, {printed}.")

    review = bare_review_of(tmp_path, fmt, build, title=TITLE)
    assert review.published == published


# --- the age "then N" ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("then,age", [("then 12", "12 years"), ("then eleven", "11 years")])
def test_the_age_then_in_apposition_is_the_childs_and_the_age_now_never(tmp_path, fmt, then, age):
    def build(doc):
        _cover(doc, "Published: June 2021")
        doc.add("h1", "Background")
        doc.add("p", "Child W is now 15 and has contributed to this review.")
        doc.add(
            "p",
            f"The incident that led to this review happened in May 2019, when Child W, {then}, was living with her family.",
        )
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=TITLE)
    assert review.child_age == age


# --- a cover table's age at the incident ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize("now_first", [False, True])
def test_a_cover_tables_bare_age_at_the_incident_is_in_years_and_the_age_at_the_report_never(tmp_path, fmt, now_first):
    def build(doc):
        _cover(doc)
        rows = [("Age at the time of the incident", "3"), ("Age at the date of this report", "5")]
        for cells in [("Child", "Child W"), *(rows[::-1] if now_first else rows), ("Date of publication", "June 2021")]:
            doc.add("metarow", cells=cells)
        doc.add("h1", "Introduction")
        doc.add("p", "The partnership agreed that the circumstances of Child W met the criteria for a review.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=TITLE)
    assert (review.child, review.child_age) == ("Child W", "3 years")


# --- two writers each named with their role -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "second,author",
    [
        ("Tom Hartley, Independent Nurse Reviewer", "Dr Amara Osei and Tom Hartley"),
        ("Tom Hartley, Chair of the Review Panel", "Dr Amara Osei"),
    ],
)
def test_two_writers_each_named_with_their_role_are_both_the_author(tmp_path, fmt, second, author):
    def build(doc):
        _cover(doc, "Published: June 2021")
        doc.add("h1", "Introduction")
        doc.add("p", "The partnership agreed that the circumstances of Child W met the criteria for a review.")
        doc.add("p", f"This report was written by Dr Amara Osei, Independent Reviewer, and {second}.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=TITLE)
    assert review.author == author


# --- a scan's numbered section heading read as a list item ----------------------------------------------------------


def _scanned_page(texts: list[str], ocr: bool = True) -> PageLayout:
    """One page of lines as OCR hands them on: no fonts, each line its own paragraph."""
    lines = [
        TextLine(text=t, size=12.5, x0=62.0, x1=min(530.0, 62.0 + 7 * len(t)), top=80.0 + 30 * i, bottom=92.5 + 30 * i)
        for i, t in enumerate(texts)
    ]
    return PageLayout(1, tuple(lines), 595.0, 842.0, ocr=ocr)


@pytest.mark.parametrize("ocr", [True, False])
def test_a_scans_numbered_heading_continuing_the_sections_numbers_opens_its_section(ocr):
    """OCR loses the bold of "2. Practice with the family": its number continues "1. Introduction", so the
    findings under it are that section's, never the introduction's; a plain layout with positions keeps it an item."""
    page = _scanned_page(
        [
            "1. Introduction",
            "This review was commissioned after Child W was injured at home in 2021.",
            "2. Practice with the family",
            "Finding 1: Marks explained away",
            SEEN[0],
            "Finding 2: The grandmother",
            SEEN[1],
        ],
        ocr,
    )
    lessons = segment_lessons(build_blocks([page]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("finding", "Finding 1", f"Marks explained away {SEEN[0]}"),
        ("finding", "Finding 2", f"The grandmother {SEEN[1]}"),
    ]
    assert {l.section for l in lessons} == {"2. Practice with the family" if ocr else "1. Introduction"}


def test_a_scans_list_under_a_numbered_heading_stays_a_list():
    """Items that do not continue the headings' numbers, or ask something, are a list's."""
    page = _scanned_page(
        [
            "2. Recommendations",
            "1. Partnership training",
            f"2. {SEEN[0]}",
            "3. Escalation",
            "4. The Partnership should act",
        ]
    )
    assert [b.kind for b in build_blocks([page])] == ["heading", "item", "item", "item", "item"]
