"""Ingest stage: tables quoting other reviews' lessons set aside, before the walk.

A review of earlier reviews (a thematic look at what a partnership's reviews
recommended, a tracker's report) quotes their recommendations or findings in a
table with a column naming the review each came from ("Review | Recommendation
| Status on the tracker"), one review a row: "SCR: Child K (2017)", "LCSPR:
Child P (2019)", and a column tracking where each stands.
Those are the earlier reviews' lessons, never the document's own, so the
table's rows are no lessons; the document's own lessons are printed apart from
it, under its own headings.

A review may also tell of an earlier review in its own prose ("In 2010 the LSCB published a Serious
Case Review about Child M. Its recommendations were:") and quote that review's numbered list after:
the list is the earlier review's, never the document's (`without_quoted_review_lists`).
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.lesson_table_columns import TRACKING_HEADER

# The header of the column naming the review a row quotes: "Review", "Case review", "Source review".
REVIEW_HEADER = re.compile(r"^\W*(?:the\s+)?(?:source\s+|case\s+|original\s+)?reviews?(?:\s+name)?\W*$", re.I)
# A cell naming a review by its type and child: "SCR: Child K (2017)", "LCSPR - Baby P", "Rapid review: Child W".
NAMED_REVIEW = re.compile(
    r"^\W*(?:SCR|LCSPR|CSPR|DHR|SAR|rapid\s+review|serious\s+case\s+review|(?:local\s+)?child\s+safeguarding\s+practice\s+review)"
    r"\s*[:\-–—]?\s*(?P<child>(?:Child|Baby|Young\s+Person|Family|Sibling)\s+[A-Z]{1,3}\d?|[A-Z][a-z]+)\b"
)
# A Review column's header run into the next column's by a PDF's narrow column: "Review Recommendation".
MERGED_HEADER = re.compile(r"^\s*reviews?\s+(?:recommendations?|findings?|learning|lessons?)\s*$", re.I)
MIN_REVIEWS = 2  # rows naming at least two different reviews: a table of reviews, not one review's lessons


def without_quoted_reviews(blocks: list[Block]) -> list[Block]:
    """Blocks without the rows of a table whose header names a Review column and a column tracking the
    work (Status, Progress) and whose rows name at least two different reviews (by type and child) in
    the Review column: other reviews' lessons, quoted with where they stand."""
    dropped: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        column = _review_column(block)
        if column is None:
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind == "row":
            end += 1
        # (a PDF's narrow first column may run its header into the next: "Review Recommendation | Status")
        named = {
            m.group("child")
            for b in blocks[index + 1 : end]
            if b.cells and (m := NAMED_REVIEW.match(b.cells[min(column, len(b.cells) - 1)]))
        }
        if len(named) >= MIN_REVIEWS:
            dropped.update(id(b) for b in blocks[index:end])
        index = end
    return [b for b in blocks if id(b) not in dropped] if dropped else blocks


def _review_column(block: Block) -> int | None:
    """The index of a header row's Review column, when the row is a header with one and a column
    tracking the work."""
    if block.kind != "row" or len(block.cells) < 2 or not any(TRACKING_HEADER.search(c) for c in block.cells):
        return None
    return next(
        (i for i, cell in enumerate(block.cells) if REVIEW_HEADER.match(cell.strip()) or MERGED_HEADER.match(cell)),
        None,
    )


# A paragraph telling of another review that closes by introducing its recommendations: "... published a
# Serious Case Review about Child M. Its recommendations were:", "That review recommended that:", "Its
# learning was:".
TOLD_REVIEW = re.compile(
    r"\b(?:published|completed|carried\s+out|commissioned|undertook|undertaken)\b[^.!?]{0,80}\b(?:reviews?|SCRs?|LCSPRs?)\b",
    re.I,
)
ITS_RECOMMENDATIONS = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:its|their|that\s+review['’]s|the\s+(?:earlier|previous)\s+review['’]s)\s+"
    r"(?:recommendations|(?:key\s+)?(?:learning|findings|lessons(?:\s+learn[et]d?)?))\s+(?:were|was|included|are|is)"
    r"(?:\s+(?:as\s+follows|these))?|"
    r"(?:it|that\s+review|the\s+(?:earlier|previous)\s+review)\s+(?:recommended|made\s+(?:\w+\s+)?recommendations)(?:\s+that)?)"
    r"\s*:\s*$",
    re.I,
)
# One entry of the quoted list, however the page's reader set it: a list item, or a paragraph that opens
# with the entry's number ("2: The LSCB should ...", "3. ...").
_ENTRY_NUMBER = re.compile(r"^\(?\d{1,2}[.:)]\s+\S")


def quoted_review_entries(blocks: list[Block]) -> frozenset[int]:
    """The ids of the blocks of each numbered list a paragraph introduces as an earlier review's
    recommendations, from the paragraph on up to the next heading or paragraph of prose."""
    dropped: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != "para" or not ITS_RECOMMENDATIONS.search(block.text) or not TOLD_REVIEW.search(block.text):
            continue
        following = blocks[index + 1 :]
        for at, entry in enumerate(following):
            if entry.kind == "item" or (entry.kind == "para" and (entry.number or _ENTRY_NUMBER.match(entry.text))):
                dropped.add(id(entry))
                continue
            if _lost_bullet(
                entry, following[at - 1] if at else None, following[at + 1] if at + 1 < len(following) else None
            ):
                dropped.add(id(entry))
                continue
            break
    return frozenset(dropped)


def _lost_bullet(entry: Block, before: Block | None, after: Block | None) -> bool:
    """Whether a paragraph is an entry of the quoted list whose bullet the page's reader lost: one short
    sentence between two entries set as list items."""
    return (
        entry.kind == "para"
        and len(entry.text) < 250
        and before is not None
        and before.kind == "item"
        and after is not None
        and after.kind == "item"
    )


def without_quoted_review_lists(blocks: list[Block]) -> list[Block]:
    """Blocks without the lists quoting an earlier review's recommendations (`quoted_review_entries`)."""
    dropped = quoted_review_entries(blocks)
    return [b for b in blocks if id(b) not in dropped] if dropped else blocks
