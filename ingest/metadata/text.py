"""Ingest stage, metadata: the text helpers the field readers share.

SENTENCE_END finds where a sentence ends, so a field's value stops before the
next sentence ("Lead reviewer: Hannah Osei. Nottingham ..."); NAME is a person's
name as printed; _titlecase gives a heading printed in capitals the case names
are written in; number_value reads an age's count in figures or words, AGE_COUNT and
AGE_UNIT match one, and age_text writes an age as the catalogue records it.
"""

from __future__ import annotations

import re

# The end of a sentence: a full stop after a word (not an initial, "Dr." or "St."), then a capital.
SENTENCE_END = re.compile(r"(?<=[a-z]{2})(?<!\bProf)(?<!\bMrs)(?<!\bRev)\.\s+(?=[A-Z])")

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}


def number_value(word: str) -> int:
    """A count printed in figures or in words up to twenty ("16", "sixteen")."""
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


# An age's count, in figures or in words up to a child's seventeen, and its unit, as the age readers match them.
AGE_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
AGE_UNIT = r"(days?|weeks?|months?|years?)"


def age_text(value: int, unit: str) -> str:
    """An age as the catalogue records it: "1 year", "16 years", "10 weeks" (`unit` as printed)."""
    unit = unit.lower().rstrip("s")
    return f"{value} {unit}{'' if value == 1 else 's'}"


# A person's name as printed: two to four capitalised words, "Dr" or "Professor" before them.
NAME = r"(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}"


# A review's type printed as its acronym (with any colon or comma after it): "SCR", "CSPR", "SILP REPORT".
_TYPE_ACRONYM = re.compile(r"[‘'\"“(\[]*(?:L?CSPRs?|SCRs?|SILP|DHRs?|SARs?)[’'\"”)\]:;,.]*")


def _titlecase(text: str) -> str:
    """A heading printed in capitals ("CHILD U", "ISLE OF WIGHT") in the case names use."""
    if not text.isupper():
        return text
    out: list[str] = []
    for word in text.split():
        if (
            out
            and out[-1] in ("Child", "Baby", "Family", "Infant", "Sibling")
            and (len(word) <= 3 or re.fullmatch(r"[A-Z](?:\.[A-Z]){1,3}\.?", word))
        ):
            out.append(word)  # the pseudonym's letters stay capitals, with their dots ("CHILD J.K.")
        elif _TYPE_ACRONYM.fullmatch(word):
            out.append(word)  # a review's type by its acronym stays capitals: "LEARNING FROM CSPR HARRY"
        elif out and word.lower() in (
            "and",
            "of",
            "the",
            "upon",
            "on",
            "with",
            "in",
            "from",
            "for",
            "to",
            "about",
            "into",
        ):
            out.append(word.lower())
        else:
            # a word's capital after its opening quotation mark or bracket: "‘MABEL’" is "‘Mabel’"
            lead = len(word) - len(word.lstrip("‘'\"“(["))
            out.append(word[:lead] + word[lead:].capitalize())
    return " ".join(out)
