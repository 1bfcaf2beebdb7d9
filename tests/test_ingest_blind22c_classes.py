"""Ingest tests: the lesson classes blind held-out set 22 still found the extractor missing after its first
round of fixes, each on a document the test lays out itself.

A briefing laid out as one two-column table of its parts (the part's name in the left cell, "3. What the
review found", "5. What went well", its text in the right): each part a section of its kind, its text the
lesson, the parts that are no lessons ("What happened", "Questions to consider") never one. A table row
whose other cells are empty, which a reader gives as a paragraph between two rows: an Agency cell printed
once for its group (the row below it a lesson of the same agency), and a cell carried over a page under
the repeated header (one lesson, the two parts joined). A partnership's good practice in its own voice
("What we are proud of"). Words young people told the review, reported under "What children and young
people told us", are never a lesson.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons, partnership_cover

META = {
    "title": "Local Child Safeguarding Practice Review: Child N",
    "area": "Wigan",
    "region": "North West",
    "review_type": "lcspr",
    "published": "2023-09-14",
    "child": "Child N",
    "child_age": "",
    "author": "Imogen Yates",
}
FOUND = "Each agency held part of the picture of the boy's school absences, and nobody put the parts side by side."
LEARNED = "A parent's refusal of a home visit was recorded but never treated as a reason to look harder."
WELL = "The school's family worker visited every week through the holidays and kept the boy's trust."
ASK = "The Partnership should agree one record of missed education that every agency can read."


def _cover(doc) -> None:
    partnership_cover(doc, META, "Wigan Safeguarding Partnership", "Published: 14 September 2023")
    doc.add("h1", "Introduction")
    doc.add("p", "This review looked at the help given to Child N and his family in the two years before he was hurt.")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _rows(lessons):
    return [(l.kind, l.label, l.text, l.agency) for l in lessons]


# --- a briefing laid out as a two-column table of its parts ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_briefing_table_of_parts_gives_each_lesson_part_its_kind_and_no_other_part(tmp_path, fmt):
    def build(doc):
        partnership_cover(doc, META, "Wigan Safeguarding Partnership", "Published: 14 September 2023")
        doc.add("header", cells=("Section", "Briefing"))
        doc.add("row", cells=("1. Why this review", "Child N, 12 years old, was seriously hurt at home."))
        doc.add(
            "row", cells=("2. What happened", "The family moved twice in a year and the boy changed school each time.")
        )
        doc.add("row", cells=("3. What the review found", FOUND))
        doc.add("row", cells=("4. What we learned", LEARNED))
        doc.add("row", cells=("5. What went well", WELL))
        doc.add("row", cells=("6. What needs to change", ASK))
        doc.add("row", cells=("7. Questions to consider", "Who else knows this child? When did you last ask them?"))

    lessons, rules = _both(tmp_path, fmt, build)
    expected = [
        ("finding", "", FOUND, ""),
        ("learning_point", "", LEARNED, ""),
        ("good_practice", "", WELL, ""),
        ("recommendation", "", ASK, ""),
    ]
    assert _rows(rules) == expected
    assert _rows(lessons) == expected


# --- a table row whose other cells are empty, read as a paragraph by a reader ----------------------------------

GROUPED = (
    ("Police", "Officers should record the names of every child present when they attend a domestic incident."),
    ("Police", "The force should check that its referrals reach children's social care on the same day."),
    ("Education", "Schools should tell the local authority when a pupil has missed ten days in a term."),
    ("Health", "Health visitors should ask to see where a baby sleeps at each home visit."),
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_row_under_an_agency_cell_printed_once_for_its_group_is_a_lesson_of_that_agency(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Single-agency recommendations")
        doc.add("header", cells=("Agency", "Single-agency recommendation"))
        for n, (agency, text) in enumerate(GROUPED):
            doc.add("row", cells=(agency if n == 0 or GROUPED[n - 1][0] != agency else "", text))

    lessons, rules = _both(tmp_path, fmt, build)
    expected = [("recommendation", "", text, agency) for agency, text in GROUPED]
    assert _rows(rules) == expected
    assert _rows(lessons) == expected


SPLIT = (
    "The Partnership should ask every agency to name who holds the plan when a family moves",
    "between two local authorities, and to keep that name on the record until the move is complete.",
)
BESIDE = (
    ("Schools should pass on a pupil's safeguarding file within five school days of a move.", "Education"),
    ("Children's social care should visit within ten days of a family arriving in the area.", "Children's Social Care"),
)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_cell_carried_over_a_page_under_the_repeated_header_is_one_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations")
        header = ("No.", "Recommendation", "Lead agency")
        doc.add("header", cells=header)
        doc.add("row", cells=("1", BESIDE[0][0], BESIDE[0][1]))
        doc.add("row", cells=("2", SPLIT[0], "Safeguarding Partnership"))
        doc.add("pagebreak")
        doc.add("header", cells=header)
        doc.add("row", cells=("", SPLIT[1], ""))
        doc.add("row", cells=("3", BESIDE[1][0], BESIDE[1][1]))

    lessons, rules = _both(tmp_path, fmt, build)
    expected = [
        ("recommendation", "1", BESIDE[0][0], BESIDE[0][1]),
        ("recommendation", "2", " ".join(SPLIT), "Safeguarding Partnership"),
        ("recommendation", "3", BESIDE[1][0], BESIDE[1][1]),
    ]
    assert _rows(rules) == expected
    assert _rows(lessons) == expected


# --- a partnership's good practice in its own voice ------------------------------------------------------------

PROUD = (
    "The youth worker kept in touch with the boy by text when he stopped coming to the club.",
    "The school nurse arranged an interpreter for the mother at every appointment.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_what_we_are_proud_of_is_good_practice(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What we are proud of")
        for text in PROUD:
            doc.add("bullet", text)
        doc.add("h1", "What we found")
        doc.add("h2", "Finding 1: Absences seen apart")
        doc.add("p", FOUND)

    lessons, rules = _both(tmp_path, fmt, build)
    expected = [("good_practice", "", text, "") for text in PROUD]
    assert _rows(rules)[:2] == expected
    assert _rows(lessons)[:2] == expected
    assert [l.label for l in lessons] == ["", "", "Finding 1"]


# --- words young people told the review, reported under a heading of their views ------------------------------

PROMISES = (
    "We will ask schools to tell pupils who their named safeguarding lead is at the start of each year.",
    "We will publish a short guide for young people on what happens after they tell someone.",
)


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_what_young_people_told_the_review_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: Absences seen apart")
        doc.add("p", FOUND)
        doc.add("h1", "What children and young people told us")
        doc.add("bullet", "Young people told the review that they want to know who to go to.")
        doc.add("bullet", "They said that meetings about them happen without them, and that it is hard to speak up.")
        doc.add("h1", "Our promises to children and young people")
        doc.add("p", "In place of recommendations, the partnership makes these promises.")
        for n, text in enumerate(PROMISES, 1):
            doc.add("p", f"Promise {n}: {text}")

    lessons, _ = _both(tmp_path, fmt, build)
    assert [(l.kind, l.label) for l in lessons] == [
        ("finding", "Finding 1"),
        ("recommendation", "Promise 1"),
        ("recommendation", "Promise 2"),
    ]
    assert not any("meetings about them" in l.text for l in lessons)
