"""Search stage: how a parsed query matches and ranks lessons, for both engines.

One definition, `RankingSpec` (field weights, phrase, theme and age boosts,
the "most of your words" fallback), and one planner, `QueryPlanner`, turn a
parsed query into a small engine-neutral scoring tree (`FieldTokens`,
`HasTag`, `BestOf`, `Boolean`, `AtLeast`, `Constant`, `MATCH_ALL`,
`MATCH_NONE`). The Tantivy and Elasticsearch compilers translate that tree
node for node and add nothing of their own, so both engines match the same
lessons and rank them alike.

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
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from search_app.search.analysis import analyze
from search_app.search.lexicon import THEMES_FIELD, SearchLexicon, Tag
from search_app.search.query import And, Node, Not, Or, ParsedQuery, Phrase, Term

FALLBACK_NOTICE = "No lessons had all your words; showing lessons with most of them"
FEW_NOTICE = "Few lessons had all your words: they come first, then lessons with most of them"
RELATED_NOTICE = "Few lessons matched; related lessons from the same reviews and themes are listed after them"
# Notices about what was found, not about a change to the query.
RESULT_NOTICES = (FALLBACK_NOTICE, FEW_NOTICE, RELATED_NOTICE)
SUBSTANCE_FIELD = "substance"  # keyword field of IndexedLesson.substance in both engines


@dataclass(frozen=True)
class RankingSpec:
    """Every weight both engines rank by (scores in Lucene BM25 units)."""

    text_fields: tuple[tuple[str, float], ...] = (
        ("text", 1.0),
        ("label", 2.0),
        ("section", 1.5),
        # The review's title, area, region, child and year (IndexedLesson.review_context),
        # shared by all its lessons: it finds them, but weighs less than a
        # lesson's own words or tags, so a review titled "non-accidental
        # injury" does not put all its lessons above those about it.
        ("review", 0.25),
    )
    field_tie_breaker: float = 0.3
    phrase_boost: float = 1.0
    tag_boost: float = 3.0  # a tag the words name (a theme's label, an agency, an age)
    sign_boost: float = 3.0  # a tag the words are one of the signs of
    coordination: float = 1000.0
    # A unit found only in part counts this share of a unit the lesson itself
    # has: found only in the title of the lesson's review (shared by all its
    # lessons), or a run of words ("school attendance") found only scattered
    # through the lesson ("the school nurse ... could attend").
    shared_field: str = "review"
    partial_coverage: float = 0.5
    # A unit matched only through a tag its words are a sign of ("bruising"
    # -> non-accidental injury), not by the lesson's words, counts the same
    # partial share unless this is set.
    signs_cover_fully: bool = False
    fallback_min_results: int = 10
    fallback_min_share: float = 0.5
    # "At least k of n" is spelt out as its k-sized subsets for Tantivy; a
    # long query (a question typed in full) asks for fewer of its units
    # rather than more subsets than this.
    fallback_max_subsets: int = 256
    # A word of at least this many letters that no lesson holds is searched
    # with its closest word that lessons hold as well (SearchFlow.respell).
    respell_min_chars: int = 5
    # In a query of at least `common_min_units` required units, a single
    # word that more than `common_share` of the lessons hold ("children",
    # "child") is scored but not required, as long as two units remain.
    common_share: float = 0.2
    common_min_units: int = 3
    # "Did you mean" is offered when a search finds fewer lessons than this.
    suggest_below: int = 3
    # Related lessons: a relevance-sorted search that finds fewer lessons
    # than this (after the fallback) offers, after its last match, lessons
    # of the same reviews and of the themes most of its matches carry, up
    # to this many lessons in all (SearchResult.related; not matches).
    related_below: int = 20
    related_review_boost: float = 4.0
    related_theme_boost: float = 2.0
    related_coverage: float = 6.0  # above related_review_boost: covering the query beats sharing a review
    related_text_weight: float = 0.25
    # Each content word of a unit of several words ("coercive control")
    # scores this share of its BM25 on its own, so that among lessons that
    # match the unit only by its tag, those that use one of its words rank first.
    unit_word_weight: float = 0.05
    # Added to every lesson with a body (IndexedLesson.substance): far below
    # any match's score, it only puts a lesson that says something above one
    # that is only a heading when both match alike (by a tag alone, say).
    substance_boost: float = 0.01
    stop_words: frozenset[str] = frozenset("a an and are as at be by for from in into is of on or the to with".split())
    # Words that say how a question is asked, not what it is about ("what
    # have reviews said about ..."): never required, and scored only when
    # `question_words_score` (they still count inside quoted phrases).
    question_words: frozenset[str] = frozenset(
        """
        about after again all also any anything are around been before being can cannot could did do does doing
        done during each else ever every find found get gets getting give given going had has have having how
        i if it its it's just know learn learned learnt learning lesson lessons like look looking made make many
        may me might more most much must my need needs our out over own really review reviews said same say
        saying says see seen should show shows so some something tell tells than that their them then there
        these they this those through us use used very want was way ways we well were what when where whether
        which while who whom whose why will within without would you your
        """.split()
    )
    question_words_score: bool = False
    # Runs of words that only name what the collection is made of ("what
    # have case reviews found about ..."), left out like question words.
    question_phrases: frozenset[str] = frozenset(
        {
            "case review",
            "case reviews",
            "serious case review",
            "serious case reviews",
            "practice review",
            "practice reviews",
            "safeguarding practice review",
            "safeguarding practice reviews",
            "child safeguarding practice review",
            "child safeguarding practice reviews",
        }
    )


SPEC = RankingSpec()


# ---------------------------------------------------------------- the scoring tree


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


# ---------------------------------------------------------------- planning


@dataclass(frozen=True)
class Unit:
    """A part of the query that must match: its words as typed, how its text
    matches, and the tags that also satisfy it."""

    text: str
    match: QNode
    tags: tuple[Tag, ...] = ()
    required: bool = True
    # For a run of words: the run as a phrase (with its alternatives); the
    # words scattered through a lesson (`match`) cover the unit only in part.
    together: QNode | None = None
    # The content words the unit needs together (a run of words or a quoted
    # phrase; 1 for a word or an OR of alternatives, which one word matches).
    size: int = 1


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


class QueryPlanner:
    """Parsed query in, SearchPlan out (see the module docstring)."""

    def __init__(self, lexicon: SearchLexicon | None = None, spec: RankingSpec = SPEC) -> None:
        self.lexicon = lexicon or SearchLexicon()
        self.spec = spec

    # -- leaves

    def leaf(self, text: str) -> QNode:
        """One word or phrase in every text field."""
        tokens = analyze(text)
        if not tokens:
            return MATCH_NONE
        return self._fields(tokens, 1.0)

    def _fields(self, tokens: tuple[str, ...], boost: float) -> QNode:
        per_field = tuple(FieldTokens(f, tokens, w * boost) for f, w in self.spec.text_fields)
        return BestOf(per_field, self.spec.field_tie_breaker)

    def _with_alternatives(self, original: QNode, text: str) -> tuple[QNode, list[str]]:
        alternatives = self.lexicon.alternatives(text)
        if not alternatives:
            return original, [text]
        return Boolean(should=(original, *(self.leaf(a) for a in alternatives))), [text, *alternatives]

    def text_match(self, node: Node) -> tuple[QNode, list[str]]:
        """The text query of a parsed node with its alternatives, and the
        words it may highlight."""
        if isinstance(node, (Term, Phrase)):
            return self._with_alternatives(self.leaf(node.text), node.text)
        if isinstance(node, Or):
            parts = [self.text_match(c) for c in node.children]
            return Boolean(should=tuple(p for p, _ in parts)), [w for _, ws in parts for w in ws]
        if isinstance(node, Not):
            return self.text_match(node.child)
        parts = [self.text_match(c) for c in node.children]
        return Boolean(must=tuple(p for p, _ in parts)), [w for _, ws in parts for w in ws]

    # -- units

    def _unit(self, node: Node, text: str, words: list[Term] | None = None) -> tuple[Unit, list[str]]:
        together, size = None, 1
        if words and len(words) > 1:
            match, highlight = self._with_alternatives(self._scattered(words), text)
            highlight = [w.text for w in words] + highlight[1:]
            together = self._with_alternatives(self.leaf(text), text)[0]
            size = max(1, len(self._content_words(text)))
        else:
            match, highlight = self.text_match(node)
            if isinstance(node, Phrase):
                size = max(1, len(self._content_words(text)))
        if isinstance(node, Or):
            tags = tuple(dict.fromkeys(t for c in node.children for t in self.lexicon.tags(_text_of(c))))
        else:
            tags = self.lexicon.tags(text)
        return Unit(text, match, tags, together=together, size=size), highlight

    def _scattered(self, words: list[Term]) -> QNode:
        """The words of a run, each shorter run of them (or word) with its
        own alternatives: "non-mobile baby" also matches "immobile baby"."""
        parts: list[QNode] = []
        i = 0
        while i < len(words):
            run = self._known_run(words, i, longest=len(words) - 1)
            text = " ".join(w.text for w in words[i : i + run])
            leaf = self._scattered(words[i : i + run]) if run > 1 else self.leaf(text)
            parts.append(self._with_alternatives(leaf, text)[0])
            i += run
        return Boolean(must=tuple(parts))

    def units(self, parsed: ParsedQuery, skip_phrases: bool = True) -> tuple[list[Unit], list[QNode], list[str]]:
        """The query's units, its exclusions and the words to highlight."""
        children = list(parsed.node.children) if isinstance(parsed.node, And) else [parsed.node]
        units: list[Unit] = []
        excluded: list[QNode] = []
        highlight: list[str] = []
        skipped = False
        i = 0
        while i < len(children):
            child = children[i]
            if isinstance(child, Not):
                excluded.append(self.text_match(child.child)[0])
                i += 1
                continue
            if isinstance(child, Term):
                skip = self._question_phrase(children, i) if skip_phrases else 0
                if skip:
                    skipped = True
                    i += skip
                    continue
                run = self._known_run(children, i)
                if run > 1:
                    words = [w for w in children[i : i + run] if isinstance(w, Term)]  # all: a run is of Terms
                    text = " ".join(w.text for w in words)
                    unit, marks = self._unit(And(tuple(words)), text, words)
                    units.append(unit)
                    highlight.extend(marks)
                    i += run
                    continue
            unit, marks = self._unit(child, _text_of(child))
            units.append(unit)
            highlight.extend(marks)
            i += 1
        content = [u for u in units if not self._is_stop_word(u.text) and not self._is_question_word(u.text)]
        if skipped and not content:  # only "case reviews": search for it after all
            return self.units(parsed, skip_phrases=False)
        if content and len(content) < len(units):
            units = [u if u in content else dataclasses.replace(u, required=False) for u in units]
            if not self.spec.question_words_score:
                units = [u for u in units if u.required or not self._is_question_word(u.text)]
        return units, excluded, highlight

    def _content_words(self, text: str) -> list[str]:
        return [w for w in text.split() if not self._is_stop_word(w)]

    def _is_stop_word(self, text: str) -> bool:
        return text.lower() in self.spec.stop_words

    def _is_question_word(self, text: str) -> bool:
        return text.lower() in self.spec.question_words

    def is_filler(self, text: str) -> bool:
        """A common word or a question word: never required when other words are there."""
        return self._is_stop_word(text) or self._is_question_word(text)

    def _question_phrase(self, children: Sequence[Node], start: int) -> int:
        """Length of a run of `question_phrases` words from `start` (0 when none starts there)."""
        for end in range(min(len(children), start + 5), start + 1, -1):
            run = children[start:end]
            if all(isinstance(c, Term) for c in run) and (
                " ".join(_text_of(c).lower() for c in run) in self.spec.question_phrases
            ):
                return end - start
        return 0

    def _known_run(self, children: Sequence[Node], start: int, longest: int | None = None) -> int:
        """Length of the longest run of plain words from `start` (at most
        `longest` words) that means something as a whole (1 when none does)."""
        longest = min(len(children), start + min(longest or self.lexicon.max_tokens, self.lexicon.max_tokens))
        for end in range(longest, start + 1, -1):
            run = children[start:end]
            if all(isinstance(c, Term) for c in run) and self.lexicon.knows(" ".join(_text_of(c) for c in run)):
                return end - start
        return 1

    def _proximity(self, parsed: ParsedQuery) -> list[QNode]:
        """Phrase boosts for neighbouring typed words: each pair of content
        words with the common words between them, as one phrase."""
        children = list(parsed.node.children) if isinstance(parsed.node, And) else []
        boosts: list[QNode] = []
        run: list[str] = []
        for child in children + [None]:
            if isinstance(child, Term):
                run.append(child.text)
                continue
            content = [k for k, w in enumerate(run) if not self._is_stop_word(w) and not self._is_question_word(w)]
            for a, b in zip(content, content[1:]):
                tokens = analyze(" ".join(run[a : b + 1]))
                if len(tokens) > 1:
                    boosts.append(self._fields(tokens, self.spec.phrase_boost))
            run = []
        return boosts

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


@dataclass(frozen=True)
class Coverage:
    """Index counts for weighing related lessons: the lessons in the index,
    the lessons each unit (by its text) and each theme match."""

    lessons: int = 0
    units: dict[str, int] = dataclasses.field(default_factory=dict)
    themes: dict[str, int] = dataclasses.field(default_factory=dict)

    def rarity(self, matches: int | None) -> float:
        """log(1 + lessons / matches) over log(1 + lessons): 1 for a single
        lesson, near 0 for one every lesson has; 1 when nothing is known."""
        if matches is None or self.lessons <= 1:
            return 1.0
        return math.log(1 + self.lessons / max(1, matches)) / math.log(1 + self.lessons)

    def relative_rarities(self, matches: Sequence[int | None]) -> list[float]:
        """Each count's rarity over the greatest of them: the rarest weighs 1."""
        rarity = [self.rarity(n) for n in matches]
        top = max(rarity, default=1.0) or 1.0
        return [r / top for r in rarity]


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


def _exclusions(node: QNode) -> tuple[QNode, ...]:
    return node.must_not if isinstance(node, Boolean) else ()


def _text_of(node: Node) -> str:
    if isinstance(node, (Term, Phrase)):
        return node.text
    if isinstance(node, Not):
        return _text_of(node.child)
    return " ".join(_text_of(c) for c in node.children)


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
