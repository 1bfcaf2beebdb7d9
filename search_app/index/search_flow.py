"""Search stage: the steps of a search that both engines share.

`SearchFlow` plans a parsed query (`search_app.ranking`), runs the
all-words query through the engine's `run` function, runs the fallback
when that found too little (relevance order only) and adds "Did you mean"
suggestions when the result is still small. The engines supply only how to
run a compiled plan and how to count lessons holding a token, so the rules
cannot differ between them. `order_ties` puts lessons of equal score in id
order, as Elasticsearch's sort does.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable, Hashable, Sequence, TypeVar

from search_app.index.contract import SearchRequest, SearchResult
from search_app.lexicon import SearchLexicon, load_lexicon
from search_app.query import ParsedQuery
from search_app.ranking import FALLBACK_NOTICE, RELATED_NOTICE, SPEC, QNode, QueryPlanner, RankingSpec, SearchPlan
from search_app.suggest import DocFreqs, Suggester

Address = TypeVar("Address")


class SearchFlow:
    """Plan, strict search, fallback, suggestions (see the module docstring)."""

    def __init__(self, lexicon: SearchLexicon | None = None, spec: RankingSpec = SPEC) -> None:
        self.lexicon = lexicon or SearchLexicon()
        self.spec = spec
        self.planner = QueryPlanner(self.lexicon, spec)
        self._suggester: Suggester | None = None

    @classmethod
    def for_taxonomy(cls, taxonomy_path: Path | str | None) -> "SearchFlow":
        return cls(load_lexicon(taxonomy_path))

    def plan(self, parsed: ParsedQuery) -> SearchPlan:
        return self.planner.plan(parsed)

    @property
    def suggester(self) -> Suggester:
        if self._suggester is None:
            self._suggester = Suggester(self.lexicon.suggestion_terms())
        return self._suggester

    def run(
        self,
        request: SearchRequest,
        parsed: ParsedQuery,
        plan: SearchPlan,
        run: Callable[[QNode], SearchResult],
        doc_freqs: DocFreqs,
    ) -> SearchResult:
        result = run(plan.strict)
        if plan.is_empty:
            return result
        matched = plan.strict
        relevance = request.sort == "relevance"
        if relevance and plan.relaxed is not None and result.total < self.spec.fallback_min_results:
            relaxed = run(plan.relaxed)
            if relaxed.total > result.total:
                result = dataclasses.replace(relaxed, notices=tuple(result.notices) + (FALLBACK_NOTICE,))
                matched = plan.relaxed
        if relevance and 0 < result.total < self.spec.related_below and request.offset == 0 and len(result.hits) == result.total:
            related_query = self.planner.related(plan, matched, [h.lesson for h in result.hits])
            if related_query is not None:
                related = run(related_query)
                if related.total > result.total:
                    result = dataclasses.replace(related, notices=tuple(result.notices) + (RELATED_NOTICE,))
        if result.total < self.spec.suggest_below:
            suggestions = self.suggester.suggest(parsed, request.query, doc_freqs)
            result = dataclasses.replace(result, suggestions=suggestions)
        return result


def _score_key(score: float) -> float:
    return round(score, 4)


def order_ties(
    hits: Sequence[tuple[float, Address]], start: int, end: int, id_of: Callable[[Address], Hashable]
) -> list[tuple[float, Address]]:
    """Hits (best first) with each run of equal scores that reaches into
    positions [start, end) sorted by lesson id; ids are looked up only there."""
    out: list[tuple[float, Address]] = []
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and _score_key(hits[j + 1][0]) == _score_key(hits[i][0]):
            j += 1
        group = list(hits[i:j + 1])
        if len(group) > 1 and i < end and j >= start:
            group.sort(key=lambda hit: id_of(hit[1]))
        out.extend(group)
        i = j + 1
    return out
