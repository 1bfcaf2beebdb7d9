"""Ingest tests: the classes blind held-out set 13's first half (C277-C294) found the extractor
missing, each on a document the test lays out itself.

Learning points that count themselves in a conclusion ("The second learning point is that ..."), a
numbered narrative paragraph stating what the review finds ("4.2.3 The review found that ..."), a
sentence addressing the list after it to an agency ("... recommendations to Probation:"), a kind
qualifier between a label and its title ("Learning point 2 (Systems): title"), good practice in a
margin column beside the narrative, a table row short of the Learning cell printed once for two
recommendations, numbered themes over lettered recommendations, a count of recommendations with a
word on their order, and a finding's numbered sub-heading set in body type.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.lesson_statements import addressed_list, spanned_row, stated_lesson, without_qualifier
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

COLUMN_WIDTHS.setdefault("t13plan", ((0.3, 0.3, 0.25, 0.15), False))

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "the dental practice noticed the untreated decay twice and sent only a standard letter to the family.",
    "nursery staff recorded that the toddler arrived hungry on most Mondays but nobody added the entries up.",
    "the lodger's criminal record was known to probation but was never linked to the children's address.",
)
TITLES = ("Decay seen but not acted on", "Hunger on Mondays", "A lodger nobody checked")
ASKS = (
    "Probation should tell children's social care when a person it supervises moves into a household with children.",
    "Probation should check the addresses of people it supervises against the register of children with plans.",
    "Dental practices should report a second missed treatment for a child to the health visitor.",
    "Early years settings should review their records each month for patterns of hunger or poor care.",
)
GOOD = (
    "The housing officer rang the school the same day she found the children at home in school hours.",
    "The dental nurse arranged a home visit with the health visitor rather than closing the referral.",
)
EVENTS = (
    "The mother took the toddler to the walk-in centre with a burn to the hand and was given dressings.",
    "A neighbour rang the police to report a child crying for several hours in the flat upstairs.",
    "The family missed two appointments at the dental hospital and the referral was closed.",
    "The housing officer visited about rent arrears and noted that the children were not at school.",
)
META13 = {
    "title": "Child Safeguarding Practice Review: Child M",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-03",
    "child": "Child M",
    "child_age": "",
    "author": "Rosalind Achebe",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build):
    return extract_review(write_document(tmp_path, fmt, build, META13)[0])


def _asks(doc, asks=ASKS[2:4]) -> None:
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(asks, 1):
        doc.add("num", ask, label=f"{n}.")


def _ask_rows(asks=ASKS[2:4]):
    return [("recommendation", ask) for ask in asks]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- a numbered narrative paragraph stating what the review found --------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_paragraph_stating_what_the_review_found_is_a_finding_among_narrative(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "3. Analysis of practice")
        for n, (area, seen) in enumerate(zip(("Health", "Early years"), SEEN), 1):
            doc.add("h2", f"3.{n} {area}")
            doc.add("num", EVENTS[n - 1], label=f"3.{n}.1")
            doc.add("num", "Staff who spoke to the reviewer remembered the family well.", label=f"3.{n}.2")
            doc.add("num", f"The review found that {seen}", label=f"3.{n}.3")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    # the text from the cue on, as of an unnumbered paragraph reporting what the review found
    assert _rows(review, "kind", "label", "text") == [
        ("finding", f"3.{n}.3", seen) for n, seen in enumerate(SEEN[:2], 1)
    ] + [("recommendation", str(n), ask) for n, ask in enumerate(ASKS[2:4], 1)]


# --- learning points counting themselves in a conclusion ---------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_points_that_count_themselves_in_a_conclusion_are_learning_points(tmp_path, fmt):
    texts = [f"The {o} learning point is that {seen}" for o, seen in zip(("first", "second", "final"), SEEN)]

    def build(doc):
        cover(doc)
        doc.add("h1", "Concluding remarks")
        doc.add("p", "The first contact any agency had with the family was at the birth of the older child.")
        doc.add("p", "Three points of learning follow from the review.")
        for text in texts:
            doc.add("p", text)
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("learning_point", t) for t in texts] + _ask_rows()


def test_stated_lessons_name_their_kind_and_narrative_states_none():
    assert stated_lesson("5.2.4 The third learning point was that nobody owned the plan.") == (
        "learning_point",
        "5.2.4",
        "The third learning point was that nobody owned the plan.",
    )
    assert stated_lesson("The 2nd key finding is that nobody owned the plan.")[0] == "finding"
    assert stated_lesson("The next lesson was that the plan had no owner.")[0] == "learning_point"
    assert stated_lesson("The first of the agencies' contacts was in the spring.") is None
    assert stated_lesson("The review found that the records were incomplete.") is None  # REPORTED's


# --- a sentence addressing the recommendations after it to an agency ---------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sentence_addressing_the_list_after_it_gives_the_recommendations_their_lead(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("p", _cap(SEEN[0]))
        doc.add("h1", "Recommendations")
        doc.add("p", "Two recommendations are made to the National Probation Service:")
        for ask in ASKS[:2]:
            doc.add("bullet", ask)
        doc.add("p", "The reviewer also addresses recommendations to the local authority's early years team:")
        for ask in ASKS[3:4]:
            doc.add("bullet", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text", "agency")[1:] == [
        ("recommendation", ASKS[0], "National Probation Service"),
        ("recommendation", ASKS[1], "National Probation Service"),
        ("recommendation", ASKS[3], "Local authority's early years team"),
    ]


def test_an_addressed_list_names_an_agency_and_nothing_else():
    assert addressed_list("The review makes these recommendations for the Police:") == "Police"
    assert addressed_list("Recommendations are made to all partner agencies:") == "All partner agencies"
    assert addressed_list("The review makes recommendations to improve practice:") == ""
    assert addressed_list("The review makes the following recommendations to Police.") == ""


# --- a kind qualifier between a label and its title ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kind_qualifier_after_the_label_is_no_part_of_the_title(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Key learning")
        for n, (kind, title, seen) in enumerate(zip(("Practice", "Systems"), TITLES, SEEN), 1):
            doc.add("h2", f"Key learning {n} [{kind}] – {title}".replace("[", "(").replace("]", ")"))
            doc.add("p", _cap(seen))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title")[:2] == [("learning_point", t) for t in TITLES[:2]]
    assert all("(" not in lesson.text for lesson in review.lessons[:2])


def test_a_qualifier_of_many_words_is_a_title():
    assert without_qualifier("(Systems): Hunger on Mondays") == "Hunger on Mondays"
    assert without_qualifier("(seen in three of the four agencies): x") == "(seen in three of the four agencies): x"


# --- good practice in a margin column beside the narrative -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_good_practice_in_the_margin_beside_the_narrative_is_the_note_alone(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "What happened")
        doc.add("h1", "The work of the agencies")
        doc.add("row", cells=(f"Good practice: {GOOD[0]}", EVENTS[0]), label="side")
        doc.add("row", cells=("", EVENTS[1]), label="side")
        doc.add("row", cells=(f"Good practice: {GOOD[1]}", EVENTS[2]), label="side")
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("good_practice", g) for g in GOOD] + _ask_rows()


# --- a table row short of the Learning cell printed once for two recommendations -------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_short_of_its_spanned_learning_cell_is_its_recommendation_with_its_owner(tmp_path, fmt):
    cols = ("Learning", "Recommendation", "Board response", "Owner")

    def build(doc):
        cover(doc)
        doc.add("h1", "Appendix: learning and recommendations")
        doc.add("header", cells=cols, label="t13plan")
        doc.add(
            "row", cells=(_cap(SEEN[2]), ASKS[0], "Agreed; a protocol is being drafted.", "Probation"), label="t13plan"
        )
        doc.add("row", cells=("", ASKS[1], "Agreed; an audit is planned.", "Probation"), label="t13plan")
        doc.add("row", cells=(_cap(SEEN[1]), ASKS[3], "Agreed in part.", "Early Years"), label="t13plan")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        ("learning_point", _cap(SEEN[2])),
        ("recommendation", ASKS[0]),
        ("recommendation", ASKS[1]),
        ("learning_point", _cap(SEEN[1])),
        ("recommendation", ASKS[3]),
    ]
    # the lead agency is a recommendation's (the row's Owner cell, the spanned row's too)
    assert [l.agency for l in review.lessons if l.kind == "recommendation"] == ["Probation", "Probation", "Early Years"]


def test_only_a_row_ending_in_an_agency_is_aligned_from_the_right():
    assert spanned_row(["Probation should ...", "Agreed.", "Probation"], 4, 3) == [
        "",
        "Probation should ...",
        "Agreed.",
        "Probation",
    ]
    assert spanned_row(["Probation should ...", "Agreed.", "Agreed in full."], 4, 3) is None
    assert spanned_row(["Probation should ...", "Agreed.", "Probation"], 4, 1) is None


# --- numbered themes over lettered recommendations ------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_themes_over_lettered_recommendations_are_no_lessons(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("p", _cap(SEEN[0]))
        doc.add("h1", "Recommendations")
        doc.add("num", "Working with probation", label="1.")
        doc.add("num", ASKS[0], label="(a)")
        doc.add("num", ASKS[1], label="(b)")
        doc.add("num", "Early years", label="2.")
        doc.add("num", ASKS[3], label="(a)")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text")[1:] == [("recommendation", a) for a in (ASKS[0], ASKS[1], ASKS[3])]


# --- a count of the recommendations with a word on their order ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_of_recommendations_saying_how_they_are_ordered_is_no_lesson(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("p", _cap(SEEN[0]))
        doc.add("h1", "Recommendations")
        doc.add("p", "The panel makes two recommendations, listed in the order agreed with partners.")
        for ordinal, ask in zip(("First", "Second"), ASKS[2:4]):
            doc.add("h3", f"{ordinal} recommendation")
            doc.add("p", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text")[1:] == _ask_rows()


# --- a finding's numbered sub-heading set in body type -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_sub_heading_in_body_type_heads_its_finding(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "6. Findings")
        for n, (title, seen) in enumerate(zip(TITLES[:2], SEEN), 1):
            doc.add("num", title, label=f"6.{n}")
            doc.add("p", _cap(seen))
        _asks(doc)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text") == [
        ("finding", title, f"{title} {_cap(seen)}") for title, seen in zip(TITLES[:2], SEEN)
    ] + [("recommendation", "", ask) for ask in ASKS[2:4]]
