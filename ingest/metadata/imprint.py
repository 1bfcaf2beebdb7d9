"""Ingest stage, metadata: the publication date a publisher's imprint line gives.

A report may close (or open) with who published it and when, in one sentence:
"Published by the South Tyneside Safeguarding Children Partnership, 3 December 2024."
The date after the publisher's name is the publication, whatever other dates the
report prints before it (the incident, the decision to review, the edition of the
statutory guidance, the day the final version was agreed). The line may break
anywhere, a page's end among them ("..., August" / "2015."). A line about another
document ("the Serious Case Review about Freya, published by the Board in 2009")
gives no date after a comma and is passed over, as is a line naming an earlier
review in its words ("Published by the Board, with the original review, ...": `dates.ORIGINAL`).
"""

from __future__ import annotations

import re

from ingest.metadata.dates import DATE, ORIGINAL, parse_date

# "Published by <publisher>, <date>": a publisher of up to a dozen words (no sentence's end), a comma, the date.
# It opens a line or a sentence: "a review about Freya, published by the Board, ..." is another document's.
IMPRINT = re.compile(r"(?:^|(?<=[.!?]\s))[ \t]*(?-i:Published|PUBLISHED)\s+by\s+[^.;:]{3,120}?,\s*", re.I | re.M)


def imprint_date(text: str) -> str:
    """The date of the document's own imprint line ("Published by X, <date>."), "" without one."""
    found = ""
    for match in IMPRINT.finditer(text):
        if ORIGINAL.search(match.group(0)):
            continue
        date = DATE.match(text, match.end())
        if date:
            found = parse_date(date.group(0))  # the last: the imprint closes the document
    return found
