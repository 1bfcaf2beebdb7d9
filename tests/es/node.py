"""Test support: real search server nodes for the Elasticsearch backend's tests.

Two engines, each reached through its own client by the same backend:
"opensearch" (OpenSearch 2.19, opensearch-py) and "elasticsearch"
(Elasticsearch 8.19, the official client, over HTTPS with a user name and
password checked by its security module).

`shared_node(engine)` gives the `NodeConnection` of a node for the whole
test session: for "opensearch", LESSONS_ES_URL when it is set and answers,
else a node started with tests/es/start.sh; for "elasticsearch", the node
described by the connection.json that LESSONS_TEST_ES8_CONNECTION names
when it answers, else one started with tests/es/start-elasticsearch.sh.
Started nodes take free loopback ports and stop when the session ends.
`start_cluster(n)` starts a separate n-node OpenSearch cluster that a test
stops itself. Without Java or Maven, `NodeUnavailable` says how to get
them; `node_or_skip()` turns that into a skip, or a failure under CI=true.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
START_TIMEOUT_S = 300
HOW_TO_INSTALL = (
    "the Elasticsearch backend tests need Java 17 and Maven 3 to run real nodes "
    "(Debian: apt-get install openjdk-17-jdk-headless maven), or LESSONS_ES_URL "
    "pointing at a running OpenSearch 2 node and LESSONS_TEST_ES8_CONNECTION at the "
    "connection.json of a node started with tests/es/start-elasticsearch.sh"
)
ENGINES = ("elasticsearch", "opensearch")


@dataclass(frozen=True)
class NodeConnection:
    """How to reach a test node: its URL(s) and, for a secured node, credentials."""

    engine: str
    url: str
    username: str = ""
    password: str = ""
    ca_certs: str = ""

    def settings(self) -> dict[str, str]:
        """The `es_*` settings for this node."""
        return {
            "es_url": self.url,
            "es_username": self.username,
            "es_password": self.password,
            "es_ca_certs": self.ca_certs,
        }

    def options(self, **extra):
        """`ConnectionOptions` for this node."""
        from search_app.search.elastic.client import ConnectionOptions

        values = {"url": self.url, "username": self.username, "password": self.password, "ca_certs": self.ca_certs}
        values.update(extra)
        return ConnectionOptions(**values)


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


def answers(url: str, ca_certs: str = "") -> bool:
    """Whether something answers HTTP(S) at `url` (the first of a comma-separated
    list); a refusal for want of credentials counts as an answer."""
    try:
        context = ssl.create_default_context(cafile=ca_certs) if ca_certs else None
        with urllib.request.urlopen(url.split(",")[0] + "/_cluster/health", timeout=3, context=context):
            return True
    except urllib.error.HTTPError as exc:
        return exc.code in (401, 403)
    except (OSError, ssl.SSLError):
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


def start_elasticsearch() -> tuple[NodeConnection, Path]:
    """Start an Elasticsearch 8 node on free loopback ports (the caller stops
    it with tests/es/stop.sh --dir DIR); (its connection, DIR)."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        raise NodeUnavailable(f"{' and '.join(missing)} not found: {HOW_TO_INSTALL}")
    with _start_lock:
        port = _free_port_range(1)
        directory = Path(tempfile.mkdtemp(prefix=f"lessons-es8-{port}-"))
        command = [str(HERE / "start-elasticsearch.sh"), "--port", str(port), "--dir", str(directory)]
        try:
            _run(command + ["--timeout", str(START_TIMEOUT_S - 30)], START_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise NodeUnavailable(f"start-elasticsearch.sh did not finish in {START_TIMEOUT_S}s") from exc
    return _read_connection(directory / "connection.json"), directory


def _read_connection(path: Path) -> NodeConnection:
    info = json.loads(path.read_text(encoding="utf-8"))
    return NodeConnection("elasticsearch", info["url"], info["username"], info["password"], info["ca_certs"])


def _stop(directory: Path) -> None:
    _run([str(HERE / "stop.sh"), "--dir", str(directory)], 60)


_shared: dict[str, NodeConnection] = {}


def shared_node(engine: str = "opensearch") -> NodeConnection:
    """One node of `engine` for the whole session (see the module docstring)."""
    if engine not in ENGINES:
        raise ValueError(f"no test node for engine {engine!r}")
    with _start_lock:
        if engine in _shared:
            return _shared[engine]
    if engine == "opensearch":
        given = os.environ.get("LESSONS_ES_URL", "")
        if given and answers(given):
            found = NodeConnection(engine, given)
        else:
            node = start_cluster(1)
            atexit.register(node.stop)
            found = NodeConnection(engine, node.url)
    else:
        given = os.environ.get("LESSONS_TEST_ES8_CONNECTION", "")
        found = _read_connection(Path(given)) if given and Path(given).is_file() else None
        if found is None or not answers(found.url, found.ca_certs):
            found, directory = start_elasticsearch()
            atexit.register(_stop, directory)
    _shared[engine] = found
    return found


def shared_node_url() -> str:
    """The URL of the session's OpenSearch node."""
    return shared_node("opensearch").url


def node_or_skip(get=shared_node_url):
    """`get()`, or skip the test (fail it under CI=true) when no node can be had."""
    import pytest

    try:
        return get()
    except NodeUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"under CI=true the search server must run: {exc}")
        pytest.skip(str(exc))
