"""Ingest tests: the classes of full-length report the first half of blind held-out set 25 (C709-C726)
found the extractor reading extras from, each on a document the test lays out itself.

A recommendations table's "Learning" column naming the learning each recommendation answers ("Learning
2"): a link, never a lesson. "Analysis by theme" whose "Theme N: title" headings sit over analysis ending
in a run-in "Recommendation N:": the recommendation is the lesson, the theme heading none. A practice-
episode summary "Episode | What happened | Why it matters": never lessons. Appendices on earlier local
reviews' learning and on research and national learning: never this review's lessons. A sentence opening
a section by saying its lessons "are recorded here" / "are repeated here": an introduction, never a
lesson. An executive summary restating the numbered recommendations at a page's foot, the body listing
them again at the report's foot (a plain text): the items are body text, never a running footer, and the
recommendations are recorded once, from the body. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, partnership_cover

META = {
    "title": "Local Child Safeguarding Practice Review: Child V",
    "area": "Dorset",
    "region": "South West",
    "review_type": "LCSPR",
    "published": "2023-05",
    "child": "Child V",
    "child_age": "",
    "author": "Imogen Threlfall",
}
# Texts written for these tests (not the corpus's words).
LEARNED = (
    "The school nurse heard about the bruises twice but did not know a social worker was already involved.",
    "Nobody in the core group asked the childminder, who saw the boy every weekday, what she noticed.",
)
ASKS = (
    "The Partnership should give school nurses a way to check who else is working with a family.",
    "Core groups should invite every adult who cares for the child regularly, childminders included.",
)
AGENCIES = ("Dorset Safeguarding Children Partnership", "Health")
ANALYSIS = (
    "The records show that each agency saw a different part of the boy's life and none saw the whole.",
    "Practitioners told the review that the family seemed settled for long stretches of the year.",
)
FOUND = (
    "The health visitor accepted the father's account of the burn without seeing where it happened.",
    "The school recorded the boy's hunger each Monday but never passed it on.",
)
PRAISED = (
    "The nursery manager telephoned children's social care the same morning she saw the mark.",
    "The paediatrician wrote a clear report that every agency could understand.",
)


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


def _cover(doc) -> None:
    partnership_cover(doc, META, "Dorset Safeguarding Children Partnership", "Published May 2023")


def _learning_paragraphs(doc) -> None:
    doc.add("h1", "Learning")
    for n, text in enumerate(LEARNED, 1):
        doc.add("p", f"Learning {n}: {text}")


LEARNING_ROWS = [("learning_point", f"Learning {n}", "", text, "") for n, text in enumerate(LEARNED, 1)]


# --- a recommendations table's column linking each recommendation to its learning ---------------------------------


@pytest.mark.parametrize("link", ["Learning {n}", "L{n}"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_column_linking_recommendations_to_their_learning_is_no_lesson(tmp_path, fmt, link):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "Child V, who was six years old, was seriously injured at home in the winter of 2021.")
        _learning_paragraphs(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Learning", "Lead agency"))
        for n, (ask, agency) in enumerate(zip(ASKS, AGENCIES, strict=True), 1):
            doc.add("row", cells=(str(n), ask, link.format(n=n), agency))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == LEARNING_ROWS + [
            ("recommendation", str(n), "", ask, agency)
            for n, (ask, agency) in enumerate(zip(ASKS, AGENCIES, strict=True), 1)
        ]


# --- theme headings over analysis that ends in the theme's run-in recommendation ----------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_theme_headings_over_analysis_ending_in_a_run_in_recommendation_are_no_findings(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "Child V, who was six years old, was seriously injured at home in the winter of 2021.")
        doc.add("h1", "Analysis by theme")
        for n, (theme, analysis, ask) in enumerate(
            zip(("Seeing the whole child", "Families who seem settled"), ANALYSIS, ASKS, strict=True), 1
        ):
            doc.add("h2", f"Theme {n}: {theme}")
            doc.add("p", analysis)
            doc.add("p", f"Recommendation {n}: {ask}")
        doc.add("h1", "Conclusion")
        doc.add("p", "The partnership has accepted the recommendations and will report on its progress.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [
            ("recommendation", f"Recommendation {n}", "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- a practice-episode summary table --------------------------------------------------------------------------

EPISODES = (
    ("1. The first referral", "The school's referral was closed after a call to the father.", "A chance was missed."),
    ("2. The hospital visit", "The burn was treated and the family went home.", "No one asked how it happened."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_practice_episode_summary_table_gives_no_lessons(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Practice episodes")
        doc.add("p", "The review looked closely at two episodes in the boy's life.")
        doc.add("header", cells=("Episode", "What happened", "Why it matters"))
        for cells in EPISODES:
            doc.add("row", cells=cells)
        doc.add("h1", "Findings")
        for n, text in enumerate(FOUND, 1):
            doc.add("p", f"Finding {n}. {text}")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [("finding", f"Finding {n}", "", text, "") for n, text in enumerate(FOUND, 1)] + [
            ("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- appendices on earlier reviews' learning and on research -------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "research"),
    [
        ("Appendix B: Learning from earlier local reviews", "Appendix C: Research and national learning"),
        ("Annex 1 – Lessons from previous reviews", "Annex 2 – Relevant research"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_appendices_on_earlier_reviews_and_research_give_no_lessons(tmp_path, fmt, earlier, research):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, text in enumerate(FOUND, 1):
            doc.add("p", f"Finding {n}. {text}")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("h1", earlier)
        doc.add("p", "The panel read two earlier reviews. Their learning is repeated as published; it is not new.")
        doc.add("bullet", "Review of Child J: practitioners should ask who else lives in the home.")
        doc.add("bullet", "Review of Family S: adult services should share what they know about a parent's drinking.")
        doc.add("h1", research)
        doc.add("p", "National analyses have found again and again that the child is not seen and not heard.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [("finding", f"Finding {n}", "", text, "") for n, text in enumerate(FOUND, 1)] + [
            ("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- a sentence saying the section records its lessons here ---------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "The review found examples of good practice, which are recorded here so that they can be built on.",
        "Each agency told the review what it did well. These examples are repeated here in its own words.",
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sentence_saying_the_lessons_are_recorded_here_is_no_lesson(tmp_path, fmt, opening):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Good practice")
        doc.add("p", opening)
        for text in PRAISED:
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert _rows(lessons) == [("good_practice", "", "", text, "") for text in PRAISED] + [
            ("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- recommendations restated at the foot of an executive summary's page --------------------------------------------

LONG_ASKS = (
    "The Partnership should make sure that practitioners are trained to ask about alcohol and drug use when "
    "they talk with parents about where their baby sleeps.",
    "The Partnership should evaluate whether the learning from its previous reviews has been embedded in practice "
    "and report to the Board within six months.",
)


@pytest.mark.parametrize("fmt", ["txt"])
def test_recommendations_restated_at_a_summary_pages_foot_are_no_running_footer(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Executive summary")
        doc.add(
            "p",
            "The review found that agencies knew a good deal but did not bring it together. "
            "The review makes two recommendations:",
        )
        for n, ask in enumerate(LONG_ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        for title, text in zip(("Seeing the whole child", "Families who seem settled"), FOUND, strict=True):
            doc.add("h2", title)
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(LONG_ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert [(l.kind, l.label, l.text) for l in lessons if l.kind == "recommendation"] == [
            ("recommendation", str(n), ask) for n, ask in enumerate(LONG_ASKS, 1)
        ]
