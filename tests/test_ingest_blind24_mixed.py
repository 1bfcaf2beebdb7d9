"""Ingest tests: the classes of prose lessons of mixed kinds that blind held-out set 24 (C691-C708) found
the extractor missing, the kind of each lesson told only by its wording, each on a document the test lays
out itself.

A finding's paragraph going on into a recommendation ("... It recommends that ...") or into good
practice ("There was also good practice in this period. ..."): two lessons. Questions put to the
Board under "Issues for the Partnership", after a paragraph saying the review sets them out instead of
recommendations: each a recommendation. A lead-in drawing learning from the findings ("From these
findings the review draws the following learning ...:") over bullets inside "Key findings and learning":
learning points. Numbered conclusions each answered by an unnumbered "The review recommends that ..."
paragraph: findings, labelled by their numbers. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons

META = {
    "title": "Child Safeguarding Practice Review: Child T",
    "area": "Wigan",
    "region": "North West",
    "review_type": "CSPR",
    "published": "2024-02-14",
    "child": "Child T",
    "child_age": "",
    "author": "",
}
SEEN = (
    (
        "Visits that were missed",
        "The health visitor called three times when no one answered the door and did not tell anyone.",
    ),
    (
        "A plan nobody owned",
        "The core group met twice in six months and no one chased the actions the plan set for the school.",
    ),
    (
        "The uncle in the house",
        "An uncle stayed at the flat most weekends and none of the agencies knew who he was.",
    ),
)
ASKED = (
    "It recommends that the health visiting service should tell the social worker after two visits without an answer.",
    "It recommends that the Partnership should name one lead for every plan and say so in its minutes.",
    "It recommends that agencies should ask at every visit who else is staying in the home.",
)
PRAISED = (
    "There was also good practice in this period. The school nurse saw the girl every week and wrote down her words.",
    "There was also good practice in this period. The GP rang the social worker the same day she heard the news.",
)
ASKS = (
    "The Partnership should check that plans name a lead for each action.",
    "Agencies should record who else lives in the home at every visit.",
)


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


def _cover(doc, fmt):
    doc.add("cover", "Wigan Safeguarding Children Partnership")
    doc.add("title", META["title"])
    doc.add("cover", "Published: 14 February 2024")
    if fmt != "html":
        doc.add("pagebreak")


# --- a finding's paragraph going on into a recommendation or into good practice --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_findings_paragraph_going_on_into_a_recommendation_is_two_lessons(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "What the review found and what it recommends")
        for n, ((title, text), ask) in enumerate(zip(SEEN, ASKED, strict=True), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", f"The review found that {text[0].lower()}{text[1:]} {ask}")

    for lessons in _both(tmp_path, fmt, build):
        rows = []
        for n, ((title, text), ask) in enumerate(zip(SEEN, ASKED, strict=True), 1):
            rows.append(
                ("finding", f"Finding {n}", title, f"{title} The review found that {text[0].lower()}{text[1:]}", "")
            )
            rows.append(("recommendation", "", "", ask, ""))
        assert _rows(lessons) == rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_good_practice_told_inside_a_finding_is_a_lesson_of_its_own(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(SEEN, 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", f"{text} {PRAISED[n - 1]}" if n <= len(PRAISED) else text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in _both(tmp_path, fmt, build):
        rows = []
        for n, (title, text) in enumerate(SEEN, 1):
            rows.append(("finding", f"Finding {n}", title, f"{title} {text}", ""))
            if n <= len(PRAISED):
                rows.append(("good_practice", "", "", PRAISED[n - 1], ""))
        assert _rows(lessons) == rows + [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


# --- questions put to the Board instead of recommendations -----------------------------------------------------


QUESTIONS = (
    "How will the Partnership be assured that the health visiting service will tell the social worker after two missed visits?",
    "How will the Partnership be assured that schools will report every child taken off roll within five days?",
    "How will the Partnership be assured that agencies will ask who else is staying in the home?",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_for_the_board_set_out_instead_of_recommendations(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(SEEN[:2], 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", "Issues for the Partnership")
        doc.add(
            "p",
            "Rather than make recommendations, the review sets out the questions the Partnership should "
            "consider and answer in its response to this report.",
        )
        for n, question in enumerate(QUESTIONS, 1):
            doc.add("num", question, label=f"{n}.")
        doc.add("p", "The Partnership's response to each question will be published alongside this report.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("finding", f"Finding {n}", title, f"{title} {text}", "") for n, (title, text) in enumerate(SEEN[:2], 1)
        ] + [("recommendation", str(n), "", question, "") for n, question in enumerate(QUESTIONS, 1)]


# --- learning drawn from the findings, listed inside "Key findings and learning" -------------------------------


LEARNED = (
    "Practitioners should ask who else lives in the home and check what they are told.",
    "Practitioners should tell the lead professional when a visit finds no one in.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_drawn_from_the_findings_listed_under_them(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "2. Key findings and learning")
        for n, (_, text) in enumerate(SEEN, 1):
            doc.add("p", f"2.{n} {text}")
        doc.add("p", "From these findings the review draws the following learning for all practitioners:")
        for point in LEARNED:
            doc.add("bullet", point)
        doc.add("h1", "3. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == (
            [("finding", f"2.{n}", "", text, "") for n, (_, text) in enumerate(SEEN, 1)]
            + [("learning_point", "", "", point, "") for point in LEARNED]
            + [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]
        )


# --- numbered conclusions each answered by a recommendation ------------------------------------------------------


ANSWERS = (
    "The review recommends that the health visiting service should tell the social worker after two visits.",
    "The review recommends that the Partnership should name one lead for every plan.",
    "The review recommends that agencies should ask at every visit who else is staying in the home.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_conclusions_each_answered_by_a_recommendation_are_findings(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "1. Introduction")
        doc.add("p", "Child T was two when she was found with burns at home. This review looks at the year before.")
        doc.add("h1", "2. Conclusions")
        for n, ((_, text), answer) in enumerate(zip(SEEN, ANSWERS, strict=True), 1):
            doc.add("p", f"2.{n} {text}")
            doc.add("p", answer)

    for lessons in _both(tmp_path, fmt, build):
        rows = [(kind, label, text) for kind, label, _, text, _ in _rows(lessons)]
        expected = []
        for n, ((_, text), answer) in enumerate(zip(SEEN, ANSWERS, strict=True), 1):
            expected.append(("finding", f"2.{n}", text))
            expected.append(("recommendation", "", answer.removeprefix("The review recommends that ")))
        assert rows == expected
