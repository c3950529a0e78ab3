#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The batch-export anchor of issue 25: matplotlib drawing one chart per exhibit, in one process.

    matplotlib_batch.py ALL.csv OUT_FOLDER [WIDTHxHEIGHT]

Reads the app's `--export-csv --all` (one row per datapoint) and writes OUT_FOLDER/<exhibit>.png
at the app's slide size (1920x1080 by default): the title, each series as the exhibit's kind
draws it (lines, bars, a pie; anything else as bars), axis title, legend and source line. Only
exhibits with values have rows in the CSV, so it draws those. Not a test: run.sh times it.
"""
import csv
import sys
from collections import OrderedDict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def read_exhibits(path):
    exhibits = OrderedDict()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            e = exhibits.setdefault(row["exhibit_id"], {
                "title": row["exhibit_title"], "kind": row["exhibit_kind"],
                "source": row["source"], "page": row["page"], "series": OrderedDict()})
            try:
                value = float(row["value"])
            except ValueError:
                continue  # a text cell (tables, timelines): no mark
            points = e["series"].setdefault(row["series"], [])
            points.append((row["x_label"], value, row["unit"]))
    return exhibits


def draw(fig, exhibit):
    fig.clf()
    ax = fig.add_axes([0.07, 0.14, 0.9, 0.72])
    fig.text(0.07, 0.93, exhibit["title"], fontsize=22, weight="bold")
    fig.text(0.07, 0.03, "Source: %s, p. %s" % (exhibit["source"], exhibit["page"]),
             fontsize=11, color="#555555")
    series = exhibit["series"]
    kind = exhibit["kind"]
    unit = ""
    if kind == "pie" and series:
        name, points = next(iter(series.items()))
        ax.pie([max(v, 0) for _, v, _ in points], labels=[x for x, _, _ in points])
    else:
        labels = []
        for points in series.values():
            for x, _, u in points:
                unit = unit or u
                if x not in labels:
                    labels.append(x)
        width = 0.8 / max(1, len(series))
        for i, (name, points) in enumerate(series.items()):
            xs = [labels.index(x) for x, _, _ in points]
            ys = [v for _, v, _ in points]
            if kind == "line" or kind == "scatter":
                ax.plot(xs, ys, marker="o", label=name)
            else:
                shift = (i - (len(series) - 1) / 2) * width
                ax.bar([x + shift for x in xs], ys, width=width, label=name)
        ax.set_xticks(range(len(labels)))
        ax.set_xticklabels(labels, rotation=45 if len(labels) > 8 else 0, ha="right")
        ax.set_ylabel(unit)
        ax.grid(axis="y", color="#dddddd")
        if len(series) > 1:
            ax.legend(loc="upper left")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: matplotlib_batch.py ALL.csv OUT_FOLDER [WIDTHxHEIGHT]")
    width, height = (int(n) for n in (sys.argv[3] if len(sys.argv) == 4 else "1920x1080").split("x"))
    out = sys.argv[2]
    import os
    os.makedirs(out, exist_ok=True)
    dpi = 100
    fig = plt.figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    for exhibit_id, exhibit in read_exhibits(sys.argv[1]).items():
        draw(fig, exhibit)
        fig.savefig(os.path.join(out, exhibit_id + ".png"), dpi=dpi)
        print(exhibit_id)


if __name__ == "__main__":
    main()
