"""Web app: the search page, its facets and filters, and the lesson, review and theme pages."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qsl

from test_web_corpus import EXTRA_LESSONS, XSS_TEXT, app, client, site  # noqa: F401


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


def result_titles(html: str) -> list[str]:
    return re.findall(r'<h2 class="heading-s result__title">\s*<a class="link" href="[^"]+">([^<]+)</a>', html)


def count_line(html: str) -> str:
    match = re.search(r'<p class="result-count"[^>]*>(.*?)</p>', html, re.S)
    assert match, "no result count"
    return " ".join(re.sub("<[^>]+>", "", match.group(1)).split())


def checkbox(html: str, name: str, value: str) -> str:
    match = re.search(
        rf'<input class="checkboxes__input" id="[^"]+" name="{name}" type="checkbox" value="{re.escape(value)}"[^>]*>\s*'
        r"<label[^>]*>(.*?)</label>",
        html,
        re.S,
    )
    assert match, f"no checkbox {name}={value}"
    return match.group(0)


def test_empty_search_lists_every_lesson_with_facet_counts(client, site):
    html = page(client, "/")
    assert count_line(html).startswith(f"{site.total_lessons} lessons found, showing 1 to 20")
    assert 'aria-live="polite"' in html
    review_types = checkbox(html, "review_type", "LCSPR")
    assert "Local child safeguarding practice review" in review_types
    assert f"({EXTRA_LESSONS + 1}<" in review_types
    assert "(3<" in checkbox(html, "review_type", "SCR")
    # Themes are grouped by taxonomy group in collapsible sections.
    assert '<details class="facet-group"' in html
    group = html.split("<summary>Multi-agency working and information")[1].split("</details>")[0]
    assert 'value="multi.information_sharing"' in group
    assert "Information sharing" in checkbox(html, "theme", "multi.information_sharing")
    # Year histogram and range inputs.
    assert 'class="histogram"' in html and 'id="from"' in html and 'id="to"' in html
    assert "2016: 3 lessons" in html and "2023: 1 lesson<" in html


def test_query_finds_highlighted_lesson_with_citation_and_document_link(client, site):
    html = page(client, "/?q=bruising")
    assert count_line(html).startswith("1 lesson found")
    # A result is headed by its label and heading, or its first words when it has none.
    assert result_titles(html) == ["Finding 1: Bruising was seen on a non-mobile baby of four months and was…"]
    assert "<mark>" in html.split('class="result__snippet"')[1].split("</p>")[0]
    assert f'href="/reviews/{site.pdf_review}/document#page=2">page 2</a>' in html
    assert "Serious Case Review: Child A, Northshire, 2016," in html
    assert "Serious case review" in html and "2016" in html
    # The lesson's themes link to the theme filter.
    assert re.search(r'href="\?q=bruising&amp;theme=harm.nai_infant"', html)


def test_theme_tags_the_query_matched_are_marked(client, site):
    html = page(client, "/?q=bruising")
    marked = re.findall(
        r'<a class="theme-tag theme-tag--matched"[^>]*>([^<]+)<span class="visually-hidden">'
        r" \(matches your search\)</span></a>",
        html,
    )
    assert marked and set(marked) == {"Non-accidental injury in babies and non-mobile infants"}
    # Other themes of the same lessons are shown unmarked.
    assert '<a class="theme-tag" href=' in html
    assert "theme-tag--matched" not in page(client, "/?q=lodger")


def test_related_lessons_show_their_themes(client, site):
    html = page(client, "/?q=neglect")
    assert 'id="related-heading"' in html, "one match: related lessons follow"
    related = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]
    assert '<a class="theme-tag" href=' in related
    assert "Information sharing and information seeking" in related


def test_filters_are_or_within_a_facet_and_and_across(client, site):
    one = count_line(page(client, "/?review_type=SCR"))
    assert one.startswith("3 lessons")
    both = count_line(page(client, "/?review_type=SCR&review_type=national"))
    assert both.startswith("4 lessons")
    across = count_line(page(client, "/?review_type=SCR&review_type=national&kind=recommendation"))
    assert across.startswith("1 lesson found")
    html = page(client, "/?review_type=SCR")
    # The review type facet still counts the other types (its own filter is left out).
    assert f"({EXTRA_LESSONS + 1}<" in checkbox(html, "review_type", "LCSPR")
    assert "checked" in checkbox(html, "review_type", "SCR")
    assert "checked" not in checkbox(html, "review_type", "LCSPR")


def test_active_filters_are_chips_that_remove_one_value_and_clear_all_keeps_the_query(client):
    html = page(client, "/?q=information&theme=multi.information_sharing&region=South+East&from=2015")
    chips = re.findall(r'<a class="chip" href="\?([^"]*)">(.*?)</a>', html, re.S)
    texts = {" ".join(re.sub("<[^>]+>", "", unescape(t)).split()): dict(parse_qsl(unescape(qs))) for qs, t in chips}
    region_chip = next(k for k in texts if "Region: South East" in k)
    assert region_chip.startswith("Remove filter")
    assert "region" not in texts[region_chip]
    assert texts[region_chip]["theme"] == "multi.information_sharing"
    assert texts[region_chip]["q"] == "information"
    theme_chip = next(k for k in texts if k.startswith("Remove filter Theme: Information sharing"))
    assert "theme" not in texts[theme_chip]
    from_chip = next(k for k in texts if "From year: 2015" in k)
    assert "from" not in texts[from_chip]
    assert '<a class="link" href="/?q=information">Clear all filters</a>' in html


def test_pagination_pages_through_every_result_once(client):
    seen: list[str] = []
    url = "/?q=information&per_page=10"
    first = page(client, url)
    assert count_line(first).startswith(f"{EXTRA_LESSONS + 1} lessons found, showing 1 to 10")
    assert 'aria-current="page" aria-label="Page 1"' in first
    for number in (1, 2, 3):
        html = page(client, f"{url}&page={number}")
        seen += re.findall(r'href="/lessons/([^"?]+)', html.split('class="results"')[1].split("</ol>")[0])
    assert len(seen) == len(set(seen)) == EXTRA_LESSONS + 1
    last = page(client, f"{url}&page=3")
    assert 'rel="next"' not in last and 'rel="prev"' in last
    assert count_line(last).endswith("showing 21 to 25")


def test_page_past_the_end_offers_the_last_page(client):
    html = page(client, "/?q=information&per_page=10&page=9")
    assert "There are no results on this page" in html
    assert 'href="?q=information&amp;per_page=10&amp;page=3"' in html


def test_sort_by_date_both_ways(client):
    newest = page(client, "/?sort=date&per_page=100")
    oldest = page(client, "/?sort=date_asc&per_page=100")
    years_newest = [int(y) for y in re.findall(r"<dt>Year</dt><dd>(\d{4})</dd>", newest)]
    years_oldest = [int(y) for y in re.findall(r"<dt>Year</dt><dd>(\d{4})</dd>", oldest)]
    assert years_newest == sorted(years_newest, reverse=True) and years_newest[0] == 2023
    assert years_oldest == sorted(years_oldest) and years_oldest[0] == 2016
    assert '<option value="date" selected>' in newest


def test_year_range_filters_and_bad_year_is_an_error_message_not_a_failure(client):
    assert count_line(page(client, "/?from=2020&to=2022")).startswith(f"{EXTRA_LESSONS + 1} lessons")
    html = page(client, "/?from=20x6&q=neglect")
    assert "There is a problem" in html
    assert "must be a year of 4 digits" in html
    assert 'class="error-message" id="from-error"' in html
    assert 'value="20x6"' in html  # what was typed is shown back
    assert "<title>Error:" in html
    assert count_line(html).startswith("1 lesson found")


def test_parser_notices_are_shown(client):
    html = page(client, "/?q=%22unclosed+neglect")
    assert "We changed your search" in html


def test_lesson_page_shows_text_evidence_themes_and_similar(client, site):
    html = page(client, f"/lessons/{site.nai_lesson}")
    assert "<mark>Bruising</mark> was seen on a <mark>non-mobile baby</mark>" in html
    assert "Non-accidental injury in babies" in html
    assert "found the words ‘Bruising’" in html
    assert f'href="/reviews/{site.pdf_review}/document#page=2"' in html
    assert "Northshire" in html and "Findings" in html
    similar = html.split("Similar lessons in other reviews")
    if len(similar) > 1:  # the engine found some: none may come from the same review
        assert f"/lessons/{site.pdf_review}-" not in similar[1].split("</ul>")[0]


def test_model_tags_say_they_are_suggestions_with_confidence(client, site):
    html = page(client, f"/lessons/{site.model_lesson}")
    assert "suggested by the model, confidence 0.74" in html


def test_html_in_a_lesson_is_escaped_on_every_page(client, site):
    for url in (f"/lessons/{site.xss_lesson}", "/?q=zebrafinch", f"/reviews/{site.pdf_review}"):
        html = page(client, url)
        assert "<script>alert(1)</script>" not in html, url
        assert "<b>bold</b>" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
    data = client.get("/api/search?q=zebrafinch").get_json()
    assert data["results"][0]["text"] == XSS_TEXT
    assert "<script>" not in data["results"][0]["snippet_html"]


def test_query_text_is_escaped_when_shown_back(client):
    html = page(client, "/?q=%3Cscript%3Ealert(2)%3C/script%3E")
    assert "<script>alert(2)" not in html
    assert "&lt;script&gt;alert(2)" in html


def test_review_page_lists_lessons_in_order_and_links_the_document(client, site):
    html = page(client, f"/reviews/{site.txt_review}")
    labels = re.findall(r'href="/lessons/[^"]+">(Learning point \d+):', html)
    assert labels == [f"Learning point {n}" for n in range(1, EXTRA_LESSONS + 2)]
    assert f'href="/reviews/{site.txt_review}/document"' in html
    assert "Southvale" in html and "South East" in html


def test_a_lesson_title_is_its_heading_on_the_lesson_and_review_pages(client, site):
    review = page(client, f"/reviews/{site.pdf_review}")
    assert re.search(r'href="/lessons/[^"]+-002">Finding 2: Fathers left out</a>', review)
    # a lesson without a title keeps its label, with its first words
    assert re.search(r'href="/lessons/[^"]+-001">Finding 1: Bruising was seen on a non-mobile baby', review)
    lesson = page(client, f"/lessons/{site.pdf_review}-002")
    assert '<h1 class="heading-l">Finding 2: Fathers left out</h1>' in lesson
    assert "<title>Finding 2: Fathers left out" in lesson


def test_themes_page_counts_every_theme_with_a_trend(client, site):
    html = page(client, "/themes")
    row = html.split(">Information sharing")[1].split("</tr>")[0]
    assert re.search(rf'table__numeric">{EXTRA_LESSONS + 1}<', row)
    assert f"2021: {EXTRA_LESSONS}" in row and "2016: 1" in row
    assert "Physical abuse" in html  # themes with no lessons are listed too
    assert html.count("<table") >= 10  # one table per taxonomy group


def test_unknown_lesson_and_review_are_404_pages(client):
    for url in ("/lessons/nope-001", "/lessons/nope", "/reviews/nope", "/lessons/" + "x" * 300):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in response.get_data(as_text=True)


def test_every_page_has_one_h1_a_skip_link_and_labelled_inputs(client, site):
    for url in ("/", "/?q=neglect", f"/lessons/{site.nai_lesson}", f"/reviews/{site.pdf_review}", "/themes", "/nope"):
        html = client.get(url).get_data(as_text=True)
        assert html.count("<h1") == 1, url
        assert 'href="#main-content" class="skip-link"' in html
        assert 'lang="en-GB"' in html
        for input_id in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', html):
            assert f'for="{input_id}"' in html, (url, input_id)
        assert " style=" not in html and "<style" not in html, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
