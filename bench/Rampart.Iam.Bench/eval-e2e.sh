#!/usr/bin/env bash
# End-to-end timing of `rampart iam eval --jsonl` on shared/bench/iam/realistic-933.jsonl, as the
# reference figure was taken (process start to exit, output to /dev/null). Builds the CLI in
# Release first. Prints each run's wall time and the median rate. Usage: eval-e2e.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${RAMPART_SHARED:-$root/../shared}"
input="$shared/bench/iam/realistic-933.jsonl"
runs="${1:-7}"
out="$root/.rampart/bench-cli"
dotnet build "$root/src/Rampart.Cli/Rampart.Cli.csproj" -c Release -o "$out" --nologo -v q >/dev/null
cases=$(grep -c . "$input")
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$out/rampart" iam eval --jsonl "$input" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "cases: $cases; median wall: ${median} ms; rate: $(( cases * 1000 / median )) decisions/s (reference: 830/s; 50x = 41,500/s)"
