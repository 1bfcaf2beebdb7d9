"""Ingest tests: the classes of a lesson's inner structure and of review types that the second half of blind
held-out set 25 (C727-C744) found the extractor missing, each on a document the test lays out itself.

A numbered item opening a sentence ("<title>. The review found that:") that lettered parts end: one lesson
per number, the letters dropped. A run-in rationale after each recommendation ("Why this recommendation:
..."), on its own or run on into the recommendation where a scan joins the lines: never part of it nor a
lesson. A box of a named child's or family's words after a learning point ("In Child K's words", "What
Child K's family told us"): never a lesson nor part of one. An appreciative inquiry's "What could have
been even better": learning. A heading "Recommendation 3: <theme>" over its parts "Recommendation 3a
(Agency):", "3b (Agency):": the parts are the recommendations, the heading none. A title "<child>:
Overview Report": the child is the name before the colon. Documents are written by the conventions
corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the
texts are written for these tests only.
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
    findings_and_recommendations,
    lesson_rows,
    lessons_and_rule_lessons,
    numbered_recommendations,
)

from ingest.layout import Block
from ingest.lesson_rationales import without_rationales
from ingest.ocr import mend_marker

META = CHILD_K_META
ASKS = CHILD_K_ASKS


def _numbered(asks=ASKS):
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(asks, 1)]


# --- a numbered item's sentence ended by lettered parts -----------------------------------------------------------

# (title, parts)
STEMMED = (
    (
        "Missed health appointments",
        ("the dentist wrote to the family three times and no one replied; and", "no one asked the school why."),
    ),
    (
        "A father nobody met",
        ("the father lived in the home for a year; and", "he was never invited to a meeting about the children."),
    ),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_sentence_ended_by_lettered_parts_is_one_finding(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Findings")
        for n, (title, parts) in enumerate(STEMMED, 1):
            doc.add("num", f"{title}. The review found that:", label=f"{n}.")
            for letter, part in zip("ab", parts, strict=True):
                doc.add("subbullet", part, label=f"({letter})")
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(lessons)
            == [
                ("finding", str(n), "", " ".join((f"{title}. The review found that:", *parts)), "")
                for n, (title, parts) in enumerate(STEMMED, 1)
            ]
            + _numbered()
        )


# --- a rationale after each recommendation ------------------------------------------------------------------------

WHY = (
    "This recommendation responds to Finding 1. The school nurse had nobody to ask on the day.",
    "This recommendation responds to Finding 2. Marks on babies were seen clothed more than once.",
)


@pytest.mark.parametrize("cue", ["Why this recommendation:", "Rationale for this recommendation:"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rationale_after_a_recommendation_is_never_part_of_it(tmp_path, fmt, cue):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        for n, (ask, why) in enumerate(zip(ASKS, WHY, strict=True), 1):
            doc.add("num", ask, label=f"{n}.")
            doc.add("runin", why, label=cue)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _numbered()


def test_a_rationale_a_scan_runs_on_into_its_recommendation_is_cut_off():
    item = Block("item", f"1. {ASKS[0]} Why this recommendation: {WHY[0]}", 2, 2)
    assert [b.text for b in without_rationales([item])] == [f"1. {ASKS[0]}"]


@pytest.mark.parametrize("line,mended", [("2s GP practices should", "2. GP practices should"), ("2s The", "2. The")])
def test_a_full_stop_ocr_read_as_s_after_a_list_number_is_read_back(line, mended):
    assert mend_marker(line) == mended


# --- a box of a named child's or family's words after a learning point ---------------------------------------------

LEARNED = (
    ("Too many social workers", "The family had five social workers in a year and each one started again."),
    ("Nobody explained the plan", "Decisions about the move were made without telling the child what would happen."),
)
SAID = ("“I stopped telling them things because they always left.”", "“Nobody told me where I was going to live.”")


@pytest.mark.parametrize("caption", ["In Child K's words", "What Child K's family told us"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_box_of_a_named_childs_words_is_never_a_lesson(tmp_path, fmt, caption):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning")
        for (title, text), said in zip(LEARNED, SAID, strict=True):
            doc.add("h2", title)
            doc.add("p", text)
            doc.add("box", said, label=caption)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(lessons)
            == [("learning_point", "", title, f"{title} {text}", "") for title, text in LEARNED] + _numbered()
        )


# --- an appreciative inquiry: what worked well, what could have been even better -----------------------------------

WORKED = ("The nursery manager wrote down what the child said and rang the front door the same day.",)


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_could_have_been_even_better_is_learning(tmp_path, fmt):
    title = "Multi-Agency Practice Review: Child K"

    def build(doc):
        child_k_cover(doc, fmt, title)
        doc.add("h1", "About this review")
        doc.add("p", "The review used an appreciative inquiry approach with the practitioners involved.")
        doc.add("h1", "What worked well")
        for text in WORKED:
            doc.add("bullet", text)
        doc.add("h1", "What could have been even better")
        for head, text in LEARNED:
            doc.add("h2", head)
            doc.add("p", text)
        numbered_recommendations(doc, ASKS)

    meta = {**META, "title": title, "review_type": "other"}
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, meta):
        assert (
            lesson_rows(lessons)
            == [("good_practice", "", "", text, "") for text in WORKED]
            + [("learning_point", "", head, f"{head} {text}", "") for head, text in LEARNED]
            + _numbered()
        )


# --- a recommendation's heading over its lettered parts, each to an agency ----------------------------------------

PARTS = (
    ("a", "Children's Social Care", "Children's social care should see every child on a plan alone at each visit."),
    ("b", "Police", "Police should tell the school by the next morning about any incident at a child's home."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_recommendations_heading_over_lettered_parts_is_no_lesson(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)
        doc.add("h2", "Recommendation 3: how each agency sees the child")
        doc.add("p", "This recommendation is in two parts, one for each agency.")
        for letter, agency, ask in PARTS:
            doc.add("runin", ask, label=f"Recommendation 3{letter} ({agency}):")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == [
            ("recommendation", f"Recommendation {n}", "", ask, "") for n, ask in enumerate(ASKS, 1)
        ] + [("recommendation", f"Recommendation 3{letter}", "", ask, agency) for letter, agency, ask in PARTS]


# --- metadata: a title "<child>: Overview Report" ---------------------------------------------------------------


@pytest.mark.parametrize("report", ["Overview Report", "Executive Summary"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_child_is_named_before_overview_report(tmp_path, fmt, report):
    title = f"Maisie: {report}"

    def build(doc):
        doc.add("cover", "Calderdale Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Type of review: Serious Case Review (regulation 5 of the Local Safeguarding Children "
                "Boards Regulations 2006)")  # fmt: skip
        doc.add("cover", "Date of publication: 3 December 2018")
        if fmt != "html":
            doc.add("pagebreak")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title, review_type="SCR", published="2018-12-03")
    assert (review.title, review.child, review.review_type) == (title, "Maisie", "SCR")


@pytest.mark.parametrize("fmt", FORMATS)
def test_roman_numbered_learning_is_no_heading_over_parts(tmp_path, fmt):
    # "ii" after "i" is a numeral of its own, not a lettered part of "i": every item stays a lesson
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Key learning")
        for numeral, (_, text) in zip(("i.", "ii."), LEARNED, strict=True):
            doc.add("num", text, label=numeral)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(lessons)
            == [
                ("learning_point", numeral, "", text, "")
                for numeral, (_, text) in zip(("i", "ii"), LEARNED, strict=True)
            ]
            + _numbered()
        )
