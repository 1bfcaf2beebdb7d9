"""Ingest tests: footnotes whose markers a conversion set apart from the words (blind held-out set 31, second half,
C955): the markers taken out of the text and the notes at the foot kept out of the lessons, on texts the tests
write themselves; a numbered list that only looks like notes is left alone."""

from __future__ import annotations

from ingest import extract_review
from ingest.set_apart_notes import set_apart_notes


def _write(tmp_path, lines: list[str]):
    path = tmp_path / "review.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return extract_review(path)


def test_notes_at_the_foot_are_not_recommendations(tmp_path):
    review = _write(
        tmp_path,
        [
            "Example Safeguarding Children Partnership",
            "",
            "Serious Case Review: Child P",
            "",
            "The Board agreed the report and agreed to its publication. 1",
            "",
            "LEARNING",
            "",
            "Learning point 1",
            "",
            "The issues have appeared in earlier reviews. 2 The Board needs to know why learning",
            "has not changed practice.",
            "",
            "RECOMMENDATIONS",
            "",
            "1.     All agencies should ensure that supervision includes reflective discussion.",
            "",
            "2.     The Partnership should run workshops on professional curiosity.",
            "",
            "1 The publication protocol allows up to six weeks between agreement and",
            "publication.",
            "",
            "2 Working Together to Safeguard Children sets out what each agency should do.",
            "",
        ],
    )
    rows = [(lesson.kind, lesson.label, lesson.text) for lesson in review.lessons]
    assert rows == [
        (
            "learning_point",
            "Learning point 1",
            "The issues have appeared in earlier reviews. The Board needs to know why learning has not changed "
            "practice.",
        ),
        ("recommendation", "1", "All agencies should ensure that supervision includes reflective discussion."),
        ("recommendation", "2", "The Partnership should run workshops on professional curiosity."),
    ]


def test_notes_need_markers_in_order():
    lines = ["The report was late. 2", "1 Agencies should meet.", "2 Schools should share."]
    assert set_apart_notes(lines, [True, True, True], {2}) == (lines, set())
    # A list after markers that does not end the page is no notes.
    lines = ["The report was late. 1", "1 The note.", "Then the text goes on."]
    assert set_apart_notes(lines, [True, True, True], {2}) == (lines, set())
    lines = ["The report was late. 1", "1 The note.", "Page 3 of 3"]
    assert set_apart_notes(lines, [True, True, True], {2}) == (
        ["The report was late.", "1 The note.", "Page 3 of 3"],
        {1},
    )
