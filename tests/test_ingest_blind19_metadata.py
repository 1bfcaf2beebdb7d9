"""Ingest tests: the metadata classes blind held-out set 19 (C493-C528) found the extractor missing, each on
a document the test lays out itself.

A document named by its genre, not by the review it is about (an assurance statement, an SBAR paper, a
learning log: other; a lesson of the month, a "one year on" sheet, a newsletter's numbered issue: a
briefing; a review of earlier reviews: thematic; the national Panel's rapid review examples: national); a
letter enclosing a review (its subject line the title, its date the publication, its signatory the author);
the publication date a document gives itself (a sentence on the document, a title's month, a quarter of
the financial year, a paper's date); a meeting's attendees, a post and a reviewer named in a scrutineer's
statement never its author; the age of the child the sentence names, inside a lesson too, and told in the
first person; a cover title broken into several heading paragraphs, a cover whose only title is its running
header or a grid's middle cell; a cover table of labels over values broken in narrow cells; a name cut where
its line wraps; the area only in a partner's logo's alt text. Documents are written by the conventions
corpus's writers (reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts
are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import BARE_META, FORMATS, bare_review_of, findings_and_recommendations, write_document

from ingest.metadata import _author

META = BARE_META
_body = findings_and_recommendations


# --- a document named by its genre ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,kind",
    [
        ("Independent scrutiny of the Serious Case Review about Child W: assurance statement", "other"),
        ("SBAR: learning from the Local Child Safeguarding Practice Review about Reuben", "other"),
        ("Oldham Safeguarding Children Partnership: learning log 2021-22", "other"),
        ("Lesson of the month: March 2022", "briefing"),
        ("Child W: one year on from the review", "briefing"),
        ("Practitioner News: Issue 41", "briefing"),
        ("Have we changed? A review of the learning from Oldham's serious case reviews, 2014 to 2019", "thematic"),
        # a review naming its type is typed by it
        ("Local Child Safeguarding Practice Review: Child W", "LCSPR"),
    ],
)
def test_a_document_named_by_its_genre_is_typed_by_it(tmp_path, fmt, title, kind):
    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published 3 June 2022")
        doc.add("pagebreak")
        doc.add("h1", "About this document")
        doc.add("p", "It draws on the Local Child Safeguarding Practice Review about Child K, published in 2021.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.review_type == kind


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_panels_publication_on_rapid_reviews_is_national(tmp_path, fmt):
    title = "Rapid review examples: learning identified by safeguarding partners about online harm"

    def build(doc):
        doc.add("cover", "Child Safeguarding Practice Review Panel")
        doc.add("title", title)
        doc.add("cover", "Published 9 May 2023")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "Partners send the Panel a rapid review after each notification; these are three of them.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.review_type, review.published) == ("national", "2023-05-09")


# --- a letter enclosing a review -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_letter_is_titled_by_its_subject_dated_by_its_date_and_written_by_its_signatory(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Oldham Local Safeguarding Children Board")
        doc.add("p", "14 March 2016")
        doc.add("p", "To: members of the Board")
        doc.add("h1", "Re: Serious Case Review – Child W: the final report")
        doc.add("p", "Dear colleague,")
        doc.add("p", "I enclose the report of the review led by Sarah Finch, which the Board meets on 2 June 2016.")
        doc.add("p", "The report will be published on 30 June 2016.")
        _body(doc)
        doc.add("p", "Yours sincerely,")
        doc.add("p", "Martin Greaves")

    review = bare_review_of(tmp_path, fmt, build, title="Serious Case Review – Child W: the final report")
    assert (review.title, review.review_type, review.published, review.author) == (
        "Serious Case Review – Child W: the final report",
        "other",
        "2016-03-14",
        "Martin Greaves",
    )


# --- the publication date a document gives itself --------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,lines,closing,published",
    [
        # a sentence on the document itself, after the meeting it records
        (
            "Minutes of the review panel for the Serious Case Review about Child W",
            ["Meeting held on Tuesday 3 May 2016"],
            "These minutes were agreed at the next meeting and are published with the final report on 8 July 2016.",
            "2016-07-08",
        ),
        ("Lesson of the month: March 2022", [], "Next month: working with fathers.", "2022-03"),
        ("Partnership News: Issue 12", ["Quarter 4, 2021-22"], "Training dates follow in the next issue.", "2022"),
        ("Partnership News: Issue 9", ["Quarter 1, 2021-22"], "Training dates follow in the next issue.", "2021"),
        (
            "SBAR: learning from the Serious Case Review about Child W",
            ["Meeting date: 20/04/2017", "Date of paper: 02/04/2017"],
            "The review was published on 1 February 2017.",
            "2017-04-02",
        ),
    ],
)
def test_the_date_a_document_gives_itself_is_its_publication(tmp_path, fmt, title, lines, closing, published):
    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("title", title)
        for line in lines:
            doc.add("cover", line)
        doc.add("h1", "Learning")
        doc.add("p", "The Serious Case Review about Child K was published by the Board in November 2015.")
        _body(doc)
        doc.add("p", closing)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.published == published


# --- who is not the author, and who is -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,lines,purpose,author",
    [
        # a meeting's attendees
        (
            "Minutes of the review panel for the Serious Case Review about Child W",
            ["Present: AB (Chair), CD, EF", "In attendance: Sarah Finch (Lead Reviewer); GH (minutes)"],
            "The panel discussed the draft report with the family's views in mind.",
            "",
        ),
        # a post, no person
        (
            "SBAR: learning from the Serious Case Review about Child W",
            ["Author: Named Nurse for Safeguarding Children", "Date of paper: 02/04/2017"],
            "The Trust's school nurses knew the family throughout the review's period.",
            "",
        ),
        # a scrutineer's own statement, naming the review's reviewer in its text
        (
            "Independent scrutiny of the Serious Case Review about Child W: assurance statement",
            ["Martin Greaves, Independent Scrutineer", "Date: 8 March 2017"],
            "The review, written by the independent reviewer Sarah Finch, was discussed with the family.",
            "Martin Greaves",
        ),
    ],
)
def test_attendees_posts_and_the_reviewer_a_statement_names_are_not_its_author(
    tmp_path, fmt, title, lines, purpose, author
):
    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("title", title)
        for line in lines:
            doc.add("cover", line)
        doc.add("h1", "Purpose")
        doc.add("p", purpose)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.author == author


# --- the age of the child the sentence names -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "heading,kind,sentence,age",
    [
        # inside a finding, the child named
        (
            "What the review found",
            "bullet",
            "Child W was 11 years when she first went missing, and no one asked her why.",
            "11 years",
        ),
        # the child's story told in the first person
        (
            "Child W's story",
            "p",
            "My name is not really Child W. I am nine. Nobody asked me what home was like.",
            "9 years",
        ),
    ],
)
def test_the_age_of_the_child_the_sentence_names_is_the_childs(tmp_path, fmt, heading, kind, sentence, age):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published 3 June 2022")
        doc.add("h1", heading)
        doc.add(kind, sentence)
        doc.add("h1", "What the review learned")
        doc.add("bullet", "A two-year-old cannot tell anyone what is happening at home.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title, child="Child W")
    assert review.child_age == age


# --- a cover title broken into heading paragraphs ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize(
    "parts,title",
    [
        (
            ["Local Child Safeguarding", "Practice Review:", "Reuben"],
            "Local Child Safeguarding Practice Review: Reuben",
        ),
        (["Serious Case", "Review:", "Mabel"], "Serious Case Review: Mabel"),
    ],
)
def test_a_cover_title_broken_into_paragraphs_is_whole(tmp_path, fmt, parts, title):
    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        for part in parts:
            doc.add("h1", part)
        doc.add("p", "Independent reviewer")
        doc.add("p", "Sarah Finch")
        doc.add("h1", "Introduction")
        doc.add("p", "This review is about a child we have called by a name chosen with the family.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.title == title


@pytest.mark.parametrize("fmt", ["docx"])
def test_an_annual_reports_heading_over_long_dated_fields_is_its_title(tmp_path, fmt):
    title = "Oldham Safeguarding Children Board Annual Report 2015-16"

    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Board")
        doc.add("h1", title)
        doc.add("p", "Reporting period: 1 April 2015 to 31 March 2016")
        doc.add("p", "Published: 1 August 2016")
        doc.add("h1", "Foreword")
        doc.add("p", "This report describes the year's work.")
        doc.add("h1", "Learning from reviews")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.title == title


# --- a title only in the running header, or in a grid's middle cell --------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf"])
def test_a_cover_with_no_title_is_titled_by_its_running_header(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("cover", "Final report")
        doc.add("cover", "Independent reviewer: Sarah Finch")
        doc.add("cover", "Published: 3 June 2022")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", "This review was commissioned after Child W was harmed at home.")
        _body(doc)
        doc.add("pagebreak")
        doc.add("h1", "Afterword")
        doc.add("p", "The partnership thanks the family.")

    header = "Local Child Safeguarding Practice Review: Child W"
    review = bare_review_of(tmp_path, fmt, build, header=header, title=header)
    assert review.title == header


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_grid_is_titled_by_its_cell_naming_the_review(tmp_path, fmt):
    def build(doc):
        doc.add("header", cells=("1 – Background: Mabel was 8.", "2 – Why it matters: neglect.", "3 – What happened"))
        doc.add("row", cells=("4 – What went well: the GP.", "7-minute briefing: Mabel", "5 – What we learned: a lot."))
        doc.add(
            "row", cells=("Oldham Safeguarding Children Partnership", "6 – What needs to change", "Published May 2020")
        )

    review = bare_review_of(tmp_path, fmt, build, title="7-minute briefing: Mabel")
    assert (review.title, review.child) == ("7-minute briefing: Mabel", "Mabel")


# --- a cover table of labels over values -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_cover_table_of_labels_over_values_gives_its_fields(tmp_path, fmt):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Oldham Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("header", cells=("Child", "Lead reviewer", "Date of publication"))
        doc.add("row", cells=("Child W", "Sarah\nFinch", "14 March\n2022"))
        doc.add("h1", "Introduction")
        doc.add("p", "This review was commissioned after Child W was harmed at home.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.author, review.published) == ("Sarah Finch", "2022-03-14")


# --- a name cut where its line wraps ---------------------------------------------------------------------------


def test_a_name_cut_where_its_line_wraps_is_read_whole_where_printed_whole():
    text = (
        "This review was commissioned by the partnership. It was led by the independent reviewer Dr Miriam\n"
        "Achebe, who met the family.\nLead reviewer: Dr Miriam Achebe\n"
    )
    assert _author(text, chairs=False) == "Dr Miriam Achebe"


# --- the area only in a partner's logo -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html"])
def test_the_area_named_only_in_a_partners_logo_is_read(tmp_path, fmt):
    title = "Serious Case Review: Mabel"

    def build(doc):
        doc.add("title", title)
        doc.add("p", "Published: 3 June 2016")
        doc.add("p", "The Local Safeguarding Children Board commissioned this review of the help given in the borough.")
        _body(doc)

    path = write_document(tmp_path, fmt, build, {**META, "title": title})[0]
    html = path.read_text(encoding="utf-8")
    logos = '<div class="partner-logos"><img src="a.png" alt="Oldham Metropolitan Borough Council logo"></div>'
    path.write_text(html.replace("</body>", logos + "</body>"), encoding="utf-8")
    from ingest import extract_review

    review = extract_review(path)
    assert (review.area, review.region) == ("Oldham", "North West")
