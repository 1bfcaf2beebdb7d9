"""Ingest tests: the furniture of long reports and web pages that the second half of blind held-out set 26
(C763-C780) found the extractor reading as lessons or missing metadata in, each on a document the test lays
out itself.

A reference table between two lessons (a glossary "Term | Meaning", a summary of contacts "Date | Agency |
Contact"): never lessons nor part of one. A list naming each recommendation by its first words cut off with
an ellipsis: never lessons nor second copies. A web page's "Jump to:" links to its own sections and its line
of page links ("Print this page | Share this page"): never lessons. A browser's print line ("Printed from
<address> on <date>") at the head of each page: never part of the learning point it breaks. A chapter
opener's bare number: never a label, title or lesson. Metadata: the partnership named only where a sentence
opens mid-line or in a copyright line; the author a review was commissioned "from"; the review type or the
publication only in a running footer. Documents are written by the conventions corpus's writers (reportlab
PDF, python-docx, HTML, text) and read back through the real readers; the texts are written for these tests
only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_ASKS,
    CHILD_K_META,
    FORMATS,
    bare_review_of,
    child_k_cover,
    child_k_introduction,
    lesson_rows,
    lessons_and_rule_lessons,
    numbered_recommendations,
)

META = CHILD_K_META
LEARNED = (
    ("Too many social workers", "The family had five social workers in a year and each one started again."),
    ("Nobody explained the plan", "Decisions about the move were made without telling the child what would happen."),
    ("A father nobody met", "The father lived in the home for a year and was never invited to a meeting."),
)
ASKS = CHILD_K_ASKS


def _numbered():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


def _labelled_learning():
    return [
        ("learning_point", f"Learning {n}", title, f"{title} {text}", "") for n, (title, text) in enumerate(LEARNED, 1)
    ]


# --- a reference table between two lessons: a glossary, a summary of contacts --------------------------------------

TABLES = {
    "glossary": (
        "Terms used in this section",
        ("Term", "Meaning"),
        (("ED", "Emergency Department"), ("MASH", "Multi-Agency Safeguarding Hub"), ("CIN", "Child in Need")),
    ),
    "contacts": (
        "Table 1: Agency contact with the family",
        ("Date", "Agency", "Contact"),
        (
            ("May 2021", "School", "The class teacher saw a bruise and recorded the explanation given."),
            ("July 2021", "Police", "Officers attended a report of shouting and made a referral."),
        ),
    ),
}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reference_table_between_lessons_is_never_a_lesson(tmp_path, fmt, table):
    heading, header, rows = TABLES[table]

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning")
        for n, (title, text) in enumerate(LEARNED, 1):
            doc.add("h2", f"Learning {n}: {title}")
            doc.add("p", text)
            if n == 2:
                doc.add("h2", heading)
                doc.add("header", cells=header)
                for cells in rows:
                    doc.add("row", cells=cells)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _labelled_learning() + _numbered()


# --- recommendations listed by their first words, cut off ----------------------------------------------------------


@pytest.mark.parametrize("ellipsis", ["…", "..."])
@pytest.mark.parametrize("fmt", FORMATS)
def test_recommendations_listed_by_their_first_words_cut_off_are_never_lessons(tmp_path, fmt, ellipsis):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h2", "Recommendations in this review")
        for n, ask in enumerate(ASKS, 1):
            doc.add("bullet", f"Recommendation {n}: {' '.join(ask.split()[:6])}{ellipsis}")
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert lesson_rows(lessons) == [
        ("recommendation", f"Recommendation {n}", "", ask, "") for n, ask in enumerate(ASKS, 1)
    ]


# --- a web page's links to its own sections and its line of page links --------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt", "docx"])
def test_a_pages_links_to_its_sections_and_its_page_links_are_never_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("p", "Jump to:")
        for section in ("Introduction", "Learning", "Recommendations", "Related reviews"):
            doc.add("bullet", section)
        child_k_introduction(doc)
        doc.add("h1", "Learning")
        for n, (title, text) in enumerate(LEARNED, 1):
            doc.add("h2", f"Learning {n}: {title}")
            doc.add("p", text)
        numbered_recommendations(doc, ASKS)
        doc.add("row", cells=("Print this page", "Share this page"))
        doc.add("row", cells=("© Calderdale Safeguarding Children Partnership", "Privacy", "Cookies"))
        doc.add("h1", "Related reviews")
        doc.add("bullet", "Serious Case Review: Child Q")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert lesson_rows(lessons) == _labelled_learning() + _numbered()


# --- a browser's print line at the head of every page --------------------------------------------------------------

LONG = (
    "The review heard that the family moved between three addresses in a year and that each move took the "
    "children further from the school that knew them best. "
) * 9


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_browsers_print_line_never_breaks_a_learning_point(tmp_path, fmt):
    def build(doc):
        doc.header = "Printed from https://www.calderdalescp.org.uk/case-reviews/child-k/ on 03/11/2022"
        doc.add("p", "Printed from https://www.calderdalescp.org.uk/case-reviews/child-k/ on 03/11/2022")
        doc.add("title", META["title"])
        doc.add("cover", "Published: 14 June 2022")
        child_k_introduction(doc)
        doc.add("h1", "What we learned")
        doc.add("h2", "Moving home")
        for _ in range(3):
            doc.add("p", LONG.strip())
        numbered_recommendations(doc, ASKS)

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert [l.text for l in lessons if l.kind == "learning_point"] == [" ".join(["Moving home", *[LONG.strip()] * 3])]
    assert not any("Printed from" in l.text for l in lessons)


# --- a chapter opener's bare number --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html", "txt"])
def test_a_chapter_openers_bare_number_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", "1")
        doc.add("h1", "What we found")
        doc.add("p", "This chapter sets out the review's findings.")
        for n, (title, text) in enumerate(LEARNED[:2], 1):
            doc.add("h2", f"1.{n} {title}")
            doc.add("p", text)
        doc.add("h1", "2")
        doc.add("h1", "What needs to change")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"2.{n} {ask}")

    lessons, _ = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert [(l.kind, l.label) for l in lessons] == [
        ("finding", "1.1"),
        ("finding", "1.2"),
        ("recommendation", "2.1"),
        ("recommendation", "2.2"),
    ]


# --- metadata from a page's furniture and its first paragraph -----------------------------------------------------


def _body(doc):
    doc.add("h1", "What we learned")
    for title, text in LEARNED[:2]:
        doc.add("h2", title)
        doc.add("p", text)
    numbered_recommendations(doc, ASKS)


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_a_partnership_named_mid_line_or_in_a_copyright_line_gives_the_area(tmp_path, fmt):
    def mid_line(doc):
        doc.add("title", "Local Child Safeguarding Practice Review: Child K")
        doc.add(
            "p",
            "Child K, who was nine, was hurt in 2021. Kirklees Safeguarding Children Partnership commissioned a "
            "Local Child Safeguarding Practice Review from Dr Aled Pryce.",
        )
        _body(doc)

    def copyright_line(doc):
        doc.add("title", "Local Child Safeguarding Practice Review: Child K")
        doc.add("p", "Child K, who was nine, was hurt in 2021. The partnership asked for a review.")
        _body(doc)
        doc.add("small", "© 2022 Kirklees Safeguarding Children Partnership. All rights reserved.")

    review = bare_review_of(tmp_path, fmt, mid_line, title=META["title"])
    assert (review.area, review.region, review.author) == ("Kirklees", "Yorkshire and the Humber", "Dr Aled Pryce")
    review = bare_review_of(tmp_path, fmt, copyright_line, title=META["title"])
    assert (review.area, review.region) == ("Kirklees", "Yorkshire and the Humber")


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_the_review_type_and_the_publication_only_in_the_running_footer(tmp_path, fmt):
    def typed(doc):
        doc.footer = "Serious Case Review – Child K – Page {x} of {y}"
        doc.add("cover", "Calderdale Safeguarding Children Partnership")
        doc.add("title", "Child K: overview report")
        doc.add("pagebreak")
        child_k_introduction(doc)
        _body(doc)

    def dated(doc):
        doc.footer = "Calderdale Safeguarding Children Partnership | Published 9 March 2021 | Page {x} of {y}"
        doc.add("cover", "Calderdale Safeguarding Children Partnership")
        doc.add("title", "Child K: overview report")
        doc.add("pagebreak")
        child_k_introduction(doc)
        _body(doc)

    assert bare_review_of(tmp_path, fmt, typed).review_type == "SCR"
    assert bare_review_of(tmp_path, fmt, dated).published == "2021-03-09"
