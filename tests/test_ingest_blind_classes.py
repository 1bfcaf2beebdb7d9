"""Ingest tests: the classes blind held-out set 1 (C37-C53) found the extractor missing,
each on a document the test lays out itself.

Conclusions that end in the recommendation they lead to, numbered titles over
bullets, call-out boxes, key practice episode tables, footnotes in small type,
question sub-headings under a labelled theme, action plan rows that are not
headers, a sentence's end that closes two pages, and the metadata forms behind
them. Documents are written by the conventions corpus's writers (reportlab
PDF, python-docx, HTML, text) and read back through the real readers; the
texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.clean import remove_furniture
from ingest.layout import PageLayout, TextLine
from ingest.metadata import parse_date
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import FINDINGS, RECS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


# --- a conclusion that ends in its recommendation ----------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_conclusion_ending_in_a_numbered_recommendation_is_a_finding_and_that_recommendation(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Background")
        doc.add("p", "The family moved to the area when the baby was four weeks old and registered with a GP.")
        doc.add("h1", "Conclusions")
        doc.add("p", "The review has reached the following conclusions, each with its recommendation.")
        for j, ((_, finding), (rec, _)) in enumerate(zip(FINDINGS, RECS), 1):
            doc.add("p", f"{finding} {rec} (Recommendation {j})")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("finding", "", FINDINGS[0][1]),
        ("recommendation", "Recommendation 1", RECS[0][0]),
        ("finding", "", FINDINGS[1][1]),
        ("recommendation", "Recommendation 2", RECS[1][0]),
    ]


def test_a_conclusion_pointing_to_a_recommendation_the_review_prints_is_no_lesson(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Conclusions")
        doc.add("p", f"{FINDINGS[0][1]} {RECS[0][0]} (Recommendation 1)")
        doc.add("h1", "Recommendations")
        for j, (rec, _) in enumerate(RECS, 1):
            doc.add("runin", rec, label=f"Recommendation {j}:")

    review = _review(tmp_path, "pdf", build)
    assert [(l.label, l.text) for l in review.lessons] == [
        (f"Recommendation {j}", r) for j, (r, _) in enumerate(RECS, 1)
    ]


# --- numbered titles over bullets ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_numbered_title_with_bullets_under_it_is_one_lesson(tmp_path, fmt):
    points = [
        (title, [f"{body.split(',')[0]}.", "Nobody brought the pieces together in one place."])
        for title, body in FINDINGS
    ]

    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning")
        for i, (title, bullets) in enumerate(points, 1):
            doc.add("num", title, label=f"{i}.")
            for sentence in bullets:
                doc.add("subbullet", sentence)
        doc.add("h1", "Recommendations")
        for j, (rec, _) in enumerate(RECS, 1):
            doc.add("num", rec, label=f"{j}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons] == [
        ("learning_point", str(i), title, " ".join([title, *bullets])) for i, (title, bullets) in enumerate(points, 1)
    ] + [("recommendation", str(j), "", rec) for j, (rec, _) in enumerate(RECS, 1)]


# --- call-out boxes ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_call_out_boxes_between_episodes_give_their_kind_and_a_reflective_question_none(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis of practice")
        for i, (_, body) in enumerate(FINDINGS[:2], 1):
            doc.add("h2", f"Key practice episode {i}")
            doc.add("p", "A strategy discussion was held by telephone between the police and children's social care.")
            doc.add("box", body, label="Practice point")
        doc.add("box", "The school nurse kept offering appointments until the child came.", label="Good practice")
        doc.add("box", "When did you last ask who else lives in a baby's home?", label="Reflective question")
        doc.add("h1", "Recommendations")
        doc.add("num", RECS[0][0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("learning_point", FINDINGS[0][1]),
        ("learning_point", FINDINGS[1][1]),
        ("good_practice", "The school nurse kept offering appointments until the child came."),
        ("recommendation", RECS[0][0]),
    ]


# --- key practice episode tables --------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_key_practice_episode_table_gives_its_analysis_and_learning_column(tmp_path, fmt):
    happened = "The health visitor called at the home twice and was told the baby was asleep upstairs."

    def build(doc):
        cover(doc)
        doc.add("h1", "Key practice episodes")
        doc.add("p", "The table below sets out each episode, what happened and what the review learned from it.")
        doc.add("header", cells=("Key practice episode", "What happened", "Analysis and learning"), label="kpe")
        for i, (_, body) in enumerate(FINDINGS, 1):
            doc.add("kperow", cells=(f"KPE {i}: Episode {i}", happened, body))

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [("learning_point", body) for _, body in FINDINGS]


# --- footnotes -------------------------------------------------------------------------


def test_numbered_notes_in_small_type_at_the_foot_of_a_page_are_no_part_of_a_lesson(tmp_path):
    notes = ("HM Government (2018) Working Together to Safeguard Children.", "Local procedures, section 4.")

    def build(doc):
        doc.footnote_space = 42
        cover(doc)
        doc.add("h1", "Good practice")
        for i, (_, body) in enumerate(FINDINGS[:2]):
            doc.add("fnp", body, label=f"{i + 1}|{body.split(',')[0]}|{notes[i]}")

    review = _review(tmp_path, "pdf", build)
    assert [l.kind for l in review.lessons] == ["good_practice", "good_practice"]
    assert all("Working Together" not in l.text and "procedures" not in l.text for l in review.lessons)
    assert review.lessons[0].text.startswith(FINDINGS[0][1].split(",")[0])


# --- question sub-headings under a labelled theme ---------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx"])
def test_question_sub_headings_under_a_learning_theme_give_the_finding_and_its_recommendation(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning themes")
        for i, ((title, body), (rec, _)) in enumerate(zip(FINDINGS, RECS), 1):
            doc.add("h2", f"Learning theme {i}: {title}")
            doc.add("h3", "What happened?")
            doc.add("p", "The family was visited at home on three occasions over the summer months.")
            doc.add("h3", "Why did it matter?")
            doc.add("p", body)
            doc.add("h3", "What needs to change?")
            doc.add("p", rec)

    review = _review(tmp_path, fmt, build)
    want = []
    for i, ((title, body), (rec, _)) in enumerate(zip(FINDINGS, RECS), 1):
        want += [("finding", f"Learning theme {i}", title, f"{title} {body}"), ("recommendation", "", "", rec)]
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons] == want


# --- action plans ------------------------------------------------------------------------


def test_an_action_row_naming_a_multi_agency_action_and_a_date_is_not_a_table_header(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    rows = [[Paragraph(h, styles["Heading5"]) for h in ("No.", "Recommendation", "Action", "Lead", "By when", "RAG")]]
    for j, (text, agency) in enumerate(RECS, 1):
        rows.append([Paragraph(c, body) for c in (str(j), text, "Brief the teams", agency, "March 2023", "Amber")])
        rows.append(["", "", Paragraph("Multi-agency audit", body), "", Paragraph("September 2023", body), ""])
    table = Table(rows, colWidths=[40, 250, 200, 150, 80, 50])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Sefton Safeguarding Children Partnership: action plan", styles["Title"]), table]
    )
    review = extract_review(path)
    assert [(l.label, l.text, l.agency) for l in review.lessons] == [(str(j), t, a) for j, (t, a) in enumerate(RECS, 1)]


# --- page furniture ------------------------------------------------------------------------


def _line(text: str, top: float) -> TextLine:
    return TextLine(text=text, size=10, x0=70, x1=500, top=top, bottom=top + 10)


def test_a_sentence_end_that_closes_two_pages_is_body_text_and_a_running_footer_is_not():
    pages = [
        PageLayout(
            number=n,
            width=595,
            height=842,
            lines=(
                _line("Sefton Safeguarding Children Partnership", 20),
                _line(f"Body text of page {n} goes on to the foot of the page where the sentence", 400),
                _line("ends with the last few words of the review.", 800),
                _line("Child Q - full report", 825),
            ),
            positional=True,
        )
        for n in (1, 2, 3)
    ]
    kept = [[l.text for l in p.lines] for p in remove_furniture(pages)]
    assert all("ends with the last few words of the review." in page for page in kept)
    assert not any(
        "Child Q - full report" in page or "Sefton Safeguarding Children Partnership" in page for page in kept
    )


# --- metadata --------------------------------------------------------------------------------


def test_an_author_ends_with_the_sentence_but_not_at_a_title_of_address():
    from ingest.metadata import _area, _author

    line = "Lead reviewer: {}. Sefton Safeguarding Children Partnership."
    for name in ("Ruth Abbott", "Mrs. Ruth Abbott", "Dr. R. Abbott", "Prof. Ruth Abbott"):
        assert (_author(line.format(name)), _area(line.format(name))) == (name, "Sefton")


def test_an_ocr_letter_l_for_a_one_in_a_date_is_read_as_the_digit():
    assert parse_date("Date of publication: lst June 2010") == "2010-06-01"
    assert parse_date("published l4 May 2012") == "2012-05-14"
    assert parse_date("I visited in 2012") == "2012"


@pytest.mark.parametrize("year,want", [("2014", "SCR"), ("2021", "LCSPR")])
def test_a_review_titled_by_its_method_takes_its_type_from_its_year_and_a_sentence_ends_the_author(
    tmp_path, year, want
):
    meta = {
        "title": "Significant Incident Learning Process Review: Child Q",
        "area": "Sefton",
        "region": "North West",
        "review_type": want,
        "published": year,
        "child": "Child Q",
        "child_age": "",
        "author": "Ruth Abbott",
    }

    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", f"Published {year}. Lead reviewer: Ruth Abbott. Sefton Safeguarding Children Partnership.")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {FINDINGS[0][0]}")
        doc.add("p", FINDINGS[0][1])

    review = _review(tmp_path, "html", build, meta)
    assert (review.review_type, review.author, review.area) == (want, "Ruth Abbott", "Sefton")


def test_a_cover_title_that_ends_in_respect_of_goes_on_to_the_next_line(tmp_path):
    meta = {
        "title": "Serious Case Review Overview Report in respect of Child Q",
        "area": "Sefton",
        "region": "North West",
        "review_type": "SCR",
        "published": "2012",
        "child": "Child Q",
        "child_age": "",
        "author": "Ruth Abbott",
    }

    def build(doc):
        doc.add("cover", "Sefton Local Safeguarding Children Board")
        doc.add("h1", "Serious Case Review Overview Report in respect of")
        doc.add("p", "Child Q")
        doc.add("cover", "Date of publication: 8th February 2012")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {FINDINGS[0][0]}")
        doc.add("p", FINDINGS[0][1])

    review = _review(tmp_path, "pdf", build, meta)
    assert review.title == meta["title"]
    assert review.published == "2012-02-08"


# --- table cells --------------------------------------------------------------------------


def _plan_pdf(path, rows, widths, padding=6):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cells = [[Paragraph(c, styles["BodyText"]) if c else "" for c in row] for row in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [
            Paragraph("Sefton Safeguarding Children Partnership: action plan", styles["Title"]),
            Paragraph(
                "The Sefton Safeguarding Partnership agreed this plan with the Integrated Care Board.",
                styles["BodyText"],
            ),
            table,
        ]
    )
    return extract_review(path)


def test_a_word_a_narrow_cell_breaks_anywhere_is_joined_when_the_document_prints_it_whole(tmp_path):
    rows = [("No.", "Recommendation", "Lead", "RAG")] + [
        (str(j), text, "Safeguarding Partnership", "Amber") for j, (text, _) in enumerate(RECS, 1)
    ]
    review = _plan_pdf(tmp_path / "narrow.pdf", rows, [40, 380, 62, 60])
    assert [(l.text, l.agency) for l in review.lessons] == [(t, "Safeguarding Partnership") for t, _ in RECS]


def test_a_line_laid_across_two_table_columns_is_cut_where_the_second_column_starts(tmp_path):
    rows = [("No.", "Recommendation", "Action", "Lead", "By when", "RAG")]
    for j, (text, _) in enumerate(RECS, 1):
        rows.append((str(j), text, "Brief the teams", "All partner agencies", "March 2023", "Red"))
        rows.append(("", "", "Audit twenty cases", "", "June 2023", ""))
    review = _plan_pdf(tmp_path / "tight.pdf", rows, [30, 300, 120, 104, 80, 40], padding=1)
    assert [(l.text, l.agency) for l in review.lessons] == [(t, "All partner agencies") for t, _ in RECS]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt", "html"])
def test_lead_agency_and_timescale_lines_under_a_recommendation_are_its_fields(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for j, (rec, agency) in enumerate(RECS, 1):
            doc.add("h2", f"Recommendation {j}")
            doc.add("p", rec)
            doc.add("p", f"Lead agency: {agency}")
            doc.add("p", "Timescale: within six months")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text, l.agency) for l in review.lessons] == [
        (f"Recommendation {j}", rec, agency) for j, (rec, agency) in enumerate(RECS, 1)
    ]


def test_markdown_headings_in_a_text_file_are_headings(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "Learning review: Child Q\n\nSefton Safeguarding Children Partnership\n\nPublished: March 2021\n\n"
        "## Findings\n\n"
        + "\n\n".join(f"### {title}\n\n{body}" for title, body in FINDINGS)
        + "\n\n## Recommendations\n\n"
        + "\n".join(f"{j}) {rec}" for j, (rec, _) in enumerate(RECS, 1))
        + "\n",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert review.title == "Learning review: Child Q"
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("finding", title, f"{title} {body}") for title, body in FINDINGS
    ] + [("recommendation", "", rec) for rec, _ in RECS]


def test_numbered_rows_without_a_header_are_one_recommendation_each(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    rows = [
        [Paragraph(str(j), styles["BodyText"]), Paragraph(rec, styles["BodyText"])]
        for j, (rec, _) in enumerate(RECS, 1)
    ]
    path = tmp_path / "rows.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("Learning review: Child Q", styles["Title"]),
            Paragraph("Recommendations", styles["Heading1"]),
            Table(rows, colWidths=[40, 400]),
        ]
    )
    review = extract_review(path)
    assert [(l.label, l.text) for l in review.lessons] == [(str(j), rec) for j, (rec, _) in enumerate(RECS, 1)]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_why_it_matters_sub_heading_under_a_finding_gives_its_text_and_what_happened_none(tmp_path, fmt):
    narrative = "The family was visited at home on three occasions over the summer months."

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for i, (title, body) in enumerate(FINDINGS, 1):
            doc.add("h2", f"Finding {i}: {title}")
            doc.add("h3", "What happened")
            doc.add("p", narrative)
            doc.add("h3", "Why it matters")
            doc.add("p", body)

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("finding", f"Finding {i}", f"{title} {body}") for i, (title, body) in enumerate(FINDINGS, 1)
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_paragraphs_opened_by_their_kind_and_a_sentence_counting_the_lessons(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary of learning")
        for _, body in FINDINGS:
            doc.add("runin", body, label="Learning:")
        doc.add("h1", "Recommendations")
        doc.add("p", "The review makes two recommendations.")
        for rec, _ in RECS:
            doc.add("p", rec)

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [("learning_point", body) for _, body in FINDINGS] + [
        ("recommendation", rec) for rec, _ in RECS
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])  # the PDF writer's two-column rows are too narrow for whole words
def test_a_table_with_a_learning_column_and_a_recommendation_column_gives_two_lessons_a_row(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning and recommendations")
        doc.add("header", cells=("Learning point", "Recommendation"))
        for (_, body), (rec, _) in zip(FINDINGS, RECS):
            doc.add("row", cells=(body, rec))

    review = _review(tmp_path, fmt, build)
    want = []
    for (_, body), (rec, _) in zip(FINDINGS, RECS):
        want += [("learning_point", body, ""), ("recommendation", rec, "")]
    assert [(l.kind, l.text, l.agency) for l in review.lessons] == want


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_lower_case_bullets_under_a_numbered_recommendation_are_its_parts(tmp_path, fmt):
    parts = ("agree the change with the teams concerned", "audit twenty cases after six months")

    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for j, (rec, _) in enumerate(RECS, 1):
            doc.add("num", rec, label=f"{j}.")
            for part in parts:
                doc.add("subbullet", part)

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text) for l in review.lessons] == [
        (str(j), " ".join([rec, *parts])) for j, (rec, _) in enumerate(RECS, 1)
    ]
