"""Ingest tests: the metadata classes blind held-out set 17 (C421-C456) found the extractor missing, each on
a document the test lays out itself.

A cover that puts the child first in its largest type, over the review's type (titled "<type>: <child>");
a label set in capitals run into the name with no colon ("INDEPENDENT REVIEWER Jane Smith"); a firm as
the report's author beside its named lead reviewer (the person is the author); several children named
together ("Children A, B and C", "Child H and Child P" under a type in the plural); a review's report
titled by its method ("SILP report: Harry"); ages that are not the child's (a compound number's last
word, a relative's, a statement about any child of an age); a briefing's title kept whole, whatever
the page's own title prints. Documents are written by the conventions corpus's writers (reportlab PDF,
python-docx, HTML, text) and read back through the real readers. The texts are written for these tests
only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations

_body = findings_and_recommendations


# --- a cover putting the child first, over the review's type --------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "name,kind,title",
    [
        ("OLIVER", "SERIOUS CASE REVIEW", "Serious Case Review: Oliver"),
        ("CHILD M", "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW", "Local Child Safeguarding Practice Review: Child M"),
    ],
)
def test_a_cover_putting_the_child_first_is_titled_by_the_type_and_the_child(tmp_path, fmt, name, kind, title):
    def build(doc):
        doc.add("title", name)
        doc.add("cover", kind)
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("cover", "PUBLISHED 4 March 2021")
        doc.add("pagebreak")
        doc.add("h1", "Introduction")
        doc.add("p", f"{child} lived with his mother and two older sisters.")
        _body(doc)

    child = title.split(": ")[1]
    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.title, review.child) == (title, child)


# --- a label in capitals run into the name, with no colon -----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "line,author",
    [
        ("INDEPENDENT REVIEWER Ruth Okafor", "Ruth Okafor"),
        ("LEAD REVIEWER Dr Aled Price", "Dr Aled Price"),
        ("REPORT AUTHOR Ines McAllister", "Ines McAllister"),
    ],
)
def test_a_label_in_capitals_run_into_the_name_gives_the_author(tmp_path, fmt, line, author):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", "Serious Case Review: Child D")
        doc.add("cover", line)
        doc.add("cover", "PUBLISHED 4 March 2016")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Serious Case Review: Child D")
    assert (review.author, review.published) == (author, "2016-03-04")


# --- a firm as the report's author beside its named lead reviewer ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "lines,author",
    [
        (["Report author: Northgate Review Associates LLP", "Lead reviewer: Ruth Okafor"], "Ruth Okafor"),
        (["Author: Fellside Practice Consulting Ltd", "Independent reviewer: Dr Aled Price"], "Dr Aled Price"),
        # the firm alone is the author
        (["Report author: Northgate Review Associates LLP"], "Northgate Review Associates LLP"),
    ],
)
def test_a_named_lead_reviewer_is_the_author_before_the_firm(tmp_path, fmt, lines, author):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", "Serious Case Review: Child D")
        for line in lines:
            doc.add("cover", line)
        doc.add("cover", "Published: March 2016")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Serious Case Review: Child D")
    assert review.author == author


# --- several children named together ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child,kind",
    [
        ("Serious Case Review: Children D, E and F", "Children D, E and F", "SCR"),
        ("Local Child Safeguarding Practice Review: Siblings 1 and 2", "Siblings 1 and 2", "LCSPR"),
        ("Local Child Safeguarding Practice Reviews: Child M and Baby R", "Child M and Baby R", "LCSPR"),
        ("Serious Case Reviews: Child K, Child L and Child N", "Child K, Child L and Child N", "SCR"),
    ],
)
def test_several_children_named_together_are_the_child_as_printed(tmp_path, fmt, title, child, kind):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", title)
        doc.add("cover", "Published: March 2016")
        doc.add("h1", "Introduction")
        doc.add("p", f"The review concerns {child}, who lived with their mother.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.child, review.review_type) == (child, kind)


# --- a review's report titled by its method names the child ---------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,child,kind",
    [
        ("Significant Incident Learning Process (SILP) report: Freddie", "Freddie", "SCR"),
        ("Learning Together report: Maisie", "Maisie", "SCR"),
        # an audit's report is titled by its subject, not a child
        ("Multi-agency audit report: Bruising", "", "other"),
    ],
)
def test_a_report_titled_by_its_method_names_the_child(tmp_path, fmt, title, child, kind):
    def build(doc):
        doc.add("cover", "Gateshead Local Safeguarding Children Board")
        doc.add("title", title)
        doc.add("cover", "Published: March 2016")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.child, review.review_type) == (child, kind)


# --- ages that are not the child's -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "sentences,age",
    [
        (["Her twenty-two-year-old boyfriend was not known to services.", "Child D was 8 months old."], "8 months"),
        (["Child D and his three-year-old sister lived with their father.", "Child D was aged 5 weeks."], "5 weeks"),
        (["A fifteen-year-old cannot consent to being exploited by adults."], ""),
        (["Records called it a relationship with a thirty-one-year-old man."], ""),
    ],
)
def test_ages_of_other_people_or_of_any_child_are_not_the_childs(tmp_path, fmt, sentences, age):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child D")
        doc.add("cover", "Published: March 2021")
        doc.add("h1", "Background")
        for sentence in sentences:
            doc.add("p", sentence)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build, title="Local Child Safeguarding Practice Review: Child D")
    assert (review.child, review.child_age) == ("Child D", age)


# --- a briefing's title kept whole, whatever the page's own title prints (corpus/README.md: as printed) -----


@pytest.mark.parametrize(
    "fmt,own,title",
    [
        # a web page's <title>
        ("html", "7-minute briefing: Child M", "7-minute briefing: Child M"),
        ("html", "Child M", "7-minute briefing: Child M"),
        # a running header
        ("pdf", "7-minute briefing: Child M", "7-minute briefing: Child M"),
        ("pdf", "", "7-minute briefing: Child M"),
    ],
)
def test_a_briefing_title_is_kept_whole_whatever_the_pages_own_title_prints(tmp_path, fmt, own, title):
    def build(doc):
        doc.add("cover", "Gateshead Safeguarding Children Partnership")
        doc.add("title", "7-minute briefing: Child M")
        doc.add("cover", "Published: March 2021")
        doc.add("pagebreak")
        _body(doc)
        doc.add("pagebreak")
        doc.add("h1", "Questions for your team")
        doc.add("p", "What would you do differently after reading this briefing, and who would you tell?")

    review = bare_review_of(tmp_path, fmt, build, header=own if fmt == "pdf" else "", title=own or title)
    assert (review.title, review.review_type) == (title, "briefing")
