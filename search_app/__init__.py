"""Safeguarding Lessons: search, web app, briefings and the `lessons` command line.

Stages: `ingest` (documents in, review records out) → `nlp` (themes, ages,
agencies) → `search_app.catalog.store` (the SQLite source of truth) →
`search_app.search` (derived search indexes) → `search_app.web` (Flask app).
"""

__version__ = "0.1.0"
