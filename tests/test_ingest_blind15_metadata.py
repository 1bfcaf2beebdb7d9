"""Ingest tests: the metadata classes blind held-out set 15 (C349-C384) found the extractor missing, each on
a document the test lays out itself.

A sheet titled by the child and "learning from the review" alone (a briefing); a partnership named after a
page's title and a dash ("<title> - X Safeguarding Children Partnership", a browser's print header); a
forwarded e-mail (its subject the title, its sent date the publication when nothing else dates it, the
quoted "> " lines read as the message's text); a template's "Title of review:" field; a slide deck
"Presented by" its author; a rapid review's "Date submitted to the national Panel" (the publication)
beside the dates of its meetings. Documents are written by the conventions corpus's writers (reportlab
PDF, python-docx, HTML, text) and read back through the real readers. The texts are written for these
tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _write as write_document

FORMATS = ["pdf", "docx", "html", "txt"]
PARTNERSHIP = "Stockport Safeguarding Children Partnership"
# Texts written for these tests (not the corpus's words).
SEEN = (
    "The childminder noticed the toddler flinching at nappy changes and mentioned it only to the mother.",
    "Two health visitors covered the family in a year and neither knew the other had raised a concern.",
)
ASKS = (
    "The Partnership should tell childminders how to pass a worry straight to the front door.",
    "Health visiting should hand over open concerns in person when a caseload changes hands.",
)
META = {
    "title": "Local Child Safeguarding Practice Review: Child N",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-03",
    "child": "Child N",
    "child_age": "",
    "author": "",
}


def _learning(doc) -> None:
    doc.add("h1", "What the review found")
    for n, text in enumerate(SEEN, 1):
        doc.add("p", f"{n}. {text}")
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("p", f"{n}. {ask}")


def _review(tmp_path, fmt, build, **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta})[0])


# --- a sheet titled by the child, then "learning from the review" alone: a briefing ----------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title",
    ["Child N: learning from the review", "Baby K: key learning from the review", "Amira: lessons from our review"],
)
def test_a_sheet_titled_by_the_child_and_learning_from_the_review_is_a_briefing(tmp_path, fmt, title):
    def build(doc):
        doc.add("title", title)
        doc.add("cover", f"{PARTNERSHIP} | 9 March 2022")
        doc.add("h1", "At a glance")
        doc.add("p", "Eleven months of contact with services; four agencies; nine home visits.")
        _learning(doc)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.title.lower() == title.lower()  # a text file prints its title in capitals
    assert review.review_type == "briefing"
    assert review.area == "Stockport"
    assert review.published == "2022-03-09"


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_review_titled_with_learning_from_the_review_of_another_keeps_its_type(tmp_path, fmt):
    # The words name the sheet only at the title's end: a report naming its own type stays that type.
    title = "Local Child Safeguarding Practice Review: Child N"

    def build(doc):
        doc.add("title", title)
        doc.add("cover", f"{PARTNERSHIP} | 9 March 2022")
        doc.add("h1", "Introduction")
        doc.add("p", "This review builds on the learning from the review of an older sibling in 2017.")
        _learning(doc)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.review_type == "LCSPR"


# --- the partnership named after a page's title and a dash: a printed web page's header ------------------


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_partnership_after_the_page_title_and_a_dash_is_the_area(tmp_path, fmt, dash):
    title = "Serious Case Review: Child N"

    def build(doc):
        doc.header = f"14/03/2016, 09:05 | {title} {dash} Stockport Local Safeguarding Children Board"
        doc.footer = "https://www.example-board.org.uk/reviews/child-n | {x}/{y}"
        doc.add("small", "Home > Professionals > Reviews > " + title)
        doc.add("title", title)
        doc.add("p", "Published: 14 March 2016")
        doc.add("p", "The review looked at the eighteen months before the incident.")
        doc.add("pagebreak")  # the print header is on the second page: the first is the cover's
        _learning(doc)
        doc.add("small", "Was this page useful? Yes | No")

    review = _review(tmp_path, fmt, build, title=title, review_type="SCR")
    assert review.area == "Stockport"
    assert review.region == "North West"
    assert review.published == "2016-03-14"


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_hyphenated_place_before_the_partnership_stays_whole(tmp_path, fmt):
    title = "Serious Case Review: Child N"

    def build(doc):
        doc.add("title", title)
        doc.add("cover", f"{title} - Southend-on-Sea Safeguarding Children Board")
        doc.add("p", "Published: 14 March 2016")
        _learning(doc)

    review = _review(tmp_path, fmt, build, title=title, review_type="SCR")
    assert review.area == "Southend-on-Sea"
    assert review.region == "East of England"


# --- a forwarded e-mail: its subject the title, its sent date the publication, its quoted lines its text ----


def _email(doc, title: str, sent_label: str, sent: str, said: str = "") -> None:
    doc.add("p", "From: Learning and Improvement Team <learning@example-partnership.org.uk>")
    doc.add("p", f"{sent_label}: {sent}")
    doc.add("p", "To: Designated safeguarding leads")
    doc.add("p", f"Subject: RE: FW: {title}")
    doc.add("p", "Hello all, the summary below is for your next team meeting. Kind regards, the team")
    doc.add("p", "-----Original Message-----")
    doc.add("p", f"> {PARTNERSHIP} has shared what the review of Child N found.{said}")
    doc.add("p", "> WHAT WE LEARNED")
    for text in SEEN:
        doc.add("p", f"> * {text}")
    doc.add("p", "> WHAT SHOULD CHANGE")
    for n, ask in enumerate(ASKS, 1):
        doc.add("p", f"> {n}. {ask}")
    doc.add("p", "This message is intended only for the person it is addressed to.")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sent_label,sent,published", [("Sent", "3 February 2023 11:20", "2023-02-03"), ("Date", "June 2019", "2019-06")]
)
def test_a_forwarded_email_is_titled_by_its_subject_and_dated_when_sent(tmp_path, fmt, sent_label, sent, published):
    title = "Child N: learning from the review"

    def build(doc):
        _email(doc, title, sent_label, sent)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.title.lower() == title.lower()
    assert review.review_type == "briefing"
    assert review.area == "Stockport"  # named only in a quoted line
    assert review.published == published
    assert review.child == "Child N"


@pytest.mark.parametrize("fmt", ["pdf", "html", "txt"])
def test_a_forwarded_email_saying_when_the_review_was_published_is_dated_by_that(tmp_path, fmt):
    title = "Local Child Safeguarding Practice Review: Child N"

    def build(doc):
        _email(doc, title, "Sent", "3 February 2023 11:20", " The review was published on 17 January 2023.")

    review = _review(tmp_path, fmt, build, title=title)
    assert review.title == title
    assert review.review_type == "LCSPR"
    assert review.published == "2023-01-17"


# --- a form's "Title of review:" field: the title, though the form is of its own type ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "form,label,review_type",
    [
        ("Learning briefing template v3.0 (fill in every box)", "Title of review:", "briefing"),
        ("Seven minute briefing form", "Review title:", "briefing"),
        ("Rapid review record (complete within fifteen working days)", "Title of the review:", "other"),
    ],
)
def test_a_forms_title_of_review_field_is_the_title_and_the_form_keeps_its_type(
    tmp_path, fmt, form, label, review_type
):
    title = "Local Child Safeguarding Practice Review: Child N"

    def build(doc):
        doc.add("small", form)
        doc.add("runin", title, label=label)
        doc.add("runin", PARTNERSHIP, label="Partnership:")
        doc.add("runin", "9 March 2022", label="Date of briefing:")
        doc.add("h2", "Learning (no more than 150 words each)")
        for n, text in enumerate(SEEN, 1):
            doc.add("runin", text, label=f"Point {n}:")
        doc.add("h2", "Actions")
        for n, ask in enumerate(ASKS, 1):
            doc.add("runin", ask, label=f"Action {n}:")

    review = _review(tmp_path, fmt, build, title=title)
    assert review.title == title
    assert review.review_type == review_type
    assert review.area == "Stockport"
    assert review.published == "2022-03-09"
    assert review.child == "Child N"


# --- a slide deck presented by its writer ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("verb", ["Presented", "Delivered"])
def test_the_presenter_of_a_slide_deck_is_its_author(tmp_path, fmt, verb):
    title = "Baby K: key learning from the review"

    def build(doc):
        doc.add("title", title)
        doc.add("cover", PARTNERSHIP)
        doc.add("cover", f"{verb} by Farah Okonjo, 9 March 2022")
        for n, text in enumerate(SEEN, 1):
            doc.add("pagebreak")
            doc.add("small", f"Slide {n + 1}")
            doc.add("h1", f"Lesson {n}")
            doc.add("h3", "Speaker notes")
            doc.add("p", text)

    review = _review(tmp_path, fmt, build, title=title)
    assert review.author == "Farah Okonjo"
    assert review.review_type == "briefing"
    assert review.published == "2022-03-09"


# --- a rapid review's record: the day it went to the national Panel is its publication ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "label", ["Date submitted to the national Panel:", "Date sent to the Panel:", "Date of submission to the Panel:"]
)
def test_a_rapid_review_is_published_when_submitted_to_the_panel(tmp_path, fmt, label):
    title = "Rapid review: Child N"

    def build(doc):
        doc.add("cover", PARTNERSHIP)
        doc.add("title", title)
        doc.add("runin", "11 August 2021", label="Date the incident was notified:")
        doc.add("runin", "2 September 2021", label="Date of the rapid review meeting:")
        doc.add("runin", "16 September 2021", label=label)
        doc.add("h1", "Learning identified")
        for text in SEEN:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build, title=title, review_type="other")
    assert review.published == "2021-09-16"
    assert review.review_type == "other"
    assert review.area == "Stockport"
