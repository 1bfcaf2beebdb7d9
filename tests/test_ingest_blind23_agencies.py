"""Ingest tests: the lead-agency classes blind held-out set 23 (C637-C672) left the extractor missing, each
on a document the test lays out itself.

Agencies printed as acronyms the review defines elsewhere (a table of abbreviations, an agencies table
giving each acronym in a bracket, the text "The ... Partnership (BWSCP)"); an "Addressed to:" line under a
recommendation's label; a "Recommendation N: <agency> (formerly ...)" heading; learning under headings in
the agencies' formal names; one list marking "(MA)" and "(SA - <agency>)" recommendations; learning "for
the <commissioner>"; recommendations "For the MASH"; an addressee line naming a council's company; a text
table's last row at the foot of a page. Documents are written by the conventions corpus's writers
(reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts are written for
these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, review_of
from generator.conv_docs import COLUMN_WIDTHS

# the PDF writer's column widths: an agencies table whose first column holds an agency's full name
COLUMN_WIDTHS.setdefault("t23agencies", ((0.62, 0.38), False))

META = {
    "title": "Local Child Safeguarding Practice Review: Child Q",
    "area": "Gateshead",
    "region": "North East",
    "review_type": "LCSPR",
    "published": "2023-05",
    "child": "Child Q",
    "child_age": "",
    "author": "",
}
ASKS = (
    "Midwives should ask every expectant mother who else will be caring for the baby at home.",
    "The school should tell the family's social worker the same day when the boy misses a morning.",
    "Health visitors should see the baby at home within a week of every move between addresses.",
)
FOUND = (
    "Staff in the emergency department saw the boy's injuries as accidents because each visit was read alone.",
    "The school knew of the absences but did not know that the family had moved twice in a month.",
    "The health visitor's notes of the second home were never sent on to the new practice.",
)


def _cover(doc) -> None:
    doc.add("cover", "Gateshead Safeguarding Children Partnership")
    doc.add("title", META["title"])
    doc.add("cover", "Published: May 2023")
    doc.add("pagebreak")


def _findings(doc) -> None:
    doc.add("h1", "Findings")
    for n, text in enumerate(FOUND[:2], 1):
        doc.add("h2", f"Finding {n}: {('Visits read alone', 'Moves between schools')[n - 1]}")
        doc.add("p", text)


def _recommendations(review) -> list[tuple[str, str, str]]:
    return [(l.label, l.text, l.agency) for l in review.lessons if l.kind == "recommendation"]


# --- an agency printed as an acronym the review defines elsewhere ----------------------------------------

AGENCIES = (
    ("QHT", "Queensgate Hospitals NHS Foundation Trust"),
    ("NQ ICB", "NHS North Quay Integrated Care Board"),
    ("GC", "Gateshead Council"),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lead_cell_printing_an_acronym_is_the_name_the_abbreviations_table_gives(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Abbreviations used in this report")
        doc.add("header", cells=("Abbreviation", "In full"))
        doc.add("row", cells=("MASH", "Multi-Agency Safeguarding Hub"))
        for acronym, name in AGENCIES:
            doc.add("row", cells=(acronym, name))
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead"))
        for n, ((acronym, _), ask) in enumerate(zip(AGENCIES, ASKS, strict=True), 1):
            doc.add("row", cells=(str(n), ask, acronym))

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        (str(n), ask, name) for n, ((_, name), ask) in enumerate(zip(AGENCIES, ASKS, strict=True), 1)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_in_acronym_is_the_name_the_agencies_table_gives_in_a_bracket(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Agencies involved")
        doc.add("header", cells=("Agency", "Involvement with the family"), label="t23agencies")
        for acronym, name in AGENCIES:
            doc.add("row", cells=(f"{name} ({acronym})", "Contacts with the family"), label="t23agencies")
        _findings(doc)
        doc.add("h1", "Recommendations")
        for n, ((acronym, _), ask) in enumerate(zip(AGENCIES, ASKS, strict=True), 1):
            doc.add("p", f"R{n} – {acronym}: {ask}")

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        (f"R{n}", ask, name) for n, ((_, name), ask) in enumerate(zip(AGENCIES, ASKS, strict=True), 1)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_under_an_acronym_heading_is_the_agency_the_closing_table_defines(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Learning for agencies")
        for (acronym, _), text in zip(AGENCIES[:2], FOUND[1:], strict=True):
            doc.add("h2", acronym)
            doc.add("p", text)
        doc.add("h1", "Abbreviations")
        doc.add("header", cells=("Abbreviation", "Meaning"))
        doc.add("row", cells=("GP", "General practitioner"))
        for acronym, name in AGENCIES:
            doc.add("row", cells=(acronym, name))

    review = review_of(tmp_path, fmt, build, META)
    learning = [(l.label, l.title, l.text, l.agency) for l in review.lessons if l.kind == "learning_point"]
    assert learning == [("", "", text, name) for (_, name), text in zip(AGENCIES[:2], FOUND[1:], strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lead_cell_naming_the_partnership_by_the_acronym_its_text_gives(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "The Tyne Valley Safeguarding Children Partnership (TVSCP) commissioned this review in 2022.")
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead agency"))
        doc.add("row", cells=("1", ASKS[0], "Public Health"))
        doc.add("row", cells=("2", ASKS[1], "TVSCP"))

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        ("1", ASKS[0], "Public Health"),
        ("2", ASKS[1], "Tyne Valley Safeguarding Children Partnership"),
    ]


# --- an "Addressed to:" line under a recommendation's label ------------------------------------------------

ADDRESSED = (
    "Gateshead Council Education Services",
    "All partner agencies",
    "Northumbria Police, NHS North Quay Integrated Care Board and Gateshead Council Children's Services",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_addressed_to_line_is_the_recommendations_agencies_as_printed(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "Some recommendations are for more than one agency; each names those it is addressed to.")
        for n, (who, ask) in enumerate(zip(ADDRESSED, ASKS, strict=True), 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", f"Addressed to: {who}")
            doc.add("p", ask)

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        (f"Recommendation {n}", ask, who) for n, (who, ask) in enumerate(zip(ADDRESSED, ASKS, strict=True), 1)
    ]


# --- "Recommendation N: <agency> (formerly ...)" headings ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_recommendation_heading_naming_its_agency_gives_the_name_without_the_former_one(tmp_path, fmt):
    named = (
        ("NHS North Quay Integrated Care Board (formerly NHS North Quay Clinical Commissioning Group)", None),
        ("Queensgate Hospitals NHS Foundation Trust", None),
        ("All partner agencies", None),
    )

    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        for n, ((heading, _), ask) in enumerate(zip(named, ASKS, strict=True), 1):
            doc.add("h2", f"Recommendation {n}: {heading}")
            doc.add("p", ask)

    review = review_of(tmp_path, fmt, build, META)
    assert [(l.label, l.title, l.text, l.agency) for l in review.lessons if l.kind == "recommendation"] == [
        ("Recommendation 1", "", ASKS[0], "NHS North Quay Integrated Care Board"),
        ("Recommendation 2", "", ASKS[1], "Queensgate Hospitals NHS Foundation Trust"),
        ("Recommendation 3", "", ASKS[2], "All partner agencies"),
    ]


# --- learning under headings in the agencies' formal names -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_under_an_agencys_formal_name_is_that_agencys(tmp_path, fmt):
    names = (
        "Northumbria Police",
        "Mid and South Quay NHS Foundation Trust",
        "NHS Gateshead Clinical Commissioning Group",
    )

    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Single-agency learning")
        for name, text in zip(names, FOUND, strict=True):
            doc.add("h2", name)
            doc.add("p", text)

    review = review_of(tmp_path, fmt, build, META)
    learning = [(l.title, l.text, l.agency) for l in review.lessons if l.kind == "learning_point"]
    assert learning == [("", text, name) for name, text in zip(names, FOUND, strict=True)]


# --- one list marking the review's "(MA)" and the agencies' own "(SA - agency)" recommendations -----------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_single_agency_marker_names_the_agency_and_is_never_the_text(tmp_path, fmt):
    marks = ("(MA)", "(SA – Police)", "(SA – Children's Social Care)")

    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "Key: MA, a multi-agency recommendation of the review; SA, an agency's own recommendation.")
        for n, (mark, ask) in enumerate(zip(marks, ASKS, strict=True), 1):
            doc.add("num", f"{mark} {ask}", label=f"{n}.")

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        ("1", ASKS[0], ""),
        ("2", ASKS[1], "Police"),
        ("3", ASKS[2], "Children's Social Care"),
    ]


# --- learning "for the <commissioner>" in a board paper -----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_for_the_named_commissioner_is_the_commissioners(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "1. Summary")
        doc.add("p", "This paper tells the Board what the review means for the commissioner.")
        doc.add("h1", "2. Learning for the Integrated Care Board")
        for text in FOUND[:2]:
            doc.add("bullet", text)

    review = review_of(tmp_path, fmt, build, META)
    # (a text format prints its headings in capitals: compared in the case names use)
    learning = [(l.text, l.agency.lower()) for l in review.lessons if l.kind == "learning_point"]
    assert learning == [(text, "integrated care board") for text in FOUND[:2]]


# --- recommendations grouped "For the MASH" -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_recommendations_for_a_team_by_its_initials_are_that_teams(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("h2", "For the MASH")
        doc.add("num", ASKS[0], label="1.")
        doc.add("h2", "For Early Help")
        doc.add("num", ASKS[1], label="2.")

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [("1", ASKS[0], "MASH"), ("2", ASKS[1], "Early Help")]


# --- an addressee line naming a council's company -------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_addressee_line_naming_a_company_leads_the_recommendations_under_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "To Brighter Futures for Children:")
        doc.add("num", ASKS[0], label="1.")
        doc.add("p", "To Northumbria Police:")
        doc.add("num", ASKS[1], label="2.")

    review = review_of(tmp_path, fmt, build, META)
    assert _recommendations(review) == [
        ("1", ASKS[0], "Brighter Futures for Children"),
        ("2", ASKS[1], "Northumbria Police"),
    ]


# --- a text table's last row at the foot of a page ------------------------------------------------------------


def test_a_text_tables_last_row_at_a_pages_foot_is_never_a_running_footer(tmp_path):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Abbreviations")
        doc.add("header", cells=("Abbreviation", "In full"))
        doc.add("row", cells=("GC", "Gateshead Council"))
        doc.add("row", cells=("GSCP", "Gateshead Safeguarding Children Partnership"))
        doc.add("pagebreak")
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead"))
        doc.add("row", cells=("1", ASKS[0], "GC"))
        doc.add("row", cells=("2", ASKS[1], "GSCP"))

    review = review_of(tmp_path, "txt", build, META)
    assert _recommendations(review) == [
        ("1", ASKS[0], "Gateshead Council"),
        ("2", ASKS[1], "Gateshead Safeguarding Children Partnership"),
    ]
