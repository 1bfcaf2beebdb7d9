"""Ingest tests: what a lesson carries inside it that is no part of it, as the first half of blind held-out set 30
(C889-C906) prints it, each on a document the test lays out itself.

A box between a lesson's two halves ("What this looked like for <child>", "In <child>'s words", "<child>'s
experience", "What the research tells us", "Key practice episode N"), a captioned list set into a lesson ("Key
contacts" over dated bullets, "Actions already taken:" over sub-bullets) and a table set between a labelled
finding's two halves ("What should have happened | What happened"): never lessons nor part of one. A numbered
stem over lettered parts with a footnote marker on its colon and the note printed between two parts: one
recommendation. A numbered paragraph saying the panel identified the following lessons introduces them. A report
saying of itself on its back page that it was published in a month gives the publication. The texts are written
for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import CHILD_K_META, FORMATS, child_k_cover, child_k_introduction, lesson_rows, review_of

from ingest.layout import Block
from ingest.lesson_completed_stems import completed_stems
from ingest.lesson_insets import without_insets
from ingest.lesson_intro_cues import COUNTS
from ingest.metadata.own_dates import own_date

META = CHILD_K_META
TITLES = ("A grandmother nobody asked", "Bruises explained away", "A school that heard too late")
FIRST = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen there.",
    "Marks on a baby who could not yet crawl were put down to play with an older child.",
    "The school learned of the police call-out a month later.",
)
REST = (
    "Her knowledge of the household was never drawn on by any agency.",
    "No one checked them against the guidance on bruising in babies who are not mobile.",
    "By then the boy had stopped coming to his lessons and no one asked why.",
)
ASKS = (
    "Health visitors should see a baby undressed whenever a mark on the baby has been reported to them.",
    "Schools should be told of every police call-out to a pupil's home by the next school day at the latest.",
)
BOXED = "In March the family moved to a flat above a shop and the health visitor's letters went unanswered."


def _recommendations(doc):
    doc.add("h1", "Recommendations")
    for n, ask in enumerate(ASKS, 1):
        doc.add("num", ask, label=f"{n}.")


def _want(prefix="Finding", kind="finding"):
    rows = [(kind, f"{prefix} {n}", t, f"{t} {a} {b}", "") for n, (t, a, b) in enumerate(zip(TITLES, FIRST, REST), 1)]
    return rows + [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


@pytest.mark.parametrize(
    "caption",
    [
        "What this looked like for Child K",
        "In Child K's words",
        "Child K's experience",
        "What the research tells us",
        "Key practice episode 2",
    ],  # fmt: skip
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_box_between_a_lessons_halves_is_no_part_of_it(tmp_path, fmt, caption):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Findings")
        for n, (title, first, rest) in enumerate(zip(TITLES, FIRST, REST), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", first)
            if n < 3:
                doc.add("box", BOXED, label=caption)
            doc.add("p", rest)
        _recommendations(doc)

    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == _want()


@pytest.mark.parametrize("caption", ["Key contacts", "Actions already taken:"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_captioned_list_set_into_a_lesson_is_no_part_of_it(tmp_path, fmt, caption):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "What we learned")
        for n, (title, first, rest) in enumerate(zip(TITLES, FIRST, REST), 1):
            doc.add("h2", f"Learning {n}: {title}")
            doc.add("p", first)
            if n == 1:
                doc.add("p", caption) if caption.endswith(":") else doc.add("h3", caption)
                doc.add("bullet", "3 October 2021 \u2013 School: the boy was absent for three days.")
                doc.add("bullet", "11 October 2021 \u2013 Police: the boy was reported missing overnight.")
            doc.add("p", rest)
        _recommendations(doc)

    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == _want("Learning", "learning_point")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_table_between_a_findings_halves_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Findings")
        for n, (title, first, rest) in enumerate(zip(TITLES, FIRST, REST), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", first)
            if n < 3:
                doc.add("header", cells=("What should have happened", "What happened"))
                doc.add("row", cells=("A strategy discussion the next day.", "A telephone call a week later."))
                doc.add("row", cells=("The baby seen undressed.", "The baby seen asleep in a car seat."))
            doc.add("p", rest)
        _recommendations(doc)

    assert lesson_rows(review_of(tmp_path, fmt, build, META).lessons) == _want()


def _block(kind, text, size=10.5, x0=68.0):
    return Block(kind=kind, text=text, page_start=4, page_end=4, size=size, x0=x0)


def test_lettered_parts_over_a_footnote_complete_their_stem_without_the_note():
    blocks = [
        _block("item", "3. The safeguarding partners should seek assurance that:1"),
        _block("item", "a) practitioners know the escalation policy;", x0=104.0),
        _block("item", "b) audits include closed referrals;", x0=104.0),
        _block("para", "1 The threshold document in force at the time.", size=7.5, x0=62.0),
        _block("item", "c) training includes this review's learning.", x0=104.0),
        _block("item", "4. Police should refer to the National Referral Mechanism.", x0=68.0),
    ]
    joined = completed_stems(blocks)
    assert [b.text for b in joined] == [
        "3. The safeguarding partners should seek assurance that: practitioners know the escalation policy; "
        "audits include closed referrals; training includes this review's learning.",
        "4. Police should refer to the National Referral Mechanism.",
    ]


def test_the_panel_identifying_the_following_lessons_introduces_them():
    # the sentence a numbered paragraph ("3.1") opens the lessons with, counted as their introduction
    assert COUNTS.match("The panel identified the following lessons for agencies.")
    assert not COUNTS.match("The panel identified that no agency knew who lived in the household.")


def test_a_report_saying_it_was_published_in_a_month_dates_itself():
    back = "Norfolk Safeguarding Children Partnership\nThis report was published in December 2020."
    assert own_date("Local Child Safeguarding Practice Review: Child A", "", back) == "2020-12"
    assert own_date("Local Child Safeguarding Practice Review: Child A", "", "The mother moved in December 2020.") == ""


def test_a_named_box_at_the_lessons_own_level_is_a_section_beside_it():
    def blocks(level):
        return [
            Block(kind="heading", text="Finding 1: A grandmother nobody asked", page_start=3, page_end=3, level=2),
            Block(kind="para", text=FIRST[0], page_start=3, page_end=3),
            Block(kind="heading", text="What the research tells us", page_start=3, page_end=3, level=level, bold=True),
            Block(kind="para", text=BOXED, page_start=3, page_end=3),
            Block(kind="para", text=REST[0], page_start=3, page_end=3),
        ]

    assert [b.text for b in without_insets(blocks(3))] == ["Finding 1: A grandmother nobody asked", FIRST[0], REST[0]]
    assert without_insets(blocks(2)) == blocks(2)


def test_another_reviews_publication_after_this_reports_date_is_not_its_own():
    text = "Date of this report: 17 June 2017\nThe Serious Case Review about Child L was published in June 2016."
    assert own_date("Serious Case Review: Child L - progress report", "", text) == ""
