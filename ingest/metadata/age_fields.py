"""Ingest stage, metadata: the child's age from the dates a cover prints as fields.

An older report's cover gives the child's dates, not the age: "D.O.B.: 06.09.2010" over
"D.O.D.: 22.11.2010", or "Date of birth:" over "Date of incident:". The age at the event is
the time between them, counted as reviews print an age (`child.age_between`). Both dates
are events of the case, never the publication (`dates.EVENT_FIELD`).
"""

from __future__ import annotations

import re

from ingest.metadata.child import age_between
from ingest.metadata.dates import parse_date

# "D.O.B.: 06.09.2010", "DOB - 6 September 2010", "Date of birth: ...".
BIRTH_FIELD = re.compile(
    r"^\W*(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born)\s*[:\-–]?\s*(?P<date>\S.{3,40}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# The event that led to the review, as a field: "D.O.D.:", "Date of death:", "Date of incident:".
EVENT_FIELD = re.compile(
    r"^\W*(?:d\.?\s?o\.?\s?d\.?|date\s+of\s+(?:the\s+)?(?:death|incident|injury|injuries|admission|serious\s+incident)|"
    r"(?:incident|death)\s+date|died)\s*[:\-–]?\s*(?P<date>\S.{3,40}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def age_from_fields(text: str) -> str:
    """The child's age at the event from a birth field and an event field; "" without both
    (or without a day or month in either: a year alone gives no age)."""
    birth = next((parse_date(m.group("date")) for m in BIRTH_FIELD.finditer(text)), "")
    then = next((parse_date(m.group("date")) for m in EVENT_FIELD.finditer(text)), "")
    return age_between(birth, then) if birth and then else ""
