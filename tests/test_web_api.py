"""Web app: the JSON API's shapes, its error format, the OpenAPI document and /healthz."""

from __future__ import annotations

import re
from pathlib import Path

from test_web_corpus import EXTRA_LESSONS, app, client, site  # noqa: F401

from search_app.search.contract import FACETS
from search_app.web import create_app


def test_search_shape(client, site):
    data = client.get("/api/search?q=information&per_page=5&page=2&sort=relevance").get_json()
    assert data["total"] == EXTRA_LESSONS + 1
    assert (data["page"], data["per_page"], data["pages"]) == (2, 5, 5)
    assert len(data["results"]) == 5
    hit = data["results"][0]
    for key in (
        "id",
        "review_id",
        "review_title",
        "kind",
        "label",
        "text",
        "citation",
        "url",
        "document_url",
        "snippet_html",
        "score",
        "themes",
        "year",
        "page_start",
    ):
        assert key in hit, key
    assert hit["url"].endswith(f"/lessons/{hit['id']}")
    assert f"/reviews/{hit['review_id']}/document#page=" in hit["document_url"]
    assert {f.name for f in FACETS} == set(data["facets"])
    sharing = [f for f in data["facets"]["theme"] if f["value"] == "multi.information_sharing"]
    assert sharing == [
        {
            "value": "multi.information_sharing",
            "label": "Information sharing and information seeking",
            "count": EXTRA_LESSONS + 1,
        }
    ]


def test_search_says_which_themes_the_query_names_and_which_each_hit_matched(client, site):
    data = client.get("/api/search?q=bruising").get_json()
    assert data["query_themes"] == [
        {"id": "harm.nai_infant", "label": "Non-accidental injury in babies and non-mobile infants"}
    ]
    nai = next(h for h in data["results"] if h["id"] == site.nai_lesson)
    assert nai["matched_themes"] == ["harm.nai_infant"]
    assert all(set(h["matched_themes"]) <= {t["id"] for t in h["themes"]} for h in data["results"])
    assert client.get("/api/search?q=lodger").get_json()["query_themes"] == []


def test_search_filters_and_facet_choice(client):
    data = client.get("/api/search?review_type=SCR&review_type=national&facet=kind").get_json()
    assert data["total"] == 4
    assert list(data["facets"]) == ["kind"]
    assert {f["value"]: f["count"] for f in data["facets"]["kind"]} == {"finding": 3, "recommendation": 1}
    assert data["filters"] == {"review_type": ["SCR", "national"]}


def test_facets_endpoint(client):
    data = client.get("/api/facets?from=2021&to=2022&facet=year&facet=region").get_json()
    assert data["total"] == EXTRA_LESSONS + 1
    assert set(data["facets"]) == {"year", "region"}


def test_bad_parameters_are_400_in_the_one_error_format(client):
    for url in (
        "/api/search?from=abc",
        "/api/search?page=abc",
        "/api/search?sort=sideways",
        "/api/facets?to=99999",
        "/search.json?per_page=lots",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        error = response.get_json()["error"]
        assert error["status"] == 400 and error["message"], url


def test_lesson_and_review_shapes(client, site):
    lesson = client.get(f"/api/lessons/{site.nai_lesson}").get_json()
    assert lesson["id"] == site.nai_lesson and lesson["label"] == "Finding 1"
    assert [t["id"] for t in lesson["tags"]] == ["harm.nai_infant", "vuln.babies_infants"]
    assert lesson["tags"][0]["evidence"] == [{"text": "Bruising", "start": 0, "end": 8}]
    assert lesson["tags"][0]["source"] == "rule"
    assert isinstance(lesson["similar"], list)
    assert all(s["id"].rsplit("-", 1)[0] != site.pdf_review for s in lesson["similar"])
    model = client.get(f"/api/lessons/{site.model_lesson}").get_json()
    assert model["tags"][0]["source"] == "model" and model["tags"][0]["confidence"] == 0.74

    review = client.get(f"/api/reviews/{site.txt_review}").get_json()
    assert review["title"] == "Local Child Safeguarding Practice Review: Child B"
    assert review["year"] == 2021 and review["review_type"] == "LCSPR"
    assert [l["ordinal"] for l in review["lessons"]] == list(range(1, EXTRA_LESSONS + 2))
    assert review["document_url"].endswith(f"/reviews/{site.txt_review}/document")


def test_unknown_ids_and_paths_are_404_json(client):
    for url in ("/api/lessons/missing-001", "/api/reviews/missing", "/api/nothing/here"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.get_json()["error"]["status"] == 404


def test_themes_endpoint_lists_every_taxonomy_theme(client):
    data = client.get("/api/themes").get_json()
    themes = {t["id"]: t for g in data["groups"] for t in g["themes"]}
    assert len(themes) >= 60
    assert themes["multi.information_sharing"]["count"] == EXTRA_LESSONS + 1
    assert themes["multi.information_sharing"]["by_year"]["2021"] == EXTRA_LESSONS
    assert themes["harm.physical_abuse"]["count"] == 0
    assert data["years"] == list(range(2016, 2024))


def test_openapi_document_describes_every_api_route(app, client):
    doc = client.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    routes = {
        rule.rule.replace("<", "{").replace(">", "}")
        for rule in app.url_map.iter_rules()
        if (rule.rule.startswith("/api/") and "path:" not in rule.rule) or rule.rule == "/healthz"
    }
    routes.discard("/api/openapi.json")
    assert routes == set(doc["paths"])
    search_params = {p["name"] for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert {f.name for f in FACETS} <= search_params
    assert {"q", "from", "to", "sort", "page", "per_page"} <= search_params
    # Every $ref points at a schema that exists.
    text = client.get("/api/openapi.json").get_data(as_text=True)
    for ref in set(re.findall(r'"#/components/schemas/(\w+)"', text)):
        assert ref in doc["components"]["schemas"], ref


def test_healthz(client, site):
    data = client.get("/healthz").get_json()
    assert data["status"] == "ok"
    assert data["lessons"] == site.total_lessons
    assert data["index_version"]


def test_broken_index_is_a_503_with_a_message_not_a_500(site, tmp_path: Path):
    broken = tmp_path / "index"
    broken.mkdir()
    # The pointer names a generation folder that is not there.
    (broken / "CURRENT").write_text("gen-v1-0-0-0\n", encoding="utf-8")
    client = create_app(site.settings.replace(index_dir=broken), {"TESTING": True}).test_client()
    for url in ("/", "/?q=neglect", "/themes", "/search.csv", "/search.atom"):
        response = client.get(url)
        assert response.status_code == 503, url
        assert "Search is not available" in response.get_data(as_text=True), url
    for url in ("/api/search", "/api/themes", "/search.json"):
        response = client.get(url)
        assert response.status_code == 503, url
        assert response.get_json()["error"]["status"] == 503
    health = client.get("/healthz")
    assert health.status_code == 503 and health.get_json()["status"] == "unavailable"
    # Pages that need only the catalog still work.
    assert client.get(f"/reviews/{site.pdf_review}").status_code == 200
    assert client.get(f"/lessons/{site.nai_lesson}").status_code == 200


def test_missing_catalog_is_a_503(site, tmp_path: Path):
    client = create_app(site.settings.replace(catalog=tmp_path / "none.sqlite3"), {"TESTING": True}).test_client()
    response = client.get(f"/lessons/{site.nai_lesson}")
    assert response.status_code == 503
    assert "catalog of reviews is not available" in response.get_data(as_text=True)
    assert client.get(f"/api/reviews/{site.pdf_review}").get_json()["error"]["status"] == 503
    assert not (tmp_path / "none.sqlite3").exists()
    # Searching needs only the index: without the catalog, no review is known to
    # lack pages, so every lesson is cited by page.
    for url in ("/api/search?q=bruising", "/search.csv?q=bruising", "/search.atom?q=bruising", "/?q=bruising"):
        assert client.get(url).status_code == 200, url
    found = client.get("/api/search?q=neglect").get_json()["results"]
    assert found and all("section" not in r["citation"] for r in found)


def test_concurrent_requests_share_one_backend(app, site):
    from concurrent.futures import ThreadPoolExecutor

    from search_app.web.services import EXTENSION_KEY

    def run(n: int) -> tuple[int, int]:
        client = app.test_client()
        response = client.get("/api/search?q=information" if n % 2 else f"/lessons/{site.nai_lesson}")
        total = response.get_json()["total"] if n % 2 else -1
        return response.status_code, total

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(run, range(60)))
    assert {status for status, _ in outcomes} == {200}
    assert {total for _, total in outcomes if total != -1} == {EXTRA_LESSONS + 1}
    backend = app.extensions[EXTENSION_KEY].backend()
    assert app.extensions[EXTENSION_KEY].backend() is backend
