#!/usr/bin/env python3
"""Prints the status of one ReadinessProfile as a checklist, failed items first.

Usage: kubectl get rp NAME -n NAMESPACE -o json | hack/checklist.py
       hack/checklist.py profile.json

Columns: STATE, PRIORITY, ID, REF, MESSAGE. The offenders of failing items are listed indented beneath them.
Standard library only, so it runs on any python3.
"""
import json
import sys

# Display order: what needs attention first, what does not count last.
STATE_ORDER = ["Fail", "Expired", "Error", "Manual", "Exempted", "Attested", "Pass", "NotApplicable", "Skipped"]
# States whose offenders are worth listing (Expired counts as a failure).
FAILING_STATES = {"Fail", "Expired", "Error"}
PRIORITY_ORDER = ["Critical", "High", "Medium"]
COLUMNS = ["STATE", "PRIORITY", "ID", "REF", "MESSAGE"]


def rank(value, order):
    """Position of value in order; unknown values (a newer operator) sort after the known ones."""
    return order.index(value) if value in order else len(order)


def sort_key(check):
    return (rank(check.get("state"), STATE_ORDER), rank(check.get("priority"), PRIORITY_ORDER), check.get("id", ""))


def headline(profile):
    meta = profile.get("metadata", {})
    status = profile.get("status") or {}
    name = f'{meta.get("namespace", "?")}/{meta.get("name", "?")}'
    parts = [f"ReadinessProfile {name}:"]
    if status.get("score") is not None:
        parts.append(f'score {status["score"]}, grade {status.get("grade", "?")}, gate {status.get("gate", "?")}')
    summary = status.get("summary") or {}
    counts = [f"{count} {label}" for label, count in summary.items() if count]
    if counts:
        parts.append("(" + ", ".join(counts) + ")")
    return " ".join(parts)


def main():
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    with source:
        profile = json.load(source)
    status = profile.get("status") or {}
    print(headline(profile))

    # A profile that was not evaluated (duplicate, invalid spec) has no checks; its Ready condition says why.
    for condition in status.get("conditions") or []:
        if condition.get("type") == "Ready" and condition.get("status") != "True":
            print(f'not evaluated: {condition.get("reason", "")}: {condition.get("message", "")}')

    checks = sorted(status.get("checks") or [], key=sort_key)
    if not checks:
        print("no checks in the status yet")
        return 0

    rows = [[str(c.get(key.lower()) or "") for key in COLUMNS] for c in checks]
    # Every column but the last is padded to its widest cell; MESSAGE runs to the end of the line.
    widths = [max(len(COLUMNS[i]), *(len(row[i]) for row in rows)) for i in range(len(COLUMNS) - 1)]

    def line(cells):
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + "  " + cells[-1]

    print()
    print(line(COLUMNS))
    indent = " " * (widths[0] + 2)
    for check, row in zip(checks, rows):
        print(line(row).rstrip())
        if check.get("state") in FAILING_STATES:
            offenders = check.get("offenders") or []
            for offender in offenders:
                print(f"{indent}- {offender}")
            hidden = (check.get("offenderCount") or 0) - len(offenders)
            if hidden > 0:
                print(f"{indent}  ... and {hidden} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
