"""Ingest stage, blocks: a scan's numbered section heading read as a list item.

A scan has no fonts, so "2. Learning from an earlier review" under "1. Introduction" reads as
the second item of a list. It is the next section's heading when its number continues the
numbered headings before it (one more than the last top-level numbered heading) and it reads
as a title: a few words, no sentence's end, nothing asked of anyone, and no numbered line just before
it (a list under "2. Findings" may go on to a short "3. Escalation"; the next section's heading
read as one more item of a list is `lesson_notes`'s). A list under a heading starts again at 1.

A scan's short numbered line is a heading too when the paragraph after it opens with its first
sub-number ("2. Hospital discharge without a plan" over "2.1 The child was discharged ..."): the
paragraphs are numbered under it, so it titles them. Such titles run from 1 under their heading; a
"3. Strengthening practice" after items 1 and 2 of a list is that list's group line, not a title.

A scan may run the next section's heading into the first paragraph numbered under it ("4. Recommendations
4.1 Schools: The education ..."): the heading and the paragraph are read apart (`run_in_heading`).
"""

from __future__ import annotations

import re

# A top-level numbered heading or item: "2. Learning from an earlier review", "3 Findings".
_NUMBERED = re.compile(r"^(\d{1,2})\.?\s+([A-Z].*)$")
_OPENING_NUMBER = re.compile(r"^\W{0,2}\d{1,2}(?:\.\d{1,2})*[.):]?\s")
_ASKING = re.compile(r"\b(?:should|must|needs?\s+to|will)\b", re.IGNORECASE)


def section_number(text: str) -> int:
    """The top-level number a heading prints ("3. Findings": 3), 0 if none."""
    found = _NUMBERED.match(text.strip())
    return int(found.group(1)) if found else 0


def opens_with_number(text: str) -> bool:
    """Whether a block opens with a number, as a list's item does ("2. Supervision", "6.2 That ...")."""
    return _OPENING_NUMBER.match(text) is not None


def continues_sections(text: str, last: int) -> bool:
    """Whether a scan's numbered line is the section heading after the one numbered `last`."""
    found = _NUMBERED.match(text.strip())
    if not last or found is None or int(found.group(1)) != last + 1:
        return False
    title = found.group(2).strip()
    return len(title.split()) <= 8 and not title.endswith((".", ":", ";", "!", "?", ",")) and not _ASKING.search(title)


def titles_its_paragraphs(text: str, next_text: str, last_title: int) -> bool:
    """Whether a scan's numbered line ("2. Hospital discharge") reads as a title over paragraphs
    numbered under it, the next one opening with its first sub-number ("2.1 The child ..."), its
    number the first or the one after the last such title under the same heading (`last_title`)."""
    found = _NUMBERED.match(text.strip())
    if found is None or int(found.group(1)) != last_title + 1:
        return False
    if not re.match(rf"{found.group(1)}\.1\s", next_text.strip()):
        return False
    title = found.group(2).strip()
    return len(title.split()) <= 10 and not title.endswith((".", ":", ";", "!", "?", ",")) and not _ASKING.search(title)


# The next section's heading run into its first sub-numbered paragraph: "4. Recommendations 4.1 Schools: ...".
_RUN_IN = re.compile(
    r"^(?P<number>\d{1,2})\.?\s+(?P<title>[A-Z][^.:;!?\d]{2,80}?)\s+(?P<rest>(?P=number)\.1\s+[A-Z].*)$", re.S
)


def run_in_heading(text: str, last: int) -> tuple[str, str] | None:
    """A scan's block opening with the heading of the section after the one numbered `last`, run into
    the paragraph numbered first under it: (heading, paragraph); else None."""
    found = _RUN_IN.match(text.strip())
    if found is None or not last or int(found.group("number")) != last + 1:
        return None
    heading = f"{found.group('number')}. {found.group('title').strip()}"
    if not continues_sections(heading, last):
        return None
    return heading, found.group("rest")
