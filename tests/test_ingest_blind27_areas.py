"""Ingest tests: the area and title of reviews and briefings as the first half of blind held-out set 27
(C781-C798) found the extractor misreading them, each on a document the test lays out itself.

A partnership of several councils whose introduction says the family lived in a council named for several
towns with commas ("in the Bournemouth, Christchurch and Poole Council area"): that council, whole. A logo
printing the place over the partnership's kind on two lines ("North Yorkshire" / "Safeguarding Children
Partnership"). A briefing naming its partnership only in its closing contact block after the business unit
("Safeguarding Business Unit, St Helens Safeguarding Children Partnership"), titled "Learning from <child>"
over its publication line, with a line saying who it is for (never a lesson). Documents are written by the
conventions corpus's writers and read back through the real readers; the texts are written for these tests.
"""

from __future__ import annotations

import pytest
from convention_documents import BARE_META, FORMATS, bare_review_of, lesson_rows, lessons_and_rule_lessons

LEARNED = (
    "The family had four social workers in a year, and each one began the assessment again.",
    "The ward did not ask who the man who brought the baby in was, or how he was related to her.",
)


def _body(doc):
    doc.add("h1", "Findings")
    doc.add("h2", "Finding 1: Workers who kept changing")
    doc.add("p", LEARNED[0])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_council_named_for_several_towns_is_the_area_whole(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Pan-Dorset Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child M")
        doc.add("cover", "Published: 3 March 2023")
        doc.add("h1", "Introduction")
        doc.add("p", "Child M was six years old. The family lived in Christchurch, in the Bournemouth, Christchurch "
                "and Poole Council area, having moved from Salisbury.")  # fmt: skip
        doc.add(
            "p", "The Pan-Dorset partnership covers Dorset Council and Bournemouth, Christchurch and Poole Council."
        )
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.area, review.region) == ("Bournemouth, Christchurch and Poole", "South West")


@pytest.mark.parametrize(
    "place, area", [("North Yorkshire", "North Yorkshire"), ("East Riding", "East Riding of Yorkshire")]
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_logo_printing_the_place_over_the_partnerships_kind_gives_the_area(tmp_path, fmt, place, area):
    def build(doc):
        doc.add("cover", place)
        doc.add("small", "Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child M")
        doc.add("cover", "Published: 3 March 2023")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "Child M was six years old. The family lived in Whitby with their grandmother.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.area, review.region) == (area, "Yorkshire and the Humber")


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_briefing_named_by_its_contact_block_and_for_its_readers(tmp_path, fmt):
    def build(doc):
        doc.add("title", "Learning from Child M")
        doc.add("cover", "Published June 2022")
        doc.add("p", "Who this briefing is for: all practitioners and managers working with children and families.")
        doc.add("h1", "About the review")
        doc.add(
            "p", "Child M was ten weeks old when she was hurt. This briefing sets out the learning from the review."
        )
        doc.add("h1", "What we learned")
        for text in LEARNED:
            doc.add("bullet", text)
        doc.add("h1", "Contact us")
        doc.add("p", "Safeguarding Business Unit, St Helens Safeguarding Children Partnership")
        doc.add("p", "Email: safeguarding@example.org")

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.title, review.area, review.region) == ("Learning from Child M", "St Helens", "North West")
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, {**BARE_META, "title": "Learning from Child M"}):
        assert lesson_rows(lessons) == [("learning_point", "", "", text, "") for text in LEARNED]
