"""Ingest stage, metadata: the age of a review's one subject the review never names.

A non-statutory review of one young person whose family asked that he not be named, even by a pseudonym,
still prints his age: "The young person at the centre of this review was 16 years old when he was stabbed".
The review has no child's name, but it is about one child, and that age is the child's age.
"""

from __future__ import annotations

import re

from ingest.metadata.text import AGE_COUNT, AGE_UNIT, age_text, number_value

# "The young person at the centre of this review was 16 years old", "The child who is the subject of this
# review was aged 3 months".
_SUBJECT = re.compile(
    r"\bthe\s+(?:young\s+person|child|baby|infant|boy|girl|teenager)\s+"
    r"(?:at\s+the\s+(?:centre|center|heart)\s+of|who\s+(?:is|was)\s+the\s+(?:subject|focus)\s+of)\s+"
    r"(?:this|the)\s+(?:learning\s+)?review\s+was\s+(?:aged\s+)?" + AGE_COUNT + r"\s*" + AGE_UNIT + r"\b",
    re.I,
)


def subject_age(text: str) -> str:
    """The age the text gives the review's one unnamed subject ("16 years"); else ""."""
    match = _SUBJECT.search(" ".join(text.split()))
    if match is None:
        return ""
    value = number_value(match.group(1))
    if match.group(2).lower().startswith("year") and value > 17:
        return ""
    return age_text(value, match.group(2))
