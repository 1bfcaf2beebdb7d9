"""A taxonomy that cannot be read is an error, never a quietly worse search:
the CLI exits 2 with the reason, the web answers 503 with it."""

from __future__ import annotations

from click.testing import CliRunner

from search_app.catalog.store import Catalog
from search_app.cli import main
from search_app.search.tantivy.backend import TantivyBackend
from search_app.web import create_app
from tests.conftest import make_sample_lessons


def _broken(settings, tmp_path):
    """An index built with the good taxonomy, and a taxonomy file that is not YAML."""
    TantivyBackend(settings.index_dir, settings.taxonomy).rebuild(make_sample_lessons())
    broken = tmp_path / "taxonomy.yaml"
    broken.write_text("groups: [unclosed\n", encoding="utf-8")
    return broken


def test_the_cli_refuses_to_search_without_the_taxonomy(settings, tmp_path):
    broken = _broken(settings, tmp_path)
    result = CliRunner().invoke(
        main, ["--data-dir", str(settings.data_dir), "--taxonomy", str(broken), "search", "NAI"]
    )
    assert result.exit_code == 2
    assert "taxonomy" in result.output and str(broken) in result.output


def test_the_web_answers_503_with_the_reason(settings, tmp_path):
    broken = _broken(settings, tmp_path)
    Catalog(settings.catalog).close()
    app = create_app(test_config={"TESTING": True, "data_dir": str(settings.data_dir), "taxonomy": str(broken)})
    client = app.test_client()
    api = client.get("/api/search", query_string={"q": "NAI"})
    assert api.status_code == 503 and "taxonomy could not be read" in api.get_json()["error"]["message"]
    themes = client.get("/api/themes")
    assert themes.status_code == 503 and "taxonomy could not be read" in themes.get_json()["error"]["message"]
    page = client.get("/themes")
    assert page.status_code == 503 and b"taxonomy could not be read" in page.data
