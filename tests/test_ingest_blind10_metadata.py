"""Ingest tests: the metadata classes blind held-out set 10 (C205-C222) found the extractor missing,
each on a document the test lays out itself.

Documents are written by the conventions corpus's writers (reportlab PDF, python-docx, HTML, text)
and read back through the real readers. The texts are written for these tests only.
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
SEEN = (
    "The school nurse heard about the bruises from a classmate and passed it on only at the end of term.",
    "No one outside the family knew that the older brother had moved back into the flat in the spring.",
)
ASKS = ("The Partnership should remind schools that a concern heard second-hand is still a concern to share.",)
META = {
    "title": "",
    "area": "Halton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2023-06",
    "child": "",
    "child_age": "",
    "author": "Imogen Thackeray",
}


def _review(tmp_path, fmt, build, **meta):
    return extract_review(write_document(tmp_path, fmt, build, {**META, **meta})[0])


def _cased(text):
    """A title compared as the evaluation does: a plain-text cover printed in capitals loses its case."""
    return " ".join(text.lower().split())


def _lessons(doc, heading="Learning"):
    doc.add("h1", heading)
    for text in SEEN:
        doc.add("bullet", text)


# --- a record naming its place in a "Location:" field, no partnership printed ----------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "label,place,region", [("Location", "Halton", "North West"), ("Local authority", "Medway", "South East")]
)
def test_a_location_field_names_the_area(tmp_path, fmt, label, place, region):
    title = "Local Child Safeguarding Practice Review: Child W"

    def build(doc):
        doc.add("cover", "Case review library > Reviews published this year")
        doc.add("title", title)
        doc.add("cover", f"{label}: {place}")
        doc.add("cover", "Publication date: June 2023")
        doc.add("h1", "Summary")
        doc.add("p", "Child W was found alone at home by a neighbour, who called the police.")
        _lessons(doc)

    review = _review(tmp_path, fmt, build, title=title, area=place, region=region, child="Child W")
    assert (review.area, review.region) == (place, region)


def test_an_anonymous_location_names_no_area(tmp_path):
    def build(doc):
        doc.add("title", "Serious Case Review: Child W")
        doc.add("cover", "Location: Anonymous")
        doc.add("cover", "Publication date: June 2015")
        _lessons(doc)

    review = _review(tmp_path, "txt", build, title="Serious Case Review: Child W", area="", region="")
    assert review.area == ""
