"""Ingest tests: the classes of full review the first half of blind held-out set 26 (C745-C762) found the
extractor reading extras from, each on a document the test lays out itself.

A chapter summarising research and national reviews before the review's own findings ("What research and
national reviews tell us", its sub-headings "Learning from national analyses of ...", "Learning from the
Panel's national reviews"): never lessons. The review's key lines of enquiry answered in a table ("Key line
of enquiry | What the review found") before a learning section of its own: the answers are analysis, never
lessons. A letter to the child opening the report ("A letter to <child>", "Dear <child>,"): never lessons.
And the classes it found read wrong: a national review's recommendations under group headings and addressee
sub-headings (the agency the sub-heading names, or the group's when none); an IMR summary's own
recommendations (the IMR's agency); an agency cell whose words the PDF's text layer broke apart (mended); a
learning theme over "Questions for the partnership" (a learning point, the questions recommendations); the
reviewer named only in an appendix about them, with degrees after the name (the author, the name alone).
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read
back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    FORMATS,
    bare_review_of,
    findings_and_recommendations,
    lesson_rows,
    lessons_and_rule_lessons,
    numbered_recommendations,
    partnership_cover,
)

META = {
    "title": "Local Child Safeguarding Practice Review: Child H",
    "area": "Somerset",
    "region": "South West",
    "review_type": "LCSPR",
    "published": "2024-02",
    "child": "Child H",
    "child_age": "",
    "author": "Rosalind Ashdown",
}
# Texts written for these tests (not the corpus's words).
FOUND = (
    "The midwife knew the mother had left a refuge but nobody asked where she and the baby were living.",
    "Housing moved the family three times in a year and each move closed the case with the health visitor.",
)
LEARNED = (
    "Practitioners treated each missed appointment on its own and never looked at the pattern.",
    "The father's probation officer was not invited to any meeting about the children.",
)
ASKS = (
    "The Partnership should ensure that housing moves are shared with the health visiting service.",
    "Probation should be invited to every child protection conference where a parent is on licence.",
)
RESEARCH = (
    "Babies who move between addresses are often lost to the services that were watching over them.",
    "Reviews keep finding that information held by one agency is not passed to another.",
)


def _cover(doc) -> None:
    partnership_cover(doc, META, "Somerset Safeguarding Children Partnership", "Published February 2024")


def _findings(doc, heading: str = "Findings") -> None:
    doc.add("h1", heading)
    for n, text in enumerate(FOUND, 1):
        doc.add("p", f"Finding {n}. {text}")


FINDING_ROWS = [("finding", f"Finding {n}", "", text, "") for n, text in enumerate(FOUND, 1)]
RECOMMENDATION_ROWS = [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


# --- a chapter summarising research and national reviews before the findings ---------------------------------------


@pytest.mark.parametrize(
    ("chapter", "subheadings"),
    [
        (
            "3. What research and national reviews tell us",
            ("Learning from national analyses of serious case reviews", "Learning from the Panel's national reviews"),
        ),
        ("What the research tells us", ("Learning from the biennial analyses", "Lessons from national reviews")),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_chapter_summarising_research_and_national_reviews_gives_no_lessons(tmp_path, fmt, chapter, subheadings):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "Child H, a baby of four months, was seriously injured at home in the spring of 2022.")
        doc.add("h1", chapter)
        doc.add("p", "Before its own findings the review set out what is already known; they are not its findings.")
        for subheading, text in zip(subheadings, RESEARCH, strict=True):
            doc.add("h2", subheading)
            doc.add("bullet", text)
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == FINDING_ROWS + RECOMMENDATION_ROWS


# --- key lines of enquiry answered in a table, the learning set out after them ---------------------------------------

ENQUIRIES = (
    ("How well did agencies know where the family lived?", "Partly. The midwife and GP knew of one address only."),
    ("Was the father known to the agencies?", "Only to probation, which held his licence conditions."),
)


@pytest.mark.parametrize("question", ["Key line of enquiry", "Term of reference"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_key_lines_of_enquiry_answered_in_a_table_give_no_lessons(tmp_path, fmt, question):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key lines of enquiry")
        doc.add("p", "The panel set two key lines of enquiry. The answers are given below; the learning follows.")
        doc.add("header", cells=(question, "What the review found"))
        for cells in ENQUIRIES:
            doc.add("row", cells=cells)
        doc.add("h1", "Summary of learning")
        for n, text in enumerate(LEARNED, 1):
            doc.add("p", f"Learning {n}: {text}")
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(lessons)
            == [("learning_point", f"Learning {n}", "", text, "") for n, text in enumerate(LEARNED, 1)]
            + RECOMMENDATION_ROWS
        )


# --- a letter to the child opening the report -----------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["A letter to Child H", "Letter for Child H"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_to_the_child_gives_no_lessons(tmp_path, fmt, heading):
    def build(doc):
        _cover(doc)
        doc.add("h1", heading)
        doc.add("p", "Dear Child H,")
        doc.add(
            "p",
            "This review is about you. The people who were there to look after you have spoken to us, and some "
            "of them have said they wish they had acted sooner.",
        )
        doc.add(
            "p",
            "We should have asked more about where you were living, and we should have listened more closely to "
            "what your family were telling us. We are sorry that we did not.",
        )
        doc.add("p", "From the review panel")
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == FINDING_ROWS + RECOMMENDATION_ROWS


# --- a national review's recommendations under group headings and addressee sub-headings ---------------------------

NATIONAL_ASKS = (
    ("Department for Education", "The Department for Education should publish guidance on babies who move home."),
    ("Home Office", "The Home Office should ask police forces to share call-outs to homes with a baby."),
    ("Care Quality Commission", "The Care Quality Commission should look at how GP practices record fathers."),
    ("Ofsted", "Ofsted should report on how local authorities follow families who move between areas."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_national_reviews_addressee_subheadings_give_each_recommendations_agency(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "Each recommendation is addressed to the body that can act on it.")
        n = 0
        for group, addressed in (("Government departments", NATIONAL_ASKS[:2]), ("National bodies", NATIONAL_ASKS[2:])):
            doc.add("h2", group)
            for who, ask in addressed:
                n += 1
                doc.add("h3", who)
                doc.add("num", ask, label=f"{n}.")
        doc.add("h2", "Local safeguarding partners")
        doc.add("num", "Local safeguarding partners should check that moves of address close no open case.", label="5.")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == FINDING_ROWS + [
            ("recommendation", str(n), "", ask, who) for n, (who, ask) in enumerate(NATIONAL_ASKS, 1)
        ] + [
            (
                "recommendation",
                "5",
                "",
                "Local safeguarding partners should check that moves of address close no open case.",
                "Local safeguarding partners",
            )
        ]


# --- summaries of individual management reviews, each with its own recommendations ------------------------------------

IMRS = (
    ("Police", "Officers attending a domestic incident should record every child living at the address."),
    ("Acute Hospital Trust", "Emergency department staff should check whether a child has a social worker."),
)


@pytest.mark.parametrize("named", [True, False])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_imr_summarys_recommendations_take_the_imrs_agency(tmp_path, fmt, named):
    def build(doc):
        _cover(doc)
        doc.add("h1", "3. Summaries of the individual management reviews")
        for n, (agency, ask) in enumerate(IMRS, 1):
            doc.add("h2", f"3.{n} {agency}")
            doc.add("p", "The review was written by a manager who had no part in the work with the family.")
            doc.add(
                "p",
                f"The {agency} IMR made the following recommendations:"
                if named
                else "The IMR made the following recommendations:",
            )
            doc.add("bullet", ask)
        _findings(doc, "4. Findings")
        numbered_recommendations(doc, ASKS)

    for found in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(found)
            == [("recommendation", "", "", ask, agency) for agency, ask in IMRS] + FINDING_ROWS + RECOMMENDATION_ROWS
        )


# --- an agency cell whose words the PDF's text layer gives broken apart ------------------------------------------------

BROKEN = (
    ("Clinical C ommissio ning Group", "Clinical Commissioning Group", ASKS[0]),
    ("Children's Social C are", "Children's Social Care", ASKS[1]),
)


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_an_agency_names_words_broken_apart_by_the_text_layer_are_mended(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        _findings(doc)
        doc.add("h1", "Individual management review recommendations")
        doc.add("header", cells=("Agency", "Recommendation"))
        for printed, _, ask in BROKEN:
            doc.add("row", cells=(printed, ask))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == FINDING_ROWS + [
            ("recommendation", "", "", ask, agency) for _, agency, ask in BROKEN
        ]


# --- questions for the partnership after each learning theme ----------------------------------------------------------

THEMES = (
    ("Moves between addresses", FOUND[0], ("How will the partnership know that a family's new address is shared?",)),
    (
        "Fathers on licence",
        LEARNED[1],
        (
            "What assurance does the partnership have that probation is asked about every parent on licence?",
            "How does the partnership check that conferences hear from probation?",
        ),
    ),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_learning_theme_over_questions_for_the_partnership_is_a_learning_point(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "In place of recommendations the reviewer has set questions for the partnership after each theme.")
        for n, (theme, text, questions) in enumerate(THEMES, 1):
            doc.add("h1", theme)
            doc.add("p", text)
            doc.add("h2", "Questions for the partnership")
            for m, question in enumerate(questions, 1):
                doc.add("p", f"{n}.{m} {question}")
        doc.add("h1", "Questions for practitioners")
        doc.add("bullet", "When did you last ask a mother where she was living?")

    expected = []
    for n, (theme, text, questions) in enumerate(THEMES, 1):
        printed = theme.upper() if fmt == "txt" else theme  # a plain text sets its top headings in capitals
        expected.append(("learning_point", "", printed, f"{printed} {text}", ""))
        expected += [("recommendation", f"{n}.{m}", "", question, "") for m, question in enumerate(questions, 1)]
    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == expected


# --- the reviewer named only in an appendix about them, with their letters after the name ------------------------


@pytest.mark.parametrize(
    "heading", ["Appendix B: The lead reviewer", "Annex 2 - The independent reviewer", "About the author"]
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reviewer_named_only_in_an_appendix_about_them_is_the_author(tmp_path, fmt, heading):
    def build(doc):
        doc.add("cover", "Somerset Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child H")
        doc.add("cover", "Published: 9 February 2024")
        doc.add("h1", "Introduction")
        doc.add("p", "The review was led by an independent reviewer, whose background is described at the end.")
        findings_and_recommendations(doc)
        doc.add("h1", heading)
        doc.add(
            "p",
            "Rosalind Ashdown, BA (Hons), MSc, CQSW, is a social worker who has led reviews for several "
            "partnerships and is independent of the agencies in the area.",
        )

    assert bare_review_of(tmp_path, fmt, build).author == "Rosalind Ashdown"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_imrs_recommendations_are_lessons_under_a_section_that_holds_none(tmp_path, fmt):
    # a scan may lose the summaries' heading, leaving them under "Background"
    def build(doc):
        _cover(doc)
        doc.add("h1", "2. Background")
        doc.add("p", "Child H lived with her mother and two brothers; the family moved three times in a year.")
        for n, (agency, ask) in enumerate(IMRS, 1):
            doc.add("p", f"3.{n} {agency}")
            doc.add("p", "The review was written by a manager who had no part in the work with the family.")
            doc.add("p", f"The {agency} IMR made the following recommendations:")
            doc.add("bullet", ask)
        _findings(doc, "4. Findings")
        numbered_recommendations(doc, ASKS)

    for found in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert (
            lesson_rows(found)
            == [("recommendation", "", "", ask, agency) for agency, ask in IMRS] + FINDING_ROWS + RECOMMENDATION_ROWS
        )
