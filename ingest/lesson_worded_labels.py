"""Ingest stage: lesson segmentation, labels printed in forms the numbered label pattern does not read,
for the walk's label step: the ordinal in words before the kind ("First finding: title", "Second
recommendation:"), the number after a hash ("Finding #3: title"), and the agency between the kind and a
number counted afresh for each agency ("Recommendation for Health 2: ..."). Each is recorded as printed,
without its closing colon or stop; the agency so named leads the recommendation.
"""

from __future__ import annotations

import re

_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_KINDS = r"(?:key\s+)?(?:finding|recommendation|learning(?:\s+point)?|lesson)"

# "First finding: title", "Third learning point -": the ordinal in words, then the kind, then a colon or dash.
ORDINAL_LABEL = re.compile(
    rf"^(?P<printed>(?=(?-i:[A-Z]))(?P<num>(?:{_ORDINALS})\b)\s+(?P<word>{_KINDS}))"
    r"\s*[:\-–—]\s*(?=\S)",
    re.IGNORECASE,
)

# "Finding #3: title", "Recommendation # 2."
HASH_LABEL = re.compile(
    rf"^(?P<printed>(?P<word>{_KINDS})\s*(?P<num>#\s?\d{{1,2}}[a-z]?))\s*[:.\-–—]?\s+(?=\S)",
    re.IGNORECASE,
)

# "Recommendation for Health 1:", "Recommendation for Children's Services 2 -": numbered within each agency.
AGENCY_NUMBERED_LABEL = re.compile(
    r"^(?P<printed>(?P<word>recommendations?)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?P<agency>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z&])[\w'’&-]*){0,5})\s+(?P<num>\d{1,2}[a-z]?))"
    r"\s*[:.\-–—]\s*(?=\S)",
    re.IGNORECASE,
)


def worded_label(text: str) -> re.Match[str] | None:
    """The label in one of these forms opening the text, if any (groups word, num, printed, and for a
    label numbered within its agency, agency)."""
    return ORDINAL_LABEL.match(text) or HASH_LABEL.match(text) or AGENCY_NUMBERED_LABEL.match(text)
