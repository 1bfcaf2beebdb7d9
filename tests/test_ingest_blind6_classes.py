"""Ingest tests: the classes blind held-out set 6 (C133-C150) found the extractor missing, each on
a document the test lays out itself.

Findings named for the chance agencies missed ("Missed opportunity N (date): title"), sections named
only "Lessons", systems findings in captioned boxes with their type and evidence, chronologies whose
Learning column is filled on some rows, bullets after "The review found that:", agency codes keyed
in a table, scans' bullets and plain-words headings, briefings printed as slides, Signs of Safety
tables, agency columns beside good practice, leads named before their asks, lines linking a lesson
to priorities, and the review type, child and authors a cover or introduction gives. Documents are written
by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through
the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import COLUMN_WIDTHS
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Three columns of equal width, as a framework's summary table prints them.
COLUMN_WIDTHS.setdefault("t6thirds", ((1 / 3, 1 / 3, 1 / 3), False))

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The childminder noticed the toddler flinch at bath time but had no one to tell who would listen.",
    "The step-grandfather had a caution for assault that the nursery only learned of from the newspaper.",
    "Three different duty workers answered the aunt's calls and none of them read the previous contact.",
)
TITLES = ("A childminder with no route in", "A caution nobody passed on", "Calls answered one at a time")
ASKS = (
    "The Partnership should give registered childminders a direct line to the front door for advice.",
    "The police should tell early years settings of cautions held by adults living with a child.",
    "Children's social care should make duty workers read the last three contacts before any reply.",
)
META6 = {
    "title": "Child Safeguarding Practice Review: Child K",
    "area": "Stockport",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child K",
    "child_age": "",
    "author": "Rosalind Achebe",
}


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META6)[0])


# --- findings named for a missed opportunity, dated in brackets ------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("date", ["(June 2017)", "(14.2.2018)", ""])
def test_a_missed_opportunity_heading_is_a_labelled_finding_and_its_date_is_no_part_of_it(tmp_path, fmt, date):
    def build(doc):
        cover(doc)
        doc.add("h1", "Where agencies missed opportunities")
        doc.add("p", "The opportunities are given in the order the events took place.")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", f"Missed opportunity {n} {date}: {title}".replace("  ", " "))
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", "Missed opportunity 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("finding", "Missed opportunity 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
        ("recommendation", review.lessons[2].label, "", ASKS[0]),
    ]
    assert review.published == "2022-05"  # the bracketed event date is never the publication


# --- a section named only for its lessons ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("heading", ["5. Lessons", "5. Lessons identified", "Key lessons", "Lessons arising"])
def test_numbered_paragraphs_under_a_lessons_heading_are_learning_points(tmp_path, fmt, heading):
    def build(doc):
        cover(doc)
        doc.add("h1", "4. Background")
        doc.add("p", "The family had lived in the borough for two years when the events took place.")
        doc.add("h1", heading)
        for n, text in enumerate(SEEN, 1):
            doc.add("num", text, label=f"5.{n}")
        doc.add("h1", "6. Recommendations")
        doc.add("num", ASKS[1], label="6.1")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("learning_point", text) for text in SEEN),
        ("recommendation", ASKS[1]),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_lesson_headings_with_a_dash_under_a_lessons_section_are_learning_points(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "3. Lessons")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Lesson {n} \u2013 {title}")
            doc.add("p", text)
        doc.add("h1", "4. Recommendations")
        doc.add("num", ASKS[2], label="4.1")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title") == [
        *(("learning_point", f"Lesson {n}", title) for n, title in enumerate(TITLES, 1)),
        ("recommendation", review.lessons[3].label, ""),
    ]


# --- a systems finding: heading, the finding in a captioned box, its type and evidence ---------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("caption", ["The finding", "Finding"])
def test_a_systems_finding_is_its_box_and_never_its_type_or_evidence(tmp_path, fmt, caption):
    evidence = (
        ("How did the pattern show in this case?", "The toddler was seen by four workers in the spring months."),
        ("How widespread is the pattern?", "An audit of forty cases in the borough found the same gap."),
        ("What is known about this issue more widely?", "National studies have described it for a decade."),
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        doc.add("p", "Each finding is set out in a box under its heading, with the evidence for it after.")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("box", text, label=caption)
            doc.add("small", "Type of finding: Professional norms and culture")
            for question, answer in evidence:
                doc.add("h3", question)
                doc.add("p", answer)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title", "text") == [
        ("finding", "Finding 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
        ("finding", "Finding 2", TITLES[1], f"{TITLES[1]} {SEEN[1]}"),
        ("recommendation", review.lessons[2].label, "", ASKS[0]),
    ]


# --- a chronology table whose Learning column is filled on some rows only ---------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    ("header", "dates"),
    [
        (("Date", "Event", "Learning"), ("March 2019", "July 2019", "November 2019", "February 2020")),
        (("When", "What happened", "What we learned"), ("04/03/2019", "18/07/2019", "02/11/2019", "27/02/2020")),
    ],
)
def test_a_chronologys_learning_cells_are_lessons_and_its_dated_events_are_not(tmp_path, fmt, header, dates):
    events = (
        "The childminder rang the front door after the toddler arrived with a bruised ear and was given advice only.",
        "The nursery held its termly review and recorded that the toddler was settled and eating well at lunch.",
        "A neighbour called the police about shouting late at night; officers spoke to the mother at the door.",
        "The health visitor saw the family at the clinic for the two-year check and found the toddler well grown.",
    )
    learning = {0: SEEN[0], 2: SEEN[1]}

    def build(doc):
        cover(doc)
        doc.add("h1", "Background")
        doc.add("p", "The toddler lived with his mother and her partner in a rented flat on the estate.")
        doc.add("h1", "Key episodes and learning")
        doc.add("p", "The events are set out in date order, with the learning the review drew from some of them.")
        doc.add("header", cells=header, label="chron")
        for n, (date, event) in enumerate(zip(dates, events)):
            doc.add("row", cells=(date, event, learning.get(n, "")), label="chron")
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[2], label="1.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text") == [
        ("learning_point", "", SEEN[0]),
        ("learning_point", "", SEEN[1]),
        ("recommendation", "", ASKS[2]),
    ]


# --- bullets introduced by a sentence saying what the review found -----------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("found", ["The review found that:", "The Panel concluded the following:", "We found:"])
def test_bullets_after_a_sentence_saying_what_the_review_found_are_findings(tmp_path, fmt, found):
    def build(doc):
        cover(doc)
        doc.add("h1", "Summary")
        doc.add("p", "The Panel read the local reviews of eleven children and spoke with their practitioners.")
        doc.add("p", found)
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("p", "The review makes two recommendations to local safeguarding partners:")
        for text in ASKS[:2]:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        ("finding", SEEN[0]),
        ("finding", SEEN[1]),
        ("recommendation", ASKS[0]),
        ("recommendation", ASKS[1]),
    ]


# --- single-agency recommendations labelled by the codes a key table gives -------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("header", [("Code", "Agency"), ("Abbreviation", "Organisation")])
def test_a_recommendation_labelled_by_an_agency_code_is_that_agencys_and_the_key_is_no_lesson(tmp_path, fmt, header):
    key = (("NHS", "Hospital Trust"), ("YOS", "Youth Offending Service"))
    asks = (
        "NHS1 Emergency department staff should ask every adult with an injury who cares for a child at home.",
        "YOS1 Case managers should check who a young person lives with at every change of address.",
        "YOS2 The service should share its risk plans with the school that the young person attends.",
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("num", ASKS[0], label="1.")
        doc.add("h1", "Appendix B: Recommendations from the agencies")
        doc.add("p", "Each agency made recommendations for its own practice. They are numbered by the agency's code.")
        doc.add("h2", "Agency codes")
        doc.add("header", cells=header, label="key")
        for row in key:
            doc.add("row", cells=row, label="key")
        doc.add("h2", "Agency recommendations")
        for text in asks:
            doc.add("p", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "agency", "text") == [
        ("recommendation", review.lessons[0].label, "", ASKS[0]),
        ("recommendation", "NHS1", "Hospital Trust", asks[0][5:]),
        ("recommendation", "YOS1", "Youth Offending Service", asks[1][5:]),
        ("recommendation", "YOS2", "Youth Offending Service", asks[2][5:]),
    ]


# --- a scan: the plain-words heading over its bullets, the bullets read as another glyph ------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("heading", ["What the partnership will do", "What we will do next", "What will change"])
@pytest.mark.parametrize("glyph", ["¢", "«"])
def test_asks_under_a_plain_line_saying_what_will_be_done_are_recommendations(tmp_path, fmt, heading, glyph):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("h2", TITLES[0])
        doc.add("p", SEEN[0])
        doc.add("p", heading)  # OCR lost its weight: a line of body type
        for text in ASKS[:2]:
            doc.add("p", f"{glyph} {text}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        ("learning_point", f"{TITLES[0]} {SEEN[0]}"),
        ("recommendation", ASKS[0]),
        ("recommendation", ASKS[1]),
    ]


# --- metadata: the review type from a one-page summary's title or the statutory basis; joint authors -----


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    ("title", "basis", "review_type", "child"),
    [
        ("Learning from the life of Maisie", "section 16F of the Children Act 2004", "LCSPR", "Maisie"),
        (
            "Learning from the experiences of Child T",
            "regulation 5 of the Local Safeguarding Children Boards Regulations 2006",
            "SCR",
            "Child T",
        ),
        ("Review on a page: Child T", "section 16F of the Children Act 2004", "briefing", "Child T"),
    ],
)
def test_the_review_type_is_read_from_a_one_page_title_or_the_statutory_basis_cited(
    tmp_path, fmt, title, basis, review_type, child
):
    meta = dict(META6, title=title, review_type=review_type, child=child)

    def build(doc):
        doc.add("cover", "Stockport Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Lead reviewers: Rosalind Achebe and Tom Okafor")
        doc.add("cover", "Date of publication: 9 May 2022")
        doc.add("pagebreak")
        doc.add("h1", "1. Introduction")
        doc.add("p", f"This review was carried out under {basis}, after the child was seriously harmed.")
        doc.add("h1", "2. Learning")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("num", text, label=f"2.{n}")

    review = _review(tmp_path, fmt, build, meta)
    assert (review.title.lower(), review.review_type, review.child, review.author) == (
        title.lower(),  # a plain-text cover in capitals is read back in title case
        review_type,
        child,
        "Rosalind Achebe and Tom Okafor",
    )
    assert review.published.startswith("2022-05")
    assert [l.text for l in review.lessons] == list(SEEN[:2])  # the cover's lines are never lessons


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_what_a_summary_says_the_review_found_is_the_bodys_learning_once(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Executive summary")
        doc.add("p", "The review found that:")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("h1", "Learning")
        for n, (title, text) in enumerate(zip(TITLES[:2], SEEN[:2]), 1):
            doc.add("h2", f"Learning {n}: {title}")
            doc.add("p", text)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label") == [("learning_point", "Learning 1"), ("learning_point", "Learning 2")]


# --- a briefing printed as slides: an agenda, labelled slides of bullets, questions for the team ---------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    ("agenda", "word"),
    [("What we will cover", "Lesson"), ("Agenda", "Learning point"), ("What this session covers", "Key learning")],
)
def test_a_slide_deck_gives_one_lesson_a_labelled_slide_and_none_from_its_agenda(tmp_path, fmt, agenda, word):
    meta = dict(META6, title="Maisie: learning from the review", review_type="briefing", child="Maisie")
    bullets = {
        0: ("The childminder noticed the toddler flinch at bath time.", "She had no one to tell who would listen."),
        1: ("The step-grandfather had a caution for assault.", "The nursery only learned of it from the newspaper."),
    }

    def build(doc):
        doc.add("cover", "Stockport Safeguarding Children Partnership")
        doc.add("title", meta["title"])
        doc.add("cover", "Briefing for practitioners | May 2022")
        doc.add("pagebreak")
        doc.add("h1", agenda)
        for line in ("About the review", "What we learned", "What will change", "Questions for your team"):
            doc.add("bullet", line)
        doc.add("pagebreak")
        doc.add("h1", "About the review")
        doc.add("bullet", "Lead reviewer: Rosalind Achebe")
        doc.add("bullet", "Published: May 2022")
        for n, title in enumerate(TITLES[:2]):
            doc.add("pagebreak")
            doc.add("h2", f"{word} {n + 1}: {title}")
            for line in bullets[n]:
                doc.add("bullet", line)
        doc.add("pagebreak")
        doc.add("h1", "What will change")
        doc.add("bullet", ASKS[0])
        doc.add("h1", "Questions for your team")
        doc.add("bullet", "Which of these applies to a family you know?")

    review = _review(tmp_path, fmt, build, meta)
    assert _rows(review, "kind", "label", "title", "text") == [
        *(
            ("learning_point", f"{word} {n + 1}", title, " ".join((title, *bullets[n])))
            for n, title in enumerate(TITLES[:2])
        ),
        ("recommendation", "", "", ASKS[0]),
    ]
    assert (review.child, review.review_type) == ("Maisie", "briefing")


# --- a Signs of Safety summary: each row a finding, good practice and a recommendation -------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "header",
    [
        ("What are we worried about?", "What is working well?", "What needs to happen?"),
        ("What we are worried about", "What's working well", "What needs to happen next"),
    ],
)
def test_a_signs_of_safety_rows_give_a_finding_good_practice_and_a_recommendation_each(tmp_path, fmt, header):
    well = (
        "The nursery manager phoned the duty team the same morning and followed it up in writing.",
        "The health visitor kept seeing the toddler at home through the winter despite cancelled visits.",
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "Summary of learning")
        doc.add("p", "The learning is set out in the partnership's practice framework below.")
        doc.add("header", cells=header, label="t6thirds")
        for n in range(2):
            doc.add("row", cells=(SEEN[n], well[n], ASKS[n]), label="t6thirds")
        doc.add("h1", "Scaling")
        doc.add("p", "Asked how confident they were that the learning is in place, partners placed themselves at 5.")

    review = _review(tmp_path, fmt, build)
    assert sorted(_rows(review, "kind", "text")) == sorted(
        [("finding", SEEN[n]) for n in range(2)]
        + [("good_practice", well[n]) for n in range(2)]
        + [("recommendation", ASKS[n]) for n in range(2)]
    )


# --- who did the good practice, and who leads a recommendation named before its ask ----------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_an_agency_column_beside_good_practice_is_neither_title_nor_lead_but_a_lead_column_is(tmp_path, fmt):
    well = (
        "The nursery manager phoned the duty team the same morning and followed it up in writing.",
        "The ward sister refused to discharge the toddler until a social worker had seen the home.",
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "Good practice")
        doc.add("header", cells=("Agency", "Good practice identified"))
        for who, text in zip(("Early years", "Acute trust"), well):
            doc.add("row", cells=(who, text))
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead agency"))
        doc.add("row", cells=("1", ASKS[1], "Police"))

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "agency", "text") == [
        ("good_practice", "", "", well[0]),
        ("good_practice", "", "", well[1]),
        ("recommendation", "", "Police", ASKS[1]),
    ]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_lead_agency_named_before_a_numbered_ask_is_its_lead_and_no_part_of_its_text(tmp_path, fmt):
    leads = ("Early years service", "Police", "All partner agencies")

    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for n, (who, ask) in enumerate(zip(leads, ASKS), 1):
            doc.add("num", f"{who}: {ask}", label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "agency", "text") == [("recommendation", who, ask) for who, ask in zip(leads, ASKS)]


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_topic_learning_from_case_reviews_names_no_child(tmp_path, fmt):
    meta = dict(META6, title="Neglect: learning from case reviews", review_type="briefing", child="")

    def build(doc):
        doc.add("title", meta["title"])
        doc.add("cover", "Published: May 2022")
        doc.add("h1", "Learning for improved practice")
        doc.add("h2", TITLES[0])
        doc.add("p", SEEN[0])

    review = _review(tmp_path, fmt, build, meta)
    assert (review.child, review.review_type) == ("", "briefing")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
@pytest.mark.parametrize(
    "links", ["Links to: Priority 3 – Early help | Procedure: Escalation policy", "Related procedures: Neglect toolkit"]
)
def test_a_line_linking_a_lesson_to_priorities_or_procedures_is_no_part_of_it(tmp_path, fmt, links):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for title, text in zip(TITLES[:2], SEEN[:2]):
            doc.add("h2", title)
            doc.add("p", text)
            doc.add("small", links)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "title", "text") == [(title, f"{title} {text}") for title, text in zip(TITLES[:2], SEEN[:2])]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_rows_lead_column_stays_its_recommendations_lead_beside_the_learning(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning and recommendations")
        doc.add("header", cells=("Theme", "What we learned", "What needs to happen", "Lead partner"))
        for n in range(2):
            doc.add("row", cells=(TITLES[n], SEEN[n], ASKS[n], ("Early years service", "Police")[n]))

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "agency") == [
        ("learning_point", "Early years service"),  # the row's lead, as the earlier tables' tests record
        ("recommendation", "Early years service"),
        ("learning_point", "Police"),
        ("recommendation", "Police"),
    ]
