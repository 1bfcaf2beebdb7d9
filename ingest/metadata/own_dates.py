"""Ingest stage, metadata: the publication date a document gives itself by its own form.

Read before the labelled dates of `dates`, since each says which of a document's dates is its own:

    a letter's date line        the date alone on its line above "Dear ..." (the meetings and
                                publication the letter announces are events)
    a sentence on the document  "These minutes ... are published with the final report on 16 April
                                2021" (the meeting the minutes record is an event); a note on its
                                publication: "The LSCB published it on 21 November 2014"
    a periodical's title        "Lesson of the month: June 2013": the month is the issue's
    a financial-year quarter    "Quarter 4, 2023-24" under a title: January to March 2024, the year
    a paper's details           "Date of paper: 27/03/2020" (the committee's meeting date an event)
"""

from __future__ import annotations

import re

from ingest.metadata.dates import _MONTH, DATE, parse_date
from ingest.metadata.genres import SALUTATION

# A date printed alone on its line: "22 May 2014", "4 October 2019".
DATE_LINE = re.compile(
    rf"^\W*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\W*$",
    re.IGNORECASE | re.MULTILINE,
)

# The document speaking of its own publication: "These minutes ... are published with the final report on <date>".
SELF_PUBLISHED = re.compile(
    r"\b(?:this|these)\s+(?:minutes|notes|document|paper|statement|letter|log|summary|briefing|record)\b"
    r"[^.]{0,160}?\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?published\b[^.]{0,80}?\b(?:on|in)\s+(?=\d|"
    + _MONTH
    + r")"
    # a report's back page saying so of itself: "This report was published in December 2020."
    + r"|\bthis\s+(?:report|review)\s+(?:was|is|has\s+been)\s+published\s+(?:on|in)\s+(?:the\s+)?(?=\d|"
    + _MONTH
    + r")"
    # ... or its publisher's, in a note on its publication: "The LSCB published it on 21 November 2014" (the
    # dates it was completed and agreed, and the trial it waited for, are events; "published the review on"
    # is a paper about the review, dating an event)
    + r"|\b(?:the|our)\s+(?:[\w()'’-]+\s+){0,6}?published\s+(?:it|this\s+(?:review|report))"
    + r"\s+on\s+(?=\d|"
    + _MONTH
    + r")",
    re.IGNORECASE,
)

# A title ending in the month it was issued: "Lesson of the month: June 2013", "Bulletin – March 2019".
TITLE_MONTH = re.compile(rf"[:|\-–—]\s*({_MONTH}\s+(?:19|20)\d\d)\s*$", re.IGNORECASE)

# A quarter of the financial year (April to March) printed on its own line: "Quarter 4, 2023-24", "Q2 2015/16".
FINANCIAL_QUARTER = re.compile(
    r"^\W*(?:quarter|Q)\s*([1-4])\s*[,:|\-–]?\s*((?:19|20)\d\d)\s*[-/–]\s*(\d\d)\W*$", re.IGNORECASE | re.MULTILINE
)

# A paper's own date in its details: "Date of paper: 27/03/2020", "Paper dated 4 May 2019".
PAPER_DATE = re.compile(
    r"^\W*(?:date\s+of\s+(?:the\s+)?paper|paper\s+date(?:d)?|date\s+of\s+(?:the\s+)?letter)\s*[:|\-–]?\s*(.{4,40})$",
    re.IGNORECASE | re.MULTILINE,
)


def letter_date(cover: str) -> str:
    """A letter's date: the date alone on its line before the salutation."""
    salutation = SALUTATION.search(cover)
    if salutation is None:
        return ""
    dated = list(DATE_LINE.finditer(cover, 0, salutation.start()))
    return parse_date(dated[-1].group(0)) if dated else ""


def self_published(text: str) -> str:
    """The date a sentence about the document itself says it is published on."""
    for match in SELF_PUBLISHED.finditer(text):
        found = DATE.match(text, match.end())
        if found:
            return parse_date(found.group(0))
    return ""


def title_month(title: str) -> str:
    """The month a title ending in a month and year was issued in."""
    match = TITLE_MONTH.search(title.strip())
    return parse_date(match.group(1)) if match else ""


def quarter_year(cover: str) -> str:
    """The year of a financial-year quarter the cover dates itself by: Q1-Q3 in the first year, Q4 the second."""
    match = FINANCIAL_QUARTER.search(cover)
    if match is None:
        return ""
    quarter, first = int(match.group(1)), int(match.group(2))
    second = first // 100 * 100 + int(match.group(3))
    if second != first + 1:
        return ""
    return str(second if quarter == 4 else first)


def paper_date(cover: str) -> str:
    """The date a paper's details give as the paper's own."""
    for match in PAPER_DATE.finditer(cover):
        value = parse_date(match.group(1))
        if value:
            return value
    return ""


def own_date(title: str, cover: str, text: str) -> str:
    """The publication date the document's own form gives ("" when it gives none)."""
    return letter_date(cover) or self_published(text) or title_month(title) or quarter_year(cover) or paper_date(cover)
