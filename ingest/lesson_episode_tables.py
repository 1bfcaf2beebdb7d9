"""Ingest stage: lesson segmentation, a practice-episode summary table (never lessons).

A full report may summarise its practice episodes in a table before its findings: "Episode | What
happened | Why it matters". The "Why it matters" cell says what the episode shows in a phrase; the
report's lessons are set out after it. Only when "Why it matters" is paired with a column saying what
should change ("Why it matters | What should happen") is it a lesson table.
"""

from __future__ import annotations

import re

WHY_IT_MATTERS = re.compile(r"^(?:why\s+(?:it|this)\s+matter(?:s|ed)|significance)\s*\??$", re.I)
EPISODE_COLUMN = re.compile(
    r"^(?:(?:key\s+)?(?:practice\s+)?episodes?|events?|what\s+happened|(?:what|how)\s+agencies\s+(?:did|responded))\s*\??$",
    re.I,
)


def episode_summary(lowered: list[str], texts: list[int]) -> bool:
    """Whether a table header names practice episodes and what happened, beside only a "Why it matters"
    column: the episodes summarised, no lesson column."""
    return (
        bool(texts)
        and all(WHY_IT_MATTERS.match(lowered[i]) for i in texts)
        and any(EPISODE_COLUMN.match(c) for i, c in enumerate(lowered) if i not in texts)
    )
