"""Search stage: re-ranking by the words and themes of the first hits
(pseudo-relevance feedback), shared by both engines.

After the engine has ranked the matches, the words and themes the first few
hits have in common say what the searcher is after better than the query's
two or three words: "bruising non-mobile baby" is about injuries to babies,
so a lesson that matched only "baby" but speaks of a skeletal survey and
a bruise is closer to it than one about safer sleep. `feedback_signals`
reads the first hits' words (analysed as the index analyses them), weighs
each by how many of those hits hold it and by its rarity in the index
(document frequencies the engine reports, so both engines weigh alike),
keeps the strongest few, and turns them, with the hits' themes, into
`Constant` scores of the engine-neutral scoring tree. `with_feedback` adds
them to the query that matched: the same lessons match (the signals only
add to the score), ties that would fall to lesson id are broken by
closeness to the first hits, and lessons that matched only by a tag, or
only part of the query in the fallback, are ordered by it.

The signals add at most `fallback_share` of the `coordination` weight in
a fallback (and `related_weight` to a related lesson; `weight`, BM25
units, in an all-words search, off by default), so a partial match very close to the full matches
can pass another partial match but not a lesson with every word.
These weights were tuned on the corpus query set (corpus/queries.yaml).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from search_app.search.analysis import analyze
from search_app.search.ranking import Boolean, Constant, FieldTokens, HasTag, QNode

DocFreqCounter = Callable[[Sequence[str]], Mapping[str, int]]


@dataclass(frozen=True)
class FeedbackSpec:
    """How much the first hits' words and themes re-rank the rest."""

    top: int = 5  # hits the feedback is read from
    terms: int = 20  # words kept, strongest first
    # Most a lesson gains in an all-words search (BM25 units). Off: on the
    # query set it changed nothing overall (nDCG@10 0.799 without, 0.798
    # with 1.0) and its second search cost 2.5 ms of p95 at 100k lessons.
    weight: float = 0.0
    fallback_share: float = 0.3  # most it gains in a fallback, as a share of `coordination`
    theme_share: float = 0.0  # the themes' part of the gain, the words having the rest
    min_lessons: int = 3  # below this many matches there is nothing to re-rank
    # Words more than this share of the lessons hold are left out (10%): they
    # weigh little and their long posting lists cost the most to score.
    max_share: float = 0.1
    skip_query_words: bool = False
    related_weight: float = 4.0  # most a related lesson gains (see RankingSpec.related_*)
    field: str = "text"


FEEDBACK = FeedbackSpec()


@dataclass(frozen=True)
class FeedbackWeights:
    """Words and themes of the first hits with their weights (each set sums to 1)."""

    terms: tuple[tuple[str, float], ...]
    themes: tuple[tuple[str, float], ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.themes


def feedback_weights(
    lessons: Sequence, query_tokens: Iterable[str], doc_freqs: DocFreqCounter, total: int, spec: FeedbackSpec = FEEDBACK
) -> FeedbackWeights:
    """The words and themes of `lessons` (the first hits, best first) that
    say most about them: a word weighs the share of those hits holding it
    times log(1 + total / lessons holding it); words of the query itself
    (already scored) and words only one lesson in the index holds (they
    can only find the hit they came from) are left out."""
    lessons = list(lessons)[: spec.top]
    if not lessons:
        return FeedbackWeights((), ())
    skip = set(query_tokens) if spec.skip_query_words else set()
    held: dict[str, int] = {}
    for lesson in lessons:
        for token in set(analyze(lesson.text)):
            if token not in skip:
                held[token] = held.get(token, 0) + 1
    if len(lessons) > 1:  # a word only one hit has says little about what they share
        held = {t: n for t, n in held.items() if n > 1}
    counts = doc_freqs(sorted(held)) if held else {}
    scored = []
    for token, n in held.items():
        df = counts.get(token, 0)
        if df < 2 or total <= 0 or df > spec.max_share * total:
            continue
        scored.append((n / len(lessons) * math.log(1 + total / df), token))
    scored.sort(key=lambda s: (-s[0], s[1]))
    terms = _normalised([(t, w) for w, t in scored[: spec.terms]])
    shared: dict[str, int] = {}
    for lesson in lessons:
        for theme in set(lesson.themes):
            shared[theme] = shared.get(theme, 0) + 1
    themes = _normalised(sorted((t, n / len(lessons)) for t, n in shared.items()))
    return FeedbackWeights(terms, themes)


def _normalised(weighted: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    total = sum(w for _, w in weighted)
    return tuple((k, w / total) for k, w in weighted) if total > 0 else ()


def feedback_signals(weights: FeedbackWeights, budget: float, spec: FeedbackSpec = FEEDBACK) -> tuple[QNode, ...]:
    """`Constant` scores adding up to at most `budget`: the words' share for
    each feedback word a lesson's text holds, the themes' for each theme it carries."""
    if weights.is_empty or budget <= 0:
        return ()
    theme_budget = budget * spec.theme_share if weights.themes else 0.0
    word_budget = budget - theme_budget if weights.terms else 0.0
    signals: list[QNode] = [Constant(FieldTokens(spec.field, (t,)), w * word_budget) for t, w in weights.terms]
    signals += [HasTag("themes", theme, w * theme_budget) for theme, w in weights.themes]
    return tuple(s for s in signals if _score(s) > 0)


def _score(node: QNode) -> float:
    return node.score if isinstance(node, (Constant, HasTag)) else 1.0


def with_feedback(matched: QNode, signals: Sequence[QNode]) -> QNode:
    """The same matches as `matched`, scored higher by `signals`."""
    if not signals:
        return matched
    return Boolean(must=(matched,), should=tuple(signals))


def with_extra_signals(query: QNode, signals: Sequence[QNode]) -> QNode:
    """A should-only query (the related lessons' query) with more scores to add."""
    if not signals or not isinstance(query, Boolean):
        return query
    return Boolean(must=query.must, should=query.should + tuple(signals), must_not=query.must_not, filter=query.filter)


__all__ = [
    "FEEDBACK",
    "FeedbackSpec",
    "FeedbackWeights",
    "feedback_signals",
    "feedback_weights",
    "with_extra_signals",
    "with_feedback",
]
