"""Shared test fixtures: settings on a temporary data folder, sample lessons,
and search backends on real engines (an embedded Tantivy index; an
Elasticsearch 8 node and an OpenSearch 2 node, see tests/es/node.py).

Keep this file general; fixtures for one area belong in that area's tests.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pytest

from search_app.search.contract import IndexedLesson, SearchBackend
from search_app.settings import PROJECT_ROOT, Settings

TAXONOMY_PATH = PROJECT_ROOT / "taxonomy.yaml"

# Engines the search contract tests run against: the Tantivy backend, and
# the Elasticsearch backend on Elasticsearch 8 (the official client) and on
# OpenSearch 2 (opensearch-py). The nodes are started once per session (or
# given, see tests/es/node.py); without Java and Maven their tests are
# skipped, except under CI=true, where that is a failure.
SEARCH_BACKENDS = ["tantivy", "elasticsearch", "opensearch"]
# Test engine -> the backend setting that opens it.
BACKEND_OF = {"tantivy": "tantivy", "elasticsearch": "elasticsearch", "opensearch": "elasticsearch"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on an empty temporary data folder, ignoring LESSONS_* variables."""
    return Settings.load({"data_dir": str(tmp_path / "data")}, environ={})


def _lesson(review: dict, ordinal: int, kind: str, label: str, text: str, **extra) -> IndexedLesson:
    return IndexedLesson(
        id=f"{review['review_id']}-{ordinal:03d}",
        ordinal=ordinal,
        kind=kind,
        label=label,
        text=text,
        section=extra.pop("section", "Findings"),
        page_start=extra.pop("page_start", 10 + ordinal),
        page_end=extra.pop("page_end", 10 + ordinal),
        **review,
        **extra,
    )


def make_sample_lessons() -> tuple[IndexedLesson, ...]:
    """Eighteen lessons from five fictional reviews, with varied facets and years."""
    brighton = dict(
        review_id="rev-brighton",
        review_title="Child Harry",
        review_type="SCR",
        area="Brighton & Hove",
        region="South East",
        year=2016,
        published="2016-03-01",
        child="Harry",
    )
    lynn = dict(
        review_id="rev-lynn",
        review_title="Baby Ava",
        review_type="LCSPR",
        area="King's Lynn",
        region="East of England",
        year=2021,
        published="2021-07-15",
        child="Ava",
    )
    north = dict(
        review_id="rev-north",
        review_title="Siblings C and D",
        review_type="LCSPR",
        area="Northshire",
        region="North West",
        year=2022,
        published="2022-01",
        child="C",
    )
    panel = dict(
        review_id="rev-panel",
        review_title="The Myth of Invisible Men",
        review_type="national",
        area="",
        region="",
        year=2020,
        published="2020",
        child="",
    )
    undated = dict(
        review_id="rev-undated",
        review_title="Thematic review of neglect",
        review_type="thematic",
        area="Westmoor",
        region="South West",
        year=None,
        published="",
        child="",
    )
    nai = ("harm.nai_infant",), ("harm",)
    neglect = ("harm.neglect",), ("harm",)
    sharing = ("multi.information_sharing",), ("multi",)
    return (
        _lesson(
            brighton,
            1,
            "finding",
            "Finding 1",
            "The baby was seen with a non-accidental injury, bruising to the face, "
            "and the health visitor did not refer it.",
            themes=nai[0],
            theme_groups=nai[1],
            age_bands=("under 1",),
            agencies=("health",),
        ),
        _lesson(
            brighton,
            2,
            "finding",
            "Finding 2",
            "Police and children's social care did not share information about the father's violence.",
            themes=sharing[0] + ("fam.domestic_abuse",),
            theme_groups=("multi", "fam"),
            agencies=("police", "social_care"),
        ),
        _lesson(
            brighton,
            3,
            "recommendation",
            "Recommendation 1",
            "The partnership should audit referrals of bruising in non-mobile babies.",
            section="Recommendations",
            themes=nai[0],
            theme_groups=nai[1],
            age_bands=("under 1",),
        ),
        _lesson(
            brighton,
            4,
            "learning_point",
            "Learning point 1",
            "A page of notes contained <script>alert(1)</script> & other markup <b>bold</b>.",
            themes=(),
            theme_groups=(),
        ),
        _lesson(
            lynn,
            1,
            "finding",
            "Finding 1",
            "An NAI was suspected after a fracture in a four month old baby; the skeletal survey was delayed.",
            themes=nai[0],
            theme_groups=nai[1],
            age_bands=("under 1",),
            agencies=("health", "police"),
        ),
        _lesson(
            lynn,
            2,
            "finding",
            "Finding 2",
            "The visitor from health services saw the children at home but nobody asked "
            "about the mother's new partner.",
            themes=("fam.male_carers",),
            theme_groups=("fam",),
            age_bands=("1-4",),
            agencies=("health",),
        ),
        _lesson(
            lynn,
            3,
            "good_practice",
            "Good practice",
            "The school nurse recorded the child's behaviour carefully and shared it.",
            themes=sharing[0],
            theme_groups=sharing[1],
            age_bands=("5-10",),
            agencies=("education", "health"),
        ),
        _lesson(
            lynn,
            4,
            "recommendation",
            "Recommendation 2",
            "Health visitors should ask about every adult in the household.",
            section="Recommendations",
            themes=("fam.male_carers",),
            theme_groups=("fam",),
            agencies=("health",),
        ),
        _lesson(
            north,
            1,
            "finding",
            "Finding 1",
            "Chronic neglect of both siblings went unchallenged for years; the school raised concerns about hunger.",
            themes=neglect[0],
            theme_groups=neglect[1],
            age_bands=("5-10", "11-15"),
            agencies=("education", "social_care"),
        ),
        _lesson(
            north,
            2,
            "finding",
            "Finding 2",
            "Their disruptive behavior at school was seen as naughtiness, not a sign of neglect.",
            themes=neglect[0],
            theme_groups=neglect[1],
            age_bands=("11-15",),
            agencies=("education",),
        ),
        _lesson(
            north,
            3,
            "learning_point",
            "Learning point 1",
            "Police attended the home eleven times; each call was treated on its own.",
            themes=sharing[0],
            theme_groups=sharing[1],
            agencies=("police",),
        ),
        _lesson(
            north,
            4,
            "recommendation",
            "Recommendation 1",
            "Agencies should use the neglect toolkit at every review.",
            section="Recommendations",
            themes=neglect[0],
            theme_groups=neglect[1],
            agencies=("social_care",),
        ),
        _lesson(
            panel,
            1,
            "finding",
            "Finding 1",
            "Fathers and male carers were invisible to the agencies working with the baby; "
            "non-accidental injury was mostly inflicted by men.",
            themes=nai[0] + ("fam.male_carers",),
            theme_groups=("harm", "fam"),
            age_bands=("under 1",),
            agencies=("health", "social_care"),
        ),
        _lesson(
            panel,
            2,
            "recommendation",
            "Recommendation 1",
            "Practitioners should find out who lives in the household and assess fathers.",
            section="Recommendations",
            themes=("fam.male_carers",),
            theme_groups=("fam",),
        ),
        _lesson(
            panel,
            3,
            "learning_point",
            "Learning point 1",
            "Information sharing between police and health must be timely.",
            themes=sharing[0],
            theme_groups=sharing[1],
            agencies=("police", "health"),
        ),
        _lesson(
            undated,
            1,
            "finding",
            "Finding 1",
            "Neglect is often chronic and cumulative; professionals became used to it.",
            themes=neglect[0],
            theme_groups=neglect[1],
        ),
        _lesson(
            undated,
            2,
            "learning_point",
            "Learning point 1",
            "Early help did not look at the naïve café-style drop-in, which families trusted.",
            themes=(),
            theme_groups=(),
            agencies=("early_help",),
        ),
        _lesson(
            undated,
            3,
            "recommendation",
            "Recommendation 1",
            "Supervision should challenge optimism about parents' capacity to change.",
            section="Recommendations",
            themes=neglect[0],
            theme_groups=neglect[1],
            agencies=("social_care",),
        ),
    )


@pytest.fixture(scope="session")
def sample_lessons() -> tuple[IndexedLesson, ...]:
    return make_sample_lessons()


def search_node_or_skip(engine: str):
    """The session's node of `engine` ("elasticsearch" or "opensearch"), see tests/es/node.py."""
    from tests.es.node import node_or_skip, shared_node

    return node_or_skip(lambda: shared_node(engine))


def open_test_backend(name: str, location: Path) -> SearchBackend:
    """A backend of test engine `name` (one of SEARCH_BACKENDS) whose storage
    is tied to `location`.

    Two calls with the same location give two instances on the same index,
    as a web server and the nightly job would have.
    """
    from search_app.search import open_backend

    overrides = {"data_dir": str(location), "backend": BACKEND_OF[name], "taxonomy": str(TAXONOMY_PATH)}
    if BACKEND_OF[name] == "elasticsearch":
        overrides.update(search_node_or_skip(name).settings())
        location.mkdir(parents=True, exist_ok=True)
        marker = location / "es_index_name"
        if not marker.exists():
            marker.write_text(f"lessons-test-{uuid.uuid4().hex[:12]}")
        overrides["es_index"] = marker.read_text()
    return open_backend(Settings.load(overrides, environ={}))


@pytest.fixture(params=SEARCH_BACKENDS)
def backend_location(request, tmp_path: Path) -> tuple[str, Path]:
    """(engine name, storage location) for a fresh, empty index."""
    return request.param, tmp_path / "search"


@pytest.fixture
def backend(backend_location):
    """An empty search backend on a real engine."""
    instance = open_test_backend(*backend_location)
    yield instance
    instance.close()


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def loaded_backend(request, tmp_path_factory):
    """A backend holding the sample lessons, shared by a module's read-only tests."""
    instance = open_test_backend(request.param, tmp_path_factory.mktemp("search"))
    instance.rebuild(make_sample_lessons())
    yield instance
    instance.close()


# --- parallel runs (pytest-xdist: `-n auto --dist loadgroup`) -------------
# The scheduler below sends each module's tests to one worker, so a module's
# fixtures are made once. The tests that use search server nodes are one
# group, run by one worker: the session's nodes start once, as in a run
# without workers, and no two workers race for the nodes' ports. A test is in
# that group when an engine parameter names a node (`[elasticsearch]`,
# `[opensearch-...]`), or when its module or itself is listed here: a test
# that uses the nodes without such a parameter must be listed.
NODE_GROUP = "search-nodes"
NODE_MODULES = {
    "test_elastic_backend.py",
    "test_elastic_cluster.py",
    "test_relevance_eval.py",
    "test_search_semantic.py",
}
NODE_TESTS = {
    "test_relevance.py::test_both_engines_rank_alike",
    "test_production_faults.py::test_elasticsearch_node_stopped_mid_load_gives_503_then_recovers_by_itself",
}
_NODE_PARAMETER = re.compile(r"\[(?:.*-)?(?:elasticsearch|opensearch)(?:-.*)?\]$")


def xdist_scope(nodeid: str) -> str:
    """The unit of work a test belongs to: its module, or the search nodes' group."""
    path, _, test = nodeid.partition("::")
    module = path.rsplit("/", 1)[-1]
    if module in NODE_MODULES or f"{module}::{test.split('[')[0]}" in NODE_TESTS or _NODE_PARAMETER.search(test):
        return NODE_GROUP
    return path


def pytest_xdist_make_scheduler(config, log):
    """Under `--dist loadgroup`, units of work by `xdist_scope` (whole units go to one worker)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModuleAndNodesScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    return ModuleAndNodesScheduling(config, log)


# --- under CI nothing may skip for a missing tool -------------------------


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With CI=true a skipped test is a failure: CI installs every tool the tests need."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") == "true" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where every tool must be installed: {reason}"
