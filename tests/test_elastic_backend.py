"""The Elasticsearch backend on real nodes: mapping and analysed tokens,
alias generations, deletes, bulk retries after real 429 refusals, the
client's credentials and TLS, and clear errors.

Each test runs on both engines of tests/es/node.py: Elasticsearch 8.19
(official client, HTTPS, basic auth) and OpenSearch 2.19 (opensearch-py),
each node started once per session. The shared contract (search, facets,
writes) runs in tests/test_search_contract.py.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest

from search_app.search.analysis import analyze, token_runs
from search_app.search.contract import FACETS, IndexedLesson, SearchError, SearchRequest
from search_app.search.elastic.backend import ElasticBackend
from search_app.search.elastic.client import ConnectionOptions, EngineConnection
from search_app.search.elastic.schema import SCHEMA_VERSION, TEXT_FIELDS, TOKEN_ANALYZER
from tests.conftest import TAXONOMY_PATH, make_sample_lessons, search_node_or_skip
from tests.es.node import ENGINES


@pytest.fixture(scope="module", params=ENGINES)
def node(request):
    """The session's node of each engine (tests/es/node.py)."""
    return search_node_or_skip(request.param)


@pytest.fixture
def backend(node):
    instance = ElasticBackend(
        EngineConnection(node.options()),
        alias=f"lessons-test-{uuid.uuid4().hex[:10]}",
        taxonomy_path=TAXONOMY_PATH,
    )
    yield instance
    for name in instance._indices_behind_alias():
        instance._call(lambda c: c.indices.delete(index=name), "clean up")
    instance.close()


def _client(backend):
    return backend.connection.client


TEXTS = [
    "Non-accidental injuries to babies",
    "Naïve café-style drop-in; s.47 enquiries",
    "The health visitors' ASSESSMENTS were recorded carefully",
    "Behaviour, behaviours and behavioural concerns",
    "before supercalifragilisticexpialidociousnessxyzzyplugh after",  # a word over the length limit
    "Children's social care — 2021/22",
]


def _lesson_with(text: str, ordinal: int) -> IndexedLesson:
    return IndexedLesson(**{**make_sample_lessons()[0].__dict__, "id": f"analysed-{ordinal}", "text": text})


def _count(backend, query: dict) -> int:
    return backend._call(lambda c: c.count(index=backend.alias, body={"query": query}), "count")["count"]


def test_the_index_holds_exactly_the_shared_analyzers_tokens_at_their_positions(backend):
    backend.rebuild([_lesson_with(text, i) for i, text in enumerate(TEXTS)])
    for i, text in enumerate(TEXTS):
        tokens = analyze(text)
        doc = {"term": {"id": f"analysed-{i}"}}
        for token in tokens:  # every token, as the analyzer made it, is a term of the lesson
            assert _count(backend, {"bool": {"filter": [doc, {"term": {"tokens.text": token}}]}}) == 1, (text, token)
        for run in token_runs(text):  # each run of adjacent words is a phrase of the lesson
            phrase = {"match_phrase": {"tokens.text": {"query": run, "analyzer": TOKEN_ANALYZER}}}
            assert _count(backend, {"bool": {"filter": [doc, phrase]}}) == 1, (text, run)
        words = [w for w in text.split() if analyze(w) and analyze(w)[0] != w]
        for word in words:  # the words as written are not terms: the cluster did no analysis of its own
            assert _count(backend, {"bool": {"filter": [doc, {"term": {"tokens.text": word}}]}}) == 0, word
    # A dropped word leaves a gap, as in the Tantivy index: no phrase across it.
    assert token_runs(TEXTS[4]) == ("befor", "after")
    across = {"match_phrase": {"tokens.text": {"query": "befor after", "analyzer": TOKEN_ANALYZER}}}
    assert _count(backend, across) == 0


def test_a_phrase_does_not_match_across_a_dropped_word_on_either_engine(backend):
    backend.rebuild([_lesson_with(TEXTS[4], 0)])
    assert backend.search(SearchRequest("before after", facets=())).total == 1
    assert backend.search(SearchRequest('"before after"', facets=())).total == 0


def test_mapping_is_explicit_and_versioned_with_no_analysis_settings(backend):
    backend.rebuild(make_sample_lessons()[:1])
    index = backend.version()
    response = _client(backend).indices.get_mapping(index=index)
    mapping = getattr(response, "body", response)[index]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["_meta"] == {"schema_version": SCHEMA_VERSION}
    assert mapping["_source"] == {"excludes": ["tokens"]}
    fields = mapping["properties"]
    for facet in FACETS:
        assert fields[facet.field]["type"] == ("integer" if facet.field == "year" else "keyword")
    assert [name for name, _ in TEXT_FIELDS] == ["text", "label", "section", "review"]
    for name, _ in TEXT_FIELDS:
        assert fields[name] == {"type": "text", "index": False}
        assert fields["tokens"]["properties"][name] == {"type": "text", "analyzer": "whitespace"}
    # shown, not searched: the review's title is searched in "review" with its area, year and child
    assert fields["review_title"]["index"] is False and fields["title"]["index"] is False
    assert fields["substance"] == {"type": "keyword"}
    assert fields["page_start"]["type"] == fields["page_end"]["type"] == "integer"
    assert fields["date_key"]["type"] == "integer"
    settings = _client(backend).indices.get_settings(index=index)
    assert "analysis" not in getattr(settings, "body", settings)[index]["settings"]["index"]


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


def test_readers_never_see_an_empty_or_half_built_index_during_rebuilds(backend, node):
    lessons = make_sample_lessons()
    backend.rebuild(lessons[:6])
    reader = ElasticBackend(EngineConnection(node.options()), alias=backend.alias)
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
    backend.rebuild(lessons[:1])  # the index exists before the node starts refusing
    breaker = "network.breaker.inflight_requests.limit"
    client.cluster.put_settings(body={"persistent": {breaker: "1b"}})  # every bulk body trips it
    try:
        with pytest.raises(SearchError, match="429"):
            _bulk_once(backend)  # the refusal is real
        timer = threading.Timer(1.5, lambda: client.cluster.put_settings(body={"persistent": {breaker: None}}))
        timer.start()
        began = time.monotonic()
        assert backend._bulk_index(backend.version(), lessons) == len(lessons)
        elapsed = time.monotonic() - began
        timer.join()
    finally:
        client.cluster.put_settings(body={"persistent": {breaker: None}})
    assert elapsed >= 1.4, "the bulk went through while the node was refusing"
    client.indices.refresh(index=backend.version())
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


def test_a_red_cluster_is_a_clear_search_error(node):
    admin = EngineConnection(node.options())
    stuck = f"lessons-test-red-{uuid.uuid4().hex[:8]}"
    unplaceable = {"index.routing.allocation.require._name": "no-such-node", "number_of_replicas": 0}
    admin.call(
        lambda c: c.indices.create(index=stuck, body={"settings": unplaceable}, wait_for_active_shards="0"),
        "create an index whose shard cannot be placed",
    )
    try:
        backend = ElasticBackend(EngineConnection(node.options()), alias="lessons-red-check")
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


def test_open_backend_builds_it_from_the_settings(node, tmp_path):
    from search_app.search import open_backend
    from search_app.settings import Settings

    alias = f"lessons-test-{uuid.uuid4().hex[:10]}"
    settings = Settings.load(
        {
            "backend": "elasticsearch",
            **node.settings(),
            "es_index": alias,
            "es_shards": 2,
            "es_replicas": 0,
            "taxonomy": str(TAXONOMY_PATH),
            "data_dir": str(tmp_path),
        },
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


def test_the_client_reports_which_engine_and_version_it_reached(backend, node):
    backend.count()
    assert backend.connection.product == node.engine
    expected = {"elasticsearch": "8.19.", "opensearch": "2.19."}[node.engine]
    assert backend.connection.server_version.startswith(expected)


# ------------------------------------------------------------ credentials and TLS (Elasticsearch 8)


@pytest.fixture(scope="module")
def secured():
    """The Elasticsearch 8 node, whose security module checks every request."""
    found = search_node_or_skip("elasticsearch")
    assert found.url.startswith("https://") and found.username and found.ca_certs
    return found


def _health_with(options: ConnectionOptions) -> dict:
    connection = EngineConnection(options)
    try:
        return connection.call(lambda c: c.cluster.health(), "read the cluster health")
    finally:
        connection.close()


def test_basic_auth_over_tls_with_the_ca_certificate_is_accepted(secured):
    assert _health_with(secured.options())["status"] in ("green", "yellow")


def test_a_wrong_password_is_refused_with_a_clear_error(secured):
    with pytest.raises(SearchError, match=r"refused the credentials \(HTTP 401\)"):
        _health_with(secured.options(password="not-the-password"))


def test_no_credentials_are_refused_with_a_clear_error(secured):
    with pytest.raises(SearchError, match=r"refused the credentials \(HTTP 401\)"):
        _health_with(secured.options(username="", password=""))


def test_an_api_key_is_sent_and_checked_by_the_node(secured):
    # This distribution cannot issue API keys (the security index needs the
    # analysis-common module), so a key the node does not know is sent: its
    # security module must see the ApiKey header and refuse it, and the
    # key must win over the user name and password given beside it.
    with pytest.raises(SearchError, match=r"refused the credentials \(HTTP 401\)"):
        _health_with(secured.options(api_key="bGVzc29uczpub3QtYS1rZXk="))


def test_a_certificate_not_signed_by_a_trusted_ca_is_a_clear_error(secured):
    with pytest.raises(SearchError, match="TLS certificate of the search cluster .* could not be verified"):
        _health_with(secured.options(ca_certs=""))


def test_plain_http_to_the_tls_port_is_a_clear_error(secured):
    url = secured.url.replace("https://", "http://")
    with pytest.raises(SearchError, match="is not usable: TLS options require scheme to be 'https'"):
        _health_with(secured.options(url=url, request_timeout=5))  # a CA certificate for a plain URL
    with pytest.raises(SearchError, match=f"search cluster at {url}"):
        _health_with(secured.options(url=url, ca_certs="", request_timeout=5))


def test_an_index_of_an_older_schema_is_refused_until_rebuilt(backend):
    old = f"{backend.alias}-v1"
    body = {
        "mappings": {"_meta": {"schema_version": SCHEMA_VERSION - 1}, "properties": {"text": {"type": "text"}}},
        "aliases": {backend.alias: {}},
    }
    _client(backend).indices.create(index=old, body=body)
    with pytest.raises(SearchError, match=rf"built with search schema {SCHEMA_VERSION - 1}.*rebuild it"):
        backend.search(SearchRequest("neglect"))
    backend.rebuild(make_sample_lessons())
    assert backend.search(SearchRequest("neglect")).total > 0
