"""The query language: parsing, repairs and their notices, expansion; the analysis definition."""

from __future__ import annotations

import pytest

from search_app.search.analysis import MAX_TOKEN_BYTES, analyze, analyzed_spans, token_runs
from search_app.search.contract import MAX_QUERY_CHARS
from search_app.search.query import MATCH_ALL, And, Not, Or, Phrase, Term, expand, parse, positive_leaves, render
from search_app.search.synonyms import SynonymTable, load_synonym_table
from tests.conftest import TAXONOMY_PATH


def test_words_must_all_match():
    parsed = parse("neglect  school")
    assert parsed.node == And((Term("neglect"), Term("school")))
    assert parsed.notices == () and parsed.understood == "neglect school"


def test_phrases_exclusions_and_or():
    parsed = parse('"voice of the child" -police baby bruising OR fracture NOT "health visitor"')
    assert parsed.node == And(
        (
            Phrase("voice of the child"),
            Not(Term("police")),
            Term("baby"),
            Or((Term("bruising"), Term("fracture"))),
            Not(Phrase("health visitor")),
        )
    )
    assert parsed.notices == ()
    assert parsed.understood == '"voice of the child" -police baby bruising OR fracture -"health visitor"'


def test_or_chains_and_lower_case_or_is_a_word():
    assert parse("a OR b OR c").node == And((Or((Term("a"), Term("b"), Term("c"))),))
    assert parse("a or b").node == And((Term("a"), Term("or"), Term("b")))


def test_negated_phrase_and_hyphenated_words():
    assert parse('-"health visitor" non-accidental').node == And(
        (Not(Phrase("health visitor")), Term("non-accidental"))
    )


def test_unbalanced_quote_is_closed():
    parsed = parse('"voice of the child')
    assert parsed.node == And((Phrase("voice of the child"),))
    assert parsed.notices == ("Added a closing quote",)


@pytest.mark.parametrize(
    "query, notices",
    [
        (
            '"*(:',
            (
                "Added a closing quote",
                "Ignored the characters * ( :",
                "Nothing to search for was left, so all lessons are shown",
            ),
        ),
        ("-", ("Ignored a - with no word after it", "Nothing to search for was left, so all lessons are shown")),
        ("OR", ("Ignored OR with nothing on one side", "Nothing to search for was left, so all lessons are shown")),
        ('""', ('Ignored an empty phrase ""', "Nothing to search for was left, so all lessons are shown")),
        (
            "AND OR -",
            (
                "Ignored a - with no word after it",
                "Ignored AND with nothing on one side",
                "Ignored OR with nothing on one side",
                "Nothing to search for was left, so all lessons are shown",
            ),
        ),
        ("((", ("Ignored the characters (", "Nothing to search for was left, so all lessons are shown")),
    ],
)
def test_nothing_left_searches_everything_and_says_why(query, notices):
    parsed = parse(query)
    assert parsed.node == MATCH_ALL and parsed.is_empty
    assert parsed.notices == notices
    assert parsed.understood == ""


@pytest.mark.parametrize(
    "query, node, notice",
    [
        ("(neglect)", And((Term("neglect"),)), "Ignored the characters ( )"),
        ("title:neglect*", And((Term("titleneglect"),)), "Ignored the characters : *"),
        ("neglect OR", And((Term("neglect"),)), "Ignored OR with nothing on one side"),
        ("OR neglect", And((Term("neglect"),)), "Ignored OR with nothing on one side"),
        ("a OR -b", And((Term("a"), Not(Term("b")))), "Ignored OR next to an excluded word"),
        ("neglect AND", And((Term("neglect"),)), "Ignored AND with nothing on one side"),
        ("neglect NOT", And((Term("neglect"),)), "Ignored NOT with nothing after it"),
    ],
)
def test_stray_operators_and_characters_are_dropped_with_a_notice(query, node, notice):
    parsed = parse(query)
    assert parsed.node == node
    assert notice in parsed.notices


def test_explicit_and_between_words_is_accepted_silently():
    parsed = parse("neglect AND school")
    assert parsed.node == And((Term("neglect"), Term("school")))
    assert parsed.notices == ()


def test_punctuation_inside_words_is_left_to_the_analyzer():
    parsed = parse("A&E child's s.47")
    assert parsed.node == And((Term("A&E"), Term("child's"), Term("s.47")))
    assert parsed.notices == ()


def test_very_long_input_is_cut_and_said_so():
    parsed = parse("harm " * 1000)
    assert parsed.node == And((Term("harm"),))  # repeated words count once
    assert f"Used only the first {MAX_QUERY_CHARS:,} characters of the query" in parsed.notices
    many = parse(" ".join(f"w{i}" for i in range(100)))
    assert len(many.node.children) == 32
    assert "Used only the first 32 words or phrases of the query" in many.notices
    huge_word = parse("x" * 800)
    assert huge_word.is_empty
    assert any("too long" in n for n in huge_word.notices)


@pytest.mark.parametrize("query", ['"*(:', "-", "OR", '""', "\\", "\x00", '"' * 7, "🙂", "NOT NOT x", "-" * 50, None])
def test_parse_never_raises(query):
    parsed = parse(query)
    assert isinstance(parsed.understood, str)


def test_positive_leaves_skip_exclusions():
    node = parse('a -b "c d" e OR f').node
    assert positive_leaves(node) == [Term("a"), Phrase("c d"), Term("e"), Term("f")]


# ------------------------------------------------------------ expansion

SETS = [
    ("NAI", "non-accidental injury", "non accidental injury"),
    ("SEND", "special educational needs and disabilities"),
    ("HV", "health visitor"),
]


def test_abbreviation_expands_to_its_phrases_in_any_case():
    table = SynonymTable(SETS)
    for typed in ("NAI", "nai"):
        expanded = expand(parse(typed).node, table)
        assert expanded == And((Or((Term(typed), Phrase("non-accidental injury"))),))


def test_abbreviation_that_is_an_english_word_needs_capitals():
    table = SynonymTable(SETS)
    assert expand(parse("send").node, table) == And((Term("send"),))
    assert expand(parse("SEND").node, table) == And(
        (Or((Term("SEND"), Phrase("special educational needs and disabilities"))),)
    )


def test_phrase_and_run_of_words_expand_to_the_abbreviation():
    table = SynonymTable(SETS)
    assert expand(parse('"non accidental injury"').node, table) == And(
        (Or((Phrase("non accidental injury"), Term("NAI"))),)
    )
    # Typed as words, the run keeps its meaning (all words) and gains the synonyms.
    expanded = expand(parse("fracture non-accidental injury -HV").node, table)
    assert expanded == And(
        (
            Term("fracture"),
            Or((And((Term("non-accidental"), Term("injury"))), Term("NAI"))),
            Not(Or((Term("HV"), Phrase("health visitor")))),
        )
    )
    assert render(expanded) == 'fracture (non-accidental injury) OR NAI -HV OR "health visitor"'


def test_spelling_variants_expand_words_and_phrases():
    table = SynonymTable()
    assert expand(parse("behaviour").node, table) == And(
        (Or((Term("behaviour"), Term("behavior"))),)  # "behavioral" stems like "behavior"
    )
    assert expand(parse("organisations").node, table).children[0].children[1] == Term("organization")
    assert expand(parse('"paediatric nurse"').node, table) == And(
        (Or((Phrase("paediatric nurse"), Phrase("pediatric nurse"))),)
    )


def test_expand_accepts_anything_with_synonym_sets():
    class Taxonomy:
        def synonym_sets(self):
            return SETS

    assert expand(parse("nai").node, Taxonomy()) == expand(parse("nai").node, SynonymTable(SETS))


def test_words_without_equivalents_are_unchanged():
    node = parse('neglect -police "voice of the child" a OR b').node
    assert expand(node, SynonymTable(SETS)) == node


def test_the_real_taxonomy_expands_nai_both_ways():
    table = load_synonym_table(TAXONOMY_PATH)
    nai = expand(parse("NAI").node, table)
    assert Phrase("non-accidental injury") in nai.children[0].children
    spelled = expand(parse('"non-accidental injury"').node, table)
    assert Term("NAI") in spelled.children[0].children


# ------------------------------------------------------------ analysis


def test_analysis_lowercases_folds_and_stems():
    assert analyze("Non-Accidental INJURIES at the Café") == ("non", "accident", "injuri", "at", "the", "cafe")
    assert analyze("visitors") == analyze("visitor") == ("visitor",)
    assert analyze("*(:") == ()


def test_spans_and_runs_are_the_analysis_with_offsets_and_gaps():
    long_word = "x" * MAX_TOKEN_BYTES
    text = f"Naïve café-style {long_word} CHILDREN'S walking"
    spans = analyzed_spans(text)
    assert tuple(token for token, *_ in spans) == analyze(text) == ("naiv", "cafe", "style", "children", "walk")
    assert [text[start:end] for _, _, start, end in spans] == ["Naïve", "café", "style", "CHILDREN'S", "walking"]
    assert [position for _, position, *_ in spans] == [0, 1, 2, 4, 5]  # the dropped word's place stays empty
    assert token_runs(text) == ("naiv cafe style", "children walk")
    assert token_runs("*(:") == () and token_runs("one") == ("one",)


def test_spans_follow_the_analyzer_on_the_corpus_lessons():
    import json

    from search_app.settings import PROJECT_ROOT

    texts = [
        lesson["text"]
        for path in sorted((PROJECT_ROOT / "corpus" / "gold").glob("*.json"))
        for lesson in json.loads(path.read_text(encoding="utf-8")).get("lessons", [])
    ]
    assert len(texts) > 100
    for text in texts:
        spans = analyzed_spans(text)
        assert tuple(token for token, *_ in spans) == analyze(text)
        assert " ".join(token_runs(text)).split() == list(analyze(text))
        for token, _, start, end in spans:
            assert analyze(text[start:end]) == (token,)
