"""Ingest tests: the classes the second half of blind held-out set 17 (C439-C456) found the extractor
missing, each on a document the test lays out itself.

An appreciative report's "Even better if" set as a heading (learning), and a closing "Attendance at the
learning event" (no lesson section). A lesson labelled with the stage of the review it comes from
("Interim learning 1:"). A lesson followed by a run-in line on what has happened to it since ("Status:
...", "What has changed since: ..."): never a lesson nor part of one. A lesson followed by a lead-in and
question bullets for the reader ("Practitioners may wish to consider:"): neither. A list of coded
recommendations ("MA1 ...") whose lead-in sentence ends a page. Learning under sub-headings naming the
agency that learned it ("What Police learned", "Learning for Health"): each lesson that agency's.
Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and
read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, numbered_recommendations, partnership_cover

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The optician noticed the boy could not see the board and wrote to the school, which filed the letter.",
    "The childminder saw bruises on two Mondays running and accepted that the toddler had fallen at soft play.",
    "Nobody asked the grandmother, who collected the children every day, what she saw at home.",
)
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
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


def _recommendations(doc) -> None:
    numbered_recommendations(doc, ASKS)


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


RECOMMENDED = [("recommendation", f"{n}", "", ask) for n, ask in enumerate(ASKS, 1)]


# --- an appreciative report: "What went well", then "Even better if" as a heading ----------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("second", ["Even better if", "What would have been even better"])
def test_even_better_if_heading_holds_learning_and_the_learning_events_attendance_none(tmp_path, fmt, second):
    def build(doc):
        _cover(doc)
        doc.add("h1", "The review process")
        doc.add("p", "Agencies wrote short reports and the practitioners met the reviewer at a learning event.")
        doc.add("h1", "What went well")
        doc.add("bullet", SEEN[0])
        doc.add("h1", second)
        for text in SEEN[1:]:
            doc.add("bullet", text)
        _recommendations(doc)
        doc.add("h1", "Attendance at the learning event")
        doc.add("p", "Nine practitioners and four managers from five agencies came to the learning event.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.agency, l.text) for l in lessons] == [
            ("good_practice", "", "", SEEN[0]),
            *(("learning_point", "", "", text) for text in SEEN[1:]),
            *RECOMMENDED,
        ]


# --- a lesson labelled with the stage of the review it comes from, and a status line after it --------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "stage,kind,after",
    [
        ("Interim learning", "learning_point", ("Status:", "Confirmed when the review was completed in the autumn.")),
        ("Emerging finding", "finding", ("What has changed since:", "The school now logs every letter it receives.")),
    ],
)
def test_a_staged_label_and_the_run_in_progress_line_after_it(tmp_path, fmt, stage, kind, after):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning published before the review ended")
        doc.add("p", "The partners published these points early so that agencies could act on them at once.")
        for n, text in enumerate(SEEN, 1):
            doc.add("runin", text, label=f"{stage} {n}:", bold_label=fmt != "txt")
            doc.add("runin", after[1], label=after[0], bold_label=fmt != "txt")
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *((kind, f"{stage} {n}", text) for n, text in enumerate(SEEN, 1)),
            *((k, label, text) for k, label, _, text in RECOMMENDED),
        ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cue", ["What has changed since:", "Status:", "Changes made since the review:"])
def test_a_run_in_line_on_what_changed_since_is_no_part_of_the_titled_lesson(tmp_path, fmt, cue):
    titles = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning")
        for n, (title, text) in enumerate(zip(titles, SEEN), 1):
            doc.add("h2", f"Learning {n}: {title}")
            doc.add("p", text)
            doc.add("runin", "Schools now scan every health letter onto the pupil's file.", label=cue,
                    bold_label=fmt != "txt")  # fmt: skip
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("learning_point", f"Learning {n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(titles, SEEN), 1)
            ),
            *RECOMMENDED,
        ]


# --- questions put to the reader after each finding -----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lead_in", ["Practitioners may wish to consider:", "Questions to ask yourself:"])
def test_question_bullets_after_a_lead_in_are_no_part_of_the_finding(tmp_path, fmt, lead_in):
    titles = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(zip(titles, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
            doc.add("p", lead_in)
            doc.add("bullet", "Who else sees this child every week, and have I spoken to them?")
            doc.add("bullet", "What would I do if the explanation did not fit the injury?")
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("finding", f"Finding {n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(titles, SEEN), 1)
            ),
            *RECOMMENDED,
        ]


# --- coded recommendations whose lead-in ends a page ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf"])  # only a PDF carries a paragraph over the page break
def test_a_lead_in_at_a_page_foot_does_not_swallow_the_first_coded_recommendation(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning")
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"{n}.")
        doc.add("h1", "Multi-agency recommendations")
        doc.add("p", "The review asks the following of the safeguarding partners:")
        doc.add("pagebreak")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"MA{n}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("learning_point", f"{n}", text) for n, text in enumerate(SEEN, 1)),
            *(("recommendation", f"MA{n}", ask) for n, ask in enumerate(ASKS, 1)),
        ]


# --- learning under sub-headings naming the agency that learned it --------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "section,heading",
    [
        ("What each agency learned", "What {} learned"),
        ("Single-agency learning", "Learning for {}"),
    ],
)
def test_learning_under_an_agencys_sub_heading_is_that_agencys(tmp_path, fmt, section, heading):
    agencies = ("Education", "Children's Social Care", "Police")

    def build(doc):
        _cover(doc)
        doc.add("h1", section)
        doc.add("p", "Each agency looked at its own part with the reviewer; its learning is summarised here.")
        for agency, text in zip(agencies, SEEN):
            doc.add("h2", heading.format(agency))
            doc.add("bullet", text)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.agency, l.text) for l in lessons] == [
            *(("learning_point", "", agency, text) for agency, text in zip(agencies, SEEN)),
            *RECOMMENDED,
        ]


# --- a summary naming each lesson's title inside a sentence frame, then the body's titled lessons --------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lead_in,frame,body_kind,label",
    [
        (
            "In short, the review found that:",
            "Practice needs to improve in this area: {}.",
            "learning_point",
            "Learning",
        ),
        ("The review's learning, briefly:", "Agencies have more to do on this: {}.", "finding", "Finding"),
    ],
)
def test_a_summary_naming_each_title_in_a_frame_gives_lessons_of_the_bodys_kind(
    tmp_path, fmt, lead_in, frame, body_kind, label
):
    # the third title's words also appear in the frame and in its body text: still the summary's own lesson
    titles = ("Letters nobody read", "Bruises explained away", "Needs in this area")
    bodies = (
        SEEN[0],
        SEEN[1],
        "This area has more to do; practice has not changed since the last review here.",
    )

    def build(doc):
        _cover(doc)
        doc.add("h1", "Executive summary")
        doc.add("p", f"This review looked at the help given to Child W and the family. {lead_in}")
        for title in titles:
            doc.add("bullet", frame.format(title[0].lower() + title[1:]))
        doc.add("pagebreak")
        doc.add("h1", "What the review learned")
        for n, (title, text) in enumerate(zip(titles, bodies), 1):
            doc.add("h2", f"{label} {n}: {title}")
            doc.add("p", text)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *((body_kind, "", "", frame.format(title[0].lower() + title[1:])) for title in titles),
            *(
                (body_kind, f"{label} {n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(titles, bodies), 1)
            ),
            *RECOMMENDED,
        ]


# --- a bracketed pointer after a label or a title: no part of the label, title or text ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "pointer", ["(arising from Finding {n})", "(see findings {n} and 3)", "(linked to Learning point {n})"]
)
def test_a_pointer_after_a_recommendations_label_is_no_part_of_it(tmp_path, fmt, pointer):
    titles = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(zip(titles, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("runin", ask, label=f"Recommendation {n} {pointer.format(n=n)}:", bold_label=fmt != "txt")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons][3:] == [
            ("recommendation", f"Recommendation {n}", "", ask) for n, ask in enumerate(ASKS, 1)
        ]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("pointer", ["(see 4.{n})", "(see 4.{n} and 4.4)", "(see paragraph 4.{n})"])
def test_a_pointer_to_the_analysis_after_a_title_is_no_part_of_it(tmp_path, fmt, pointer):
    titles = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Summary of learning")
        for n, (title, text) in enumerate(zip(titles, SEEN), 1):
            doc.add("h2", f"L{n} {title} {pointer.format(n=n)}")
            doc.add("p", text)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            *(
                ("learning_point", f"L{n}", title, f"{title} {text}")
                for n, (title, text) in enumerate(zip(titles, SEEN), 1)
            ),
            *RECOMMENDED,
        ]


# --- a learning-by-agency grid: the ticks are no agency ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tick", ["✓", "✔"])
def test_the_ticks_of_a_learning_by_agency_grid_are_no_agency(tmp_path, fmt, tick):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning and the agencies it applies to")
        doc.add("p", f"A tick ({tick}) shows each agency the learning applies to.")
        doc.add("header", cells=("Learning", "Education", "Police", "Health"))
        for n, text in enumerate(SEEN):
            doc.add("row", cells=(text, tick, "" if n else tick, tick if n else ""))
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.agency, l.text) for l in lessons] == [
            *(("learning_point", "", text) for text in SEEN),
            *((k, agency, text) for k, _, agency, text in RECOMMENDED),
        ]


# --- a part's record of its own approval after its last lesson ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "assent",
    [
        "The addendum was agreed by the safeguarding partners in June 2024. The recommendations are unchanged.",
        "This report was endorsed by the Board on 3 May 2021.",
    ],
)
def test_a_parts_record_of_its_approval_is_no_part_of_its_last_finding(tmp_path, fmt, assent):
    titles = ("Letters nobody read", "Bruises explained away", "The grandmother nobody asked")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text) in enumerate(zip(titles, SEEN), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
        doc.add("p", assent)
        _recommendations(doc)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons][:3] == [
            ("finding", f"Finding {n}", title, f"{title} {text}")
            for n, (title, text) in enumerate(zip(titles, SEEN), 1)
        ]
