#!/usr/bin/env bash
# `make run`'s OCR step: installs Tesseract and Poppler from Debian's packages when
# they are missing and this user may (root, or sudo without a password). Otherwise
# it says so and succeeds: the scanned sample reviews are listed by the ingest,
# with the one command that installs OCR, and everything else is served.
set -uo pipefail
command -v tesseract >/dev/null && command -v pdftoppm >/dev/null && exit 0
packages=(tesseract-ocr tesseract-ocr-eng poppler-utils)
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "==> OCR (Tesseract, Poppler) is not installed and needs root; the scanned sample reviews will wait for it."
  echo "    Install it with:  sudo apt-get install ${packages[*]}"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "==> OCR (Tesseract, Poppler) is not installed; install them with your system's packages."
  exit 0
fi
echo "==> Installing OCR for the scanned sample reviews (apt-get: ${packages[*]}; about a minute)"
if ! { "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; }; then
  echo "    could not install them; the scanned sample reviews will wait for:  sudo apt-get install ${packages[*]}"
fi
exit 0
