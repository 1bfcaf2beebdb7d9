"""A real production server for tests and benchmarks: `lessons serve --production` on loopback.

    with ProductionServer(env, workers=2, threads=4) as server:
        server.get("/healthz")          # (status, headers, body)
        server.url("/api/search?q=x")

The server is the real command in a child process (gunicorn and its
workers), listening on 127.0.0.1 on a free port; its JSON log lines are
collected from standard output and error. Leaving the block sends SIGTERM
(a graceful stop) and waits for the process.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def settings_env(settings, **extra: str) -> dict[str, str]:
    """LESSONS_* variables for a server on `settings` (and nothing else from this environment)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LESSONS_DATA_DIR": str(settings.data_dir),
        "LESSONS_CATALOG": str(settings.catalog),
        "LESSONS_INDEX_DIR": str(settings.index_dir),
        "LESSONS_TAXONOMY": str(settings.taxonomy),
        "LESSONS_CORPUS": ":".join(str(p) for p in settings.corpus),
        "LESSONS_BACKEND": settings.backend,
        "LESSONS_ES_URL": settings.es_url,
        "LESSONS_ES_INDEX": settings.es_index,
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    env.update({k: str(v) for k, v in extra.items()})
    return env


class ProductionServer:
    def __init__(
        self, env: dict[str, str], workers: int | None = None, threads: int | None = None, port: int | None = None
    ):
        """`workers` and `threads` None: the command's defaults (2 per core plus 1; 4)."""
        self.env = env
        self.port = port or free_port()
        self.workers, self.threads = workers, threads
        self.process: subprocess.Popen | None = None
        self.log_lines: list[str] = []
        self._readers: list[threading.Thread] = []

    def command(self) -> list[str]:
        command = [
            sys.executable,
            "-c",
            "import sys; from search_app.cli import main; sys.exit(main())",
            "serve",
            "--production",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        if self.workers:
            command += ["--workers", str(self.workers)]
        if self.threads:
            command += ["--threads", str(self.threads)]
        return command

    def start(self) -> ProductionServer:
        self.process = subprocess.Popen(
            self.command(), env=self.env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for stream in (self.process.stdout, self.process.stderr):
            reader = threading.Thread(target=self._collect, args=(stream,), daemon=True)
            reader.start()
            self._readers.append(reader)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                status, _, _ = self.get("/healthz", timeout=2)
                if status in (200, 503):
                    return self
            except OSError:
                pass
            if self.process.poll() is not None:
                self.stop()
                raise RuntimeError("the production server exited at start:\n" + self.log_text()[-3000:])
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the production server did not answer in time:\n" + self.log_text()[-3000:])
            time.sleep(0.2)

    def _collect(self, stream) -> None:
        for line in stream:
            self.log_lines.append(line.rstrip("\n"))

    def log_text(self) -> str:
        return "\n".join(self.log_lines)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def request(
        self, method: str, path: str, headers: dict | None = None, body: bytes | None = None, timeout: float = 30
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()

    def get(self, path: str, headers: dict | None = None, timeout: float = 30):
        return self.request("GET", path, headers=headers, timeout=timeout)

    def stop(self, timeout: float = 40) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for reader in self._readers:
            reader.join(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()
        return self.process.returncode

    def __enter__(self) -> ProductionServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
