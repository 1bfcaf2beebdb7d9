"""Ingest tests: metadata as the second half of blind held-out set 29 (C871-C888) prints it, each on a document
the test lays out itself.

A joint Domestic Homicide Review's report titled by its part's name over the adult and the child ("Overview
report: Gemma and Harry"): the title whole, the child the one the text calls her child. A joint review
commissioned by a Community Safety Partnership in one place and a children's partnership in another: the area
is the children's partnership's, printed second. A sibling group named by first names in the title: the child
is the names as printed, with no age when a table gives the children different ages. The texts are written
for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import bare_review_of, findings_and_recommendations


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_joint_reviews_overview_report_titled_by_the_adult_and_the_child(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Tynedale Community Safety Partnership | Tynedale Safeguarding Children Partnership")
        doc.add("title", "Overview report: Gemma and Harry")
        doc.add("cover", "Independent author: Jane Whitfield")
        doc.add("cover", "Publication date: April 2019")
        doc.add("h1", "1. Introduction")
        doc.add("p", "This is a combined Domestic Homicide Review and Local Child Safeguarding Practice Review.")
        doc.add("p", "Gemma, aged 29, died in December 2016 after an assault. Harry, her child, was 12 years old.")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert review.title.lower() == "overview report: gemma and harry"
    assert review.child == "Harry"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_two_commissioners_in_two_places_give_the_childrens_partnerships_area(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Liverpool Community Safety Partnership and Knowsley Safeguarding Children Partnership")
        doc.add("title", "Domestic Homicide Review and Local Child Safeguarding Practice Review: Child U")
        doc.add("cover", "Independent reviewer: Jane Whitfield")
        doc.add("cover", "Date of publication: 30 September 2021")
        doc.add("h1", "1. Introduction")
        doc.add("p", "Child U's mother was killed at a flat where she had moved a few weeks before.")
        findings_and_recommendations(doc)

    assert bare_review_of(tmp_path, fmt, build).area == "Knowsley"


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_sibling_group_named_by_first_names_has_no_one_age(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Derby Safeguarding Children Partnership")
        doc.add("title", "Serious Case Review: Ruby, Jack and Leo")
        doc.add("cover", "Independent reviewer: Jane Whitfield")
        doc.add("cover", "Published: April 2015")
        doc.add("h1", "Introduction")
        doc.add("p", "This review concerns three brothers and sisters, found living in serious neglect.")
        doc.add("header", cells=("Name used in this report", "Age at the time"))
        for name, age in (("Ruby", "9 years"), ("Jack", "6 years"), ("Leo", "2 years")):
            doc.add("row", cells=(name, age))
        doc.add("h1", "Background")
        doc.add("p", "Ruby, aged 9 years, and her brothers lived with their mother.")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert review.child == "Ruby, Jack and Leo"
    assert review.child_age == ""
