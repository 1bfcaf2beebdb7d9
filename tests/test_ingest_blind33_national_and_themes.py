"""Ingest tests: reviews of several children, thematic and national reviews, as the second half of blind
held-out set 33 (C1015-C1032) prints them, each on a document the test lays out itself.

Learning for national bodies, each body a sub-heading over its ask ("Ofsted" / "Ofsted should consider ..."),
or each item followed by a "Who should act: <body>" line, is a recommendation to that body; learning that asks
nothing of the body over it stays learning. A thematic review's "Theme N: title" over "Recommendations for
theme N" and items "N.1", "N.2" is learning, though its paragraph reports what someone "must" do; a cover's
"Independent reviewer:" line under a title that reads like a heading is never a lesson. Several children named
together whom the text gives different ages have no one age; twins named together share the one age the text
gives them both; the unnamed young person at the centre of a non-statutory review keeps the age printed.
"Actions for the safeguarding partners" heads recommendations; a heading "Themes" over run-in "Theme 1. ..."
paragraphs is their section, never the first one's title. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import BARE_META, lesson_rows, review_of

from ingest.lesson_cues import zone_kind
from ingest.metadata.children import group_without_age
from ingest.metadata.subject_age import subject_age

FORMATS = ["pdf", "docx", "html", "txt"]

NATIONAL_META = {
    **BARE_META,
    "title": "Safeguarding disabled children in boarding placements: a national review",
    "review_type": "national",
    "published": "2023-05",
}
BODIES = (
    ("Department for Education", "The Department for Education should publish guidance on visits in person."),
    ("Ofsted", "Ofsted should consider whether allegations against staff are referred on the same day."),
    ("NHS England", "NHS England should ensure that children placed far from home keep their specialist nurse."),
)
PARTNERS = "Safeguarding partners where placements are located should know which children are placed in them."


def _national_cover(doc):
    doc.add("cover", "Child Safeguarding Practice Review Panel")
    doc.add("title", NATIONAL_META["title"])
    doc.add("cover", "Published: May 2023")
    doc.add("pagebreak")
    doc.add("h1", "1. What we found")
    doc.add("p", "Children placed far from home were seen rarely, and mostly by video call, by their social workers.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_learning_for_national_bodies_under_their_names_is_recommendations(tmp_path, fmt):
    def build(doc):
        _national_cover(doc)
        doc.add("h1", "2. Learning for national bodies")
        for body, ask in BODIES:
            doc.add("h2", body)
            doc.add("bullet", ask)
        doc.add("h1", "3. Learning for safeguarding partners")
        doc.add("bullet", PARTNERS)

    rows = lesson_rows(review_of(tmp_path, fmt, build, NATIONAL_META).lessons)
    want = [("recommendation", "", "", ask, body) for body, ask in BODIES]
    assert [r for r in rows if r[0] == "recommendation"] == want
    assert ("learning_point", "", "", PARTNERS, "") in rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_who_should_act_line_makes_an_item_a_recommendation_to_its_body(tmp_path, fmt):
    def build(doc):
        _national_cover(doc)
        doc.add("h1", "2. Learning for national bodies")
        for n, (body, ask) in enumerate(BODIES, 1):
            doc.add("num", ask, label=f"{n}.")
            doc.add("p", f"Who should act: {body}")

    rows = lesson_rows(review_of(tmp_path, fmt, build, NATIONAL_META).lessons)
    want = [("recommendation", str(n), "", ask, body) for n, (body, ask) in enumerate(BODIES, 1)]
    assert [r for r in rows if r[0] == "recommendation"] == want


THEMATIC_META = {
    **BARE_META,
    "title": "Safeguarding toddlers: learning from four rapid reviews",
    "area": "Calderdale",
    "region": "Yorkshire and the Humber",
    "review_type": "thematic",
    "published": "2023-03-14",
    "author": "Dr Imogen Castell",
}
THEMES = (
    (
        "Agreements nobody checked",
        "The safety plan said the uncle must not stay overnight, but no agency was named to check that it was kept.",
    ),
    ("Fathers out of view", "Visits were arranged when the father was at work, so no one ever met him."),
)
THEME_ASKS = (
    ("1.1", "The Partnership should name one agency to check each written safety agreement."),
    ("2.1", "Health visitors should offer one visit a year at a time the father can be there."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_theme_over_its_own_recommendations_is_learning(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Calderdale Safeguarding Children Partnership")
        doc.add("title", THEMATIC_META["title"])
        doc.add("cover", "A thematic Local Child Safeguarding Practice Review")
        doc.add("cover", "Independent reviewer: Dr Imogen Castell")
        doc.add("cover", "Published: 14 March 2023")
        doc.add("pagebreak")
        doc.add("h1", "1. Themes, learning and recommendations")
        for n, ((title, text), (label, ask)) in enumerate(zip(THEMES, THEME_ASKS), 1):
            doc.add("h2", f"Theme {n}: {title}")
            doc.add("p", text)
            doc.add("h3", f"Recommendations for theme {n}")
            doc.add("num", ask, label=label)

    rows = lesson_rows(review_of(tmp_path, fmt, build, THEMATIC_META).lessons)
    want = []
    for n, ((title, text), (label, ask)) in enumerate(zip(THEMES, THEME_ASKS), 1):
        want += [("learning_point", f"Theme {n}", title, f"{title} {text}", ""), ("recommendation", label, "", ask, "")]
    assert rows == want


def test_children_named_together_with_different_ages_have_no_one_age():
    text = "This review concerns Child D, aged 11 years, Child E, aged 7 years, and Child F, aged 4 years."
    assert group_without_age("Children D, E and F", [], text)
    assert group_without_age("Child D, Child E and Child F", [], text)
    assert not group_without_age("Children D, E and F", [], "The children were removed from home in May.")


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_twins_named_together_share_their_one_age(tmp_path, fmt):
    meta = {**BARE_META, "title": "Rapid Review Summary: Twin C and Twin D", "published": "2024-12-03"}

    def build(doc):
        doc.add("cover", "Calderdale Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Date published: 3 December 2024")
        doc.add("h1", "Summary of the case")
        doc.add(
            "p", "When they were both aged 5 months, Twin C was found to have a fractured arm; Twin D was seen too."
        )
        doc.add("h1", "Immediate learning")
        doc.add("bullet", "The fracture clinic did not ask who else cared for the babies at home.")

    review = review_of(tmp_path, fmt, build, meta)
    assert (review.child, review.child_age) == ("Twin C and Twin D", "5 months")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The young person at the centre of this review was 16 years old when he was stabbed.", "16 years"),
        ("The child who is the subject of this review was aged 3 months at her death.", "3 months"),
        # another person's age is not the subject's
        ("His mother was 16 years old when he was born.", ""),
    ],
)
def test_the_unnamed_subjects_age(text, age):
    assert subject_age(text) == age


def test_actions_for_the_safeguarding_partners_are_recommendations():
    assert zone_kind("Actions for the safeguarding partners") == "recommendation"
    assert zone_kind("ACTIONS FOR THE SAFEGUARDING PARTNERS") == "recommendation"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_naming_the_labels_is_no_title_of_the_first(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Calderdale Safeguarding Children Partnership")
        doc.add("title", THEMATIC_META["title"])
        doc.add("cover", "Published: 14 March 2023")
        doc.add("pagebreak")
        doc.add("h1", "Themes")
        for n, (_, text) in enumerate(THEMES, 1):
            doc.add("p", f"Theme {n}. {text}")

    rows = lesson_rows(review_of(tmp_path, fmt, build, THEMATIC_META).lessons)
    assert rows == [("learning_point", f"Theme {n}", "", text, "") for n, (_, text) in enumerate(THEMES, 1)]
