"""Ingest tests: the classes of layout the in-sample residue of sets 1-19 showed the extractor missing,
each on a document the test lays out itself.

A bullet glyph pdfminer measures as empty and leaves outside every text box (the item it opens read
as a bullet again); numbered headings a text file marks itself ("Conclusion 2" underlined) falling at
page edges (never running furniture); a scanned list whose next item sits a few points off its edge
on the next page, whose last number OCR read as a small letter ("a" for "3.") before a heading, or whose
first two numbers it misread ("i." and "IAN" before "3."); a page's "Share this page: Facebook | X" row among its recommendations (never a
lesson); a content system's export stamping the publication with its time
("2017-06-17T09:30:00+01:00") and naming its account as "Author:" (never the author); a text file's
first line naming the review over its date, its sections set in capitals; a numbered item tagged
"Learning:" whose prose holds a semicolon after a whole sentence (one lesson, not a list); minutes
whose agenda headings are printed as numbered items ("5. Timescales", "Actions"). Documents are
written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back
through the real readers; the loose glyph is a pdfminer line as pdfminer hands it back (no writer
reproduces pdfminer's measure of it at will), and the scan's list the blocks OCR reads from a page. The texts are written
for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, lessons_and_rule_lessons, partnership_cover
from pdfminer.layout import LTAnno, LTTextLineHorizontal

from ingest.blocks import build_blocks
from ingest.layout import Block, PageLayout, TextLine
from ingest.pdf_glyphs import attach_glyphs, loose_glyphs
from ingest.reading_order import LineBox, order_boxes
from ingest.scan_lists import misread_first_numbers, misread_numbers

# Texts written for these tests (not the corpus's words).
SEEN = (
    "The optician noticed the girl could not see the board and wrote to the school, which filed the letter.",
    "The nursery saw bruises on two Mondays running and accepted that the toddler had fallen at soft play.",
    "Nobody asked the grandfather, who collected the children every day, what he saw at home.",
)
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
    "Schools should ask who collects each child and record it on the child's file.",
)
META = {
    "title": "Serious Case Review: Child W",
    "area": "Torbay",
    "region": "South West",
    "review_type": "SCR",
    "published": "2016-03",
    "child": "Child W",
    "child_age": "",
    "author": "Hester Pennington",
}


def _cover(doc) -> None:
    partnership_cover(doc, META, "Torbay Local Safeguarding Children Board", "Published March 2016")


# --- a bullet glyph left loose by pdfminer ------------------------------------------------------------------------


@pytest.mark.parametrize("glyph", ["(cid:127)", "\u2022", "\u25aa"])
def test_a_bullet_glyph_pdfminer_leaves_loose_on_the_page_opens_the_line_beside_it_again(glyph):
    """pdfminer measures a glyph with no width (Helvetica has none for the bullet code reportlab prints)
    as an empty line and hands it back loose, outside every text box: it is set back before the line
    that starts just right of it on its baseline, so the block builder reads that line as a bullet."""
    height = 842.0
    loose = LTTextLineHorizontal(0.1)
    loose._objs.append(LTAnno(glyph))
    loose.set_bbox((71.4, height - 250.0, 71.4, height - 240.0))  # zero width, as pdfminer measures it
    layout = [loose]

    def line(text, x0, top):
        return TextLine(text=text, size=10.5, x0=x0, x1=x0 + 400, top=top, bottom=top + 10.5, words=((0, x0),))

    first, rest = SEEN[0].split(" which ")
    rest = f"which {rest}"
    box = LineBox(x0=82.4, x1=520.0, top=240.0, bottom=265.0, lines=[line(first, 82.4, 240.0), line(rest, 82.4, 254.0)])
    other = LineBox(x0=71.4, x1=520.0, top=274.0, bottom=285.0, lines=[line(f"\u2022 {SEEN[1]}", 71.4, 274.0)])
    boxes = [box, other]
    attach_glyphs(boxes, loose_glyphs(layout, height))
    assert box.lines[0].text == f"\u2022 {first}"
    assert box.lines[0].x0 == pytest.approx(71.4)
    assert box.lines[0].words == ((2, 82.4),)
    assert box.lines[1].text == rest  # the line below it keeps its text
    assert other.lines[0].text == f"\u2022 {SEEN[1]}"  # a line that opens with its own bullet is left alone
    page = PageLayout(1, tuple(order_boxes(boxes, 595.0, height)), 595.0, height)
    blocks = build_blocks([page])
    assert [(b.kind, b.text) for b in blocks] == [("item", SEEN[0]), ("item", SEEN[1])]


def test_a_loose_mark_that_is_no_single_glyph_is_left_where_it_is():
    loose = LTTextLineHorizontal(0.1)
    loose._objs.append(LTAnno("12"))
    loose.set_bbox((71.4, 592.0, 71.4, 602.0))
    assert loose_glyphs([loose], 842.0) == []


# --- numbered headings a text file marks itself, at page edges -----------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt"])
def test_underlined_numbered_headings_at_page_edges_are_never_running_furniture(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "4. Conclusions")
        doc.add("p", "The review reached three conclusions about how agencies worked together.")
        for n, text in enumerate(SEEN, 1):
            if n > 1:
                doc.add("pagebreak")
            doc.add("h2", f"Conclusion {n}")
            doc.add("p", text)
        doc.add("h1", "5. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"5.{n}")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    findings = [(l.kind, l.label, l.text) for l in lessons if l.kind == "finding"]
    assert findings == [("finding", f"Conclusion {n}", text) for n, text in enumerate(SEEN, 1)]


# --- a scanned list carried over to the next page, a few points off its edge ----------------------------------------


def test_a_scanned_list_item_on_the_next_page_a_few_points_off_its_edge_keeps_its_number():
    """OCR reads "2." as "Bi"; the third item, on the next page, is set five points left of the first
    (a page laid on the glass a little askew): both are the list's items."""

    def para(text, page, x0, kind="para"):
        return Block(kind=kind, text=text, page_start=page, page_end=page, size=12.5, x0=x0)

    blocks = [
        para("Recommendations", 2, 63, kind="heading"),
        para(f"1. {ASKS[0]}", 2, 64, kind="item"),
        para(f"Bi {ASKS[1]}", 2, 63),
        para(f"3. {ASKS[2]}", 3, 59),
    ]
    mended = misread_numbers(blocks)
    assert [(b.kind, b.text) for b in mended[1:]] == [("item", f"{n}. {ask}") for n, ask in enumerate(ASKS, 1)]
    # the same paragraph on the same page, as far off the edge, is no item of the list
    same_page = misread_numbers([*blocks[:3], para(f"3. {ASKS[2]}", 2, 59)])
    assert same_page[-1].kind == "para"


# --- a page's share links among its recommendations ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_share_this_page_row_after_the_recommendations_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("row", cells=("Share this page: Facebook", "X", "LinkedIn", "Email"))
        doc.add("p", "Was this page helpful?")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)
    ]


# --- a content system's export: a stamped date and an account as "Author:" -----------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_an_exports_stamped_date_is_the_day_and_its_account_is_never_the_author(tmp_path, fmt):
    def build(doc):
        doc.add("p", "Title: Serious Case Review: Child W")
        doc.add("p", "Published: 2016-03-14T10:15:00+00:00")
        doc.add("p", "Author: siteadmin")
        doc.add("p", "Body:")
        doc.add(
            "p",
            "This Serious Case Review was commissioned by Torbay Local Safeguarding Children Board. "
            "It was led by the independent reviewer Hester Pennington.",
        )
        doc.add("h1", "What was found")
        for text in SEEN:
            doc.add("bullet", text)

    review = bare_review_of(tmp_path, fmt, build, title=META["title"], published="2016-03-14")
    assert review.published == "2016-03-14"
    assert review.author == "Hester Pennington"


# --- a text file's first line naming the review over its date --------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt"])
def test_a_text_files_first_line_naming_the_review_over_its_date_is_the_title(tmp_path, fmt):
    def build(doc):
        doc.add("h3", "Serious Case Review - Child W")
        doc.add("p", "Published: March 2016")
        doc.add(
            "p",
            "This review was commissioned by Torbay Local Safeguarding Children Board after Child W was harmed.",
        )
        doc.add("h1", "What the review found")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h1", "Recommendations of the review")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = bare_review_of(tmp_path, fmt, build)
    assert review.title == "Serious Case Review - Child W"


# --- a tagged item whose prose holds a semicolon -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_item_with_a_semicolon_after_a_whole_sentence_is_one_lesson(tmp_path, fmt):
    first = f"{SEEN[0]} The school nurse was not told for a term; by then the girl had moved class."
    items = [("Learning", first), ("Good practice", SEEN[1]), ("Learning", SEEN[2])]

    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review found")
        for n, (tag, text) in enumerate(items, 1):
            doc.add("num", f"{tag}: {text}", label=f"{n}.")
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    found = [(l.kind, l.label, l.text) for l in lessons if l.kind != "recommendation"]
    kinds = {"Learning": "learning_point", "Good practice": "good_practice"}
    assert found == [(kinds[tag], str(n), text) for n, (tag, text) in enumerate(items, 1)]


# --- minutes whose agenda headings are printed as numbered items --------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_whose_agenda_headings_are_numbered_items_give_only_the_agreed_lessons(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Torbay Local Safeguarding Children Board")
        doc.add("title", "Minutes of the review panel for the Serious Case Review about Child W")
        doc.add("p", "Meeting held on Tuesday 12 January 2016, at the Town Hall")
        doc.add("num", "Welcome and apologies", label="1.")
        doc.add("p", "The Chair welcomed members. There were no apologies.")
        doc.add("num", "Draft learning points", label="2.")
        doc.add("p", "2.1 The Lead Reviewer presented the draft learning points.")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("p", f'2.{n + 1} Learning point {n} was agreed as drafted: "{text}"')
        doc.add("num", "Draft recommendations", label="3.")
        doc.add("p", "3.1 The panel agreed the following recommendations:")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("p", f"R{n} {ask}")
        doc.add("num", "Timescales", label="4.")
        doc.add("p", "The final report will go to the Board in March 2016.")
        doc.add("p", "Actions")
        doc.add("p", "A1 Lead Reviewer to circulate the revised draft within two weeks.")
        doc.add("p", "A2 All members to send comments on the revised draft to the Chair.")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("learning_point", "Learning point 1", SEEN[0]),
        ("learning_point", "Learning point 2", SEEN[1]),
        ("recommendation", "R1", ASKS[0]),
        ("recommendation", "R2", ASKS[1]),
    ]


def test_a_scanned_lists_last_item_whose_number_ocr_read_as_a_small_letter_keeps_its_number():
    """OCR reads the last item's "3." as "a"; a heading follows it: the list's third item."""

    def para(text, x0=62.0, kind="para"):
        return Block(kind=kind, text=text, page_start=2, page_end=2, size=12.5, x0=x0)

    blocks = [
        para("Recommendations", kind="heading"),
        para(f"1. {ASKS[0]}", kind="item"),
        para(f"2. {ASKS[1]}", kind="item"),
        para(f"a {ASKS[2]}"),
        para("Appendix A: Terms of reference", kind="heading"),
    ]
    mended = misread_numbers(blocks)
    assert [(b.kind, b.text) for b in mended[1:4]] == [("item", f"{n}. {ask}") for n, ask in enumerate(ASKS, 1)]
    # a paragraph after it (no heading) leaves the letter as it is
    assert misread_numbers([*blocks[:4], para("The review panel met four times.")])[3].kind == "para"


def test_a_scanned_lists_first_two_numbers_both_misread_are_given_back_when_the_list_goes_on_at_three():
    """OCR reads "1." as "i." and "2." as "IAN"; a stem's lettered parts follow, then "3.": items 1 and 2."""

    def para(text, x0=62.0, kind="para"):
        return Block(kind=kind, text=text, page_start=2, page_end=2, size=12.5, x0=x0)

    blocks = [
        para("Recommendations", kind="heading"),
        para(f"i. {ASKS[0]}", kind="item"),
        para("IAN The Board should seek assurance that:", x0=60.0),
        para("(a) the learning is taught;", kind="item"),
        para("(b) the policy is used.", kind="item"),
        para(f"3. {ASKS[2]}", kind="item"),
    ]
    mended = misread_numbers(misread_first_numbers(blocks))
    assert [(b.kind, b.text) for b in mended[1:3]] == [
        ("item", f"1. {ASKS[0]}"),
        ("item", "2. The Board should seek assurance that:"),
    ]
    # a list that goes on at "ii." is a list in roman numerals: its "i." is left as it is
    roman = misread_first_numbers([*blocks[:5], para(f"ii. {ASKS[2]}", kind="item")])
    assert roman[1].text == f"i. {ASKS[0]}"


# --- a numbered sentence announcing the recommendations ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_sentence_announcing_the_recommendations_after_it_is_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h1", "6. Recommendations")
        doc.add("p", "6.1 The reviewer agreed with the Board that it should receive the following recommendations:")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"R{n} {ask}")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert [(l.kind, l.label, l.text) for l in lessons if l.kind == "recommendation"] == [
        ("recommendation", f"R{n}", ask) for n, ask in enumerate(ASKS, 1)
    ]
