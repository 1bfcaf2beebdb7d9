"""Web app: no request, however odd, gets a server error; the API keeps its documented shapes.

Hypothesis throws random paths, path segments and query parameters (known
names with random values, random names, repeated values, control and
non-ASCII characters) at every GET route of the app. Schemathesis reads
/api/openapi.json and checks every documented operation through the WSGI
app: no 5xx, documented status codes, content types and response bodies
that match the documented schemas.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import checks as schemathesis_checks
from test_web_corpus import app, site  # noqa: F401

from search_app.search.contract import FACETS
from search_app.web.params import SCALAR_PARAMS

KNOWN_PARAMS = tuple(SCALAR_PARAMS) + tuple(f.name for f in FACETS) + ("facet", "format", "limit", "title")
EXAMPLES_PER_ROUTE = 100

# Any text, including the characters that break naive code: quotes, brackets,
# query operators, control characters, lone surrogates are not sendable in a URL.
_any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
_tricky_text = st.one_of(
    _any_text,
    st.sampled_from(
        [
            '"',
            '"unclosed',
            "(",
            ")",
            "-",
            "--",
            "OR",
            "AND",
            "NOT",
            "*",
            "?",
            ":",
            "\\",
            "a OR",
            "OR OR",
            '-"',
            "title:x",
            "[1 TO 2]",
            "year:IN [",
            "\x00",
            "%",
            "%00",
            "0",
            "-1",
            "99999999999999999999",
            "1e9",
            "2019",
            "١٢٣٤",
            "NaN",
            "  ",
            "\u202e",
            "x" * 600,
        ]
    ),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
)
_params = st.lists(
    st.tuples(st.one_of(st.sampled_from(KNOWN_PARAMS), _any_text.filter(bool)), _tricky_text),
    max_size=8,
)
_path_segment = st.one_of(_tricky_text, st.just(""), st.just("a1" * 8 + "-001")).map(lambda s: quote(s, safe=""))

ROBUST = settings(
    max_examples=EXAMPLES_PER_ROUTE, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


def get_routes(app) -> list[str]:
    routes = []
    for rule in app.url_map.iter_rules():
        if "GET" in (rule.methods or ()) and rule.endpoint != "static":
            routes.append(rule.rule)
    return sorted(routes)


def fill(rule: str, segment: str) -> str:
    """The route with every <converter:name> part replaced by `segment`."""
    out, depth = [], 0
    for char in rule:
        if char == "<":
            depth += 1
            out.append(segment or "x")
        elif char == ">":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def assert_not_a_server_error(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500, (url, response.status_code, response.get_data(as_text=True)[:500])
    if response.status_code >= 400 and response.mimetype == "application/json":
        body = response.get_json()
        assert body["error"]["status"] == response.status_code and body["error"]["message"]
    response.get_data()  # streamed exports run to their end inside the request
    response.close()


def test_every_get_route_is_covered(app):
    routes = get_routes(app)
    for expected in ("/", "/api/search", "/api/facets", "/search.csv", "/lessons/<lesson_id>", "/themes"):
        assert expected in routes
    assert len(routes) >= 15


def pytest_generate_tests(metafunc):
    if "route" in metafunc.fixturenames:
        from search_app.settings import Settings
        from search_app.web import create_app

        routes = get_routes(create_app(Settings.load({}, environ={})))
        metafunc.parametrize("route", routes)


# Routes that build whole documents (a briefing is clustered and rendered) get fewer examples.
EXAMPLES_FOR_SLOW_ROUTES = {"/briefing": 25}


def test_random_parameters_never_give_a_server_error(app, route):
    client = app.test_client()

    @settings(ROBUST, max_examples=EXAMPLES_FOR_SLOW_ROUTES.get(route, EXAMPLES_PER_ROUTE))
    @given(segment=_path_segment, params=_params)
    def check(segment: str, params: list[tuple[str, str]]) -> None:
        query = urlencode(params)
        assert_not_a_server_error(client, fill(route, segment) + ("?" + query if query else ""))

    check()


@ROBUST
@given(path=st.lists(_tricky_text.map(lambda s: quote(s, safe="")), min_size=1, max_size=4))
def test_random_paths_never_give_a_server_error(app, path):
    assert_not_a_server_error(app.test_client(), "/" + "/".join(path))


def test_raw_bytes_in_the_query_string_are_not_a_server_error(app):
    client = app.test_client()
    for raw in (b"q=%ff%fe", b"q=%C0%AF", b"%ff=1", b"q=%00", b"review_type=%e9t%e9&page=%ff", b"q=" + b"%e2%82" * 300):
        for route in ("/", "/api/search", "/search.csv", "/search.json", "/search.atom", "/api/facets"):
            response = client.get(route + "?" + raw.decode("ascii"))
            assert response.status_code < 500, (route, raw, response.status_code)
            response.get_data()
            response.close()


# ---------------------------------------------------------------- schemathesis


API_CHECKS = [
    schemathesis_checks.not_a_server_error,
    schemathesis_checks.status_code_conformance,
    schemathesis_checks.content_type_conformance,
    schemathesis_checks.response_schema_conformance,
]
API_OPERATIONS = (
    "GET /api/search",
    "GET /api/facets",
    "GET /api/lessons/{lesson_id}",
    "GET /api/reviews/{review_id}",
    "GET /api/themes",
    "GET /healthz",
)


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def test_openapi_lists_the_operations_checked_here(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == set(API_OPERATIONS)


@pytest.mark.parametrize("label", API_OPERATIONS)
def test_api_matches_its_openapi_description(api_schema, label):
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label

    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case) -> None:
        case.call_and_validate(checks=API_CHECKS)

    check()
