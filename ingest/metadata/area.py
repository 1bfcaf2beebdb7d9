"""Ingest stage, metadata: the safeguarding partnership's area.

_area reads the place a partnership's name gives ("Wigan Safeguarding
Children Partnership", "Keeping Bristol Safe", "LSCB: Wigan"); _area_field a
record's "Location:" field; canonical_area makes the name one local authority
area, which the region is then looked up from (ingest.regions): for a partnership
covering several areas, the one the child lived in (ingest.metadata.home_area).
"""

from __future__ import annotations

import re

from ingest.metadata.home_area import home_area
from ingest.metadata.text import SENTENCE_END, _titlecase
from ingest.regions import AREA_REGION

PARTNERSHIP = re.compile(
    # a page's title then its site's name after a dash: "Serious Case Review: Child P - X Safeguarding Board"
    r"(?:^|\bthe\s+|\bby\s+|\bfor\s+|:\s*|\|\s*|©\s*|\([cC]\)\s*|\s[-–—]\s*)((?:[A-Z][\w'’.-]*|and|&|of|upon|on|the|with)(?:[ ,]+(?:[A-Z][\w'’.-]*|and|&|of|upon|on|the|with))*?)\s+"
    r"(?:(?:Local\s+)?(?:Safeguarding\s+Children(?:'s)?|Children(?:'s)?\s+Safeguarding|Children\s+and\s+Families|Safeguarding)"
    r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Partnership|Board)|LSCB|LSCP|SCP|"
    # the other local bodies that publish reviews touching children: a child death overview panel
    # ("Swindon Child Death Review Partners") and a community safety partnership (a domestic homicide review)
    r"Child\s+Death\s+(?:Overview\s+Panel|Review\s+Partners(?:hip)?)|Community\s+Safety\s+Partnership|"
    # before the boards of 2006, an area child protection committee ("Oldham Area Child Protection Committee";
    # a Scottish "Child Protection Committee", with no "Area", is no English area's)
    r"Area\s+Child\s+Protection\s+Committee|ACPC)\b"
)
# The place after the partnership's name: "Safeguarding Children Partnership for Sefton".
PARTNERSHIP_FOR = re.compile(
    r"\b(?:Local\s+)?Safeguarding\s+(?:Children(?:'s)?\s+)?(?:Partnership|Board)\s+(?:for|of)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:and|upon|on|&)?\s*[A-Z][\w'’-]+){0,3})"
)
# A record's field naming the place alone: "Location: Wigan", "Locality: Slough", "Local authority area: Sefton".
AREA_FIELD = re.compile(
    r"^\W*(?:location|locality|local\s+authority(?:\s+area)?|local\s+area|area)\s*:\s*([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|of|upon|on|the))*)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
KEEPING_SAFE = re.compile(r"\bKeeping\s+((?:[A-Z][\w'-]*\s+){1,3}?)Safe(?:\s+Partnership)?\b")
# "LSCB: Wigan" as a field of its own line ("Integrated Care Board: Single Agency Action Plan" names none).
LSCB_FIELD = re.compile(
    r"(?:^|[|;]\s*)\W*(?:(?:Local\s+)?(?:Safeguarding\s+)?(?:Children\s+)?)?(?:LSCB|LSCP|Partnership|Board)\s*:\s*([A-Z][^\n;|]{2,60})"
)


def _area(text: str) -> str:
    """The partnership's area as printed ("Cambridgeshire and Peterborough")."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = PARTNERSHIP.search(line)
        if match and match.group(0).endswith("Community Safety Partnership"):
            # "Liverpool Community Safety Partnership and Knowsley Safeguarding Children Partnership": a joint
            # review's two commissioners; the area is the children's partnership's, where the child lived
            following = lines[index + 1] if index + 1 < len(lines) else ""
            rest = re.sub(r"^\s*(?:,|and|&)\s*", "", f"{line[match.end() :]} {following}")
            children = PARTNERSHIP.match(rest)
            if children and not children.group(0).endswith("Community Safety Partnership"):
                line, match = rest, children
        if match:
            # "Lead reviewer: Hannah Osei. Nottingham Safeguarding ...": the place is after the sentence's end.
            area = SENTENCE_END.split(match.group(1).strip(" ,:"))[-1]
            # "From the Stockport Local Safeguarding Children Board's review": the sentence's words before the place
            area = re.sub(r"^(?:(?:from|by|for)\s+)?(?:the\s+)?", "", area, flags=re.IGNORECASE)
            # "Minutes of the Solihull Safeguarding ...", "Annual Report of the ...": the document's name is
            # no part of the place (no area's name holds "of the").
            area = re.sub(r"^.*\bof\s+the\s+", "", area, flags=re.IGNORECASE)
            # "To: The Safeguarding Partners, Milton Keynes Safeguarding ...": the addressee is not the place.
            area = re.sub(
                r"^.*\b(?:partners|partnership|board|committee|unit|team|office)\s*,\s*", "", area, flags=re.IGNORECASE
            )
            area = _PARTNERSHIP_TAIL.sub("", area).strip(" ,")
            # "Royal Borough of Greenwich", "London Borough of Sutton": the place is the borough's name.
            area = re.sub(r"^(?:(?:royal|london|metropolitan)\s+)?borough\s+of\s+", "", area, flags=re.IGNORECASE)
            # "by the Safeguarding Children Partnership for Sefton": words with no capital are no place
            # "The Safeguarding Children Partnership" alone, at a line's start: an article is no place.
            if area.lower() in ("the", "a", "an", "our", "this", "your"):
                area = ""
            if area and area.lower() not in ("child", "local", "national") and re.search(r"[A-Z]", area):
                return area
        named_after = PARTNERSHIP_FOR.search(line)
        if named_after:
            return named_after.group(1).strip()
        keeping = KEEPING_SAFE.search(line)
        if keeping:
            return keeping.group(1).strip()
        field = LSCB_FIELD.search(line)
        if field:
            value = re.split(r"\s+(?:Local\s+)?Safeguarding|\s+LSCB|\s+LSCP", field.group(1))[0].strip(" ,.")
            if value:
                return _PARTNERSHIP_TAIL.sub("", value).strip(" ,")
    return ""


# A partnership the document names without its place ("The Safeguarding Children Partnership").
UNPLACED_PARTNERSHIP = re.compile(
    r"(?:^|[.:]\s+)\W*(?:The|Our)\s+(?:Local\s+)?(?:Safeguarding\s+Children(?:'s)?|Children(?:'s)?\s+Safeguarding)\s+"
    r"(?:Partnership|Board)\b",
    re.MULTILINE,
)
# A council's place as its name prints it: "Reading", "Telford and Wrekin", "Isle of Wight", "City of York".
_COUNCIL_PLACE = r"((?:[A-Z][\w'’-]*)(?:\s+(?:and|upon|on|of|&)?\s*[A-Z][\w'’-]*){0,4})"
# A council named by its borough: "London Borough of Harrow", "Royal Borough of Greenwich" (its place last).
BOROUGH_OF = r"(?:London|Royal|Metropolitan)\s+Borough\s+of\s+(?:the\s+)?"
# A council the document names: "Civic Centre, Reading Borough Council", "the Telford and Wrekin Council",
# "the London Borough of Camden".
COUNCIL = re.compile(
    rf"{_COUNCIL_PLACE}\s+(?:(?:Metropolitan\s+)?Borough\s+|City\s+|County\s+|District\s+)?Council\b"
    rf"|\b{BOROUGH_OF}{_COUNCIL_PLACE}"
)


def _council_area(text: str) -> str:
    """The area of the council a document names, when its partnership is printed without a place
    ("The Safeguarding Children Partnership ... Business Unit, Slough Borough Council"): the council's
    local authority area is the partnership's. Only a name the areas list knows is taken."""
    if not UNPLACED_PARTNERSHIP.search(text):
        return ""
    for match in COUNCIL.finditer(text):
        name = _known_place(match.group(1) or match.group(2), borough=bool(match.group(2)))
        if name:
            return name
    return ""


def _known_place(printed: str, borough: bool = False) -> str:
    """The local authority area a council's printed name gives: the longest known ending of "Telephone
    Reading" ("Reading Borough Council"), the longest known start of "Harrow Civic Centre" (after "London
    Borough of"); "" when the areas list knows none."""
    words = printed.split()
    while words and words[-1] in ("Borough", "City", "County", "District", "Metropolitan"):
        words.pop()
    names = (
        [" ".join(words[:n]) for n in range(len(words), 0, -1)]
        if borough
        else [" ".join(words[n:]) for n in range(len(words))]
    )
    return next((name for name in names if name.lower() in AREA_REGION), "")


# A council printed as a letterhead or an addressee on its own line: "Luton Council, Information Governance
# Team", "Director of Children's Services, Medway Council", "Wirral Borough Council".
COUNCIL_LINE = re.compile(
    rf"^\W*(?:[^,\n]{{2,60}},\s*)?{_COUNCIL_PLACE}\s+"
    r"(?:(?:Metropolitan\s+)?Borough\s+|City\s+|County\s+|District\s+)?Council\b(?:\s*,[^\n]{0,60})?\s*$"
    # a council's formal name at a report's head: "London Borough of Harrow"
    rf"|^\W*(?:the\s+)?{BOROUGH_OF}{_COUNCIL_PLACE}(?:\s+Council)?\s*$",
    re.MULTILINE,
)


def _council_line(text: str) -> str:
    """The area of a council a letter, a reply or a report's cover is printed from or sent to, when it
    names no partnership (a coroner's report, an inspection letter, a council's reply to a request):
    the council's local authority area is the review's. Only a name the areas list knows is taken."""
    for match in COUNCIL_LINE.finditer(text):
        name = _known_place(match.group(1) or match.group(2), borough=bool(match.group(2)))
        if name:
            return name
    return ""


# Where a partnership's name may open mid-line: a sentence's start ("... in June 2013. South Tyneside Local
# Safeguarding Children Board commissioned ...") or a copyright line's year ("© 2021 Lewisham ...").
_NAME_OPENS = re.compile(r"(?:[.!?]\s+|©\s*(?:(?:19|20)\d\d\s+)?|\([cC]\)\s*(?:(?:19|20)\d\d\s+)?)(?=[A-Z])")


def _sentence_area(text: str) -> str:
    """The partnership's area when its name opens a sentence inside a line or follows a copyright's year,
    the page naming it nowhere else (a web page's "About the review", its copyright line at the foot)."""
    flat = re.sub(r"\s+", " ", text)
    for opening in _NAME_OPENS.finditer(flat):
        sentence = SENTENCE_END.split(flat[opening.end() : opening.end() + 200])[0]
        area = _area(sentence)
        if area:
            return area
    return ""


# A review reproduced by another partnership than the one that commissioned it: "This review was
# commissioned and first published by the Wakefield Safeguarding ...". The review is the commissioner's.
COMMISSIONED_BY = re.compile(
    r"\b(?:commissioned|first\s+published|originally\s+published)(?:\s+and\s+(?:first\s+|originally\s+)?published)?"
    r"\s+by\s+(?=the\s+)",
    re.IGNORECASE,
)


def _commissioning_area(text: str) -> str:
    """The area of the partnership a document says commissioned or first published the review."""
    flat = re.sub(r"\s+", " ", text)
    for match in COMMISSIONED_BY.finditer(flat):
        area = _area(flat[match.end() : match.end() + 160])
        if area:
            return area
    return ""


_CAPITALS_BODY = re.compile(r"\bSAFEGUARDING\b.*\b(?:PARTNERSHIP|BOARD)\b")


def capitals_cover_area(cover_text: str) -> str:
    """The place a cover line printed wholly in capitals gives, when it names a safeguarding partnership or
    board ("CALDERDALE SAFEGUARDING CHILDREN PARTNERSHIP") and nothing else names one."""
    for line in cover_text.split("\n"):
        line = line.strip()
        if len(line) <= 90 and line.isupper() and _CAPITALS_BODY.search(line):
            area = _area(_titlecase(line))
            if area:
                return area
    return ""


def _area_field(text: str) -> str:
    """The place a record's "Location:" field gives, when no partnership is named."""
    match = AREA_FIELD.search(text)
    if match is None:
        return ""
    area = _PARTNERSHIP_TAIL.sub("", match.group(1).strip(" ,.")).strip(" ,")
    return "" if area.lower() in ("anonymous", "anon", "not known", "national", "england") else area


# Words between the place and "Safeguarding Partnership" that are not the place.
_PARTNERSHIP_TAIL = re.compile(
    r"(?:\s+(?:children(?:'s)?\s+and\s+adults|children(?:'s)?\s+and\s+young\s+people(?:'s)?|young\s+people(?:'s)?|"
    # "Bury Integrated Safeguarding Partnership": a partnership joined with health, the place before it
    r"children(?:'s)?|adults|multi-agency|integrated|community\s+safety(?:\s+and)?|borough(?:\s+council)?|"
    r"city\s+council|county\s+council|council|metropolitan\s+borough|district(?:\s+council)?))+$",
    re.IGNORECASE,
)
# Official names of local authority areas printed in a shorter form.
_OFFICIAL_NAMES = {
    "hull": "Kingston upon Hull",
    "stoke": "Stoke-on-Trent",
    "newcastle": "Newcastle upon Tyne",
    "southend": "Southend-on-Sea",
    "brighton": "Brighton and Hove",
    "bath": "Bath and North East Somerset",
    "durham": "Durham",
    "county durham": "Durham",
    "east riding": "East Riding of Yorkshire",
}


# A partnership named for the several areas it joins, not for a place: "Tri-borough", "Bi-borough",
# "Pan-Dorset", "Joint"; the review's area is where the child lived.
COMBINED = re.compile(
    r"^(?:tri|bi|two|three|four|multi|pan|joint|cross)[\s-]?(?:borough|county|authority|area)?\b", re.I
)
# A city's partnership named with the word "City": "Nottingham City", "City of York".
CITY = re.compile(r"(?:the\s+)?city\s+of\s+(.+)|(.+?)\s+city", re.IGNORECASE)


def canonical_area(area: str, body: str) -> str:
    """One local authority area for a partnership name.

    "Brighton & Hove" is one area; "Derby and Derbyshire" or "Cornwall and
    the Isles of Scilly" name several, and the review's area is the one the
    report itself mentions most (where the family lived).
    """
    area = re.sub(r"\s*&\s*", " and ", area.strip())
    if COMBINED.match(area) and area.lower() not in AREA_REGION:
        lived = home_area(body)
        if lived:
            return lived
    key = area.lower()
    city = CITY.fullmatch(area)
    if key not in AREA_REGION and city and (city.group(1) or city.group(2)).lower() in AREA_REGION:
        # "Nottingham City", "City of York": a city's partnership, named apart from the county's; the area
        # is the city's ("Nottingham", "York"), never the county's
        return city.group(1) or city.group(2)
    if key in _OFFICIAL_NAMES:
        return _OFFICIAL_NAMES[key]
    if " and " in key:
        # A joint partnership naming one of its areas by a short form ("City and Hackney" for the City of
        # London and Hackney): the review's area is the one the text says the child lived in, named whole.
        lived = home_area(body)
        parts = [p.strip(" ,").lower() for p in re.split(r",|\band\b", key) if p.strip(" ,")]
        if lived and any(lived.lower().startswith(p + " ") for p in parts):
            return lived
        # ... or one it names whole ("Sutton and Merton", the family living in Merton), never both
        if lived and key not in AREA_REGION and lived.lower() in parts:
            return lived
    if key not in AREA_REGION and " and " not in key and not re.search(r"[,/]", key):
        # A partnership named for the part of a county its councils share ("Berkshire West", covering
        # Reading, West Berkshire and Wokingham): no one area; the review's is where the child lived.
        lived = home_area(body)
        if lived:
            return lived
    if key in AREA_REGION or " and " not in key:
        return area
    parts = [p.strip() for p in re.split(r",|\band\b", area) if p.strip()]
    parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in parts]
    known = [p for p in parts if p.lower() in AREA_REGION]
    if not known:
        return area
    without_name = body.replace(area, " ")
    counts = [(len(re.findall(rf"\b{re.escape(p)}\b", without_name)), -i, p) for i, p in enumerate(known)]
    top = max(c[0] for c in counts)
    tied = [c for c in counts if c[0] == top]
    # Nothing to tell them apart: the county ("Derby and Derbyshire") covers the city.
    shires = [c for c in tied if c[2].lower().endswith("shire")]
    best = max(shires or tied)
    return _OFFICIAL_NAMES.get(best[2].lower(), best[2])


# A logo's second line, the partnership's kind without its place: "Safeguarding Children Partnership".
_LOGO_TAIL = re.compile(
    r"^\s*(?:Local\s+)?(?:Safeguarding\s+Children(?:'s)?|Children(?:'s)?\s+Safeguarding|Safeguarding)\s+"
    r"(?:[A-Z][\w-]*\s+){0,2}?(?:Partnership|Board)\s*$"
)
_LOGO_PLACE = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+(?:and|upon|on|of|&)?\s*[A-Z][\w'’-]*){0,4}\s*$")


def _logo_area(text: str) -> str:
    """The area of a partnership whose name a logo prints over two lines, the place large over the rest
    ("North Yorkshire" / "Safeguarding Children Partnership")."""
    lines = text.split("\n")
    for before, line in zip(lines, lines[1:]):
        if _LOGO_TAIL.match(line) and _LOGO_PLACE.match(before):
            area = _area(before.strip() + " " + line.strip())
            if area.lower() in AREA_REGION:
                return area
    return ""
