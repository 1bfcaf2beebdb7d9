"""The Elasticsearch backend on a three-node cluster: with 3 shards and 1
replica, stopping a node (here the first one, the one the client was
given first and usually the elected manager) changes no answer.

Starts its own cluster with tests/es/start.sh --nodes 3 (about 15 to 45 s
on two cores); runs in CI, where it is required.
"""

from __future__ import annotations

import time

import pytest

from search_app.search.contract import SearchRequest
from search_app.search.elastic.backend import ElasticBackend
from search_app.search.elastic.client import ConnectionOptions, EngineConnection
from tests.conftest import TAXONOMY_PATH, make_sample_lessons
from tests.es.node import node_or_skip, start_cluster

QUERIES = [
    SearchRequest("", per_page=100),
    SearchRequest("neglect", per_page=100),
    SearchRequest("NAI", per_page=100),
    SearchRequest('"health visitor"', per_page=100),
    SearchRequest("health -police", filters={"agency": ("health",)}, per_page=100),
    SearchRequest("the", sort="date", page=2, per_page=3),
    SearchRequest("", filters={"theme": ("harm.nai_infant", "harm.neglect")}, year_from=2016, year_to=2021),
]


@pytest.fixture(scope="module")
def cluster():
    running = node_or_skip(lambda: start_cluster(3))
    yield running
    running.stop()


def _answers(backend: ElasticBackend) -> list:
    out = []
    for request in QUERIES:
        result = backend.search(request)
        out.append(
            (
                [h.lesson.id for h in result.hits],
                [round(h.score, 4) for h in result.hits],
                result.total,
                {name: [(c.value, c.count) for c in counts] for name, counts in result.facets.items()},
            )
        )
    return out


def _shard_nodes(backend: ElasticBackend) -> dict[str, set[str]]:
    shards = backend._call(lambda c: c.cat.shards(index=backend.version(), format="json"), "list shards")
    placed: dict[str, set[str]] = {}
    for shard in shards:
        placed.setdefault(shard["node"] or "", set()).add(f"{shard['shard']}{shard['prirep']}")
    return placed


def test_searches_answer_the_same_when_a_node_stops(cluster):
    lessons = make_sample_lessons()
    backend = ElasticBackend(
        EngineConnection(ConnectionOptions(cluster.url)),
        alias="lessons-cluster",
        shards=3,
        replicas=1,
        taxonomy_path=TAXONOMY_PATH,
    )
    assert backend.rebuild(lessons) == len(lessons)
    health = backend._call(lambda c: c.cluster.health(), "health")
    assert health["number_of_nodes"] == 3 and health["status"] == "green"
    placed = _shard_nodes(backend)
    assert set(placed) == {"node-0", "node-1", "node-2"}, placed  # every node holds shards
    assert sum(len(s) for s in placed.values()) == 6

    before = _answers(backend)
    assert before[0][2] == len(lessons) and before[2][2] >= 3

    cluster.stop_node(0)
    right_after = _answers(backend)  # replicas answer at once
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        health = backend._call(lambda c: c.cluster.health(), "health")
        if health["number_of_nodes"] == 2 and health["status"] in ("yellow", "green"):
            break
        time.sleep(0.5)
    assert health["number_of_nodes"] == 2 and health["status"] != "red"
    settled = _answers(backend)

    assert right_after == before
    assert settled == before
    assert backend.count() == len(lessons)
    backend.close()
