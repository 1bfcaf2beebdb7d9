"""Search relevance rules, run against every engine in conftest.SEARCH_BACKENDS.

Each analysis rule (stemming, British and American spellings, hyphen and
apostrophe variants, taxonomy synonyms both ways, ages, "non-mobile baby"
~ "immobile infant") and each ranking rule (tag matches above mentions,
phrases above scattered words, no recency bias, the most-words fallback,
related lessons, "Did you mean") is checked on lessons written for it.
"""

from __future__ import annotations

import pytest

from search_app.search.contract import IndexedLesson, SearchRequest
from search_app.search.ranking import FALLBACK_NOTICE, FEW_NOTICE, RELATED_NOTICE
from tests.conftest import SEARCH_BACKENDS, open_test_backend

ALL = 1000
FILLER = " The review considered what agencies knew and when they knew it."


def _lesson(ordinal: int, text: str, review: str = "rev-a", year: int = 2020, **extra) -> IndexedLesson:
    return IndexedLesson(
        id=f"{review}-{ordinal:03d}",
        review_id=review,
        ordinal=ordinal,
        review_title="Review " + review[-1].upper(),
        review_type="LCSPR",
        area="Northshire",
        region="North West",
        year=year,
        published=f"{year}-01-01",
        child="",
        kind="finding",
        label=f"Finding {ordinal}",
        text=text,
        section="Findings",
        page_start=ordinal,
        page_end=ordinal,
        **extra,
    )


def relevance_lessons() -> tuple[IndexedLesson, ...]:
    nai = dict(themes=("harm.nai_infant",), theme_groups=("harm",))
    neglect = dict(themes=("harm.neglect",), theme_groups=("harm",))
    return (
        _lesson(1, "The paediatrician did not review the x-rays." + FILLER),
        _lesson(2, "Nonaccidental injuries were not considered by the ward." + FILLER, **nai),
        _lesson(3, "A non-accidental fracture was missed at the walk-in centre." + FILLER, **nai),
        _lesson(4, "Nobody asked for the child's views about the move." + FILLER),
        _lesson(5, "The childrens services team closed the case within a week." + FILLER),
        _lesson(6, "Bruising to an immobile infant was explained away by the parents." + FILLER, **nai),
        _lesson(
            7,
            "Agencies did not see the pattern of missing episodes, which pointed to child sexual "
            "exploitation." + FILLER,
            themes=("efh.cse", "efh.missing"),
            theme_groups=("efh",),
        ),
        _lesson(8, "Babies under one who are seen with any mark need a medical." + FILLER),
        _lesson(
            9, "The parents were described as hostile and workers avoided visits." + FILLER, age_bands=("under 1",)
        ),
        _lesson(10, "Home conditions declined over many months and the pattern was missed." + FILLER, **neglect),
        _lesson(11, "The school noted neglect once in a referral about lateness." + FILLER),
        _lesson(12, "The health visitor saw the baby twice and noted nothing of concern." + FILLER),
        _lesson(13, "The visitor from the health trust saw the baby twice and noted nothing." + FILLER),
        _lesson(14, "Professional curiosity about the lodger was missing from every assessment.", year=2024),
        _lesson(
            15, "Professional curiosity about the lodger was missing from every assessment.", year=2012, review="rev-b"
        ),
        _lesson(16, "Behavioural support at school did not ask about the home." + FILLER),
        _lesson(17, "The family moved four times in a year." + FILLER, review="rev-c"),
        _lesson(18, "Supervision did not challenge drift in the plan." + FILLER, review="rev-c"),
    )


def _engine_holding(name: str, folder, lessons):
    """A test engine of kind `name` holding `lessons`, closed when the fixture ends."""
    instance = open_test_backend(name, folder)
    instance.rebuild(lessons)
    yield instance
    instance.close()


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def relevance_backend(request, tmp_path_factory):
    yield from _engine_holding(request.param, tmp_path_factory.mktemp("relevance"), relevance_lessons())


def _ids(backend, query: str, **request) -> list[str]:
    return [h.lesson.id for h in backend.search(SearchRequest(query, per_page=ALL, facets=(), **request)).hits]


def _strict(backend, query: str) -> set[str]:
    """All-words matches only (date order never falls back)."""
    return set(_ids(backend, query, sort="date"))


# ------------------------------------------------------------ analysis


def test_stemming(relevance_backend):
    assert "rev-a-002" in _strict(relevance_backend, "injury")
    assert "rev-a-012" in _strict(relevance_backend, "visitors")


def test_british_and_american_spellings(relevance_backend):
    assert _strict(relevance_backend, "pediatrician") == _strict(relevance_backend, "paediatrician") == {"rev-a-001"}
    assert "rev-a-016" in _strict(relevance_backend, "behavioral")


@pytest.mark.parametrize("query", ["nonaccidental", "non-accidental", "non accidental"])
def test_hyphen_variants_find_each_other(relevance_backend, query):
    assert {"rev-a-002", "rev-a-003"} <= _strict(relevance_backend, query)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("child's", "rev-a-004"),
        ("childs", "rev-a-004"),
        ("children's", "rev-a-005"),
        ("childrens", "rev-a-005"),
    ],
)
def test_apostrophe_variants(relevance_backend, query, expected):
    assert expected in _strict(relevance_backend, query)


def test_taxonomy_synonyms_both_ways(relevance_backend):
    assert "rev-a-007" in _strict(relevance_backend, "CSE")
    assert "rev-a-007" in _strict(relevance_backend, '"child sexual exploitation"')
    assert {"rev-a-002", "rev-a-003"} <= _strict(relevance_backend, "NAI")


@pytest.mark.parametrize("query", ["under ones", "under-ones", "under 1", "11 week old"])
def test_ages_match_the_age_band_and_its_wordings(relevance_backend, query):
    found = _strict(relevance_backend, query)
    assert "rev-a-009" in found  # filed under the age band "under 1", no age words
    if query != "11 week old":
        assert "rev-a-008" in found  # "babies under one"


def test_non_mobile_baby_finds_immobile_infant(relevance_backend):
    assert "rev-a-006" in _strict(relevance_backend, "non-mobile baby")
    assert "rev-a-006" in _strict(relevance_backend, "bruising non mobile baby")


# ------------------------------------------------------------ ranking


def test_a_lesson_tagged_with_the_theme_ranks_above_a_mention(relevance_backend):
    ranked = _ids(relevance_backend, "neglect")
    assert ranked.index("rev-a-010") < ranked.index("rev-a-011")


def test_a_word_that_names_a_theme_is_matched_by_the_tag(relevance_backend):
    assert "rev-a-010" in _strict(relevance_backend, "neglect")  # tagged; the word is not in the text


def test_phrase_ranks_above_scattered_words(relevance_backend):
    ranked = _ids(relevance_backend, "health visitor")
    assert ranked[0] == "rev-a-012" and "rev-a-013" in ranked


def test_no_recency_bias(relevance_backend):
    hits = relevance_backend.search(SearchRequest("professional curiosity lodger", per_page=ALL, facets=())).hits
    assert [h.lesson.id for h in hits][:2] == ["rev-a-014", "rev-b-015"]  # same text: id order, not date
    assert hits[0].score == pytest.approx(hits[1].score, rel=1e-4)


def test_fallback_shows_all_word_matches_first_then_most_words(relevance_backend):
    result = relevance_backend.search(SearchRequest("paediatrician lodger", per_page=ALL, facets=()))
    assert FALLBACK_NOTICE in result.notices
    ids = [h.lesson.id for h in result.hits]
    assert {"rev-a-001", "rev-a-014", "rev-b-015"} <= set(ids)
    dated = relevance_backend.search(SearchRequest("paediatrician lodger", sort="date", per_page=ALL, facets=()))
    assert dated.total == 0 and FALLBACK_NOTICE not in dated.notices


def test_few_matches_are_followed_by_related_lessons(relevance_backend):
    result = relevance_backend.search(SearchRequest("moved four", per_page=20, facets=("theme",)))
    ids = [h.lesson.id for h in result.hits]
    related = [h.lesson.id for h in result.related]
    assert ids[0] == "rev-c-017" and result.total == len(ids)
    assert RELATED_NOTICE in result.notices
    assert "rev-c-018" in related  # same review
    assert not set(related) & set(ids) and len(ids) + len(related) <= 20
    # Related lessons are not matches: the facets count the matches only.
    assert sum(c.count for c in result.facets["theme"]) <= len(ids)
    date_sorted = relevance_backend.search(SearchRequest("moved four", sort="date", per_page=20, facets=()))
    assert [h.lesson.id for h in date_sorted.hits] == ["rev-c-017"] and date_sorted.related == ()


def test_did_you_mean(relevance_backend):
    # Typed in capitals, a word is taken as an abbreviation and searched as typed.
    result = relevance_backend.search(SearchRequest("NEGLET", facets=()))
    assert result.total == 0
    assert "neglect" in [s.lower() for s in result.suggestions]
    found = relevance_backend.search(SearchRequest("neglect", facets=()))
    assert found.suggestions == ()


def test_a_misspelt_word_is_searched_with_its_closest_word_and_said(relevance_backend):
    found = relevance_backend.search(SearchRequest("neglect", per_page=20, facets=()))
    result = relevance_backend.search(SearchRequest("neglet", per_page=20, facets=()))
    assert found.total > 0 and result.total == found.total
    assert {h.lesson.id for h in result.hits} == {h.lesson.id for h in found.hits}
    assert any("“neglect”" in n and "“neglet”" in n for n in result.notices), result.notices
    assert result.understood_query == "neglet OR neglect"
    # A word some lesson holds, or one the taxonomy knows, is left as typed.
    assert not any(n.startswith("Also searched for") for n in found.notices)


def test_exclusion_still_excludes_related_lessons(relevance_backend):
    result = relevance_backend.search(SearchRequest("moved four -supervision", per_page=20, facets=()))
    shown = [h.lesson.id for h in result.hits + result.related]
    assert "rev-c-017" in shown and "rev-c-018" not in shown


# ------------------------------------------------------------ the engines agree


def test_both_engines_rank_alike(tmp_path):
    if len(SEARCH_BACKENDS) < 2:
        pytest.skip("one engine configured")
    engines = [open_test_backend(name, tmp_path / name) for name in SEARCH_BACKENDS]
    try:
        for engine in engines:
            engine.rebuild(relevance_lessons())
        for query in (
            "neglect",
            "health visitor",
            "NAI",
            "under ones",
            "paediatrician lodger",
            "moved four",
            "non-mobile baby",
            "CSE missing episodes",
        ):
            results = [e.search(SearchRequest(query, per_page=10, facets=())) for e in engines]
            rankings = [[h.lesson.id for h in r.hits + r.related] for r in results]
            assert all(r == rankings[0] for r in rankings), query
            # The same scores, not only the same order: a tag boost or a
            # coverage weight must weigh the same against BM25 on each engine.
            scores = [[round(h.score, 2) for h in r.hits + r.related] for r in results]
            assert all(s == pytest.approx(scores[0], rel=1e-3) for s in scores), query
    finally:
        for engine in engines:
            engine.close()


# ------------------------------------------------------------ related lessons, planned


def _planner():
    from search_app.search.lexicon import load_lexicon
    from search_app.search.ranking import QueryPlanner
    from tests.conftest import TAXONOMY_PATH

    return QueryPlanner(load_lexicon(TAXONOMY_PATH))


def _constants(node):
    from search_app.search.ranking import Boolean, Constant

    return [c for c in node.should if isinstance(c, Constant)] if isinstance(node, Boolean) else []


def test_related_lessons_are_weighed_by_the_share_of_the_query_they_cover():
    from search_app.search.query import parse
    from search_app.search.ranking import SPEC, Coverage

    planner = _planner()
    plan = planner.plan(parse("moved four NAI"))
    matched = [l for l in relevance_lessons() if l.id == "rev-c-017"]
    coverage = Coverage(lessons=18, units={"moved": 1, "four": 1, "NAI": 6}, themes={})
    query = planner.related(plan, plan.strict, matched, coverage)
    scores = [c.score for c in _constants(query)]
    # Three units, two weights each (the lesson's own fields; the review
    # title only): a rarest unit weighs `related_coverage` in all, a more
    # common one less, and a title-only match half.
    assert len(scores) == 6
    own, title = SPEC.related_coverage * (1 - SPEC.partial_coverage), SPEC.related_coverage * SPEC.partial_coverage
    assert scores[:4] == pytest.approx([own, title, own, title])
    assert 0 < scores[4] < own and 0 < scores[5] < title
    # A lesson covering the rarest unit outweighs one that only shares the review.
    assert own + title > SPEC.related_review_boost
    assert Coverage(lessons=18).rarity(1) == 1.0 and 0 < Coverage(lessons=18).rarity(6) < 1.0
    assert Coverage().rarity(5) == 1.0


def _fields(node) -> set[str]:
    """The fields a plan tree reads (its leaves' `field`)."""
    children = [c for name in ("must", "should", "must_not", "filter", "children") for c in getattr(node, name, ())]
    own = {node.field} if isinstance(getattr(node, "field", None), str) else set()
    return own.union(*(_fields(c) for c in children))


def test_title_only_matches_are_removed_from_the_own_fields_query():
    from search_app.search.query import parse
    from search_app.search.ranking import SPEC, without_field

    planner = _planner()
    unit = planner.plan(parse("lodger")).units[0]
    own = without_field(planner.unit_query(unit), SPEC.shared_field)
    assert SPEC.shared_field in _fields(planner.unit_query(unit)) and SPEC.shared_field not in _fields(own)


# ------------------------------------------------------------ feedback from the first hits


def feedback_lessons() -> tuple[IndexedLesson, ...]:
    neglect = dict(themes=("harm.neglect",), theme_groups=("harm",))
    return (
        _lesson(
            1,
            "Neglect of the teeth: dental decay went untreated and dental appointments were missed.",
            review="rev-f",
            **neglect,
        ),
        # Both below carry the tag only; id order would put the housing lesson first.
        _lesson(2, "Housing was damp and overcrowded and the landlord was never contacted.", review="rev-f", **neglect),
        _lesson(
            3,
            "Dental decay went untreated for a year while dental appointments were missed.",
            review="rev-f",
            **neglect,
        ),
        _lesson(4, "Dental decay and missed appointments were seen again at the clinic.", review="rev-g", **neglect),
        *(
            _lesson(10 + i, text, review="rev-h")
            for i, text in enumerate(
                (
                    "The school nurse saw the child twice.",
                    "The police attended a party.",
                    "Missed visits were not followed up.",
                    "The health visitor moved on.",
                    "A referral was closed too soon.",
                    "Dental checks at school were offered.",
                )
                * 6
            )
        ),  # enough lessons for the first hits' words to be rare
    )


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def feedback_backend(request, tmp_path_factory):
    yield from _engine_holding(request.param, tmp_path_factory.mktemp("feedback"), feedback_lessons())


def test_partial_matches_are_ordered_by_closeness_to_the_first_hits(feedback_backend):
    result = feedback_backend.search(SearchRequest("teeth neglect", per_page=ALL, facets=()))
    ranked = [h.lesson.id for h in result.hits]
    assert FEW_NOTICE in result.notices and ranked[0] == "rev-f-001"  # the only lesson with both
    # The others have "neglect" by its tag only; the one sharing the first hits' words comes first.
    assert ranked.index("rev-f-003") < ranked.index("rev-f-002")
    # Page two is ranked the same way as the whole list.
    pages = [
        h.lesson.id
        for p in (1, 2)
        for h in feedback_backend.search(SearchRequest("teeth neglect", per_page=2, page=p, facets=())).hits
    ]
    assert pages == ranked[:4]


def test_feedback_words_are_shared_by_the_first_hits_and_weighed_by_rarity():
    from search_app.search.ranking import Constant
    from search_app.search.rerank import FEEDBACK, feedback_signals, feedback_weights

    lessons = feedback_lessons()
    first = [lessons[0], lessons[2], lessons[1]]
    doc_freqs = {"dental": 4, "decay": 3, "untreat": 2, "appoint": 3, "miss": 4, "were": 6, "and": 4, "teeth": 1}
    weights = feedback_weights(first, (), lambda tokens: {t: doc_freqs.get(t, 0) for t in tokens}, 60)
    terms = dict(weights.terms)
    # Words only one of the first hits holds ("teeth", "housing") are left out, and so
    # are words too rare to find anything else; the rarer of two shared words weighs more.
    assert "teeth" not in terms and "hous" not in terms
    assert terms["untreat"] > terms["dental"] and sum(terms.values()) == pytest.approx(1.0)
    assert dict(weights.themes) == {"harm.neglect": 1.0}
    signals = feedback_signals(weights, 2.0)
    assert sum(s.score for s in signals) == pytest.approx(2.0)
    assert all(isinstance(s, Constant) for s in signals) == (FEEDBACK.theme_share == 0)


def sign_lessons() -> tuple[IndexedLesson, ...]:
    nai = dict(themes=("harm.nai_infant",), theme_groups=("harm",))
    return (
        # "bruising" is a sign of non-accidental injury: in one lesson's words, and
        # only in the other's tag.
        _lesson(1, "Bruising on the arm of the baby was recorded." + FILLER, review="rev-s", **nai),
        _lesson(2, "The fracture was not explained by the parents." + FILLER, review="rev-s", **nai),
        *(
            _lesson(10 + i, text + FILLER, review="rev-r")
            for i, text in enumerate(
                (
                    "The school nurse saw the child.",
                    "Police attended.",
                    "Visits were missed.",
                    "A referral was closed.",
                )
                * 3
            )
        ),
    )


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def sign_backend(request, tmp_path_factory):
    yield from _engine_holding(request.param, tmp_path_factory.mktemp("signs"), sign_lessons())


def test_a_sign_tag_alone_finds_a_lesson_below_the_word_itself(sign_backend):
    from search_app.search.query import parse

    unit = _planner().plan(parse("bruising")).units[0]
    assert any(not t.named for t in unit.tags), "the taxonomy makes 'bruising' a sign of a theme"
    hits = sign_backend.search(SearchRequest("bruising", per_page=ALL, facets=())).hits
    assert [h.lesson.id for h in hits] == ["rev-s-001", "rev-s-002"]
    assert hits[0].score > hits[1].score > 0


# ------------------------------------------------------------ the lexicon's names and signs


def test_a_label_word_capitalised_only_by_its_place_names_the_theme_typed_in_lower_case():
    from search_app.search.lexicon import label_parts, load_lexicon
    from tests.conftest import TAXONOMY_PATH

    assert label_parts("Suicide and self-harm in children and young people")[1] == "suicide"
    assert "FGM" in label_parts("Honour-based abuse, FGM and forced marriage")
    lexicon = load_lexicon(TAXONOMY_PATH)
    (suicide,) = [t for t in lexicon.tags("suicide") if t.value == "cmh.suicide_self_harm"]
    assert suicide.named, "the first word of a theme's label names it however it is typed"
    assert any(t.value == "harm.hba_fgm_forced_marriage" and t.named for t in lexicon.tags("FGM"))


def test_a_wording_another_theme_also_lists_signals_both_themes():
    from nlp.taxonomy import load_taxonomy
    from search_app.search.lexicon import SearchLexicon
    from tests.conftest import TAXONOMY_PATH

    taxonomy = load_taxonomy(TAXONOMY_PATH)
    theme, wording = next((t, w) for t in taxonomy.themes for w in t.also)
    owners = [t.id for t in taxonomy.themes if t.id != theme.id and wording in t.wordings]
    assert owners, wording
    found = {t.value for t in SearchLexicon.from_taxonomy(taxonomy).tags(wording)}
    assert {theme.id, owners[0]} <= found, (wording, found)


# ------------------------------------------------------------ units: names held in signs, runs, ties, weight


def unit_lessons() -> tuple[IndexedLesson, ...]:
    abuse = dict(themes=("fam.domestic_abuse",), theme_groups=("fam",))
    neglect = dict(themes=("harm.neglect",), theme_groups=("harm",))
    sharing = dict(themes=("multi.information_sharing",), theme_groups=("multi",))
    return (
        # "children as victims of domestic abuse": no lesson has every word,
        # and "children" is common (the lessons below hold it too).
        _lesson(1, "The children were seen at school every day.", review="rev-u"),
        _lesson(2, "The mother was assaulted by her partner on three occasions.", review="rev-u", **abuse),
        # "coercive control": both carry the tag only; id order would put the first first.
        _lesson(3, "Police attended an incident at the house.", review="rev-v", **abuse),
        _lesson(4, "He was controlling the money and her phone.", review="rev-v", **abuse),
        # "school attendance neglect": the run's words scattered, the run whole, and the
        # other unit (as rare) alone.
        _lesson(5, "The school nurse offered appointments the girl could attend.", review="rev-w"),
        _lesson(6, "Her school attendance fell below half.", review="rev-w"),
        _lesson(7, "Home conditions declined for months.", review="rev-w", **neglect),
        # "MASH information sharing": both match both units, one by its rare word.
        _lesson(8, "The information sharing agreement did not cover the voluntary sector.", review="rev-x", **sharing),
        _lesson(9, "The MASH did not check with the school before deciding.", review="rev-x", **sharing),
        _lesson(10, "The children's home conditions were not recorded.", review="rev-y", **neglect),
        *(
            _lesson(
                20 + i, f"Information sharing about the children was recorded on the system, entry {i}.", review="rev-y"
            )
            for i in range(8)
        ),
    )


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def unit_backend(request, tmp_path_factory):
    yield from _engine_holding(request.param, tmp_path_factory.mktemp("units"), unit_lessons())


def _ranked(backend, query: str) -> list[str]:
    result = backend.search(SearchRequest(query, per_page=ALL, facets=()))
    return [h.lesson.id for h in result.hits + result.related]


def test_a_sign_that_holds_a_themes_name_names_the_theme():
    from search_app.search.lexicon import load_lexicon
    from tests.conftest import TAXONOMY_PATH

    lexicon = load_lexicon(TAXONOMY_PATH)
    (tag,) = [t for t in lexicon.tags("victims of domestic abuse") if t.value == "fam.domestic_abuse"]
    assert tag.named, "the wording holds the theme's label, 'domestic abuse'"
    (sign,) = [t for t in lexicon.tags("coercive control") if t.value == "fam.domestic_abuse"]
    assert not sign.named, "a wording without the label stays a sign"


def test_a_theme_named_inside_a_longer_wording_covers_its_unit_fully(unit_backend):
    ranked = _ranked(unit_backend, "children as victims of domestic abuse")
    # The lesson with the (rarer) theme by its tag comes before the one with only "children".
    assert ranked.index("rev-u-002") < ranked.index("rev-u-001")


def test_among_tag_only_matches_a_lesson_using_a_word_of_the_unit_comes_first(unit_backend):
    ranked = _ranked(unit_backend, "coercive control")
    assert ranked[0] == "rev-v-004" and {"rev-u-002", "rev-v-003"} <= set(ranked)


def test_a_run_of_words_scattered_covers_its_unit_only_in_part(unit_backend):
    result = unit_backend.search(SearchRequest("school attendance neglect", per_page=ALL, facets=()))
    score = {h.lesson.id: h.score for h in result.hits}
    assert FALLBACK_NOTICE in result.notices
    # The run whole counts fully; its words scattered ("school nurse ... could
    # attend") count `partial_coverage` of it, below the other unit alone.
    assert score["rev-w-005"] < 0.75 * score["rev-w-006"]
    assert score["rev-w-005"] < score["rev-w-007"]


def test_a_unit_of_two_words_does_not_outweigh_a_unit_of_one(unit_backend):
    # Both lessons match both units ("MASH" by the word or the sharing tag;
    # "information sharing" likewise): the one holding the rare single word
    # comes first, as the two words of the other unit count as one unit.
    result = unit_backend.search(SearchRequest("MASH information sharing", per_page=ALL, facets=()))
    ranked = [h.lesson.id for h in result.hits]
    assert ranked[:2] == ["rev-x-009", "rev-x-008"]
    assert all(h.lesson.review_id == "rev-y" for h in result.hits[2:])


def test_the_result_names_the_themes_the_query_names_or_signals(unit_backend):
    signalled = unit_backend.search(SearchRequest("coercive control", per_page=5, facets=()))
    assert signalled.query_themes == ("fam.domestic_abuse",)
    named = unit_backend.search(SearchRequest("school attendance neglect", per_page=5, facets=()))
    assert named.query_themes == ("edu.attendance_cme", "harm.neglect")
    assert unit_backend.search(SearchRequest("voluntary sector", per_page=5, facets=())).query_themes == ()
