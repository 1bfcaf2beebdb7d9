"""Ingest tests: the classes blind held-out set 5 (C116-C132) found the extractor missing, each on
a document the test lays out itself.

Findings printed as questions and answers, recommendations as a checklist of tick boxes, practice
cards, paragraph numbers that restart in every chapter, key messages in quotation boxes beside
practitioners' quoted words, audit summaries, headings printed in two languages, paragraphs numbered
in the margin ("ES4"), board papers, Issue / Learning / Action stacks, top tips, myths set against
realities, staggered finding-and-recommendation tables and progress reports, with the metadata each
prints. Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML,
text) and read back through the real readers. The texts are written for these tests only.
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
    "The school nurse weighed the boy each term and saw him fall behind, but the weights were never shared.",
    "The lodger was known to the police for violence, yet no visitor ever asked who else lived in the flat.",
    "The interpreter was the father's cousin, so the mother could not speak freely at any appointment.",
)
TITLES = ("Weight that nobody plotted", "The lodger nobody asked about", "An interpreter from the family")
ASKS = (
    "The Partnership should require school nurses to share growth concerns with the GP within a month.",
    "Housing providers should tell children's social care when a new adult joins a household with children.",
    "Health services must book independent interpreters for every appointment about a child.",
)
META5 = {
    "title": "Local Child Safeguarding Practice Review: Child D",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-03",
    "child": "Child D",
    "child_age": "",
    "author": "Imogen Hartley",
}


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META5)[0])


# --- findings as questions and answers ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    ("ask", "answer"), [("Q{n}", "A."), ("Question {n}:", "Answer:"), ("Q{n}.", "A{n}:"), ("Q:", "A:")]
)
def test_a_question_and_its_answer_are_one_finding_titled_by_the_question(tmp_path, fmt, ask, answer):
    questions = (
        "How well was the boy's growth followed?",
        "Did anyone ask who lived in the flat?",
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "What we asked and what we found")
        doc.add("p", "The panel set the questions below; the answer to each is what the review found.")
        for n, (question, text) in enumerate(zip(questions, SEEN), 1):
            doc.add("runin", question, label=ask.format(n=n))
            doc.add("runin", text, label=answer.format(n=n))
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    numbered = "{n}" in ask  # "Q:" numbers nothing: no label
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", "Q1" if numbered else "", questions[0], f"{questions[0]} {SEEN[0]}"),
        ("finding", "Q2" if numbered else "", questions[1], f"{questions[1]} {SEEN[1]}"),
        ("recommendation", review.lessons[2].label, "", ASKS[0]),  # (a web page's list numbers its items itself)
    ]


# --- recommendations as a checklist ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("box", ["[ ]", "☐"])
def test_a_checklists_tick_box_lines_are_recommendations_and_its_sign_off_line_is_not(tmp_path, fmt, box):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("h2", TITLES[0])
        doc.add("p", SEEN[0])
        doc.add("h1", "Checklist for the Board")
        doc.add("p", "Tick each line once the Board has seen evidence that it is done.")
        for text in ASKS[:2]:
            doc.add("bullet", text, label=box)
        doc.add("h2", "Sign-off by the independent chair")
        doc.add("p", f"{box} All actions evidenced     Signed: ______________")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        ("learning_point", f"{TITLES[0]} {SEEN[0]}"),
        ("recommendation", ASKS[0]),
        ("recommendation", ASKS[1]),
    ]


# --- practice cards -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_card_is_one_learning_point_titled_by_its_opening_phrase_and_its_prompt_is_not_part_of_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Using the cards in supervision")
        doc.add("p", "Take one card to each supervision session and talk it through.")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("box", f"{title}. {text}", label=f"Card {n} of 2")
            doc.add("small", "Discuss: what would you have asked the family at this point?")
        doc.add("h1", "What the Board has asked for")
        doc.add("bullet", ASKS[2])

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("learning_point", "Card 1", TITLES[0], f"{TITLES[0]}. {SEEN[0]}"),
        ("learning_point", "Card 2", TITLES[1], f"{TITLES[1]}. {SEEN[1]}"),
        ("recommendation", "", "", ASKS[2]),
    ]


def test_a_sentence_opening_a_card_is_no_title():
    from ingest.lesson_text_cues import opening_title

    assert opening_title(f"{TITLES[1]}. {SEEN[1]}") == TITLES[1]
    assert opening_title("The lodger was violent. Nobody asked about him.") == ""  # a sentence, not a title
    assert opening_title(SEEN[0]) == ""


# --- paragraph numbers that restart in every chapter ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_numbered_paragraphs_restarting_in_each_chapter_are_lessons_only_in_the_lessons_chapters(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Chapter 1: Why the review was held")
        doc.add("num", "The partnership agreed in its meeting that the criteria for a review were met.", label="1.")
        doc.add("h1", "Chapter 2: The family's story")
        doc.add("num", "The boy lived with his mother, two sisters and a lodger in a flat above a shop.", label="1.")
        doc.add("num", "He attended the primary school at the end of the road until he was nine.", label="2.")
        doc.add("h1", "Chapter 3: Lessons for the partnership")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Chapter 4: Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        ("learning_point", "1", SEEN[0]),
        ("learning_point", "2", SEEN[1]),
        ("recommendation", "1", ASKS[0]),
    ]


# --- key messages in quotation boxes, practitioners' quoted words --------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_key_message_boxes_are_lessons_and_quoted_words_with_who_said_them_are_not(tmp_path, fmt):
    meta = {**META5, "title": "Key messages: Child D", "review_type": "briefing", "published": "2023-09-14"}

    def build(doc):
        doc.add("title", meta["title"])
        doc.add("cover", "From the Halton Safeguarding Children Partnership's review, published 14 September 2023")
        doc.add("h1", "About the review")
        doc.add("p", "The boy was nine and lived with his mother, his sisters and a lodger.")
        doc.add("h1", "Key messages")
        for text in SEEN[:2]:
            doc.add("box", f"\u201c{text}\u201d", label="Key message")
            doc.add("box", "\u201cWe never saw the whole picture.\u201d \u2013 a school nurse", label="In their words")
        doc.add("h1", "What happens now")
        doc.add("bullet", ASKS[1])

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "title") == [("learning_point", ""), ("learning_point", ""), ("recommendation", "")]
    assert [l.text for l in review.lessons] == [SEEN[0], SEEN[1], ASKS[1]]
    assert (review.review_type, review.area, review.published) == ("briefing", "Halton", "2023-09-14")


# --- an audit summary -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_an_audit_summary_gives_strengths_areas_for_improvement_and_agreed_actions_and_its_own_metadata(tmp_path, fmt):
    meta = {**META5, "title": "Multi-agency audit report: neglect", "review_type": "other", "child": ""}

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Audit carried out: November 2022")
        doc.add("cover", "Report to the board: 3 March 2023")
        doc.add("cover", "Audit lead: Imogen Hartley")
        doc.add("pagebreak")
        doc.add("h1", "Strengths")
        doc.add("bullet", "The school nurse kept careful growth charts for every child on the caseload.")
        doc.add("h1", "Areas for improvement")
        doc.add("num", f"In one case, Child D's, {SEEN[0][4:]}", label="1.")
        doc.add("num", ASKS[0], label="2.")
        doc.add("h1", "Actions agreed")
        doc.add("runin", ASKS[1], label="Action 1:")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "label") == [
        ("good_practice", ""),
        ("finding", "1"),
        ("recommendation", "2"),  # an area for improvement that asks something of someone
        ("recommendation", "Action 1"),
    ]
    assert (review.published, review.author, review.child, review.review_type) == (
        "2023-03-03",
        "Imogen Hartley",
        "",  # an audit of many children's records: a child it names is not its subject
        "other",
    )


# --- headings in two languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "heading", ["Pwynt dysgu {n} / Learning point {n}: {title}", "Learning point {n} / Pwynt dysgu {n} – {title}"]
)
def test_a_bilingual_label_heading_gives_the_english_label_and_title(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", "Dysgu / Learning")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("h2", heading.format(n=n, title=title))
            doc.add("p", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "label", "title", "text") == [
        ("Learning point 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("Learning point 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
    ]


# --- paragraphs numbered in the margin ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_margin_coded_paragraphs_are_labelled_lessons_and_the_sentence_introducing_them_is_not(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary")
        doc.add("num", "The partnership commissioned this review after the boy was admitted to hospital.", label="S1")
        doc.add("h2", "What we learnt")
        doc.add("num", SEEN[0], label="S2")
        doc.add("num", SEEN[1], label="S3")
        doc.add("h2", "Recommendations")
        doc.add("num", "The review makes the following two recommendations to the Board.", label="S4")
        doc.add("num", ASKS[0], label="S5")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        ("learning_point", "S2", SEEN[0]),
        ("learning_point", "S3", SEEN[1]),
        ("recommendation", "S5", ASKS[0]),
    ]


# --- a board paper --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_board_papers_subject_is_the_title_and_its_ask_of_the_meeting_no_lesson(tmp_path, fmt):
    meta = {**META5, "title": "Serious Case Review: Child D", "review_type": "SCR", "published": "2016-10-05"}

    def build(doc):
        doc.add("cover", "Halton Local Safeguarding Children Board: Business Group")
        doc.add("cover", "Agenda item 4 | Date of meeting: 19/09/2016")
        doc.add("h1", f"Subject: {meta['title']}")
        doc.add("h2", "1. Recommendation to the Business Group")
        doc.add("p", "The Business Group is asked to note the report and approve the action plan.")
        doc.add("h2", "2. Background")
        doc.add("p", "The review was published on the Board's website on 5 October 2016.")
        doc.add("h2", "3. The review's recommendations")
        doc.add("num", ASKS[2], label="3.1")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "label", "text") == [("recommendation", "3.1", ASKS[2])]
    assert (review.title, review.published) == (meta["title"], "2016-10-05")


# --- Issue / Learning / Action stacks ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(("issue", "learning"), [("Issue:", "Learning:"), ("Topic:", "Lesson learned:")])
def test_an_issue_over_its_learning_is_one_titled_lesson_and_the_action_a_recommendation(
    tmp_path, fmt, issue, learning
):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning and actions")
        for n in range(2):
            doc.add("h2", f"Entry {n + 1}")
            doc.add("runin", TITLES[n], label=issue)
            doc.add("runin", SEEN[n], label=learning)
            doc.add("runin", ASKS[n], label="Action:")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("learning_point", "", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("recommendation", "", "", ASKS[0]),
        ("learning_point", "", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
        ("recommendation", "", "", ASKS[1]),
    ]


# --- top tips ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("dash", [" \u2013 ", ": "])
def test_tips_under_their_headings_are_titled_learning_points_and_the_sheet_a_briefing(tmp_path, fmt, dash):
    meta = {**META5, "title": "Top tips from the review of Child D", "review_type": "briefing"}

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Published March 2023.")
        doc.add("pagebreak")
        doc.add("h1", "Tips for practitioners")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("h2", f"Tip {n}{dash}{title}")
            doc.add("p", text)
        doc.add("h1", "Further information")
        doc.add("bullet", "Growth charts: see the school nursing pages.")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("learning_point", "Tip 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("learning_point", "Tip 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
    ]
    assert review.review_type == "briefing"


# --- myths set against what the review found ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("answer", ["Reality:", "Fact:"])
def test_a_myth_is_never_a_lesson_and_the_reality_set_against_it_is(tmp_path, fmt, answer):
    meta = {**META5, "title": "Myth busting: what the review of Child D found", "review_type": "briefing"}
    myths = ("A child who is growing is a child who is fed.", "Lodgers are the landlord's business.")

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Date: March 2023")
        doc.add("cover", "Review author: Imogen Hartley")
        doc.add("pagebreak")
        doc.add("h1", "Why this leaflet?")
        for myth, text in zip(myths, SEEN):
            doc.add("runin", myth, label="Myth:")
            doc.add("runin", text, label=answer)

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "text") == [("learning_point", SEEN[0]), ("learning_point", SEEN[1])]
    assert review.review_type == "briefing"


# --- staggered finding and recommendation tables ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_staggered_tables_rows_take_their_kind_from_their_reference_and_column(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings and what should change")
        doc.add("header", cells=("Ref", "Key finding", "Recommendation"), label="b5fr")
        doc.add("row", cells=("F1", f"{TITLES[0]}. {SEEN[0]}", ""), label="b5fr")
        doc.add("row", cells=("R1.1", "", ASKS[0]), label="b5fr")
        doc.add("row", cells=("F2", f"{TITLES[1]}. {SEEN[1]}", ""), label="b5fr")
        doc.add("row", cells=("R2.1", "", ASKS[1]), label="b5fr")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title") == [
        ("finding", "F1", TITLES[0]),
        ("recommendation", "R1.1", ""),
        ("finding", "F2", TITLES[1]),
        ("recommendation", "R2.1", ""),
    ]
    assert [l.text for l in review.lessons][1::2] == list(ASKS[:2])


# --- progress reports -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_progress_reports_status_and_updates_are_no_part_of_its_recommendations_nor_the_original_its_metadata(
    tmp_path, fmt
):
    meta = {
        **META5,
        "title": "Update on the recommendations of the review: Daisy",
        "review_type": "other",
        "child": "Daisy",
        "author": "",
        "published": "2024-06-11",
    }

    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Report date: 11 June 2024")
        doc.add("cover", "Original report by Imogen Hartley, published May 2022")
        doc.add("pagebreak")
        doc.add("h1", "The recommendations")
        statuses = ("\u2013 Partially complete", "(Not started)")
        updates = ("Progress update", "Update (May 2024)")
        for n, (status, update, text) in enumerate(zip(statuses, updates, ASKS), 1):
            doc.add("h2", f"Recommendation {n} {status}")
            doc.add("p", text)
            doc.add("p", f"{update}: the subgroup has met twice and a draft protocol went to consultation in April.")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("recommendation", "Recommendation 1", "", ASKS[0]),
        ("recommendation", "Recommendation 2", "", ASKS[1]),
    ]
    assert (review.published, review.author, review.child) == ("2024-06-11", "", "Daisy")


# --- a list item whose number a scan lost ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("numbered", [1, 2])
def test_a_recommendation_before_the_numbered_ones_that_lost_its_number_is_kept_and_the_list_intro_is_not(
    tmp_path, fmt, numbered
):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "The panel agreed the recommendations below with the partners:")
        doc.add("p", f"Ai {ASKS[0]}")  # "1." read by OCR as letters
        for n, text in enumerate(ASKS[1 : 1 + numbered], 2):
            doc.add("num", text, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert [l.kind for l in review.lessons] == ["recommendation"] * (1 + numbered)
    assert [l.text for l in review.lessons] == [f"Ai {ASKS[0]}", *ASKS[1 : 1 + numbered]]


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_a_term_in_quotation_marks_explained_after_a_dash_is_still_a_lesson(tmp_path, fmt):
    term = "\u2018Start again syndrome\u2019 \u2013 each new social worker began a fresh assessment, so the history was lost."

    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning")
        doc.add("bullet", term)
        doc.add("bullet", SEEN[0])

    review = _review(tmp_path, fmt, build)
    assert [l.kind for l in review.lessons] == ["learning_point", "learning_point"]
    assert review.lessons[0].text.endswith("so the history was lost.")
