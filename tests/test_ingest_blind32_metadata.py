"""Ingest tests: metadata printed indirectly, as the second half of blind held-out set 32 (C979-C996) prints it.
The reviewer named only in the Board's acknowledgements or a sentence ("The overview author is X"), or in a
citation printed surname first; a partnership of several authorities or one "Integrated" with health, the area
the authority where the child lived (never the home the family had before); a title printed only as the running
header with the report's part after it, or only in the report's first sentence; a family's review gives no
numbered child from the section number under it; a briefing titled by the review's acronym and the child. The
texts are written for these tests only.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract_review
from ingest.metadata.area import _area, canonical_area
from ingest.metadata.author import _author
from ingest.metadata.child import _child, _child_from_title
from ingest.metadata.cover_title import named_title, sentence_title
from ingest.metadata.home_area import home_area


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Acknowledgements\nThe Board thanks the independent overview author, Maya Lindqvist, and the members "
            "of the panel.",
            "Maya Lindqvist",
        ),
        ("This is the overview report. The overview author is Tobias Grant.\nThe family moved.", "Tobias Grant"),
        ("Citation: Okafor, Grace (2019) Serious case review: Child Q. Leeds: Leeds ...", "Grace Okafor"),
        ("Please cite as: Marsh, Peter (2020) Learning review.", "Peter Marsh"),
        # the chair thanked is no writer, and a citation with no year is no citation
        ("The Board thanks the independent chair, Maya Lindqvist, for her work.", ""),
        ("Citation: Okafor, Grace. Serious case review.", ""),
    ],
)
def test_the_reviewer_named_in_an_acknowledgement_a_sentence_or_a_citation(text, author):
    assert _author(text, chairs=False) == author


def test_integrated_is_no_part_of_the_partnerships_place():
    assert _area("Wigan Integrated Safeguarding Partnership") == "Wigan"


@pytest.mark.parametrize(
    ("body", "area"),
    [
        ("Child P lived with her father in Thatcham, in the Borough of Wokingham.", "Wokingham"),
        ("Child P lived with his family in the city of Peterborough.", "Peterborough"),
        # an area whose own name opens "City of" keeps it
        ("Child P lived in the City of London when the concerns began.", "City of London"),
        # the home the family had before is passed over
        (
            "The family had lived in Reading before. Child P lived in Newbury, in the district of West Berkshire.",
            "West Berkshire",
        ),
        ("The family had lived in Reading before, and agencies there were asked.", ""),
    ],
)
def test_the_home_of_the_time_printed_with_its_borough_or_city(body, area):
    assert home_area(body) == area


def test_a_partnership_of_several_authorities_takes_the_childs_home():
    body = (
        "The Cambridgeshire and Peterborough Safeguarding Children Partnership brings together the councils. "
        "Child P lived with his family in the city of Peterborough. The family had lived in Cambridgeshire before."
    )
    assert canonical_area("Cambridgeshire and Peterborough", body) == "Peterborough"
    assert canonical_area("Berkshire West", "Child P lived in Thatcham, in the Borough of Wokingham.") == "Wokingham"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Serious Case Review – Child Q – Overview Report", "Serious Case Review – Child Q – Overview Report"),
        ("Serious Case Review: Child Q: Final Report", "Serious Case Review: Child Q: Final Report"),
        ("Serious Case Review – Child Q – Page 2", ""),
    ],
)
def test_a_running_header_naming_the_review_and_its_part_titles_a_cover_printing_none(header, title):
    assert named_title("Leeds Safeguarding Children Board: Date of publication: 3 May 2014", header, []) == title


def test_the_first_sentence_naming_the_review_titles_a_report_with_no_title():
    text = (
        "This is the overview report of the Serious Case Review concerning Child Q, commissioned by the Leeds "
        "Safeguarding Children Board in May 2012."
    )
    assert sentence_title("The family and the agencies", text) == "Serious Case Review concerning Child Q"
    # a cover that prints a title keeps it
    assert sentence_title("Serious Case Review: Child Q", text) == ""
    assert sentence_title("The family", "This is the report of the panel's work in 2012.") == ""


def test_a_section_number_under_a_familys_title_is_no_numbered_child():
    assert _child("Serious Case Review: The Moss Children\n1. Introduction") == ""
    assert _child("The review concerns Children 1 and 2.") == "Children 1 and 2"


@pytest.mark.parametrize(
    ("title", "child"),
    [
        ("Learning from CSPR Mabel", "Mabel"),
        ("LEARNING FROM CSPR MABEL", "Mabel"),
        ("SCR Theo: what we learned", "Theo"),
    ],
)
def test_a_title_naming_the_review_by_its_acronym_then_the_child(title, child):
    assert _child_from_title(title) == child


BRIEFING = """Leeds Safeguarding Children Partnership

LEARNING FROM CSPR MABEL
========================

Practitioner briefing | Issue date: Mar 2021

WHAT HAPPENED

Mabel died in her first year. The core group met on five occasions. Attendance
by health and education was good; the father did not attend any meeting.

WHAT WE LEARNED

  * The GP was not invited to conferences and did not send reports. GP records
    contained important information about both parents' health.

  * Social workers had caseloads of over thirty children. Home visits were
    often short, and the children were seen for a few minutes only.

RECOMMENDATIONS FROM THE REVIEW

  * GP practices should ensure that children subject to child protection plans
    are flagged on the records of every member of the household.

The full report is available on the partnership's website.
"""


def test_a_briefing_titled_by_the_reviews_acronym_and_the_child(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    review = extract_review(path)
    assert review.title == "Learning from CSPR Mabel"
    assert review.child == "Mabel"
    assert review.review_type == "briefing"
    # the cover's line of fields is no lesson
    assert [lesson.kind for lesson in review.lessons] == ["learning_point", "learning_point", "recommendation"]
    assert not any("Issue date" in lesson.agency or lesson.text == "Practitioner briefing" for lesson in review.lessons)
