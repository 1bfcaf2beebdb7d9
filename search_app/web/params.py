"""Web stage: request parameters in, a valid SearchRequest out.

Every search page, export and API route reads its state from the URL through
`parse_search_args`, so the same parameters mean the same thing everywhere.
Nothing here raises for bad input: out-of-range numbers are clamped, and
values that cannot be understood are dropped with a message for the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from urllib.parse import urlencode

from search_app.search.contract import FACETS, FACETS_BY_NAME, MAX_QUERY_CHARS, SORTS, SearchRequest

# The most results one page of the site or the API shows (the engines allow MAX_PER_PAGE).
WEB_MAX_PER_PAGE = 100
# Deep pages cost the engine more and no reader goes there; exports stream instead.
PAGED_RESULTS = 10_000
MAX_VALUES_PER_FACET = 50
MAX_VALUE_CHARS = 200
YEAR_MIN, YEAR_MAX = 1900, 2100

# The parameter names a search URL may carry, besides one per facet.
QUERY_PARAM, PAGE_PARAM, PER_PAGE_PARAM, SORT_PARAM = "q", "page", "per_page", "sort"
FROM_PARAM, TO_PARAM = "from", "to"
SCALAR_PARAMS = (QUERY_PARAM, SORT_PARAM, FROM_PARAM, TO_PARAM, PER_PAGE_PARAM, PAGE_PARAM)


@dataclass(frozen=True)
class FieldError:
    """A parameter that could not be used: which one, and what to do about it."""

    param: str
    message: str


@dataclass(frozen=True)
class SearchArgs:
    """A search as the URL asked for it, after validation."""

    request: SearchRequest
    errors: tuple[FieldError, ...] = ()
    notices: tuple[str, ...] = ()
    # What the user typed in the year boxes, to show it back beside an error.
    raw_from: str = ""
    raw_to: str = ""
    per_page_given: bool = False
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def query(self) -> str:
        return self.request.query

    def error_for(self, param: str) -> str:
        for error in self.errors:
            if error.param == param:
                return error.message
        return ""

    def is_selected(self, facet: str, value: str) -> bool:
        return value in self.request.filters.get(facet, ())

    def state_pairs(self, page: int | None = None) -> list[tuple[str, str]]:
        """The URL parameters that reproduce this search (page 1 unless `page`)."""
        req = self.request
        pairs: list[tuple[str, str]] = []
        if req.query:
            pairs.append((QUERY_PARAM, req.query))
        for facet in FACETS:
            for value in req.filters.get(facet.name, ()):
                pairs.append((facet.name, value))
        if req.year_from is not None:
            pairs.append((FROM_PARAM, str(req.year_from)))
        if req.year_to is not None:
            pairs.append((TO_PARAM, str(req.year_to)))
        if req.sort != "relevance":
            pairs.append((SORT_PARAM, req.sort))
        if self.per_page_given:
            pairs.append((PER_PAGE_PARAM, str(req.per_page)))
        if page is not None and page > 1:
            pairs.append((PAGE_PARAM, str(page)))
        return pairs

    def query_string(self, page: int | None = None, **changes: object) -> str:
        """This search as a query string, with `changes` (None removes a parameter)."""
        pairs = self.state_pairs(page)
        for name, value in changes.items():
            pairs = [(k, v) for k, v in pairs if k != name]
            if value is not None and value != "":
                pairs.append((name, str(value)))
        return urlencode(pairs)

    def without(self, facet: str, value: str) -> str:
        """The query string of this search with one facet value removed."""
        return urlencode([p for p in self.state_pairs() if p != (facet, value)])

    @cached_property
    def _state_qs(self) -> str:
        # A page links to a few hundred variants of its own search; encode it once.
        return urlencode(self.state_pairs())

    def with_value(self, facet: str, value: str) -> str:
        """The query string of this search with one facet value added."""
        if value in self.request.filters.get(facet, ()):
            return self._state_qs
        added = _pair_qs(facet, value)
        return f"{self._state_qs}&{added}" if self._state_qs else added

    def with_years(self, year_from: int, year_to: int) -> str:
        """`query_string(from=year_from, to=year_to)`, the rest of the search
        encoded once (the year histogram links to a few dozen of them)."""
        base = self._without_years_qs
        years = urlencode([(FROM_PARAM, str(year_from)), (TO_PARAM, str(year_to))])
        return f"{base}&{years}" if base else years

    @cached_property
    def _without_years_qs(self) -> str:
        return urlencode([(k, v) for k, v in self.state_pairs() if k not in (FROM_PARAM, TO_PARAM)])

    def active_filters(self) -> list[tuple[str, str, str]]:
        """(parameter, value, query string without it) for every active filter."""
        chips = []
        for facet in FACETS:
            for value in self.request.filters.get(facet.name, ()):
                chips.append((facet.name, value, self.without(facet.name, value)))
        if self.request.year_from is not None:
            chips.append((FROM_PARAM, str(self.request.year_from), self.query_string(**{FROM_PARAM: None})))
        if self.request.year_to is not None:
            chips.append((TO_PARAM, str(self.request.year_to), self.query_string(**{TO_PARAM: None})))
        return chips


@lru_cache(maxsize=4096)
def _pair_qs(name: str, value: str) -> str:
    """One parameter URL-encoded (facet values recur on every page)."""
    return urlencode([(name, value)])


def _get_list(args: Mapping, name: str) -> list[str]:
    getlist = getattr(args, "getlist", None)
    if getlist is not None:
        return list(getlist(name))
    value = args.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _first(args: Mapping, name: str) -> str:
    values = _get_list(args, name)
    return values[0].strip() if values else ""


_BIG = 10**9


def _parse_int(raw: str) -> int | None:
    """A whole number, or None for anything else. One rule for every length: a
    number too long to matter counts as ±10^9, so the caller clamps it like
    any other out-of-range number (never parsing thousands of digits)."""
    raw = raw.strip()
    if raw.startswith(("-", "+")):
        sign, digits = raw[0], raw[1:]
    else:
        sign, digits = "", raw
    if not digits.isascii() or not digits.isdigit():
        return None
    if len(digits.lstrip("0")) > 9:
        return -_BIG if sign == "-" else _BIG
    return int(sign + digits)


def _parse_year(raw: str, param: str, label: str, errors: list[FieldError]) -> int | None:
    if not raw:
        return None
    year = _parse_int(raw)
    if year is None or len(raw.strip().lstrip("+")) != 4:
        errors.append(FieldError(param, f"{label} must be a year of 4 digits, like 2019"))
        return None
    if not YEAR_MIN <= year <= YEAR_MAX:
        errors.append(FieldError(param, f"{label} must be between {YEAR_MIN} and {YEAR_MAX}"))
        return None
    return year


def _facet_values(name: str, raw_values: Iterable[str]) -> tuple[str, ...]:
    values: list[str] = []
    for raw in raw_values:
        value = raw.strip()
        if not value or len(value) > MAX_VALUE_CHARS or "\x00" in value:
            continue
        if name == "year" and ((year := _parse_int(value)) is None or abs(year) >= _BIG):
            continue
        if value not in values:
            values.append(value)
        if len(values) >= MAX_VALUES_PER_FACET:
            break
    return tuple(values)


def parse_search_args(
    args: Mapping,
    default_per_page: int = 20,
    facets: tuple[str, ...] | None = None,
) -> SearchArgs:
    """Read a search from URL parameters; never raises for any input."""
    errors: list[FieldError] = []
    notices: list[str] = []

    query = _first(args, QUERY_PARAM).replace("\x00", "")
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS]
        notices.append(
            f"Your search was longer than {MAX_QUERY_CHARS} characters, so only the first {MAX_QUERY_CHARS} were used."
        )

    filters: dict[str, tuple[str, ...]] = {}
    for facet in FACETS:
        values = _facet_values(facet.name, _get_list(args, facet.name))
        if values:
            filters[facet.name] = values

    raw_from, raw_to = _first(args, FROM_PARAM)[:20], _first(args, TO_PARAM)[:20]
    year_from = _parse_year(raw_from, FROM_PARAM, "The ‘from’ year", errors)
    year_to = _parse_year(raw_to, TO_PARAM, "The ‘to’ year", errors)
    if year_from is not None and year_to is not None and year_from > year_to:
        errors.append(FieldError(FROM_PARAM, "The ‘from’ year must be the same as or before the ‘to’ year"))
        year_from = year_to = None

    sort = _first(args, SORT_PARAM)
    if sort and sort not in SORTS:
        errors.append(FieldError(SORT_PARAM, f"Sort must be one of: {', '.join(SORTS)}"))
    if sort not in SORTS:
        sort = "relevance"

    default_per_page = max(1, min(WEB_MAX_PER_PAGE, default_per_page))
    raw_per_page = _first(args, PER_PAGE_PARAM)
    per_page = default_per_page
    per_page_given = False
    if raw_per_page:
        number = _parse_int(raw_per_page)
        if number is None:
            errors.append(FieldError(PER_PAGE_PARAM, "Results per page must be a whole number"))
        else:
            per_page = max(1, min(WEB_MAX_PER_PAGE, number))
            per_page_given = per_page != default_per_page

    raw_page = _first(args, PAGE_PARAM)
    page = 1
    if raw_page:
        number = _parse_int(raw_page)
        if number is None:
            errors.append(FieldError(PAGE_PARAM, "Page must be a whole number"))
        else:
            page = max(1, number)
    last_allowed = max(1, PAGED_RESULTS // per_page)
    if page > last_allowed:
        notices.append(
            f"Only the first {PAGED_RESULTS:,} results can be paged through; narrow your search or download them all."
        )
        page = last_allowed

    request = SearchRequest(
        query=query,
        filters=filters,
        year_from=year_from,
        year_to=year_to,
        sort=sort,
        page=page,
        per_page=per_page,
        facets=facets if facets is not None else tuple(f.name for f in FACETS),
    )
    return SearchArgs(
        request=request,
        errors=tuple(errors),
        notices=tuple(notices),
        raw_from=raw_from,
        raw_to=raw_to,
        per_page_given=per_page_given,
    )


def parse_page(args: Mapping, per_page: int, total: int) -> tuple[int, int]:
    """(page, pages) of a list of `total` items shown `per_page` at a time: the
    `page` parameter clamped into 1..pages by the same rule as a search's."""
    pages = max(1, -(-total // max(1, per_page)))
    number = _parse_int(_first(args, PAGE_PARAM)) or 1
    return max(1, min(pages, number)), pages


def parse_per_page(args: Mapping, default: int) -> int:
    """The `per_page` parameter clamped into 1..WEB_MAX_PER_PAGE (the default when absent or not a number)."""
    number = _parse_int(_first(args, PER_PAGE_PARAM))
    return max(1, min(WEB_MAX_PER_PAGE, default if number is None else number))


def facet_label(name: str) -> str:
    if name == FROM_PARAM:
        return "From year"
    if name == TO_PARAM:
        return "To year"
    facet = FACETS_BY_NAME.get(name)
    return facet.label if facet else name
