"""Search stage: the engine-neutral scoring tree a search plan is made of
(search_app/search/ranking.py makes it; the Tantivy and Elasticsearch compilers
translate it node for node), and two rewrites of a tree: `scaled`, `without_field`."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldTokens:
    """BM25 of analysed tokens in one text field: one token is a term, more a phrase."""

    field: str
    tokens: tuple[str, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class HasTag:
    """A constant `score` when the keyword field holds `value`."""

    field: str
    value: str
    score: float


@dataclass(frozen=True)
class BestOf:
    """The best child's score plus `tie_breaker` times the others' (dis_max)."""

    children: tuple[QNode, ...]
    tie_breaker: float = 0.0


@dataclass(frozen=True)
class Boolean:
    """All `must` match (scores add), none of `must_not`, all `filter` (no score).
    `should` add their scores; when there is no `must` and no `filter`, at
    least one `should` must match."""

    must: tuple[QNode, ...] = ()
    should: tuple[QNode, ...] = ()
    must_not: tuple[QNode, ...] = ()
    filter: tuple[QNode, ...] = ()


@dataclass(frozen=True)
class AtLeast:
    """Matches when at least `minimum` children match; scores nothing (use as a filter)."""

    minimum: int
    children: tuple[QNode, ...]


@dataclass(frozen=True)
class Constant:
    """`score` for every lesson `child` matches."""

    child: QNode
    score: float


@dataclass(frozen=True)
class _MatchAll:
    pass


@dataclass(frozen=True)
class _MatchNone:
    pass


MATCH_ALL = _MatchAll()
MATCH_NONE = _MatchNone()
QNode = FieldTokens | HasTag | BestOf | Boolean | AtLeast | Constant | _MatchAll | _MatchNone


def at_least_subsets(node: AtLeast) -> list[tuple[QNode, ...]]:
    """The child sets of which one must fully match (for engines without
    minimum_should_match): every `minimum`-sized combination."""
    return list(itertools.combinations(node.children, node.minimum))


def scaled(node: QNode, factor: float) -> QNode:
    """The same matches with every score multiplied by `factor`."""
    if isinstance(node, FieldTokens):
        return dataclasses.replace(node, boost=node.boost * factor)
    if isinstance(node, HasTag):
        return dataclasses.replace(node, score=node.score * factor)
    if isinstance(node, Constant):
        return dataclasses.replace(node, score=node.score * factor)
    if isinstance(node, BestOf):
        return dataclasses.replace(node, children=tuple(scaled(c, factor) for c in node.children))
    if isinstance(node, Boolean):
        return dataclasses.replace(
            node, must=tuple(scaled(c, factor) for c in node.must), should=tuple(scaled(c, factor) for c in node.should)
        )
    return node


def without_field(node: QNode, field: str) -> QNode:
    """The same tree without the matches in `field`."""
    if isinstance(node, BestOf):
        kept = tuple(
            without_field(c, field) for c in node.children if not (isinstance(c, FieldTokens) and c.field == field)
        )
        return dataclasses.replace(node, children=kept) if kept else MATCH_NONE
    if isinstance(node, Constant):
        return dataclasses.replace(node, child=without_field(node.child, field))
    if isinstance(node, Boolean):
        return dataclasses.replace(
            node,
            must=tuple(without_field(c, field) for c in node.must),
            should=tuple(without_field(c, field) for c in node.should),
        )
    if isinstance(node, FieldTokens) and node.field == field:
        return MATCH_NONE
    return node
