"""Catalog stage: the SQLite file that is the one source of truth.

It holds every file's ingest outcome, every review with its sections and
lessons, and the tagger's analysis of each lesson. Search indexes are derived
from it and can always be rebuilt from it; it is the one thing that must never be lost.

A review is written in one transaction, so a crash leaves either the old
records or the new ones, never a mixture.

A path is data: a file name that is not valid UTF-8 (a Latin-1 `Review_caf\xe9.txt`)
is stored as its bytes (a BLOB in the path column) and given back as the
surrogate-escaped str Python's `os` functions take, so it is kept exactly.

The catalog's parts: search_app/catalog/connection.py (the file, its schema,
transactions, meta), files.py (each file's outcome) and reviews.py (reviews,
sections, lessons, tags); `Catalog` here is all of them.
"""

from __future__ import annotations

from search_app.catalog.connection import SCHEMA_VERSION as SCHEMA_VERSION
from search_app.catalog.connection import CatalogError as CatalogError
from search_app.catalog.connection import db_path as db_path
from search_app.catalog.connection import os_path as os_path
from search_app.catalog.reviews import ReviewRecords


class Catalog(ReviewRecords):
    """The SQLite catalog. Open one per thread or process."""

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
