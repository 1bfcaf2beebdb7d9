"""Ingest tests: the classes blind held-out set 11 (C223-C240) found the extractor missing, each on
a document the test lays out itself.

Matters a review puts to national bodies after its local recommendations, commendations of good
practice, explainer boxes defining a term between the findings, a foreword welcoming the review,
good practice run in after the service it speaks of, and scans that lose a list's bullets over a
page, wrap a heading's last word onto a taller line or lose the first number of a list. Documents
are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read
back through the real readers; the scans are laid out as OCR reports their lines. The texts are
written for these tests only.
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
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The dental practice noticed the untreated decay twice and sent only a standard letter to the family.",
    "Staff at the nursery recorded that the toddler arrived hungry on most Mondays but nobody added up the entries.",
    "The lodger's criminal record was known to probation but was never linked to the address the children lived at.",
)
TITLES = ("Decay seen but not acted on", "Hunger on Mondays", "A lodger nobody checked")
ASKS = (
    "The Partnership should agree with dental practices how missed treatment is raised as a possible neglect concern.",
    "Early years settings should review their records each month for patterns of hunger or poor care.",
)
NATIONAL = (
    "The Home Office should consider how checks on adults who rent rooms in family homes can be made routinely.",
    "NHS England should set a national expectation that dental neglect is recorded where GPs can see it.",
)
PRAISE = (
    "The school family worker visited every week during the summer holidays and kept the children's routine going.",
    "The out of hours social worker went to the home that night instead of waiting for the morning.",
    "The specialist nurse for looked after children arranged the health assessment within a week of the move.",
)
META11 = {
    "title": "Local Child Safeguarding Practice Review: Child L",
    "area": "Wokingham",
    "region": "South East",
    "review_type": "LCSPR",
    "published": "2023-03",
    "child": "Child L",
    "child_age": "",
    "author": "Ottilie Brennan",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META11)[0])


def _findings(doc) -> None:
    doc.add("h1", "Findings")
    for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
        doc.add("h2", f"Finding {n}: {title}")
        doc.add("p", text)


# --- matters put to national bodies after the local recommendations --------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading,code",
    [
        ("Issues for national consideration", "N"),
        ("Matters for the attention of government", "G"),
        ("National considerations", "NC"),
    ],
)
def test_matters_for_national_bodies_after_the_recommendations_are_recommendations(tmp_path, fmt, heading, code):
    def build(doc):
        cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations for the safeguarding partners")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("h1", heading)
        doc.add("p", "Some of what the review found cannot be put right by local partners alone.")
        for n, ask in enumerate(NATIONAL, 1):
            doc.add("runin", ask, label=f"{code}{n}", bold_label=fmt != "txt")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text")[2:] == [
        ("recommendation", "1", ASKS[0]),
        ("recommendation", "2", ASKS[1]),
        ("recommendation", f"{code}1", NATIONAL[0]),
        ("recommendation", f"{code}2", NATIONAL[1]),
    ]


# --- commendations: good practice the review commends ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Commendations", "5. Commendations", "Practice the review commends"])
def test_commendations_are_good_practice(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        _findings(doc)
        doc.add("h1", heading)
        doc.add("p", "The reviewer commends the following, which made a real difference to the children:")
        for n, text in enumerate(PRAISE, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert [(k, t) for k, _, t in _rows(review, "kind", "label", "text")[2:]] == [
        *(("good_practice", text) for text in PRAISE),
        *(("recommendation", ask) for ask in ASKS),
    ]


def test_a_heading_of_recommendations_and_commendations_is_still_recommendations():
    from ingest.lesson_cues import zone_kind

    assert zone_kind("Recommendations and commendations") == "recommendation"
    assert zone_kind("Commendations") == "good_practice"


# --- explainer boxes defining a term between the findings -----------------------------------------------

EXPLAINERS = (
    ("What is a core group?", "The practitioners and family members who carry out a child protection plan day to day."),
    (
        "What does \u2018significant harm\u2019 mean?",
        "The threshold in the Children Act 1989 that justifies compulsory intervention in family life.",
    ),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_explainer_box_between_findings_is_no_lesson_nor_part_of_one(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text, (question, answer)) in enumerate(zip(TITLES, SEEN, EXPLAINERS), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
            doc.add("box", answer, label=question)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("finding", f"{title} {text}") for title, text in zip(TITLES[:2], SEEN[:2])),
        *(("recommendation", ask) for ask in ASKS),
    ]


def test_questions_about_the_case_are_no_explainers():
    from ingest.lesson_text_cues import explainer

    assert explainer("What is early help?")
    assert explainer("What are MARACs?")
    for question in ("What is the learning?", "What is known about the issue?", "What was the impact on the child?"):
        assert explainer(question) is None


# --- a foreword welcoming the review --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Foreword", "A message from the Independent Chair"])
def test_a_foreword_welcoming_the_review_holds_no_lessons(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", heading)
        doc.add(
            "p",
            "As chair of the partnership I am grateful to the family for taking part. The partners have accepted "
            "every recommendation and I will ask each agency to report on what has changed within a year.",
        )
        doc.add("p", "Marcus Ellwood, Independent Chair, March 2023")
        _findings(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert [k for k, _ in _rows(review, "kind", "text")] == ["finding", "finding", "recommendation", "recommendation"]
    assert not any("grateful" in l.text or "Ellwood" in l.text for l in review.lessons)


# --- good practice run in after the service it speaks of --------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_good_practice_run_in_after_a_service_or_the_agencies_together(tmp_path, fmt):
    leads = ("Domestic abuse service:", "Health visitors:", "Multi-agency working:")

    def build(doc):
        cover(doc)
        doc.add("h1", "Good practice")
        doc.add("p", "The review saw good practice by several services:")
        for lead, text in zip(leads, PRAISE):
            doc.add("runin", text, label=lead, bold_label=fmt != "txt")
        _findings(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text", "agency")[:3] == [
        ("good_practice", PRAISE[0], "Domestic abuse service"),
        ("good_practice", PRAISE[1], "Health visitors"),
        ("good_practice", PRAISE[2], ""),  # the agencies together: no one agency
    ]


# --- scans: bullets lost over a page, a heading's wrapped last word, a list's lost first number --------------


def _scan(number: int, lines: list[tuple[float, str] | tuple[float, str, float]]) -> PageLayout:
    # OCR sizes come from line heights: one size for the body, another where given
    return PageLayout(
        number,
        tuple(
            TextLine(
                text=line[1],
                size=line[2] if len(line) > 2 else 12.5,  # type: ignore[misc]
                x0=line[0],
                x1=line[0] + 5.5 * len(line[1][:95]),
                top=80.0 + 22 * n,
                bottom=92.0 + 22 * n,
            )
            for n, line in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


def test_bullets_a_scan_lost_on_the_next_page_are_items_of_the_list():
    pages = [
        _scan(
            1,
            [
                (62.0, "Background"),
                (62.0, "The family moved into the area in the autumn and registered with a new practice."),
                (62.0, "Three agencies knew the family before the review period began."),
                (62.0, "The review met the practitioners twice and spoke with the children's father."),
                (62.0, "Key learning"),
                (62.0, f"\u2022 {SEEN[0]}"),
                (62.0, f"\u2022 {SEEN[1]}"),
            ],
        ),
        _scan(2, [(78.0, SEEN[2]), (78.0, PRAISE[0]), (62.0, "Recommendations"), (62.0, f"1. {ASKS[0]}")]),
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.text, l.page_start) for l in lessons] == [
        ("learning_point", SEEN[0], 1),
        ("learning_point", SEEN[1], 1),
        ("learning_point", SEEN[2], 2),
        ("learning_point", PRAISE[0], 2),
        ("recommendation", ASKS[0], 2),
    ]


def test_a_heading_whose_last_word_a_scan_set_apart_is_one_heading_and_a_list_from_2_lost_its_first_number():
    pages = [
        _scan(
            1,
            [
                (62.0, "Cover"),
                (62.0, "Lessons to be learned"),
                (63.0, f"lI {SEEN[0]}"),  # "1." read as letters
                (63.0, f"2. {SEEN[1]}"),
                (63.0, f"3. {SEEN[2]}"),
                (62.0, "Recommendations for the Bracknell Forest Safeguarding Children"),
                (62.0, "Partnership", 16.5),
                (62.0, f"1. {ASKS[0]}"),
                (62.0, f"2. {ASKS[1]}"),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label) for l in lessons] == [
        ("learning_point", "1"),
        ("learning_point", "2"),
        ("learning_point", "3"),
        ("recommendation", "1"),
        ("recommendation", "2"),
    ]
    assert [l.text for l in lessons][1:] == [SEEN[1], SEEN[2], ASKS[0], ASKS[1]]
    assert lessons[0].text.endswith(SEEN[0])
