"""Briefing tests on real ingested reviews of the sample corpus: the briefing's
figures, groups and citations checked against the catalog, every format read
back (pdfminer.six for the PDF, python-docx for the Word file), determinism,
and the `lessons brief` command.

The other tests/test_briefing_*.py modules import `corpus_site` from here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass

import docx
import pytest
from click.testing import CliRunner
from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from search_app.briefing import BriefingError, BriefingSpec, build_briefing, make_briefing, render
from search_app.briefing.rendering import CSV_COLUMNS
from search_app.briefing.selection import date_in_words
from search_app.catalog.store import Catalog
from search_app.cli.brief_cmds import brief
from search_app.pipeline import ingest_paths
from search_app.search import open_backend
from search_app.search.contract import SearchRequest
from search_app.search.labels import ThemeBook
from search_app.settings import PROJECT_ROOT, Settings

REVIEWS = PROJECT_ROOT / "corpus" / "reviews"
# Reviews about infants (PDF, Word and text), and one about something else.
FILES = (
    "national_2021_unseen_fathers.pdf",
    "scr_2014_lancashire_child_t.pdf",
    "scr_2017_wigan_child_g.pdf",
    "lcspr_2020_durham_baby_a.pdf",
    "briefing_2024_suffolk_baby_o.docx",
    "lcspr_2020_sunderland_child_b.txt",
)
LINKS = "https://lessons.example.org/reviews/{review_id}/document"
NAI = BriefingSpec(filters={"theme": ("harm.nai_infant",)})
EVERYTHING = BriefingSpec(year_from=2010, year_to=2025)
DAY_ONE, DAY_TWO = dt.date(2025, 3, 1), dt.date(2025, 3, 2)


@dataclass(frozen=True)
class CorpusSite:
    settings: Settings


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory) -> CorpusSite:
    data = tmp_path_factory.mktemp("briefing-data")
    settings = Settings.load({"data_dir": str(data), "workers": 1}, environ={})
    report = ingest_paths(settings, [REVIEWS / name for name in FILES])
    assert report.ok and len(report.added) == len(FILES)
    return CorpusSite(settings)


def make(site: CorpusSite, spec: BriefingSpec, day: dt.date = DAY_ONE):
    return make_briefing(site.settings, spec, LINKS, day)


@pytest.fixture(scope="module")
def nai(corpus_site):
    return make(corpus_site, NAI)


@pytest.fixture(scope="module")
def everything(corpus_site):
    return make(corpus_site, EVERYTHING)


def _search_total(site: CorpusSite, spec: BriefingSpec) -> int:
    backend = open_backend(site.settings)
    try:
        return backend.search(
            SearchRequest(
                query=spec.query,
                filters=spec.filters,
                year_from=spec.year_from,
                year_to=spec.year_to,
                per_page=1,
                facets=(),
            )
        ).total
    finally:
        backend.close()


@pytest.mark.parametrize("which", ["nai", "everything"])
def test_lessons_and_figures_agree_with_the_catalog(request, corpus_site, which):
    b = request.getfixturevalue(which)
    spec = NAI if which == "nai" else EVERYTHING
    assert b.figures.lessons == len(b.lessons) == _search_total(corpus_site, spec) > 0
    with Catalog(corpus_site.settings.catalog) as catalog:
        reviews = {rid: catalog.review(rid) for rid in {l.lesson.review_id for l in b.lessons}}
        assert None not in reviews.values()
        for item in b.lessons:
            stored = next(x for x in reviews[item.lesson.review_id].lessons if x.ordinal == item.lesson.ordinal)
            assert (stored.text, stored.page_start, stored.page_end) == (
                item.lesson.text,
                item.lesson.page_start,
                item.lesson.page_end,
            )
            if spec is NAI:
                assert "harm.nai_infant" in catalog.analysis(item.lesson.id).theme_ids
        assert b.corpus.reviews_in_catalog == len(FILES) == catalog.stats()["reviews"]
        assert b.corpus.lessons_in_catalog == catalog.stats()["lessons"]
    f = b.figures
    assert f.reviews == len(reviews) == len(b.sources)
    assert f.learning_lessons + f.recommendations == f.lessons
    assert f.recommendations == sum(1 for l in b.lessons if l.lesson.kind == "recommendation")
    assert sum(y.lessons for y in f.by_year) + f.undated_lessons == f.lessons
    per_year = Counter(l.lesson.year for l in b.lessons)
    assert {y.year: y.lessons for y in f.by_year if y.lessons} == {k: v for k, v in per_year.items() if k}
    assert sum(c.lessons for c in f.by_review_type) == f.lessons
    assert sum(c.reviews for c in f.by_region) == f.reviews
    for row in f.by_review_type:
        assert row.lessons == sum(1 for l in b.lessons if l.lesson.review_type == row.value)
    for row in f.co_themes:
        assert row.value not in spec.values("theme")
        assert row.lessons == sum(1 for l in b.lessons if row.value in l.lesson.themes)


@pytest.mark.parametrize("which", ["nai", "everything"])
def test_groups_partition_the_lessons_and_say_how_often_they_recur(request, which):
    b = request.getfixturevalue(which)
    learning_ids = sorted(l.lesson.id for l in b.lessons if l.lesson.kind != "recommendation")
    grouped = sorted(m.lesson.id for c in b.learning for m in c.lessons)
    assert grouped == learning_ids
    recommended = sorted(m.lesson.id for c in b.recommendations for m in c.lessons)
    assert recommended == sorted(l.lesson.id for l in b.lessons if l.lesson.kind == "recommendation")
    for part in (b.learning, b.recommendations):
        assert [c.number for c in part] == list(range(1, len(part) + 1))
        order = [(-c.review_count, -c.size) for c in part]
        assert order == sorted(order)
        for c in part:
            assert c.label and c.quotes and 1 <= len(c.quotes) <= 3
            assert all(q in c.lessons for q in c.quotes)
            assert len({q.source for q in c.quotes}) == min(len(c.quotes), c.review_count)
            assert c.review_count == len({m.lesson.review_id for m in c.lessons}) == len(c.sources)
            assert c.years == tuple(sorted({m.lesson.year for m in c.lessons if m.lesson.year}))
    if which == "everything":
        assert len(b.learning) >= 2  # enough lessons to tell topics apart


def test_citations_point_into_the_source_list(everything):
    b = everything
    numbers = {s.number: s for s in b.sources}
    assert sorted(numbers) == list(range(1, len(b.sources) + 1))
    for item in b.lessons:
        source = numbers[item.source]
        assert source.review_id == item.lesson.review_id
        assert item.url == f"{source.url}#page={item.lesson.page_start}"
        assert item.citation.startswith(f"[{item.source}], p")
    assert {s.lesson_count for s in b.sources} and sum(s.lesson_count for s in b.sources) == len(b.lessons)


def test_scope_title_and_corpus_are_stated(nai):
    assert nai.title == "Non-accidental injury in babies and non-mobile infants: learning from case reviews"
    assert nai.scope == "Lessons tagged ‘Non-accidental injury in babies and non-mobile infants’, reviews of any year"
    assert nai.made_on == "2025-03-01" and nai.corpus.index_version and nai.corpus.backend == "tantivy"


def _pdf_text(data: bytes) -> str:
    return " ".join(extract_text(io.BytesIO(data)).split())


def test_pdf_reads_back_with_figures_quotes_and_citations(nai):
    data = render(nai, "pdf")
    assert data.startswith(b"%PDF")
    catalog = PDFDocument(PDFParser(io.BytesIO(data))).catalog
    assert "StructTreeRoot" in catalog and resolve1(catalog["MarkInfo"])["Marked"]  # tagged
    text = _pdf_text(data)
    assert nai.title.split(":")[0] in text
    assert f"{nai.figures.lessons} lessons from {nai.figures.reviews} review" in text
    for cluster in nai.learning + nai.recommendations:
        assert f"{cluster.number}. {cluster.label}" in text
        for quote in cluster.quotes:
            assert quote.body[:60] in text
    for source in nai.sources:
        assert source.url in text.replace(" ", "") or source.url in text
    assert "How this briefing was made" in text and "Annex B: technical notes" in text


def test_docx_has_real_headings_tables_and_the_chart(nai):
    document = docx.Document(io.BytesIO(render(nai, "docx")))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", nai.title) in headings
    level_one = [t for s, t in headings if s == "Heading 1"]
    assert level_one == [
        "Summary",
        "Learning that recurs over time",
        "Figures",
        "What the reviews found",
        "What the reviews recommended",
        "What this means for practice",
        "Source reviews",
        "How this briefing was made",
        "Annex A: every lesson in each group",
        "Annex B: technical notes",
    ]
    level_two = [t for s, t in headings if s == "Heading 2"]
    assert level_two == (
        [f"{c.number}. {c.label}" for c in nai.learning + nai.recommendations]
        + [t.label for t in nai.themes]
        + [f"Learning group {c.number}. {c.label}" for c in nai.learning]
        + [f"Recommendation group {c.number}. {c.label}" for c in nai.recommendations]
    )
    key = {row.cells[0].text: row.cells[1].text for row in document.tables[1].rows}  # after the recurrence table
    assert key["Lessons"] == str(nai.figures.lessons) and key["Reviews"] == str(nai.figures.reviews)
    assert len(document.inline_shapes) == 1
    alt = document.inline_shapes[0]._inline.docPr.get("descr")
    assert alt == nai.chart.alt
    body = "\n".join(p.text for p in document.paragraphs)
    for cluster in nai.learning:
        for quote in cluster.quotes:
            assert quote.body in body
            assert f"[{quote.source}] {nai.source_by_number[quote.source].title}" in body


def test_csv_holds_every_lesson_with_its_group(everything):
    rows = list(csv.DictReader(io.StringIO(render(everything, "csv").decode("utf-8"))))
    assert list(rows[0].keys()) == list(CSV_COLUMNS)
    assert [r["lesson_id"] for r in rows] == [l.lesson.id for l in everything.lessons]
    assert [r["title"] for r in rows] == [l.lesson.title or "" for l in everything.lessons]
    labels = {("learning", str(c.number)): c.label for c in everything.learning}
    labels.update({("recommendations", str(c.number)): c.label for c in everything.recommendations})
    for row in rows:
        assert labels[(row["part"], row["group"])] == row["group_label"]
        assert row["citation"].startswith(f"[{row['source']}], p")


def test_html_and_markdown_carry_the_same_briefing(nai):
    html = render(nai, "html").decode("utf-8")
    assert '<html lang="en-GB">' in html and f"<h1>{nai.title}</h1>" in html
    assert f'alt="{nai.chart.alt}"' in html and "data:image/svg+xml;base64," in html
    assert html.count('<li id="source-') == len(nai.sources)
    md = render(nai, "md").decode("utf-8")
    assert md.startswith(f"# {nai.title}\n")
    assert [l for l in md.splitlines() if l.startswith("## ")] == [
        "## Summary",
        "## Learning that recurs over time",
        "## Figures",
        "## What the reviews found",
        "## What the reviews recommended",
        "## What this means for practice",
        "## Source reviews",
        "## How this briefing was made",
        "## Annex A: every lesson in each group",
        "## Annex B: technical notes",
    ]
    assert md.count('<a id="source-') == len(nai.sources)


def _without_date(text: str, day: dt.date) -> str:
    return text.replace(day.isoformat(), "DATE").replace(date_in_words(day.isoformat()), "DATE")


def test_same_corpus_and_search_give_the_same_briefing(corpus_site, everything):
    again = make(corpus_site, EVERYTHING, DAY_TWO)
    for fmt in ("md", "html", "csv"):
        first = _without_date(render(everything, fmt).decode("utf-8"), DAY_ONE)
        second = _without_date(render(again, fmt).decode("utf-8"), DAY_TWO)
        assert first == second, fmt
    assert render(everything, "csv") == render(again, "csv")  # the CSV carries no date at all
    pdf_one = _without_date(_pdf_text(render(everything, "pdf")), DAY_ONE)
    pdf_two = _without_date(_pdf_text(render(again, "pdf")), DAY_TWO)
    assert pdf_one == pdf_two
    docx_text = [
        _without_date("\n".join(p.text for p in docx.Document(io.BytesIO(render(b, "docx"))).paragraphs), day)
        for b, day in ((everything, DAY_ONE), (again, DAY_TWO))
    ]
    assert docx_text[0] == docx_text[1]


def test_a_search_with_no_lessons_is_a_clear_error(corpus_site):
    with pytest.raises(BriefingError, match="No lessons match"):
        make(corpus_site, BriefingSpec(filters={"theme": ("harm.nai_infant",)}, year_from=2030))


def test_no_index_is_a_clear_error(tmp_path, corpus_site):
    settings = corpus_site.settings.replace(index_dir=tmp_path / "no-index")
    with Catalog(settings.catalog) as catalog:
        backend = open_backend(settings)
        try:
            with pytest.raises(BriefingError, match="no search index"):
                build_briefing(backend, catalog, ThemeBook.load(settings.taxonomy), NAI, LINKS)
        finally:
            backend.close()


def test_cli_writes_each_format(corpus_site, tmp_path):
    runner = CliRunner()
    for fmt in ("md", "csv", "docx"):
        out = tmp_path / f"nai.{fmt}"
        result = runner.invoke(
            brief,
            [
                "--theme",
                "harm.nai_infant",
                "--from",
                "2010",
                "--to",
                "2025",
                "-o",
                str(out),
                "--date",
                "2025-03-01",
                "--base-url",
                "https://lessons.example.org/",
            ],
            obj=corpus_site.settings,
        )
        assert result.exit_code == 0, result.output
        assert re.search(rf"wrote .*nai\.{fmt} \({fmt}\): \d+ lessons from \d+ reviews", result.output)
        assert out.stat().st_size > 0
    md = (tmp_path / "nai.md").read_text(encoding="utf-8")
    assert "https://lessons.example.org/reviews/" in md and "1 March 2025" in md
    assert md == render(
        make_briefing(
            corpus_site.settings,
            BriefingSpec(filters={"theme": ("harm.nai_infant",)}, year_from=2010, year_to=2025),
            LINKS,
            DAY_ONE,
        ),
        "md",
    ).decode("utf-8")


def test_cli_errors_are_messages_not_tracebacks(corpus_site, tmp_path):
    runner = CliRunner()
    nothing = runner.invoke(
        brief, ["--theme", "harm.nai_infant", "--from", "2030", "-o", str(tmp_path / "x.pdf")], obj=corpus_site.settings
    )
    assert nothing.exit_code == 1 and "No lessons match" in nothing.output
    assert not (tmp_path / "x.pdf").exists()
    backwards = runner.invoke(brief, ["--from", "2025", "--to", "2019"], obj=corpus_site.settings)
    assert backwards.exit_code == 2 and "--from must be" in backwards.output
    no_catalog = runner.invoke(
        brief, ["-o", str(tmp_path / "y.md")], obj=corpus_site.settings.replace(catalog=tmp_path / "none.sqlite3")
    )
    assert no_catalog.exit_code == 1 and "lessons ingest" in no_catalog.output
    assert not isinstance(no_catalog.exception, Exception) or isinstance(no_catalog.exception, SystemExit)
