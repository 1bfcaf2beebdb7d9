"""Ingest tests: metadata and scanned lists as the first half of blind held-out set 32 (C961-C978) prints them.

A learning summary titled by the child ("Learning summary: <name>") is a briefing and names its child; a rapid
review's title closed by a sentence naming the document ("Rapid review: <name>. Summary of learning") names its
child. A scanned list whose middle number OCR read as letters ("Zz." for "2.") between items 1 and 3 is numbered
again, though the list states rather than asks, and across a page break; a last number read as a letter and set
as a lettered item ("a." after "2.") is given back. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest

from ingest.layout import Block
from ingest.metadata.child import _child_from_title
from ingest.metadata.review_type import _review_type
from ingest.scan_lists import misread_numbers


@pytest.mark.parametrize(
    ("title", "child"),
    [
        ("Learning summary: Olivia", "Olivia"),
        ("Rapid review: Isla. Summary of learning", "Isla"),
        ("Rapid review: Isla. Key learning", "Isla"),
    ],
)
def test_a_summary_titled_by_the_child_names_the_child(title, child):
    assert _child_from_title(title) == child


def test_a_learning_summary_is_a_briefing():
    front = "This summary of the Local Child Safeguarding Practice Review was agreed by the partners."
    assert _review_type("Learning summary: Olivia", "", front) == "briefing"
    assert _review_type("Learning summary: Child C", "", front) == "briefing"
    # a rapid review's summary of learning stays as its type gives it
    assert _review_type("Rapid review: Isla. Summary of learning", "", "") != "briefing"


def _scanned(kind: str, text: str, x0: float, page: int = 1, end: int | None = None) -> Block:
    return Block(kind, text, page, end or page, x0=x0)


def test_a_stated_lists_middle_number_read_as_letters_is_numbered_again():
    blocks = [
        Block("heading", "4. Lessons learned", 1, 1, level=1, x0=63.8),
        # the first item runs over the page break; the next page sits a little off the first's edge
        _scanned("item", "1. Referrals about the same family were screened differently by each worker.", 64.8, 1, 2),
        _scanned("para", "Zz. Social workers held more than thirty cases and visits were short.", 60.9, 2),
        _scanned("item", "3. The clinic used its screening tool only once in four visits.", 61.9, 2),
    ]
    assert [(b.kind, b.text[:5]) for b in misread_numbers(blocks)[1:]] == [
        ("item", "1. Re"),
        ("item", "2. So"),
        ("item", "3. Th"),
    ]
    # a paragraph of narrative after item 1 with no item 3 after it stays a paragraph
    assert misread_numbers(blocks[:3])[2].kind == "para"


def test_a_last_number_read_as_a_letter_is_given_back():
    blocks = [
        Block("heading", "5. Recommendations", 2, 2, level=1, x0=62.1),
        _scanned("item", "1. Schools should report every child taken off roll within five days.", 62.4, 2),
        _scanned("item", "2. GP practices should flag children subject to a plan on their records.", 61.9, 2),
        _scanned("item", "a. The Board should check that earlier learning has been embedded.", 61.9, 2),
    ]
    assert [b.text[:5] for b in misread_numbers(blocks)[1:]] == ["1. Sc", "2. GP", "3. Th"]
    # a sub-list "a." "b." under an item is left as printed
    sub = [*blocks, _scanned("item", "b. The Board should report on it within six months.", 61.9, 2)]
    assert [b.text[:2] for b in misread_numbers(sub)[3:]] == ["a.", "b."]
