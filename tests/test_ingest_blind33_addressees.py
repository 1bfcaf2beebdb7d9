"""Ingest tests: who a recommendation is for and how a finding's heading is numbered, as the first half of blind
held-out set 33 (C997-C1014) prints them, each on a document the test lays out itself.

A "For:" line under a recommendation names its addressee as printed: a national body with its article ("The
Department for Education"), a joint addressee in full, a one-word regulator, the local partners; a line saying
what a paper is for ("For: Information") names no one. An acronym in brackets opening a recommendation after its
label ("R1 (CSC) Children's social care should ...") is the agency the review's key gives it in full, never part
of the text. A finding's heading numbered with a colon ("4.1: Title") is labelled "4.1" and titled as printed.
The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.lesson_agency_lines import agency_line

META = CHILD_K_META
ASKS = (
    "The national guidance should say how partners assure themselves that learning from rapid reviews is acted on.",
    "Guidance should set out how children's social care and health services share information about babies.",
    "Inspections should ask how well the local authority hears from fathers and other men in the household.",
)
TEXTS = (
    "Marks on a baby who could not yet crawl were put down to play with an older child. "
    "No one checked them against the guidance on bruising in babies who are not mobile.",
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen there.",
)
FORMATS = ["pdf", "docx", "html", "txt"]


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("For: The Department for Education", "The Department for Education"),
        (
            "For: The Department for Education and the Department of Health and Social Care",
            "The Department for Education and the Department of Health and Social Care",
        ),
        ("For: Ofsted", "Ofsted"),
        ("For: NHS England", "NHS England"),
        ("For: Local safeguarding partners", "Local safeguarding partners"),
        ("For: Information", ""),
        ("For: Decision and action", ""),
    ],
)
def test_a_for_line_names_its_addressee(line, agency):
    assert agency_line(line) == agency


@pytest.mark.parametrize("fmt", FORMATS)
def test_for_lines_under_recommendations_are_their_agencies(tmp_path, fmt):
    agencies = (
        "The Department for Education",
        "The Department for Education and the Department of Health and Social Care",
        "Ofsted",
    )

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "Each recommendation is followed by the body or bodies to which it is addressed.")
        for n, (ask, agency) in enumerate(zip(ASKS, agencies), 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)
            doc.add("p", f"For: {agency}")

    want = [("recommendation", f"Recommendation {n}", "", a, g) for n, (a, g) in enumerate(zip(ASKS, agencies), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bracketed_acronym_after_the_label_is_the_keys_agency(tmp_path, fmt):
    key = (
        ("CSC", "Westshire County Council Children's Services"),
        ("WP", "Westshire Police"),
        ("ICB", "NHS Westshire Integrated Care Board"),
    )

    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "Key to agencies")
        doc.add("header", cells=("Abbreviation", "Agency"))
        for acronym, name in key:
            doc.add("row", cells=(acronym, name))
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        for n, (ask, (acronym, _)) in enumerate(zip(ASKS, key), 1):
            doc.add("p", f"R{n} ({acronym}) {ask}")

    want = [("recommendation", f"R{n}", "", a, name) for n, (a, (_, name)) in enumerate(zip(ASKS, key), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_finding_heading_numbered_with_a_colon_is_labelled(tmp_path, fmt):
    titles = ("Bruises explained away", "A grandmother nobody asked")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "4. Findings")
        for n, (title, text) in enumerate(zip(titles, TEXTS), 1):
            doc.add("h2", f"4.{n}: {title}")
            doc.add("p", text)

    want = [("finding", f"4.{n}", t, f"{t} {x}", "") for n, (t, x) in enumerate(zip(titles, TEXTS), 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want
