"""Briefing tests without a corpus: clustering, figures, the scope in words,
paging through a real Tantivy index, the chart and Markdown escaping."""

from __future__ import annotations

import dataclasses

import pytest

from search_app.briefing import clustering, selection
from search_app.briefing.charts import chart_alt, year_chart
from search_app.briefing.figures import breakdown, by_year, count_figures
from search_app.briefing.records import BriefingSpec, YearCount
from search_app.briefing.rendering import md_escape
from search_app.search.contract import IndexedLesson
from search_app.search.labels import ThemeBook
from search_app.settings import PROJECT_ROOT

THEMES = ThemeBook.load(PROJECT_ROOT / "taxonomy.yaml")

BRUISING = [
    "Bruising in a non-mobile baby was not referred for a skeletal survey.",
    "The GP saw bruising on the baby and did not follow the bruising protocol.",
    "A bruise on a non-mobile infant must lead to a skeletal survey and paediatric assessment.",
    "Health visitors missed bruising to the baby's face; no skeletal survey was asked for.",
]
HOUSING = [
    "The family was moved between temporary housing placements across borough boundaries.",
    "Temporary housing in another borough meant records did not follow the family.",
    "Housing officers were not told of the safeguarding plan when the family moved.",
    "Frequent moves between temporary housing left no agency holding the whole picture.",
]


def test_two_clear_topics_give_two_groups_with_telling_labels():
    texts = BRUISING + HOUSING
    groups = clustering.group_texts(texts)
    members = sorted(sorted(g.members) for g in groups)
    assert members == [[0, 1, 2, 3], [4, 5, 6, 7]]
    labels = {frozenset(g.members): " ".join(g.terms) for g in groups}
    assert "bruis" in labels[frozenset(range(4))] or "skeletal" in labels[frozenset(range(4))]
    assert "housing" in labels[frozenset(range(4, 8))] or "temporary" in labels[frozenset(range(4, 8))]


def test_grouping_is_deterministic_and_members_are_ordered_by_closeness():
    texts = BRUISING + HOUSING + [t.upper() for t in BRUISING[:2]]
    first, second = clustering.group_texts(texts), clustering.group_texts(texts)
    assert first == second
    for group in first:
        assert len(set(group.members)) == len(group.members)
    assert sorted(i for g in first for i in g.members) == list(range(len(texts)))


def test_few_or_empty_texts():
    assert clustering.group_texts([]) == ()
    one = clustering.group_texts(["Bruising in a non-mobile baby."])
    assert [g.members for g in one] == [(0,)]
    assert one[0].terms  # a single group is named after its heaviest terms
    only_stop_words = clustering.group_texts(["the and of", "it is to"])
    assert [g.members for g in only_stop_words] == [(0, 1)]
    assert only_stop_words[0].terms == ()
    assert clustering.label_from_terms(()) == "Other lessons"
    assert clustering.label_from_terms(("skeletal survey", "bruising")) == "Skeletal survey, bruising"


def test_label_terms_skip_other_forms_of_a_chosen_word():
    groups = clustering.group_texts(BRUISING + HOUSING)
    for group in groups:
        stems = [t[: clustering.STEM_CHARS] for t in group.terms if " " not in t]
        assert len(stems) == len(set(stems)), group.terms


def _lesson(i: int, review: str, year: int | None, **extra) -> IndexedLesson:
    base = dict(
        id=f"{review}-{i:03d}",
        review_id=review,
        ordinal=i,
        review_title=review.title(),
        review_type="LCSPR",
        area="Kent",
        region="South East",
        year=year,
        published=str(year or ""),
        child="",
        kind="finding",
        label="",
        text="text",
        section="",
        page_start=1,
        page_end=1,
    )
    base.update(extra)
    return IndexedLesson(**base)


def test_breakdown_counts_lessons_and_reviews_and_puts_not_stated_last():
    lessons = [
        _lesson(1, "a", 2019, age_bands=("under 1", "1-4")),
        _lesson(2, "a", 2019, age_bands=("under 1",)),
        _lesson(3, "b", 2021, age_bands=()),
        _lesson(4, "c", 2021, age_bands=("1-4",)),
    ]
    rows = breakdown(lessons, lambda l: l.age_bands, str.upper)
    assert [(r.value, r.label, r.lessons, r.reviews) for r in rows] == [
        ("1-4", "1-4", 2, 2),
        ("under 1", "UNDER 1", 2, 1),
        ("", "Not stated", 1, 1),
    ]
    ordered = breakdown(lessons, lambda l: l.age_bands, str, order=("under 1", "1-4"))
    assert [r.value for r in ordered] == ["under 1", "1-4", ""]
    assert [r.value for r in breakdown(lessons, lambda l: l.age_bands, str, missing=None)] == ["1-4", "under 1"]


def test_years_run_without_gaps_and_undated_lessons_are_counted_apart():
    lessons = [_lesson(1, "a", 2019), _lesson(2, "a", 2019), _lesson(3, "b", 2022), _lesson(4, "c", None)]
    years, undated = by_year(lessons)
    assert years == (YearCount(2019, 2, 1), YearCount(2020, 0, 0), YearCount(2021, 0, 0), YearCount(2022, 1, 1))
    assert undated == 1


def test_co_themes_leave_out_the_selected_theme():
    lessons = [
        _lesson(1, "a", 2019, themes=("harm.nai_infant", "fam.male_carers")),
        _lesson(2, "b", 2020, themes=("harm.nai_infant", "fam.male_carers", "harm.neglect")),
        _lesson(3, "b", 2020, themes=("harm.nai_infant",), kind="recommendation"),
    ]
    figures = count_figures(lessons, ("harm.nai_infant",), lambda facet, v: THEMES.theme_label(v))
    assert [(c.value, c.lessons, c.reviews) for c in figures.co_themes] == [
        ("fam.male_carers", 2, 2),
        ("harm.neglect", 1, 1),
    ]
    assert (figures.lessons, figures.reviews, figures.learning_lessons, figures.recommendations) == (3, 2, 2, 1)


def test_scope_and_title_in_words():
    spec = BriefingSpec(filters={"theme": ("harm.nai_infant",)}, year_from=2019, year_to=2025)
    assert selection.describe_scope(spec, THEMES) == (
        "Lessons tagged ‘Non-accidental injury in babies and non-mobile infants’, reviews published 2019–2025"
    )
    assert selection.briefing_title(spec, THEMES) == (
        "Non-accidental injury in babies and non-mobile infants: learning from case reviews, 2019–2025"
    )
    wide = BriefingSpec(
        query="skeletal survey",
        filters={"group": ("harm",), "area": ("Kent", "Devon"), "review_type": ("LCSPR",), "age_band": ("under 1",)},
        year_from=2019,
    )
    assert selection.describe_scope(wide, THEMES) == (
        "Lessons in the theme group ‘Type of harm and fatal outcome’ matching the search "
        "“skeletal survey”, reviews published from 2019, area: Kent or Devon, "
        "review type: Local child safeguarding practice review, child age band: Under 1"
    )
    assert selection.describe_scope(BriefingSpec(), THEMES) == "All lessons, reviews of any year"
    assert selection.briefing_title(wide, THEMES) == (
        "Type of harm and fatal outcome: learning from case reviews in Kent and Devon, 2019 onwards"
    )


def test_a_text_search_is_titled_in_plain_words_never_its_raw_query():
    spec = BriefingSpec(query='"safer sleep" OR co-sleeping -adult', year_to=2020)
    assert selection.briefing_title(spec, THEMES) == (
        "Safer sleep or co-sleeping: learning from case reviews, up to 2020"
    )
    # Nothing but filters the title cannot name: the theme most lessons carry names it.
    lessons = [_lesson(i, f"r{i}", 2020, themes=("harm.neglect",) if i < 3 else ()) for i in range(4)]
    assert selection.briefing_title(BriefingSpec(), THEMES, lessons) == "Neglect: learning from case reviews"
    fewer = [*lessons[2:], _lesson(9, "r9", 2020)]  # one lesson in three: no theme names it
    assert selection.briefing_title(BriefingSpec(), THEMES, fewer) == "Learning from case reviews"
    # The user's own title wins (see test_briefing_board for the whole briefing).
    assert selection.query_in_words('title:"bruising" OR (skeletal survey)') == "bruising or skeletal survey"


def test_fetch_pages_through_every_result(loaded_backend, sample_lessons, monkeypatch):
    monkeypatch.setattr(selection, "FETCH_PAGE_SIZE", 3)
    lessons, _ = selection.fetch_lessons(loaded_backend, BriefingSpec())
    assert sorted(l.id for l in lessons) == sorted(l.id for l in sample_lessons)
    keys = [(l.year or 0, l.review_id, l.ordinal) for l in lessons]
    assert keys == sorted(keys)
    nai, _ = selection.fetch_lessons(
        loaded_backend, BriefingSpec(filters={"theme": ("harm.nai_infant",)}, year_from=2017)
    )
    expected = {l.id for l in sample_lessons if "harm.nai_infant" in l.themes and l.year and l.year >= 2017}
    assert {l.id for l in nai} == expected and expected


def test_chart_is_deterministic_and_described():
    years = (YearCount(2019, 3, 1), YearCount(2020, 0, 0), YearCount(2021, 5, 2))
    first, second = year_chart(years), year_chart(years)
    assert first.svg == second.svg and first.png == second.png
    assert "<dc:date>" not in first.svg and first.png.startswith(b"\x89PNG")
    assert first.alt == chart_alt(years)
    assert "2020: 0 lessons from 0 reviews" in first.alt and "2021: 5 lessons from 2 reviews" in first.alt
    assert year_chart(()) is None


@pytest.mark.parametrize(
    "text, shown",
    [
        ("A *bold* [link](x) <b>", r"A \*bold\* \[link\](x) \<b\>"),
        ("# not a heading", r"\# not a heading"),
        ("- not a bullet", r"\- not a bullet"),
        ("two\nlines", "two lines"),
    ],
)
def test_markdown_escaping(text, shown):
    assert md_escape(text) == shown


def test_spec_values_default_to_empty():
    spec = BriefingSpec(filters={"theme": ("harm.neglect",)})
    assert spec.values("theme") == ("harm.neglect",) and spec.values("area") == ()
    assert dataclasses.replace(spec, query="x").query == "x"


def test_terms_are_words_and_side_by_side_phrases_within_a_clause():
    terms = clustering.terms_of(
        "The police, social care and the Skeletal Survey for Tyler.", ignore=frozenset({"tyler"})
    )
    assert "skeletal survey" in terms and "social care" in terms
    assert "police social" not in terms  # the comma ends the phrase
    assert "tyler" not in terms and "the" not in terms and "survey tyler" not in terms


def test_pseudonyms_never_name_a_group():
    texts = ["Tyler went missing overnight.", "Tyler stayed with older men.", "Tyler carried drugs for a gang."]
    texts += [f"Bruising on a non-mobile baby {i} was not referred for a skeletal survey." for i in range(3)]
    groups = clustering.group_texts(texts, ignore=("Tyler",))
    assert all("tyler" not in " ".join(g.terms) for g in groups)
    assert any("tyler" in " ".join(g.terms) for g in clustering.group_texts(texts))


def test_the_brief_and_search_commands_do_not_load_the_web_app():
    """Briefing depends on search and nlp, never on web: `lessons brief` and
    `lessons search` start without Flask."""
    import subprocess
    import sys

    code = (
        "import sys, search_app.cli.brief_cmds, search_app.cli.search_cmds, search_app.briefing.docx_render; "
        "print(sorted(m for m in sys.modules if m == 'flask' or m.startswith('search_app.web')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_group_names_depend_on_the_lessons_not_their_order():
    from search_app.briefing.naming import name_groups

    texts = BRUISING + HOUSING
    themes = [("harm.nai_infant",)] * 4 + [("fam.poverty_housing",)] * 4
    groups = [(0, 1, 2, 3), (4, 5, 6, 7)]
    names = name_groups(groups, texts, themes, THEMES.theme_label)
    assert [n.label for n in names] == [
        "Non-accidental injury in babies and non-mobile infants: “skeletal survey”",
        "Poverty, housing and family mobility: “temporary housing”",
    ]
    order = [7, 2, 5, 0, 3, 6, 1, 4]  # the same lessons read in another order
    where = {old: new for new, old in enumerate(order)}
    shuffled = name_groups(
        [tuple(where[i] for i in g) for g in reversed(groups)],
        [texts[i] for i in order],
        [themes[i] for i in order],
        THEMES.theme_label,
    )
    assert [n.label for n in reversed(shuffled)] == [n.label for n in names]
    # The theme the briefing was selected on names no group while another theme can.
    tagged = [("harm.nai_infant", "assess.thresholds_cp_processes")] * 4 + [("harm.nai_infant",)] * 4
    selected = name_groups(groups, texts, tagged, THEMES.theme_label, selected=("harm.nai_infant",))
    assert [n.theme for n in selected] == ["assess.thresholds_cp_processes", "harm.nai_infant"]
    # A child's pseudonym is never the shared phrase.
    named = name_groups(
        [(0, 1)],
        ["Baby Tyler Smith was bruised.", "Tyler Smith was seen."],
        [(), ()],
        THEMES.theme_label,
        ignore=("Tyler", "Smith"),
    )
    assert "Tyler" not in named[0].label and named[0].label == "Other learning"


@pytest.mark.parametrize(
    "base, links",
    [
        ("", False),
        ("   ", False),
        ("http://127.0.0.1:5000", False),
        ("http://localhost", False),
        ("http://0.0.0.0:8000", False),
        ("http://[::1]/", False),
        ("ftp://lessons.example.org", False),
        ("https://lessons.example.org/", True),
        ("http://10.0.0.5:5000", True),
    ],
)
def test_links_only_under_a_public_address(base, links):
    from search_app.briefing.links import link_template_for

    template, notice = link_template_for(base)
    assert bool(template) == links
    if links:
        assert template == base.rstrip("/") + "/reviews/{review_id}/document" and not notice
    else:
        assert bool(notice) == bool(base.strip())


def test_first_sentence_and_the_body_without_its_heading():
    from search_app.briefing.records import BriefLesson, first_sentence

    assert first_sentence("Dr. Patel saw the baby. Nobody referred.") == "Dr. Patel saw the baby."
    assert first_sentence("One long sentence " * 40).endswith(" …")
    item = BriefLesson(
        _lesson(1, "r1", 2020, text="Fathers left out The father was never seen. Nor asked."),
        1,
        "",
        title="Fathers left out",
    )
    assert item.body == "The father was never seen. Nor asked."
    assert item.first_sentence == "The father was never seen."
