"""Web app: the pages a practitioner reads around the search: the reviews list,
the page about the collection, a review without pages shown as a page, result
headings, notices, labels for agency codes, a stale theme, the way back to the
search from a lesson, and the favicon."""

from __future__ import annotations

import html as html_module
import json
import re
from urllib.parse import urlsplit

import pytest
from test_web_corpus import EXTRA_LESSONS, app, client, corpus_app, corpus_settings, site  # noqa: F401


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture()
def corpus_client(corpus_app):
    return corpus_app.test_client()


def test_every_page_links_the_reviews_list_and_the_about_page(client, site):
    for url in ("/", "/themes", f"/reviews/{site.pdf_review}", f"/lessons/{site.nai_lesson}", "/reviews", "/about"):
        html = page(client, url)
        nav = html.split('aria-label="Site"')[1].split("</nav>")[0]
        assert 'href="/reviews"' in nav and 'href="/about"' in nav, url
        assert 'href="/api/openapi.json"' not in nav and "/healthz" not in nav  # no raw JSON from the menu


def test_the_reviews_list_has_every_review_with_its_lessons(client, site):
    html = page(client, "/reviews")
    rows = re.findall(r'<th scope="row"><a class="link" href="/reviews/([0-9a-f]+)">([^<]+)</a></th>', html)
    assert [r[0] for r in rows] == [site.national_review, site.txt_review, site.pdf_review]  # newest first
    assert "3 reviews with 29 lessons, published 2016 to 2023" in text_of(html)
    assert f">{EXTRA_LESSONS + 1}</a>" in html
    assert f'href="/reviews/{site.txt_review}#lessons"' in html
    assert 'id="lessons"' in page(client, f"/reviews/{site.txt_review}")


def test_the_about_page_says_what_the_collection_covers_and_how_good_it_is(client, site):
    html = text_of(page(client, "/about"))
    assert "3 published reviews" in html and "published 2016 to 2023" in html and "29 lessons" in html
    assert "Not yet measured on this installation" in html
    report = {
        "themes": {
            "combined": {"micro": {"precision": 0.8, "recall": 0.81, "f1": 0.805}},
            "held_out": {"combined": {"micro": {"f1": 0.67}}},
        },
        "search": {"ndcg@10": 0.86, "queries": 38, "held_out": {"ndcg@10": 0.81, "queries": 48}},
    }
    path = site.settings.data_dir / "eval.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    try:
        html = text_of(page(client, "/about"))
    finally:
        path.unlink()
    assert "precision 0.80, recall 0.81 (F1 0.81)" in html or "precision 0.80, recall 0.81 (F1 0.80)" in html
    assert "Themes, held-out reviews F1 0.67" in html
    assert "nDCG@10 0.86 over 38 queries" in html and "nDCG@10 0.81 over 48 queries" in html


def test_a_lesson_opened_from_a_search_leads_back_to_that_search(client, site):
    html = page(client, "/?q=bruising&review_type=SCR")
    link = re.search(r'result__title">\s*<a class="link" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "back=" in link
    lesson = page(client, link)
    crumb = re.search(r'<nav class="breadcrumbs".*?<a class="link" href="([^"]+)">([^<]+)</a>', lesson, re.S)
    assert crumb.group(1).replace("&amp;", "&") == "/?q=bruising&review_type=SCR"
    assert crumb.group(2) == "Search results"
    # whatever `back` holds, the link stays on the search page
    odd = page(client, f"/lessons/{site.nai_lesson}?back=javascript:alert(1)//%22%3E")
    crumb = re.search(r'<nav class="breadcrumbs".*?<a class="link" href="([^"]+)"', odd, re.S).group(1)
    assert (crumb == "/" or crumb.startswith("/?")) and '"' not in crumb and "<" not in crumb


def test_results_are_headed_by_label_and_words_with_kind_and_review(client):
    html = page(client, "/?q=county+lines")
    head = re.search(r'<h2 class="heading-s result__title">(.*?)</h2>', html, re.S).group(1)
    assert "Finding 1: Children exploited through county lines were treated as offenders, not victims" in text_of(head)
    assert "Finding in It was hard to escape" in text_of(head)


def test_notices_say_what_was_found_without_claiming_the_search_was_changed(client):
    plain = page(client, "/?q=bruising")
    assert "We changed your search" not in plain and "We searched for" not in plain
    none_had_all = page(client, "/?q=bruising+county")
    assert "No lessons had all your words" in none_had_all
    assert "We changed your search" not in none_had_all
    changed = page(client, "/?q=%22bruising")  # an unbalanced quote is dropped: that is a change
    assert "We changed your search" in changed


def test_a_theme_no_longer_in_the_taxonomy_is_left_out_with_a_notice(client, site):
    html = page(client, "/?theme=harm.no_such_theme&theme=harm.neglect")
    assert "There is no theme ‘harm.no_such_theme’" in html
    chips = re.findall(r'<a class="chip"[^>]*>(.*?)</a>', html, re.S)
    assert [text_of(c) for c in chips] == ["Remove filter Theme: Neglect ×"]
    alone = page(client, "/?theme=harm.no_such_theme")
    assert "No lessons found" not in alone and f"{site.total_lessons} lessons found" in text_of(alone)


def test_counts_read_well_and_years_show_their_counts(client):
    html = page(client, "/")
    assert re.search(r'\(1<span class="visually-hidden"> lesson</span>\)', html)
    assert not re.search(r'\(1<span class="visually-hidden"> lessons</span>\)', html)
    visible_counts = re.findall(r'<span class="histogram__count" aria-hidden="true">(\d*)</span>', html)
    assert "3" in visible_counts  # 2016's three lessons, readable without a screen reader


def test_agency_codes_show_as_labels_on_pages(corpus_client):
    html = page(corpus_client, "/")
    agency_panel = html.split('<legend class="visually-hidden">Agency</legend>')[1].split("</fieldset>")[0]
    labels = [
        html_module.unescape(l).strip()
        for l in re.findall(r'<label class="checkboxes__label"[^>]*>([^<(]+)', agency_panel)
    ]
    assert labels and "Children's social care" in labels
    assert not any("_" in l for l in labels)
    found = corpus_client.get("/api/search?agency=childrens_social_care&per_page=1").get_json()
    lesson = page(corpus_client, urlsplit(found["results"][0]["url"]).path)
    agencies = re.search(r"<dt>Agencies</dt><dd>([^<]+)</dd>", lesson).group(1)
    assert "Children&#39;s social care" in agencies or "Children's social care" in agencies
    assert "_" not in agencies


def test_a_review_without_pages_is_shown_as_a_readable_page_at_the_lesson(corpus_client):
    found = corpus_client.get("/api/search?q=Tyler&per_page=50").get_json()
    html_lessons = [
        r
        for r in found["results"]
        if r["review_title"] and "haringey" in r["url"] + r["review_id"] or "Tyler" in r["review_title"]
    ]
    assert html_lessons, "the HTML sample review has lessons"
    lesson = html_lessons[0]
    results = page(corpus_client, "/?q=Tyler&per_page=50")
    link = re.search(
        rf'href="(/reviews/{lesson["review_id"]}/text\?lesson=\d+#lesson-\d+)">(section[^<]*|in the text)</a>', results
    )
    assert link, "an HTML review is cited by section and linked to its text page"
    url = link.group(1).replace("&amp;", "&")
    text_page = page(corpus_client, url.split("#")[0])
    ordinal = re.search(r"lesson=(\d+)", url).group(1)
    assert f'id="lesson-{ordinal}"' in text_page
    chosen = re.search(
        rf'id="lesson-{ordinal}" class="[^"]*document-text__block--chosen[^"]*">(.*?)</(p|h\d)>', text_page, re.S
    )
    assert chosen and "<mark>" in chosen.group(1)
    assert "<script" not in text_page.split('class="document-text')[1]
    review = page(corpus_client, f"/reviews/{lesson['review_id']}")
    assert f'href="/reviews/{lesson["review_id"]}/text"' in review


def test_a_pdf_review_has_no_text_page(client, site):
    page(client, f"/reviews/{site.pdf_review}/text", status=404)
    page(client, "/reviews/nosuchreview/text", status=404)


def test_the_site_has_a_favicon(client):
    assert re.search(r'rel="icon" href="/static/favicon.svg[?"]', page(client, "/"))
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200 and response.mimetype == "image/svg+xml"
        assert b"<svg" in response.get_data()


def test_the_api_and_the_cli_give_a_lessons_title_and_heading(client, site):
    data = client.get(f"/api/lessons/{site.pdf_review}-002").get_json()
    assert data["title"] == "Fathers left out" and data["heading"] == "Finding 2: Fathers left out"
    first = client.get("/api/search?q=bruising").get_json()["results"][0]
    assert first["title"] == "" and first["heading"].startswith("Finding 1: Bruising was seen")


def test_a_review_file_damaged_since_it_was_ingested_gives_no_text_rather_than_an_error(tmp_path):
    from search_app.web.review_text import text_blocks

    damaged = tmp_path / "review.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a Word document")
    assert text_blocks(damaged, []) == []
    assert text_blocks(tmp_path / "gone.html", []) == []


def test_the_api_cites_a_document_without_pages_by_section(client, site):
    found = client.get("/api/search?q=neglect").get_json()["results"]
    text_lesson = next(r for r in found if r["review_id"] == site.txt_review)
    assert text_lesson["citation"].endswith("section ‘Learning’")
    # absolute, from the configured public address (never the request's host)
    assert text_lesson["source_url"] == f"{site.settings.base_url}/reviews/{site.txt_review}/text?lesson=1#lesson-1"
    pdf = client.get(f"/api/lessons/{site.nai_lesson}").get_json()
    assert pdf["citation"].endswith("page 2") and pdf["source_url"].endswith("/document#page=2")
    review = client.get(f"/api/reviews/{site.txt_review}").get_json()
    assert all("page" not in l["citation"] for l in review["lessons"])


def test_the_api_also_leaves_out_a_theme_no_longer_in_the_taxonomy_and_says_so(client, site):
    data = client.get("/api/search?theme=harm.no_such_theme").get_json()
    assert data["total"] == site.total_lessons and data["filters"] == {}
    assert any("harm.no_such_theme" in n for n in data["notices"])
