"""Ingest stage, metadata: the review type of a document named by its genre, not by a review's type.

A document about a review often names the review's type in its title ("Independent scrutiny of the
LCSPR about Child E: assurance statement", "SBAR: learning from the LCSPR about Zara") while being
something else: a paper, a statement, a log, a letter. Its genre, printed in its title or shown by its
form, decides its type before any review type its title names:

    other      a companion record: an assurance statement, a paper in SBAR form, a learning log,
               a letter under a subject line ("Re: ..."), a health commissioner's board paper on a
               review ("NHS Sefton Clinical Commissioning Group: Governing Body meeting, April 2013")
    briefing   a periodical sheet on one lesson ("Lesson of the month: June 2013"), a follow-up sheet
               ("Child U: one year on from the review"), a newsletter's numbered issue
    thematic   a review of a partnership's earlier reviews ("A review of the recommendations of ...
               case reviews, 2012 to 2016"), learning pooled from several on a topic ("Learning from
               rapid reviews: criminal exploitation")
    national   the national Panel's own publication about the partnerships' rapid reviews
"""

from __future__ import annotations

import re

# A scrutineer's or chair's own statement on a review before it is published: its author is the one who
# signs it, not the reviewer it names.
SCRUTINY = r"\bassurance\s+statement\b|^\W*independent\s+scrutiny\s+of\b"
# A running log of learning from many sources.
LOG = r"\blearning\s+log\b|\blog\s+of\s+learning\b"
# A newsletter's or bulletin's numbered issue under its own title: "Partnership Update: Issue 63".
ISSUE = r"[:|,\-–]\s*issue\s+(?:no\.?\s*)?\d+\s*$"
# A companion record's genre in its title; a paper in the Situation / Background / Assessment /
# Recommendation form ("SBAR: ...") too.
COMPANION_GENRE = re.compile(rf"{SCRUTINY}|^\W*SBAR\b|{LOG}", re.IGNORECASE | re.MULTILINE)
# A letter: its subject line ("Re: Serious Case Review – Child P: the final report") with a salutation.
SUBJECT_LINE = re.compile(r"^\W*re\s*:\s*\S", re.IGNORECASE | re.MULTILINE)
# A letter's salutation on a line of its own: "Dear colleagues,", "Dear Ms Patel".
SALUTATION = re.compile(r"^\s*Dear\s+\w[^\n]{0,60},?\s*$", re.MULTILINE)

# A health body's board paper, headed by its meeting: "NHS Sefton Clinical Commissioning Group: Governing Body
# meeting, April 2013", "NHS Devon Integrated Care Board: Board meeting, 4 May 2023". A paper telling the
# commissioner what a review means for it is no review, whatever review its title names.
HEALTH_BOARD_PAPER = re.compile(
    r"^\W*(?:NHS\s+[^\n]{0,80}?|[^\n]{0,80}?(?:Clinical\s+Commissioning\s+Group|Integrated\s+Care\s+Board|"
    r"CCG|ICB)\b)\s*[:,|\-–]?\s*(?:(?:public|private|extraordinary|open)\s+)?"
    r"(?:Governing\s+Body|Board(?:\s+of\s+Directors)?|Trust\s+Board)\s+meeting\b",
    re.IGNORECASE | re.MULTILINE,
)

BRIEFING_GENRE = re.compile(
    # a periodical sheet on one lesson: "Lesson of the month: June 2013", "Learning of the week"
    r"\b(?:lesson|learning|message)s?\s+of\s+the\s+(?:month|week|quarter)\b|"
    # a follow-up sheet a while after the review: "Child U: one year on from the review"
    r"\b(?:one|two|three|a|\d)\s+years?\s+on\s+from\s+(?:the|this|our)\s+(?:\w+\s+){0,4}?(?:review|report)\b|" + ISSUE,
    # a newsletter's numbered issue
    re.IGNORECASE | re.MULTILINE,
)

# A review whose subject is a partnership's earlier reviews: "A review of the recommendations of West Sussex's
# case reviews", "an audit of our serious case reviews 2015-2020".
REVIEW_OF_REVIEWS = re.compile(
    r"\b(?:review|audit|analysis|evaluation)\s+of\s+(?:the\s+)?(?:(?:recommendations|learning|findings|actions)\s+"
    r"(?:of|from)\s+)?(?:[\w'’-]+\s+){0,4}?(?:case|practice|serious\s+case|safeguarding\s+practice)\s+reviews\b",
    re.IGNORECASE,
)

# The national Panel named as the publisher, on a line of its own on the cover.
PANEL_PUBLISHER = re.compile(
    r"^\W*(?:the\s+)?(?:national\s+)?child\s+safeguarding\s+practice\s+review\s+panel\W*$", re.IGNORECASE | re.MULTILINE
)
# A publication about the partnerships' rapid reviews as a body: "Rapid review examples: ...".
RAPID_REVIEWS = re.compile(
    r"\brapid\s+reviews\b|\brapid\s+review\s+(?:examples|themes|analysis|findings|summaries)\b", re.IGNORECASE
)

# A partnership's learning pooled from several of its reviews on one topic, named after the colon: "Learning
# from rapid reviews: criminal exploitation" (a thematic review; a page listing reviews names no topic).
POOLED_REVIEWS = re.compile(
    r"^\W*learning\s+from\s+(?:(?:our|local|recent|five|four|three|six|several|\d+)\s+){0,2}"
    r"(?:rapid|case|practice)\s+reviews\s*[:\-–]\s*\w",
    re.IGNORECASE | re.MULTILINE,
)


# A document gathering the learning of many reviews, each about its own child: a learning log, a newsletter's
# numbered issue. The children it names are never the document's.
GATHERING = re.compile(rf"{LOG}|{ISSUE}", re.IGNORECASE | re.MULTILINE)


def gathers_reviews(title: str) -> bool:
    """Whether the title names a document gathering many reviews' learning (no one child is its own)."""
    return bool(GATHERING.search(title))


def scrutiny_statement(title: str) -> bool:
    """Whether the title names a scrutineer's (or chair's) statement on a review."""
    return re.search(SCRUTINY, title, re.IGNORECASE | re.MULTILINE) is not None


def genre_type(title: str, cover: str) -> str:
    """The type the document's genre gives it ("" when its genre says nothing)."""
    if COMPANION_GENRE.search(title):
        return "other"
    if SUBJECT_LINE.search(title) or (SUBJECT_LINE.search(cover) and SALUTATION.search(cover)):
        return "other"  # a letter enclosing a review, under the review's name as its subject
    if HEALTH_BOARD_PAPER.search(cover):
        return "other"  # "NHS ... Clinical Commissioning Group: Governing Body meeting": a board paper on a review
    if BRIEFING_GENRE.search(title):
        return "briefing"
    if REVIEW_OF_REVIEWS.search(title):
        return "thematic"
    if PANEL_PUBLISHER.search(cover) and RAPID_REVIEWS.search(title):
        return "national"
    if POOLED_REVIEWS.search(title):
        return "thematic"
    return ""
