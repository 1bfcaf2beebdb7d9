"""Run wrk (Debian package `wrk`) with search.lua against a loopback server and read its result.

    result = run_wrk("http://127.0.0.1:8123", paths, connections=50, seconds=10)
    result.errors          # socket errors + responses other than 200
    result.latency_ms["p95"]

Only loopback URLs are accepted: load is never sent anywhere else.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

SCRIPT = Path(__file__).with_name("search.lua")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class LoadToolMissing(RuntimeError):
    """wrk is not installed."""


@dataclass(frozen=True)
class LoadResult:
    requests: int
    duration_s: float
    socket_errors: dict
    non_200: int
    statuses: dict
    empty_results: int
    latency_ms: dict

    @property
    def errors(self) -> int:
        return self.non_200 + sum(self.socket_errors.values())

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.duration_s if self.duration_s else 0.0

    def to_json(self) -> dict:
        return {
            "requests": self.requests,
            "duration_s": self.duration_s,
            "requests_per_second": round(self.requests_per_second, 1),
            "errors": self.errors,
            "socket_errors": self.socket_errors,
            "non_200": self.non_200,
            "statuses": self.statuses,
            "empty_results": self.empty_results,
            "latency_ms": self.latency_ms,
        }


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise LoadToolMissing("wrk is not installed (Debian package `wrk`: apt-get install -y wrk)")
    return path


def run_wrk(
    base_url: str, paths: list[str], connections: int = 50, seconds: int = 10, threads: int = 2, timeout_s: int = 10
) -> LoadResult:
    host = urlsplit(base_url).hostname
    if host not in _LOOPBACK:
        raise ValueError(f"load is sent to loopback addresses only, not {host!r}")
    with tempfile.NamedTemporaryFile("w", suffix=".paths", delete=False) as handle:
        handle.write("\n".join(paths) + "\n")
        paths_file = handle.name
    try:
        proc = subprocess.run(
            [
                wrk_path(),
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                f"--timeout={timeout_s}s",
                "-s",
                str(SCRIPT),
                base_url,
                "--",
                paths_file,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
    finally:
        Path(paths_file).unlink(missing_ok=True)
    for line in proc.stdout.splitlines():
        if line.startswith("WRK_RESULT "):
            data = json.loads(line[len("WRK_RESULT ") :])
            return LoadResult(**{k: data[k] for k in LoadResult.__dataclass_fields__})
    raise RuntimeError(f"wrk gave no result (exit {proc.returncode}): {proc.stdout[-1000:]} {proc.stderr[-1000:]}")
