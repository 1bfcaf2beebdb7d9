"""Web app: an /api/search answer given again from the result cache is the body made for it, byte for byte,
and never another search's; its links name the configured public address whatever the request's Host."""

from __future__ import annotations

import pytest
from test_web_corpus import build_site
from test_web_result_cache import Clock

from search_app.search import open_backend
from search_app.search.contract import SearchRequest
from search_app.web import create_app, services
from search_app.web.params import MAX_QUERY_CHARS
from search_app.web.result_cache import VERSION_CHECK_SECONDS, ResultCache


@pytest.fixture()
def site(tmp_path):
    return build_site(tmp_path)


def test_a_cached_answer_is_the_body_a_fresh_search_gives(site):
    app = create_app(site.settings, {"TESTING": True})
    client = app.test_client()
    url = "/api/search?q=information&type=SCR&type=LCSPR&from=2016&per_page=5"
    first = client.get(url)
    again = client.get(url)
    assert first.status_code == again.status_code == 200
    assert again.get_data() == first.get_data()
    assert again.mimetype == "application/json"
    app.extensions[services.EXTENSION_KEY].clear_result_caches()
    fresh = client.get(url)  # a new result object: presented again
    assert fresh.get_data() == first.get_data()
    assert first.get_json()["total"] > 0


def test_the_body_follows_the_page_and_the_notices_never_the_host(site):
    app = create_app(site.settings, {"TESTING": True})
    client = app.test_client()
    here = client.get("/api/search?q=neglect").get_json()
    there = client.get("/api/search?q=neglect", base_url="http://example.org").get_json()
    public = site.settings.base_url + "/"
    assert here["results"] and all(r["url"].startswith(public) for r in here["results"])
    assert there == here  # a forged Host changes nothing a cache could hand to others
    page_two = client.get("/api/search?q=neglect&per_page=2&page=2").get_json()
    assert page_two["page"] == 2 and page_two["per_page"] == 2
    # The same search (so the same cached result) with and without a notice about the URL.
    long_query = "neglect " * (MAX_QUERY_CHARS // 8 + 5)
    plain = client.get("/api/search", query_string={"q": long_query[:MAX_QUERY_CHARS]}).get_json()
    noticed = client.get("/api/search", query_string={"q": long_query}).get_json()
    assert noticed["query"] == plain["query"] and noticed["total"] == plain["total"]
    assert not any("characters" in n for n in plain["notices"])
    assert any("characters" in n for n in noticed["notices"])


def test_a_rebuilt_index_is_not_answered_with_an_old_body(site):
    app = create_app(site.settings, {"TESTING": True})
    clock = Clock()
    app.extensions[services.EXTENSION_KEY].results = ResultCache(clock=clock)
    client = app.test_client()
    before = client.get("/api/search?q=information").get_json()
    backend = open_backend(site.settings)
    lessons = [h.lesson for h in backend.search(SearchRequest(per_page=100)).hits]
    backend.rebuild(lessons[:3])
    backend.close()
    clock.now += VERSION_CHECK_SECONDS + 0.01
    after = client.get("/api/search?q=information").get_json()
    assert before["total"] > after["total"]
    assert after["total"] <= 3


def test_a_cached_search_page_is_the_page_a_fresh_search_draws(site):
    app = create_app(site.settings, {"TESTING": True})
    client = app.test_client()
    url = "/?q=information&type=SCR&type=LCSPR&from=2016&per_page=5"
    first = client.get(url)
    again = client.get(url)
    assert first.status_code == again.status_code == 200
    assert again.mimetype == first.mimetype == "text/html"
    assert again.get_data() == first.get_data()
    app.extensions[services.EXTENSION_KEY].clear_result_caches()
    assert client.get(url).get_data() == first.get_data()
    assert b"lessons found" in first.get_data()


def test_the_page_follows_what_the_url_says_for_the_same_result(site):
    """`from=abc` is dropped with an error, so both URLs run the very same
    (cached) search; each page still shows its own URL's state."""
    app = create_app(site.settings, {"TESTING": True})
    client = app.test_client()
    plain = client.get("/?q=neglect").get_data(as_text=True)
    with_error = client.get("/?q=neglect&from=abc").get_data(as_text=True)
    assert "There is a problem" not in plain
    assert "There is a problem" in with_error and 'value="abc"' in with_error
    assert "There is a problem" not in client.get("/?q=neglect").get_data(as_text=True)


def test_the_api_body_is_the_json_flask_would_send(site):
    """orjson writes the body (search_app.web.api.json_body): the same JSON
    value as jsonify's, non-ASCII text included."""
    import json

    from flask import jsonify

    from search_app.web.api import json_body

    app = create_app(site.settings, {"TESTING": True})
    value = {"query": "café “quoted” – ✓", "score": 0.1234, "n": [1, 2.5, None, True], "nested": {"a": []}}
    with app.app_context():
        body = json_body(value)
        assert body.endswith(b"\n")
        assert json.loads(body) == json.loads(jsonify(value).get_data()) == value
        too_big = {"n": 2**70}  # past orjson's integers: Flask's serialiser writes it
        assert json.loads(json_body(too_big)) == too_big
    response = app.test_client().get("/api/search", query_string={"q": "café neglect"})
    assert response.status_code == 200 and response.get_json()["query"] == "café neglect"
