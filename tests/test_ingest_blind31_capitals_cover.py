"""Ingest tests: a partnership named only by a cover line in capitals, letter-spaced and wrapped inside a word or
not (blind held-out set 31, second half, C950), gives the review's area, on texts the tests write themselves."""

from __future__ import annotations

from ingest import extract_review
from ingest.damaged_text import join_spaced_breaks
from ingest.metadata.area import capitals_cover_area


def test_capitals_cover_line_gives_area():
    assert capitals_cover_area("EXAMPLESHIRE SAFEGUARDING CHILDREN PARTNERSHIP\nReview: Child P") == "Exampleshire"
    assert capitals_cover_area("SERIOUS CASE REVIEW: CHILD P\nIndependent reviewer: Ann Lloyd") == ""
    assert capitals_cover_area("Exampleshire safeguarding arrangements") == ""


def test_letter_spaced_line_wrapped_inside_a_word():
    lines = ["E X A M P L E S H I R E   S A F E G U A R D I N G   B O", "A R D", "", "Review"]
    assert join_spaced_breaks(lines) == [
        "E X A M P L E S H I R E   S A F E G U A R D I N G   B O A R D",
        "",
        "",
        "Review",
    ]
    assert join_spaced_breaks(["The plan was agreed.", "A B C"]) == ["The plan was agreed.", "A B C"]


def test_capitals_cover_text_file_end_to_end(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "\n".join(
            [
                "D O N C A S T E R   L O C A L   S A F E G U A R D I N G   C H I L D R E N   B O",
                "A R D",
                "",
                "SERIOUS CASE REVIEW: CHILD P",
                "",
                "Published: 21 July 2014",
                "",
                "FINDINGS",
                "",
                "Finding 1: Police information not shared",
                "",
                "The police did not share the log with health colleagues.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    review = extract_review(path)
    assert review.area == "Doncaster"
    assert review.region == "Yorkshire and the Humber"
