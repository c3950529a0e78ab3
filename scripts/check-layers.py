#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when an include runs up the layers: db -> app -> widgets -> ui, each folder may include
only its own headers and those of the layers before it (db/compiler/ is build-time only: nothing
at run time includes it). Also: Qt Charts only inside app/chart/. Run by .ci/run."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LAYERS = ["db", "app", "widgets", "ui"]
INCLUDE = re.compile(r'^\s*#\s*include\s+["<]([^">]+)[">]', re.M)


def headers():
    """Maps each project header, as it is included, to its layer."""
    found = {}
    for layer in LAYERS:
        base = os.path.join(ROOT, layer)
        for folder, _, files in os.walk(base):
            for f in files:
                if f.endswith(".h"):
                    rel = os.path.relpath(os.path.join(folder, f), base)
                    found.setdefault(rel, layer)
                    found.setdefault(f, layer)  # included by name within its folder
    return found


def main():
    known = headers()
    problems = []
    for rank, layer in enumerate(LAYERS):
        for folder, _, files in os.walk(os.path.join(ROOT, layer)):
            for f in files:
                if not f.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(folder, f)
                rel = os.path.relpath(path, ROOT)
                text = open(path, encoding="utf-8").read()
                for name in INCLUDE.findall(text):
                    target = known.get(name)
                    if target and LAYERS.index(target) > rank:
                        problems.append(f"{rel}: includes {name} of {target}/, a later layer")
                    if name.startswith("compiler/") and not rel.startswith("db/compiler/"):
                        problems.append(f"{rel}: includes {name}: the compiler is build-time only")
                    if name.startswith("QtCharts") or name.startswith("QChart") or name in (
                            "QLineSeries", "QBarSeries", "QValueAxis", "QBarSet", "QPieSeries"):
                        if not rel.startswith("app/chart/"):
                            problems.append(f"{rel}: includes {name}: Qt Charts is app/chart/'s alone")
    for p in problems:
        print(p)
    print(f"check-layers: {len(problems)} includes run up the layers" if problems
          else "check-layers: every include respects the layers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
