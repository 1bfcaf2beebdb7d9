"""Ingest tests: the metadata classes blind held-out set 18 (C457-C492) found the extractor missing, each on
a document the test lays out itself.

A sheet counting its messages ("Ten key messages from the review of X": a briefing); a pseudonym in
quotation marks ("Serious Case Review: 'Theo'"); dates as a document system or a spreadsheet prints them
("20-Apr-2019", "14-Jan-13") and a publication label naming what it was published with; an action plan
titled as one ("... X: LSCB Action Plan": other, its child after the review's type); the child's age from
a cover's birth and event date fields ("D.O.B.:", "D.O.D.:"); an area child protection committee's Part 8
(chapter 8) case review before 2006 (SCR, the committee's place); a council committee's report on a
review (other, the council's formal name the area, a post for an author no author); a city's partnership
("Nottingham City", "City of York": the city); a baby unborn when agencies became involved, then born (the
age after birth; weeks of pregnancy never an age); an age in words with no unit ("a boy of nine") and an
executive summary titled "Executive Summary of the ..."; the writer's role before the name ("written by the
chair of the panel, X,"). Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers. The texts are written for these tests
only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations

_body = findings_and_recommendations


# --- a sheet counting its messages from one review is a briefing -------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,kind",
    [
        ("Ten key messages from the review of Child W", "briefing"),
        ("7 key points from the review of Baby N", "briefing"),
        ("Eight lessons from the review of Child W", "briefing"),
        # a review naming its type is typed by it
        ("Serious Case Review: Child W", "SCR"),
    ],
)
def test_a_sheet_counting_its_messages_from_a_review_is_a_briefing(tmp_path, fmt, title, kind):
    def build(doc):
        doc.add("title", title)
        doc.add("cover", "Wokingham Safeguarding Children Partnership")
        doc.add("cover", "Published 3 June 2020")
        doc.add("pagebreak")
        doc.add("h1", "About the review")
        doc.add("p", "The review looked at the help given to the child and the family over two years.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.review_type, review.area) == (kind, "Wokingham")


# --- a pseudonym in quotation marks ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child",
    [
        ("Serious Case Review: ‘Mabel’", "Mabel"),
        ("Local Child Safeguarding Practice Review: 'Reuben'", "Reuben"),
        ("Local Child Safeguarding Practice Review: “Ezra”", "Ezra"),
    ],
)
def test_a_pseudonym_in_quotation_marks_is_the_child_without_them(tmp_path, fmt, title, child):
    def build(doc):
        doc.add("title", title)
        doc.add("cover", "Rochdale Safeguarding Children Partnership")
        doc.add("cover", "Published: May 2021")
        doc.add("h1", "Introduction")
        doc.add("p", "This review is about a child we have called by a name chosen with the family.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.child == child


# --- dates as a document system or a spreadsheet prints them ----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lines,published",
    [
        (["Approved by the partners: 11-Feb-2020", "Published: 27-Mar-2020"], "2020-03-27"),
        (["Date of publication: 3-Oct-16"], "2016-10-03"),
        # a label naming what the document was published with
        (["Published alongside the full report: 9-Dec-15", "Last updated: 2-Jun-16 | Version 2.0"], "2015-12-09"),
    ],
)
def test_dates_with_a_month_abbreviated_between_hyphens_are_read_to_the_day(tmp_path, fmt, lines, published):
    def build(doc):
        doc.add("cover", "Rochdale Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child S")
        for line in lines:
            doc.add("cover", line)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Local Child Safeguarding Practice Review: Child S")
    assert review.published == published


# --- an action plan titled as one ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child,kind",
    [
        ("Serious Case Review Reuben: LSCB Action Plan", "Reuben", "other"),
        ("Local Child Safeguarding Practice Review Child S: Partnership Action Plan", "Child S", "other"),
        # the review's own report, its child after the type
        ("Serious Case Review Reuben: Overview Report", "Reuben", "SCR"),
    ],
)
def test_an_action_plan_titled_as_one_is_other_and_names_its_child(tmp_path, fmt, title, child, kind):
    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Published: May 2017")
        doc.add("h1", "About this plan")
        doc.add("p", "Progress is reported to the Serious Case Review Sub-Group every quarter.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.child, review.review_type) == (child, kind)


# --- the child's age from the cover's birth and event date fields ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lines,age",
    [
        (["D.O.B.: 14.03.2011", "D.O.D.: 30.04.2011"], "6 weeks"),
        (["DOB: 02.01.2010", "Date of incident: 15.07.2010"], "6 months"),
        (["Date of birth: 9 May 2004", "Date of death: 1 March 2013"], "8 years"),
        # one date alone gives no age
        (["D.O.B.: 14.03.2011"], ""),
    ],
)
def test_the_age_follows_from_the_covers_birth_and_event_dates(tmp_path, fmt, lines, age):
    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", "Serious Case Review: Child S")
        for line in lines:
            doc.add("cover", line)
        doc.add("cover", "Date of publication: 4 June 2014")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "The family moved to the area two years before the review was commissioned.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Serious Case Review: Child S")
    assert (review.child_age, review.published) == (age, "2014-06-04")


# --- an area child protection committee's Part 8 (chapter 8) case review ---------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "committee,title,area",
    [
        ("Rochdale Area Child Protection Committee", "Part 8 Case Review: Child S. Executive Summary", "Rochdale"),
        ("North Somerset Area Child Protection Committee", "Chapter 8 Case Review: Child S", "North Somerset"),
    ],
)
def test_an_area_child_protection_committees_part_8_review_is_an_scr_of_its_place(
    tmp_path, fmt, committee, title, area
):
    def build(doc):
        doc.add("cover", committee)
        doc.add("title", title)
        doc.add("cover", "Date of publication: 12th March 2004")
        doc.add("pagebreak")
        doc.add("h1", "1. Introduction")
        doc.add("p", "The committee decided to undertake the review after the child was found alone at home.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.review_type, review.area, review.published) == ("SCR", area, "2004-03-12")


# --- a council committee's report on a review ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "council,area",
    [
        ("London Borough of Sutton", "Sutton"),
        ("Isle of Wight Council", "Isle of Wight"),
        ("Wigan Metropolitan Borough Council", "Wigan"),
    ],
)
def test_a_council_committees_report_on_a_review_is_other_of_the_councils_area(tmp_path, fmt, council, area):
    title = "Serious Case Review: Child S – publication and learning"

    def build(doc):
        doc.add("cover", council)
        doc.add("cover", "Corporate Parenting Scrutiny Panel")
        doc.add("title", title)
        doc.add("metarow", cells=("Date of meeting", "9 October 2018"))
        doc.add("metarow", cells=("Date of report", "20 September 2018"))
        doc.add("metarow", cells=("Report author", "Head of Service for Safeguarding"))
        doc.add("metarow", cells=("Wards affected", "All"))
        doc.add("metarow", cells=("Key decision", "No"))
        doc.add("h1", "1. Purpose of the report")
        doc.add("p", "To tell the Panel about the review the Local Safeguarding Children Board has published.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    # a plain-text cover in capitals is read in the case names use ("... – Publication and Learning")
    got = (review.review_type, review.area, review.author, review.title.lower(), review.published)
    assert got == ("other", area, "", title.lower(), "2018-09-20")


# --- a city's partnership beside the county ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "partnership,area,region",
    [
        ("Leicester City Safeguarding Children Partnership", "Leicester", "East Midlands"),
        ("City of York Safeguarding Children Partnership", "York", "Yorkshire and the Humber"),
        # the City of London is an area of its own
        ("City of London Safeguarding Children Partnership", "City of London", "London"),
    ],
)
def test_a_citys_partnership_is_the_citys_area(tmp_path, fmt, partnership, area, region):
    def build(doc):
        doc.add("cover", partnership)
        doc.add("title", "Local Child Safeguarding Practice Review: Child S")
        doc.add("cover", "Published: May 2023")
        doc.add("h1", "Introduction")
        doc.add("p", "The family lived in the county before they moved, and the county's police covered both.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Local Child Safeguarding Practice Review: Child S")
    assert (review.area, review.region) == (area, region)


# --- a baby unborn when agencies became involved, then born ----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sentences,age",
    [
        (
            [
                "Child S was unborn when the family was first referred, when her mother was sixteen weeks pregnant.",
                "A pre-birth conference was held at 30 weeks of pregnancy. Child S was born at 37 weeks.",
                "She was 7 weeks old when she was admitted to hospital.",
            ],
            "7 weeks",
        ),
        # unborn at the incident, and the text tells of no birth
        (["Child S was unborn when her mother was assaulted by her partner."], "unborn"),
    ],
)
def test_an_unborn_baby_later_born_is_aged_after_birth_never_by_the_pregnancy(tmp_path, fmt, sentences, age):
    def build(doc):
        doc.add("cover", "Rochdale Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child S")
        doc.add("cover", "Published: May 2023")
        doc.add("h1", "The baby and the family")
        for sentence in sentences:
            doc.add("p", sentence)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Local Child Safeguarding Practice Review: Child S")
    assert review.child_age == age


# --- the older way: an executive summary "of the" review, an age in words --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,described,age",
    [
        ("Executive Summary of the Serious Case Review concerning Reuben", "Reuben, a boy of eleven,", "11 years"),
        ("Executive Summary of the Serious Case Review concerning Child S", "Child S, a girl of six,", "6 years"),
    ],
)
def test_an_executive_summary_of_the_review_and_an_age_in_words(tmp_path, fmt, title, described, age):
    def build(doc):
        doc.add("cover", "Rochdale Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Date: March 2011")
        doc.add("pagebreak")
        doc.add("h1", "1. Introduction")
        doc.add("p", f"The Board commissioned this review after {described} was found alone at home at night.")
        doc.add("p", "The child lived with the father and an older brother, a boy of fifteen, who was often out.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.title.lower(), review.child_age, review.review_type) == (title.lower(), age, "SCR")


# --- the writer's role before the name, in apposition ------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sentence,author",
    [
        (
            "This report was written by the chair of the Case Review Panel, Nadia Rahman, Head of Quality in "
            "the Social Services Department.",
            "Nadia Rahman",
        ),
        (
            "The report was prepared by an independent consultant, Dr Owen Pryce, who had no earlier part.",
            "Dr Owen Pryce",
        ),
        # a chair who chaired, and did not write, is no author
        ("The Case Review Panel was chaired by Nadia Rahman, Head of Quality.", ""),
    ],
)
def test_the_writers_role_before_the_name_gives_the_author(tmp_path, fmt, sentence, author):
    def build(doc):
        doc.add("cover", "Rochdale Area Child Protection Committee")
        doc.add("title", "Chapter 8 Case Review: Child S. Overview Report")
        doc.add("cover", "June 2003")
        doc.add("pagebreak")
        doc.add("h1", "2. The author of this report")
        doc.add("p", sentence)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Chapter 8 Case Review: Child S. Overview Report")
    assert review.author == author
