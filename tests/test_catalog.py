"""The SQLite catalog: reviews stored once, failures recorded, bad files refused."""

from __future__ import annotations

import sqlite3

import pytest

from ingest.records import STATUS_FAILED, STATUS_OK, IngestError, Lesson, Review, Section, SourceFile
from nlp.records import Evidence, LessonAnalysis, Tag
from search_app.catalog.store import SCHEMA_VERSION, Catalog, CatalogError
from search_app.search.index_records import index_records


def _review(review_id: str = "abc123", title: str = "Child T") -> Review:
    return Review(
        id=review_id,
        source_path=f"/corpus/{review_id}.pdf",
        title=title,
        review_type="LCSPR",
        area="Northshire",
        region="North West",
        published="2021-05-04",
        child="Child T",
        child_age="11 weeks",
        author="A. Reviewer",
        page_count=12,
        extractor_version="test",
        sections=(Section("Findings", 1, 5, 9),),
        lessons=(
            Lesson(1, "finding", "Finding 1", "Bruising on a non-mobile baby was not referred.", "Findings", 5, 6),
            Lesson(
                2,
                "recommendation",
                "Recommendation 1",
                "Review the bruising protocol.",
                "Recommendations",
                10,
                10,
                "Health",
            ),
        ),
    )


def _analysis() -> dict[int, LessonAnalysis]:
    tag = Tag("harm.nai_infant", "harm", 0.9, "rule", (Evidence("Bruising", 0, 8),))
    return {1: LessonAnalysis((tag,), ("under 1",), ("health_visiting",))}


def _source(path: str = "/corpus/abc123.pdf", sha: str = "f" * 64) -> SourceFile:
    return SourceFile(path, 100, 1.0, sha)


def test_review_round_trip_and_indexed_lessons(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK, "tagger-1")
        got = catalog.review("abc123")
        assert got.title == "Child T"
        assert [l.label for l in got.lessons] == ["Finding 1", "Recommendation 1"]
        assert got.lessons[1].agency == "Health"
        assert got.sections == (Section("Findings", 1, 5, 9),)
        docs = list(index_records(catalog))
        assert [d.id for d in docs] == ["abc123-001", "abc123-002"]
        assert docs[0].themes == ("harm.nai_infant",)
        assert docs[0].theme_groups == ("harm",)
        assert docs[0].age_bands == ("under 1",)
        assert docs[0].year == 2021
        assert docs[1].themes == ()
        analysis = catalog.analysis("abc123-001")
        assert analysis.tags[0].evidence == (Evidence("Bruising", 0, 8),)


def test_a_lesson_without_an_age_of_its_own_takes_its_reviews_childs_marked_as_such(tmp_path):
    teenager = Review(
        **{
            **_review("teen01", "Child U").__dict__,
            "child_age": "14 years",
            "lessons": (Lesson(1, "finding", "1", "The school did not share its concerns.", "", 2, 2),),
        }
    )
    unknown = Review(
        **{
            **_review("anon01", "Child V").__dict__,
            "child_age": "",
            "lessons": (Lesson(1, "finding", "1", "No one asked who lived there.", "", 2, 2),),
        }
    )
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)  # lesson 1 names a baby; lesson 2 no age
        catalog.put_review(_source("/corpus/teen01.pdf", "e" * 64), teenager, {}, STATUS_OK)
        catalog.put_review(_source("/corpus/anon01.pdf", "d" * 64), unknown, {}, STATUS_OK)
        ages = {d.id: (d.age_bands, d.age_from_review) for d in index_records(catalog)}
    assert ages["abc123-001"] == (("under 1",), False)  # its own words
    assert ages["abc123-002"] == (("under 1",), True)  # the review's child is 11 weeks old
    assert ages["teen01-001"] == (("11-15",), True)
    assert ages["anon01-001"] == ((), False)  # no age anywhere: none invented


def test_storing_the_same_review_twice_changes_nothing(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)
        first = [tuple(r) for r in catalog.db.execute("SELECT * FROM lessons ORDER BY id")]
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)
        again = [tuple(r) for r in catalog.db.execute("SELECT * FROM lessons ORDER BY id")]
        assert first == again
        assert catalog.stats() == {"files": 1, "failed": 0, "reviews": 1, "lessons": 2}


def test_changed_file_replaces_its_review(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), _review("old1"), {}, STATUS_OK)
        dropped = catalog.put_review(_source(sha="e" * 64), _review("new1"), {}, STATUS_OK)
        assert dropped == "old1"
        assert catalog.review_ids() == ["new1"]


def test_failures_are_recorded_and_listed(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.record_failure(_source("/corpus/bad.pdf"), IngestError("/corpus/bad.pdf", "open", "not a PDF"))
        (row,) = catalog.failures()
        assert (row["path"], row["status"], row["stage"], row["reason"]) == (
            "/corpus/bad.pdf",
            STATUS_FAILED,
            "open",
            "not a PDF",
        )


def test_removing_a_file_drops_its_review_only_when_no_other_file_holds_it(tmp_path):
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source("/a.pdf"), _review(), {}, STATUS_OK)
        catalog.put_review(_source("/copy-of-a.pdf"), _review(), {}, STATUS_OK)
        assert catalog.remove_file("/a.pdf") is None
        assert catalog.review_ids() == ["abc123"]
        assert catalog.remove_file("/copy-of-a.pdf") == "abc123"
        assert catalog.review_ids() == []
        assert catalog.stats()["lessons"] == 0


def test_catalog_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(CatalogError, match="newer version"):
        Catalog(path)


def test_corrupt_catalog_is_refused_not_rebuilt(tmp_path):
    path = tmp_path / "c.sqlite3"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(CatalogError, match="not a usable catalog"):
        Catalog(path)
    assert path.read_bytes() == garbage


def test_read_only_catalog_never_writes(tmp_path):
    path = tmp_path / "c.sqlite3"
    with Catalog(path) as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)
    before = path.read_bytes()
    with Catalog(path, read_only=True) as catalog:
        assert catalog.review_ids() == ["abc123"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            catalog.set_meta("k", "v")
    assert path.read_bytes() == before


def test_newer_catalog_is_refused_with_its_bytes_untouched(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(CatalogError, match="newer version"):
            Catalog(path, read_only=read_only)
    assert path.read_bytes() == before


def test_read_only_catalog_that_does_not_exist_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogError, match="no catalog"):
        Catalog(tmp_path / "missing.sqlite3", read_only=True)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_catalog_of_the_first_schema_gains_lesson_titles_and_keeps_its_rows(tmp_path):
    path = tmp_path / "c.sqlite3"
    with Catalog(path) as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)
    db = sqlite3.connect(path)  # make it a schema-1 catalog: lessons without the title column
    db.execute("ALTER TABLE lessons DROP COLUMN title")
    db.execute("ALTER TABLE reviews DROP COLUMN ocr_engine")  # added by schema 3
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="older version"):
        Catalog(path, read_only=True)
    with Catalog(path) as catalog:
        review = catalog.review("abc123")
        assert review is not None and review.lessons and all(l.title == "" for l in review.lessons)
        assert catalog.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_catalog_of_the_second_schema_gains_the_ocr_engine_and_keeps_its_rows(tmp_path):
    path = tmp_path / "c.sqlite3"
    with Catalog(path) as catalog:
        catalog.put_review(_source(), _review(), _analysis(), STATUS_OK)
    db = sqlite3.connect(path)  # a schema-2 catalog: reviews without the OCR engine
    db.execute("ALTER TABLE reviews DROP COLUMN ocr_engine")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="older version"):
        Catalog(path, read_only=True)
    with Catalog(path) as catalog:
        review = catalog.review("abc123")
        assert review is not None and review.lessons and review.ocr_engine == ""
        assert catalog.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_ocr_engine_that_read_a_review_is_stored_and_listed(tmp_path):
    from dataclasses import replace

    scanned = replace(_review(), ocr_pages=(1, 2), ocr_engine="rapidocr")
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), scanned, _analysis(), STATUS_OK)
        assert catalog.review("abc123").ocr_engine == "rapidocr"
        assert catalog.read_by_ocr() == [{"path": scanned.source_path, "engine": "rapidocr", "pages": [1, 2]}]


def test_lesson_titles_are_stored_and_read_back(tmp_path):
    from dataclasses import replace

    review = _review()
    titled = replace(review, lessons=tuple(replace(l, title=f"Heading {l.ordinal}") for l in review.lessons))
    with Catalog(tmp_path / "c.sqlite3") as catalog:
        catalog.put_review(_source(), titled, _analysis(), STATUS_OK)
        assert [l.title for l in catalog.review("abc123").lessons] == [f"Heading {l.ordinal}" for l in review.lessons]
