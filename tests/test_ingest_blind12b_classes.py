"""Ingest tests: the classes the second half of blind held-out set 12 (C259-C276) found the extractor
missing, each on a document the test lays out itself.

Action-plan updates that print each recommendation with a table of its actions under it (the Lead
column naming its agency), and the other classes below. Documents are written by the conventions
corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers.
The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
ASKS = (
    "The Partnership should agree how school nurses learn of children who stop attending clinic appointments.",
    "Ambulance crews should pass on every call to a home where a baby lives and an adult is intoxicated.",
    "Housing providers should tell children's services when a family with a child under one is evicted.",
)
LEADS = ("Safeguarding partners", "Ambulance trust", "Housing")
SEEN = (
    "The dental practice noticed the untreated decay twice and sent only a standard letter to the family.",
    "Staff at the nursery recorded that the toddler arrived hungry on most Mondays but nobody added up the entries.",
    "The lodger's criminal record was known to probation but was never linked to the address the children lived at.",
)
META12 = {
    "title": "Local Child Safeguarding Practice Review: Child W",
    "area": "Torbay",
    "region": "South West",
    "review_type": "LCSPR",
    "published": "2024-02",
    "child": "Child W",
    "child_age": "",
    "author": "Perpetua Lindqvist",
}
FORMATS = ["pdf", "docx", "html", "txt"]
COLUMN_WIDTHS.update({"t12bact": ((0.2, 0.4, 0.2, 0.2), False)})


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META12)[0])


# --- an action plan's table of actions under each recommendation ------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "header",
    [("Lead agency", "Action", "Timescale", "RAG"), ("Owner", "Actions agreed", "By when", "Progress")],
)
def test_an_action_table_under_a_recommendation_gives_its_lead_and_no_lessons(tmp_path, fmt, header):
    def build(doc):
        cover(doc)
        doc.add("h1", "Progress against the recommendations")
        for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)
            doc.add("header", cells=header, label="t12bact")
            doc.add("row", cells=(lead, "Write a short guide and send it to every team.", "March 2024", "Green"),
                    label="t12bact")  # fmt: skip
            doc.add("row", cells=(lead, "Check in an audit that the guide is used.", "June 2024", "Amber"),
                    label="t12bact")  # fmt: skip

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text", "agency") == [
        ("recommendation", f"Recommendation {n}", ask, lead) for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1)
    ]


# --- a box of the case's facts before the lessons -----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("caption", ["Key facts", "The review in brief"])
def test_a_box_of_the_cases_facts_is_no_lesson(tmp_path, fmt, caption):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Seven-minute briefing: Child W")
        doc.add(
            "box",
            "Subject: Child W. Age at the time: 3 years. Type of review: rapid review. Lead reviewer: Perpetua "
            "Lindqvist. Date: February 2024.",
            label=caption,
        )
        doc.add("h1", "What happened")
        doc.add("p", "Child W lived with her mother and two older brothers and was known to early help.")
        doc.add("h1", "What we learnt")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("learning_point", text) for text in SEEN]


# --- a training handout's task for the room between its lessons ----------------------------------------------


TITLES = ("Decay seen but not acted on", "Hunger on Mondays", "A lodger nobody checked")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("caption,as_box", [("Group activity", True), ("Exercise 2", False), ("Over to you", True)])
def test_a_training_task_between_the_lessons_is_no_lesson(tmp_path, fmt, caption, as_box):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning for practice")
        for title, text in zip(TITLES, SEEN):
            doc.add("h2", title)
            doc.add("p", text)
        task = "In small groups, note who held each piece of the picture and who could have joined it up."
        if as_box:
            doc.add("box", task, label=caption)
        else:
            doc.add("h2", caption)
            doc.add("p", task)
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title") == [
        *(("learning_point", title) for title in TITLES),
        *(("recommendation", "") for _ in ASKS),
    ]


# --- a page's date set as a heading under its title ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("dated", ["Last updated: 4 March 2023", "Published 12/01/2024", "Date of issue - June 2022"])
def test_a_date_line_set_as_a_heading_is_no_lessons_title(tmp_path, fmt, dated):
    def build(doc):
        doc.add("title", "Torbay Safeguarding Children Partnership")
        doc.add("h1", "Learning from local case reviews")
        doc.add("h2", dated)
        doc.add("p", "This page gathers what the partnership's recent reviews taught us; each links to its report.")
        for n, child in enumerate(("Child W", "Child X"), 1):
            doc.add("h2", f"Rapid review: {child}")
            doc.add("p", "What the review found:")
            doc.add("bullet", SEEN[n - 1])
        doc.add("p", "Questions about a review go to the business unit.")

    review = _review(tmp_path, fmt, build)
    assert [(l.title, l.text) for l in review.lessons] == [("", SEEN[0]), ("", SEEN[1])]


# --- good practice an inspection found working, and a letter thanking practitioners for it ----------------------

PRAISE = (
    "The school family worker visited every week during the summer holidays and kept the children's routine going.",
    "The out of hours social worker went to the home that night instead of waiting for the morning.",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["What inspectors saw was working well", "Where practice is working well"])
def test_what_an_inspection_found_working_well_is_good_practice(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", "About the inspection")
        doc.add("p", "Four inspectorates looked at how agencies responded to children at risk of neglect.")
        doc.add("h1", heading)
        for text in PRAISE:
            doc.add("bullet", text)
        doc.add("h1", "Areas for development")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("num", text, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("good_practice", text) for text in PRAISE),
        *(("finding", text) for text in SEEN[:2]),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Thank you for your practice with Child W", "Thank you for all the care you gave"])
def test_a_letter_thanking_practitioners_lists_good_practice(tmp_path, fmt, heading):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("p", "12 February 2024")
        doc.add("p", "Dear colleagues,")
        doc.add("title", heading)
        doc.add("p", "The rapid review about Child W is finished, and the reviewer asked us to pass on what stood out:")
        for text in PRAISE:
            doc.add("bullet", text)
        doc.add("p", "Please share this with your teams.")
        doc.add("p", "With thanks,")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("good_practice", text) for text in PRAISE]


# --- a one-minute guide's question headings: what the review found, what the reader needs to know --------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "found,know",
    [("What did the review find?", "What do I need to know?"), ("What have we found?", "What you need to know")],
)
def test_question_headings_name_findings_and_what_to_know(tmp_path, fmt, found, know):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Sixty-second guide: Child W")
        doc.add("h1", "What happened?")
        doc.add("p", "Child W was three when she was admitted to hospital with a head injury.")
        doc.add("h1", found)
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", know)
        for text in PRAISE:
            doc.add("bullet", text)
        doc.add("h1", "Where can I read more?")
        doc.add("p", "The full report is on the partnership's website.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("finding", text) for text in SEEN[:2]),
        *(("learning_point", text) for text in PRAISE),
    ]


# --- a poster whose title alone names its lessons, each a box headed by its title ------------------------------


# Plain text runs a box's caption into its first line, so its title is not set apart: not tested here.
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize(
    "title,kind", [("Baby W: what we learnt", "learning_point"), ("Child W - what we found", "finding")]
)
def test_a_posters_title_heads_the_boxed_lessons_under_it(tmp_path, fmt, title, kind):
    def build(doc):
        doc.add("title", title)
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        for heading, text in zip(TITLES, SEEN):
            doc.add("box", text, label=heading)
        doc.add("small", "Published 3 March 2024. Ask your safeguarding lead for the full report.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text") == [
        (kind, heading, f"{heading} {text}") for heading, text in zip(TITLES, SEEN)
    ]


# --- a scanned numbered list whose later numbers the OCR misread ------------------------------------------------


def _scan(number: int, lines: list[tuple[float, str]]) -> PageLayout:
    return PageLayout(
        number,
        tuple(
            TextLine(text=text, size=12.5, x0=x0, x1=x0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x0, text) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


@pytest.mark.parametrize("second,third", [("Zo", "38"), ("2.", "3,"), ("Q)", "Sy")])
def test_a_scanned_lists_misread_numbers_still_number_its_items(second, third):
    pages = [
        _scan(
            1,
            [
                (60.0, "Background"),
                (60.0, "The family moved into the area in the autumn and registered with a new practice."),
                (60.0, "Recommendations"),
                (61.5, f"1. {ASKS[0]}"),
                (60.8, f"{second} {ASKS[1]}"),
                (61.9, f"{third} {ASKS[2]}"),
                (60.0, "Next steps"),
                (60.0, "The partnership will report progress to the Executive in the spring."),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)
    ]


def test_a_paragraph_after_a_list_opening_with_a_short_word_is_no_item():
    pages = [
        _scan(
            1,
            [
                (60.0, "Recommendations"),
                (61.5, f"1. {ASKS[0]}"),
                (61.0, "An independent chair will report on progress to the Executive."),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.label, l.text) for l in lessons][0] == ("1", ASKS[0])
    assert all(not l.text.startswith("independent") for l in lessons)


# --- one agency's summary of its own learning: every lesson is that agency's ---------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,agency",
    [
        ("Ambulance service: summary of single-agency learning from the review of Child W", "Ambulance service"),
        ("Single agency learning summary - Early help service", "Early help service"),
    ],
)
def test_a_single_agencys_summary_gives_every_lesson_its_agency(tmp_path, fmt, title, agency):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: February 2024")
        doc.add("h1", "Introduction")
        doc.add("p", "Every agency that knew Child W looked at its own part; this is one agency's summary.")
        doc.add("h1", "Strengths")
        doc.add("bullet", PRAISE[0])
        doc.add("h1", "Areas for improvement")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", "Single-agency recommendations")
        doc.add("num", ASKS[1], label="1.")

    review = _review(tmp_path, fmt, build, {**META12, "title": title})
    assert _rows(review, "kind", "text", "agency") == [
        ("good_practice", PRAISE[0], agency),
        *(("learning_point", text, agency) for text in SEEN[:2]),
        ("recommendation", ASKS[1], agency),
    ]


# --- a paragraph answering a lesson or noting how to present it ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "note",
    [
        "Partnership response: A working group has met twice and will report in the autumn.",
        "Facilitator notes: Give the room five minutes to talk about a case of their own.",
    ],
)
def test_a_response_or_presenters_note_after_a_lesson_is_no_part_of_it(tmp_path, fmt, note):
    def build(doc):
        cover(doc)
        doc.add("h1", "Areas for improvement")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")
            doc.add("p", note)
        doc.add("h1", "Next steps")
        doc.add("p", "The partnership will publish an update in the spring.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("finding", text) for text in SEEN]
