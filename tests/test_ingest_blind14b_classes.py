"""Ingest tests: the classes the second half of blind held-out set 14 (C331-C348) found the extractor
missing, each on a document the test lays out itself.

A letter's learning listed after a sentence saying what the review teaches ("The review tells us
that:"), a questions-and-answers page's answer on what is being done already (no recommendations), an
earlier review's recommendations quoted with their progress (never this review's), a panel's chapter of
what it learned from many reviews (findings) opened by a one-sentence preamble (no lesson), a theme's
sub-heading over what practitioners said and a run-in "Finding:" paragraph (the theme titles the
finding), and good practice labelled "GP1", "GP2" in an appendix. Documents are written by the
conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through the real
readers. The texts are written for these tests only.
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
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

COLUMN_WIDTHS.setdefault("t14bprog", ((0.6, 0.4), False))

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The school nurse heard about the bruises twice but the health record held no note of either visit.",
    "Nobody asked the older brother what life at home was like, although he was the one who raised the alarm.",
    "Each agency assumed the housing officer would pass on the eviction notice and none of them checked.",
)
TITLES = ("Bruises without a record", "The brother who raised the alarm", "An eviction nobody followed")
ASKS = (
    "The Partnership should publish one pathway for school nurses recording concerns about injuries.",
    "Children's social care should speak with brothers and sisters at every assessment visit.",
)
DONE = (
    "A practice week on listening to siblings was held for all front door staff this spring.",
    "Housing officers now copy every eviction notice to the family's allocated worker.",
)
OLD_ASKS = (
    "The Board should commission an audit of how strategy discussions include schools.",
    "Health partners should train midwives on the risks posed by a parent's new partner.",
)
GOOD = (
    "The health visitor kept visiting through the winter although the family often missed appointments.",
    "The police officer who attended the call took time to speak with the child on her own, away from her parents.",
)
META14 = {
    "title": "Local Child Safeguarding Practice Review: Child M",
    "area": "Bury",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child M",
    "child_age": "",
    "author": "Henrietta Oakes",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _both(tmp_path, fmt, build, meta=None):
    """The review's lessons, and those the rules alone find (the learned stages may otherwise make up
    for a section the rules missed)."""
    path = write_document(tmp_path, fmt, build, meta or META14)[0]
    return extract_review(path).lessons, segment_lessons(read_blocks(path))


# --- a letter's learning listed after "The review tells us that:" --------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lead_in",
    [
        "The review tells us that:",
        "What this case has taught us is that:",
        "Put simply, the reviews have shown us that:",
    ],
)
def test_bullets_after_what_the_review_tells_us_are_learning(tmp_path, fmt, lead_in):
    def build(doc):
        doc.add("cover", "Bury Safeguarding Children Partnership")
        doc.add("cover", "12 May 2022")
        doc.add("title", "Dear colleague: learning from the review about Child M")
        doc.add("p", "Dear colleague,")
        doc.add("p", "This week the partnership published its review about Child M and we want every team to hear it.")
        doc.add("p", lead_in)
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("p", "Please talk about these points at your next team meeting. Thank you for all you do.")
        doc.add("p", "Yours faithfully,")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("learning_point", text) for text in SEEN]


# --- "What is being done already?" on a questions-and-answers page --------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "question", ["What is being done already?", "What has already been done?", "Work already under way"]
)
def test_actions_already_under_way_are_no_recommendations(tmp_path, fmt, question):
    def build(doc):
        doc.add("cover", "Bury Safeguarding Children Partnership")
        doc.add("title", "Questions and answers: the review about Child M")
        doc.add("cover", "Published: 12 May 2022")
        doc.add("h2", "Why did the partnership hold a review?")
        doc.add("p", "A review is considered whenever a child is seriously hurt and abuse or neglect is suspected.")
        doc.add("h2", "What did the review find?")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h2", "What needs to change?")
        for ask in ASKS:
            doc.add("bullet", ask)
        doc.add("h2", question)
        for text in DONE:
            doc.add("bullet", text)
        doc.add("h2", "Who can I talk to?")
        doc.add("p", "Your agency's safeguarding lead can answer questions about the review.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("finding", text) for text in SEEN),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- an earlier review's recommendations quoted with their progress -------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading,header",
    [
        ("Recommendations of the earlier review about Child P", ("Earlier recommendation", "Progress")),
        ("Outstanding recommendations from previous reviews", ("Recommendation", "Progress")),
        ("Progress on the previous SCR's recommendations", ("Recommendation", "Status")),
    ],
)
def test_an_earlier_reviews_recommendations_are_not_this_reviews(tmp_path, fmt, heading, header):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", heading)
        doc.add("p", "Two recommendations of that review are not yet complete and are reported here for the record.")
        doc.add("header", cells=header, label="t14bprog")
        for ask in OLD_ASKS:
            doc.add("row", cells=(ask, "Under way: due to report in the autumn"), label="t14bprog")
        doc.add("h1", "Recommendations of this review")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    for lessons in _both(tmp_path, fmt, build):
        assert [l.kind for l in lessons] == ["finding"] * 3 + ["recommendation"] * 2
        assert [l.text for l in lessons[3:]] == list(ASKS)
        assert not any("strategy discussions include schools" in l.text or "midwives" in l.text for l in lessons)


# --- a panel's chapter of what it learned from many reviews, opened by one sentence ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "chapter,preamble",
    [
        ("Chapter 2: What we learned from the reviews", "Across the year's reviews, the same three patterns came up."),
        ("Part B: What the Panel learnt from these cases", "These themes were present in most of the cases we read."),
    ],
)
def test_a_panels_themes_from_many_reviews_are_titled_findings_without_their_preamble(tmp_path, fmt, chapter, preamble):
    def build(doc):
        doc.add("cover", "Child Safeguarding Practice Review Panel")
        doc.add("title", "Annual report of the Panel 2020 to 2021")
        doc.add("cover", "Published 3 November 2022")
        doc.add("h1", "Chapter 1: The year in figures")
        doc.add("p", "The Panel received more notifications than in any year before, most about babies under one.")
        doc.add("h1", chapter)
        doc.add("p", preamble)
        for title, text in zip(TITLES, SEEN):
            doc.add("h2", title)
            doc.add("p", text)
        doc.add("h1", "Chapter 3: What we ask of safeguarding partners")
        for ask in ASKS:
            doc.add("bullet", ask)

    path = write_document(tmp_path, fmt, build, META14)[0]
    review = extract_review(path)
    assert _rows(review, "kind", "title", "text") == [
        *(("finding", title, f"{title} {text}") for title, text in zip(TITLES, SEEN)),
        *(("recommendation", "", ask) for ask in ASKS),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_learning_sections_only_paragraph_before_one_sub_heading_stays_a_lesson(tmp_path, fmt):
    # one sub-heading is no set of titled lessons: the sentence before it is not their preamble
    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning")
        doc.add("p", SEEN[0])
        doc.add("h2", TITLES[1])
        doc.add("p", SEEN[1])
        doc.add("h1", "Recommendations")
        for ask in ASKS:
            doc.add("bullet", ask)

    lessons = segment_lessons(read_blocks(write_document(tmp_path, fmt, build, META14)[0]))
    assert SEEN[0] in [l.text for l in lessons]


# --- a theme's sub-heading over what practitioners said and a run-in "Finding:" -------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chapter", ["Analysis by theme", "Analysis"])
def test_a_theme_heading_titles_the_run_in_finding_under_it(tmp_path, fmt, chapter):
    def build(doc):
        cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "The partnership commissioned this review after Child M was admitted to hospital with burns.")
        doc.add("h1", chapter)
        for title, text in zip(TITLES, SEEN):
            doc.add("h2", title)
            doc.add(
                "p", "At the practitioner event staff said they had felt stretched and unsure whose turn it was to act."
            )
            doc.add("runin", text, label="Finding:")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = extract_review(write_document(tmp_path, fmt, build, META14)[0])
    assert _rows(review, "kind", "title", "text") == [
        *(("finding", title, f"{title} {text}") for title, text in zip(TITLES, SEEN)),
        *(("recommendation", "", ask) for ask in ASKS),
    ]


# --- good practice labelled "GP1", "GP2" in an appendix -------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "appendix", ["Appendix A: Good practice identified by the review panel", "Appendix 2 - Examples of good practice"]
)
def test_good_practice_numbered_gp_in_an_appendix(tmp_path, fmt, appendix):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("h1", appendix)
        doc.add("p", "The panel wished the practice below to be shared with the staff concerned.")
        for n, text in enumerate(GOOD, 1):
            doc.add("num", text, label=f"GP{n}")

    review = extract_review(write_document(tmp_path, fmt, build, META14)[0])
    assert _rows(review, "kind", "label", "agency", "text")[5:] == [
        ("good_practice", f"GP{n}", "", text) for n, text in enumerate(GOOD, 1)
    ]
    assert [l.kind for l in review.lessons[:5]] == ["finding"] * 3 + ["recommendation"] * 2


# --- practice guidance issued after a review: its own procedure is no lesson ----------------------------------

STEPS = (
    "Write down what you saw and what the child said, in their words, on your own agency's record that day.",
    "Speak to your designated safeguarding lead before you leave work, or to the duty manager if they are away.",
    "Phone the children's advice line and follow the call with the written referral form within one working day.",
    "Explain to the parents what you are doing and why, unless telling them could place the child at greater risk.",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,steps_heading",
    [
        ("Multi-agency practice guidance: bruising in babies", "What practitioners must do"),
        ("Practice guidance: responding to neglect", "Steps to take when you are worried"),
        ("Guidance for practitioners: children missing from education", "Procedure"),
    ],
)
def test_practice_guidance_keeps_the_reviews_learning_and_not_its_own_procedure(tmp_path, fmt, title, steps_heading):
    def build(doc):
        doc.add("cover", "Bury Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Issued March 2022 | Next review March 2024")
        doc.add("h2", "Why this guidance has been issued")
        doc.add(
            "p",
            "The partnership wrote this guidance after the review about Child M, which identified learning including:",
        )
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h2", steps_heading)
        for n, step in enumerate(STEPS, 1):
            doc.add("num", step, label=f"{n}.")
        doc.add("h2", "Escalation")
        doc.add(
            "p",
            "Where you disagree with a decision about a child, use the partnership's escalation policy straight away.",
        )

    review = extract_review(write_document(tmp_path, fmt, build, META14)[0])
    assert [(l.kind, l.text) for l in review.lessons] == [("learning_point", text) for text in SEEN]


# --- a scan that read a list's first "1." as a mark -----------------------------------------------------------

THIRD_ASK = "Schools should tell the allocated social worker the same day when a child on a plan is absent."


def _scan(lines: list[tuple[float, str]]) -> PageLayout:
    return PageLayout(
        1,
        tuple(
            TextLine(text=text, size=12.5, x0=x0, x1=x0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x0, text) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


@pytest.mark.parametrize("mark", [":", "i,", "l.", "1:", "|"])
def test_a_scanned_lists_first_number_read_as_a_mark_is_given_back(mark):
    pages = [
        _scan(
            [
                (60.0, "Findings"),
                (60.0, f"1. {SEEN[0]}"),
                (60.0, f"2. {SEEN[1]}"),
                (60.0, "Recommendations"),
                (60.5, f"{mark} {ASKS[0]}"),
                (61.0, f"2. {ASKS[1]}"),
                (61.5, f"3. {THIRD_ASK}"),
            ]
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.label, l.text) for l in lessons[2:]] == [
        ("recommendation", str(n), ask) for n, ask in enumerate((*ASKS, THIRD_ASK), 1)
    ]


def test_a_paragraph_before_a_list_opening_with_a_mark_but_asking_nothing_stays_out():
    pages = [
        _scan(
            [
                (60.0, "Recommendations"),
                (60.5, ": The review took place over six months and met the family twice."),
                (61.0, f"2. {ASKS[1]}"),
            ]
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert not any("six months" in l.text for l in lessons)
