"""Ingest stage, metadata: the several writers a review's cover names.

Two ways a cover names more than one writer: a field listing them, each with
degrees and honours after the name ("Independent Reviewer(s): A BA (Hons), B MSc,
RN and C CQSW": the author "A, B and C", the letters dropped wherever they are
printed), and fields of their own, one a line, for each writer's role ("Lead
Reviewer: A" over "Report writer: B" or "Co-reviewer: B": the author "A and B"). Only roles that write
a report count (a reviewer, an author, a report writer); a chair of the panel, a
scrutineer or a business manager printed in the same block wrote none of it.
"""

from __future__ import annotations

import re

from ingest.metadata.text import NAME

# Degrees and honours printed after a name, anywhere in a list of names.
DEGREE = re.compile(
    r"(?<=[\s,])(?:[BM]Sc|MPhil|PhD|DPhil|MEd|BEd|DipSW|Dip|MSW|\(Hons\)|Hons|"
    # any run of capitals: "BA", "RN", "CQSW", "MBE", "RSW", "FRCPCH"
    r"[A-Z]{2,7})(?=[\s,]|$)"
)
# An organisation's name: "Harbour Practice Reviews Ltd", "Clearwater Review Associates LLP" (a firm
# named beside its lead reviewer is no second writer: the person wrote the review).
FIRM = re.compile(r"\b(?:Ltd|Limited|LLP|plc|CIC|Associates|Consulting|Consultancy|Consultants)\b\.?")
_PERSON = re.compile(r"(?:Dr\.?\s+|Professor\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}")


def without_degrees(value: str) -> str:
    """A field's value with the degrees and honours after each name dropped, and the commas they leave."""
    value = DEGREE.sub("", value)
    while DEGREE.search(value):
        value = DEGREE.sub("", value)
    value = re.sub(r"\s*,(?:\s*,)+", ",", value)  # "Anita Kaur , , and" -> "Anita Kaur, and"
    value = re.sub(r"\s*,\s*(?=(?:and|&)\s)", " ", value)
    value = re.sub(r"\s+,", ",", value)
    return " ".join(value.split()).strip(" ,")


def listed_writers(value: str) -> str:
    """ "A, B and C" for a field's value listing three or more people ("A BA (Hons), B MSc, RN and C CQSW"),
    each a person's name once the degrees are dropped; "" for anything else (a name and a post)."""
    parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", without_degrees(value))
    if len(parts) < 3 or not re.search(r"\s(?:and|&)\s", value) or FIRM.search(value):
        return ""
    if not all(_PERSON.fullmatch(part) for part in parts):
        return ""
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


# A field line naming a writer by a role that writes a report.
WRITER_FIELD = re.compile(
    r"^\s*(?i:(?:report\s+|overview\s+(?:report\s+)?)?(?:writer|(?:co-?)?author)s?|"
    r"(?:independent\s+)?(?:lead\s+|co-?\s?)?reviewers?)\s*:\s*"
    rf"((?-i:{NAME}))[ \t]*$"
)
# A line of a cover's block of fields: "Label: value".
FIELD_LINE = re.compile(r"^\s*[A-Z][\w '’()/-]{1,50}:\s*\S")


def field_cowriters(text: str, start: int, name: str) -> list[str]:
    """The other writers the cover's block of field lines names, each on a line of its own with a writer's
    role ("Report writer: B" beside "Lead Reviewer: A", the field found at `start`), in the order printed."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return []  # the name was found in a sentence, not a field of its own
    lines = text.split("\n")
    at = text.count("\n", 0, start)
    first, last = at, at
    while first > 0 and FIELD_LINE.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and FIELD_LINE.match(lines[last + 1]):
        last += 1
    found: list[str] = []
    for i in range(first, last + 1):
        field = WRITER_FIELD.match(lines[i]) if i != at else None
        if field and not FIRM.search(lines[i]):
            person = without_degrees(field.group(1))
            if person != name and person not in found and _PERSON.fullmatch(person):
                found.append(person)
    return found


def run_on(text: str, end: int, value: str) -> str:
    """A field's list of names with its next line, when the list wraps ("A BA (Hons), B MSc, RN and" /
    "C CQSW", "A MA, B BSc and C" / "Cole PhD"); the value as found otherwise."""
    if not re.search(r",.*\s(?:and|&)(?:\s+\S+)?\s*$", value) or not text.startswith("\n", end):
        return value
    following = text[end + 1 :].split("\n", 1)[0].strip()
    if not following or ":" in following or len(following) > 40:
        return value
    return f"{value.rstrip()} {following}"
