"""Search stage: the weights both engines rank by: the fixed ones (`RankingSpec`,
its default `SPEC`) and those the index's counts give (`Coverage`). How they are
used: search_app/search/ranking.py's docstring."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass


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
