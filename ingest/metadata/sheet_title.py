"""Ingest stage, metadata: the title under a repository's cover sheet.

A report deposited with the national case review repository opens with the repository's cover sheet
("Title: Serious case review: Baby G / LSCB: ... / Author: ... / Date of publication: ..."), then the
report's own cover. The sheet's "Title:" field is the repository's record of the title; the report's own
cover prints it whole ("Serious Case Review: Baby G – Overview Report"), and that is the document's title.
"""

from __future__ import annotations

import re

from ingest.layout import Block
from ingest.metadata.title import TITLE_FIELD, _clean_title
from ingest.words import word_line

# The cover sheet's note on where the report was deposited.
REPOSITORY_SHEET = re.compile(r"\bdeposited\b[^\n]{0,80}\brepository\b|\bcase\s+review\s+repository\b", re.IGNORECASE)

_FIRST_BLOCKS = 25


def own_cover_title(title: str, cover_text: str, blocks: list[Block]) -> str:
    """The report's own cover title when `title` is a repository cover sheet's "Title:" field and the
    report's cover, after the sheet, prints it with more words; "" otherwise."""
    if not title or not REPOSITORY_SHEET.search(cover_text):
        return ""
    field = next((m.group(1) for line in cover_text.split("\n") if (m := TITLE_FIELD.match(line))), "")
    if not field or word_line(_clean_title(field)) != word_line(title):
        return ""
    wanted = word_line(field)
    # (a Word copy has no pages to tell the sheet from the cover: the first blocks, wherever they fall)
    for block in blocks[:_FIRST_BLOCKS]:
        if block.kind != "heading" or block.page_start > 3:
            continue
        own = word_line(block.text)
        if own != wanted and own.startswith(wanted + " "):
            return _clean_title(block.text)
    return ""
