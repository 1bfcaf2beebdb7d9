"""Ingest stage, metadata: the review's author.

The author is read from a labelled field or a sentence naming who wrote or led
the review ("Independent reviewer: Jane Smith", "Written by ..."), else from a
name above or below a line giving only the role, a letter's signature, or the
publisher.
"""

from __future__ import annotations

import re

from ingest.metadata.text import SENTENCE_END

PUBLISHER = re.compile(r"\bpublished\s+by\s*[:\-–]\s*([A-Z][^\n;|]{2,80})", re.IGNORECASE)


AUTHOR = re.compile(
    r"\b(?:report\s+)?(?:author(?:ed|s|\(s\))?(?:\s+by)?|written\s+by|independent\s+(?:lead\s+)?(?:reviewer|author)|"
    r"lead\s+reviewers?|independent\s+reviewers?|reviewers?|"
    # a cover field naming who wrote or chaired it: "Completed by:", "Chair of the rapid review:"
    r"completed\s+by|compiled\s+by|audit\s+lead|chair\s+of\s+the\s+(?:rapid\s+)?review(?:\s+(?:meeting|panel))?)\s*[:\-–]\s*([A-Z][^\n;|]{2,80})"
    r"|(?<!original\s)\b(?:review|report)\s+(?:written\s+)?by\s+((?-i:[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}))"
    # "Reviewed by Jane Smith", "Written and led by Dr A Shah"
    r"|\b(?:reviewed|written|led|undertaken|conducted|carried\s+out|prepared)\s+by\s+"
    # "led by independent reviewer Jane Smith": the role before the name
    r"(?:(?:an?\s+|the\s+)?(?:independent\s+)?(?:lead\s+)?(?:reviewer|author)\s+)?((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}))"
    # "Jane Smith, independent reviewer", "Jane Smith (Independent Author)"
    r"|((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3}))\s*[,(]\s*(?:the\s+)?(?:independent|lead)\s+(?:lead\s+)?(?:reviewer|author|scrutineer)\b"
    # "The independent reviewer, Jane Smith, thanks ..."
    r"|\b(?:independent|lead)\s+(?:lead\s+)?(?:reviewer|author),\s+((?-i:(?:Dr\.?\s+|Professor\s+)?[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})),",
    re.IGNORECASE,
)


def _publisher(text: str) -> str:
    match = PUBLISHER.search(text)
    return match.group(1).strip(" ,.") if match else ""


# A role printed alone on its line, with the name on the line above or below it.
ROLE_LINE = re.compile(
    r"^\s*(?:independent\s+(?:lead\s+)?(?:reviewer|author)|lead\s+reviewer|(?:report\s+)?author|"
    r"overview\s+(?:report\s+)?author|reviewer)s?\s*$",
    re.IGNORECASE,
)
PERSON = re.compile(
    r"^\s*((?:Dr\.?\s+|Professor\s+|Prof\.?\s+)?[A-Z][a-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]*){1,3})"
    r"(?:\s*,\s*[A-Z][A-Za-z ,()]{1,40})?\s*$"
)
_NOT_PEOPLE = re.compile(
    r"\b(?:review|report|partnership|board|council|safeguarding|children|published|date|"
    r"child|baby|practice|serious|case|final|overview|executive|summary)\b",
    re.IGNORECASE,
)


# A chair's role: a review names its chair beside its author ("Independent chair of the review panel").
CHAIR = re.compile(r"\bchair(?:ed|man|woman|person)?\b", re.IGNORECASE)


def _author(text: str) -> str:
    matches = list(AUTHOR.finditer(text))
    if not matches:
        return _author_by_role_line(text)
    # The chair writes the review only when no one else is named for it: a review team's table names
    # its chair first, then the lead reviewer who wrote it.
    match = next((m for m in matches if not CHAIR.search(text[m.start() : m.end()])), matches[0])
    found = re.sub(r"^by\s+", "", next(g for g in match.groups() if g), flags=re.IGNORECASE)
    name = re.split(r"\s{2,}|,|\s+(?:date|published|publication)\b", found, flags=re.IGNORECASE)[0]
    name = SENTENCE_END.split(name)[0]  # "Hannah Osei. Nottingham Safeguarding Children Partnership."
    bare = POSTNOMINALS.sub("", name).strip(" ,.")
    return (bare if len(bare.split()) >= 2 else name).strip(" ,.")


# Degrees and honours after a name: "Jane Smith BA MSc", "Dr A Shah PhD, CQSW".
POSTNOMINALS = re.compile(
    r"(?:[\s,]+(?:[BM]A|[BM]Sc|MPhil|PhD|DPhil|MBA|LLB|LLM|MEd|BEd|RGN|RN|RSCN|RMN|RHV|CQSW|DipSW|Dip|"
    r"PGCE|MBE|OBE|CBE|FRCP|FRCPCH|MRCP|MRCPCH|MBBS|\(Hons\)|Hons))+\s*$"
)
SIGN_OFF = re.compile(r"^\s*yours\s+(?:sincerely|faithfully)\s*,?\s*$", re.IGNORECASE)


def _signatory(text: str) -> str:
    """The name a letter is signed with: the line after "Yours sincerely,"."""
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines[:-1]):
        if SIGN_OFF.match(line):
            person = PERSON.match(lines[i + 1])
            if person and not _NOT_PEOPLE.search(person.group(1)):
                return person.group(1).strip()
    return ""


def _author_by_role_line(text: str) -> str:
    """ "Jane Smith" above (or below) a line that only says "Independent Reviewer"."""
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines):
        if not ROLE_LINE.match(line):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                person = PERSON.match(lines[j])
                if person and not _NOT_PEOPLE.search(person.group(1)):
                    return person.group(1).strip()
    return ""
