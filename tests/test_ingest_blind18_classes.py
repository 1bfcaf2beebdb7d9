"""Ingest tests: the classes the first half of blind held-out set 18 (C457-C474) found the extractor
missing, each on a document the test lays out itself.

The inside of a labelled lesson: its own numbered points after a lead ending in a colon (never lessons of
their own); an epigraph quoted under its heading, a table with its caption and source line, and small
sub-headings naming the agencies (none of them part of it); a box of practitioners' words with the speaker
in brackets after it (never part of it); a paragraph opening with an earlier review's "Recommendation 3 of
..." (a reference inside the lesson, never a label); a box continued overleaf under "Learning point 2
(continued)"; a numbered item that goes on in unnumbered paragraphs; a plain text's note markers "[3]" and
the notes after the text; a plain text's paragraph wrapped so that a line opens with a label or a number.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read
back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, numbered_recommendations, partnership_cover

# Lessons written for these tests (not the corpus's words).
TITLES = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")
SEEN = (
    "The optician noticed the boy could not see the board and wrote to the school, which filed the letter.",
    "The childminder saw bruises on two Mondays running and accepted that the toddler had fallen at soft play.",
    "Nobody asked the grandmother, who collected the children every day, what she saw at home.",
)
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
)
META = {
    "title": "Local Child Safeguarding Practice Review: Child M",
    "area": "Rutland",
    "region": "East Midlands",
    "review_type": "LCSPR",
    "published": "2024-03",
    "child": "Child M",
    "child_age": "",
    "author": "Imogen Hartley",
}
RECOMMENDED = [("recommendation", f"{n}", "", ask) for n, ask in enumerate(ASKS, 1)]
FOUND = [("finding", f"Finding {n}", title, f"{title} {text}") for n, (title, text) in enumerate(zip(TITLES, SEEN), 1)]


def _cover(doc) -> None:
    partnership_cover(doc, META, "Rutland Safeguarding Children Partnership", "Published March 2024")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _findings(doc, middle) -> None:
    """Three "Finding N: title" headings over a paragraph each; `middle(doc)` lays out the second's inside."""
    doc.add("h1", "Findings")
    for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
        doc.add("h2", f"Finding {n}: {title}")
        if n == 2:
            middle(doc)
        else:
            doc.add("p", text)


def _rows(lessons):
    return [(l.kind, l.label, l.title, l.text) for l in lessons]


# --- a finding's own numbered points after its lead -----------------------------------------------------------

POINTS = (
    "Each agency saw a part of the picture.",
    "No one was asked to put the parts together.",
    "Visits were too short to read the history first.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_points_after_a_findings_lead_are_the_findings_own(tmp_path, fmt):
    lead = "Practitioners gave three reasons why this happened:"
    closing = "None of the three is peculiar to this family."

    def middle(doc):
        doc.add("p", f"{SEEN[1]} {lead}")
        for k, point in enumerate(POINTS, 1):
            doc.add("num", point, label=f"{k}.")
        doc.add("p", closing)

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    whole = " ".join([TITLES[1], SEEN[1], lead, *POINTS, closing])
    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [FOUND[0], ("finding", "Finding 2", TITLES[1], whole), FOUND[2], *RECOMMENDED]


# --- an epigraph, a table and agency sub-headings inside a finding ------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_epigraph_under_a_findings_heading_is_no_part_of_it(tmp_path, fmt):
    def middle(doc):
        doc.add(
            "small",
            "\u201cWe each thought someone else was keeping an eye.\u201d (health visitor at the learning event)",
        )
        doc.add("p", SEEN[1])

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*FOUND, *RECOMMENDED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_with_its_caption_and_source_inside_a_finding_is_no_part_of_it(tmp_path, fmt):
    figures = "The nursery recorded 14 absences in the spring term. Only 3 of them (21%; see Table 1) were followed up."

    def middle(doc):
        doc.add("p", figures)
        doc.add("small", "Table 1: Absences recorded by each setting")
        doc.add("header", cells=("Setting", "Absences", "Followed up"))
        doc.add("row", cells=("Nursery", "14", "3"))
        doc.add("row", cells=("Total", "14", "3"))
        doc.add("small", "Source: the nursery's attendance register.")
        doc.add("p", SEEN[1])

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    whole = f"{TITLES[1]} {figures} {SEEN[1]}"
    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [FOUND[0], ("finding", "Finding 2", TITLES[1], whole), FOUND[2], *RECOMMENDED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_agency_sub_headings_inside_a_finding_are_left_out_and_their_paragraphs_kept(tmp_path, fmt):
    lead = "Each agency knew something the others did not."
    parts = (
        ("Police", "The police knew that the lodger had a conviction for violence."),
        ("Education", "The school knew that the boy had stopped eating his lunch."),
    )

    def middle(doc):
        doc.add("p", lead)
        for head, text in parts:
            doc.add("h3", head)
            doc.add("p", text)

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    whole = " ".join([TITLES[1], lead, *(text for _, text in parts)])
    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [FOUND[0], ("finding", "Finding 2", TITLES[1], whole), FOUND[2], *RECOMMENDED]


# --- a box of practitioners' words, the speaker in brackets ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_box_of_voices_with_the_speaker_in_brackets_is_no_part_of_the_finding(tmp_path, fmt):
    def middle(doc):
        doc.add("p", SEEN[1])
        doc.add(
            "box",
            "\u201cWe were busy, and nobody stood back.\u201d (social worker)",
            label="What practitioners told us",
        )

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*FOUND, *RECOMMENDED]


# --- an earlier review's recommendation cited at the start of a finding's paragraph --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cited", ["Recommendation 4 of the review about Child D (2016) asked for the same.",
                                   "Finding 1 above shows the same gap at the school."])  # fmt: skip
def test_a_lessons_label_opening_a_sentence_is_a_reference_not_a_label(tmp_path, fmt, cited):
    def middle(doc):
        doc.add("p", SEEN[1])
        doc.add("p", cited)

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    whole = f"{TITLES[1]} {SEEN[1]} {cited}"
    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [FOUND[0], ("finding", "Finding 2", TITLES[1], whole), FOUND[2], *RECOMMENDED]


# --- a learning box continued overleaf ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_box_continued_overleaf_is_one_learning_point(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning")
        doc.add("p", "Each learning point is set in a box so that it can be lifted into a briefing.")
        doc.add("box", SEEN[0], label="Learning point 1")
        doc.add("box", SEEN[1], label="Learning point 2")
        doc.add("pagebreak")
        doc.add("box", SEEN[2], label="Learning point 2 (continued)")
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("learning_point", "Learning point 1", "", SEEN[0]),
            ("learning_point", "Learning point 2", "", f"{SEEN[1]} {SEEN[2]}"),
            *RECOMMENDED,
        ]


# --- a numbered item that goes on in unnumbered paragraphs ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_learning_item_goes_on_in_its_unnumbered_paragraphs(tmp_path, fmt):
    more = "This was the learning the practitioners thought most important."

    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning")
        doc.add("p", "The learning is numbered; some points need more than a sentence.")
        doc.add("num", SEEN[0], label="1.")
        doc.add("num", SEEN[1], label="2.")
        doc.add("num", more, label="")
        doc.add("num", SEEN[2], label="3.")
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("learning_point", "1", "", SEEN[0]),
            ("learning_point", "2", "", f"{SEEN[1]} {more}"),
            ("learning_point", "3", "", SEEN[2]),
            *RECOMMENDED,
        ]


# --- a text export's note markers and notes -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "docx", "html"])  # a PDF sets its markers raised, not in brackets
def test_a_note_marker_in_brackets_and_its_note_are_no_part_of_the_finding(tmp_path, fmt):
    marked = SEEN[1].replace("childminder", "childminder[2]", 1)

    def middle(doc):
        doc.add("p", marked)
        doc.add("small", "__________")
        doc.add("small", "[2] A registered childminder who looked after the toddler three days a week.")

    def build(doc):
        _cover(doc)
        _findings(doc, middle)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*FOUND, *RECOMMENDED]


# --- a plain text's paragraph wrapped onto a label or a number ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # wrapped at 78 so that "Learning 1." and "(iii)" open lines of their own
        "Earlier reviews raised the same worries, and this point is closely linked to "
        "Learning 1. The Partnership needs to know why earlier learning has not changed practice.",
        "The review saw this at three points: (i) when the family first moved into the county; (ii) when the "
        "school raised its concerns with the social worker; and (iii) when the case was closed.",
    ],
)
def test_a_plain_texts_paragraph_wrapped_onto_a_label_or_a_number_is_one_paragraph(tmp_path, text):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning")
        doc.add("h2", "Learning 1: Letters nobody read")
        doc.add("p", SEEN[0])
        doc.add("h2", "Learning 2: Old worries")
        doc.add("p", text)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, "txt", build):
        assert _rows(lessons) == [
            ("learning_point", "Learning 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
            ("learning_point", "Learning 2", "Old worries", f"Old worries {text}"),
            *RECOMMENDED,
        ]
