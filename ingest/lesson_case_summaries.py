"""Ingest stage: lesson segmentation, a case's summary under its child's sub-heading.

A review of several children may group its labelled lessons by child: a sub-heading naming the child
("Child A"), a line or two summing up that child's case, then the lessons labelled by the child's letter
("A1", "A2"). The walk reads the sub-heading as an unlabelled lesson's title and the summary as its text;
the heading groups the labelled lessons after it and the summary tells of the case: neither is a lesson.
"""

from __future__ import annotations

from ingest.lesson_drafts import Draft
from ingest.lesson_tables import PSEUDONYM_CELL


def drop_case_summaries(drafts: list[Draft]) -> list[Draft]:
    """The drafts without those a child's sub-heading starts ("Child A") when the next draft of its section
    carries a label: the case's summary over that child's labelled lessons."""
    dropped: set[int] = set()
    for d, after in zip(drafts, drafts[1:], strict=False):
        if (
            d.headed
            and not d.label
            and PSEUDONYM_CELL.match(d.title.strip())
            and after.label
            and after.zone == d.zone
            and after.kind == d.kind
        ):
            dropped.add(id(d))
    return [d for d in drafts if id(d) not in dropped]
