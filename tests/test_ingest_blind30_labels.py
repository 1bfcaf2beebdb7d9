"""Ingest tests: labels as the second half of blind held-out set 30 (C907-C924) prints them, each on a document
the test lays out itself.

Findings headed with the ordinal in words ("First finding: title") or a hash before the number ("Finding #2:
title"), under key lines of enquiry ("KLOE 1: question") that are never lessons; recommendations numbered
afresh within each agency ("Recommendation for Health 1:"), the label kept whole and the agency read from it;
paragraph numbers as the only labels of the findings under a "Findings" sub-heading in a numbered chapter, the
chapter's numbered paragraphs before it narrative; and run-in parts "3(a)", "3(b)" under "Learning point 3", each
its own lesson. A publication date with the year cut to two figures ("3rd Sept '21") is a full date. The texts
are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_META,
    FORMATS,
    bare_review_of,
    child_k_cover,
    child_k_introduction,
    findings_and_recommendations,
    lesson_rows,
    numbered_recommendations,
    review_of,
)

META = CHILD_K_META
TITLES = ("A grandmother nobody asked", "Bruises explained away", "A school that heard too late")
SEEN = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen there.",
    "Marks on a baby who could not yet crawl were put down to play with an older child, and no one checked them.",
    "The school learned of the police call-out a month later, after the boy had stopped coming to his lessons.",
)
ASKS = (
    "Health visitors should see a baby undressed whenever a mark on the baby has been reported to them.",
    "Schools should be told of every police call-out to a pupil's home by the next school day at the latest.",
)


def _want_asks():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_findings_numbered_in_words_before_the_kind(tmp_path, fmt):
    ordinals = ("First", "Second", "Third")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Findings")
        for ordinal, title, seen in zip(ordinals, TITLES, SEEN):
            doc.add("h2", f"{ordinal} finding: {title}")
            doc.add("p", seen)
        numbered_recommendations(doc, ASKS)

    lessons = review_of(tmp_path, fmt, build, META).lessons
    want = [("finding", f"{o} finding", t, f"{t} {s}", "") for o, t, s in zip(ordinals, TITLES, SEEN)]
    assert lesson_rows(lessons) == want + _want_asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_hash_numbered_findings_under_key_lines_of_enquiry(tmp_path, fmt):
    questions = ("How well did agencies know who lived in the home?", "How well did agencies share what they knew?")

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Key lines of enquiry and findings")
        doc.add("h2", f"KLOE 1: {questions[0]}")
        doc.add("p", "The family moved twice in the year, and the new addresses were not always known to every agency.")
        for n in (1, 2):
            doc.add("h3", f"Finding #{n}: {TITLES[n - 1]}")
            doc.add("p", SEEN[n - 1])
        doc.add("h2", f"KLOE 2: {questions[1]}")
        doc.add("p", "The core group met on five occasions, and the father did not attend any of the meetings.")
        doc.add("h3", f"Finding #3: {TITLES[2]}")
        doc.add("p", SEEN[2])
        numbered_recommendations(doc, ASKS)

    lessons = review_of(tmp_path, fmt, build, META).lessons
    want = [("finding", f"Finding #{n}", t, f"{t} {s}", "") for n, (t, s) in enumerate(zip(TITLES, SEEN), 1)]
    assert lesson_rows(lessons) == want + _want_asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_recommendations_numbered_within_each_agency(tmp_path, fmt):
    asks = (
        ("Health", "Health visitors should record every adult living in the household at each contact."),
        ("Health", "Midwives should ask every expectant mother, seen alone, whether she feels safe at home."),
        ("Police", "The police should tell the child's school of every domestic abuse call-out to the home."),
    )

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Findings")
        for title, seen in zip(TITLES, SEEN):
            doc.add("h2", title)
            doc.add("p", seen)
        doc.add("h1", "Recommendations")
        counts: dict[str, int] = {}
        for agency, ask in asks:
            counts[agency] = counts.get(agency, 0) + 1
            doc.add("p", f"Recommendation for {agency} {counts[agency]}: {ask}")

    lessons = review_of(tmp_path, fmt, build, META).lessons
    want = [
        ("recommendation", "Recommendation for Health 1", "", asks[0][1], "Health"),
        ("recommendation", "Recommendation for Health 2", "", asks[1][1], "Health"),
        ("recommendation", "Recommendation for Police 1", "", asks[2][1], "Police"),
    ]
    assert [row for row in lesson_rows(lessons) if row[0] == "recommendation"] == want


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_paragraph_numbers_label_the_findings_under_a_findings_sub_heading(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "1. Introduction")
        doc.add("p", "1.1 Child K, who was nine years old, was seriously hurt at home in the autumn of 2021.")
        doc.add("h1", "2. Analysis and findings")
        doc.add("p", "2.1 The panel read each agency's report and the chronology before reaching its findings.")
        doc.add("p", "2.2 The core group met on five occasions. The father did not attend any of the meetings.")
        doc.add("h2", "Findings")
        for n, seen in enumerate(SEEN, 3):
            doc.add("p", f"2.{n} {seen}")
        doc.add("h1", "3. Recommendations")
        doc.add("p", f"Recommendation One: {ASKS[0]}")
        doc.add("p", f"Recommendation Two: {ASKS[1]}")

    lessons = review_of(tmp_path, fmt, build, META).lessons
    want = [("finding", f"2.{n}", "", seen, "") for n, seen in enumerate(SEEN, 3)]
    want += [("recommendation", f"Recommendation {w}", "", ask, "") for w, ask in zip(("One", "Two"), ASKS)]
    assert lesson_rows(lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_lettered_parts_under_a_numbered_learning_point_are_lessons_each(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning")
        for n in (1, 2):
            doc.add("h2", f"Learning point {n}: {TITLES[n - 1]}")
            doc.add("p", SEEN[n - 1])
        doc.add("h2", "Learning point 3: Two further issues")
        doc.add("p", "The review found two further points of learning, each standing on its own:")
        doc.add("p", f"3(a) {SEEN[2]}")
        doc.add("p", f"3(b) {ASKS[0].replace('should see', 'did not see')}")
        numbered_recommendations(doc, ASKS[1:])

    lessons = review_of(tmp_path, fmt, build, META).lessons
    want = [
        ("learning_point", f"Learning point {n}", t, f"{t} {s}", "")
        for n, (t, s) in enumerate(zip(TITLES[:2], SEEN), 1)
    ]
    want += [
        ("learning_point", "3(a)", "", SEEN[2], ""),
        ("learning_point", "3(b)", "", ASKS[0].replace("should see", "did not see"), ""),
        ("recommendation", "1", "", ASKS[1], ""),
    ]
    assert lesson_rows(lessons) == want


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("printed", "want"), [("3rd Sept '21", "2021-09-03"), ("14th Feb '23", "2023-02-14")])
def test_a_publication_date_with_a_two_figure_year(tmp_path, fmt, printed, want):
    def build(doc):
        doc.add("cover", "Bury Integrated Safeguarding Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child M")
        doc.add("cover", f"Published: {printed}")
        doc.add("h1", "Introduction")
        doc.add("p", "Child M was seriously hurt at home in the spring of 2020.")
        findings_and_recommendations(doc)

    assert bare_review_of(tmp_path, fmt, build).published == want
