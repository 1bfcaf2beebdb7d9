"""Ingest stage: where the learned second opinion (second_opinion.py) may not add a lesson: the parts of
a report that tell and weigh the case, when the report marks its lessons in parts of their own.

A full report runs "Introduction", "Terms of reference", "Background", "Analysis", "Conclusions" and
then "Lessons learned" (or "Learning", "Findings") and "Recommendations". Its analysis and conclusions
read almost like findings ("Had the information held by different agencies been brought together, the
risk could have been seen sooner"; "Several practitioners held information that, with hindsight, was
significant"), and the block model, which sees a paragraph's wording and layout, takes some of them for
lessons. When the rules found the report's lessons under headings naming them (a section whose heading
names findings, learning, lessons or recommendations), the report has said where its lessons are: a
paragraph under a heading naming only a telling or weighing part ("4. Analysis", "Conclusions",
"Summary chronology", "Background") is the case told and weighed, never a further lesson. A heading that
also names lessons ("Analysis and findings", "Conclusions and learning") is a lesson section and stays
open to the second opinion, and so is every section of a report whose rules found no lesson under a
lesson heading (a loosely marked report, whose lessons may sit anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.lesson_cues import zone_kind

# A heading naming only a part of the report that tells or weighs the case: "Analysis", "4. Analysis of
# practice", "5. Conclusions", "Overall conclusion", "Discussion", "Summary chronology", "Background and
# summary of events", "Terms of reference".
REPORT_PART = re.compile(
    r"^\W*(?:(?:section|part|chapter)\s+)?(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[ivx]+\.)?\s*"
    r"(?:(?:overall|general|final|summary|summary\s+of\s+(?:the\s+)?|detailed|multi-agency|the\s+review['’]s)\s+)?"
    r"(?:analysis|conclusions?|discussion|chronology|background|terms\s+of\s+reference|"
    r"(?:summary|narrative)\s+of\s+(?:the\s+)?(?:events|case|agency\s+involvement))"
    r"(?:\s+(?:of|and|on)\s+[\w\s,'’-]{0,60}?)?\W*$",
    re.I,
)


def report_part(heading: str) -> bool:
    """Whether a heading names only a part of the report that tells or weighs the case (never one that
    also names its lessons: "Conclusions and learning" is a lesson section)."""
    return bool(REPORT_PART.match(heading.strip())) and zone_kind(heading) is None


def lessons_marked(headings: Iterable[str]) -> bool:
    """Whether any of the headings over the rules' lessons names a lesson section ("6. Lessons learned",
    "Learning", "Recommendations"): the report marks where its lessons are."""
    return any(zone_kind(heading) for heading in headings)
