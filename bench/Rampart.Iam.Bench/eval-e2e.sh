#!/usr/bin/env bash
# End-to-end timing of `rampart iam eval --jsonl` on shared/bench/iam/realistic-933.jsonl, as the
# reference figure was taken (process start to exit, output to /dev/null).
# Usage: eval-e2e.sh [RUNS] [jit|r2r|aot]
#   jit  the ordinary Release build (what ./rampart runs)
#   r2r  published ReadyToRun (ahead-of-time compiled IL, less JIT at start-up)
#   aot  published Native AOT (needs clang and zlib1g-dev: apt-get install clang lld zlib1g-dev)
# RAMPART_BIN=PATH times that binary instead of publishing one (to compare two builds side by side).
# Prints each run's wall time and the median rate.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${RAMPART_SHARED:-$root/../shared}"
input="$shared/bench/iam/realistic-933.jsonl"
runs="${1:-7}"
mode="${2:-jit}"
out="$root/.rampart/bench-cli-$mode"
project="$root/src/Rampart.Cli/Rampart.Cli.csproj"
if [ -n "${RAMPART_BIN:-}" ]; then
  mode="$mode (given binary $RAMPART_BIN)"
else
case "$mode" in
  jit) dotnet build "$project" -c Release -o "$out" --nologo -v q >/dev/null ;;
  r2r) dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" --nologo -v q >/dev/null ;;
  aot) dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -o "$out" --nologo -v q >/dev/null ;;
  *) echo "mode must be jit, r2r or aot" >&2; exit 2 ;;
esac
fi
cases=$(grep -c . "$input")
bin="${RAMPART_BIN:-$out/rampart}"
"$bin" iam eval --jsonl "$input" >/dev/null   # warm the file cache
times=()
for _ in $(seq "$runs"); do
  # bash's clock, not $(date): each date process costs ~1 ms, which the old timing counted.
  start=${EPOCHREALTIME/[.,]/}
  "$bin" iam eval --jsonl "$input" >/dev/null
  end=${EPOCHREALTIME/[.,]/}
  us=$(( end - start ))
  times+=("$us")
  echo "run: $(awk -v us="$us" 'BEGIN {printf "%.1f", us / 1000}') ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk -v cases="$cases" -v mode="$mode" '
  {a[NR] = $1}
  END {
    median = a[int((NR + 1) / 2)]; best = a[1]
    printf "mode: %s; cases: %d; median wall: %.1f ms (%d decisions/s); best: %.1f ms (%d decisions/s); reference 830/s, 50x = 41,500/s\n",
      mode, cases, median / 1000, cases * 1e6 / median, best / 1000, cases * 1e6 / best
  }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
