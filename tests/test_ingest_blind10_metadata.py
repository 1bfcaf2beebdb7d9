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
