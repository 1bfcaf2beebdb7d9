"""Ingest tests: the lesson classes blind held-out set 17 left to the last (C423, C425, C429, C433, C438,
C456), each on a document the test lays out itself.

A report that numbers every paragraph ("3.2", in a margin column or opening the paragraph) and heads each
lesson "Learning point N: title": the number is never the label, the section's numbered introduction no
lesson. A kicker ("KEY LEARNING 2" in small type) above a lesson's heading: its label. Numbers printed
alone (or in circles) over each recommendation: their labels. A heading wholly in curly quotes: the title
without them. A bare label over a title that opens with a kind's word ("Learning that is not new"): the
title of that label. Scans: a label's number run into its word ("FINDING2", "FINDINGI"), a labelled
heading at a page's foot with its text overleaf, a list's "1." read as another digit and "2." as letters.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the scans are laid out line by line. The texts are written for these
tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, numbered_recommendations, partnership_cover

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons

# Lessons written for these tests (not the corpus's words).
TITLES = ("Letters nobody opened", "The grandmother's view", "Weekends without a plan")
BODIES = (
    "The optician wrote to the school twice about the boy's sight and neither letter reached his class teacher.",
    "Nobody asked the grandmother, who collected the children every day, what she saw at home in the evenings.",
    "Every crisis came on a Saturday, when the only service open was the out-of-hours team, who knew nothing.",
)
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
    "Children's social care should agree a weekend plan with every family on a child protection plan.",
)
META = {
    "title": "Child Safeguarding Practice Review: Child N",
    "area": "Rutland",
    "region": "East Midlands",
    "review_type": "LCSPR",
    "published": "2024-03",
    "child": "Child N",
    "child_age": "",
    "author": "Rosamund Achterberg",
}
NARRATIVE = (
    "The partnership agreed that the case met the criteria for a local child safeguarding practice review.",
    "The boy lived with his mother and two sisters and spent most afternoons at his grandmother's house.",
)
RECOMMENDED = [("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS, 1)]


def _cover(doc) -> None:
    partnership_cover(doc, META, "Rutland Safeguarding Children Partnership", "Published March 2024")


def _recommendations(doc) -> None:
    numbered_recommendations(doc, ASKS)


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _titled(kind: str, label) -> list[tuple[str, str, str, str]]:
    return [(kind, label(n), title, f"{title} {body}") for n, (title, body) in enumerate(zip(TITLES, BODIES), 1)]


# --- paragraph numbers through the report, under labelled lesson headings --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where", ["margin", "inline"])
def test_a_reports_paragraph_numbers_are_no_labels_of_its_labelled_lessons(tmp_path, fmt, where):
    def para(number: str, text: str):
        if where == "margin":
            return ("sidehead", "", (number, "", text))
        return ("p", f"{number} {text}", ())

    def build(doc):
        _cover(doc)
        sections = [
            ("Introduction", [NARRATIVE[0]]),
            ("Background", [NARRATIVE[1]]),
        ]
        for s, (heading, texts) in enumerate(sections, 1):
            doc.add("h1", heading)
            for k, text in enumerate(texts, 1):
                kind, text_, cells = para(f"{s}.{k}", text)
                doc.add(kind, text_, cells=cells)
        doc.add("h1", "Learning")
        kind, text_, cells = para("3.1", "Each point of learning is set out under its own heading below.")
        doc.add(kind, text_, cells=cells)
        for n, (title, body) in enumerate(zip(TITLES, BODIES), 1):
            doc.add("h2", f"Learning point {n}: {title}")
            kind, text_, cells = para(f"3.{n + 1}", body)
            doc.add(kind, text_, cells=cells)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *_titled("learning_point", lambda n: f"Learning point {n}"),
            *((k, lab, "", text) for k, lab, _, text in RECOMMENDED),
        ]


def test_numbered_paragraphs_of_a_learning_section_without_labelled_headings_keep_their_numbers(tmp_path):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", f"1.1 {NARRATIVE[0]}")
        doc.add("p", f"1.2 {NARRATIVE[1]}")
        doc.add("h1", "Learning")
        for n, body in enumerate(BODIES, 1):
            doc.add("p", f"2.{n} {body}")
        _recommendations(doc)

    for lessons in _both(tmp_path, "txt", build):
        assert [(l.label, l.text) for l in lessons[:3]] == [(f"2.{n}", body) for n, body in enumerate(BODIES, 1)]


# --- a kicker above a lesson's heading ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize("kicker,label", [("KEY LEARNING", "Key learning"), ("FINDING", "Finding")])
def test_a_kicker_in_small_type_above_a_heading_is_its_lessons_label(tmp_path, fmt, kicker, label):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Background")
        doc.add("p", NARRATIVE[1])
        doc.add("h1", "What the review found")
        for n, (title, body) in enumerate(zip(TITLES, BODIES), 1):
            doc.add("small", f"{kicker} {n}")
            doc.add("h2", title)
            doc.add("p", body)
        _recommendations(doc)

    kind = "finding" if kicker == "FINDING" else "learning_point"
    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *_titled(kind, lambda n: f"{label} {n}"),
            *((k, lab, "", text) for k, lab, _, text in RECOMMENDED),
        ]


# --- numbers printed alone over each recommendation ------------------------------------------------------------------


# (the PDF writer's fonts have no circled digits)
@pytest.mark.parametrize("fmt,marks", [(f, "123") for f in FORMATS] + [(f, "①②③") for f in ("docx", "html", "txt")])
def test_numbers_printed_alone_over_recommendations_are_their_labels(tmp_path, fmt, marks):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, body) in enumerate(zip(TITLES, BODIES), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", body)
        doc.add("h1", "What needs to happen")
        for mark, ask in zip(marks, ASKS):
            doc.add("h3", mark)
            doc.add("p", ask)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *_titled("finding", lambda n: f"Finding {n}"),
            *RECOMMENDED,
        ]


# --- a heading wholly in curly quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_in_curly_quotes_titles_its_lesson_without_them(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Background")
        doc.add("p", NARRATIVE[1])
        doc.add("h1", "What we learned")
        for title, body in zip(TITLES, BODIES):
            doc.add("h2", f"\u201c{title}\u201d")
            doc.add("p", body)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *_titled("learning_point", lambda n: ""),
            *((k, lab, "", text) for k, lab, _, text in RECOMMENDED),
        ]


# --- a bare label over a title opening with a kind's word ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_opening_with_a_kinds_word_under_a_bare_label_is_still_its_title(tmp_path, fmt):
    titles = ("Learning that is not new", "Recommendations that were never tracked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, body) in enumerate(zip(titles, BODIES), 1):
            doc.add("h2", f"Finding {n}")
            doc.add("h2", title)
            doc.add("p", body)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(("finding", f"Finding {n}", t, f"{t} {b}") for n, (t, b) in enumerate(zip(titles, BODIES), 1)),
            *((k, lab, "", text) for k, lab, _, text in RECOMMENDED),
        ]


# --- scans: labels run into their numbers, a heading at a page's foot, a list's misread numbers ------------------


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


@pytest.mark.parametrize("glued", [("FINDINGI", "FINDING2"), ("Findingl", "Finding2")])
def test_a_scanned_label_run_into_its_number_over_its_title_line_labels_the_lesson(glued):
    lines = [(60.0, "Findings")]
    for mark, title, body in zip(glued, TITLES, BODIES):
        lines += [(60.0, mark), (60.0, title.upper()), (60.0, body)]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
        ("finding", f"Finding {n}", t.upper(), f"{t.upper()} {b}")
        for n, (t, b) in enumerate(zip(TITLES[:2], BODIES[:2]), 1)
    ]


def test_a_scanned_labelled_heading_at_a_pages_foot_keeps_its_title_apart_from_the_text_overleaf():
    pages = [
        _scan(
            1,
            [
                (60.0, "Findings"),
                (60.0, f"Finding 1: {TITLES[0]}"),
                (60.0, BODIES[0]),
                (60.0, f"Finding 2: {TITLES[1]}"),
            ],
        ),
        _scan(2, [(60.0, BODIES[1]), (60.0, "Recommendations"), (60.0, f"1. {ASKS[0]}")]),
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
        *_titled("finding", lambda n: f"Finding {n}")[:2],
        ("recommendation", "1", "", ASKS[0]),
    ]


@pytest.mark.parametrize("first,second", [("4.", "pe"), ("7.", "ze")])
def test_a_scanned_lists_first_number_read_as_another_digit_and_its_second_as_letters(first, second):
    lines = [
        (60.0, "Recommendations"),
        (61.5, f"{first} {ASKS[0]}"),
        (60.8, f"{second} {ASKS[1]}"),
        (61.9, f"3. {ASKS[2]}"),
    ]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), a) for n, a in enumerate(ASKS, 1)
    ]


@pytest.mark.parametrize("marks", [("'.", "Ds", "3:"), ("1,", "Zo", "'3")])
def test_a_scanned_list_none_of_whose_numbers_were_read_is_numbered_in_order(marks):
    lines = [(60.0, "Recommendations")] + [
        (60.5 + n, f"{mark} {ask}") for n, (mark, ask) in enumerate(zip(marks, ASKS))
    ]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), a) for n, a in enumerate(ASKS, 1)
    ]


def test_scanned_paragraphs_opening_with_short_words_and_no_digit_of_their_place_are_no_list():
    lines = [
        (60.0, "Recommendations"),
        (60.0, f"By March the partners should have agreed a plan. {BODIES[0]}"),
        (60.0, f"In May the Board will review it again. {BODIES[1]}"),
    ]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert all(not l.label for l in lessons)


@pytest.mark.parametrize("mark", ["'2", "'."])
def test_a_scanned_lists_first_number_read_as_a_quote_and_a_digit_is_given_back(mark):
    lines = [(60.0, "Recommendations"), (60.5, f"{mark} {ASKS[0]}"), (61.0, f"2. {ASKS[1]}"), (61.0, f"3. {ASKS[2]}")]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), a) for n, a in enumerate(ASKS, 1)
    ]
