"""Ingest tests: the classes the first half of blind held-out set 20 (C529-C546) found the extractor
missing, where a lesson ends, where the next begins and how much text belongs to it, each on a document
the test lays out itself.

A list printed in pairs (each bullet or numbered item followed by one plain paragraph holding the rest
of its lesson) gives each item its paragraph, the last one too, and leaves the closing paragraph after
the pairs alone; a paragraph of reasons set between a "Recommendation N" heading and the paragraph that
asks is no part of the recommendation; a recommendation's opening clause tying it to a finding ("In the
light of Finding 1, the review recommends:") is no part of it; a paragraph holding two lessons each
opened by an ordinal ("The first is about ... The second is about ...") is two lessons; a section's last
paragraph remarking on its lessons as a whole ("These areas of learning were ...") is none of them.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from convention_documents import lessons_and_rule_lessons, numbered_recommendations, partnership_cover
from test_ingest_blind17c_classes import _scan

from ingest.blocks import build_blocks
from ingest.lessons import segment_lessons

FIRST_HALVES = (
    "The school nurse saw the bruise on the girl's wrist and accepted the mother's account of a fall.",
    "The family moved twice in a year and each move restarted the assessment.",
    "The father's probation officer knew of his conviction but was not invited to the conference.",
)
SECOND_HALVES = (
    "Nobody asked the girl herself, although she was old enough to give her own account.",
    "Workers new to the family relied on the closing summary and did not read the records behind it.",
    "The plan was therefore made without the one piece of information that explained the risk.",
)
CLOSER = "Further detail on each of these points is given in the full report."
ASKS = (
    "The Partnership should set out how school nurses share an injury they record on the same day.",
    "Children's social care should transfer a child's records in full when a family moves area.",
)
REASONS = (
    "Each school followed its own practice, and practitioners at the learning event asked for one approach.",
    "The same gap was seen in three agencies. It was not one worker's failing, and training alone will not close it.",
)
META = {
    "title": "Local Child Safeguarding Practice Review \u2013 Child K",
    "area": "Salford",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-05-11",
    "child": "Child K",
    "child_age": "9 years",
    "author": "Rosalind Hartley",
}


def _cover(doc) -> None:
    partnership_cover(doc, META, "Salford Safeguarding Children Partnership", "Published: 11 May 2023")
    doc.add("h1", "Introduction")
    doc.add("p", "This review was commissioned after Child K, who was 9 years old, was seriously harmed.")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


# --- a list printed in pairs: each item carried on in one plain paragraph ----------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("numbered", [False, True])
def test_each_item_of_a_list_printed_in_pairs_takes_the_paragraph_after_it_and_the_closer_none(tmp_path, fmt, numbered):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key learning")
        for n, (first, rest) in enumerate(zip(FIRST_HALVES, SECOND_HALVES, strict=True), 1):
            if numbered:
                doc.add("num", first, label=f"{n}.")
            else:
                doc.add("bullet", first)
            doc.add("p", rest)
        doc.add("p", CLOSER)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(
                ("learning_point", str(n) if numbered else "", f"{first} {rest}")
                for n, (first, rest) in enumerate(zip(FIRST_HALVES, SECOND_HALVES, strict=True), 1)
            ),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- reasons printed between a recommendation's label and its ask -----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_the_reasons_before_a_labelled_recommendations_ask_are_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, text in enumerate(FIRST_HALVES[:2], 1):
            doc.add("h2", f"Finding {n}: Finding number {n}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, (reasons, ask) in enumerate(zip(REASONS, ASKS, strict=True), 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", reasons)
            doc.add("p", ask)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons][2:] == [
            ("recommendation", f"Recommendation {n}", ask) for n, ask in enumerate(ASKS, 1)
        ]


# --- a recommendation opened by a clause tying it to a finding ---------------------------------------------

TIES = ("In the light of Finding 1, the review recommends:", "Arising from Findings 1 and 2:")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_recommendations_opening_tie_to_a_finding_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "4. Findings")
        for n, text in enumerate(FIRST_HALVES[:2], 1):
            doc.add("h2", f"Finding {n}: Finding number {n}")
            doc.add("p", text)
        doc.add("h1", "5. Recommendations")
        for n, (tie, ask) in enumerate(zip(TIES, ASKS, strict=True), 1):
            doc.add("p", f"5.{n} {tie} {ask}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons][2:] == [
            ("recommendation", f"5.{n}", ask) for n, ask in enumerate(ASKS, 1)
        ]


# --- two lessons in one paragraph, each opened by an ordinal, and a closing remark on them all ------------

ORDINAL_LESSONS = (
    "The first is about transfer between areas. " + SECOND_HALVES[1],
    "The second is about the girl's own account. " + SECOND_HALVES[0],
    "The third is about the father's conviction. " + FIRST_HALVES[2],
    "The fourth is about the plan. " + SECOND_HALVES[2],
)
REMARK = "These areas of learning were tested with practitioners, who recognised them."


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_lessons_run_together_in_a_paragraph_each_opened_by_an_ordinal_are_one_each(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review learned")
        doc.add("p", "The review identified four areas of learning, set out below two at a time.")
        doc.add("p", " ".join(ORDINAL_LESSONS[:2]))
        doc.add("p", " ".join(ORDINAL_LESSONS[2:]))
        doc.add("p", REMARK)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("learning_point", text) for text in ORDINAL_LESSONS),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- a section's last paragraph remarking on its lessons as a whole -----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "remark", [REMARK, "None of this learning is new, and earlier reviews in the area said the same."]
)
def test_a_closing_remark_on_a_sections_lessons_as_a_whole_is_none_of_them(tmp_path, fmt, remark):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review learned")
        doc.add("p", SECOND_HALVES[0])
        doc.add("p", SECOND_HALVES[1])
        doc.add("p", FIRST_HALVES[2])
        doc.add("p", remark)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("learning_point", text) for text in (SECOND_HALVES[0], SECOND_HALVES[1], FIRST_HALVES[2])),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- bullets naming a service over sub-bullets that are its learning ----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_bullets_naming_a_service_give_their_sub_bullets_its_name_as_agency(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning for agencies")
        doc.add("p", "The learning is set out under the service it concerns most.")
        doc.add("bullet", "Police")
        doc.add("subbullet", SECOND_HALVES[0])
        doc.add("subbullet", SECOND_HALVES[1])
        doc.add("bullet", "Multi-agency working")
        doc.add("subbullet", SECOND_HALVES[2])
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.agency, l.text) for l in lessons] == [
            ("learning_point", "Police", SECOND_HALVES[0]),
            ("learning_point", "Police", SECOND_HALVES[1]),
            ("learning_point", "", SECOND_HALVES[2]),
            *(("recommendation", "", ask) for ask in ASKS),
        ]


# --- a lettered recommendation's stem completed by roman-numbered parts -------------------------------------

STEM = "Children's social care and the police should agree a protocol for joint visits, which should set out:"
PARTS = ("who arranges the visit and records who was present;", "how the child is seen and spoken to alone.")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_lettered_stem_and_the_roman_parts_completing_it_are_one_recommendation(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("p", "The review makes the following recommendations to individual agencies:")
        doc.add("num", ASKS[0], label="(a)")
        doc.add("num", STEM, label="(b)")
        for numeral, part in zip(("(i)", "(ii)"), PARTS, strict=True):
            doc.add("num", part, label=numeral)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            ("recommendation", ASKS[0]),
            ("recommendation", " ".join([STEM, *PARTS])),
        ]


# --- a chart's caption, labels, axis and source inside a learning point ------------------------------------

CHART = (
    "Figure 2: Referrals received by each agency in the year before the incident",
    "Police 7",
    "Health 12",
    "0 5 10 15",
    "Source: agencies' chronologies",
)


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_a_chart_set_inside_a_learning_points_paragraph_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review learned")
        doc.add("h2", "Hearing the girl")
        doc.add("p", SECOND_HALVES[0])
        doc.add("h2", "Records that moved")
        doc.add("p", FIRST_HALVES[1])
        for line in CHART:
            doc.add("small", line)
        doc.add("p", SECOND_HALVES[1])
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.title, l.text) for l in lessons] == [
            ("learning_point", "Hearing the girl", f"Hearing the girl {SECOND_HALVES[0]}"),
            ("learning_point", "Records that moved", f"Records that moved {FIRST_HALVES[1]} {SECOND_HALVES[1]}"),
            *(("recommendation", "", ask) for ask in ASKS),
        ]


# --- response and progress notes set under each labelled lesson --------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_response_and_progress_notes_under_a_labelled_finding_are_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, text in enumerate(FIRST_HALVES[:2], 1):
            doc.add("h2", f"Finding {n}: Finding number {n}")
            doc.add("p", text)
            doc.add("p", "Response: Accepted. The partnership's quality group will lead this work.")
            doc.add("p", "Progress: A briefing for practitioners was given in the spring.")
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("finding", f"Finding {n}", f"Finding number {n} {text}") for n, text in enumerate(FIRST_HALVES[:2], 1)),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- a pull quote repeating a sentence of the learning point it is set in ----------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_pull_quote_repeating_a_sentence_of_its_learning_point_is_no_part_of_it(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review learned")
        for title, first, rest in zip(("Hearing the girl", "Records that moved"), FIRST_HALVES, SECOND_HALVES):
            doc.add("h2", title)
            doc.add("p", first)
            doc.add("p", f"\u201c{first}\u201d")
            doc.add("p", rest)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            ("learning_point", f"Hearing the girl {FIRST_HALVES[0]} {SECOND_HALVES[0]}"),
            ("learning_point", f"Records that moved {FIRST_HALVES[1]} {SECOND_HALVES[1]}"),
            *(("recommendation", ask) for ask in ASKS),
        ]


# --- a finding's first sentence set alone as a heading under its label ---------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_findings_first_sentence_set_as_a_heading_under_its_label_is_its_text(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (first, rest) in enumerate(zip(FIRST_HALVES[:2], SECOND_HALVES), 1):
            doc.add("h2", f"Finding {n}: Finding number {n}")
            doc.add("h3", first)
            doc.add("p", rest)
        numbered_recommendations(doc, ASKS)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("finding", f"Finding {n}", f"Finding number {n}", f"Finding number {n} {first} {rest}")
                for n, (first, rest) in enumerate(zip(FIRST_HALVES[:2], SECOND_HALVES), 1)
            ),
            *(("recommendation", str(n), "", ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- lettered recommendations under a numbered paragraph introducing them to individual agencies ------------

AGENCY_ASKS = (
    "Police should tell the health visitor when they attend a domestic abuse incident at a baby's home.",
    "The ambulance service should pass a concern about a child to children's social care from the scene.",
)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(("printed", "label"), [("(a)", "5.2.1({})"), ("a)", "5.2.1{}")])
def test_lettered_recommendations_under_a_numbered_lead_in_take_its_number_and_no_collective_agency(
    tmp_path, fmt, printed, label
):
    def build(doc):
        _cover(doc)
        doc.add("h1", "5. Recommendations")
        doc.add("h2", "5.1 Recommendations for the safeguarding partners")
        doc.add("p", f"5.1.1 {ASKS[0]}")
        doc.add("h2", "5.2 Recommendations for single agencies")
        doc.add("p", "5.2.1 The review makes the following recommendations to individual agencies:")
        for letter, ask in zip("ab", AGENCY_ASKS, strict=True):
            doc.add("num", ask, label=printed.replace("a", letter))

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.agency, l.text) for l in lessons] == [
            ("recommendation", "5.1.1", "", ASKS[0]),
            *(("recommendation", label.format(letter), "", ask) for letter, ask in zip("ab", AGENCY_ASKS, strict=True)),
        ]


# --- a scanned list whose last numbers OCR read as lower-case letters with a colon ------------------------

SCAN_ASKS = (
    "The MASH partners should agree how quickly health checks are completed on a referral.",
    "Children's social care should invite health to every strategy discussion about a baby.",
    "The Partnership should seek assurance that the escalation policy is used in all agencies.",
)


@pytest.mark.parametrize("marks", [("e:", "a:"), ("a:", "z:"), ("pe", "e:")])
@pytest.mark.parametrize("heading_after", [False, True])
def test_a_scanned_lists_last_numbers_read_as_lower_case_letters_still_number_its_items(marks, heading_after):
    lines = [
        (60.0, "Recommendations"),
        (61.5, f"1. {SCAN_ASKS[0]}"),
        *((60.8 + n, f"{mark} {ask}") for n, (mark, ask) in enumerate(zip(marks, SCAN_ASKS[1:], strict=True))),
        *(
            [(60.0, "Next steps"), (60.0, "The partnership will report progress in the spring.")]
            if heading_after
            else []
        ),
    ]
    page = _scan(1, lines)
    if heading_after:  # "Next steps" printed larger and bold: a heading after the list
        heading = page.lines[-2]
        page = replace(page, lines=(*page.lines[:-2], replace(heading, size=16.0, bold=True), page.lines[-1]))
    lessons = segment_lessons(build_blocks([page]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", str(n), ask) for n, ask in enumerate(SCAN_ASKS, 1)
    ]
