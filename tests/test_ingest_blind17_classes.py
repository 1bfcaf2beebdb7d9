"""Ingest tests: the lesson classes blind held-out set 17's first half (C421-C438) found the
extractor missing, each on a document the test lays out itself.

A box of the case's events ("Case example"), a figure and a sidebar of key terms printed between a
lesson's two halves; a good practice box set in the middle of narrative or above a section's
numbered recommendations; a drop capital; headings in letter-spaced capitals.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
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

# Lessons and narrative written for these tests (not the corpus's words).
TITLES = ("Letters to an old address", "Calls from the neighbours", "A club left behind")
FIRSTS = (
    "Letters about missed appointments reached nobody after the family moved.",
    "Calls from neighbours were the only view into the home for months.",
    "The younger sister stopped going to her after-school club in the spring.",
)
SECONDS = (
    "Checking the address is part of following up a missed appointment.",
    "Each call should be read alongside the ones before it.",
    "Club leaders need to know whom to tell when a child drops out.",
)
EPISODES = (
    "In March the dental surgery wrote twice to the flat the family had left in January.",
    "In June an officer spoke to the father on the doorstep and did not go inside.",
    "In May the club leader phoned the mother, who said the girl was busy with homework.",
)
PRACTICE = (
    "The school nurse kept a careful record of every bruise she saw and shared it the same day.",
    "The duty manager rang the health visitor back within the hour and agreed a joint visit.",
)
ASKS = (
    "The partnership should remind dental practices how to check a family's current address.",
    "Police should share repeat calls about the same home with children's social care.",
)
META17 = {
    "title": "Local Child Safeguarding Practice Review: Child W",
    "area": "Sefton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child W",
    "child_age": "",
    "author": "Rosalind Quarry",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build):
    return extract_review(write_document(tmp_path, fmt, build, META17)[0])


def _asks(doc) -> None:
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _ask_rows():
    return [("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS, 1)]


def _findings(doc, inset) -> None:
    """Three labelled findings, `inset(doc, i)` printed between the two halves of each."""
    doc.add("h1", "Findings")
    for i, (title, first, second) in enumerate(zip(TITLES, FIRSTS, SECONDS)):
        doc.add("h2", f"Finding {i + 1}: {title}")
        doc.add("p", first)
        inset(doc, i)
        doc.add("p", second)


def _finding_rows():
    return [
        ("finding", f"Finding {i + 1}", title, f"{title} {first} {second}")
        for i, (title, first, second) in enumerate(zip(TITLES, FIRSTS, SECONDS))
    ]


# --- a box of the case's events between a finding's two halves ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_example_box_inside_a_finding_is_neither_a_lesson_nor_its_text(tmp_path, fmt):
    def build(doc):
        cover(doc)
        _findings(doc, lambda d, i: d.add("box", EPISODES[i], label="Case example"))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == _finding_rows() + _ask_rows()


# --- a figure printed inside a finding -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_figure_printed_inside_a_finding_is_neither_a_lesson_nor_its_text(tmp_path, fmt):
    def figure(doc, i):
        if i != 1:
            return
        doc.add("pagebreak")
        doc.add("h3", "Figure 1: When each service saw the family")
        for line in (
            "March 2019: Dental check missed",
            "June 2019: Police called to the flat",
            "May 2020: Club dropped",
        ):
            doc.add("small", line)
        doc.add("small", "Source: the services' own records.")
        doc.add("pagebreak")

    def build(doc):
        cover(doc)
        _findings(doc, figure)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == _finding_rows() + _ask_rows()


# --- a sidebar of key terms between a learning point's sentences ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_terms_sidebar_inside_a_learning_point_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for title, first, second in zip(TITLES, FIRSTS, SECONDS):
            doc.add("h2", title)
            doc.add("p", first)
            doc.add("small", "Key terms: a core group is the practitioners who carry out a child protection plan.")
            doc.add("p", second)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    rows = _rows(review, "kind", "title", "text")
    want = [("learning_point", t, f"{t} {a} {b}") for t, a, b in zip(TITLES, FIRSTS, SECONDS)]
    assert rows == want + [("recommendation", "", ask) for ask in ASKS]


# --- a good practice box set inside other text ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_good_practice_box_floating_into_a_narrative_paragraph_is_the_only_good_practice(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What the agencies did")
        for episode, practice in zip(EPISODES, PRACTICE):
            words = episode.split()
            doc.add("p", " ".join(words[: len(words) // 2]))
            doc.add("box", practice, label="Good practice")
            doc.add("p", " ".join(words[len(words) // 2 :]))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = [("good_practice", "", p) for p in PRACTICE] + [(k, n, x) for k, n, _, x in _ask_rows()]
    assert _rows(review, "kind", "label", "text") == want


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_good_practice_boxes_above_the_numbered_recommendations_leave_them_recommendations(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for title, first in zip(TITLES, FIRSTS):
            doc.add("h2", title)
            doc.add("p", first)
        doc.add("h1", "Recommendations")
        for practice in PRACTICE:
            doc.add("box", practice, label="Spotlight on good practice")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    rows = _rows(review, "kind", "label", "text")
    assert [r for r in rows if r[0] != "learning_point"] == [("recommendation", n, x) for _, n, _, x in _ask_rows()] + [
        ("good_practice", "", p) for p in PRACTICE
    ]


# --- display typography ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_drop_capital_is_joined_back_to_its_word(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What the review learned")
        for i, (title, first) in enumerate(zip(TITLES, FIRSTS), 1):
            doc.add("h2", f"Learning {i}: {title}")
            doc.add("p", first[0])
            doc.add("p", first[1:])
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = [("learning_point", f"Learning {i}", t, f"{t} {f}") for i, (t, f) in enumerate(zip(TITLES, FIRSTS), 1)]
    assert _rows(review, "kind", "label", "title", "text") == want + _ask_rows()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_letter_spaced_capital_headings_give_the_label_and_the_section(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "F I N D I N G S")
        for i, (title, first) in enumerate(zip(TITLES, FIRSTS), 1):
            doc.add("h2", f"F I N D I N G {i}")
            doc.add("h2", title.upper())
            doc.add("p", first)
        doc.add("h1", "R E C O M M E N D A T I O N S")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    want = [
        ("finding", f"Finding {i}", t.upper(), f"{t.upper()} {f}") for i, (t, f) in enumerate(zip(TITLES, FIRSTS), 1)
    ]
    assert _rows(review, "kind", "label", "title", "text") == want + _ask_rows()


# --- dot leaders from a recommendation to its lead agency --------------------------------------------------

LEADS = ("Dental practices", "Police")


@pytest.mark.parametrize("fmt", FORMATS)
def test_dot_leaders_run_from_a_recommendation_to_its_lead_agency(tmp_path, fmt):
    def build(doc):
        cover(doc)
        _findings(doc, lambda d, i: None)
        doc.add("h1", "Recommendations")
        doc.add("small", "Recommendation .......... Lead agency")
        for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1):
            doc.add("num", f"{ask} ............ {lead}", label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    rows = [r for r in _rows(review, "kind", "label", "agency", "text") if r[0] == "recommendation"]
    assert rows == [("recommendation", str(n), lead, ask) for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1)]
