"""`lessons search`: JSON shape, readable citations, filters, and exit code 2 without an index."""

from __future__ import annotations

import json

from click.testing import CliRunner

from search_app.cli import main
from search_app.search.tantivy.backend import TantivyBackend


def _run(settings, *args):
    return CliRunner().invoke(main, ["--data-dir", str(settings.data_dir), "--taxonomy", str(settings.taxonomy), "search", *args])


def test_json_output_with_filters(settings, sample_lessons):
    TantivyBackend(settings.index_dir, settings.taxonomy).rebuild(sample_lessons)
    result = _run(settings, "NAI", "--json", "--area", "King's Lynn", "--from", "2020")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == 1 and data["hits"][0]["id"] == "rev-lynn-001"
    assert {"id", "score", "review_title", "area", "year", "snippet", "page_start", "themes"} <= set(data["hits"][0])
    assert {"value": "King's Lynn", "count": 1} in data["facets"]["area"]
    # "NAI" names the non-accidental injury theme; the hit carries it.
    assert data["query_themes"] == ["harm.nai_infant"]
    assert data["hits"][0]["matched_themes"] == ["harm.nai_infant"]


def test_readable_output_cites_review_area_year_and_page(settings, sample_lessons):
    TantivyBackend(settings.index_dir, settings.taxonomy).rebuild(sample_lessons)
    result = _run(settings, '"skeletal survey')
    assert result.exit_code == 0, result.output
    assert "Note: Added a closing quote" in result.output
    assert "Baby Ava, King's Lynn, 2021, page 11" in result.output


def test_no_index_is_a_clear_error(settings):
    result = _run(settings, "neglect")
    assert result.exit_code == 2
    assert "no search index yet" in result.output
