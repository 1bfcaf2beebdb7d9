"""Ingest tests: the lesson classes the second half of blind held-out set 18 (C475-C492) found the
extractor missing, each on a document the test lays out itself.

A series of lessons labelled in words no rule knows ("Weakness 1: title" under "Weaknesses", run-in
"Undertaking 1: ..." under "Our undertakings"): each a lesson, its kind from what the items say, a
run-in cue inside a headed item ("What must change: ...") a recommendation of its own, the lead-ins
never lessons; episodes holding their own learning stay containers. A box of questions to the reader
under a small heading ("Point to consider"): never a lesson. A note on the action plan and a report's
resolutions to the committee it is written for ("That the Committee notes ..."), and a scan's next
section heading read as one more numbered item ("7. Action plan" after "6.2"): never lessons. The
older spelling "Lessons to be learnt" as a section heading, and the Area Child Protection Committee
as a recommendation's lead agency. Cue paragraphs paired under an agency's sub-heading
("Commendation: ..." beside "Recommendation: ..."): good practice and that agency's recommendation.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, numbered_recommendations, partnership_cover

from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The optician noticed the girl could not see the board and wrote to the school, which filed the letter. "
    "Nobody followed it up.",
    "The childminder saw bruises on two Mondays running and accepted that the toddler had fallen at soft play. "
    "She did not tell anyone.",
    "Nobody asked the grandfather, who collected the children every day, what he saw at home. "
    "His view was never recorded.",
)
TITLES = ("Letters that went nowhere", "Mondays and soft play", "The grandfather nobody asked")
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
    "Schools should ask who collects each child and record it on the child's file.",
)
PROMISES = (
    "Health visitors will share every concern about a child's eyesight with the school nurse.",
    "All agencies will ask about the adults who look after a child outside the home.",
)
META = {
    "title": "Local Child Safeguarding Practice Review: Child W",
    "area": "Torbay",
    "region": "South West",
    "review_type": "LCSPR",
    "published": "2023-02",
    "child": "Child W",
    "child_age": "",
    "author": "Hester Pennington",
}


def _cover(doc) -> None:
    partnership_cover(doc, META, "Torbay Safeguarding Children Partnership", "Published February 2023")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


def _background(doc) -> None:
    doc.add("h1", "Background")
    doc.add("p", "The family moved to the area when the girl was four and registered with a new practice.")


# --- a labelled series in words no rule knows ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("found", "promised"), [("Weakness", "Undertaking"), ("Vulnerability", "Pledge")])
def test_series_labelled_in_unknown_words_are_lessons_of_the_kind_their_items_say(tmp_path, fmt, found, promised):
    found_plural = found[:-1] + "ies" if found.endswith("y") else found + "es"

    def build(doc):
        _cover(doc)
        _background(doc)
        doc.add("h1", found_plural)
        doc.add("p", f"The review sets out what it found as {found_plural.lower()}, each followed by what must change.")
        for n, (title, text, ask) in enumerate(zip(TITLES[:2], SEEN[:2], ASKS[:2], strict=True), 1):
            doc.add("h2", f"{found} {n}: {title}")
            doc.add("p", text)
            doc.add("p", f"What must change: {ask}")
        doc.add("h1", f"Our {promised.lower()}s")
        doc.add("p", f"In place of recommendations the partners make the following {promised.lower()}s.")
        for n, text in enumerate(PROMISES, 1):
            doc.add("p", f"{promised} {n}: {text}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.agency, l.text) for l in lessons] == [
            ("finding", f"{found} 1", TITLES[0], "", f"{TITLES[0]} {SEEN[0]}"),
            ("recommendation", "", "", "", ASKS[0]),
            ("finding", f"{found} 2", TITLES[1], "", f"{TITLES[1]} {SEEN[1]}"),
            ("recommendation", "", "", "", ASKS[1]),
            *(("recommendation", f"{promised} {n}", "", "", text) for n, text in enumerate(PROMISES, 1)),
        ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_series_of_episodes_holding_their_own_learning_stays_their_container(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key moments")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2], strict=True), 1):
            doc.add("h2", f"Moment {n}: {title}")
            doc.add("p", "The family were seen at home by the health visitor, who noted nothing of concern then.")
            doc.add("h3", "Learning from this moment")
            doc.add("bullet", text)
        numbered_recommendations(doc, ASKS[:1])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", "", text) for text in SEEN[:2]),
            ("recommendation", "1", ASKS[0]),
        ]


# --- a box of questions to the reader under a small heading --------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("box", ["Point to consider", "Pause for thought"])
def test_questions_to_the_reader_under_a_small_heading_are_never_lessons(tmp_path, fmt, box):
    questions = (
        "When did you last ask who collects a child from school?",
        "How would you know if a letter you sent had been read?",
    )

    def build(doc):
        _cover(doc)
        doc.add("h1", "What the review learned")
        for title, text, question in zip(TITLES[:2], SEEN[:2], questions, strict=True):
            doc.add("h2", title)
            doc.add("p", text)
            doc.add("h3", box)
            doc.add("p", question)
        numbered_recommendations(doc, ASKS[:2])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.title, l.text) for l in lessons] == [
            *(("learning_point", title, f"{title} {text}") for title, text in zip(TITLES[:2], SEEN[:2], strict=True)),
            *(("recommendation", "", ask) for ask in ASKS[:2]),
        ]


# --- a committee report's own resolutions and a note on the action plan ------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("meeting", ["Committee", "Scrutiny Panel"])
def test_resolutions_to_the_meeting_and_a_note_on_the_action_plan_are_never_lessons(tmp_path, fmt, meeting):
    def build(doc):
        _cover(doc)
        doc.add("h1", "2. Recommendations")
        doc.add("p", f"2.1 That the {meeting} notes the publication of the review and the learning in section 4.")
        doc.add("p", f"2.2 That the {meeting} receives a report on the progress of the action plan in six months.")
        doc.add("h1", "4. Learning from the review")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", "5. The review's recommendations")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("p", f"5.{n} {ask}")
        doc.add("h1", "6. Action plan")
        doc.add("p", "Each agency has prepared an action plan. The Partnership will monitor progress every quarter.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", "", text) for text in SEEN[:2]),
            *(("recommendation", f"5.{n}", ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]


def _scan(number: int, lines: list[str]) -> PageLayout:
    return PageLayout(
        number,
        tuple(
            TextLine(
                text=text, size=12.5, x0=60.0, x1=60.0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n
            )
            for n, text in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


@pytest.mark.parametrize("heading", ["7. Action plan", "7. Monitoring and review"])
def test_a_scanned_next_section_heading_after_a_numbered_list_is_never_a_lesson(heading):
    lines = ["6. Recommendations", "The panel recommends:"]
    lines += [f"6.{n} That {ask[0].lower()}{ask[1:]}" for n, ask in enumerate(ASKS[:2], 1)]
    lines += [heading, "Each agency will report its progress to the Partnership, which will keep it under review."]
    lessons = segment_lessons(build_blocks([_scan(1, lines)]))
    assert [(l.kind, l.label, l.text) for l in lessons] == [
        ("recommendation", f"6.{n}", f"That {ask[0].lower()}{ask[1:]}") for n, ask in enumerate(ASKS[:2], 1)
    ]


# --- an Area Child Protection Committee's review: "Lessons to be learnt", the ACPC as lead agency -----------


@pytest.mark.parametrize("fmt", FORMATS)
def test_lessons_to_be_learnt_and_the_area_child_protection_committee_as_lead_agency(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "4. Lessons to be learnt")
        doc.add("p", "The review identified the following lessons.")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("p", f"4.{n} {text}")
        doc.add("h1", "5. Recommendations")
        doc.add("h2", "Area Child Protection Committee")
        doc.add("p", f"5.1 {ASKS[0]}")
        doc.add("h2", "Education")
        doc.add("p", f"5.2 {ASKS[2]}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.agency, l.text) for l in lessons] == [
            *(("learning_point", f"4.{n}", "", text) for n, text in enumerate(SEEN[:2], 1)),
            ("recommendation", "5.1", "Area Child Protection Committee", ASKS[0]),
            ("recommendation", "5.2", "Education", ASKS[2]),
        ]


# --- cue paragraphs paired under agency sub-headings -------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_commendation_paired_with_a_recommendation_under_an_agency_heading(tmp_path, fmt):
    praised = (
        "The school nurse saw the girl every week and wrote down what she said in her own words.",
        "Officers took the grandfather's call seriously and visited the same evening.",
    )

    def build(doc):
        _cover(doc)
        doc.add("h1", "Agency by agency")
        doc.add("p", "For each agency the review makes a commendation and a recommendation.")
        for agency, good, ask in zip(("Health", "Police"), praised, ASKS[1:], strict=True):
            doc.add("h2", agency)
            doc.add("p", f"Commendation: {good}")
            doc.add("p", f"Recommendation: {ask}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.agency, l.text) for l in lessons] == [
            ("good_practice", "", praised[0]),
            ("recommendation", "Health", ASKS[1]),
            ("good_practice", "", praised[1]),
            ("recommendation", "Police", ASKS[2]),
        ]
