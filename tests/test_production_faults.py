"""Production server under faults: the Elasticsearch node stopped mid-load, the disk filling
during ingest, and a catalog that is corrupt or from a newer version.

Nothing is lost: the server answers 503 with a clear message while search cannot work and
recovers by itself; a failed run leaves the catalog and the serving index as they were; a
catalog the program cannot use is reported and never rebuilt over.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from load.server import PROJECT_ROOT, ProductionServer, settings_env
from test_web_corpus import build_site

from search_app.settings import Settings

pytest.importorskip("gunicorn")


def _lessons(settings: Settings, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from search_app.cli import main; sys.exit(main())", *args],
        env=settings_env(settings),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _skip_or_fail(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class Poller:
    """Threads asking the server the same searches until stopped, keeping every answer."""

    def __init__(self, server: ProductionServer, paths: list[str], threads: int = 6):
        self.server, self.paths = server, paths
        # (time, status or -1 for a socket error, body, path)
        self.answers: list[tuple[float, int, bytes, str]] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._loop, args=(i,)) for i in range(threads)]

    def _loop(self, offset: int) -> None:
        n = offset
        while not self._stop.is_set():
            path = self.paths[n % len(self.paths)]
            n += 1
            try:
                status, _, body = self.server.get(path, timeout=120)
            except OSError as exc:
                status, body = -1, repr(exc).encode()
            self.answers.append((time.monotonic(), status, body, path))
            time.sleep(0.02)

    def __enter__(self) -> Poller:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=150)

    def since(self, moment: float) -> list[tuple[float, int, bytes, str]]:
        return [a for a in self.answers if a[0] >= moment]

    def wait_for(self, status: int, after: float, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for moment, got, _, _ in self.since(after):
                if got == status:
                    return moment
            time.sleep(0.1)
        raise AssertionError(f"no {status} answer within {timeout} s: {Counter(a[1] for a in self.since(after))}")


# --- the Elasticsearch node stops mid-load -----------------------------------


def test_elasticsearch_node_stopped_mid_load_gives_503_then_recovers_by_itself(tmp_path):
    from tests.es.node import HERE, NodeUnavailable, RunningNode, start_cluster

    site = build_site(tmp_path)
    try:
        node = start_cluster(1)
    except NodeUnavailable as exc:
        _skip_or_fail(str(exc))
    settings = site.settings.replace(
        backend="elasticsearch", es_url=node.url, es_index=f"lessons-prod-{uuid.uuid4().hex[:10]}"
    )
    restarted: RunningNode | None = None
    try:
        from search_app.pipeline.run import rebuild_from_catalog

        assert rebuild_from_catalog(settings).exit_code == 0
        paths = ["/api/search?q=neglect", "/api/search?q=share+information", "/api/facets", "/healthz"]
        with ProductionServer(settings_env(settings), workers=2, threads=4) as server, Poller(server, paths) as poller:
            time.sleep(2)
            assert {a[1] for a in poller.answers} == {200}

            stopped_at = time.monotonic()
            node.stop()
            poller.wait_for(503, stopped_at, timeout=60)
            time.sleep(2)

            restarted = RunningNode(node.port, 1, Path(str(node.directory) + "-again"))
            subprocess.run(
                [str(HERE / "start.sh"), "--port", str(node.port), "--dir", str(restarted.directory)],
                check=True,
                capture_output=True,
                timeout=300,
            )
            # The node came back empty (a replaced node): the nightly job's rebuild refills it.
            assert rebuild_from_catalog(settings).exit_code == 0
            first_ok = poller.wait_for(200, time.monotonic(), timeout=60)
            time.sleep(4)
            server_pid = server.process.pid
            after_recovery = poller.since(first_ok + 1)
            recovered = [a for a in after_recovery if a[1] != 200]
            outage = poller.since(stopped_at)

        assert server.process.returncode == 0 and server_pid  # the same server all along: no restart
        statuses = Counter(a[1] for a in outage)
        assert set(statuses) <= {200, 503}, statuses  # never a 500 or a dropped connection
        assert statuses[503] > 0
        for _, status, body, path in outage:
            if status == 503 and path == "/healthz":
                assert json.loads(body)["status"] == "unavailable"
            elif status == 503:
                error = json.loads(body)["error"]
                assert error["status"] == 503 and "Search is not available" in error["message"]
        assert len(after_recovery) > 10 and recovered == [], Counter(a[1] for a in recovered)
        final = json.loads(server_get_after(settings, "/api/search?q=neglect"))
        assert final["total"] > 0
    finally:
        node.stop()  # (already stopped, unless the test failed first)
        if restarted is not None:
            restarted.stop()


def server_get_after(settings: Settings, path: str) -> bytes:
    """One request to a fresh production server on the same settings (the data survived)."""
    with ProductionServer(settings_env(settings), workers=1, threads=1) as server:
        status, _, body = server.get(path)
        assert status == 200
        return body


# --- the disk fills during ingest --------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB filesystem (tmpfs) mounted for the test, unmounted after."""
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mountpoint)], capture_output=True, text=True
    )
    if done.returncode != 0:
        _skip_or_fail(f"a small filesystem could not be mounted (needs root): {done.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True)


def _catalog_rows(path: Path, review_id: str | None = None) -> tuple[str, list]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        rows = db.execute("SELECT * FROM lessons ORDER BY 1, 2").fetchall()
    finally:
        db.close()
    return check, rows


def test_disk_filling_during_ingest_fails_cleanly_and_keeps_catalog_and_index(small_disk, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(PROJECT_ROOT / "corpus" / "reviews" / "lcspr_2020_sunderland_child_b.txt", corpus)
    settings = Settings.load(
        {"data_dir": str(small_disk / "data"), "corpus": str(corpus), "taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")},
        environ={},
    )
    first = _lessons(settings, "reindex", "--quiet")
    assert first.returncode == 0, first.stdout + first.stderr
    check, rows_before = _catalog_rows(settings.catalog)
    generation = (settings.index_dir / "CURRENT").read_text()

    for name in (
        "lcspr_2023_haringey_tyler.html",
        "briefing_2024_bristol_lily.html",
        "briefing_2024_bristol_lily.meta.yaml",
        "lcspr_2021_shropshire_sam.docx",
    ):
        shutil.copy2(PROJECT_ROOT / "corpus" / "reviews" / name, corpus)
    # Leave room for a little of the new work, not all of it.
    ballast = small_disk / "ballast"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    with open(ballast, "wb") as handle:
        os.posix_fallocate(handle.fileno(), 0, free - 160 * 1024)

    with ProductionServer(settings_env(settings), workers=1, threads=2) as server:
        before = json.loads(server.get("/api/search?q=child")[2])["total"]
        assert before > 0
        full = _lessons(settings, "reindex")
        output = full.stdout + full.stderr
        assert full.returncode != 0, output
        assert "disk is full" in output or "No space left" in output, output
        assert "Traceback" not in output
        # The serving index is the one from before, and answers as before.
        assert (settings.index_dir / "CURRENT").read_text() == generation
        status, _, body = server.get("/api/search?q=child")
        assert status == 200 and json.loads(body)["total"] == before
        check, rows_after = _catalog_rows(settings.catalog)
        assert check == "ok"
        assert set(rows_before) <= set(rows_after)  # nothing that was there is lost

        # With room again, the next run finishes the work and the server sees it without a restart.
        ballast.unlink()
        again = _lessons(settings, "reindex", "--quiet")
        assert again.returncode == 0, again.stdout + again.stderr
        status, _, body = server.get("/api/search?q=child")
        assert status == 200 and json.loads(body)["total"] > before


# --- a catalog the program cannot use ------------------------------------------


def _broken_catalogs(tmp_path: Path) -> dict[str, Path]:
    corrupt = tmp_path / "corrupt" / "catalog.sqlite3"
    corrupt.parent.mkdir()
    corrupt.write_bytes(b"This is not a database. " * 400)
    newer = tmp_path / "newer" / "catalog.sqlite3"
    newer.parent.mkdir()
    db = sqlite3.connect(newer)
    db.execute("CREATE TABLE reviews (id TEXT PRIMARY KEY, future_column TEXT)")
    db.execute("INSERT INTO reviews VALUES ('r1', 'from the future')")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    return {"corrupt": corrupt, "newer": newer}


def _catalog_identity(path: Path) -> bytes:
    """What must not change: a readable catalog's schema, rows and version; else its bytes.

    (Opening a catalog switches its journal to WAL, bytes 18-19 of the file header,
    before the version is checked; the content stays as it was.)
    """
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dump = "\n".join(db.iterdump())
            version = db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return path.read_bytes()
    return f"{dump}\nuser_version={version}".encode()


@pytest.mark.parametrize("kind", ["corrupt", "newer"])
def test_an_unusable_catalog_stops_the_server_and_the_job_with_a_message_and_is_never_rebuilt(tmp_path, kind):
    path = _broken_catalogs(tmp_path)[kind]
    original = _catalog_identity(path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(PROJECT_ROOT / "corpus" / "reviews" / "lcspr_2020_sunderland_child_b.txt", corpus)
    settings = Settings.load(
        {"data_dir": str(path.parent), "corpus": str(corpus), "taxonomy": str(PROJECT_ROOT / "taxonomy.yaml")},
        environ={},
    )

    server = ProductionServer(settings_env(settings))
    with pytest.raises(RuntimeError, match="exited at start"):
        server.start()
    said = server.log_text()
    assert f"The catalog {path}" in said and "left untouched" in said
    assert ("newer version" in said) if kind == "newer" else ("cannot be read" in said)
    assert "Traceback" not in said

    job = _lessons(settings, "reindex", "--quiet")
    output = job.stdout + job.stderr
    assert job.returncode == 2, output
    assert "Traceback" not in output and str(path) in output
    assert _catalog_identity(path) == original  # never rebuilt, migrated or truncated
    assert not (settings.index_dir / "CURRENT").exists()
