"""Ingest tests: lessons printed as one agency's own, and recommendations under their addressees, as the first
half of blind held-out set 33 (C997-C1014) prints them, each on a document the test lays out itself.

"Learning for each agency" with a heading per agency over "Areas of strength" (good practice) and "Areas for
development" (learning): each bullet carries the agency heading as its agency, and the section's one-sentence
lead-in is no lesson. "Practice issues" numbered "4.1" are findings. A rapid review's paragraph under "For the
Child Safeguarding Practice Review Panel", after the numbered recommendations, is a recommendation for the Panel.
A sub-heading giving an agency's long formal name ("Westshire County Council Children and Younger Adults
Department") over numbered recommendations is their agency, and "Recommendations for the MASH Partnership" names
the MASH partnership (a team), not the safeguarding partnership. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.lesson_cues import zone_kind

META = CHILD_K_META
FORMATS = ["pdf", "docx", "html", "txt"]
NOTES = (
    "Marks on a baby who could not yet crawl were put down to play with an older child.",
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen.",
    "The health visitor asked to see the baby's cot at every contact and recorded what she saw.",
    "Officers attending the incident spoke to the children on their own and recorded their words.",
)
ASKS = (
    "Children's social care should ensure that a core assessment considers every adult in the household.",
    "The police should ensure that the children present at a domestic abuse incident are seen and spoken to.",
    "Agencies should review how the views of extended family members are sought and recorded.",
)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Areas of strength", "good_practice"),
        ("4. Practice issues", "finding"),
        ("Practice issues", "finding"),
        ("Practice issues for the Board to consider", "recommendation"),
    ],
)
def test_kind_headings(heading, kind):
    assert zone_kind(heading) == kind


# (plain text sets the agency's heading and its areas' captions at one level: not read yet)
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_areas_under_each_agency_carry_the_agency(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning for each agency")
        doc.add("p", "At the learning event each agency considered what its own service did well and should develop.")
        doc.add("h2", "Children's Social Care")
        doc.add("h3", "Areas for development")
        doc.add("bullet", NOTES[0])
        doc.add("bullet", NOTES[1])
        doc.add("h2", "Community health services")
        doc.add("h3", "Areas of strength")
        doc.add("bullet", NOTES[2])
        doc.add("h3", "Areas for development")
        doc.add("bullet", NOTES[0].replace("an older child", "a cousin"))
        doc.add("h2", "Police")
        doc.add("h3", "Areas of strength")
        doc.add("bullet", NOTES[3])
        doc.add("h1", "Multi-agency recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    want = [
        ("learning_point", "", "", NOTES[0], "Children's Social Care"),
        ("learning_point", "", "", NOTES[1], "Children's Social Care"),
        ("good_practice", "", "", NOTES[2], "Community health services"),
        ("learning_point", "", "", NOTES[0].replace("an older child", "a cousin"), "Community health services"),
        ("good_practice", "", "", NOTES[3], "Police"),
    ] + [("recommendation", str(n), "", a, "") for n, a in enumerate(ASKS, 1)]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_practice_issues_are_findings(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "4. Practice issues")
        doc.add("num", NOTES[0], label="4.1")
        doc.add("num", NOTES[1], label="4.2")
        doc.add("h1", "5. Recommendations")
        doc.add("num", ASKS[2], label="5.1")

    want = [("finding", "4.1", "", NOTES[0], ""), ("finding", "4.2", "", NOTES[1], "")]
    want.append(("recommendation", "5.1", "", ASKS[2], ""))
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_paragraph_for_the_panel_is_its_recommendation(tmp_path, fmt):
    panel = (
        "The rapid review found that the national guidance on sharing information about pregnant women is not "
        "clear about when consent is needed, and asks the Panel to consider this in its national work."
    )

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations for consideration")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("h2", "For the Child Safeguarding Practice Review Panel")
        doc.add("p", panel)

    want = [("recommendation", str(n), "", a, "") for n, a in enumerate(ASKS[:2], 1)]
    want.append(("recommendation", "", "", panel, "Child Safeguarding Practice Review Panel"))
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_formal_names_and_the_mash_partnership_head_their_recommendations(tmp_path, fmt):
    agencies = (
        "Westshire County Council Children and Younger Adults Department",
        "MASH Partnership",
        "Westshire Constabulary",
    )

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations for individual agencies")
        doc.add("h2", agencies[0])
        doc.add("num", ASKS[0], label="1.")
        doc.add("h2", "Recommendations for the MASH Partnership")
        doc.add("num", ASKS[2], label="2.")
        doc.add("h2", agencies[2])
        doc.add("num", ASKS[1], label="3.")

    want = [
        ("recommendation", "1", "", ASKS[0], agencies[0]),
        ("recommendation", "2", "", ASKS[2], agencies[1]),
        ("recommendation", "3", "", ASKS[1], agencies[2]),
    ]
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want
