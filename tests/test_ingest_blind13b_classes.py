"""Ingest tests: the classes the second half of blind held-out set 13 (C295-C312) found the extractor
missing, each on a document the test lays out itself.

A thematic review's numbered findings under a heading saying what its cases show ("What the cases
tell us"), a panel's conclusions announced in prose ("The review panel reached the following
conclusions:") and numbered "(1)", "(2)", a "Themes" chapter whose sub-headings each head a
paragraph (a finding each, titled by its sub-heading), and a year's learning summarised as bullets
under "Theme: <name>" sub-headings, on a cover whose partnership name is set as a smaller heading
above the title. Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers; the scan is laid out as OCR reports
its lines. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.blocks import build_blocks
from ingest.extract import read_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The youth offending worker knew the boy carried a knife but the school heard of it only from a parent.",
    "Each of the children went missing at least once before any agency asked who they were with.",
    "Return home interviews were offered days late and most were declined without anyone following up.",
)
TITLES = ("A knife nobody mentioned", "Missing before anyone asked", "Interviews that came too late")
ASKS = (
    "The Partnership should agree one record of exploitation concerns that schools and police can both read.",
    "Children's social care should offer every return home interview within seventy-two hours.",
)
META13 = {
    "title": "Local Child Safeguarding Practice Review: Child K",
    "area": "Medway",
    "region": "South East",
    "review_type": "LCSPR",
    "published": "2023-09",
    "child": "Child K",
    "child_age": "",
    "author": "Oriana Whitcombe",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META13)[0])


def _both(tmp_path, fmt, build, meta=None):
    """The review's lessons, and those the rules alone find (the learned second opinion may
    otherwise make up for a section the rules missed)."""
    path = write_document(tmp_path, fmt, build, meta or META13)[0]
    return extract_review(path).lessons, segment_lessons(read_blocks(path))


# --- a thematic review's findings under a heading saying what its cases show ------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading", ["What the cases tell us", "What these reviews showed", "What the three cases teach us"]
)
def test_numbered_items_under_what_the_cases_tell_us_are_findings(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "Three young people were harmed within a year; this review looks across their cases.")
        doc.add("h1", "The cases")
        for n, who in enumerate(("a boy of fifteen", "a girl of fourteen", "a boy of sixteen"), 1):
            doc.add("h2", f"Case {n}")
            doc.add("p", f"The young person was {who}, known to the youth offending service.")
        doc.add("h1", heading)
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"R{n}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons[:3]] == [("finding", text) for text in SEEN]
        assert [l.kind for l in lessons[3:]] == ["recommendation", "recommendation"]
        assert not any("youth offending service" in l.text for l in lessons)


def _scan(number: int, lines: list[tuple[float, str]]) -> PageLayout:
    return PageLayout(
        number,
        tuple(
            TextLine(text=text, size=12.5, x0=x0, x1=x0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x0, text) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


def test_a_scanned_what_the_cases_tell_us_line_heads_the_findings():
    # a scan loses the heading's size: its words alone make it one
    pages = [
        _scan(
            1,
            [
                (60.0, "Introduction"),
                (60.0, "The partnership looked across three cases of exploitation notified within the year."),
                (60.0, "What these cases tell us"),
                *((61.5, f"{n}. {text}") for n, text in enumerate(SEEN, 1)),
                (60.0, "Recommendations"),
                *((61.0, f"{n}. {ask}") for n, ask in enumerate(ASKS, 1)),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        *(("finding", str(n), text) for n, text in enumerate(SEEN, 1)),
        *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
    ]


# --- conclusions a panel reached, announced in a sentence and numbered "(1)" -------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "intro",
    [
        "The review panel reached the following conclusions:",
        "Having heard from the practitioners, the panel came to these three conclusions:",
        "The panel's conclusions are as follows:",
    ],
)
def test_conclusions_announced_in_a_sentence_are_findings(tmp_path, fmt, intro):
    def build(doc):
        cover(doc)
        doc.add("h1", "Background")
        doc.add("p", "The family had lived in the area for two years and were known to early help.")
        doc.add("h1", "Conclusions")
        doc.add("p", intro)
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"({n})")
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("finding", text) for text in SEEN),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- a "Themes" chapter whose sub-headings each head a paragraph ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chapter", ["Themes", "Key themes", "3. Common themes"])
def test_sub_headed_paragraphs_under_a_themes_chapter_are_titled_findings(tmp_path, fmt, chapter):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary")
        doc.add("p", "We looked at nineteen rapid reviews received over a year. No area is named here.")
        doc.add("h1", chapter)
        for title, text in zip(TITLES, SEEN):
            doc.add("h2", title)
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text")[:3] == [
        ("finding", title, f"{title} {text}") for title, text in zip(TITLES, SEEN)
    ]
    assert [l.kind for l in review.lessons[3:]] == ["recommendation", "recommendation"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_themes_chapter_over_themes_with_their_own_parts_keeps_only_the_learned_part(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Themes")
        for title, text in zip(TITLES[:2], SEEN[:2]):
            doc.add("h2", title)
            doc.add("h3", "What happened")
            doc.add("p", "A planned visit was cancelled by the family and was not rearranged for a month.")
            doc.add("h3", "What we learned")
            doc.add("p", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "title", "text") == [(title, f"{title} {text}") for title, text in zip(TITLES[:2], SEEN[:2])]
    assert not any("planned visit" in l.text for l in review.lessons)


# --- a year's learning under "Theme: <name>" sub-headings, the partnership's name above the title -------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_bullets_under_theme_colon_headings_are_untitled_learning(tmp_path, fmt):
    meta = {
        **META13,
        "title": "What our reviews taught us in 2022/23: notes for staff",
        "review_type": "other",
        "child": "",
    }

    def build(doc):
        cover(doc, "Medway Safeguarding Children Partnership")
        doc.add("h1", "About these notes")
        doc.add(
            "p",
            "In 2022/23 the partnership finished two reviews and looked at five other cases. These notes gather them.",
        )
        for name, part in (("Theme: hearing the child", SEEN[:2]), ("Theme - sharing what we know", SEEN[2:])):
            doc.add("h2", name)
            for text in part:
                doc.add("bullet", text)
        doc.add("h1", "What went well")
        doc.add("bullet", "The school's pastoral lead kept in touch with the boy through the summer holidays.")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "title", "text") == [
        *(("learning_point", "", text) for text in SEEN),
        ("good_practice", "", "The school's pastoral lead kept in touch with the boy through the summer holidays."),
    ]


# (a Word file's Title style reads at the level of its chapters' Heading 1, so its title is not told from them)
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_learning_title_under_the_partnerships_name_is_no_learning_section(tmp_path, fmt):
    meta = {
        **META13,
        "title": "Learning from our reviews 2022/23: notes for staff",
        "review_type": "other",
        "child": "",
    }

    def build(doc):
        # a one-page leaflet: the partnership's name, the title and the date over the first section
        doc.add("cover", "Medway Safeguarding Children Partnership")
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Issued: June 2023")
        doc.add("h1", "About these notes")
        doc.add(
            "p",
            "In 2022/23 the partnership finished two reviews and looked at five other cases. These notes gather them.",
        )
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    for lessons in _both(tmp_path, fmt, build, meta):
        assert [(l.kind, l.text) for l in lessons] == [("recommendation", ask) for ask in ASKS]


# --- (set 12) a numbered chapter after a numbered findings chapter: the next chapter, never a group in it ---------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chapter", ["4. Conclusions", "4. Concluding remarks"])
def test_a_numbered_chapter_after_numbered_findings_is_no_group_of_findings(tmp_path, fmt, chapter):
    praise = (
        "The health visitor kept visiting weekly through the winter and wrote down what the toddler said.",
        "The school's designated lead called the police the same morning the bruise was seen.",
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "3. Findings")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", chapter)
        doc.add("p", "4.1 Most of the work the review looked at was careful and well recorded.")
        doc.add("p", "4.2 The review saw good practice, in particular:")
        for letter, text in zip("ab", praise):
            doc.add("num", text, label=f"({letter})")
        doc.add("h1", "5. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert [(l.kind, l.label) for l in review.lessons] == [
        ("finding", "Finding 1"),
        ("finding", "Finding 2"),
        ("good_practice", "a"),
        ("good_practice", "b"),
        ("recommendation", "1"),
        ("recommendation", "2"),
    ]
    assert not any("careful and well recorded" in l.text for l in review.lessons)


# --- a scan that read a code label's "1" as a letter ("Ri" for "R1") ------------------------------------------------


@pytest.mark.parametrize("misread", ["Ri", "Rl", "RI", "R|"])
def test_a_scanned_code_labels_misread_one_is_given_back(misread):
    pages = [
        _scan(
            1,
            [
                (60.0, "Recommendations"),
                (61.0, f"{misread} {ASKS[0]}"),
                (61.4, f"R2 {ASKS[1]}"),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", f"R{n}", ask) for n, ask in enumerate(ASKS, 1)
    ]


def test_a_paragraph_opening_with_a_short_word_before_no_code_2_keeps_its_words():
    pages = [_scan(1, [(60.0, "Recommendations"), (61.0, f"Ri {ASKS[0]}"), (61.0, f"Q2 {ASKS[1]}")])]
    lessons = segment_lessons(build_blocks(pages))
    assert not any(l.label == "R1" for l in lessons)
