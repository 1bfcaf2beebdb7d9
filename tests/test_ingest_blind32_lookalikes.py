"""Ingest tests: text that reads like a lesson but is not one, as the first half of blind held-out set 32
(C961-C978) prints it, each on a document or run of blocks the test lays out itself.

The learned stages add no lesson under guidance ("What the guidance says"), research, points for discussion or
the family's words on what should change. An earlier review's learning quoted after "Its learning was:" is that
review's, never this one's. A recommendation's "To: <agency>" line is its lead agency. Theme headings under
"Themes of learning" are learning points. "What this review found" is a findings section. A progress note dated
after its name ("Update March 2024:") is no part of the lesson above it. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.layout import Block
from ingest.lesson_cues import zone_kind
from ingest.lookalike_sections import lookalike_heading
from ingest.second_opinion import proposed_lesson
from ingest.second_opinion_model import Unit

META = CHILD_K_META
TEXTS = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen there. "
    "Her knowledge of the household was never drawn on by any agency.",
    "Marks on a baby who could not yet crawl were put down to play with an older child. "
    "No one checked them against the guidance on bruising in babies who are not mobile.",
)
ASKS = (
    "Health visitors should see a baby undressed whenever a mark on the baby has been reported to them.",
    "Schools should be told of every police call-out to a pupil's home by the next school day at the latest.",
)
FORMATS = ["pdf", "docx", "html"]


def _recommendations(doc):
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _asks():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


@pytest.mark.parametrize(
    "heading",
    [
        "What the guidance says",
        "What Working Together (2018) says",
        "What the research tells us",
        "Points for discussion",
        "Questions for team discussion",
        "What Child S's mother would like to change",
        "What the family want to see change",
    ],
)
def test_a_lookalike_section_gets_no_learned_lesson(heading):
    assert lookalike_heading(heading)
    block = Block(kind="item", text="Practitioners should share information in good time.", page_start=2, page_end=2)
    unit = Unit(text=block.text, features={}, block=block, headings=("Learning", heading))
    assert proposed_lesson([unit]) is None


@pytest.mark.parametrize(
    "heading", ["What this review found", "Learning 2: Thresholds", "What the partnership will do"]
)
def test_a_lesson_section_is_no_lookalike(heading):
    assert not lookalike_heading(heading)
    block = Block(kind="item", text="Practitioners should share information in good time.", page_start=2, page_end=2)
    unit = Unit(text=block.text, features={}, block=block, headings=(heading,))
    assert proposed_lesson([unit]) is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_earlier_reviews_learning_quoted_is_no_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "The family's time in another area")
        doc.add(
            "p",
            "Before moving here the family lived in another county. In 2017 that county's Board published a "
            "Serious Case Review about Child K's older brother, referred to as Child P. Its learning was:",
        )
        doc.add("bullet", "Practitioners did not always speak to the boys alone.")
        doc.add("bullet", "Plans were ended before the changes had lasted.")
        doc.add("p", "This review asked whether agencies here knew of that review.")
        doc.add("h1", "Findings")
        for n, text in enumerate(TEXTS, 1):
            doc.add("h2", f"Finding {n}")
            doc.add("p", text)
        _recommendations(doc)

    want = [("finding", f"Finding {n}", "", text, "") for n, text in enumerate(TEXTS, 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_to_line_under_a_recommendation_is_its_lead_agency(tmp_path, fmt):
    agencies = ("All partner agencies", "Safeguarding Partnership")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        for n, (ask, agency) in enumerate(zip(ASKS, agencies), 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", f"To: {agency}")
            doc.add("p", ask)

    want = [("recommendation", f"Recommendation {n}", "", a, g) for n, (a, g) in enumerate(zip(ASKS, agencies), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_themes_under_themes_of_learning_are_learning_points(tmp_path, fmt):
    titles = ("A grandmother nobody asked", "Bruises explained away")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Themes of learning")
        for n, (title, text) in enumerate(zip(titles, TEXTS), 1):
            doc.add("h2", f"Theme {n}: {title}")
            doc.add("p", text)
        _recommendations(doc)

    want = [("learning_point", f"Theme {n}", t, f"{t} {x}", "") for n, (t, x) in enumerate(zip(titles, TEXTS), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()


def test_what_this_review_found_names_findings():
    assert zone_kind("What this review found") == "finding"
    assert zone_kind("What the review found") == "finding"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_update_is_no_part_of_the_lesson(tmp_path, fmt):
    titles = ("A grandmother nobody asked", "Bruises explained away")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning and the partnership's response")
        for n, (title, text) in enumerate(zip(titles, TEXTS), 1):
            doc.add("h2", f"Learning point {n}: {title}")
            doc.add("p", text)
            doc.add("p", "Response: Accepted. The learning has been shared at the practitioner forum.")
            doc.add("p", "Update March 2024: Two forums have been held and 90 staff came.")
        _recommendations(doc)

    want = [
        ("learning_point", f"Learning point {n}", t, f"{t} {x}", "") for n, (t, x) in enumerate(zip(titles, TEXTS), 1)
    ]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want + _asks()
