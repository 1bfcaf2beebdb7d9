"""Ingest tests: a running header pasted inside paragraphs by a text copy of a PDF (blind held-out set 31, second
half, C949), the page number and the header's " | " fields taken out of the paragraph, on texts the tests write
themselves; a table's rows and page breaks are left alone."""

from __future__ import annotations

from ingest import extract_review

_HEADER = "Review: Child P | Final report | May 2021"


def _write(tmp_path, lines: list[str]):
    path = tmp_path / "review.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return extract_review(path)


def test_header_pasted_inside_paragraphs_is_taken_out(tmp_path):
    review = _write(
        tmp_path,
        [
            "Example Safeguarding Children Partnership",
            "",
            "Review: Child P",
            "",
            "\f1. LEARNING",
            "",
            "Learning point 1: Information shared but not understood",
            "",
            "The police shared the incident log, but the log meant",
            f"little to health 2 {_HEADER} colleagues. Sharing is not enough.",
            "",
            "Learning point 2: Feelings of practitioners",
            "",
            "Practitioners felt frightened by their work with the family, and no one",
            f"3 {_HEADER} asked them how they were.",
            "",
            "2. RECOMMENDATIONS",
            "",
            "\f1.     Children's social care should not close an assessment without the 4",
            f"       {_HEADER} child being seen alone.",
            "",
        ],
    )
    rows = [(lesson.kind, lesson.label, lesson.text) for lesson in review.lessons]
    assert rows == [
        (
            "learning_point",
            "Learning point 1",
            "Information shared but not understood The police shared the incident log, but the log meant little "
            "to health colleagues. Sharing is not enough.",
        ),
        (
            "learning_point",
            "Learning point 2",
            "Feelings of practitioners Practitioners felt frightened by their work with the family, and no one "
            "asked them how they were.",
        ),
        (
            "recommendation",
            "1",
            "Children's social care should not close an assessment without the child being seen alone.",
        ),
    ]
    assert review.page_count == 3


def test_table_rows_are_not_a_header(tmp_path):
    review = _write(
        tmp_path,
        [
            "Example Safeguarding Children Partnership",
            "",
            "Review: Child P",
            "",
            "RECOMMENDATIONS",
            "",
            "No. | Recommendation | Lead agency",
            "1 | The Partnership should audit supervision of caseloads. | Safeguarding Partnership",
            "2 | Schools should share attendance concerns each week. | Education",
            "3 | The police should tell the school of call-outs. | Police",
            "",
        ],
    )
    assert [(lesson.label, lesson.agency) for lesson in review.lessons] == [
        ("1", "Safeguarding Partnership"),
        ("2", "Education"),
        ("3", "Police"),
    ]
