"""Web app: the .csv, .json and Atom twins of a search hold exactly its results."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

from test_web_corpus import EXTRA_LESSONS, XSS_TEXT, app, client, site  # noqa: F401

from search_app.search.present import CSV_COLUMNS

ATOM = "{http://www.w3.org/2005/Atom}"


def csv_rows(client, query: str) -> list[dict[str, str]]:
    response = client.get(f"/search.csv?{query}")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    data = response.get_data()
    assert data.startswith("\ufeff".encode("utf-8")), "Excel needs the byte-order mark to read UTF-8"
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    return list(reader)


def test_csv_has_one_row_per_result_across_many_pages(client, site, monkeypatch):
    # Force several backend pages so the streaming loop is exercised.
    monkeypatch.setattr("search_app.web.exports.EXPORT_PAGE_SIZE", 7)
    rows = csv_rows(client, "")
    assert len(rows) == site.total_lessons
    assert len({r["lesson_id"] for r in rows}) == site.total_lessons


def test_csv_rows_equal_the_filtered_total(client):
    for query in (
        "q=information",
        "review_type=SCR&review_type=national",
        "theme=harm.neglect",
        "from=2016&to=2016",
        "q=nothingmatchesthis",
    ):
        total = client.get(f"/api/search?{query}").get_json()["total"]
        rows = csv_rows(client, query)
        assert len(rows) == total, query
    rows = csv_rows(client, "q=bruising")
    assert rows[0]["label"] == "Finding 1"
    assert rows[0]["citation"] == "Serious Case Review: Child A, Northshire, 2016, page 2"
    assert rows[0]["themes"] == "Non-accidental injury in babies and non-mobile infants; Vulnerability of babies"
    assert rows[0]["kind"] == "Finding" and rows[0]["review_type"] == "Serious case review"


def test_csv_shows_labels_not_codes_and_is_named_after_the_search(client):
    response = client.get("/search.csv?q=bruising+baby&review_type=SCR&from=2016")
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="lessons-bruising-baby-scr-2016-\d{8}\.csv"', disposition), disposition
    unnamed = client.get("/search.csv").headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="lessons-\d{8}\.csv"', unnamed), unnamed
    rows = csv_rows(client, "")
    agencies = {a for r in rows for a in r["agencies"].split("; ") if a}
    assert agencies, "the sample lessons name agencies"
    assert not any("_" in a or a.islower() for a in agencies), agencies


def test_csv_text_is_the_lesson_text_and_formula_cells_are_neutralised(client):
    rows = csv_rows(client, "q=zebrafinch")
    assert rows[0]["text"] == XSS_TEXT
    from search_app.search.present import csv_cells

    cells = csv_cells({"a": "=HYPERLINK(1)", "b": "-2", "c": "plain"}, "abc")
    assert cells == ["'=HYPERLINK(1)", "'-2", "plain"]


def test_json_export_holds_every_result(client, monkeypatch):
    monkeypatch.setattr("search_app.web.exports.EXPORT_PAGE_SIZE", 4)
    response = client.get("/search.json?q=information&sort=date")
    assert response.status_code == 200
    data = json.loads(response.get_data(as_text=True))
    assert data["total"] == EXTRA_LESSONS + 1 == len(data["results"])
    assert data["sort"] == "date"
    assert len({r["id"] for r in data["results"]}) == EXTRA_LESSONS + 1
    named = {t["id"] for t in data["query_themes"]}
    assert all(set(r["matched_themes"]) == named & {t["id"] for t in r["themes"]} for r in data["results"])


def test_atom_feed_lists_newest_matching_lessons(client):
    response = client.get("/search.atom?theme=multi.information_sharing")
    assert response.status_code == 200
    assert response.mimetype == "application/atom+xml"
    feed = ET.fromstring(response.get_data())
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == EXTRA_LESSONS + 1
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert updated[0] == "2021-06-01T00:00:00Z"
    assert "Information sharing" in feed.find(f"{ATOM}title").text
    assert entries[0].find(f"{ATOM}link").get("href").startswith("http://127.0.0.1:5000/lessons/")


def test_atom_feed_escapes_lesson_text(client):
    feed = ET.fromstring(client.get("/search.atom?q=zebrafinch").get_data())
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert "<script>alert(1)</script>" in summary  # text, parsed back from escaped XML


def test_page_links_to_its_exports_with_the_same_parameters(client):
    html = client.get("/?q=information&kind=learning_point&sort=date&page=2").get_data(as_text=True)
    assert 'href="/search.csv?q=information&amp;kind=learning_point&amp;sort=date"' in html
    assert 'href="/search.json?q=information&amp;kind=learning_point&amp;sort=date"' in html
    assert 'href="/search.atom?q=information&amp;kind=learning_point&amp;sort=date"' in html


def test_csv_cites_a_document_without_pages_by_section(client, site):
    rows = csv_rows(client, "q=neglect")
    text_review = [r for r in rows if r["review_id"] == site.txt_review]
    assert text_review and all("page" not in r["citation"] for r in text_review)
    assert text_review[0]["citation"].endswith("section ‘Learning’")
    pdf_rows = csv_rows(client, "q=bruising")
    assert pdf_rows[0]["citation"].endswith("page 2")


def test_csv_gives_each_lesson_its_printed_heading(client):
    rows = csv_rows(client, "q=fathers")
    titled = [r for r in rows if r["label"] == "Finding 2"]
    assert titled and titled[0]["title"] == "Fathers left out"
    untitled = csv_rows(client, "q=zebrafinch")
    assert untitled[0]["title"] == ""
