"""Search stage: the search index's records (IndexedLesson), built from catalog rows.

The catalog knows nothing of the search contract; this is the one place
its rows become what both engines index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from nlp.ages import band_of_recorded_age
from search_app.catalog.store import Catalog
from search_app.search.contract import IndexedLesson


def index_records(
    catalog: Catalog, review_ids: Iterable[str] | None = None, lesson_ids: Iterable[str] | None = None
) -> Iterator[IndexedLesson]:
    """Every lesson (or those of `review_ids`, or those with `lesson_ids`) as the search indexes take it."""
    for r in catalog.lesson_rows(review_ids, lesson_ids):
        yield IndexedLesson(
            id=r["id"],
            review_id=r["review_id"],
            ordinal=r["ordinal"],
            review_title=r["review_title"],
            review_type=r["review_type"],
            area=r["area"],
            region=r["region"],
            year=r["year"],
            published=r["published"],
            child=r["child"],
            kind=r["kind"],
            label=r["label"],
            text=r["text"],
            section=r["section"],
            page_start=r["page_start"],
            page_end=r["page_end"],
            agency_lead=r["agency"],
            themes=tuple(r["themes"].split("\x1f")) if r["themes"] else (),
            theme_groups=tuple(r["theme_groups"].split("\x1f")) if r["theme_groups"] else (),
            agencies=tuple(json.loads(r["agencies"])),
            title=r["title"],
            **_age(tuple(json.loads(r["age_bands"])), r["review_child_age"]),
        )


def _age(own: tuple[str, ...], review_child_age: str) -> dict:
    """A lesson's age bands: the ages it names, or else the age of its
    review's child, marked as coming from the review, so that a search for
    babies finds the lessons of reviews about babies that never say "baby"."""
    if own:
        return {"age_bands": own}
    band = band_of_recorded_age(review_child_age or "")
    return {"age_bands": (band,), "age_from_review": True} if band else {"age_bands": ()}
