"""Ingest tests: the metadata classes blind held-out set 24 (C673-C708) left the extractor missing, each on
a document the test lays out itself.

The child's age at the incident the review is about when the text prints several (the age the harm was
found or the child died, not the age concerns began, often a bare number), years and months kept whole, a
young adult's age; a child known by one letter alone; several writers on the cover (a list with degrees
and honours after each name, or a field of its own for each writer's role, never the panel's chair); and
a text file's table row broken off by a page break (its last cell's rest opening the next page, its
number cell never taken for a page number); a page printing no partnership (no area) whose title
"Learning from Child O" is kept as printed. Documents are written by the conventions corpus's writers
(reportlab PDF, python-docx, HTML, text) and read back through the real readers. The texts are written for
these tests only.
"""

from __future__ import annotations

import pytest
from convention_documents import BARE_META, FORMATS, bare_review_of, findings_and_recommendations, write_document

from ingest import extract_review

_body = findings_and_recommendations


def _cover(doc, title: str, *fields: str) -> None:
    doc.add("cover", "Calderbrook Safeguarding Children Partnership")
    doc.add("title", title)
    for field in fields:
        doc.add("cover", field)
    doc.add("cover", "Published: 14 June 2022")
    doc.add("pagebreak")


# --- several ages: the age at the incident the review is about --------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "told,age",
    [
        (
            "The neglect by her carers began when Child K was 9 and was discovered when she was 13, after a "
            "teacher saw her collapse in a lesson.",
            "13 years",
        ),
        (
            "Worries that Child K was being groomed online were first raised when she was 12. She died at the "
            "age of 14 after taking an overdose at home.",
            "14 years",
        ),
        (
            "Child K had been known to children's services since he was 6. He was 11 when he died in a "
            "house fire at his father's flat.",
            "11 years",
        ),
    ],
)
def test_the_childs_age_is_the_age_at_the_incident_not_when_concerns_began(tmp_path, fmt, told, age):
    def build(doc):
        _cover(doc, "Local Child Safeguarding Practice Review: Child K")
        doc.add("h1", "Introduction")
        doc.add("p", told)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.child, review.child_age) == ("Child K", age)


# --- an age in years and months, kept whole -------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_age_in_years_and_months_is_kept_whole(tmp_path, fmt):
    def build(doc):
        _cover(doc, "Local Child Safeguarding Practice Review: Child K")
        doc.add("h1", "Introduction")
        doc.add("p", "Child K was seriously injured in a collision. He was 16 years and 4 months old at the time.")
        _body(doc)

    assert bare_review_of(tmp_path, fmt, build).child_age == "16 years and 4 months"


# --- a young adult the review is about: an age over 17 that is the review's subject's ---------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,told,child,age",
    [
        (
            "Joint Learning Review: Young Person K",
            "This review is about Young Person K, a young adult aged 19 who died of an overdose. His "
            "21-year-old brother found him.",
            "Young Person K",
            "19 years",
        ),
        (
            "Learning review: J, a care leaver",
            "J was 20 years old and a care leaver when she died. She had been in care from the age of 9.",
            "J",
            "20 years",
        ),
    ],
)
def test_a_young_adults_age_is_read_when_the_review_names_them_before_it(tmp_path, fmt, title, told, child, age):
    def build(doc):
        _cover(doc, title)
        doc.add("h1", "Introduction")
        doc.add("p", told)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.child, review.child_age) == (child, age)


# --- a child known by a single letter ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,told",
    [
        ("Local Child Safeguarding Practice Review: W", "W was 15 years old when she was assaulted."),
        (
            "Local Child Safeguarding Practice Review",
            "In this report the young person is called W, the letter chosen by her mother. W was 15 years old "
            "when she was assaulted.",
        ),
    ],
)
def test_a_child_known_by_one_letter_is_the_child(tmp_path, fmt, title, told):
    def build(doc):
        _cover(doc, title)
        doc.add("h1", "Introduction")
        doc.add("p", told)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.child, review.child_age) == ("W", "15 years")


# --- several writers on the cover ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "fields,author",
    [
        (
            ("Lead Reviewer: Priya Menon", "Report writer: Tom Hartley", "Chair of the review panel: Dr Ann Cole"),
            "Priya Menon and Tom Hartley",
        ),
        (
            ("Chair of the review panel: Dr Ann Cole", "Independent Reviewer: Priya Menon", "Author: Dr Tom Hartley"),
            "Priya Menon and Dr Tom Hartley",
        ),
        (
            ("Independent Reviewers: Priya Menon MA, RSW, Tom Hartley BSc (Hons) and Ann Cole PhD",),
            "Priya Menon, Tom Hartley and Ann Cole",
        ),
    ],
)
def test_several_writers_on_the_cover_are_the_author_never_the_chair(tmp_path, fmt, fields, author):
    def build(doc):
        _cover(doc, "Local Child Safeguarding Practice Review: Child K", *fields)
        doc.add("h1", "Introduction")
        doc.add("p", "Child K, who was 4 years old, was admitted to hospital with a head injury.")
        _body(doc)

    assert bare_review_of(tmp_path, fmt, build).author == author


# --- a text file's table row broken off by a page break ----------------------------------------------------

_TABLE = """Local Child Safeguarding Practice Review: Child K
=================================================

Calderbrook Safeguarding Children Partnership
Published: 14 June 2022

RECOMMENDATIONS

No. | Recommendation | Lead agency

1 | Health visitors should ask every father about his own childhood at the
    first visit. | Community Health Services

2 | The housing service should tell children's social care when a family with
    a baby is evicted, and ask whether the{rest2}

Page 1 of 2
\f{carried}
3 | The partnership should audit how often fathers are invited to child
    protection conferences. | Calderbrook Safeguarding Children Partnership
    and Public Health


Page 2 of 2
"""


@pytest.mark.parametrize(
    "rest2,carried,agency2",
    [
        # the last cell broken off: its rest opens the next page
        (" children are known. | Calderbrook", "    Borough Council\n", "Calderbrook Borough Council"),
        # the row's last sentence and its whole agency cell carried over
        ("", "    children are known. | Calderbrook Borough Council\n", "Calderbrook Borough Council"),
    ],
)
def test_a_text_tables_row_carried_over_a_page_break_keeps_its_cells(tmp_path, rest2, carried, agency2):
    path = tmp_path / "table.txt"
    path.write_text(_TABLE.format(rest2=rest2, carried=carried), encoding="utf-8")
    lessons = [(l.label, l.agency) for l in extract_review(path).lessons]
    assert lessons == [
        ("1", "Community Health Services"),
        ("2", agency2),
        ("3", "Calderbrook Safeguarding Children Partnership and Public Health"),
    ]


# --- the specialist fields' children and ages, in every format ----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "title,told,child,age",
    [
        # a young person the report never names: no child, the age as printed
        (
            "Local Child Safeguarding Practice Review",
            "This report gives the young person no name, initial or pseudonym. The young person was 15 years old "
            "when they told a youth worker that they were being taken abroad to be married.",
            "",
            "15 years",
        ),
        # a baby unborn at the time of the events: "unborn", never the weeks of the pregnancy
        (
            "Local Child Safeguarding Practice Review: Baby K",
            "This review concerns Baby K, who was unborn at the time of the events it considers. A referral "
            "should have been made by 20 weeks of pregnancy.",
            "Baby K",
            "unborn",
        ),
        # a baby known to agencies while unborn who died: the age at the death
        (
            "Local Child Safeguarding Practice Review: Baby K",
            "Baby K died at 7 weeks old after a head injury. Agencies first became involved when Baby K was "
            "unborn, after the mother disclosed domestic abuse.",
            "Baby K",
            "7 weeks",
        ),
        # several children with an age range: the family, no one age
        (
            "Local Child Safeguarding Practice Review: Family K",
            "This review concerns the four children of Family K, aged between 2 and 13 at the time of the review.",
            "Family K",
            "",
        ),
        # several children none of them named: no child, no age
        (
            "Local Child Safeguarding Practice Review: Children at a residential school",
            "This review concerns five disabled children, aged from 9 to 16, who lived at a residential school.",
            "",
            "",
        ),
    ],
)
def test_the_specialist_fields_children_and_ages_as_printed(tmp_path, fmt, title, told, child, age):
    def build(doc):
        _cover(doc, title, "Independent reviewer: Priya Menon")
        doc.add("h1", "Introduction")
        doc.add("p", told)
        _body(doc)

    review = bare_review_of(tmp_path, fmt, build)
    assert (review.child, review.child_age) == (child, age)


# --- authors printed with honours, or named only in the acknowledgements -------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "fields,opening,author",
    [
        (("Independent Lead Reviewer: Tom Hartley, OBE, BA (Hons), MSc",), "", "Tom Hartley"),
        (("Lead reviewer: Dr Ann Cole FRCPCH",), "", "Dr Ann Cole"),
        (
            (),
            "The partnership thanks Tom Hartley, the independent reviewer who led this review and wrote this "
            "report, and everyone who contributed to it.\nPriya Menon, Independent Scrutineer, Calderbrook "
            "Safeguarding Children Partnership",
            "Tom Hartley",
        ),
    ],
)
def test_an_author_with_honours_or_thanked_in_the_acknowledgements(tmp_path, fmt, fields, opening, author):
    def build(doc):
        _cover(doc, "Local Child Safeguarding Practice Review: Child K", *fields)
        if opening:
            doc.add("h1", "Acknowledgements")
            for line in opening.split("\n"):
                doc.add("p", line)
        doc.add("h1", "Introduction")
        doc.add("p", "Child K, who was 4 years old, was admitted to hospital with a head injury.")
        _body(doc)

    assert bare_review_of(tmp_path, fmt, build).author == author


# --- a page printing no partnership: no area (C359, C365), its title as printed --------------------------


def _page_with_no_partnership(doc) -> None:
    doc.add("title", "Learning from Child O")
    doc.add("para", "Published December 2023")
    doc.add("para", "Child O, aged 16, was criminally exploited. The partnership has published this learning.")
    doc.add("h1", "Learning")
    doc.add("bullet", "Risk assessment tools were used as checklists rather than to inform a plan.")
    doc.add("bullet", "What the school knew about the child's friendships did not reach the exploitation panel.")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_page_printing_no_place_has_no_area_and_keeps_its_title_whole(tmp_path, fmt):
    # the file is named by a place, as a collection's downloads are: the document's own print decides
    meta = {**BARE_META, "title": "Learning from Child O"}
    written = write_document(tmp_path, fmt, _page_with_no_partnership, meta)[0]
    review = extract_review(written.rename(tmp_path / f"2023_walsall_child_o{written.suffix}"))
    assert (review.area, review.region) == ("", "")
    assert review.title == "Learning from Child O"
    assert review.child == "Child O"
