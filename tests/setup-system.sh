#!/usr/bin/env bash
# Installs the system tools the tests need, from Debian's packages, when missing.
# Runs as part of `make test`; safe to run again.
set -euo pipefail
need=()
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
# A real search node for the Elasticsearch backend's tests (tests/es): Java 17 and Maven.
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
# Elasticsearch refuses to run as root: under root its test node drops to nobody with setpriv.
command -v setpriv >/dev/null || need+=(util-linux)
# Load tests of the production server.
command -v wrk >/dev/null || need+=(wrk)
# WeasyPrint (PDF briefings) needs Pango and HarfBuzz; fonts for readable PDFs.
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "tests need: ${need[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
