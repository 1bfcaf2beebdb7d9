"""Test support: a real search server node for the Elasticsearch backend's tests.

`shared_node_url()` gives the URL of a node for the whole test session:
LESSONS_ES_URL when it is set and answers, else a node started with
tests/es/start.sh on a free loopback port (stopped when the session ends).
`start_cluster(n)` starts a separate n-node cluster that a test stops
itself. Without Java or Maven, `NodeUnavailable` says how to get them;
`node_or_skip()` turns that into a skip, or a failure under CI=true.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
START_TIMEOUT_S = 300
HOW_TO_INSTALL = (
    "the Elasticsearch backend tests need Java 17 and Maven 3 to run a real node "
    "(Debian: apt-get install openjdk-17-jdk-headless maven), or LESSONS_ES_URL "
    "pointing at a running Elasticsearch 8 or OpenSearch 2 node"
)


class NodeUnavailable(Exception):
    """No node could be had; the message says why and what to install."""


@dataclass
class RunningNode:
    """A node (or cluster) started by start.sh; `url` lists every node's HTTP address."""

    port: int
    nodes: int
    directory: Path

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port + i}" for i in range(self.nodes)]

    @property
    def url(self) -> str:
        return ",".join(self.urls)

    def stop_node(self, index: int) -> None:
        _run([str(HERE / "stop-node.sh"), str(index), "--port", str(self.port), "--dir", str(self.directory)], 90)

    def stop(self) -> None:
        _run([str(HERE / "stop.sh"), "--port", str(self.port), "--dir", str(self.directory)], 60)


def _run(command: list[str], timeout: float) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise NodeUnavailable(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def answers(url: str) -> bool:
    """Whether something answers HTTP at `url` (the first of a comma-separated list)."""
    try:
        with urllib.request.urlopen(url.split(",")[0], timeout=3):
            return True
    except OSError:
        return False


def _free_port_range(count: int) -> int:
    """A base port P with P..P+count-1 and P+100..P+100+count-1 free on loopback."""
    for base in range(9250, 9400, 10):
        ports = [base + i for i in range(count)] + [base + 100 + i for i in range(count)]
        if all(_is_free(p) for p in ports):
            return base
    raise NodeUnavailable("no free loopback ports between 9250 and 9500 for a test node")


def _is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


_start_lock = threading.Lock()


def start_cluster(nodes: int = 1) -> RunningNode:
    """Start `nodes` nodes in one cluster on free loopback ports (the caller stops them)."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        raise NodeUnavailable(f"{' and '.join(missing)} not found: {HOW_TO_INSTALL}")
    with _start_lock:
        port = _free_port_range(nodes)
        directory = Path(tempfile.mkdtemp(prefix=f"lessons-es-{port}-"))
        command = [str(HERE / "start.sh"), "--nodes", str(nodes), "--port", str(port), "--dir", str(directory)]
        try:
            _run(command + ["--timeout", str(START_TIMEOUT_S - 30)], START_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise NodeUnavailable(f"start.sh did not finish in {START_TIMEOUT_S}s") from exc
    return RunningNode(port, nodes, directory)


_shared: dict[str, str] = {}


def shared_node_url() -> str:
    """One node for the whole session (see the module docstring)."""
    with _start_lock:
        if "url" in _shared:
            return _shared["url"]
    given = os.environ.get("LESSONS_ES_URL", "")
    if given and answers(given):
        _shared["url"] = given
        return given
    node = start_cluster(1)
    atexit.register(node.stop)
    _shared["url"] = node.url
    return node.url


def node_or_skip(get=shared_node_url):
    """`get()`, or skip the test (fail it under CI=true) when no node can be had."""
    import pytest

    try:
        return get()
    except NodeUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"under CI=true the search server must run: {exc}")
        pytest.skip(str(exc))
