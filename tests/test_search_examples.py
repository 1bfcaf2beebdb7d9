"""Search tests: the practitioners' examples of issue 21 on real sample reviews
(the corpus site of test_web_corpus: pdfminer, the spaCy tagger, Tantivy).

- "NAI": lessons that say it or carry its tag rank above lessons that match
  only because their review's title says "non-accidental injury";
- place, year and review title find a review's lessons ("Lancashire", "2014");
- "coersive control" offers "coercive control";
- "bruising non-mobile baby" does not claim that no lesson had all the words
  when some had.
"""

from __future__ import annotations

import pytest
from test_web_corpus import corpus_settings  # noqa: F401

from search_app.search import SearchRequest, open_backend
from search_app.search.ranking import FALLBACK_NOTICE

ALL = 1000


@pytest.fixture(scope="module")
def backend(corpus_settings):
    engine = open_backend(corpus_settings)
    yield engine
    engine.close()


def _mentions_nai(lesson) -> bool:
    text = lesson.text.lower()
    return (
        "harm.nai_infant" in lesson.themes
        or " nai" in f" {text}"
        or "non-accidental" in text
        or "non accidental" in text
    )


def test_nai_ranks_lessons_about_it_above_lessons_whose_review_title_alone_says_it(backend):
    hits = backend.search(SearchRequest("NAI", per_page=ALL, facets=())).hits
    about = [i for i, h in enumerate(hits) if _mentions_nai(h.lesson)]
    title_only = [i for i, h in enumerate(hits) if not _mentions_nai(h.lesson)]
    assert about and title_only, "the sample has both kinds"
    assert max(about) < min(title_only), [(h.lesson.id, round(h.score, 2), _mentions_nai(h.lesson)) for h in hits]


@pytest.mark.parametrize("query", ["Lancashire", "2014", "Lancashire 2014", "Child T"])
def test_place_year_and_child_find_the_reviews_lessons(backend, query):
    result = backend.search(SearchRequest(query, per_page=ALL, facets=()))
    lancashire = [h for h in result.hits if h.lesson.area == "Lancashire"]
    assert lancashire and result.hits[0].lesson.area == "Lancashire", query
    assert FALLBACK_NOTICE not in result.notices


def test_a_review_title_finds_its_lessons(backend):
    hits = backend.search(SearchRequest("unseen fathers", per_page=ALL, facets=())).hits
    assert hits and all(h.lesson.review_title.lower().startswith("unseen fathers") for h in hits[:5])


def test_a_misspelt_word_is_offered_its_spelling(backend):
    result = backend.search(SearchRequest("coersive control", facets=()))
    assert "coercive control" in result.suggestions


def test_the_notice_does_not_say_no_lesson_had_all_the_words_when_some_had(backend):
    result = backend.search(SearchRequest("bruising non-mobile baby", per_page=ALL, facets=()))
    top = result.hits[0].lesson.text.lower()
    assert all(w in top for w in ("bruis", "non-mobile", "bab")), top
    assert FALLBACK_NOTICE not in result.notices, result.notices


def test_a_lesson_that_is_only_a_heading_ranks_below_lessons_with_a_body_that_match_alike(backend):
    hits = backend.search(SearchRequest("coercive control", per_page=ALL, facets=())).hits
    headings = [i for i, h in enumerate(hits) if len(h.lesson.text.split()) < 12]
    bodies = [i for i, h in enumerate(hits) if len(h.lesson.text.split()) >= 12]
    assert bodies
    for i in headings:  # a heading is never above a lesson with a body and the same match
        assert all(
            hits[j].score > hits[i].score or j < i for j in bodies if round(hits[j].score) == round(hits[i].score)
        )


def test_a_question_finds_what_its_keywords_find(backend):
    keywords = backend.search(SearchRequest("coercive control", per_page=ALL, facets=()))
    for question in (
        "what have reviews said about coercive control",
        "What have case reviews found about coercive control?",
    ):
        asked = backend.search(SearchRequest(question, per_page=ALL, facets=()))
        assert asked.total == keywords.total and FALLBACK_NOTICE not in asked.notices, (question, asked.notices)
        assert {h.lesson.id for h in asked.hits} == {h.lesson.id for h in keywords.hits}


def test_a_long_question_no_lesson_has_half_the_words_of_still_finds_lessons(backend):
    result = backend.search(
        SearchRequest("hearing the voice of disabled children who cannot speak for themselves", per_page=20, facets=())
    )
    assert result.total > 0 and FALLBACK_NOTICE in result.notices
    # (no lesson of the sample has half of its words: before, it found nothing)
