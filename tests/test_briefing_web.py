"""Briefing web route tests: `/briefing` on a real app over ingested sample
reviews answers every format with its content type, and a clear 400 for a
bad format, bad parameters or a search with no lessons."""

from __future__ import annotations

import csv
import io

import docx
import pytest
from pdfminer.high_level import extract_text

from search_app.web import briefing as briefing_web
from search_app.web import create_app
from tests.test_briefing import corpus_site  # noqa: F401  (the shared fixture)

NAI_QUERY = {"theme": "harm.nai_infant", "from": "2010", "to": "2025"}


@pytest.fixture(scope="module")
def client(corpus_site):
    app = create_app(corpus_site.settings, {"TESTING": True})
    if "briefing" not in app.blueprints:  # until the app factory registers it
        app.register_blueprint(briefing_web.bp)
    return app.test_client()


@pytest.mark.parametrize(
    "fmt, content_type",
    [
        ("pdf", "application/pdf"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("html", "text/html; charset=utf-8"),
        ("md", "text/markdown; charset=utf-8"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
def test_each_format_with_its_content_type(client, fmt, content_type):
    response = client.get("/briefing", query_string={**NAI_QUERY, "format": fmt})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Type"] == content_type
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("inline" if fmt == "html" else "attachment")
    assert disposition.endswith(f'.{fmt}"') and "briefing-non-accidental-injury" in disposition
    data = response.data
    title = "Non-accidental injury in babies and non-mobile infants"
    if fmt == "pdf":
        assert title in " ".join(extract_text(io.BytesIO(data)).split())
    elif fmt == "docx":
        assert docx.Document(io.BytesIO(data)).paragraphs[0].text.startswith(title)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert rows and all("harm.nai_infant" in r["themes"] for r in rows)
        # No public address is configured: no links, never the host the request came to.
        assert all(r["document_url"] == "" for r in rows)
    else:
        assert title in data.decode("utf-8")


def test_the_briefing_holds_what_the_search_finds(client):
    search = client.get("/api/search", query_string={**NAI_QUERY, "per_page": 100}).get_json()
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/briefing", query_string={**NAI_QUERY, "format": "csv"}).data.decode("utf-8"))
        )
    )
    assert sorted(r["lesson_id"] for r in rows) == sorted(h["id"] for h in search["results"])
    assert len(rows) == search["total"]


def test_html_briefing_has_its_own_content_policy(client):
    response = client.get("/briefing", query_string=NAI_QUERY)  # html by default
    assert response.status_code == 200 and response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "img-src data:" in policy and "script" not in policy


@pytest.mark.parametrize(
    "query, message",
    [
        ({**NAI_QUERY, "format": "xls"}, "is not one of them"),
        ({**NAI_QUERY, "format": "<script>"}, "is not one of them"),
        ({"theme": "harm.nai_infant", "from": "20x9", "format": "pdf"}, "year of 4 digits"),
        ({"theme": "harm.nai_infant", "from": "2030", "format": "pdf"}, "No lessons match"),
    ],
)
def test_bad_requests_are_400_with_a_message(client, query, message):
    response = client.get("/briefing", query_string=query)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert message in body and "<script>" not in body


def test_the_search_page_form_adds_a_title_and_partnership_to_the_briefing(client):
    page = client.get("/", query_string={"theme": "harm.nai_infant", "q": "bruising"}).get_data(as_text=True)
    form = page[page.index('<details class="briefing-cover">') :]
    form = form[: form.index("</details>")]
    assert '<input type="hidden" name="theme" value="harm.nai_infant">' in form
    assert '<input type="hidden" name="q" value="bruising">' in form
    for name in ("title", "for", "purpose", "format"):
        assert f'name="{name}"' in form
    # What the form sends: the search's parameters and the cover's fields.
    response = client.get(
        "/briefing",
        query_string={
            "theme": "harm.nai_infant",
            "q": "bruising",
            "title": "Bruising in babies",
            "for": "Anyshire Safeguarding Children Partnership",
            "purpose": "",
            "format": "html",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "<h1>Bruising in babies</h1>" in html
    assert "<dt>Prepared for</dt><dd>Anyshire Safeguarding Children Partnership</dd>" in html
    assert "<dt>Purpose</dt>" not in html
