"""Ingest stage, metadata: the local authority area the child lived in.

A partnership covering several areas ("Kingston and Richmond", "Berkshire
West", "Tri-borough") is not one area: the review's area is the one the text
says the child or the family lived in at the time. home_area reads the
sentences that say so ("lived in Blackpool", "the family's home was in Reading",
"lived with her mother in Twickenham, in the London Borough of Richmond upon Thames", "in Woodley, in
the Wokingham borough"), leaving out the homes the family had earlier ("The
family had earlier lived in ..."). Only a name the areas list knows is taken.
"""

from __future__ import annotations

import re

from ingest.regions import AREA_REGION

# A place printed after "in": "Blackpool", "the London Borough of Richmond upon Thames", "the Borough of
# Wokingham", "the city of Peterborough", "the Wokingham borough" (the place before the word "borough").
_PLACE = (
    # ("the city of Peterborough" in small letters: "the City of London" is an area's own name)
    r"in\s+(?:the\s+)?(?:(?i:(?:(?:royal|london|metropolitan)\s+)?borough)\s+of\s+(?:the\s+)?|(?:city|county|district)\s+of\s+)?"
    # (a council named for several towns: "Bournemouth, Christchurch and Poole", its commas inside the name)
    r"((?:[A-Z][\w'’-]*)(?:(?:,|\s+(?:and|upon|on|of|with))?\s*[A-Z][\w'’-]*){0,4})"
)
# The home, then the place, a few words after the verb ("lived with his family in"), and the area the
# town is in after a comma ("in Twickenham, in the London Borough of Richmond upon Thames").
HOME = re.compile(
    r"\b(?P<verb>lived|living|lives|resided|residing|resident|settled|home\s+(?:was|is))\s+(?:(?!in\b)[\w'’]+\s+){0,6}?"
    + _PLACE
    + r"(?:\s*,\s*"
    + _PLACE
    + r")?"
)
# A home the family had before ("The family had earlier lived in", "previously lived"); "had lived in" alone
# is a report's past tense for the home of the time.
EARLIER = re.compile(r"\b(?:earlier|previously|formerly|originally|once|used\s+to)\s+(?:\w+\s+)?$", re.I)
# ... or said after the place: "The family had lived in Reading before".
EARLIER_AFTER = re.compile(r"\s+(?:before|previously|earlier|formerly)\b", re.I)


def _known(printed: str) -> str:
    """The longest known area at the start of the printed words ("Kingston upon Thames" of "Kingston upon
    Thames Council"); "" when the areas list knows none."""
    words = printed.split()
    return next(
        (
            " ".join(words[:n]).rstrip(",")
            for n in range(len(words), 0, -1)
            if " ".join(words[:n]).rstrip(",").lower() in AREA_REGION
        ),
        "",
    )


def home_area(body: str) -> str:
    """The local authority area the text first says the child or family lived in (not a home they had
    earlier), the area a town is said to be in over the town's own name."""
    flat = re.sub(r"\s+", " ", body)
    for match in HOME.finditer(flat):
        if EARLIER.search(flat[max(0, match.start() - 40) : match.start()]) or EARLIER_AFTER.match(flat, match.end()):
            continue
        # the area the town is in ("..., in the Wokingham borough") first, then the place itself
        for printed in (match.group(3), match.group(2)):
            name = _known(printed or "")
            if name:
                return name
    return ""
