#!/usr/bin/env bash
# Times `rampart secrets scan` (working tree and --history) on the shared synthetic 10,000-commit
# repository, interleaved with git-secrets and the git grep / git log -p floors, then checks the
# scanner's history findings against the generator's manifest.
#
#   bench/secrets-scanner/run.sh [REPO [bench_git_secrets.py options…]]
#                                    # REPO default: /tmp/rampart-scan-bench (generated if absent)
#   RAMPART_SCAN='dotnet /path/scan.dll' bench/secrets-scanner/run.sh   # another way to run `secrets scan`
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${RAMPART_SHARED:-$root/../shared}
repo=${1:-/tmp/rampart-scan-bench}
shift || true
scan=${RAMPART_SCAN:-"$root/rampart secrets scan"}

[ -d "$repo" ] || python3 "$shared/bench/secrets/gen_history_repo.py" "$repo"
python3 "$shared/bench/secrets/bench_git_secrets.py" "$repo" --no-check "$@" \
  --extra "rampart-scan=$scan ." \
  --extra "rampart-history=$scan --history ."
(cd "$repo" && $scan --history --format json --no-redact > "$repo.findings.json") || [ $? -eq 1 ]
python3 "$here/check_manifest.py" "$repo.manifest.json" "$repo.findings.json"
