"""Ingest tests: the classes blind held-out set 4 (C98-C115) found the extractor missing, each on
a document the test lays out itself.

Word files with their mark-up left in (tracked insertions and deletions, numbers in SEQ fields),
recommendations numbered to three levels with lettered or roman parts under a stem, learning set in
bold inside a narrative paragraph, e-mail bulletins quoted with "> ", theme cells of appendix tables,
action plans' "By whom" columns, and the metadata of document-control tables, dates in words, tabbed
web pages and key-messages briefings. Documents are written by the conventions corpus's writers
(reportlab PDF, python-docx, HTML, text), by python-docx directly or by hand, and read back through
the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys
import textwrap

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
FOUND = (
    "The dentist saw untreated decay in every visit but never asked why the appointments kept lapsing.",
    "The grandmother collected the children every day but nobody checked that she had agreed to care for them.",
)
ASKS = (
    "The Partnership should publish guidance on dental neglect for school nurses and dentists.",
    "Schools should record who collects each child when the named carer changes.",
)
META4 = {
    "title": "Local Child Safeguarding Practice Review: Child M",
    "area": "Lancashire",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2021-06",
    "child": "Child M",
    "child_age": "",
    "author": "Tomasz Nowak",
}
NARRATIVE = "The family lived above a shop on the high street and the children walked to school alone."


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


# --- Word mark-up left in ------------------------------------------------------------------------------


def _w(xml: str) -> list:
    """The WordprocessingML elements of ``xml`` (a paragraph's children)."""
    from docx.oxml import parse_xml

    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return list(parse_xml(f'<w:p xmlns:w="{ns}">{xml}</w:p>'))


def test_tracked_changes_are_read_accepted_and_seq_field_numbers_as_shown(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Local Child Safeguarding Practice Review: Child T", level=0)
    document.add_heading("Findings", level=1)
    stamp = 'w:author="A" w:date="2024-01-01T00:00:00Z"'
    for n, (title, text) in enumerate(zip(("Dental neglect", "Who cared for the children"), FOUND), 1):
        heading = document.add_heading("", level=2)
        heading.add_run("Finding ")
        heading._p.extend(
            _w(f'<w:fldSimple w:instr=" SEQ Finding \\* ARABIC "><w:r><w:t>{n}</w:t></w:r></w:fldSimple>')
        )
        heading.add_run(f": {title}")
        first, rest = text.split(" but ", 1)
        paragraph = document.add_paragraph()
        paragraph._p.extend(
            _w(
                f'<w:r><w:t xml:space="preserve">{first}</w:t></w:r>'
                f'<w:del w:id="{n}0" {stamp}><w:r><w:delText xml:space="preserve"> and said nothing</w:delText></w:r></w:del>'
                f'<w:ins w:id="{n}1" {stamp}><w:r><w:t xml:space="preserve"> but {rest}</w:t></w:r></w:ins>'
            )
        )
    document.add_heading("Recommendations", level=1)
    document.add_heading("Recommendation 1", level=2)
    document.add_paragraph()._p.extend(_w(f'<w:ins w:id="90" {stamp}><w:r><w:t>{ASKS[0]}</w:t></w:r></w:ins>'))
    document.add_heading("Recommendation 2", level=2)
    document.add_paragraph(ASKS[1])
    path = tmp_path / "review.docx"
    document.save(str(path))
    lessons = extract_review(path).lessons
    assert [(l.label, l.title, l.text) for l in lessons] == [
        # a heading's title opens its lesson's text, as the page prints it
        ("Finding 1", "Dental neglect", f"Dental neglect {FOUND[0]}"),
        ("Finding 2", "Who cared for the children", f"Who cared for the children {FOUND[1]}"),
        ("Recommendation 1", "", ASKS[0]),
        ("Recommendation 2", "", ASKS[1]),
    ]


# --- recommendations numbered to three levels -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("markers", [("(a)", "(b)"), ("(i)", "(ii)"), ("a)", "b)")])
def test_a_three_level_numbered_stem_and_its_lettered_or_roman_parts_are_one_recommendation(tmp_path, fmt, markers):
    parts = ("school nurses know how to raise dental neglect;", "dentists can refer to the early help hub.")

    def build(doc):
        cover(doc)
        doc.add("h1", "6. Recommendations")
        doc.add("h2", "6.1 Recommendations for the partnership")
        doc.add("num", "The Partnership should be assured that:", label="6.1.1")
        for marker, part in zip(markers, parts):
            doc.add("subbullet", part, label=marker)
        doc.add("num", ASKS[1], label="6.1.2")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("recommendation", "6.1.1", f"The Partnership should be assured that: {parts[0]} {parts[1]}"),
        ("recommendation", "6.1.2", ASKS[1]),
    ]


# --- tables: a theme column, and who is asked in other words ---------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("lead", ["Lead partner", "By whom", "Who", "Led by", "Accountable body"])
def test_a_theme_column_titles_the_rows_learning_and_the_column_naming_who_leads_is_the_agency(tmp_path, fmt, lead):
    def build(doc):
        cover(doc)
        doc.add("h1", "Appendix B: learning and recommendations")
        doc.add("header", cells=("Theme", "What we learned", "What needs to happen", lead, "By when"))
        doc.add("row", cells=("Dental neglect", FOUND[0], ASKS[0], "Integrated Care Board", "March 2025"))
        doc.add("row", cells=("Kinship care", FOUND[1], ASKS[1], "Education", "June 2025"))

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("learning_point", "Dental neglect", f"Dental neglect {FOUND[0]}"),
        ("recommendation", "", ASKS[0]),
        ("learning_point", "Kinship care", f"Kinship care {FOUND[1]}"),
        ("recommendation", "", ASKS[1]),
    ]
    assert [l.agency for l in review.lessons if l.kind == "recommendation"] == ["Integrated Care Board", "Education"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_an_action_plans_by_whom_column_is_the_lead_agency_and_its_tracking_cells_no_lessons(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Action plan")
        doc.add("header", cells=("Recommendation", "Agreed action", "By whom", "By when", "RAG"))
        doc.add(
            "row", cells=(f"1. {ASKS[0]}", "Draft the guidance with dentists.", "Public Health", "May 2025", "Amber")
        )
        doc.add("row", cells=(f"2. {ASKS[1]}", "Add a field to the register.", "Education", "July 2025", "Green"))

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text, l.agency) for l in review.lessons] == [
        ("recommendation", "1", ASKS[0], "Public Health"),
        ("recommendation", "2", ASKS[1], "Education"),
    ]


# --- e-mail bulletins: quoted forwards, "** " headings, the review announced by its title -------------------


def _bulletin(quote: str) -> str:
    body = [
        "** Lancashire Safeguarding Children Partnership - Learning Bulletin",
        "-----------------------------------------------------",
        "",
        "** A new review",
        "--------------",
        "",
        'The Partnership has published "Local Child Safeguarding Practice Review:',
        'Child M" on its website on 9 October 2023. It was written by an',
        "independent reviewer. A practitioner event is booked for 14 December 2023.",
        "",
        "** What the review found",
        "------------------------",
        "",
        *textwrap.wrap(FOUND[0], 60, initial_indent="* ", subsequent_indent="  "),
        "",
        f"* {FOUND[1]}",
        "",
        "** What the review recommends",
        "----------------------------",
        "",
        f"* {ASKS[0]}",
        "",
        f"* {ASKS[1]}",
        "",
        "Unsubscribe from this list.",
    ]
    head = ["From: Safeguarding Unit <unit@example.org>", "Sent: 30 October 2023 11:02", "Subject: FW: bulletin", ""]
    return "\n".join(head + [f"{quote}{line}".rstrip() for line in body]) + "\n"


@pytest.mark.parametrize("quote", ["> ", ">> ", ""])
def test_an_email_bulletin_quoted_or_not_gives_its_bullets_and_the_announced_reviews_metadata(tmp_path, quote):
    path = tmp_path / "bulletin.txt"
    path.write_text(_bulletin(quote), encoding="utf-8")
    review = extract_review(path)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("finding", FOUND[0]),
        ("finding", FOUND[1]),
        ("recommendation", ASKS[0]),
        ("recommendation", ASKS[1]),
    ]
    # the title quoted in the announcement, the date it says the review was published (not the e-mail's)
    assert (review.title, review.published, review.area) == (
        "Local Child Safeguarding Practice Review: Child M",
        "2023-10-09",
        "Lancashire",
    )


# --- metadata: document control tables, dates in words, site chrome, newer partnership names, key messages ----


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_document_control_rows_publication_status_dates_the_review_and_its_drafts_do_not(tmp_path, fmt):
    meta = {**META4, "published": ""}

    def build(doc):
        doc.add("cover", "Lancashire Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Version 2.0")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("p", f"Finding 1: {FOUND[0]}")
        doc.add("h1", "Document control")
        doc.add("header", cells=("Version", "Date", "Author", "Status"))
        doc.add("row", cells=("0.2", "03/02/2021", "Independent reviewer", "Draft for the panel"))
        doc.add("row", cells=("1.0", "19/05/2021", "Business manager", "Approved by the partners"))
        doc.add("row", cells=("2.0", "07/06/2021", "Business manager", "Published on the website"))

    review = _review(tmp_path, fmt, build, meta)
    assert review.published == "2021-06-07"


@pytest.mark.parametrize(
    ("printed", "published"),
    [
        ("Published on the fourth of November 2016.", "2016-11-04"),
        ("Date of publication: the twenty-second of March 2021", "2021-03-22"),
        ("Published on the thirty first day of January 2019.", "2019-01-31"),
    ],
)
def test_a_publication_day_in_words_is_read(tmp_path, printed, published):
    def build(doc):
        doc.add("cover", "Lancashire Safeguarding Children Partnership")
        doc.add("title", META4["title"])
        doc.add("cover", "This report was presented to the partners on the ninth of August 2016.")
        doc.add("cover", printed)
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("p", f"Finding 1: {FOUND[0]}")

    assert _review(tmp_path, "txt", build, META4).published == published


def test_a_web_pages_partnership_named_only_in_its_chrome_gives_the_area(tmp_path):
    page = (
        "<!doctype html><html><head><title>Learning review: Child M | Wirral Safeguarding Children Partnership"
        "</title></head><body><header><a href='/'><img src='l.png' alt='Wirral Safeguarding Children Partnership'>"
        "</a></header><main><h1>Learning review: Child M</h1><h2>Key learning</h2>"
        f"<p>{FOUND[0]}</p><p>{FOUND[1]}</p></main><footer><p>Contact us</p></footer></body></html>"
    )
    path = tmp_path / "review.html"
    path.write_text(page, encoding="utf-8")
    review = extract_review(path)
    assert (review.area, review.region) == ("Wirral", "North West")
    assert "Wirral" not in " ".join(l.text for l in review.lessons)


@pytest.mark.parametrize(
    "partnership",
    [
        "Lancashire Children and Young People's Safeguarding Partnership",
        "Lancashire Safeguarding People Partnership",
    ],
)
def test_a_partnership_under_a_newer_name_names_its_place(tmp_path, partnership):
    def build(doc):
        cover(doc, partnership)
        doc.add("h1", "Findings")
        doc.add("p", f"Finding 1: {FOUND[0]}")

    assert _review(tmp_path, "docx", build, META4).area == "Lancashire"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_key_messages_sheet_is_a_briefing(tmp_path, fmt):
    meta = {**META4, "title": "Key messages from the Local Child Safeguarding Practice Review about Child M"}

    def build(doc):
        cover(doc)
        doc.add("h1", "Messages")
        doc.add("p", f"Finding 1: {FOUND[0]}")

    assert _review(tmp_path, fmt, build, meta).review_type == "briefing"


# --- learning set in bold inside a narrative paragraph ---------------------------------------------------

BOLD_LEARNING = (
    "A dentist who sees the same untreated decay at every visit is seeing neglect and should say so.",
    "Who collects a child from school tells practitioners who is caring for that child at home.",
)
INTRO = "This review does not seek to blame anyone."


def _bold_paragraphs() -> list[tuple[str, str, str]]:
    """(narrative before, bold learning, narrative after) for each paragraph of the analysis."""
    return [
        (
            "The children were registered with a dental practice near the school and attended twice.",
            BOLD_LEARNING[0],
            "The practice later closed its list to new patients.",
        ),
        (
            "On most days an aunt or a neighbour met the children at the gate and walked them home.",
            BOLD_LEARNING[1],
            "The school had no record of who these adults were.",
        ),
    ]


def _bold_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    flow = [Paragraph("Serious Case Review: Child M", styles["Title"]), Paragraph("Introduction", styles["Heading1"])]
    flow.append(Paragraph(f"<b>{INTRO}</b> It asks why things happened as they did.", styles["BodyText"]))
    flow.append(Paragraph("Analysis", styles["Heading1"]))
    for before, bold, after in _bold_paragraphs():
        flow.append(Paragraph(f"{before} <b>{bold}</b> {after}", styles["BodyText"]))
    flow.append(Paragraph("Recommendations", styles["Heading1"]))
    flow.append(Paragraph(f"1. {ASKS[0]}", styles["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


def _bold_html(path) -> None:
    paragraphs = "".join(f"<p>{a} <strong>{b}</strong> {c}</p>" for a, b, c in _bold_paragraphs())
    path.write_text(
        "<html><body><h1>Serious Case Review: Child M</h1><h2>Introduction</h2>"
        f"<p><strong>{INTRO}</strong> It asks why things happened as they did.</p><h2>Analysis</h2>"
        f"{paragraphs}<h2>Recommendations</h2><ol><li>{ASKS[0]}</li></ol></body></html>",
        encoding="utf-8",
    )


def _bold_docx(path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Serious Case Review: Child M", level=0)
    document.add_heading("Introduction", level=1)
    intro = document.add_paragraph()
    intro.add_run(INTRO).bold = True
    intro.add_run(" It asks why things happened as they did.")
    document.add_heading("Analysis", level=1)
    for before, bold, after in _bold_paragraphs():
        paragraph = document.add_paragraph(f"{before} ")
        paragraph.add_run(bold).bold = True
        paragraph.add_run(f" {after}")
    document.add_heading("Recommendations", level=1)
    document.add_paragraph(f"1. {ASKS[0]}")
    document.save(str(path))


@pytest.mark.parametrize(("fmt", "write"), [("pdf", _bold_pdf), ("html", _bold_html), ("docx", _bold_docx)])
def test_a_sentence_set_in_bold_inside_a_narrative_paragraph_is_the_learning(tmp_path, fmt, write):
    path = tmp_path / f"review.{fmt}"
    write(path)
    lessons = extract_review(path).lessons
    assert [(l.kind, l.text) for l in lessons] == [
        ("learning_point", BOLD_LEARNING[0]),
        ("learning_point", BOLD_LEARNING[1]),
        ("recommendation", ASKS[0]),
    ]


# --- scans: a list number OCR read as a word, a bar read after the marker ----------------------------------


def _tsv(lines: list[str]) -> str:
    """Tesseract's TSV output for lines of words (each its own paragraph, all at one left margin)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, line in enumerate(lines, 1):
        left = 260
        for w, word in enumerate(line.split(), 1):
            rows.append(f"5\t1\t1\t{n}\t1\t{w}\t{left}\t{300 + 90 * n}\t{len(word) * 25}\t42\t95\t{word}")
            left += len(word) * 25 + 25
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("token", ["me", "Z", "ai", "%"])
def test_a_list_number_ocr_read_as_a_word_between_its_neighbours_is_read_back(token):
    from ingest.ocr import _line_boxes

    read = [f"4. |{ASKS[0]}", f"{token} {ASKS[1]}", f"6. {ASKS[0]}", f"it {ASKS[1]}"]
    boxes = _line_boxes(_tsv(read), 3508 * 72 / 300)
    assert [box.lines[0].text for box in boxes] == [
        f"4. {ASKS[0]}",
        f"5. {ASKS[1]}",
        f"6. {ASKS[0]}",
        f"it {ASKS[1]}",  # no number missing after the last: left as read
    ]


def test_a_wrapped_lines_first_word_is_no_list_number():
    from ingest.ocr import _line_boxes

    read = [
        "1. The school should ask the family who",
        "is at home. It should record the answer.",
        "3. Dentists should refer.",
    ]
    boxes = _line_boxes(_tsv(read), 3508 * 72 / 300)
    assert [box.lines[0].text for box in boxes] == read


# --- key messages under large numerals -------------------------------------------------------------------

MESSAGES = (("Dental neglect", FOUND[0]), ("Who cares for the children", FOUND[1]))


def _numerals_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    numeral = ParagraphStyle("numeral", parent=styles["BodyText"], fontSize=36, leading=40)
    flow = [Paragraph(META4["title"], styles["Title"]), Paragraph("Key messages", styles["Heading1"])]
    flow += [Paragraph("81%", numeral), Paragraph("of schools asked had no dental policy.", styles["BodyText"])]
    for n, (title, text) in enumerate(MESSAGES, 1):
        flow += [Paragraph(str(n), numeral), Paragraph(title, styles["Heading3"]), Paragraph(text, styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)


def _numerals_docx(path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(META4["title"], level=0)
    document.add_heading("Key messages", level=1)
    document.add_paragraph("81%")
    document.add_paragraph("of schools asked had no dental policy.")
    for n, (title, text) in enumerate(MESSAGES, 1):
        document.add_paragraph(str(n))
        document.add_heading(title, level=3)
        document.add_paragraph(text)
    document.save(str(path))


@pytest.mark.parametrize(("fmt", "write"), [("pdf", _numerals_pdf), ("docx", _numerals_docx)])
def test_a_large_numeral_over_a_title_labels_its_message_and_ends_no_lesson(tmp_path, fmt, write):
    path = tmp_path / f"review.{fmt}"
    write(path)
    assert [(l.label, l.title, l.text) for l in extract_review(path).lessons] == [
        (str(n), title, f"{title} {text}") for n, (title, text) in enumerate(MESSAGES, 1)
    ]


def test_a_themes_lesson_starts_on_the_page_of_the_theme_heading_that_titles_it(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "What the review tells us")
        doc.add("h2", "Dental neglect")
        doc.add("h3", "What happened")
        doc.add("p", NARRATIVE)
        doc.add("pagebreak")
        doc.add("h3", "What we learned")
        doc.add("p", FOUND[0])

    lessons = _review(tmp_path, "pdf", build).lessons
    assert [(l.title, l.text, l.page_start, l.page_end) for l in lessons] == [
        ("Dental neglect", f"Dental neglect {FOUND[0]}", 2, 3)
    ]


def test_a_word_documents_page_footer_gives_the_area_and_year_when_nothing_else_does(tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "© Wirral Safeguarding Children Partnership 2024 | Page 1"
    document.add_heading("Local Child Safeguarding Practice Review: Child M", level=0)
    document.add_heading("Findings", level=1)
    document.add_paragraph(f"Finding 1: {FOUND[0]}")
    path = tmp_path / "review.docx"
    document.save(str(path))
    review = extract_review(path)
    assert (review.area, review.published) == ("Wirral", "2024")
    assert [l.text for l in review.lessons] == [FOUND[0]]


def test_a_web_pages_site_name_in_its_head_gives_the_area(tmp_path):
    page = (
        '<html><head><meta property="og:site_name" content="Wirral Safeguarding Children Partnership">'
        "<title>Child M</title></head><body><h1>Learning review: Child M</h1><h2>Key learning</h2>"
        f"<p>{FOUND[0]}</p></body></html>"
    )
    path = tmp_path / "review.html"
    path.write_text(page, encoding="utf-8")
    assert extract_review(path).area == "Wirral"


@pytest.mark.parametrize(
    ("printed", "page_title", "title"),
    [
        # the cover's title whole, when it names the review it draws on
        (
            "Learning from the Serious Case Review about Child M",
            "",
            "Learning from the Serious Case Review about Child M",
        ),
        # a page whose own title drops the words: that is the review's title
        ("Learning from the LCSPR about Child M", "the LCSPR about Child M | Wirral", "the LCSPR about Child M"),
        # named by its child: the title as printed, whole (corpus/README.md)
        ("Learning from Child M", "", "Learning from Child M"),
    ],
)
def test_learning_from_is_kept_in_a_title_naming_a_review_unless_the_page_drops_it(
    tmp_path, printed, page_title, title
):
    head = f"<head><title>{page_title}</title></head>" if page_title else ""
    path = tmp_path / "review.html"
    path.write_text(
        f"<html>{head}<body><h1>{printed}</h1><p>Wirral Safeguarding Children Partnership</p>"
        f"<h2>Key learning</h2><p>{FOUND[0]}</p></body></html>",
        encoding="utf-8",
    )
    assert extract_review(path).title == title


def test_a_forwarded_emails_sent_date_never_dates_the_review(tmp_path):
    text = _bulletin("> ").replace("has published", "has shared").replace(" on its website on 9 October 2023", "")
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    assert not extract_review(path).published.startswith("2023-10-30")
