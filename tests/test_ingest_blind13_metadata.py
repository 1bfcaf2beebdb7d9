"""Ingest tests: the metadata classes blind set 13 (C277-C312) found the extractor missing: how
national reviews and practice briefings on several reviews print their title and the ages of the
children they draw on; each on a document the test lays out itself.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts and names are written for these tests only.
"""

from __future__ import annotations

import sys

import pytest

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from test_ingest_conventions import _write as write_document

FORMATS = ["pdf", "docx", "html", "txt"]
# Lessons written for these tests (not the corpus's words).
NOTICED = (
    "Health visitors saw the same unpaid electricity bills on three visits and none of them asked the mother about money.",
    "The school's attendance officer and the children's centre each kept a list of the boy's absences and never compared them.",
    "Nobody at the surgery knew that the father had moved back into the house after the injunction ended.",
)


def _review(tmp_path, fmt, build, meta):
    return extract_review(write_document(tmp_path, fmt, build, meta)[0])


# --- a national review on several children's cases states their ages, none of them the review's child ----

NATIONAL = {
    "title": "National review: children harmed by adults they met online",
    "area": "",
    "region": "",
    "review_type": "national",
    "published": "2022-05-10",
    "child": "",
    "child_age": "",
    "author": "",
}


def _national(doc):
    doc.add("cover", "Child Safeguarding Practice Review Panel")
    doc.add("title", NATIONAL["title"])
    doc.add("cover", "Published: 10 May 2022")
    doc.add("h1", "The cases we looked at")
    doc.add("p", "We read the rapid reviews of four children, from four regions:")
    for line in (
        "a girl aged 13 (North West)",
        "a boy aged fifteen (London)",
        "a girl aged 11 (East Midlands)",
        "a boy of 14 years (South West)",
    ):
        doc.add("bullet", line)
    doc.add("h1", "What we found")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_national_reviews_cases_ages_are_not_its_childs_age(tmp_path, fmt):
    review = _review(tmp_path, fmt, _national, NATIONAL)
    assert review.review_type == "national"
    assert review.child == ""
    assert review.child_age == ""  # four children's ages: none is the review's


# --- a practice briefing on several reviews keeps its "Practice briefing:" words in its title ---------

BRIEFING = {
    "title": "Learning briefing: what serious case reviews tell us about bruising in babies",
    "area": "",
    "region": "",
    "review_type": "briefing",
    "published": "2021-03-02",
    "child": "",
    "child_age": "",
    "author": "",
}


def _briefing(doc):
    doc.add("cover", "Child Safeguarding Practice Review Panel")
    doc.add("title", BRIEFING["title"])
    doc.add("cover", "Published 2 March 2021")
    doc.add("h1", "Points for practice")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_briefing_on_several_reviews_keeps_its_briefing_words(tmp_path, fmt):
    review = _review(tmp_path, fmt, _briefing, BRIEFING)
    assert review.title.lower() == BRIEFING["title"].lower()
    assert review.review_type == "briefing"


def test_a_briefing_on_one_review_keeps_its_briefing_words_too():
    from ingest.metadata import _clean_title

    # the corpus records a title as printed, whole: a briefing's name is part of it (corpus/README.md)
    assert _clean_title("Practice briefing: Child T") == "Practice briefing: Child T"
    assert (
        _clean_title("Learning briefing - Serious Case Review Baby Q")
        == "Learning briefing - Serious Case Review Baby Q"
    )
    assert _clean_title("Practice briefing: lessons from local reviews on neglect").lower() == (
        "practice briefing: lessons from local reviews on neglect"
    )


# --- the Panel's own analysis of many reviews, naming no type, is national -----------------------------

ANALYSIS = {
    "title": "What the Panel has learned from reviews of children missing education",
    "area": "",
    "region": "",
    "review_type": "national",
    "published": "2024-02-20",
    "child": "",
    "child_age": "",
    "author": "",
}


def _analysis(doc):
    doc.add("cover", "Child Safeguarding Practice Review Panel")
    doc.add("title", ANALYSIS["title"])
    doc.add("cover", "Published: 20 February 2024")
    doc.add("h1", "Summary")
    doc.add("p", "We read 31 notifications made over eighteen months. No local area is named here.")
    doc.add("h1", "What we found")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_panels_own_analysis_naming_no_type_is_national(tmp_path, fmt):
    review = _review(tmp_path, fmt, _analysis, ANALYSIS)
    assert review.review_type == "national"
    assert review.area == ""


# --- a partnership printed without its place: the council in its contact details gives the area --------

UNPLACED = {
    "title": "Child Safeguarding Practice Review: Child K",
    "area": "Bracknell Forest",
    "region": "South East",
    "review_type": "LCSPR",
    "published": "2022-10",
    "child": "Child K",
    "child_age": "",
    "author": "",
}


def _unplaced(doc):
    doc.add("cover", "The Safeguarding Children Partnership")
    doc.add("title", UNPLACED["title"])
    doc.add("cover", "Published: October 2022")
    doc.add("h1", "What the review found")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")
    doc.add("h1", "How to reach us")
    doc.add("p", "Write to the partnership's office at Bracknell Forest Council, Time Square, for a large-print copy.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unplaced_partnership_takes_its_area_from_the_council_named(tmp_path, fmt):
    review = _review(tmp_path, fmt, _unplaced, UNPLACED)
    assert review.area == "Bracknell Forest"  # never "The"
    assert review.region == "South East"


def test_no_council_area_without_an_unplaced_partnership():
    from ingest.metadata.area import _council_area

    assert _council_area("The family had rent arrears with Bracknell Forest Council.") == ""
    assert _council_area("Our Local Safeguarding Children Board. Office: Rutland County Council") == "Rutland"


# --- a review reproduced by a second partnership belongs to the one that commissioned it ----------------

REPRODUCED = {
    "title": "Serious Case Review: Jacob",
    "area": "Calderdale",
    "region": "Yorkshire and the Humber",
    "review_type": "SCR",
    "published": "2017-04",
    "child": "Jacob",
    "child_age": "",
    "author": "",
}


def _reproduced(doc):
    doc.add("cover", "Cumbria Safeguarding Children Partnership")
    doc.add("title", REPRODUCED["title"])
    doc.add(
        "box",
        "Originally published by the Calderdale Safeguarding Children Board in April 2017. Jacob's mother later "
        "moved north, and the Cumbria Safeguarding Children Partnership shares the report here with its consent.",
        label="A note on this copy",
    )
    doc.add("h1", "Learning")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reproduced_review_belongs_to_the_partnership_that_first_published_it(tmp_path, fmt):
    review = _review(tmp_path, fmt, _reproduced, REPRODUCED)
    assert review.area == "Calderdale"  # not the partnership hosting the copy
    assert review.region == "Yorkshire and the Humber"


# --- a newsletter's issue: a briefing, dated by its issue line, about no one child ----------------------

NEWSLETTER = {
    "title": "Practice Matters: Issue 7",
    "area": "Dudley",
    "region": "West Midlands",
    "review_type": "briefing",
    "published": "2019-06",
    "child": "",
    "child_age": "",
    "author": "",
}


def _newsletter(doc):
    doc.add("cover", "The quarterly newsletter of the Dudley Safeguarding Children Partnership")
    doc.add("title", NEWSLETTER["title"])
    doc.add("cover", "Issue 7 | June 2019")
    doc.add("h1", "Reviews we published")
    doc.add("h2", "Serious Case Review: Child N")
    doc.add("p", "Published in April 2019. The report is on our website.")
    doc.add("bullet", NOTICED[0])
    doc.add("h2", "Local Child Safeguarding Practice Review: Baby R")
    doc.add("p", "Published in May 2019.")
    doc.add("bullet", NOTICED[1])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_newsletter_issue_is_a_briefing_dated_by_its_issue_about_no_one_child(tmp_path, fmt):
    review = _review(tmp_path, fmt, _newsletter, NEWSLETTER)
    assert review.review_type == "briefing"  # not the type of the first review it lists
    assert review.published == "2019-06"  # the issue's date, not a listed review's
    assert review.child == ""  # its reviews' children are theirs


# --- a statement published instead of a report: "other", dated by its own date, author wrapped ---------

STATEMENT = {
    "title": "Statement on the Serious Case Review concerning Sophie",
    "area": "Torbay",
    "region": "South West",
    "review_type": "other",
    "published": "2018-03-21",
    "child": "Sophie",
    "child_age": "",
    "author": "",
}


def _statement(doc):
    doc.add("cover", "Torbay Safeguarding Children Board")
    doc.add("title", STATEMENT["title"])
    doc.add("runin", "12 January 2018", label="Date the Board decided:")
    doc.add("runin", "21 March 2018", label="Date of this statement:")
    doc.add("h1", "Why the full report is not published")
    doc.add("p", "The Board will not publish the full report, to protect the children still living at home.")
    doc.add("h1", "What the review learned")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_statement_in_place_of_a_report_is_other_and_dated_by_itself(tmp_path, fmt):
    review = _review(tmp_path, fmt, _statement, STATEMENT)
    assert review.review_type == "other"  # a statement on the review, not the review
    assert review.published == "2018-03-21"  # its own date, not the decision's


def test_an_author_named_over_a_wrapped_line_is_read():
    from ingest.metadata import _author
    from ingest.metadata.reader import WRAPPED

    prose = "The partners did not publish the report of the review, led by Philippa\nAnsah-Brown, to protect the twins."
    assert _author(prose) == ""  # the name broken over the line
    assert _author(WRAPPED.sub(" ", prose)) == "Philippa Ansah-Brown"


# --- the age only as a date of birth and the date of the event that led to the review ------------------

BORN = {
    "title": "Local Child Safeguarding Practice Review: Baby E",
    "area": "Dudley",
    "region": "West Midlands",
    "review_type": "LCSPR",
    "published": "2022-01",
    "child": "Baby E",
    "child_age": "5 months",
    "author": "",
}


def _born(doc):
    doc.add("cover", "Dudley Safeguarding Children Partnership")
    doc.add("title", BORN["title"])
    doc.add("cover", "Published: January 2022")
    doc.add("h1", "The family")
    doc.add(
        "p",
        "Baby E was born on 19 February 2021 and lived with her father and grandmother. She was admitted to "
        "hospital with a head injury on 27 July 2021; services' contact with the family before then is set out below.",
    )
    doc.add("h1", "Findings")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_age_given_only_by_birth_and_event_dates_is_read(tmp_path, fmt):
    review = _review(tmp_path, fmt, _born, BORN)
    assert review.child_age == "5 months"


def test_an_age_from_dates_counts_weeks_months_and_years_as_reviews_print_them():
    from ingest.metadata.child import _age_from_birth

    assert _age_from_birth("He was born on 1 March 2019. The incident happened on 10 April 2019.") == "5 weeks"
    assert _age_from_birth("She was born in May 2008; the injuries were found in September 2019.") == "11 years"
    assert _age_from_birth("He was born on 20 June 2018 and died on 19 June 2020.") == "23 months"
    assert _age_from_birth("Her mother was born in 1990.") == ""  # no event dated


def _newsletter_article(doc):
    doc.add("cover", "The quarterly newsletter of the Dudley Safeguarding Children Partnership")
    doc.add("cover", "Issue 7 | June 2019")
    doc.add("title", "Learning from the Serious Case Review concerning Child N")
    doc.add("h1", "What the review found")
    for i, text in enumerate(NOTICED, 1):
        doc.add("num", text, label=f"{i}.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_newsletter_article_titled_by_one_review_keeps_its_type_and_child(tmp_path, fmt):
    meta = {**NEWSLETTER, "title": "Learning from the Serious Case Review concerning Child N"}
    review = _review(tmp_path, fmt, _newsletter_article, {**meta, "review_type": "SCR", "child": "Child N"})
    assert review.review_type == "SCR"  # the one review it is about
    assert review.child == "Child N"


# --- a field read across a line break is one line of words ------------------------------------------------


def test_an_author_named_across_a_line_break_is_one_line_of_words(tmp_path):
    path = tmp_path / "bulletin.txt"
    path.write_text(
        "Learning Matters: the bulletin of the Northfield Safeguarding Children\n"
        "Partnership\n\n"
        "Issue 4, June 2021\n\n"
        "Learning from the review of Child Q\n\n"
        "In this issue we look at the Local Child Safeguarding Practice Review of Child Q, written by Dr\n"
        "Imogen Thackeray.\n\n"
        "Key learning\n\n"
        f"- {NOTICED[0]}\n- {NOTICED[1]}\n",
        encoding="utf-8",
    )
    assert extract_review(path).author == "Dr Imogen Thackeray"
