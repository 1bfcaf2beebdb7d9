"""Ingest tests: metadata and scanned lists as the recent reviews of blind held-out set 27's second half
(C799-C816) print them, each on a document or blocks the test lays out itself.

A co-reviewer's field beside the lead reviewer's: both are the authors. A cover titled by the child alone with
"– final report": the title whole. A rapid review's Item / Detail table with the date it was submitted to the
national Panel before the date it was published: the publication is the latter. A scanned list of findings
whose first number OCR read as a letter ("i A strategy ..."), and a recommendation's number read as letters
before one read without its stop ("ea The ...", "3 The ..."): items in order. A scanned cover's title whose
last line was read a little smaller and opens in lower case ("report: Child A"): one title. The texts are
written for these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import bare_review_of, findings_and_recommendations

from ingest.layout import Block
from ingest.metadata.title import _title
from ingest.scan_lists import misread_first_numbers, misread_numbers


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_a_co_reviewer_beside_the_lead_reviewer_is_an_author(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Wakefield Safeguarding Children Partnership")
        doc.add("title", "Local Child Safeguarding Practice Review: Child K")
        doc.add("cover", "Lead reviewer: Jane Whitfield")
        doc.add("cover", "Co-reviewer: Dr Tom Hartley")
        doc.add("cover", "9 March 2025")
        findings_and_recommendations(doc)

    assert bare_review_of(tmp_path, fmt, build).author == "Jane Whitfield and Dr Tom Hartley"


@pytest.mark.parametrize("child", ["Child W", "Zara"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "txt"])
def test_a_cover_titled_by_the_child_keeps_its_final_report(tmp_path, fmt, child):
    def build(doc):
        doc.add("cover", "Enfield Safeguarding Children Partnership")
        doc.add("title", f"{child} – final report")
        doc.add("cover", "Author: Jane Whitfield")
        findings_and_recommendations(doc)

    # (a text copy prints the title in capitals, read back in title case)
    assert bare_review_of(tmp_path, fmt, build).title.lower() == f"{child} – final report".lower()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_the_date_published_comes_before_the_date_submitted_to_the_panel(tmp_path, fmt):
    def build(doc):
        doc.add("cover", "Salford Safeguarding Children Partnership")
        doc.add("title", "Rapid review: Baby N")
        doc.add("header", cells=("Item", "Detail"))
        doc.add("row", cells=("Date of rapid review meeting", "19 May 2024"))
        doc.add("row", cells=("Date submitted to the national Panel", "27 May 2024"))
        doc.add("row", cells=("Date published", "30 September 2024"))
        findings_and_recommendations(doc)

    assert bare_review_of(tmp_path, fmt, build).published == "2024-09-30"


def _scanned(kind: str, text: str, x0: float) -> Block:
    return Block(kind, text, 1, 1, x0=x0)


def test_a_scanned_list_of_findings_whose_first_number_was_read_as_a_letter_is_numbered_again():
    blocks = [
        Block("heading", "Areas for improvement", 1, 1, level=2, x0=60.0),
        _scanned("para", "i A strategy discussion was held but it did not take account of the earlier bruise.", 61.2),
        _scanned("item", "2. The health practitioner could see only the community health record.", 60.0),
    ]
    assert [(b.kind, b.text[:5]) for b in misread_first_numbers(blocks)[1:]] == [("item", "1. A "), ("item", "2. Th")]
    # a narrative paragraph opening with the word "I" is never an item
    blocks[1] = _scanned("para", "I A note was made by the reviewer.", 61.2)
    assert misread_first_numbers(blocks)[1].kind == "para"


def test_a_scanned_number_read_as_letters_before_one_read_without_its_stop():
    blocks = [
        Block("heading", "Recommendations", 2, 2, level=2, x0=63.8),
        _scanned("item", "1. Children's social care should allocate unborn baby referrals within ten days.", 64.3),
        _scanned("para", "ea The Partnership should ensure practitioners see babies undressed on visits.", 63.4),
        _scanned("para", "3 The Partnership should set out expectations for face-to-face contact.", 62.9),
    ]
    assert [b.text[:5] for b in misread_numbers(blocks)[1:]] == ["1. Ch", "2. Th", "3. Th"]


def test_a_scanned_covers_title_whose_last_line_was_read_smaller_is_one_title():
    blocks = [
        Block("para", "North Lincolnshire Safeguarding Children Partnership", 1, 1, size=12.5),
        Block("heading", "Significant Incident Learning Process (SILP)", 1, 1, level=2, size=24.0),
        Block("heading", "report: Child A", 1, 1, level=2, size=21.0),
        Block("para", "Lead reviewer: Dr Rupert Vance", 1, 1, size=12.5),
    ]
    assert _title(blocks) == "Significant Incident Learning Process (SILP) report: Child A"
