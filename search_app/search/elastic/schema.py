"""Search stage (Elasticsearch engine): index definition, documents, queries, search requests.

Everything here is generated from the shared definitions, as the Tantivy
engine's schema is: the keyword fields from `contract.FACETS`, the queries
from the expanded tree of `search_app.search.query`, and the analysis from
`search_app.search.analysis`, which runs here, in Python, on both sides:

- each searched text field is indexed as the tokens the shared analyzer
  makes (`analysis.token_runs`) under `tokens.<field>`, a text field whose
  analyzer is the built-in `whitespace` one, so the cluster needs no
  analysis module (Elastic's integration-test distribution has none) and
  cuts and stems exactly as the Tantivy index does; the lesson's own text
  stays in `_source` (not indexed), the tokens are left out of it;
- query words are analysed with the same analyzer and sent as exact tokens
  (term queries, phrases of tokens);
- snippets are made in Python from the lesson text and the query's
  analysed tokens by the module both engines share (`search.snippets`).

Both engines therefore match the same lessons for the same tree.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from search_app.search import ranking as rk
from search_app.search.analysis import token_runs
from search_app.search.contract import (  # noqa: F401 (lead_html is used as es.lead_html)
    FACETS,
    FACETS_BY_NAME,
    FacetCount,
    FacetDef,
    IndexedLesson,
    SearchRequest,
    lead_html,
)

# Bump when the mapping or its analysis changes; recorded in the mapping's _meta.
SCHEMA_VERSION = 5

# Analysed fields searched by queries (their weights are in ranking.SPEC).
TEXT_FIELDS: tuple[tuple[str, float], ...] = rk.SPEC.text_fields
FIELD_TIE_BREAKER = rk.SPEC.field_tie_breaker
INDEX_RESULT_WINDOW = 100_000  # the index's max_result_window setting
# Tokens are joined with spaces and re-split by this built-in analyzer, so a
# phrase query holds exactly the tokens the shared analyzer produced.
TOKEN_ANALYZER = "whitespace"
# The analysed copies of the text fields live under this object.
TOKENS = "tokens"


def token_field(field: str) -> str:
    """The indexed (analysed) field searched for the text field `field`."""
    return f"{TOKENS}.{field}"


_LIST_FIELDS = ("themes", "theme_groups", "age_bands", "agencies")
# Single-valued text facets: an empty value is no value (left out of the
# index so it is never counted), and reads back as "".
_OPTIONAL_TEXT_FACETS = tuple(f.field for f in FACETS if not f.multi_valued and f.field != "year")


def index_body(shards: int, replicas: int) -> dict[str, Any]:
    """Settings and mappings of a new lessons index."""
    properties: dict[str, Any] = {
        "id": {"type": "keyword"},
        "review_id": {"type": "keyword"},
        "ordinal": {"type": "integer"},
        "published": {"type": "keyword"},
        "child": {"type": "keyword", "index": False},
        "agency_lead": {"type": "keyword", "index": False},
        "age_from_review": {"type": "boolean", "index": False},
        "title": {"type": "keyword", "index": False, "doc_values": False},  # shown; its words are in the text
        "review_title": {"type": "keyword", "index": False, "doc_values": False},  # searched in "review"
        rk.SUBSTANCE_FIELD: {"type": "keyword"},
        "page_start": {"type": "integer"},
        "page_end": {"type": "integer"},
        "date_key": {"type": "integer"},
    }
    for field, _ in TEXT_FIELDS:
        properties[field] = {"type": "text", "index": False}
    properties[TOKENS] = {
        "properties": {field: {"type": "text", "analyzer": TOKEN_ANALYZER} for field, _ in TEXT_FIELDS}
    }
    for facet in FACETS:
        if facet.field == "year":
            properties["year"] = {"type": "integer"}
        elif facet.field not in properties:
            properties[facet.field] = {"type": "keyword"}
    return {
        "settings": {
            "index": {
                "number_of_shards": shards,
                "number_of_replicas": replicas,
                "max_result_window": INDEX_RESULT_WINDOW,
            },
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"schema_version": SCHEMA_VERSION},
            # The tokens are indexed but not kept: the lesson is rebuilt from
            # its own fields, and the tokens from them whenever needed.
            "_source": {"excludes": [TOKENS]},
            "properties": properties,
        },
    }


def date_key(lesson: IndexedLesson) -> int | None:
    """YYYYMMDD from the publication date (month or year alone count as their start)."""
    digits = "".join(c for c in lesson.published if c.isdigit())
    if len(digits) >= 4:
        return int(digits[:8].ljust(8, "0"))
    return lesson.year * 10000 if lesson.year else None


def to_source(lesson: IndexedLesson) -> dict[str, Any]:
    source = asdict(lesson)
    for name in _LIST_FIELDS:
        source[name] = list(dict.fromkeys(source[name]))
    for name in _OPTIONAL_TEXT_FACETS:
        if source[name] == "":
            source[name] = None
    source["date_key"] = date_key(lesson)
    source["review"] = lesson.review_context
    source[rk.SUBSTANCE_FIELD] = lesson.substance
    source[TOKENS] = {field: _runs(source[field]) for field, _ in TEXT_FIELDS}
    return source


def _runs(text: str | None) -> list[str] | str | None:
    """A text's tokens as the field value: one string, or several when a
    dropped word breaks the positions (see analysis.token_runs)."""
    runs = token_runs(text or "")
    if not runs:
        return None
    return runs[0] if len(runs) == 1 else list(runs)


def from_source(source: dict[str, Any]) -> IndexedLesson:
    values = {k: v for k, v in source.items() if k not in ("date_key", TOKENS, "review", rk.SUBSTANCE_FIELD)}
    for name in _LIST_FIELDS:
        values[name] = tuple(values.get(name) or ())
    for name in _OPTIONAL_TEXT_FACETS:
        if values.get(name) is None:
            values[name] = ""
    return IndexedLesson(**values)


# ---------------------------------------------------------------- queries

MATCH_NONE: dict[str, Any] = {"match_none": {}}
MATCH_ALL: dict[str, Any] = {"match_all": {}}


def compile_plan(node: rk.QNode) -> dict[str, Any]:
    """A scoring tree of `search_app.search.ranking` as an Elasticsearch query, node for node."""
    if isinstance(node, rk.FieldTokens):
        field = token_field(node.field)
        if len(node.tokens) == 1:
            return {"term": {field: {"value": node.tokens[0], "boost": node.boost}}}
        return {
            "match_phrase": {field: {"query": " ".join(node.tokens), "analyzer": TOKEN_ANALYZER, "boost": node.boost}}
        }
    if isinstance(node, rk.HasTag):
        return {"constant_score": {"filter": {"term": {node.field: node.value}}, "boost": node.score}}
    if isinstance(node, rk.BestOf):
        return {"dis_max": {"queries": [compile_plan(c) for c in node.children], "tie_breaker": node.tie_breaker}}
    if isinstance(node, rk.Constant):
        return {"constant_score": {"filter": compile_plan(node.child), "boost": node.score}}
    if isinstance(node, rk.AtLeast):
        return {"bool": {"should": [compile_plan(c) for c in node.children], "minimum_should_match": node.minimum}}
    if isinstance(node, rk.Boolean):
        clause: dict[str, Any] = {}
        for name, children in (
            ("must", node.must),
            ("filter", node.filter),
            ("should", node.should),
            ("must_not", node.must_not),
        ):
            if children:
                clause[name] = [compile_plan(c) for c in children]
        if node.should and not node.must and not node.filter:
            clause["minimum_should_match"] = 1
        if not node.must and not node.filter and not node.should:
            clause["must"] = [MATCH_ALL]
        return {"bool": clause}
    if node == rk.MATCH_ALL:
        return MATCH_ALL
    return MATCH_NONE


def facet_filter(facet: FacetDef, values: tuple[str, ...]) -> dict[str, Any]:
    """Any of these values (multi-select within a facet)."""
    if facet.field == "year":
        years = sorted({int(v) for v in values if str(v).strip().lstrip("-").isdigit()})
        return {"terms": {"year": years}} if years else MATCH_NONE
    return {"terms": {facet.field: list(values)}}


def year_range_filter(year_from: int | None, year_to: int | None) -> dict[str, Any]:
    bounds: dict[str, int] = {}
    if year_from is not None:
        bounds["gte"] = int(year_from)
    if year_to is not None:
        bounds["lte"] = int(year_to)
    return {"range": {"year": bounds}}


def conjunction(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    return clauses[0] if len(clauses) == 1 else {"bool": {"filter": clauses}}


# ---------------------------------------------------------------- requests


def search_body(request: SearchRequest, text_query: dict | None) -> dict[str, Any]:
    """The search request: query plus the filters of facets not counted, the
    counted facets' filters as post_filter, one filtered terms aggregation
    per facet (under every filter but its own), sort and page."""
    filters = _filters(request)
    requested = set(request.facets)
    base = [clause for name, clause in filters.items() if name not in requested]
    post = [clause for name, clause in filters.items() if name in requested]
    query: dict[str, Any] = text_query or MATCH_ALL
    if base:
        query = {"bool": {"must": [query], "filter": base}}

    sort_name = request.sort if text_query is not None else ("date" if request.sort == "relevance" else request.sort)
    if sort_name == "relevance":
        # Equal scores in lesson id order (the Tantivy engine orders them so
        # too); no date enters relevance order.
        sort: list[Any] = ["_score", {"id": "asc"}]
    else:
        order = "desc" if sort_name == "date" else "asc"
        sort = [{"date_key": {"order": order, "missing": "_last"}}, {"id": "asc"}]

    size = request.per_page if request.offset + request.per_page <= INDEX_RESULT_WINDOW else 0
    body: dict[str, Any] = {
        "query": query,
        "from": request.offset if size else 0,
        "size": size,
        "sort": sort,
        "track_total_hits": True,
        "track_scores": sort_name == "relevance",
    }
    if post:
        body["post_filter"] = conjunction(post)
    aggs = {}
    facet_size = max(1, request.facet_size)
    for name in request.facets:
        terms = {
            "terms": {
                "field": FACETS_BY_NAME[name].field,
                "size": facet_size,
                "shard_size": max(facet_size * 10, 10_000),
                "order": [{"_count": "desc"}, {"_key": "asc"}],
            }
        }
        others = [clause for other, clause in filters.items() if other != name and other in requested]
        aggs[name] = {"filter": conjunction(others), "aggs": {"values": terms}} if others else terms
    if aggs:
        body["aggs"] = aggs
    return body


def facet_counts(aggregations: dict, request: SearchRequest) -> dict[str, tuple[FacetCount, ...]]:
    facets = {}
    for name in request.facets:
        result = aggregations.get(name, {})
        buckets = result["values"]["buckets"] if "values" in result else result.get("buckets", [])
        counts = [FacetCount(str(b["key"]), int(b["doc_count"])) for b in buckets if b["doc_count"]]
        facets[name] = tuple(sorted(counts, key=lambda c: (-c.count, c.value)))
    return facets


def _filters(request: SearchRequest) -> dict[str, dict]:
    """Each facet's own filter clause; the year range belongs to the year facet."""
    filters: dict[str, dict] = {}
    for name, values in request.filters.items():
        values = tuple(v for v in values if str(v) != "")
        if values:
            filters[name] = facet_filter(FACETS_BY_NAME[name], values)
    if request.year_from is not None or request.year_to is not None:
        year_range = year_range_filter(request.year_from, request.year_to)
        filters["year"] = conjunction([filters["year"], year_range]) if "year" in filters else year_range
    return filters


# ---------------------------------------------------------------- more like this


def like_text(lesson: IndexedLesson) -> str:
    """The lesson's text as tokens, for a more-like-this query on its token field."""
    return " ".join(token_runs(lesson.text))
