"""Ingest stage: the spaces between words that RapidOCR's recognition model leaves out.

RapidOCR's model (`ingest.ocr_rapid`) was trained mostly on Chinese and runs
many English words together ("reviewwascommissionedby"). Two things say where
the spaces were, and neither is enough alone:

- the gap between two characters' boxes, which the model reports at the
  coarse resolution of its output columns (measured on the sample scans:
  gaps at word breaks spread from 0.2 to 1.5 character widths, gaps inside
  words from 0 to 0.6);
- how likely the words are in English: the log-probabilities of a million
  words in spaCy's lookup tables (`spacy-lookups-data`, already installed
  for the lemmatiser).

`respace` picks the split of each run of characters between the spaces the
model did print that maximises both together (a Viterbi search over the
split points). Word segmenters on PyPI (wordninja, symspellpy) split on word
frequency alone and cannot weigh the gaps, which decide between "at the" and
"atthe" no less than the dictionary does; hence this module.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from importlib import resources
from statistics import median

# The logistic of the gap (in character widths) that says "a space": its
# middle and steepness, and its weight against the words' log-probabilities.
# Fitted on the two scanned sample reviews (bench/ocr_bench.py).
GAP_MIDDLE = 0.4
GAP_SLOPE = 10.0
GAP_WEIGHT = 1.0
UNKNOWN = -20.0  # log-probability of a piece no table knows, less UNKNOWN_LETTER per letter
UNKNOWN_LETTER = 2.0
NUMBER = -8.0  # any run of digits
PUNCTUATION = -4.0  # any other single character
LONGEST_WORD = 30
PUNCTUATION_GAP = 1.0  # the gap a space after punctuation counts as (`_after_punctuation`)

_PIECE = re.compile(r"[^\W\d_]+|\d+|.", re.UNICODE)


@functools.cache
def _probabilities() -> dict[str, float]:
    """Word -> natural log-probability, from spaCy's English lexeme table."""
    table = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


def load_word_table() -> None:
    """Load the word table now. A run that forks extraction workers loads it first, so that the
    workers share one copy instead of each reading its own (about a million words) and counting it
    against its memory cap: the damaged-text reading (`ingest.damaged_text`) looks words up in
    every document."""
    _probabilities()


def word_score(word: str) -> float:
    """Log-probability of `word` as one word: its letter runs looked up (as
    written, in lower case or capitalised, the best of them), digits and
    punctuation at fixed rates."""
    table = _probabilities()
    score = 0.0
    for piece in _PIECE.findall(word):
        if piece.isdigit():
            score += NUMBER
        elif piece.isalpha():
            found = [table.get(form) for form in (piece, piece.lower(), piece.capitalize())]
            known = [p for p in found if p is not None]
            score += max(known) if known else UNKNOWN - UNKNOWN_LETTER * len(piece)
        else:
            score += table.get(piece, PUNCTUATION)
    return score


def _space_cost(gap: float) -> tuple[float, float]:
    """(cost of a space here, cost of none) for a gap of `gap` character widths."""
    z = GAP_SLOPE * (gap - GAP_MIDDLE)
    p = 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))
    p = min(max(p, 1e-6), 1 - 1e-6)
    return -GAP_WEIGHT * math.log(p), -GAP_WEIGHT * math.log(1 - p)


def respace(text: str, spans: list[tuple[float, float]]) -> str:
    """`text` with spaces put back; `spans` gives each character's (left, right)
    edge, spaces included, in any unit. Text whose spans do not match is returned as it is."""
    if len(spans) != len(text) or len(text) < 2:
        return text
    widths = [x1 - x0 for (x0, x1), c in zip(spans, text) if not c.isspace()]
    width = median(widths) if widths else 0
    if width <= 0:
        return text
    words = []
    run: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            if run:
                words.append(_split(text, spans, run, width))
                run = []
        else:
            run.append(i)
    if run:
        words.append(_split(text, spans, run, width))
    return " ".join(words)


def _after_punctuation(chars: str, k: int) -> bool:
    """A letter after a comma, semicolon or colon, a capital after a full stop
    that ends a word of two letters or more or a number ("1. Police", not "U.K."),
    or a number after a lower-case word of three letters or more ("October 2011",
    not "C47" or "COVID19"): English puts a space there."""
    before, here = chars[k - 1], chars[k]
    if here.isdigit():
        return k >= 3 and before.islower() and chars[k - 2].isalpha() and chars[k - 3].isalpha()
    if not here.isalpha():
        return False
    if before in ",;:!?":
        return True
    if before != "." or not here.isupper() or k < 2:
        return False
    return chars[k - 2].isdigit() or (k >= 3 and chars[k - 2].isalpha() and chars[k - 3].isalpha())


def _split(text: str, spans, run: list[int], width: float) -> str:
    """The best split of the characters at positions `run` into words."""
    chars = "".join(text[i] for i in run)
    n = len(chars)
    if n < 2:
        return chars
    costs = [
        _space_cost(
            PUNCTUATION_GAP if _after_punctuation(chars, k) else (spans[run[k]][0] - spans[run[k - 1]][1]) / width
        )
        for k in range(1, n)
    ]
    # keep_from[k]: cost of no space at each boundary from k on, summed, to price a word quickly.
    keep = [0.0] * n
    for k in range(n - 1, 0, -1):
        keep[k - 1] = keep[k] + costs[k - 1][1]
    best = [math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for end in range(1, n + 1):
        for start in range(max(0, end - LONGEST_WORD), end):
            if best[start] == math.inf:
                continue
            inside = keep[start] - keep[end - 1]  # no space at the boundaries inside the word
            at_start = costs[start - 1][0] if start > 0 else 0.0
            score = best[start] + at_start + inside - word_score(chars[start:end])
            if score < best[end]:
                best[end], back[end] = score, start
    cuts = []
    end = n
    while end > 0:
        cuts.append((back[end], end))
        end = back[end]
    return " ".join(chars[a:b] for a, b in reversed(cuts))
