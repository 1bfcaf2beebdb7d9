"""Lesson segmentation, headings that are more than headings: the line naming the agency over a group of
recommendations, the sub-heading naming the agency whose own learning is under it ("What Police learned",
"Learning for Health"), the section named for two kinds of lesson, and a numbered heading that states a
finding in a full sentence.

An older report prints its recommendations under the name of each agency that is to act ("Education",
"The LSCB", "All agencies", "Community Safety Partnership"), numbered on through the groups; a PDF may
set those names as body text, and a heading "To the Department of Health and Social Care" may run
longer than a short sub-heading. These helpers say whether such a line names an agency and which.
"""

from __future__ import annotations

import re

from ingest.lesson_chapters import _agency_chapter
from ingest.lesson_helpers import _addressee
from ingest.lesson_patterns import AGENCY_NAME, DISTRIBUTIVE_ADDRESSEE, GENERIC_ADDRESSEE
from ingest.lesson_text_cues import title_line

# Words an agency's name carries besides the agency words themselves ("All agencies", "Community Safety
# Partnership", "Local Safeguarding Children Board"), and the initials boards and departments go by.
_NAME_WORDS = re.compile(
    r"\b(?:the|all|and|of|for|community|safety|safeguarding|children'?s?|adults?|local|services?|partners?|"
    r"commissioners?|department|government|national|lscb|lscp|scp|icb|ccg|dfe|dhsc|moj)\b|['’]s\b",
    re.I,
)
_INITIALS = re.compile(r"\b(?:LSCBs?|LSCPs?|SCPs?|ICBs?|CCGs?|DfE|DHSC)\b")
_ORGANISATION = re.compile(
    r"\b(?:services?|teams?|practices|trusts?|units?|agenc(?:y|ies)|providers?|partnerships?|boards?|panels?|"
    r"departments?|authorit(?:y|ies)|commissioners|organisations)$",
    re.I,
)
# A theme's title, not an agency's name.
_NOT_NAME = re.compile(r"\b(?:working|work|practice|learning|information|sharing|planning|assessment|training)\b", re.I)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:department|ministry)\s+(?:for|of)\s+[A-Z]", re.I)
# The national bodies a national review addresses by name under its recommendations ("Home Office", "Ofsted",
# "Care Quality Commission", "College of Policing", "NHS England") and the local safeguarding partners as a whole.
_NATIONAL_BODY = re.compile(
    r"(?:the\s+)?(?:home\s+office|cabinet\s+office|ofsted|care\s+quality\s+commission|cqc|hm\s+inspectorate\s+of\s+[\w\s,]+|"
    r"hmicfrs|hmi\s+probation|college\s+of\s+policing|social\s+work\s+england|youth\s+justice\s+board|"
    r"local\s+government\s+association|association\s+of\s+directors\s+of\s+children['’]?s\s+services|adcs|"
    r"national\s+police\s+chiefs['’]?\s+council|uk\s+health\s+security\s+agency|public\s+health\s+england|"
    r"nhs\s+england(?:\s+and\s+nhs\s+improvement)?|nhs\s+improvement|health\s+education\s+england|"
    r"(?:local\s+|statutory\s+)?safeguarding\s+partners|(?:the\s+)?three\s+safeguarding\s+partners|"
    # the national panel a rapid review puts a matter to ("For the Child Safeguarding Practice Review Panel")
    r"(?:the\s+)?(?:national\s+)?child\s+safeguarding\s+practice\s+review\s+panel)",
    re.I,
)


def agency_group_name(text: str) -> str:
    """The agency a short line over a group of recommendations names ("The LSCB", "All agencies",
    "Dental services", "To the Department of Health and Social Care" -> "Department of Health and Social
    Care"); else "" (a theme's title, "Safer sleep", "Information sharing")."""
    line = text.strip().rstrip(":")
    if not title_line(line):
        return ""
    who = _addressee(line)
    if len(who.split()) > 7 or DISTRIBUTIVE_ADDRESSEE.match(who):
        return ""  # "Individual agencies", "Single agencies": each recommendation names its own
    if _agency_chapter(who) or _GOVERNMENT.match(who) or _NATIONAL_BODY.fullmatch(who):
        return who
    if who != line and re.fullmatch(r"[A-Z][A-Z&]{1,7}", who):
        return who  # "For the MASH": a team its heading addresses by its initials
    named = AGENCY_NAME.search(who) or _INITIALS.search(who)
    rest = _NAME_WORDS.sub("", AGENCY_NAME.sub("", who))
    if named and not re.sub(r"\W+", "", rest):
        return who
    # "Dental services", "Youth Offending Service": a short name ending on what an organisation is called
    return who if len(who.split()) <= 5 and _ORGANISATION.search(who) and not _NOT_NAME.search(who) else ""


# A renamed agency's former name after its name: "NHS Kent and Medway Integrated Care Board (formerly NHS Kent
# and Medway Clinical Commissioning Group)".
_FORMERLY = re.compile(r"\s*\((?:formerly|previously|now|known\s+as|replacing)\b[^()]*\)\s*$", re.I)
# The word an organisation's formal name ends on, and the small words a name may have between its capitals.
_HEAD_NOUN = re.compile(
    r"\b(?:police|constabulary|trusts?|board|group|council|services?|partnership|authority|hospitals?|commissioners?)$",
    re.I,
)
_NAME_JOINER = re.compile(r"^(?:and|of|for|the|on|in|upon|&)$")
_TOPIC_WORD = re.compile(r"\b(?:role|response|involvement|contact|voice|views|use|lack|of\s+the)\b", re.I)


def proper_name(text: str) -> bool:
    """Whether a line is a name in capitals ("Together for Children", "Essex Police"): two words or more,
    each capitalised but the small words between them, never opening on "The"."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].lower() != "the"
        and all(w[:1].isupper() or w[:1].isdigit() or _NAME_JOINER.match(w) for w in words)
    )


def formal_agency_name(text: str) -> str:
    """The organisation a line is the formal name of, without a bracket giving its former name ("Essex
    Police", "Mid and South Essex NHS Foundation Trust", "NHS Kent and Medway Integrated Care Board
    (formerly ...)" -> "NHS Kent and Medway Integrated Care Board"); else "" (a theme's title, a sentence)."""
    name = _FORMERLY.sub("", text.strip().rstrip(":"))
    words = name.split()
    if not 2 <= len(words) <= 10 or not _HEAD_NOUN.search(name) or _NOT_NAME.search(name) or _TOPIC_WORD.search(name):
        return ""
    if not proper_name(name):
        return ""
    return name if AGENCY_NAME.search(name) or _ORGANISATION.search(name) else ""


# A heading naming who learned what is under it: "What Police learned", "What Children's Social Care has
# learnt", "Learning for Health", "Education's learning".
_LEARNED_BY = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:what\s+(?P<what>.+?)\s+(?:has\s+|have\s+)?learn(?:ed|t)|"
    r"(?:key\s+)?learning\s+(?:for|by)\s+(?P<for>.+?)|(?P<own>.+?)['’]s?\s+(?:own\s+)?learning)\W*$",
    re.I,
)


def learned_by(heading: str) -> str:
    """The agency a heading says the learning under it is the own learning of ("What Police learned" ->
    "Police", "Learning for Children's Social Care" -> "Children's Social Care"); "" for a heading naming
    no one agency ("What the review learned", "What agencies learned", "Learning for practitioners")."""
    match = _LEARNED_BY.match(heading.strip())
    if not match:
        return ""
    who = (match.group("what") or match.group("for") or match.group("own") or "").strip()
    who = re.sub(r"^(?i:the)\s+(?=[A-Z])", "", who)  # "Learning for the Clinical Commissioning Group"
    if GENERIC_ADDRESSEE.match(who) or re.match(
        r"^(?:each|every|individual|the\s+other)\s+(?:agency|service)", who, re.I
    ):
        return ""
    return agency_group_name(who) if AGENCY_NAME.search(who) else ""


# A section named for two kinds of lesson: "Learning and recommendations", "Findings and recommendations".
_TWO_KINDS = re.compile(
    r"\b(?P<first>learning(?:\s+points)?|lessons(?:\s+learn(?:ed|t))?|(?:key\s+)?findings?)\s+(?:and|&)\s+recommendations\b",
    re.I,
)


def two_kinds(heading: str) -> str:
    """The kind a section named for learning or findings and recommendations gives what asks nothing of
    anyone ("Learning and recommendations": a titled paragraph telling what was learned is learning);
    "" for any other heading."""
    both = _TWO_KINDS.search(heading)
    if not both:
        return ""
    return "finding" if "finding" in both.group("first").lower() else "learning_point"


_STATED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})?)\.?\s+(?P<sentence>[A-Z][^.!?]{30,300}[.!])$")
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|could|would|should|must|can|will|knew|saw|took|made|"
    r"\w+ed)\b"
)


def stated_heading(heading: str) -> tuple[str, str] | None:
    """(number, sentence) of a numbered heading that is a whole sentence closed by a full stop, eight words
    or more with a verb ("2. During the lockdowns the health visitor made the new birth contact by
    telephone."): a finding stated in its heading; else None."""
    stated = _STATED.match(heading.strip())
    if not stated or len(stated.group("sentence").split()) < 8 or not _VERB.search(stated.group("sentence")):
        return None
    return stated.group("num"), stated.group("sentence")
