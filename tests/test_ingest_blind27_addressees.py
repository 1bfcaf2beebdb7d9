"""Ingest tests: who each recommendation is for, as the first half of blind held-out set 27 (C781-C798) found
the extractor missing it, each on a document the test lays out itself.

A line under the recommendation naming its agency ("Lead agencies: A, B and C" of any length, "Owner: A",
"For: A", "Lead: A" with "Supported by:" after it, a field run into the same line): the agency as printed,
in place of one taken from the section's heading ("Recommendations for local agencies"), never the supporting
agencies. A recommendation run in after its agency's name and a colon ("Northshire Police: Share ..."). The
agency in brackets after the text, or an acronym there that a closing glossary spells out. The note under a
table on an agency marked with an asterisk: never a lesson, the asterisk never part of the agency. A table
whose agency cell is printed once over a group of rows, its number the first printed cell: no row lost.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read
back through the real readers; the texts and agencies are written for these tests only.
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

from ingest.lesson_agency_lines import agency_line

META = CHILD_K_META
ASKS = (
    "Make sure that every strategy discussion held at night is written up before the morning handover.",
    "Share each report of violence at the home with the school nurse within one working day.",
    "Review how the ward records the adults who bring a child in, and their relationship to the child.",
)
AGENCIES = (
    "Calderdale Council Children's Services, Northshire Police and NHS West Yorkshire Integrated Care Board",
    "Northshire Police",
    "Calderdale and Huddersfield NHS Foundation Trust",
)


def _findings(doc):
    doc.add("h1", "Findings")
    doc.add("h2", "Finding 1: A plan nobody could measure")
    doc.add("p", "The plan asked the mother to engage with services and said nothing about how to tell.")


FINDING = ("finding", "Finding 1", "A plan nobody could measure", "A plan nobody could measure The plan asked the "
           "mother to engage with services and said nothing about how to tell.", "")  # fmt: skip


def _rows(agencies=AGENCIES):
    return [FINDING] + [("recommendation", str(n), "", ask, who) for n, (ask, who) in enumerate(zip(ASKS, agencies), 1)]


@pytest.mark.parametrize("field", ["Lead agencies", "Owner", "Responsible", "For", "Lead"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_line_under_a_recommendation_names_its_agency_whatever_its_length(tmp_path, fmt, field):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations for local agencies")
        for n, (ask, who) in enumerate(zip(ASKS, AGENCIES), 1):
            doc.add("num", ask, label=f"{n}.")
            doc.add("p", f"{field}: {who}")
            doc.add("p", "Timescale: six months")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _rows()


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_lead_is_the_agency_never_the_agencies_supporting_it(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        for n, (ask, who) in enumerate(zip(ASKS, AGENCIES), 1):
            doc.add("num", ask, label=f"{n}.")
            doc.add("p", f"Lead: {who}")
            doc.add("p", "Supported by: Calderdale Council Children's Services; Northshire Police")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _rows()


@pytest.mark.parametrize(
    "line, agency",
    [
        ("Owner: Northshire Police Timescale: Three months", "Northshire Police"),
        ("Lead: Calderdale Council Children's Services Supported by: Northshire Police; NHS Trust", "Calderdale Council Children's Services"),
        ("Lead agencies: A Trust, B Council and C Police", "A Trust, B Council and C Police"),
        ("For: Calderdale Integrated Care Board*", "Calderdale Integrated Care Board"),
        ("For: information", ""),
        ("For: discussion at the next meeting of the board", ""),
        ("Owner: The police should review this.", ""),
    ],
)  # fmt: skip
def test_an_agency_line_is_read_without_a_field_run_in_after_it(line, agency):
    assert agency_line(line) == agency


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_recommendation_run_in_after_its_agency_is_that_agencys(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations for agencies")
        for ask, who in zip(ASKS, AGENCIES[1:] + ("Calderdale Council Children's Services",)):
            doc.add("p", f"{who}: {ask}")

    whos = AGENCIES[1:] + ("Calderdale Council Children's Services",)
    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert lesson_rows(lessons) == [FINDING] + [("recommendation", "", "", a, w) for a, w in zip(ASKS, whos)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_agency_in_brackets_after_a_recommendation_is_its_own(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "The agency responsible for each recommendation is shown in brackets after it.")
        for n, (ask, who) in enumerate(
            zip(ASKS, AGENCIES[1:] + ("Northshire Police and Calderdale Family Services",)), 1
        ):
            doc.add("num", f"{ask} ({who})", label=f"{n}.")
        doc.add("h1", "Related work")
        doc.add("p", "The partnership published a guide to strategy discussions (see 4.3) in 2021.")

    whos = AGENCIES[1:] + ("Northshire Police and Calderdale Family Services",)
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == [FINDING] + [("recommendation", str(n), "", a, w) for n, (a, w) in enumerate(zip(ASKS, whos), 1)]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_acronym_in_brackets_is_the_agency_its_glossary_names_and_a_term_is_none(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", f"R1 {ASKS[0]} (NWP)")
        doc.add("p", f"R2 {ASKS[1]} (CHFT)")
        doc.add("p", f"R3 {ASKS[2]} (CP)")
        doc.add("h1", "Glossary")
        doc.add("header", cells=("Abbreviation", "Meaning"))
        for cells in (
            ("CHFT", "Calderdale and Huddersfield NHS Foundation Trust"),
            ("CP", "Child protection"),
            ("NWP", "Northshire Police"),
        ):
            doc.add("row", cells=cells)

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert lesson_rows(lessons) == [
        FINDING,
        ("recommendation", "R1", "", ASKS[0], "Northshire Police"),
        ("recommendation", "R2", "", ASKS[1], "Calderdale and Huddersfield NHS Foundation Trust"),
        ("recommendation", "R3", "", f"{ASKS[2]} (CP)", ""),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_note_on_an_agency_marked_with_an_asterisk_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead agency"))
        for n, (ask, who) in enumerate(zip(ASKS, AGENCIES[1:] + ("NHS West Yorkshire Integrated Care Board",)), 1):
            doc.add("row", cells=(str(n), ask, f"{who}*" if n == 3 else who))
        doc.add("small", "* NHS Calderdale Clinical Commissioning Group when the review began; its duties passed "
                "to the board in July 2022.")  # fmt: skip

    whos = AGENCIES[1:] + ("NHS West Yorkshire Integrated Care Board",)
    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert lesson_rows(lessons) == [FINDING] + [("recommendation", str(n), "", a, w) for n, (a, w) in enumerate(zip(ASKS, whos), 1)]  # fmt: skip


def test_a_table_rows_number_after_an_empty_agency_cell_is_never_a_page_number(tmp_path):
    """An agency printed once over its group's rows: the last row's number, the row's first printed cell at
    the page's foot, keeps the row whole."""
    asks = ASKS + ("Make sure that a child seen at the front desk is asked who they came with.",)
    whos = ("Northshire Police", "Northshire Police", "Calderdale and Huddersfield NHS Foundation Trust",
            "Calderdale and Huddersfield NHS Foundation Trust")  # fmt: skip

    def build(doc):
        child_k_cover(doc, "html")
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("Agency", "No.", "Recommendation"))
        for n, (ask, who) in enumerate(zip(asks, whos), 1):
            doc.add("row", cells=(who if n % 2 else "", str(n), ask))

    lessons, _ = lessons_and_rule_lessons(tmp_path, "html", build, META)
    assert [(l.text, l.agency) for l in lessons[1:]] == list(zip(asks, whos))
