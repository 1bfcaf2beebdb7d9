"""Ingest tests: the classes blind held-out set 9 (C187-C204) found the extractor missing, each on
a document the test lays out itself.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from ingest.blocks import build_blocks
from ingest.layout import PageLayout, TextLine
from ingest.lessons import segment_lessons
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _cover as cover
from test_ingest_conventions import _rows
from test_ingest_conventions import _write as write_document

# Lessons written for these tests (not the corpus's words).
SEEN = (
    "The childminder saw the marks on the toddler's arm and wrote them down but told no one outside the setting.",
    "The housing officer knew the flat had no working heating and did not think of it as a safeguarding matter.",
    "Nobody asked the grandmother, who collected the children every day, what she saw at home.",
)
TITLES = ("Marks written down but not shared", "Cold homes as neglect", "The grandmother's view")
ASKS = (
    "The Partnership should publish a short guide for childminders on when and how to share concerns.",
    "The housing service should add a safeguarding question to its repairs triage and train its officers to use it.",
)
META9 = {
    "title": "Local Child Safeguarding Practice Review: Child P",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child P",
    "child_age": "",
    "author": "Rowan Pettigrew",
}
FORMATS = ["pdf", "docx", "html", "txt"]


def _review(tmp_path, fmt, build, meta=None):
    return extract_review(write_document(tmp_path, fmt, build, meta or META9)[0])


# --- a section named for the lessons "of the rapid review": a section, never the report's title -------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "learning,kind,asks",
    [
        ("2. Learning identified at the rapid review", "learning_point", "3. Recommendations of the rapid review"),
        (
            "2. Learning identified in this local review",
            "learning_point",
            "3. Recommendations made by the practice review",
        ),
        ("Learning identified by the rapid review", "learning_point", "Recommendations of the rapid review"),
    ],
)
def test_sections_named_for_the_lessons_of_the_review_hold_them(tmp_path, fmt, learning, kind, asks):
    def build(doc):
        cover(doc)
        doc.add("h1", "1. What happened")
        doc.add("p", "The toddler was taken to the emergency department by ambulance in the early hours.")
        doc.add("h1", learning)
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("p", f"2.{n} {text}")
        doc.add("h1", asks)
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"3.{n} {ask}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *((kind, text) for text in SEEN[:2]),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- a first-name child named only in a "... Report: Name" title ------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title", ["Rapid Review Report: Mabel", "Overview Report: Mabel", "Learning Review Report – Mabel"]
)
def test_a_child_named_after_a_report_title_is_the_child(tmp_path, fmt, title):
    meta = {**META9, "title": title, "child": "Mabel"}

    def build(doc):
        cover(doc)
        doc.add("h1", "Background")
        doc.add("p", "Mabel was 7 years old and lived with her mother and two brothers.")
        doc.add("h1", "Learning")
        for text in SEEN[:2]:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build, meta)
    assert (review.child, review.child_age) == ("Mabel", "7 years")


# --- an appendix's name printed as a plain line after the recommendations -------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("appendix", ["Appendix A: Terms of reference", "Annex 2 - Organisations that took part"])
def test_an_appendix_named_on_a_plain_line_closes_the_recommendations(tmp_path, fmt, appendix):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")
        doc.add("p", appendix)
        for name in ("Children's social care", "Housing services", "Early years settings"):
            doc.add("bullet", name)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("recommendation", ask) for ask in ASKS]


# --- the reviewer's commentary run in after a labelled finding's statement -------------------------


COMMENTS = (
    "The setting's records show three entries about marks over two months, each signed by the same worker.",
    "Officers visited the flat twice in the winter and logged the repairs as routine.",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cue", ["Commentary:", "Reviewer's comments:", "Evidence from this case:"])
def test_commentary_run_in_after_a_finding_is_no_part_of_it(tmp_path, fmt, cue):
    def build(doc):
        cover(doc)
        doc.add("h1", "Findings")
        for n, (title, text, comment) in enumerate(zip(TITLES, SEEN, COMMENTS), 1):
            doc.add("h2", f"Finding {n}: {title}")
            doc.add("p", text)
            doc.add("runin", comment, label=cue, bold_label=fmt != "txt")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "title") == [
        ("finding", "Finding 1", TITLES[0]),
        ("finding", "Finding 2", TITLES[1]),
        ("recommendation", "1", ""),
        ("recommendation", "2", ""),
    ]
    for lesson, text in zip(review.lessons, SEEN[:2]):
        assert text in lesson.text
    assert not any(comment[:30] in l.text for l in review.lessons for comment in COMMENTS)


# --- boxes quoting practitioners' or the family's own words among the learning --------------------


VOICES = (
    "“Everyone thought someone else had made the call.”",
    "“We were told the heating was a landlord issue, not ours.”",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("caption", ["Practitioner voice", "In their own words", "What the family told us"])
def test_a_box_of_quoted_voices_is_never_a_lesson(tmp_path, fmt, caption):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning from this review")
        for title, text, voice in zip(TITLES, SEEN, VOICES):
            doc.add("h2", title)
            doc.add("p", text)
            doc.add("box", voice, label=caption)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title") == [
        ("learning_point", TITLES[0]),
        ("learning_point", TITLES[1]),
        ("recommendation", ""),
        ("recommendation", ""),
    ]
    assert not any("landlord" in l.text or "made the call" in l.text for l in review.lessons)


# --- a finding headed "5.2 title" whose paragraphs "5.2.1", "5.2.2" are all the finding --------------


PARTS = (
    ("The childminder saw the marks on the toddler's arm.", "She wrote them down but told no one outside the setting."),
    ("The housing officer knew the flat had no working heating.", "He did not think of it as a safeguarding matter."),
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_paragraphs_numbered_to_three_levels_are_their_finding(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "5. Findings")
        doc.add("num", "The findings are set out below, each with the paragraphs that support it.", label="5.1")
        for n, (title, parts) in enumerate(zip(TITLES, PARTS), 2):
            doc.add("h2", f"5.{n} {title}")
            for k, part in enumerate(parts, 1):
                doc.add("num", part, label=f"5.{n}.{k}")
        doc.add("h1", "6. Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"6.{n}")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title") == [
        ("finding", TITLES[0]),
        ("finding", TITLES[1]),
        ("recommendation", ""),
        ("recommendation", ""),
    ]
    for lesson, parts in zip(review.lessons, PARTS):
        assert all(part in lesson.text for part in parts)


# --- a sentence on how each item is printed or whom it is for, before the items ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "note",
    [
        "Each item of learning ends with its code in brackets, which the action plan uses.",
        "Each recommendation is addressed to the partner that should lead on it.",
        "Each point begins with the agency it concerns most.",
    ],
)
def test_a_note_on_how_each_item_is_printed_is_never_a_lesson(tmp_path, fmt, note):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        doc.add("p", note)
        for text in SEEN[:2]:
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        doc.add("p", note.replace("item of learning", "recommendation"))
        for ask in ASKS:
            doc.add("p", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("learning_point", text) for text in SEEN[:2]),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- "Recommendation N – for the <agency>": the one it is addressed to leads it --------------------


LEADS = ("Safeguarding Partnership", "Housing service")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("joint", [" – for the ", ": for ", " - to the "])
def test_a_recommendation_heading_naming_its_addressee_gives_the_lead(tmp_path, fmt, joint):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1):
            doc.add("h2", f"Recommendation {n}{joint}{lead}")
            doc.add("p", ask)

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "agency", "text") == [
        ("recommendation", f"Recommendation {n}", lead, ask) for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1)
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_recommendation_heading_saying_what_it_is_for_names_no_lead(tmp_path, fmt):
    def build(doc):
        cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("h2", "Recommendation 1: To improve the health response to repeat concerns")
        doc.add("p", ASKS[0])

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "label", "agency", "title") == [
        ("Recommendation 1", "", "To improve the health response to repeat concerns")
    ]


# --- a review team table naming the chair first, then the lead reviewer who wrote it --------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chair", ["Independent chair of the review panel", "Chair of the review panel"])
def test_the_lead_reviewer_in_a_review_team_table_is_the_author(tmp_path, fmt, chair):
    def build(doc):
        doc.add("cover", "Halton Safeguarding Children Partnership")
        doc.add("title", META9["title"])
        doc.add("cover", "Published: May 2022")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "The partners agreed that the circumstances met the criteria for a local review.")
        doc.add("h2", "Who carried out the review")
        doc.add("header", cells=("Role", "Name"), label="b9team")
        for role, name in (
            (chair, "Cressida Marlow"),
            ("Lead reviewer", META9["author"]),
            ("Business manager", "Tobias Quill"),
        ):
            doc.add("row", cells=(role, name), label="b9team")
        doc.add("h1", "Learning")
        for text in SEEN[:2]:
            doc.add("bullet", text)

    review = _review(tmp_path, fmt, build)
    assert review.author == META9["author"]


# --- a numbered item carried over a page break of a scan, its rest set in the item's text column ----


def _ocr_page(number: int, lines: list[tuple[float, str]]) -> PageLayout:
    # one size for every line, as OCR measures a scan
    return PageLayout(
        number,
        tuple(
            TextLine(text=t, size=12.5, x0=x, x1=x + 5.5 * len(t[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x, t) in enumerate(lines)
        ),
        595.0,
        842.0,
        ocr=True,
    )


@pytest.mark.parametrize("rest_x", [92.0, 80.0])
def test_the_rest_of_a_numbered_item_on_the_next_page_goes_on(rest_x):
    first, rest = "The housing officer knew the flat had no working heating.", "He did not think of it as neglect."
    pages = [
        _ocr_page(1, [(62.0, "Learning"), (62.0, f"1. {SEEN[0]}"), (62.0, f"2. {first}")]),
        _ocr_page(2, [(rest_x, rest), (62.0, f"3. {SEEN[2]}"), (62.0, "Recommendations"), (62.0, f"1. {ASKS[0]}")]),
    ]
    lessons = segment_lessons(build_blocks(pages))
    assert [(l.kind, l.text, l.page_start, l.page_end) for l in lessons] == [
        ("learning_point", SEEN[0], 1, 1),
        ("learning_point", f"{first} {rest}", 1, 2),
        ("learning_point", SEEN[2], 2, 2),
        ("recommendation", ASKS[0], 2, 2),
    ]


# --- an action plan's row the partnership added itself, not one of the review's recommendations ----


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "own",
    [
        "Extra action proposed by the safeguarding partners (not one of the review's recommendations)",
        "Partnership action: audit the use of the threshold guide. This is not a recommendation of the review.",
    ],
)
def test_a_plan_row_the_partnership_added_itself_is_never_a_recommendation(tmp_path, fmt, own):
    import generator.conv_blind9  # noqa: F401  (registers the action plan's column widths)

    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for text in SEEN[:2]:
            doc.add("bullet", text)
        doc.add("landscape")
        doc.add("h1", "Action plan")
        doc.add(
            "header", cells=("No.", "Recommendation", "Action", "Lead", "Timescale", "Progress", "RAG"), label="b9plan"
        )
        for n, (ask, lead) in enumerate(zip(ASKS, LEADS), 1):
            cells = (str(n), ask, "Write and circulate a guide.", lead, "Six months", "Under way.", "Amber")
            doc.add("row", cells=cells, label="b9plan")
        doc.add(
            "row", cells=("P1", own, "Run the audit.", "Partnership", "A year", "Not started.", "Red"), label="b9plan"
        )

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [
        *(("learning_point", text) for text in SEEN[:2]),
        *(("recommendation", ask) for ask in ASKS),
    ]


# --- a running footer of three parts ("Child P | 3rd May 2022 | Page 2 of 3") under a heading ------


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
@pytest.mark.parametrize("footer", ["Child P | 3rd May 2022 | Page {x} of {y}", "Halton SCP | Child P | Page {x}"])
def test_a_running_footer_in_parts_never_titles_the_lesson_over_a_page_break(tmp_path, fmt, footer):
    def build(doc):
        doc.footer = footer
        cover(doc)
        doc.add("h1", "Learning")
        for n, (title, text) in enumerate(zip(TITLES, SEEN), 1):
            doc.add("h2", f"Learning {n}: {title}")
            if n == 2:
                doc.add("pagebreak")  # the heading ends its page; its text starts the next
            doc.add("p", text)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "label", "title", "text")[:3] == [
        (f"Learning {n}", title, f"{title} {text}") for n, (title, text) in enumerate(zip(TITLES, SEEN), 1)
    ]


# --- a bullet whose marker the PDF reader lost, set in the list's text column after the bullets -----


def test_a_bullet_that_lost_its_marker_is_one_of_the_list(tmp_path):
    lines = [
        (62.0, "Strengths"),
        (70.0, f"• {SEEN[0]}"),
        (70.0, f"• {SEEN[1]}"),
        (81.0, SEEN[2]),  # the marker lost; the text where the bullets' text starts
        (62.0, "Recommendations"),
        (70.0, f"• {ASKS[0]}"),
    ]
    page = PageLayout(
        1,
        tuple(
            TextLine(text=t, size=12.5, x0=x, x1=x + 5.5 * len(t[:95]), top=80.0 + 22 * n, bottom=92.0 + 22 * n)
            for n, (x, t) in enumerate(lines)
        ),
        595.0,
        842.0,
    )
    lessons = segment_lessons(build_blocks([page]))
    assert [(l.kind, l.text) for l in lessons] == [
        *(("good_practice", text) for text in SEEN),
        ("recommendation", ASKS[0]),
    ]


# --- an area for improvement telling what happened, then what needs to be understood --------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_area_for_improvement_that_tells_what_happened_is_a_finding(tmp_path, fmt):
    told = (
        "The setting wrote down the marks but the note never left the building. Concerns that stay in a"
        " setting's own records need to be shared with someone who can see the whole picture."
    )

    def build(doc):
        cover(doc)
        doc.add("h1", "Areas for improvement")
        doc.add("num", told, label="1.")
        doc.add("num", ASKS[0], label="2.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "text") == [("finding", told), ("recommendation", ASKS[0])]


# --- "Good practice identified" under each chapter on one agency's involvement ---------------------


GOOD = (
    "The childminder kept a dated body map of every mark she saw.",
    "Housing officers visited within a day of the heating failing.",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("cue", ["Good practice identified", "What worked well"])
def test_good_practice_under_an_agency_chapter_is_not_titled_by_the_agency(tmp_path, fmt, cue):
    def build(doc):
        cover(doc)
        doc.add("h1", "The involvement of each agency")
        for agency, good in zip(("Early years services", "Housing"), GOOD):
            doc.add("h2", agency)
            doc.add("p", "The family were known to the service from the spring onwards.")
            if fmt == "pdf":
                doc.add("pagebreak")  # (in plain text a line opening two pages would be a running header)
            doc.add("h3", cue)
            doc.add("p", good)
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("num", ask, label=f"{n}.")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "title", "text")[:2] == [("good_practice", "", good) for good in GOOD]
    if fmt == "pdf":
        assert [l.page_start for l in review.lessons[:2]] == [3, 4]


# --- a reference printed after each lesson's text in square brackets: "... [L1]" --------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("codes", [("LP", "RA"), ("K", "A")])
def test_a_reference_printed_after_the_text_is_the_lessons_label(tmp_path, fmt, codes):
    def build(doc):
        cover(doc)
        doc.add("h1", "Learning")
        for n, text in enumerate(SEEN[:2], 1):
            doc.add("p", f"{text} [{codes[0]}{n}]")
        doc.add("h1", "Recommendations")
        for n, ask in enumerate(ASKS, 1):
            doc.add("p", f"{ask} [{codes[1]}{n}]")

    review = _review(tmp_path, fmt, build)
    assert _rows(review, "kind", "label", "text") == [
        *(("learning_point", f"{codes[0]}{n}", text) for n, text in enumerate(SEEN[:2], 1)),
        *(("recommendation", f"{codes[1]}{n}", ask) for n, ask in enumerate(ASKS, 1)),
    ]
