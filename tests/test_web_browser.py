"""Web app in a real browser: accessibility (axe-core, WCAG 2.2 AA) and keyboard use.

The pages are served over HTTP from a site ingested from sample corpus files
and loaded in headless Chromium (Debian's package) driven by Playwright.
Installed by tests/browser/setup.sh (which `make test` runs); without those
tools the tests skip with that message, and under CI=true a skip fails.
Every page runs under the app's own Content-Security-Policy (no bypass):
axe-core is evaluated through the browser's debugging protocol, as a
browser extension would run it, not injected as a page script.
A screenshot of the search page with facets is written to tests/artifacts/.
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from test_web_corpus import corpus_app, corpus_settings, live_server  # noqa: F401

HERE = Path(__file__).parent
AXE_SCRIPT = HERE / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = HERE / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SETUP_HINT = "run tests/browser/setup.sh to install the browser test tools"
# The axe-core rule tags of WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _sync_playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(f"Playwright for Python is not installed: {SETUP_HINT}")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}: {SETUP_HINT}")
    if not AXE_SCRIPT.is_file():
        pytest.skip(f"axe-core is not installed at {AXE_SCRIPT}: {SETUP_HINT}")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _sync_playwright()
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    blocked: list[str] = []
    tab.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    yield tab
    context.close()
    assert blocked == [], f"the page broke its own Content-Security-Policy: {blocked}"


def api(base: str, path: str, **params) -> dict:
    query = urlencode(params, doseq=True)
    with urllib.request.urlopen(f"{base}{path}{'?' + query if query else ''}", timeout=10) as response:
        return json.load(response)


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.2 A/AA violations on the loaded page (best practices too)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))  # not a <script>: the page's CSP would refuse it
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'passes']});
            if (r.passes.length < 10) { throw new Error('axe-core checked almost nothing: ' + r.passes.length); }
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
        }""",
        WCAG_TAGS + ["best-practice"],
    )
    return result


def assert_accessible(page, url: str, expect_status: int = 200) -> None:
    response = page.goto(url)
    assert response is not None and response.status == expect_status, (url, response and response.status)
    violations = axe_violations(page)
    assert violations == [], f"{url}: " + json.dumps(violations, indent=1)


@pytest.fixture(scope="module")
def filtered_search(live_server) -> str:
    """A search URL with a query, a theme and a review type ticked, and a year range."""
    everything = api(live_server, "/api/search", per_page=1)
    theme = everything["facets"]["theme"][0]["value"]
    review_type = api(live_server, "/api/search", q="parents", theme=theme)["facets"]["review_type"][0]["value"]
    url = "/?" + urlencode({"q": "parents", "theme": theme, "review_type": review_type, "from": 2010, "to": 2025})
    found = api(live_server, "/api/search", q="parents", theme=theme, review_type=review_type)
    assert found["total"] > 0, "the filtered search must find something to show"
    return url


def test_search_page_without_a_query_has_no_accessibility_violations(page, live_server):
    assert_accessible(page, live_server + "/")
    assert page.locator("input.checkboxes__input").count() > 10


def test_search_page_with_query_filters_and_chips_has_no_violations(page, live_server, filtered_search):
    assert_accessible(page, live_server + filtered_search)
    assert page.locator(".chips .chip").count() == 4  # theme, review type, from, to
    assert page.locator(".result").count() > 0


def test_screenshot_of_the_search_page_with_facets(browser, live_server):
    """A screenshot of the search page with a group of themes open (tests/artifacts/; the README's are taken by docs/screenshots.py)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1100}, locale="en-GB")
    try:
        tab = context.new_page()
        tab.goto(live_server + "/?" + urlencode({"q": "baby", "review_type": "SCR", "from": 2012}))
        tab.locator("details.facet-group").first.evaluate("el => el.open = true")
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / "search-facets.png"
        tab.screenshot(path=str(path))
        assert path.stat().st_size > 20_000
        assert tab.locator(".result").count() > 1 and tab.locator(".chips .chip").count() == 2
    finally:
        context.close()


def test_search_page_with_errors_and_notices_has_no_violations(page, live_server):
    assert_accessible(
        page, live_server + "/?" + urlencode({"q": '"unclosed phrase AND (', "from": "20x", "to": "1800"})
    )
    assert page.locator(".error-summary").count() == 1
    assert page.locator(".notice").count() == 1


def test_search_page_without_results_has_no_violations(page, live_server):
    assert_accessible(page, live_server + "/?q=zzqxjv")
    assert "No lessons found" in page.locator("#result-count").inner_text()


def test_lesson_review_and_themes_pages_have_no_violations(page, live_server):
    hit = api(live_server, "/api/search", q="injury")["results"][0]
    assert_accessible(page, live_server + urlparse(hit["url"]).path.replace("/api/lessons/", "/lessons/"))
    assert_accessible(page, f"{live_server}/reviews/{hit['review_id']}")
    assert_accessible(page, live_server + "/themes")


def test_error_pages_have_no_violations(page, live_server):
    assert_accessible(page, live_server + "/no/such/page", expect_status=404)
    assert "Page not found" in page.title()
    assert_accessible(page, live_server + "/lessons/not-a-lesson", expect_status=404)


def test_narrow_screen_search_page_has_no_violations(browser, live_server, filtered_search):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
    try:
        tab = context.new_page()
        assert_accessible(tab, live_server + filtered_search)
        # No horizontal scrolling at 320 CSS pixels' worth of width (reflow, WCAG 1.4.10).
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        context.close()


# ---------------------------------------------------------------- keyboard

FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary"


def _focused(page) -> dict:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
                    type: el.getAttribute('type'), value: el.value || '', text: (el.innerText || '').trim().slice(0, 60),
                    key: el.dataset.tabKey || '',
                    indicator: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
                               || style.boxShadow !== 'none'};
        }"""
    )


def test_every_visible_control_is_reached_by_tab_with_a_visible_focus_indicator(page, live_server, filtered_search):
    page.goto(live_server + filtered_search)
    expected = page.evaluate(
        """(selector) => {
            let n = 0;
            for (const el of document.querySelectorAll(selector)) {
                // checkVisibility: rendered, and not inside a closed <details> (whose
                // content keeps its boxes under content-visibility: hidden).
                if (el.checkVisibility({visibilityProperty: true}) && !el.disabled && el.tabIndex >= 0) {
                    el.dataset.tabKey = 'k' + (n++);
                }
            }
            return n;
        }""",
        FOCUSABLE,
    )
    assert expected > 20
    reached: list[str] = []
    without_indicator: list[dict] = []
    for _ in range(expected + 20):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if focused["tag"] == "body":
            break
        if focused["key"] and focused["key"] not in reached:
            reached.append(focused["key"])
        if not focused["indicator"]:
            without_indicator.append(focused)
    missing = page.evaluate(
        """(reached) => Array.from(document.querySelectorAll('[data-tab-key]'))
            .filter(el => !reached.includes(el.dataset.tabKey))
            .map(el => el.outerHTML.slice(0, 120))""",
        reached,
    )
    assert missing == [], missing
    assert without_indicator == [], without_indicator
    # Tab order follows the page: the search box comes before the filters, the filters before the results.
    order = page.evaluate(
        """() => ['q', 'review_type-1', 'sort'].map(id => document.getElementById(id)?.dataset.tabKey)"""
    )
    positions = [reached.index(k) for k in order if k]
    assert positions == sorted(positions) and len(positions) == 3


def _tab_to(page, predicate, limit: int = 400) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = _focused(page)
        if predicate(focused):
            return focused
    raise AssertionError("the control was not reached with the Tab key")


def test_keyboard_user_ticks_a_facet_and_the_search_is_submitted(page, live_server):
    page.goto(live_server + "/")
    page.keyboard.press("Tab")
    assert _focused(page)["text"] == "Skip to main content"
    focused = _tab_to(page, lambda f: f["id"] == "q")
    page.keyboard.type("parents")
    box = _tab_to(page, lambda f: f["tag"] == "input" and f["type"] == "checkbox" and f["name"] == "review_type")
    with page.expect_navigation():
        page.keyboard.press("Space")  # ticking applies the filter at once (with scripts on)
    query = parse_qs(urlparse(page.url).query)
    assert query.get("review_type") == [box["value"]] and query.get("q") == ["parents"], page.url
    assert page.locator(f"#review_type-1:checked, input[name=review_type][value='{box['value']}']:checked").count() == 1
    chip = page.locator(".chips .chip")
    assert chip.count() == 1 and "Review type" in chip.inner_text()
    assert focused["tag"] == "input"
    # Focus stays on the filter just ticked, not at the top of the new page.
    after = _focused(page)
    assert (after["name"], after["value"], after["type"]) == ("review_type", box["value"], "checkbox"), after
    page.keyboard.press("Tab")
    assert _focused(page)["tag"] in ("input", "a", "summary", "button")


def test_keyboard_only_without_scripts_ticks_two_facets_and_applies_them(browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(live_server + "/")
        first = _tab_to(tab, lambda f: f["type"] == "checkbox" and f["name"] == "kind")
        tab.keyboard.press("Space")
        tab.keyboard.press("Tab")
        second = _focused(tab)
        assert second["type"] == "checkbox" and second["name"] == "kind"
        tab.keyboard.press("Space")
        _tab_to(tab, lambda f: f["tag"] == "button" and f["text"] == "Apply filters")
        with tab.expect_navigation():
            tab.keyboard.press("Enter")
        query = parse_qs(urlparse(tab.url).query)
        assert sorted(query.get("kind", [])) == sorted([first["value"], second["value"]]), tab.url
        # The results are narrowed to those kinds: the count matches the API's.
        expected = api(live_server, "/api/search", kind=[first["value"], second["value"]])["total"]
        assert f"{expected:,} lesson" in tab.locator("#result-count").inner_text()
    finally:
        context.close()


def test_skip_links_move_focus_to_the_content_and_results(page, live_server):
    page.goto(live_server + "/?q=parents")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    assert page.evaluate("document.getElementById('results').tabIndex") == -1


def test_skip_to_results_is_seen_on_a_desktop_and_reaches_the_first_result_in_a_few_stops(page, live_server):
    page.goto(live_server + "/?q=parents")
    skip = page.locator(".skip-to-results a")
    assert skip.is_visible()
    _tab_to(page, lambda f: f["text"] == "Skip to results", limit=10)
    page.keyboard.press("Enter")
    focused = _tab_to(page, lambda f: f["tag"] == "a", limit=5)
    first_result = page.locator(".result__title a").first.inner_text().strip()
    assert focused["text"] in (first_result[:60], "Filter results"), focused
    if focused["text"] == "Filter results":
        assert _tab_to(page, lambda f: f["tag"] == "a", limit=2)["text"] == first_result[:60]


def test_without_scripts_no_hint_promises_filters_apply_on_their_own(browser, live_server):
    for scripts in (False, True):
        context = browser.new_context(java_script_enabled=scripts, viewport={"width": 1280, "height": 900})
        try:
            tab = context.new_page()
            tab.goto(live_server + "/")
            hint = tab.get_by_text("Results update as soon as you tick")
            assert hint.is_visible() == scripts
        finally:
            context.close()


def test_a_phone_sees_results_first_and_the_filters_behind_a_button(browser, live_server, filtered_search):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB", is_mobile=True)
    try:
        tab = context.new_page()
        tab.goto(live_server + filtered_search)
        first = tab.locator(".result").first.bounding_box()
        assert first["y"] < 844, f"the first result starts {first['y'] / 844:.1f} screens down"
        assert not tab.locator("#filters .facet").first.is_visible()
        button = tab.get_by_role("link", name=re.compile("^Filter results"))
        assert button.is_visible() and "(4 active)" in button.inner_text()
        button.click()
        assert tab.locator("#filters .facet").first.is_visible()
        assert tab.evaluate("document.activeElement.id") == "filters"
        assert button.get_attribute("aria-expanded") == "true"
    finally:
        context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(live_server + filtered_search)
        results, filters = (tab.locator(sel).first.bounding_box() for sel in (".result", "#filters"))
        assert results["y"] < filters["y"]  # without scripts: results first, filters below them
        assert tab.locator("a.filters-toggle__button").get_attribute("href") == "#filters"
    finally:
        context.close()


def test_new_pages_have_no_violations(page, live_server):
    hit = api(live_server, "/api/search", q="Tyler")["results"]
    assert_accessible(page, live_server + "/reviews")
    assert_accessible(page, live_server + "/about")
    unpaged = next(h for h in hit if "/text" in h["url"] or "Tyler" in h["review_title"])
    assert_accessible(page, f"{live_server}/reviews/{unpaged['review_id']}/text?lesson={unpaged['ordinal']}")
