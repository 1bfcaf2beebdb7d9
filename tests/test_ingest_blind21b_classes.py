"""Ingest tests: the classes the second half of blind held-out set 21 (C583-C600) found the extractor
missing, each on a document the test lays out itself.

Reviews of several children: learning grouped under a sub-heading per child, labelled by the child's letter,
over a line summing up the case (the summary never a lesson, the sub-heading never a title); a chapter per
case whose learning paragraphs follow the case's summary and come before the recommendations it announces,
gathered again in a consolidated list (read once, in the chapter); a table of good practice by child (the
Child cell never a label or title); a matrix of where each finding was seen ("Yes" / "-": never a lesson);
an appendix table setting each theme's title beside its recommendation word for word (never a second
lesson); and a briefing's "What the LSCB will do" (recommendations, the board's word before 2019).
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons, numbered_recommendations, partnership_cover

META = {
    "title": "Thematic review: neglect in large families, learning from three children",
    "area": "Rochdale",
    "region": "North West",
    "review_type": "thematic",
    "published": "2017-03-09",
    "child": "",
    "child_age": "",
    "author": "Harriet Lomax",
}
ASKS = (
    "The Board should ask every school to name a lead for pupils whose families are known to early help.",
    "Health visitors should record who else lives in the home at every contact.",
    "Police should tell the school about every call-out to a home where a pupil lives by the next morning.",
)
CHILDREN = ("Child A", "Child B", "Child C")
SUMMARIES = (
    "Child A was the youngest of six and was known to the health visitor from birth.",
    "Child B lived with her grandmother for most of the year before the review.",
    "Child C had joined a new school two months before the incident.",
)
LEARNED = (
    "The health visitor saw the baby at clinic but never at home, so the state of the house went unseen.",
    "The grandmother's worries were written down by the school and never passed to the social worker.",
    "The new school waited for the old school's records for six weeks and did not ask for them again.",
)


def _cover(doc) -> None:
    partnership_cover(doc, META, "Rochdale Local Safeguarding Children Board", "Published: 9 March 2017")
    doc.add("h1", "Introduction")
    doc.add("p", "The LSCB looked at the experiences of three children together, each of them neglected at home.")


def _rows(lessons):
    return [(l.kind, l.label, l.text) for l in lessons]


def _asks_rows():
    return [("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)]


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


# --- learning numbered by child under a sub-heading per child -----------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_childs_sub_heading_and_case_summary_over_lessons_labelled_by_the_child_are_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning from each child's case")
        for n, (child, summary, learned) in enumerate(zip(CHILDREN, SUMMARIES, LEARNED, strict=True)):
            letter = child[-1]
            doc.add("h2", child)
            doc.add("p", summary)
            doc.add("runin", learned, label=f"{letter}1")
            if n == 0:
                doc.add("runin", LEARNED[2].replace("new school", "nursery"), label=f"{letter}2")
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("learning_point", "A1", LEARNED[0]),
            ("learning_point", "A2", LEARNED[2].replace("new school", "nursery")),
            ("learning_point", "B1", LEARNED[1]),
            ("learning_point", "C1", LEARNED[2]),
            *_asks_rows(),
        ]
        assert all(not l.title for l in lessons)


# --- a chapter per case, its recommendations gathered again in a consolidated list ---------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_case_chapter_gives_its_learning_and_its_recommendations_once(tmp_path, fmt):
    per_case = ((ASKS[0],), (ASKS[1], ASKS[2]), ())

    def build(doc):
        _cover(doc)
        for n, (child, summary, learned, asks) in enumerate(
            zip(CHILDREN[:2], SUMMARIES, LEARNED, per_case, strict=False), 1
        ):
            doc.add("h1", f"{n}. {child}")
            doc.add("p", summary)
            doc.add("p", learned)
            doc.add("p", f"Recommendations arising from {child}'s case:")
            for m, ask in enumerate(asks, 1):
                doc.add("num", ask, label=f"{m}.")
        doc.add("h1", "3. Consolidated recommendations")
        doc.add("p", "The recommendations of both chapters, as one list:")
        for m, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{m}.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("learning_point", "", LEARNED[0]),
            ("recommendation", "1", ASKS[0]),
            ("learning_point", "", LEARNED[1]),
            ("recommendation", "1", ASKS[1]),
            ("recommendation", "2", ASKS[2]),
        ]


# --- good practice tabled by child ------------------------------------------------------------------------------

PRAISED = (
    "The school nurse saw the child each week and wrote down what she said in her own words.",
    "The housing officer told the school about the family's move on the day it happened.",
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_child_cell_of_a_table_of_good_practice_by_child_is_never_a_label_or_title(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What went well")
        doc.add("header", cells=("Child", "Good practice identified"))
        for child, praised in zip(CHILDREN, PRAISED, strict=False):
            doc.add("row", cells=(child, praised))
        doc.add("h1", "Learning across the cases")
        for learned in LEARNED:
            doc.add("bullet", learned)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("good_practice", "", praised) for praised in PRAISED),
            *(("learning_point", "", learned) for learned in LEARNED),
            *_asks_rows(),
        ]
        assert all(not l.title for l in lessons)


# --- a matrix of where each finding was seen ---------------------------------------------------------------------

TITLES = ("Homes never visited", "Worries that stayed in one agency")


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_matrix_of_marks_by_child_is_never_a_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, learned) in enumerate(zip(TITLES, LEARNED, strict=False), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", learned)
        doc.add("h2", "Where the findings were seen")
        doc.add("header", cells=("Finding", *CHILDREN))
        doc.add("row", cells=(f"1. {TITLES[0]}", "Yes", "-", "Yes"))
        doc.add("row", cells=(f"2. {TITLES[1]}", "-", "Yes", "Yes"))
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("finding", f"Finding {n}", f"{t} {x}") for n, (t, x) in enumerate(zip(TITLES, LEARNED), 1)),
            *_asks_rows(),
        ]
        assert not any(l.agency for l in lessons)


# --- an appendix table setting each theme's title beside its recommendation ------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_summary_table_of_titles_beside_their_recommendations_repeats_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the reviews found")
        for n, (title, learned) in enumerate(zip(TITLES, LEARNED, strict=False), 1):
            doc.add("h2", f"Learning point {n}: {title}")
            doc.add("p", learned)
        doc.add("h1", "What the Board will do")
        for m, ask in enumerate(ASKS[:2], 1):
            doc.add("num", ask, label=f"{m}.")
        doc.add("h1", "Appendix: summary of learning and actions")
        doc.add("header", cells=("Learning point", "What the Board will do"))
        for title, ask in zip(TITLES, ASKS, strict=False):
            doc.add("row", cells=(title, ask))

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(
                ("learning_point", f"Learning point {n}", f"{t} {x}")
                for n, (t, x) in enumerate(zip(TITLES, LEARNED), 1)
            ),
            *(("recommendation", str(m), ask) for m, ask in enumerate(ASKS[:2], 1)),
        ]


# --- a briefing's "What the LSCB will do" ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_what_the_lscb_will_do_lists_recommendations(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "3. What this means for your practice")
        for learned in LEARNED[:2]:
            doc.add("bullet", learned)
        doc.add("h1", "4. What the LSCB will do")
        for ask in ASKS[:2]:
            doc.add("bullet", ask)

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("learning_point", "", learned) for learned in LEARNED[:2]),
            *(("recommendation", "", ask) for ask in ASKS[:2]),
        ]
