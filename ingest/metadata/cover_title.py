"""Ingest stage, metadata: ways a cover's display lines make the title other than as read.

A cover that puts the child first, in its largest type, with the review's type
in smaller type below ("HARRY" over "SERIOUS CASE REVIEW"), is titled by both in
the order a running header or a catalogue gives them: "Serious Case Review:
Harry". A cover printing no title at all (its design's title an image) is
titled by the running header or <title> that names the review ("Serious Case Review: Child U"), or by a cover table's cell that does ("7-minute
briefing: Olivia" in the middle of a grid of panels), or else by the words of the report's first sentence
that name it ("This is the overview report of the Serious Case Review concerning Child L, commissioned by
...": "Serious Case Review concerning Child L").
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.metadata.broken_title import TYPE_NAME
from ingest.metadata.text import _titlecase
from ingest.metadata.title import BARE_NAME, GENERIC_TITLE, TITLE_WORDS
from ingest.words import word_line


def child_first_title(title: str, blocks: list[Block], text: str) -> str:
    """ "<Review type>: <child>" when the cover prints the child's name alone over a line giving only
    the review's type, and the title was read as either line; else "". When the type's line was taken
    for the title (a text format's two top headings), the name must be named again in the `text`."""
    lines = [" ".join(b.text.split()) for b in blocks if any(c.isalpha() for c in b.text)]
    for name_line, kind_line in zip(lines, lines[1:]):
        name, kind = _titlecase(name_line), _titlecase(kind_line)
        if not BARE_NAME.fullmatch(name) or len(kind.split()) < 2 or not GENERIC_TITLE.fullmatch(kind):
            continue
        if word_line(title) == word_line(name) or (
            word_line(title) == word_line(kind) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        ):
            return f"{kind}: {name}"
    for kind_line, name_line in zip(lines, lines[1:]):
        # the type set small over the child set large ("Local Child Safeguarding Practice Review" / "Child T" /
        # "Overview report"), the title read as the name: the same name, in the same order
        name, kind = _titlecase(name_line), _titlecase(kind_line)
        if (
            BARE_NAME.fullmatch(name)
            and len(kind.split()) >= 2
            and GENERIC_TITLE.fullmatch(kind)
            and word_line(title) == word_line(name)
        ):
            return f"{kind}: {name}"
    return ""


# A line that is a review's name alone: its type, then the child ("Serious Case Review: Child U"), and the
# part the document is ("Serious Case Review – Child J – Overview Report").
NAMED_REVIEW = re.compile(
    rf"^\W*(?:{TYPE_NAME.pattern})\s*[:\-–—]\s*(?:[\w'’-]+\s*){{1,3}}"
    r"(?:[:\-–—]\s*(?:(?:overview|final|full|summary|executive\s+summary)\s+)?(?:report|summary)\s*)?$",
    re.IGNORECASE,
)


def named_title(title: str, furniture: str, cells: list[str]) -> str:
    """The review's name a running header (or a page's <title>), else a table cell, prints alone, when
    the `title` read from the cover names no document ("" otherwise)."""
    if TITLE_WORDS.search(title):
        return ""
    for line in [*furniture.split("\n"), *cells]:
        printed = " ".join(line.split())
        if NAMED_REVIEW.match(printed):
            return printed
    return ""


# A report's opening sentence naming the review it reports: "This is the overview report of the Serious Case
# Review concerning Child L, commissioned by ...", "This report is the Local Child Safeguarding Practice Review
# into Child T."
SELF_NAMING = re.compile(
    r"\bthis\s+(?:is\s+the\s+(?:(?:overview|final|full)\s+)?report\s+(?:of|on|for)|report\s+is)\s+(?:the|a)\s+"
    rf"((?:{TYPE_NAME.pattern})\s+(?:concerning|into|about|of|regarding|in\s+respect\s+of)\s+"
    r"(?-i:(?:Child|Baby|Infant|Young\s+Person)\s+[A-Z][\w]{0,5}|[A-Z][a-z'’-]{2,15}))(?=\s*[,.;:]|\s+(?-i:[a-z]))",
    re.IGNORECASE,
)


def sentence_title(title: str, text: str) -> str:
    """The review's name the report's own sentence gives, when the `title` read from the cover names no
    document ("" otherwise)."""
    if TITLE_WORDS.search(title):
        return ""
    match = SELF_NAMING.search(" ".join(text.split()))
    return match.group(1) if match else ""
