"""Search tests: snippets (search_app.search.snippets): whole sentences, the
whole lesson when short, only matched words marked, never common words alone."""

from __future__ import annotations

import html
import re

from search_app.search.analysis import analyze
from search_app.search.snippets import SNIPPET_CHARS, WHOLE_CHARS, snippet_html

LONG = (
    "The health visitor saw the family at home twice before the referral. "
    "A small bruise was seen on the baby's cheek when he was eleven weeks old. "
    "The explanation given, that his older sibling had hit him with a toy, was accepted without discussion. "
    "Nobody asked a paediatrician for a view, and the protocol for bruising in non-mobile babies was not followed. "
    "The father was not seen by any professional during the months before the injury. "
    "Later records show the mother had asked for help with the baby's crying at night."
)


def tokens(query: str) -> set[str]:
    return {t for word in query.split() for t in analyze(word)}


def marked(snippet: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", snippet)


def test_common_words_are_never_marked_on_their_own():
    snippet = snippet_html(LONG, tokens("the bruising of non-mobile baby"))
    assert all(m.lower() not in ("the", "in", "of", "a") for m in marked(snippet))
    assert "bruising" in marked(snippet) and "non-mobile babies" in marked(snippet)


def test_a_phrase_with_common_words_is_one_mark_when_the_query_has_them():
    text = "Practitioners did not hear the voice of the child in any assessment."
    assert marked(snippet_html(text, tokens("voice of the child"))) == ["voice of the child"]
    assert marked(snippet_html(text, tokens("voice child"))) == ["voice", "child"]


def test_a_short_lesson_is_shown_whole_without_dots():
    text = "The bruise on a non-mobile baby was not referred. It should have been."
    assert len(text) < WHOLE_CHARS
    snippet = snippet_html(text, tokens("bruise"))
    assert "…" not in snippet and re.sub(r"</?mark>", "", snippet) == text


def test_a_long_lesson_shows_whole_sentences_around_its_matches():
    snippet = snippet_html(LONG, tokens("paediatrician protocol"))
    plain = html.unescape(re.sub(r"</?mark>", "", snippet))
    assert (
        "Nobody asked a paediatrician for a view, and the protocol for bruising in non-mobile babies was not followed."
        in plain
    )
    assert len(plain) <= SNIPPET_CHARS + 5
    sentences = [s for s in re.split(r"(?<=\.) ", LONG)]
    # every sentence shown is whole, and no "…" is added after a full stop
    assert all(s in sentences for s in re.split(r"(?<=\.) ", plain.strip("…")))
    assert not plain.endswith(".…") and not plain.startswith("…")


def test_text_is_escaped_and_only_mark_is_added():
    snippet = snippet_html("The <script>alert(1)</script> bruise & more.", tokens("bruise"))
    assert "&lt;script&gt;" in snippet and re.sub(r"</?mark>", "", snippet).count("<") == 0


def test_no_matching_word_gives_the_opening_of_the_lesson():
    assert snippet_html(LONG, tokens("zebrafinch")).startswith("The health visitor")


def test_a_text_that_opens_with_the_lessons_heading_is_shown_without_it():
    text = "Bruising in a non-mobile baby A small bruise was seen on the baby's cheek."
    snippet = snippet_html(text, tokens("bruise"), title="Bruising in a non-mobile baby")
    assert html.unescape(re.sub(r"</?mark>", "", snippet)) == "A small bruise was seen on the baby's cheek."
    assert snippet_html("Heading only", tokens("heading"), title="Heading only") == "<mark>Heading</mark> only"


# Moved from the Elasticsearch engine's own snippet tests: both engines now
# draw their snippets with this module, from the analysed tokens of the query.


def test_every_matched_word_is_marked_at_its_place_in_the_text():
    text = "Naïve café-style drop-in: the <b>visitors</b> & the VISITOR's notes."
    assert snippet_html(text, set(analyze("visitor") + analyze("cafe"))) == (
        "Naïve <mark>café</mark>-style drop-in: the &lt;b&gt;<mark>visitors</mark>&lt;/b&gt; "
        "&amp; the <mark>VISITOR&#x27;s</mark> notes."
    )


def test_a_long_text_shows_the_sentences_with_most_matches():
    filler = "The review considered what agencies knew and when they knew it. " * 6
    text = filler + "Neglect was chronic; neglect was missed by the school. " + filler
    snippet = snippet_html(text, set(analyze("neglect")))
    assert snippet.count("<mark>") == 2 and "<mark>Neglect</mark> was chronic; <mark>neglect</mark>" in snippet
    shown = re.sub(r"</?mark>", "", snippet)
    assert shown in text and len(shown) <= SNIPPET_CHARS
    assert snippet_html(text, set(analyze("hamster"))) == snippet_html(text, set())


def test_marks_hold_for_characters_of_several_bytes():
    text = "東京 — ÆØÅ straße: the naïve café"
    assert snippet_html(text, set(analyze("cafe"))) == "東京 — ÆØÅ straße: the naïve <mark>café</mark>"


def test_a_snippet_given_again_is_the_one_made_for_its_text_words_and_title():
    from search_app.search import snippets

    asked = [
        (LONG, tokens("the bruising of non-mobile baby"), ""),
        (LONG, tokens("paediatrician protocol"), ""),
        ("Bruising in a non-mobile baby. A bruise was seen.", tokens("bruise"), ""),
        ("Bruising in a non-mobile baby. A bruise was seen.", tokens("bruise"), "Bruising in a non-mobile baby"),
    ]
    made = [snippet_html(text, words, title) for text, words, title in asked]
    assert len(set(made)) == len(made)  # each input its own snippet
    again = [snippet_html(text, sorted(words), title) for text, words, title in asked]  # any iterable of words
    assert again == made
    snippets._SNIPPETS.clear()
    assert [snippet_html(text, words, title) for text, words, title in asked] == made
