#!/usr/bin/env python3
"""Records git-secrets' behaviour for every scenario in scenarios.py into git-secrets-1.3.0.jsonl.

Usage: python3 conformance/secrets/record.py [--git-secrets PATH] [--out FILE] [NAME_SUBSTRING...]

Needs Debian's git-secrets 1.3.0 (`apt-get install -y git-secrets`). Each scenario runs in a fresh
temp folder ROOT: ROOT/work is the current directory, ROOT/home is HOME, ROOT/bin/git-secrets links
to the git-secrets under test. Author/committer names and dates are fixed, the system git config is
ignored, and every occurrence of ROOT in the output is written as /ROOT, so a replay with another
implementation (tests/Rampart.Secrets.Tests/GitSecrets/ConformanceTests.cs) can compare bytes.
The first line is a header (versions and the bash prelude every scenario starts with).
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenarios  # noqa: E402

FIXED_ENV = {
    "LANG": "C.UTF-8",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "A U Thor",
    "GIT_AUTHOR_EMAIL": "author@example.com",
    "GIT_AUTHOR_DATE": "2020-01-02T03:04:05Z",
    "GIT_COMMITTER_NAME": "C O Mitter",
    "GIT_COMMITTER_EMAIL": "committer@example.com",
    "GIT_COMMITTER_DATE": "2020-01-02T03:04:05Z",
}


def text(data):
    try:
        return {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


def run_one(s, git_secrets):
    root = tempfile.mkdtemp(prefix="gs-conf-")
    try:
        for d in ("work", "home", "bin"):
            os.mkdir(os.path.join(root, d))
        os.symlink(git_secrets, os.path.join(root, "bin", "git-secrets"))
        env = dict(FIXED_ENV, HOME=os.path.join(root, "home"),
                   PATH=os.path.join(root, "bin") + ":/usr/local/bin:/usr/bin:/bin")
        cwd = os.path.join(root, "work")
        setup = subprocess.run(["bash", "-c", scenarios.PRELUDE + s["setup"]], cwd=cwd, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True)
        if setup.returncode != 0:
            print(f"setup failed for {s['name']!r}: {setup.stderr.decode(errors='replace')}", file=sys.stderr)
        p = subprocess.run(["bash", "-c", scenarios.PRELUDE + s["cmd"]], cwd=cwd, env=env,
                           input=(s["stdin"] or "").encode(), capture_output=True, timeout=120)
        norm = lambda b: b.replace(root.encode(), b"/ROOT")  # noqa: E731
        return {"name": s["name"], "setup": s["setup"], "cmd": s["cmd"], "stdin": s["stdin"],
                "exit": p.returncode, "stdout": text(norm(p.stdout)), "stderr": text(norm(p.stderr))}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--git-secrets", default="/usr/bin/git-secrets")
    ap.add_argument("--out", default=os.path.join(here, "git-secrets-1.3.0.jsonl"))
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "git-secrets"], capture_output=True, text=True).stdout
    git = subprocess.run(["git", "--version"], capture_output=True, text=True).stdout.strip()
    names = [s["name"] for s in scenarios.S]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate scenario names: {sorted(dupes)}")
    header = {"kind": "header", "git_secrets": version, "git": git, "prelude": scenarios.PRELUDE,
              "env": FIXED_ENV, "scenarios": len(scenarios.S)}
    chosen = [s for s in scenarios.S if not a.only or any(o in s["name"] for o in a.only)]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(json.dumps(header, ensure_ascii=False) + "\n")
        for s in chosen:
            f.write(json.dumps(run_one(s, a.git_secrets), ensure_ascii=False) + "\n")
    print(f"recorded {len(chosen)} scenarios with git-secrets {version}, {git} -> {a.out}")


if __name__ == "__main__":
    main()
