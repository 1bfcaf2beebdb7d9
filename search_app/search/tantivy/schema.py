"""Search stage (Tantivy engine): the index schema, documents and query compiler.

Everything here is generated from the shared definitions: the fields from
`contract.FACETS`, the text analysis from `search_app.search.analysis`, the
queries from the expanded tree of `search_app.search.query`. The backend module
(`tantivy_backend`) adds index generations, writes and the search flow.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import operator
import zlib
from dataclasses import asdict

import orjson
import tantivy

from search_app.search import ranking as rk
from search_app.search.analysis import ANALYZER_NAME
from search_app.search.contract import FACETS, FacetDef, IndexedLesson, lead_html  # noqa: F401 (ts.lead_html)

# Bump when the fields or their analysis change: an index built with another
# version is refused with a request to rebuild it.
SCHEMA_VERSION = 5

# Analysed fields searched by queries (their weights are in ranking.SPEC).
TEXT_FIELDS: tuple[tuple[str, float], ...] = rk.SPEC.text_fields
FIELD_TIE_BREAKER = rk.SPEC.field_tie_breaker
# Tantivy's BM25 gives the same scores as Lucene's (no (1 + k1) factor), so
# the constant scores of ranking.SPEC (tag boosts, coordination) are used
# as they are; test_both_engines_rank_alike compares the engines' scores.

_LIST_FIELDS = ("themes", "theme_groups", "age_bands", "agencies")

# Facet parts. Tantivy counts a multi-valued keyword column several times
# slower than a single-valued one that every document has (at 250,000
# matches: themes 13 ms against 0.35 ms per column). So each multi-valued
# facet field is also written as a few single-valued "part" fields: a
# value belongs to one part (a stable hash of the value), and a lesson's
# part holds the sorted combination of its values in that part, joined by
# PART_SEPARATOR, or EMPTY_PART. A value's count is then exactly the sum of
# the counts of the combinations holding it (`part_counts`). The plain
# fields stay for filters. The number of parts keeps each part's
# combinations few (a few hundred at most in the scaled-up corpus).
FACET_PARTS: dict[str, int] = {"themes": 12, "theme_groups": 2, "age_bands": 1, "agencies": 3}
PART_SEPARATOR = "\x1f"
EMPTY_PART = PART_SEPARATOR
# Written instead of the combination when a value holds PART_SEPARATOR
# itself; counting such a facet falls back to its plain field.
UNCOUNTABLE_PART = "\x1e"
# Buckets asked of each part; a part with more combinations among the
# matches reports the rest in sum_other_doc_count and the facet is counted
# from its plain field instead.
PART_BUCKETS = 65_536


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=False, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("review_id", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(rk.SUBSTANCE_FIELD, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("text", stored=True, tokenizer_name=ANALYZER_NAME)
    for name, _ in TEXT_FIELDS[1:]:
        builder.add_text_field(name, tokenizer_name=ANALYZER_NAME)
    for facet in FACETS:
        if facet.field == "year":
            builder.add_integer_field("year", indexed=True, fast=True)
        else:
            builder.add_text_field(facet.field, fast=True, tokenizer_name="raw", index_option="basic")
    for name in part_fields_of_all():
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("date_key", fast=True)
    # Everything needed to rebuild the IndexedLesson of a hit, except the text.
    builder.add_bytes_field("meta", stored=True)
    return builder.build()


def date_key(lesson: IndexedLesson) -> int | None:
    """YYYYMMDD from the publication date (month or year alone count as their start)."""
    digits = "".join(c for c in lesson.published if c.isdigit())
    if len(digits) >= 4:
        return int(digits[:8].ljust(8, "0"))
    return lesson.year * 10000 if lesson.year else None


def to_document(lesson: IndexedLesson) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("id", lesson.id)
    doc.add_text("review_id", lesson.review_id)
    doc.add_text(rk.SUBSTANCE_FIELD, lesson.substance)
    doc.add_text("text", lesson.text)
    doc.add_text("label", lesson.label)
    doc.add_text("section", lesson.section)
    doc.add_text("review", lesson.review_context)
    for facet in FACETS:
        values = dict.fromkeys(lesson.facet_values(facet))  # unique, in order
        for value in values:
            if facet.field == "year":
                doc.add_integer("year", int(value))
            else:
                doc.add_text(facet.field, value)
        if facet.field in FACET_PARTS:
            for name, combination in zip(part_fields(facet.field), part_values(facet.field, values)):
                doc.add_text(name, combination)
    key = date_key(lesson)
    if key is not None:
        doc.add_integer("date_key", key)
    meta = asdict(lesson)
    del meta["text"]
    doc.add_bytes("meta", json.dumps(meta, ensure_ascii=False).encode())
    return doc


@functools.cache
def part_fields(field: str) -> tuple[str, ...]:
    """The part fields of a multi-valued facet field (empty for the others)."""
    return tuple(f"{field}__part{i}" for i in range(FACET_PARTS.get(field, 0)))


def part_fields_of_all() -> tuple[str, ...]:
    return tuple(name for field in FACET_PARTS for name in part_fields(field))


def part_of(value: str, parts: int) -> int:
    return zlib.crc32(value.encode("utf-8")) % parts


def part_values(field: str, values) -> tuple[str, ...]:
    """What a lesson with these values of `field` holds in each part field."""
    parts = FACET_PARTS[field]
    values = sorted(set(values))
    if any(PART_SEPARATOR in v for v in values):
        return (UNCOUNTABLE_PART,) * parts
    grouped: list[list[str]] = [[] for _ in range(parts)]
    for value in values:
        grouped[part_of(value, parts)].append(value)
    return tuple(PART_SEPARATOR.join(g) if g else EMPTY_PART for g in grouped)


def part_counts(results: list[dict]) -> dict[str, int] | None:
    """Each value's count from the terms aggregations of a facet's parts, or
    None when they cannot give it exactly (too many combinations, or a value
    holding the separator): count the plain field then."""
    counts: dict[str, int] = {}
    known = _COMBINATIONS
    for result in results:
        if result.get("sum_other_doc_count"):
            return None
        for key, n in map(_KEY_AND_COUNT, result["buckets"]):
            if not n:
                continue
            values = known.get(key)
            if values is None:
                if key == EMPTY_PART:
                    continue
                if key == UNCOUNTABLE_PART:
                    return None
                values = _combination(key)
            for value in values:
                counts[value] = counts.get(value, 0) + n
    return counts


_KEY_AND_COUNT = operator.itemgetter("key", "doc_count")
_COMBINATIONS: dict[str, tuple[str, ...]] = {}
_MAX_COMBINATIONS = 100_000


def _combination(key: str) -> tuple[str, ...]:
    """The values of a part's combination (kept: the same few recur in every count)."""
    values = _COMBINATIONS.get(key)
    if values is None:
        if len(_COMBINATIONS) >= _MAX_COMBINATIONS:
            _COMBINATIONS.clear()
        values = _COMBINATIONS[key] = tuple(key.split(PART_SEPARATOR))
    return values


def from_document(doc: tantivy.Document) -> IndexedLesson:
    stored = doc.get_first("meta")
    assert stored is not None, "every lesson document is indexed with its meta"
    meta = orjson.loads(stored)  # the same values as json.loads, in a third of its time
    for name in _LIST_FIELDS:
        meta[name] = tuple(meta[name])
    return IndexedLesson(text=doc.get_first("text") or "", **meta)


# ---------------------------------------------------------------- queries


def compile_plan(node: rk.QNode, schema: tantivy.Schema) -> tantivy.Query:
    """A scoring tree of `search_app.search.ranking` as a Tantivy query, node for node."""
    if isinstance(node, rk.FieldTokens):
        if len(node.tokens) == 1:
            query = tantivy.Query.term_query(schema, node.field, node.tokens[0])
        else:
            query = tantivy.Query.phrase_query(schema, node.field, list(node.tokens))
        return query if node.boost == 1.0 else tantivy.Query.boost_query(query, node.boost)
    if isinstance(node, rk.HasTag):
        return tantivy.Query.const_score_query(tantivy.Query.term_query(schema, node.field, node.value), node.score)
    if isinstance(node, rk.BestOf):
        return tantivy.Query.disjunction_max_query(
            [compile_plan(c, schema) for c in node.children], tie_breaker=node.tie_breaker
        )
    if isinstance(node, rk.Constant):
        return tantivy.Query.const_score_query(compile_plan(node.child, schema), node.score)
    if isinstance(node, rk.AtLeast):
        return tantivy.Query.boolean_query(
            [
                (
                    tantivy.Occur.Should,
                    tantivy.Query.boolean_query([(tantivy.Occur.Must, compile_plan(c, schema)) for c in subset]),
                )
                for subset in rk.at_least_subsets(node)
            ]
        )
    if isinstance(node, rk.Boolean):
        dense = [c for c in node.should if _matches_most(c)] if (node.must or node.filter) else []
        if dense:
            # A should clause that nearly every lesson matches (the substance
            # boost), joined to the others, makes tantivy walk its whole
            # posting list with theirs (a buffered union) on every search:
            # most of a one-word query's time. Added outside, it is only
            # looked up at the lessons the rest matched. Same matches, same
            # scores (the sum's order differs, within a float's rounding).
            query = compile_plan(
                dataclasses.replace(node, should=tuple(c for c in node.should if c not in dense)), schema
            )
            for clause in dense:
                query = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Must, query), (tantivy.Occur.Should, compile_plan(clause, schema))]
                )
            return query
        clauses = [(tantivy.Occur.Must, compile_plan(c, schema)) for c in node.must]
        clauses += [
            (tantivy.Occur.Must, tantivy.Query.const_score_query(compile_plan(c, schema), 0.0)) for c in node.filter
        ]
        clauses += [(tantivy.Occur.Should, compile_plan(c, schema)) for c in node.should]
        clauses += [(tantivy.Occur.MustNot, compile_plan(c, schema)) for c in node.must_not]
        if not node.must and not node.filter and not node.should:
            clauses.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        return tantivy.Query.boolean_query(clauses)
    if node == rk.MATCH_ALL:
        return tantivy.Query.all_query()
    return tantivy.Query.empty_query()


def _matches_most(node: rk.QNode) -> bool:
    """Whether `node` is a clause nearly every lesson matches (see compile_plan)."""
    return isinstance(node, rk.HasTag) and node.field == rk.SUBSTANCE_FIELD


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def facet_filter(facet: FacetDef, values: tuple[str, ...]) -> str:
    """Tantivy query syntax for "any of these values" (multi-select within a facet)."""
    if facet.field == "year":
        years = sorted({int(v) for v in values if str(v).strip().lstrip("-").isdigit()})
        if not years:
            return "year:IN [-1]"  # nothing is filed under an impossible year
        return "year:IN [" + " ".join(str(y) for y in years) + "]"
    return f"{facet.field}:IN [" + " ".join(_quote(v) for v in values) + "]"


def year_range_filter(year_from: int | None, year_to: int | None) -> str:
    low = str(int(year_from)) if year_from is not None else "*"
    high = str(int(year_to)) if year_to is not None else "*"
    return f"year:[{low} TO {high}]"


def conjunction(clauses: list[str]) -> str:
    return " AND ".join(f"({c})" for c in clauses)
