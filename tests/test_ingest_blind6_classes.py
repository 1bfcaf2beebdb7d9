"""Ingest tests: the classes blind held-out set 6 (C133-C150) found the extractor missing, each on
a document the test lays out itself.

Findings named for the chance agencies missed ("Missed opportunity N (date): title"), sections named
only "Lessons", and the other layouts of set 6, with the metadata each prints. Documents are written
by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through
the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The childminder noticed the toddler flinch at bath time but had no one to tell who would listen.",
    "The step-grandfather had a caution for assault that the nursery only learned of from the newspaper.",
    "Three different duty workers answered the aunt's calls and none of them read the previous contact.",
)
TITLES = ("A childminder with no route in", "A caution nobody passed on", "Calls answered one at a time")
ASKS = (
    "The Partnership should give registered childminders a direct line to the front door for advice.",
    "The police should tell early years settings of cautions held by adults living with a child.",
    "Children's social care should make duty workers read the last three contacts before any reply.",
)
META6 = {
    "title": "Child Safeguarding Practice Review: Child K",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child K",
    "child_age": "",
    "author": "Rosalind Achebe",
}


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META6)[0])


def _rows(review, *fields):
    return [tuple(getattr(l, f) for f in fields) for l in review.lessons]


# --- findings named for a missed opportunity, dated in brackets ------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("date", ["(June 2017)", "(14.2.2018)", ""])
def test_a_missed_opportunity_heading_is_a_labelled_finding_and_its_date_is_no_part_of_it(tmp_path, fmt, date):
    def build(doc):
        cover(doc)
        doc.add("h1", "Where agencies missed opportunities")
        doc.add("p", "The opportunities are given in the order the events took place.")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", f"Missed opportunity {n} {date}: {title}".replace("  ", " "))
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", "Missed opportunity 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("finding", "Missed opportunity 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
        ("recommendation", review.lessons[2].label, "", ASKS[0]),
    ]
    assert review.published == "2022-05"  # the bracketed event date is never the publication


# --- a section named only for its lessons ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("heading", ["5. Lessons", "5. Lessons identified", "Key lessons", "Lessons arising"])
def test_numbered_paragraphs_under_a_lessons_heading_are_learning_points(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", "4. Background")
        doc.add("p", "The family had lived in the borough for two years when the events took place.")
        doc.add("h1", heading)
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"5.{n}")
        doc.add("h1", "6. Recommendations")
        doc.add("num", ASKS[1], label="6.1")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("learning_point", text) for text in SEEN),
        ("recommendation", ASKS[1]),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_lesson_headings_with_a_dash_under_a_lessons_section_are_learning_points(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "3. Lessons")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Lesson {n} \u2013 {title}")
            doc.add("p", text)
        doc.add("h1", "4. Recommendations")
        doc.add("num", ASKS[2], label="4.1")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title") == [
        *(("learning_point", f"Lesson {n}", title) for n, title in enumerate(TITLES, 1)),
        ("recommendation", review.lessons[3].label, ""),
    ]
