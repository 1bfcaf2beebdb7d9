"""Tagging stage: what the pipeline's components find in one Doc, kept on the Doc.

Components keep their results on one LessonState per Doc, in
doc.user_data[STATE_KEY], so a Doc from the pipeline carries everything the
Tagger needs (`state_of(doc)`). KeepText, the pipeline's tokenizer, puts
the state there with the original text.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

# Where a Doc keeps its LessonState: a plain key of Doc.user_data, not a
# `doc._` extension, whose every access builds a helper object.
STATE_KEY = "lessons_state"


class Hit(NamedTuple):
    """One piece of evidence for a theme: token span and character span.

    A NamedTuple, not a frozen dataclass: a lesson has several and a tuple
    is made in a third of the time."""

    start: int
    end: int
    start_char: int
    end_char: int
    phrase: str  # the taxonomy phrase or abbreviation that matched
    abbreviation: bool


class LessonState:
    """What the components found in one Doc."""

    __slots__ = ("text", "sent_ids", "matches", "negated", "themes", "agencies", "ages")

    def __init__(self, text: str):
        self.text = text  # the original string (Doc.text would rebuild it token by token)
        self.sent_ids: list[int] | None = None  # sentence number of each token, once asked for
        # kind of match key (THEME, AGENCY, ...) -> its matches (match key,
        # start token, end token), in text order; CUE and SENTENCE_END only
        # once a context rule or a sentence number asked for them (Matcher.cues,
        # Matcher.sentence_ends)
        self.matches: dict[str, list[tuple[int, int, int]]] = {}
        self.negated: frozenset[int] = frozenset()  # tokens in negated scopes
        self.themes: dict[str, list[Hit]] = {}
        self.agencies: dict[str, list[tuple[int, int]]] = {}
        self.ages: list = []  # nlp.ages.AgeMention


def state_of(doc: Doc) -> LessonState:
    state = doc.user_data.get(STATE_KEY)
    if state is None:  # a Doc made without KeepText
        state = doc.user_data[STATE_KEY] = LessonState(doc.text)
    return state


class KeepText:
    """The tokenizer, plus the original text kept on the Doc's LessonState."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[STATE_KEY] = LessonState(text)
        return doc
