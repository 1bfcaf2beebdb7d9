"""Ingest tests: the lesson classes blind held-out set 16's first half (C385-C402) found the
extractor missing, each on a document the test lays out itself.

A learning sentence opened by a lead-in inside a paragraph of narrative ("The main lesson for
agencies is that ...").

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
EVENTS = (
    "In the autumn the boy missed three dental appointments and the surgery wrote to an old address.",
    "Over the winter the neighbours called the police twice about loud arguments late at night.",
    "By the spring the younger sister had stopped going to her after-school club.",
)
POINTS = (
    "letters about missed appointments reach nobody when a family has moved. Checking the address is part of following up.",
    "calls from neighbours are often the only view into a home. Each one should be read alongside the ones before.",
    "a child dropping out of a club can be the first visible change. Club leaders need to know who to tell.",
)
ASKS = (
    "The partnership should remind dental practices how to check a family's current address.",
    "Police should share repeat calls about the same home with children's social care.",
)
META16 = {
    "title": "Local Child Safeguarding Practice Review: Child T",
    "area": "Tameside",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child T",
    "child_age": "",
    "author": "Rosalind Quarry",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=META16):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


def _asks(doc, asks=ASKS) -> None:
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(asks, 1):
        doc.add("num", ask, label=f"{n}.")


def _ask_rows(asks=ASKS):
    return [("recommendation", ask) for ask in asks]


def _cap(text: str) -> str:
    """A sentence given its capital (the rest as written)."""
    return text[:1].upper() + text[1:]


def _low(rows):
    """Rows with their texts in lower case: a text file prints top-level headings in capitals."""
    return [tuple(v.lower() if isinstance(v, str) else v for v in row) for row in rows]


# --- a learning sentence opened by a lead-in inside narrative --------------------------------------------------

LEADS = ("The main lesson for agencies is that", "What we learned from this is that", "The wider learning was that")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lead_in_inside_a_narrative_paragraph_opens_a_learning_point(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "The review met the practitioners who knew the family before writing this report.")
        doc.add("h1", "What happened and what it tells us")
        for event, lead, point in zip(EVENTS, LEADS, POINTS):
            doc.add("p", f"{event} {lead} {point}")
        doc.add("p", "The panel then looked at how the agencies worked together.")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = [("learning_point", f"{lead} {point}") for lead, point in zip(LEADS, POINTS)] + _ask_rows()
    assert _rows(review, "kind", "text") == want


def test_a_lead_in_in_the_introduction_is_no_lesson(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", f"{EVENTS[0]} {LEADS[0]} {POINTS[0]}")
        _asks(doc)

    review = _review(tmp_path, "pdf", build)
    assert _rows(review, "kind", "text") == _ask_rows()


# --- paragraphs tagged at their end with the code of their lesson ----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_paragraphs_tagged_with_a_lessons_code_are_lessons_of_its_kind(tmp_path, fmt):
    tags = ("LP1", "R1", "LP2", "R2")
    texts = (_cap(POINTS[0]), ASKS[0], _cap(POINTS[1]), ASKS[1])

    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis")
        for n, (tag, text) in enumerate(zip(tags, texts)):
            if n % 2 == 0:
                doc.add("p", EVENTS[n // 2])
            doc.add("p", f"{text} [{tag}]")
        doc.add("h1", "Conclusion")
        doc.add("p", "The panel agreed this report and its action plan at its meeting.")

    review = _review(tmp_path, fmt, build)
    kinds = ("learning_point", "recommendation") * 2
    assert _rows(review, "kind", "label", "text") == list(zip(kinds, tags, texts))


def test_one_code_closing_every_recommendation_is_a_cross_reference(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"{ask} (F{n})")

    review = _review(tmp_path, "docx", build)
    assert [kind for kind, _ in _rows(review, "kind", "text")] == ["recommendation", "recommendation"]


# --- items opened by a run-in tag naming their kind -------------------------------------------------------------

GOOD = (
    "The health visitor kept visiting after the family moved and passed on everything she knew.",
    "The school's designated lead rang children's social care the same morning the bruise was seen.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_items_tagged_with_their_kind_take_it(tmp_path, fmt):
    items = (
        ("Lesson", _cap(POINTS[0])),
        ("Good practice", GOOD[0]),
        ("Lesson", _cap(POINTS[1])),
        ("Good practice", GOOD[1]),
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "What we found")
        for n, (tag, text) in enumerate(items, 1):
            doc.add("num", f"{tag}: {text}", label=f"{n}.")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    kinds = ("learning_point", "good_practice") * 2
    want = [(k, text, "") for k, (_, text) in zip(kinds, items)] + [(k, t, "") for k, t in _ask_rows()]
    assert _rows(review, "kind", "text", "title") == want


# --- "What? So what? Now what?" under each theme's heading ------------------------------------------------------

THEMES = ("Letters to the wrong door", "Calls that were never joined up")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reflective_prompts_give_learning_under_the_heading_and_a_recommendation(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Themes from the review")
        for theme, event, point, ask in zip(THEMES, EVENTS, POINTS, ASKS):
            doc.add("h2", theme)
            doc.add("runin", event, label="What?")
            doc.add("runin", _cap(point), label="So what?")
            doc.add("runin", ask, label="Now what?")

    review = _review(tmp_path, fmt, build)
    want = []
    for theme, point, ask in zip(THEMES, POINTS, ASKS):
        want += [("learning_point", f"{theme} {_cap(point)}", theme), ("recommendation", ask, "")]
    assert _low(_rows(review, "kind", "text", "title")) == _low(want)


# --- recommendations numbered inline in one paragraph -----------------------------------------------------------

INLINE_ASKS = (
    "dental practices should check a family's address before writing about a missed appointment",
    "the police should pass repeat calls about one home to the front door",
    "club leaders should be told who to contact when a child stops coming",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("marks", [("i", "ii", "iii"), ("a", "b", "c")])
def test_recommendations_numbered_inline_in_one_paragraph_are_each_a_recommendation(tmp_path, fmt, marks):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("h2", THEMES[0])
        doc.add("p", _cap(POINTS[0]))
        doc.add("h1", "Conclusions and recommendations")
        doc.add("p", "Having weighed the learning, the panel agreed that the partnership's procedures need changing.")
        items = [f"({mark}) {ask}" for mark, ask in zip(marks, INLINE_ASKS)]
        doc.add("keep", f"The panel therefore recommends that: {items[0]}; {items[1]}; and {items[2]}.")

    review = _review(tmp_path, fmt, build)
    recs = [row for row in _rows(review, "kind", "label", "text") if row[0] == "recommendation"]
    assert recs == [("recommendation", mark, ask) for mark, ask in zip(marks, INLINE_ASKS)]


# --- a list whose symbols a key line explains --------------------------------------------------------------------


def _symbol_item(doc, fmt, symbol, text):
    """An item opened by a symbol, as a writer sets it: a plain-text bullet drawn with it, else a paragraph
    opening with it."""
    if fmt == "txt":
        doc.add("bullet", text, label=symbol)
    else:
        doc.add("p", f"{symbol} {text}")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "key,symbols,kinds",
    [
        (
            "Key: \u2714 what worked \u25b2 what should change",
            ("\u2714", "\u25b2"),
            ("good_practice", "learning_point"),
        ),
        ("+ strengths - things to improve", ("+", "-"), ("good_practice", "finding")),
    ],
)
def test_a_keyed_list_of_symbols_gives_each_item_its_symbols_kind(tmp_path, fmt, key, symbols, kinds):
    points = [_cap(p) for p in POINTS[:2]]

    def build(doc):
        if fmt == "pdf":
            doc.font = "dejavu-sans"
        cover(doc)
        doc.add("h1", "Strengths and areas to change")
        doc.add("small", key)
        for good, point in zip(GOOD, points):
            _symbol_item(doc, fmt, symbols[0], good)
            _symbol_item(doc, fmt, symbols[1], point)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = []
    for good, point in zip(GOOD, points):
        want += [(kinds[0], good), (kinds[1], point)]
    assert _rows(review, "kind", "text") == want + _ask_rows()


# --- sub-headings over narrative and a paragraph opened by a changing run-in cue ---------------------------------

CUES = ("What we take from this:", "The point for practice:", "Why it matters for children:")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cued_paragraph_closing_each_sub_section_is_the_learning_its_heading_titles(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Analysis of practice")
        for theme, event, point, cue in zip((*THEMES, "A club that noticed"), EVENTS, POINTS, CUES):
            doc.add("h2", theme)
            doc.add("p", event)
            doc.add("runin", _cap(point), label=cue)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    themes = (*THEMES, "A club that noticed")
    want = [("learning_point", f"{t} {_cap(p)}", t) for t, p in zip(themes, POINTS)]
    assert _low(_rows(review, "kind", "text", "title")) == _low(want + [(k, t, "") for k, t in _ask_rows()])


# --- a table of context, learning and the action each asks for ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_action_column_beside_learning_holds_recommendations(tmp_path, fmt):
    points = [_cap(p) for p in POINTS[:2]]

    def build(doc):
        cover(doc)
        doc.add("h1", "Learning at a glance")
        doc.add("header", cells=("What happened", "Learning", "Action"))
        for event, point, ask in zip(EVENTS, points, ASKS):
            doc.add("row", cells=(event, point, ask))

    review = _review(tmp_path, fmt, build)
    want = []
    for point, ask in zip(points, ASKS):
        want += [("learning_point", point), ("recommendation", ask)]
    assert _rows(review, "kind", "text") == want


def test_an_action_plans_action_column_beside_a_timescale_is_no_lesson(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Action plan")
        doc.add("header", cells=("Learning", "Action", "Timescale"))
        for point, ask in zip(POINTS[:2], ASKS):
            doc.add("row", cells=(_cap(point), ask, "March 2023"))

    # one lesson a row, as before: the Action column tracks the work, it adds no lesson of its own
    review = _review(tmp_path, "docx", build)
    assert len(review.lessons) == 2


# --- a sub-heading opened by a code with a hyphen or a slash -----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sep", ["-", "/"])
def test_a_hyphenated_code_before_a_sub_headings_title_is_its_label_not_its_title(tmp_path, fmt, sep):
    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning")
        for n, (theme, point) in enumerate(zip(THEMES, POINTS), 1):
            doc.add("h2", f"LP{sep}0{n}: {theme}")
            doc.add("p", _cap(point))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = [("learning_point", f"LP{sep}0{n}", t) for n, t in enumerate(THEMES, 1)]
    assert _rows(review, "kind", "label", "title")[:2] == want


# --- a practitioner's quoted words between two paragraphs of a lesson --------------------------------------------

SAID = (
    "\u201cNobody told us the family had moved again.\u201d (school nurse at the practitioners' event)",
    "\u201cWe only ever saw one call at a time.\u201d - a police sergeant",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_quoted_aside_inside_a_learning_point_is_no_part_of_it_and_the_point_goes_on_after_it(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for n, (theme, point, said) in enumerate(zip(THEMES, POINTS, SAID), 1):
            first, rest = _cap(point).split(". ", 1)
            doc.add("h2", f"Learning point {n}: {theme}")
            doc.add("p", first + ".")
            doc.add("p", said)
            doc.add("p", _cap(rest))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = []
    for theme, point in zip(THEMES, POINTS):
        first, rest = _cap(point).split(". ", 1)
        want.append(("learning_point", f"{theme} {first}. {_cap(rest)}"))
    assert _rows(review, "kind", "text") == want + _ask_rows()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_status_keys_symbols_mark_the_items_of_one_list_of_recommendations(tmp_path, fmt):
    asks = (*ASKS, "Schools should tell the front door when a child stops attending a club run on site.")

    def build(doc):
        if fmt == "pdf":
            doc.font = "dejavu-sans"
        cover(doc)
        doc.add("h1", "Where the recommendations stand")
        doc.add("small", "Progress key: \u2714 done \u2716 not yet started")
        for n, ask in enumerate(asks):
            _symbol_item(doc, fmt, "\u2714" if n == 1 else "\u2716", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("recommendation", ask) for ask in asks]


# --- a short first sentence with an irregular past tense is no title phrase --------------------------------------

SHORT_FIRST = (
    "The childminder felt uneasy about the bruises. She wrote them down but did not tell anyone.",
    "Neighbours heard shouting most weekends. Their calls were logged one at a time.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_short_first_sentence_with_an_irregular_past_tense_is_not_the_lessons_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Tips from the review")
        for n, text in enumerate(SHORT_FIRST, 1):
            doc.add("box", text, label=f"Top tip {n}")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "text", "title")[:2] == [(text, "") for text in SHORT_FIRST]


# --- questions set in body type over the paragraphs answering them ------------------------------------------------

QUESTIONS = ("Did the letters reach the family?", "Were the calls ever read together?")


@pytest.mark.parametrize("fmt", FORMATS)
def test_questions_in_body_type_under_findings_title_the_findings_they_open(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for question, point in zip(QUESTIONS, POINTS):
            doc.add("p", question)
            doc.add("p", _cap(point))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    want = [("finding", f"{q} {_cap(p)}", q) for q, p in zip(QUESTIONS, POINTS)]
    assert _rows(review, "kind", "text", "title")[:2] == want


# --- a "Recommendations" heading run into the first recommendation ------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_recommendations_heading_run_into_its_first_paragraph_opens_the_recommendations(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", THEMES[0])
        doc.add("p", _cap(POINTS[0]))
        doc.add("p", f"Recommendations {ASKS[0]}")
        doc.add("p", ASKS[1])

    review = _review(tmp_path, fmt, build)
    assert [row for row in _rows(review, "kind", "text") if row[0] == "recommendation"] == _ask_rows()


# --- codes of several kinds mixed in one list under a heading naming several kinds -------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_of_several_kinds_in_one_list_give_each_item_its_codes_kind(tmp_path, fmt):
    items = (("LP1", _cap(POINTS[0])), ("GP1", GOOD[0]), ("R1a", ASKS[0]), ("LP2", _cap(POINTS[1])), ("GP2", GOOD[1]))

    def build(doc):
        cover(doc)
        doc.add("h1", "Good practice, learning and recommendations")
        for code, text in items:
            doc.add("runin", text, label=code)

    review = _review(tmp_path, fmt, build)
    kinds = ("learning_point", "good_practice", "recommendation", "learning_point", "good_practice")
    assert _rows(review, "kind", "text") == [(k, t) for k, (_, t) in zip(kinds, items)]


def test_labelled_questions_with_their_answers_stay_as_the_walk_reads_them(tmp_path):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings: questions and answers")
        for n, (question, point) in enumerate(zip(QUESTIONS, POINTS), 1):
            doc.add("runin", question, label=f"Q{n}")
            doc.add("runin", _cap(point), label="A.")
        _asks(doc)

    review = _review(tmp_path, "docx", build)
    assert [row for row in _rows(review, "kind", "label") if row[0] == "finding"] == [
        ("finding", "Q1"),
        ("finding", "Q2"),
    ]
