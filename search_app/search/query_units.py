"""Search stage: a parsed query's units (search_app/search/ranking.py's docstring,
"Matching"): how its words group into phrases, OR groups, runs of words that mean
something as a whole and single words, what text and tags each unit matches, and
which words are fillers. `QueryPlanner` (ranking.py) builds the plan on these."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from search_app.search.analysis import analyze
from search_app.search.lexicon import SearchLexicon, Tag
from search_app.search.query import And, Node, Not, Or, ParsedQuery, Phrase, Term
from search_app.search.ranking_spec import SPEC, RankingSpec
from search_app.search.scoring_tree import MATCH_NONE, BestOf, Boolean, FieldTokens, QNode


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


class UnitPlanner:
    """Parsed query in, its units out: the half of `QueryPlanner` that reads the words."""

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


def _text_of(node: Node) -> str:
    if isinstance(node, (Term, Phrase)):
        return node.text
    if isinstance(node, Not):
        return _text_of(node.child)
    return " ".join(_text_of(c) for c in node.children)
