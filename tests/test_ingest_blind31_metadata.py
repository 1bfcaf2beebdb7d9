"""Ingest tests: metadata on designed covers and pages as the first half of blind held-out set 31 (C925-C942)
prints it. A cover setting the review's type small over the child large (and "Overview report" under it) is
titled "<type>: <child>"; a title naming the child in the possessive ("Through <child>'s eyes") gives the child; a
"Type:" field of the review's particulars gives its type over a title that reads like a briefing's. The texts are
written for these tests only.
"""

from __future__ import annotations

import pytest

from ingest.layout import Block
from ingest.metadata.child import _child_from_title
from ingest.metadata.cover_title import child_first_title
from ingest.metadata.review_type import _review_type


def _line(kind, text):
    return Block(kind=kind, text=text, page_start=1, page_end=1)


def test_a_type_set_over_the_childs_name_titles_the_review_by_both():
    cover = [
        _line("para", "Kirklees Safeguarding Children Partnership"),
        _line("para", "Local Child Safeguarding Practice Review"),
        _line("heading", "Child W"),
        _line("para", "Overview report"),
        _line("para", "March 2022"),
    ]
    assert child_first_title("Child W", cover, "") == "Local Child Safeguarding Practice Review: Child W"
    # a name over no type's line stays as read
    assert child_first_title("Child W", [cover[0], cover[2], cover[3]], "") == ""


@pytest.mark.parametrize(
    ("title", "child"),
    [("Through Mia's eyes", "Mia"), ("THROUGH MIA'S EYES", "Mia"), ("Mia's world", "Mia"), ("Through the eyes", "")],
)
def test_a_title_naming_the_child_in_the_possessive_gives_the_child(title, child):
    assert _child_from_title(title) == child


def test_a_type_field_in_the_reviews_particulars_gives_its_type():
    title = "Child W: learning from the review"
    front = "About this review. Type: Local Child Safeguarding Practice Review. Published: 3 March 2022."
    assert _review_type(title, "", front) == "LCSPR"
    assert _review_type(title, "", "About this review. Published: 3 March 2022.") == "briefing"
    # a title naming the briefing's own form keeps it a briefing
    assert _review_type("Review on a page: Child W", "", front) == "briefing"
