#!/usr/bin/env bash
# Installs the tools Lineage runs as child processes: pdftotext (Debian's poppler-utils) for PDF
# input. Idempotent and quick when the tool is already there. Never fails the caller: without the
# tool, PDF files are reported as unreadable ("pdftotext not found") and the tests check that
# message instead of real extraction.
set -uo pipefail

if command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi

note() { echo "setup: $*; PDF input is unavailable and its tests check the 'pdftotext not found' problem instead." >&2; }

if [[ "$(id -u)" != "0" ]]; then
  note "pdftotext is missing and installing poppler-utils needs root (run: sudo apt-get install poppler-utils)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  note "pdftotext is missing and apt-get is not available (install poppler-utils with your package manager)"
  exit 0
fi

echo "setup: installing poppler-utils (pdftotext) with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq >/dev/null 2>&1; then
  note "apt-get update failed"
  exit 0
fi
if ! apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null 2>&1; then
  note "apt-get install poppler-utils failed"
  exit 0
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  note "poppler-utils installed but pdftotext is still not on PATH"
fi
exit 0
