#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "N passed, N failed, N skipped".
# Exits non-zero when any test fails or the build breaks.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Tools the tests run as child processes (pdftotext); quick when already there, never fails.
bash "$root/scripts/setup.sh"

# A throwaway PostgreSQL for the store tests, stopped on exit (LINEAGE_SKIP_POSTGRES=1 leaves them out).
source "$root/scripts/postgres.sh"
postgres_start
trap postgres_stop EXIT
# LINEAGE_SKIP_BROWSER=1 leaves out the HTML report's tests in headless chromium.
filters=()
if [[ "${LINEAGE_SKIP_POSTGRES:-}" == "1" ]]; then filters+=("Category!=Postgres"); fi
if [[ "${LINEAGE_SKIP_BROWSER:-}" == "1" ]]; then filters+=("Category!=Browser"); fi
if (( ${#filters[@]} > 0 )); then set -- --filter "$(IFS='&'; echo "${filters[*]}")" "$@"; fi

# The code's layout is checked like a test: whitespace and line breaks as .editorconfig says
# (style rules are enforced by the build itself). A difference is counted as one failure.
format_failed=0
if ! dotnet format whitespace --folder --verify-no-changes -v q; then
  echo "code format: the files above differ from .editorconfig; run: dotnet format whitespace --folder" >&2
  format_failed=1
fi

# The benchmark project uses the engine's types; a change that breaks its build counts as one failure.
bench_failed=0
if ! dotnet build bench/Lineage.Bench -c Release -v q -nologo >/tmp/lineage-bench-build.log 2>&1; then
  grep -E " error " /tmp/lineage-bench-build.log | sort -u >&2
  echo "bench: bench/Lineage.Bench does not build" >&2
  bench_failed=1
fi

results="$root/TestResults"
rm -rf "$results"
dotnet test Lineage.slnx -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?

trx=$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)
if [[ -z "$trx" ]]; then
  echo "no test results were written (build failure?)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
passed=$(count passed)
failed=$(count failed)
total=$(count total)
executed=$(count executed)
errors=$(count error)
skipped=$(( total - executed ))
failed=$(( failed + errors + format_failed + bench_failed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if (( status != 0 || failed > 0 )); then exit 1; fi
if (( passed == 0 )); then echo "no test ran" >&2; exit 1; fi
exit 0
