"""Ingest stage: lesson titles printed after the number of the episode they close.

Run on the walk's drafts as they are finished. A practice review may close each of its
key practice episodes ("Episode 1: Police information not shared with health") with a
lesson under a label of its own ("Learning point 1"): the episode's number is the
narrative's, not the lesson's, so the lesson's title (and the text it opens) is the
heading's words after it, as a numbered section heading's title is its words.
"""

from __future__ import annotations

import re

from ingest.lesson_drafts import Draft

# "Episode 1:", "Key practice episode 2 -", "Period 3:": the narrative's unit and number opening a heading.
EPISODE_PREFIX = re.compile(
    r"^\s*(?:key\s+)?(?:practice\s+)?(?:episode|period|phase|timeframe|time\s*period)\s+\d{1,2}\s*[:.\-–]\s+(?=\S)",
    re.IGNORECASE,
)


def without_episode_numbers(drafts: list[Draft]) -> list[Draft]:
    """The drafts, a labelled lesson's title (and its text's first words, the same) cut of an
    episode's number."""
    for d in drafts:
        if not d.label or EPISODE_PREFIX.match(d.label) or not d.title:
            continue
        match = EPISODE_PREFIX.match(d.title)
        if not match:
            continue
        if d.parts and d.parts[0].strip().startswith(d.title.strip()):
            d.parts[0] = EPISODE_PREFIX.sub("", d.parts[0].strip(), count=1)
        d.title = d.title[match.end() :]
    return drafts
