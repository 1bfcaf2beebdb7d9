"""Ingest stage, metadata: the child's age at the incident the review is about.

A review may print several ages of its child: when concerns began ("first raised
when she was 13", "the abuse began when Child T was 12") and when the harm that
led to the review happened or came to light ("died at the age of 16", "was
discovered when he was 15"). The child's age is the age at the incident: the
death, the serious harm or its discovery, often printed as a bare number.
Two more ways the age is printed are read here: years and months kept whole
("17 years and 11 months old") and a young adult the review is about, named
before the age ("a young adult aged 18", "K was 19 years old and a care leaver").
"""

from __future__ import annotations

import re

from ingest.metadata.text import age_text, number_value

_COUNT = (
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)"
)
_UNIT = r"(?:\s+(days?|weeks?|months?|years?)(?:\s+old)?)?"
# The incident that led to the review: the death, the serious harm, its discovery.
_INCIDENT = (
    r"(?:died|death|killed|murdered|took\s+(?:his|her|their)\s+own\s+life|"
    r"(?:was|were)\s+(?:(?:seriously|fatally|badly)\s+)?(?:injured|harmed|stabbed|shot|assaulted|found|discovered)|"
    r"(?:was|were)\s+(?:first\s+)?(?:discovered|disclosed|identified)|came\s+to\s+light)"
)
_PRONOUN = r"(?:he|she|they|(?:Child|Baby|Young\s+Person)\s+[A-Z]{1,3}|[A-Z][a-z]{2,15})"
INCIDENT_AGE = re.compile(
    # "She died at the age of 16", "died aged 16", "was stabbed, aged 15,"
    rf"\b{_INCIDENT}\b[^.;\n]{{0,40}}?\b(?:at\s+the\s+age\s+of|aged)\s+{_COUNT}{_UNIT}\b"
    # "was discovered when he was 15", "died when she was 16 years old"
    rf"|\b{_INCIDENT}\s+when\s+{_PRONOUN}\s+was\s+{_COUNT}{_UNIT}\b"
    # "was 15 when he died"
    rf"|\b(?:was|were)\s+{_COUNT}{_UNIT}\s+when\s+(?:he|she|they)\s+{_INCIDENT}",
    re.IGNORECASE,
)
# Another person's incident, named just before it: "when his mother died", "her father was killed".
_OTHER = re.compile(
    r"\b(?:mother|father|parent|sister|brother|sibling|grandmother|grandfather|partner|friend|carer|uncle|aunt)s?\b",
    re.IGNORECASE,
)


def incident_age(text: str, said: tuple[str, ...] = ()) -> str:
    """The age the text gives the child at the incident ("died at the age of 16"), "" if none; an age
    in a lesson's text (`said`) or told of another person's death is not the child's."""
    flat = " ".join(text.split())
    lessons = [" ".join(s.split()).lower() for s in said]
    for match in INCIDENT_AGE.finditer(flat):
        start = flat.rfind(". ", 0, match.start()) + 1
        if _OTHER.search(flat[max(start, match.start() - 25) : match.start()]):
            continue  # "when his father died", "her brother was stabbed when he was 15"

        if any(match.group(0).lower() in lesson for lesson in lessons):
            continue
        groups = [g for g in match.groups() if g]
        value = number_value(groups[0])
        unit = (groups[1] if len(groups) > 1 else "years").lower().rstrip("s")
        if unit == "year" and value > 17:
            continue
        return age_text(value, unit)
    return ""


# "17 years and 11 months old": the months after the years the age reader found.
AND_MONTHS = re.compile(rf"\s*(?:and|,)?\s*{_COUNT}\s+months?\b", re.IGNORECASE)


def with_months(text: str, end: int, years: int) -> str:
    """ "N years and M months" when the months follow the years an age match ended at (`end`), else ""."""
    more = AND_MONTHS.match(text, end)
    if not more or not re.match(r"\s*(?:and|,)", text[end : more.end()], re.IGNORECASE):
        return ""
    months = number_value(more.group(1))
    if not 0 < months < 12:
        return ""
    return f"{age_text(years, 'years')} and {age_text(months, 'months')}"


# A young adult the review is about, named just before the age: "Young Person P, a young adult aged 18",
# "K was 19 years old and a care leaver".
_ADULT_ROLE = r"(?:,\s+(?:a|an)\s+(?:young\s+(?:adult|person|man|woman)|care\s+leaver)\s*)?"


def young_adults(text: str, start: int, child: str, years: int) -> bool:
    """Whether an age of `years` over 17 (up to 25), printed at `start`, is the `child`'s own: the review's
    young person named just before it, or called a young adult or a care leaver in the sentence."""
    if not child or years > 25:
        return False
    before = " ".join(text[max(0, start - 80) : start].split())
    return re.search(rf"\b{re.escape(child)}{_ADULT_ROLE}\s*$", before + " ") is not None
