"""Ingest tests: serious case reviews of 2008-2015 as their era printed them, the layouts of the second half of
blind held-out set 34 (C1051-C1068), each on a document the test lays out itself.

The overview author named by "Author of the overview report:" (never the panel's chair beside it); a family's
name whose children the text names each with an age is no child and gives no age; two young people each given
an age after "aged" with no unit have no one age; run-in recommendations "4.2 LSCB: The LSCB should ..." are
the LSCB's; a numbered paragraph counting the overview report's recommendations then saying where the agencies'
own are introduces them; the "Could the death have been predicted?" conclusions are no lessons; a title opening
with the board's name is the title; a scan's "4. Recommendations" run into "4.1 ..." is read apart; a table
box's line set wholly in the next column belongs to it. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import bare_review_of, lesson_rows, review_of

from ingest.layout import TextLine
from ingest.metadata.author import _author
from ingest.metadata.children import family_of_named_children
from ingest.metadata.named_pairs import age_of, pair_age
from ingest.reading_order import _split_at
from ingest.scan_section_numbers import run_in_heading

FORMATS = ["pdf", "docx", "html", "txt"]
META = {
    "title": "Serious Case Review: Child T. Overview Report",
    "area": "Rochdale",
    "region": "North West",
    "review_type": "SCR",
    "published": "2010-03",
    "child": "Child T",
    "child_age": "",
    "author": "",
}
LEARNT = (
    "Practitioners accepted the mother's account of the bruising without checking it with the nursery.",
    "The school did not know that the family had moved into a refuge in a neighbouring authority.",
)


@pytest.mark.parametrize(
    ("cover", "author"),
    [
        ("Author of the overview report: Ruth Okafor\nChair of the review panel: Simon Bell", "Ruth Okafor"),
        ("Independent author of the overview report: Ruth Okafor", "Ruth Okafor"),
        ("Chair of the review panel: Simon Bell\nOverview report writer: Ruth Okafor", "Ruth Okafor"),
    ],
)
def test_the_overview_reports_author_field_names_the_author(cover, author):
    assert _author(cover, chairs=False) == author


@pytest.mark.parametrize("fmt", FORMATS)
def test_author_of_the_overview_report_over_the_panels_chair(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", META["title"])
        doc.add("cover", "Author of the overview report: Ruth Okafor")
        doc.add("cover", "Chair of the review panel: Simon Bell")
        doc.add("cover", "Date of publication: March 2010")
        doc.add("h1", "1. Introduction")
        doc.add("p", "1.1 Child T, who was 4 years old, was found to be living in conditions of serious neglect.")
        doc.add("h1", "2. Lessons to be learned")
        for n, text in enumerate(LEARNT, 1):
            doc.add("p", f"2.{n} {text}")

    review = review_of(tmp_path, fmt, build, META)
    assert review.author == "Ruth Okafor"


def test_a_familys_children_each_named_with_an_age():
    named = (
        "This review concerns the 3 children of Family P: Sibling 1 (aged 8), Sibling 2 (aged 5), Sibling 3 (aged 2)."
    )
    assert family_of_named_children("Family P", named)
    # the children counted together with a range, none named: the family's review (C684)
    assert not family_of_named_children("Family P", "the five children of Family P, aged between 3 and 14")
    assert not family_of_named_children("Child P", named)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_family_review_naming_each_child_has_no_child_and_no_age(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", "Serious Case Review: Family P. Overview Report")
        doc.add("cover", "Date of publication: March 2010")
        doc.add("h1", "1. Introduction")
        doc.add(
            "p",
            "1.1 This review concerns the 3 children of Family P: Sibling 1 (aged 8), Sibling 2 (aged 5), "
            "Sibling 3 (aged 2). The children were removed from the care of Mother under police protection.",
        )
        doc.add("h1", "2. Lessons learnt")
        for n, text in enumerate(LEARNT, 1):
            doc.add("p", f"2.{n} {text}")

    review = bare_review_of(tmp_path, fmt, build, title="Serious Case Review: Family P. Overview Report")
    assert (review.child, review.child_age) == ("", "")


def test_two_young_people_aged_without_a_unit_have_no_one_age():
    text = "Child E, aged 13, and Child F, aged 16, were exploited by the same group of men."
    assert age_of("Child E", text) == "13 years"
    assert pair_age("Child E and Child F", text, "13 years") == ""
    assert pair_age("Child E and Child F", "Child E, aged 13, and Child F, aged 13, were", "13 years") == "13 years"


@pytest.mark.parametrize("fmt", FORMATS)
def test_run_in_board_initials_are_the_recommendations_agency(tmp_path, fmt):
    asks = (
        ("Police", "Police should record every call to the address against the children living there."),
        ("LSCB", "The LSCB should audit how cases are transferred between local authorities."),
    )

    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", META["title"])
        doc.add("cover", "Date of publication: March 2010")
        doc.add("h1", "3. Lessons to be learned")
        for n, text in enumerate(LEARNT, 1):
            doc.add("p", f"3.{n} {text}")
        doc.add("h1", "4. Recommendations")
        for n, (who, ask) in enumerate(asks, 1):
            doc.add("p", f"4.{n} {who}: {ask}")

    rows = lesson_rows(review_of(tmp_path, fmt, build, META).lessons)
    assert rows[-2:] == [("recommendation", f"4.{n}", "", a, w) for n, (w, a) in enumerate(asks, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_counting_paragraph_and_foreseen_conclusions_are_no_lessons(tmp_path, fmt):
    asks = (
        "Health visitors should give safer sleep advice at every contact with a family with a baby.",
        "Housing services should ensure that a family placed in temporary accommodation has a cot.",
    )

    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", META["title"])
        doc.add("cover", "Date of publication: March 2010")
        doc.add("h1", "2. Conclusions")
        doc.add("h2", "Could the death have been predicted?")
        doc.add(
            "p",
            "2.1 The review has concluded that Child T's death could not have been predicted. No agency held "
            "information that suggested the child was at risk of harm that night.",
        )
        doc.add("h1", "3. Lessons learnt")
        for n, text in enumerate(LEARNT, 1):
            doc.add("p", f"3.{n} {text}")
        doc.add("h1", "4. Recommendations")
        doc.add(
            "p",
            "4.1 The overview report makes the following recommendations. Each agency's own IMR "
            "recommendations are set out in the action plan held by the LSCB.",
        )
        for n, ask in enumerate(asks, 2):
            doc.add("p", f"4.{n} {ask}")

    rows = lesson_rows(review_of(tmp_path, fmt, build, META).lessons)
    assert rows == [("learning_point", f"3.{n}", "", t, "") for n, t in enumerate(LEARNT, 1)] + [
        ("recommendation", f"4.{n}", "", a, "") for n, a in enumerate(asks, 2)
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_title_opening_with_the_boards_name(tmp_path, fmt):
    title = "Rochdale Local Safeguarding Children Board: Serious Case Review Child T - Executive Summary"

    def build(doc):
        doc.add("title", title)
        doc.add("cover", "Independent Chair of the Serious Case Review Panel: Simon Bell")
        doc.add("cover", "Independent Overview Author: Ruth Okafor")
        doc.add("cover", "Published March 2010")
        doc.add("h1", "1. The circumstances that led to the review")
        doc.add("p", "1.1 Child T was 17 months old at the time of the incident.")
        doc.add("h1", "2. Lessons learnt")
        for n, text in enumerate(LEARNT, 1):
            doc.add("p", f"2.{n} {text}")

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.title, review.author) == (title, "Ruth Okafor")


def test_a_scans_heading_run_into_its_first_paragraph():
    text = "4. Recommendations 4.1 Schools: The attendance service should refer persistent absence."
    assert run_in_heading(text, 3) == (
        "4. Recommendations",
        "4.1 Schools: The attendance service should refer persistent absence.",
    )
    assert run_in_heading(text, 2) is None  # not the next section
    assert run_in_heading("4. The school should 4.1 refer", 3) is None


def test_a_box_line_set_in_the_next_column_is_that_columns():
    line = TextLine("Children's Social Care", x0=455.2, x1=548.8, words=((0, 455.2), (11, 500.0), (18, 530.0)))
    assert _split_at(line, 455.0, 2) == [(line, 3)]
    across = TextLine(
        "Children's Social Care Head of Safeguarding,",
        x0=349.4,
        x1=550.2,
        words=((0, 349.4), (11, 395.0), (18, 425.0), (23, 455.2), (28, 480.0), (31, 492.0)),
    )
    parts = _split_at(across, 455.0, 2)
    assert [(p.text, cell) for p, cell in parts] == [("Children's Social Care", 2), ("Head of Safeguarding,", 3)]
