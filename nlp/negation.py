"""Tagging stage: negated and hypothetical scopes (a small NegEx).

A theme phrase inside a negated scope does not tag the lesson: "there was
no evidence of domestic abuse" is not a lesson about domestic abuse.

Triggers are deliberately specific. Lessons are written about what went
wrong, so bare "not" and "no" mostly do not negate the theme ("professionals
did not recognise the neglect" IS about neglect), and advice ("should
consider domestic abuse") is not hypothetical in the sense that matters
here. Only wordings that deny the thing itself negate.

- NEGATION_PRE: the scope runs forward from the trigger, to the end of the
  sentence, at most SCOPE_TOKENS tokens, stopped early by a TERMINATOR.
- NEGATION_POST: the scope runs backwards from the trigger ("NAI was ruled
  out"), with the same limits.
- NEGATION_PSEUDO: wordings that contain a trigger but do not negate
  ("denied access to the home"); a trigger inside one is ignored.
A hit is negated when its first token is in a scope.
"""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Doc

SCOPE_TOKENS = 10

NEGATION_PRE = (
    # absence
    "no evidence of",
    "no evidence that",
    "no evidence to suggest",
    "no evidence to indicate",
    "no indication of",
    "no indication that",
    "no indications of",
    "no sign of",
    "no signs of",
    "no suggestion of",
    "no suggestion that",
    "nothing to suggest",
    "nothing to indicate",
    "no reason to suspect",
    "no reason to believe",
    "no concerns about",
    "no concerns regarding",
    "no concerns around",
    "no concerns in relation to",
    "no concern about",
    "no concerns were raised about",
    "no concerns were identified about",
    "no history of",
    "no known history of",
    "no previous history of",
    "no reports of",
    "no report of",
    "no reported",
    "negative for",
    "free from",
    # exclusion and denial
    "ruled out",
    "was not known to",
    "were not known to",
    "had not been known to",
    "was not previously known to",
    "were not previously known to",
    "denied",
    "denies",
    "deny",
    "denying",
    # a cause set aside ("her death was not caused by abuse")
    "not related to",
    "not caused by",
    "was not the result of",
    "was not due to",
    # hypotheticals
    "if there had been",
    "had there been",
    "in the unlikely event of",
    "hypothetically",
    "hypothetical",
)

NEGATION_POST = (
    "was ruled out",
    "were ruled out",
    "had been ruled out",
    "have been ruled out",
    "was not suspected",
    "were not suspected",
    "was unfounded",
    "were unfounded",
    "was not substantiated",
    "were not substantiated",
    "not substantiated",
)

NEGATION_PSEUDO = (
    "denied access",
    "denied entry",
    "denied contact",
    "denied them access",
    "denied professionals access",
    "no longer",
    "not only",
    "no doubt",
)

TERMINATORS = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "whereas",
        "yet",
        "except",
        "while",
        "whilst",
        "despite",
        "which",
        "who",
        "whose",
        ";",
        ":",
        "(",
        ")",
    }
)


# as the ids of the words' lower-case forms, which a Token gives without making a
# string (a string's id is a hash of it, the same in every StringStore)
_TERMINATOR_IDS = frozenset(StringStore().add(word) for word in TERMINATORS)


def negated_tokens(
    doc: Doc,
    sent_ids,
    pre: list[tuple[int, int]],
    post: list[tuple[int, int]],
    pseudo: list[tuple[int, int]],
) -> frozenset[int]:
    """Indexes of the tokens inside a negated scope."""
    if not pre and not post:
        return frozenset()

    def is_pseudo(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in pseudo)

    negated: set[int] = set()
    n = len(doc)
    terminators = _TERMINATOR_IDS
    for start, end in pre:
        # "ruled out" inside "was ruled out" negates backwards only
        if is_pseudo(start, end) or any(s <= start and end <= e for s, e in post):
            continue
        sentence = sent_ids[start]
        for i in range(end, min(n, end + SCOPE_TOKENS)):
            if sent_ids[i] != sentence or doc[i].lower in terminators:
                break
            negated.add(i)
    for start, end in post:
        if is_pseudo(start, end):
            continue
        sentence = sent_ids[start]
        for i in range(start - 1, max(-1, start - 1 - SCOPE_TOKENS), -1):
            if sent_ids[i] != sentence or doc[i].lower in terminators:
                break
            negated.add(i)
    return frozenset(negated)
