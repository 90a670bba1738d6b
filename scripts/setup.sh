#!/usr/bin/env bash
# Installs the tools Lineage and its tests run as child processes, from Debian's packages:
#   pdftotext (poppler-utils) for PDF input;
#   chromium, the browser the HTML report's tests drive headless;
#   networkx (python3-networkx), the reader the GraphML and GEXF tests read the graphs back with.
# Idempotent and quick when the tools are already there. Never fails the caller: without
# pdftotext, PDF files are reported as unreadable ("pdftotext not found") and the tests check that
# message instead; without chromium, the browser tests fail saying how to install it
# (LINEAGE_SKIP_BROWSER=1 leaves them out); without networkx, the graph read-back tests are skipped.
set -uo pipefail

updated=0

# present COMMAND: the command runs here; for a Python module (python3-NAME), a python3 imports it:
# the one on PATH, else the system's, where Debian installs the module.
present() {
  case "$1" in
    python3-*)
      local module="${1#python3-}"
      python3 -c "import $module" >/dev/null 2>&1 || /usr/bin/python3 -c "import $module" >/dev/null 2>&1 ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

# install COMMAND PACKAGE WHAT-IT-IS-FOR
install() {
  local command="$1" package="$2" purpose="$3"
  if present "$command"; then return 0; fi
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
  if ! present "$command"; then
    note "$package installed but $command is still not found"
  fi
}

install pdftotext poppler-utils "PDF input"
install python3-networkx python3-networkx "reading GraphML and GEXF back in the tests"
if [[ "${LINEAGE_SKIP_BROWSER:-}" != "1" ]]; then
  install chromium chromium "the HTML report's browser tests"
fi
exit 0
