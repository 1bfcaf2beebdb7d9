"""Ingest tests: the classes the second half of blind held-out set 16 (C403-C420) found the extractor
missing, each on a document the test lays out itself.

Recommendations grouped under the name of the agency that is to act, the names set as body text in a PDF
or as a long addressee heading ("To the Department of Health and Social Care"): each group's agency is
its recommendations' lead agency. A coroner's report: its numbered concerns after "The matters of concern
are as follows. -" are findings, the paragraph before them none; a reply to one: "Concern N" over "The
concern: ..." (a finding, without the run-in cue) and "Our response: ..." (none), the letter's "Yours
sincerely" closing it. An incident investigation's "Root cause" and "Contributory factors" (findings).
"Learning and recommendations": titled learning, then a sentence and coded asks ("RCDP1"). A register
exported one record a paragraph, fields separated by " | " (the learning column the lessons). A labelled
lesson whose short first sentence turns on an irregular past ("Staff knew nothing ...") has no title.
Earlier sets' open classes: a scanned findings list whose bullets the OCR lost (set 15, C371), and findings
stated as full-sentence numbered headings with narrative under them (set 12, C255).
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.blocks import build_blocks
from ingest.extract import read_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The dentist saw the untreated decay twice and sent a letter home, but nobody followed it up.",
    "The youth club worker knew the boy slept on a sofa at a friend's and did not think to mention it.",
    "Three agencies each held one missed appointment and none of them saw the pattern together.",
)
META16 = {
    "title": "Serious Case Review: Child Q",
    "area": "Rotherham",
    "region": "Yorkshire and the Humber",
    "review_type": "SCR",
    "published": "2011-09",
    "child": "Child Q",
    "child_age": "",
    "author": "Imogen Carraway",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _both(tmp_path, fmt, build, meta=None):
    """The review's lessons, and those the rules alone find."""
    path = write_document(tmp_path, fmt, build, meta or META16)[0]
    return extract_review(path).lessons, segment_lessons(read_blocks(path))


# --- recommendations grouped under the agency that is to act --------------------------------------------

GROUPED = (
    (
        "Dental services",
        "Dental practices should refer any child whose treatment is missed twice to the health visitor.",
    ),
    ("The LSCB", "The LSCB should audit how missed appointments are shared between agencies within a year."),
    ("All agencies", "All agencies should record who a child is living with at every contact."),
    ("Youth Offending Service", "Youth workers should be trained to recognise informal homelessness."),
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("as_heading", [True, False])
def test_agency_names_over_their_recommendations_are_their_lead_agency(tmp_path, fmt, as_heading):
    def build(doc):
        cover(doc, "Rotherham Local Safeguarding Children Board")
        doc.add("h1", "2. Lessons learned")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"2.{n}")
        doc.add("h1", "3. Recommendations")
        doc.add("p", "The recommendations below are set out by the agency expected to act on them.")
        for n, (agency, text) in enumerate(GROUPED, 1):
            doc.add("h2" if as_heading else "p", agency)
            doc.add("num", text, label=f"3.{n}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.agency, l.text) for l in lessons] == [
            *(("learning_point", f"2.{n}", "", text) for n, text in enumerate(SEEN, 1)),
            *(("recommendation", f"3.{n}", agency, text) for n, (agency, text) in enumerate(GROUPED, 1)),
        ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_addressee_heading_names_its_recommendations_agency(tmp_path, fmt):
    asks = (
        (
            "Department for Levelling Up, Housing and Communities",
            "The department should publish guidance on sofa-surfing children.",
        ),
        ("Department of Health and Social Care", "The department should require dentists to share missed treatment."),
    )

    def build(doc):
        cover(doc, "Rotherham Local Safeguarding Children Board")
        doc.add("h1", "Findings")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Recommendations for national bodies")
        for n, (who, text) in enumerate(asks, 1):
            doc.add("h2", f"To the {who}")
            doc.add("num", text, label=f"{n}.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.agency, l.text) for l in lessons][3:] == [
            ("recommendation", who, text) for who, text in asks
        ]


# --- a coroner's concerns: a numbered list after "The matters of concern are as follows" ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading,opener",
    [
        ("5 CORONER'S CONCERNS", "The MATTERS OF CONCERN are as follows. -"),
        ("Matters of concern", "My concerns are as follows:"),
    ],
)
def test_a_coroners_numbered_concerns_are_findings_and_the_paragraph_before_none(tmp_path, fmt, heading, opener):
    def build(doc):
        doc.add("title", "Regulation 28 Report to Prevent Future Deaths")
        doc.add("h1", "4 CIRCUMSTANCES OF THE DEATH")
        doc.add("p", "Child Q died at home in the spring after several weeks out of school.")
        doc.add("h1", heading)
        doc.add("p", "The evidence heard at the inquest raised matters that trouble me. There is a risk that other "
                "deaths will occur unless something is done, and I am bound to report them.")  # fmt: skip
        doc.add("p", opener)
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"({n})")
        doc.add("h1", "6 ACTION SHOULD BE TAKEN")
        doc.add("p", "In my opinion action should be taken and your organisations have the power to take it.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("finding", text) for text in SEEN]


# --- a reply to a coroner: "Concern N", the concern quoted, then the answer (no lesson) ------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label,cue", [("Concern", "The concern:"), ("Matter of concern", "The matter of concern:")])
def test_a_reply_to_a_coroner_records_each_concern_as_a_finding(tmp_path, fmt, label, cue):
    def build(doc):
        doc.add("cover", "Rotherham Council, Children's Services")
        doc.add("title", "Response to the Report to Prevent Future Deaths: Child Q")
        doc.add("p", "Dear Coroner, we set out our answer to each of the matters you raised below.")
        for n, text in enumerate(SEEN, 1):
            doc.add("h2", f"{label} {n}")
            doc.add("runin", text, label=cue, bold_label=fmt != "txt")
            doc.add("runin", "We agree. A new checklist has been issued to all teams and will be audited.",
                    label="Our response:", bold_label=fmt != "txt")  # fmt: skip
        doc.add("p", "Yours sincerely,")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("finding", f"{label} {n}", text) for n, text in enumerate(SEEN, 1)
        ]


# --- an incident investigation: "Root cause" and "Contributory factors" are its findings ------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "cause,factors", [("Root cause", "Contributory factors"), ("Root causes", "Contributing factors")]
)
def test_an_incident_reports_root_cause_and_contributory_factors_are_findings(tmp_path, fmt, cause, factors):
    def build(doc):
        doc.add("title", "Serious Incident Investigation Report: Child Q")
        doc.add("h1", "Incident description")
        doc.add("p", "Child Q was brought to the minor injuries unit by a neighbour late one evening.")
        doc.add("h1", "Methodology")
        doc.add("p", "The investigation used root cause analysis and interviewed six members of staff.")
        doc.add("h1", cause)
        doc.add("p", SEEN[0])
        doc.add("h1", factors)
        for text in SEEN[1:]:
            doc.add("bullet", text)
        doc.add("h1", "Being open")
        doc.add("p", "The family was offered a meeting to go through the report with the investigator.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("finding", text) for text in SEEN]


# --- "Learning and recommendations": titled learning, then coded recommendations after a sentence ----------------

TITLED = ("Decay nobody followed up", "A sofa nobody mentioned", "Appointments seen apart")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("section", ["Learning and recommendations", "Key findings and recommendations"])
def test_titled_learning_and_coded_asks_in_one_section_keep_their_kinds(tmp_path, fmt, section):
    asks = ("All agencies should record who a child lives with at every contact.",
            "The Partnership should audit how missed dental appointments are shared.")  # fmt: skip
    told = "finding" if "finding" in section.lower() else "learning_point"

    def build(doc):
        doc.add("title", "Rotherham Child Death Overview Panel Annual Report 2019/20")
        doc.add("h1", "2. Deaths reviewed")
        doc.add("p", "The panel reviewed twenty-one deaths in the year, six of them sudden and unexpected.")
        doc.add("h1", f"3. {section}")
        for title, text in zip(TITLED, SEEN):
            doc.add("h2", title)
            doc.add("p", text)
        doc.add("p", "The panel makes the following recommendations to the child death review partners:")
        for n, ask in enumerate(asks, 1):
            doc.add("num", ask, label=f"RCDP{n}")
        doc.add("h1", "4. Priorities for next year")
        doc.add("p", "The panel will publish its safer sleep campaign in the autumn.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *((told, "", title, f"{title} {text}") for title, text in zip(TITLED, SEEN)),
            *(("recommendation", f"RCDP{n}", "", ask) for n, ask in enumerate(asks, 1)),
        ]


# --- a register exported one record a paragraph, its fields separated by " | ", the learning last -------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_exported_as_delimited_paragraphs_gives_its_learning_column(tmp_path, fmt):
    def build(doc):
        doc.add("title", "Rotherham Safeguarding Children Partnership: log of local reviews")
        doc.add("p", "Printed 2021-06-30 | Review team | OFFICIAL")
        doc.add("p", "No. | Case | Kind | Stage | Lessons")
        for n, text in enumerate(SEEN, 1):
            doc.add("p", f"R{n:03d} | Family {'ABC'[n - 1]} | Rapid review | Signed off | {text}")
        doc.add("p", "R004 | Family D | LCSPR | Open | -")
        doc.add("p", "End of log")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("learning_point", text) for text in SEEN]


# --- a labelled lesson opening with a short sentence turned on an irregular past: no title --------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_short_first_sentence_with_an_irregular_past_is_no_title(tmp_path, fmt):
    told = (
        "Staff knew nothing about the lodger. He came and went without anyone asking who he was.",
        "The school nurse spoke to the boy once. Nobody wrote down what he said about home.",
    )

    def build(doc):
        cover(doc, "Rotherham Local Safeguarding Children Board")
        doc.add("h1", "Lessons to be learned")
        for n, text in enumerate(told, 1):
            doc.add("runin", text, label=f"Lesson {n}:", bold_label=fmt != "txt")
        doc.add("h1", "Recommendations")
        doc.add("num", "All agencies should record who a child lives with at every contact.", label="1.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.label, l.title, l.text) for l in lessons][:2] == [
            (f"Lesson {n}", "", text) for n, text in enumerate(told, 1)
        ]


# --- set 15's scanned C371 class: a "Key findings" list whose bullets the scan lost --------------------------------


def _scan(number: int, lines: list[tuple[float, str]]) -> PageLayout:
    """A page as OCR reports it: each line with its left edge, in body type."""
    return PageLayout(
        number,
        tuple(
            TextLine(text=text, size=12.5, x0=x0, x1=x0 + 5.5 * len(text[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x0, text) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


@pytest.mark.parametrize("heading", ["3. Key findings", "What the review found", "Learning points"])
def test_a_scanned_list_of_findings_without_its_bullets_is_one_lesson_an_item(heading):
    head, tail = SEEN[1].rsplit(" ", 1)
    pages = [
        _scan(
            1,
            [
                (60.0, "2. Background"),
                (60.5, "Child Q lived with his aunt and two cousins in a rented house near the school."),
                (61.0, heading),
                (80.0, SEEN[0]),
                (80.5, head),
                (80.5, tail),
                (79.5, SEEN[2]),
                (60.0, "4. Recommendations"),
                (61.0, "1. All agencies should record who a child lives with at every contact."),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    kind = "learning_point" if "Learning" in heading else "finding"
    assert [(l.kind, l.text) for l in lessons][:3] == [(kind, text) for text in SEEN]


def test_paragraphs_at_the_margin_under_findings_stay_one_finding_s_text():
    pages = [
        _scan(
            1,
            [
                (60.0, "Key findings"),
                (60.0, SEEN[0]),
                (60.5, "The letter was filed and the next appointment was not booked."),
                (60.0, "Recommendations"),
                (61.0, "1. All agencies should record who a child lives with at every contact."),
            ],
        )
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [l.kind for l in lessons] == ["finding", "recommendation"]


# --- set 12's C255 class: findings stated as full-sentence numbered headings, narrative under each --------------

NARRATIVE = (
    "The records show two letters and a text message, none of them answered.",
    "Staff at the practitioners' event said this was familiar from other families.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_findings_stated_as_numbered_sentence_headings_are_those_sentences(tmp_path, fmt):
    def build(doc):
        cover(doc, "Rotherham Safeguarding Children Partnership")
        doc.add("h1", "Background")
        doc.add("p", "Child Q lived with his aunt and two cousins in a rented house near the school.")
        doc.add("h1", "Findings")
        for n, text in enumerate(SEEN, 1):
            doc.add("h2", f"{n}. {text}")
            for line in NARRATIVE:
                doc.add("p", line)
        doc.add("h1", "Recommendations")
        doc.add("num", "All agencies should record who a child lives with at every contact.", label="1.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("finding", str(n), text) for n, text in enumerate(SEEN, 1)),
            ("recommendation", "1", "All agencies should record who a child lives with at every contact."),
        ]


# --- an inspection letter: its "Headline findings" summary is no lesson; what needs to improve and strengths are --


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("headline", ["Headline findings", "Headline judgement"])
def test_an_inspection_letters_headline_findings_are_no_lesson(tmp_path, fmt, headline):
    strengths = (
        "The school nurse service kept careful notes of every conversation with the children.",
        "Youth workers knew the young people well and were trusted by them.",
    )

    def build(doc):
        doc.add("title", "Joint targeted area inspection of the response to neglect in Rotherham")
        doc.add("p", "This letter sets out what inspectors found when they visited the area in the spring.")
        doc.add("h1", headline)
        doc.add("p", "Partners know their area well. Most children get help that makes them safer, though not "
                "quickly enough for some.")  # fmt: skip
        doc.add("h1", "What needs to improve?")
        for text in SEEN:
            doc.add("bullet", text)
        doc.add("h1", "Strengths")
        for text in strengths:
            doc.add("bullet", text)
        doc.add("h1", "Next steps")
        doc.add("p", "The director should send a written statement of action within twenty working days.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [
            *(("finding", text) for text in SEEN),
            *(("good_practice", text) for text in strengths),
        ]
