"""Ingest stage: review metadata from the cover and first pages, and sidecars.

Title, safeguarding partnership (area) and region, review type, publication
date, child pseudonym and age, and author are read from the first pages'
blocks. A `NAME.meta.yaml` file beside the document, keyed by Review field
names, overrides whatever it states.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from dateutil import parser as date_parser

from ingest.failure import IngestFailure
from ingest.layout import Block, PageLayout
from ingest.regions import AREA_REGION, region_of

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
    rf"|({_MONTH})\.?,?\s+((?:19|20)\d\d)"
    rf"|((?:19|20)\d\d)-(\d\d)-(\d\d)"
    rf"|(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d\d)"
    # day first with dots ("08.02.2021"), and a month in figures with its year ("06/2025")
    rf"|(\d{{1,2}})\.(\d{{1,2}})\.((?:19|20)\d\d)"
    rf"|(?<![\d/.])(0?[1-9]|1[0-2])/((?:19|20)\d\d))\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
PUBLISHED = re.compile(
    r"\b(?:date\s+of\s+publication|publication\s+date|date\s+published|published(?:\s+on)?|publication|"
    # a news page's date line: "Posted on 10 November 2018", "Date posted: ..."
    r"posted\s+on|date\s+posted|"
    # a report's own date, and the date it went to the partnership ("Report to the partnership: 14 July 2019")
    r"report\s+date|date\s+of\s+(?:the\s+)?report|report(?:ed)?\s+to\s+the\s+(?:partnership|board|panel|executive(?:\s+group)?)(?=\s*:))\s*[:\-–]?\s*(.{0,40})",
    re.IGNORECASE,
)
PUBLISHER = re.compile(r"\bpublished\s+by\s*[:\-–]\s*([A-Z][^\n;|]{2,80})", re.IGNORECASE)
TITLE_FIELD = re.compile(r"^\s*title\s*:\s*(.{4,200})$", re.IGNORECASE)
TITLE_PREFIX = re.compile(
    # a board paper's "Subject: <the review's title>" too
    r"^(?:(?:a\s+)?learning\s+briefing|(?:7|seven)[\s-]minute\s+briefing|practice\s+briefing|briefing|subject|"
    r"executive\s+summary|summary)\s*[:\-–]\s*",
    re.IGNORECASE,
)
# "Learning from the LCSPR about Lily" printed over a page whose own title (its <title>, a running
# header) names the review without the words: the review's title is that. Printed alone, the cover's
# title is kept whole; "Learning from 5 local reviews: ..." (a thematic review of several) always is.
LEARNING_FROM = re.compile(
    r"^learning\s+from\s+(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?reviews\b)(?=\S)",
    re.IGNORECASE,
)
# "Serious Case Review: Overview Report" loses the words set apart as a subtitle; "Serious Case
# Review Overview Report: Child X" keeps them, as part of the title's own phrase.
TITLE_NOISE = re.compile(
    r"(?:^|\s*[:\-–]\s*)\b(?:overview\s+report|executive\s+summary|final\s+report|published\s+report)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
GENERIC_TITLE = re.compile(
    r"^(?:(?:national|thematic|serious\s+case|(?:local\s+)?child\s+safeguarding\s+practice|case|practice|safeguarding)\s+)?review$",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(r"\breview\b|\bbriefing\b|\bLCSPR\b|\bSCR\b", re.IGNORECASE)
AUTHOR = re.compile(
    r"\b(?:report\s+)?(?:author(?:ed|s|\(s\))?(?:\s+by)?|written\s+by|independent\s+(?:lead\s+)?(?:reviewer|author)|"
    r"lead\s+reviewers?|independent\s+reviewers?|reviewers?|"
    # a cover field naming who wrote or chaired it: "Completed by:", "Chair of the rapid review:"
    r"completed\s+by|compiled\s+by|audit\s+lead|chair\s+of\s+the\s+(?:rapid\s+)?review(?:\s+(?:meeting|panel))?)\s*[:\-–]\s*([A-Z][^\n;|]{2,80})"
    r"|(?<!original\s)\b(?:review|report)\s+(?:written\s+)?by\s+((?-i:[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}))"
    # "Reviewed by Jane Smith", "Written and led by Dr A Shah"
    r"|\b(?:reviewed|written|led|undertaken|conducted|carried\s+out|prepared)\s+by\s+"
    # "led by independent reviewer Jane Smith": the role before the name
    r"(?:(?:an?\s+|the\s+)?(?:independent\s+)?(?:lead\s+)?(?:reviewer|author)\s+)?((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}))"
    # "Jane Smith, independent reviewer", "Jane Smith (Independent Author)"
    r"|((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}))\s*[,(]\s*(?:the\s+)?(?:independent|lead)\s+(?:lead\s+)?(?:reviewer|author|scrutineer)\b"
    # "The independent reviewer, Jane Smith, thanks ..."
    r"|\b(?:independent|lead)\s+(?:lead\s+)?(?:reviewer|author),\s+((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})),",
    re.IGNORECASE,
)
# An NSPCC repository entry's first line: "2019 - Wigan - Child M", "March 2016 - Anonymous - Child S".
NSPCC_HEADING = re.compile(
    rf"^\s*(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\s+[-–—]\s+(?P<area>[^-–—\n]{{2,60}}?)\s+[-–—]\s+"
    r"(?P<child>[^\n]{2,40}?)\s*$",
    re.IGNORECASE,
)
# Words before a date that make it an event, not the publication: "between June 2018 and August 2019".
EVENT_DATE = re.compile(r"\b(?:between|from|since|until|till|during|and|to|in|on|at|after|before)\s*$", re.IGNORECASE)
# The end of a sentence: a full stop after a word (not an initial, "Dr." or "St."), then a capital.
SENTENCE_END = re.compile(r"(?<=[a-z]{2})(?<!\bProf)(?<!\bMrs)(?<!\bRev)\.\s+(?=[A-Z])")
PARTNERSHIP = re.compile(
    r"(?:^|\bthe\s+|\bby\s+|\bfor\s+|:\s*|\|\s*|©\s*|\([cC]\)\s*)((?:[A-Z][\w'’.-]*|and|&|of|upon|on|the|with)(?:[ ,]+(?:[A-Z][\w'’.-]*|and|&|of|upon|on|the|with))*?)\s+"
    r"(?:(?:Local\s+)?(?:Safeguarding\s+Children(?:'s)?|Children(?:'s)?\s+Safeguarding|Children\s+and\s+Families|Safeguarding)"
    r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Partnership|Board)|LSCB|LSCP|SCP)\b"
)
# The place after the partnership's name: "Safeguarding Children Partnership for Sefton".
PARTNERSHIP_FOR = re.compile(
    r"\b(?:Local\s+)?Safeguarding\s+(?:Children(?:'s)?\s+)?(?:Partnership|Board)\s+(?:for|of)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:and|upon|on|&)?\s*[A-Z][\w'’-]+){0,3})"
)
# A record's field naming the place alone: "Location: Wigan", "Local authority area: Sefton".
AREA_FIELD = re.compile(
    r"^\W*(?:location|local\s+authority(?:\s+area)?|local\s+area|area)\s*:\s*([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|of|upon|on|the))*)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
KEEPING_SAFE = re.compile(r"\bKeeping\s+((?:[A-Z][\w'-]*\s+){1,3}?)Safe(?:\s+Partnership)?\b")
# "LSCB: Wigan" as a field of its own line ("Integrated Care Board: Single Agency Action Plan" names none).
LSCB_FIELD = re.compile(
    r"(?:^|[|;]\s*)\W*(?:(?:Local\s+)?(?:Safeguarding\s+)?(?:Children\s+)?)?(?:LSCB|LSCP|Partnership|Board)\s*:\s*([A-Z][^\n;|]{2,60})"
)
PSEUDONYM = re.compile(
    r"\b(Child|Baby|Infant|Family|Young Person|Sibling|Children|Siblings)\s+([A-Z][A-Z0-9]{0,3}(?:\s+and\s+[A-Z][A-Z0-9]{0,3})?)\b(?![a-z])"
)
NAMED_CHILD = re.compile(
    r"(?:Child\s+Safeguarding\s+Practice\s+Review|Serious\s+Case\s+Review|Practice\s+Review|Review)"
    r"(?:\s*[:\-–]\s*|\s+(?:concerning|about|regarding|into)\s+)"
    r"(?:in\s+respect\s+of\s+)?([A-Z][a-z]{2,15}(?:\s+and\s+[A-Z][a-z]{2,15})?)\b(?!\s+[A-Z][a-z]+\s+(?:Partnership|Board))",
)
_NOT_NAMES = {
    "The",
    "Overview",
    "Executive",
    "Summary",
    "Final",
    "Report",
    "Learning",
    "Child",
    "Baby",
    "Family",
    "Anytown",
    "National",
    "Local",
    "Thematic",
    "Review",
    "Serious",
    "Case",
    "Part",
    "Children",
    "Young",
    "Safeguarding",
    "Practice",
    "Briefing",
    "An",
    "A",
}
AGE = re.compile(
    r"\b(?:aged|at\s+the\s+age\s+of|age(?:d)?\s*(?:at\s+(?:the\s+)?(?:time|incident)[^:\d]{0,20})?:?|was|were)\s+"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
    r"\s*(days?|weeks?|months?|years?)(?:\s+old)?\b"
    r"|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"[\s-](day|week|month|year)[\s-]old\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen".split()
    )
}

TYPE_CUES = (
    # A rapid review is the partnership's first look, not a practice review: recorded as "other",
    # and it names itself before anything it mentions ("... the criteria for an LCSPR were not met").
    ("other", re.compile(r"^\W*rapid\s+review\b", re.IGNORECASE | re.MULTILINE)),
    # A partnership's annual report carries the learning of its reviews but is none of them.
    ("other", re.compile(r"\bannual\s+report\b", re.IGNORECASE)),
    (
        "briefing",
        re.compile(
            r"\b(?:7|seven)[\s-]minute\s+briefing|\blearning\s+briefing|\bpractice\s+briefing|"
            r"learning\s+from\s+case\s+reviews|\bbriefing\b|\bpractice\s+guidance\b|"
            # an easy-read version of a review: a summary for families, as a briefing is for practitioners
            r"^easy[\s-]+read\b|"
            r"^learning\s+from\s+(?:(?:child|baby|infant|family|young\s+person)\s+)?[A-Z][\w'-]*\s*$|"
            # "Learning from the review of Child M": a title naming the review by its child, not its type
            r"^learning\s+from\s+(?:the|this|a|our)\s+(?:local\s+)?review\s+(?:of|into|concerning|about|regarding)\s|"
            # a review retold for its readers: "A review for young people: ...", "the young people's version"
            r"\b(?:review|version|summary|report)\s+for\s+(?:children(?:\s+and\s+young\s+people)?|young\s+people|families)\b|"
            r"\b(?:young\s+people|children)['’]?s\s+version\b|"
            # a key-messages sheet titled by the review it draws its messages from
            r"^\W*key\s+(?:messages|points|lessons)\s+(?:from|of|for)\b|^\W*key\s+messages?\s*:|"
            # a sheet of tips, or beliefs set against the review's findings
            r"\btop\s+tips\b|^\W*myth[\s-]+busting\b|"
            # one page summing a review up: "Review on a page: Child S", "Learning on a page"
            r"\b(?:review|learning|lessons|practice\s+review)\s+on\s+a\s+page\b|"
            # a title addressing practitioners: "Child R: what the review means for your work"
            r"\bwhat\s+(?:the|this|our)\s+(?:review|learning|report)\s+means\s+for\s+(?:you|your|practitioners|professionals)\b",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (
        "national",
        re.compile(
            r"\bnational\s+(?:child\s+safeguarding\s+practice\s+)?review\b|"
            r"\bnational\s+panel\s+review|\bpanel\s+(?:national\s+)?review\b",
            re.IGNORECASE,
        ),
    ),
    ("thematic", re.compile(r"\bthematic\b", re.IGNORECASE)),
    (
        "LCSPR",
        re.compile(
            r"\blocal\s+child\s+safeguarding\s+practice\s+review\b|\bLCSPR\b|"
            r"\bchild\s+safeguarding\s+practice\s+review\b(?!\s+panel)|"
            # the statutory basis an untitled review cites: section 16F of the Children Act 2004
            r"\bsection\s+16F\b",
            re.IGNORECASE,
        ),
    ),
    (
        "SCR",
        re.compile(
            r"\bserious\s+case\s+review\b|\bSCR\b|"
            # the statutory basis before 2018: regulation 5 of the LSCB Regulations 2006
            r"\bregulation\s+5\s+of\s+the\s+local\s+safeguarding\s+children\s+boards?\s+regulations\b",
            re.IGNORECASE,
        ),
    ),
)
# A review titled by its method, not its statutory type: an SCR until the reforms of 2018, an LCSPR after.
METHOD_TITLE = re.compile(
    r"\bsignificant\s+incident\s+learning\s+process\b|\bSILP\b|\blearning\s+together\b|\bsystems\s+review\b",
    re.IGNORECASE,
)
# A document saying what it is in its own first sentences: "This briefing summarises the learning ...".
SELF_BRIEFING = re.compile(
    r"(?:^|[.!?]\s+)\W*This\s+(?:(?:learning|practice|(?:7|seven)[\s-]minute)\s+)?briefing\s+"
    r"(?:summarises|summarizes|sets\s+out|describes|shares|draws|gives|brings|highlights|is)\b",
    re.MULTILINE,
)
# Guidance for practice in general, not a briefing on one review: "Practice guidance: neglect" naming no child.
GUIDANCE_TITLE = re.compile(r"^\W*(?:practice\s+|multi-agency\s+)?guidance\b", re.IGNORECASE)
PANEL = re.compile(r"child\s+safeguarding\s+practice\s+review\s+panel", re.IGNORECASE)

ANNUAL_REPORT = re.compile(r"\bannual\s+report\b", re.IGNORECASE)

FIELDS = ("title", "review_type", "area", "region", "published", "child", "child_age", "author")


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


def read_metadata(blocks: list[Block], pages: list[PageLayout], furniture: str = "") -> dict[str, str]:
    """Metadata found in the document's own first pages; the running headers and footers
    (`furniture`, one a line) are read for the area and the year when nothing else gives them."""
    page_count = len(pages)
    cover_pages = 1 if page_count > 2 else page_count
    cover = [b for b in blocks if b.page_start <= cover_pages]
    front = [b for b in blocks if b.page_start <= min(3, page_count)]
    # Field forms ("Title: ...", "LSCB: ...") are read line by line: a cover sheet
    # set as one paragraph would otherwise run its fields together.
    cover_text = "\n".join(line.text for page in pages[:cover_pages] for line in page.lines)
    front_text = "\n".join(line.text for page in pages[:3] for line in page.lines)
    # A cover table prints its fields as label and value cells ("Independent reviewer | Jane Smith"):
    # read each such row as "label: value" too.
    cover_text += "\n" + "\n".join(_field_rows(cover))
    front_text += "\n" + "\n".join(_field_rows(front))
    first_page = [b for b in blocks if b.page_start == 1 and any(c.isalpha() for c in b.text)]
    title = _title_field(cover_text) or _announced_title(front_text) or _title(first_page or cover or blocks[:5])
    learning = LEARNING_FROM.match(title)
    if learning and (
        not re.match(r"the\b", title[learning.end() :], re.IGNORECASE)
        or (
            _norm_words(title[learning.end() :]) in _norm_words(furniture)
            and _norm_words(title) not in _norm_words(furniture)  # a page title printing the words too keeps them
        )
    ):
        # "Learning from Baby O" names the review by its child; "Learning from the Serious Case Review
        # concerning Child R" is the cover's title whole, unless the page's own title drops the words.
        title = _titlecase(title[learning.end() :])
    # The type reads the title as printed: "Learning briefing: LCSPR Baby J" is a briefing.
    printed_title = next((b.text for b in cover if b.kind == "heading"), title)
    review_type = _review_type(printed_title + "\n" + title, cover_text, front_text)
    if review_type != "briefing" and SELF_BRIEFING.search(front_text):
        review_type = "briefing"  # "Learning from the Serious Case Review of Child Y" that calls itself a briefing
    child = _child_from_title(title)
    if not child and review_type not in ("national", "thematic") and not SEVERAL_CASES.search(title):
        child = _child(cover_text) or _child(front_text)
    if ANNUAL_REPORT.search(title):
        child = ""  # a year's report on several reviews: their children are not the document's
    if review_type == "briefing" and not child and GUIDANCE_TITLE.match(title):
        review_type = "other"  # guidance for practice in general, drawing on reviews without naming one
    meta = {
        "title": title,
        "review_type": review_type,
        # Blocks too: a sentence naming the partnership may wrap between its lines.
        "area": _area(title + "\n" + cover_text)
        or _area(front_text)
        or _area("\n".join(b.text for b in front))
        or _area_field(cover_text)
        or _area(furniture),
        "published": _published(cover_text)
        or _published(front_text)
        or _published_row(blocks)
        or _cover_date(cover_text)
        or _copyright_year(front_text)
        or _copyright_year(furniture),
        "child": child,
        "child_age": _age(front_text) or _age("\n".join(b.text for b in blocks[:120])),
        "author": _author(cover_text) or _author(front_text) or _signatory(cover_text) or _publisher(cover_text),
    }
    if not meta["child"] and review_type in ("thematic", "other"):
        meta["child_age"] = ""  # no one child: an age in the text is some other child's
    if meta["area"]:
        body = "\n".join(line.text for page in pages for line in page.lines)
        meta["area"] = canonical_area(meta["area"], body)
    if review_type == "national" and not _area(title):
        meta["area"] = ""
    year = meta["published"][:4]
    if review_type == "other" and METHOD_TITLE.search(title) and year.isdigit():
        meta["review_type"] = "SCR" if int(year) < 2019 else "LCSPR"
    entry = _nspcc_heading(pages)
    if entry:
        meta.update(entry)
    meta["region"] = region_of(meta["area"])
    return meta


def _norm_words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _field_rows(blocks: list[Block]) -> list[str]:
    """ "label: value" for each two-cell table row whose first cell is a short label."""
    out = []
    for b in blocks:
        cells = [c.strip() for c in b.cells if c.strip()]
        if (
            b.kind == "row"
            and len(cells) == 2
            and len(cells[0]) <= 40
            and not cells[0].endswith(":")
            and not re.search(r"\d", cells[0])
        ):
            out.append(f"{cells[0]}: {cells[1]}")
    return out


def _nspcc_heading(pages: list[PageLayout]) -> dict[str, str]:
    """The year (or month), area and child an NSPCC repository entry names on its first line."""
    first = next((line.text for page in pages[:1] for line in page.lines if line.text.strip()), "")
    match = NSPCC_HEADING.match(first)
    if not match:
        return {}
    year, month = match.group("year"), match.group("month")
    area = match.group("area").strip()
    out = {
        "published": (_read_date(f"{month} {year}") or year) if month else year,
        "area": "" if area.lower() in ("anonymous", "anon", "not known") else _titlecase(area),
        "child": _titlecase(match.group("child").strip()),
        "title": re.sub(r"\s+", " ", first.strip()),  # the entry is titled by its first line
    }
    return out


def _titlecase(text: str) -> str:
    """A heading printed in capitals ("CHILD U", "ISLE OF WIGHT") in the case names use."""
    if not text.isupper():
        return text
    out: list[str] = []
    for word in text.split():
        if out and out[-1] in ("Child", "Baby", "Family", "Infant", "Sibling") and len(word) <= 3:
            out.append(word)  # the pseudonym's letters stay capitals
        elif out and word.lower() in ("and", "of", "the", "upon", "on", "with", "in"):
            out.append(word.lower())
        else:
            out.append(word.capitalize())
    return " ".join(out)


# A bulletin or web page announcing the review by its title in quotes: 'We published "Serious Case
# Review: Child E" on ...', 'has published its review, "..."'.
ANNOUNCED_TITLE = re.compile(
    r"\b(?:we|has|have|had|was|were|is|are)\s+(?:(?:now|today|recently|just|also|this\s+week)\s+)?published\s+(?:(?:the|a|its|our|their)\s+)?"
    r"(?:(?:review|report)\s*,?\s+)?[\"“‘']([^\"”’]{6,160}?)[\"”’']"
    r"|\bpublication\s+of\s+(?:the\s+)?(?:(?:review|report)\s*,?\s+)?[\"“‘']([^\"”’]{6,160}?)[\"”’']",
    re.IGNORECASE,
)


def _announced_title(text: str) -> str:
    match = ANNOUNCED_TITLE.search(text)
    if match is None:
        return ""
    title = re.sub(r"\s+", " ", match.group(1) or match.group(2)).strip()
    return title if TITLE_WORDS.search(title) else ""


def _title_field(text: str) -> str:
    for line in text.split("\n"):
        match = TITLE_FIELD.match(line)
        if match:
            return _clean_title(match.group(1))
    return ""


# "...: Child L: Overview Report": the document's part named after a title that names the review.
TRAILING_PART = re.compile(r"\s*[:\-–]\s*(?:overview\s+report|executive\s+summary)\s*$", re.IGNORECASE)


# "Executive summary: Serious Case Review concerning Child A": a summary published as a document of its
# own, titled by the review it summarises; the words are its title's, not a part's name.
SUMMARY_OF_REVIEW = re.compile(r"^\s*executive\s+summary\s*[:\-–]\s*(?=.*\breview\b\s+\S)", re.IGNORECASE)


def _clean_title(title: str) -> str:
    if SUMMARY_OF_REVIEW.match(title):
        return _titlecase(re.sub(r"\s+", " ", title.strip()))[:200]
    title = _titlecase(TITLE_PREFIX.sub("", title.strip())) if len(title.split()) > 2 else title.strip()
    trailing = TRAILING_PART.search(title)
    if trailing and re.search(r":\s*\S", title[: trailing.start()]):
        # The whole cover title: "Local Child Safeguarding Practice Review: Child L: Overview Report"
        # (a bare "Serious Case Review: Overview Report" still loses its subtitle below).
        return re.sub(r"\s+", " ", title)[:200]
    title = TITLE_NOISE.sub(": ", title).strip(" :-–")
    return re.sub(r"\s+", " ", title)[:200]


DANGLING = re.compile(r"\b(?:of|for|into|in|on|about|concerning|regarding|the|and)\s*$", re.IGNORECASE)


def _title(blocks: list[Block]) -> str:
    """The cover's largest type, joined; a bare "National review" takes its subtitle."""
    candidates = [b for b in blocks if b.kind in ("heading", "para") and any(c.isalpha() for c in b.text)]
    if not candidates:
        return ""
    biggest = max(b.size for b in candidates)
    if biggest <= 0:
        # Text formats have no type sizes: the top-level heading that names the
        # review, else the first heading that does, else the first heading.
        every = [b for b in candidates if b.kind == "heading"]
        tops = [b for b in every if b.level == 1]
        if every and len(tops) == 1 and every[0] is tops[0] and _could_be_title(tops[0].text):
            # The one top-level heading, first on the page, is the cover's title, even when it names the
            # partnership ("X Safeguarding Children Partnership Annual Report 2024 to 2025").
            return _clean_title(tops[0].text)
        lead = [b for b in every if not _bare_field(b.text)]
        if (
            lead
            and lead[0].level == min(b.level or 9 for b in every)
            and _heads_a_cover(lead[0], candidates)
            and _could_be_title(lead[0].text)
        ):
            # Several top-level headings (or an HTML page's all <h2>): the first, with only its date below it.
            return _clean_title(lead[0].text)
        headings = [b for b in every if not _is_cover_field(b.text)]
        if not headings:
            return _clean_title(candidates[0].text)
        top = min(h.level or 9 for h in headings)
        ranked = sorted(headings, key=lambda h: (not TITLE_WORDS.search(h.text), (h.level or 9) != top))
        return _clean_title(ranked[0].text)
    parts: list[str] = []
    after = None
    for index, b in enumerate(candidates):
        if parts and len(b.text.split()) > 20:
            break  # a paragraph of text set in the title's size (a summary with no display type) ends it
        if b.size >= biggest - 0.5:
            if (
                not parts
                and index
                and candidates[index - 1].kind == "heading"
                and (
                    candidates[index - 1].text.rstrip().endswith(":")
                    # a title's first line set a little smaller to fit: "Executive summary: Local Child"
                    or (
                        candidates[index - 1].size >= 0.85 * biggest and not _is_cover_field(candidates[index - 1].text)
                    )
                )
            ):
                # "Local Child Safeguarding Practice Review:" set smaller above "Poppy: Overview Report": one title.
                parts.append(f"{candidates[index - 1].text.rstrip()} {b.text}")
            else:
                parts.append(b.text)
            after = index + 1
        elif parts:
            break
    cleaned = [p for p in (_clean_title(p) for p in parts) if p]
    title = cleaned[0] if cleaned else ""
    for part in cleaned[1:]:
        title += f" {part}" if DANGLING.search(title) else f": {part}"
    if DANGLING.search(title) and after is not None and after < len(candidates):
        # "Serious Case Review Overview Report in respect of" / "Child K": the title goes on below.
        rest = candidates[after].text.strip()
        if len(rest.split()) <= 6 and not _is_cover_field(rest):
            title = f"{title} {_clean_title(rest)}"
    if GENERIC_TITLE.match(title) and after is not None:
        for b in candidates[after : after + 3]:
            if not _is_cover_field(b.text):
                return _clean_title(b.text)
    return title


def _could_be_title(text: str) -> bool:
    return (
        len(text.split()) >= 3
        and not AUTHOR.search(text)
        and not PUBLISHED.search(text)
        and bool(PARTNERSHIP.sub("", text).strip(" ,:-–|"))
    )


# A cover line that is a dated field: "Date issued: June 2023", "Review date: 2019".
DATED_FIELD = re.compile(r"^\s*[A-Za-z][\w ]{1,30}:\s*(?:\S+\s+){0,3}(?:19|20)\d\d\s*$")


def _bare_field(text: str) -> bool:
    """A cover line that is only a field (the partnership, the date, the author), never a title."""
    return bool(
        AUTHOR.search(text)
        or PUBLISHED.search(text)
        or LSCB_FIELD.search(text)
        or DATE.fullmatch(text.strip())
        or DATED_FIELD.match(text)
        or (PARTNERSHIP.search(text) and not PARTNERSHIP.sub("", text).strip(" ,:-–|"))
    )


def _heads_a_cover(heading: Block, candidates: list[Block]) -> bool:
    """A first top-level heading followed only by short field lines (its date, its author) before the
    next heading: the cover's title, though the sections below are top-level headings too."""
    at = candidates.index(heading)
    below = []
    for b in candidates[at + 1 :]:
        if b.kind == "heading" and not _bare_field(b.text):
            break
        below.append(b)
    return bool(below) and all(len(b.text.split()) <= 8 and not SENTENCE_END.search(b.text) for b in below)


def _is_cover_field(text: str) -> bool:
    return bool(
        AUTHOR.search(text)
        or PUBLISHED.search(text)
        or PARTNERSHIP.search(text)
        or LSCB_FIELD.search(text)
        or DATE.fullmatch(text.strip())
    )


def _publisher(text: str) -> str:
    match = PUBLISHER.search(text)
    return match.group(1).strip(" ,.") if match else ""


# The statutory type a review says it is not: "did not meet the criteria for a Local Child
# Safeguarding Practice Review", "rather than a serious case review".
NOT_THIS_TYPE = re.compile(
    r"\b(?:(?:did|does)\s+not|didn'?t|doesn'?t|failed\s+to)\s+(?:meet|reach|satisfy)\s+(?:the\s+)?(?:criteria|threshold|"
    r"requirements?)\s+(?:for|of)\s+(?:an?\s+)?$|\b(?:rather|other)\s+than\s+(?:an?\s+)?$|\binstead\s+of\s+(?:an?\s+)?$|"
    r"\bnot\s+(?:as\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


def _review_type(title: str, cover: str, front: str) -> str:
    for text in (title, cover, front):
        if PANEL.search(text) and re.search(r"\bnational\b", text, re.IGNORECASE):
            return "national"
        # The review names itself before it names others ("This LCSPR ... an earlier serious case
        # review ..."): the cue printed first wins.
        found = [
            (m.start(), n, review_type)
            for n, (review_type, pattern) in enumerate(TYPE_CUES)
            for m in pattern.finditer(text)
            if not NOT_THIS_TYPE.search(text[max(0, m.start() - 80) : m.start()])
        ]
        if text is title and any(t == "briefing" for _, _, t in found):
            return "briefing"  # a briefing titled by the review it summarises ("7-minute briefing: SCR Child X")
        if found:
            return min(found)[2]
    return "other"


def _area(text: str) -> str:
    """The partnership's area as printed ("Cambridgeshire and Peterborough")."""
    for line in text.split("\n"):
        match = PARTNERSHIP.search(line)
        if match:
            # "Lead reviewer: Hannah Osei. Nottingham Safeguarding ...": the place is after the sentence's end.
            area = SENTENCE_END.split(match.group(1).strip(" ,:"))[-1]
            # "From the Stockport Local Safeguarding Children Board's review": the sentence's words before the place
            area = re.sub(r"^(?:(?:from|by|for)\s+)?(?:the\s+)?", "", area, flags=re.IGNORECASE)
            # "To: The Safeguarding Partners, Milton Keynes Safeguarding ...": the addressee is not the place.
            area = re.sub(r"^.*\b(?:partners|partnership|board|committee)\s*,\s*", "", area, flags=re.IGNORECASE)
            area = _PARTNERSHIP_TAIL.sub("", area).strip(" ,")
            # "Royal Borough of Greenwich", "London Borough of Sutton": the place is the borough's name.
            area = re.sub(r"^(?:(?:royal|london|metropolitan)\s+)?borough\s+of\s+", "", area, flags=re.IGNORECASE)
            if area and area.lower() not in ("child", "local", "national"):
                return area
        named_after = PARTNERSHIP_FOR.search(line)
        if named_after:
            return named_after.group(1).strip()
        keeping = KEEPING_SAFE.search(line)
        if keeping:
            return keeping.group(1).strip()
        field = LSCB_FIELD.search(line)
        if field:
            value = re.split(r"\s+(?:Local\s+)?Safeguarding|\s+LSCB|\s+LSCP", field.group(1))[0].strip(" ,.")
            if value:
                return _PARTNERSHIP_TAIL.sub("", value).strip(" ,")
    return ""


def _area_field(text: str) -> str:
    """The place a record's "Location:" field gives, when no partnership is named."""
    match = AREA_FIELD.search(text)
    if match is None:
        return ""
    area = _PARTNERSHIP_TAIL.sub("", match.group(1).strip(" ,.")).strip(" ,")
    return "" if area.lower() in ("anonymous", "anon", "not known", "national", "england") else area


# Words between the place and "Safeguarding Partnership" that are not the place.
_PARTNERSHIP_TAIL = re.compile(
    r"(?:\s+(?:children(?:'s)?\s+and\s+adults|children(?:'s)?\s+and\s+young\s+people(?:'s)?|young\s+people(?:'s)?|"
    r"children(?:'s)?|adults|multi-agency|community\s+safety(?:\s+and)?|borough(?:\s+council)?|"
    r"city\s+council|county\s+council|council|metropolitan\s+borough))+$",
    re.IGNORECASE,
)
# Official names of local authority areas printed in a shorter form.
_OFFICIAL_NAMES = {
    "hull": "Kingston upon Hull",
    "stoke": "Stoke-on-Trent",
    "newcastle": "Newcastle upon Tyne",
    "southend": "Southend-on-Sea",
    "brighton": "Brighton and Hove",
    "bath": "Bath and North East Somerset",
    "durham": "Durham",
    "county durham": "Durham",
}


def canonical_area(area: str, body: str) -> str:
    """One local authority area for a partnership name.

    "Brighton & Hove" is one area; "Derby and Derbyshire" or "Cornwall and
    the Isles of Scilly" name several, and the review's area is the one the
    report itself mentions most (where the family lived).
    """
    area = re.sub(r"\s*&\s*", " and ", area.strip())
    key = area.lower()
    if key in _OFFICIAL_NAMES:
        return _OFFICIAL_NAMES[key]
    if key in AREA_REGION or " and " not in key:
        return area
    parts = [p.strip() for p in re.split(r",|\band\b", area) if p.strip()]
    parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    known = [p for p in parts if p.lower() in AREA_REGION]
    if not known:
        return area
    without_name = body.replace(area, " ")
    counts = [(len(re.findall(rf"\b{re.escape(p)}\b", without_name)), -i, p) for i, p in enumerate(known)]
    top = max(c[0] for c in counts)
    tied = [c for c in counts if c[0] == top]
    # Nothing to tell them apart: the county ("Derby and Derbyshire") covers the city.
    shires = [c for c in tied if c[2].lower().endswith("shire")]
    best = max(shires or tied)
    return _OFFICIAL_NAMES.get(best[2].lower(), best[2])


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
    return ""


# "We published "..." on our website on 20 April 2017": the date the sentence says it was published on.
PUBLISHED_ON = re.compile(r"\bpublished\b[^.;]{0,120}?\b(?:on|in)\s+(?:the\s+)?(?=\d|" + _MONTH + r")", re.I)


def _published(text: str) -> str:
    for match in PUBLISHED.finditer(text):
        if ORIGINAL.search(text[text.rfind("\n", 0, match.start()) + 1 : match.start()]):
            continue  # "Original review by X, published February 2014": the date of another document
        value = parse_date(match.group(1)) or _short_year_date(match.group(1))
        if value:
            return value
    for match in PUBLISHED_ON.finditer(text):
        found = DATE.match(text, match.end())
        if found:
            return _read_date(found.group(0))
    return ""


# Day, month and a two-digit year ("30.09.23", "4/11/19"): read only where a publication label
# stands before it, since a bare pair of figures is as often a reference or a version.
SHORT_YEAR_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d\d)(?![\d./])")


def _short_year_date(text: str) -> str:
    found = SHORT_YEAR_DATE.match(text)
    if found is None:
        return ""
    day, month, year = (int(g) for g in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"20{year:02d}-{month:02d}-{day:02d}"


# A document a progress report or update refers back to ("Original review by X, published ...").
ORIGINAL = re.compile(r"\b(?:original|earlier|previous|first)\s+(?:review|report)\b", re.IGNORECASE)
# A document about many children's cases (an audit): a child named in it is not its subject.
SEVERAL_CASES = re.compile(r"\baudit\b|\bthematic\b", re.IGNORECASE)


# A date labelled as an event of the case on its own line ("Date of birth: ...", "D.O.D.", "Incident:").
EVENT_FIELD = re.compile(
    r"\b(?:birth|death|d\.?\s?o\.?\s?[bd]\b|born|died|incident|notification|notified|"
    r"episode|referral|injury|injuries|admission|offence|sentenc\w*|convict\w*|trial|"
    # an e-mail's header ("Sent: 4 May 2017 09:14"): when the message went, not the review
    r"sent|received)\b[^\n]*$",
    re.IGNORECASE,
)


# A season and year ("Winter 2012", "Published: Spring 2020"): published in that year, no month.
SEASON = re.compile(r"\b(?:spring|summer|autumn|winter)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
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


_REVIEW_WORDS = re.compile(
    r"\b(?:local\s+)?child\s+safeguarding\s+practice\s+review\b|\bserious\s+case\s+review\b|\bLCSPR\b|\bSCR\b|"
    r"\b(?:learning\s+)?briefing\b|\b(?:learning|rapid|practice)\s+review\b|\breview\b|\breport\b|\babout\b|\bthe\b|\binto\b|\bof\b|\bfor\b|[:\-–]",
    re.IGNORECASE,
)


def _child(text: str) -> str:
    match = PSEUDONYM.search(text)
    if match:
        return f"{match.group(1)} {match.group(2)}"
    named = NAMED_CHILD.search(text)
    if named and named.group(1).split()[0] not in _NOT_NAMES:
        return named.group(1)
    return ""


def _child_from_title(title: str) -> str:
    """A first-name pseudonym the title gives alone ("Learning briefing: Josh", "the LCSPR about Lily")."""
    if title.isupper():
        title = _titlecase(title)  # a plain-text cover in capitals
    child = _child(title)
    if child:
        return child
    ending = re.search(r"\breview\s*[:\-–]\s*([A-Z][a-z]{2,15})$", title)
    if ending and ending.group(1) not in _NOT_NAMES:
        return ending.group(1)  # "Progress report on the recommendations of the review: Harry"
    briefed = re.match(
        r"^([A-Z][a-z]{2,15})\s*[:\-–]\s*(?i:learning|lessons|key\s+messages)\s+(?i:from\s+(?:the|this|our)\s+review)$",
        title,
    )
    if briefed and briefed.group(1) not in _NOT_NAMES:
        return briefed.group(1)  # "Ruby: learning from the review"
    lived = re.search(
        r"\b(?:(?i:experiences?|life|lives|story|voice|death)\s+(?i:of)|(?i:happened)\s+(?i:to))\s+([A-Z][a-z]{2,15})$",
        title,
    )
    if lived and lived.group(1) not in _NOT_NAMES:
        return lived.group(1)  # "Learning from the experiences of Harry", "what happened to Poppy"
    rest = _REVIEW_WORDS.sub(" ", title).split()
    if len(rest) == 1 and re.fullmatch(r"[A-Z][a-z]{2,15}", rest[0]) and rest[0] not in _NOT_NAMES:
        return rest[0]
    return ""


UNBORN = re.compile(r"\b(?:was|were|is)\s+(?:still\s+)?unborn\b", re.IGNORECASE)


def _age(text: str) -> str:
    match = AGE.search(text)
    unborn = UNBORN.search(text)
    if unborn and (not match or unborn.start() < match.start()):
        return "unborn"
    if not match:
        return ""
    number, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    value = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
    unit = unit.lower().rstrip("s")
    return f"{value} {unit}{'' if value == 1 else 's'}"


# A role printed alone on its line, with the name on the line above or below it.
ROLE_LINE = re.compile(
    r"^\s*(?:independent\s+(?:lead\s+)?(?:reviewer|author)|lead\s+reviewer|(?:report\s+)?author|"
    r"overview\s+(?:report\s+)?author|reviewer)s?\s*$",
    re.IGNORECASE,
)
PERSON = re.compile(
    r"^\s*((?:Dr\.?\s+|Professor\s+|Prof\.?\s+)?[A-Z][a-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]*){1,3})"
    r"(?:\s*,\s*[A-Z][A-Za-z ,()]{1,40})?\s*$"
)
_NOT_PEOPLE = re.compile(
    r"\b(?:review|report|partnership|board|council|safeguarding|children|published|date|"
    r"child|baby|practice|serious|case|final|overview|executive|summary)\b",
    re.IGNORECASE,
)


# A chair's role: a review names its chair beside its author ("Independent chair of the review panel").
CHAIR = re.compile(r"\bchair(?:ed|man|woman|person)?\b", re.IGNORECASE)


def _author(text: str) -> str:
    matches = list(AUTHOR.finditer(text))
    if not matches:
        return _author_by_role_line(text)
    # The chair writes the review only when no one else is named for it: a review team's table names
    # its chair first, then the lead reviewer who wrote it.
    match = next((m for m in matches if not CHAIR.search(text[m.start() : m.end()])), matches[0])
    found = re.sub(r"^by\s+", "", next(g for g in match.groups() if g), flags=re.IGNORECASE)
    name = re.split(r"\s{2,}|,|\s+(?:date|published|publication)\b", found, flags=re.IGNORECASE)[0]
    name = SENTENCE_END.split(name)[0]  # "Hannah Osei. Nottingham Safeguarding Children Partnership."
    bare = POSTNOMINALS.sub("", name).strip(" ,.")
    return (bare if len(bare.split()) >= 2 else name).strip(" ,.")


# Degrees and honours after a name: "Jane Smith BA MSc", "Dr A Shah PhD, CQSW".
POSTNOMINALS = re.compile(
    r"(?:[\s,]+(?:[BM]A|[BM]Sc|MPhil|PhD|DPhil|MBA|LLB|LLM|MEd|BEd|RGN|RN|RSCN|RMN|RHV|CQSW|DipSW|Dip|"
    r"PGCE|MBE|OBE|CBE|FRCP|FRCPCH|MRCP|MRCPCH|MBBS|\(Hons\)|Hons))+\s*$"
)
SIGN_OFF = re.compile(r"^\s*yours\s+(?:sincerely|faithfully)\s*,?\s*$", re.IGNORECASE)


def _signatory(text: str) -> str:
    """The name a letter is signed with: the line after "Yours sincerely,"."""
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines[:-1]):
        if SIGN_OFF.match(line):
            person = PERSON.match(lines[i + 1])
            if person and not _NOT_PEOPLE.search(person.group(1)):
                return person.group(1).strip()
    return ""


def _author_by_role_line(text: str) -> str:
    """ "Jane Smith" above (or below) a line that only says "Independent Reviewer"."""
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines):
        if not ROLE_LINE.match(line):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                person = PERSON.match(lines[j])
                if person and not _NOT_PEOPLE.search(person.group(1)):
                    return person.group(1).strip()
    return ""


def read_sidecar(path: Path) -> dict[str, object]:
    """The `NAME.meta.yaml` beside `path` (or `NAME.pdf.meta.yaml`), if there is one."""
    import yaml

    for candidate in (path.with_name(path.stem + ".meta.yaml"), path.with_name(path.name + ".meta.yaml")):
        if candidate.is_file():
            try:
                data = yaml.safe_load(candidate.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
                raise IngestFailure("metadata", f"unreadable sidecar {candidate.name}: {exc}") from exc
            if data is None:
                return {}
            if not isinstance(data, dict):
                raise IngestFailure("metadata", f"sidecar {candidate.name} is not a mapping of field: value")
            return data
    return {}
