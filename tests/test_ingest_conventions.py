"""Ingest tests: each convention class of issue 17, on a document the test lays out itself.

Documents are written with the conventions corpus's writers (real PDF by
reportlab, DOCX by python-docx, HTML, plain text) and read back by the
extractor, so a class is tested through the same readers a real file goes
through. The texts here are written for these tests only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import extract_review
from search_app.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "corpus"))
from generator.conv_docs import EXTENSIONS, ConvDoc, render

META = {
    "title": "Local Child Safeguarding Practice Review: Child Q",
    "area": "Sefton",
    "region": "North West",
    "review_type": "LCSPR",
    "published": "2022-05",
    "child": "Child Q",
    "child_age": "",
    "author": "Ruth Abbott",
}
FINDINGS = [
    (
        "Bruising in a non-mobile baby",
        "A small bruise on the cheek of a baby who could not crawl was seen by two "
        "professionals, and neither made a referral because each thought the other would.",
    ),
    (
        "Men in the household",
        "The mother's partner was present at most visits but was never asked about his own "
        "history, and no agency checked who he was.",
    ),
    (
        "Neglect that became normal",
        "Over three years the condition of the home was described in the same words "
        "at every visit, and the drift was not seen because nobody read the records as a whole.",
    ),
]
RECS = [
    ("The Partnership should audit how bruising protocols are used by health visitors.", "Integrated Care Board"),
    (
        "Children's social care should make sure every adult in the household is identified in an assessment.",
        "Children's Social Care",
    ),
]


def _write(tmp_path: Path, fmt: str, build, meta: dict | None = None, header: str = "") -> tuple[Path, ConvDoc]:
    doc = ConvDoc("t", "T", fmt, dict(meta or META), header=header)
    build(doc)
    path = tmp_path / ("review" + EXTENSIONS[fmt])
    path.write_bytes(render(doc))
    return path, doc


def _rows(review, *fields):
    """Each lesson of a review as a tuple of the named fields, in document order."""
    return [tuple(getattr(l, f) for f in fields) for l in review.lessons]


def _cover(doc: ConvDoc, partnership: str = "Sefton Safeguarding Children Partnership") -> None:
    doc.add("cover", partnership)
    doc.add("title", doc.meta["title"])
    doc.add("cover", f"Author: {doc.meta['author']}")
    doc.add("cover", "Publication date: May 2022")
    doc.add("pagebreak")


def _texts(review) -> list[str]:
    return [l.text for l in review.lessons]


# --- run-in labels --------------------------------------------------------


@pytest.mark.parametrize("fmt,bold", [("pdf", True), ("docx", True), ("html", True), ("txt", False), ("pdf", False)])
def test_run_in_labels_opening_paragraphs_in_a_row_are_separate_lessons(tmp_path, fmt, bold):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Key findings")
        for i, (_, body) in enumerate(FINDINGS, 1):
            doc.add("runin", body, label=f"Key finding {i}.", bold_label=bold)

    path, _ = _write(tmp_path, fmt, build)
    review = extract_review(path)
    assert [(l.kind, l.label) for l in review.lessons] == [("finding", f"Key finding {i}") for i in (1, 2, 3)]
    assert _texts(review) == [body for _, body in FINDINGS]


# --- NSPCC repository summaries -------------------------------------------


def _nspcc(doc, first_line, case, learning, recs, inline=False):
    doc.add("title", first_line)
    doc.add("p", case)
    if inline:
        doc.add("p", f"{learning} {recs}")
    else:
        doc.add("p", learning)
        doc.add("p", recs)


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_nspcc_summary_first_line_gives_year_area_and_child_and_lists_split_by_kind(tmp_path, fmt):
    path, _ = _write(
        tmp_path,
        fmt,
        lambda d: _nspcc(
            d,
            "2019 - Wigan - Child M",
            "Serious case review into the injuries of a 4-month-old boy in March 2017. The father was convicted.",
            "Learning: importance of hearing the voice of the child; sharing information about fathers; "
            "escalating disagreement.",
            "Recommendations: the Board should publish guidance on non-mobile babies; agencies should record "
            "who lives in the household.",
        ),
    )
    review = extract_review(path)
    assert (review.published, review.area, review.child) == ("2019", "Wigan", "Child M")
    assert review.region == "North West"
    assert [l.kind for l in review.lessons] == ["learning_point"] * 3 + ["recommendation"] * 2
    assert review.lessons[0].text == "Importance of hearing the voice of the child"
    assert review.lessons[-1].text == "Agencies should record who lives in the household"


def test_nspcc_summary_recommendations_starting_inside_the_learning_paragraph_are_a_new_list(tmp_path):
    path, _ = _write(
        tmp_path,
        "html",
        lambda d: _nspcc(
            d,
            "2021 - Bury - Ellie",
            "Local child safeguarding practice review into the death of a 15-year-old girl between June 2018 and "
            "August 2019.",
            "Learning includes: professional curiosity about self-harm; transition to adult services.",
            "Recommendations for the Bury Safeguarding Children Partnership include: commission training on "
            "self-harm; review the transition protocol.",
            inline=True,
        ),
    )
    review = extract_review(path)
    assert [l.kind for l in review.lessons] == ["learning_point", "learning_point", "recommendation", "recommendation"]
    assert review.lessons[1].text == "Transition to adult services"
    assert review.published == "2021"  # not June 2018, the date of an event


@pytest.mark.parametrize(
    "cue,kind",
    [
        ("Issues identified include:", "learning_point"),
        ("Lessons learned:", "learning_point"),
        ("Recommendations include:", "recommendation"),
    ],
)
def test_nspcc_summary_anonymous_area_and_month_year(tmp_path, cue, kind):
    path, _ = _write(
        tmp_path,
        "txt",
        lambda d: _nspcc(
            d,
            "March 2016 - Anonymous - Child S",
            "Serious case review into the neglect of a 6-year-old girl.",
            f"{cue} first matter to learn; second matter to learn.",
            "Keywords: neglect.",
        ),
    )
    review = extract_review(path)
    assert (review.published, review.area, review.region, review.child) == ("2016-03", "", "", "Child S")
    assert [(l.kind, l.text) for l in review.lessons] == [
        (kind, "First matter to learn"),
        (kind, "Second matter to learn"),
    ]


# --- lists introduced in prose --------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "html", "docx", "pdf"])
def test_lists_introduced_in_prose_are_lessons(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Analysis")
        doc.add("p", "The family moved three times in two years.")
        doc.add(
            "p",
            "Practitioners reflected on the case at a learning event, and the review identified learning including:",
        )
        for _, body in FINDINGS[:2]:
            doc.add("bullet", body, label="\u2022")
        doc.add("h1", "Conclusion")
        doc.add("p", "The review panel agreed its conclusions. The specific recommendations made are:")
        for text, _ in RECS:
            doc.add("bullet", text, label="-")

    path, _ = _write(tmp_path, fmt, build)
    review = extract_review(path)
    assert [(l.kind, l.text) for l in review.lessons] == [("learning_point", b) for _, b in FINDINGS[:2]] + [
        ("recommendation", t) for t, _ in RECS
    ]


# --- contents pages and front matter ---------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_contents_pages_and_front_matter_give_no_lessons(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("toc")
        if fmt == "txt":
            for i, (title, _) in enumerate(FINDINGS, 1):
                doc.add("p", f"Finding {i}: {title} {'.' * 12} {20 + 3 * i}")
        doc.add("pagebreak")
        for heading in ("Introduction", "Terms of reference", "Methodology", "Chronology"):
            doc.add("h1", heading)
            doc.add("p", "This section describes the review and the events it looked at, and contains no learning.")
        doc.add("h1", "Findings")
        for i, (title, body) in enumerate(FINDINGS, 1):
            doc.add("h2", f"Finding {i}: {title}")
            doc.add("p", body)

    path, _ = _write(tmp_path, fmt, build)
    review = extract_review(path)
    assert [l.label for l in review.lessons] == ["Finding 1", "Finding 2", "Finding 3"]
    assert all(l.section not in ("Contents", "Introduction", "Methodology") for l in review.lessons)
    assert [l.title for l in review.lessons] == [t for t, _ in FINDINGS]


# --- dates, area, title -----------------------------------------------------


def test_cover_date_block_gives_the_publication_date(tmp_path):
    def build(doc):
        doc.add("cover", "Hertfordshire Safeguarding Children Board")
        doc.add("title", "Serious Case Review: Child A")
        doc.add("cover", "Episode that triggered the review March 2013")
        doc.add("cover", "LSCB adoption of the review findings September 2014")
        doc.add("cover", "Publication November 2016")
        doc.add("pagebreak")
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: " + FINDINGS[0][0])
        doc.add("p", FINDINGS[0][1])

    path, _ = _write(tmp_path, "pdf", build)
    assert extract_review(path).published == "2016-11"


@pytest.mark.parametrize(
    "place,kind",
    [("Borsetshire", "Safeguarding Children Partnership"), ("Loamshire", "Local Safeguarding Children Board")],
)
def test_area_is_the_place_a_partnership_is_named_after_and_never_a_family_pseudonym(tmp_path, place, kind):
    def build(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", f"{place} {kind}")
        doc.add("cover", "Published: 3 March 2021")
        doc.add("h1", "Introduction")
        doc.add("p", "In this report the household is referred to as Family X. Names of professionals are not used.")
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: " + FINDINGS[0][0])
        doc.add("p", FINDINGS[0][1])

    path, _ = _write(tmp_path, "html", build)
    review = extract_review(path)
    assert review.area == place


def test_title_comes_whole_from_the_cover_not_from_the_running_header(tmp_path):
    meta = dict(META, title="Serious Case Review Overview Report: Child X", review_type="SCR")

    def build(doc):
        _cover(doc, "Sefton Safeguarding Children Board")
        doc.add("h1", "Introduction")
        doc.add("p", "This section describes the review.")
        doc.add("h1", "Findings")
        for i, (title, body) in enumerate(FINDINGS, 1):
            doc.add("h2", f"Finding {i}: {title}")
            doc.add("p", body)

    path, _ = _write(tmp_path, "pdf", build, meta=meta, header="SCR Child X")
    review = extract_review(path)
    assert review.title == "Serious Case Review Overview Report: Child X"
    assert review.child == "Child X"


# --- headings running into their text; the title field ----------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_a_heading_running_into_its_text_is_the_lesson_title(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        for title, body in FINDINGS:
            doc.add("runin", body, label=title)

    path, _ = _write(tmp_path, fmt, build)
    review = extract_review(path)
    assert [l.title for l in review.lessons] == [t for t, _ in FINDINGS]
    assert _texts(review) == [f"{t} {b}" for t, b in FINDINGS]


def test_lessons_extract_json_gives_each_lesson_its_title(tmp_path):
    from search_app.cli import main

    def build(doc):
        _cover(doc)
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: " + FINDINGS[0][0])
        doc.add("p", FINDINGS[0][1])
        doc.add("h1", "Recommendations")
        doc.add("runin", RECS[0][0], label="Recommendation 1:")

    path, _ = _write(tmp_path, "docx", build)
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "data"), "extract", "--json", "--no-themes", str(path)]
    )
    assert result.exit_code == 0, result.output
    lessons = json.loads(result.output.splitlines()[0])["lessons"]
    assert [(l["label"], l["title"]) for l in lessons] == [("Finding 1", FINDINGS[0][0]), ("Recommendation 1", "")]


# --- recommendation tables ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "txt"])
def test_recommendation_table_lead_agency_is_the_agency_never_the_text(tmp_path, fmt):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Recommendations")
        doc.add("header", cells=("No.", "Recommendation", "Lead agency"))
        for j, (text, agency) in enumerate(RECS, 1):
            doc.add("row", cells=(str(j), text, agency))

    path, _ = _write(tmp_path, fmt, build)
    review = extract_review(path)
    assert [(l.label, l.text, l.agency) for l in review.lessons] == [(str(j), t, a) for j, (t, a) in enumerate(RECS, 1)]


def test_recommendation_table_cells_broken_across_a_page_are_joined_into_their_row(tmp_path):
    long_text = " ".join(t for t, _ in RECS) + " " + " ".join(b for _, b in FINDINGS)

    def build(filler: int):
        def lay_out(doc):
            _cover(doc)
            doc.add("h1", "Background")
            for _ in range(filler):
                doc.add("p", "The family had lived in the area for many years and were known to several agencies. " * 3)
            doc.add("h1", "Recommendations")
            doc.add("header", cells=("No.", "Recommendation", "Lead agency"))
            doc.add(
                "row",
                keys=doc.lesson("recommendation", "1", RECS[1][0], ("information_sharing",), RECS[1][1]),
                cells=("1", RECS[1][0], RECS[1][1]),
            )
            doc.add(
                "row",
                keys=doc.lesson("recommendation", "2", long_text, ("information_sharing",), "Police"),
                cells=("2", long_text, "Police"),
            )
            doc.add(
                "row",
                keys=doc.lesson("recommendation", "3", RECS[0][0], ("information_sharing",), RECS[0][1]),
                cells=("3", RECS[0][0], RECS[0][1]),
            )

        return lay_out

    # Push the table down the page until its long row breaks across the page end.
    for filler in range(4, 40):
        path, doc = _write(tmp_path, "pdf", build(filler))
        if doc.lessons[1].page_start < doc.lessons[1].page_end:
            break
    else:
        pytest.fail("no layout broke the long row across a page")
    review = extract_review(path)
    assert [(l.text, l.agency) for l in review.lessons] == [
        (RECS[1][0], RECS[1][1]),
        (long_text, "Police"),
        (RECS[0][0], RECS[0][1]),
    ]


# --- heading-only lessons, and the checks ------------------------------------


def test_a_heading_with_no_text_under_it_is_not_a_lesson(tmp_path):
    def build(doc):
        _cover(doc)
        doc.add("h1", "Learning from the events")
        doc.add("h2", FINDINGS[0][0])
        doc.add("h2", FINDINGS[1][0])
        doc.add("p", FINDINGS[1][1])

    path, _ = _write(tmp_path, "docx", build)
    review = extract_review(path)
    assert [(l.title, l.text) for l in review.lessons] == [(FINDINGS[1][0], f"{FINDINGS[1][0]} {FINDINGS[1][1]}")]


def test_documents_with_odd_extractions_carry_warnings(tmp_path):
    def no_lessons(doc):
        _cover(doc)
        doc.add("h1", "Introduction")
        doc.add("p", "This page introduces the review; the report itself is published separately.")

    path, _ = _write(tmp_path, "html", no_lessons, meta=dict(META))
    assert "no lessons found" in extract_review(path).warnings

    def odd_year(doc):
        doc.add("title", doc.meta["title"])
        doc.add("cover", "Sefton Safeguarding Children Partnership. Published: 4 May 1996")
        doc.add("h1", "Findings")
        doc.add("h2", "Finding 1: Short")
        doc.add("p", "Too brief.")
        doc.add("h2", "Finding 2: " + FINDINGS[0][0])
        doc.add("p", " ".join(b for _, b in FINDINGS) * 8)

    path, _ = _write(tmp_path, "html", odd_year)
    warnings = extract_review(path).warnings
    assert any("publication year 1996 is outside 2000" in w for w in warnings), warnings
    assert any(w.startswith("lesson 2 (Finding 2) is") and "run together" in w for w in warnings), warnings
