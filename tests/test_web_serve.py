"""Web app: `lessons serve` runs the app, and create_app takes its configuration in layers."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

from click.testing import CliRunner
from test_web_corpus import site  # noqa: F401

from search_app.cli import main
from search_app.web import create_app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_is_a_lessons_command_with_host_port_and_debug():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--debug"):
        assert option in result.output
    bad = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert bad.exit_code == 2


def test_serve_answers_http_on_the_chosen_port(site):
    port = free_port()
    env = {
        "LESSONS_CATALOG": str(site.settings.catalog),
        "LESSONS_INDEX_DIR": str(site.settings.index_dir),
        "LESSONS_TAXONOMY": str(site.settings.taxonomy),
        "PATH": "/usr/bin:/bin",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", "from search_app.cli import main; main()", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    health = json.load(response)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert health["status"] == "ok" and health["lessons"] == site.total_lessons
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stderr.close()


def test_create_app_layers_environment_then_test_overrides(site, monkeypatch, tmp_path):
    monkeypatch.setenv("LESSONS_PAGE_SIZE", "7")
    monkeypatch.setenv("LESSONS_CATALOG", str(tmp_path / "elsewhere.sqlite3"))
    app = create_app(
        test_config={
            "TESTING": True,
            "catalog": str(site.settings.catalog),
            "index_dir": str(site.settings.index_dir),
            "taxonomy": str(site.settings.taxonomy),
        }
    )
    assert app.config["TESTING"] is True
    client = app.test_client()
    assert client.get("/api/search").get_json()["per_page"] == 7  # from the environment
    # The test override of the catalog won over the environment's (missing) one.
    assert client.get(f"/api/reviews/{site.pdf_review}").status_code == 200
    assert not (tmp_path / "elsewhere.sqlite3").exists()
