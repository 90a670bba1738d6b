#!/usr/bin/env bash
# Fuzzes the readers on mutated inputs for as long as asked:
#   bash scripts/fuzz.sh TARGET MINUTES
# TARGET is one of txt md html jsonl warc gzip chunked content-coding charset pdf store, or "all" (the
# minutes are then shared among them). Prints the inputs run per reader, the slow ones and every
# failing input, saved under fuzz-out/ (a failure stops that reader's run; the others go on).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

targets="txt md html jsonl warc gzip chunked content-coding charset pdf store"
target="${1:-}"
minutes="${2:-}"
if [[ -z "$target" || -z "$minutes" || ! " all $targets " =~ " $target " || ! "$minutes" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET MINUTES   (TARGET: all $targets)" >&2
  exit 2
fi

out="$root/fuzz-out/$(date -u +%Y%m%d-%H%M%S)-$target"
mkdir -p "$out"
dotnet build tests/Lineage.Tests -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
LINEAGE_FUZZ_TARGET="$target" LINEAGE_FUZZ_MINUTES="$minutes" LINEAGE_FUZZ_OUT="$out" \
  dotnet test tests/Lineage.Tests -c Release --no-build --filter "FullyQualifiedName~ReaderFuzzTests" >"$out/test.log" 2>&1
status=$?

printf '%-16s %12s %6s  %s\n' reader inputs slow result
total=0
while IFS=$'\t' read -r name inputs slow result; do
  printf '%-16s %12s %6s  %s\n' "$name" "$inputs" "$slow" "$result"
  total=$((total + inputs))
done < <(sort "$out/tally.tsv" 2>/dev/null)
echo "total inputs: $total"
if [[ -d "$out/failures" ]]; then
  echo "inputs saved in $out/failures:"
  ls -1 "$out/failures"
fi
exit $status
