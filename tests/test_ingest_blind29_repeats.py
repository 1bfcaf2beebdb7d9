"""Ingest tests: lessons a full-length report prints more than once, as the first half of blind held-out set 29
(C853-C870) prints them, each on a document the test lays out itself.

A recommendation printed in the body without an addressee and repeated in a later action plan whose Lead column
names who leads it: one lesson, the body's, with the plan's lead as its agency. A seven-minute briefing bound in
front of the report, its bullets repeating the learning and the recommendations word for word: no lessons, and
the document stays the report (its type from its title). A "Key messages" page listing the findings by title, a
closing chapter renumbering the recommendations "for the action plan", narrative pointing to the lessons by
their paragraph numbers and an executive summary's sentence saying where they are set out: no lessons. A lesson
closing a practice episode ("Episode 2: <title>") is titled by the heading's words after the episode's number.
A rapid review's summary titled by the child names the child. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_META,
    FORMATS,
    bare_review_of,
    child_k_cover,
    child_k_introduction,
    lesson_rows,
    lessons_and_rule_lessons,
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
LEADS = ("Community Health Trust", "Education Safeguarding Service")


def _findings(doc, prefix="Finding"):
    doc.add("h1", "5. Findings")
    for n, (title, seen) in enumerate(zip(TITLES, SEEN), 1):
        doc.add("h2", f"{prefix} {n}: {title}")
        doc.add("p", seen)


def _recommendations(doc):
    doc.add("h1", "6. Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _want_findings():
    return [("finding", f"Finding {n}", t, f"{t} {s}", "") for n, (t, s) in enumerate(zip(TITLES, SEEN), 1)]


def _want_asks(leads=("", "")):
    return [("recommendation", str(n), "", ask, lead) for n, (ask, lead) in enumerate(zip(ASKS, leads), 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_action_plan_repeating_the_recommendations_gives_them_its_lead(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        _recommendations(doc)
        doc.add("h1", "Appendix A: Action plan")
        doc.add("header", cells=("No.", "Recommendation", "Lead", "Timescale"), label="plan")
        for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1):
            doc.add("row", cells=(str(n), ask, lead, "Six months"), label="plan")

    lessons = review_of(tmp_path, fmt, build, META).lessons
    assert lesson_rows(lessons) == _want_findings() + _want_asks(LEADS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_briefing_bound_in_front_repeats_the_report_and_leaves_its_type(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "7 minute briefing: Child K")
        doc.add("p", "This briefing is bound in front of the full report. Use it in team meetings.")
        doc.add("h2", "1. What the review found")
        for seen in SEEN:
            doc.add("bullet", seen)
        doc.add("h2", "2. What will change")
        for ask in ASKS:
            doc.add("bullet", ask)
        if fmt != "html":
            doc.add("pagebreak")
        child_k_introduction(doc)
        _findings(doc)
        _recommendations(doc)

    review = review_of(tmp_path, fmt, build, META)
    assert review.review_type == "LCSPR"
    assert lesson_rows(review.lessons) == _want_findings() + _want_asks()


@pytest.mark.parametrize("fmt", FORMATS)
def test_key_messages_by_title_and_a_renumbered_closing_list_are_no_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "Key messages")
        doc.add("p", "The key messages from this review are:")
        for n, title in enumerate(TITLES, 1):
            doc.add("num", f"{title}.", label=f"{n}.")
        child_k_introduction(doc)
        doc.add("h1", "5. Findings")
        for n, (title, seen) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", seen)
            if n <= len(ASKS):
                doc.add("p", f"Recommendation {n}.1: {ASKS[n - 1]}")
        doc.add("h1", "7. Recommendations")
        doc.add("p", "For the action plan, the recommendations above are numbered again here in one series.")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    want = []
    for n, row in enumerate(_want_findings(), 1):
        want.append(row)
        if n <= len(ASKS):
            want.append(("recommendation", f"Recommendation {n}.1", "", ASKS[n - 1], ""))
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == want


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_pointers_to_numbered_lessons_are_no_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "1. Executive summary")
        doc.add(
            "p", "1.1 The lessons learned are set out at paragraphs 7.1 to 7.3 and the recommendations at 8.1 and 8.2."
        )
        doc.add("h1", "6. Analysis")
        doc.add(
            "p", "6.1 The panel concluded that there were missed chances to see the risks (see paragraphs 7.1 and 7.2)."
        )
        doc.add("h1", "7. Lessons learned")
        for n, seen in enumerate(SEEN, 1):
            doc.add("p", f"7.{n} {seen}")
        doc.add("h1", "8. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"8.{n} {ask}")

    lessons = review_of(tmp_path, fmt, build, META).lessons
    assert [(l.kind, l.label) for l in lessons] == [
        *(("learning_point", f"7.{n}") for n in range(1, 4)),
        *(("recommendation", f"8.{n}") for n in range(1, 3)),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_point_closing_an_episode_is_titled_without_the_episodes_number(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "5. Key practice episodes")
        for n, (title, seen) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Episode {n}: {title}")
            doc.add("box", seen, label=f"Learning point {n}")
        _recommendations(doc)

    want = [
        ("learning_point", f"Learning point {n}", t, f"{t} {s}", "") for n, (t, s) in enumerate(zip(TITLES, SEEN), 1)
    ]
    lessons = review_of(tmp_path, fmt, build, META).lessons
    assert lesson_rows(lessons)[:3] == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rapid_review_summary_titled_by_the_child_names_the_child(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Kirklees Safeguarding Children Partnership")
        doc.add("title", "Rapid review summary: Maisie")
        doc.add("cover", "Published: 3 March 2023")
        doc.add("h1", "Learning identified")
        for seen in SEEN:
            doc.add("bullet", seen)

    assert bare_review_of(tmp_path, fmt, build, title="Rapid review summary: Maisie").child == "Maisie"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_finding_closing_an_episode_chapter_before_its_run_in_recommendation(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        for n, (title, seen) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("h1", f"{n + 4}. Key practice episode {n}: spring 2021")
            doc.add("p", "This chapter draws on the agencies' records and on what practitioners told the reviewer.")
            doc.add("h2", title)
            doc.add("p", seen)
            doc.add("p", f"Recommendation {n} {ASKS[n - 1]}")
        doc.add("h1", "7. Summary of recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    want = []
    for n, (title, seen) in enumerate(zip(TITLES[:2], SEEN), 1):
        want.append(("finding", "", title, f"{title} {seen}", ""))
        want.append(("recommendation", f"Recommendation {n}", "", ASKS[n - 1], ""))
    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == want
