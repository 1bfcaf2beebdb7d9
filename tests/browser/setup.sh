#!/usr/bin/env bash
# Installs what the browser tests (tests/test_web_browser.py) need: Playwright
# for Python (driving Debian's chromium, never a downloaded browser) and
# axe-core from npm into tests/browser/node_modules (gitignored).
# Runs as part of `make test`; safe to run again; does nothing when all is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "the browser tests need Debian's chromium (apt-get install chromium, as root)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# Playwright's Python package only: the browser is Debian's /usr/bin/chromium.
if ! "$python" -c "import playwright.sync_api" 2>/dev/null; then
  "$python" -m pip install --quiet "playwright>=1.40"
fi

if [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null; then
    echo "the browser tests need npm to install axe-core (apt-get install npm)" >&2
    exit 1
  fi
  npm install --prefix "$here" --no-save --no-audit --no-fund --silent "axe-core@4" >/dev/null
fi
