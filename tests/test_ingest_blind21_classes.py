"""Ingest tests: the classes the first half of blind held-out set 21 (C565-C582) found the extractor
missing, each on a document the test lays out itself.

Reports as they are after redaction, revision and republication. The notes a report carries about its
own text are never lessons nor part of one: a numbered paragraph or a lesson withheld ("[Withheld from
publication. ...]"), paragraphs removed ("Paragraphs 3.3 to 3.5 have been removed ..."), a wording or a
recommendation withdrawn, the marks of a revision on a lesson ("[Revised July 2015]", "(formerly
Recommendation 3)") and an erratum at the end. And a findings section whose paragraphs are numbered
under its own number ("3.1", "3.2" under "3. Findings") holds a finding in each, labelled by its number.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import lessons_and_rule_lessons, partnership_cover

META = {
    "title": "Local Child Safeguarding Practice Review: Child M",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-03-09",
    "child": "Child M",
    "child_age": "9 years",
    "author": "Imogen Thwaite",
}
SEEN = (
    "The school counsellor heard Child M describe the nights at her uncle's flat and wrote it down as a dream.",
    "The out-of-hours team took four calls about the flat in one winter and each was closed by the next morning.",
    "The dentist saw untreated decay twice and sent a letter to an address the family had already left.",
    "The youth club leader knew the uncle by sight but had never been asked what she knew about him.",
)
ASKS = (
    "The Partnership should make sure school counsellors know how to pass on what a child discloses at once.",
    "The out-of-hours team should read the calls about an address together before closing the latest one.",
    "Dental practices should tell the health visitor or school nurse when a child's letters come back unopened.",
)


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _cover(doc) -> None:
    partnership_cover(doc, META, "Stockport Safeguarding Children Partnership", "Published: 9 March 2022")


def _rows(lessons):
    return [(l.kind, l.label, l.text) for l in lessons]


# --- text withheld or removed: its note is no lesson ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_note_of_text_withheld_or_removed_is_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning points")
        for n, text in zip((1, 3, 4), SEEN, strict=False):
            doc.add("h2", f"Learning point {n}")
            doc.add("p", text)
            if n == 1:
                doc.add("h2", "Learning point 2")
                doc.add("p", "[This learning point has been withheld from the published report because it would "
                        "identify a relative. It has been shared with the agencies concerned.]")  # fmt: skip
        doc.add("p", "Paragraphs 5.4 and 5.5 have been removed from the published version to protect the family.")
        doc.add("h1", "Recommendations")
        doc.add("p", f"1. {ASKS[0]}")
        doc.add("p", "2. [Withheld from publication. This recommendation concerns one named school and has been "
                "shared with it.]")  # fmt: skip
        doc.add("p", f"3. {ASKS[1]}")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            ("learning_point", "Learning point 1", SEEN[0]),
            ("learning_point", "Learning point 3", SEEN[1]),
            ("learning_point", "Learning point 4", SEEN[2]),
            ("recommendation", "1", ASKS[0]),
            ("recommendation", "3", ASKS[1]),
        ]


# --- a findings section's paragraphs numbered under its own number ---------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_paragraphs_numbered_under_a_findings_section_are_a_finding_each(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "1. Introduction")
        doc.add(
            "num", "This review was commissioned after Child M was seriously harmed at her uncle's flat.", label="1.1"
        )
        doc.add("h1", "2. Findings")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"2.{n}")
        doc.add("h1", "3. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"3.{n}")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("finding", f"2.{n}", text) for n, text in enumerate(SEEN, 1)),
            *(("recommendation", f"3.{n}", ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- a lesson revised or renumbered on republication ----------------------------------------------------------

OLD_WORDING = "Dental practices should consider telling someone when letters are returned."


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_a_revised_or_renumbered_lesson_is_its_current_wording_and_label(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "Recommendation 2 of the version first published has been withdrawn: the Partnership found that "
                "the work it asked for was done. The recommendations after it have been renumbered.")  # fmt: skip
        for n, ask in enumerate(ASKS, 1):
            doc.add("h2", f"Recommendation {n}" + (f" (formerly Recommendation {n + 1})" if n > 1 else ""))
            doc.add("p", f"[Revised June 2023] {ask}" if n == 3 else ask)
            if n == 3:
                doc.add(
                    "small",
                    f"The wording first published in March 2022, now withdrawn, read: \u201c{OLD_WORDING}\u201d",
                )

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [("recommendation", f"Recommendation {n}", ask) for n, ask in enumerate(ASKS, 1)]
        assert all(not l.title for l in lessons)


# --- an erratum at the end ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_an_erratum_correcting_the_report_is_no_lesson(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key learning")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"Recommendation {n}. {ask}")
        doc.add("h1", "Erratum")
        doc.add("p", "Issued 4 May 2022. One error in the report as first published has been corrected here.")
        doc.add("bullet", "Recommendation 3: the lead agency is the Integrated Care Board, not Police as printed.")

    for lessons in _both(tmp_path, fmt, build):
        assert _rows(lessons) == [
            *(("learning_point", "", text) for text in SEEN[:2]),
            *(("recommendation", f"Recommendation {n}", ask) for n, ask in enumerate(ASKS, 1)),
        ]
