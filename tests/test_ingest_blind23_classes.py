"""Ingest tests: the classes the first half of blind held-out set 23 (C637-C654) found the extractor
missing, each on a document the test lays out itself.

What the review and the partners say happened to each lesson, printed where the lesson is: the partners'
decision in a recommendation's heading ("Recommendation 2 – partially accepted", never its title) and a
"Reason:" paragraph under it; after a finding, a paragraph on action already taken ("Since the review,
..."), or on why no recommendation is made; after a numbered recommendation, a "Repeat recommendation:"
line. None of these is a lesson or part of one. Also: "Recommendations of this Local Child Safeguarding
Practice Review" (the review named by its type in full) is a recommendations section beside the rapid
review's; a progress table whose first header cell joins the number column's name to the lesson
column's ("No. Recommendation"); a plain-text cover's title in capitals naming the child ("EMERGING
LEARNING: CHILD W"), no learning section; and a paragraph broken mid-sentence whose second half opens
with a lesson's label in lower case ("... Work on" / "recommendation 3 continues."). Documents are
written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons
from generator import conv_blind23a  # noqa: F401  (registers the progress table's column widths)

# The corpus writer's widths for a progress table: a number column too narrow for its name to stand apart.
PROGRESS_WIDTHS = "b23aprog"

META = {
    "title": "Local Child Safeguarding Practice Review: Child K",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-03-09",
    "child": "Child K",
    "child_age": "",
    "author": "",
}
FOUND = (
    (
        "Missed health appointments",
        "Child K missed four appointments with the paediatrician and no one followed them up.",
    ),
    (
        "The father's history",
        "The father's earlier convictions for violence were known to the police but not to the school.",
    ),
    ("Plans that did not change", "The child in need plan was copied from one review meeting to the next for a year."),
)
ANSWERS = (
    "Since the review, the health trust has introduced a was-not-brought policy and audits its use.",
    "The review makes no recommendation about this, because the police have already changed their practice.",
    "The review was told that children's social care has already rewritten its guidance on plans.",
)
ASKS = (
    "The health trust should follow up every missed appointment for a child on a plan within a week.",
    "The Partnership should make sure schools are told of risks posed by adults in a child's household.",
    "Children's social care should check at each review meeting that the plan has changed what it needed to.",
)


def _both(tmp_path, fmt, build, **meta):
    return lessons_and_rule_lessons(tmp_path, fmt, build, {**META, **meta})


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text, l.agency) for l in lessons]


def _cover(doc, fmt, title=META["title"]):
    doc.add("cover", "Stockport Safeguarding Children Partnership")
    doc.add("title", title)
    doc.add("cover", "Published: 9 March 2023")
    if fmt != "html":
        doc.add("pagebreak")


# --- a paragraph after a lesson on what became of it ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_became_of_a_lesson_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Findings")
        for n, ((title, text), answer) in enumerate(zip(FOUND, ANSWERS, strict=True), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
            doc.add("p", answer)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
            if n == 2:
                doc.add(
                    "small",
                    "Repeat recommendation: this was also recommendation 3 of the review about Child M, "
                    "published in 2019. It is made again because practice has not changed.",
                )

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("finding", f"Finding {n}", title, f"{title} {text}", "") for n, (title, text) in enumerate(FOUND, 1)
        ] + [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


# --- the partners' decision in a recommendation's heading, its reason below ------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_decision_in_the_heading_is_no_title_and_its_reason_no_part(tmp_path, fmt):
    decisions = ("accepted", "partially accepted", "not accepted")

    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Recommendations and the partners' response")
        for n, (ask, decision) in enumerate(zip(ASKS, decisions, strict=True), 1):
            doc.add("h2", f"Recommendation {n} – {decision}")
            doc.add("p", ask)
            doc.add("p", f"Reason: the partners discussed this recommendation at their meeting in month {n}.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("recommendation", f"Recommendation {n}", "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- "Recommendations of this Local Child Safeguarding Practice Review" beside the rapid review's -------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_recommendations_of_this_review_named_by_its_full_type(tmp_path, fmt):
    rapid = (
        "Agencies should check who lives in the home at every visit.",
        "The Partnership should publish a leaflet on bruising in babies who do not yet move.",
    )

    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Recommendations of the rapid review")
        for n, ask in enumerate(rapid, 1):
            doc.add("runin", ask, label=f"RR{n}")
            doc.add("small", "Status: implemented")
        doc.add("h1", "Recommendations of this Local Child Safeguarding Practice Review")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [("recommendation", f"RR{n}", "", ask, "") for n, ask in enumerate(rapid, 1)] + [
            ("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)
        ]


# --- a progress table headed "No. Recommendation | Progress | Status" ----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_header_cell_joining_the_number_to_the_lesson_column_is_no_lesson(tmp_path, fmt):
    early = ("Policy drafted.", "Not started.", "Plan agreed.")
    later = ("Policy in use.", "Merged with recommendation 3.", "Training delivered.")
    statuses = ("Closed", "Merged", "Open")

    def build(doc):
        _cover(doc, fmt, title="Child K: twelve-month progress report")
        doc.add("h1", "Progress on the recommendations")
        # (in a PDF the narrow number column's name runs into the next: "No. Recommendation")
        header = ("No.", "Recommendation", "Six months", "Twelve months", "Status")
        doc.add("header", cells=header, label=PROGRESS_WIDTHS)
        for n, (ask, first, second, status) in enumerate(zip(ASKS, early, later, statuses, strict=True), 1):
            doc.add("row", cells=(str(n), ask, first, second, status), label=PROGRESS_WIDTHS)

    for lessons in _both(tmp_path, fmt, build, title="Child K: twelve-month progress report", review_type="other"):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)
        ]


# --- a plain-text cover's title in capitals naming the child ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt"])
def test_a_capitals_title_naming_the_child_is_no_learning_section(tmp_path, fmt):
    learned = (
        "Nobody asked the child's older sister what she saw at home.",
        "The school's worries were not shared with the GP.",
    )

    def build(doc):
        doc.add("cover", "Stockport Safeguarding Children Partnership")
        doc.add("title", "EMERGING LEARNING: CHILD K")
        doc.add("cover", "Issued: Spring term 2023")
        doc.add("p", "The review has not yet finished.")
        doc.add("h1", "EMERGING LEARNING")
        for n, text in enumerate(learned, 1):
            doc.add("runin", text, label=f"Emerging learning {n}:")

    meta = {"title": "Emerging learning: Child K", "review_type": "briefing", "published": "2023"}
    for lessons in _both(tmp_path, fmt, build, **meta):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("learning_point", f"Emerging learning {n}", text) for n, text in enumerate(learned, 1)
        ]


# --- a paragraph broken mid-sentence, its second half opening with a lesson's label ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_in_lower_case_going_on_with_a_broken_sentence_is_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc, fmt)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("h1", "Postscript (June 2023)")
        doc.add("p", "Recommendations 1 and 2 have been completed and closed by the partners. Work on")
        doc.add("p", "recommendation 3 continues.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]
