"""Ingest tests: lessons and particulars printed in a sidebar, a cover's strapline and an addressee printed
under its label at a page's foot, as the first half of blind held-out set 31 (C925-C942) prints them, each on
a document the test lays out itself.

A web page's <aside> beside a paragraph holding a learning point's title and text is the learning point (the
paragraph beside it narrative), and an <aside> holding the review's own particulars gives its type,
publication and reviewer, while a site's sidebar of links or of listed pages is never read; in Word the same
sidebar is a layout table's cell whose bold title is the lesson's title. A cover's title in capitals over a
strapline naming the review's type is the title, the strapline only its type, and neither the strapline nor
the fields under it head lessons. A recommendation whose label and "Addressed to:" line stand at the foot of
a page starts on that page. The texts are written for these tests only.
"""

from __future__ import annotations

from pathlib import Path

import docx

from ingest import extract_review
from ingest.layout import Block
from ingest.lessons import segment_lessons

NARRATIVE = (
    "The health visitor saw the baby at home in the spring and noted that several adults were living there.",
    "A neighbour told the police about shouting late at night, and a notification reached the council a day later.",
)
SIDEBARS = (
    ("Knowing who lives in the home", "Nobody asked who the adults in the flat were. Each agency held a name."),
    (
        "Waiting for consent",
        "Support for the family depended on the mother agreeing to it, and no one planned for a refusal. "
        "When she stopped answering, it ended.",
    ),
)
ASKS = (
    "The Partnership should run workshops on professional curiosity for every agency.",
    "Schools should tell the council within five days when a pupil is taken off the roll.",
)
COVER = "<p>Rivermouth Safeguarding Children Partnership</p><h1>Learning brief: Child T</h1>"
INTRO = "<p>Child T, who was 3 months old, was taken to hospital with a head injury in May 2023.</p>"


def _want_learning():
    return [("learning_point", "", t, f"{t} {s}") for t, s in SIDEBARS] + [("recommendation", "", "", a) for a in ASKS]


def _rows(review):
    return [(l.kind, l.label, l.title, l.text) for l in review.lessons]


def _asks_html():
    return "<h2>What the partnership will do</h2><ul>" + "".join(f"<li>{a}</li>" for a in ASKS) + "</ul>"


def _html(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "brief.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>Brief</title></head><body><main>{body}</main></body></html>")
    return path


def test_an_aside_beside_a_paragraph_holding_a_learning_point_is_the_learning_point(tmp_path):
    rows = "".join(
        f'<div class="row"><p>{n}</p><aside><h4>{t}</h4><p>{s}</p></aside></div>'
        for n, (t, s) in zip(NARRATIVE, SIDEBARS)
    )
    body = f"{COVER}<h2>About the review</h2>{INTRO}<h2>What happened and what we learned</h2>{rows}{_asks_html()}"
    assert _rows(extract_review(_html(tmp_path, body))) == _want_learning()


def test_an_aside_of_links_or_listed_pages_is_never_read(tmp_path):
    links = '<aside><h2>Other reviews</h2><ul><li><a href="/1">Review of Baby P</a></li><li><a href="/2">Review of Child Q</a></li></ul></aside>'
    listed = "<aside><p>See also: Our reviews; Training for staff; Report a concern.</p></aside>"
    body = f"{COVER}{INTRO}<h2>What we learned</h2>"
    body += "".join(f"<h3>{t}</h3><p>{s}</p>" for t, s in SIDEBARS) + links + _asks_html() + listed
    review = extract_review(_html(tmp_path, body))
    assert _rows(review) == _want_learning()
    assert not any("Review of Baby P" in l.text or "Training for staff" in l.text for l in review.lessons)


def test_an_aside_of_the_reviews_particulars_gives_its_type_date_and_reviewer(tmp_path):
    about = (
        "<aside><p>About this review. Type: Local Child Safeguarding Practice Review. Published: 12 March 2024. "
        "Lead reviewer: Alison Brook.</p></aside>"
    )
    body = (
        "<p>Rivermouth Safeguarding Children Partnership</p><h1>Tom: learning from the review</h1>"
        f"{about}<p>Tom, who was 7 years old, was found living in neglect in 2022.</p><h2>What we learned</h2>"
        + "".join(f"<h3>Learning {n}: {t}</h3><p>{s}</p>" for n, (t, s) in enumerate(SIDEBARS, 1))
        + _asks_html()
    )
    review = extract_review(_html(tmp_path, body))
    assert (review.review_type, review.published, review.author) == ("LCSPR", "2024-03-12", "Alison Brook")
    assert [l.label for l in review.lessons][:2] == ["Learning 1", "Learning 2"]


def test_a_word_layout_cell_titled_in_bold_beside_a_paragraph_is_the_learning_point(tmp_path):
    document = docx.Document()
    document.add_paragraph("Rivermouth Safeguarding Children Partnership")
    document.add_heading("Learning brief: Child T", level=1)
    document.add_heading("About the review", level=2)
    document.add_paragraph(INTRO[3:-4])
    document.add_heading("What happened and what we learned", level=2)
    table = document.add_table(rows=0, cols=2)
    for narrative, (title, text) in zip(NARRATIVE, SIDEBARS):
        left, right = table.add_row().cells
        left.text = narrative
        right.paragraphs[0].add_run(title).bold = True
        right.add_paragraph(text)
    document.add_heading("What the partnership will do", level=2)
    for ask in ASKS:
        document.add_paragraph(ask, style="List Bullet")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    assert _rows(extract_review(path)) == _want_learning()


def test_a_capitalised_title_over_a_strapline_naming_the_type_is_the_title(tmp_path):
    text = (
        "Rivermouth Safeguarding Children Board\n\nTHROUGH TOM'S EYES\n==================\n\n"
        "Learning from a serious case review\n\nWritten by Alison Brook | June 2018\n\n\nINTRODUCTION\n\n"
        "Tom, who was 7 years old, was found living in neglect in 2017. The Board commissioned this review.\n\n"
        "WHAT WE LEARNED\n\n"
        + "".join(f"Learning point {n}\n{s}\n\n" for n, (_, s) in enumerate(SIDEBARS, 1))
        + "WHAT THE BOARD WILL DO\n\n"
        + "".join(f"{n}.     {a}\n\n" for n, a in enumerate(ASKS, 1))
    )
    path = tmp_path / "eyes.txt"
    path.write_text(text)
    review = extract_review(path)
    assert review.title.lower() == "through tom's eyes"
    assert (review.review_type, review.child) == ("SCR", "Tom")
    assert [(l.kind, l.label, l.title, l.text) for l in review.lessons] == [
        ("learning_point", f"Learning point {n}", "", s) for n, (_, s) in enumerate(SIDEBARS, 1)
    ] + [("recommendation", str(n), "", a) for n, a in enumerate(ASKS, 1)]


def _block(kind, text, page, level=0):
    return Block(kind=kind, text=text, page_start=page, page_end=page, level=level)


def test_a_recommendation_with_its_addressee_at_a_pages_foot_starts_on_that_page():
    def blocks(addressed):
        out = [_block("heading", "Our recommendations", 2, 1), _block("heading", "Recommendation 1", 2, 2)]
        out += [_block("para", "Addressed to: Home Office", 2)] if addressed else []
        return out + [_block("para", "The Home Office should ensure that police forces share what they know.", 3)]

    (with_addressee,) = segment_lessons(blocks(True))
    assert (with_addressee.page_start, with_addressee.page_end, with_addressee.agency) == (2, 3, "Home Office")
    (label_alone,) = segment_lessons(blocks(False))
    assert (label_alone.page_start, label_alone.page_end) == (3, 3)
