"""Ingest tests: the metadata classes blind held-out set 14 (C313-C348) found the extractor missing, each on
a document the test lays out itself.

An author printed only in the running footer; a partnership's response to a review (type other); a sheet
titled "<its name>: learning from the review about X" (a briefing) dated by a school term; practice guidance
issued after a review that names its child (type other); a child named by initials with dots; the child's
age only in a family-members table; a version table dated by quarters; a date only in a document
reference code; a cover titled by the child and the part's name ("Child X: overview report").
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _write as write_document

FORMATS = ["pdf", "docx", "html", "txt"]
PARTNERSHIP = "Bury Safeguarding Children Partnership"
# Texts written for these tests (not the corpus's words).
SEEN = (
    "The health visitor saw the baby twice in a month and each visit was booked for the mother's convenience.",
    "Nobody asked the grandmother, who cared for the baby most nights, what she had noticed at home.",
)
ASKS = (
    "The Partnership should give health visitors a route to a same-day conversation with the front door.",
    "All agencies should record who looks after a baby overnight and offer them the same advice.",
)
META = {
    "title": "Local Child Safeguarding Practice Review: Child Q",
    "area": "Bury",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2021-09",
    "child": "Child Q",
    "child_age": "",
    "author": "",
}


def _body(doc, pages: int = 1) -> None:
    """An introduction, learning and recommendations; `pages` pages of them, for a running header or footer."""
    doc.add("h1", "Introduction")
    doc.add("p", "The partnership agreed that the circumstances met the criteria for a review of this kind.")
    for _extra in range(pages - 1):
        doc.add("p", "The review looked at the year before the incident and spoke with the practitioners involved.")
        doc.add("pagebreak")
    doc.add("h1", "Learning")
    for n, text in enumerate(SEEN, 1):
        doc.add("p", f"{n}. {text}")
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("p", f"{n}. {ask}")


def _review(tmp_path, fmt, build, **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta})[0])


# --- the author printed only in the running footer ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("label", ["Lead reviewer", "Written by", "Report author"])
def test_an_author_printed_only_in_the_running_footer_is_the_author(tmp_path, fmt, label):
    def build(doc):
        doc.footer = f"{label}: Morag Ellery | Page {{x}} of {{y}}"
        doc.header = f"{PARTNERSHIP} | {doc.meta['title']}"
        doc.add("title", doc.meta["title"])
        doc.add("cover", PARTNERSHIP)
        doc.add("cover", "Final version, published 7 September 2021")
        doc.add("pagebreak")
        _body(doc, pages=3)

    review = _review(tmp_path, fmt, build)
    assert review.author == "Morag Ellery"
    assert review.published == "2021-09-07"


# --- a partnership's response to a review is none of the review's types ----------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title",
    [
        "The Bury Safeguarding Children Partnership's response to the Local Child Safeguarding Practice Review"
        " about Child Q",
        "Our response to the recommendations of the serious case review into Child Q",
    ],
)
def test_a_partnership_response_to_a_review_is_other(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", title)
        doc.add("cover", "Published alongside the review: September 2021")
        _body(doc)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "other"
    assert review.child == "Child Q"
    assert review.published == "2021-09"


# --- a sheet titled by its own name, then the review it carries learning from; a school term's date -------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,dated,published",
    [
        ("For early years settings: learning from the review concerning Child Q", "Autumn term 2021", "2021"),
        ("Dear colleague: learning from the review of Child Q", "Spring half-term 2020", "2020"),
    ],
)
def test_a_sheet_carrying_one_reviews_learning_is_a_briefing_dated_by_its_term(tmp_path, fmt, title, dated, published):
    def build(doc):
        doc.add("cover", f"{PARTNERSHIP} - practitioners' sheet")
        doc.add("title", title)
        doc.add("cover", dated)
        _body(doc)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "briefing"
    assert review.published == published
    assert review.child == "Child Q"


# --- guidance issued after a review that names its child is guidance, not a briefing ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title", ["Multi-agency practice guidance: bruising in babies", "Multi agency guidance: babies who cry a lot"]
)
def test_guidance_issued_after_a_named_review_is_other(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", title)
        doc.add("cover", "Issued September 2021 | Review date September 2023")
        doc.add("h1", "Why this guidance has been issued")
        doc.add("p", "The practice briefing that followed the review about Child Q asked for clearer steps.")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h1", "What practitioners must do")
        doc.add("p", "1. Tell the safeguarding lead on the same day and write down what you saw.")

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "other"
    assert review.published == "2021-09"


# --- a child named by initials with their dots ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("initials", ["M.B.", "R.J.T."])
def test_a_child_named_by_initials_with_dots_keeps_them(tmp_path, fmt, initials):
    title = f"Serious Case Review: Child {initials}"

    def build(doc):
        doc.add("cover", "Bury Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Lead reviewer: Morag Ellery")
        doc.add("cover", "Date of publication: 7 September 2015")
        doc.add("h1", "Introduction")
        doc.add("p", f"The Board asked for this review after Child {initials} was taken to hospital.")
        _body(doc)

    review = _review(tmp_path, fmt, build, title=title, review_type="SCR")
    assert review.child == f"Child {initials}"
    assert review.title.lower() == title.lower()


# --- the child's age only in a family-members table -------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "header,child_row",
    [
        (("Person", "Relationship to the child", "Age"), ("Child Q", "The child", "9 weeks")),
        (("Family member", "Age at the time of the incident", "Known as"), ("Child Q", "9 weeks", "Subject child")),
    ],
)
def test_the_childs_age_in_a_family_table_is_read_from_the_childs_row(tmp_path, fmt, header, child_row):
    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Published: September 2021")
        doc.add("h1", "The family")
        doc.add("p", "These are the family members the review refers to:")
        doc.add("header", cells=header, label="fam")
        age_at = header.index(next(c for c in header if c.startswith("Age")))
        adult = ["Father", "Father", "Father"]
        adult[age_at] = "34 years"
        for row in (tuple(adult), child_row):
            doc.add("row", cells=row, label="fam")
        _body(doc)

    review = _review(tmp_path, fmt, build)
    assert review.child_age == "9 weeks"


# --- a version table dated by quarters -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_version_table_dated_by_quarters_gives_the_published_versions_year(tmp_path, fmt):
    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", doc.meta["title"])
        doc.add("h1", "Document history")
        doc.add("header", cells=("Issue", "Status", "Date"), label="ver")
        for row in (("A", "Draft for the panel", "Q4 2019"), ("B", "Draft for the family", "Q1 2020"),
                    ("C", "Final, published on the website", "Q3 2020")):  # fmt: skip
            doc.add("row", cells=row, label="ver")
        doc.add("pagebreak")
        _body(doc)

    review = _review(tmp_path, fmt, build)
    assert review.published == "2020"


# --- a date only in a document reference code ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "reference,published",
    [("Ref: BSCP-LCSPR-2019.11-04", "2019-11"), ("Document reference: SCR/17/2016-03", "2016-03")],
)
def test_a_date_only_in_a_document_reference_is_the_publication(tmp_path, fmt, reference, published):
    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", doc.meta["title"])
        doc.add("cover", reference)
        _body(doc)

    review = _review(tmp_path, fmt, build)
    assert review.published == published


# --- a cover titled by the child and the part's name --------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["Child Q: overview report", "Child Q: Executive Summary"])
def test_a_cover_titled_by_the_child_and_the_part_keeps_both(tmp_path, fmt, title):
    def build(doc):
        doc.header = "Local Child Safeguarding Practice Review | Child Q"
        doc.add("cover", PARTNERSHIP)
        doc.add("title", title)
        doc.add("cover", "7 September 2021")
        doc.add("pagebreak")
        _body(doc, pages=2)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.title.lower() == title.lower()
    assert review.child == "Child Q"
