"""Ingest tests: the metadata classes blind held-out set 11 (C223-C240) found the extractor missing,
and the child's age the earlier sets' per-review rows found wrong, each on a document the test lays
out itself.

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
    "The childminder saw the toddler flinch when his stepfather raised his voice and wrote it in her diary only.",
    "Nobody asked the grandmother, who collected the children every Friday, what she saw at weekends.",
)
ASKS = ("The Partnership should ask childminders how they pass on what they notice to the health visitor.",)
META = {
    "title": "Local Child Safeguarding Practice Review: Child T",
    "area": "Rutland",
    "region": "East Midlands",
    "review_type": "LCSPR",
    "published": "2024-03",
    "child": "Child T",
    "child_age": "",
    "author": "",
}


def _review(tmp_path, fmt, build, **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta})[0])


def _cover(doc, *lines):
    doc.add("cover", "Rutland Safeguarding Children Partnership")
    doc.add("title", META["title"])
    for line in lines:
        doc.add("cover", line)
    doc.add("cover", "Published: March 2024")
    doc.add("pagebreak")


def _lessons(doc):
    doc.add("h1", "Findings")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")
    doc.add("h1", "Recommendations")
    for text in ASKS:
        doc.add("bullet", text)


# --- the child's age: never one a lesson's text speaks of ------------------------------------------------

# A finding that mentions an age: about children in general, not the child of the review.
AGED_FINDING = "Practitioners did not picture the daily life of a three-year-old living with two drinking parents."


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_age_only_in_a_lessons_text_is_not_the_childs(tmp_path, fmt):
    def build(doc):
        _cover(doc, "Lead reviewer: Declan Ferris")
        doc.add("h1", "Introduction")
        doc.add("p", "In this report the child is called Child T. The family's names are not used.")
        doc.add("h1", "Findings")
        doc.add("num", AGED_FINDING, label="1.")
        doc.add("num", NOTICED[0], label="2.")

    review = _review(tmp_path, fmt, build)
    assert AGED_FINDING in [lesson.text for lesson in review.lessons]
    assert review.child_age == ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_age_the_background_gives_wins_over_a_lessons_earlier_one(tmp_path, fmt):
    def build(doc):
        _cover(doc, "Lead reviewer: Declan Ferris")
        doc.add("h1", "Summary of findings")
        doc.add("bullet", AGED_FINDING)
        doc.add("bullet", NOTICED[1])
        doc.add("h1", "Background")
        doc.add("p", "Child T was aged 14 months when he was taken to hospital with a fractured arm.")
        doc.add("h1", "Recommendations")
        doc.add("bullet", ASKS[0])

    review = _review(tmp_path, fmt, build)
    assert AGED_FINDING in [lesson.text for lesson in review.lessons]
    assert review.child_age == "14 months"
