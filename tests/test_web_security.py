"""Web app: security headers everywhere, the document route, and nasty parameters."""

from __future__ import annotations

import pytest
from test_web_corpus import app, client, site  # noqa: F401


def all_urls(site) -> list[str]:
    return [
        "/",
        "/?q=neglect&theme=harm.neglect",
        "/themes",
        f"/lessons/{site.nai_lesson}",
        f"/reviews/{site.pdf_review}",
        f"/reviews/{site.pdf_review}/document",
        f"/reviews/{site.txt_review}/document",
        "/search.csv",
        "/search.json",
        "/search.atom",
        "/api/search",
        "/api/facets",
        "/api/themes",
        "/api/openapi.json",
        f"/api/lessons/{site.nai_lesson}",
        f"/api/reviews/{site.pdf_review}",
        "/healthz",
        "/static/app.css",
        "/static/app.js",
        "/does-not-exist",
        "/api/does-not-exist",
        "/?from=abc",
    ]


def test_security_headers_on_every_response(client, site):
    for url in all_urls(site):
        response = client.get(url)
        response.close()  # file responses hold their file open until closed
        csp = response.headers.get("Content-Security-Policy", "")
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert "frame-ancestors 'none'" in csp, url
        assert "default-src 'self'" in csp or "default-src 'none'" in csp, url
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["X-Frame-Options"] == "DENY", url
        assert response.headers["Referrer-Policy"], url


def test_pages_load_nothing_from_other_hosts(client, site):
    for url in ("/", f"/lessons/{site.nai_lesson}", "/themes"):
        html = client.get(url).get_data(as_text=True)
        for attribute in ('src="http', 'src="//', 'rel="stylesheet" href="http'):
            assert attribute not in html, url


def test_post_is_refused_politely(client):
    response = client.post("/", data={"q": "x"})
    assert response.status_code == 405
    assert "method is not allowed" in response.get_data(as_text=True)


def test_document_route_serves_the_catalogued_file(client, site):
    with client.get(f"/reviews/{site.pdf_review}/document") as response:
        assert response.status_code == 200
        assert response.mimetype == "application/pdf"
        assert response.data.startswith(b"%PDF-")
    with client.get(f"/reviews/{site.txt_review}/document") as text:
        assert text.mimetype == "text/plain"
        assert text.get_data(as_text=True).startswith("Local child safeguarding practice review")
        assert "sandbox" in text.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path",
    [
        "/reviews/unknown/document",
        "/reviews/../../etc/passwd/document",
        "/reviews/..%2F..%2Fetc%2Fpasswd/document",
        "/reviews/%2e%2e%2f%2e%2e%2fetc%2fpasswd/document",
        "/reviews/%2Fetc%2Fpasswd/document",
        "/reviews//etc/passwd/document",
        "/reviews/%252e%252e%252fsecret/document",
        "/reviews/a1a1a1a1a1a1a1a1/document/../../../etc/passwd",
        "/reviews/a1a1a1a1a1a1a1a1/document?path=/etc/passwd",
        "/reviews/C:%5Cwindows%5Cwin.ini/document",
        "/reviews/%00/document",
    ],
)
def test_document_route_never_serves_a_path_from_the_request(client, site, path):
    with client.get(path) as response:
        body = response.get_data()
    assert b"root:" not in body
    if path.startswith(f"/reviews/{site.pdf_review}/document?"):
        # Extra parameters are ignored: still the catalogued PDF, nothing else.
        assert response.status_code == 200 and body.startswith(b"%PDF-")
    else:
        assert response.status_code == 404, path


def test_document_of_a_review_whose_file_is_gone_is_404(client, site):
    from pathlib import Path

    from search_app.catalog.store import Catalog

    with Catalog(site.settings.catalog) as catalog:
        national = Path(catalog.review(site.national_review).source_path)
    moved = national.with_suffix(".moved")
    national.rename(moved)
    try:
        assert client.get(f"/reviews/{site.national_review}/document").status_code == 404
    finally:
        moved.rename(national)
    with client.get(f"/reviews/{site.national_review}/document") as response:
        assert response.status_code == 200


NASTY = [
    'q="*(:',
    "q=)))(((",
    "q=-",
    'q="',
    "q=OR",
    "q=NOT+AND+OR",
    "q=%00",
    "q=%ff%fe",
    "q=" + "neglect+" * 2000,
    "q=" + "x" * 20000,
    "q=title:neglect",
    "q=*",
    "q=a~2^3",
    "q=%5Cu0000",
    "page=-1",
    "page=0",
    "page=abc",
    "page=99999999999999999999",
    "page=1e9",
    "per_page=10000",
    "per_page=0",
    "per_page=-5",
    "per_page=abc",
    "from=abc",
    "from=-2019",
    "to=99999",
    "from=2020&to=2010",
    "from=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%99",  # full-width digits
    "sort=bogus",
    "sort=",
    "unknown_facet=1",
    "facet=nope",
    "theme=",
    "theme=" + "t" * 5000,
    "theme=no.such.theme",
    "year=abc",
    "year=2016&year=notayear",
    "review_type=%3Cscript%3E",
    "kind=finding&kind=finding&kind=finding",
    "&".join(f"agency=a{i}" for i in range(300)),
    "q=neglect&q=second",
]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_parameters_never_give_a_500(client, query):
    for route in ("/", "/api/search", "/api/facets", "/search.csv", "/search.json", "/search.atom"):
        response = client.get(f"{route}?{query}")
        assert response.status_code in (200, 400), (route, query, response.status_code)
        response.get_data()  # a streamed export must finish without an error
        if route.startswith("/api/") and response.status_code == 400:
            assert response.get_json()["error"]["status"] == 400


def test_per_page_is_clamped(client):
    data = client.get("/api/search?per_page=10000").get_json()
    assert data["per_page"] == 100
    assert client.get("/api/search?page=-1").get_json()["page"] == 1


def test_very_long_query_is_shortened_with_a_notice(client):
    data = client.get("/api/search?q=" + "neglect+" * 200).get_json()
    assert len(data["query"]) <= 500
    assert any("longer than 500" in n for n in data["notices"])


def test_nasty_ids_never_give_a_500(client):
    for url in (
        "/lessons/%00",
        "/lessons/-",
        "/lessons/x-",
        "/lessons/-001",
        "/lessons/a-99999999999999999999",
        "/api/lessons/%ff",
        "/reviews/%20",
        "/api/reviews/" + "z" * 5000,
    ):
        assert client.get(url).status_code == 404, url
