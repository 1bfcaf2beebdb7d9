"""Search stage (Tantivy engine): facet counts over every lesson a search matches.

Each facet is counted under every filter except its own. The facets nobody
filtered on share one count under all the filters; each filtered facet has
its own under the others. Each such group is one aggregation over the text
query with its filters joined to it (`plan_counts`): tantivy intersects the
filters with the matches by skipping through both, which costs about half
of a filter aggregation that tests every match. The groups are independent,
so `FacetCounting` runs them on the backend's counting threads (tantivy lets
go of the GIL while it counts) while the caller ranks and draws the page.

Facets are counted from the generation's count columns (see
`tantivy_schema.COUNT_COLUMNS`): one terms aggregation per column, and the
buckets turned into each value's count by the generation's `FacetTable`
(numpy). A facet whose column has more codes than the engine is asked
for, or a multi-valued one counted in line over few matches (where its
plain field costs less than its parts), is counted from its plain field.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass

import tantivy

from search_app.search.contract import FACETS, FACETS_BY_NAME, FacetCount, SearchRequest
from search_app.search.kept import ClearedWhenFull
from search_app.search.tantivy import schema as ts

# Counting in line (no counting threads), the plain multi-valued fields are
# used below this many matches: measured at 100,000 lessons, their parts
# cost more there (more aggregations to set up) and up to 4x less above.
PARTS_FROM_MATCHES = 2_000
MULTI_VALUED = frozenset(f.name for f in FACETS if f.field in ts.FACET_PARTS)

Counts = tuple[FacetCount, ...]
_COUNT = operator.itemgetter(1)
_KEY_AND_COUNT = operator.itemgetter("key", "doc_count")


@dataclass(frozen=True)
class FacetGroup:
    """Facets counted under the same filters: one aggregation over `query`."""

    names: tuple[str, ...]
    query: tantivy.Query
    plain: frozenset[str] = frozenset()  # multi-valued facets counted from their plain field


def plan_counts(
    parse_filter: Callable[[str], tantivy.Query],
    text_query: tantivy.Query | None,
    filters: dict[str, str],
    request: SearchRequest,
    plain: frozenset[str] = frozenset(),
) -> list[FacetGroup]:
    """The groups that count the request's facets (see the module docstring);
    `parse_filter` parses a filter clause (tantivy query syntax)."""
    requested = set(request.facets)
    base = [clause for name, clause in filters.items() if name not in requested]
    active = {name: clause for name, clause in filters.items() if name in requested}
    groups = []
    unfiltered = tuple(name for name in request.facets if name not in active)
    if unfiltered:
        groups.append(FacetGroup(unfiltered, _narrowed(parse_filter, text_query, base + list(active.values())), plain))
    for name in request.facets:
        if name in active:
            others = [clause for other, clause in active.items() if other != name]
            groups.append(FacetGroup((name,), _narrowed(parse_filter, text_query, base + others), plain))
    return groups


def _narrowed(
    parse_filter: Callable[[str], tantivy.Query], text_query: tantivy.Query | None, clauses: list[str]
) -> tantivy.Query:
    query = text_query or tantivy.Query.all_query()
    if not clauses:
        return query
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, query), (tantivy.Occur.Must, parse_filter(ts.conjunction(clauses)))]
    )


def count_group(searcher: tantivy.Searcher, group: FacetGroup, size: int, table: ts.FacetTable) -> dict[str, Counts]:
    """Each facet's counts, by count then value, at most `size` of them."""
    plain = frozenset(
        name
        for name in group.names
        if name in group.plain
        or any(table.size[c] > ts.PART_BUCKETS for c in table.columns_of_field.get(FACETS_BY_NAME[name].field, ()))
    )
    coded = [name for name in group.names if name not in plain]
    columns = dict.fromkeys(c for name in coded for c in table.columns_of_field.get(FACETS_BY_NAME[name].field, ()))
    aggregations: dict = {}
    for column in columns:
        codes = max(1, table.size[column])
        aggregations[column] = {"terms": {"field": column, "size": codes, "segment_size": codes}}
    for name in plain:
        field = FACETS_BY_NAME[name].field
        aggregations[name] = {"terms": {"field": field, "size": size, "segment_size": max(size * 10, 10_000)}}
    result = searcher.aggregate(group.query, aggregations)
    out: dict[str, Counts] = {}
    if coded:
        slot_counts = table.slot_counts({column: result[column]["buckets"] for column in columns})
        for name in coded:
            out[name] = tuple(map(_facet_count, table.top(slot_counts, FACETS_BY_NAME[name].field, size)))
    for name in plain:
        counts = _plain_counts(result[name]["buckets"])
        # By count, then value: sorted by value first, then (stably) by count.
        ordered = sorted(sorted(counts.items()), key=_COUNT, reverse=True)[:size]
        out[name] = tuple(map(_facet_count, ordered))
    return {name: out[name] for name in group.names}


# The FacetCount of each (value, count) pair met: a search makes some 250 of
# them, most met before, and a frozen dataclass costs about ten times a
# look-up to make; FacetCount is immutable, so results can share them.
_FACET_COUNTS: ClearedWhenFull[tuple[str, int], FacetCount] = ClearedWhenFull(100_000)


def _facet_count(pair: tuple[str, int]) -> FacetCount:
    made = _FACET_COUNTS.get(pair)
    if made is None:
        made = _FACET_COUNTS.keep(pair, FacetCount(*pair))
    return made


class FacetCounting:
    """The counts of a request's facets, started now (on `pool` when given)."""

    def __init__(
        self,
        searcher: tantivy.Searcher,
        groups: list[FacetGroup],
        size: int,
        table: ts.FacetTable,
        pool: Executor | None = None,
    ) -> None:
        self._searcher, self._groups, self._size, self._table = searcher, groups, max(1, size), table
        self._started: list[Future] | None = None
        if pool is not None:
            self._started = [pool.submit(count_group, searcher, group, self._size, table) for group in groups]

    def result(self, names: tuple[str, ...]) -> dict[str, Counts]:
        """Every facet of `names`, waiting for the counting threads if need be."""
        if self._started is not None:
            counted = [future.result() for future in self._started]
        else:
            counted = [count_group(self._searcher, group, self._size, self._table) for group in self._groups]
        facets: dict[str, Counts] = {}
        for counts in counted:
            facets.update(counts)
        return {name: facets[name] for name in names}


def _plain_counts(buckets: list[dict]) -> dict[str, int]:
    """A plain field's counts by value, from its terms aggregation's buckets."""
    counts = {}
    values = _BUCKET_VALUES
    for key, n in map(_KEY_AND_COUNT, buckets):
        if n:
            value = values.get(key)
            if value is None:
                value = _bucket_value(key)
            counts[value] = int(n)
    return counts


# a bucket key's value as text, for the keys met (a few hundred)
_BUCKET_VALUES: ClearedWhenFull = ClearedWhenFull(100_000)


def _bucket_value(key) -> str:
    if isinstance(key, float) and key.is_integer():
        return _BUCKET_VALUES.keep(key, str(int(key)))
    return _BUCKET_VALUES.keep(key, str(key))
