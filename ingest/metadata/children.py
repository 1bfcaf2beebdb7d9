"""Ingest stage, metadata: several children named together, and the type of reviews titled in the plural.

A review about siblings ("Serious Case Review: Children A, B and C") or two reviews published in one
file ("Local Child Safeguarding Practice Reviews: Child H and Child P") names its children together:
the review's child is the list as printed, never its first name alone. A title naming its type in the
plural over the children it names is one type of review for each child ("Local Child Safeguarding
Practice Reviews: ..." are LCSPRs).
"""

from __future__ import annotations

import re

from ingest.metadata.named_pairs import age_of

# One child's letters or number after the word: "A", "AB", "2" (not the start of a word: "And", "Protection").
_MARK = r"(?:[A-Z][A-Z0-9]{0,2}|[1-9]\d?)(?![\w-])"
# The plural word over a list: "Children A, B and C", "Siblings 1 and 2".
LISTED = re.compile(rf"\b(?:Children|Siblings)\s+{_MARK}(?:\s*,\s*{_MARK})*\s*,?\s+(?:and|&)\s+{_MARK}")
_ONE = rf"(?:Child|Baby|Infant|Sibling|Twin|Young\s+Person)\s+{_MARK}"
# Each child with its own word: "Child H and Child P", "Baby N, Child P and Child Q".
EACH = re.compile(rf"\b{_ONE}(?:\s*,\s*{_ONE})*\s*,?\s+(?:and|&)\s+{_ONE}")

# A statutory type in the plural opening a title: "Local Child Safeguarding Practice Reviews:", "Serious Case Reviews -".
PLURAL_TYPE = re.compile(
    r"^\W*(?:(?P<lcspr>(?:local\s+)?child\s+safeguarding\s+practice)|(?P<scr>serious\s+case))\s+reviews\s*(?:[:\-–]|\b(?:of|into|concerning|about)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# A title naming the several reviews a document carries, then their children: "Learning from two reviews: Ruby
# and Child D", "Two reviews: Child V and Child L" (each child by its word or by its first name).
_EITHER = rf"(?:{_ONE}|(?-i:[A-Z][a-z'’-]{{2,15}}))"
SEVERAL_REVIEWS = re.compile(
    rf"\b(?:two|three|both)\s+(?:[\w-]+\s+)?reviews\s*[:\-–]\s*(?P<children>{_EITHER}(?:\s*,\s*{_EITHER})*\s*,?\s+(?:and|&)\s+{_EITHER})\W*$",
    re.IGNORECASE | re.MULTILINE,
)


def several_reviews_children(title: str) -> str:
    """The children of a title naming the several reviews one document carries, as printed; else "" (each
    review's child has its own age: the document has no one age)."""
    match = SEVERAL_REVIEWS.search(title)
    return " ".join(match.group("children").split()) if match else ""


def listed_children(text: str) -> str:
    """The children the plural word opening `text` lists ("Children A, B and C"), as printed; else ""."""
    match = LISTED.match(text)
    return " ".join(match.group(0).split()) if match else ""


# A sibling group named by first names after the review's type: "Serious Case Review: Ruby, Jack and Leo"
# (three or more: two names may be a mother's and her child's, as a joint review's title prints them).
_NAME = r"(?-i:[A-Z][a-z'’-]{2,15})"
NAMED_GROUP = re.compile(
    rf"\b(?:review|SCR|LCSPR)\s*[:\-–]\s*(?P<children>{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s+(?:and|&)\s+{_NAME})\W*$",
    re.IGNORECASE | re.MULTILINE,
)


def children_in_title(title: str) -> str:
    """The children a title names together, each with its word or under a plural one, as printed."""
    match = LISTED.search(title) or EACH.search(title)
    if match:
        return " ".join(match.group(0).split())
    group = NAMED_GROUP.search(title)
    return " ".join(group.group("children").split()) if group else several_reviews_children(title)


_AGE_CELL = re.compile(r"^\W*(\d{1,2})\s*(days?|weeks?|months?|years?)(?:\s+old)?\W*$", re.IGNORECASE)


def group_without_age(child: str, rows: list[tuple[str, ...]], text: str = "") -> bool:
    """Whether the review's child is three or more children named together ("Child V, Child W and Child X",
    "Children D, E and F", "Ruby, Jack and Leo") whom a table of the children, or the text naming each with
    an age ("Child D, aged 11 years, Child E, aged 7 years"), gives different ages: the group has no one age."""
    if not re.search(r",.*\b(?:and|&)\s+\S", child):
        return False
    names = {n.strip() for n in re.split(r",|\s+(?:and|&)\s+", child) if n.strip()}
    ages: set[str] = set()
    for cells in rows:
        stripped = [c.strip() for c in cells]
        if any(c in names for c in stripped):
            ages.update(m.group(0).strip().lower() for c in stripped if (m := _AGE_CELL.match(c)))
    plural = re.match(r"^(Children|Siblings)\s+", child)
    if plural:  # "Children D, E and F": each child by the singular word, "Child D"
        word = "Child" if plural.group(1) == "Children" else "Sibling"
        names = {word + " " + re.sub(r"^(?:Children|Siblings)\s+", "", n) for n in names}
    ages.update(age for name in names if (age := age_of(name, text)))
    return len(ages) > 1


# A family's children each named with an age: "the 4 children of Family M: Sibling 1 (aged 9), Sibling 2 (aged 6)".
_AGED_ONE = rf"\b{_ONE}\s*(?:\(\s*|,\s*)aged\s+\d"


def family_of_named_children(child: str, text: str) -> bool:
    """Whether the review's child is a family's name ("Family M") whose children the text names each by a
    pseudonym of its own with an age: the review is of several children, none of them its one child, and the
    family's name is never a child (C990)."""
    family = re.fullmatch(r"Family\s+[A-Z][A-Z0-9]{0,2}", child)
    if family is None:
        return False
    for match in re.finditer(rf"\bchildren\s+of\s+(?:the\s+)?{re.escape(child)}\b", text):
        sentence = re.split(r"(?<=[a-z)])\.\s", text[match.end() : match.end() + 400])[0]
        if len(re.findall(_AGED_ONE, sentence)) >= 2:
            return True
    return False


def plural_review_type(title: str) -> str:
    """SCR or LCSPR for a title (a line of `title`) naming its type in the plural over the several
    children it names."""
    for match in PLURAL_TYPE.finditer(title):
        end = title.find("\n", match.end())
        if children_in_title(title[match.end() : None if end < 0 else end]):
            return "LCSPR" if match.group("lcspr") else "SCR"
    return ""
