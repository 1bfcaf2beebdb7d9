"""Ingest tests: the classes the second half of blind held-out set 29 (C871-C888) found the extractor missing,
each on a document the test lays out itself.

The review methods' house styles: a SCIE Learning Together finding closed by its "Issues for the Board to
consider" (set as a plain line in a PDF), and a findings table with a "Type of finding" and an "Issues for the
Board to consider" column (a question to the Board is a recommendation, unlabelled); "What worked well" and
"Even better if" under each theme of what the review found; "Themes from the learning event" labelled "Theme
1: ..." (learning points); a "Consider:" prompt to the reader after a learning point (no lesson nor part of
one); a joint review's lessons for adult and for children's services side by side in a table. The texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_ASKS,
    CHILD_K_META,
    FORMATS,
    child_k_cover,
    child_k_introduction,
    lessons_and_rule_lessons,
    numbered_recommendations,
)

META = CHILD_K_META
TITLES = ("The grandmother nobody asked", "Bruises put down to play", "A school told too late")
FOUND = (
    "The grandmother cared for the children every weekend, but no assessment recorded what she had seen.",
    "Marks on a baby who could not yet crawl were put down to play with an older child, and no one checked.",
    "The school learned of the police call-out a month later, after the boy had stopped coming to lessons.",
)
QUESTIONS = (
    "How will the Board be assured that assessments record every adult who looks after the children?",
    "Is the Board confident that bruising on a baby who is not mobile is always seen by a paediatrician?",
    "What assurance does the Board have that schools hear of a police call-out to a pupil's home the next day?",
)


def _kinds_and_texts(lessons):
    return [(lesson.kind, lesson.label, lesson.text) for lesson in lessons]


def _asks():
    return [("recommendation", str(n), ask) for n, ask in enumerate(CHILD_K_ASKS, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_issues_for_the_board_set_as_a_plain_line_after_each_finding_are_its_recommendations(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "3. Findings")
        for n, (title, found, question) in enumerate(zip(TITLES, FOUND, QUESTIONS), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", found)
            doc.add("p", "Issues for the Board to consider")
            doc.add("p", question)
        doc.add("h1", "4. Appendix: the case review group")
        doc.add("p", "The group met four times and included senior managers from the agencies involved.")

    want = []
    for n, (title, found, question) in enumerate(zip(TITLES, FOUND, QUESTIONS), 1):
        want += [("finding", f"Finding {n}", f"{title} {found}"), ("recommendation", "", question)]
    _, rules = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert _kinds_and_texts(rules) == want


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_findings_table_with_a_type_and_an_issues_for_the_board_column(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Summary of findings and issues for the Board")
        doc.add("header", cells=("No.", "Finding", "Type of finding", "Issues for the Board to consider"))
        for n, (found, question) in enumerate(zip(FOUND, QUESTIONS), 1):
            doc.add("row", cells=(str(n), found, "Management systems", question))
        doc.add("h1", "How the Board will respond")
        doc.add("p", "The Board will publish its answer to each issue and review progress after a year.")

    want = []
    for n, (found, question) in enumerate(zip(FOUND, QUESTIONS), 1):
        want += [("finding", str(n), found), ("recommendation", "", question)]
    _, rules = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert _kinds_and_texts(rules) == want


WORKED = (
    "The health visitor and the midwife visited together and agreed one plan with the mother.",
    "The school's safeguarding lead escalated her disagreement with the decision to close the case.",
)
BETTER = (
    "Letters to the mother, who has a learning disability, were long and used words she did not know.",
    "The plan's actions, such as 'engage with services', could not tell anyone whether things had changed.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_even_better_if_under_a_theme_of_what_the_review_found_is_a_learning_point(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "What the review found")
        for theme, worked, better in zip(("Hearing the mother", "Working together"), WORKED, BETTER):
            doc.add("h2", theme)
            doc.add("h3", "What worked well")
            doc.add("bullet", worked)
            doc.add("h3", "Even better if")
            doc.add("bullet", better)
        numbered_recommendations(doc, CHILD_K_ASKS)

    want = []
    for worked, better in zip(WORKED, BETTER):
        want += [("good_practice", worked), ("learning_point", better)]
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert [(lesson.kind, lesson.text) for lesson in lessons][:4] == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_themes_from_the_learning_event_are_learning_points(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Themes from the learning event")
        for n, (title, found) in enumerate(zip(TITLES, FOUND), 1):
            doc.add("h2", f"Theme {n}: {title}")
            doc.add("p", found)
            doc.add("p", 'What practitioners told us: "We each had a piece of the picture."')
        numbered_recommendations(doc, CHILD_K_ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert [(lesson.kind, lesson.label) for lesson in lessons][:3] == [
            ("learning_point", f"Theme {n}") for n in (1, 2, 3)
        ]


PROMPTS = (
    "Consider: whether you know who lives in, and who visits, the homes of the children you work with.",
    "Consider: how you would escalate a concern if you disagreed with another agency's decision.",
    "Consider: when you last saw a child on their own and wrote down what they told you.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_consider_prompt_after_a_learning_point_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Learning points")
        for title, found, prompt in zip(TITLES, FOUND, PROMPTS):
            doc.add("h2", title)
            doc.add("p", found)
            doc.add("p", prompt)
        numbered_recommendations(doc, CHILD_K_ASKS)

    want = [("learning_point", f"{title} {found}") for title, found in zip(TITLES, FOUND)]
    want += [("recommendation", ask) for ask in CHILD_K_ASKS]
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert [(lesson.kind, lesson.text) for lesson in lessons] == want


ADULT = (
    "The mental health team knew the father's thoughts of harm included his family but saw no risk to them.",
    "The GP treated the mother's drinking as her own health matter and never asked about the children.",
)
CHILDREN = (
    "Practitioners in universal services deferred to the paediatrician's view, even when they saw more.",
    "The referral was screened on the day it arrived, but checks with health took three weeks.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_joint_reviews_lessons_for_adult_and_childrens_services_side_by_side(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "3. Lessons to be learned")
        doc.add("p", "The lessons for adult services and for children's services are set side by side.")
        doc.add("header", cells=("Lessons for adult services", "Lessons for children's services"))
        for adult, child in zip(ADULT, CHILDREN):
            doc.add("row", cells=(adult, child))
        numbered_recommendations(doc, CHILD_K_ASKS)

    want = []
    for adult, child in zip(ADULT, CHILDREN):
        want += [("learning_point", "", adult), ("learning_point", "", child)]
    _, rules = lessons_and_rule_lessons(tmp_path, fmt, build, META)
    assert _kinds_and_texts(rules) == want + _asks()
