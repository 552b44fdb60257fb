#!/usr/bin/env python3
"""Writes conformance/iam/*.jsonl from the case tables in this folder.

Run: python3 conformance/iam/generator/generate.py
Every case carries its expected answer as written by hand in the tables; this script evaluates
nothing.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

import conditions  # noqa: E402
import invalid  # noqa: E402
import layers  # noqa: E402
import logic  # noqa: E402
import resources  # noqa: E402
import sets  # noqa: E402
import variables  # noqa: E402

FILES = {
    "evaluation-logic": logic.evaluation_cases,
    "not-elements": logic.not_element_cases,
    "resource-policies": resources.resource_policy_cases,
    "cross-account": resources.cross_account_cases,
    "boundaries": layers.boundary_cases,
    "session-policies": layers.session_policy_cases,
    "scps": layers.scp_cases,
    "rcps": layers.rcp_cases,
    "conditions-string": conditions.string_cases,
    "conditions-numeric": conditions.numeric_cases,
    "conditions-date": conditions.date_cases,
    "conditions-ip": conditions.ip_cases,
    "conditions-arn": conditions.arn_cases,
    "conditions-bool-binary-null": conditions.bool_binary_null_cases,
    "set-operators": sets.set_cases,
    "ifexists": sets.ifexists_cases,
    "variables": variables.variable_cases,
    "abac-tags": variables.abac_cases,
    "invalid-documents": invalid.invalid_cases,
}


def main():
    out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    total = 0
    for name, build in FILES.items():
        cases = build()
        for c in cases:
            if c["id"] in seen:
                raise SystemExit(f"duplicate case id {c['id']}")
            seen.add(c["id"])
        with open(os.path.join(out, f"{name}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"{name}.jsonl: {len(cases)}")
        total += len(cases)
    print(f"total: {total}")


if __name__ == "__main__":
    main()
