"""Ingest tests: the classes blind held-out set 3 (C81-C97) found the extractor missing,
each on a document the test lays out itself.

Findings reported as "The review found that ...", sections named for the reader
("What this means for your practice", "What we ask of the partnership"),
recommendations announced inside a learning section or put to the partnership
"to consider", two-level outlines of recommendations, theme headings over
"What we saw" / "What we learned", coded labels ("A1."), cross-references beside
titles, "Key learning" boxes beside their paragraph, theme cells spanning rows,
sentences describing a list's layout, titles in capitals, newsletter mastheads,
Word text boxes drawn as one-cell tables, and the metadata of annual reports,
leaflets, letters and running footers. Documents are written by the conventions
corpus's writers (reportlab PDF, python-docx, HTML, text), by python-docx directly
or by hand, and read back through the real readers; where a reader's layout is the
point (a PDF cell beside several rows) the blocks are laid out as the PDF reader
gives them. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.layout import Block, PageLayout, TextLine
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import EXTENSIONS, ConvDoc, render
from test_ingest_conventions import META
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
FOUND = (
    "the school nurse had recorded three disclosures of hunger but none reached the social worker",
    "no agency asked who collected the child from the after-school club on the days the mother worked",
)
ASKS = (
    "the Partnership should publish a short guide to sharing concerns about hunger with schools",
    "health partners should add a prompt about food at home to the school nurse's first contact",
)
LEARNED = (
    "A child who is always hungry at school is telling professionals something about home, and it needs to be asked.",
    "Practitioners who only see a child in one setting need another agency's picture before they judge the risk.",
)
NARRATIVE = "The family moved into a privately rented flat in the spring and the children changed schools twice."


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- "The review found that ..." ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_paragraphs_reporting_what_the_review_found_or_recommends_are_lessons_from_the_cue_on(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "School and home")
        doc.add("p", NARRATIVE)
        doc.add("p", "The review was told that the children were often late and sometimes unwashed.")
        doc.add("p", f"The review found that {FOUND[0]}.")
        doc.add("h1", "Out of school care")
        doc.add("p", f"The reviewer concluded that {FOUND[1]}.")
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("p", f"The review recommends that {ask}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("finding", f"{FOUND[0]}."),
        ("finding", f"{FOUND[1]}."),
        *[("recommendation", f"{ask}.") for ask in ASKS],
    ]


# --- sections named for the reader ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_sections_named_for_what_the_learning_means_and_what_is_asked_are_lesson_sections(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Why this leaflet")
        doc.add("p", NARRATIVE)
        doc.add("h1", "What the learning means for practitioners")
        for text in LEARNED:
            doc.add("bullet", text, label="✓")
        doc.add("h1", "What we are asking of the partnership")
        for ask in ASKS:
            doc.add("num", _cap(ask) + ".", label="1.")
        doc.add("h1", "Useful links")
        doc.add("bullet", "The neglect screening tool (online)")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        *[("learning_point", text) for text in LEARNED],
        *[("recommendation", _cap(ask) + ".") for ask in ASKS],
    ]


# --- recommendations announced inside a learning section, or put "to consider" ------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_recommendations_announced_in_a_learning_chapter_and_what_was_done_since_are_told_apart(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning from reviews this year")
        doc.add("p", "One review was published this year. It identified the following learning:")
        for text in LEARNED:
            doc.add("bullet", text)
        doc.add("p", "It made two recommendations to the partners:")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", _cap(ask) + ".", label=f"{n}.")
        doc.add("h2", "What has changed since")
        doc.add("bullet", "A hunger screening question was added to the school nurse template.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        *[("learning_point", text) for text in LEARNED],
        *[("recommendation", _cap(ask) + ".") for ask in ASKS],
    ]


def test_items_a_letter_asks_the_partnership_to_consider_are_recommendations(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("p", "Thank you for sending us the rapid review, which we discussed last month.")
        doc.add("p", "We saw these areas of learning:")
        doc.add("bullet", LEARNED[0])
        doc.add("p", "We would urge the safeguarding partners to consider:")
        for ask in ASKS:
            doc.add("bullet", _cap(ask) + ".")

    review = _review(tmp_path, "docx", build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("learning_point", LEARNED[0]),
        *[("recommendation", _cap(ask) + ".") for ask in ASKS],
    ]


# --- two-level outlines -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt,theme", [("txt", "h1"), ("docx", "num"), ("pdf", "h1")])
def test_theme_lines_of_a_two_level_outline_group_the_numbered_lessons_under_them(tmp_path, fmt, theme):
    # The theme lines are set like the section's own heading (plain text, a scan) or as Word list items.
    def line(number, words):
        return (theme, f"{number}. {words}") if theme != "num" else ("num", words)

    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add(*line(1, "Food and hunger"), label="1.")
        doc.add("p", f"1.1 {_cap(ASKS[0])}.")
        doc.add("p", f"1.2 {_cap(ASKS[1])}.")
        doc.add(*line(2, "Care after school"), label="2.")
        doc.add("p", "2.1 Schools should know who collects each child and how to reach them.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("recommendation", "1.1", f"{_cap(ASKS[0])}."),
        ("recommendation", "1.2", f"{_cap(ASKS[1])}."),
        ("recommendation", "2.1", "Schools should know who collects each child and how to reach them."),
    ]


# --- theme headings over "What we saw" / "What we learned" ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_theme_headings_what_we_learned_part_is_its_lesson_headed_by_the_theme(tmp_path, fmt):
    themes = ("Hunger at school", "Seeing the whole child")

    def build(doc):
        cover(doc)
        doc.add("h1", "Themes")
        for theme, text in zip(themes, LEARNED):
            doc.add("h2", theme)
            doc.add("h3", "What we saw")
            doc.add("p", NARRATIVE)
            doc.add("h3", "What we learned")
            doc.add("p", text)

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("learning_point", theme, f"{theme} {text}") for theme, text in zip(themes, LEARNED)
    ]


# --- coded labels and cross-references ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_coded_labels_head_findings_and_a_learning_area_label_is_no_part_of_the_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Section C: What happened in school")
        doc.add("p", NARRATIVE)
        doc.add("h2", "C1. Hunger that was recorded but not shared")
        doc.add("p", _cap(FOUND[0]) + ".")
        doc.add("h1", "What we learned")
        doc.add("h2", "Learning area 3 – Who picks the child up")
        doc.add("p", LEARNED[1])

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.title) for l in review.lessons] == [
        ("finding", "C1", "Hunger that was recorded but not shared"),
        ("learning_point", "Learning area 3", "Who picks the child up"),
    ]


def test_a_cross_reference_beside_a_title_is_part_of_neither_title_nor_text(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: Hunger at school (see Recommendations 1 and 2)")
        doc.add("p", _cap(FOUND[0]) + ".")

    review = _review(tmp_path, "docx", build)
    assert [(l.title, l.text) for l in review.lessons] == [("Hunger at school", f"Hunger at school {_cap(FOUND[0])}.")]


# --- "Key learning" boxes beside their paragraph ----------------------------------------------------------------


def test_a_key_learning_box_beside_a_paragraph_is_the_lesson_and_the_paragraph_is_not(tmp_path):
    rows = "".join(
        f"<tr><td><p>{NARRATIVE}</p></td><td class='shaded'><p><strong>Key learning</strong></p><p>{text}</p></td></tr>"
        for text in LEARNED
    )
    path = tmp_path / "review.html"
    path.write_text(
        "<html><body><h1>Serious Case Review: Child Q</h1><h2>Analysis</h2>"
        f"<table>{rows}</table><h2>Recommendations</h2><ol><li>{_cap(ASKS[0])}.</li></ol></body></html>",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert [(l.kind, l.text) for l in review.lessons] == [
        *[("learning_point", text) for text in LEARNED],
        ("recommendation", f"{_cap(ASKS[0])}."),
    ]


def test_a_key_learning_box_whose_text_the_pdf_reader_set_below_its_title_takes_that_text():
    blocks = [Block("heading", "Analysis", 2, 2, level=1, size=15.5, x0=68.0)]
    for text in LEARNED:
        blocks.append(Block("row", f"{NARRATIVE} | Key learning", 2, 2, size=10.5, cells=(NARRATIVE, "Key learning")))
        blocks.append(Block("para", text, 2, 2, size=9.5, x0=360.0))
    blocks += [Block("para", NARRATIVE, 2, 2, size=10.5, x0=68.0) for _ in range(3)]
    assert [(l.kind, l.text) for l in segment_lessons(blocks)] == [("learning_point", text) for text in LEARNED]


# --- theme cells spanning rows --------------------------------------------------------------------------------


def test_a_theme_cell_spanning_rows_groups_them_each_row_its_own_finding(tmp_path):
    path = tmp_path / "review.html"
    path.write_text(
        "<html><body><h1>Serious Case Review: Child Q</h1><h2>Findings</h2>"
        "<p>Each row sets out one finding beside the theme it belongs to.</p>"
        "<table><tr><th>Theme</th><th>What the review found</th></tr>"
        f"<tr><td rowspan='2'>School and home</td><td>{_cap(FOUND[0])}.</td></tr>"
        f"<tr><td>{_cap(FOUND[1])}.</td></tr>"
        f"<tr><td>Records</td><td>{LEARNED[1]}</td></tr></table></body></html>",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("finding", "", f"{_cap(FOUND[0])}."),
        ("finding", "", f"{_cap(FOUND[1])}."),
        ("finding", "Records", f"Records {LEARNED[1]}"),
    ]


def test_a_row_beside_a_theme_cell_the_pdf_printed_once_is_a_lesson_of_its_own():
    blocks = [
        Block("heading", "Findings", 3, 3, level=1, size=15.5, x0=68.0),
        *[Block("para", NARRATIVE, 3, 3, size=10.5, x0=68.0) for _ in range(3)],
        Block("row", "Theme | What the review found", 3, 3, size=9.5, cells=("Theme", "What the review found")),
        Block(
            "row",
            f"School and home | {_cap(FOUND[0])}.",
            3,
            3,
            size=9.5,
            cells=("School and home", _cap(FOUND[0]) + "."),
        ),
        Block("para", _cap(FOUND[1]) + ".", 3, 3, size=9.5, x0=326.0),
    ]
    assert [(l.kind, l.title, l.text) for l in segment_lessons(blocks)] == [
        ("finding", "", f"{_cap(FOUND[0])}."),
        ("finding", "", f"{_cap(FOUND[1])}."),
    ]


# --- titles in capitals where type is lost ------------------------------------------------------------------------


def test_a_title_in_capitals_over_or_run_into_its_text_heads_a_lesson():
    blocks = [
        Block("heading", "FINDINGS", 1, 1, level=2, size=12.5, x0=62.0),
        Block("para", "HUNGER AT SCHOOL", 1, 1, size=12.5, x0=62.0),
        Block("para", _cap(FOUND[0]) + ".", 1, 1, size=12.5, x0=62.0),
        Block("para", f"WHO COLLECTS THE CHILD {_cap(FOUND[1])}.", 1, 1, size=12.5, x0=62.0),
    ]
    assert [(l.title, l.text) for l in segment_lessons(blocks)] == [
        ("HUNGER AT SCHOOL", f"HUNGER AT SCHOOL {_cap(FOUND[0])}."),
        ("WHO COLLECTS THE CHILD", f"WHO COLLECTS THE CHILD {_cap(FOUND[1])}."),
    ]


# --- newsletter mastheads and seasons ---------------------------------------------------------------------------------


def test_a_newsletter_masthead_is_no_lesson_and_its_season_dates_the_issue(tmp_path):
    def build(doc):
        doc.add("cover", "Keeping in touch - the bulletin of the Sefton Safeguarding Children Partnership")
        doc.add("cover", "Issue 9 | Autumn 2018")
        doc.add("title", "What one case taught us about hunger")
        doc.add("p", NARRATIVE)
        doc.add("p", "In October 2018 the partnership held a learning event on the case.")
        doc.add("runin", LEARNED[0], label="Lesson 1 —")
        doc.add("runin", LEARNED[1], label="Lesson 2 —")

    review = _review(tmp_path, "pdf", build)
    assert [(l.label, l.text) for l in review.lessons] == [("Lesson 1", LEARNED[0]), ("Lesson 2", LEARNED[1])]
    assert review.published == "2018"


# --- Word text boxes drawn as tables of one cell ---------------------------------------------------------------------


def test_a_word_box_drawn_as_a_one_cell_table_gives_its_label_title_and_text_apart(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Serious Case Review: Child Q", level=0)
    document.add_heading("Findings", level=1)
    for n, (title, text) in enumerate((("Hunger at school", FOUND[0]), ("Collection after school", FOUND[1])), 1):
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].add_run(f"Finding {n}").bold = True
        cell.add_paragraph().add_run(title).bold = True
        cell.add_paragraph(_cap(text) + ".")
    path = tmp_path / "review.docx"
    document.save(str(path))
    review = extract_review(path)
    assert [(l.label, l.title, l.text) for l in review.lessons] == [
        ("Finding 1", "Hunger at school", f"Hunger at school {_cap(FOUND[0])}."),
        ("Finding 2", "Collection after school", f"Collection after school {_cap(FOUND[1])}."),
    ]


# --- metadata ------------------------------------------------------------------------------------------------------


def test_an_annual_reports_title_names_the_partnership_and_it_is_no_review_of_one_child(tmp_path):
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><p>Sefton Safeguarding Children Partnership</p>"
        "<h1>Sefton Safeguarding Children Partnership Annual Report 2021 to 2022</h1>"
        "<p>Covering 1 April 2021 to 31 March 2022</p><p>Published October 2022</p>"
        "<h2>Introduction from the scrutineer</h2><p>This report describes the year.</p>"
        "<p>Amara Quist, Independent Scrutineer</p>"
        "<h2>Learning from reviews</h2><p>One review concerned a girl aged 13 years.</p>"
        f"<ul><li>{LEARNED[0]}</li></ul></body></html>",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert (review.title, review.review_type, review.child, review.child_age, review.author, review.area) == (
        "Sefton Safeguarding Children Partnership Annual Report 2021 to 2022",
        "other",
        "",
        "",
        "Amara Quist",
        "Sefton",
    )


@pytest.mark.parametrize(
    "printed,title",
    [
        (
            "Learning from 4 reviews: a thematic review of hunger",
            "Learning from 4 reviews: a thematic review of hunger",
        ),
        # a title as printed, whole (corpus/README.md): the words naming the review by its child stay
        ("Learning from Child Q", "Learning from Child Q"),
    ],
)
def test_learning_from_is_kept_in_the_title_as_printed(tmp_path, printed, title):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("bullet", LEARNED[0])

    review = _review(tmp_path, "docx", build, {**META, "title": printed})
    assert review.title == title


def test_a_leaflets_byline_and_strap_line_give_author_area_child_and_type(tmp_path):
    path = tmp_path / "leaflet.html"
    path.write_text(
        "<html><body><h1>Practice guidance: hunger and neglect</h1>"
        "<p>Learning from the Serious Case Review concerning Maisie | Sefton Local Safeguarding Children Board</p>"
        "<p>Written by Amara Quist | 4 March 2016</p>"
        f"<h2>What this means for your practice</h2><ul><li>{LEARNED[0]}</li></ul></body></html>",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert (review.review_type, review.area, review.author, review.child, review.published) == (
        "briefing",
        "Sefton",
        "Amara Quist",
        "Maisie",
        "2016-03-04",
    )


def test_a_letters_addressee_names_the_area_and_its_signatory_is_the_author(tmp_path):
    def build(doc):
        doc.add("cover", "Child Safeguarding Practice Review Panel")
        doc.add("p", "To: The Safeguarding Partners, Sefton Safeguarding Children Partnership")
        doc.add("p", "9 June 2023")
        doc.add("title", "Rapid review concerning Child Q")
        doc.add("p", "We saw these areas of learning:")
        doc.add("bullet", LEARNED[0])
        doc.add("p", "Yours sincerely,")
        doc.add("p", "Amara Quist")
        doc.add("p", "Chair, Child Safeguarding Practice Review Panel")

    review = _review(tmp_path, "pdf", build)
    assert (review.area, review.author, review.published) == ("Sefton", "Amara Quist", "2023-06-09")


def test_a_running_footer_gives_the_area_and_year_when_nothing_else_does(tmp_path):
    doc = ConvDoc("t", "T", "txt", dict(META), footer="© Sefton Safeguarding Children Partnership 2019 | Page {x}")
    doc.add("title", "Local Child Safeguarding Practice Review: Child Q")
    doc.add("pagebreak")
    doc.add("h1", "Acknowledgements")
    doc.add("p", "The independent reviewer, Amara Quist, thanks everyone who took part.")
    doc.add("pagebreak")
    doc.add("h1", "Learning")
    doc.add("bullet", LEARNED[0])
    path = tmp_path / ("review" + EXTENSIONS["txt"])
    path.write_bytes(render(doc))
    review = extract_review(path)
    assert (review.area, review.published, review.author) == ("Sefton", "2019", "Amara Quist")
    assert all("©" not in l.text for l in review.lessons)


# --- scans: misread list markers, template section names without their type -------------------------------------------


def _tesseract_tsv(lines: list[str]) -> str:
    """Tesseract's TSV output for lines of words, one line a paragraph, 12-point type."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, line in enumerate(lines, 1):
        left = 250
        for w, word in enumerate(line.split(), 1):
            rows.append(f"5\t1\t1\t{n}\t1\t{w}\t{left}\t{300 + 90 * n}\t{len(word) * 25}\t42\t95\t{word}")
            left += len(word) * 25 + 25
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    "read,meant",
    [
        ("Al. Hunger at school", "A1. Hunger at school"),
        ("l. The school should ask", "1. The school should ask"),
        ("2s The nurse should record", "2. The nurse should record"),
        ("i Commissioners should fund", "1. Commissioners should fund"),
        ("In the spring the family moved", "In the spring the family moved"),
        ("is a matter for the school", "is a matter for the school"),
    ],
)
def test_a_list_marker_ocr_misread_at_a_lines_start_is_read_back(read, meant):
    from ingest.ocr import _line_boxes

    boxes = _line_boxes(_tesseract_tsv([read]), 3508 * 72 / 300)
    assert [line.text for box in boxes for line in box.lines] == [meant]


def test_a_scanned_templates_numbered_section_names_head_their_lessons_though_the_type_is_lost():
    from ingest.blocks import build_blocks

    texts = [
        "1. Outline of the circumstances",
        NARRATIVE,
        "2. Practice and organisational learning",
        "Hunger at school",
        _cap(FOUND[0]) + ".",
        "Who collects the child",
        _cap(FOUND[1]) + ".",
        "Effective practice",
        "• The school nurse saw the children every week during the summer term.",
        "3. Improving systems and practice",
        "1. " + _cap(ASKS[0]) + ".",
        "2. " + _cap(ASKS[1]) + ".",
    ]
    lines = tuple(
        # one size for every line, as OCR measures a scan whose headings were set in the body's type
        TextLine(text=t, size=12.5, x0=62.0, x1=62.0 + 5.5 * len(t[:95]), top=80.0 + 40 * n, bottom=92.0 + 40 * n)
        for n, t in enumerate(texts)
    )
    blocks = build_blocks([PageLayout(1, lines, 595.0, 842.0, ocr=True)])
    assert [(l.kind, l.title, l.text) for l in segment_lessons(blocks)] == [
        ("learning_point", "Hunger at school", f"Hunger at school {_cap(FOUND[0])}."),
        ("learning_point", "Who collects the child", f"Who collects the child {_cap(FOUND[1])}."),
        ("good_practice", "", "The school nurse saw the children every week during the summer term."),
        *[("recommendation", "", _cap(ask) + ".") for ask in ASKS],
    ]


# --- classes probed beyond set 3: "It is recommended that", colon titles, outlines whose numbers a list prints ---------


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_it_is_recommended_and_we_found_paragraphs_are_lessons_from_the_cue_on(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Discussion")
        doc.add("p", NARRATIVE)
        doc.add("p", f"We found that {FOUND[0]}.")
        doc.add("p", f"The review identified that {FOUND[1]}.")
        doc.add("p", f"It is recommended that {ASKS[0]}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("finding", f"{FOUND[0]}."),
        ("finding", f"{FOUND[1]}."),
        ("recommendation", f"{ASKS[0]}."),
    ]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_bullet_opening_with_a_title_and_a_colon_keeps_the_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Key findings")
        doc.add("bullet", f"Hunger at school: {_cap(FOUND[0])}.")
        doc.add("bullet", f"Collection after school: {_cap(FOUND[1])}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.title) for l in review.lessons] == [
        ("finding", "Hunger at school"),
        ("finding", "Collection after school"),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_findings_in_a_two_level_outline_are_each_a_lesson_under_their_theme(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("num", "School and home", label="1.")
        doc.add("p", f"1.1 {_cap(FOUND[0])}.")
        doc.add("p", f"1.2 {_cap(FOUND[1])}.")
        doc.add("num", "Records", label="2.")
        doc.add("p", f"2.1 {LEARNED[1]}")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label, l.text) for l in review.lessons] == [
        ("finding", "1.1", f"{_cap(FOUND[0])}."),
        ("finding", "1.2", f"{_cap(FOUND[1])}."),
        ("finding", "2.1", LEARNED[1]),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_code_before_a_sub_headings_title_is_its_label(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", "F1 Hunger at school")
        doc.add("p", _cap(FOUND[0]) + ".")
        doc.add("h2", "F2 Collection after school")
        doc.add("p", _cap(FOUND[1]) + ".")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.title) for l in review.lessons] == [
        ("F1", "Hunger at school"),
        ("F2", "Collection after school"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_response_under_a_recommendation_is_neither_a_lesson_nor_its_lead_agency(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("runin", _cap(ASKS[0]) + ".", label="Recommendation 1:")
        doc.add("p", "Agency response: Accepted. The school nursing service will report on progress in six months.")
        doc.add("runin", _cap(ASKS[1]) + ".", label="Recommendation 2:")
        doc.add("p", "Lead agency: Integrated Care Board")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text, l.agency) for l in review.lessons] == [
        ("Recommendation 1", _cap(ASKS[0]) + ".", ""),
        ("Recommendation 2", _cap(ASKS[1]) + ".", "Integrated Care Board"),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_bullet_title_over_bullets_set_further_in_is_one_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning points")
        doc.add("bullet", "Hunger at school")
        doc.add("subbullet", LEARNED[0])
        doc.add("subbullet", _cap(FOUND[0]) + ".")
        doc.add("bullet", "Seeing the whole child")
        doc.add("subbullet", LEARNED[1])

    review = _review(tmp_path, fmt, build)
    assert [(l.title, l.text) for l in review.lessons] == [
        ("Hunger at school", f"Hunger at school {LEARNED[0]} {_cap(FOUND[0])}."),
        ("Seeing the whole child", f"Seeing the whole child {LEARNED[1]}"),
    ]


def test_a_bullet_title_over_a_nested_list_in_a_web_page_is_one_lesson(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h1>Serious Case Review: Child Q</h1><h2>Key learning</h2>"
        f"<ul><li>Hunger at school<ul><li>{LEARNED[0]}</li></ul></li>"
        f"<li>Seeing the whole child<ul><li>{LEARNED[1]}</li></ul></li></ul>"
        f"<p>{NARRATIVE}</p></body></html>",
        encoding="utf-8",
    )
    assert [(l.title, l.text) for l in extract_review(path).lessons] == [
        ("Hunger at school", f"Hunger at school {LEARNED[0]}"),
        ("Seeing the whole child", f"Seeing the whole child {LEARNED[1]}"),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_partnership_named_before_its_place_and_several_authors_are_read(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Safeguarding Children Partnership for Sefton")
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Report authors: Amara Quist and Tom Ibbotson")
        doc.add("cover", "Publication date: May 2022")
        doc.add("pagebreak")
        doc.add("h1", "Learning")
        doc.add("bullet", LEARNED[0])

    review = _review(tmp_path, fmt, build)
    assert (review.area, review.author) == ("Sefton", "Amara Quist and Tom Ibbotson")


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_numbers_with_a_letter_or_without_a_stop_label_their_recommendations(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", f"1a. {_cap(ASKS[0])}.")
        doc.add("p", f"1b) {_cap(ASKS[1])}.")
        doc.add("p", "2 Schools should know who collects each child and how to reach them.")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text) for l in review.lessons] == [
        ("1a", f"{_cap(ASKS[0])}."),
        ("1b", f"{_cap(ASKS[1])}."),
        ("2", "Schools should know who collects each child and how to reach them."),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_why_it_matters_and_what_should_happen_columns_give_learning_and_a_recommendation_a_row(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Themes")
        doc.add("header", cells=("Theme", "Why it matters", "What should happen next"))
        doc.add("row", cells=("Hunger", LEARNED[0], _cap(ASKS[0]) + "."))
        doc.add("row", cells=("Whole child", LEARNED[1], _cap(ASKS[1]) + "."))

    review = _review(tmp_path, fmt, build)
    # the Theme cell titles the row's learning (and opens its text, as a theme heading does)
    assert [(l.kind, l.title, l.text) for l in review.lessons] == [
        ("learning_point", "Hunger", f"Hunger {LEARNED[0]}"),
        ("recommendation", "", _cap(ASKS[0]) + "."),
        ("learning_point", "Whole child", f"Whole child {LEARNED[1]}"),
        ("recommendation", "", _cap(ASKS[1]) + "."),
    ]


def test_markdown_strong_marks_in_a_text_file_open_a_labelled_lesson_with_its_title(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "Serious Case Review: Child Q\n\n## Learning\n\n"
        f"**Learning 1: Hunger at school** {LEARNED[0]}\n\n**Learning 2: Seeing the whole child** {LEARNED[1]}\n",
        encoding="utf-8",
    )
    assert [(l.label, l.title, l.text) for l in extract_review(path).lessons] == [
        ("Learning 1", "Hunger at school", f"Hunger at school {LEARNED[0]}"),
        ("Learning 2", "Seeing the whole child", f"Seeing the whole child {LEARNED[1]}"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_areas_for_improvement_are_recommendations_and_strengths_good_practice(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Strengths")
        doc.add("bullet", "The school nurse saw the children every week during the summer term.")
        doc.add("h1", "Areas for development")
        for ask in ASKS:
            doc.add("bullet", _cap(ask) + ".")

    review = _review(tmp_path, fmt, build)
    assert [l.kind for l in review.lessons] == ["good_practice", "recommendation", "recommendation"]


def test_a_cover_title_a_running_header_repeats_on_every_page_is_still_the_title(tmp_path):
    doc = ConvDoc("t", "T", "txt", dict(META), header="Serious Case Review: Child Q | FINAL")
    doc.add("cover", "Sefton Safeguarding Children Partnership")
    doc.add("title", "Serious Case Review: Child Q")
    doc.add("cover", "Review author: Amara Quist")
    doc.add("pagebreak")
    for n in range(3):
        doc.add("h1", f"Part {n + 1}")
        doc.add("p", NARRATIVE)
        doc.add("pagebreak")
    doc.add("h1", "Learning")
    doc.add("bullet", LEARNED[0])
    path = tmp_path / ("review" + EXTENSIONS["txt"])
    path.write_bytes(render(doc))
    review = extract_review(path)
    assert (review.title, review.review_type) == ("Serious Case Review: Child Q", "SCR")
    assert [l.text for l in review.lessons] == [LEARNED[0]]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_the_agency_a_recommendations_label_or_heading_names_is_its_lead(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("runin", _cap(ASKS[0]) + ".", label="Recommendation 1 (Children's Social Care):")
        doc.add("runin", _cap(ASKS[1]) + ".", label="Recommendation 2 – Health:")
        doc.add("h2", "Recommendations for the Police")
        doc.add("num", "Officers should ask who collects the child when they attend a school.", label="3.")

    review = _review(tmp_path, fmt, build)
    assert [(l.agency, l.text) for l in review.lessons] == [
        ("Children's Social Care", _cap(ASKS[0]) + "."),
        ("Health", _cap(ASKS[1]) + "."),
        ("Police", "Officers should ask who collects the child when they attend a school."),
    ]
    assert [l.label for l in review.lessons[:2]] == ["Recommendation 1", "Recommendation 2"]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_labels_numbered_in_roman_numerals_are_labels(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for n, text in zip(("i", "ii"), LEARNED):
            doc.add("runin", text, label=f"Learning point {n}:")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text) for l in review.lessons] == [
        ("Learning point i", LEARNED[0]),
        ("Learning point ii", LEARNED[1]),
    ]


# --- contents lists under other names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,heading", [("html", "On this page"), ("docx", "In this report"), ("pdf", "In this briefing")]
)
def test_a_contents_list_under_another_name_gives_no_lessons(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", heading)
        doc.add("bullet", "Finding 1: Hunger at school")
        doc.add("bullet", "Finding 2: Collection after school")
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: Hunger at school")
        doc.add("p", _cap(FOUND[0]) + ".")
        doc.add("h2", "Finding 2: Collection after school")
        doc.add("p", _cap(FOUND[1]) + ".")

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.text) for l in review.lessons] == [
        ("Finding 1", f"Hunger at school {_cap(FOUND[0])}."),
        ("Finding 2", f"Collection after school {_cap(FOUND[1])}."),
    ]


def test_labelled_entries_with_page_numbers_are_a_contents_list_whatever_its_heading(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "The report at a glance")
        doc.add("p", "Finding 1 Hunger at school 4")
        doc.add("p", "Finding 2 Collection after school 6")
        doc.add("p", "Recommendations 8")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: Hunger at school")
        doc.add("p", _cap(FOUND[0]) + ".")
        doc.add("h2", "Finding 2: Collection after school")
        doc.add("p", _cap(FOUND[1]) + ".")

    review = _review(tmp_path, "docx", build)
    assert [(l.label, l.title) for l in review.lessons] == [
        ("Finding 1", "Hunger at school"),
        ("Finding 2", "Collection after school"),
    ]
    assert all(_cap(FOUND[0]) in l.text or _cap(FOUND[1]) in l.text for l in review.lessons)


@pytest.mark.parametrize(
    "printed,name",
    [
        ("Author: Amara Quist BA MSc", "Amara Quist"),
        ("Lead reviewer: Dr Tom Ibbotson PhD, CQSW", "Dr Tom Ibbotson"),
        ("Independent reviewer: Amara QUIST", "Amara QUIST"),
    ],
)
def test_degrees_and_honours_after_an_authors_name_are_no_part_of_it(tmp_path, printed, name):
    def build(doc):
        doc.add("cover", "Sefton Safeguarding Children Partnership")
        doc.add("title", doc.meta["title"])
        doc.add("cover", printed)
        doc.add("pagebreak")
        doc.add("h1", "Learning")
        doc.add("bullet", LEARNED[0])

    assert _review(tmp_path, "docx", build).author == name


# --- NSPCC repository summaries in other words ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html", "txt"])
def test_a_repository_summarys_learning_points_and_recommendations_in_other_words_are_read(tmp_path, fmt):
    def build(doc):
        doc.add("p", "September 2018 - Sefton - Child Q")
        doc.add("p", "Neglect of a 9-year-old girl over several years, reported by her school in March 2017.")
        doc.add(
            "p",
            "Key learning points include: hunger at school is a sign to ask about; a child seen in one "
            "setting needs another agency's view. Learning from the review includes: collection after "
            "school tells professionals who cares for the child.",
        )
        doc.add("p", "Recommendations to the LSCB include: publish a hunger guide for schools; audit nurse contacts.")

    review = _review(tmp_path, fmt, build, {**META, "title": ""})
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("learning_point", "Hunger at school is a sign to ask about"),
        ("learning_point", "A child seen in one setting needs another agency's view"),
        ("learning_point", "Collection after school tells professionals who cares for the child"),
        ("recommendation", "Publish a hunger guide for schools"),
        ("recommendation", "Audit nurse contacts"),
    ]
    assert (review.title, review.published, review.area, review.child) == (
        "September 2018 - Sefton - Child Q",
        "2018-09",
        "Sefton",
        "Child Q",
    )


def test_a_text_table_row_whose_first_cell_wraps_before_its_first_separator_is_one_row(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary of learning and recommendations")
        doc.add("header", cells=("Learning", "Recommendation", "Lead agency"))
        doc.add("row", cells=(LEARNED[0], _cap(ASKS[0]) + ".", "Children's Social Care"))
        doc.add("row", cells=(LEARNED[1], _cap(ASKS[1]) + ".", "Integrated Care Board"))

    review = _review(tmp_path, "txt", build)
    assert [(l.kind, l.text, l.agency) for l in review.lessons] == [
        ("learning_point", LEARNED[0], "Children's Social Care"),
        ("recommendation", _cap(ASKS[0]) + ".", "Children's Social Care"),
        ("learning_point", LEARNED[1], "Integrated Care Board"),
        ("recommendation", _cap(ASKS[1]) + ".", "Integrated Care Board"),
    ]


@pytest.mark.parametrize(
    "partnership,area",
    [
        ("Bath and North East Somerset Community Safety and Safeguarding Partnership", "Bath and North East Somerset"),
        ("Royal Borough of Greenwich Safeguarding Children Partnership", "Greenwich"),
    ],
)
def test_a_partnership_named_with_its_boroughs_style_or_other_duties_names_its_place(tmp_path, partnership, area):
    def build(doc):
        cover(doc, partnership)
        doc.add("h1", "Learning")
        doc.add("bullet", LEARNED[0])

    assert _review(tmp_path, "pdf", build).area == area


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_lesson_column_that_holds_titles_takes_its_text_from_the_explanation_beside_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("header", cells=("No.", "Learning point", "Explanation"))
        doc.add("row", cells=("1", "Hunger at school", LEARNED[0]))
        doc.add("row", cells=("2", "Seeing the whole child", LEARNED[1]))

    review = _review(tmp_path, fmt, build)
    assert [(l.label, l.title, l.text, l.agency) for l in review.lessons] == [
        ("1", "Hunger at school", f"Hunger at school {LEARNED[0]}", ""),
        ("2", "Seeing the whole child", f"Seeing the whole child {LEARNED[1]}", ""),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_briefings_actions_for_practitioners_are_recommendations_and_its_questions_are_not(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h2", "1. Why it matters")
        doc.add("p", NARRATIVE)
        doc.add("h2", "2. Key learning")
        doc.add("bullet", LEARNED[0])
        doc.add("h2", "3. Questions to think about")
        doc.add("bullet", "When did you last ask a child whether they had eaten?")
        doc.add("h2", "4. Actions for practitioners")
        doc.add("bullet", "Ask about food at home whenever a child arrives at school hungry.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.text) for l in review.lessons] == [
        ("learning_point", LEARNED[0]),
        ("recommendation", "Ask about food at home whenever a child arrives at school hungry."),
    ]


def test_a_sentence_carried_over_a_page_break_past_the_running_header_goes_on_with_its_lesson(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(
        "Serious Case Review: Child Q\n============================\n\nLESSONS\n-------\n\n"
        "Lesson 1: A child who is always hungry at school is telling professionals\nsomething about home, and it "
        "needs\n\n                                - 1 -\n\f"
        "Serious Case Review: Child Q - Overview Report\n\nto be asked.\n\n"
        f"Lesson 2: {LEARNED[1]}\n",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert [(l.label, l.text, l.page_start, l.page_end) for l in review.lessons] == [
        ("Lesson 1", LEARNED[0], 1, 2),
        ("Lesson 2", LEARNED[1], 2, 2),
    ]


def _text_box_run(paragraphs: list[tuple[str, bool]], fallback: bool) -> str:
    """A run holding a Word text box (VML markup), with the copy Word keeps for old readers."""
    body = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if bold else ''}<w:t>{text}</w:t></w:r></w:p>" for text, bold in paragraphs
    )
    shape = f'<w:pict><v:shape style="width:200pt;height:100pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>'
    inner = (
        f'<mc:AlternateContent><mc:Choice Requires="v">{shape}</mc:Choice><mc:Fallback>{shape}</mc:Fallback></mc:AlternateContent>'
        if fallback
        else shape
    )
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">{inner}</w:r>'
    )


def test_learning_in_a_word_text_box_is_read_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Serious Case Review: Child Q", level=0)
    document.add_heading("Analysis", level=1)
    for n, (text, fallback) in enumerate(zip(LEARNED, (False, True)), 1):
        anchor = document.add_paragraph(NARRATIVE)
        anchor._p.append(parse_xml(_text_box_run([(f"Learning point {n}", True), (text, False)], fallback)))
    path = tmp_path / "review.docx"
    document.save(str(path))
    assert [(l.label, l.text) for l in extract_review(path).lessons] == [
        ("Learning point 1", LEARNED[0]),
        ("Learning point 2", LEARNED[1]),
    ]
