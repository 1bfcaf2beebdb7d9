"""Ingest tests: the metadata classes blind held-out set 22 (C601-C636) found the extractor missing, each
on a document the test lays out itself.

Cover forms of label and value cells: an author field filled with a placeholder ("N/A (written by the review
panel)": no author); a form dating a step of the review ("Date of panel sign-off") before its "Date of
issue" (the publication); a document-information table whose "Locality" field is the only place the area
is printed. Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML,
text) and read back through the real readers; the texts are written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import FORMATS, bare_review_of, findings_and_recommendations


def _form(doc, title: str, fields: tuple[tuple[str, str], ...], partnership: str = "") -> None:
    """A cover: the partnership (if any), the title, a "Field | Detail" form, a page break, an introduction."""
    if partnership:
        doc.add("cover", partnership)
    doc.add("title", title)
    doc.add("header", cells=("Field", "Detail"))
    for label, value in fields:
        doc.add("row", cells=(label, value))
    doc.add("pagebreak")
    doc.add("h1", "Introduction")
    doc.add("p", "The child was injured at home, and the agencies that knew the family met to learn from it.")
    findings_and_recommendations(doc)


# --- an author field filled with a placeholder --------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("placeholder", ["N/A (written by the review panel)", "Not applicable", "None"])
def test_an_author_field_filled_with_a_placeholder_names_no_author(tmp_path, fmt, placeholder):
    title = "Local Child Safeguarding Practice Review: Child F"

    def build(doc):
        fields = (
            ("Name used in this report", "Child F"),
            ("Independent author", placeholder),
            ("Date published", "March 2023"),
        )
        _form(doc, title, fields, "Wigan Safeguarding Children Partnership")

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.author, review.published) == ("", "2023-03")


# --- a step of the review dated before the date of issue ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_forms_date_of_issue_is_the_publication_not_its_panel_sign_off(tmp_path, fmt):
    title = "Serious Case Review: Child W"

    def build(doc):
        fields = (
            ("Case reference", "SCR 2015/02"),
            ("Subject", "Child W"),
            ("Date of panel sign-off", "February 2016"),
            ("Reviewer(s)", "Malcolm Trent"),
            ("Date of issue", "September 2016"),
        )
        _form(doc, title, fields, "Dudley Safeguarding Children Board")

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert review.published == "2016-09"


# --- the area given only in a "Locality" field ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_area_given_only_in_a_locality_field_is_the_area(tmp_path, fmt):
    title = "Serious Case Review in respect of Maisie"

    def build(doc):
        fields = (
            ("Document title", title),
            ("Reviewer(s)", "Gwen Hollis"),
            ("Date of issue", "11 April 2015"),
            ("Locality", "Swindon"),
            ("Version", "1.0 Final"),
        )
        _form(doc, title, fields)

    review = bare_review_of(tmp_path, fmt, build, title=title)
    assert (review.area, review.region) == ("Swindon", "South West")
