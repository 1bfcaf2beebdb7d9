"""Ingest tests: the number a browser draws before an ordered list's item (<ol><li>) labels the lesson
the item opens, as the number printed before a numbered item in a PDF, Word or text file does.

The number is no part of the item's text, so it is carried beside it and read only as the label: the
same page with its <ol> written as <ul> gives the same lessons, kinds, texts, titles and agencies.
Documents are literal HTML, or written by the conventions corpus's writers in every format and read
back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

FOUND = (
    "The school nurse heard about the bruises twice and each time was told the family was already known.",
    "Nobody asked the older sister what the evenings at home were like before the plan was closed.",
    "The health visitor's worries about the state of the flat were not passed to the GP before the move.",
)
ASKS = (
    "The Partnership should give school nurses a named contact in the front door for repeat concerns.",
    "Children's social care should speak with every sibling on their own before closing a plan.",
    "The Integrated Care Board should audit how health visitors pass concerns to GPs when a family moves.",
)
COVER = (
    "<!DOCTYPE html><html><head><title>Local Child Safeguarding Practice Review: Child R</title></head><body>"
    "<h1>Local Child Safeguarding Practice Review: Child R</h1><p>Sefton Safeguarding Children Partnership</p>"
    "<p>Author: Imogen Farrant</p><p>Publication date: May 2022</p>"
)


def _page(tmp_path, body: str, name: str = "review"):
    path = tmp_path / f"{name}.html"
    path.write_text(f"{COVER}{body}</body></html>", encoding="utf-8")
    return extract_review(path)


def _items(texts, tag: str = "li") -> str:
    return "".join(f"<{tag}>{text}</{tag}>" for text in texts)


# --- a numbered list in every format: the same labels --------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_numbered_list_is_labelled_alike_in_every_format(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, text in enumerate(FOUND, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Recommendations")
        doc.add("p", "The review makes three recommendations to the partnership and its agencies.")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = extract_review(write_document(tmp_path, fmt, build)[0])
    assert _rows(review, "kind", "label", "text") == [
        *(("finding", str(n), text) for n, text in enumerate(FOUND, 1)),
        *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
    ]


def test_the_corpus_html_writer_numbers_a_resumed_list_on(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")
        doc.add("p", "The next two are for health partners.")
        for n, ask in enumerate(ASKS[1:], 2):
            doc.add("num", ask, label=f"{n}.")

    path = write_document(tmp_path, "html", build)[0]
    page = path.read_text(encoding="utf-8")
    assert "<ol>" in page and '<ol start="2">' in page  # as the page is read, not "1." again


# --- what a browser draws: start, type, value, reversed, list-style ------------------------------------


def test_start_and_type_give_the_labels_a_browser_draws(tmp_path):
    review = _page(
        tmp_path,
        f"<h2>Findings</h2><ol start='4'>{_items(FOUND)}</ol><h2>Recommendations</h2><ol type='a'>{_items(ASKS)}</ol>",
    )
    assert _rows(review, "kind", "label", "text") == [
        *(("finding", str(n), text) for n, text in enumerate(FOUND, 4)),
        *(("recommendation", letter, ask) for letter, ask in zip("abc", ASKS)),
    ]


@pytest.mark.parametrize(
    "ol,li,labels",
    [
        ("<ol type='A'>", ("<li>", "<li>", "<li>"), ("A", "B", "C")),
        ("<ol type='i' start='2'>", ("<li>", "<li>", "<li>"), ("ii", "iii", "iv")),
        ("<ol type='I' reversed>", ("<li>", "<li>", "<li>"), ("III", "II", "I")),
        ("<ol>", ("<li>", "<li value='7'>", "<li>"), ("1", "7", "8")),
        ("<ol>", ("<li>", "<li type='a'>", "<li>"), ("1", "b", "3")),
        ("<ol style='list-style-type: upper-roman'>", ("<li>", "<li>", "<li>"), ("I", "II", "III")),
        ("<ol style='margin: 0; list-style: lower-alpha inside'>", ("<li>", "<li>", "<li>"), ("a", "b", "c")),
        ("<ol style='list-style: none'>", ("<li>", "<li>", "<li>"), ("", "", "")),
        ("<ol>", ("<li style='list-style-type: none'>", "<li>", "<li>"), ("", "2", "3")),
    ],
)
def test_every_way_a_page_sets_its_numbers(tmp_path, ol, li, labels):
    items = "".join(f"{tag}<p>{ask}</p></li>" for tag, ask in zip(li, ASKS))
    review = _page(tmp_path, f"<h2>Recommendations</h2>{ol}{items}</ol>")
    assert _rows(review, "kind", "label", "text") == [("recommendation", l, a) for l, a in zip(labels, ASKS)]


def test_a_number_printed_in_the_text_is_the_label_whatever_the_list_draws(tmp_path):
    numbered = [f"{n}. {ask}" for n, ask in enumerate(ASKS, 7)]
    drawn = f"<ol style='list-style: none'>{_items(numbered)}</ol>"
    labelled = f"<ol>{_items(f'Recommendation {n}: {ask}' for n, ask in enumerate(ASKS, 1))}</ol>"
    review = _page(tmp_path, f"<h2>Recommendations</h2>{drawn}<h2>Further recommendations</h2>{labelled}")
    assert _rows(review, "label", "text") == [
        *((str(n), ask) for n, ask in enumerate(ASKS, 7)),
        *((f"Recommendation {n}", ask) for n, ask in enumerate(ASKS, 1)),
    ]


# --- nesting: each item labelled by the number drawn before it -----------------------------------------


def test_a_nested_list_restarts_its_own_numbers(tmp_path):
    # A browser draws an inner list's numbers afresh ("a.", "b." or "1.", "2."), never "2.1": the label
    # is what is drawn, as a lettered item printed under a numbered one in a PDF is labelled by its letter.
    titled = "".join(
        f"<li><strong>{title}</strong><ol type='a'><li>{FOUND[0]}</li><li>{FOUND[1]}</li></ol></li>"
        for title in ("Bruises explained away", "A sister never asked")
    )
    plain = f"<ol><li>{ASKS[0]}<ol><li>{ASKS[1]}</li></ol></li><li>{ASKS[2]}</li></ol>"
    review = _page(tmp_path, f"<h2>Findings</h2><ol start='3'>{titled}</ol><h2>Recommendations</h2>{plain}")
    assert _rows(review, "kind", "label", "title") == [
        ("finding", "3", "Bruises explained away"),
        ("finding", "4", "A sister never asked"),
        ("recommendation", "1", ""),
        ("recommendation", "1", ""),
        ("recommendation", "2", ""),
    ]
    assert [lesson.text for lesson in review.lessons][2:] == list(ASKS)


def test_an_item_opening_with_a_list_gives_its_number_to_none_of_the_inner_items(tmp_path):
    review = _page(tmp_path, f"<h2>Recommendations</h2><ol><li><ol type='i'>{_items(ASKS[:2])}</ol></li></ol>")
    assert _rows(review, "label", "text") == [("i", ASKS[0]), ("ii", ASKS[1])]


# --- the number decides nothing but the label ------------------------------------------------------------


BODIES = [
    f"<h2>Findings</h2><ol>{_items(FOUND)}</ol><h2>Recommendations</h2><ol start='2'>{_items(ASKS)}</ol>",
    # a finding's title over its text in each item, evidence under a caption, a stem over its parts
    "<h2>Key findings</h2><ol>"
    + "".join(f"<li><strong>Finding title {n}</strong><p>{text}</p></li>" for n, text in enumerate(FOUND, 1))
    + "</ol><h2>Recommendations</h2><ol><li>The Partnership should:<ol type='a'>"
    + _items(("give school nurses a named contact;", "audit the front door's replies."))
    + f"</ol></li><li>{ASKS[1]}</li></ol><p>Evidence:</p><ol>{_items(FOUND[:2])}</ol>",
    # run-in cues inside items, a list of learning in a table cell, a reversed list of good practice
    f"<h2>Learning</h2><ol>{_items(f'Learning: {text}' for text in FOUND)}</ol>"
    f"<table><tr><th>Recommendation</th><th>Lead</th></tr><tr><td><ol><li>{ASKS[0]}</li></ol></td>"
    f"<td>Police</td></tr></table><h2>Good practice</h2><ol reversed>{_items(FOUND[1:])}</ol>",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_same_page_with_bullets_gives_the_same_lessons_but_their_labels(tmp_path, body):
    numbered = _page(tmp_path, body, "numbered")
    bulleted = _page(tmp_path, body.replace("<ol", "<ul").replace("</ol>", "</ul>"), "bulleted")
    fields = ("kind", "text", "title", "agency", "section", "page_start", "page_end")
    assert numbered.lessons and _rows(numbered, *fields) == _rows(bulleted, *fields)
    assert (numbered.title, numbered.area, numbered.published, numbered.child) == (
        bulleted.title,
        bulleted.area,
        bulleted.published,
        bulleted.child,
    )
    assert any(lesson.label for lesson in numbered.lessons)
    # a label the bulleted page has came from the text, and the numbered page keeps it
    assert all(b.label in ("", n.label) for n, b in zip(numbered.lessons, bulleted.lessons))


def test_items_and_lists_a_page_leaves_unclosed_are_numbered_as_a_browser_numbers_them(tmp_path):
    # <li> never closed, a stray </ul> inside the <ol>, and a last list the page never closes
    body = (
        f"<h2>Recommendations</h2><ol start='2'><li>{ASKS[0]}</ul><li>{ASKS[1]}</ol>"
        f"<h2>Further recommendations</h2><ol type='a'><li>{ASKS[2]}"
    )
    review = _page(tmp_path, body)
    assert _rows(review, "label", "text") == [("2", ASKS[0]), ("3", ASKS[1]), ("a", ASKS[2])]


# --- Word's automatic numbering (numPr): rendered from the numbering part, as Word prints it -------------


def _word_list(tmp_path, build):
    import docx

    document = docx.Document()
    document.add_heading("Learning review: Child R", level=0)
    document.add_paragraph("Sefton Safeguarding Children Partnership")
    build(document)
    path = tmp_path / "word.docx"
    document.save(str(path))
    return extract_review(path)


def test_word_list_number_style_numbers_its_items(tmp_path):
    def build(document):
        document.add_heading("Recommendations", level=1)
        for ask in ASKS:
            document.add_paragraph(ask, style="List Number")  # numbered by the style's own numPr

    review = _word_list(tmp_path, build)
    assert _rows(review, "kind", "label", "text") == [("recommendation", str(n), a) for n, a in enumerate(ASKS, 1)]


def test_word_two_level_numbers_and_a_list_started_at_another_number(tmp_path):
    from docx.oxml import parse_xml
    from test_ingest_generality import _numbered, _word_numbering

    def build(document):
        _word_numbering(document, 80, 80, [("decimal", "%1."), ("decimal", "%1.%2")])
        document.add_heading("Recommendations", level=1)
        for ask, level in zip(ASKS, (0, 1, 1)):
            _numbered(document.add_paragraph(ask), 80, level)
        _numbered(document.add_paragraph(FOUND[0]), 80, 0)
        # a second list of the same definition, set by Word to start at 4 (lvlOverride/startOverride)
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        document.part.numbering_part.element.append(
            parse_xml(
                f'<w:num {ns} w:numId="81"><w:abstractNumId w:val="80"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
            )
        )
        document.add_heading("Recommendations to health partners", level=1)
        for text in FOUND[1:]:
            _numbered(document.add_paragraph(text), 81, 0)

    review = _word_list(tmp_path, build)
    assert _rows(review, "label", "text") == [
        ("1", ASKS[0]),
        ("1.1", ASKS[1]),  # "1.1" as a numbered paragraph printed "1.1 ..." in a PDF is labelled
        ("1.2", ASKS[2]),
        ("2", FOUND[0]),
        ("4", FOUND[1]),
        ("5", FOUND[2]),
    ]
