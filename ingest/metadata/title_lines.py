"""Ingest stage, metadata: a title printed on a line of its own kind.

Before the cover's largest type is read (title.py), a document may name its
title outright: a "Title:" field, a bulletin announcing the review by its title
in quotes, the subject of an e-mail or of a letter the document opens with.
Each reader returns the title cleaned as title.py cleans a cover's, or "".
"""

from __future__ import annotations

import re

from ingest.metadata.genres import SALUTATION
from ingest.metadata.title import TITLE_FIELD, TITLE_WORDS, _clean_title

# A bulletin or web page announcing the review by its title in quotes: 'We published "Serious Case
# Review: Child E" on ...', 'has published its review, "..."'.
ANNOUNCED_TITLE = re.compile(
    r"\b(?:we|has|have|had|was|were|is|are)\s+(?:(?:now|today|recently|just|also|this\s+week)\s+)?published\s+(?:(?:the|a|its|our|their)\s+)?"
    r"(?:(?:review|report)\s*,?\s+)?[\"“‘']([^\"”’]{6,160}?)[\"”’']"
    r"|\bpublication\s+of\s+(?:the\s+)?(?:(?:review|report)\s*,?\s+)?[\"“‘']([^\"”’]{6,160}?)[\"”’']",
    re.IGNORECASE,
)


def announced_title(text: str) -> str:
    """The title a bulletin or page announces the review by, in quotes; "" if none."""
    match = ANNOUNCED_TITLE.search(text)
    if match is None:
        return ""
    title = re.sub(r"\s+", " ", match.group(1) or match.group(2)).strip()
    return title if TITLE_WORDS.search(title) else ""


# An e-mail's header block: "From:" then, within a few lines, "Subject:" (its "FW:", "RE:" marks dropped).
EMAIL_FROM = re.compile(r"^\W*from\s*:", re.IGNORECASE)
EMAIL_SUBJECT = re.compile(r"^\W*subject\s*:\s*(?:(?:fwd?|re)\s*:\s*)*(.{4,200}?)\s*$", re.IGNORECASE)


def email_subject(text: str) -> str:
    """The subject of an e-mail the document opens with: a forwarded bulletin is titled by it."""
    lines = [line for line in text.split("\n") if line.strip()][:12]
    start = next((i for i, line in enumerate(lines) if EMAIL_FROM.match(line)), None)
    if start is None:
        return ""
    for line in lines[start + 1 : start + 7]:
        match = EMAIL_SUBJECT.match(line)
        if match:
            return _clean_title(match.group(1))
    return ""


# A letter's subject line above its salutation: "Re: Serious Case Review – Child P: the final report".
LETTER_SUBJECT = re.compile(r"^\W*(?:re|subject)\s*:\s*(.{4,200}?)\s*$", re.IGNORECASE)


def letter_subject(text: str) -> str:
    """The subject line of a letter the document opens with: the letter is titled by it."""
    lines = [line for line in text.split("\n") if line.strip()][:15]
    salutation = next((i for i, line in enumerate(lines) if SALUTATION.match(line)), None)
    if salutation is None:
        return ""
    for line in reversed(lines[max(0, salutation - 3) : salutation]):
        match = LETTER_SUBJECT.match(line)
        if match:
            return _clean_title(match.group(1))
    return ""


def title_field(text: str) -> str:
    """The title a cover's "Title:" field gives; "" if none."""
    for line in text.split("\n"):
        match = TITLE_FIELD.match(line)
        if match:
            return _clean_title(match.group(1))
    return ""
