"""Search stage: how a parsed query matches and ranks lessons, for both engines.

One definition, `RankingSpec` (field weights, phrase, theme and age boosts,
the "most of your words" fallback), and one planner, `QueryPlanner`, turn a
parsed query into a small engine-neutral scoring tree (`FieldTokens`,
`HasTag`, `BestOf`, `Boolean`, `AtLeast`, `Constant`, `MATCH_ALL`,
`MATCH_NONE`). The Tantivy and Elasticsearch compilers translate that tree
node for node and add nothing of their own, so both engines match the same
lessons and rank them alike.

The weights are in search_app/search/ranking_spec.py, the scoring tree in
search_app/search/scoring_tree.py, the query's units in
search_app/search/query_units.py (`UnitPlanner`, which `QueryPlanner`
extends); every name is importable from here.

Matching: the query's words are grouped into units: a phrase, an OR group,
a run of words that means something as a whole ("county lines", "under
ones", "non-accidental injury"), or a single word. Every unit must match
("words: all must match"), and a unit matches a lesson when the lesson's
text has the unit's words or one of their alternatives (synonyms,
abbreviations, spelling and compound variants), or when the lesson carries
a tag the unit names (a theme, agency or age band; see
`search_app.search.lexicon`). Common words ("of", "the", "to") are not required
when the query has other words; they still count in phrases.

Ranking: BM25 on the lesson text, label, section heading and review title
(the best field counts fully, the others by `field_tie_breaker`), each
unit's BM25 divided by its number of words so that every unit weighs alike,
plus `tag_boost` when the lesson carries a tag the unit names, plus
`phrase_boost` times the BM25 of each pair of neighbouring typed words
found together, so exact wordings rank above scattered words, plus
`unit_word_weight` of each word of a unit of several words on its own, so
that among lessons matching such a unit only by its tag, those using one of
its words come first. No date enters the score.

Fallback: a relevance-sorted search whose all-units query finds fewer than
`fallback_min_results` lessons is run again as `plan.relaxed`: lessons
matching at least half of the units (`fallback_min_share`), ordered by the
units they match (`coordination` per unit, weighted by the unit's rarity
in the index and far above any BM25 score; `weighted_fallback`) and then
by score, so every lesson with all the words still comes first. A unit
found only in part (in the review's title only, by a tag its words are only
a sign of, or a run of words found only scattered) counts `partial_coverage`
of its weight.
The backends then say so with FALLBACK_NOTICE. Date-sorted searches (the
briefings) never fall back: their lists keep the all-words meaning.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from search_app.search.analysis import analyze
from search_app.search.lexicon import THEMES_FIELD
from search_app.search.query import ParsedQuery
from search_app.search.query_units import Unit, UnitPlanner
from search_app.search.ranking_spec import SPEC as SPEC
from search_app.search.ranking_spec import Coverage as Coverage
from search_app.search.ranking_spec import RankingSpec as RankingSpec
from search_app.search.scoring_tree import MATCH_ALL as MATCH_ALL
from search_app.search.scoring_tree import MATCH_NONE as MATCH_NONE
from search_app.search.scoring_tree import AtLeast as AtLeast
from search_app.search.scoring_tree import BestOf as BestOf
from search_app.search.scoring_tree import Boolean as Boolean
from search_app.search.scoring_tree import Constant as Constant
from search_app.search.scoring_tree import FieldTokens as FieldTokens
from search_app.search.scoring_tree import HasTag as HasTag
from search_app.search.scoring_tree import QNode as QNode
from search_app.search.scoring_tree import at_least_subsets as at_least_subsets
from search_app.search.scoring_tree import scaled as scaled
from search_app.search.scoring_tree import without_field as without_field

FALLBACK_NOTICE = "No lessons had all your words; showing lessons with most of them"
FEW_NOTICE = "Few lessons had all your words: they come first, then lessons with most of them"
RELATED_NOTICE = "Few lessons matched; related lessons from the same reviews and themes are listed after them"
# Notices about what was found, not about a change to the query.
RESULT_NOTICES = (FALLBACK_NOTICE, FEW_NOTICE, RELATED_NOTICE)
SUBSTANCE_FIELD = "substance"  # keyword field of IndexedLesson.substance in both engines


@dataclass(frozen=True)
class SearchPlan:
    """What both engines run: the all-units query, and the fallback (or None)."""

    strict: QNode
    relaxed: QNode | None
    units: tuple[Unit, ...] = ()
    highlight_tokens: tuple[str, ...] = ()
    is_empty: bool = False

    @property
    def themes(self) -> tuple[str, ...]:
        """The themes the query's units name or are signs of, in query order."""
        return tuple(dict.fromkeys(t.value for u in self.units for t in u.tags if t.field == THEMES_FIELD))


class QueryPlanner(UnitPlanner):
    """Parsed query in, SearchPlan out (see the module docstring)."""

    # -- the plan

    def unit_query(self, unit: Unit) -> QNode:
        """Matches the unit's text or a tag it names or signals; scores the
        text's BM25 only (tags are scored once per query, `tag_boosts`), so
        a lesson with the words ranks above one that only carries the tag."""
        if not unit.tags:
            return unit.match
        tags = tuple(HasTag(t.field, t.value, 0.0) for t in unit.tags)
        return Boolean(should=(unit.match, *tags))

    def weighed_unit_query(self, unit: Unit) -> QNode:
        """`unit_query` with its BM25 divided by the unit's number of content
        words, so that every unit of the query weighs alike: "information
        sharing" does not outweigh "MASH" by having two words (the phrase
        boost still rewards the words found together)."""
        return self.unit_query(unit) if unit.size <= 1 else scaled(self.unit_query(unit), 1 / unit.size)

    def unit_words(self, units: list[Unit]) -> tuple[QNode, ...]:
        """`unit_word_weight` of the BM25 of each content word of every unit of several words."""
        if self.spec.unit_word_weight <= 0:
            return ()
        words: dict[str, None] = {}
        for unit in units:
            if unit.size > 1:
                words.update(dict.fromkeys(self._content_words(unit.text)))
        return tuple(scaled(self.leaf(w), self.spec.unit_word_weight) for w in words)

    def substance(self) -> tuple[QNode, ...]:
        if self.spec.substance_boost <= 0:
            return ()
        return (HasTag(SUBSTANCE_FIELD, "full", self.spec.substance_boost),)

    def tag_boosts(self, units: list[Unit]) -> tuple[QNode, ...]:
        """One boost per distinct tag the query's units name or signal."""
        boosts: dict[tuple[str, str], float] = {}
        for unit in units:
            for tag in unit.tags:
                score = self.spec.tag_boost if tag.named else self.spec.sign_boost
                key = (tag.field, tag.value)
                boosts[key] = max(boosts.get(key, 0.0), score)
        return tuple(HasTag(f, v, score) for (f, v), score in boosts.items() if score > 0)

    def related(self, plan: SearchPlan, matched: QNode, lessons, coverage: Coverage | None = None) -> QNode | None:
        """Lessons `matched` does not find that are related to the lessons it
        does (`lessons`: IndexedLesson-like records with review_id and
        themes), best first by:
        - how much of the query they cover: each required unit they match
          (by its words or a tag it names) adds `related_coverage` weighted
          by the unit's rarity, as in the fallback, plus its BM25;
        - the themes the matches carry, each weighted by the share of
          matches carrying it and by its rarity in the index (a theme every
          other lesson carries says little);
        - the reviews of the matches, weighted by how many matches each has.
        `coverage` gives the index counts the weights need; without it every
        unit and theme weighs the same."""
        lessons = list(lessons)
        if not lessons:
            return None
        coverage = coverage or Coverage()
        reviews: dict[str, int] = {}
        themes: dict[str, int] = {}
        for lesson in lessons:
            reviews[lesson.review_id] = reviews.get(lesson.review_id, 0) + 1
            for theme in set(lesson.themes):
                themes[theme] = themes.get(theme, 0) + 1
        most = max(reviews.values())
        signals: list[QNode] = [
            HasTag("review_id", rid, self.spec.related_review_boost * n / most) for rid, n in sorted(reviews.items())
        ]
        for theme, n in sorted(themes.items()):
            if n > 1 or len(lessons) == 1:
                weight = self.spec.related_theme_boost * n / len(lessons) * coverage.rarity(coverage.themes.get(theme))
                signals.append(HasTag("themes", theme, weight))
        required = [u for u in plan.units if u.required]
        rarity = coverage.relative_rarities([coverage.units.get(u.text) for u in required])
        for unit, r in zip(required, rarity):
            query = self.unit_query(unit)
            signals += [
                scaled(query, self.spec.related_text_weight),
                *self.coverage(unit, self.spec.related_coverage * r),
            ]
        return Boolean(should=tuple(signals), must_not=(matched, *_exclusions(plan.strict)))

    def required_queries(self, plan: SearchPlan) -> tuple[QNode, ...]:
        return tuple(self.unit_query(u) for u in plan.units if u.required)

    def weighted_fallback(
        self, plan: SearchPlan, lessons: int, matches: list[int], any_unit: bool = False
    ) -> QNode | None:
        """The fallback with each unit's `coordination` weighted by how rare
        it is: log(1 + lessons / matches), scaled so the rarest unit weighs
        `coordination`. Lessons with every unit still come first (the weights
        are positive); among the rest, a rare unit outweighs a common one.
        With `any_unit`, a lesson needs only one of the units (the last
        resort of a long question whose units no lesson has half of)."""
        if plan.relaxed is None or not isinstance(plan.relaxed, Boolean):
            return plan.relaxed
        units = [u for u in plan.units if u.required]
        rarity = Coverage(lessons=lessons).relative_rarities(matches)
        coordination = tuple(c for u, r in zip(units, rarity) for c in self.coverage(u, self.spec.coordination * r))
        relaxed = dataclasses.replace(plan.relaxed, should=plan.relaxed.should + coordination)
        if any_unit:
            relaxed = dataclasses.replace(relaxed, filter=(AtLeast(1, self.required_queries(plan)),))
        return relaxed

    @staticmethod
    def can_loosen(plan: SearchPlan) -> bool:
        """Whether the fallback asks for more than one unit (so any_unit finds more)."""
        relaxed = plan.relaxed
        return isinstance(relaxed, Boolean) and any(isinstance(f, AtLeast) and f.minimum > 1 for f in relaxed.filter)

    def own_query(self, unit: Unit) -> QNode:
        """The unit matched by the lesson's own words (its text, label or
        section, not the title of its review, which every lesson of the
        review shares; a run of words together, not scattered) or by a tag
        the words name; not by a tag the words are only a sign of (unless
        `signs_cover_fully`)."""
        named = tuple(t for t in unit.tags if t.named or self.spec.signs_cover_fully)
        own = unit.together or unit.match
        query = own if not named else Boolean(should=(own, *(HasTag(t.field, t.value, 0.0) for t in named)))
        return without_field(query, self.spec.shared_field)

    def coverage(self, unit: Unit, weight: float) -> tuple[QNode, ...]:
        """`weight` for a lesson that has the unit itself (`own_query`);
        `partial_coverage` of it when it matches the unit only in part."""
        share = self.spec.partial_coverage
        return (Constant(self.own_query(unit), weight * (1 - share)), Constant(self.unit_query(unit), weight * share))

    def plan(self, parsed: ParsedQuery, common: frozenset[str] = frozenset()) -> SearchPlan:
        """The plan of a parsed query; the single-word units in `common`
        (words most lessons hold) are not required, only scored."""
        if parsed.is_empty:
            return SearchPlan(MATCH_ALL, None, is_empty=True)
        units, excluded, highlight = self.units(parsed)
        if common:
            units = [dataclasses.replace(u, required=False) if u.text.lower() in common else u for u in units]
        proximity = tuple(self._proximity(parsed))
        required = tuple(self.weighed_unit_query(u) for u in units if u.required)
        optional = (
            tuple(self.unit_query(u) for u in units if not u.required)
            + self.tag_boosts(units)
            + self.unit_words(units)
            + self.substance()
        )
        must = required or (MATCH_ALL,)
        strict = Boolean(must=must, should=optional + proximity, must_not=tuple(excluded))
        relaxed = None
        if len(required) >= 2:
            minimum = self.fallback_minimum(len(required))
            if minimum < len(required):
                relaxed = Boolean(
                    should=required + optional + proximity,
                    must_not=tuple(excluded),
                    filter=(AtLeast(minimum, required),),
                )
        tokens = tuple(sorted({t for w in highlight for t in analyze(w)}))
        return SearchPlan(strict, relaxed, tuple(units), tokens)

    def fallback_minimum(self, units: int) -> int:
        """How many of `units` required units a fallback match needs:
        `fallback_min_share` of them, fewer when that many would be more
        than `fallback_max_subsets` subsets to spell out."""
        minimum = max(1, math.ceil(units * self.spec.fallback_min_share))
        while minimum > 1 and math.comb(units, minimum) > self.spec.fallback_max_subsets:
            minimum -= 1
        return minimum


def _exclusions(node: QNode) -> tuple[QNode, ...]:
    return node.must_not if isinstance(node, Boolean) else ()


__all__ = [
    "AtLeast",
    "BestOf",
    "Boolean",
    "Constant",
    "Coverage",
    "FALLBACK_NOTICE",
    "FieldTokens",
    "HasTag",
    "RELATED_NOTICE",
    "MATCH_ALL",
    "MATCH_NONE",
    "QNode",
    "QueryPlanner",
    "RankingSpec",
    "SPEC",
    "SearchPlan",
    "Unit",
    "at_least_subsets",
]
