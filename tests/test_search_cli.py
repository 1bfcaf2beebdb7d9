"""`lessons search`: JSON shape, readable citations, filters, and exit code 2 without an index."""

from __future__ import annotations

import json

from click.testing import CliRunner

from search_app.cli import main
from search_app.search.tantivy.backend import TantivyBackend


def _run(settings, *args):
    return CliRunner().invoke(
        main, ["--data-dir", str(settings.data_dir), "--taxonomy", str(settings.taxonomy), "search", *args]
    )


def test_json_output_with_filters(settings, sample_lessons):
    TantivyBackend(settings.index_dir, settings.taxonomy).rebuild(sample_lessons)
    result = _run(settings, "NAI", "--json", "--area", "King's Lynn", "--from", "2020")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == 1 and data["hits"][0]["id"] == "rev-lynn-001"
    assert {"id", "score", "review_title", "area", "year", "snippet", "page_start", "themes"} <= set(data["hits"][0])
    assert {"value": "King's Lynn", "label": "King's Lynn", "count": 1} in data["facets"]["area"]
    # "NAI" names the non-accidental injury theme; the hit carries it.
    assert data["query_themes"] == ["harm.nai_infant"]
    assert data["hits"][0]["matched_themes"] == ["harm.nai_infant"]


def test_json_output_carries_the_api_fields(settings, sample_lessons, tmp_path):
    """One JSON form: the CLI's keys and the API's are the same, but for the
    name of the list of lessons and the theme ids the CLI gives for `themes`."""
    from search_app.web import create_app

    TantivyBackend(settings.index_dir, settings.taxonomy).rebuild(sample_lessons)
    cli = json.loads(_run(settings, "NAI", "--json").output)
    catalog = tmp_path / "catalog.sqlite3"
    from search_app.catalog.store import Catalog

    Catalog(catalog).close()
    app = create_app(
        test_config={
            "TESTING": True,
            "data_dir": str(settings.data_dir),
            "taxonomy": str(settings.taxonomy),
            "catalog": str(catalog),
        }
    )
    api = app.test_client().get("/api/search", query_string={"q": "NAI"}).get_json()
    assert set(cli) - {"hits"} == set(api) - {"results"}
    assert set(cli["hits"][0]) == set(api["results"][0])
    assert cli["hits"][0]["theme_ids"] == cli["hits"][0]["themes"] == [t["id"] for t in api["results"][0]["themes"]]
    assert cli["hits"][0]["snippet"] == cli["hits"][0]["snippet_html"] == api["results"][0]["snippet"]
    # The CLI's links are the site's paths; the API's are full URLs ending in them.
    assert api["results"][0]["url"].endswith(cli["hits"][0]["url"]) and cli["hits"][0]["url"].startswith("/lessons/")
    assert api["results"][0]["document_url"].endswith(cli["hits"][0]["document_url"])


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
