"""Ingest stage: a content system's export fields, taken out before the lesson walk.

A review's page exported from a content management system and saved as text
opens with the record's fields, one a line: "Title: ...", "Content type:
Case review", "Published: ...", "Last modified: ...", "Author: webeditor",
"Tags: case reviews; learning & development", then "Body:" and the page's
text. The fields are the system's, not the review's: a field line is no
heading (its tags naming "learning" open no learning section) and no lesson.
Where the blocks open with such a run of fields, they are taken out of what
the walk reads; metadata reads the blocks as they were.
"""

from __future__ import annotations

import re

from ingest.layout import Block

EXPORT_FIELD = re.compile(
    r"^\s*(?:title|content\s+type|type|published(?:\s+(?:date|on))?|date|last\s+(?:modified|updated)|modified|"
    r"created|updated|author|owner|tags|keywords|categor(?:y|ies)|topics?|slug|url|status|language|summary|"
    r"excerpt|body|content)\s*:(?:\s+\S.*)?$",
    re.I,
)
# fields only a system's record carries: a run of fields naming one of these is an export, not a cover
SYSTEM_FIELD = re.compile(
    r"^\s*(?:content\s+type|last\s+(?:modified|updated)|modified|tags|keywords|slug|body|excerpt)\s*:", re.I
)
MIN_FIELDS = 3
HEAD = 20  # the export's fields come first


def without_export_fields(blocks: list[Block]) -> list[Block]:
    """The blocks without a content system's export fields at their head (see the module's docstring)."""
    start = next((i for i, b in enumerate(blocks[:HEAD]) if EXPORT_FIELD.match(b.text)), None)
    if start is None:
        return blocks
    end = start
    while end < len(blocks) and blocks[end].kind in ("heading", "para") and EXPORT_FIELD.match(blocks[end].text):
        end += 1
    run = blocks[start:end]
    if len(run) < MIN_FIELDS or not any(SYSTEM_FIELD.match(b.text) for b in run):
        return blocks
    return blocks[:start] + blocks[end:]
