"""Ingest stage, metadata: the child the review is about, and the child's age.

The child is the pseudonym ("Child M", "Baby O") or the first name a review's
title gives it, or the children it names together as printed ("Children A, B
and C", `children`); the age is the first age the front pages state ("aged 7
months", "a 3-year-old", "unborn") outside the text of the lessons.
"""

from __future__ import annotations

import datetime
import re

from ingest.metadata.children import children_in_title, listed_children
from ingest.metadata.incident_age import with_months, young_adults
from ingest.metadata.other_ages import someone_elses
from ingest.metadata.review_type import METHOD_TITLE
from ingest.metadata.text import AGE_COUNT, _titlecase, age_text, number_value

PSEUDONYM = re.compile(
    r"\b(Child|Baby|Infant|Family|Young Person|Sibling|Children|Siblings)\s+"
    # initials with their dots, kept as printed: "Child J.K." (the last dot is the initial's, not a stop)
    r"([A-Z](?:\.[A-Z]){1,3}\.?(?![\w-])|[A-Z][A-Z0-9]{0,3}(?:\s+and\s+[A-Z][A-Z0-9]{0,3})?\b(?![a-z])|"
    # numbered, as a review of several children calls them: "Sibling 1", "Child 2" (not a year, not "1.2",
    # not the number opening the next line: "THE WILSON CHILDREN" over "1. INTRODUCTION")
    r"(?<!\n)[1-9]\d?(?:\s+and\s+[1-9]\d?)?\b(?![.,]?\d))"
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
    # the words after a review's type that name its bodies and papers, not a child: "Serious Case Review Panel:"
    "Panel",
    "Group",
    "Sub",
    "Process",
    "Team",
    "Meeting",
    "Committee",
    "Action",
    "Plan",
    "Progress",
    "Update",
    # a report's first section heading, on the line after a title in capitals: "... REVIEW" / "INTRODUCTION"
    "Introduction",
    "Contents",
    "Foreword",
    "Background",
    "Acknowledgements",
    "Findings",
    "Recommendations",
    "Glossary",
}
AGE = re.compile(
    r"\b(?:aged|at\s+the\s+age\s+of|age(?:d)?\s*(?:at\s+(?:the\s+)?(?:time|incident)[^:\d]{0,20})?:?|was|were)\s+"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
    r"\s*(days?|weeks?|months?|years?)(?:\s+old)?\b"
    r"|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"[\s-](day|week|month|year)[\s-]old\b",
    re.IGNORECASE,
)
# Other ways a review prints the age: "Child T, 14 months old,", "a baby of 11 weeks", "Age of child: 7
# months", and a bare number of years after "aged", "then" or an age field ("aged 15", "Age: 15", ", then 15,").
AGE_MORE = re.compile(
    rf"\b{AGE_COUNT}\s+(days?|weeks?|months?|years?)\s+old\b"
    rf"|\b(?:baby|child|boy|girl|infant|son|daughter)\s+of\s+{AGE_COUNT}\s+(days?|weeks?|months?|years?)\b"
    rf"|\bage\s+of\s+(?:the\s+)?(?:child|young\s+person)\s*:\s*{AGE_COUNT}\s*(days?|weeks?|months?|years?)\b"
    # an age field may say when ("Age at the time of the incident: 4"; "Age at the date of this report:" never)
    rf"|(?:\baged|^\s*age(?:\s+at\s+(?:the\s+)?(?:time|incident)[^:\d\n]{{0,20}})?\s*:)"
    rf"\s*{AGE_COUNT}\b(?!\s*(?:days?|weeks?|months?|years?|(?:[-–/%.,]|to|and|or)\s*\d))"
    # the age when it happened, in apposition: "when Child G, then 13, was living with her family"
    rf"|(?<=[,(])\s*then\s+{AGE_COUNT}(?=\s*[,)])"
    # the older way, years in words with no unit: "Harry, a boy of nine, was found ..."
    rf"|\b(?:boy|girl|child|son|daughter)\s+of\s+{AGE_COUNT}(?=\s*[,;:.)]|\s+(?:was|who|when|at|had|and)\b)"
    # a child's story told in the first person: "I am twelve.", "I'm 9 years old."
    rf"|(?-i:\bI)\s*(?:am|['’]m)\s+{AGE_COUNT}(?:\s+(years?)\s+old)?(?=\s*[.,;!])",
    re.IGNORECASE | re.MULTILINE,
)
# A document about many children's cases (an audit): a child named in it is not its subject.
# A title on several cases: an audit, a thematic review, "Learning from local case reviews" (a page listing
# several reviews, whose children are theirs, not the page's).
SEVERAL_CASES = re.compile(
    r"\baudit\b|\bthematic\b|^\W*learning\s+from\s+(?:(?:our|local|recent|case|practice|serious)\s+){0,3}reviews\s*$|"
    # a register listing a partnership's reviews one a row: each row's child is its own review's
    r"\b(?:register|list|log|index|schedule|tracker)\s+of\s+(?:[\w-]+\s+){0,3}reviews\b",
    re.IGNORECASE,
)


_REVIEW_WORDS = re.compile(
    r"\b(?:local\s+)?child\s+safeguarding\s+practice\s+review\b|\bserious\s+case\s+review\b|\bLCSPR\b|\bSCR\b|"
    r"\b(?:learning\s+)?briefing\b|\b(?:learning|rapid|practice)\s+review\b|\breview\b|\breport\b|\babout\b|\bthe\b|\binto\b|\bof\b|\bfor\b|[:\-–]",
    re.IGNORECASE,
)


# A first name after the review's type, ending its heading or before its colon: "3. LCSPR Evie: final
# report", "SCR Theo", "Serious Case Review Theo: LSCB Action Plan".
NAMED_AFTER_TYPE = re.compile(
    r"\b(?:(?:LCSPR|SCR)\s+([A-Z][a-z]{2,15})[ \t]*(?=[:\-–]|$)|"
    r"(?i:serious\s+case\s+review|(?:local\s+)?child\s+safeguarding\s+practice\s+review)"
    # the type in full: the name ends the line or stands before a colon or a spaced dash ("Sub-Group" is none)
    r"\s+([A-Z][a-z]{2,15})[ \t]*(?=:|\s[\-–]\s|$))",
    re.MULTILINE,
)


# A first name with a child's age in apposition: "the death of Evie, aged 5 years", "Isla, aged 14 years, was
# brought to the emergency department" (an adult's age is no child's: the age is checked below).
NAMED_WITH_AGE = re.compile(
    rf"(?<![\w'’])([A-Z][a-z]{{2,15}}),\s+(?:who\s+was\s+)?aged\s+{AGE_COUNT}\s*(days?|weeks?|months?|years?)\b"
)
_RELATIONS = {"Mother", "Father", "Mum", "Dad", "Stepfather", "Stepmother", "Partner", "Grandmother", "Grandfather"}


def _child(text: str) -> str:
    match = PSEUDONYM.search(text)
    if match and match.group(1) in ("Children", "Siblings"):
        return listed_children(text[match.start() :]) or f"{match.group(1)} {match.group(2)}"
    if match:
        return f"{match.group(1)} {match.group(2)}"
    named = NAMED_CHILD.search(text)
    if named and named.group(1).split()[0] not in _NOT_NAMES:
        return named.group(1)
    typed = NAMED_AFTER_TYPE.search(text)
    if typed and (typed.group(1) or typed.group(2)) not in _NOT_NAMES:
        return typed.group(1) or typed.group(2)
    for aged in NAMED_WITH_AGE.finditer(text):
        name, number, unit = aged.groups()
        value = number_value(number)
        if name in _NOT_NAMES or name in _RELATIONS or (unit.lower().startswith("year") and value > 17):
            continue
        return name
    return ""


def _child_from_title(title: str) -> str:
    """A first-name pseudonym the title gives alone ("Learning briefing: Josh", "the LCSPR about Lily")."""
    if title.isupper():
        title = _titlecase(title)  # a plain-text cover in capitals
    # a first name in quotation marks, the pseudonym given it: "Serious Case Review: 'Theo'"
    title = QUOTED_NAME.sub(r"\1", title)
    # a version in the child's name, before a subtitle in capitals ("Tilly's Review: What Went Well")
    owned = OWN_VERSION.match(title)
    name = next((g for g in owned.groups() if g), "") if owned else ""
    if name and name not in _NOT_NAMES and name not in _NOT_OWNERS:
        return name  # "For Leah's family: what the review found", "Amber's review: what went well"
    child = children_in_title(title) or _child(title)
    if child:
        return child
    # "... review: Harry", "learning from the review of Ruby", "single-agency learning from the review of Evie";
    # a review's report titled by its method: "Significant Incident Learning Process (SILP) report: Harry" (an
    # audit's report is titled by its subject: "Multi-agency audit report: Neglect")
    of_review = METHOD_TITLE.search(title) or re.search(r"\b(?:review|SCR|LCSPR)\b", title, re.IGNORECASE)
    # "Rapid review: Isla. Summary of learning": the child before a sentence naming what the document is
    title = _DOCUMENT_SUBTITLE.sub("", title)
    ending = re.search(
        # "7-minute briefing: Olivia", "Learning summary: Olivia": a briefing titled by the child
        r"\b(?:(?i:review)(?:\s*[:\-–]|\s+(?i:of|about|concerning|regarding|into))|(?i:briefing|learning\s+summary)\s*[:\-–]"
        # "Rapid review summary: Isla": a review's summary titled by the child
        + (r"|(?i:report|summary)\s*[:\-–])" if of_review else ")")
        + r"\s*([A-Z][a-z]{2,15})$",
        title,
    )
    if ending and ending.group(1) not in _NOT_NAMES:
        return ending.group(1)  # "Progress report on the recommendations of the review: Harry"
    # the review named by its acronym, then the child: "Learning from CSPR Harry", "SCR Evie: what we learned"
    acronym = re.search(r"\b(?:L?CSPR|SCR)\s+([A-Z][a-z]{2,15})\s*(?=[:\-–]|$)", title)
    if acronym and acronym.group(1) not in _NOT_NAMES:
        return acronym.group(1)
    # "Serious Case Review: DL": a child known by initials, printed without a word before them (not the
    # abbreviations a title prints for itself)
    initials = re.search(r"\b(?i:review|report)\s*[:\-–]\s*([A-Z]{2,3})$", title)
    if initials and initials.group(1) not in _TITLE_ABBREVIATIONS:
        return initials.group(1)
    briefed = re.match(
        r"^([A-Z][a-z]{2,15})\s*[:\-–]\s*(?i:(?:learning|lessons|key\s+messages)\s+from\s+(?:the|this|our)\s+review|"
        r"what\s+(?:we|the\s+review)\s+(?:learned|learnt|found)|what\s+we\s+(?:have|can)\s+learn(?:ed|t)?|"
        # the review's report titled by the child: "Evie: Overview Report", "Theo: Executive Summary"
        r"(?:(?:the\s+)?(?:overview|final|full)\s+report|executive\s+summary))$",
        title,
    )
    if briefed and briefed.group(1) not in _NOT_NAMES:
        return briefed.group(1)  # "Ruby: learning from the review", "Harry: what we learned", "Evie: Overview Report"
    lived = re.search(
        r"\b(?:(?i:experiences?|life|lives|story|voice|death)\s+(?i:of)|(?i:happened)\s+(?i:to))\s+([A-Z][a-z]{2,15})"
        # ... before the subtitle naming its readers: "What happened to Maisie: a version for young people"
        r"[ \t]*(?=[:\-–]|$)"
        # the child's own view or life, the name in the possessive: "Through Isla's eyes", "Isla's world"
        r"|^\W*(?:(?i:through|in|seen\s+through)\s+)?([A-Z][a-z]{2,15})['’]s\s+"
        r"(?i:eyes|world|life|journey|experience|voice)\b[ \t]*(?=[:\-–]|$)",
        title,
    )
    name = next((g for g in lived.groups() if g), "") if lived else ""
    if name and name not in _NOT_NAMES and name not in _NOT_OWNERS:
        return name  # "Learning from the experiences of Harry", "what happened to Poppy", "Through Isla's eyes"
    rest = _REVIEW_WORDS.sub(" ", title).split()
    if len(rest) == 1 and re.fullmatch(r"[A-Z][a-z]{2,15}", rest[0]) and rest[0] not in _NOT_NAMES:
        return rest[0]
    return ""


# A sentence after the title's last name naming what the document is: ". Summary of learning", ". Key learning".
_DOCUMENT_SUBTITLE = re.compile(
    r"\.\s+(?i:(?:an?\s+)?(?:summary|overview)(?:\s+of\s+(?:the\s+)?(?:key\s+)?(?:learning|findings|lessons))?|"
    r"(?:key\s+)?learning(?:\s+summary)?|key\s+messages)\s*$"
)


# A version of a review for the child's family or in the child's name, the child called by a first name:
# "For Leah's family: ...", "Amber's review: ...", "Leo's story: ..."; a sheet of learning for some readers
# titled by the child after them: "Learning for police officers: Harry".
OWN_VERSION = re.compile(
    r"^\W*(?:(?i:for)\s+([A-Z][a-z]{2,15})['’]s\s+(?i:family|families|parents|carers)\b|"
    r"([A-Z][a-z]{2,15})['’]s\s+(?i:review|story|version)\s*[:\-–]|"
    r"(?i:learning|lessons|key\s+messages)\s+(?i:for)\s+[^:\n]{3,40}:\s*([A-Z][a-z]{2,15})$)"
)
# Owners no child is: a board's or a partnership's own review ("The Partnership's review: ...").
_NOT_OWNERS = {"Children", "Childrens", "People", "Family", "Families", "Partnership", "Board", "Panel", "Council"}


QUOTED_NAME = re.compile(r"[‘'\"“]([A-Z][a-z]{2,15})[’'\"”](?!\w)")


# Abbreviations a title prints that are no child's initials: "Rapid review: SCR", "Summary report: NHS".
_TITLE_ABBREVIATIONS = {"SCR", "SCRS", "DHR", "SAR", "LSCB", "LSCP", "SCP", "NHS", "CDOP", "JTAI", "MASH", "GP", "ICB"}


UNBORN = re.compile(r"\b(?:was|were|is)\s+(?:still\s+)?unborn\b", re.IGNORECASE)
# The birth the text goes on to tell: "Oscar was born at 38 weeks. He was 10 weeks old when he died".
BORN_LATER = re.compile(r"\b(?:was|were)\s+born\b", re.IGNORECASE)


def _age(text: str, lesson_texts: tuple[str, ...] = (), child: str = "") -> str:
    """The first age the text states of the child, passing over any inside a lesson's text: a finding
    speaks of "a two-month-old" or "the impact on a four-year-old" in general, and the child's own age
    is printed on the cover, in the summary or in the background. An age the sentence gives the `child`
    by name ("Child F died ... at the age of 5 months") is the child's wherever it is printed."""
    said = [_spaced(t) for t in lesson_texts]
    found = sorted([*AGE.finditer(text), *AGE_MORE.finditer(text), *UNBORN.finditer(text)], key=lambda m: m.start())
    unborn = ""
    for match in found:
        if said and _inside(text, match, said) and not _of_child(text, match, child):
            continue
        if someone_elses(text, match):
            continue  # "his three-year-old sister", "a twenty-four-year-old man", "A fourteen-year-old cannot ..."
        if match.re is UNBORN:
            if not BORN_LATER.search(text, match.end()):
                return "unborn"
            # "unborn when agencies first became involved", then born: the age the text states after, if any
            unborn = unborn or "unborn"
            continue
        if unborn and match.re is not AGE:
            # after the birth, only an age stated as the child's ("He was 10 weeks old when he died"); a
            # time clause ("was injured when five weeks old") leaves the review's child the unborn baby
            continue
        groups = [g for g in match.groups() if g]
        number, unit = groups[0], (groups[1] if len(groups) > 1 else "years")
        value = number_value(number)
        unit = unit.lower().rstrip("s")
        if unit == "year" and value > 17 and not young_adults(text, match.start(), child, value):
            continue  # an adult's age ("his mother, 23 years old"), not the young adult the review is about
        whole = with_months(text, match.end(), value) if unit == "year" else ""
        return whole or age_text(value, unit)
    return unborn


def _of_child(text: str, match: re.Match[str], child: str) -> bool:
    """Whether the sentence the age is printed in names the child before it."""
    if not child:
        return False
    start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    return re.search(rf"\b{re.escape(child)}\b", text[start : match.start()]) is not None


def _spaced(text: str) -> str:
    return " ".join(text.split()).lower()


def _inside(text: str, match: re.Match[str], said: list[str]) -> bool:
    """Whether the line the age is printed on, around it, is part of a lesson's text."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    end = len(text) if end < 0 else end
    # A few words either side on its line: the wrapped line itself may join the lesson's text differently.
    around = _spaced(text[max(start, match.start() - 30) : min(end, match.end() + 30)])
    return any(around in lesson for lesson in said)


# The child's birth and the event that led to the review, when the review states no age: "Jack was born
# on 2 May 2019 ... The incident that led to this review happened on 4 September 2019".
BORN = re.compile(r"\b(?:was|were)\s+born\s+(?:on\s+(?:the\s+)?|in\s+)?", re.IGNORECASE)
EVENT = re.compile(
    r"\b(?:incident|injur(?:y|ies)|death|died|admitted|collapse[d]?|harm)\b[^.\n]{0,80}?\b(?:on|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _age_from_birth(text: str) -> str:
    """The child's age at the event that led to the review, from the dates of both: in weeks under
    thirteen weeks, in months under two years, in years after, as reviews print an age."""
    from ingest.metadata.dates import DATE, parse_date

    flat = re.sub(r"\s+", " ", text)
    born = next((m for m in BORN.finditer(flat) if DATE.match(flat, m.end())), None)
    if born is None:
        return ""
    event = next((m for m in EVENT.finditer(flat, born.end()) if DATE.match(flat, m.end())), None)
    if event is None:
        return ""
    birth = parse_date(DATE.match(flat, born.end()).group(0))  # type: ignore[union-attr]
    then = parse_date(DATE.match(flat, event.end()).group(0))  # type: ignore[union-attr]
    return age_between(birth, then)


def age_between(birth: str, then: str) -> str:
    """The age at `then` of a child born on `birth` (ISO dates, "YYYY-MM" at least): in weeks under
    thirteen weeks, in months under two years, in years after, as reviews print an age; "" if unknown."""
    if len(birth) < 7 or len(then) < 7:
        return ""
    months = (int(then[:4]) - int(birth[:4])) * 12 + int(then[5:7]) - int(birth[5:7])
    if len(birth) == 10 and len(then) == 10:
        days = (datetime.date.fromisoformat(then) - datetime.date.fromisoformat(birth)).days
        if days < 0:
            return ""
        if days < 91:
            weeks = days // 7
            return f"{weeks} week{'' if weeks == 1 else 's'}" if weeks else ""
        if int(then[8:]) < int(birth[8:]):
            months -= 1  # not yet the day of the month the child was born on
    if months < 0 or months // 12 > 17:
        return ""
    if months < 24:
        return f"{months} month{'' if months == 1 else 's'}" if months else ""
    return f"{months // 12} years"


# A family-members table: a header naming an age column ("Age", "Age at the time of the incident"), and the
# row of the child the review is about ("Child M | Subject of the review | 10 weeks").
AGE_COLUMN = re.compile(r"^\W*age\b", re.IGNORECASE)
SUBJECT_ROW = re.compile(
    r"\bsubject\s+(?:of\s+(?:the|this)\s+(?:review|report)|child)\b|^\W*(?:the\s+)?(?:subject\s+)?child\W*$",
    re.IGNORECASE,
)
AGE_CELL = re.compile(rf"^\W*{AGE_COUNT}\s*(days?|weeks?|months?|years?)(?:\s+old)?\W*$", re.IGNORECASE)


def _age_from_table(rows: list[tuple[str, ...]], child: str) -> str:
    """The age a family-members table gives in the child's row: the row naming the child, or the row
    saying it is the review's subject, under a header with an "Age" column (other rows are the adults').
    The age is the row's one cell giving an age: a PDF's narrow header cells may be read run together,
    so the column is not counted."""
    under_header = False
    for cells in rows:
        cells = tuple(c.strip() for c in cells)
        ages = [AGE_CELL.match(c) for c in cells]
        found = [m for m in ages if m]
        if any(AGE_COLUMN.match(c) for c in cells) and not found:
            under_header = True
            continue
        if not under_header or len(found) != 1:
            under_header = False  # the table ended
            continue
        others = [c for c, m in zip(cells, ages) if not m]
        if any(SUBJECT_ROW.search(c) or (child and c.lower() == child.lower()) for c in others):
            return age_text(number_value(found[0].group(1)), found[0].group(2))
    return ""
