"""Ingest tests: the classes the second half of blind held-out set 20 (C547-C564) found the extractor
missing, each on a document the test lays out itself.

Near-misses both ways. Text that reads like a lesson and is none: an earlier review's recommendations
quoted as background (under a section given to that review, or after a paragraph that introduces them),
boxes quoting what statutory guidance or the law says, matters the review weighed without making a
recommendation, and practitioners' feedback on the learning events. And lessons that do not look like
lessons: ordinary paragraphs of analysis closed by the learning they draw ("What this tells us is
that ...") or by a verdict of good practice ("This was good practice."), each lesson the whole paragraph,
and the lessons a conclusion counts out ("Three things stand out.") between its opening and its close.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons, numbered_recommendations, partnership_cover

META = {
    "title": "Local Child Safeguarding Practice Review: Child T",
    "area": "Dudley",
    "region": "West Midlands",
    "review_type": "LCSPR",
    "published": "2021-09-14",
    "child": "Child T",
    "child_age": "4 years",
    "author": "Rowena Blackwood",
}
ASKS = (
    "The Partnership should agree how schools are told when a pupil's family moves into temporary housing.",
    "Health visitors should see every child on a plan at home at least once in each month.",
    "Police should share each call-out to a household with children with the school the next working day.",
)
TITLES = ("Moves between addresses", "The neighbour's calls")
FOUND = (
    "The family moved four times in a year and each move closed the case to the team that knew them.",
    "A neighbour called the police three times about shouting, and each call was handled on its own.",
)
NARRATIVE = (
    "In the spring the family moved to a flat on the far side of the town and the children changed school.",
    "Over the summer the nursery noticed that the youngest child was often collected late by a cousin.",
    "In the autumn the case was transferred to a new team after the mother asked for a fresh start.",
)


def _cover(doc) -> None:
    partnership_cover(doc, META, "Dudley Safeguarding Children Partnership", "Published: 14 September 2021")
    doc.add("h1", "Introduction")
    doc.add(
        "p",
        "This Local Child Safeguarding Practice Review was commissioned after Child T, who was 4 years old, was "
        "seriously harmed at home.",
    )


def _findings(doc) -> None:
    doc.add("h1", "Findings")
    for n, (title, text) in enumerate(zip(TITLES, FOUND, strict=True), 1):
        doc.add("h2", f"Finding {n}: {title}")
        doc.add("p", text)


def _rows(lessons):
    return [(l.kind, l.label, l.text) for l in lessons]


def _findings_rows():
    return [("finding", f"Finding {n}", f"{t} {x}") for n, (t, x) in enumerate(zip(TITLES, FOUND, strict=True), 1)]


def _asks_rows():
    return [("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)]


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


# --- learning drawn in a paragraph's closing sentence ---------------------------------------------------------

DRAWN = (
    "Each school kept its own record of the children's absences and none was passed on when they moved. "
    "What this shows is that a child's history can be lost at the very point it matters most.",
    "The cousin who collected the youngest child was never asked who he was or how he was related. "
    "The lesson for agencies here is that an adult around a child is part of the assessment however briefly seen.",
    "The new team read the file but did not speak to the team before it, and started the assessment again. "
    "What this tells us is that a transfer is a risk in itself unless the two teams talk.",
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_learning_drawn_in_a_closing_sentence_is_the_whole_paragraph(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Analysis")
        for narrative, drawn in zip(NARRATIVE, DRAWN, strict=True):
            doc.add("p", narrative)
            doc.add("p", drawn)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*(("learning_point", "", text) for text in DRAWN), *_asks_rows()]
        assert all(not l.title and not l.agency for l in lessons)


# --- good practice noted in passing, the paragraph closed by its verdict ----------------------------------------

PRAISED = (
    "The nursery manager wrote down what the youngest child said about the bruise in the child's own words "
    "and shared it the same morning. This was good practice.",
    "The housing officer visited the new flat the week the family moved and told the school the address. "
    "The review panel recognised this as good practice.",
)


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_paragraph_closed_by_a_verdict_of_good_practice_is_good_practice_whole(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Analysis of practice")
        for narrative, praised in zip(NARRATIVE, PRAISED, strict=False):
            doc.add("p", narrative)
            doc.add("p", praised)
        doc.add("p", NARRATIVE[2])
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("good_practice", "", text) for text in PRAISED),
            *_findings_rows(),
            *_asks_rows(),
        ]


# --- what the review weighed and made no recommendation on ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "pdf"])
@pytest.mark.parametrize(
    "heading", ["Issues on which the review makes no recommendation", "Matters considered without a recommendation"]
)
def test_a_section_denying_its_kind_holds_no_lessons(tmp_path, fmt, heading):
    def build(doc):
        _cover(doc)
        _findings(doc)
        numbered_recommendations(doc, ASKS)
        doc.add("h1", heading)
        doc.add(
            "p",
            "The panel asked whether every school should have a named worker for families in temporary housing. "
            "Schools should already know their families well, so the review does not recommend it.",
        )
        doc.add(
            "p",
            "The review considered a change to the police call-out form. The form was changed last year, and "
            "agencies should give it time to bed in, so no recommendation is made.",
        )

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*_findings_rows(), *_asks_rows()]


# --- practitioners' feedback on the learning events -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt"])
@pytest.mark.parametrize(
    "heading", ["What staff said about the learning events", "Feedback from the multi-agency learning sessions"]
)
def test_practitioners_feedback_on_the_learning_events_is_no_lesson(tmp_path, fmt, heading):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key messages")
        for text in FOUND:
            doc.add("bullet", text)
        doc.add("h1", heading)
        doc.add("p", "Ninety practitioners came to the sessions held in the autumn. Some of what they said:")
        doc.add("p", "\u201cI will ask the school about every move from now on.\u201d (school nurse)")
        doc.add("p", "\u201cWe need to read the whole file before we start again.\u201d (team manager)")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [("learning_point", "", text) for text in FOUND]


# --- an earlier review's recommendations quoted as background ---------------------------------------------------

EARLIER = (
    "The Board should ask schools to report each child who leaves without a known destination.",
    "Agencies should make sure supervision looks at the emotional impact of the work on practitioners.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("headed", [True, False])
def test_an_earlier_reviews_recommendations_quoted_as_background_are_none(tmp_path, fmt, headed):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What an earlier review found" if not headed else "Learning from a previous review")
        doc.add(
            "p",
            "In 2014 the Dudley Local Safeguarding Children Board published a Serious Case Review about another "
            "child, Child E. Its recommendations were:",
        )
        for n, ask in enumerate(EARLIER, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("p", "Most of the actions that followed those recommendations were completed by 2016.")
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*_findings_rows(), *_asks_rows()]


# --- boxes quoting statutory guidance or the law ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_boxes_quoting_statutory_guidance_or_the_law_are_none(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", FOUND[0])
        doc.add(
            "box",
            "Practitioners must tell the receiving authority when a child on a plan moves out of the area.",
            label="What the local child protection procedures say",
        )
        doc.add("h2", f"Finding 2: {TITLES[1]}")
        doc.add("p", FOUND[1])
        doc.add(
            "box",
            "The local authority must make enquiries where it has cause to suspect significant harm.",
            label="The duty in section 47 of the Children Act 1989",
        )
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*_findings_rows(), *_asks_rows()]


# --- the lessons a conclusion counts out ------------------------------------------------------------------------

CONCLUDED = (
    "Each move of house was treated as a new start, and what was known about the children did not travel with them.",
    "The calls from the neighbour were each judged on their own, so the pattern they made was never seen.",
)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_the_paragraphs_a_conclusion_counts_out_are_its_lessons(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Analysis")
        for narrative in NARRATIVE:
            doc.add("p", narrative)
        doc.add("h1", "Conclusion")
        doc.add(
            "p",
            "The review does not find that the harm to Child T could have been foreseen. It does find that help "
            "could have been better joined up. Two things stand out.",
        )
        for text in CONCLUDED:
            doc.add("p", text)
        doc.add("p", "The reviewer thanks Child T's family and every practitioner who took part for their time.")
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [*(("learning_point", "", text) for text in CONCLUDED), *_asks_rows()]
