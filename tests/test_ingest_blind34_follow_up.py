"""Ingest tests: a practitioner briefing's note on how its learning will be followed up, as the first half of
blind held-out set 34 (C1033-C1050) prints it, on a document the test lays out itself.

A briefing closes with "What happens next": a paragraph saying the partnership will check that the learning
has been shared. It asks no change of practice and is never a recommendation; a paragraph under the same
heading saying what agencies should do is one. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.layout import Block
from ingest.lesson_follow_up_notes import without_follow_up_notes

META = CHILD_K_META
POINTS = (
    "The school nurse was told twice about marks on the boy's arms and each time recorded only the explanation.",
    "No one asked the grandmother, who collected the children most days, what she saw at home.",
)
NOTE = (
    "The partnership's quality assurance subgroup will ask every agency in three months to confirm "
    "that this briefing has been discussed in team meetings."
)
ASK = "Health visitors should see a baby undressed whenever a mark has been reported."
FORMATS = ["pdf", "docx", "html", "txt"]


def _build(fmt, closing):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "What we learned")
        for n, point in enumerate(POINTS, 1):
            doc.add("p", f"Learning point {n}: {point}")
        doc.add("h1", "What happens next")
        doc.add("p", closing)

    return build


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_follow_up_note_is_never_a_recommendation(tmp_path, fmt):
    want = [("learning_point", f"Learning point {n}", "", p, "") for n, p in enumerate(POINTS, 1)]
    assert lesson_rows(review_of(tmp_path, fmt, _build(fmt, NOTE), META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_agencies_should_do_next_is_a_recommendation(tmp_path, fmt):
    rows = lesson_rows(review_of(tmp_path, fmt, _build(fmt, ASK), META).lessons)
    assert rows[-1][0] == "recommendation" and rows[-1][3] == ASK


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The Board will check in six months that the learning has been shared in every team.", True),
        ("The group will seek assurance that these lessons have been embedded in supervision.", True),
        ("The Board should check in six months that the learning has been shared in every team.", False),
        ("The partnership will share this briefing with every agency.", False),
    ],
)
def test_a_follow_up_note_is_told_from_an_ask(text, dropped):
    blocks = [Block(kind="heading", text="What happens next", page_start=1, page_end=1)]
    blocks.append(Block(kind="para", text=text, page_start=1, page_end=1))
    assert (len(without_follow_up_notes(blocks)) == 1) == dropped
