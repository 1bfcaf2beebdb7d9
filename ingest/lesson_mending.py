"""Ingest stage: the noise and damage a real file carries among its lessons, mended before the lesson walk.

One entry point (`mended`) for the passes that read a damaged or cluttered
file back as its author wrote it, each in its own module: a content
system's export fields at the head (ingest/lesson_export_fields.py), text
pasted from a PDF a line a paragraph (ingest/lesson_pasted_lines.py), a
heading carried on in a second heading paragraph
(ingest/lesson_broken_headings.py), a Word template's placeholders left in
(ingest/lesson_placeholders.py), Word's decorative bullets typed into
the text (ingest/lesson_decorative_bullets.py) and the notes a redacted or
revised report carries about its own publication
(ingest/lesson_publication_notes.py). Metadata reads the blocks
as they were.
"""

from __future__ import annotations

from ingest.layout import Block
from ingest.lesson_broken_headings import joined_broken_headings
from ingest.lesson_decorative_bullets import decorative_points
from ingest.lesson_export_fields import without_export_fields
from ingest.lesson_pasted_lines import joined_pasted_lines
from ingest.lesson_placeholders import without_placeholders
from ingest.lesson_publication_notes import without_publication_notes


def mended(blocks: list[Block]) -> list[Block]:
    """The blocks with a damaged or cluttered file's noise taken out and its broken text joined back."""
    blocks = joined_broken_headings(joined_pasted_lines(without_export_fields(blocks)))
    return without_publication_notes(decorative_points(without_placeholders(blocks)))
