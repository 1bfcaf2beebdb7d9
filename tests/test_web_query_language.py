"""Web app: the query language as a practitioner meets it on the search page.

On a site ingested from sample corpus files: a malformed query still
searches, and the page says what was changed and what was searched for;
taxonomy abbreviations work both ways ("NAI" finds "non-accidental injury"
and the reverse).
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from test_web_corpus import corpus_app, corpus_settings  # noqa: F401


@pytest.fixture()
def client(corpus_app):
    return corpus_app.test_client()


def search_page(client, query: str, **params) -> str:
    response = client.get("/?" + urlencode({"q": query, **params}))
    assert response.status_code == 200, (query, response.status_code)
    return response.get_data(as_text=True)


def result_count(html: str) -> int:
    match = re.search(r'<p class="result-count"[^>]*>(.*?)</p>', html, re.S)
    assert match
    text = " ".join(re.sub("<[^>]+>", "", match.group(1)).split())
    if text.startswith("No lessons"):
        return 0
    return int(text.split()[0].replace(",", ""))


def notice_block(html: str) -> str:
    match = re.search(r'<div class="notice" role="note">(.*?)</div>', html, re.S)
    return unescape(" ".join(re.sub("<[^>]+>", " ", match.group(1)).split())) if match else ""


def lesson_ids(html: str) -> set[str]:
    return set(re.findall(r'<h2 class="heading-s result__title">\s*<a class="link" href="/lessons/([^"?]+)', html))


@pytest.mark.parametrize(
    "typed, understood, said",
    [
        ('"crying baby', '"crying baby"', "Added a closing quote"),
        ("bruising AND", "bruising", "Ignored AND with nothing on one side"),
        ("OR neglect", "neglect", "Ignored OR with nothing on one side"),
        ("(neglect", "neglect", "Ignored the characters ("),
        ("neglect -", "neglect", "Ignored a - with no word after it"),
    ],
)
def test_a_malformed_query_still_searches_and_the_page_says_what_it_did(client, typed, understood, said):
    html = search_page(client, typed)
    notice = notice_block(html)
    assert "We changed your search" in notice and said in notice
    assert f"We searched for: {understood}" in notice
    # The search was run as understood: the same results as typing the repaired query.
    repaired = search_page(client, understood)
    assert said not in notice_block(repaired)
    assert result_count(html) == result_count(repaired) > 0
    assert lesson_ids(html) == lesson_ids(repaired)
    # What the user typed stays in the box, to edit.
    assert f'value="{typed.replace(chr(34), "&#34;")}"' in html


def test_a_query_with_nothing_left_to_search_shows_every_lesson_and_says_so(client):
    html = search_page(client, '""')
    notice = notice_block(html)
    assert 'Ignored an empty phrase ""' in notice and "all lessons are shown" in notice
    assert result_count(html) == result_count(search_page(client, "")) > 20


def _lessons_by_wording(client) -> tuple[set[str], set[str]]:
    """Lesson ids whose text says 'NAI' but not the full words, and the reverse."""
    everything = client.get("/api/search?per_page=100").get_json()
    assert everything["total"] <= 100
    short, long = set(), set()
    for lesson in everything["results"]:
        text = lesson["text"]
        has_short = re.search(r"\bNAI\b", text) is not None
        has_long = re.search(r"non[- ]?accidental injur", text, re.I) is not None
        if has_short and not has_long:
            short.add(lesson["id"])
        if has_long and not has_short:
            long.add(lesson["id"])
    return short, long


def test_nai_finds_non_accidental_injury_and_the_reverse(client):
    only_abbreviation, only_full_words = _lessons_by_wording(client)
    assert only_abbreviation and only_full_words, "the sample files hold both wordings"

    by_abbreviation = search_page(client, "NAI", per_page=100)
    assert only_full_words <= lesson_ids(by_abbreviation)
    assert only_abbreviation <= lesson_ids(by_abbreviation)

    by_words = search_page(client, "non-accidental injury", per_page=100)
    assert only_abbreviation <= lesson_ids(by_words)
    assert only_full_words <= lesson_ids(by_words)

    # Lower case and a quoted phrase expand the same way; nothing was "changed".
    assert lesson_ids(search_page(client, "nai", per_page=100)) == lesson_ids(by_abbreviation)
    assert only_abbreviation <= lesson_ids(search_page(client, '"non-accidental injury"', per_page=100))
    for html in (by_abbreviation, by_words):
        assert not any(repair in notice_block(html) for repair in ("Ignored", "Added")), notice_block(html)


def test_the_synonym_is_highlighted_in_the_snippet(client):
    _, only_full_words = _lessons_by_wording(client)
    html = search_page(client, "NAI", per_page=100)
    for lesson_id in only_full_words:
        block = re.split(rf'href="/lessons/{lesson_id}["?]', html, maxsplit=1)[1].split("</li>", 1)[0]
        snippet = block.split('class="result__snippet">', 1)[1].split("</p>", 1)[0]
        marked = " ".join(re.findall(r"<mark>(.*?)</mark>", snippet)).lower()
        assert "accidental" in marked or "injur" in marked, snippet
