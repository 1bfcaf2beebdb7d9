"""Ingest tests: the lesson classes blind held-out set 14's first half (C313-C330) found the
extractor missing, each on a document the test lays out itself.

A labelled lesson set out as its statement then sub-headed "Evidence" and "Why it matters" parts, a
learning point's "What this means for practice" advice, a table's group cell printed once over the
rows it spans, a finding carried on under its label and "(continued)", a numbered narrative paragraph
closed by a verdict that it was good practice, and a run-in good practice cue naming its service in
brackets.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.layout import Block
from ingest.lesson_parts import spanned_group_cells
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

COLUMN_WIDTHS.setdefault("t14group", ((0.2, 0.08, 0.5, 0.22), False))

# Lessons and narrative written for these tests (not the corpus's words).
TITLES = ("Missed dental care", "A lodger nobody checked", "Hunger on Mondays")
SEEN = (
    "The dental practice noticed the untreated decay twice and sent only a standard letter to the family.",
    "The lodger's criminal record was known to probation but was never linked to the children's address.",
    "Nursery staff recorded that the toddler arrived hungry on most Mondays but nobody added the entries up.",
)
EVENTS = (
    "The mother took the toddler to the walk-in centre with a burn to the hand and was given dressings.",
    "A neighbour rang the police to report a child crying for several hours in the flat upstairs.",
    "The family missed two appointments at the dental hospital and the referral was closed.",
)
WHY = "When records are not added up, a pattern of neglect looks like a run of small, separate worries."
ADVICE = (
    "Look back over the last three months of entries before you decide a concern is a one-off.",
    "Ring the health visitor when a child under five misses a second appointment.",
)
ASKS = (
    "Probation should tell children's social care when a person it supervises moves into a household with children.",
    "Dental practices should report a second missed treatment for a child to the health visitor.",
    "Early years settings should review their records each month for patterns of hunger or poor care.",
    "The partnership should audit how often nursery concerns reach the health visitor within a week.",
)
LEADS = ("Probation Service", "Dental services", "Early years", "Safeguarding Partnership")
GOOD = (
    "The housing officer rang the school the same day she found the children at home in school hours.",
    "The dental nurse arranged a home visit with the health visitor rather than closing the referral.",
)
META14 = {
    "title": "Local Child Safeguarding Practice Review: Child T",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-03",
    "child": "Child T",
    "child_age": "",
    "author": "Rosalind Achebe",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build):
    return extract_review(write_document(tmp_path, fmt, build, META14)[0])


def _asks(doc, asks=ASKS[:2]) -> None:
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(asks, 1):
        doc.add("num", ask, label=f"{n}.")


def _ask_rows(asks=ASKS[:2]):
    return [("recommendation", ask) for ask in asks]


# --- a lesson's statement, then sub-headed evidence and why it matters ---------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_evidence_and_why_it_matters_under_a_finding_are_no_part_of_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What the review found")
        doc.add("p", "Each finding is set out with the evidence from this case and why it matters.")
        for n, (title, seen, event) in enumerate(zip(TITLES, SEEN, EVENTS), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", seen)
            doc.add("h3", "Evidence from this case")
            doc.add("p", event)
            doc.add("h3", "Why it matters")
            doc.add("p", WHY)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", f"Finding {n}", title, f"{title} {seen}") for n, (title, seen) in enumerate(zip(TITLES, SEEN), 1)
    ] + [("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS[:2], 1)]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_why_it_matters_alone_under_a_lesson_stays_its_text(tmp_path, fmt):
    # no evidence part: the analysis under the lesson is its text, as before
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("h2", f"Learning theme 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        doc.add("h3", "Why it matters")
        doc.add("p", WHY)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert WHY in review.lessons[0].text


# --- a learning point's advice on what it means for practice -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_a_learning_point_means_for_practice_is_no_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning from this review")
        for n, (title, seen) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("h2", f"Learning point {n}: {title}")
            doc.add("p", seen)
            doc.add("h3", "What this means for practitioners")
            for advice in ADVICE:
                doc.add("bullet", advice)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        ("learning_point", f"Learning point {n}", f"{title} {seen}")
        for n, (title, seen) in enumerate(zip(TITLES[:2], SEEN), 1)
    ] + [("recommendation", str(n), ask) for n, ask in enumerate(ASKS[:2], 1)]


# --- a group cell printed once over the rows it spans ----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_under_a_group_cell_printed_once_are_one_recommendation_each(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("Area", "Ref", "Recommendation", "Lead"), label="t14group")
        groups = ("Sharing information", "Sharing information", "Early years", "Early years")
        for n, (group, ask, lead) in enumerate(zip(groups, ASKS, LEADS), 1):
            shown = group if n in (1, 3) else ""
            doc.add("row", cells=(shown, f"R{n}", ask, lead), label="t14group")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text", "agency")[1:] == [
        ("recommendation", ask, lead) for ask, lead in zip(ASKS, LEADS)
    ]


def test_a_short_row_gets_back_only_a_group_cell_before_its_label():
    full = Block("row", "", 1, 1, cells=("Sharing information", "4", "Agencies should meet.", "Police"))
    short = Block("row", "", 1, 1, cells=("5", "Agencies should write.", "Health"))
    assert spanned_group_cells([full, short])[1].cells == (
        "Sharing information",
        "5",
        "Agencies should write.",
        "Health",
    )
    # a row short of its last cells (no label first) is left as it is
    tail = Block("row", "", 1, 1, cells=("Agencies should write.", "Health"))
    assert spanned_group_cells([full, tail])[1].cells == tail.cells


# --- a finding carried on under its label and "(continued)" ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_finding_carried_on_under_its_label_continued_is_one_finding(tmp_path, fmt):
    rest = "Nobody asked the school whether the children had been seen in the holidays."

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        doc.add("pagebreak")
        doc.add("h2", "Finding 1 (continued)")
        doc.add("p", rest)
        doc.add("h2", f"Finding 2: {TITLES[1]}")
        doc.add("p", SEEN[1])
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", "Finding 1", TITLES[0], f"{TITLES[0]} {SEEN[0]} {rest}"),
        ("finding", "Finding 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
    ] + [("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS[:2], 1)]
    if fmt == "pdf":
        assert (review.lessons[0].page_start, review.lessons[0].page_end) == (2, 3)


# --- a numbered narrative paragraph closed by a verdict that it was good practice -----------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_paragraph_closed_by_a_good_practice_verdict_is_good_practice(tmp_path, fmt):
    verdicts = ("This was an example of good practice.", "This was positive practice.")

    def build(doc):
        cover(doc)
        doc.add("h1", "3. What happened")
        doc.add("num", EVENTS[0], label="3.1")
        doc.add("num", f"{GOOD[0]} {verdicts[0]}", label="3.2")
        doc.add("num", EVENTS[1], label="3.3")
        doc.add("num", f"{GOOD[1]} {verdicts[1]}", label="3.4")
        doc.add("h1", "4. Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text")[:2] == [
        ("good_practice", "3.2", GOOD[0]),
        ("good_practice", "3.4", GOOD[1]),
    ]
    assert len(review.lessons) == 5  # the other narrative paragraphs are no lessons


# --- a run-in good practice cue naming its service in brackets -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_good_practice_run_in_with_its_service_in_brackets_names_the_agency(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis")
        doc.add("p", EVENTS[0])
        doc.add("p", f"Good practice (Housing): {GOOD[0]}")
        doc.add("p", EVENTS[1])
        doc.add("p", f"Good practice: {GOOD[1]}")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text", "agency") == [
        ("good_practice", GOOD[0], "Housing"),
        ("good_practice", GOOD[1], ""),
    ] + [("recommendation", ask, "") for ask in ASKS[:2]]


# --- a numbered recommendation's lead-in sentence over lettered sub-items -----------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_lettered_sub_items_under_a_numbered_recommendations_lead_in_are_part_of_it(tmp_path, fmt):
    lead = "The board should be told each quarter:"
    subs = ("how many nursery concerns reached the health visitor;", "how long each one took to arrive.")

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS[2:4], 1):
            doc.add("num", f"{ask} {lead}", label=f"{n}.")
            for letter, sub in zip("ab", subs):
                doc.add("subbullet", sub, label=f"{letter}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text")[1:] == [
        ("recommendation", str(n), " ".join((ask, lead, *subs))) for n, ask in enumerate(ASKS[2:4], 1)
    ]
