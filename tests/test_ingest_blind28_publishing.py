"""Ingest tests: reviews as publishing pipelines deliver them, the classes blind held-out set 28's second half
(C835-C852) exposed, each on a document or blocks the test lays out itself.

An easy-read version printed after the report restates it in simple words: never lessons. A briefing titled
"Learning from the Serious Case Review: Child D" is a briefing; one titled by the two reviews it carries ("Learning
from two reviews: Ruby and Child D") has the pair for its child and no one age. An author's name wrapped after a
title and a first name ("Dr Sarah" / "Whitlock."). A two-page report whose cover prints no title, its running
header (printed once, on the body page) naming the review. A web page printed to two pages, every heading on the
first: its headings ranked by size still. A scanned list of learning whose last number OCR read as one letter.
The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import ASKS, SEEN, bare_review_of, lesson_rows, review_of

from ingest.block_cues import _heading_sizes
from ingest.layout import Block
from ingest.metadata.author import _author
from ingest.scan_lists import misread_numbers

META = {
    "title": "Serious Case Review: Child M",
    "area": "Gateshead",
    "region": "North East",
    "review_type": "SCR",
    "published": "2018-07",
    "child": "Child M",
    "child_age": "",
    "author": "Jane Whitfield",
}


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_an_easy_read_version_after_the_report_holds_no_lessons(tmp_path, fmt):
    def build(doc, easy_read=True):
        doc.add("cover", "Gateshead Local Safeguarding Children Board")
        doc.add("title", META["title"])
        doc.add("cover", "Lead reviewer: Jane Whitfield")
        doc.add("cover", "Published: July 2018")
        doc.add("h1", "Findings")
        for n, text in enumerate(SEEN, 1):
            doc.add("h2", f"Finding {n}: {text.split()[1].capitalize()} {text.split()[2]}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        if easy_read:
            doc.add("pagebreak")
            doc.add("h1", "Easy read version")
            doc.add("p", "This part uses easy words. It tells you what the review found.")
            doc.add("h2", "What we found out")
            doc.add("bullet", "Workers did not talk to each other enough.")
            doc.add("bullet", "Nobody asked the grandmother what she saw.")
            doc.add("h2", "What will change")
            doc.add("bullet", "Workers will talk to each other sooner.")

    full = lesson_rows(review_of(tmp_path, fmt, build, META).lessons)
    report = lesson_rows(review_of(tmp_path, fmt, lambda d: build(d, easy_read=False), META).lessons)
    assert len(report) == 4
    assert full == report


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("kind", ["Serious Case Review", "Local Child Safeguarding Practice Review"])
def test_learning_from_the_review_named_by_its_type_and_child_is_a_briefing(tmp_path, fmt, kind):
    def build(doc):
        doc.add("cover", "Trafford Strategic Safeguarding Partnership")
        doc.add("title", f"Learning from the {kind}: Child D")
        doc.add("cover", "Presented by Jane Whitfield, independent reviewer | November 2016")
        doc.add("h1", "Key learning")
        for text in SEEN:
            doc.add("bullet", text)

    assert bare_review_of(tmp_path, fmt, build).review_type == "briefing"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_briefing_on_two_reviews_has_both_children_and_no_one_age(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Hackney Safeguarding Children Partnership")
        doc.add("title", "Learning from two reviews: Ruby and Child D")
        doc.add("cover", "Published: April 2024")
        doc.add("h1", "Ruby")
        doc.add("p", "Ruby, who was 5 years old, was seriously harmed at home in the autumn.")
        doc.add("h2", "What we learned")
        doc.add("bullet", SEEN[0])
        doc.add("h1", "Child D")
        doc.add("p", "Child D was hurt at home in the spring.")
        doc.add("h2", "What we learned")
        doc.add("bullet", SEEN[1])

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.child, review.child_age) == ("Ruby and Child D", "")


def test_an_author_wrapped_after_a_title_and_first_name_is_whole():
    text = "Child S was seriously harmed in April 2016. The review was written by Dr Sarah\nWhitlock.\n"
    assert _author(text) == "Dr Sarah Whitlock"
    # a name whole on its line keeps the sentence that follows it out
    assert _author("The review was written by Dr Sarah Whitlock\nChild S was fourteen.") == "Dr Sarah Whitlock"


def test_a_two_page_report_is_titled_by_its_running_header_when_the_cover_prints_none(tmp_path):
    def build(doc):
        doc.add("cover", "Croydon Safeguarding Children Partnership")
        doc.add("cover", "Final report")
        doc.add("cover", "Independent reviewer: Jane Whitfield")
        doc.add("cover", "Published: 17 June 2022")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        for text in SEEN:
            doc.add("bullet", text)

    header = "Local Child Safeguarding Practice Review – Child C"
    assert bare_review_of(tmp_path, "pdf", build, header=header).title == header


def _raw(text: str, size: float, page: int, kind: str = "heading") -> dict:
    return {"kind": kind, "text": text, "size": size, "page_start": page, "level": 0, "lines": 1, "bold": False}


def test_headings_all_on_the_first_of_two_pages_are_ranked_by_their_sizes():
    raw = [
        _raw("Local Child Safeguarding Practice Review: Child N", 24.0, 1),
        _raw("What we learned", 15.5, 1),
        _raw("Staff turnover", 12.0, 1),
        _raw("The family had five social workers in eighteen months. " * 3, 10.5, 1, "para"),
        _raw("Education settings should report every child removed from roll.", 10.5, 2, "item"),
    ]
    assert _heading_sizes(raw, 10.5) == [24.0, 15.5, 12.0]
    # a later page's headings still set the ranks (the cover's display type left out)
    raw.append(_raw("Recommendations", 15.5, 2))
    assert _heading_sizes(raw, 10.5) == [15.5]


def test_a_scanned_list_of_learning_whose_last_number_was_read_as_a_letter_is_its_last_item():
    blocks = [
        Block("heading", "Learning", 1, 1, level=2, x0=62.0),
        Block("item", "1. Similar referrals received different responses at different times.", 1, 1, x0=62.8),
        Block("item", "2. The Board needs to know why earlier learning has not changed practice.", 1, 1, x0=62.6),
        Block("para", "a The college offered nine hours a week and did not follow up absences.", 1, 1, x0=62.8),
        Block("heading", "Recommendations", 1, 1, level=2, x0=62.0),
    ]
    assert [(b.kind, b.text[:5]) for b in misread_numbers(blocks)[1:4]] == [
        ("item", "1. Si"),
        ("item", "2. Th"),
        ("item", "3. Th"),
    ]
    # with prose, not a heading, after it: a paragraph still
    blocks[4] = Block("para", "The review then turned to the recommendations.", 1, 1, x0=62.8)
    assert misread_numbers(blocks)[3].kind == "para"
