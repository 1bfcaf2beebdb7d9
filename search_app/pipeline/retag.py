"""Orchestration: keep every lesson's tags made by the current Tagger.

Each lesson row records the `Tagger.version` (taxonomy version, with a hash
of its content, plus the model version) that tagged it. When the taxonomy
or the model changes, the lessons tagged by another version are tagged
again, in batches, each batch one transaction: a run killed half-way leaves
each lesson either with its old tags or its new ones, and the next run
carries on with the rest.

Loading the Tagger (spaCy, scikit-learn) takes seconds, so a run with
nothing to tag does not load it: a fingerprint of its inputs (the taxonomy
and model files, the scikit-learn version) is kept in the catalog's meta
table, and the Tagger is loaded to compare versions only when the
fingerprint differs from the one recorded after the last complete check.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from search_app.catalog.store import Catalog
from search_app.settings import Settings

META_TAGGER_INPUTS = "pipeline.tagger_inputs"
META_TAGGER_VERSION = "pipeline.tagger_version"
RETAG_BATCH = 256


def tagger_inputs(settings: Settings) -> str:
    """A fingerprint of everything Tagger.version depends on, without loading it."""
    parts: dict[str, list | str | None] = {
        "taxonomy": _file_print(Path(settings.taxonomy), hash_content=True),
        "model": _file_print(Path(settings.model), hash_content=False),
    }
    for package in ("scikit-learn", "spacy"):
        try:
            parts[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            parts[package] = None
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]


def _file_print(path: Path, hash_content: bool) -> list:
    try:
        st = path.stat()
    except OSError:
        return [str(path), None]
    fingerprint = [str(path.resolve()), st.st_size, st.st_mtime_ns]
    if hash_content:
        fingerprint.append(hashlib.sha256(path.read_bytes()).hexdigest())
    return fingerprint


class TaggerHandle:
    """The Tagger for these settings, loaded on first use only."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._tagger = None

    def get(self):
        if self._tagger is None:
            from nlp.tagger import Tagger  # spaCy: imported only when something is tagged

            self._tagger = Tagger.load(self.settings.taxonomy, self.settings.model)
        return self._tagger


def needs_version_check(catalog: Catalog, settings: Settings) -> bool:
    """True when the Tagger's inputs changed since the last complete check."""
    return catalog.get_meta(META_TAGGER_INPUTS) != tagger_inputs(settings)


def stale_lesson_count(catalog: Catalog, version: str) -> int:
    return catalog.stale_lesson_count(version)


def retag_stale(
    catalog: Catalog,
    tagger,
    batch: int = RETAG_BATCH,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Tag again every lesson tagged by another Tagger version; return how many.

    A batch holds whole reviews (about `batch` lessons, at least one review):
    the theme model reads each lesson's review context, the other lessons
    of its review, so a review is never split between batches."""
    version = tagger.version
    done = 0
    while True:
        reviews = _stale_reviews(catalog, version, batch)
        if not reviews:
            return done
        rows = catalog.lessons_to_tag(reviews)
        analyses = tagger.analyze_many(
            [row["text"] for row in rows],
            kinds=[row["kind"] for row in rows],
            reviews=[row["review_id"] for row in rows],
        )
        with catalog.transaction():
            for row, analysis in zip(rows, analyses):
                catalog.set_analysis(row["id"], analysis, version)
        done += len(rows)
        if on_batch is not None:
            on_batch(done)


def _stale_reviews(catalog: Catalog, version: str, batch: int) -> list[str]:
    """The next reviews with a lesson tagged by another version, about `batch` lessons' worth."""
    chosen: list[str] = []
    lessons = 0
    for review_id, count in catalog.stale_reviews(version):
        if chosen and lessons + count > batch:
            break
        chosen.append(review_id)
        lessons += count
    return chosen


def record_checked(catalog: Catalog, settings: Settings, version: str) -> None:
    """Every lesson is tagged by `version`: remember the inputs, to skip the next check."""
    catalog.set_meta_values({META_TAGGER_INPUTS: tagger_inputs(settings), META_TAGGER_VERSION: version})
