"""Ingest tests: the lesson classes blind held-out set 15's first half (C349-C366) found the
extractor missing, each on a document the test lays out itself.

A slide deck or handout whose title names its learning (slide numbers, speaker notes, an agenda
slide), notes pages ("Learning 2: title" over "Notes" and the text), an infographic's numbered box
titles set in body type, line numbers in the margin, run-in title phrases in plain text, a forwarded
e-mail's quoted lines kept as paragraphs, a newsletter article that jumps ("Continued on page 3"), a
plain heading over a run-in "Finding 1.", image descriptions between lessons and a "Related
content" sidebar; and a scanned list's item run on after the wrapped end of the one before it, its
number read as a mark.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.layout import Block
from ingest.scan_lists import misread_run_on_numbers
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Lessons and narrative written for these tests (not the corpus's words).
TITLES = ("Bath time bruises", "A cousin who babysat", "Letters to an empty flat", "Missed eye tests")
BODIES = (
    "The childminder saw bruises on the toddler's back at bath time and wrote them down. Nobody asked the family about them.",
    "The cousin who often babysat had a caution for harming a child. No agency checked who looked after the children.",
    "Appointment letters went to the old address for months. The clinic closed the referral when nobody replied.",
    "The school noticed the boy squinting at the board all term. A referral to the optician was never followed up.",
)
ASKS = (
    "The partnership should check that every childminder knows how to raise a concern about bruising.",
    "Children's social care should record who looks after the children when the parents are at work.",
    "Health services should confirm a family's address before closing a referral for no reply.",
)
META15 = {
    "title": "Local Child Safeguarding Practice Review: Child Q",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child Q",
    "child_age": "",
    "author": "Morwenna Trease",
}
BRIEFING = {**META15, "title": "Child Q: learning from the review", "review_type": "briefing"}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=META15):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


def _asks(doc, asks=ASKS[:2]) -> None:
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(asks, 1):
        doc.add("num", ask, label=f"{n}.")


def _ask_rows(asks=ASKS[:2]):
    return [("recommendation", ask) for ask in asks]


def _low(rows):
    """Rows with their texts in lower case: a text file prints top-level headings in capitals."""
    return [tuple(v.lower() if isinstance(v, str) else v for v in row) for row in rows]


def _learning(titles=TITLES, bodies=BODIES):
    return [("learning_point", f"{title} {body}") for title, body in zip(titles, bodies)]


# --- a slide deck whose title names its learning ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_decks_slides_under_a_learning_title_are_learning_points(tmp_path, fmt):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("cover", "Briefing for practitioners, May 2022")
        doc.add("pagebreak")
        doc.add("h1", "What we will cover")
        for item in ("About the family", "What we learned", "Your questions"):
            doc.add("bullet", item)
        doc.add("small", "Slide 2 of 6")
        for n, (title, body) in enumerate(zip(TITLES, BODIES), 3):
            doc.add("pagebreak")
            doc.add("h1", title)
            doc.add("p", body)
            doc.add("small", f"Slide {n} of 6")
            doc.add(
                "runin",
                "Give the room a minute to talk about this with the person next to them.",
                label="Speaker notes:",
            )

    review = _review(tmp_path, fmt, build, BRIEFING)
    assert _low(_rows(review, "kind", "text", "title")) == _low(
        [(kind, text, title) for (kind, text), title in zip(_learning(), TITLES)]
    )


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_handouts_slides_numbered_above_are_learning_points(tmp_path, fmt):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Halton Safeguarding Children Partnership | May 2022")
        for n, (title, body) in enumerate(zip(TITLES, BODIES), 1):
            if n % 2:
                doc.add("pagebreak")
            doc.add("small", f"Slide {n}")
            doc.add("h2", title)
            doc.add("p", body)
            doc.add("p", "Notes: ________________________")

    review = _review(tmp_path, fmt, build, BRIEFING)
    assert _rows(review, "kind", "text") == _learning()


def test_a_learning_titled_report_without_slides_is_read_as_before(tmp_path):
    # no slide numbers: the title heads nothing, its own sections do
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("h1", "Key learning")
        for title, body in zip(TITLES[:2], BODIES):
            doc.add("h2", title)
            doc.add("p", body)
        _asks(doc)

    review = _review(tmp_path, "pdf", build, BRIEFING)
    assert _rows(review, "kind", "text") == _learning(TITLES[:2]) + _ask_rows()
    assert {l.section for l in review.lessons[:2]} == {"Key learning"}


# --- notes pages: a labelled slide heading over "Notes" and the text ---------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_notes_pages_labelled_slides_take_their_notes_as_text(tmp_path, fmt):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Halton Safeguarding Children Partnership")
        for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1):
            doc.add("pagebreak")
            doc.add("small", f"Slide {n + 1}")
            doc.add("h1", f"Learning {n}: {title}")
            doc.add("h3", "Notes")
            doc.add("p", body)
        doc.add("pagebreak")
        doc.add("h1", "Recommendations")
        for ask in ASKS[:2]:
            doc.add("bullet", ask)

    review = _review(tmp_path, fmt, build, BRIEFING)
    assert _low(_rows(review, "kind", "label", "text")) == _low(
        [
            ("learning_point", f"Learning {n}", f"{title} {body}")
            for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1)
        ]
        + [("recommendation", "", ask) for ask in ASKS[:2]]
    )


# --- an infographic: numbered box titles in body type under a larger section heading -----------------------------


def test_numbered_box_titles_in_body_type_are_lessons_of_the_section_above(tmp_path):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Halton Safeguarding Children Partnership | May 2022")
        doc.add("h1", "Facts and figures")
        doc.add("box", "referrals before the incident", label="9")
        doc.add("h1", "What we learned")
        for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1):
            doc.add("box", body, label=f"{n}  {title}")

    review = _review(tmp_path, "pdf", build, BRIEFING)
    assert _rows(review, "kind", "title") == [("learning_point", title) for title in TITLES[:3]]


# --- line numbers in the margin ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_line_numbers_in_the_margin_are_no_part_of_the_lessons(tmp_path, fmt):
    def build(doc):
        cover(doc)
        line = 0

        def lines(text):
            nonlocal line
            for sentence in text.split(". "):
                line += 1
                sentence = sentence if sentence.endswith(".") else sentence + "."
                doc.add("row", sentence, cells=(str(line), sentence), label="side")

        doc.add("h1", "Findings")
        for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1):
            doc.add("h2", f"Finding {n}: {title}")
            lines(body)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("h3", f"Recommendation {n}")
            lines(ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text") == [
        ("finding", title, f"{title} {body}") for title, body in zip(TITLES[:3], BODIES)
    ] + [("recommendation", "", ask) for ask in ASKS[:2]]


# --- run-in title phrases in plain text ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_paragraphs_opening_with_their_title_phrase_are_a_lesson_each(tmp_path, fmt):
    titles = ("Bath time bruises", "Letters that were never read", "Eye tests")

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("p", "The review identified three findings.")
        for title, body in zip(titles, BODIES):
            doc.add("runin", body, label=f"{title}.", bold_label=False)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title") == [("finding", t) for t in titles] + [
        ("recommendation", "") for _ in ASKS[:2]
    ]


# --- a forwarded e-mail's quoted lines kept as paragraphs ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_a_forwarded_mails_quoted_lines_are_read_as_its_text(tmp_path, fmt):
    def build(doc):
        doc.add("p", "From: Learning and Development <learning@example.gov.uk>")
        doc.add("p", "Sent: 4 May 2022")
        doc.add("p", "Subject: FW: what the review of Child Q found")
        doc.add("p", "Hello all, the key points from the review are below for your next team meeting.")
        doc.add("p", "-----Original Message-----")
        doc.add("p", "> The partnership has published its review. These are the main points.")
        doc.add("p", "> WHAT WE LEARNED")
        for body in BODIES[:3]:
            doc.add("p", f"> - {body}")
        doc.add("p", "> WHAT MUST CHANGE")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"> {n}. {ask}")
        doc.add("p", "> Please share this with your teams.")

    review = _review(tmp_path, fmt, build, BRIEFING)
    assert _rows(review, "kind", "text") == [("learning_point", body) for body in BODIES[:3]] + _ask_rows(ASKS)


# --- a newsletter's article that jumps to a later page ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_an_article_continued_on_a_later_page_is_joined(tmp_path, fmt):
    first, rest = BODIES[1].split(". ", 1)

    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Halton Safeguarding Children Partnership | Newsletter | May 2022")
        doc.add("h1", "Inside")
        doc.add("bullet", "Learning from a local review (page 1)")
        doc.add("bullet", "Dates for your diary (page 1)")
        doc.add("h1", "Learning from a local review")
        doc.add("h2", TITLES[0])
        doc.add("p", BODIES[0])
        doc.add("h2", TITLES[2])
        doc.add("p", BODIES[2])
        doc.add("h2", TITLES[1])
        doc.add("p", first + ".")
        doc.add("small", "Continued on page 2")
        doc.add("h1", "Dates for your diary")
        doc.add("p", "The next multi-agency neglect course runs in the autumn; places are free.")
        doc.add("h1", "New procedures")
        doc.add("p", "The threshold document has been revised and is now on the partnership's website.")
        doc.add("pagebreak")
        doc.add("small", "Continued from page 1")
        doc.add("p", rest)
        doc.add("h1", "Contact us")
        doc.add("h2", "The business unit")
        doc.add("p", "Write to the business unit with any question about this newsletter.")

    review = _review(tmp_path, fmt, build, BRIEFING)
    assert _rows(review, "kind", "text") == _learning(
        (TITLES[0], TITLES[2], TITLES[1]), (BODIES[0], BODIES[2], BODIES[1])
    )


# --- a plain heading over a run-in "Finding 1." -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt", "pdf"])
def test_a_plain_heading_over_a_run_in_finding_titles_it(tmp_path, fmt):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("p", "Published 3 May 2022")
        doc.add("h1", "Summary")
        doc.add("p", "The family moved to the area in the spring and was known to several services.")
        for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1):
            doc.add("h2", title)
            doc.add("runin", body, label=f"Finding {n}.")
            doc.add("small", "Back to top")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title") == [
        ("finding", f"Finding {n}", title) for n, title in enumerate(TITLES[:3], 1)
    ] + [("recommendation", str(n), "") for n in (1, 2)]


# --- image descriptions between the lessons ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_image_descriptions_are_no_part_of_a_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for n, (title, body) in enumerate(zip(TITLES[:3], BODIES), 1):
            doc.add("h2", f"Learning point {n}: {title}")
            doc.add("p", body)
            doc.add("small", "Image description: a drawing of a house with the services around it.")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == _learning(TITLES[:3]) + _ask_rows()


# --- a "Related content" sidebar after the lessons ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt", "docx"])
def test_a_related_content_sidebar_is_no_lesson(tmp_path, fmt):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("h1", "Good practice")
        doc.add("bullet", "The school nurse rang the health visitor the day she saw the bruises.")
        doc.add("bullet", "The housing officer checked who else was living at the flat.")
        doc.add("h2", "Related content")
        for item in ("Neglect toolkit for practitioners", "Escalation procedure", "Training calendar"):
            doc.add("bullet", item)
        doc.add("small", "Print this page")

    review = _review(tmp_path, fmt, build)
    assert [l.kind for l in review.lessons] == ["good_practice", "good_practice"]


# --- a scan's item run on after the wrapped end of the item before, its number read as a mark -------------------------


def test_an_item_run_on_after_the_wrapped_end_of_the_one_before_is_parted_again():
    second = Block("item", "2. Schools should tell the health visitor when a child under five misses a", 2, 2, x0=62.0)
    run_on = Block("para", "week. % The clinic should ring the family before it closes a referral.", 2, 2, x0=94.0)
    parted = misread_run_on_numbers([second, run_on])
    assert [(b.kind, b.text) for b in parted] == [
        ("item", "2. Schools should tell the health visitor when a child under five misses a week."),
        ("item", "3. The clinic should ring the family before it closes a referral."),
    ]
    # a wrapped end followed by narrative that asks nothing stays as it was
    narrative = Block("para", "week. % The family moved away in the spring.", 2, 2, x0=94.0)
    assert misread_run_on_numbers([second, narrative]) == [second, narrative]
    # a number printed as another item's ("5," after item 2) is no misread 3
    other = Block("para", "week. 5, The clinic should ring the family first.", 2, 2, x0=94.0)
    assert misread_run_on_numbers([second, other]) == [second, other]
