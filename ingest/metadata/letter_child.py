"""Ingest stage, metadata: a child known by a single letter.

A review may call its child by one letter alone, with no "Child" before it: a
letter the family chose, or a care leaver's initial. The title gives it after the
review's type ("Local Child Safeguarding Practice Review: Z", "Learning review: R,
a care leaver"), or the text says so ("In this report the young person is called
Z", "the child will be referred to as K"). The letter is the child, as printed.
"""

from __future__ import annotations

import re

# "... Review: Z", "Learning review: R, a care leaver": one capital letter ending the title, or before
# the words in apposition saying who the child is.
LETTER_TITLE = re.compile(r"\b(?i:review|report)\s*[:\-–]\s*([A-Z])(?i:\s*,\s+(?:an?|the)\s+[a-z][a-z'’ -]{2,40})?\s*$")
# "In this report the young person is called Z", "The child will be referred to as K".
CALLED = re.compile(
    r"\b(?i:the\s+(?:young\s+person|child|baby|young\s+(?:man|woman|adult)|care\s+leaver)\s+"
    r"(?:is|will\s+be|has\s+been|was)\s+(?:called|referred\s+to\s+as|known\s+as|named))\s+"
    r"([A-Z])(?![\w'’.])"
)


def letter_child(title: str, text: str) -> str:
    """The single letter the title or the text calls the child by, "" if neither does."""
    titled = LETTER_TITLE.search(title)
    if titled:
        return titled.group(1)
    called = CALLED.search(text)
    return called.group(1) if called else ""
