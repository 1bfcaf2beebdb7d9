"""Ingest tests: the classes the second half of blind held-out set 15 (C367-C384) found the extractor
missing, each on a document the test lays out itself.

A learning event's outcomes counted as run-in "Outcome N:" paragraphs under a list of who attended
(the attendees no lessons); a systems finding's evidence question run into the narrative under it ("How did
the issue manifest in this case? ...", no lesson); issues put to the Board ("Issue N.", recommendations); a
significant event's analysis in run-in parts of which only "What has been learned:" is a lesson (untitled by
the event's dated caption); an appreciative review's "What went well:" (good practice) and "Even better if:"
(learning) under each agency's heading, opened by one sentence (no lesson); the actions agreed under each recommendation ("Actions agreed by the
panel:" over "Action 1.1: ..." bullets, no lessons); a letter's bullets after a request for assurance ("The Panel
would welcome your assurance on the following:", recommendations); an audit's table graded by area of
practice ("Area of practice | Grade | Finding": rows graded good are good practice); an annual report's
priorities for the coming year and its budget after its learning from reviews (no lessons); strengths counted
as run-in "Strength N." paragraphs (good practice, so labelled; the sentence opening them no lesson);
recommendations named for the report or agencies that made them ("Overview recommendations", "Individual
Management Review recommendations") and the agencies' names over theirs, printed like the text (a scan); a
rapid review's record of the tasks its meeting agreed ("Section 5: Actions agreed": "X to do Y", no
recommendations, though an ask among them is one).
Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers. The texts are written for these
tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.extract import read_blocks
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document

COLUMN_WIDTHS.setdefault("t15bgrade", ((0.22, 0.16, 0.62), False))

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The school nurse heard about the burns twice but the health record held no note of either visit.",
    "Nobody asked the older cousin what evenings were like at home, although she was the one who phoned.",
    "Each agency assumed the housing officer would pass on the notice to quit and none of them checked.",
)
ASKS = (
    "The Partnership should publish one pathway for school nurses recording concerns about injuries.",
    "Children's social care should speak with every relative who raises a concern before closing a plan.",
)
META15 = {
    "title": "Local Child Safeguarding Practice Review: Child W",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child W",
    "child_age": "",
    "author": "Rosalind Thackeray",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _both(tmp_path, fmt, build, meta=None):
    """The review's lessons, and those the rules alone find (the learned stages may otherwise make up
    for a section the rules missed)."""
    path = write_document(tmp_path, fmt, build, meta or META15)[0]
    return extract_review(path).lessons, segment_lessons(read_blocks(path))


def _asks(doc):
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


# --- a learning event: who attended (no lessons), then "Outcome N:" run-in paragraphs --------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attended", ["Who attended", "Who took part", "Agencies represented"])
def test_outcomes_of_a_learning_event_are_its_learning_and_the_attendees_none(tmp_path, fmt, attended):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "Background")
        doc.add("p", "Child W lived with her mother and two cousins in a flat above a shop.")
        doc.add("h1", "The practitioners' day")
        doc.add("p", "Staff who knew the family met with the reviewer for a day in the spring.")
        doc.add("h2", attended)
        for who in ("Police: two response officers", "Health: the school nurse", "Housing: a tenancy officer"):
            doc.add("bullet", who)
        doc.add("h2", "What the day concluded")
        doc.add("p", "By the close, those present agreed the learning below:")
        for n, text in enumerate(SEEN, 1):
            doc.add("runin", text, label=f"Outcome {n}:", bold_label=fmt != "txt")
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", f"Outcome {n}", text) for n, text in enumerate(SEEN, 1)),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- a systems finding's evidence question run into its narrative; issues put to the Board -------------------

TITLES = ("Burns nobody wrote down", "A cousin never asked", "A notice to quit nobody followed")
STORY = "Staff at the practitioners' day recalled a fortnight when every service expected someone else to call."


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "question",
    [
        "How did the issue manifest in this case?",
        "How did the finding present in this case?",
        "How did this pattern play out?",
    ],
)
def test_an_evidence_question_run_into_its_narrative_is_no_lesson(tmp_path, fmt, question):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "The findings")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
            doc.add("runin", STORY, label=question, bold_label=fmt != "txt")
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("finding", f"Finding {n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(TITLES, SEEN), 1)
            ),
            *(("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS, 1)),
        ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Issues for the Board", "Matters for the safeguarding partners"])
def test_issues_put_to_the_board_are_recommendations(tmp_path, fmt, heading):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "The findings")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", heading)
        for n, ask in enumerate(ASKS, 1):
            doc.add("runin", ask, label=f"Issue {n}.", bold_label=fmt != "txt")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title) for l in lessons] == [
            *(("finding", f"Finding {n}", title) for n, title in enumerate(TITLES, 1)),
            *(("recommendation", f"Issue {n}", "") for n in range(1, len(ASKS) + 1)),
        ]
        assert [l.text for l in lessons[len(TITLES) :]] == list(ASKS)


# --- a significant event's analysis: only its run-in "What has been learned:" part is a lesson --------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cue", ["What has been learned:", "What was learnt:", "Learning identified:"])
def test_what_was_learned_from_each_event_is_learning(tmp_path, fmt, cue):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "Background")
        doc.add("p", "Child W lived with her mother and two cousins in a flat above a shop.")
        doc.add("h1", "Analysis of key episodes")
        doc.add("p", "Three episodes were chosen. Each is set out in the same parts.")
        for n, (month, text) in enumerate(zip(("January 2021", "May 2021", "August 2021"), SEEN), 1):
            doc.add("h2", f"Key episode {n}: {month}")
            doc.add(
                "runin",
                "A concern was raised with the school and written on the log.",
                label="What happened:",
                bold_label=fmt != "txt",
            )
            doc.add(
                "runin",
                "The duty worker was covering two teams that week.",
                label="Why it happened:",
                bold_label=fmt != "txt",
            )
            doc.add("runin", text, label=cue, bold_label=fmt != "txt")
            doc.add(
                "runin",
                "The service has rewritten its guidance on repeat concerns.",
                label="What has changed:",
                bold_label=fmt != "txt",
            )
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", "", text) for text in SEEN),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- an appreciative review by agency: "What went well:" and "Even better if:" under each agency's heading ------

GOOD = (
    "The officer who took the call went back the next day to speak with the child on her own.",
    "The school nurse kept the appointment slot open all term so the girl could drop in after lessons.",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading",
    ["What went well and what would have been even better", "What worked well, and what would have helped more"],
)
def test_what_went_well_and_even_better_if_under_agency_headings(tmp_path, fmt, heading):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "Background")
        doc.add("p", "Child W lived with her mother and two cousins in a flat above a shop.")
        doc.add("h1", heading)
        doc.add("p", "Each service said what it was proud of and what would have made its work with the family better.")
        for agency, good, text in zip(("Police", "Health"), GOOD, SEEN):
            doc.add("h2", agency)
            doc.add("runin", good, label="What went well:", bold_label=fmt != "txt")
            doc.add("runin", text, label="Even better if:", bold_label=fmt != "txt")
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            ("good_practice", GOOD[0]),
            ("learning_point", SEEN[0]),
            ("good_practice", GOOD[1]),
            ("learning_point", SEEN[1]),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- the actions agreed under each recommendation ("Actions agreed by the panel:" then "Action 1.1: ...") ---------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lead_in", ["Actions agreed by the panel:", "Steps agreed with the partners:", "Actions to be taken:"]
)
def test_actions_agreed_under_a_recommendation_are_no_lessons(tmp_path, fmt, lead_in):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "The findings")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", "Recommendations and what will be done")
        for n, ask in enumerate(ASKS, 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)
            doc.add("p", lead_in)
            doc.add("bullet", f"Action {n}.1: the safeguarding lead to write a one-page note for front door staff.")
            doc.add("bullet", f"Action {n}.2: the quality group to check the change has held after a year.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label) for l in lessons] == [
            *(("finding", f"Finding {n}") for n in range(1, len(TITLES) + 1)),
            *(("recommendation", f"Recommendation {n}") for n in range(1, len(ASKS) + 1)),
        ]
        assert [l.text for l in lessons[len(TITLES) :]] == list(ASKS)


# --- a letter asking for assurance on what its bullets list ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lead_in",
    [
        "The Panel would welcome your assurance on the following:",
        "We would like assurance from the partners that:",
        "The Panel seeks the partnership's assurance on these points:",
    ],
)
def test_bullets_after_a_request_for_assurance_are_recommendations(tmp_path, fmt, lead_in):
    def build(doc):
        doc.add("cover", "12 May 2022")
        doc.add("title", "Our reply to your rapid review about Child W")
        doc.add("p", "Dear Halton Safeguarding Children Partnership,")
        doc.add("p", "Thank you for sending us your rapid review. The Panel met last week and read it closely.")
        doc.add("p", "The Panel noted this learning from your rapid review:")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("p", lead_in)
        for ask in ASKS:
            doc.add("bullet", ask)
        doc.add("p", "Yours sincerely,")
        doc.add("p", "Chair of the national review panel")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("learning_point", text) for text in SEEN[:2]),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- an audit's table graded by area of practice: rows graded good are good practice ------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "header,good,poor",
    [
        (("Area of practice", "Grade", "Finding"), "Good", "Requires improvement"),
        (("Theme", "Judgement", "What the audit found"), "Outstanding", "Inadequate"),
    ],
)
def test_rows_an_audit_grades_good_are_good_practice(tmp_path, fmt, header, good, poor):
    rows = (
        ("Early help", good, GOOD[0]),
        ("Assessment", poor, SEEN[0]),
        ("Health", good, GOOD[1]),
        ("Planning", poor, SEEN[1]),
    )

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", "Multi-agency case audit: neglect of teenagers")
        doc.add("cover", "Audit lead: Rosalind Thackeray")
        doc.add("h1", "Scope")
        doc.add("p", "Ten children's records were read by auditors from four agencies over two days.")
        doc.add("h1", "Audit findings")
        doc.add("header", cells=header, label="t15bgrade")
        for row in rows:
            doc.add("row", cells=row, label="t15bgrade")
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        # (the area's cell titles its row's lesson, as in any table whose first column names a theme)
        assert [(l.kind, l.title, l.text) for l in lessons] == [
            *((kind, area, f"{area} {text}") for kind, (area, _, text) in zip(("good_practice", "finding") * 2, rows)),
            *(("recommendation", "", ask) for ask in ASKS),
        ]


# --- an annual report: its learning from the year's reviews, then its priorities and budget (no lessons) -----------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("priorities", ["3. Priorities for the coming year", "3. Our priorities", "3. Looking ahead"])
def test_an_annual_reports_priorities_and_budget_are_no_lessons(tmp_path, fmt, priorities):
    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", "Halton Safeguarding Children Partnership: annual report 2021 to 2022")
        doc.add("cover", "Published 30 September 2022")
        doc.add("h1", "1. A word from the partners")
        doc.add("p", "This has been a year of steady progress, and we thank every practitioner for their work.")
        doc.add("h1", "2. Learning from reviews this year")
        for child, texts in (("Child S", SEEN[:2]), ("Child V", SEEN[2:])):
            doc.add("h2", f"The review about {child}")
            doc.add("p", "What we learned:")
            for text in texts:
                doc.add("bullet", text)
        doc.add("h1", priorities)
        doc.add("bullet", "Bring the neglect toolkit into every team's supervision by the spring.")
        doc.add("bullet", "Hear from more young people about the help they get after school.")
        doc.add("h1", "4. Budget")
        doc.add("p", "The three partners paid equal shares, as in the year before.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("learning_point", text) for text in SEEN]


# --- strengths counted as run-in "Strength N." paragraphs, opened by one sentence ----------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["Strength {n}.", "Practice strength {n}:"])
def test_counted_strengths_are_labelled_good_practice(tmp_path, fmt, label):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "Background")
        doc.add("p", "Child W lived with her mother and two cousins in a flat above a shop.")
        doc.add("h1", "Strengths in practice")
        doc.add("p", "There was practice here that the partnership can be proud of.")
        for n, good in enumerate(GOOD, 1):
            doc.add("runin", good, label=label.format(n=n), bold_label=fmt != "txt")
        _asks(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("good_practice", label.format(n=n).rstrip(".:"), good) for n, good in enumerate(GOOD, 1)),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- recommendations named for the report or agency that made them, printed without a heading's look --------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "overview,agencies",
    [
        ("4. Overview recommendations", "5. Individual Management Review recommendations"),
        ("4. Overview report recommendations", "5. Single-agency recommendations"),
    ],
)
def test_recommendations_named_for_their_source_head_them_without_a_headings_look(tmp_path, fmt, overview, agencies):
    def build(doc):
        cover(doc, "Halton Safeguarding Children Partnership")
        doc.add("h1", "3. Key findings")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("p", overview)  # printed like the text: only its words say it is a heading
        doc.add("num", ASKS[0], label="1.")
        doc.add("p", agencies)
        doc.add("p", "Police")
        doc.add("num", ASKS[1], label="1.")
        doc.add("p", "Health")
        doc.add("num", "The hospital trust should record every child's injury on the safeguarding log.", label="1.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.agency) for l in lessons] == [
            *(("finding", "") for _ in SEEN),
            ("recommendation", ""),
            ("recommendation", "Police"),
            ("recommendation", "Health"),
        ]
        assert lessons[3].text == ASKS[0] and lessons[4].text == ASKS[1]


# --- a rapid review's record of the actions its meeting agreed: tasks assigned, no recommendations -----------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Section 5: Actions agreed", "6. Agreed actions"])
def test_tasks_a_meeting_agreed_are_no_recommendations(tmp_path, fmt, heading):
    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", "Rapid review: Child W")
        doc.add("runin", "4 March 2022", label="Date submitted to the national Panel:")
        doc.add("h1", "Section 3: Immediate learning identified")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h1", "Section 4: Good practice identified")
        for good in GOOD:
            doc.add("bullet", good)
        doc.add("h1", heading)
        doc.add("bullet", "Each agency's safeguarding lead to brief their staff on this learning within a month.")
        doc.add("bullet", "The business manager to send this record to the national Panel.")
        doc.add("bullet", "The Partnership should check at its next meeting that every briefing has taken place.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("learning_point", text) for text in SEEN),
            *(("good_practice", good) for good in GOOD),
            ("recommendation", "The Partnership should check at its next meeting that every briefing has taken place."),
        ]
