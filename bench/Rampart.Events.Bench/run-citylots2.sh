#!/usr/bin/env bash
# The citylots2 benchmark (../shared/bench/eventbridge/README.md): generates the synthetic data into
# /tmp when it is missing (never into the repository), checks its hash, builds Release and runs.
# Usage: bench/Rampart.Events.Bench/run-citylots2.sh [--warmup N] [--passes N] [--only SET,...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${RAMPART_SHARED:-$repo/../shared}/bench/eventbridge"
data="${CITYLOTS2_DATA:-/tmp/citylots2-synth.jsonl}"
if [ ! -f "$data" ]; then
  python3 "$shared/gen_citylots2_synth.py" "$data.gz"
  gzip -dc "$data.gz" > "$data"
fi
expected=11f83120420e01485410127bda128a925b552da1f17c91156405ef1e45fc6032
actual="$(sha256sum "$data" | cut -d' ' -f1)"
[ "$actual" = "$expected" ] || { echo "citylots2: $data has SHA-256 $actual, expected $expected" >&2; exit 2; }
dotnet build "$here/Rampart.Events.Bench.csproj" -c Release --nologo -v q >/dev/null
exec dotnet "$here/bin/Release/net10.0/Rampart.Events.Bench.dll" citylots2 --data "$data" --shared "$shared" "$@"
