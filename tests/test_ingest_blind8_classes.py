"""Ingest tests: the classes blind held-out set 8 (C169-C186) found the extractor missing, each on
a document the test lays out itself.

Findings printed as numbered "Conclusion N" headings in a conclusions chapter; findings as run-in
codes ("F1", "KF2") opening paragraphs in a findings section; steps listed under a numbered
recommendation ("Suggested actions:"); good practice run in after an agency's narrative
("Positive practice: ..."); a lesson boxed among a chronology's dated paragraphs; a briefing's
learning grouped under the practitioners it is for ("If you work in health") and its title.
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
    "The dentist noticed the same untreated decay at three visits and wrote it down each time without telling anyone.",
    "The nursery thought the health visitor was still involved, and the health visitor thought the nursery was watching.",
    "A younger brother's bedwetting was put down to the move, though it had started months before the family moved.",
)
ASKS = (
    "Dental practices should be told how to share a concern about a child's neglected teeth with the front door.",
    "The Partnership should set out who leads when a family leaves health visiting for a nursery place.",
)
META8 = {
    "title": "Local Child Safeguarding Practice Review: Child V",
    "area": "Wirral",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child V",
    "child_age": "",
    "author": "Harriet Lomax",
}


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META8)[0])


# --- findings printed as "Conclusion N" headings in a conclusions chapter ------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("word", ["Conclusion", "Key conclusion"])
def test_numbered_conclusions_are_findings(tmp_path, fmt, word):
    def build(doc):
        cover(doc)
        doc.add("h1", "2. Background")
        doc.add("p", "The children lived with their mother and her partner in a rented flat above a shop.")
        doc.add("h1", "3. What the review concluded")
        doc.add("p", "Three conclusions are drawn; the recommendations in section 4 rest on them.")
        for n, text in enumerate(SEEN, 1):
            doc.add("h2", f"{word} {n}")
            doc.add("p", text)
        doc.add("h1", "4. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"4.{n} {ask}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        *(("finding", f"{word} {n}", text) for n, text in enumerate(SEEN, 1)),
        *(("recommendation", f"4.{n}", ask) for n, ask in enumerate(ASKS, 1)),
    ]


# --- findings as run-in codes ("F1", "KF2") opening paragraphs, no headings between them ---------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("code", ["F", "KF"])
def test_run_in_finding_codes_open_one_finding_each(tmp_path, fmt, code):
    def build(doc):
        cover(doc)
        doc.add("h1", "Background")
        doc.add("p", "The children lived with their mother and her partner in a rented flat above a shop.")
        doc.add("h1", "Findings")
        doc.add("p", f"Each finding carries a code, {code}1 to {code}3, which the action plan refers back to.")
        for n, text in enumerate(SEEN, 1):
            doc.add("runin", text, label=f"{code}{n}", bold_label=fmt != "txt")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"R{n} {ask}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        *(("finding", f"{code}{n}", text) for n, text in enumerate(SEEN, 1)),
        *(("recommendation", f"R{n}", ask) for n, ask in enumerate(ASKS, 1)),
    ]


# --- steps listed under a numbered recommendation ("Suggested actions:"): neither it nor lessons --------

STEPS = (
    "Ask three practices to test the new route for a month.",
    "Add a short session to the dental nurses' annual update.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "lead,item", [("Suggested actions:", "subbullet"), ("Measures of success:", "bullet"), ("Next steps:", "subbullet")]
)
def test_steps_listed_under_a_numbered_recommendation_are_no_lessons(tmp_path, fmt, lead, item):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("h2", f"Finding {n}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            if fmt == "html":
                # the HTML writer draws a numbered list as <ol> (numbers the browser draws, not the
                # text's) and no sub-bullets after a paragraph: numbered paragraphs and bullets here
                doc.add("p", f"{n}. {ask}")
            else:
                doc.add("num", ask, label=f"{n}.")
            doc.add("p", lead)
            for step in STEPS:
                doc.add("bullet" if fmt == "html" else item, step)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("finding", text) for text in SEEN[:2]),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- good practice run in after the narrative of each agency's section ("Positive practice: ...") ------

PRAISED = (
    "The community midwife rang the health visitor the same afternoon rather than waiting for the letter.",
    "The duty manager rearranged the strategy meeting so that the school nurse could attend in person.",
)
NARRATIVE = (
    "The midwife booked the pregnancy late, at twenty-six weeks, after two missed appointments.",
    "The referral reached the front door on a Friday and was passed to the locality team on Monday.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("cue", ["Positive practice:", "Notable practice:", "Example of good practice:"])
def test_good_practice_run_in_after_an_agencys_narrative_is_good_practice(tmp_path, fmt, cue):
    def build(doc):
        cover(doc)
        doc.add("h1", "How agencies were involved")
        for agency, story, praised in zip(("Midwifery", "Children's social care"), NARRATIVE, PRAISED):
            doc.add("h2", agency)
            doc.add("p", story)
            doc.add("runin", praised, label=cue, bold_label=fmt != "txt")
        doc.add("h1", "Learning")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("num", text, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("good_practice", text) for text in PRAISED),
        *(("learning_point", text) for text in SEEN[:2]),
    ]


# --- a lesson boxed among a chronology's dated paragraphs: the box only, never the narrative after it -

EVENTS = (
    ("March 2020:", "The family registered with a new practice after moving from a hostel."),
    ("July 2020:", "The school reported that the older child had missed eleven days in the summer term."),
    ("January 2021:", "A neighbour called the police about shouting late at night; no one was arrested."),
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "caption,kind", [("Good practice example", "good_practice"), ("Learning point", "learning_point")]
)
def test_a_box_among_a_chronologys_paragraphs_is_one_lesson(tmp_path, fmt, caption, kind):
    def build(doc):
        cover(doc)
        doc.add("h1", "Chronology of key events")
        for n, (when, event) in enumerate(EVENTS):
            doc.add("runin", event, label=when, bold_label=fmt != "txt")
            if n < 2:
                doc.add("box", PRAISED[n], label=caption)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"{n}. {ask}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *((kind, text) for text in PRAISED),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- a briefing's learning grouped under the practitioners it is for ("If you work in health") ---------

AUDIENCE_META = dict(META8, title="Child V: what the review means for your work", review_type="briefing")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "audiences",
    [
        ("If you work in health", "If you work in early years"),
        ("For health practitioners", "For school staff"),
    ],
)
def test_learning_grouped_by_audience_is_one_learning_point_per_item(tmp_path, fmt, audiences):
    def build(doc):
        doc.add("cover", "Wirral Safeguarding Children Partnership")
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Published: May 2022")
        doc.add("pagebreak")
        doc.add("h1", "About the review")
        doc.add("p", "The partnership commissioned a practice review after Child V was admitted to hospital.")
        doc.add("h1", "What the review found")
        doc.add("p", "The messages below are arranged under the people they matter most to.")
        for audience, group in zip(audiences, (SEEN[:2], SEEN[2:])):
            doc.add("h2", audience)
            for text in group:
                doc.add("bullet", text)
        doc.add("h1", "What will change")
        for ask in ASKS:
            doc.add("bullet", ask)

    review = extract_review(write_document(tmp_path, fmt, build, AUDIENCE_META)[0])
    assert _rows(review, "kind", "text", "title") == [
        *(("learning_point", text, "") for text in SEEN),
        *(("recommendation", ask, "") for ask in ASKS),
    ]
    # a title printed in capitals (plain text) comes back in title case: compared without case
    assert (review.title.lower(), review.review_type) == (AUDIENCE_META["title"].lower(), "briefing")
