"""Ingest tests: the classes the second half of blind held-out set 22 (C619-C636) found the extractor
missing, each on a document the test lays out itself.

Record tables: one small two-column table per lesson, its fields printed down its rows under a header row
naming the record ("Ref. | R1", or "Finding 2 | title"): the lesson's field ("Recommendation", "What we
found", "Recommendation 2") is the lesson, labelled by the header (or its own label) and titled by the
header's title; its "Lead" field is its agency; fields that track or support it ("By when", "How will we
know?", "Evidence from this case") are never lessons. A withdrawn recommendation kept in a progress table
("Withdrawn: merged with recommendation 1 ...", its other cells "N/A") is never a lesson.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons, partnership_cover

META = {
    "title": "Local Child Safeguarding Practice Review: Child Q",
    "area": "Dudley",
    "region": "West Midlands",
    "review_type": "lcspr",
    "published": "2023-05-11",
    "child": "Child Q",
    "child_age": "",
    "author": "Rosalind Pike",
}
TITLES = ("Nobody saw the bedroom", "Messages left on the wrong phone")
FOUND = (
    "Home visits took place in the kitchen and no practitioner asked to see where the baby slept at night.",
    "The health visitor rang a number the mother had stopped using, and each missed call was logged as no reply.",
)
EVIDENCE = (
    "Case notes record nine visits, none of which mentions the upstairs rooms.",
    "The call log shows four calls to the old number in one month.",
)
ASKS = (
    "The Partnership should make seeing where a baby sleeps a part of every home visit in the first year.",
    "Health visiting should check a family's telephone number at every contact and record the date it was checked.",
)
LEADS = ("Safeguarding Partnership", "Community Health Trust")
WHEN = ("June 2023", "December 2023")
MEASURES = (
    "An audit of home visit records shows the sleeping place was seen.",
    "A dip sample of records shows the number was checked.",
)


def _cover(doc) -> None:
    partnership_cover(doc, META, "Dudley Safeguarding People Partnership", "Published: 11 May 2023")
    doc.add("h1", "Introduction")
    doc.add("p", "This review looked at the help given to Child Q and his family in the year before he was hurt.")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


# --- one record table per finding: finding, evidence, recommendation and lead down its rows ----------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_record_table_per_finding_gives_its_finding_and_recommendation_and_no_evidence(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings and recommendations")
        doc.add("p", "Each finding is set out in its own table with the evidence for it and what should change.")
        for n in range(2):
            doc.add("header", cells=(f"Finding {n + 1}", TITLES[n]))
            doc.add("row", cells=("What we found", FOUND[n]))
            doc.add("row", cells=("Evidence from this case", EVIDENCE[n]))
            doc.add("row", cells=(f"Recommendation {n + 1}", ASKS[n]))
            doc.add("row", cells=("Lead", LEADS[n]))
            doc.add("p", "")

    for lessons in _both(tmp_path, fmt, build):
        rows = [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]
        assert rows == [
            row
            for n in range(2)
            for row in (
                ("finding", f"Finding {n + 1}", TITLES[n], f"{TITLES[n]} {FOUND[n]}", ""),
                ("recommendation", f"Recommendation {n + 1}", "", ASKS[n], LEADS[n]),
            )
        ]


# --- one record table per recommendation: Ref., Recommendation, Lead agency, By when, How will we know? ----------


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_record_table_per_recommendation_gives_one_lesson_labelled_by_its_reference(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n in range(2):
            doc.add("h2", f"Finding {n + 1}: {TITLES[n]}")
            doc.add("p", FOUND[n])
        doc.add("h1", "Recommendations")
        doc.add("p", "Each recommendation is set out in its own table with its lead and how progress will be known.")
        for n in range(2):
            doc.add("header", cells=("Ref.", f"R{n + 1}"))
            doc.add("row", cells=("Recommendation", ASKS[n]))
            doc.add("row", cells=("Lead agency", LEADS[n]))
            doc.add("row", cells=("By when", WHEN[n]))
            doc.add("row", cells=("How will we know?", MEASURES[n]))
            doc.add("p", "")

    for lessons in _both(tmp_path, fmt, build):
        rows = [(l.kind, l.label, l.text, l.agency) for l in lessons]
        assert rows == [
            *(("finding", f"Finding {n + 1}", f"{TITLES[n]} {FOUND[n]}", "") for n in range(2)),
            *(("recommendation", f"R{n + 1}", ASKS[n], LEADS[n]) for n in range(2)),
        ]


# --- a withdrawn recommendation kept in a progress table -----------------------------------------------------------

WITHDRAWN = "Withdrawn: merged with recommendation 1 at the panel's request."


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_a_withdrawn_recommendations_row_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations and progress")
        doc.add("p", "The table shows the position when the report was published.")
        doc.add("header", cells=("No.", "Recommendation", "Lead", "Status"))
        doc.add("row", cells=("1", ASKS[0], LEADS[0], "Complete"))
        doc.add("row", cells=("2", WITHDRAWN, "N/A", "N/A"))
        doc.add("row", cells=("3", ASKS[1], LEADS[1], "In progress"))

    for lessons in _both(tmp_path, fmt, build):
        rows = [(l.kind, l.label, l.text, l.agency) for l in lessons]
        assert rows == [
            ("recommendation", "1", ASKS[0], LEADS[0]),
            ("recommendation", "3", ASKS[1], LEADS[1]),
        ]
