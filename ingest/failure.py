"""Ingest stage: the one exception a document that cannot be read raises.

`extract_review` turns every reason a file cannot be read (empty, not what
its name says, corrupt, encrypted, too large, no text) into an IngestFailure
naming the stage that gave up and why, so the pipeline can record it.
"""

from __future__ import annotations


class IngestFailure(Exception):
    """A document that could not be ingested: at which stage, and why."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"[{stage}] {reason}")
        self.stage = stage
        self.reason = reason

    def __reduce__(self):  # keep both attributes across worker processes
        return (type(self), (self.stage, self.reason))
