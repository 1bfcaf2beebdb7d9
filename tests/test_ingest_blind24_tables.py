"""Ingest tests: the table- and briefing-shaped classes the second half of blind held-out set 24 (C691-C708)
found the extractor missing, each on a document the test lays out itself.

A summary table whose "Type" column names each row's kind ("No. | Type | Summary": "Finding", "Learning",
"Good practice", "Recommendation"), under a heading that names no kind of lesson or one that does: every
row a lesson of the kind its Type cell names, labelled by its number, its text the Summary cell alone. A
table whose columns are headed by kinds in plain words ("What we found | What we recommend", its number
column unheaded): a lesson per kind cell, both labelled by the row's number. A briefing's "Questions to
reflect on" under its messages: the reader's questions, never lessons nor part of one. A Type table
run over a page break with its header printed again (in a short plain text, that header at the page's
edge is no running header cut in two). Documents are
written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons

META = {
    "title": "Local Child Safeguarding Practice Review: Child P",
    "area": "Wokingham",
    "region": "South East",
    "review_type": "LCSPR",
    "published": "2024-02-14",
    "child": "Child P",
    "child_age": "",
    "author": "",
}
# (Type cell, kind, text)
TYPED = (
    (
        "Finding",
        "finding",
        "The health visitor saw the bruise on the baby's ear but accepted the mother's account of it.",
    ),
    (
        "Learning",
        "learning_point",
        "Nobody in the core group knew that the mother's new partner had moved into the flat.",
    ),
    (
        "Good practice",
        "good_practice",
        "The nursery manager wrote down what the child said and rang the front door the same day.",
    ),
    (
        "Recommendation",
        "recommendation",
        "The Partnership should make sure every core group asks who lives in the home.",
    ),
    ("Recommendation", "recommendation", "Health visitors should see a baby undressed when a mark has been reported."),
)
FOUND = (
    "Appointments with the dentist and the optician were missed for three years without anyone asking why.",
    "The school sent letters about lateness but never spoke to the child about mornings at home.",
)
ASKED = (
    "Health services should follow up every appointment a child on a plan is not brought to.",
    "Schools should talk with a child who is often late before writing to the parents about it.",
)
MESSAGES = (
    "The paediatrician's view was accepted even when the nursery's own notes told a different story.",
    "Visits were short and the children were rarely seen in their bedrooms.",
)
MANAGING = ("Managers should make sure that supervision asks what daily life is like for the child.",)
QUESTIONS = (
    "What would you do if a colleague's view of a family differed from your own?",
    "Who in your service could you ask for advice?",
)


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


def _cover(doc, fmt):
    doc.add("cover", "Wokingham Safeguarding Children Partnership")
    doc.add("title", META["title"])
    doc.add("cover", "Published: 14 February 2024")
    if fmt != "html":
        doc.add("pagebreak")


# --- a Type column naming each row's kind ------------------------------------------------------------------------

# (heading over the table, header cells, the cells of row n: (number, Type cell, text))
TYPE_TABLES = {
    "no_type_summary": ("Summary of the review", ("No.", "Type", "Summary"), lambda n, t, x: (n, t, x)),
    "ref_kind_details": (
        "Summary of findings, learning and recommendations",
        ("Ref.", "Kind", "Details"),
        lambda n, t, x: (n, t, x),
    ),
    "type_last": ("What the review says", ("No.", "Description", "Category"), lambda n, t, x: (n, x, t)),
}


@pytest.mark.parametrize("layout", list(TYPE_TABLES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_type_column_names_the_kind_of_each_row(tmp_path, fmt, layout):
    heading, header, cells = TYPE_TABLES[layout]

    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Introduction")
        doc.add("p", "Child P, who was two years old, was seriously injured at home in the spring of 2022.")
        doc.add("h1", heading)
        doc.add("p", "The table below sets out what the review found and what it recommends.")
        doc.add("header", cells=header)
        for n, (typ, _, text) in enumerate(TYPED, 1):
            doc.add("row", cells=cells(str(n), typ, text))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [(kind, str(n), "", text, "") for n, (_, kind, text) in enumerate(TYPED, 1)]


# --- columns headed by kinds in plain words ----------------------------------------------------------------------


@pytest.mark.parametrize("header", [("", "What we found", "What we recommend"), ("No.", "Findings", "We recommend")])
@pytest.mark.parametrize("fmt", FORMATS)
def test_columns_headed_by_kinds_give_a_lesson_per_cell(tmp_path, fmt, header):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Findings and recommendations")
        doc.add("header", cells=header)
        for n, (found, asked) in enumerate(zip(FOUND, ASKED, strict=True), 1):
            doc.add("row", cells=(str(n), found, asked))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [
            row
            for n, (found, asked) in enumerate(zip(FOUND, ASKED, strict=True), 1)
            for row in (("finding", str(n), "", found, ""), ("recommendation", str(n), "", asked, ""))
        ]


# --- a briefing's questions to reflect on ------------------------------------------------------------------------


@pytest.mark.parametrize("questions", ["4. Questions to reflect on", "4. Prompts for reflection"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_briefings_questions_to_reflect_on_are_never_lessons(tmp_path, fmt, questions):
    def build(doc):
        doc.add("cover", "Wokingham Safeguarding Children Partnership")
        doc.add("title", "7 minute briefing: Child P")
        doc.add("h1", "1. Background")
        doc.add("p", "This briefing summarises the review about Child P, who was seriously injured at home.")
        doc.add("h1", "2. Messages for practitioners")
        for text in MESSAGES:
            doc.add("bullet", text)
        doc.add("h1", "3. Messages for managers")
        for text in MANAGING:
            doc.add("bullet", text)
        doc.add("h1", questions)
        for text in QUESTIONS:
            doc.add("bullet", text)
        doc.add("h1", "5. Further information")
        doc.add("p", "The full report is on the partnership's website.")

    meta = {**META, "title": "7 minute briefing: Child P", "review_type": "briefing"}
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, meta):
        assert _rows(lessons) == [("learning_point", "", "", text, "") for text in MESSAGES + MANAGING]


# --- learning written as "should" over a recommendations table naming each agency --------------------------------

SHOULD = (
    "Professionals should ask who else lives in the home whenever a new adult is mentioned.",
    "Professionals should record what a child says in the child's own words.",
)
# (text, agency as printed)
AGENCY_ROWS = (
    ("The health trust should audit how marks on babies who do not yet move are followed up.", "Health trust"),
    ("The police should share incident logs with the school within one working day.", "Thames Valley Police"),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_should_learning_beside_a_recommendations_table_with_agencies(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Learning")
        doc.add("p", "The review identified the following learning for everyone who works with children.")
        for n, text in enumerate(SHOULD, 1):
            doc.add("h2", f"Learning {n}")
            doc.add("p", text)
        doc.add("h1", "Recommendations to partner agencies")
        doc.add("header", cells=("No.", "Recommendation", "Agency"))
        for n, (text, agency) in enumerate(AGENCY_ROWS, 1):
            doc.add("row", cells=(str(n), text, agency))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [
            ("learning_point", f"Learning {n}", "", text, "") for n, text in enumerate(SHOULD, 1)
        ] + [("recommendation", str(n), "", text, agency) for n, (text, agency) in enumerate(AGENCY_ROWS, 1)]


# --- messages for managers and leaders: "Leaders should ..." is learning, no recommendation ----------------------

LEADING = (
    "Leaders should make sure caseloads leave time to see children on their own.",
    "Managers should ask in supervision what has changed for the child since the last visit.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_messages_for_managers_and_leaders_are_learning(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Messages for practitioners")
        for text in MESSAGES:
            doc.add("bullet", text)
        doc.add("h1", "Messages for managers and leaders")
        for text in LEADING:
            doc.add("bullet", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKED, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [("learning_point", "", "", text, "") for text in MESSAGES + LEADING] + [
            ("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKED, 1)
        ]


# --- a Type table over a page break, its header printed again ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_type_table_goes_on_over_a_page_break_under_its_header_again(tmp_path, fmt):
    header = ("No.", "Type", "Summary")
    rows = [
        (typ, kind, f"In the {word} month of the plan. {text}")
        for word in ("first", "second")
        for typ, kind, text in TYPED
    ]

    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Summary of the review")
        doc.add("header", cells=header)
        for n, (typ, _, text) in enumerate(rows, 1):
            doc.add("row", cells=(str(n), typ, text))
            if n == 4:
                doc.add("pagebreak")
                doc.add("header", cells=header)
        doc.add("h1", "Conclusion")
        doc.add("p", "The partnership will publish its response to these recommendations.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [(kind, str(n), "", text, "") for n, (_, kind, text) in enumerate(rows, 1)]
