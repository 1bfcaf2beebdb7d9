"""Ingest tests: the learning of recent reviews (Working Together 2023) that the second half of blind held-out
set 27 (C799-C816) found the extractor misreading, and what such reviews print beside their lessons that is
never one, each on a document the test lays out itself.

Run-in "Improvement action N:" after each finding and "Assurance request N:" paragraphs: recommendations
labelled as printed, with no agency. A line linking a finding to the partnership's practice standards: no part
of the finding. Improvement actions and assurance requests in a table ("IA | Improvement action | Lead
partner | How will we know?", "Ref | Assurance requested | From"): recommendations labelled by the code, the
agency its column's. A table keyed by the findings' labels ("Finding 2 | How will we know? | Evidence of
impact", "Finding 2 | Panel national theme"): never lessons. A summary for children before the report: its
bullets never lessons. Links to the document's files ("Download the full report (PDF)"): never lessons. A case
told in "Episode N:" paragraphs: its story, never lessons. Documents are written by the conventions corpus's
writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers; the texts are written
for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import (
    CHILD_K_ASKS,
    CHILD_K_META,
    FORMATS,
    child_k_cover,
    child_k_introduction,
    lesson_rows,
    lessons_and_rule_lessons,
    numbered_recommendations,
)

META = CHILD_K_META
ASKS = CHILD_K_ASKS
FOUND = (
    (
        "Plans without measures",
        "The plan asked the mother to engage with services and said nothing of how anyone would know.",
    ),
    (
        "A grandmother not heard",
        "The grandmother rang children's services three times and was never asked what she saw.",
    ),
)
ACTIONS = (
    "The Partnership should publish a template for plans that names what each action will change for the child.",
    "Children's social care should call back every relative who raises a worry within one working day.",
)
AGENCIES = ("Safeguarding Partnership", "Children's Social Care")


def _finding_rows():
    return [("finding", f"Finding {n}", title, f"{title} {text}", "") for n, (title, text) in enumerate(FOUND, 1)]


def _numbered():
    return [("recommendation", str(n), "", ask, "") for n, ask in enumerate(ASKS, 1)]


def _findings(doc, heading="Findings", after=None):
    doc.add("h1", heading)
    for n, (title, text) in enumerate(FOUND, 1):
        doc.add("h2", f"Finding {n}: {title}")
        doc.add("p", text)
        if after:
            after(doc, n)


# --- run-in improvement actions and assurance requests ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_run_in_improvement_actions_after_each_finding_are_recommendations(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(
            doc,
            "Findings and improvement actions",
            lambda d, n: d.add("p", f"Improvement action {n}: {ACTIONS[n - 1]}"),
        )

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        rows = lesson_rows(lessons)
        assert rows == [
            row
            for n, finding in enumerate(_finding_rows(), 1)
            for row in (finding, ("recommendation", f"Improvement action {n}", "", ACTIONS[n - 1], ""))
        ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_assurance_requests_are_recommendations_and_a_standards_line_is_no_part_of_a_finding(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "System findings")
        for n, (title, text) in enumerate(FOUND, 1):
            doc.add("h2", f"System finding {n}: {title}")
            doc.add("p", text)
            doc.add(
                "p", f"Links to the partnership's multi-agency practice standards: Standard {n} – We listen to families"
            )
        doc.add("h1", "Assurance requests")
        doc.add("p", "Rather than make recommendations, the review sets out the assurance the partners will seek.")
        for n, ask in enumerate(ACTIONS, 1):
            doc.add("p", f"Assurance request {n}: {ask}")

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == [
            ("finding", f"System finding {n}", title, f"{title} {text}", "") for n, (title, text) in enumerate(FOUND, 1)
        ] + [("recommendation", f"Assurance request {n}", "", ask, "") for n, ask in enumerate(ACTIONS, 1)]


# --- improvement actions and assurance requests in a table --------------------------------------------------------

TABLES = {
    "improvement actions": (
        "Improvement actions",
        ("IA", "Improvement action", "Lead partner", "How will we know?"),
        "IA",
    ),
    "assurance requests": ("Assurance requests", ("Ref", "Assurance requested", "From"), "AR"),
}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("fmt", FORMATS)
def test_improvement_actions_and_assurance_requests_in_a_table_are_recommendations_with_their_lead(
    tmp_path, fmt, table
):
    heading, header, code = TABLES[table]

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", heading)
        doc.add("p", "Progress will be reported to the Executive Group every six months.")
        doc.add("header", cells=header)
        for n, (ask, agency) in enumerate(zip(ACTIONS, AGENCIES, strict=True), 1):
            cells = (f"{code}{n}", ask, agency, "An audit of twenty cases.")
            doc.add("row", cells=cells[: len(header)])

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _finding_rows() + [
            ("recommendation", f"{code}{n}", "", ask, agency)
            for n, (ask, agency) in enumerate(zip(ACTIONS, AGENCIES, strict=True), 1)
        ]


# --- a table keyed by the findings' labels ------------------------------------------------------------------------

KEYED = {
    "measures": (
        "Measuring the impact of the learning",
        ("Finding", "How will we know?", "Evidence of impact"),
        (
            ("Plans are written with measures a family can understand.", "A dip sample of twenty plans in the spring."),
            ("Relatives who ring are called back the same week.", "The duty log audit in the autumn."),
        ),
    ),
    "national themes": (
        "How the findings link to national learning",
        ("Finding", "Panel national theme"),
        (("Critical thinking and challenge",), ("Listening to the voices of families",)),
    ),
}


@pytest.mark.parametrize("keyed", sorted(KEYED))
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_keyed_by_the_findings_labels_is_never_lessons(tmp_path, fmt, keyed):
    heading, header, rows = KEYED[keyed]

    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        doc.add("h1", heading)
        doc.add("p", "The partnership will use the following to see whether practice has changed.")
        doc.add("header", cells=header)
        for n, cells in enumerate(rows, 1):
            doc.add("row", cells=(f"Finding {n}", *cells))
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _finding_rows() + _numbered()


# --- a summary for children before the report ---------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["A summary for children and young people", "A children's summary"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_for_children_before_the_report_gives_no_lessons(tmp_path, fmt, heading):
    def build(doc):
        child_k_cover(doc, fmt)
        doc.add("h1", heading)
        doc.add("p", "This is a short summary of the review. We have written it for children and young people.")
        doc.add("h2", "What we found out")
        doc.add("bullet", "The grown-ups did not always tell each other what they knew.")
        doc.add("bullet", "Nobody asked your gran what she had seen.")
        doc.add("h2", "What will be different now")
        doc.add("bullet", "Workers will be helped to listen to families who ring them.")
        child_k_introduction(doc)
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _finding_rows() + _numbered()


# --- links to the document's files, and a case told in episodes ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "txt", "docx"])
def test_links_to_the_documents_files_are_never_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        _findings(doc)
        numbered_recommendations(doc, ASKS)
        doc.add("row", cells=("Download the full report (PDF)", "Download the seven-minute briefing (PDF)"))

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _finding_rows() + _numbered()


EPISODES = (
    "During the winter the school raised concerns about the child's attendance on three occasions. The education "
    "welfare officer made two home visits and found no one at home.",
    "The case was discussed at a multi-agency meeting in the spring and a plan was agreed. Actions were given to "
    "named practitioners with dates by which to complete them.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_told_in_episodes_gives_no_lessons(tmp_path, fmt):
    def build(doc):
        child_k_cover(doc, fmt)
        child_k_introduction(doc)
        doc.add("h1", "Key practice episodes")
        for n, text in enumerate(EPISODES, 1):
            doc.add("p", f"Episode {n}: {text}")
        _findings(doc)
        numbered_recommendations(doc, ASKS)

    for lessons in lessons_and_rule_lessons(tmp_path, fmt, build, META):
        assert lesson_rows(lessons) == _finding_rows() + _numbered()
