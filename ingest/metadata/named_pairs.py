"""Ingest stage, metadata: a review titled by two people, and an age a later page corrects.

Read after the child and the age, which they check against the rest of the text:

    the child of a pair      a domestic homicide review that is also a children's review is titled by
                             the adult killed and the child ("Domestic Homicide Review and Local Child
                             Safeguarding Practice Review: Kerry and Freya"): the child is the one of
                             the two the text calls a child ("Her daughter, Freya, who was 18 months old")
    two children's ages      a review of two siblings ("Serious Case Review: Ruby and Isla") that gives
                             each an age ("Ruby, aged 5 years, and Isla, aged 14 years"): the child is
                             both, and no one age is theirs when the two differ
    an erratum's age         "Child L was 12 years old at the time, not 13 years as printed": the
                             corrected age is recorded, not the one the introduction printed
"""

from __future__ import annotations

import re

from ingest.metadata.text import AGE_COUNT, AGE_UNIT, age_text, number_value
from ingest.metadata.title import LEADING_PART

# Two names joined, as a title prints its pair: "Kerry and Freya", "Child V and Child R".
_NAME = r"(?:(?:Child|Baby|Sibling|Twin)\s+[A-Z][A-Z0-9]{0,2}|[A-Z][a-z]{2,15})"
PAIR = re.compile(rf"^({_NAME})\s+(?:and|&)\s+({_NAME})$")

# A relation that makes a name a child: "Her daughter, Freya,", "her son Jack".
_CHILD_WORDS = r"(?:daughter|son|baby|child|grandchild|granddaughter|grandson|niece|nephew)"


def age_of(name: str, text: str) -> str:
    """The age the text gives `name` in apposition ("Freya, who was 18 months old", "Ruby, aged 5 years")."""
    match = re.search(
        rf"(?<![\w'’]){re.escape(name)},\s+(?:who\s+was\s+|then\s+)?(?:aged\s+)?{AGE_COUNT}\s*{AGE_UNIT}\b"
        # "Child C, aged 14, and Child D, aged 15": an age in years with no unit after "aged"
        rf"|(?<![\w'’]){re.escape(name)},\s+aged\s+(\d{{1,2}})(?=\s*[,;)]|\s+(?:and|&)\s)",
        text,
        re.IGNORECASE,
    )
    if match is None:
        return ""
    number, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), "years")
    value = number_value(number)
    if unit.lower().startswith("year") and value > 17:
        return ""  # an adult's
    return age_text(value, unit)


def child_of_pair(child: str, text: str) -> str:
    """The one of an adult review's pair of names the text calls a child (by a child's age or as a son or
    daughter); `child` unchanged when it names no pair or the text tells neither apart."""
    pair = PAIR.match(child)
    if pair is None:
        return child
    called = [
        name
        for name in pair.groups()
        if age_of(name, text)
        or re.search(rf"\b{_CHILD_WORDS},?\s+{re.escape(name)}\b", text, re.IGNORECASE)
        # "Her child, referred to in this report as Theo, was 12 years old"
        or re.search(
            rf"\b{_CHILD_WORDS},?\s+(?:(?:referred\s+to|known)\s+(?:in\s+(?:this|the)\s+(?:report|review)\s+)?as|called)\s+"
            rf"{re.escape(name)}\b",
            text,
            re.IGNORECASE,
        )
        # "Harry, her child, was 12 years old"
        or re.search(rf"\b{re.escape(name)},\s+(?:her|his|their)\s+{_CHILD_WORDS}\b", text, re.IGNORECASE)
    ]
    return called[0] if len(called) == 1 else child


def pair_age(child: str, text: str, age: str) -> str:
    """No age for two children named together whom the text gives different ages; else `age`."""
    pair = PAIR.match(child)
    if pair is None:
        return age
    ages = {age_of(name, text) for name in pair.groups()} - {""}
    return "" if len(ages) > 1 else age


# An erratum's correction of an age: "was 12 years old at the time, not 13 years as printed".
CORRECTED_AGE = re.compile(
    rf"\b(?:was|is|were|aged)\s+{AGE_COUNT}\s*{AGE_UNIT}(?:\s+old)?(?:\s+at\s+the\s+time)?\s*,?\s+(?:and\s+)?not\s+"
    rf"{AGE_COUNT}\s*{AGE_UNIT}?(?:\s+old)?\s*,?\s+as\s+(?:was\s+)?(?:printed|stated|written|given|shown|reported)\b",
    re.IGNORECASE,
)


def corrected_age(text: str, age: str) -> str:
    """The age an erratum gives in place of the one printed (`age`, when it corrects that one)."""
    for match in CORRECTED_AGE.finditer(text):
        number, unit, wrong, wrong_unit = match.groups()
        value = number_value(number)
        wrong_value = number_value(wrong)
        printed = age_text(wrong_value, wrong_unit or unit)
        if not age or printed == age:
            return age_text(value, unit)
    return age


# A joint review's report titled by its part's name over the pair ("Overview report: Gemma and Harry").
PART_OVER_PAIR = re.compile(LEADING_PART.pattern + rf"(?P<pair>{_NAME}\s+(?:and|&)\s+{_NAME})\s*$", re.I)


def child_of_titled_pair(title: str, text: str) -> str:
    """The child of the pair a joint review's report is titled by, after its part's name; else ""."""
    titled = PART_OVER_PAIR.match(title)
    if titled is None:
        return ""
    child = child_of_pair(titled.group("pair"), text)
    return "" if PAIR.match(child) else child
