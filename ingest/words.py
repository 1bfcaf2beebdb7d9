"""The word forms the extraction stages compare texts by: lower-cased runs of word characters, so that two
printings of a line (or a title and a heading) compare equal whatever their punctuation, case and spacing."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=8192)  # the same headings and lesson texts are compared again for every unit under them
def word_tokens(text: str) -> tuple[str, ...]:
    """The text's words, lower-cased, in order."""
    return tuple(_WORD.findall(text.lower()))


def word_line(text: str) -> str:
    """The text's words, lower-cased, joined by single spaces."""
    return " ".join(word_tokens(text))
