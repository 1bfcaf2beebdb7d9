"""Ingest tests: the metadata classes blind held-out set 12 (C241-C276) found the extractor missing,
how a review's companion documents (minutes, an action-plan update, learning briefs, a citation, a
document-control block, a combined partnership, a page listing several reviews, a letter, a poster,
one agency's summary) print their title, area, type, date, child and author; each on a document the
test lays out itself.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts and names are written for these tests only.
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
NOTICED = (
    "The school nurse knew the boy skipped lunch most days but thought the family support worker was dealing with it.",
    "The housing officer saw the broken window twice and never asked who had broken it.",
)
ASKS = ("The Partnership should ask schools how they tell the health service about a child who is always hungry.",)
META = {
    "title": "Local Child Safeguarding Practice Review: Child W",
    "area": "Torbay",
    "region": "South West",
    "review_type": "LCSPR",
    "published": "2023-06",
    "child": "Child W",
    "child_age": "",
    "author": "",
}


def _review(tmp_path, fmt, build, header="", **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta}, header=header)[0])


def _findings(doc, heading="Findings"):
    doc.add("h1", heading)
    for text in NOTICED:
        doc.add("bullet", text)
    doc.add("h1", "Recommendations")
    for i, text in enumerate(ASKS, 1):
        doc.add("num", text, label=f"{i}.")


# --- a companion record of a review is of type "other"; a brief or an n-minute guide is a briefing ------


def _minutes(doc):
    doc.add("cover", "Torbay Safeguarding Children Partnership")
    doc.add("title", "Minutes of the Torbay Safeguarding Children Partnership Leadership Board")
    doc.add("cover", "Meeting held in the Council Chamber, Paignton, on 9 June 2023")
    doc.add("h1", "Attendees")
    doc.add("bullet", "Rosalind Pepper, Chair")
    doc.add("bullet", "Tobias Wren, Head of Early Help")
    doc.add("h1", "4. LCSPR Child W: the reviewer's report")
    doc.add("p", "The Board heard the reviewer's account and noted what it found:")
    for text in NOTICED:
        doc.add("bullet", text)
    doc.add("p", "AGREED: the Board accepted the recommendation below.")
    doc.add("num", ASKS[0], label="1.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_meetings_minutes_are_titled_dated_and_placed_by_the_meeting(tmp_path, fmt):
    review = _review(
        tmp_path, fmt, _minutes, title="Minutes of the Torbay Safeguarding Children Partnership Leadership Board"
    )
    assert review.review_type == "other"  # the minutes accepting a review, not the review
    assert review.title.lower() == "minutes of the torbay safeguarding children partnership leadership board"
    assert review.area == "Torbay"  # never "Minutes of the Torbay"
    assert review.published == "2023-06-09"  # the day the meeting was held
    assert review.child == "Child W"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,dated,published",
    [
        ("LCSPR Child W: progress update on the action plan", "Status as at 14/08/23", "2023-08-14"),
        ("Child W review: action plan update", "Position at: 3 September 2023", "2023-09-03"),
    ],
)
def test_an_action_plan_update_is_no_review_and_is_dated_by_its_position(tmp_path, fmt, title, dated, published):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", dated)
        doc.add("h1", "Recommendation 1")
        doc.add("p", ASKS[0])
        doc.add("header", cells=("Lead", "Action", "Due", "RAG"))
        doc.add("row", cells=("Education", "Write to every head teacher about hungry children.", "30/11/23", "Amber"))

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "other"
    assert review.published == published


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_is_other_and_its_signatory_is_its_author(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("cover", "12 July 2023")
        doc.add("p", "Dear head teachers,")
        doc.add("title", "Thank you for your part in the review of Child W")
        doc.add("p", "The review of Child W, carried out by the independent reviewer Lionel Ashdown, is now published.")
        doc.add("p", "He asked me to pass on what he saw done well:")
        for text in NOTICED:
            doc.add("bullet", text)
        doc.add("p", "Yours sincerely,")
        doc.add("p", "Rosalind Pepper")
        doc.add("p", "Independent Scrutineer")

    review = _review(tmp_path, fmt, build, title="Thank you for your part in the review of Child W")
    assert review.review_type == "other"
    assert review.author == "Rosalind Pepper"  # who signs the letter, not the reviewer it names
    assert review.published == "2023-07-12"


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_agencys_summary_of_its_own_learning_is_other_and_names_the_child(tmp_path, fmt):
    title = "Ambulance service: single-agency learning from the review of Milo"

    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: 2 October 2023")
        doc.add("h1", "Introduction")
        doc.add("p", "The ambulance service looked at its own part for the Local Child Safeguarding Practice Review.")
        doc.add("p", "Milo was 3 years old when the crew were called to his home.")
        _findings(doc, "Areas to develop")

    review = _review(tmp_path, fmt, build, title=title, child="Milo")
    assert review.review_type == "other"
    assert review.child == "Milo"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("title", ["Practice brief: Child W", "Two-minute guide: Child W", "5 minute read: Child W"])
def test_a_brief_or_a_minutes_long_guide_is_a_briefing_titled_whole(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Issued: June 2023")
        doc.add("p", "Review: Serious Case Review.")
        _findings(doc, "What did we learn?")

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "briefing"
    assert review.title.lower() == title.lower()  # the brief's own words stay: the rest names only the child


# --- a page listing several reviews: its own title, no child, no review type of its own -----------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_page_on_several_reviews_keeps_its_title_and_takes_none_of_theirs(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Learning from our practice reviews")
        doc.add("cover", "Published: 20 November 2023")
        doc.add("p", "This page gathers what the partnership's recent reviews taught us, one review at a time.")
        for child in ("Child Q", "Child V"):
            doc.add("h1", f"Serious Case Review: {child}")
            doc.add("p", "Published: May 2018")
            doc.add("p", "What we learned:")
            doc.add("bullet", NOTICED[0] if child == "Child Q" else NOTICED[1])

    review = _review(tmp_path, fmt, build, title="Learning from our practice reviews", review_type="other", child="")
    assert review.title.lower() == "learning from our practice reviews"  # a plain-text title prints in capitals
    assert review.review_type == "other"
    assert review.child == ""
    assert review.published == "2023-11-20"


# --- the author and year a citation gives; a closing document-control block's date ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_suggested_citation_gives_the_author_and_the_year(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", META["title"])
        doc.add("cover", "Final report")
        doc.add("pagebreak")
        doc.add(
            "small", "Please cite as: Lionel Ashdown (2022) Local Child Safeguarding Practice Review: Child W. Torquay."
        )
        doc.add("h1", "Introduction")
        doc.add("p", "Child W was 9 years old and lived with his father and two sisters.")
        _findings(doc)

    review = _review(tmp_path, fmt, build)
    assert review.author == "Lionel Ashdown"
    assert review.published == "2022"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_document_control_block_of_lines_dates_the_document(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", META["title"])
        doc.add("cover", "Final report")
        _findings(doc)
        doc.add("h1", "Document control")
        doc.add("p", "Version no.: 2.1")
        doc.add("p", "Date: 17/10/23")
        doc.add("p", "Author: Lionel Ashdown")
        doc.add("p", "Approved by: Leadership Board, 02/10/23")

    review = _review(tmp_path, fmt, build)
    assert review.published == "2023-10-17"  # never the approval's date
    assert review.author == "Lionel Ashdown"


# The corpus's DOCX and HTML writers print no running header; its PDF and text writers do.
@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_running_header_with_the_version_dates_a_report_with_no_other_date(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", META["title"])
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "Child W was 9 years old and lived with his father and two sisters.")
        _findings(doc)

    review = _review(tmp_path, fmt, build, header="LCSPR Child W | Version 3 FINAL | 05.12.23")
    assert review.published == "2023-12-05"
    assert "Version" not in review.title


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_briefing_issued_in_a_month_with_a_cut_year_is_dated_to_the_month(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Practice briefing: Milo")
        doc.add("p", "This briefing was issued by the partnership in Sept '21 and sums up the review about Milo.")
        _findings(doc, "Learning")

    review = _review(tmp_path, fmt, build, title="Practice briefing: Milo", child="Milo")
    assert review.published == "2021-09"


# --- a combined partnership's review is placed where the child lived ------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "partnership", ["Tri-borough Safeguarding Children Partnership", "Pan-area Local Safeguarding Children Board"]
)
def test_a_combined_partnership_is_placed_where_the_child_lived(tmp_path, fmt, partnership):
    def build(doc):
        doc.add("cover", partnership)
        doc.add("title", META["title"])
        doc.add("cover", "Published: June 2023")
        doc.add("h1", "Introduction")
        doc.add("p", "The partnership covers Camden, Islington and Hackney, which share one safeguarding board.")
        doc.add("p", "Child W lived in Islington with his grandmother for most of the period under review.")
        _findings(doc)

    review = _review(tmp_path, fmt, build)
    assert review.area == "Islington"
    assert review.region == "London"


# --- the child a companion document names, the author it names in passing -------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child",
    [("Milo: what the review found", "Milo"), ("Workshop notes: learning from the review of Milo", "Milo")],
)
def test_a_companions_title_names_the_child_in_its_own_forms(tmp_path, fmt, title, child):
    def build(doc):
        doc.add("title", title)
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("cover", "Published: June 2023")
        _findings(doc, "Learning")

    review = _review(tmp_path, fmt, build, title=title, child=child)
    assert review.child == child


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sentence",
    [
        "The author, Lionel Ashdown, wishes to thank the family and the practitioners who spoke to him.",
        "Workshop developed with the lead reviewer, Lionel Ashdown",
    ],
)
def test_the_author_named_in_passing_in_an_opening_line(tmp_path, fmt, sentence):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", META["title"])
        doc.add("cover", "Published: June 2023")
        doc.add("h1", "Acknowledgements")
        doc.add("p", sentence)
        _findings(doc)

    review = _review(tmp_path, fmt, build)
    assert review.author == "Lionel Ashdown"
