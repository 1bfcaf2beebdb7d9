"""Ingest tests: review metadata from covers, sidecar files, dates and regions."""

from __future__ import annotations

import pytest
from test_ingest_support import make_review_pdf

from ingest import IngestFailure, extract_review
from ingest.metadata import canonical_area, parse_date
from ingest.regions import REGIONS, region_of

FINDING = "Professionals did not see the father. He was present at most visits but no agency asked about him."


def _cover(*lines, title="Serious Case Review: Child T"):
    items = [("title", title)] + [("p", line) for line in lines]
    return items + [("pagebreak", None), ("h1", "Findings"), ("bold", "Finding 1: Fathers"), ("p", FINDING)]


@pytest.mark.parametrize(
    "printed, iso",
    [
        ("Publication date: 14 June 2017", "2017-06-14"),
        ("Published: September 2022", "2022-09"),
        ("Date of publication: Sept 2019", "2019-09"),
        ("published 2021", "2021"),
        ("2020-07-02", "2020-07-02"),
        ("Published 03/04/2020", "2020-04-03"),
        ("June 3, 2018", "2018-06-03"),
        ("no date here", ""),
    ],
)
def test_dates_keep_the_precision_printed(printed, iso):
    assert parse_date(printed) == iso


@pytest.mark.parametrize(
    "area, region",
    [
        ("Lancashire", "North West"),
        ("Cambridgeshire and Peterborough", "East of England"),
        ("North East Lincolnshire", "Yorkshire and the Humber"),
        ("Tower Hamlets", "London"),
        ("Brighton and Hove", "South East"),
        ("Bath and North East Somerset", "South West"),
        ("Anytown", ""),
        ("", ""),
    ],
)
def test_areas_map_to_english_regions(area, region):
    assert region_of(area) == region
    assert region in REGIONS + ("",)


def test_partnerships_naming_several_areas_take_the_one_the_report_is_about():
    assert canonical_area("Brighton & Hove", "") == "Brighton and Hove"
    assert canonical_area("Hull", "") == "Kingston upon Hull"
    assert canonical_area("Derby and Derbyshire", "Derby and Derbyshire SCP") == "Derbyshire"
    body = "Cornwall and the Isles of Scilly SCP. The family moved to Cornwall in 2019."
    assert canonical_area("Cornwall and the Isles of Scilly", body) == "Cornwall"


def test_cover_metadata_of_a_serious_case_review(tmp_path):
    path = make_review_pdf(
        tmp_path / "t.pdf",
        _cover(
            "Lancashire Safeguarding Children Board",
            "Author: Dr Helen Marsh, independent reviewer",
            "Publication date: 12 June 2014",
            "Child T was 7 months old when he was admitted to hospital.",
        ),
    )
    review = extract_review(path)
    assert (review.title, review.review_type, review.area, review.region, review.published) == (
        "Serious Case Review: Child T",
        "SCR",
        "Lancashire",
        "North West",
        "2014-06-12",
    )
    assert (review.child, review.child_age, review.author) == ("Child T", "7 months", "Dr Helen Marsh")


def test_nspcc_cover_sheet_fields(tmp_path):
    items = [
        ("p", "Title: Serious Case Review: Child W"),
        ("p", "LSCB: Norfolk Safeguarding Children Board"),
        ("p", "Author: Peter Lowther"),
        ("p", "Date of publication: November 2016"),
        ("pagebreak", None),
        ("h1", "Summary"),
        ("p", "Child W, aged 6 years, lived with his mother."),
        ("pagebreak", None),
        ("h1", "Findings"),
        ("bold", "Finding 1: Neglect"),
        ("p", FINDING),
    ]
    review = extract_review(make_review_pdf(tmp_path / "w.pdf", items))
    assert (review.title, review.area, review.region, review.author, review.published, review.child_age) == (
        "Serious Case Review: Child W",
        "Norfolk",
        "East of England",
        "Peter Lowther",
        "2016-11",
        "6 years",
    )


@pytest.mark.parametrize(
    "title, lines, review_type, child",
    [
        (
            "Local Child Safeguarding Practice Review: Holly",
            ["Anytown Safeguarding Children Partnership"],
            "LCSPR",
            "Holly",
        ),
        (
            "National review",
            [
                "Unseen fathers: injury to babies by male carers",
                "Published by: Child Safeguarding Practice Review Panel",
            ],
            "national",
            "",
        ),
        (
            "Thematic Review",
            ["Growing up neglected: older children", "Leeds Safeguarding Children Partnership"],
            "thematic",
            "",
        ),
        ("7 minute briefing: Infant B", ["Devon Children and Families Partnership May 2023"], "briefing", "Infant B"),
        (
            "Learning Briefing: LCSPR Baby J",
            ["Kent Safeguarding Children Multi-Agency Partnership"],
            "briefing",
            "Baby J",
        ),
        ("Overview report", ["Sutton Safeguarding Children Board"], "other", ""),
    ],
)
def test_review_types_and_pseudonyms(tmp_path, title, lines, review_type, child):
    review = extract_review(make_review_pdf(tmp_path / "r.pdf", _cover(*lines, title=title)))
    assert (review.review_type, review.child) == (review_type, child)


def test_subtitle_names_a_review_with_a_generic_title(tmp_path):
    review = extract_review(
        make_review_pdf(
            tmp_path / "n.pdf",
            _cover(
                "Unseen fathers: non-accidental injury to babies by male carers",
                "Published by: Child Safeguarding Practice Review Panel",
                "Publication date: 16 September 2021",
                title="National review",
            ),
        )
    )
    assert review.title == "Unseen fathers: non-accidental injury to babies by male carers"
    assert (review.area, review.region, review.author) == ("", "", "Child Safeguarding Practice Review Panel")


def test_sidecar_metadata_wins_where_it_speaks(tmp_path):
    path = make_review_pdf(tmp_path / "child_t.pdf", _cover("Anytown Safeguarding Children Partnership"))
    (tmp_path / "child_t.meta.yaml").write_text("area: Leeds\nreview_type: LCSPR\nauthor: Jane Smith\n")
    review = extract_review(path)
    assert (review.area, review.region, review.review_type, review.author) == (
        "Leeds",
        "Yorkshire and the Humber",
        "LCSPR",
        "Jane Smith",
    )
    assert review.title == "Serious Case Review: Child T"  # the sidecar does not speak of it


def test_a_broken_sidecar_is_a_clear_failure(tmp_path):
    path = make_review_pdf(tmp_path / "child_t.pdf", _cover())
    (tmp_path / "child_t.meta.yaml").write_text("area: [unclosed\n")
    with pytest.raises(IngestFailure) as caught:
        extract_review(path)
    assert caught.value.stage == "metadata" and "child_t.meta.yaml" in caught.value.reason
