"""Ingest tests: the metadata classes blind held-out set 20 (C529-C564) found the extractor missing, each on
a document the test lays out itself.

A publisher's imprint line ("Published by the X Partnership, <date>.") dating the review over the case's
dates and the day its final version was agreed; the child's age "then N" in apposition (the age now never);
a cover table's age at the incident as a bare number (years; the age at the report never); two writers each
named with their role ("X, Independent Reviewer, and Y, Independent Health Reviewer": both the author; a
person named after the writer with another post never). Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations

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
