"""Ingest tests: the metadata classes blind held-out set 23 (C637-C672) left the extractor missing, each on
a document the test lays out itself.

The area of a partnership covering several areas (two boroughs in one name, a part of a county named for
its councils together): the area the introduction says the child lived in, in the borough a town is said
to be in, never a home the family had earlier; a partnership named "<place> District"; the review type of
an emerging-learning sheet issued while the review is still running (a briefing) and of a health
commissioner's board paper on a review (other). Documents are written by the conventions corpus's writers
(reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts are written for
these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations

_body = findings_and_recommendations


def _cover(doc, partnership: str, title: str) -> None:
    doc.add("cover", partnership)
    doc.add("title", title)
    doc.add("cover", "Published: 14 June 2022")
    doc.add("pagebreak")


# --- a partnership of several areas: the area is the borough the child lived in ----------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "partnership,covers,home,area,region",
    [
        (
            "Sutton and Merton Safeguarding Children Partnership",
            "The partnership covers the London Borough of Sutton and the London Borough of Merton.",
            "At the time Child K lived with her father and two brothers in Mitcham, in the London Borough of "
            "Merton. The family had earlier lived in Cheam, in the London Borough of Sutton.",
            "Merton",
            "London",
        ),
        (
            "South Tees Safeguarding Children Partnership",
            "The partnership covers the areas of two unitary councils: Middlesbrough Council and Redcar and "
            "Cleveland Borough Council.",
            "Child K lived with her grandparents in Eston, in the Redcar and Cleveland borough.",
            "Redcar and Cleveland",
            "North East",
        ),
        (
            "East Berkshire Safeguarding Children Partnership",
            "The partnership covers Bracknell Forest, Slough and the Royal Borough of Windsor and Maidenhead.",
            "Child K had lived with her mother in Sandhurst, in the Bracknell Forest borough, since 2018.",
            "Bracknell Forest",
            "South East",
        ),
        (
            "Sutton and Merton Safeguarding Children Partnership",
            "The partnership covers the London Borough of Sutton and the London Borough of Merton.",
            "The family's home was in Morden, in the London Borough of Merton; they had previously lived "
            "in Wallington, in the London Borough of Sutton.",
            "Merton",
            "London",
        ),
    ],
)
def test_a_partnership_of_several_areas_takes_the_area_the_child_lived_in(
    tmp_path, fmt, partnership, covers, home, area, region
):
    def build(doc):
        _cover(doc, partnership, "Local Child Safeguarding Practice Review: Child K")
        doc.add("h1", "Introduction")
        doc.add("p", covers)
        doc.add("p", "Child K, who was 6 years old, was admitted to hospital with a fractured arm in 2021. " + home)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.area, review.region) == (area, region)


# --- "<place> District Safeguarding Children Partnership": the area is the place ---------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_district_partnership_names_its_place(tmp_path, fmt):
    def build(doc):
        _cover(
            doc,
            "Bradford District Safeguarding Children Partnership",
            "Local Child Safeguarding Practice Review: Child K",
        )
        doc.add("h1", "Introduction")
        doc.add("p", "Child K, who was 15 years old, was seriously harmed in 2021.")
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.area, review.region) == ("Bradford", "Yorkshire and the Humber")


# --- an emerging-learning sheet issued while the review runs is a briefing -------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_emerging_learning_sheet_is_a_briefing(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Leeds Safeguarding Children Partnership")
        doc.add("title", "Emerging learning: Baby R")
        doc.add("cover", "Issued: Spring term 2023")
        doc.add("pagebreak")
        doc.add("h1", "Why we are sharing this now")
        doc.add(
            "p",
            "The Local Child Safeguarding Practice Review about Baby R has not finished. Its report waits for "
            "the end of a trial, but some of what it has learned can be acted on now.",
        )
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert review.review_type == "briefing"


# --- a health commissioner's board paper on a review is no review ------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "meeting",
    [
        "NHS Leeds Integrated Care Board: Board meeting, 5 July 2023",
        "NHS Hounslow Clinical Commissioning Group: Governing Body meeting, March 2016",
    ],
)
def test_a_health_commissioners_board_paper_on_a_review_is_other(tmp_path, fmt, meeting):
    def build(doc):
        doc.add("cover", meeting)
        doc.add("cover", "Agenda item 5.2")
        doc.add("title", "Learning from the Serious Case Review about Child K")
        doc.add("cover", "Report author: Amal Farah, Designated Nurse for Safeguarding Children")
        doc.add("h1", "1. Summary")
        doc.add(
            "p",
            "The partnership published its review about Child K. This paper sets out what the review means "
            "for the services the Board commissions.",
        )
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert review.review_type == "other"


# --- a partnership naming one area, whatever other councils or homes the text names ------------------------
# (held by set 23 at first contact in some formats: a county partnership after its council's split, a
# unitary council made from merged councils, a royal borough in its formal name, a child who lived in
# three areas, a two-tier county whose district council houses the family)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "partnership,text,area,region",
    [
        (
            "Cumbria Safeguarding Children Partnership",
            "Child K lived with her mother in Workington, in what is now Cumberland. Cumbria County Council was "
            "replaced on 1 April 2023 by two unitary councils, Cumberland Council and Westmorland and Furness "
            "Council; the partnership still covers the whole county.",
            "Cumbria",
            "North West",
        ),
        (
            "Bournemouth, Christchurch and Poole Safeguarding Children Partnership",
            "Child K lived in Poole. The events began under the Borough of Poole and the Pan-Dorset Safeguarding "
            "Children Board of the time; BCP Council took over its work in April 2019.",
            "Bournemouth, Christchurch and Poole",
            "South West",
        ),
        (
            "Buckinghamshire Safeguarding Children Partnership",
            "Child K lived in High Wycombe. At the time housing was the responsibility of Wycombe District "
            "Council and children's services of Buckinghamshire County Council.",
            "Buckinghamshire",
            "South East",
        ),
        (
            "Royal Borough of Kingston upon Thames Safeguarding Children Partnership",
            "Child K lived in the Royal Borough of Kingston upon Thames (RBK) with her aunt. The Royal Borough's "
            "children's services are run by Achieving for Children.",
            "Kingston upon Thames",
            "London",
        ),
        (
            "Rochdale Safeguarding Children Partnership",
            "This review was commissioned by Rochdale Safeguarding Children Partnership, the partnership for the "
            "area where Child K was living at the time. The family had earlier lived in Oldham and then in Bury, "
            "and the Oldham and Bury partnerships contributed to the review.",
            "Rochdale",
            "North West",
        ),
        (
            "Kent Safeguarding Children Multi-Agency Partnership",
            "Child K lived in Maidstone, where housing is the responsibility of Maidstone Borough Council and "
            "children's services of Kent County Council.",
            "Kent",
            "South East",
        ),
    ],
)
def test_a_partnership_naming_one_area_keeps_it_whatever_other_places_the_text_names(
    tmp_path, fmt, partnership, text, area, region
):
    def build(doc):
        _cover(doc, partnership, "Local Child Safeguarding Practice Review: Child K")
        doc.add("h1", "Introduction")
        doc.add("p", "Child K, who was 11 years old, was seriously harmed in 2021. " + text)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.area, review.region) == (area, region)
