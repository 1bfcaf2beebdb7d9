"""Web app: the URLs the templates build, kept per process (search_app.web.kept_urls), are
exactly what Flask's url_for builds, under any address the site is served at."""

from __future__ import annotations

import pytest
from test_web_corpus import build_site

from search_app.web import create_app
from search_app.web.kept_urls import kept_url_for, lesson_url

BACKS = [None, "", "q=neglect", "q=voice+of+the+child&theme=neglect&page=2", "q=caf%C3%A9%20%26%20%22x%22", "q=a/b?c#d"]
IDS = ["abc-1", "lesson with spaces", "é/ü", "100%"]


@pytest.fixture()
def app(tmp_path):
    return create_app(build_site(tmp_path).settings, {"TESTING": True})


@pytest.mark.parametrize("root", ["", "/lessons", "/a b"])
def test_kept_urls_are_flasks_under_every_root(app, root):
    from flask import url_for

    for _ in range(2):  # built, then given again from what is kept
        with app.test_request_context("/", base_url=f"http://localhost{root}"):
            for lesson_id in IDS:
                for back in BACKS:
                    assert lesson_url(lesson_id, back) == url_for("lessons.lesson", lesson_id=lesson_id, back=back)
                    assert kept_url_for("lessons.lesson", lesson_id=lesson_id, back=back) == url_for(
                        "lessons.lesson", lesson_id=lesson_id, back=back
                    )
            for endpoint in ("search.index", "exports.search_csv", "collection.about", "lessons.themes"):
                assert kept_url_for(endpoint) == url_for(endpoint)
                assert kept_url_for(endpoint).startswith(root + "/")
            assert kept_url_for("static", filename="app.css") == url_for("static", filename="app.css")
            assert (
                kept_url_for("search.index", _anchor="x")
                == url_for("search.index", _anchor="x")
                == f"{url_for('search.index')}#x"
            )


def test_the_search_page_links_each_lesson_back_to_its_search(app):
    client = app.test_client()
    page = client.get("/?q=information&page=1", base_url="http://localhost/site").get_data(as_text=True)
    assert 'href="/site/lessons/' in page and "?back=q%3Dinformation" in page
    plain = client.get("/?q=information").get_data(as_text=True)
    assert 'href="/lessons/' in plain and 'href="/site/' not in plain
