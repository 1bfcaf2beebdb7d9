"""Ingest stage: documents in, structured review records out (no NLP, no index).

    discover(paths)                     -> list[SourceFile]
    extract_review(path, max_pages, max_bytes) -> Review   (raises IngestFailure)
    EXTRACTOR_VERSION

The records themselves (Review, Section, Lesson, IngestError,
SourceFile) live in `ingest.records`.
"""

from ingest.discover import discover
from ingest.extract import EXTRACTOR_VERSION, extract_review
from ingest.failure import IngestFailure

__all__ = ["discover", "extract_review", "EXTRACTOR_VERSION", "IngestFailure"]
