"""Production server (`lessons serve --production`, gunicorn) on loopback: headers on every
route, path traversal, read-only routes, request ids and JSON logs, caching headers tied to
the index version, limits, trusted proxies, index switches and graceful stop.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from load.server import ProductionServer, settings_env
from test_web_corpus import build_site, site  # noqa: F401
from test_web_security import all_urls

from search_app.settings import Settings
from search_app.web import create_app
from search_app.web.serving.request_context import client_address, parse_networks

pytest.importorskip("gunicorn")


@pytest.fixture(scope="module")
def server(site):
    with ProductionServer(settings_env(site.settings), workers=2, threads=4) as running:
        yield running


def _json(body: bytes) -> dict:
    return json.loads(body.decode("utf-8"))


def test_serve_production_options_and_refusals():
    from click.testing import CliRunner

    from search_app.cli import main

    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    for option in ("--production", "--workers", "--threads"):
        assert option in help_text
    assert CliRunner().invoke(main, ["serve", "--production", "--debug"]).exit_code == 2
    refused = CliRunner().invoke(main, ["serve", "--workers", "3"])
    assert refused.exit_code == 2 and "--production only" in refused.output


# --- security ---------------------------------------------------------------


def _directives(policy: str) -> dict[str, str]:
    pairs = (d.strip().split(None, 1) for d in policy.split(";") if d.strip())
    return {p[0]: (p[1] if len(p) > 1 else "") for p in pairs}


def test_security_headers_and_request_id_on_every_route(server, site):
    for url in all_urls(site) + ["/briefing?q=neglect", "/api/search?q=%22unclosed"]:
        status, headers, _ = server.get(url)
        assert status < 500, url
        csp = _directives(headers.get("Content-Security-Policy", ""))
        assert csp.get("frame-ancestors") == "'none'", url
        assert csp.get("default-src") in ("'self'", "'none'"), url
        scripts = csp.get("script-src", csp["default-src"])
        assert "unsafe-inline" not in scripts and "unsafe-eval" not in scripts, url
        if csp["default-src"] == "'self'":  # the pages: no inline anything
            assert "unsafe-inline" not in " ".join(csp.values()), url
        assert headers["X-Content-Type-Options"] == "nosniff", url
        assert headers["Referrer-Policy"] == "same-origin", url
        assert headers["X-Frame-Options"] == "DENY", url
        assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"]), url


TRAVERSALS = [
    "/reviews/../../etc/passwd/document",
    "/reviews/..%2F..%2Fetc%2Fpasswd/document",
    "/reviews/%2e%2e%2f%2e%2e%2fetc%2fpasswd/document",
    "/reviews/%2Fetc%2Fpasswd/document",
    "/reviews//etc/passwd/document",
    "/reviews/%252e%252e%252fsecret/document",
    "/reviews/C:%5Cwindows%5Cwin.ini/document",
    "/reviews/%00/document",
    "/static/../../../../etc/passwd",
    "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/settings.py",
    "/static//etc/passwd",
    "/../../../../etc/passwd",
    "/reviews/unknown/document",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_refused_by_the_production_server(server, site, path):
    # http.client sends the path exactly as written: no client-side normalising.
    status, headers, body = server.get(path)
    if status == 308:  # doubled slashes are merged: the new address must be refused too
        location = headers["Location"]
        assert location.startswith(("/", server.url("/"))) and "//etc" not in location
        status, headers, body = server.get(location.removeprefix(server.url("")))
    assert b"root:" not in body and b"SETTINGS" not in body and b"[fonts]" not in body
    assert status in (400, 404), (path, status)


def test_the_document_link_serves_only_the_catalogued_file(server, site):
    status, headers, body = server.get(f"/reviews/{site.pdf_review}/document")
    assert status == 200 and body.startswith(b"%PDF-")
    status, _, body = server.get(f"/reviews/{site.pdf_review}/document?path=/etc/passwd")
    assert status == 200 and body.startswith(b"%PDF-")


def _tree_digest(folder: Path, catalog: Path | None = None) -> dict[str, str]:
    """Hashes of the files under `folder`; the SQLite catalog by its content (schema, rows)."""
    digests = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and catalog is None or p.is_file() and not p.name.startswith(catalog.name)
    }
    if catalog is not None:
        db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
        dump = "\n".join(db.iterdump()) + f"\nuser_version={db.execute('PRAGMA user_version').fetchone()[0]}"
        db.close()
        digests["catalog content"] = hashlib.sha256(dump.encode()).hexdigest()
    return digests


def test_no_route_accepts_a_write_and_nothing_changes(server, site):
    app = create_app(site.settings, {"TESTING": True})
    routes = {rule.rule: rule for rule in app.url_map.iter_rules()}
    for rule in routes.values():
        assert not rule.methods & {"POST", "PUT", "PATCH", "DELETE"}, rule.rule
    before = _tree_digest(site.settings.data_dir, site.settings.catalog)
    corpus_before = _tree_digest(site.settings.corpus[0])
    concrete = [re.sub(r"<[^>]+>", "x", r) for r in routes] + all_urls(site)
    for url in concrete:
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            status, headers, _ = server.request(
                method,
                url,
                body=b"q=x&catalog=/dev/null",
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
            assert status in (404, 405), (method, url, status)
            if status == 405:
                assert method not in headers["Allow"], (method, url)
    for url in all_urls(site):
        server.get(url)
    # The catalog, the index and the source files are exactly as they were.
    assert _tree_digest(site.settings.data_dir, site.settings.catalog) == before
    assert _tree_digest(site.settings.corpus[0]) == corpus_before


# --- request ids and logs ---------------------------------------------------


def test_request_id_is_honoured_when_sane_and_logged_as_json(server):
    status, headers, _ = server.get("/api/search?q=neglect", headers={"X-Request-ID": "trace-0001.abc:XY"})
    assert status == 200 and headers["X-Request-ID"] == "trace-0001.abc:XY"
    for insane in ("short", "has spaces in it", "x" * 200, "<script>alert(1)</script>"):
        _, headers, _ = server.get("/healthz", headers={"X-Request-ID": insane})
        assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"]), insane
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and "trace-0001.abc:XY" not in server.log_text():
        time.sleep(0.1)
    records = [json.loads(line) for line in server.log_lines if line.startswith("{")]
    assert len(records) == len([line for line in server.log_lines if line.strip()])  # every line is JSON
    access = [r for r in records if r.get("request_id") == "trace-0001.abc:XY"]
    assert access and access[0]["event"] == "access"
    assert access[0]["status"] == 200 and access[0]["path"] == "/api/search"
    assert access[0]["client"] == "127.0.0.1" and access[0]["duration_ms"] >= 0
    # Search words can name children: they are never written to the log.
    assert "neglect" not in json.dumps(access[0])


# --- caching -----------------------------------------------------------------


def test_static_assets_are_fingerprinted_and_cached_for_a_year(server):
    _, _, page = server.get("/")
    html = page.decode("utf-8")
    static = Path(create_app.__code__.co_filename).resolve().parent / "static"
    for name in ("app.css", "app.js"):
        digest = hashlib.sha256((static / name).read_bytes()).hexdigest()[:12]
        url = f"/static/{name}?v={digest}"
        assert url in html, name
        status, headers, body = server.get(url)
        assert status == 200 and body == (static / name).read_bytes()
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
        _, stale, _ = server.get(f"/static/{name}?v=0123456789ab")
        assert stale["Cache-Control"] == "public, no-cache"
        _, bare, _ = server.get(f"/static/{name}")
        assert bare["Cache-Control"] == "public, no-cache"


def test_search_answers_carry_an_etag_and_304_on_if_none_match(server):
    for url in ("/api/search?q=neglect", "/?q=neglect", "/api/facets", "/search.json?q=neglect", "/themes"):
        status, headers, body = server.get(url)
        assert status == 200 and body, url
        etag = headers["ETag"]
        assert etag.startswith('W/"') and headers["Last-Modified"] and headers["Cache-Control"] == "public, no-cache"
        status, again, body = server.get(url, headers={"If-None-Match": etag})
        assert (status, body) == (304, b""), url
        assert again["ETag"] == etag
        status, _, body = server.get(url, headers={"If-None-Match": '"something-else"'})
        assert status == 200 and body, url
    _, a, _ = server.get("/api/search?q=neglect")
    _, b, _ = server.get("/api/search?q=neglect&page=2")
    _, c, _ = server.get("/api/search?q=neglect", headers={"Host": "search.example"})
    assert len({a["ETag"], b["ETag"], c["ETag"]}) == 3
    # Errors are not tagged, so a 404 is never revalidated into a 304.
    status, headers, _ = server.get("/api/lessons/no-such-lesson")
    assert status == 404 and "ETag" not in headers


def test_a_switched_index_is_served_without_a_restart_and_invalidates_etags(tmp_path):
    from test_web_corpus import _source

    from ingest.records import STATUS_OK, Lesson, Review
    from nlp.records import LessonAnalysis
    from search_app.catalog.store import Catalog
    from search_app.pipeline.run import rebuild_from_catalog

    fresh = build_site(tmp_path)
    with ProductionServer(settings_env(fresh.settings), workers=2, threads=2) as server:
        _, health, _ = server.get("/healthz")
        url = "/api/search?q=quokka"
        status, headers, body = server.get(url)
        assert status == 200 and _json(body)["total"] == 0
        version = _json(server.get("/healthz")[2])["index_version"]

        path = fresh.settings.corpus[0] / "quokka.txt"
        path.write_text("Review of Child Q\n", encoding="utf-8")
        text = "The quokka protocol was not followed by any agency."
        review = Review(
            id="d4" * 8,
            source_path=str(path),
            title="Child Q",
            review_type="LCSPR",
            area="Eastby",
            region="East Midlands",
            published="2024",
            lessons=(Lesson(1, "finding", "Finding 1", text, "Findings", 3, 3),),
        )
        with Catalog(fresh.settings.catalog) as catalog:
            catalog.put_review(_source(path), review, {1: LessonAnalysis(())}, STATUS_OK)
        assert rebuild_from_catalog(fresh.settings).exit_code == 0

        new_version = _json(server.get("/healthz")[2])["index_version"]
        assert new_version and new_version != version
        # Every worker (two of them, so ask several times) sees the new generation.
        for _ in range(6):
            status, again, body = server.get(url, headers={"If-None-Match": headers["ETag"]})
            assert status == 200 and _json(body)["total"] == 1
            assert again["ETag"] != headers["ETag"]


# --- limits ------------------------------------------------------------------


def test_limits_are_bounded_with_clear_messages(server):
    data = _json(server.get("/api/search?q=" + "neglect+" * 100)[2])
    assert len(data["query"]) == 500 and "longer than 500 characters" in data["notices"][0]
    data = _json(server.get("/api/search?per_page=100000")[2])
    assert data["per_page"] == 100
    data = _json(server.get("/api/search?page=99999999")[2])
    assert data["page"] == 10_000 // data["per_page"] and any("first 10,000 results" in n for n in data["notices"])
    # A request line longer than gunicorn's limit is refused, not served or crashed on.
    status, _, _ = server.get("/api/search?q=" + "x" * 9000)
    assert status in (400, 414)
    status, _, _ = server.get("/healthz", headers={"X-Big": "y" * 9000})
    assert status in (400, 431)
    # The request body limit (MAX_CONTENT_LENGTH) stands even though no route takes a body.
    assert create_app(test_config={"TESTING": True}).config["MAX_CONTENT_LENGTH"] <= 64 * 1024
    assert server.get("/healthz")[0] == 200


# --- trusted proxies ------------------------------------------------------------


def _logged_client(server, request_id: str) -> str:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and request_id not in server.log_text():
        time.sleep(0.1)
    records = [json.loads(line) for line in server.log_lines if line.startswith("{")]
    return next(r["client"] for r in records if r.get("request_id") == request_id and r.get("event") == "access")


def test_forwarded_for_is_believed_from_a_trusted_proxy_only(site):
    forged = {"X-Forwarded-For": "192.0.2.77"}
    with ProductionServer(settings_env(site.settings), workers=1, threads=2) as server:
        server.get("/healthz", headers={**forged, "X-Request-ID": "untrusted-peer-01"})
        assert _logged_client(server, "untrusted-peer-01") == "127.0.0.1"
    env = settings_env(site.settings, LESSONS_TRUSTED_PROXIES="127.0.0.1, ::1")
    with ProductionServer(env, workers=1, threads=2) as server:
        server.get("/healthz", headers={"X-Forwarded-For": "203.0.113.7", "X-Request-ID": "trusted-peer-001"})
        assert _logged_client(server, "trusted-peer-001") == "203.0.113.7"


def test_client_address_walks_forwarded_for_only_through_trusted_hops():
    trusted = parse_networks("127.0.0.1, 10.0.0.0/8")
    assert client_address("127.0.0.1", "203.0.113.7", trusted) == "203.0.113.7"
    assert client_address("127.0.0.1", "1.2.3.4, 203.0.113.7, 10.1.1.1", trusted) == "203.0.113.7"
    assert client_address("198.51.100.1", "203.0.113.7", trusted) == "198.51.100.1"
    assert client_address("127.0.0.1", "not-an-ip", trusted) == "127.0.0.1"
    assert client_address("127.0.0.1", "203.0.113.7", ()) == "127.0.0.1"
    with pytest.raises(ValueError, match="not an IP address"):
        parse_networks("127.0.0.1, proxy.example")


def test_a_bad_trusted_proxies_setting_stops_the_server_with_a_message(site):
    server = ProductionServer(settings_env(site.settings, LESSONS_TRUSTED_PROXIES="my-proxy"))
    with pytest.raises(RuntimeError, match="exited at start"):
        server.start()
    assert "'my-proxy' is not an IP address" in server.log_text()
    assert "Traceback" not in server.log_text()


# --- graceful stop -----------------------------------------------------------


def test_sigterm_lets_requests_in_flight_finish(site):
    server = ProductionServer(settings_env(site.settings), workers=1, threads=2).start()
    result: dict = {}

    def slow_request():
        result["answer"] = server.get("/briefing?q=share+information&format=pdf", timeout=60)

    worker = threading.Thread(target=slow_request)
    worker.start()
    time.sleep(0.3)  # the briefing is being made
    assert server.stop() == 0
    worker.join(timeout=60)
    status, headers, body = result["answer"]
    assert status == 200 and body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")
    assert "Shutting down: Master" in server.log_text()


def test_an_unusable_index_gives_503_with_a_message_logged_with_the_request_id(tmp_path):
    empty = Settings.load({"data_dir": str(tmp_path / "data")}, environ={})
    empty.index_dir.mkdir(parents=True)
    (empty.index_dir / "CURRENT").write_text("index-of-an-older-program\n")
    with ProductionServer(settings_env(empty), workers=1, threads=2) as server:
        status, headers, body = server.get("/api/search?q=neglect", headers={"X-Request-ID": "no-index-0001"})
        assert status == 503
        assert _json(body)["error"]["status"] == 503
        assert "Search is not available" in _json(body)["error"]["message"]
        status, _, body = server.get("/healthz")
        assert status == 503 and _json(body)["status"] == "unavailable"
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            records = [json.loads(line) for line in server.log_lines if line.startswith("{")]
            warnings = [r for r in records if r.get("request_id") == "no-index-0001" and r["level"] == "warning"]
            if warnings:
                break
            time.sleep(0.1)
        assert warnings and warnings[0]["logger"].startswith("search_app")
