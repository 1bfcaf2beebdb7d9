"""Ingest tests: the lesson classes the first half of blind held-out set 19 (C493-C510) found the
extractor missing, each on a document the test lays out itself.

A film's transcript (timestamped paragraphs, "[ON SCREEN: Learning point N – title]" captions over the
reviewer's words, carried on over paragraphs with no speaker; other speakers and pause captions never
lessons); a briefing laid out as a grid of numbered panels ("5 – What we learned: ..."); a table whose
lesson column's header carries a date in brackets ("What the review found (May 2020)"); a heading
naming the single lesson a series prints ("This month's lesson"); a deck whose slides are headed by
the parts its lessons sit in (its title heading none, its agenda slide and the learning event no
lessons); a table quoting other reviews' recommendations with their status; what a paper asks its
meeting to decide ("The Committee is asked to: 1. note ..."); "The Board's response:" under a
recommendation; a learning log's rows that add no learning ("As LL-02: ...") and its hyphenated
references ("LL-01") as labels; minutes recording the lessons a panel agreed ("Learning point 1 was
agreed as drafted: “...”"); a scrutineer's view of the report itself ("Strengths of the report",
"Where the report could be stronger"); a briefing's longer title naming the child before "learning from the
review", in capitals too. Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers. The texts are written for these
tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, lessons_and_rule_lessons, numbered_recommendations, partnership_cover

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The optician noticed the girl could not see the board and wrote to the school, which filed the letter.",
    "The nursery saw bruises on two Mondays running and accepted that the toddler had fallen at soft play.",
    "Nobody asked the grandfather, who collected the children every day, what he saw at home.",
)
TITLES = ("Letters that went nowhere", "Mondays and soft play", "The grandfather nobody asked")
ASKS = (
    "The Partnership should publish a guide to sharing concerns about a child's eyesight with schools.",
    "Early years providers should record every injury a child arrives with, however it is explained.",
    "Schools should ask who collects each child and record it on the child's file.",
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
TABLE_FORMATS = ["pdf", "docx", "html"]


def _cover(doc) -> None:
    partnership_cover(doc, META, "Torbay Safeguarding Children Partnership", "Published February 2023")


def _both(tmp_path, fmt, build):
    return lessons_and_rule_lessons(tmp_path, fmt, build, META)


# --- a film's transcript ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("screen", ["ON SCREEN", "CAPTION"])
def test_a_transcript_reads_each_captioned_lesson_from_the_words_spoken_after_it(tmp_path, fmt, screen):
    first, more = SEEN[0].split(", which ")

    def build(doc):
        doc.add("title", "Learning from the review about Child W: film transcript")
        doc.add("p", "Torbay Safeguarding Children Partnership | Published: 3 February 2023")
        doc.add("p", "Speakers: Hester Pennington, who wrote the review; Sam Okafor, school nurse; the narrator.")
        doc.add("h1", "Transcript")
        doc.add("p", "[00:00:00] [Music]")
        doc.add("p", "[00:00:04] NARRATOR: This film shares what the review about Child W learned.")
        doc.add("p", f"[00:00:31] [{screen}: Learning point 1 – {TITLES[0]}]")
        doc.add("p", f"[00:00:35] HESTER PENNINGTON: {first}.")
        doc.add("p", f"[00:00:58] Which {more}")
        doc.add("p", "[00:01:20] SAM OKAFOR: Hearing that made me think about the letters we send ourselves.")
        doc.add("p", f"[00:01:41] [{screen}: Pause the film here and talk about it: who reads your letters?]")
        doc.add("p", f"[00:02:30] [{screen}: Learning point 2 – {TITLES[1]}]")
        doc.add("p", f"[00:02:34] HESTER PENNINGTON: {SEEN[1]}")
        doc.add("p", "[00:03:02] SAM OKAFOR: We all know how busy a Monday morning is at the door.")
        doc.add("p", f"[00:03:30] [{screen}: Recommendation 1]")
        doc.add("p", f"[00:03:33] NARRATOR: {ASKS[0]}")
        doc.add("p", "[00:03:55] NARRATOR: The full report is on the partnership's website. Thank you for watching.")
        doc.add("p", "[00:04:02] [Music] [END]")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.agency, l.text) for l in lessons] == [
            ("learning_point", "Learning point 1", TITLES[0], "", f"{TITLES[0]} {first}. Which {more}"),
            ("learning_point", "Learning point 2", TITLES[1], "", f"{TITLES[1]} {SEEN[1]}"),
            ("recommendation", "Recommendation 1", "", "", ASKS[0]),
        ]


# --- a grid of numbered panels ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_grid_of_numbered_panels_is_read_panel_by_panel(tmp_path, fmt, dash):
    def build(doc):
        doc.add(
            "header",
            cells=(
                f"1 {dash} Background: Child W was nine.",
                f"2 {dash} Why it matters: It recurs.",
                f"3 {dash} What happened: The school filed a letter.",
            ),
        )
        doc.add(
            "row",
            cells=(
                f"4 {dash} What went well: {SEEN[2]}",
                "7-minute briefing: Child W",
                f"5 {dash} What we learned: {SEEN[0]}",
            ),
        )
        doc.add(
            "row",
            cells=(
                f"6 {dash} What needs to change: {ASKS[0]}",
                f"7 {dash} Questions: What would you do with the letter?",
                "Torbay Safeguarding Children Partnership | Published February 2023",
            ),
        )

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            ("good_practice", "", "", SEEN[2]),
            ("learning_point", "", "", SEEN[0]),
            ("recommendation", "", "", ASKS[0]),
        ]


# --- a lesson column's header dated in brackets -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize("header", ["What the review found (May 2020)", "Findings (2020)"])
def test_a_lesson_column_dated_in_brackets_still_names_the_lessons(tmp_path, fmt, header):
    def build(doc):
        _cover(doc)
        doc.add("h1", "One year on")
        doc.add("header", cells=(header, "What is different now"))
        for text in SEEN[:2]:
            doc.add("row", cells=(text, "New guidance has been issued and briefed to every team."))
        numbered_recommendations(doc, ASKS[:1])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("finding", "", text) for text in SEEN[:2]),
            ("recommendation", "1", ASKS[0]),
        ]


# --- the single lesson a series prints ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("heading", ["This month's lesson", "This week's lesson"])
def test_the_heading_over_a_series_single_lesson_opens_the_learning(tmp_path, fmt, heading):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Lesson of the month: February 2023")
        doc.add("h1", heading)
        doc.add("h2", TITLES[0])
        doc.add("p", SEEN[0])
        doc.add("p", SEEN[2])
        doc.add("h1", "Where this lesson comes from")
        doc.add("p", "This lesson comes from the review about Child W, published in November 2022.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            ("learning_point", "", TITLES[0], f"{TITLES[0]} {SEEN[0]} {SEEN[2]}"),
        ]


# --- a deck headed by its parts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("agenda", ["Today's session", "Session outline"])
def test_a_deck_whose_slides_name_the_parts_of_its_lessons_gives_its_title_none(tmp_path, fmt, agenda):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Child W: learning from the review")
        doc.add("h2", "Multi-agency learning event")
        doc.add("pagebreak")
        doc.add("h1", agenda)
        doc.add("bullet", "About Child W")
        doc.add("bullet", "What the review found")
        doc.add("bullet", "What will change")
        doc.add("p", "Slide 2")
        doc.add("pagebreak")
        doc.add("h1", "About Child W")
        doc.add("p", "Child W was nine and lived with her mother and grandfather.")
        doc.add("p", "Slide 3")
        doc.add("pagebreak")
        doc.add("h1", "What the review found")
        doc.add("bullet", SEEN[0])
        doc.add("bullet", SEEN[1])
        doc.add("p", "Slide 4")
        doc.add("pagebreak")
        doc.add("h1", "What will change")
        doc.add("bullet", ASKS[0])
        doc.add("p", "Slide 5")
        doc.add("pagebreak")
        doc.add("h1", "Thank you – any questions?")
        doc.add("p", "The full report is on the partnership's website.")
        doc.add("p", "Slide 6")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.title, l.text) for l in lessons] == [
            *(("finding", "", text) for text in SEEN[:2]),
            ("recommendation", "", ASKS[0]),
        ]


# --- other reviews' recommendations quoted ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize("status", ["Status on the tracker", "Progress"])
def test_a_table_quoting_other_reviews_recommendations_holds_no_lessons(tmp_path, fmt, status):
    def build(doc):
        _cover(doc)
        doc.add("h1", "What the reviews recommended")
        doc.add("header", cells=("Review", "Recommendation", status))
        doc.add("row", cells=("SCR: Child K (2016)", ASKS[1], "Closed"))
        doc.add("row", cells=("LCSPR: Child P (2019)", ASKS[2], "Open"))
        doc.add("h1", "Findings")
        doc.add("h2", f"Finding 1: {TITLES[0]}")
        doc.add("p", SEEN[0])
        numbered_recommendations(doc, ASKS[:1])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.title, l.text) for l in lessons] == [
            ("finding", "Finding 1", TITLES[0], f"{TITLES[0]} {SEEN[0]}"),
            ("recommendation", "1", "", ASKS[0]),
        ]


# --- what a paper asks its meeting to decide ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("lead_in", "marks"),
    [
        ("The Committee is asked to:", ("1.", "2.", "3.")),
        ("At the meeting I shall ask the Board to:", ("(a)", "(b)", "(c)")),
    ],
)
def test_what_a_paper_asks_its_meeting_to_decide_is_no_lesson(tmp_path, fmt, lead_in, marks):
    decisions = ("note the findings of the review;", "approve the action plan;", "receive a report in six months.")

    def build(doc):
        _cover(doc)
        doc.add("h1", "Assessment")
        doc.add("p", "The review found that:")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("p", "The review made the following recommendations:")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("p", f"{n}. {ask}")
        doc.add("h1", "Next steps")
        doc.add("p", lead_in)
        for mark, text in zip(marks, decisions, strict=True):
            doc.add("p", f"{mark} {text}")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            *(("finding", "", text) for text in SEEN[:2]),
            *(("recommendation", str(n), ask) for n, ask in enumerate(ASKS[:2], 1)),
        ]


# --- a partners' response under each recommendation -------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who", ["The Board's response", "The partners' response", "The Committee's response"])
def test_a_response_under_a_recommendation_is_no_part_of_it(tmp_path, fmt, who):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations accepted")
        for n, ask in enumerate(ASKS[:2], 1):
            doc.add("h2", f"Recommendation {n}")
            doc.add("p", ask)
            doc.add("p", f"{who}: Accepted. An action plan has been agreed and progress will be reported.")

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("recommendation", f"Recommendation {n}", ask) for n, ask in enumerate(ASKS[:2], 1)
        ]


# --- a learning log -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
@pytest.mark.parametrize("none", ["No new learning: practice followed procedures.", "No further learning was found."])
def test_a_learning_logs_rows_adding_no_learning_are_none(tmp_path, fmt, none):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", "Torbay Safeguarding Children Partnership: learning log 2022-23")
        doc.add("p", "Data as at 31 March 2023 | This version: 3 May 2023")
        doc.add("header", cells=("Ref", "Logged", "Source", "Learning", "Action taken", "Status"))
        doc.add("row", cells=("LL-01", "May 2022", "Rapid review: Child K", SEEN[0], "Briefing issued.", "Open"))
        doc.add("row", cells=("LL-02", "July 2022", "SCR: Child M", SEEN[1], "Training updated.", "Closed"))
        repeated = "As LL-02: the same learning was found again."
        doc.add("row", cells=("LL-03", "October 2022", "Rapid review: Child P", repeated, "Added to LL-02.", "Closed"))
        doc.add("row", cells=("LL-04", "January 2023", "SCR: Child S", none, "None.", "Closed"))

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("learning_point", "LL-01", SEEN[0]),
            ("learning_point", "LL-02", SEEN[1]),
        ]


# --- minutes recording the lessons agreed -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("verb", ["agreed", "approved"])
def test_minutes_give_the_wording_each_lesson_was_agreed_in(tmp_path, fmt, verb):
    def build(doc):
        _cover(doc)
        doc.add("h1", "3. Draft learning points")
        doc.add("p", "3.1 The lead reviewer presented the draft learning points circulated with the papers.")
        doc.add("p", f"3.2 Learning point 1 was {verb} as drafted: \u201c{SEEN[0]}\u201d")
        doc.add(
            "p",
            f"3.3 Learning point 2 was {verb} with an amendment. The draft read only \u201cMondays at the door\u201d. "
            f"The panel asked for more, and {verb}: \u201c{SEEN[1]}\u201d",
        )
        doc.add(
            "p", f"3.4 The panel did not agree draft learning point 3: \u201c{SEEN[2]}\u201d Members found no evidence."
        )
        numbered_recommendations(doc, ASKS[:1])

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("learning_point", "Learning point 1", SEEN[0]),
            ("learning_point", "Learning point 2", SEEN[1]),
            ("recommendation", "1", ASKS[0]),
        ]


# --- a scrutineer's view of the report itself -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "strengths,gaps",
    [
        ("Strengths of the report", "Where the report could be stronger"),
        ("Strengths of the review", "Where the analysis could go further"),
    ],
)
def test_a_scrutineers_comments_on_the_report_are_no_lessons(tmp_path, fmt, strengths, gaps):
    def build(doc):
        _cover(doc)
        doc.add("h1", strengths)
        doc.add("p", "The report keeps the child at its centre and its chronology is clear and well sourced.")
        doc.add("h1", gaps)
        doc.add("p", "The report says little about the father's view, which the panel did not seek.")
        doc.add("h1", "Findings")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("h2", f"Finding {n}")
            doc.add("p", text)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.label, l.text) for l in lessons] == [
            ("finding", f"Finding {n}", text) for n, text in enumerate(SEEN[:2], 1)
        ]


# --- a briefing's longer title naming the child -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title",
    ["Through Child W's eyes: learning from the review", "A year in the life of Child W: lessons from the review"],
)
def test_a_longer_title_naming_the_child_before_learning_from_the_review_opens_no_learning(tmp_path, fmt, title):
    def build(doc):
        doc.add("cover", "Torbay Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("p", "Child W was seven when the family moved to Torbay and the school first raised a concern.")
        doc.add("h1", "What we learned")
        for text in SEEN:
            doc.add("bullet", text)

    for lessons in _both(tmp_path, fmt, build):
        assert [(l.kind, l.text) for l in lessons] == [("learning_point", text) for text in SEEN]
