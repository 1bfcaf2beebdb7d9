"""Tagging stage: the child's age, mapped to the age bands of nlp/records.py.

Finds "an 11-week-old baby", "aged 14", "a 3 year old", "six months old",
"14 years of age", "at the age of 9", "unborn", "pre-birth", "new-born",
"babies under one". Ages stated for a parent or other adult ("mother, aged
17", "a 19-year-old father") are ignored, as are ages of 18 and over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from nlp.components import state_of
from nlp.records import AGE_BANDS

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}
_NUM = r"(?P<num>\d{1,2}|" + "|".join(_WORDS) + r")"
_UNIT = r"(?P<unit>day|week|month|year|yr)s?"
_SEP = r"[\s\-‐–]+"

# (a word every match contains, pattern): the word is checked first, as a
# substring, because running these patterns is the costly part
_AGE_PATTERNS = [
    ("old", re.compile(rf"\b{_NUM}{_SEP}{_UNIT}{_SEP}old\b", re.I)),  # 11-week-old, 3 years old
    ("age", re.compile(rf"\b{_NUM}\s+{_UNIT}\s+of\s+age\b", re.I)),  # 14 years of age
    ("age", re.compile(rf"\baged?\s+(?:of\s+)?{_NUM}\b(?:\s+{_UNIT})?", re.I)),  # aged 14, age 3 months
    ("age", re.compile(rf"\bthe\s+age\s+of\s+{_NUM}\b(?:\s+{_UNIT})?", re.I)),  # at the age of 9
]
_UNBORN = re.compile(r"\b(?:unborn|pre[\s\-]?birth|pre[\s\-]?natal\s+assessment)\b", re.I)
_UNDER_ONE = re.compile(
    r"\b(?:new[\s\-]?borns?|neonates?|neonatal|under[\s\-](?:one|1)s?\b|under\s+the\s+age\s+of\s+(?:one|1)\b)", re.I
)
_ADULT = re.compile(
    r"\b(?:mother|father|mum|dad|parents?|partner|carer|step-?father|step-?mother|uncle|aunt|"
    r"grand(?:mother|father|parent)|man|woman|adult|perpetrator|boyfriend|girlfriend|stepdad|stepmum)\b",
    re.I,
)

@dataclass(frozen=True)
class AgeMention:
    band: str
    start: int  # character offsets into the text
    end: int
    text: str


def band_for(value: int, unit: str) -> str | None:
    """The age band of an age given as a number of days/weeks/months/years."""
    unit = unit.lower()
    if unit in ("day", "week"):
        return "under 1"
    years = value // 12 if unit == "month" else value
    if years < 1:
        return "under 1"
    if years <= 4:
        return "1-4"
    if years <= 10:
        return "5-10"
    if years <= 15:
        return "11-15"
    if years <= 17:
        return "16-17"
    return None


def _is_adults_age(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    before = re.split(r"[.;!?]", before)[-1]
    after = text[end:end + 25]
    after = re.split(r"[.;!?,]", after)[0]
    near_before = before.split()[-3:]
    near_after = after.split()[:2]
    return bool(_ADULT.search(" ".join(near_before)) or _ADULT.search(" ".join(near_after)))


# Every age wording contains one of these; most lessons contain none, and one
# search for them is far cheaper than running each pattern.
_HINT = re.compile(r"\bage|old\b|born|birth|natal|neonat|under[\s-]", re.I)


def find_ages(text: str) -> list[AgeMention]:
    """Every age mention of a child in `text`, in text order."""
    if not _HINT.search(text):
        return []
    lower = text.lower()
    found: list[AgeMention] = []
    taken: list[tuple[int, int]] = []
    for word, pattern in _AGE_PATTERNS:
        if word not in lower:
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            raw = m.group("num").lower()
            value = int(raw) if raw.isdigit() else _WORDS[raw]
            unit = m.group("unit") or "year"
            band = band_for(value, unit)
            taken.append((m.start(), m.end()))
            if band is None or _is_adults_age(text, m.start(), m.end()):
                continue
            found.append(AgeMention(band, m.start(), m.end(), m.group(0)))
    for pattern, band in ((_UNBORN, "unborn"), (_UNDER_ONE, "under 1")):
        for m in pattern.finditer(text):
            found.append(AgeMention(band, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda a: a.start)
    return found


def bands_of(mentions: list[AgeMention]) -> tuple[str, ...]:
    present = {m.band for m in mentions}
    return tuple(b for b in AGE_BANDS if b in present)


class Ages:
    """spaCy component: the AgeMentions of the text, on the Doc's LessonState."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.ages = find_ages(state.text)
        return doc
