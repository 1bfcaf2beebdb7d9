"""Ingest tests: a recommendations table flattened by a conversion into tab-separated lines (blind held-out set 31,
second half, C956), its last cell read as each recommendation's lead agency, on texts the tests write themselves."""

from __future__ import annotations

from ingest import extract_review
from ingest.flattened_tables import bracket_table_agencies


def test_flattened_row_gives_lead_agency_line():
    lines = [
        "No.\tRecommendation\tLead agency",
        "1\tThe Partnership should audit supervision of caseloads.\tSafeguarding Partnership",
        "Findings",
    ]
    out = bracket_table_agencies(lines)
    assert out[1] == "1\tThe Partnership should audit supervision of caseloads.\nLead agency: Safeguarding Partnership"
    assert out[2] == "Findings"


def test_no_agency_header_leaves_lines_alone():
    lines = [
        "No.\tRecommendation\tDate",
        "1\tThe Partnership should audit supervision of caseloads.\tMarch 2021",
    ]
    assert bracket_table_agencies(lines) == lines
    prose = ["The Partnership should audit supervision.  Then it should report."]
    assert bracket_table_agencies(prose) == prose


def test_flattened_table_text_file_end_to_end(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "\n".join(
            [
                "Example Safeguarding Children Partnership",
                "",
                "Serious Case Review: Child P",
                "",
                "RECOMMENDATIONS",
                "",
                "No.     Recommendation  Lead agency",
                "",
                "1       The Board should check that the learning from earlier reviews has",
                "been used in practice and report within six months.    Safeguarding Board",
                "",
                "2       Adult drug services should assess the parenting of every client who has",
                "children in their care.  Public Health",
                "",
            ]
        ),
        encoding="utf-8",
    )
    review = extract_review(path)
    rows = [(lesson.kind, lesson.label, lesson.agency) for lesson in review.lessons]
    assert rows == [
        ("recommendation", "1", "Safeguarding Board"),
        ("recommendation", "2", "Public Health"),
    ]
    assert review.lessons[1].text.endswith("children in their care.")
