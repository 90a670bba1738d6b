#!/usr/bin/env bash
# Installs the tools Lineage and its tests run as child processes, from Debian's packages:
#   pdftotext (poppler-utils) for PDF input;
#   chromium, the browser the HTML report's tests drive headless.
# Idempotent and quick when the tools are already there. Never fails the caller: without
# pdftotext, PDF files are reported as unreadable ("pdftotext not found") and the tests check that
# message instead; without chromium, the browser tests fail saying how to install it
# (LINEAGE_SKIP_BROWSER=1 leaves them out).
set -uo pipefail

updated=0

# install COMMAND PACKAGE WHAT-IT-IS-FOR
install() {
  local command="$1" package="$2" purpose="$3"
  if command -v "$command" >/dev/null 2>&1; then return 0; fi
  note() { echo "setup: $*; $purpose is unavailable." >&2; }
  if [[ "$(id -u)" != "0" ]]; then
    note "$command is missing and installing $package needs root (run: sudo apt-get install $package)"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    note "$command is missing and apt-get is not available (install $package with your package manager)"
    return 0
  fi
  echo "setup: installing $package ($command) with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  if (( updated == 0 )); then
    if ! apt-get update -qq >/dev/null 2>&1; then
      note "apt-get update failed"
      return 0
    fi
    updated=1
  fi
  if ! apt-get install -y -qq --no-install-recommends "$package" >/dev/null 2>&1; then
    note "apt-get install $package failed"
    return 0
  fi
  if ! command -v "$command" >/dev/null 2>&1; then
    note "$package installed but $command is still not on PATH"
  fi
}

install pdftotext poppler-utils "PDF input"
if [[ "${LINEAGE_SKIP_BROWSER:-}" != "1" ]]; then
  install chromium chromium "the HTML report's browser tests"
fi
exit 0
