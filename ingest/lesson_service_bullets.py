"""Ingest stage: lesson segmentation - bullets naming a service over the lessons that are its own.

A pass run before the walk (ingest/lessons.py, through lesson_passes.reshaped). A report that groups
its learning under bullets naming a service ("Children's social care", "Hospital", "Multi-agency
working"), each over one or more sub-bullets, every sub-bullet a lesson. The naming bullet is a
sub-heading, never a lesson nor part of one: a list item of a few words with no sentence in it, set at
another indent from the items after it that are sentences, in a list where one such bullet at least
names an agency (else the bullets are themes titling one lesson each). It is read as the sub-heading it
stands for, so the walk gives the lessons under it the agency it names (none when it names no agency).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_agency_groups import agency_group_name, formal_agency_name

# A service's name: a few words, capitalised, with no sentence's end ("Children's social care", "GP practice").
NAME = re.compile(r"^[A-Z][\w'’&/,\- ]{1,48}$")
SENTENCE_END = (".", "!", "?", ":", ";")


def _names_service(blocks: list[Block], index: int) -> bool:
    block = blocks[index]
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        block.kind == "item"
        and not block.number
        and NAME.match(block.text.strip()) is not None
        and len(block.text.split()) <= 5
        and after is not None
        and after.kind == "item"
        and not after.number
        and after.x0 != block.x0
        and after.text.rstrip().endswith(SENTENCE_END)
    )


def service_bullets(blocks: list[Block]) -> list[Block]:
    """Blocks with each bullet naming a service over its own sub-bullets read as a sub-heading, in a list
    where one such bullet at least names an agency ("Hospital", "Police"); a list whose bullets over
    sub-bullets are themes ("Hunger at school") keeps them as its lessons' titles."""
    kept = list(blocks)
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].kind == "item":
            end += 1
        naming = [index for index in range(start, end) if _names_service(blocks, index)]
        if any(agency_group_name(blocks[index].text.strip()) for index in naming):
            for index in naming:
                kept[index] = replace(blocks[index], kind="heading", level=3, lead="")
        start = max(end, start + 1)
    return kept


def service_heading(heading: str, parent_kind: str | None, kind: str | None) -> str:
    """The service a sub-heading of a section of learning is the name of ("Hospital" under "Learning for
    agencies"): the agency of the learning under it; "" for a heading of a section of its own, one naming
    no agency ("Multi-agency working") or a theme that mentions one ("Domestic abuse and the health service")."""
    if parent_kind != "learning_point" or kind is not None:
        return ""
    if formal := formal_agency_name(heading):
        return formal  # "Mid and South Essex NHS Foundation Trust": an organisation's formal name
    if not NAME.match(heading.strip()):
        return ""
    if len(heading.split()) > 4:
        return ""  # a theme that mentions a service ("Domestic abuse and the health service"), not its name
    name = agency_group_name(heading.strip())
    return name if name.lower() == heading.strip().lower() else ""  # the heading is the name, no theme
