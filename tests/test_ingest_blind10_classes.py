"""Ingest tests: the classes blind held-out set 10 (C205-C222) found the extractor missing, each on
a document the test lays out itself.

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

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The youth worker heard that the boy was sleeping on a friend's sofa and did not pass it on to anyone.",
    "The dentist saw untreated decay in every tooth and sent a letter to the family that nobody read.",
    "The school counted the absences but never asked the family why the girl stayed at home on Mondays.",
)
TITLES = ("Sofa surfing went unheard", "Decay as a sign of neglect", "Absences without a question")
ASKS = (
    "The Partnership should write to every youth club to explain how to make a referral.",
    "Dental practices should tell the health visitor when a child under five misses two appointments.",
)
META10 = {
    "title": "Local Child Safeguarding Practice Review: Child V",
    "area": "Sefton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-03",
    "child": "Child V",
    "child_age": "",
    "author": "Ellis Marchbank",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META10)[0], second_opinion=False)


# --- a plain-words version's headings: "What we got wrong" (findings), "What we are changing" -------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "wrong,changing",
    [
        ("What we got wrong", "What we are changing"),
        ("What went wrong", "What is changing"),
        ("Where the adults got it wrong", "What the adults are doing differently"),
    ],
)
def test_plain_words_headings_hold_findings_and_changes(tmp_path, fmt, wrong, changing):
    def build(doc):
        cover(doc)
        doc.add("h1", "Why we wrote this")
        doc.add("p", "We wrote this short version so that young people can read what the review said.")
        doc.add("h1", wrong)
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", changing)
        for ask in ASKS:
            doc.add("bullet", ask)
        doc.add("h1", "If you need help")
        doc.add("bullet", "Call a helpline free at any time of the day or night")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("finding", text) for text in SEEN[:2]),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- guidance boxing learning "from a local review": the boxes are the lessons ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("caption", ["Learning from a local review", "Lessons from a recent case review"])
def test_boxes_of_learning_from_a_review_in_guidance_are_its_lessons(tmp_path, fmt, caption):
    meta = {**META10, "title": "Practice guidance: dental neglect", "review_type": "other", "child": ""}

    def build(doc):
        cover(doc)
        doc.add("h1", "1. Purpose")
        doc.add("p", "This guidance helps staff in every agency to notice when a child's teeth are neglected.")
        doc.add("h1", "2. What staff should do")
        doc.add("num", "Ask when the child last saw a dentist.", label="2.1")
        doc.add("num", "Tell the health visitor about any missed dental appointment.", label="2.2")
        for text in SEEN[1:3]:
            doc.add("box", text, label=caption)
        doc.add("h1", "3. Further reading")
        doc.add("bullet", "National guidance on dental neglect")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "text") == [("learning_point", text) for text in SEEN[1:3]]


# --- good practice in paragraphs opening with the agency run in ("Police:"): that agency's ----------

GOOD = (
    ("Police", "The officers who attended took the baby's sister aside and wrote down what she said in her words."),
    ("Education", "The nursery manager rang the health visitor the same morning that the bruise was seen."),
    ("Health", "The midwife booked an interpreter for every appointment and checked what the mother understood."),
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["Strengths in practice", "Good practice"])
def test_good_practice_opening_with_its_agency_run_in_is_that_agencys(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", heading)
        doc.add("p", "The reviewer saw work that deserves to be recognised and shared across the partnership.")
        for agency, text in GOOD:
            doc.add("runin", text, label=f"{agency}:")
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "agency", "text") == [
        *(("good_practice", agency, text) for agency, text in GOOD),
        ("recommendation", "", ASKS[0]),
    ]


# --- findings numbered "1. Title" over paragraphs numbered "1.1", "1.2": each one finding -----------

HALVES = (
    ("The youth worker heard that the boy was sleeping on a friend's sofa.", "She did not pass it on to anyone."),
    ("The dentist saw untreated decay in every tooth.", "The letter he sent to the family was never read."),
)


# Only a sub-heading: a numbered list item over "1.1", "1.2" ("1. School and home") is a theme grouping
# findings numbered under it (set 3's convention, tests/test_ingest_blind3_classes.py), laid out alike.
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", ["h2"])
def test_a_numbered_finding_over_its_numbered_paragraphs_is_one_finding(tmp_path, fmt, style):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, parts) in enumerate(zip(TITLES, HALVES), 1):
            if style == "h2":
                doc.add("h2", f"{n}. {title}")
            else:
                doc.add("num", title, label=f"{n}.")
            for k, part in enumerate(parts, 1):
                doc.add("num", part, label=f"{n}.{k}")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        *(
            ("finding", str(n), title, f"{title} {' '.join(parts)}")
            for n, (title, parts) in enumerate(zip(TITLES, HALVES), 1)
        ),
        *(("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS, 1)),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_subtitle_saying_what_a_review_is_is_no_box_of_learning(tmp_path, fmt):
    def build(doc):
        doc.add("title", META10["title"])
        doc.add("p", "Learning from a review of the support given to a boy and his mother")
        doc.add("h2", "What happened")
        doc.add("p", "The boy was found sleeping in a stairwell by a neighbour in the winter of that year.")
        doc.add("h2", "What we learned")
        for text in SEEN[:2]:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "text") == [(text,) for text in SEEN[:2]]


# --- a sub-heading whose only text introduces the list under it: a group, never a lesson -----------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead_in", ["The review identified the following learning:", "What the reviewer found:"])
def test_a_sub_heading_over_a_sentence_introducing_its_list_is_no_lesson(tmp_path, fmt, lead_in):
    meta = {**META10, "title": "Sefton Safeguarding Children Partnership Annual Report 2022 to 2023"}

    def build(doc):
        cover(doc)
        doc.add("h1", "Learning from case reviews")
        doc.add("p", "Two reviews were published during the year.")
        for name, texts in (("Child R (published May 2022)", SEEN[:2]), ("Child S (published January 2023)", SEEN[2:])):
            doc.add("h2", name)
            doc.add("p", lead_in)
            for text in texts:
                doc.add("bullet", text)
        doc.add("h1", "Priorities for next year")
        doc.add("num", "Hear more from children about the help they receive.", label="1.")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "text") == [("learning_point", text) for text in SEEN]


# --- "What needs to change:" after a finding's text: it announces recommendations, no part of it ------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section", ["Findings", "What the review found", "3. Findings"])
def test_a_sentence_announcing_recommendations_ends_the_finding_before_it(tmp_path, fmt, section):
    meta = {**META10, "title": "Thematic review of dental neglect: learning from five cases", "review_type": "thematic"}

    def build(doc):
        cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "This review looked at five families known to the partnership over two years.")
        doc.add("h1", section)
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", title)
            doc.add("p", text)
            doc.add("p", "What needs to change:")
            doc.add("num", ASKS[n - 1], label=f"{n}.")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "title", "text") == [
        ("finding", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("recommendation", "", ASKS[0]),
        ("finding", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
        ("recommendation", "", ASKS[1]),
    ]


# --- a finding split "What worked well" (good practice) / "What needs to improve" (the finding) -----


# Plain text sets the parts' lines as headings of their own: left open (set 10 printed this convention in
# PDF and HTML only).
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize(
    "well,improve", [("What worked well", "What needs to improve"), ("What went well", "What could be improved")]
)
def test_a_finding_split_into_what_worked_and_what_to_improve(tmp_path, fmt, well, improve):
    good = (GOOD[0][1], GOOD[1][1])

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text, strength) in enumerate(zip(TITLES, SEEN, good), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", well)
            doc.add("p", strength)
            doc.add("p", improve)
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    rows = _rows(review, "kind", "label", "title", "text")
    findings = [r for r in rows if r[0] == "finding"]
    assert (
        findings
        == [
            ("finding", f"Finding {n}", title, f"{title} {text}")
            for n, (title, text) in enumerate(zip(TITLES, SEEN), 1)
        ][:2]
    )
    assert [r[3] for r in rows if r[0] == "good_practice"] == list(good)
    assert rows[-1] == ("recommendation", "1", "", ASKS[0])
