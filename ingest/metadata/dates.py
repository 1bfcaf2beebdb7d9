"""Ingest stage, metadata: the publication date.

parse_date reads a printed date as ISO ("YYYY-MM-DD", "YYYY-MM" or "YYYY").
The readers find the date the document was published, in the order
read_metadata tries them: a publication label, a sentence saying when it was
published, a document-control row whose status is publication, the cover's
first date that is not an event of the case, a copyright line's year.
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as date_parser

from ingest.layout import Block

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\.?,?\s+((?:19|20)\d\d)"
    # ISO, and as a system stamps it with its time ("2017-06-17T09:30:00+01:00": the day it gives)
    rf"|((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T\d\d:\d\d(?::\d\d)?)?"
    rf"|(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d\d)"
    # day first with dots ("08.02.2021"), and a month in figures with its year ("06/2025")
    rf"|(\d{{1,2}})\.(\d{{1,2}})\.((?:19|20)\d\d)"
    rf"|(?<![\d/.])(0?[1-9]|1[0-2])/((?:19|20)\d\d)"
    # as a document system or a spreadsheet prints it: "20-Apr-2019", "14-Jan-13" (never "Apr-13" alone)
    rf"|(\d{{1,2}})-({_MONTH})-((?:19|20)?\d\d))\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


PUBLISHED = re.compile(
    r"\b(?:date\s+of\s+publication|publication\s+date|date\s+published|"
    # a label saying what it was published with or where: "Published with the overview report:"
    r"published\s+(?:with|alongside|on|in)\s+[^:\d\n]{3,40}:|"
    r"published(?:\s+on)?|publication|"
    # a cover form's "Date of issue:" beside the dates of the review's own steps ("Date of panel sign-off")
    r"date\s+of\s+issue|issue\s+date|"
    # a news page's date line: "Posted on 10 November 2018", "Date posted: ..."
    r"posted\s+on|date\s+posted|"
    # the record's own date: a meeting's minutes ("Meeting held at the Civic Centre on 14 January 2019"),
    # a progress update's position ("Position as at 22/05/22", "Status at: March 2021")
    r"meeting\s+held\b[^\n]{0,60}?\b(?:on|dated)\b|(?:position|status|progress)\s+(?:as\s+)?at|"
    # a report's own date, and the date it went to the partnership ("Report to the partnership: 14 July 2019")
    r"report\s+date|date\s+of\s+(?:the\s+)?report|"
    # a rapid review's record goes out when it is sent to the national Panel: "Date submitted to the national
    # Panel:", "Date sent to the Panel:", "Submitted to the Child Safeguarding Practice Review Panel on"
    r"(?:date\s+)?(?:submitted|sent|returned)\s+to\s+the\s+(?:national\s+)?(?:child\s+safeguarding\s+practice\s+review\s+)?"
    r"panel(?:\s+on)?|date\s+of\s+submission(?:\s+to\s+the\s+(?:national\s+)?panel)?|"
    # the document's own date beside the dates of the case's events ("Date of decision: ...")
    r"date\s+of\s+this\s+(?:statement|report|document|summary|briefing|newsletter|note|update)|report(?:ed)?\s+to\s+the\s+(?:partnership|board|panel|executive(?:\s+group)?)(?=\s*:))\s*[:\-–]?\s*(.{0,40})",
    re.IGNORECASE,
)


# Words before a date that make it an event, not the publication: "between June 2018 and August 2019".
EVENT_DATE = re.compile(r"\b(?:between|from|since|until|till|during|and|to|in|on|at|after|before)\s*$", re.IGNORECASE)


def parse_date(text: str) -> str:
    """The first date in `text` as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" if none.

    DATE finds where a date is printed (dateutil's fuzzy mode would take any
    number of running text for a day or a year); dateutil reads it, day
    first as in Britain, and one that does not exist (29 February 2019)
    counts as its year only."""
    # OCR reads a one as a letter l or I ("lst June 2010", "l4 May"): read it back as a digit.
    text = OCR_ONE.sub("1", text)
    text = ORDINAL_DAY.sub(lambda m: f"{_ORDINALS[m.group(1).lower().replace(' ', '-')]} {m.group(2)}", text)
    match = DATE.search(text)
    if match:
        found = _read_date(match.group(0))
        if found:
            return found
    year = YEAR.search(text)
    return year.group(1) if year else ""


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
_ORDINALS = {word: n for n, word in enumerate((*_UNITS, *_TEENS, "eighteenth", "nineteenth", "twentieth"), 1)}
_ORDINALS.update({f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, 1)})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
# A day in words: "the third of December 2014", "twenty first of May 2019" (read as "3 December 2014").
ORDINAL_DAY = re.compile(
    r"\b(?:the\s+)?(twenty[\s-](?:"
    + "|".join(_UNITS)
    + r")|thirty[\s-]first|"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")\s+(?:day\s+)?of\s+("
    + _MONTH
    + r")\b",
    re.IGNORECASE,
)
OCR_ONE = re.compile(r"\b[lI](?=\d{0,1}(?:st|th)\b|\d\s+(?:" + _MONTH + r")\b)", re.IGNORECASE)
_NO_DAY, _OTHER_DAY = datetime(1, 1, 1), datetime(1, 1, 2)


def _read_date(printed: str) -> str:
    """A printed date as ISO; "YYYY-MM" when it gives no day (the day of two defaults differs)."""
    dayfirst = not printed[:4].isdigit()  # 2019-03-04 is ISO; 04/03/2019 is 4 March
    try:
        one = date_parser.parse(printed, dayfirst=dayfirst, default=_NO_DAY)
        other = date_parser.parse(printed, dayfirst=dayfirst, default=_OTHER_DAY)
    except (ValueError, OverflowError):
        return ""
    return one.strftime("%Y-%m-%d") if one.day == other.day else one.strftime("%Y-%m")


PUBLISHED_STATUS = re.compile(r"\bpublish(?:ed|ing)?\b|\bpublication\b", re.I)
NOT_PUBLISHED = re.compile(r"\b(?:to\s+be|for|before|not|un)\s*publish|\bdraft\b", re.I)


def _published_row(blocks: list[Block]) -> str:
    """The date of a document-control or version table's row whose status is publication
    ("1.1 | 14/01/2017 | Business manager | Published on the partnership website"); its other rows
    (drafts, approvals) date events."""
    for b in blocks:
        cells = [c.strip() for c in b.cells if c.strip()]
        if b.kind != "row" or len(cells) < 2:
            continue
        status = [c for c in cells if PUBLISHED_STATUS.search(c) and not NOT_PUBLISHED.search(c)]
        if not status:
            continue
        for cell in cells:
            if cell not in status and DATE.search(cell):
                return parse_date(cell)
            quarter = QUARTER.match(cell)
            if cell not in status and quarter:
                return quarter.group(1) or quarter.group(2)  # "Q2 2021": the year, no month
    return ""


# A quarter of a year in a version table's date column: "Q2 2021", "Quarter 3 2019", "2021 Q2".
QUARTER = re.compile(
    r"^\W*(?:(?:Q|quarter\s*)[1-4],?\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-/]?\s*Q[1-4])\W*$", re.IGNORECASE
)


# "We published "..." on our website on 20 April 2017": the date the sentence says it was published on.
PUBLISHED_ON = re.compile(r"\b(?:published|issued)\b[^.;]{0,120}?\b(?:on|in)\s+(?:the\s+)?(?=\d|" + _MONTH + r")", re.I)


# A suggested citation's year of publication: "Suggested citation: Jane Smith (2021) Serious Case Review ...".
CITATION = re.compile(
    r"\b(?:citation|cite\s+(?:this\s+(?:report|review|document)\s+)?as)\s*:\s*[^()\n]{2,120}?\(\s*((?:19|20)\d\d)\s*\)",
    re.IGNORECASE,
)
# A month with its year cut to two figures after an apostrophe: "in June '19".
MONTH_SHORT_YEAR = re.compile(rf"({_MONTH})\.?\s+['’‘](\d\d)\b", re.IGNORECASE)


# A rapid review's date of submission to the national Panel: its date out only when no publication date is printed.
SUBMITTED = re.compile(r"^\W*(?:date\s+)?(?:submitted|sent|returned|date\s+of\s+submission)\b", re.IGNORECASE)
# An explicit publication label: "Date published", "Date of publication", "Publication date", "Published:".
PUBLICATION_LABEL = re.compile(r"^\W*(?:date\s+of\s+publication|publication\s+date|date\s+published|published)\b", re.I)


def _published(text: str) -> str:
    submitted = ""
    for match in PUBLISHED.finditer(text):
        if ORIGINAL.search(text[text.rfind("\n", 0, match.start()) + 1 : match.start()]):
            continue  # "Original review by X, published February 2014": the date of another document
        value = parse_date(match.group(1)) or _short_year_date(match.group(1))
        if value and SUBMITTED.match(match.group(0)):
            submitted = submitted or value  # "Date submitted to the national Panel" before "Date published"
            continue
        if value and (not submitted or PUBLICATION_LABEL.match(match.group(0))):
            return value
    if submitted:
        return submitted
    for match in PUBLISHED_ON.finditer(text):
        found = DATE.match(text, match.end())
        if found:
            return _read_date(found.group(0))
        short = MONTH_SHORT_YEAR.match(text, match.end())
        if short:
            return _read_date(f"{short.group(1)} 20{short.group(2)}")
    cited = CITATION.search(text)
    return cited.group(1) if cited else ""


# Day, month and a two-digit year ("30.09.23", "4/11/19"): read only where a publication label
# stands before it, since a bare pair of figures is as often a reference or a version.
SHORT_YEAR_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d\d)(?![\d./])")


# A day and month with the year cut to two figures after an apostrophe: "3rd Sept '21", "Feb '23".
DAY_MONTH_SHORT_YEAR = re.compile(
    rf"^\s*(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({_MONTH})\.?,?\s+['’‘](\d\d)\b", re.IGNORECASE
)


def _short_year_date(text: str) -> str:
    found = SHORT_YEAR_DATE.match(text)
    if found is None:
        worded = DAY_MONTH_SHORT_YEAR.match(text)
        if worded is None:
            return ""
        day, month, year = worded.groups()
        return _read_date(f"{day + ' ' if day else ''}{month} 20{year}")
    day, month, year = (int(g) for g in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"20{year:02d}-{month:02d}-{day:02d}"


# A document a progress report or update refers back to ("Original review by X, published ...").
ORIGINAL = re.compile(r"\b(?:original|earlier|previous|first)\s+(?:review|report)\b", re.IGNORECASE)


# A date labelled as an event of the case on its own line ("Date of birth: ...", "D.O.D.", "Incident:").
EVENT_FIELD = re.compile(
    r"\b(?:birth|death|d\.?\s?o\.?\s?[bd]\b|born|died|incident|notification|notified|"
    r"episode|referral|injury|injuries|admission|offence|sentenc\w*|convict\w*|trial|"
    # an e-mail's header ("Sent: 4 May 2017 09:14"): when the message went, not the review
    r"sent|received|"
    # a step of the review before it went out: "Date of panel sign-off: July 2014", "Signed off by the board"
    r"sign(?:ed)?[\s-]*off)\b[^\n]*$",
    re.IGNORECASE,
)


# An e-mail's header: "From:" and, a few lines on, "Sent:" or "Date:" with when it went.
EMAIL_FROM = re.compile(r"^\W*from\s*:", re.IGNORECASE)
EMAIL_SENT = re.compile(r"^\W*(?:sent|date)\s*:\s*(.{4,60})$", re.IGNORECASE)


def _sent_date(text: str) -> str:
    """The day the e-mail a document opens with was sent (read last: a date the message gives for
    the review's publication is the publication, never the day the message went)."""
    lines = [line for line in text.split("\n") if line.strip()][:12]
    start = next((i for i, line in enumerate(lines) if EMAIL_FROM.match(line)), None)
    if start is None:
        return ""
    for line in lines[start + 1 : start + 7]:
        match = EMAIL_SENT.match(line)
        if match and DATE.search(match.group(1)):
            return parse_date(match.group(1))
    return ""


# A season and year ("Winter 2012", "Published: Spring 2020"), or a school term ("Summer term 2017"):
# published in that year, no month.
SEASON = re.compile(r"\b(?:spring|summer|autumn|winter)(?:\s+(?:half[\s-])?term)?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "© Havering Safeguarding Children Partnership 2025 | Page 2": a running footer's year of publication.
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*[^\n]{0,80}?\b((?:19|20)\d\d)\b", re.IGNORECASE)


def _copyright_year(text: str) -> str:
    match = COPYRIGHT.search(text)
    return match.group(1) if match else ""


def _cover_date(text: str) -> str:
    season = SEASON.search(text)
    for match in DATE.finditer(text):
        if season is not None and season.start() < match.start():
            break  # the cover dates itself by a season before any month ("Issue 15 | Winter 2012")
        if EVENT_DATE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "between June 2018 and August 2019" dates events, not the report
        if EVENT_FIELD.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "Date of birth: 3 March 2013", "Incident: June 2019" date the case
        return parse_date(match.group(0))
    if season is not None and not EVENT_DATE.search(text[max(0, season.start() - 12) : season.start()]):
        return season.group(1)
    return ""


# A document-control block of run-in lines ("Version: 1.0", "Date: 03/12/20", "Author: ..."): its date
# line, beside the version or author lines, dates the document; "Approved by: X, 21/05/22" and
# "Next review: ..." lines date events.
CONTROL_LINE = re.compile(
    r"^\W*(?:version(?:\s+no\.?)?|author(?:\(s\))?|status|document\s+control)\s*:?", re.IGNORECASE
)
CONTROL_DATE = re.compile(r"^\W*(?:date|date\s+of\s+issue|issue\s+date)\s*:\s*(.{4,40})$", re.IGNORECASE)


def _control_date(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        field = CONTROL_DATE.match(line)
        if field and any(CONTROL_LINE.match(other) for other in lines[max(0, i - 3) : i + 4] if other is not line):
            found = _short_year_date(field.group(1)) or parse_date(field.group(1))
            if found:
                return found
    return ""


# A running header or footer whose parts, split by bars, give the version and its date:
# "SCR Child Y | FINAL v1.0 | 14.01.13".
VERSION_MARK = re.compile(r"\bv(?:ersion)?\s*\d+(?:\.\d+)*\b|\bfinal\b", re.IGNORECASE)


def _version_date(furniture: str) -> str:
    for line in furniture.split("\n"):
        if not VERSION_MARK.search(line) or "|" not in line:
            continue
        for part in line.split("|"):
            part = part.strip()
            if VERSION_MARK.search(part):
                continue
            found = _short_year_date(part) or (parse_date(part) if DATE.search(part) else "")
            if found:
                return found
    return ""


# A periodical's cover line: "Issue 12 | November 2016", "Issue no. 4, Spring 2021": the issue's date.
ISSUE_LINE = re.compile(r"^\W*issue\s+(?:no\.?\s*)?\d+\s*[|,:\-–]?\s*(.{3,40})$", re.IGNORECASE | re.MULTILINE)


def _issue_date(cover: str) -> str:
    """The date a newsletter's or bulletin's cover prints beside its issue number."""
    for match in ISSUE_LINE.finditer(cover):
        season = SEASON.search(match.group(1))
        value = parse_date(match.group(1)) or (season.group(1) if season else "")
        if value:
            return value
    return ""


# A document's reference code carrying the year and month it was issued: "Document reference:
# BSCP/LCSPR/2024-02/13", "Ref: SCR-2016.05-03".
REFERENCE = re.compile(
    r"^\W*(?:document\s+)?ref(?:erence)?\.?(?:\s+(?:no\.?|number|code))?\s*:\s*(\S{4,60})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
REFERENCE_PART = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:[-.](0[1-9]|1[0-2]))?(?!\d)")


def _reference_date(text: str) -> str:
    """The year and month a document's reference code gives, when it has one."""
    for match in REFERENCE.finditer(text):
        found = REFERENCE_PART.search(match.group(1))
        if found:
            return found.group(1) + (f"-{found.group(2)}" if found.group(2) else "")
    return ""
