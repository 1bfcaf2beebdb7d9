"""Catalog stage: the SQLite file that is the one source of truth, and every SQL statement."""
