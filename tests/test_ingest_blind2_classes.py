"""Ingest tests: the classes blind held-out set 2 (C60-C80) found the extractor missing,
each on a document the test lays out itself.

Two-column "What we found / What we will do" tables, questions to the Board as
recommendations, findings counted out of the total with a title line, titles run
into bullets after a dash, numbered stems with lettered parts, "Learning point:"
run in after a paragraph's narrative, three-level numbered paragraphs closing in
"Learning:", definition lists of findings, row references whose letters name the
kind, theme cells as titles, addressee lines naming the lead agency, and day-first
dotted or month-and-year dates. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) or by hand, and read back through
the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.metadata import parse_date
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import FINDINGS, META, RECS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


NARRATIVE = "The family moved to the area when the baby was four weeks old and registered with a GP."


# --- "What we found | What we will do" -----------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_what_we_found_what_we_will_do_table_gives_a_finding_and_a_recommendation_a_row(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What we found and what we will do")
        doc.add("header", cells=("What we found", "What we will do"))
        # the second row's commitment is the longer cell: the header, not the length, says which is which
        doc.add("row", cells=(FINDINGS[0][1], RECS[0][0]))
        doc.add("row", cells=("Nobody brought the pieces together.", RECS[1][0]))

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text, l.agency) for l in review.lessons] == [
        ("finding", FINDINGS[0][1], ""),
        ("recommendation", RECS[0][0], ""),
        ("finding", "Nobody brought the pieces together.", ""),
        ("recommendation", RECS[1][0], ""),
    ]


# --- questions to the Board --------------------------------------------------------------

QUESTIONS = (
    "How does the Board know that the voice of children who do not speak is sought and recorded?",
    "What assurance can the Board have that adult services share what they know about a household?",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_questions_for_the_board_are_recommendations_and_questions_for_practitioners_are_not(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {FINDINGS[0][0]}")
        doc.add("p", FINDINGS[0][1])
        doc.add("h3", "Questions for the Board")
        for q in QUESTIONS:
            doc.add("bullet", q)
        doc.add("h1", "Questions for practitioners to reflect on")
        doc.add("bullet", "How do you make sure you see and hear the child when you visit?")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("finding", f"{FINDINGS[0][0]} {FINDINGS[0][1]}"),
        *[("recommendation", q) for q in QUESTIONS],
    ]


# --- "Finding 2 of 4" and a title line ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_finding_counted_out_of_the_total_takes_the_line_under_it_as_its_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for j, (title, body) in enumerate(FINDINGS[:2], 1):
            doc.add("p", f"Finding {j} of 2")
            doc.add("p", title)
            doc.add("p", body)

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons] == [
        ("finding", f"Finding {j}", title, f"{title} {body}") for j, (title, body) in enumerate(FINDINGS[:2], 1)
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_labelled_title_line_heads_the_paragraph_under_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for j, (title, body) in enumerate(FINDINGS[:2], 1):
            doc.add("p", f"Finding {j}: {title}")
            doc.add("p", body)

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.title, l.text) for l in review.lessons] == [
        (f"Finding {j}", title, f"{title} {body}") for j, (title, body) in enumerate(FINDINGS[:2], 1)
    ]


# --- a title run into a bullet after a dash --------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_a_bullet_opening_with_a_title_and_a_dash_keeps_the_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What we learned")
        for title, body in FINDINGS[:2]:
            doc.add("bullet", f"{title} \u2013 {body[:1].upper()}{body[1:]}")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.title) for l in review.lessons] == [("learning_point", t) for t, _ in FINDINGS[:2]]


# --- a numbered stem with lettered parts ----------------------------------------------------

PARTS = ("audit how bruising protocols are used;", "report to the Board within six months.")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_numbered_stem_and_its_lettered_parts_are_one_recommendation(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("num", "The Partnership should:", label="1.")
        for letter, part in zip("ab", PARTS):
            doc.add("num", part, label=f"{letter})")
        doc.add("num", RECS[1][0], label="2.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("recommendation", "1", "The Partnership should: " + " ".join(PARTS)),
        ("recommendation", "2", RECS[1][0]),
    ]


# --- "Learning point:" run in after the narrative ------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "html"])
def test_a_learning_point_run_in_after_a_paragraphs_narrative_is_the_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis of practice")
        doc.add("h2", "The weeks before the incident")
        for _, body in FINDINGS[:2]:
            doc.add("p", f"{NARRATIVE} Learning point: {body[:1].upper()}{body[1:]}")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("learning_point", f"{b[:1].upper()}{b[1:]}") for _, b in FINDINGS[:2]
    ]


# --- three-level numbered paragraphs ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_only_the_learning_paragraph_of_a_three_level_numbered_analysis_is_a_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "4. Analysis")
        for n, (title, body) in enumerate(FINDINGS[:2], 1):
            doc.add("h2", f"4.{n} {title}")
            doc.add("p", f"4.{n}.1 {NARRATIVE}")
            doc.add("p", f"4.{n}.2 Learning: {body[:1].upper()}{body[1:]}")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("learning_point", f"4.{n}.2", f"{b[:1].upper()}{b[1:]}") for n, (_, b) in enumerate(FINDINGS[:2], 1)
    ]


# --- a definition list of findings -----------------------------------------------------------


def test_a_definition_list_under_what_the_review_found_gives_titled_findings(tmp_path):
    items = "".join(f"<dt>{t}</dt><dd>{b[:1].upper()}{b[1:]}</dd>" for t, b in FINDINGS[:2])
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><main><h1>Serious Case Review: Child S</h1>"
        '<p>Published on <time datetime="2012-03-03">3 March 2012</time></p>'
        f"<h2>About this review</h2><p>{NARRATIVE}</p>"
        f"<h2>What the review found</h2><dl>{items}</dl>"
        "<h2>What we have done</h2><ul><li>Briefed the learning to practitioners.</li></ul>"
        "</main></body></html>",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("finding", t, f"{t} {b[:1].upper()}{b[1:]}") for t, b in FINDINGS[:2]
    ]


# --- row references and theme cells -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_row_reference_whose_letters_name_the_kind_gives_that_kind(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "3. Learning identified")
        doc.add("header", cells=("Ref", "Learning, good practice and recommendations"))
        doc.add("row", cells=("L1", FINDINGS[0][1]))
        doc.add("row", cells=("GP1", "The GP recognised that the bruise was significant and referred the same day."))
        doc.add("row", cells=("R1", RECS[0][0]))

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label) for l in review.lessons] == [
        ("learning_point", "L1"),
        ("good_practice", "GP1"),
        ("recommendation", "R1"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_theme_cell_beside_the_learning_is_the_lessons_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary of learning")
        doc.add("header", cells=("Ref.", "Theme", "Learning identified"))
        for j, (title, body) in enumerate(FINDINGS[:2], 1):
            doc.add("row", cells=(f"L{j}", title, f"{body[:1].upper()}{body[1:]}"))

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.title, l.text) for l in review.lessons] == [
        (f"L{j}", t, f"{t} {b[:1].upper()}{b[1:]}") for j, (t, b) in enumerate(FINDINGS[:2], 1)
    ]


# --- addressee lines ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_an_addressee_line_names_the_lead_agency_of_the_recommendations_under_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "To the Integrated Care Board:")
        doc.add("num", RECS[0][0], label="1.")
        doc.add("p", "To all partner agencies:")
        doc.add("num", RECS[1][0], label="2.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text, l.agency) for l in review.lessons] == [
        ("recommendation", RECS[0][0], "Integrated Care Board"),
        ("recommendation", RECS[1][0], "All partner agencies"),
    ]


# --- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, iso",
    [
        ("Date of publication: 08.02.2021", "2021-02-08"),
        ("Date of publication: 06/2025", "2025-06"),
        ("Published 3 March 2012", "2012-03-03"),
    ],
)
def test_day_first_dotted_dates_and_a_month_in_figures_are_read(printed, iso):
    assert parse_date(printed) == iso


# --- the Welsh Child Practice Review template ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_practice_review_template_gives_learning_effective_practice_and_actions_not_its_instructions(tmp_path, fmt):
    good = "The multi-agency chronology compiled by the MASH was thorough and used well at the strategy discussion."

    def build(doc):
        cover(doc)
        doc.add("h1", "2. Practice and organisational learning")
        doc.add("p", "Identify each individual learning point arising in this case, with a brief outline of it.")
        for title, body in FINDINGS[:2]:
            doc.add("h2", title)
            doc.add("p", f"{body[:1].upper()}{body[1:]}")
        doc.add("h2", "Effective practice")
        doc.add("bullet", good)
        doc.add("h1", "3. Improving Systems and Practice")
        doc.add("p", "In order to promote the learning from this case the following actions were identified:")
        for j, (rec, _) in enumerate(RECS, 1):
            doc.add("num", rec, label=f"{j}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.title) for l in review.lessons] == [
        ("learning_point", FINDINGS[0][0]),
        ("learning_point", FINDINGS[1][0]),
        ("good_practice", ""),
        ("recommendation", ""),
        ("recommendation", ""),
    ]


# --- a practice issue box between chronology paragraphs -------------------------------------------


def test_a_practice_issue_box_in_smaller_type_is_a_finding_and_the_narrative_after_it_is_not(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis")
        doc.add("p", NARRATIVE)
        for j, (title, body) in enumerate(FINDINGS[:2], 1):
            doc.add("box", f"{body[:1].upper()}{body[1:]}", label=f"Practice issue {j}: {title}")
            doc.add("p", "Staff agreed to keep a close eye on the child and to record any further concerns.")

    review = _review(tmp_path, "pdf", build)
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons] == [
        ("finding", f"Practice issue {j}", t, f"{t} {b[:1].upper()}{b[1:]}") for j, (t, b) in enumerate(FINDINGS[:2], 1)
    ]


# --- a single-agency action plan --------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_single_agency_action_plan_gives_its_agency_to_every_recommendation_not_the_officer_or_action(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Sefton Safeguarding Children Partnership")
        doc.add("title", "Police: Single Agency Action Plan - Serious Case Review Child T")
        doc.add("cover", "Completed by: Kevin Doherty, Head of Safeguarding")
        doc.add("cover", "Published: 3 December 2014")
        doc.add("pagebreak")
        doc.add("h1", "3. Action plan")
        doc.add("header", cells=("Rec.", "Recommendation", "Specific action", "Responsible officer", "Target date"))
        for j, (rec, _) in enumerate(RECS, 1):
            doc.add("row", cells=(str(j), rec, "Brief every team", "Named safeguarding lead", "March 2015"))

    meta = {
        **META,
        "title": "Police: Single Agency Action Plan - Serious Case Review Child T",
        "author": "Kevin Doherty",
    }
    review = _review(tmp_path, fmt, build, meta)
    assert [(l.text, l.agency) for l in review.lessons] == [(rec, "Police") for rec, _ in RECS]
    assert review.author == "Kevin Doherty"
    assert review.area == "Sefton"  # "Police: ..." before a colon is no partnership field


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_the_chair_of_a_rapid_review_is_its_author(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Bury Safeguarding Children Partnership")
        doc.add("title", "Rapid Review Report: Child AB")
        doc.add("cover", "Chair of the rapid review: Dr Sarah Whitlock")
        doc.add("cover", "Published: October 2024")
        doc.add("pagebreak")
        doc.add("h1", "Recommendations")
        doc.add("num", RECS[0][0], label="1.")

    review = _review(tmp_path, fmt, build, {**META, "title": "Rapid Review Report: Child AB"})
    assert (review.author, review.published) == ("Dr Sarah Whitlock", "2024-10")


# --- the cover's whole title ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "printed, title",
    [
        (
            "Local Child Safeguarding Practice Review: Child L: Overview Report",
            "Local Child Safeguarding Practice Review: Child L: Overview Report",
        ),
        ("SERIOUS CASE REVIEW: FREYA: EXECUTIVE SUMMARY", "Serious Case Review: Freya: Executive Summary"),
    ],
)
@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_the_cover_title_is_read_whole_with_the_part_it_names(tmp_path, fmt, printed, title):
    def build(doc):
        doc.add("cover", "Coventry Safeguarding Children Partnership")
        doc.add("title", printed)
        doc.add("cover", "Independent author: Priya Menon")
        doc.add("cover", "Date of publication: 06/2025")
        doc.add("pagebreak")
        doc.add("h1", "Recommendations")
        doc.add("num", RECS[0][0], label="1.")

    review = _review(tmp_path, fmt, build, {**META, "title": printed, "author": "Priya Menon"})
    assert (review.title, review.published) == (title, "2025-06")


def test_a_bare_review_title_still_loses_its_overview_report_subtitle():
    from ingest.metadata import _clean_title

    assert _clean_title("Serious Case Review: Overview Report") == "Serious Case Review"


# --- titles that lost their heading's look -----------------------------------------------------------


def test_a_plain_title_line_among_headed_lessons_heads_the_next_lesson(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis and learning")
        doc.add("h2", FINDINGS[0][0])
        doc.add("p", f"{FINDINGS[0][1][:1].upper()}{FINDINGS[0][1][1:]}")
        doc.add("p", FINDINGS[1][0])  # set like body text, not like the heading above
        doc.add("p", f"{FINDINGS[1][1][:1].upper()}{FINDINGS[1][1][1:]}")

    review = _review(tmp_path, "docx", build)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("learning_point", t, f"{t} {b[:1].upper()}{b[1:]}") for t, b in FINDINGS[:2]
    ]


# --- a row the reader split on its own page ------------------------------------------------------------


def test_the_rest_of_a_cell_in_lower_case_in_the_cells_column_goes_on_with_its_row_on_the_same_page():
    from ingest.layout import Block
    from ingest.lessons import segment_lessons

    def row(ref, title, text):
        return Block("row", f"{ref} | {title} | {text}", 3, 3, size=9.5, cells=(ref, title, text))

    body = [Block("para", NARRATIVE, 3, 3, size=10.5, x0=68.0) for _ in range(3)]
    blocks = [
        Block("heading", "Appendix 2: Summary of learning", 3, 3, level=1, size=15.5, x0=68.0),
        *body,
        Block(
            "row", "Ref. | Theme | Learning identified", 3, 3, size=9.5, cells=("Ref.", "Theme", "Learning identified")
        ),
        row("L1", "Learning that is not new", "Many of the issues in this review have appeared in earlier reviews in"),
        Block("para", "this area and nationally, and the Partnership needs to know why.", 3, 3, size=9.5, x0=226.0),
        row("L2", FINDINGS[0][0], f"{FINDINGS[0][1][:1].upper()}{FINDINGS[0][1][1:]}"),
    ]
    lessons = segment_lessons(blocks)
    assert [(l.label, l.title, l.text) for l in lessons] == [
        (
            "L1",
            "Learning that is not new",
            "Learning that is not new Many of the issues in this review have appeared in earlier reviews in "
            "this area and nationally, and the Partnership needs to know why.",
        ),
        ("L2", FINDINGS[0][0], f"{FINDINGS[0][0]} {FINDINGS[0][1][:1].upper()}{FINDINGS[0][1][1:]}"),
    ]
