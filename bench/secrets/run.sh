#!/usr/bin/env bash
# Side-by-side benchmark: Debian's git-secrets 1.3.0 against Rampart's git-secrets on the shared
# generated repository (10,000 commits, seed 1), with the shared timing script. Usage:
#   bench/secrets/run.sh [REPO] [extra bench_git_secrets.py options…]
# REPO defaults to /tmp/rampart-bench-secrets and is generated when missing (about 20 s; never
# commit it). Rampart runs as the NativeAOT binary in .rampart/aot/, published (incrementally) on
# every run; RAMPART_BIN=PATH times a given binary instead.
# Before timing, it checks that Rampart's stdout, stderr and exit code equal git-secrets' for
# --scan and --scan-history (byte for byte).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${RAMPART_SHARED:-$root/../shared}/bench/secrets"
repo="${1:-/tmp/rampart-bench-secrets}"
shift || true
aot="${RAMPART_BIN:-$root/.rampart/aot/rampart}"
if [ -z "${RAMPART_BIN:-}" ]; then
  # Always publish (incremental when nothing changed), so a stale binary is never timed.
  dotnet publish "$root/src/Rampart.Cli" -r linux-x64 -c Release -p:PublishAot=true \
    -p:CppCompilerAndLinker=clang-14 -o "$root/.rampart/aot" --nologo -v q >&2
fi
if [ ! -d "$repo" ]; then
  python3 "$shared/gen_history_repo.py" "$repo" >&2
fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" GIT_CONFIG_NOSYSTEM=1
unset XDG_CONFIG_HOME
cd "$repo"
git config --get-all secrets.patterns >/dev/null || git-secrets --register-aws >/dev/null
for mode in --scan --scan-history; do
  set +e
  git-secrets "$mode" >"$home/gs.out" 2>"$home/gs.err"; gs=$?
  "$aot" secrets "$mode" >"$home/r.out" 2>"$home/r.err"; r=$?
  set -e
  if [ "$gs" != "$r" ] || ! cmp -s "$home/gs.out" "$home/r.out" || ! cmp -s "$home/gs.err" "$home/r.err"; then
    echo "MISMATCH on $mode: exit $gs vs $r" >&2
    diff "$home/gs.err" "$home/r.err" | head -20 >&2
    exit 1
  fi
  echo "identical output for $mode ($(wc -l <"$home/r.err") stderr lines, exit $r)" >&2
done
cd "$root"
python3 "$shared/bench_git_secrets.py" "$repo" \
  --extra "rampart-scan=$aot secrets --scan" \
  --extra "rampart-history=$aot secrets --scan-history" "$@"
