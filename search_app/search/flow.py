"""Search stage: the steps of a search that both engines share.

`SearchFlow` plans a parsed query (`search_app.search.ranking`), runs the
all-words query through the engine's `run` function, runs the fallback
when that found too little (relevance order only) and adds "Did you mean"
suggestions when the result is still small. The engines supply only how to
run a compiled plan and how to count lessons holding a token, so the rules
cannot differ between them. `order_ties` puts lessons of equal score in id
order, as Elasticsearch's sort does.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from search_app.search.analysis import analyze
from search_app.search.contract import SearchRequest, SearchResult
from search_app.search.lexicon import SearchLexicon, load_lexicon
from search_app.search.query import And, Or, ParsedQuery, Term
from search_app.search.ranking import (
    FALLBACK_NOTICE,
    FEW_NOTICE,
    MATCH_ALL,
    RELATED_NOTICE,
    SPEC,
    Coverage,
    HasTag,
    QNode,
    QueryPlanner,
    RankingSpec,
    SearchPlan,
)
from search_app.search.rerank import (
    FEEDBACK,
    FeedbackSpec,
    feedback_signals,
    feedback_weights,
    with_extra_signals,
    with_feedback,
)
from search_app.search.semantic import SemanticReranker
from search_app.search.suggest import DocFreqs, Suggester

Address = TypeVar("Address")
PLANS_KEPT = 4096


class SearchFlow:
    """Plan, strict search, fallback, suggestions (see the module docstring)."""

    def __init__(
        self,
        lexicon: SearchLexicon | None = None,
        spec: RankingSpec = SPEC,
        feedback: FeedbackSpec = FEEDBACK,
        semantic: SemanticReranker | None = None,
    ) -> None:
        self.lexicon = lexicon or SearchLexicon()
        self.spec = spec
        self.feedback = feedback
        self.semantic = semantic
        self.planner = QueryPlanner(self.lexicon, spec)
        self._suggester: Suggester | None = None
        # A plan (frozen) depends only on the parsed query, the lexicon and
        # the spec; planning a query of several words costs up to a
        # millisecond of lexicon look-ups, so a query asked again is planned once.
        self._plan = functools.lru_cache(maxsize=PLANS_KEPT)(self.planner.plan)
        self._plan_without = functools.lru_cache(maxsize=PLANS_KEPT)(self.planner.plan)

    @classmethod
    def for_taxonomy(cls, taxonomy_path: Path | str | None, semantic: SemanticReranker | None = None) -> SearchFlow:
        return cls(load_lexicon(taxonomy_path), semantic=semantic)

    def plan(self, parsed: ParsedQuery) -> SearchPlan:
        """The query's plan (kept per process: see __init__)."""
        return self._plan(parsed)

    def respell(self, parsed: ParsedQuery, doc_freqs: DocFreqs) -> ParsedQuery:
        """The query with each plain word that no lesson holds, that is not
        an English word and that means nothing to the taxonomy, searched together with its closest
        word that lessons do hold ("neglegt" -> neglegt OR neglect), said in
        a notice. Abbreviations (typed in capitals) and short words are left as typed."""
        node = parsed.node
        children = list(node.children) if isinstance(node, And) else [node]
        words = [
            c.text
            for c in children
            if isinstance(c, Term)
            and c.text.isalpha()
            and len(c.text) >= self.spec.respell_min_chars
            and not c.text.isupper()
            and not self.planner.is_filler(c.text)
            and not self.lexicon.knows(c.text)
            and c.text.lower() not in self.suggester.vocabulary  # an English word is meant as typed
        ]
        if not words:
            return parsed
        fixes = self.suggester.corrections(words, doc_freqs)
        if not fixes:
            return parsed
        changed = [Or((c, Term(fixes[c.text]))) if isinstance(c, Term) and c.text in fixes else c for c in children]
        said = "Also searched for " + ", ".join(f"“{fix}” (no lesson has “{word}”)" for word, fix in fixes.items())
        new = And(tuple(changed)) if isinstance(node, And) else changed[0]
        return ParsedQuery(new, tuple(parsed.notices) + (said,))

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
        run: Callable[..., SearchResult],
        doc_freqs: DocFreqs,
        count: Callable[[QNode], int],
    ) -> SearchResult:
        """`run(node, request=None)` answers the request (or another one)
        with `node` as its text query; `count(node)` counts the lessons
        `node` matches in the whole index."""
        if plan.is_empty:
            return run(plan.strict)
        # The fallback, the feedback and the related lessons ask for some of
        # the same counts (all lessons, each required unit, the first hits'
        # words): each is asked of the engine once per search.
        count, doc_freqs = _counted_once(count), _doc_freqs_once(doc_freqs)
        plan = self._without_common_words(parsed, plan, doc_freqs, count)
        relevance = request.sort == "relevance"
        # The first searches (with the facets) need only the hits the
        # feedback reads; the page is drawn once, re-ranked.
        first_request = request
        if relevance and request.offset == 0 and request.per_page > self.feedback.top:
            first_request = dataclasses.replace(request, per_page=self.feedback.top)
        widened = None
        semantic = self.semantic
        if relevance and self.feedback.weight <= 0 and semantic is not None and self._by_meaning(request):
            # The meaning re-orders the first `top` matches: the first search
            # (with the facets) fetches them, rather than a second one.
            top = max(semantic.spec.top, request.offset + request.per_page)
            widened = dataclasses.replace(request, page=1, per_page=top)
        result = run(plan.strict, widened or (first_request if self.feedback.weight > 0 else request))
        first_hits = result.hits if widened is not None else None
        matched = plan.strict
        if relevance and plan.relaxed is not None and result.total < self.spec.fallback_min_results:
            counts = [count(q) for q in self.planner.required_queries(plan)]
            fallback = self.planner.weighted_fallback(plan, count(MATCH_ALL), counts)
            relaxed = run(fallback, first_request if self.feedback.fallback_share > 0 else request)
            if relaxed.total == 0 and self.planner.can_loosen(plan):
                # A long question whose words no lesson has half of: any of
                # them will do. (When some lesson has half, the related
                # lessons of its review and themes serve better than lessons
                # with one word of many.)
                fallback = self.planner.weighted_fallback(plan, count(MATCH_ALL), counts, any_unit=True)
                relaxed = run(fallback, first_request if self.feedback.fallback_share > 0 else request)
            if relaxed.total > result.total:
                said = FEW_NOTICE if result.total else FALLBACK_NOTICE
                result = dataclasses.replace(relaxed, notices=tuple(result.notices) + (said,))
                assert fallback is not None, "weighted_fallback gives None only when plan.relaxed is None"
                matched = fallback
        reranked = None
        ranked_by = matched  # the query whose order the page shows
        if relevance and result.total >= self.feedback.min_lessons:
            budget = (
                self.spec.coordination * self.feedback.fallback_share
                if matched is not plan.strict
                else self.feedback.weight
            )
            # No budget, no signals: the first hits' words are not read
            # (an all-words search has none by default).
            if budget > 0:
                ranked_by = self._feedback_query(plan, matched, result, request, run, doc_freqs, count, budget)
        widened_page = first_hits is not None and result.hits is first_hits  # the first search's, widened
        if relevance and result.total > 1 and self._by_meaning(request):
            first = first_hits if widened_page and ranked_by is plan.strict else None
            reranked = self._semantic_hits(request, ranked_by, run, fallback=matched is not plan.strict, first=first)
        if reranked is None and widened_page:
            reranked = result.hits[request.offset : request.offset + request.per_page]
        if reranked is None and ranked_by is not matched:
            reranked = run(ranked_by, dataclasses.replace(request, facets=())).hits
        if reranked is None and len(result.hits) < min(result.total - request.offset, request.per_page):
            reranked = run(matched, dataclasses.replace(request, facets=())).hits
        if reranked is not None:
            result = dataclasses.replace(result, hits=reranked)
        last_page = request.offset + request.per_page >= result.total
        if relevance and 0 < result.total < self.spec.related_below and last_page:
            result = self._with_related(request, plan, matched, result, run, doc_freqs, count)
        if result.total < self.spec.suggest_below:
            suggestions = self.suggester.suggest(parsed, request.query, doc_freqs)
            result = dataclasses.replace(result, suggestions=suggestions)
        elif matched is not plan.strict:
            # Not every word was found together: a misspelt word ("coersive
            # control") would leave only lessons with the others ("asthma was
            # poorly controlled"), so its spelling is offered.
            result = dataclasses.replace(result, suggestions=self.suggester.respelt(parsed, request.query, doc_freqs))
        return dataclasses.replace(result, query_themes=plan.themes)

    def _without_common_words(self, parsed, plan, doc_freqs, count) -> SearchPlan:
        """The plan again with the common single words of a query of several
        units not required (RankingSpec.common_share), or the plan as it was."""
        required = [u for u in plan.units if u.required]
        if len(required) < self.spec.common_min_units:
            return plan
        single = {u.text.lower(): analyze(u.text) for u in required if " " not in u.text.strip()}
        tokens = {w: t[0] for w, t in single.items() if len(t) == 1}
        if not tokens:
            return plan
        freqs = doc_freqs(sorted(set(tokens.values())))
        lessons = count(MATCH_ALL)
        common = frozenset(w for w, t in tokens.items() if freqs.get(t, 0) > self.spec.common_share * lessons)
        if not common or len(required) - len(common) < 2:
            return plan
        return self._plan_without(parsed, common)

    def _by_meaning(self, request: SearchRequest) -> bool:
        """Whether the page is among the first matches the meaning re-orders."""
        semantic = self.semantic
        return semantic is not None and semantic.available and request.offset < semantic.spec.top

    def _semantic_hits(self, request, ranked_by, run, fallback: bool, first=None):
        """The requested page with the first matches re-ordered by meaning
        (`search_app.search.semantic`; in the engine's order when they cannot be).
        `first`: the first max(top, end) hits of `ranked_by` when already fetched."""
        semantic = self.semantic
        assert semantic is not None, "called only when _by_meaning"
        top = semantic.spec.top
        end = request.offset + request.per_page
        if first is None:
            first = run(ranked_by, dataclasses.replace(request, page=1, per_page=max(top, end), facets=())).hits
        ordered = semantic.rerank(request.query, first, fallback=fallback)
        return tuple((first if ordered is None else ordered)[request.offset : end])

    def _feedback_query(self, plan, matched, result, request, run, doc_freqs, count, budget):
        """The query that matched with the words and themes of the first hits
        added to its scores (`search_app.search.rerank`; `matched` itself when
        they give nothing to rank by)."""
        top = self.feedback.top
        first = result.hits
        if request.offset > 0 or len(first) < min(top, result.total):  # always the same first hits
            first = run(matched, dataclasses.replace(request, page=1, per_page=top, facets=())).hits
        weights = feedback_weights(
            [h.lesson for h in first[:top]], plan.highlight_tokens, doc_freqs, count(MATCH_ALL), self.feedback
        )
        return with_feedback(matched, feedback_signals(weights, budget, self.feedback))

    def _with_related(self, request, plan, matched, result, run, doc_freqs, count) -> SearchResult:
        """The result with up to related_below - total related lessons."""
        whole = dataclasses.replace(request, page=1, per_page=result.total, facets=())
        hits = result.hits if len(result.hits) == result.total else run(matched, whole).hits
        lessons = [h.lesson for h in hits]
        themes = sorted({t for lesson in lessons for t in lesson.themes})
        coverage = Coverage(
            lessons=count(MATCH_ALL),
            units={u.text: count(self.planner.unit_query(u)) for u in plan.units if u.required},
            themes={t: count(HasTag("themes", t, 0.0)) for t in themes},
        )
        query = self.planner.related(plan, matched, lessons, coverage)
        if query is None:
            return result
        weights = feedback_weights(
            lessons[: self.feedback.top], plan.highlight_tokens, doc_freqs, coverage.lessons, self.feedback
        )
        query = with_extra_signals(query, feedback_signals(weights, self.feedback.related_weight, self.feedback))
        wanted = self.spec.related_below - result.total
        semantic = self.semantic if self.semantic is not None and self.semantic.available else None
        pool = max(wanted, semantic.spec.top) if semantic else wanted
        related = run(query, dataclasses.replace(request, page=1, per_page=pool, facets=()))
        if not related.hits:
            return result
        hits = related.hits
        if semantic:
            hits = tuple(semantic.rerank(request.query, hits, related=True) or hits)
        return dataclasses.replace(
            result, related=tuple(hits[:wanted]), notices=tuple(result.notices) + (RELATED_NOTICE,)
        )


def _counted_once(count: Callable[[QNode], int]) -> Callable[[QNode], int]:
    """`count`, remembering each node's count (query nodes are frozen, hashable)."""
    known: dict[QNode, int] = {}

    def counted(node: QNode) -> int:
        if node not in known:
            known[node] = count(node)
        return known[node]

    return counted


def _doc_freqs_once(doc_freqs: DocFreqs) -> DocFreqs:
    """`doc_freqs`, asking the engine only for tokens not asked before (both
    engines answer every token asked, 0 for one no lesson holds)."""
    known: dict[str, int] = {}

    def freqs(tokens: Sequence[str]) -> dict[str, int]:
        missing = [t for t in dict.fromkeys(tokens) if t not in known]
        if missing:
            known.update(doc_freqs(missing))
        return {t: known.get(t, 0) for t in tokens}

    return freqs


def _score_key(score: float) -> float:
    return round(score, 4)


def order_ties(
    hits: Sequence[tuple[float, Address]], start: int, end: int, id_of: Callable[[Address], str]
) -> list[tuple[float, Address]]:
    """Hits (best first) with each run of equal scores that reaches into
    positions [start, end) sorted by lesson id; ids are looked up only there."""
    out: list[tuple[float, Address]] = []
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and _score_key(hits[j + 1][0]) == _score_key(hits[i][0]):
            j += 1
        group = list(hits[i : j + 1])
        if len(group) > 1 and i < end and j >= start:
            group.sort(key=lambda hit: id_of(hit[1]))
        out.extend(group)
        i = j + 1
    return out
