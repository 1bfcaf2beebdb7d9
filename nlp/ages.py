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

from nlp.records import AGE_BANDS
from nlp.state import state_of

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_NUM = r"(?P<num>\d{1,2}|" + "|".join(_WORDS) + r")"
_UNIT = r"(?P<unit>day|week|month|year|yr)s?"
_SEP = r"[\s\-‐–]+"

# The patterns, each after a cheap test every text it matches passes (see
# _could_match): running the patterns is the costly part, and most lessons
# have no age in them.
_OLD, _AGE = "old", "age"
_AGE_PATTERNS = [
    (_OLD, re.compile(rf"\b{_NUM}{_SEP}{_UNIT}{_SEP}old\b", re.I)),  # 11-week-old, 3 years old
    (_AGE, re.compile(rf"\b{_NUM}\s+{_UNIT}\s+of\s+age\b", re.I)),  # 14 years of age
    (_AGE, re.compile(rf"\baged?\s+(?:of\s+)?{_NUM}\b(?:\s+{_UNIT})?", re.I)),  # aged 14, age 3 months
    (_AGE, re.compile(rf"\bthe\s+age\s+of\s+{_NUM}\b(?:\s+{_UNIT})?", re.I)),  # at the age of 9
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
    before = text[max(0, start - 30) : start]
    before = re.split(r"[.;!?]", before)[-1]
    after = text[end : end + 25]
    after = re.split(r"[.;!?,]", after)[0]
    near_before = before.split()[-3:]
    near_after = after.split()[:2]
    return bool(_ADULT.search(" ".join(near_before)) or _ADULT.search(" ".join(near_after)))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _is_separator(c: str) -> bool:
    return c.isspace() or c in "-‐–"  # _SEP


def _word_at(lower: str, word: str, before, after) -> bool:
    """Is `word` somewhere in `lower` at a position i where before(lower, i)
    and after(lower, i + len(word)) hold?"""
    i = lower.find(word)
    while i >= 0:
        j = i + len(word)
        if before(lower, i) and after(lower, j):
            return True
        i = lower.find(word, j)
    return False


def _starts_word(lower: str, i: int) -> bool:
    return i == 0 or not _is_word_char(lower[i - 1])


def _ends_word(lower: str, j: int) -> bool:
    return j == len(lower) or not _is_word_char(lower[j])


def _after_separator(lower: str, i: int) -> bool:
    return i == 0 or _is_separator(lower[i - 1])


def _after_pre(lower: str, i: int) -> bool:  # pre[\s\-]?
    return lower.endswith("pre", 0, i) or (
        i > 0 and (lower[i - 1].isspace() or lower[i - 1] == "-") and lower.endswith("pre", 0, i - 1)
    )


def _ends_age_word(lower: str, j: int) -> bool:  # age\b or aged
    return j == len(lower) or lower[j] == "d" or not _is_word_char(lower[j])


def _then_one(lower: str, j: int) -> bool:  # [\s\-](?:one|1)
    return j < len(lower) and _is_separator(lower[j]) and lower.startswith(("one", "1"), j + 1)


def _could_match(lower: str) -> dict[str, bool]:
    """For each kind of pattern, whether `lower` (the text lower-cased) passes
    a test that every text it matches passes: plain substring searches, far
    cheaper than the patterns. "old" must follow a separator and end a word
    (_OLD); "age" must start a word and end one or be "aged" (_AGE);
    unborn needs "unborn", or "birth" or "natal" after "pre"; under-one
    needs "born", "neonat", "under" before a separator and "one" or "1", or
    "under" with an "age" as above ("under the age of one")."""
    age = _word_at(lower, "age", _starts_word, _ends_age_word)
    return {
        _OLD: _word_at(lower, "old", _after_separator, _ends_word),
        _AGE: age,
        "unborn": "unborn" in lower
        or _word_at(lower, "birth", _after_pre, _any)
        or _word_at(lower, "natal", _after_pre, _any),
        "under 1": "born" in lower
        or "neonat" in lower
        or (age and "under" in lower)
        or _word_at(lower, "under", _starts_word, _then_one),
    }


def _any(lower: str, j: int) -> bool:
    return True


def find_ages(text: str) -> list[AgeMention]:
    """Every age mention of a child in `text`, in text order."""
    could = _could_match(text.lower())
    if not any(could.values()):
        return []
    found: list[AgeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _AGE_PATTERNS:
        if not could[kind]:
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
        if could[band]:
            for m in pattern.finditer(text):
                found.append(AgeMention(band, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda a: a.start)
    return found


_RECORDED_AGE = re.compile(r"^\s*" + _NUM + r"\s*(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)


def band_of_recorded_age(child_age: str) -> str | None:
    """The age band of a review's recorded child age ("10 weeks", "14 years",
    "unborn"), or None when it gives none."""
    text = child_age.strip().lower()
    if text in ("unborn", "newborn", "new-born", "neonate"):
        return "under 1"
    match = _RECORDED_AGE.match(text)
    if not match:
        return None
    num = match.group("num")
    return band_for(int(num) if num.isdigit() else _WORDS[num], match.group("unit"))


def bands_of(mentions: list[AgeMention]) -> tuple[str, ...]:
    present = {m.band for m in mentions}
    return tuple(b for b in AGE_BANDS if b in present)


class Ages:
    """spaCy component: the AgeMentions of the text, on the Doc's LessonState."""

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.ages = find_ages(state.text)
        return doc
