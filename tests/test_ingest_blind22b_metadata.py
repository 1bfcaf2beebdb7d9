"""Ingest tests: the metadata and lead-agency classes blind held-out set 22 (C601-C636) left the extractor
missing, each on a document the test lays out itself.

A briefing's title as printed, whole, its genre's name included ("Learning briefing: Child W"); the review
type of a version of a review for some readers (the family's, a key-learning sheet, a pledge card, a
chair's letter to practitioners: briefings); the child called by a first name in such a version's title
("For Leah's family", "Amber's review", "what happened to Maisie", "Learning for police officers: Harry");
and a recommendations table whose rows are grouped under full-width rows naming the lead agency. Documents
are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations, review_of
from generator.conv_docs import COLUMN_WIDTHS

_body = findings_and_recommendations
# the PDF writer's column widths: a row spanning the table, and its three columns
COLUMN_WIDTHS.setdefault("t22bspan", ((1.0,), False))
COLUMN_WIDTHS.setdefault("t22brec3", ((0.08, 0.7, 0.22), False))


def _cover(doc, title: str) -> None:
    doc.add("cover", "Gateshead Safeguarding Children Partnership")
    doc.add("title", title)
    doc.add("cover", "Published: March 2021")
    doc.add("pagebreak")


# --- a briefing's title is the title as printed, its genre's name included --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child",
    [
        ("Learning briefing: Child W", "Child W"),
        ("7-minute briefing: Oscar", "Oscar"),
        ("Practice briefing: Baby N", "Baby N"),
    ],
)
def test_a_briefings_title_is_printed_whole_with_its_genres_name(tmp_path, fmt, title, child):
    def build(doc):
        _cover(doc, title)
        doc.add("h1", "About the review")
        doc.add("p", f"This briefing sums up what the review about {child} found for practitioners.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    # (a text format prints its title in capitals: read in the case names use, as the gold compares it)
    assert (review.title.lower(), review.review_type, review.child) == (title.lower(), "briefing", child)


# --- a version of a review for some readers is a briefing -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title",
    [
        "For Mabel's family: what the review found",
        "Tilly's review: what went well and what should have been better",
        "Key learning: Child T",
        "My pledge: learning from Child T",
        "A letter to practitioners about the review of Child T",
    ],
)
def test_a_version_of_a_review_for_some_readers_is_a_briefing(tmp_path, fmt, title):
    def build(doc):
        _cover(doc, title)
        doc.add("h1", "About the review")
        doc.add(
            "p",
            "The Serious Case Review was written by an independent reviewer and published by the partnership; "
            "these pages pass on what it found.",
        )
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.title.lower(), review.review_type) == (title.lower(), "briefing")


# --- the child called by a first name in the title of a version for some readers --------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child",
    [
        ("What we learned from what happened to Maisie: a version for children and young people", "Maisie"),
        ("For Jayden's family: what the review found", "Jayden"),
        ("Tilly's review: what went well and what should have been better", "Tilly"),
        ("Learning for police officers: Harry", "Harry"),
    ],
)
def test_a_versions_title_names_the_child_by_a_first_name_over_the_reports_pseudonym(tmp_path, fmt, title, child):
    def build(doc):
        _cover(doc, title)
        doc.add("h1", "About the review")
        doc.add("p", f"In the full report, {child} is called Child T. The review was published in 2021.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.child == child


# --- a recommendations table grouped under full-width rows naming the lead agency --------------------------

GROUPED = (
    ("Police", "Police should tell the school by the next morning about every call-out to a pupil's home."),
    ("Police", "Police should record who else lives at the address on every domestic abuse call."),
    ("All partner agencies", "Agencies should ask a child's grandparents what they see when they care for them."),
    ("LSCB", "The LSCB should check in a year that school nurses have a route to talk a worry through."),
)
META = {
    "title": "Serious Case Review: Child T",
    "area": "Gateshead",
    "region": "North East",
    "review_type": "SCR",
    "published": "2016-03",
    "child": "Child T",
    "child_age": "",
    "author": "",
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_width_row_naming_an_agency_leads_the_recommendations_grouped_under_it(tmp_path, fmt):
    def build(doc):
        _cover(doc, META["title"])
        doc.add("h1", "What the review learned")
        doc.add("bullet", "No one asked the grandmother, who collected the children most days, what she saw at home.")
        doc.add("h1", "Recommendations")
        doc.add("p", "The recommendations are set out by the agency that is asked to act on them.")
        doc.add("header", cells=("No.", "Recommendation", "Timescale"), label="t22brec3")
        last = ""
        for n, (agency, text) in enumerate(GROUPED, 1):
            if agency != last:
                doc.add("row", cells=(agency,), label="t22bspan")
                last = agency
            doc.add("row", cells=(str(n), text, f"{2 * n} months"), label="t22brec3")

    review = review_of(tmp_path, fmt, build, META)
    recommendations = [(l.label, l.text, l.agency) for l in review.lessons if l.kind == "recommendation"]
    assert recommendations == [(str(n), text, agency) for n, (agency, text) in enumerate(GROUPED, 1)]
