"""Ingest tests: the classes the first half of blind held-out set 28 (C817-C834) found the extractor missing,
each on a document the test lays out itself.

A learning point in a box captioned by its kind alone ("Learning point 2", "Learning point"), under an
analysis sub-section headed by its issue with a paragraph of narrative between: the box is the lesson,
labelled by its caption and titled by the sub-section's heading, the narrative never part of it. A methodology
section named for the SCIE "Learning Together" model, and an analysis section's paragraphs announcing the
analysis that follows: never lessons. Documents are written by the conventions corpus's writers (reportlab
PDF, python-docx, HTML, text) and read back through the real readers; the texts are written for these tests
only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_META,
    FORMATS,
    child_k_cover,
    child_k_introduction,
    lesson_rows,
    lessons_and_rule_lessons,
)

META = CHILD_K_META
ISSUES = ("A grandmother nobody asked", "Bruises explained by the baby's brother", "A school that heard too late")
BOXES = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen.",
    "Marks on a baby who could not yet crawl were put down to play with an older child, and no one checked.",
    "The school learned of the police call-out a month later, after the boy had stopped coming to lessons.",
)
NARRATIVE = "Practitioners at the learning day spoke about this at length, and the records bear out what they said."
ASKS = (
    "Make sure that assessments record every adult who looks after the children overnight.",
    "Check each explanation of a bruise on a baby who is not yet mobile with a paediatrician.",
)


def _recommendations(doc):
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _asks():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_box_under_its_issue_heading_is_the_lesson_titled_by_the_heading(tmp_path, fmt, numbered):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "3. Key issues and learning")
        for n, (issue, box) in enumerate(zip(ISSUES, BOXES), 1):
            doc.add("h2", f"3.{n} {issue}")
            doc.add("p", NARRATIVE)
            doc.add("box", box, label=f"Learning point {n}" if numbered else "Learning point")
        _recommendations(doc)

    want = [
        ("learning_point", f"Learning point {n}" if numbered else "Learning point", issue, f"{issue} {box}", "")
        for n, (issue, box) in enumerate(zip(ISSUES, BOXES), 1)
    ]
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == want + _asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_methodology_named_for_learning_together_and_the_analysis_preamble_are_no_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "2. Methodology: the Learning Together approach")
        doc.add("p", "The reviewers used a systems approach, and the frontline staff came to two workshops.")
        doc.add("p", "Every agency wrote a short account of its work with the family for the panel to read.")
        doc.add("h1", "3. Key issues")
        doc.add("p", "The analysis that follows looks at why the work went as it did, drawing on staff accounts.")
        doc.add(
            "p", "Staff knew the family well and cared about them. The issues below arise from the system around them."
        )
        doc.add("h1", "4. Lessons learned")
        for box in BOXES:
            doc.add("bullet", box)
        _recommendations(doc)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        texts = [lesson.text for lesson in lessons]
        assert not [t for t in texts if "workshops" in t or "short account" in t or "analysis that" in t]
        assert not [t for t in texts if "issues below" in t]
        assert [t for t in texts if t in BOXES] == list(BOXES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_in_learning_point_in_the_narrative_is_no_box_and_takes_no_title(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Analysis")
        for n, (issue, box) in enumerate(zip(ISSUES, BOXES), 1):
            doc.add("h2", issue)
            doc.add("p", NARRATIVE)
            doc.add("p", f"Learning point {n}: {box}")
        _recommendations(doc)

    want = [("learning_point", f"Learning point {n}", "", box, "") for n, box in enumerate(BOXES, 1)]
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == want + _asks()
