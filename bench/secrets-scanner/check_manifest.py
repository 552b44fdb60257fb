#!/usr/bin/env python3
"""Check `rampart secrets scan --history --format json --no-redact` findings against the generator's manifest.

Usage: check_manifest.py MANIFEST FINDINGS.json

Every planted secret that is not AWS's documented example must be reported at the commit that
introduced it, in the file and on the line the manifest gives (PEM blocks: their BEGIN line, by
any private-key rule). Documented examples must not be reported. Other findings are listed for a
person to judge (the generator also plants session tokens and other context that a wider rule
pack recognises). Exit 1 on any disagreement.
"""
import json
import sys


def main():
    manifest = json.load(open(sys.argv[1], encoding="utf-8"))
    findings = json.load(open(sys.argv[2], encoding="utf-8"))["findings"]
    problems = []
    for s in manifest["secrets"]:
        if s["kind"] == "private_key_pem":
            hits = [f for f in findings if f["ruleId"].startswith("private-key") and f["path"] == s["file"]]
        else:
            hits = [f for f in findings if f["secret"] == s["value"]]
        if s["allowed_example"]:
            if hits:
                problems.append(f"documented example {s['id']} reported: {hits[0]['path']}:{hits[0]['line']}")
            continue
        if not any(f["path"] == s["file"] and f["line"] == s["line"] and f.get("commit") == s["commit"] for f in hits):
            problems.append(f"planted {s['id']} ({s['kind']}) not reported at {s['file']}:{s['line']} in {s['commit'][:12]}")
    planted = {s["value"] for s in manifest["secrets"]}
    extra = [f for f in findings if f["secret"] not in planted and not f["ruleId"].startswith("private-key")]
    print(f"{len(findings)} findings, {len(manifest['secrets'])} planted, {len(extra)} other")
    for f in extra:
        print(f"  other: {f['ruleId']} {f['path']}:{f['line']}")
    for p in problems:
        print("MISMATCH", p)
    print("findings agree with the manifest" if not problems else f"{len(problems)} disagreements")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
