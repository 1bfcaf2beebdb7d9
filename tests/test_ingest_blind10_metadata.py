"""Ingest tests: the metadata classes blind held-out set 10 (C205-C222) found the extractor missing,
each on a document the test lays out itself.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _write as write_document

FORMATS = ["pdf", "docx", "html", "txt"]
# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The school nurse heard about the bruises from a classmate and passed it on only at the end of term.",
    "No one outside the family knew that the older brother had moved back into the flat in the spring.",
)
ASKS = ("The Partnership should remind schools that a concern heard second-hand is still a concern to share.",)
META = {
    "title": "",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-06",
    "child": "",
    "child_age": "",
    "author": "Imogen Thackeray",
}


def _review(tmp_path, fmt, build, **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta})[0])


def _cased(text):
    """A title compared as the evaluation does: a plain-text cover printed in capitals loses its case."""
    return " ".join(text.lower().split())


def _lessons(doc, heading="Learning"):
    doc.add("h1", heading)
    for text in SEEN:
        doc.add("bullet", text)


# --- a record naming its place in a "Location:" field, no partnership printed ----------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "label,place,region", [("Location", "Halton", "North West"), ("Local authority", "Medway", "South East")]
)
def test_a_location_field_names_the_area(tmp_path, fmt, label, place, region):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Case review library > Reviews published this year")
        doc.add("title", title)
        doc.add("cover", f"{label}: {place}")
        doc.add("cover", "Publication date: June 2023")
        doc.add("h1", "Summary")
        doc.add("p", "Child W was found alone at home by a neighbour, who called the police.")
        _lessons(doc)

    review = _review(tmp_path, fmt, build, title=title, area=place, region=region, child="Child W")
    assert (review.area, review.region) == (place, region)


def test_an_anonymous_location_names_no_area(tmp_path):
    def build(doc):
        doc.add("title", "Serious Case Review: Child W")
        doc.add("cover", "Location: Anonymous")
        doc.add("cover", "Publication date: June 2015")
        _lessons(doc)

    review = _review(tmp_path, "txt", build, title="Serious Case Review: Child W", area="", region="")
    assert review.area == ""


# --- a news post announcing the review it "has today published": the quoted title, not the headline ----


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
@pytest.mark.parametrize("adverb", ["today", "now", "recently"])
def test_a_post_announcing_a_review_is_titled_by_the_review(tmp_path, fmt, adverb):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Home > Latest news")
        doc.add("h1", "Review into the death of a toddler is published")
        doc.add("cover", "Posted 14 June 2023")
        doc.add(
            "p",
            f'The Halton Safeguarding Children Partnership has {adverb} published "{title}", '
            "written by the independent reviewer Imogen Thackeray.",
        )
        doc.add("p", "The review found:")
        for text in SEEN:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build, title=title, child="Child W")
    assert _cased(review.title) == _cased(title)
    assert review.child == "Child W"


# --- text formats: the first top-level heading, with only its date below it, is the title -------------


@pytest.mark.parametrize("fmt", ["docx", "html", "txt"])
@pytest.mark.parametrize(
    "title",
    [
        "Halton Safeguarding Children Partnership Annual Report 2022 to 2023",
        "Practice guidance: children who go missing",
    ],
)
def test_a_first_heading_over_its_date_is_the_title_though_sections_are_headings_too(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("h1", title)
        doc.add("cover", "Date issued: June 2023")
        doc.add("h1", "Introduction")
        doc.add("p", "This document sets out what the partners have done and what they will do next.")
        doc.add("h1", "Learning from a local review")
        doc.add("p", SEEN[0])
        doc.add("h1", "Contacts")
        doc.add("p", "Ring the front door on the number below.")

    review = _review(tmp_path, fmt, build, title=title, review_type="other")
    assert _cased(review.title) == _cased(title)


# --- an executive summary published as its own document keeps its words; a wrapped title is whole ------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_executive_summary_of_a_review_is_titled_whole(tmp_path, fmt):
    title = "Executive summary: Local Child Safeguarding Practice Review concerning Child W"

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Author: Imogen Thackeray")
        doc.add("cover", "Publication date: June 2023")
        doc.add("h1", "Background")
        doc.add("p", "Child W was 3 years old when a neighbour found her alone at home.")
        _lessons(doc)

    review = _review(tmp_path, fmt, build, title=title, child="Child W", child_age="3 years")
    assert _cased(review.title) == _cased(title)
    assert (review.review_type, review.child) == ("LCSPR", "Child W")


# --- review types: a review retold for young people, a bulletin's "Learning from the review of X", a
# --- sheet calling itself a briefing, guidance for practice naming no child, an annual report ---------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child",
    [
        ("Our review for children and young people: the story of what happened to Mabel", "Mabel"),
        ("A review for young people about Child W", "Child W"),
    ],
)
def test_a_review_retold_for_young_people_is_a_briefing(tmp_path, fmt, title, child):
    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: June 2023")
        doc.add("h1", "Why we made this")
        doc.add(
            "p", "This is a shorter version of a Local Child Safeguarding Practice Review written by Imogen Thackeray."
        )
        _lessons(doc, "What went wrong")

    review = _review(tmp_path, fmt, build, title=title, child=child, review_type="briefing")
    assert (review.review_type, review.child) == ("briefing", child)


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_from_the_review_of_a_child_is_a_briefing(tmp_path, fmt):
    title = "Learning from the review of Child W"

    def build(doc):
        doc.add("cover", "Safe Together: the newsletter of the Halton Safeguarding Children Partnership")
        doc.add("cover", "Edition 4, June 2023")
        doc.add("title", title)
        doc.add("p", "The Local Child Safeguarding Practice Review of Child W was led by Imogen Thackeray.")
        _lessons(doc, "Key learning")

    review = _review(tmp_path, fmt, build, title=title, child="Child W", review_type="briefing")
    assert review.review_type == "briefing"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sheet_that_calls_itself_a_briefing_is_one_though_its_title_names_the_review(tmp_path, fmt):
    title = "Learning from the Local Child Safeguarding Practice Review of Child W"

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: June 2023")
        doc.add("p", "This briefing sets out what practitioners in every agency can take from the review.")
        _lessons(doc)

    review = _review(tmp_path, fmt, build, title=title, child="Child W", review_type="briefing")
    assert (review.review_type, review.child) == ("briefing", "Child W")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_briefing_read_after_it_is_mentioned_in_passing_keeps_the_reviews_type(tmp_path, fmt):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: June 2023")
        doc.add("p", "What will you do differently after reading this briefing is the question for every team.")
        _lessons(doc)

    review = _review(tmp_path, fmt, build, title=title, child="Child W")
    assert review.review_type == "LCSPR"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "child_line,expected", [("", ("other", "")), ("It draws on the review of Child W.", ("other", "Child W"))]
)
def test_practice_guidance_is_no_briefing_whether_or_not_it_names_a_review_s_child(tmp_path, fmt, child_line, expected):
    # Guidance drawing on a review is guidance (type other), as set 14's C343 records it; a leaflet
    # offering itself as the review's learning in its strap line stays a briefing (set 3's class).
    title = "Practice guidance: children who go missing"

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Date issued: June 2023")
        doc.add("h1", "1. Purpose")
        doc.add("p", f"This guidance helps practitioners respond when a child goes missing. {child_line}".strip())
        _lessons(doc, "Learning from a local review")

    review = _review(tmp_path, fmt, build, title=title, review_type=expected[0], child=expected[1])
    assert (review.review_type, review.child) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_annual_report_names_no_child_of_the_reviews_it_reports(tmp_path, fmt):
    title = "Halton Safeguarding Children Partnership Annual Report 2022 to 2023"

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published June 2023")
        doc.add("h1", "Learning from case reviews")
        doc.add("h2", "Child W (published March 2023)")
        doc.add("p", "The review identified the following learning:")
        for text in SEEN:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build, title=title, review_type="other")
    assert (_cased(review.title), review.review_type, review.child) == (_cased(title), "other", "")
