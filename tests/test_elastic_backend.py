"""The Elasticsearch backend on a real node: mapping and analysis, alias
generations, bulk retries after real 429 refusals, and clear errors.

The node is LESSONS_ES_URL when it answers, else one started with
tests/es/start.sh for the session (see tests/es/node.py). The shared
contract (search, facets, writes) runs in tests/test_search_contract.py.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest

from search_app.search.analysis import ANALYZER_NAME, analyze
from search_app.search.contract import FACETS, SearchError, SearchRequest
from search_app.search.elastic.backend import ElasticBackend
from search_app.search.elastic.client import ConnectionOptions, EngineConnection
from search_app.search.elastic.schema import SCHEMA_VERSION
from tests.conftest import TAXONOMY_PATH, make_sample_lessons
from tests.es.node import node_or_skip


@pytest.fixture(scope="module")
def es_url() -> str:
    return node_or_skip()


@pytest.fixture
def backend(es_url):
    instance = ElasticBackend(
        EngineConnection(ConnectionOptions(es_url)),
        alias=f"lessons-test-{uuid.uuid4().hex[:10]}",
        taxonomy_path=TAXONOMY_PATH,
    )
    yield instance
    for name in instance._indices_behind_alias():
        instance._call(lambda c: c.indices.delete(index=name), "clean up")
    instance.close()


def _client(backend):
    return backend.connection.client


def test_the_node_analyses_text_exactly_as_the_shared_analyzer(backend):
    backend.index_lessons(make_sample_lessons()[:1])
    index = backend.version()
    texts = [
        "Non-accidental injuries to babies",
        "Naïve café-style drop-in; s.47 enquiries",
        "The health visitors' ASSESSMENTS were recorded carefully",
        "Behaviour, behaviours and behavioural concerns",
        "supercalifragilisticexpialidociousnessxyzzyplugh word",  # over the length limit
        "Children's social care — 2021/22",
    ]
    for text in texts:
        response = _client(backend).indices.analyze(index=index, body={"analyzer": ANALYZER_NAME, "text": text})
        tokens = tuple(t["token"] for t in getattr(response, "body", response)["tokens"])
        assert tokens == analyze(text), text


def test_mapping_is_explicit_and_versioned(backend):
    backend.index_lessons(make_sample_lessons()[:1])
    index = backend.version()
    response = _client(backend).indices.get_mapping(index=index)
    mapping = getattr(response, "body", response)[index]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["_meta"] == {"schema_version": SCHEMA_VERSION}
    fields = mapping["properties"]
    for facet in FACETS:
        assert fields[facet.field]["type"] == ("integer" if facet.field == "year" else "keyword")
    for name in ("text", "label", "section", "review"):
        assert fields[name] == {"type": "text", "analyzer": ANALYZER_NAME}
    # shown, not searched: the review's title is searched in "review" with its area, year and child
    assert fields["review_title"]["index"] is False and fields["title"]["index"] is False
    assert fields["substance"] == {"type": "keyword"}
    assert fields["page_start"]["type"] == fields["page_end"]["type"] == "integer"
    assert fields["date_key"]["type"] == "integer"


def test_stemming_and_synonyms_reach_the_node(backend):
    backend.rebuild(make_sample_lessons())

    def ids(query: str) -> set[str]:
        return {h.lesson.id for h in backend.search(SearchRequest(query, per_page=100, facets=())).hits}

    # "visitors" and "visitor" stem alike; "NAI" expands to the spelled-out
    # phrase through the taxonomy; British and American spellings meet.
    assert "rev-lynn-004" in ids("visitor") and "rev-brighton-001" in ids("visitors")
    assert {"rev-brighton-001", "rev-panel-001", "rev-lynn-001"} <= ids("NAI")
    assert ids("NAI") == ids("non-accidental injury")
    assert ids("behavior") == ids("behaviour") == {"rev-lynn-003", "rev-north-002"}


def test_generations_are_versioned_indexes_behind_the_alias(backend):
    lessons = make_sample_lessons()
    assert backend.version() == "" and backend.count() == 0
    backend.rebuild(lessons[:4])
    first = backend.version()
    assert first == f"{backend.alias}-v1" and backend.count() == 4
    backend.rebuild(lessons)
    second = backend.version()
    assert second == f"{backend.alias}-v2" and backend.count() == len(lessons)
    remaining = _client(backend).indices.get(index=f"{backend.alias}-v*")
    assert set(remaining) == {second}, "the old generation is deleted after the switch"
    # Incremental writes go to the index behind the alias.
    backend.index_lessons(lessons[:2])
    assert backend.version() == second and backend.count() == len(lessons)


def test_readers_never_see_an_empty_or_half_built_index_during_rebuilds(backend, es_url):
    lessons = make_sample_lessons()
    backend.rebuild(lessons[:6])
    reader = ElasticBackend(EngineConnection(ConnectionOptions(es_url)), alias=backend.alias)
    seen: list[int] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                seen.append(reader.search(SearchRequest("", per_page=1, facets=("kind",))).total)
            except Exception as exc:  # recorded: a reader must never fail
                errors.append(exc)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for round_ in range(3):
            backend.rebuild(lessons if round_ % 2 == 0 else lessons[:6])
    finally:
        stop.set()
        thread.join()
    reader.close()
    assert not errors
    assert len(seen) > 5
    assert set(seen) <= {6, len(lessons)}, f"a reader saw {sorted(set(seen))}"


def test_bulk_indexing_backs_off_and_retries_when_the_node_refuses_with_429(backend):
    client = _client(backend)
    lessons = make_sample_lessons()
    backend.index_lessons(lessons[:1])  # the index exists before the node starts refusing
    breaker = "network.breaker.inflight_requests.limit"
    client.cluster.put_settings(body={"transient": {breaker: "1b"}})  # every bulk body trips it
    try:
        with pytest.raises(SearchError, match="429"):
            _bulk_once(backend)  # the refusal is real
        timer = threading.Timer(1.5, lambda: client.cluster.put_settings(body={"transient": {breaker: None}}))
        timer.start()
        began = time.monotonic()
        assert backend.index_lessons(lessons) == len(lessons)
        elapsed = time.monotonic() - began
        timer.join()
    finally:
        client.cluster.put_settings(body={"transient": {breaker: None}})
    assert elapsed >= 1.4, "the bulk went through while the node was refusing"
    assert backend.count() == len(lessons)


def _bulk_once(backend) -> None:
    """One bulk request with no retries: shows the node really answers 429."""
    index = backend.version()
    for _ in backend.connection.streaming_bulk(
        [{"_index": index, "_id": "x", "_source": {"id": "x"}}], max_retries=0, raise_on_error=True
    ):
        pass


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the socket closes


def test_an_unreachable_cluster_is_a_clear_search_error():
    url = f"http://127.0.0.1:{_closed_port()}"
    backend = ElasticBackend(EngineConnection(ConnectionOptions(url, request_timeout=2)), alias="lessons")
    began = time.monotonic()
    with pytest.raises(SearchError, match=f"cannot reach the search cluster at {url}"):
        backend.search(SearchRequest("neglect"))
    with pytest.raises(SearchError, match="cannot reach"):
        backend.count()
    assert time.monotonic() - began < 20


def test_a_red_cluster_is_a_clear_search_error(es_url):
    admin = EngineConnection(ConnectionOptions(es_url))
    stuck = f"lessons-test-red-{uuid.uuid4().hex[:8]}"
    unplaceable = {"index.routing.allocation.require._name": "no-such-node", "number_of_replicas": 0}
    admin.call(
        lambda c: c.indices.create(index=stuck, body={"settings": unplaceable}, wait_for_active_shards="0"),
        "create an index whose shard cannot be placed",
    )
    try:
        backend = ElasticBackend(EngineConnection(ConnectionOptions(es_url)), alias="lessons-red-check")
        with pytest.raises(SearchError, match="is red"):
            backend.search(SearchRequest("neglect"))
        backend.close()
    finally:
        admin.call(lambda c: c.indices.delete(index=stuck), "clean up")
        admin.close()


def test_an_index_where_the_alias_should_be_is_reported(backend):
    _client(backend).indices.create(index=backend.alias)
    try:
        with pytest.raises(SearchError, match="exists where the alias should be"):
            backend.rebuild(make_sample_lessons())
    finally:
        _client(backend).indices.delete(index=backend.alias)


def test_open_backend_builds_it_from_the_settings(es_url, tmp_path):
    from search_app.search import open_backend
    from search_app.settings import Settings

    alias = f"lessons-test-{uuid.uuid4().hex[:10]}"
    settings = Settings.load(
        {"backend": "elasticsearch", "es_url": es_url, "es_index": alias, "es_shards": 2,
         "es_replicas": 0, "taxonomy": str(TAXONOMY_PATH), "data_dir": str(tmp_path)},
        environ={},
    )
    backend = open_backend(settings)
    try:
        assert isinstance(backend, ElasticBackend) and backend.alias == alias
        assert backend.rebuild(make_sample_lessons()) == len(make_sample_lessons())
        index = backend.version()
        shards = backend._call(lambda c: c.indices.get_settings(index=index), "settings")[index]["settings"]["index"]
        assert (shards["number_of_shards"], shards["number_of_replicas"]) == ("2", "0")
        assert backend.search(SearchRequest("nai")).total >= 3  # taxonomy synonyms from settings.taxonomy
    finally:
        backend._call(lambda c: c.indices.delete(index=backend.version()), "clean up")
        backend.close()
