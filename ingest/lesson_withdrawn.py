"""Ingest stage: withdrawn lessons left out, after the lesson walk and before the drafts are finished.

An action plan or a progress table may keep a recommendation's number after it was withdrawn, its text
only the note saying so ("Withdrawn: merged with recommendation 2 ...", "Deleted - superseded by R3"),
its other cells "N/A". The note asks nothing of anyone and records no learning: never a lesson.
"""

from __future__ import annotations

import re

from ingest.lesson_drafts import Draft

# A note that opens on the word saying the lesson is gone: "Withdrawn:", "Deleted -", "Superseded."
WITHDRAWN_NOTE = re.compile(
    r"^\W*(?:recommendation\s+)?(?:withdrawn|deleted|removed|superseded|merged)\s*(?:[:.–—-]|\s+(?:and\s+)?(?:merged|"
    r"replaced|superseded|covered)\b)",
    re.I,
)


def withdrawn(draft: Draft) -> bool:
    """Whether a draft's text is only the note that its lesson was withdrawn."""
    return bool(draft.parts) and WITHDRAWN_NOTE.match(draft.parts[0]) is not None


def without_withdrawn(drafts: list[Draft]) -> list[Draft]:
    """The drafts less those that only note their lesson was withdrawn."""
    return [d for d in drafts if not withdrawn(d)]
