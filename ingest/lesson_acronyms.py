"""Ingest stage, lessons: agencies a review names by an acronym it defines elsewhere.

Read after the walk (ingest/lessons.py), over the lessons and the review's blocks. A review may
name its agencies by acronyms it spells out once: in a table of abbreviations ("NENC ICB | NHS
North East and North Cumbria Integrated Care Board", under "Abbreviation | In full"), in a table or list of the agencies involved
("Thames Valley Police (TVP) | Responded to ...", "Thames Valley Police (TVP): Responded ...") or in
its text ("The Berkshire West Safeguarding Children Partnership (BWSCP) commissioned ..."). A lesson's
agency printed as such an acronym (a Lead cell "NENC ICB"; a run-in "R2 - TVP: ..."; learning under a
heading that is only the acronym, "NNUH") is the agency the review defines it as, in full.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import AGENCY_NAME, ORGANISATION_WORD
from ingest.records import Lesson

# An acronym as a review prints one: "NENC ICB", "C&M ICB", "SCC CYP", "NP", "Frimley ICB" (a place
# before an acronym); at most three words, at least one of them capitals only.
_TOKEN = r"(?:[A-Z][A-Z&]*[A-Z]|[A-Z][a-z]+)"
ACRONYM = re.compile(rf"^(?={_TOKEN}(?:\s+{_TOKEN}){{0,2}}$)(?=.*\b[A-Z][A-Z&]*[A-Z]\b)[\w& ]{{2,16}}$")
# "Thames Valley Police (TVP)" opening a cell or a line (the rest, if any, after a colon or a dash).
# A sentence closed before the bracket ("... by the morning. (NWP)") names no one: the bracket is an addressee.
DEFINED_AT_START = re.compile(
    r"^(?P<name>[A-Z][^()]{3,100}?)(?<![.!?])\s+\((?P<acronym>[^()]{2,16})\)\s*(?:$|[:\-–—|])"
)
# "The Berkshire West Safeguarding Children Partnership (BWSCP) commissioned ...": the words before the bracket.
DEFINED_IN_TEXT = re.compile(r"(?P<words>(?:[\w'’&-]+,?\s+){1,14})\((?P<acronym>[^()]{2,16})\)")
_CONNECTIVE = re.compile(r"^(?:and|of|for|the|on|in|&)$")
# A run-in acronym opening a lesson's text: "TVP: Police should ...".
RUN_IN = re.compile(r"^(?P<acronym>[\w& ]{2,16}?)\s*:\s+(?=[A-Z])")


def _letters(acronym: str) -> str:
    """The capitals an acronym stands for ("C&M ICB" -> "CMICB"; "Frimley ICB" -> "FICB")."""
    return "".join(w if w.isupper() else w[0] for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+", acronym))


def _initials_fit(letters: str, words: list[str]) -> bool:
    """Whether the acronym's letters are, in order, initials of the name's words, the first the first."""
    initials = [w[0] for w in words if w[:1].isupper()]
    if not initials or initials[0] != letters[:1]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in letters)


def _named_in_text(words: list[str], acronym: str) -> str:
    """The name the words before "(ACR)" give it: the shortest run of capitalised words (with their
    connectives) whose initials spell it, or ""."""
    letters = _letters(acronym)
    run: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",")
        if not (bare[:1].isupper() or _CONNECTIVE.match(bare)):
            break
        run.insert(0, word)
    for start in range(len(run) - 1, -1, -1):
        name = run[start:]
        if name[0][:1].isupper() and _initials_fit(letters, [w.rstrip(",") for w in name]):
            return " ".join(name).rstrip(",")
    return ""


# The header of a table of abbreviations: "Abbreviation | In full", "Acronym | Meaning" (a glossary of the
# services a report names, "Name | What it is", keeps their short names: no key to them).
ABBREVIATIONS_HEADER = re.compile(r"^(?:abbreviations?|acronyms?|shortforms?|initials)(?:used)?$", re.I)


def defined_acronyms(blocks: list[Block]) -> dict[str, str]:
    """The acronyms a review defines, each with the name it gives in full."""
    defined: dict[str, str] = {}
    in_table = False
    for block in blocks:
        cells = [c.strip() for c in block.cells] if block.kind == "row" else []
        if len(cells) == 2 and ABBREVIATIONS_HEADER.match(re.sub(r"\W+", "", cells[0])):
            in_table = True
            continue
        in_table = in_table and block.kind == "row"
        if (
            in_table
            and len(cells) == 2
            and ACRONYM.match(cells[0])
            and re.match(r"^[A-Z][\w'’&,\- ]{3,100}$", cells[1])
        ):
            if 2 <= len(cells[1].split()) <= 14:
                defined.setdefault(cells[0], cells[1])
            continue
        for text in cells or [block.text.strip()]:
            if "(" not in text:
                continue  # both patterns need "(ACR)"; scanning every word of every paragraph for one was slow
            at_start = DEFINED_AT_START.match(text)
            if at_start and ACRONYM.match(at_start.group("acronym")):
                defined.setdefault(at_start.group("acronym"), at_start.group("name").strip())
                continue
            for found in DEFINED_IN_TEXT.finditer(text):
                acronym = found.group("acronym").strip()
                if ACRONYM.match(acronym) and (name := _named_in_text(found.group("words").split(), acronym)):
                    defined.setdefault(acronym, name)
    return defined


def _agency_like(name: str) -> bool:
    return bool(AGENCY_NAME.search(name) or ORGANISATION_WORD.search(name) or re.search(r"\bFirst$", name))


def spelled_out_agencies(lessons: list[Lesson], blocks: list[Block]) -> list[Lesson]:
    """The lessons with an agency printed as a defined acronym given its full name: a lead cell or
    label's agency; a recommendation's run-in "TVP: ..."; a learning point under a heading that is only
    the acronym (no label: the heading names its agency, not the lesson)."""
    defined = {a: n for a, n in defined_acronyms(blocks).items() if _agency_like(n)}
    if not defined:
        return lessons
    out = []
    for lesson in lessons:
        agency = lesson.agency.strip()
        if agency in defined:
            lesson = replace(lesson, agency=defined[agency])
        elif (
            not agency
            and lesson.kind == "recommendation"
            and (run_in := RUN_IN.match(lesson.text))
            and run_in.group("acronym") in defined
        ):
            lesson = replace(lesson, agency=defined[run_in.group("acronym")], text=lesson.text[run_in.end() :])
        elif not agency and not lesson.label and lesson.kind == "learning_point" and lesson.title.strip() in defined:
            heading = lesson.title.strip()
            text = lesson.text[len(heading) :].lstrip() if lesson.text.startswith(heading + " ") else lesson.text
            lesson = replace(lesson, agency=defined[heading], title="", text=text)
        out.append(lesson)
    return out
