"""Search stage (Tantivy engine): the index schema, documents and query compiler.

Everything here is generated from the shared definitions: the fields from
`contract.FACETS`, the text analysis from `search_app.search.analysis`, the
queries from the expanded tree of `search_app.search.query`. The backend module
(`tantivy_backend`) adds index generations, writes and the search flow.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import orjson
import tantivy

from search_app.search import ranking as rk
from search_app.search.analysis import ANALYZER_NAME
from search_app.search.contract import FACETS, FacetDef, IndexedLesson, lead_html  # noqa: F401 (ts.lead_html)

# Bump when the fields or their analysis change: an index built with another
# version is refused with a request to rebuild it.
SCHEMA_VERSION = 6

# Analysed fields searched by queries (their weights are in ranking.SPEC).
TEXT_FIELDS: tuple[tuple[str, float], ...] = rk.SPEC.text_fields
FIELD_TIE_BREAKER = rk.SPEC.field_tie_breaker
# Tantivy's BM25 gives the same scores as Lucene's (no (1 + k1) factor), so
# the constant scores of ranking.SPEC (tag boosts, coordination) are used
# as they are; test_both_engines_rank_alike compares the engines' scores.

_LIST_FIELDS = ("themes", "theme_groups", "age_bands", "agencies")

# Facet count columns (15, where schema 5 counted from 23 text fields). Tantivy counts a multi-valued keyword column several
# times slower than a single-valued one that every document has (at 250,000
# matches: themes 13 ms against 0.35 ms per column), and hands each bucket
# of a text column back through its term dictionary (about 1.5 us a bucket,
# against 0.3 us for a number). So the facets are counted from u64 "count
# columns" whose codes stand for sets of facet values, written beside the
# plain fields (which stay for filters):
# - each multi-valued facet field is split into a few parts: a value belongs
#   to one part (a stable hash of the value) and a lesson's code in a part
#   stands for its values in that part; a value's count is then exactly the
#   sum of the counts of the codes holding it;
# - single-valued fields are paired where the pair has hardly more
#   combinations than one of them alone (an area lies in one region), which
#   saves a column's pass over the matches.
# Every code met among the matches is a bucket handed back and every column
# a pass over them: themes in 6 parts (about 1,400 codes at 100,000 lessons)
# counted 5 % faster at the median than in 12 (about 470 codes), and 4 parts
# (4,000 codes) 12 % slower.
# What each code stands for is written beside the index (CODES_FILE).
FACET_PARTS: dict[str, int] = {"themes": 6, "theme_groups": 2, "age_bands": 1, "agencies": 3}
SINGLE_COLUMNS: tuple[tuple[str, ...], ...] = (("area", "region"), ("review_type", "kind"), ("year",))
CODES_FILE = "facet-codes.json"
# A column with more codes than this is not asked for its buckets; its
# facets are counted from their plain fields instead.
PART_BUCKETS = 65_536


@dataclass(frozen=True)
class CountColumn:
    """A u64 fast field counting `fields`: each code stands for some of their values."""

    name: str
    fields: tuple[str, ...]
    part: int = -1  # of a multi-valued field: which of its FACET_PARTS


FACETS_BY_FIELD: dict[str, FacetDef] = {f.field: f for f in FACETS}
COUNT_COLUMNS: tuple[CountColumn, ...] = tuple(
    CountColumn(f"{field}__part{i}", (field,), i) for field, parts in FACET_PARTS.items() for i in range(parts)
) + tuple(CountColumn("count__" + "__".join(fields), fields) for fields in SINGLE_COLUMNS)
assert sorted(f for c in COUNT_COLUMNS for f in c.fields if c.part <= 0) == sorted(FACETS_BY_FIELD)


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
    for column in COUNT_COLUMNS:
        builder.add_unsigned_field(column.name, fast=True)
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


def to_document(lesson: IndexedLesson, codes: CodeBook) -> tantivy.Document:
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
    for name, code in codes.of(lesson):
        doc.add_unsigned(name, code)
    key = date_key(lesson)
    if key is not None:
        doc.add_integer("date_key", key)
    meta = asdict(lesson)
    del meta["text"]
    doc.add_bytes("meta", json.dumps(meta, ensure_ascii=False).encode())
    return doc


def part_of(value: str, parts: int) -> int:
    return zlib.crc32(value.encode("utf-8")) % parts


class CodeBook:
    """The codes of the count columns, given out while an index is written
    (each new combination of values the next number) and then saved beside it.
    A code's key is the tuple of its values: for a part, the lesson's values
    in that part, sorted; for paired single-valued fields, each field's value
    ("" for none)."""

    _PARTS = tuple((field, tuple(c.name for c in COUNT_COLUMNS if c.fields == (field,))) for field in FACET_PARTS)
    _SINGLES = tuple((c.name, c.fields) for c in COUNT_COLUMNS if c.part < 0)

    def __init__(self) -> None:
        self._codes: dict[str, dict[tuple[str, ...], int]] = {c.name: {} for c in COUNT_COLUMNS}
        self._part_of: dict[tuple[str, int], int] = {}

    def of(self, lesson: IndexedLesson) -> list[tuple[str, int]]:
        """(column, code) of every count column for `lesson`."""
        out = []
        for field, names in self._PARTS:
            parts = len(names)
            grouped: list[list[str]] = [[] for _ in names]
            for value in sorted(set(getattr(lesson, field))):
                part = self._part_of.get((value, parts))
                if part is None:
                    part = self._part_of[(value, parts)] = part_of(value, parts)
                grouped[part].append(value)
            out += [(name, self.code(name, tuple(values))) for name, values in zip(names, grouped)]
        for name, fields in self._SINGLES:
            key = tuple("" if (v := getattr(lesson, f)) is None else str(v) for f in fields)
            out.append((name, self.code(name, key)))
        return out

    def code(self, column: str, key: tuple[str, ...]) -> int:
        codes = self._codes[column]
        found = codes.get(key)
        if found is None:
            found = codes[key] = len(codes)
        return found

    def save(self, folder: Path) -> FacetTable:
        columns = {
            column.name: {"fields": list(column.fields), "codes": [_pairs(column, key) for key in codes]}
            for column, codes in zip(COUNT_COLUMNS, self._codes.values())
        }
        (folder / CODES_FILE).write_bytes(orjson.dumps({"schema": SCHEMA_VERSION, "columns": columns}))
        return FacetTable(columns)


def _pairs(column: CountColumn, key: tuple[str, ...]) -> list[list[str]]:
    """The [field, value] pairs a code's key stands for."""
    if column.part >= 0:
        return [[column.fields[0], value] for value in key]
    return [[field, value] for field, value in zip(column.fields, key) if value != ""]


class FacetTable:
    """What the codes of one index generation's count columns stand for, laid
    out for counting with numpy: every (field, value) pair met is a slot, the
    slots of a field in value order; each code of each column is a range of
    a global code space, and each (code, slot) link one entry of two arrays,
    so the counts of every slot are one `np.bincount` over the buckets."""

    def __init__(self, columns: dict[str, dict]) -> None:
        # The columns as the index was written with them, so counting never
        # depends on this module's COUNT_COLUMNS agreeing with the index.
        self.columns_of_field: dict[str, tuple[str, ...]] = {}
        for name, column in columns.items():
            for field in column["fields"]:
                self.columns_of_field[field] = (*self.columns_of_field.get(field, ()), name)
        pairs = sorted({(f, v) for column in columns.values() for key in column["codes"] for f, v in key})
        slot = {pair: i for i, pair in enumerate(pairs)}
        self.values = [v for _, v in pairs]
        self.slots = len(pairs)
        self.field_slots: dict[str, tuple[int, int]] = {}
        for i, (field, _) in enumerate(pairs):
            start, _end = self.field_slots.get(field, (i, i))
            self.field_slots[field] = (start, i + 1)
        self.offset: dict[str, int] = {}
        self.size: dict[str, int] = {}
        codes: list[int] = []
        slots: list[int] = []
        total = 0
        for name, column in columns.items():
            keys = column["codes"]
            self.offset[name], self.size[name] = total, len(keys)
            for code, key in enumerate(keys):
                for field, value in key:
                    codes.append(total + code)
                    slots.append(slot[(field, value)])
            total += len(keys)
        self.codes = total
        self._link_code = np.array(codes, dtype=np.intp)
        self._link_slot = np.array(slots, dtype=np.intp)

    @classmethod
    def load(cls, folder: Path) -> FacetTable:
        try:
            saved = orjson.loads((folder / CODES_FILE).read_bytes())
        except (OSError, orjson.JSONDecodeError) as exc:
            raise ValueError(f"the facet codes of {folder} cannot be read ({exc}); rebuild the index") from exc
        return cls(saved["columns"])

    def slot_counts(self, buckets: dict[str, list[dict]]) -> np.ndarray:
        """Each slot's count from the buckets of some count columns (by column name)."""
        by_code = np.zeros(self.codes)
        for name, found in buckets.items():
            offset = self.offset[name]
            for bucket in found:
                by_code[bucket["key"] + offset] = bucket["doc_count"]
        return np.bincount(self._link_slot, weights=by_code[self._link_code], minlength=self.slots)

    def top(self, slot_counts: np.ndarray, field: str, size: int) -> list[tuple[str, int]]:
        """`field`'s values met, by count then value, at most `size` of them."""
        start, end = self.field_slots.get(field, (0, 0))
        counts = slot_counts[start:end]
        met = np.flatnonzero(counts)
        # Slots are in value order, so a stable sort by count keeps equal counts by value.
        ordered = met[np.argsort(-counts[met], kind="stable")][:size]
        values = self.values
        return [(values[start + i], int(counts[i])) for i in ordered.tolist()]


_KEY_AND_COUNT = operator.itemgetter("key", "doc_count")


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
