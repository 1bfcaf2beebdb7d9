"""Web stage: facet counts from the backend turned into the filter panels of the page.

Each panel lists its values with counts and whether they are selected; a
selected value the engine did not return (too rare to make the top of the
list) is still shown, so it can always be unticked. Themes are grouped by
their taxonomy group; years become a small histogram.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import Markup, escape

from ingest.records import LESSON_KINDS, REVIEW_TYPES
from nlp.records import AGE_BANDS
from search_app.search.contract import FACETS, FacetCount
from search_app.search.labels import ThemeBook, value_label
from search_app.web.params import SearchArgs

# Facets shown as checkbox panels, in page order (theme and year are drawn apart).
PANEL_FACETS = ("review_type", "kind", "age_band", "agency", "region", "area")
# How many values a panel shows before the rest fold into "Show more".
VISIBLE_VALUES = 8
HISTOGRAM_STEPS = 10

_FIXED_ORDER = {
    "review_type": REVIEW_TYPES,
    "kind": LESSON_KINDS,
    "age_band": AGE_BANDS,
}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetPanel:
    name: str
    label: str
    options: tuple[FacetOption, ...]

    @property
    def selected_count(self) -> int:
        return sum(1 for o in self.options if o.selected)

    @property
    def visible(self) -> tuple[FacetOption, ...]:
        return self.options[:VISIBLE_VALUES]

    @property
    def more(self) -> tuple[FacetOption, ...]:
        return self.options[VISIBLE_VALUES:]


@dataclass(frozen=True)
class ThemeGroupPanel:
    id: str
    label: str
    options: tuple[FacetOption, ...]

    @property
    def open(self) -> bool:
        return any(o.selected for o in self.options)

    @property
    def total(self) -> int:
        return sum(o.count for o in self.options)


@dataclass(frozen=True)
class YearBar:
    year: int
    count: int
    height: int  # 0..HISTOGRAM_STEPS, drawn by a CSS class
    qs: str  # the search limited to this year


def _options(name: str, counts: tuple[FacetCount, ...], args: SearchArgs, themes: ThemeBook) -> list[FacetOption]:
    by_value = {c.value: c.count for c in counts}
    for value in args.request.filters.get(name, ()):
        by_value.setdefault(value, 0)
    selected_values = set(args.request.filters.get(name, ()))
    options = [
        FacetOption(value, value_label(name, value, themes), count, value in selected_values)
        for value, count in by_value.items()
    ]
    fixed = _FIXED_ORDER.get(name)
    if fixed:
        rank = {v: i for i, v in enumerate(fixed)}
        options.sort(key=lambda o: (rank.get(o.value, len(rank)), o.label.lower()))
    else:
        options.sort(key=lambda o: (not o.selected, -o.count, o.label.lower()))
    return options


def build_panels(facets, args: SearchArgs, themes: ThemeBook) -> list[FacetPanel]:
    labels = {f.name: f.label for f in FACETS}
    panels = []
    for name in PANEL_FACETS:
        options = _options(name, tuple(facets.get(name, ())), args, themes)
        if options:
            panels.append(FacetPanel(name, labels[name], tuple(options)))
    return panels


def build_theme_groups(facets, args: SearchArgs, themes: ThemeBook) -> list[ThemeGroupPanel]:
    options = _options("theme", tuple(facets.get("theme", ())), args, themes)
    by_group: dict[str, list[FacetOption]] = {}
    for option in options:
        by_group.setdefault(themes.theme(option.value).group, []).append(option)
    order = themes.group_order()
    order += sorted(g for g in by_group if g not in order)
    return [
        ThemeGroupPanel(group, themes.group_label(group), tuple(by_group[group]))
        for group in order
        if group in by_group
    ]


def build_year_bars(facets, args: SearchArgs) -> list[YearBar]:
    counts: dict[int, int] = {}
    for c in facets.get("year", ()):
        if c.value.isdigit():
            counts[int(c.value)] = c.count
    if not counts:
        return []
    # Fill the gaps so the histogram's x axis is even.
    first, last = min(counts), max(counts)
    if last - first > 60:
        years = sorted(counts)
    else:
        years = list(range(first, last + 1))
    peak = max(counts.values()) or 1
    bars = []
    for year in years:
        count = counts.get(year, 0)
        height = 0 if count == 0 else max(1, round(HISTOGRAM_STEPS * count / peak))
        bars.append(YearBar(year, count, height, args.with_years(year, year)))
    return bars


def checkbox(name: str, option: FacetOption, index: object) -> Markup:
    """One facet value's checkbox and label."""
    return Markup(_checkbox(_escaped(name), option, _escaped(f"{name}-{index}")))


def checkboxes(name: str, options: tuple[FacetOption, ...], prefix: object = "", start: int = 1) -> Markup:
    """The checkboxes of a list of facet values, numbered from `start` (ids
    `name-PREFIXn`): one call for a whole list, since a results page draws a
    few hundred of them and each call from the template costs more than
    drawing the box."""
    quoted = _escaped(name)
    return Markup(
        "".join(
            _checkbox(quoted, option, _escaped(f"{name}-{prefix}{number}"))
            for number, option in enumerate(options, start)
        )
    )


def _checkbox(quoted_name: str, option: FacetOption, field_id: str) -> str:
    checked = " checked" if option.selected else ""
    return (
        '<div class="checkboxes__item">\n'
        f'  <input class="checkboxes__input" id="{field_id}" name="{quoted_name}" type="checkbox" '
        f'value="{_escaped(option.value)}"{checked}>\n'
        f'  <label class="checkboxes__label" for="{field_id}">{_escaped(option.label)} '
        f'<span class="count">({option.count:,}<span class="visually-hidden"> {"lesson" if option.count == 1 else "lessons"}</span>)</span></label>\n'
        "</div>\n"
    )


@functools.lru_cache(maxsize=8192)
def _escaped(text: str) -> str:
    """`text` HTML-escaped (facet names, values and labels recur on every page)."""
    return str(escape(text))
