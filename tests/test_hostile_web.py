"""Hostile requests and hostile files on the web side: links out of the corpus
at serve time, a Latin-1 file name, pagination of a review with many lessons,
a null byte in a static path, a forged Host header, a per_page of any length,
and an over-long URL on the production server (gunicorn)."""

from __future__ import annotations

import json
import os
import shutil
import urllib.parse

import pytest
from test_pipeline import REVIEWS, SMALL_FILES, copy_reviews, make_settings
from test_web_corpus import app, client, site  # noqa: F401

from search_app.catalog.store import Catalog
from search_app.pipeline.run import run_pipeline
from search_app.web import create_app
from search_app.web.security import ALL_HEADERS

PUBLIC = "https://lessons.example.org"


def _headers_all_there(response, where: str) -> None:
    for name in ALL_HEADERS:
        assert response.headers.get(name), f"{where}: no {name}"


# --- a small site ingested by the real pipeline -----------------------------------------


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-web")
    corpus = copy_reviews(root / "corpus", SMALL_FILES[:1])
    raw = os.fsencode(corpus) + b"/Review_caf\xe9.txt"
    shutil.copy2(REVIEWS / "scr_2015_bromley_child_f.txt", raw)
    para = (
        "Learning point {n}: the health visitor did not share what she knew about visit {n} with the school nurse.\n\n"
    )
    (corpus / "long-review.txt").write_text(
        "Serious Case Review: Child P\n\nLearning points\n\n" + "".join(para.format(n=n) for n in range(1, 121))
    )
    outside = root / "outside"
    outside.mkdir()
    settings = make_settings(root / "data", corpus, public_url=PUBLIC)
    report = run_pipeline(settings)
    assert report.exit_code == 0, report.failed
    with Catalog(settings.catalog) as catalog:
        reviews = {os.path.basename(r["path"]): r["review_id"] for r in catalog.files()}
    return settings, corpus, outside, reviews


@pytest.fixture
def ingested_client(ingested):
    return create_app(ingested[0], {"TESTING": True}).test_client()


def test_a_file_replaced_by_a_link_out_of_the_corpus_is_not_served(ingested, ingested_client):
    settings, corpus, outside, reviews = ingested
    review_id = reviews[SMALL_FILES[0]]
    with ingested_client.get(f"/reviews/{review_id}/document") as response:
        assert response.status_code == 200
    original = corpus / SMALL_FILES[0]
    kept = outside / "kept.txt"
    shutil.move(original, kept)
    secret = outside / "secret.txt"
    secret.write_text("root:x:0:0:the secret password is swordfish\n")
    original.symlink_to(secret)
    try:
        response = ingested_client.get(f"/reviews/{review_id}/document")
        assert response.status_code == 404
        assert b"swordfish" not in response.data
        _headers_all_there(response, "404 of a refused document")
    finally:
        original.unlink()
        shutil.move(kept, original)
    with ingested_client.get(f"/reviews/{review_id}/document") as response:
        assert response.status_code == 200


def test_a_latin1_file_is_served_with_a_readable_name(ingested, ingested_client):
    review_id = ingested[3]["Review_caf\udce9.txt"]
    with ingested_client.get(f"/reviews/{review_id}/document") as response:
        assert response.status_code == 200
        assert response.data == (REVIEWS / "scr_2015_bromley_child_f.txt").read_bytes()
    page = ingested_client.get(f"/reviews/{review_id}")
    assert page.status_code == 200


def test_a_review_with_many_lessons_is_paginated(ingested, ingested_client):
    review_id = ingested[3]["long-review.txt"]
    first = ingested_client.get(f"/reviews/{review_id}").get_data(as_text=True)
    assert "Lessons in this review (120)" in first
    assert first.count('class="review-lesson"') == 50
    # each lesson headed by its label and its first words (lesson_heading)
    assert ">Learning point 1: " in first and ">Learning point 51: " not in first
    assert 'href="?page=2"' in first
    last = ingested_client.get(f"/reviews/{review_id}?page=3").get_data(as_text=True)
    assert last.count('class="review-lesson"') == 20 and ">Learning point 120: " in last
    beyond = ingested_client.get(f"/reviews/{review_id}?page=99999999999999").get_data(as_text=True)
    assert beyond.count('class="review-lesson"') == 20

    api = ingested_client.get(f"/api/reviews/{review_id}?per_page=30&page=2").get_json()
    assert (api["lessons_total"], api["page"], api["per_page"], api["pages"]) == (120, 2, 30, 4)
    assert [lesson["label"] for lesson in api["lessons"]][:1] == ["Learning point 31"]
    default = ingested_client.get(f"/api/reviews/{review_id}").get_json()
    assert len(default["lessons"]) == 100 and default["pages"] == 2


def test_absolute_urls_come_from_public_url_never_from_the_host_header(ingested, ingested_client):
    forged = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    review_id = ingested[3]["long-review.txt"]
    urls = [
        "/api/search?q=health",
        "/search.json?q=health",
        "/search.atom?q=health",
        "/search.csv?q=health",
        f"/api/reviews/{review_id}",
        "/api/openapi.json",
        "/briefing?review_type=LCSPR&format=md",
    ]
    with Catalog(ingested[0].catalog) as catalog:
        lesson_id = catalog.db.execute("SELECT id FROM lessons WHERE review_id = ?", (review_id,)).fetchone()[0]
    urls.append(f"/api/lessons/{lesson_id}")
    for url in urls:
        response = ingested_client.get(url, headers=forged)
        assert response.status_code == 200, url
        body = response.get_data(as_text=True)
        assert "evil.example" not in body, url
        assert PUBLIC in body, url


def test_a_null_byte_in_a_static_path_is_a_404_with_the_security_headers(client):
    for url in ("/static/app.css%00.html", "/static/%00", "/static/app.css%00.html?v=1"):
        response = client.get(url)
        assert response.status_code in (400, 404), url
        _headers_all_there(response, url)


def test_error_responses_carry_the_security_headers(client):
    for method, url in (
        ("GET", "/no-such-page"),
        ("GET", "/api/no-such"),
        ("POST", "/"),
        ("GET", "/reviews/%00/document"),
        ("GET", "/api/search?from=abc"),
    ):
        response = client.open(url, method=method)
        assert response.status_code >= 400, url
        _headers_all_there(response, f"{method} {url}")


@pytest.mark.parametrize("per_page", ["100", "101", "999999999", "1234567890", "9" * 40, "0" * 30 + "50"])
def test_a_per_page_of_any_length_follows_one_rule(client, per_page):
    data = client.get(f"/api/search?per_page={per_page}").get_json()
    assert "error" not in data, per_page
    assert data["per_page"] == min(100, int(per_page)), per_page


def test_a_non_number_per_page_is_an_error_whatever_its_length(client):
    for per_page in ("ten", "1e9", "12x", "x" * 40):
        response = client.get(f"/api/search?per_page={per_page}")
        assert response.status_code == 400 and "whole number" in response.get_json()["error"]["message"]


# --- the production server ---------------------------------------------------------------


def test_a_very_long_url_on_gunicorn_gets_the_json_error(site):
    from load.server import ProductionServer, settings_env

    with ProductionServer(settings_env(site.settings), workers=1, threads=2) as server:
        long_query = urllib.parse.quote("neglect " * 1500)
        assert len(long_query) > 8190
        status, headers, body = server.get(f"/api/search?q={long_query}")
        assert status == 414
        error = json.loads(body)["error"]
        assert error["status"] == 414 and "8190" in error["message"]
        assert headers.get("Content-Type", "").startswith("application/json")
        for name in ALL_HEADERS:
            assert headers.get(name), name
        # Under the limit, a long query is shortened with a notice as the API documents.
        status, _, body = server.get("/api/search?q=" + urllib.parse.quote("neglect " * 150))
        assert status == 200 and json.loads(body)["notices"]
        # A request line gunicorn cannot parse: the same JSON form.
        import socket

        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
            raw.sendall(b"GET /api/search?q=x HTTP/9.9\r\nHost: x\r\n\r\n")
            answer = b""
            while chunk := raw.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400") and b"X-Content-Type-Options: nosniff" in head
        assert json.loads(body)["error"]["status"] == 400
        status, _, _ = server.get("/healthz")
        assert status == 200
