"""Ingest stage, metadata: ages printed in a review that are not the child's.

The age reader (`child._age`) takes the first age the front pages state; these
are the ages it passes over: the last word of a compound number ("a
twenty-four-year-old man" is no "four-year-old"), an age qualifying another
person ("his three-year-old sister", "her 19-year-old boyfriend", "his sister, a girl of
twelve"), a statement about any child of an age ("A fourteen-year-old cannot consent to
...") and the weeks of a pregnancy ("when his mother was twenty weeks pregnant").
"""

from __future__ import annotations

import re

# The tens of a compound number, just before its last word: "twenty-four", "thirty one".
_TENS = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+$", re.IGNORECASE)
# The relative or friend an age qualifies, never the child: "three-year-old sister", "19-year-old boyfriend".
_OTHER_PERSON = re.compile(
    r"[ \t]+(?:half[\s-]|step[\s-]?)?(?:sister|brother|sibling|cousin|friend|partner|mother|father|"
    r"boyfriend|girlfriend|husband|wife|uncle|aunt|neighbour|lodger)s?\b",
    re.IGNORECASE,
)
# "A fourteen-year-old cannot ...", "An 11-year-old should ...": what holds for any child of that age.
_ANY_CHILD = re.compile(
    r"[ \t]+(?:cannot|can|could|should|must|may|might|will|would|needs?|is\s+(?:not\s+)?(?:able|unable))\b",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b[Aa]n?\s+$")
# Weeks of a pregnancy, never an age: "twenty weeks pregnant", "at 28 weeks of pregnancy", "34 weeks' gestation".
_PREGNANCY = re.compile(
    r"['’]?\s*(?:pregnant|of\s+(?:(?:her|the)\s+)?(?:pregnancy|gestation)|gestation(?:al)?)\b", re.I
)
# A relative described in apposition: "his older sister, a girl of twelve," (the age is hers).
_RELATIVE_BEFORE = re.compile(
    r"\b(?:sister|brother|sibling|cousin|half[\s-]sibling|step[\s-]?(?:sister|brother))s?\s*,\s+(?:an?\s+)?$", re.I
)


def someone_elses(text: str, match: re.Match[str]) -> bool:
    """Whether the age `match` found in `text` is another person's, or no one's in particular."""
    before = text[max(0, match.start() - 12) : match.start()]
    wider = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    if _TENS.search(before):
        return True
    if _OTHER_PERSON.match(after) or _PREGNANCY.match(after) or _RELATIVE_BEFORE.search(wider):
        return True
    return bool(_INDEFINITE.search(before) and _ANY_CHILD.match(after))
