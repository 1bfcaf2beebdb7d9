"""Search stage (Elasticsearch engine): the scale-out SearchBackend.

Index generations: the app always reads the alias named by the settings
(`es_index`, default "lessons"). A full rebuild creates a new index
`<alias>-v<N>`, bulk-loads it, refreshes it, then moves the alias in one
`_aliases` call (remove from the old index and add to the new one, which
the cluster applies atomically), and deletes the old index only after the
switch. Readers therefore see the old index or the new one, never a
half-built one.

Searches compile the same expanded query tree as the Tantivy engine (see
`elastic.schema`), count facets with the post_filter pattern (every facet
counted under every filter but its own) and ask for exact totals.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from search_app.search.analysis import analyze
from search_app.search.contract import (
    IndexedLesson,
    SearchBackend,
    SearchError,
    SearchHit,
    SearchRequest,
    SearchResult,
)
from search_app.search.elastic import schema as es
from search_app.search.elastic.client import ConnectionOptions, EngineConnection
from search_app.search.flow import SearchFlow
from search_app.search.query import parse
from search_app.search.semantic import SemanticReranker, reranker_for
from search_app.search.snippets import snippet_html

log = logging.getLogger(__name__)

BULK_CHUNK_DOCS = 500
BULK_CHUNK_BYTES = 10 * 1024 * 1024
BULK_MAX_RETRIES = 6  # 429 backoff: 0.5 s, 1 s, 2 s, ... up to 30 s between tries
BULK_INITIAL_BACKOFF_S = 0.5
BULK_MAX_BACKOFF_S = 30
# Common words left out of "similar lessons", as the tokens the index holds.
_MLT_STOP_WORDS = sorted(
    {
        token
        for word in (
            "a an and are as at be but by for from had has have he her his in is it its of on or "
            "she that the their there they this to was were which will with would"
        ).split()
        for token in analyze(word)
    }
)


class ElasticBackend(SearchBackend):
    """Lessons in an Elasticsearch (or OpenSearch) cluster, read through an alias."""

    name = "elasticsearch"

    def __init__(
        self,
        connection: EngineConnection,
        alias: str = "lessons",
        shards: int = 1,
        replicas: int = 0,
        taxonomy_path=None,
        semantic: SemanticReranker | None = None,
    ) -> None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", alias or ""):
            raise ValueError(
                f"the Elasticsearch alias must be lower-case letters, digits, '-', '_' or '.', not {alias!r}"
            )
        self.connection = connection
        self.alias = alias
        self.shards = shards
        self.replicas = replicas
        self.taxonomy_path = taxonomy_path
        self.semantic = semantic
        self._flow: SearchFlow | None = None
        self._schema_checked = False
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings) -> ElasticBackend:
        return cls(
            EngineConnection(ConnectionOptions.from_settings(settings)),
            alias=settings.es_index,
            shards=settings.es_shards,
            replicas=settings.es_replicas,
            taxonomy_path=settings.taxonomy,
            semantic=reranker_for(settings),
        )

    # ------------------------------------------------------------ generations

    def _call(self, request, what: str, missing: Any = SearchError) -> Any:
        return self.connection.call(request, what, missing)

    def _indices_behind_alias(self) -> list[str]:
        found = self._call(
            lambda c: c.indices.get_alias(name=self.alias), f"look up the alias {self.alias}", missing={}
        )
        return sorted(found)

    def version(self) -> str:
        return ",".join(self._indices_behind_alias())

    def _check_alias_is_free(self) -> None:
        """A concrete index named like the alias would shadow it; say so."""
        exists = self._call(lambda c: c.indices.exists(index=self.alias), f"look up {self.alias}")
        if exists and not self._indices_behind_alias():
            raise SearchError(
                f"an index named {self.alias!r} exists where the alias should be; "
                f"delete it or choose another LESSONS_ES_INDEX, then rebuild"
            )

    def _create_generation(self) -> str:
        """Create the next `<alias>-v<N>` index (not yet behind the alias)."""
        existing = self._call(
            lambda c: c.indices.get(index=f"{self.alias}-v*", expand_wildcards="all"), "list the indexes", missing={}
        )
        numbers = [
            int(m.group(1)) for name in existing if (m := re.fullmatch(rf"{re.escape(self.alias)}-v(\d+)", name))
        ]
        body = es.index_body(self.shards, self.replicas)
        for number in itertools.count(max(numbers, default=0) + 1):
            name = f"{self.alias}-v{number}"
            try:
                self._call(lambda c: c.indices.create(index=name, body=body), f"create the index {name}")
            except SearchError as exc:
                if "resource_already_exists" in str(exc) and number < max(numbers, default=0) + 20:
                    continue  # another rebuild took this number
                raise
            self._wait_for_shards(name)
            return name
        raise AssertionError("unreachable")

    def _wait_for_shards(self, index: str) -> None:
        status = "green" if self.replicas else "yellow"
        health = self._call(
            lambda c: c.cluster.health(index=index, wait_for_status=status),  # waits up to 30 s
            f"wait for the shards of {index}",
        )
        if health.get("status") == "red":
            raise SearchError(f"the shards of the new index {index} could not be allocated (cluster red)")

    def rebuild(self, lessons: Iterable[IndexedLesson]) -> int:
        self._check_alias_is_free()
        name = self._create_generation()
        try:
            self._set_refresh(name, "-1")
            n = self._bulk_index(name, self.semantic.record(lessons) if self.semantic else lessons)
            self._set_refresh(name, None)
            self._call(lambda c: c.indices.refresh(index=name), f"refresh {name}")
            self._wait_for_shards(name)
            with self._lock:
                previous = self._indices_behind_alias()
                actions = [{"remove": {"index": old, "alias": self.alias}} for old in previous]
                actions.append({"add": {"index": name, "alias": self.alias}})
                self._call(
                    lambda c: c.indices.update_aliases(body={"actions": actions}),
                    f"switch the alias {self.alias} to {name}",
                )
        except BaseException:
            self._delete_indices([name])
            raise
        self._delete_indices(previous)
        return n

    def _set_refresh(self, index: str, interval: str | None) -> None:
        self._call(
            lambda c: c.indices.put_settings(index=index, body={"index": {"refresh_interval": interval}}),
            f"set the refresh interval of {index}",
        )

    def _delete_indices(self, names: list[str]) -> None:
        for old in names:
            try:
                self._call(lambda c: c.indices.delete(index=old), f"delete the old index {old}", missing=None)
            except SearchError as exc:  # the switch is done; a leftover index is only wasted space
                log.warning("%s", exc)

    # ------------------------------------------------------------ writes

    def _bulk_index(self, index: str, lessons: Iterable[IndexedLesson]) -> int:
        def actions() -> Iterator[dict]:
            for sources in _analysed_ahead(lessons):
                for source in sources:
                    yield {"_op_type": "index", "_index": index, "_id": source["id"], "_source": source}

        done = 0
        failures: list[str] = []
        for ok, item in self.connection.streaming_bulk(
            actions(),
            chunk_size=BULK_CHUNK_DOCS,
            max_chunk_bytes=BULK_CHUNK_BYTES,
            max_retries=BULK_MAX_RETRIES,
            initial_backoff=BULK_INITIAL_BACKOFF_S,
            max_backoff=BULK_MAX_BACKOFF_S,
            raise_on_error=False,
            raise_on_exception=True,
        ):
            if ok:
                done += 1
            else:
                detail: dict[str, Any] = next(iter(item.values()), {})
                failures.append(f"{detail.get('_id')}: {es_error(detail.get('error'))}")
        if failures:
            raise SearchError(f"{len(failures)} lesson(s) were not indexed, e.g. {'; '.join(failures[:3])}")
        return done

    def count(self) -> int:
        response = self._call(lambda c: c.count(index=self.alias), "count the lessons", missing={"count": 0})
        return int(response.get("count", 0))

    # ------------------------------------------------------------ search

    def _search_flow(self) -> SearchFlow:
        if self._flow is None:
            self._flow = SearchFlow.for_taxonomy(self.taxonomy_path, self.semantic)
        return self._flow

    def _check_schema(self) -> None:
        """Refuse to search an index built with another mapping (an older
        version of the app analysed text in the cluster): its fields would
        silently match nothing. Checked once; later generations are built by
        this version or a newer one."""
        if self._schema_checked:
            return
        mappings = self._call(lambda c: c.indices.get_mapping(index=self.alias), "read the index mapping", missing={})
        for index, mapping in mappings.items():
            version = mapping.get("mappings", {}).get("_meta", {}).get("schema_version")
            if version != es.SCHEMA_VERSION:
                raise SearchError(
                    f"the index {index} was built with search schema {version}, this version needs "
                    f"{es.SCHEMA_VERSION}: rebuild it (`lessons index`)"
                )
        self._schema_checked = bool(mappings)

    def search(self, request: SearchRequest) -> SearchResult:
        request.check()
        self._check_schema()
        flow = self._search_flow()
        parsed = flow.respell(parse(request.query), self._doc_freqs)
        plan = flow.plan(parsed)
        # Snippets are made from the lesson text (search_app.search.snippets), as the Tantivy engine makes them.
        marks = None if plan.is_empty else plan.highlight_tokens
        return flow.run(
            request,
            parsed,
            plan,
            lambda node, other=None: self._search(
                other or request, parsed, None if plan.is_empty else es.compile_plan(node), marks
            ),
            self._doc_freqs,
            self._count_matches,
        )

    def _count_matches(self, node) -> int:
        body = {"query": es.compile_plan(node)}
        response = self._call(lambda c: c.count(index=self.alias, body=body), "count matches", missing={"count": 0})
        return int(response.get("count", 0))

    def _search(
        self, request: SearchRequest, parsed, text_query: dict | None, marks: tuple[str, ...] | None
    ) -> SearchResult:
        body = es.search_body(request, text_query)
        params: dict[str, Any] = {"index": self.alias, "body": body, "preference": self.alias}
        if text_query is not None:
            params["search_type"] = "dfs_query_then_fetch"  # the same scores whatever the shard count
        response = self._call(lambda c: c.search(**params), "search the lessons", missing=None)
        if response is None:  # no index yet
            return SearchResult((), 0, {name: () for name in request.facets}, parsed.notices, parsed.understood)
        _check_shards(response)
        hits = []
        relevance = body["sort"][0] == "_score"
        for raw in response["hits"]["hits"]:
            lesson = es.from_source(raw["_source"])
            snippet = (
                snippet_html(lesson.text, marks, lesson.title)
                if marks is not None and text_query is not None
                else es.lead_html(lesson.text)
            )
            hits.append(SearchHit(lesson, float(raw.get("_score") or 0.0) if relevance else 0.0, snippet))
        facets = es.facet_counts(response.get("aggregations", {}), request)
        total = int(response["hits"]["total"]["value"])
        return SearchResult(tuple(hits), total, facets, parsed.notices, parsed.understood)

    def _doc_freqs(self, tokens) -> dict[str, int]:
        """How many lessons hold each analysed token in their text (one request)."""
        tokens = list(dict.fromkeys(tokens))
        if not tokens:
            return {}
        body = {
            "size": 0,
            "track_total_hits": False,
            "aggs": {
                "tokens": {
                    "filters": {
                        "filters": {str(i): {"term": {es.token_field("text"): t}} for i, t in enumerate(tokens)}
                    }
                }
            },
        }
        response = self._call(lambda c: c.search(index=self.alias, body=body), "count words", missing=None)
        if response is None:
            return {t: 0 for t in tokens}
        buckets = response.get("aggregations", {}).get("tokens", {}).get("buckets", {})
        return {t: int(buckets.get(str(i), {}).get("doc_count", 0)) for i, t in enumerate(tokens)}

    def similar(self, lesson_id: str, limit: int = 5) -> tuple[SearchHit, ...]:
        found = self._call(
            lambda c: c.search(index=self.alias, body={"query": {"term": {"id": lesson_id}}, "size": 1}),
            "find the lesson",
            missing=None,
        )
        if not found or not found["hits"]["hits"]:
            return ()
        first = found["hits"]["hits"][0]
        body = {
            "size": limit,
            "query": {
                "bool": {
                    "must": [
                        {
                            "more_like_this": {
                                "fields": [es.token_field("text")],
                                "like": es.like_text(es.from_source(first["_source"])),
                                "min_term_freq": 1,
                                "min_doc_freq": 1,
                                "max_query_terms": 25,
                                "stop_words": _MLT_STOP_WORDS,
                            }
                        }
                    ],
                    "must_not": [{"term": {"review_id": first["_source"]["review_id"]}}, {"term": {"id": lesson_id}}],
                }
            },
        }
        response = self._call(lambda c: c.search(index=self.alias, body=body), "find similar lessons")
        hits = []
        for raw in response["hits"]["hits"]:
            lesson = es.from_source(raw["_source"])
            hits.append(SearchHit(lesson, float(raw.get("_score") or 0.0), es.lead_html(lesson.text)))
        return tuple(hits)

    def close(self) -> None:
        self.connection.close()


def _analysed_ahead(lessons: Iterable[IndexedLesson]) -> Iterator[list[dict]]:
    """The lessons' documents, a batch at a time; the next batch is analysed
    in a worker thread while the cluster indexes this one, so the Python
    analysis overlaps the cluster's work instead of adding to it. The
    lessons themselves are read here, in the caller's thread (they may come
    from a SQLite cursor, which stays in its own thread)."""

    def documents(batch: list[IndexedLesson]) -> list[dict]:
        return [es.to_source(lesson) for lesson in batch]

    iterator = iter(lessons)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lessons-analysis") as worker:
        pending = None
        while True:
            batch = list(itertools.islice(iterator, BULK_CHUNK_DOCS))
            following = worker.submit(documents, batch) if batch else None
            if pending is not None:
                yield pending.result()
            if following is None:
                return
            pending = following


def es_error(error: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('reason', '')}"
    return str(error)


def _check_shards(response: dict) -> None:
    shards = response.get("_shards", {})
    if shards.get("failed"):
        reasons = {es_error(f.get("reason")) for f in shards.get("failures", [])}
        raise SearchError(
            f"{shards['failed']} of {shards.get('total')} index shards did not answer: {'; '.join(sorted(reasons))}"
        )
