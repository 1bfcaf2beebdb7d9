"""Takes the README's screenshots of a running site with headless Chromium.

    make run                                   # serves the sample corpus on :5000
    .venv/bin/python docs/screenshots.py http://127.0.0.1:5000

Writes docs/screenshot-results.png (a search with a filter) and
docs/screenshot-lesson.png (the first result's lesson page). Uses Debian's
chromium through Playwright, as the browser tests do (tests/browser/setup.sh
installs them), under the site's own Content-Security-Policy.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent
SEARCH = {"q": "bruising baby", "kind": "finding"}


def main(base: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
        tab = context.new_page()
        tab.goto(f"{base.rstrip('/')}/?{urlencode(SEARCH)}")
        tab.screenshot(path=str(HERE / "screenshot-results.png"))
        tab.locator(".result__title a").first.click()
        tab.wait_for_load_state()
        tab.screenshot(path=str(HERE / "screenshot-lesson.png"))
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000")
