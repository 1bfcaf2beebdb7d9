"""Ingest stage: lesson segmentation, a lead agency's name mended where a PDF's text layer broke its words.

pdfminer gives the words of a narrow table cell with spaces inside them when the PDF places the letters
apart ("Clinical C ommissio ning Group", "Children's Social C are"): the pieces of a word that is no word
of an agency's name alone are joined with those after them while they make one ("C ommissio ning" ->
"Commissioning"). Words already whole are left as they are, so a name printed right is never changed.
"""

from __future__ import annotations

import re

# The words agencies' names are made of.
AGENCY_WORDS = frozenset(
    """
    abuse agencies agency ambulance association authority board care centre children children's clinical
    commission commissioner commissioners commissioning community constabulary council county department
    directorate domestic early education emergency england families family foundation general group health
    help hospital hospitals housing integrated justice local management maternity mental midwifery misuse
    national nursing offending paediatric partners partnership police practice practices primary probation
    provider providers public recovery safeguarding school schools service services social substance team
    teams trust trusts university visiting youth
    """.split()
)
_MOST_PIECES = 4


def _word(token: str) -> str:
    return re.sub(r"[^\w'’]", "", token).lower().replace("’", "'")


def mended_spacing(name: str) -> str:
    """`name` with the pieces of any broken word joined into the agency word they make."""
    tokens = name.split()
    if len(tokens) < 2:
        return name
    mended: list[str] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if _word(token) not in AGENCY_WORDS:
            for more in range(1, _MOST_PIECES):
                joined = "".join(tokens[at : at + more + 1])
                if at + more < len(tokens) and _word(joined) in AGENCY_WORDS:
                    mended.append(joined)
                    at += more + 1
                    break
            else:
                mended.append(token)
                at += 1
            continue
        mended.append(token)
        at += 1
    return " ".join(mended) if mended != tokens else name
